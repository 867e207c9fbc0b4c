"""Compiled regular expressions kept between runs, for a fast start.

The rules compile a few hundred patterns when they are imported; the
``regex`` module compiles in Python, which took most of a one-article run
(about 0.8 s of 1.3 s here). A compiled ``regex`` pattern pickles as its
compiled code (the module's own ``copyreg`` support), so the patterns of one
run are stored in the user cache folder and later runs unpickle them in a
few milliseconds instead of compiling them again. The file is named by the
versions of newslint, ``regex`` and Python; it holds each pattern pickled
apart, read with an unpickler that builds nothing but ``regex`` patterns
when a rule first needs it, and it is written atomically at exit when new
patterns were compiled. ``NEWSLINT_NO_PATTERN_CACHE=1`` turns it off.

The same file keeps plain data derived from pattern text (the phrase tables'
prefix indexes of ``engine.alternation`` and ``engine.prefilter``: about 90 ms
to work out for the stock phrases), through :meth:`PatternCache.derived`:
strings, numbers, tuples, frozensets and dicts only, which the unpickler builds
without naming a class.
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


class _PlainDataOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name}: the cache file holds plain data only")


def _is_stored_pattern(value: Any) -> bool:
    """A pattern's entry in the file: its compiled flags and the pickled pattern."""
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int) and isinstance(value[1], bytes)


class PatternCache:
    """The file holds plain data: each pattern pickled on its own (bytes),
    beside its compiled flags (inline ones included), unpickled only when first
    used (see ``patterns.Pattern.deferred``), since a run uses a part of them
    (a one-article run, a few rules, phrases whose prefixes it lacks)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        loaded = self._load() if path else {}
        self._pickled: dict[tuple[str, int], tuple[int, bytes]] = loaded.get("patterns", {})
        self._derived: dict[tuple, Any] = loaded.get("derived", {})
        self.patterns: dict[tuple[str, int], Any] = {}
        self.new = 0

    def _load(self) -> dict:
        try:
            data = self.path.read_bytes()
            loaded = _PlainDataOnly(io.BytesIO(data)).load()
            if isinstance(loaded, dict) and set(loaded) == {"patterns", "derived"}:
                parts_fit = all(isinstance(part, dict) and len(part) <= MAX_ENTRIES for part in loaded.values())
                if parts_fit and all(map(_is_stored_pattern, loaded["patterns"].values())):
                    return loaded
        except Exception:  # missing, damaged or foreign: compile afresh
            pass
        return {}

    def _changed(self) -> None:
        if self.new == 0 and self.path is not None:
            atexit.register(self.save)
        self.new += 1

    def derived(self, key: tuple, compute: Any, keep: Any = None) -> Any:
        """``compute()``, kept between runs under ``key`` (a tuple naming the
        function and its arguments); the value must be plain data, or ``keep``
        (a test of the value) must say not to keep it."""
        try:
            return self._derived[key]
        except KeyError:
            value = compute()
            if keep is None or keep(value):
                self._derived[key] = value
                self._changed()
            return value

    def known_flags(self, pattern: Any, flags: int = 0) -> int | None:
        """The flags of ``pattern`` compiled (inline ones included) when it is
        compiled already or stored in the file, else None. A known pattern
        compiled without error before: its compilation can wait until it is used."""
        if not isinstance(pattern, str):
            return None
        key = (pattern, int(flags))
        compiled = self.patterns.get(key)
        if compiled is not None:
            return compiled.flags
        stored = self._pickled.get(key)
        return stored[0] if stored is not None else None

    def compile(self, pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
        if kwargs or not isinstance(pattern, str):  # named lists, bytes: not worth keeping
            return _regex.compile(pattern, flags, **kwargs)
        key = (pattern, int(flags))  # a plain int: the file must hold nothing but patterns
        compiled = self.patterns.get(key)
        if compiled is None:
            compiled = self.patterns[key] = self._unpickled(key) or _regex.compile(pattern, flags)
        return compiled

    def _unpickled(self, key: tuple[str, int]) -> Any:
        """The stored pattern of ``key``; None when there is none (or it is damaged): compile it."""
        stored = self._pickled.get(key)
        if stored is not None:
            compiled_flags, pickled = stored
            try:
                compiled = _PatternsOnly(io.BytesIO(pickled)).load()
                if isinstance(compiled, _regex.Pattern) and (compiled.pattern, compiled.flags) == (key[0], compiled_flags):
                    return compiled
            except Exception:
                pass
        self._pickled.pop(key, None)
        self._changed()
        return None

    def save(self) -> None:
        if self.new and self.path is not None:
            for key, compiled in self.patterns.items():
                if key not in self._pickled:
                    self._pickled[key] = (compiled.flags, pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
            data = {"patterns": self._pickled, "derived": self._derived}
            write_atomically(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
            self.new = 0


def _cache_path() -> Path | None:
    if os.environ.get("NEWSLINT_NO_PATTERN_CACHE"):
        return None
    python = "".join(map(str, sys.version_info[:2]))
    return user_cache_dir() / f"patterns4-{__version__}-regex{_regex.__version__}-py{python}.pickle"


PATTERNS = PatternCache(_cache_path())
