"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other dashboards.

One run; ``tool.driver.rules`` lists every rule of the run (and the engine's
NL rules) with its help text; each result names its rule, level, message,
location and a ``partialFingerprints`` key that survives edits elsewhere in
the file (``engine.fingerprints``).

Regions count columns in Unicode code points (``columnKind``), 1-based, end
exclusive, on the file as written (CRLF line endings do not shift columns).

JSON Lines input is different: the region of a finding inside a record's
text is not a region of the ``.jsonl`` file (the text sits JSON-escaped in
one line). So such a result claims only the record's line of the file
(``region.startLine``, no columns), names the record in
``logicalLocations`` (its id, or ``record N``), puts the position inside the
text in ``properties.textRegion`` and carries no ``fixes``, since no edit of
the file can be stated honestly as a region of it.
"""
from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..engine.article import Article
from ..engine.builtin import InternalError
from ..engine.fingerprints import stable_keys
from ..engine.rule import Finding, Fix, Rule, Severity
from . import Formatter, posix_path, record_note

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "newslint/v1"
SOURCE_ROOT = "%SRCROOT%"
LEVELS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def artifact_location(path: str) -> dict[str, str]:
    """A relative, forward-slash, percent-encoded URI, based on the source root."""
    relative = posix_path(path)
    if Path(relative).is_absolute():  # outside the current folder
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative, safe="/-._~"), "uriBaseId": SOURCE_ROOT}


def text_region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def rule_tags(category: str) -> list[str]:
    """GitHub shows tags as filters; SARIF wants them unique."""
    return list(dict.fromkeys(["newslint", category]))


def unwrap(text: str) -> str:
    """Hard-wrapped docstring paragraphs as one line each (viewers wrap them)."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in text.split("\n\n"))


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    explanation = rule.explanation() or rule.name or rule.code
    help_text = explanation + (f"\n\nFix: {rule.fix_title}" if rule.fix_title else "")
    category = rule.category or "newslint"
    return {
        "id": rule.code,
        "name": rule.name or rule.code,
        "shortDescription": {"text": unwrap(explanation.split("\n\n", 1)[0])},
        "fullDescription": {"text": unwrap(explanation)},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[Severity.parse(rule.severity)]},
        "properties": {"category": category, "tags": rule_tags(category)},
    }


def fallback_descriptor(finding: Finding) -> dict[str, Any]:
    """For a finding whose rule class the formatter was not given."""
    category = finding.category or "newslint"
    return {
        "id": finding.code,
        "name": finding.rule,
        "shortDescription": {"text": finding.rule},
        "properties": {"category": category, "tags": rule_tags(category)},
    }


def information_uri() -> str | None:
    """The project's home page from the installed metadata, when it states one."""
    try:
        return metadata.metadata("newslint").get("Home-page")
    except metadata.PackageNotFoundError:
        return None


class SarifFormatter(Formatter):
    """Collects the findings and writes one SARIF log at the end."""

    def start(self) -> None:
        self.findings: list[Finding] = []
        self._articles: dict[tuple[str, int | None], Article | None] = {}

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        self.findings.append(finding)

    def finish(self, summary: dict[str, Any]) -> None:
        json.dump(self.log(summary), self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

    # --- building the log ------------------------------------------------------

    def log(self, summary: dict[str, Any]) -> dict[str, Any]:
        descriptors = self.descriptors()
        index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
        keys = stable_keys(self.findings)
        results = [self.result(f, key, index[f.code]) for f, key in zip(self.findings, keys)]
        driver: dict[str, Any] = {"name": "newslint", "rules": descriptors}
        if self.version:
            driver.update(version=self.version, semanticVersion=self.version)
        uri = information_uri()
        if uri:
            driver["informationUri"] = uri
        internal_errors = sum(1 for f in self.findings if f.code == InternalError.code)
        run = {
            "tool": {"driver": driver},
            "invocations": [{"executionSuccessful": not summary.get("errors") and not internal_errors}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
        return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}

    def descriptors(self) -> list[dict[str, Any]]:
        """Every rule of the run, plus any finding's rule the run did not name, by code."""
        by_code = {code: rule_descriptor(rule) for code, rule in self.rules.items()}
        for finding in self.findings:
            if finding.code not in by_code:
                by_code[finding.code] = fallback_descriptor(finding)
        return [by_code[code] for code in sorted(by_code)]

    def result(self, finding: Finding, key: str, rule_index: int) -> dict[str, Any]:
        properties: dict[str, Any] = {
            "category": finding.category or "newslint",
            "confidence": round(finding.confidence, 3),
            "excerpt": finding.excerpt,
        }
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": rule_index,
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message + record_note(finding)},
            "locations": [self.location(finding, properties)],
            "partialFingerprints": {FINGERPRINT_KEY: key},
            "properties": properties,
        }
        fix = self.fix(finding)
        if fix:
            result["fixes"] = [fix]
        return result

    def location(self, finding: Finding, properties: dict[str, Any]) -> dict[str, Any]:
        physical: dict[str, Any] = {"artifactLocation": artifact_location(finding.path)}
        if finding.record is None:
            physical["region"] = text_region(finding.line, finding.column, finding.end_line, finding.end_column)
            return {"physicalLocation": physical}
        physical["region"] = {"startLine": finding.record}
        properties["record"] = finding.record
        properties["id"] = finding.id
        properties["textRegion"] = text_region(finding.line, finding.column, finding.end_line, finding.end_column)
        name = finding.id if finding.id is not None else f"record {finding.record}"
        logical = {"name": name, "fullyQualifiedName": f"{posix_path(finding.path)}#{name}", "kind": "object"}
        return {"physicalLocation": physical, "logicalLocations": [logical]}

    def fix(self, finding: Finding) -> dict[str, Any] | None:
        """The finding's fix as a replacement of a line/column region, or None.

        Placing a fix needs the article's text (its offsets are characters of
        the text); findings of JSON Lines records get none (see the module doc),
        and neither do unsafe fixes (edits that take judgement are no one-click fix).
        """
        if finding.fix is None or not finding.fix.safe or finding.record is not None:
            return None
        article = self.article(finding)
        if article is None:
            return None
        rule = self.rules.get(finding.code)
        description = (rule.fix_title if rule is not None else None) or "Apply newslint's fix"
        return {
            "description": {"text": description},
            "artifactChanges": [
                {
                    "artifactLocation": artifact_location(finding.path),
                    "replacements": [self.replacement(article, finding.fix)],
                }
            ],
        }

    @staticmethod
    def replacement(article: Article, fix: Fix) -> dict[str, Any]:
        line, column = article.position(fix.start)
        end_line, end_column = article.position(fix.end)
        return {
            "deletedRegion": text_region(line, column, end_line, end_column),
            "insertedContent": {"text": fix.replacement},
        }

    def article(self, finding: Finding) -> Article | None:
        key = (finding.path, finding.record)
        if key not in self._articles:
            text = self.article_text(*key) if self.article_text else None
            self._articles[key] = None if text is None else Article(text, path=finding.path)
        return self._articles[key]
