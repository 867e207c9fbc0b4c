"""The baseline: today's findings on record, so that only new ones are reported.

``newslint --write-baseline FILE PATH ...`` records the findings of the paths
linted; ``newslint --baseline FILE PATH ...`` (or ``baseline = "FILE"`` in the
config) drops every finding on record. Entries are keyed by
``engine.fingerprints.stable_keys`` (code, path, record id, normalised span
text, occurrence number; no line numbers), so edits elsewhere in a file keep
them matching. Paths are stored relative to the baseline file's folder, so
the baseline works from any working directory.

The file is sorted, indented JSON (one entry per finding), so that it diffs
well in git::

    {"entries": [{"code": "BP101", "excerpt": "Read more", "key": "…",
                  "path": "archive/2019/a.txt", "record": null}],
     "version": 1}

An entry whose file was linted but which matched no finding is stale: its
problem was fixed; the CLI reports it so that the baseline shrinks.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from .builtin import InternalError
from .fingerprints import identity, stable_keys
from .rule import Finding

VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be read or is not a newslint baseline."""


@dataclass(frozen=True)
class Entry:
    key: str
    code: str
    path: str
    record: str | None
    excerpt: str

    def as_dict(self) -> dict:
        return {"key": self.key, "code": self.code, "path": self.path, "record": self.record, "excerpt": self.excerpt}

    def sort_key(self) -> tuple:
        return (self.path, self.record or "", self.code, self.excerpt, self.key)


def baselined(finding: Finding) -> bool:
    """Internal errors are never put on record: they must stay visible."""
    return finding.code != InternalError.code


def relative_path(path: str, root: Path) -> str:
    """A finding's path as the baseline stores it: relative to ``root``, POSIX style."""
    if path == "-":
        return path
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(os.path.abspath(root))).as_posix()
    except ValueError:
        return absolute.as_posix()


def entries_for(findings: Iterable[Finding], root: Path) -> list[tuple[Entry, Finding]]:
    """Each finding (internal errors left out) with its baseline entry."""
    kept = sorted((f for f in findings if baselined(f)), key=Finding.sort_key)
    relative = [replace(f, path=relative_path(f.path, root)) for f in kept]
    result = []
    for key, finding, moved in zip(stable_keys(relative), kept, relative):
        record = identity(moved)[2] or None
        result.append((Entry(key, finding.code, moved.path, record, finding.excerpt), finding))
    return result


class Baseline:
    """A baseline file, loaded."""

    def __init__(self, path: Path, entries: Iterable[Entry] = ()) -> None:
        self.path = path
        self.entries = {entry.key: entry for entry in entries}

    @property
    def root(self) -> Path:
        return self.path.parent

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline {path})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: baseline is not valid JSON: {exc.msg} (line {exc.lineno})") from None
        if not isinstance(document, dict) or document.get("version") != VERSION or not isinstance(
            document.get("entries"), list
        ):
            raise BaselineError(f"{path}: not a newslint baseline (expected version {VERSION} and a list of entries)")
        try:
            entries = [Entry(**{k: item[k] for k in ("key", "code", "path", "record", "excerpt")})
                       for item in document["entries"]]
        except (KeyError, TypeError):
            raise BaselineError(f"{path}: baseline entries need key, code, path, record and excerpt") from None
        return cls(path, entries)

    def filter(self, findings: list[Finding]) -> tuple[list[Finding], set[str]]:
        """The findings not on record, and the keys of the entries that matched."""
        matched: set[str] = set()
        new = []
        on_record = {id(finding): entry.key for entry, finding in entries_for(findings, self.root)
                     if entry.key in self.entries}
        for finding in findings:
            key = on_record.get(id(finding))
            if key is None:
                new.append(finding)
            else:
                matched.add(key)
        return new, matched

    def stale(self, matched: set[str], linted_paths: Iterable[str]) -> list[Entry]:
        """Entries of the files linted in this run that matched nothing."""
        linted = {relative_path(path, self.root) for path in linted_paths}
        return sorted(
            (e for key, e in self.entries.items() if key not in matched and e.path in linted), key=Entry.sort_key
        )

    def rewritten(self, findings: list[Finding], linted_paths: Iterable[str]) -> "Baseline":
        """This baseline with the entries of the files linted replaced by their findings now
        (entries of files not linted in this run are kept)."""
        linted = {relative_path(path, self.root) for path in linted_paths}
        kept = [e for e in self.entries.values() if e.path not in linted]
        return Baseline(self.path, kept + [entry for entry, _ in entries_for(findings, self.root)])

    def dumps(self) -> str:
        entries = [e.as_dict() for e in sorted(self.entries.values(), key=Entry.sort_key)]
        return json.dumps({"version": VERSION, "entries": entries}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
