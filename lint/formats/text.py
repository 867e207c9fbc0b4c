"""The human format: ``path:line:col: CODE [category] message``."""
from __future__ import annotations

from typing import Any

import click

from ..engine.rule import Finding, Severity
from ..engine.text import visible
from . import Formatter

SEVERITY_COLOURS = {Severity.error: "red", Severity.warning: "yellow", Severity.info: "blue"}


def location(finding: Finding) -> str:
    """``path:line:col``; for a JSON Lines record ``path:record:line:col``."""
    if finding.record is not None:
        return f"{finding.path}:{finding.record}:{finding.line}:{finding.column}"
    return f"{finding.path}:{finding.line}:{finding.column}"


class TextFormatter(Formatter):
    def style(self, text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if self.color else text

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        code = self.style(finding.code, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        category = f"[{finding.category or 'newslint'}]"
        where = self.style(location(finding), bold=True)
        record = f" (id {finding.id})" if finding.id is not None else ""
        message = visible(finding.message)
        self.stream.write(f"{where}: {code} {self.style(category, dim=True)} {message}{visible(record)}\n")
        if self.show_source and line_text is not None:
            self.stream.write(self.source_snippet(finding, line_text))

    def source_snippet(self, finding: Finding, line_text: str) -> str:
        gutter = str(finding.line)
        pad = " " * len(gutter)
        shown = visible(line_text if len(line_text) <= 200 else line_text[:199] + "…")
        start = min(finding.column - 1, len(shown))
        end = finding.end_column - 1 if finding.end_line == finding.line else len(shown)
        width = max(1, min(end, len(shown)) - start)
        caret = " " * start + self.style("^" * width, fg=SEVERITY_COLOURS[finding.severity])
        return f"{pad} |\n{gutter} | {shown}\n{pad} | {caret}\n"

    def finish(self, summary: dict[str, Any]) -> None:
        if summary.get("quiet"):
            return
        total = summary["findings"]
        if "fixed" in summary:  # a --fix run
            fixed = summary["fixed"]
            self.stream.write(f"Fixed {fixed} finding{'s' if fixed != 1 else ''} ({total} remaining).\n")
        if not total:
            self.stream.write(self.style("All clear: no findings.", fg="green") + "\n")
            return
        by_severity = summary["by_severity"]
        parts = [f"{by_severity.get(s, 0)} {s}" for s in ("error", "warning", "info") if by_severity.get(s)]
        fixable, hidden = summary.get("fixable", 0), summary.get("unsafe_fixable", 0)
        fix_note = f" {fixable} fixable with --fix." if fixable else ""
        if hidden:
            fix_note += f" {hidden} more with --unsafe-fixes."
        self.stream.write(
            f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) "
            f"in {summary['articles']} article{'s' if summary['articles'] != 1 else ''}.{fix_note}\n"
        )
