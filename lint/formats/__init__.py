"""Output formats. Each is a ``Formatter``: ``start()``, ``finding()``, ``finish()``.

Formats are found through the ``newslint.formats`` entry-point group, so a
plugin can add one; the engine imports none of them.
"""
from __future__ import annotations

from importlib import metadata
from typing import IO, Any

from ..engine.rule import Finding

ENTRY_POINT_GROUP = "newslint.formats"


class Formatter:
    """Base of every output format."""

    def __init__(self, stream: IO[str], *, color: bool = False, show_source: bool = False, version: str = "") -> None:
        self.stream = stream
        self.color = color
        self.show_source = show_source
        self.version = version

    def start(self) -> None:
        pass

    def finding(self, finding: Finding, line_text: str | None = None) -> None:
        raise NotImplementedError

    def finish(self, summary: dict[str, Any]) -> None:
        pass


def available_formats() -> list[str]:
    return sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))


def load_format(name: str) -> type[Formatter]:
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name == name:
            return entry_point.load()
    raise KeyError(name)
