"""Run state that grows with the input, moved to disk past a threshold, so
that a run's memory stays bounded however big the archive.

A run keeps, until its end, the corpus rules' summaries of every article,
the findings of the articles that have some, and the text of the lines
those findings point at. Each structure here holds up to ``limit`` entries
in memory, like the plain list or dict it stands for; past that it writes
them to a temporary folder (removed when the run's result is dropped, or at
exit). A hook run on a few files never touches the disk.

- ``SpillDict``: a mapping in insertion order, with lookups by key (SQLite).
- ``SortedSpill``: items sorted by a key, however many (a merge sort of
  sorted runs on disk, each a ``PickleFile``); the order is that of a
  stable ``list.sort``.
- ``Postings``: the distinct values that go with each term (a paragraph's
  fingerprint -> the articles that hold it), the index a corpus rule builds.
"""
from __future__ import annotations

import functools
import heapq
import pickle
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:
    import sqlite3

SPILL_AFTER = 5_000  # entries held in memory before a structure moves to disk
#: a ``Postings`` pair (a term and one value) takes about 300 bytes, a small part of what
#: an entry of the others holds (an article's summary), so an index keeps this many times
#: more in memory (25,000 pairs, under 8 MB): enough for a run of a few thousand articles
POSTINGS_PAIRS_PER_ENTRY = 5
_BATCH = 1_000  # pairs a Postings on disk writes in one statement


class SpillError(Exception):
    """The run's scratch files cannot be written (a full or unwritable temporary folder)."""


def _writes_scratch(method):
    """Turns a failed write of scratch files into one clear SpillError."""

    @functools.wraps(method)
    def wrapper(self, *args):
        try:
            return method(self, *args)
        except SpillError:
            raise
        except Exception as exc:
            if not isinstance(exc, OSError) and type(exc).__module__ != "sqlite3":
                raise
            import tempfile

            raise SpillError(
                f"cannot write the run's scratch files in {tempfile.gettempdir()}: {exc} "
                "(set TMPDIR to a folder with room)"
            ) from exc

    return wrapper


class SpillFolder:
    """The temporary folder a run's structures spill into, made on first need."""

    def __init__(self) -> None:
        self._folder = None
        self._count = 0

    def new_path(self, suffix: str) -> Path:
        if self._folder is None:
            import tempfile  # here: most runs never spill

            self._folder = tempfile.TemporaryDirectory(prefix="newslint-run-")
        self._count += 1
        return Path(self._folder.name) / f"{self._count}{suffix}"


class PickleFile:
    """Items written once, in order, as a file of pickles; read back as often as needed."""

    def __init__(self, path: Path, items: Iterable) -> None:
        self.path = path
        with path.open("wb") as writer:
            for item in items:
                pickle.dump(item, writer, pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator:
        with self.path.open("rb") as reader:
            while True:
                try:
                    yield pickle.load(reader)
                except EOFError:
                    return


class SpillDict(Mapping):
    """A mapping in insertion order: a dict up to ``limit`` keys, then an SQLite
    table (keys and values pickled). Setting a key again replaces its value
    and keeps its place, as a dict does."""

    def __init__(self, folder: SpillFolder, limit: int | None = None) -> None:
        self.folder = folder
        self.limit = SPILL_AFTER if limit is None else limit
        self.held: dict = {}
        self.db: sqlite3.Connection | None = None

    @_writes_scratch
    def __setitem__(self, key: Any, value: Any) -> None:
        if self.db is None:
            self.held[key] = value
            if len(self.held) > self.limit:
                self._move_to_disk()
            return
        self.db.execute(
            "INSERT INTO entries (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_packed(key), _packed(value)),
        )

    def update(self, other: Mapping) -> None:
        for key, value in other.items():
            self[key] = value

    def _move_to_disk(self) -> None:
        self.db = _connect(self.folder.new_path(".sqlite"))
        self.db.execute("CREATE TABLE entries (key BLOB PRIMARY KEY, value BLOB)")
        self.db.execute("BEGIN")  # one transaction for the whole run: nothing here outlives it
        self.db.executemany("INSERT INTO entries (key, value) VALUES (?, ?)",
                            ((_packed(k), _packed(v)) for k, v in self.held.items()))
        self.held = {}

    def __getitem__(self, key: Any) -> Any:
        if self.db is None:
            return self.held[key]
        row = self.db.execute("SELECT value FROM entries WHERE key = ?", (_packed(key),)).fetchone()
        if row is None:
            raise KeyError(key)
        return pickle.loads(row[0])

    def __contains__(self, key: object) -> bool:
        if self.db is None:
            return key in self.held
        return self.db.execute("SELECT 1 FROM entries WHERE key = ?", (_packed(key),)).fetchone() is not None

    def __len__(self) -> int:
        if self.db is None:
            return len(self.held)
        return self.db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]

    def __iter__(self) -> Iterator:
        for key, _ in self._rows():
            yield key

    def items(self) -> Iterator[tuple[Any, Any]]:  # one read of each row, not a lookup per key
        yield from self._rows()

    def values(self) -> Iterator[Any]:
        for _, value in self._rows():
            yield value

    def _rows(self) -> Iterator[tuple[Any, Any]]:
        if self.db is None:
            yield from self.held.items()
            return
        # a second cursor: the caller may look keys up (or iterate again) meanwhile
        for key, value in self.db.cursor().execute("SELECT key, value FROM entries ORDER BY rowid"):
            yield pickle.loads(key), pickle.loads(value)


