"""Shared loader for the rules' data files (word lists and phrase tables).

Long literal lists live under a rules package's ``data/`` folder rather
than in the modules: one entry a line with ``#`` comments (``.txt``), or
TOML for tables with more than one field. Each file is read once, on
first use, and cached.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


def _read(package: str, name: str) -> str:
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


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
    return tomllib.loads(_read(package, name))
