"""``--format json`` (one object) and ``--format jsonl`` (a finding a line).

The contract (schema 1)::

    {"newslint": "<version>", "schema": 1,
     "findings": [{"path", "line", "column", "end_line", "end_column", "code", "rule",
                   "category", "severity", "confidence", "message", "excerpt",
                   "record", "id", "fix"}],
     "summary": {"files", "articles", "findings", "by_category", "by_severity"}}
"""
from __future__ import annotations

import json
from typing import Any

from ..engine.rule import Finding
from . import Formatter

SCHEMA_VERSION = 1
SUMMARY_KEYS = ("files", "articles", "findings", "by_category", "by_severity")


class JsonFormatter(Formatter):
    def start(self) -> None:
        self.findings: list[dict[str, Any]] = []

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        self.findings.append(finding.as_dict())

    def finish(self, summary: dict[str, Any]) -> None:
        document = {
            "newslint": self.version,
            "schema": SCHEMA_VERSION,
            "findings": self.findings,
            "summary": {key: summary[key] for key in SUMMARY_KEYS},
        }
        json.dump(document, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


class JsonLinesFormatter(Formatter):
    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        self.stream.write(json.dumps(finding.as_dict(), ensure_ascii=False) + "\n")
