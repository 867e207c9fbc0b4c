"""Matching findings against an editor's list of expected problems.

The seed articles come with ``expected.jsonl``: one JSON object a line, each
naming a ``file``, its ``lines`` (``[first, last]`` or ``[line]``, 1-based),
a ``category``, a ``level`` (``must``, ``should`` or ``may``) and a
``note``. The rules of the comparison, shared by the test suite and by
``bench/eval.py``:

- A finding *matches* an entry when it is in the same file (compared by file
  name), its line range overlaps the entry's, and its category is the
  entry's, or one the note accepts as well ("metadata is also an accepted
  category").
- An *alarm* is a finding of severity ``warning`` or ``error``.
- Lines no entry lists are clean: an alarm none of whose lines is listed
  for its file is a *false positive*.

Findings are the dictionaries of newslint's JSON output (``path``, ``line``,
``end_line``, ``end_column``, ``category``, ``severity``, ...). Their end is
exclusive: a span that stops at a line break (``end_column`` 1 on a later
line) does not touch the line it ends on.

    entries = load_expected("seeds/expected.jsonl")
    result = evaluate(entries, findings)
    result.levels["must"].missed      # entries no alarm matches
    result.false_positives            # alarms on clean lines
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Iterable, Mapping, Sequence

from .engine.rule import CATEGORIES

__all__ = [
    "ALARM_SEVERITIES",
    "LEVELS",
    "Evaluation",
    "LevelScore",
    "accepted_categories",
    "entry_lines",
    "evaluate",
    "false_positives",
    "finding_lines",
    "is_alarm",
    "listed_lines",
    "load_expected",
    "matches",
    "parse_expected",
    "unmatched",
]

LEVELS = ("must", "should", "may")
ALARM_SEVERITIES = frozenset({"warning", "error"})

Entry = Mapping[str, Any]
Finding = Mapping[str, Any]

_CATEGORY_WORD = "|".join(CATEGORIES)
# "boilerplate is also an accepted category",
# "boilerplate and metadata are also accepted categories"
_ALSO_ACCEPTED = re.compile(
    rf"\b((?:{_CATEGORY_WORD})(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:{_CATEGORY_WORD}))*)"
    r"\s+(?:is|are)\s+also\s+(?:an\s+)?accepted\s+categor(?:y|ies)\b",
    re.IGNORECASE,
)


def parse_expected(text: str, source: str = "<expected>") -> list[dict]:
    """The entries of an expectation file's text, checked field by field.

    Blank lines are skipped; a malformed line raises ``ValueError`` naming
    ``source`` and the line number.
    """
    entries = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: not a JSON object")
        missing = [key for key in ("file", "lines", "category", "level") if key not in entry]
        if missing:
            raise ValueError(f"{where}: missing {', '.join(missing)}")
        lines = entry["lines"]
        if (
            not isinstance(lines, list)
            or len(lines) not in (1, 2)
            or not all(isinstance(n, int) and n >= 1 for n in lines)
            or lines[0] > lines[-1]
        ):
            raise ValueError(f"{where}: lines must be [line] or [first, last], 1-based, got {lines!r}")
        if entry["level"] not in LEVELS:
            raise ValueError(f"{where}: level {entry['level']!r} is not one of {', '.join(LEVELS)}")
        if entry["category"] not in CATEGORIES:
            raise ValueError(f"{where}: category {entry['category']!r} is not one of {', '.join(CATEGORIES)}")
        entry.setdefault("note", "")
        entries.append(entry)
    return entries


def load_expected(path: str | Path) -> list[dict]:
    """The entries of an ``expected.jsonl`` file (see ``parse_expected``)."""
    path = Path(path)
    return parse_expected(path.read_text(encoding="utf-8"), str(path))


def accepted_categories(entry: Entry) -> set[str]:
    """The entry's category and every category its note accepts as well."""
    categories = {entry["category"]}
    for match in _ALSO_ACCEPTED.finditer(entry.get("note") or ""):
        categories.update(
            word.lower() for word in re.findall(r"[A-Za-z]+", match.group(1)) if word.lower() in CATEGORIES
        )
    return categories


def entry_lines(entry: Entry) -> tuple[int, int]:
    """``(first, last)`` lines of an entry, both inclusive."""
    return entry["lines"][0], entry["lines"][-1]


def finding_lines(finding: Finding) -> tuple[int, int]:
    """``(first, last)`` lines a finding's span touches, both inclusive.

    The span's end is exclusive, so an end at column 1 of a later line
    means the span stopped at the previous line's break.
    """
    first = finding["line"]
    last = finding.get("end_line") or first
    if last > first and finding.get("end_column") == 1:
        last -= 1
    return first, max(first, last)


def _file_name(finding: Finding) -> str:
    return PurePath(finding["path"]).name


def is_alarm(finding: Finding) -> bool:
    """True for a finding of severity warning or error."""
    return finding.get("severity") in ALARM_SEVERITIES


def matches(finding: Finding, entry: Entry) -> bool:
    """Same file, overlapping lines, and an accepted category."""
    if _file_name(finding) != entry["file"]:
        return False
    first, last = entry_lines(entry)
    start, end = finding_lines(finding)
    return start <= last and end >= first and finding.get("category") in accepted_categories(entry)


def unmatched(entries: Iterable[Entry], findings: Sequence[Finding]) -> list[Entry]:
    """The entries no finding matches, in their order."""
    return [entry for entry in entries if not any(matches(f, entry) for f in findings)]


def listed_lines(entries: Iterable[Entry]) -> dict[str, set[int]]:
    """For each file, every line some entry lists."""
    listed: dict[str, set[int]] = {}
    for entry in entries:
        first, last = entry_lines(entry)
        listed.setdefault(entry["file"], set()).update(range(first, last + 1))
    return listed


def false_positives(findings: Iterable[Finding], entries: Iterable[Entry]) -> list[Finding]:
    """Alarms none of whose lines any entry lists for that file, in order."""
    listed = listed_lines(entries)
    result = []
    for finding in findings:
        if not is_alarm(finding):
            continue
        first, last = finding_lines(finding)
        if not set(range(first, last + 1)) & listed.get(_file_name(finding), set()):
            result.append(finding)
    return result


@dataclass
class LevelScore:
    """How many entries of one level were found, by alarms and by any finding."""

    level: str
    total: int = 0
    found: int = 0
    found_any: int = 0
    missed: list = field(default_factory=list)
    missed_any: list = field(default_factory=list)


@dataclass
class Evaluation:
    """Per-level scores and the false positives of one run."""

    levels: dict[str, LevelScore]
    false_positives: list


def evaluate(entries: Sequence[Entry], findings: Sequence[Finding]) -> Evaluation:
    """Score findings against entries: found (alarms only) and found by any
    severity, per level, with the missed entries; and the false positives."""
    alarms = [f for f in findings if is_alarm(f)]
    levels = {level: LevelScore(level) for level in LEVELS}
    for entry in entries:
        score = levels[entry["level"]]
        score.total += 1
        if any(matches(f, entry) for f in alarms):
            score.found += 1
        else:
            score.missed.append(entry)
        if any(matches(f, entry) for f in findings):
            score.found_any += 1
        else:
            score.missed_any.append(entry)
    return Evaluation(levels, false_positives(findings, entries))
