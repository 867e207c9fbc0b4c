"""newslint: a text-quality and provenance linter for news articles.

The public API for rule authors is re-exported here::

    from newslint import Rule, CorpusRule, Hit, Fix, Option, Severity
"""
__version__ = "0.1.0"  # first: engine modules read it while the package is still importing

from .engine.article import Article, Paragraph  # noqa: E402
from .engine.rule import CATEGORIES, CorpusRule, Finding, Fix, Hit, Option, Rule, Severity  # noqa: E402

__all__ = [
    "Article",
    "CATEGORIES",
    "CorpusRule",
    "Finding",
    "Fix",
    "Hit",
    "Option",
    "Paragraph",
    "Rule",
    "Severity",
    "__version__",
]
