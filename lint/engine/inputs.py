"""Reading articles: files, folders, JSON Lines datasets and standard input.

Every problem with an input becomes an ``InputError`` naming the path (and
the record's line for JSON Lines); the caller reports it and goes on.
"""
from __future__ import annotations

import codecs
import fnmatch
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .article import Article

DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.jsonl", "*.ndjson")
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
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def decode(data: bytes) -> str:
    """Decode UTF-8 (BOM or not) or BOM-marked UTF-16; raise ValueError otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
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
    text = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(text, p) or fnmatch.fnmatch(text, f"*/{p}")
        for p in patterns
    )


def walk(
    paths: Sequence[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
) -> Iterator[str | InputError]:
    """Expand folders into the files to lint; name what cannot be found.

    A file named on the command line is linted whatever its name; files
    found in a folder must match ``include`` and not ``exclude``.
    """
    excluded = tuple(DEFAULT_EXCLUDE) + tuple(exclude)
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk_folder(path, include, excluded)
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
    """The articles of one input: one for a text file, one per record of JSON Lines.

    An article longer than ``max_size`` characters is an error, not linted:
    a text file is read no further than that can tell.
    """
    if path == "-":
        if stdin_text is not None and len(stdin_text) > max_size:
            yield too_large(path, max_size)
            return
        yield Article(stdin_text or "", path="-", format=stdin_format)
        return
    kind = format_of(path)
    try:
        data = _read(path, None if kind == "jsonl" else max_size * MAX_BYTES_PER_CHAR + 1)
    except FileNotFoundError:
        yield InputError(path, "no such file (deleted, or a broken symbolic link)")
        return
    except IsADirectoryError:
        yield InputError(path, "is a directory")
        return
    except PermissionError:
        yield InputError(path, "permission denied")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    if kind != "jsonl" and len(data) > max_size * MAX_BYTES_PER_CHAR:
        yield too_large(path, max_size)
        return
    try:
        text = decode(data)
    except ValueError as exc:
        yield InputError(path, str(exc))
        return
    if kind != "jsonl":
        if len(text) > max_size:
            yield too_large(path, max_size)
        else:
            yield Article(text, path=path, format=kind)
        return
    yield from _records(path, text, text_field, id_field, max_size)


def _read(path: str, limit: int | None) -> bytes:
    """The file's bytes, or only the first ``limit`` of them."""
    with open(path, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit)


def _records(path: str, text: str, text_field: str, id_field: str, max_size: int) -> Iterator[Article | InputError]:
    lines = text.split("\n")
    last_content = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for index, line in enumerate(lines[: last_content + 1]):
        number = index + 1
        if not line.strip():
            yield InputError(path, "blank line in JSON Lines data", number)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})", number)
            continue
        if not isinstance(record, dict):
            yield InputError(path, f"record is a JSON {type(record).__name__}, not an object", number)
            continue
        if text_field not in record:
            yield InputError(path, f"record has no {text_field!r} field", number)
            continue
        body = record[text_field]
        if not isinstance(body, str):
            yield InputError(path, f"field {text_field!r} is {type(body).__name__}, not a string", number)
            continue
        if len(body) > max_size:
            yield too_large(path, max_size, number)
            continue
        identifier = record.get(id_field)
        yield Article(
            body,
            path=path,
            format="jsonl",
            record=number,
            id=None if identifier is None else str(identifier),
        )
