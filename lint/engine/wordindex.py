"""English word frequencies (wordfreq's Zipf scale) without wordfreq's start-up cost.

wordfreq loads and unpacks its whole English list (321,000 words) on the first
lookup, about half a second, and importing it costs as much again: too slow
for a pre-commit hook that lints one article. The plain lower-case ASCII
words of that list (289,000, nearly every lookup) are copied once into an
SQLite index in the user cache folder, named by wordfreq's version; a lookup
is then one indexed query, cached per process by the caller. Every other word
(accents, apostrophes, digits) still goes to wordfreq itself. The index holds
wordfreq's own figures (``round(log10(frequency) + 9, 2)``, which is what
``wordfreq.zipf_frequency`` returns for such a word; a test compares the two).
"""
from __future__ import annotations

import math
import sqlite3
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .usercache import user_cache_dir


def _wordfreq_version() -> str:
    try:
        return metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        return "unknown"


def is_simple(word: str) -> bool:
    return word.isascii() and word.isalpha() and word.islower()


def _rows():
    from wordfreq import get_frequency_dict

    for word, frequency in get_frequency_dict("en", "best").items():
        if is_simple(word) and frequency > 0:
            yield word, round(math.log10(frequency) + 9, 2)


def _build(path: Path) -> bool:
    temporary = path.with_name(f".{path.name}.building")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        with sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE zipf (word TEXT PRIMARY KEY, value REAL) WITHOUT ROWID")
            db.executemany("INSERT INTO zipf VALUES (?, ?)", _rows())
        db.close()
        temporary.replace(path)
        return True
    except (OSError, sqlite3.Error):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False


class WordIndex:
    def __init__(self, path: Path | None) -> None:
        self.db = None
        self.memory: dict[str, float] | None = None
        if path is not None and (path.exists() or _build(path)):
            try:
                self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                self.db = None
        if self.db is None:  # no writable cache folder: hold the list in memory
            self.memory = dict(_rows())

    def zipf(self, word: str) -> float:
        """The Zipf frequency of a simple (lower-case ASCII) word; 0 when unknown."""
        if self.memory is not None:
            return self.memory.get(word, 0.0)
        row = self.db.execute("SELECT value FROM zipf WHERE word = ?", (word,)).fetchone()
        return row[0] if row else 0.0


@lru_cache(maxsize=1)
def word_index() -> WordIndex:
    return WordIndex(user_cache_dir() / f"zipf-en-wordfreq-{_wordfreq_version()}.sqlite")
