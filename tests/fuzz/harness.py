"""What every fuzzer checks, shared by the property tests (hypothesis), the
coverage-guided target (atheris) and the regression inputs.

For any text: no rule raises (an NL001 finding), every span and fix lies
inside the text, and a finding's line and column agree with its span.
"""
from __future__ import annotations

from newslint.config import Settings
from newslint.engine.article import Article
from newslint.engine.registry import build_registry
from newslint.engine.runner import Linter, RunResult, run


def make_linter() -> Linter:
    """Every built-in rule: all families, the furniture pack and the engine's NL rules."""
    return Linter(Settings(select=["ALL"]), build_registry())


def lint_texts(linter: Linter, *texts: str, kind: str = "text") -> tuple[dict[str, Article], RunResult]:
    """Lint the texts as one run (so the corpus rules compare them)."""
    suffix = "md" if kind == "markdown" else "txt"
    articles = [Article(text, path=f"fuzz{i}.{suffix}", format=kind) for i, text in enumerate(texts)]
    result = run([(article, linter) for article in articles])
    return {article.path: article for article in articles}, result


def check_findings(articles: dict[str, Article], findings) -> None:
    """Raise AssertionError unless every finding is sound."""
    internal = [f.message for f in findings if f.code == "NL001"]
    assert not internal, internal
    for finding in findings:
        article = articles[finding.path]
        text = article.text
        assert 0 <= finding.start <= finding.end <= len(text), finding
        # shown from the span's first visible character: a fix that also takes the
        # line break or blank lines before the problem widens the span, not the line
        shown = article.line_starts[finding.line - 1] + finding.column - 1
        assert finding.start <= shown <= finding.end and not text[finding.start : shown].strip(), finding
        assert (finding.end_line, finding.end_column) == article.position(finding.end), finding
        assert finding.column - 1 <= len(article.lines[finding.line - 1]), finding  # the line covers the column
        if finding.fix is not None:
            assert 0 <= finding.fix.start <= finding.fix.end <= len(text), finding


def check_article(text: str, kind: str = "text") -> None:
    """The parser's own invariants: lines, paragraphs and spans agree with the text."""
    article = Article(text, format=kind)
    assert "\r" not in article.text and len(article.text) == len(article.source)
    assert article.text.split("\n") == article.lines
    for number, start in enumerate(article.line_starts, 1):
        assert article.position(start) == (number, 1)
        assert article.line_span(number) == (start, start + len(article.lines[number - 1]))
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(article.text), paragraph
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.first_line == article.line_of(paragraph.start) <= paragraph.last_line
    for span in [*article.sentences, *article.words, *article.quotations, *article.names]:
        assert 0 <= span.start <= span.end <= len(article.text), span
        assert article.text[span.start : span.end] == span.text
