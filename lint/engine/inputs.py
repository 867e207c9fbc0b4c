"""Reading articles: files, folders, JSON Lines datasets and standard input.

Every problem with an input becomes an ``InputError`` naming the path (and
the record's line for JSON Lines); the caller reports it and goes on.
"""
from __future__ import annotations

import codecs
import fnmatch
import io
import itertools
import json
import os
import re
import stat
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .article import Article

DEFAULT_INCLUDE = (
    "*.txt", "*.text", "*.md", "*.markdown", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz", "*.parquet",
)
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache",
    ".pytest_cache", "_build", "build", "dist", "site-packages",
)
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
BINARY_SNIFF = 8192
#: the longest article linted, in characters: some 400 long news articles
DEFAULT_MAX_ARTICLE_SIZE = 2_000_000
#: UTF-8 takes at most four bytes a character
MAX_BYTES_PER_CHAR = 4


@dataclass(frozen=True)
class InputError:
    path: str
    message: str
    record: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.record}" if self.record is not None else self.path
        return f"{where}: {self.message}"


def format_of(path: str) -> str:
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes[-2:] in ([".jsonl", ".gz"], [".ndjson", ".gz"]):
        return "jsonl"
    if suffixes[-1:] == [".parquet"]:
        return "parquet"
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


@dataclass(frozen=True)
class TextEncoding:
    """How a file's text is stored, so that ``--fix`` writes it back the same way."""

    codec: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


def encoding_of(data: bytes) -> TextEncoding:
    """The encoding ``decode`` reads ``data`` in: its byte-order mark decides."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return TextEncoding(codec, bom)
    return TextEncoding()


def decode(data: bytes) -> str:
    """Decode UTF-8 (BOM or not) or BOM-marked UTF-16; raise ValueError otherwise."""
    encoding = encoding_of(data)
    if encoding.bom:
        return data[len(encoding.bom) :].decode(encoding.codec)
    if b"\x00" in data[:BINARY_SNIFF]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def resolved(path: Path) -> Path:
    """The absolute, symlink-free path; merely absolute for a symbolic-link loop
    (where ``Path.resolve`` raises)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def glob_matches(relative: str, glob: str) -> bool:
    """Does a per-file-ignores glob match this path (relative to the config's folder)?

    Like flake8: the glob is matched against the relative path, or else against
    the bare file name.
    """
    return fnmatch.fnmatch(relative, glob) or fnmatch.fnmatch(relative.rsplit("/", 1)[-1], glob)


def matches_any(path: Path, patterns: Iterable[str]) -> bool:
    """Does a glob match the file's name, its whole path, or the path's tail (``*/glob``)?"""
    by_name, by_path = _glob_matchers(tuple(patterns))
    return by_name(path.name) is not None or by_path(path.as_posix()) is not None


@lru_cache(maxsize=64)
def _glob_matchers(patterns: tuple[str, ...]):
    """One compiled pattern for the names and one for the paths: a folder walk asks
    twice per file, and a glob at a time was most of the cost of listing a folder."""

    def either(globs) -> str:
        return "|".join(fnmatch.translate(os.path.normcase(glob)) for glob in globs) or "(?!)"

    by_name = re.compile(either(patterns)).match
    by_path = re.compile(either([*patterns, *(f"*/{p}" for p in patterns)])).match
    return (lambda name: by_name(os.path.normcase(name))), (lambda path: by_path(os.path.normcase(path)))


def is_excluded_with_parents(path: Path, patterns: Iterable[str]) -> bool:
    """Does ``patterns`` exclude this file or a folder above it (below the current folder)?"""
    try:
        path = resolved(path).relative_to(Path.cwd())
    except ValueError:
        pass
    return any(matches_any(candidate, patterns) for candidate in (path, *path.parents) if candidate.name)


def walk(
    paths: Sequence[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    force_exclude: bool = False,
) -> Iterator[str | InputError]:
    """Expand folders into the files to lint; name what cannot be found.

    A file named on the command line is linted whatever its name; files
    found in a folder must match ``include`` and not ``exclude``. With
    ``force_exclude`` (what a pre-commit hook passes, as with ruff), a named
    file that ``exclude`` matches is skipped too.
    """
    excluded = tuple(DEFAULT_EXCLUDE) + tuple(exclude)
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk_folder(path, include, excluded)
        elif force_exclude and is_excluded_with_parents(path, excluded):
            continue
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield InputError(raw, "no such file or directory")


def _walk_folder(folder: Path, include: Sequence[str], excluded: Sequence[str]) -> Iterator[str | InputError]:
    """The files to lint in a folder, sorted; unreadable folders and special files are named.

    Symbolic links to folders are not followed (no loops); a FIFO or device
    named like an article is reported, not opened (reading it could block).
    """
    found: list[str | InputError] = []

    def unreadable(error: OSError) -> None:
        found.append(InputError(error.filename or str(folder), f"cannot read folder: {error.strerror or error}"))

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable):
        root_path = Path(root)
        dirs[:] = sorted(d for d in dirs if not matches_any(root_path / d, excluded))
        for name in files:
            candidate = root_path / name
            if matches_any(candidate, include) and not matches_any(candidate, excluded):
                found.append(_special_file_error(candidate) or str(candidate))
    yield from sorted(found, key=lambda item: item.path if isinstance(item, InputError) else item)


