"""newslint: a text-quality and provenance linter for news articles.

The public API for rule authors is re-exported here::

    from newslint import Rule, CorpusRule, Hit, Fix, Option, Severity

These names are imported when first asked for (PEP 562), not with the
package: the command line (``newslint.cli``) starts to load the engine only
once it has paused the garbage collector for its start-up.
"""
__version__ = "0.1.0"  # engine modules read it (from .. import __version__)

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

#: where each name of the public API is defined
_DEFINED_IN = {
    "Article": "engine.article",
    "Paragraph": "engine.article",
    **dict.fromkeys(["CATEGORIES", "CorpusRule", "Finding", "Fix", "Hit", "Option", "Rule", "Severity"], "engine.rule"),
}


def __getattr__(name: str):
    if name not in _DEFINED_IN:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{_DEFINED_IN[name]}", __name__), name)
    globals()[name] = value  # asked for once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
