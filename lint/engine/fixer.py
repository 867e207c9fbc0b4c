"""Applying fixes: ``--fix``, ``--diff`` and ``--fix`` on standard input.

One pass lints an article, takes the fixes that do not overlap (sorted by
start, end and code; a fix that overlaps one already taken waits for the next
pass, as in ruff) and applies them; passes repeat on the new text until no
fix is left, up to ``MAX_PASSES``.

Rules see ``Article.text`` (line endings normalised to ``\\n``); fixes are
mapped back onto the text as read, so every byte outside an edit is kept:
CRLF stays CRLF, a lone CR stays a lone CR, and a line break inside a
replacement takes the text's most common line ending. A fix that would touch
markup the rules never see (front matter, HTML comments) is not applied.

Files are rewritten atomically (a temporary file in the same folder, fsync,
the original's permissions, ``os.replace``), in their own encoding and
byte-order mark. In JSON Lines only the JSON string of each changed record's
text field is rewritten; every other byte of the file stays as it was.
"""
from __future__ import annotations

import bisect
import difflib
import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .article import Article
from .inputs import decode, encoding_of, format_of, is_special_file
from .rule import Finding, Fix

MAX_PASSES = 10
TEMP_SUFFIX = ".newslint-tmp"

#: lints one article and returns its findings (suppressions applied)
LintArticle = Callable[[Article], list[Finding]]


