"""The result cache (like ruff's): an article whose text, path, newslint
version, rule set and configuration are unchanged is not linted again.

Entries live in one SQLite file in the cache folder (default
``.newslint_cache`` beside the configuration, or in the current folder),
keyed by a hash of all of the above. A hit gives back everything the run
needs from the article, the corpus rules' summaries included, so corpus
rules keep working when only some files changed. Entries are written in
transactions of a few thousand, each entry complete in itself: an
interrupted run leaves a valid cache. A cache that cannot be opened or read
is ignored, never an error.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
from pathlib import Path
from typing import Any

from .. import __version__

CACHE_FOLDER = ".newslint_cache"
COMMIT_EVERY = 2000  # entries: bounds memory on big runs; each entry stands alone
SCHEMA = 1


def linter_fingerprint(linter) -> str:
    """A hash of everything about a linter that can change a finding."""
    cached = getattr(linter, "_fingerprint", None)
    if cached:
        return cached
    settings = dict(linter.settings.as_dict())
    for key in ("include", "exclude", "min-severity", "fail-on", "source"):
        settings.pop(key, None)
    rules = [(r.code, type(r).__module__, getattr(type(r), "source", None) or "", repr(sorted(r.settings.items())))
             for r in linter.rules]
    files = []
    for name in [*linter.settings.packs, *linter.settings.plugin_paths]:
        path = Path(name)
        for item in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if item.is_file():
                files.append((str(item), hashlib.blake2b(item.read_bytes(), digest_size=16).hexdigest()))
    material = json.dumps([__version__, SCHEMA, settings, rules, files], sort_keys=True, default=str)
    linter._fingerprint = hashlib.blake2b(material.encode(), digest_size=16).hexdigest()
    return linter._fingerprint


class ResultCache:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.pending: list[tuple[str, bytes]] = []
        self.hits = 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by newslint\n*\n")
            self.db = sqlite3.connect(self.folder / f"results-{__version__}.sqlite", timeout=5)
            self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB)")
        except (OSError, sqlite3.Error):
            self.db = None

    def key(self, article, linter) -> str:
        digest = hashlib.blake2b(digest_size=20)
        for part in (linter_fingerprint(linter), article.path, str(article.record), str(article.id), article.format):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(article.source.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> tuple[Any, dict] | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            value = pickle.loads(row[0]) if row else None
        except Exception:  # a damaged or foreign cache is a miss, not an error
            return None
        if value is not None:
            self.hits += 1
        return value

    def put(self, key: str, article_result, line_texts: dict) -> None:
        if self.db is not None:
            self.pending.append((key, pickle.dumps((article_result, line_texts))))
            if len(self.pending) >= COMMIT_EVERY:
                self.commit()

    def commit(self) -> None:
        if self.db is None or not self.pending:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", self.pending)
        except sqlite3.Error:
            pass
        self.pending.clear()
