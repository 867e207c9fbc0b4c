"""The rule API: what a rule declares, what it receives, what it reports.

A rule is a small class. It declares a code, a kebab-case name, a category,
a default severity and options; its docstring explains it (What it finds /
Why it matters / Example). ``check(article)`` yields ``Hit`` objects: a span
of the article's text, a message, optionally a fix. The runner turns hits
into ``Finding`` objects (adding path, line, column and the configured
severity). Rules never edit text.

Corpus rules see every article of a run: ``collect(article)`` returns a
small, picklable summary of one article, and ``check_corpus(summaries)``
yields ``(article_key, Hit)`` pairs, so a finding lands in each file
concerned.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Iterator, Mapping

if TYPE_CHECKING:
    from .article import Article

CATEGORIES = (
    "boilerplate",
    "truncation",
    "interview",
    "synthetic",
    "translation",
    "attribution",
    "duplication",
    "metadata",
    "offtopic",
)

CODE_PATTERN = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("What it finds", "Why it matters", "Example")
FIX_SAFETY = ("safe", "unsafe", "mixed")


class Severity(enum.IntEnum):
    info = 1
    warning = 2
    error = 3

    @classmethod
    def parse(cls, value: str | "Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).lower()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected one of: info, warning, error)"
            ) from None

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` with ``replacement``; offsets in characters.

    ``safe`` fixes are applied by ``--fix``; unsafe ones (edits that take
    judgement) only with ``--unsafe-fixes``.
    """

    start: int
    end: int
    replacement: str
    safe: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement, "safe": self.safe}


@dataclass(frozen=True)
class Hit:
    """What a rule reports: a span of the article text and a message."""

    start: int
    end: int
    message: str
    confidence: float | None = None
    fix: Fix | None = None


@dataclass(frozen=True)
class Finding:
    """One finding, located in a file (and a record for JSON Lines input)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    category: str | None
    severity: Severity
    confidence: float
    message: str
    excerpt: str
    start: int = 0
    end: int = 0
    record: int | None = None
    id: str | None = None
    fix: Fix | None = None
    span_hash: str = ""  # fingerprint of the normalised text of the span: see engine.fingerprints

    def sort_key(self) -> tuple:
        return (self.path, self.record or 0, self.line, self.column, self.code, self.message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": str(self.severity),
            "confidence": round(self.confidence, 3),
            "message": self.message,
            "excerpt": self.excerpt,
            "record": self.record,
            "id": self.id,
            "fix": self.fix.as_dict() if self.fix else None,
        }


@dataclass(frozen=True)
class Option:
    """A rule option: its default, and a one-line description."""

    default: Any
    help: str = ""

    def coerce(self, value: Any) -> Any:
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if isinstance(self.default, (list, tuple)):
            if not isinstance(value, (list, tuple)):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return type(self.default)(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise TypeError(f"expected {expected.__name__}, got {type(value).__name__}")
        return value


class Rule:
    """Base class of an article rule. Subclass it and set the class attributes."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.warning
    confidence: ClassVar[float] = 0.7
    options: ClassVar[Mapping[str, Option]] = {}
    fix_title: ClassVar[str | None] = None
    #: how certain the rule's fixes are (shown by ``newslint rules``):
    #: "safe" (applied by --fix), "unsafe" (only with --unsafe-fixes; the
    #: engine marks every fix of such a rule unsafe) or "mixed" (each Fix
    #: says, e.g. safe for an exact repeat, unsafe for a near one)
    fix_safety: ClassVar[str] = "safe"
    #: set by the registry: the distribution that provided the rule
    source: ClassVar[str] = ""

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        self.settings = {key: option.default for key, option in self.options.items()}
        for key, value in (settings or {}).items():
            if key not in self.options:
                raise KeyError(key)
            self.settings[key] = self.options[key].coerce(value)

    def check(self, article: "Article") -> Iterable[Hit]:
        raise NotImplementedError

    @classmethod
    def explanation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.explanation().split("\n", 1)[0]

    def hit(
        self,
        start: int,
        end: int,
        message: str,
        *,
        confidence: float | None = None,
        fix: Fix | None = None,
    ) -> Hit:
        return Hit(start, end, message, confidence, fix)


class CorpusRule(Rule):
    """A rule that sees every article of a run.

    ``collect`` runs once per article and returns a compact, picklable
    summary (fingerprints, names), never the full text; ``check_corpus``
    receives ``{article_key: summary}`` and yields ``(article_key, Hit)``.
    On a big run that mapping is read from disk (``engine.spill.SpillDict``):
    iterate it rather than copy it, and build cross-article indexes with
    ``engine.spill.Postings``, so that memory stays bounded.
    """

    def check(self, article: "Article") -> Iterable[Hit]:
        return ()

    def collect(self, article: "Article") -> Any:
        raise NotImplementedError

    def check_corpus(self, summaries: Mapping[Any, Any]) -> Iterator[tuple[Any, Hit]]:
        raise NotImplementedError


def validate_rule_class(rule: type[Rule]) -> list[str]:
    """Problems with a rule's declaration (empty list when it is sound)."""
    problems = []
    if not CODE_PATTERN.match(rule.code or ""):
        problems.append(f"code {rule.code!r} is not a family prefix plus three digits")
    if not NAME_PATTERN.match(rule.name or ""):
        problems.append(f"name {rule.name!r} is not kebab-case")
    if rule.category not in CATEGORIES:
        problems.append(f"category {rule.category!r} is not one of {', '.join(CATEGORIES)}")
    if not isinstance(rule.severity, Severity):
        problems.append(f"severity {rule.severity!r} is not a Severity")
    if rule.fix_safety not in FIX_SAFETY:
        problems.append(f"fix_safety {rule.fix_safety!r} is not one of {', '.join(FIX_SAFETY)}")
    doc = rule.explanation()
    for section in DOC_SECTIONS:
        if section not in doc:
            problems.append(f"docstring lacks the {section!r} section")
    return problems


@dataclass
class RuleSet:
    """The rules selected for a run, instantiated with their options."""

    rules: list[Rule] = field(default_factory=list)

    @property
    def article_rules(self) -> list[Rule]:
        return [r for r in self.rules if not isinstance(r, CorpusRule)]

    @property
    def corpus_rules(self) -> list[CorpusRule]:
        return [r for r in self.rules if isinstance(r, CorpusRule)]