@dataclass
class SourceFix:
    """The outcome of fixing one text."""

    text: str
    fixed: list[Finding] = field(default_factory=list)  # the findings whose fix was applied
    passes: int = 0
    settled: bool = True  # False: fixes were still pending when the pass bound was hit

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def applicable(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and (finding.fix.safe or unsafe)


def select_fixes(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    """The findings whose fixes one pass applies: sorted by (start, end, code),
    each fix taken unless it overlaps one already taken, or touches it while
    one of the two inserts text: then it waits for the next pass, where the
    rules judge the text again (a fix right next to another may rest on the
    very text that one changes). Deletions side by side go together: deleting
    a label and the teaser line under it is deleting both."""
    candidates = sorted(
        (f for f in findings if applicable(f, unsafe)), key=lambda f: (f.fix.start, f.fix.end, f.code)
    )
    chosen: list[Finding] = []
    for finding in candidates:
        if chosen:
            last, fix = chosen[-1].fix, finding.fix
            if fix.start < last.end or (fix.start == last.end and (fix.replacement or last.replacement)):
                continue
        chosen.append(finding)
    return chosen


class NewlineMap:
    """Maps offsets in the normalised text (``\\n`` only) to the text as read."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.crlf: list[int] = []  # normalised offsets of the line breaks written as CRLF
        position = raw.find("\r\n")
        while position != -1:
            self.crlf.append(position - len(self.crlf))
            position = raw.find("\r\n", position + 2)
        lone_cr = raw.count("\r") - len(self.crlf)
        lone_lf = raw.count("\n") - len(self.crlf)
        styles = Counter({"\n": lone_lf, "\r\n": len(self.crlf), "\r": lone_cr})
        # the most common line ending; a tie (or none) keeps "\n"
        self.newline = max(styles, key=lambda style: (styles[style], style == "\n"))

    def raw_offset(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.crlf, offset)

    def raw_edit(self, fix: Fix) -> tuple[int, int, str]:
        replacement = fix.replacement.replace("\n", self.newline) if self.newline != "\n" else fix.replacement
        return self.raw_offset(fix.start), self.raw_offset(fix.end), replacement


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping ``(start, end, replacement)`` edits."""
    pieces, position = [], 0
    for start, end, replacement in sorted(edits):
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def touches_markup(article: Article, fix: Fix) -> bool:
    """Would the fix edit front matter or a comment that the rules saw blanked?"""
    text, source = article.text, article.source
    if fix.start == fix.end:  # an insertion: is it inside a blanked stretch?
        return 0 < fix.start < len(text) and text[fix.start - 1] != source[fix.start - 1] and text[fix.start] != source[fix.start]
    return text[fix.start : fix.end] != source[fix.start : fix.end]


def fix_source(
    raw: str,
    make_article: Callable[[str], Article],
    lint: LintArticle,
    *,
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
) -> SourceFix:
    """Fix one article's text as read (any line endings) until nothing changes."""
    result = SourceFix(raw)
    seen = {raw}
    for _ in range(max_passes + 1):
        article = make_article(result.text)
        allowed = [f for f in lint(article) if f.fix is not None and not touches_markup(article, f.fix)]
        chosen = select_fixes(allowed, unsafe)
        if not chosen:
            return result
        if result.passes == max_passes:
            break
        mapping = NewlineMap(result.text)
        text = apply_edits(result.text, [mapping.raw_edit(f.fix) for f in chosen])
        result.passes += 1
        result.fixed.extend(chosen)
        if text in seen:  # the fixes undo each other: stop rather than loop
            result.text = text
            break
        seen.add(text)
        result.text = text
    result.settled = False
    return result


# --- files ---------------------------------------------------------------------


@dataclass
class FileFix:
    """One file's original and fixed bytes."""

    path: str
    original: bytes
    fixed: bytes
    original_text: str
    fixed_text: str
    fixed_findings: list[Finding] = field(default_factory=list)
    unsettled: list[str] = field(default_factory=list)  # where the pass bound was hit ("path" or "path:record")
    stdin: bool = False  # read from standard input: the fix goes to standard output

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def fix_text_input(
    path: str, text: str, kind: str, lint: LintArticle, *, unsafe: bool, text_field: str = "text", id_field: str = "id"
) -> tuple[str, list[Finding], list[str]]:
    """Fix decoded file content: one article, or each record of JSON Lines.

    Returns the fixed text, the findings fixed and where fixing did not settle.
    """
    if kind == "jsonl":
        return _fix_records(path, text, lint, unsafe=unsafe, text_field=text_field, id_field=id_field)
    outcome = fix_source(text, lambda body: Article(body, path=path, format=kind), lint, unsafe=unsafe)
    return outcome.text, outcome.fixed, [] if outcome.settled else [path]


def fix_bytes(
    path: str, data: bytes, kind: str, lint: LintArticle, *, unsafe: bool, text_field: str = "text",
    id_field: str = "id",
) -> FileFix:
    """Decode and fix one input's bytes, to be written back in the same encoding
    and byte-order mark. Raises ValueError for undecodable data."""
    text = decode(data)
    fixed_text, fixed, unsettled = fix_text_input(
        path, text, kind, lint, unsafe=unsafe, text_field=text_field, id_field=id_field
    )
    fixed_bytes = encoding_of(data).encode(fixed_text) if fixed_text != text else data
    return FileFix(path, data, fixed_bytes, text, fixed_text, fixed, unsettled)


def fix_file(path: str, lint: LintArticle, *, unsafe: bool, text_field: str = "text", id_field: str = "id") -> FileFix:
    """Read and fix one file (nothing is written). Raises OSError or ValueError."""
    data = Path(path).read_bytes()
    return fix_bytes(path, data, format_of(path), lint, unsafe=unsafe, text_field=text_field, id_field=id_field)


def _fix_records(
    path: str, text: str, lint: LintArticle, *, unsafe: bool, text_field: str, id_field: str
) -> tuple[str, list[Finding], list[str]]:
    lines = text.split("\n")
    fixed: list[Finding] = []
    unsettled: list[str] = []
    for index, line in enumerate(lines):
        located = _text_token(line, text_field)
        if located is None:
            continue  # blank, malformed or without a text field: the lint run reports it
        record, (start, end) = located
        identifier = record.get(id_field)

        def make_article(body: str, number=index + 1, identifier=identifier) -> Article:
            return Article(body, path=path, format="jsonl", record=number,
                           id=None if identifier is None else str(identifier))

        outcome = fix_source(record[text_field], make_article, lint, unsafe=unsafe)
        if not outcome.settled:
            unsettled.append(f"{path}:{index + 1}")
        if outcome.changed:
            token = json.dumps(outcome.text, ensure_ascii=line[start:end].isascii())
            lines[index] = line[:start] + token + line[end:]
            fixed.extend(outcome.fixed)
    return "\n".join(lines), fixed, unsettled


_JSON_SPACE = " \t\n\r"


def _text_token(line: str, key: str) -> tuple[dict, tuple[int, int]] | None:
    """The record of a JSON Lines line and the span of the raw JSON string
    that holds ``key`` (the last one, as ``json.loads`` keeps the last)."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get(key), str):
        return None
    decoder = json.JSONDecoder()
    found = None
    position = _skip_space(line, 0) + 1  # past "{"
    while True:
        position = _skip_space(line, position)
        if line[position] == "}":
            break
        name, position = json.decoder.scanstring(line, position + 1)
        position = _skip_space(line, position) + 1  # past ":"
        value_start = _skip_space(line, position)
        _, position = decoder.raw_decode(line, value_start)
        if name == key:
            found = (value_start, position)
        position = _skip_space(line, position)
        if line[position] == "}":
            break
        position += 1  # past ","
    return (record, found) if found else None


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in _JSON_SPACE:
        position += 1
    return position


# --- writing ---------------------------------------------------------------------


def write_atomically(path: str, data: bytes) -> None:
    """Replace the file's content with ``data`` in one step: a temporary file in
    the same folder, fsync, the original's permissions, then ``os.replace``.
    A crash leaves the file either untouched or complete; at worst a
    ``.NAME.*.newslint-tmp`` file stays behind, never in the file's place.
    A special file (``/dev/null``, a pipe) is written into instead."""
    if is_special_file(path):
        with open(path, "wb") as stream:
            stream.write(data)
        return
    target = Path(os.path.realpath(path))  # write through a symbolic link, keep the link
    mode = target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode()
    handle = tempfile.NamedTemporaryFile(
        "wb", dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX, delete=False
    )
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _new_file_mode() -> int:
    """The permissions a newly created file gets here (0o666 less the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (not possible on every platform)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _lines(text: str) -> list[str]:
    """Lines with their endings (CRLF, LF or CR), split on nothing else."""
    return re.findall(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$", text)


def unified_diff(fix: FileFix) -> str:
    """A unified diff of one file's fix (text as decoded, line endings shown as read)."""
    before, after = _lines(fix.original_text), _lines(fix.fixed_text)
    lines = difflib.unified_diff(before, after, fromfile=f"a/{fix.path}", tofile=f"b/{fix.path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)
