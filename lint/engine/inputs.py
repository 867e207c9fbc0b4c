"""Reading articles: files, folders, JSON Lines datasets and standard input.

Every problem with an input becomes an ``InputError`` naming the path (and
the record's line for JSON Lines); the caller reports it and goes on.
"""
from __future__ import annotations

import codecs
import fnmatch
import json
import os
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


def matches_any(path: Path, patterns: Iterable[str]) -> bool:
    text = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(text, p) or fnmatch.fnmatch(text, f"*/{p}")
        for p in patterns
    )


def is_excluded_with_parents(path: Path, patterns: Iterable[str]) -> bool:
    """Does ``patterns`` exclude this file or a folder above it (below the current folder)?"""
    try:
        path = path.resolve().relative_to(Path.cwd())
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
            found = []
            for root, dirs, files in os.walk(path, followlinks=False, onerror=None):
                root_path = Path(root)
                dirs[:] = sorted(d for d in dirs if not matches_any(root_path / d, excluded))
                for name in files:
                    candidate = root_path / name
                    if matches_any(candidate, include) and not matches_any(candidate, excluded):
                        found.append(str(candidate))
            yield from sorted(found)
        elif force_exclude and is_excluded_with_parents(path, excluded):
            continue
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield InputError(raw, "no such file or directory")


def read_articles(
    path: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    stdin_text: str | None = None,
    stdin_format: str = "text",
) -> Iterator[Article | InputError]:
    """The articles of one input: one for a text file, one per record of JSON Lines."""
    if path == "-":
        yield Article(stdin_text or "", path="-", format=stdin_format)
        return
    try:
        data = Path(path).read_bytes()
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
    try:
        text = decode(data)
    except ValueError as exc:
        yield InputError(path, str(exc))
        return
    kind = format_of(path)
    if kind != "jsonl":
        yield Article(text, path=path, format=kind)
        return
    yield from _records(path, text, text_field, id_field)


def _records(path: str, text: str, text_field: str, id_field: str) -> Iterator[Article | InputError]:
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
        identifier = record.get(id_field)
        yield Article(
            body,
            path=path,
            format="jsonl",
            record=number,
            id=None if identifier is None else str(identifier),
        )
