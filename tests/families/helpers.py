"""Run one rule over a text in tests, without the CLI."""
from __future__ import annotations

from newslint.engine.article import Article


def run_rule(rule_class, text: str, *, format: str = "text", **settings):
    """Return the rule's hits on ``text`` as (line, excerpt, message) tuples, in order."""
    article = Article(text, path="test.txt", format=format)
    rule = rule_class(settings)
    result = []
    for hit in rule.check(article):
        assert 0 <= hit.start <= hit.end <= len(article.text), hit
        result.append((article.line_of(hit.start), article.text[hit.start : hit.end], hit.message))
    return result


def run_corpus_rule(rule_class, texts: dict[str, str], **settings):
    """Run a corpus rule over {path: text}; return sorted (path, line, message) tuples."""
    rule = rule_class(settings)
    articles = {path: Article(text, path=path) for path, text in texts.items()}
    summaries = {article.key: rule.collect(article) for article in articles.values()}
    result = []
    for key, hit in rule.check_corpus(summaries):
        article = articles[key[0]]
        result.append((key[0], article.line_of(hit.start), hit.message))
    return sorted(result)
