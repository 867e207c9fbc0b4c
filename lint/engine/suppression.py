"""In-file suppression comments (Markdown) and the unused-suppression check.

    <!-- newslint: disable BP101, TR -->      ... until enable or end of file
    <!-- newslint: enable BP101, TR -->
    <!-- newslint: disable-next-line BP101 -->

A comment must name codes (or code prefixes); one that suppresses nothing
is reported as NL100, like ruff's RUF100.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import patterns as regex  # regex, with a time limit on every match

DIRECTIVE = regex.compile(
    r"<!--[ \t]*newslint:[ \t]*(?P<action>disable-next-line|disable|enable)\b(?P<codes>[^>\n]*?)[ \t]*-->"
)
CODE_LIST = regex.compile(r"^[A-Z]{1,4}[0-9]{0,3}(?:[ \t]*,?[ \t]*[A-Z]{1,4}[0-9]{0,3})*$")


@dataclass
class Suppression:
    code: str
    first_line: int
    last_line: int  # inclusive; a large number means "to the end"
    start: int  # offset of the comment, for reporting
    end: int
    used: bool = False

    def covers(self, code: str, line: int) -> bool:
        return code.startswith(self.code) and self.first_line <= line <= self.last_line


@dataclass
class Suppressions:
    entries: list[Suppression] = field(default_factory=list)
    problems: list[tuple[int, int, str]] = field(default_factory=list)

    def suppresses(self, code: str, line: int) -> bool:
        hit = False
        for entry in self.entries:
            if entry.covers(code, line):
                entry.used = True
                hit = True
        return hit

    def unused(self) -> list[Suppression]:
        return [entry for entry in self.entries if not entry.used]


def parse_suppressions(source: str, line_of) -> Suppressions:
    """Read the directives of a Markdown source (offsets map to lines via ``line_of``)."""
    result = Suppressions()
    open_ranges: dict[str, Suppression] = {}
    for match in DIRECTIVE.finditer(source):
        action = match.group("action")
        codes_text = match.group("codes").strip()
        line = line_of(match.start())
        if not codes_text or not CODE_LIST.match(codes_text):
            result.problems.append(
                (match.start(), match.end(), f"suppression comment must name rule codes, got {codes_text or 'none'!r}")
            )
            continue
        codes = [c for c in regex.split(r"[\s,]+", codes_text) if c]
        for code in codes:
            if action == "disable-next-line":
                result.entries.append(Suppression(code, line + 1, line + 1, match.start(), match.end()))
            elif action == "disable":
                if code not in open_ranges:
                    entry = Suppression(code, line, 10**9, match.start(), match.end())
                    open_ranges[code] = entry
                    result.entries.append(entry)
            else:
                entry = open_ranges.pop(code, None)
                if entry is None:
                    result.problems.append(
                        (match.start(), match.end(), f"'enable {code}' without a matching 'disable {code}'")
                    )
                else:
                    entry.last_line = line
    return result