class SortedSpill:
    """Items in the order of ``sorted(items, key=key)``, however many: up to
    ``limit`` items are sorted in memory; each full batch is sorted and
    written to disk as a run, and iterating merges the runs. ``heapq.merge``
    keeps equal items in run order, so the order is that of one stable sort."""

    def __init__(self, folder: SpillFolder, key: Callable[[Any], Any], limit: int | None = None) -> None:
        self.folder = folder
        self.key = key
        self.limit = SPILL_AFTER if limit is None else limit
        self.batch: list = []
        self.runs: list[PickleFile] = []
        self._count = 0

    @_writes_scratch
    def extend(self, items: Iterable) -> None:
        for item in items:
            self._count += 1
            self.batch.append(item)
            if len(self.batch) >= self.limit:
                self._write_run()

    def _write_run(self) -> None:
        self.runs.append(PickleFile(self.folder.new_path(".pickles"), sorted(self.batch, key=self.key)))
        self.batch = []

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator:
        return heapq.merge(*self.runs, sorted(self.batch, key=self.key), key=self.key)

    def result(self) -> "list | SortedSpill":
        """A sorted list when everything fitted in memory, else this spill (which iterates the same way)."""
        if not self.runs:
            return sorted(self.batch, key=self.key)
        return self


class Postings:
    """The distinct values that go with each term, in the order first added:
    a dict of ordered sets up to ``limit`` pairs, then an indexed SQLite table.
    Corpus rules build their cross-article indexes with it, so that the index
    of an archive does not have to fit in memory.

    Example: ``holders.add(fingerprint, article_key)`` for every paragraph,
    then ``holders.values(fingerprint)`` for the articles sharing one.
    """

    def __init__(self, folder: SpillFolder | None = None, limit: int | None = None) -> None:
        self.folder = folder or SpillFolder()
        self.limit = SPILL_AFTER * POSTINGS_PAIRS_PER_ENTRY if limit is None else limit
        self.held: dict[Any, dict[Any, None]] = {}
        self.db: sqlite3.Connection | None = None
        self._pairs = 0
        self._unwritten: list[tuple[bytes, bytes]] = []  # pairs added on disk, written in batches

    def add(self, term: Any, value: Any) -> None:
        if self.db is not None:
            self._unwritten.append((_packed(term), _packed(value)))
            if len(self._unwritten) >= _BATCH:
                self._write_unwritten()
            return
        values = self.held.setdefault(term, {})
        if value not in values:
            values[value] = None
            self._pairs += 1
            if self._pairs > self.limit:
                self._move_to_disk()

    @_writes_scratch
    def _move_to_disk(self) -> None:
        self.db = _connect(self.folder.new_path(".sqlite"))
        self.db.execute("CREATE TABLE terms (term BLOB PRIMARY KEY)")  # rowid: the order terms came in
        self.db.execute("CREATE TABLE pairs (term BLOB, value BLOB, PRIMARY KEY (term, value))")
        self.db.execute("BEGIN")
        held, self.held = self.held, {}
        for term, values in held.items():
            for value in values:
                self.add(term, value)

    @_writes_scratch
    def _write_unwritten(self) -> None:
        """Write the pairs added since the last write, in the order added (one statement per table)."""
        if self._unwritten:
            self.db.executemany("INSERT OR IGNORE INTO terms (term) VALUES (?)", ((term,) for term, _ in self._unwritten))
            self.db.executemany("INSERT OR IGNORE INTO pairs (term, value) VALUES (?, ?)", self._unwritten)
            self._unwritten = []

    def values(self, term: Any) -> list:
        """The values of ``term`` (none for an unknown term), in the order added."""
        if self.db is None:
            return list(self.held.get(term, ()))
        self._write_unwritten()
        return self._values_of(_packed(term))

    def _values_of(self, packed_term: bytes) -> list:
        rows = self.db.execute("SELECT value FROM pairs WHERE term = ? ORDER BY rowid", (packed_term,))
        return [pickle.loads(value) for value, in rows]

    def count(self, term: Any) -> int:
        if self.db is None:
            return len(self.held.get(term, ()))
        self._write_unwritten()
        return self.db.execute("SELECT COUNT(*) FROM pairs WHERE term = ?", (_packed(term),)).fetchone()[0]

    def groups(self) -> Iterator[tuple[Any, list]]:
        """Each term with its values, terms in the order first added."""
        if self.db is None:
            for term, values in self.held.items():
                yield term, list(values)
            return
        self._write_unwritten()
        for packed, in self.db.cursor().execute("SELECT term FROM terms ORDER BY rowid"):
            yield pickle.loads(packed), self._values_of(packed)


def _connect(path: Path) -> "sqlite3.Connection":
    """A scratch database: no journal, no syncing (nothing in it outlives the run)."""
    import sqlite3  # here: most runs never spill

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return db


def _packed(value: Any) -> bytes:
    # protocol 4 and plain tuples of str/int pickle the same way every time, so a packed key finds its row
    return pickle.dumps(value, 4)