def _special_file_error(path: Path) -> InputError | None:
    """An error for a FIFO, socket or device; None for a regular file (or one that stat cannot see)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # a broken link or a file gone: reading it names the problem
    if stat.S_ISREG(mode):
        return None
    return InputError(str(path), "not a regular file (a FIFO, socket or device); not read")


def too_large(path: str, limit: int, record: int | None = None) -> InputError:
    what = "record text" if record is not None else "article"
    return InputError(path, f"{what} too large to lint (over {limit:,} characters, key 'max-article-size')", record)


def read_articles(
    path: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    stdin_text: str | None = None,
    stdin_format: str = "text",
    max_size: int = DEFAULT_MAX_ARTICLE_SIZE,
) -> Iterator[Article | InputError]:
    """The articles of one input: one for a text file, one per record of a
    dataset. JSON Lines (plain or gzip-compressed) is streamed a line at a
    time, so memory does not grow with the file.

    An article longer than ``max_size`` characters is an error, not linted:
    a text file is read no further than that can tell.
    """
    if path == "-":
        if stdin_format == "jsonl":
            yield from _records(path, io.StringIO(stdin_text or ""), text_field, id_field, max_size)
        elif stdin_text is not None and len(stdin_text) > max_size:
            yield too_large(path, max_size)
        else:
            yield Article(stdin_text or "", path="-", format=stdin_format)
        return
    kind = format_of(path)
    try:
        if kind == "jsonl":
            yield from _stream_records(path, text_field, id_field, max_size)
        elif kind == "parquet":
            yield from _parquet_records(path, text_field, id_field, max_size)
        else:
            yield from _text_article(path, kind, max_size)
    except FileNotFoundError:
        yield InputError(path, "no such file (deleted, or a broken symbolic link)")
    except IsADirectoryError:
        yield InputError(path, "is a directory")
    except PermissionError:
        yield InputError(path, "permission denied")
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def _read(path: str, limit: int) -> bytes:
    """The file's first ``limit`` bytes."""
    with open(path, "rb") as handle:
        return handle.read(limit)


def _text_article(path: str, kind: str, max_size: int) -> Iterator[Article | InputError]:
    data = _read(path, max_size * MAX_BYTES_PER_CHAR + 1)
    if len(data) > max_size * MAX_BYTES_PER_CHAR:
        yield too_large(path, max_size)
        return
    try:
        text = decode(data)
    except ValueError as exc:
        yield InputError(path, str(exc))
        return
    if len(text) > max_size:
        yield too_large(path, max_size)
        return
    yield Article(text, path=path, format=kind)


def _stream_records(path: str, text_field: str, id_field: str, max_size: int) -> Iterator[Article | InputError]:
    if path.lower().endswith(".gz"):
        import gzip  # here: most inputs are not compressed

        opener = gzip.open
    else:
        opener = open
    with opener(path, "rb") as raw:
        head = raw.read(BINARY_SNIFF)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # rare: decode whole
            lines = io.StringIO(decode(head + raw.read()))
        elif b"\x00" in head:
            yield InputError(path, "binary file (contains NUL bytes), not text")
            return
        else:
            if head.startswith(codecs.BOM_UTF8):
                head = head[len(codecs.BOM_UTF8) :]
            lines = _decoded_lines(itertools.chain([head], iter(lambda: raw.read(1 << 20), b"")))
        yield from _records(path, lines, text_field, id_field, max_size)


def _decoded_lines(chunks: Iterable[bytes]) -> Iterator[str | ValueError]:
    """Lines of UTF-8 text from byte chunks; an undecodable line becomes an error."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            yield _decode_line(line)
    if pending:
        yield _decode_line(pending)


def _decode_line(line: bytes) -> str | ValueError:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ValueError(f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})")


def _records(path: str, lines: Iterable, text_field: str, id_field: str, max_size: int) -> Iterator[Article | InputError]:
    blank_lines: list[int] = []  # reported only if a record follows: trailing blank lines are fine
    for number, line in enumerate(lines, start=1):
        if isinstance(line, ValueError):
            yield from (InputError(path, "blank line in JSON Lines data", n) for n in blank_lines)
            blank_lines.clear()
            yield InputError(path, str(line), number)
            continue
        if not line.strip():
            blank_lines.append(number)
            continue
        yield from (InputError(path, "blank line in JSON Lines data", n) for n in blank_lines)
        blank_lines.clear()
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})", number)
            continue
        yield _record_article(path, record, number, text_field, id_field, max_size)


def _record_article(
    path: str, record: Any, number: int, text_field: str, id_field: str, max_size: int
) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(path, f"record is a JSON {type(record).__name__}, not an object", number)
    if text_field not in record:
        return InputError(path, f"record has no {text_field!r} field", number)
    body = record[text_field]
    if not isinstance(body, str):
        return InputError(path, f"field {text_field!r} is {type(body).__name__}, not a string", number)
    if len(body) > max_size:
        return too_large(path, max_size, number)
    identifier = record.get(id_field)
    return Article(body, path=path, format="jsonl", record=number, id=None if identifier is None else str(identifier))


def _parquet_records(path: str, text_field: str, id_field: str, max_size: int) -> Iterator[Article | InputError]:
    """Rows of a Parquet dataset, a batch at a time (needs ``pip install newslint[parquet]``)."""
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        yield InputError(path, "reading Parquet needs pyarrow: pip install 'newslint[parquet]'")
        return
    try:
        dataset = parquet.ParquetFile(path)
        columns = [c for c in (text_field, id_field) if c in dataset.schema_arrow.names]
        if text_field not in columns:
            yield InputError(path, f"no {text_field!r} column")
            return
        number = 0
        for batch in dataset.iter_batches(batch_size=1024, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield _record_article(path, row, number, text_field, id_field, max_size)
    except Exception as exc:  # pyarrow raises its own error types for damaged files
        yield InputError(path, f"cannot read Parquet: {exc}")


def is_special_file(path: str | Path) -> bool:
    """An existing path that is no regular file (``/dev/null``, a named pipe,
    a terminal): it is written into, never replaced by a file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # missing (or unreadable): a new file, written atomically
