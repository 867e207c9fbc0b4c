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
    """One JSON document, written as the findings come: memory stays flat on any
    input, and the bytes are those of ``json.dump(document, indent=2)``."""

    def start(self) -> None:
        self.findings_written = 0
        head = json.dumps({"newslint": self.version, "schema": SCHEMA_VERSION}, ensure_ascii=False, indent=2)
        self.stream.write(head[: -len("\n}")] + ',\n  "findings": [')

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        item = json.dumps(finding.as_dict(), ensure_ascii=False, indent=2).replace("\n", "\n    ")
        self.stream.write(("," if self.findings_written else "") + "\n    " + item)
        self.findings_written += 1

    def finish(self, summary: dict[str, Any]) -> None:
        summary_json = json.dumps({key: summary[key] for key in SUMMARY_KEYS}, ensure_ascii=False, indent=2)
        self.stream.write(("\n  ]" if self.findings_written else "]") + ',\n  "summary": ')
        self.stream.write(summary_json.replace("\n", "\n  ") + "\n}\n")


class JsonLinesFormatter(Formatter):
    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        self.stream.write(json.dumps(finding.as_dict(), ensure_ascii=False) + "\n")
