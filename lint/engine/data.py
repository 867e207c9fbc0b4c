"""Shared loader for the rules' data files (word lists and phrase tables).

Long literal lists live under a rules package's ``data/`` folder rather
than in the modules: one entry a line with ``#`` comments (``.txt``), or
TOML for tables with more than one field. Each file is read once, on
first use, and cached.
"""
from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from .pattern_cache import PATTERNS


def _read(package: str, name: str) -> str:
    folder = _package_folder(package)
    if folder is not None:  # as pip installs a package: read the file, without importlib.resources (slow to import)
        return (folder / "data" / name).read_text(encoding="utf-8")
    from importlib import resources  # a package in a zip file, say

    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


def _package_folder(package: str) -> Path | None:
    """The folder of ``package`` when it is a plain folder on disk (imported: it is the caller's), else None."""
    module = sys.modules.get(package)
    spec = getattr(module, "__spec__", None)
    locations = getattr(spec, "submodule_search_locations", None) or ()
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0])
    return None


@lru_cache(maxsize=None)
def load_lines(package: str, name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>`` in file order: one a line, ``#`` comments and blank lines skipped."""
    entries = []
    for raw in _read(package, name).splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@lru_cache(maxsize=None)
def load_word_list(package: str, name: str) -> frozenset[str]:
    """The entries of ``data/<name>`` as a set (see :func:`load_lines`)."""
    return frozenset(load_lines(package, name))


@lru_cache(maxsize=None)
def load_table(package: str, name: str) -> dict:
    """The TOML table ``data/<name>`` (keys in file order). Callers must not mutate it."""
    return parse_toml(_read(package, name))


def parse_toml(text: str) -> dict:
    """``tomllib.loads``, its result kept between runs in the pattern cache
    (keyed by the text's hash) when it holds plain data only: parsing the
    rules' tables and packs is a good part of a one-article run's start-up.
    Raises ``tomllib.TOMLDecodeError`` on a bad document, like ``loads``."""

    def parse() -> dict:
        import tomllib

        return tomllib.loads(text)

    key = ("toml", hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest())
    return PATTERNS.derived(key, parse, keep=_is_plain)


def _is_plain(value: Any) -> bool:
    """Only what the cache file may hold: no dates or times (TOML has them)."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(map(_is_plain, value))
    return value is None or isinstance(value, (str, int, float, bool))
