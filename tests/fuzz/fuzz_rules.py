"""Coverage-guided fuzzing (atheris/libFuzzer) of the parser and every built-in rule.

    python tests/fuzz/fuzz_rules.py -max_total_time=60 CORPUS_FOLDER

Each input is split into one or two articles (the corpus rules compare
them), linted as plain text or Markdown, and checked by ``harness``: no rule
may raise, every span must lie inside its text. A failure stops the run and
libFuzzer writes the input to ``crash-<sha1>`` (see ``-artifact_prefix``);
copy it to ``tests/fuzz/regressions/`` under a name that says what broke, and
``tests/test_fuzz_regressions.py`` keeps it fixed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newslint", "harness"]):
    from harness import check_article, check_findings, lint_texts, make_linter

    LINTER = make_linter()  # inside: the rule modules load here, and must be instrumented too
KINDS = ("text", "markdown")


def split_input(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The format and the one or two article texts an input stands for."""
    provider = atheris.FuzzedDataProvider(data)
    kind = KINDS[provider.ConsumeIntInRange(0, len(KINDS) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    first, separator, second = text.partition("\x00\x00")  # two NULs split a second article off
    return kind, (first, second) if separator else (first,)


def test_one_input(data: bytes) -> None:
    kind, texts = split_input(data)
    check_article(texts[0], kind)
    articles, result = lint_texts(LINTER, *texts, kind=kind)
    check_findings(articles, result.findings)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
