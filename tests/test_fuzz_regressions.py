"""Inputs the fuzzers found, kept fixed: tests/fuzz/regressions/*.txt.

Each file is the article text (UTF-8; two NULs split off a second article,
as in the atheris target), named for what it broke. Each is linted as plain
text and as Markdown and must pass the fuzzers' checks.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.harness import check_article, check_findings, lint_texts, make_linter
from newslint.engine.text import visible

REGRESSIONS = sorted((Path(__file__).parent / "fuzz" / "regressions").glob("*.txt"))


@pytest.fixture(scope="module")
def linter():
    return make_linter()


def test_there_are_regressions():
    assert REGRESSIONS


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_regression_input(linter, path, kind):
    text = path.read_bytes().decode("utf-8")
    texts = text.split("\x00\x00", 1)
    check_article(texts[0], kind)
    articles, result = lint_texts(linter, *texts, kind=kind)
    check_findings(articles, result.findings)


def test_file_separator_is_no_paragraph():
    """Found by hypothesis: "\\x1c" is space to str.strip but not to regex's \\s,
    which made a paragraph with its end before its start."""
    from newslint.engine.article import Article

    assert Article("\x1c").paragraphs == []
    assert [p.text for p in Article("\x1c one\n\x1c\x1d\n").paragraphs] == ["one"]


def test_terminal_controls_are_shown_not_sent():
    """Found by hypothesis: an escape character in the source line reached the terminal."""
    assert visible("a\x1b[31m\x85b\u2028\t") == "a␛[31m\ufffdb\ufffd\t"
