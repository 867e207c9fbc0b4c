"""Formats that CI systems read: GitHub annotations, JUnit XML, GitLab code
quality, Checkstyle XML.

JSON Lines findings are placed on their record's line of the ``.jsonl``
file with no column (a column inside the record's text is not a column of
the file), and their message says where in the record's text they are.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any, Iterable

from ..engine.builtin import InternalError
from ..engine.fingerprints import stable_keys
from ..engine.rule import Finding, Severity
from . import Formatter, file_lines, posix_path, record_note

# --- GitHub workflow commands --------------------------------------------------------

GITHUB_COMMANDS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def github_data(text: str) -> str:
    """Escape a workflow command's message, as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a workflow command's property value (also ':' and ',')."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    """``::error file=PATH,line=L,col=C,endLine=E,endColumn=F,title=CODE rule::message``."""

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        line, end_line = file_lines(finding)
        properties = {"file": posix_path(finding.path), "line": line}
        if finding.record is None:
            properties["col"] = finding.column
        properties["endLine"] = end_line
        if finding.record is None and finding.end_line == finding.line:
            properties["endColumn"] = finding.end_column
        properties["title"] = f"{finding.code} {finding.rule}"
        joined = ",".join(f"{key}={github_property(str(value))}" for key, value in properties.items())
        message = github_data(f"[{finding.category or 'newslint'}] {finding.message}{record_note(finding)}")
        self.stream.write(f"::{GITHUB_COMMANDS[finding.severity]} {joined}::{message}\n")


# --- XML helpers ---------------------------------------------------------------------------

# Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone
# surrogates, U+FFFE and U+FFFF.
XML_FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """The text without the characters XML 1.0 forbids (ElementTree escapes the rest)."""
    return XML_FORBIDDEN.sub("", text)


def element(tag: str, parent: ET.Element | None = None, text: str | None = None, **attributes: Any) -> ET.Element:
    """An element with its attributes made XML-safe; None values are left out."""
    clean = {key: xml_safe(str(value)) for key, value in attributes.items() if value is not None}
    node = ET.Element(tag, clean) if parent is None else ET.SubElement(parent, tag, clean)
    if text is not None:
        node.text = xml_safe(text)
    return node


def write_xml(stream, root: ET.Element) -> None:
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def article_label(path: str, record: int | None, record_id: str | None) -> str:
    """``path``, or ``path:record`` (with the id) for a JSON Lines record."""
    label = posix_path(path)
    if record is not None:
        label += f":{record}"
        if record_id is not None:
            label += f" (id {record_id})"
    return label


def text_line(finding: Finding) -> str:
    """One finding as the text format would print it, for XML bodies."""
    return f"{finding.line}:{finding.column}: {finding.code} [{finding.category or 'newslint'}] {finding.message}"


class CollectingFormatter(Formatter):
    """A format that needs all the findings before it writes anything."""

    def start(self) -> None:
        self.findings: list[Finding] = []

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        self.findings.append(finding)


# --- JUnit ------------------------------------------------------------------------------


def checked_articles(summary: dict[str, Any], findings: Iterable[Finding]) -> list[tuple[str, int | None, str | None]]:
    """Every article linted (from the summary), then any other that has findings."""
    articles = {(path, record): record_id for path, record, record_id in summary.get("checked", ())}
    for finding in findings:
        articles.setdefault((finding.path, finding.record), finding.id)
    return [(path, record, record_id) for (path, record), record_id in articles.items()]


class JunitFormatter(CollectingFormatter):
    """One testsuite, one testcase per article.

    A testcase fails when it has a finding at or above ``--fail-on`` (as the
    exit status does); its ``<failure>`` lists those findings. A rule that
    crashed on the article (``NL001``) is an ``<error>``: the article was
    not fully checked. Findings below ``--fail-on`` are listed in the
    testcase's ``<system-out>``.
    """

    def finish(self, summary: dict[str, Any]) -> None:
        fail_on = Severity.parse(summary.get("fail_on", "warning"))
        by_article: dict[tuple[str, int | None], list[Finding]] = defaultdict(list)
        for finding in self.findings:
            by_article[(finding.path, finding.record)].append(finding)
        articles = checked_articles(summary, self.findings)
        root = element("testsuites", name="newslint")
        suite = element("testsuite", root, name="newslint")
        failed = errored = 0
        for path, record, record_id in articles:
            found = by_article.get((path, record), [])
            crashes = [f for f in found if f.code == InternalError.code]
            failing = [f for f in found if f.severity >= fail_on and f.code != InternalError.code]
            passing = [f for f in found if f.severity < fail_on and f.code != InternalError.code]
            case = element("testcase", suite, classname="newslint", name=article_label(path, record, record_id), file=posix_path(path))
            if crashes:
                errored += 1
                message = f"{len(crashes)} rule{'s' if len(crashes) != 1 else ''} crashed: the article was not fully checked"
                element("error", case, "\n".join(map(text_line, crashes)), message=message, type=InternalError.code)
            if failing:
                failed += 1
                codes = ", ".join(sorted({f.code for f in failing}))
                message = f"{len(failing)} finding{'s' if len(failing) != 1 else ''} at or above {fail_on}: {codes}"
                element("failure", case, "\n".join(map(text_line, failing)), message=message, type="newslint")
            if passing:
                element("system-out", case, "\n".join(map(text_line, passing)))
        for node in (root, suite):
            node.set("tests", str(len(articles)))
            node.set("failures", str(failed))
            node.set("errors", str(errored))
        write_xml(self.stream, root)


# --- Checkstyle ---------------------------------------------------------------------------

CHECKSTYLE_VERSION = "4.3"


class CheckstyleFormatter(CollectingFormatter):
    """``<checkstyle><file name><error line column severity message source/></file></checkstyle>``.

    Every file linted gets a ``<file>`` element, clean ones empty.
    """

    def finish(self, summary: dict[str, Any]) -> None:
        files: dict[str, list[Finding]] = {path: [] for path, _, _ in checked_articles(summary, self.findings)}
        for finding in self.findings:
            files[finding.path].append(finding)
        root = element("checkstyle", version=CHECKSTYLE_VERSION)
        for path, findings in files.items():
            node = element("file", root, name=posix_path(path))
            for finding in findings:
                line, _ = file_lines(finding)
                element(
                    "error",
                    node,
                    line=line,
                    column=finding.column if finding.record is None else None,
                    severity=str(finding.severity),
                    message=finding.message + record_note(finding),
                    source=f"newslint.{finding.code}",
                )
        write_xml(self.stream, root)


# --- GitLab code quality -------------------------------------------------------------------

GITLAB_SEVERITIES = {Severity.error: "major", Severity.warning: "minor", Severity.info: "info"}


class GitlabFormatter(CollectingFormatter):
    """GitLab's code-quality report: a JSON array of Code Climate issues.

    The fingerprint is ``engine.fingerprints.stable_keys``: code, path,
    record id, normalised span text and occurrence number, never a line
    number, so an edit elsewhere in the file keeps it.
    """

    def finish(self, summary: dict[str, Any]) -> None:
        keys = stable_keys(self.findings)
        issues = [self.issue(finding, key) for finding, key in zip(self.findings, keys)]
        json.dump(issues, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

    @staticmethod
    def issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
        begin, end = file_lines(finding)
        return {
            "type": "issue",
            "engine_name": "newslint",
            "check_name": finding.code,
            "description": f"{finding.code} [{finding.category or 'newslint'}] {finding.message}{record_note(finding)}",
            "severity": GITLAB_SEVERITIES[finding.severity],
            "fingerprint": fingerprint,
            "location": {"path": posix_path(finding.path), "lines": {"begin": begin, "end": end}},
        }
