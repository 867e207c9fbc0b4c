"""Compiled regular expressions kept between runs, for a fast start.

The rules compile a few hundred patterns when they are imported; the
``regex`` module compiles in Python, which took most of a one-article run
(about 0.8 s of 1.3 s here). A compiled ``regex`` pattern pickles as its
compiled code (the module's own ``copyreg`` support), so the patterns of one
run are stored in the user cache folder and later runs unpickle them in a
few milliseconds instead of compiling them again. The file is named by the
versions of newslint, ``regex`` and Python; it is read with an unpickler
that builds nothing but ``regex`` patterns, and written atomically at exit
when new patterns were compiled. ``NEWSLINT_NO_PATTERN_CACHE=1`` turns it off.

The same file keeps plain data derived from pattern text (the literal
prefixes of ``engine.alternation``: about 90 ms to work out for the stock
phrases), through :meth:`PatternCache.derived`: strings, numbers, tuples and
frozensets only, which the unpickler builds without naming a class.
"""
from __future__ import annotations

import atexit
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex as _regex

from .. import __version__
from .usercache import user_cache_dir, write_atomically

MAX_ENTRIES = 20_000  # past this (many edited versions of patterns), start afresh


class _PatternsOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


class PatternCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        loaded = self._load() if path else {}
        self.patterns: dict[tuple[str, int], Any] = loaded.get("patterns", {})
        self._derived: dict[tuple, Any] = loaded.get("derived", {})
        self.new = 0

    def _load(self) -> dict:
        try:
            data = self.path.read_bytes()
            loaded = _PatternsOnly(io.BytesIO(data)).load()
            if isinstance(loaded, dict) and set(loaded) == {"patterns", "derived"}:
                if all(isinstance(part, dict) and len(part) <= MAX_ENTRIES for part in loaded.values()):
                    return loaded
        except Exception:  # missing, damaged or foreign: compile afresh
            pass
        return {}

    def _changed(self) -> None:
        if self.new == 0 and self.path is not None:
            atexit.register(self.save)
        self.new += 1

    def derived(self, key: tuple, compute: Any) -> Any:
        """``compute()``, kept between runs under ``key`` (a tuple naming the
        function and its arguments); the value must be plain data."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = compute()
            self._changed()
            return value

    def compile(self, pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
        if kwargs or not isinstance(pattern, str):  # named lists, bytes: not worth keeping
            return _regex.compile(pattern, flags, **kwargs)
        key = (pattern, int(flags))  # a plain int: the file must hold nothing but patterns
        compiled = self.patterns.get(key)
        if compiled is None:
            compiled = self.patterns[key] = _regex.compile(pattern, flags)
            self._changed()
        return compiled

    def save(self) -> None:
        if self.new and self.path is not None:
            data = {"patterns": self.patterns, "derived": self._derived}
            write_atomically(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
            self.new = 0


def _cache_path() -> Path | None:
    if os.environ.get("NEWSLINT_NO_PATTERN_CACHE"):
        return None
    python = "".join(map(str, sys.version_info[:2]))
    return user_cache_dir() / f"patterns2-{__version__}-regex{_regex.__version__}-py{python}.pickle"


PATTERNS = PatternCache(_cache_path())
