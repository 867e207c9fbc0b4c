"""Per-article records for dashboards: ``newslint stats PATH ...``.

One record per article linted (a text file, or a record of JSON Lines):
path, record, id, language, word count, readability (Flesch reading ease,
for English text only), the findings by category and by severity, and a
provenance score.

The provenance score, 0 to 100 (100: nothing found)::

    penalty = (10 × errors + 4 × warnings + 1 × info) × 1000 / max(words, 500)
    score   = 100 − penalty, rounded to the nearest integer, at least 0

so it is a density: each error costs 10 points in a 1,000-word article and
5 in a 2,000-word one, and an article shorter than 500 words is charged as
if it had 500 (one error costs it 20), so that a short text is not wiped out
by a single finding. Every finding of the selected rules counts, whatever
``--severity`` hides.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence

from .engine.article import Article
from .engine.readability import flesch_reading_ease
from .engine.rule import CATEGORIES, Finding, Severity

SEVERITY_WEIGHTS = {Severity.error: 10, Severity.warning: 4, Severity.info: 1}
WORDS_PER_UNIT = 1000
MIN_WORDS = 500
ENGINE_CATEGORY = "newslint"  # the engine's own NL findings have no category
STATS_FORMATS = ("jsonl", "csv")


@dataclass(frozen=True)
class Measures:
    """What newslint measures of one article, apart from its findings."""

    path: str
    record: int | None
    id: str | None
    language: str
    words: int
    readability: float | None


def measure(article: Article) -> Measures:
    words = len(article.words)
    language = article.language
    readable = words > 0 and language == "en"
    return Measures(
        path=article.path,
        record=article.record,
        id=article.id,
        language=language,
        words=words,
        readability=round(flesch_reading_ease(article.text), 1) if readable else None,
    )


def measuring(items: Iterable[Any], into: list[Measures]) -> Iterator[Any]:
    """Pass the runner's ``(article, linter)`` items through, measuring each article."""
    for item in items:
        if isinstance(item, tuple):
            into.append(measure(item[0]))
        yield item


def provenance_score(by_severity: Mapping[str, int], words: int) -> int:
    """0-100, 100 for a clean article; the formula is in the module docstring."""
    weighted = sum(SEVERITY_WEIGHTS[Severity.parse(name)] * count for name, count in by_severity.items())
    penalty = weighted * WORDS_PER_UNIT / max(words, MIN_WORDS)
    return max(0, math.floor(100 - penalty + 0.5))


def article_records(measured: Sequence[Measures], findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """One dashboard record per article measured, with its findings counted."""
    by_article: dict[tuple[str, int | None], list[Finding]] = {}
    for finding in findings:
        by_article.setdefault((finding.path, finding.record), []).append(finding)
    records = []
    for measures in measured:
        found = by_article.get((measures.path, measures.record), [])
        categories = Counter(f.category or ENGINE_CATEGORY for f in found)
        severities = Counter(str(f.severity) for f in found)
        by_severity = {s.name: severities[s.name] for s in reversed(Severity)}
        records.append({
            **asdict(measures),
            "findings": len(found),
            "by_category": {c: categories[c] for c in (*CATEGORIES, ENGINE_CATEGORY)},
            "by_severity": by_severity,
            "score": provenance_score(by_severity, measures.words),
        })
    return records


def csv_header() -> list[str]:
    return [
        "path", "record", "id", "language", "words", "readability", "findings",
        *(f"category_{c}" for c in (*CATEGORIES, ENGINE_CATEGORY)),
        *(f"severity_{s.name}" for s in reversed(Severity)),
        "score",
    ]


def csv_row(record: Mapping[str, Any]) -> list[Any]:
    fixed = [record[key] for key in ("path", "record", "id", "language", "words", "readability", "findings")]
    return [*fixed, *record["by_category"].values(), *record["by_severity"].values(), record["score"]]


def write_stats(stream: IO[str], records: Sequence[Mapping[str, Any]], output_format: str) -> None:
    """JSON Lines (a record a line) or CSV (a header, a row per record)."""
    if output_format == "csv":
        from .formats.csv import write_rows  # here: the check command imports this module, and seldom writes CSV

        write_rows(stream, csv_header(), map(csv_row, records))
        return
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def format_for_path(path: str) -> str:
    """CSV for a ``.csv`` file, else JSON Lines."""
    return "csv" if path.lower().endswith(".csv") else "jsonl"
