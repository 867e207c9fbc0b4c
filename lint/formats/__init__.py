"""Output formats. Each is a ``Formatter``: ``start()``, ``finding()``, ``finish()``.

Formats are found through the ``newslint.formats`` entry-point group, so a
plugin can add one; the engine imports none of them.

Besides the findings, a formatter may read ``self.rules`` (code -> rule
class, for every rule of the run and the engine's NL rules; SARIF lists them
with their help text) and, in ``finish(summary)``, ``summary["checked"]``
(every article linted, clean or not, as (path, record, id)) and ``summary["fail_on"]``, and call
``self.article_text(path, record)`` for an article's text (to place a fix).
The CLI sets ``rules`` and ``article_text`` after constructing the
formatter, so a plugin format written before they existed, with its own
``__init__``, keeps working.
"""
from __future__ import annotations

import posixpath
from pathlib import Path
from typing import IO, Any, Callable, Mapping

from ..engine import installed
from ..engine.rule import Finding, Rule

ENTRY_POINT_GROUP = "newslint.formats"


class Formatter:
    """Base of every output format."""

    #: code -> rule class of every rule the run could report (empty when unknown)
    rules: Mapping[str, type[Rule]] = {}
    #: (path, record) -> the article's text as newslint read it, or None (set by the CLI)
    article_text: Callable[[str, int | None], str | None] | None = None

    def __init__(
        self,
        stream: IO[str],
        *,
        color: bool = False,
        show_source: bool = False,
        version: str = "",
        rules: Mapping[str, type[Rule]] | None = None,
    ) -> None:
        self.stream = stream
        self.color = color
        self.show_source = show_source
        self.version = version
        if rules is not None:
            self.rules = rules

    def start(self) -> None:
        pass

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        raise NotImplementedError

    def finish(self, summary: dict[str, Any]) -> None:
        pass


def available_formats() -> list[str]:
    return sorted(ep.name for ep in installed.entry_points(ENTRY_POINT_GROUP))


def load_format(name: str) -> type[Formatter]:
    for entry_point in installed.entry_points(ENTRY_POINT_GROUP):
        if entry_point.name == name:
            return entry_point.load()
    raise KeyError(name)


# --- helpers the formats share ---------------------------------------------------


def file_lines(finding: Finding) -> tuple[int, int]:
    """First and last line of the finding *in the file*, both inclusive.

    A JSON Lines finding is placed on its record's line (its line within the
    record's text is not a line of the file). A span that ends just after a
    newline ends on the line before.
    """
    if finding.record is not None:
        return finding.record, finding.record
    end_line = finding.end_line
    if end_line > finding.line and finding.end_column == 1:
        end_line -= 1
    return finding.line, end_line


def record_note(finding: Finding) -> str:
    """For a JSON Lines finding, where it is inside the record; else ''."""
    if finding.record is None:
        return ""
    record_id = f", id {finding.id}" if finding.id is not None else ""
    return f" (record {finding.record}{record_id}, text line {finding.line} column {finding.column})"


def posix_path(path: str) -> str:
    """The path with forward slashes and no leading './'; an absolute path
    under the current folder becomes relative to it (CI systems want paths
    relative to the checkout)."""
    if path in ("", "-"):
        return path
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            pass
    return posixpath.normpath(candidate.as_posix())
