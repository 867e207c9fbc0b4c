"""``--format csv``: a header row, then one row per finding, for spreadsheets.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return as a formula, and article text can start with any of
them (a quoted "=HYPERLINK(...)", a minus sign). Following OWASP's advice on
CSV injection, such a text cell gets a leading single quote (``'``); numbers
are written as numbers. The file is RFC 4180 CSV (``\\r\\n`` row ends, quotes
doubled), which Python's ``csv`` module reads back.
"""
from __future__ import annotations

import csv
from typing import Any, Iterable, Sequence

from ..engine.rule import Finding
from . import Formatter

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "path", "record", "id", "line", "column", "end_line", "end_column", "code", "rule",
    "category", "severity", "confidence", "message", "excerpt", "fixable", "fix_replacement",
)


def cell(value: Any) -> Any:
    """A value ready for a spreadsheet: None as empty, formula-like text defused."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def write_rows(stream, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a header and rows as CSV, every cell through ``cell``."""
    writer = csv.writer(stream)
    writer.writerow(header)
    for row in rows:
        write_row(writer, row)


def write_row(writer, row: Sequence[Any]) -> None:
    writer.writerow([cell(value) for value in row])


def finding_row(finding: Finding) -> list[Any]:
    fix = finding.fix
    return [
        finding.path, finding.record, finding.id, finding.line, finding.column, finding.end_line,
        finding.end_column, finding.code, finding.rule, finding.category or "newslint", str(finding.severity),
        round(finding.confidence, 3), finding.message, finding.excerpt,
        "yes" if fix else "no", fix.replacement if fix else None,
    ]


class CsvFormatter(Formatter):
    """Written row by row as the findings come (an archive's findings need not fit in memory)."""

    def start(self) -> None:
        self.writer = csv.writer(self.stream)
        self.writer.writerow(COLUMNS)

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        write_row(self.writer, finding_row(finding))
