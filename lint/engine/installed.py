"""What the installed distributions declare, without reading their metadata on every run.

newslint finds its rule families and output formats through entry points,
and names its word-frequency index by wordfreq's version. Reading that from
the installed distributions means importing ``importlib.metadata`` and
parsing every distribution's metadata, about 60 ms, a third of a hook's run
on one article. So it is read once and kept in the user cache folder as
JSON, keyed by the ``*.dist-info`` and ``*.egg-info`` folders on
``sys.path`` and their modification times: installing, upgrading,
reinstalling or removing a distribution changes the key. ``NEWSLINT_NO_METADATA_CACHE=1`` reads the metadata every time.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .usercache import user_cache_dir, write_atomically

#: the entry-point groups newslint reads
GROUPS = ("newslint.rules", "newslint.formats")
_FORMAT = 1  # bump when the cached layout changes
_METADATA_SUFFIXES = (".dist-info", ".egg-info")
_KEEP = 8


@dataclass(frozen=True)
class EntryPoint:
    """One entry point: ``name = value`` in ``group``, from ``distribution`` at ``version``."""

    group: str
    name: str
    value: str  # "module" or "module:attribute.path"
    distribution: str
    version: str

    def load(self) -> Any:
        """Import the module and return the object the value names (as ``importlib.metadata`` does)."""
        module_name, _, attribute = self.value.partition(":")
        obj = importlib.import_module(module_name.strip())
        for part in filter(None, attribute.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def _key() -> str:
    """Names the installed distributions: every metadata folder on ``sys.path``
    with its modification time (a reinstall writes it anew). A folder without
    any (the current folder of ``python -m newslint``) does not count."""
    parts = [str(_FORMAT), sys.version]
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                found = [f"{item.name}\0{item.stat().st_mtime_ns}" for item in listing if item.name.endswith(_METADATA_SUFFIXES)]
        except OSError:
            continue  # a zip file or a missing folder
        if found:
            parts.append(os.path.abspath(entry))
            parts.extend(sorted(found))
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _read_metadata() -> dict[str, Any]:
    from importlib import metadata

    entry_points: dict[str, list[list[str]]] = {group: [] for group in GROUPS}
    versions: dict[str, str] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if not name or _normalise(name) in versions:
            continue  # the first on sys.path wins, as importlib.metadata.entry_points has it
        versions[_normalise(name)] = dist.version
        for entry_point in dist.entry_points:
            if entry_point.group in entry_points:
                entry_points[entry_point.group].append([entry_point.name, entry_point.value, name, dist.version])
    return {"entry_points": entry_points, "versions": versions}


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


@lru_cache(maxsize=1)
def _installed() -> dict[str, Any]:
    if os.environ.get("NEWSLINT_NO_METADATA_CACHE"):
        return _read_metadata()
    path = user_cache_dir() / f"metadata-{_key()}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and set(data) == {"entry_points", "versions"}:
            return data
    except (OSError, ValueError):
        pass  # missing or damaged: read the metadata afresh
    data = _read_metadata()
    if write_atomically(path, json.dumps(data).encode("utf-8")):
        _forget_old(path.parent)
    return data


def _forget_old(folder) -> None:
    """Keep the newest few (several environments share the folder), delete the rest."""
    try:
        kept = sorted(folder.glob("metadata-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in kept[_KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of one of ``GROUPS``, in the order the distributions were found."""
    return [EntryPoint(group, *fields) for fields in _installed()["entry_points"].get(group, [])]


def version(distribution: str) -> str | None:
    """The installed version of a distribution, or None."""
    return _installed()["versions"].get(_normalise(distribution))


def forget() -> None:
    """Read the metadata again on next use (after installing a plugin in-process, as tests do)."""
    _installed.cache_clear()
