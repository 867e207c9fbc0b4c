"""Configuration: discovery, parsing and validation.

Looked for upward from each linted path, nearest folder first; in a folder
the first of ``.newslint.toml``, ``pyproject.toml`` (``[tool.newslint]``)
and ``setup.cfg`` (``[newslint]``) that holds newslint settings wins.
Unknown keys, codes and option types are errors naming the file and key.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from .engine.inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_ARTICLE_SIZE, glob_matches, resolved
from .engine.rule import Severity

CONFIG_FILES = (".newslint.toml", "pyproject.toml", "setup.cfg")


class ConfigError(Exception):
    """A configuration problem; the message names the file and the key."""


@dataclass
class Settings:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    text_field: str = "text"
    id_field: str = "id"
    plugin_paths: list[str] = field(default_factory=list)
    packs: list[str] = field(default_factory=list)
    min_severity: str = "info"
    fail_on: str = "warning"
    #: the baseline file (findings on record are not reported), resolved against the config's folder
    baseline: str | None = None
    max_article_size: int = DEFAULT_MAX_ARTICLE_SIZE
    cache_dir: str = ".newslint_cache"
    #: where the settings came from (None: defaults)
    source: str | None = None

    @property
    def root(self) -> Path:
        return Path(self.source).parent if self.source else Path.cwd()

    def as_dict(self) -> dict[str, Any]:
        return {f.name.replace("_", "-"): getattr(self, f.name) for f in fields(self)}


KEY_TYPES: dict[str, type] = {
    "select": list,
    "ignore": list,
    "extend-select": list,
    "per-file-ignores": dict,
    "severity": dict,
    "rules": dict,
    "include": list,
    "exclude": list,
    "text-field": str,
    "id-field": str,
    "plugin-paths": list,
    "packs": list,
    "min-severity": str,
    "fail-on": str,
    "baseline": str,
    "max-article-size": int,
    "cache-dir": str,
}

TYPE_NAMES = {list: "a list", dict: "a table", str: "a string", int: "a whole number", bool: "a boolean", float: "a number"}


def find_config(start: Path) -> Path | None:
    """The nearest config file holding newslint settings, upward from ``start``."""
    folder = resolved(start)
    if not folder.is_dir():
        folder = folder.parent
    return _find_in_ancestors(folder)


@lru_cache(maxsize=1024)
def _find_in_ancestors(folder: Path) -> Path | None:
    for name in CONFIG_FILES:
        candidate = folder / name
        if candidate.is_file() and _has_settings(candidate):
            return candidate
    if folder.parent == folder:
        return None
    return _find_in_ancestors(folder.parent)


def _has_settings(path: Path) -> bool:
    if path.name == ".newslint.toml":
        return True
    import configparser  # here, as tomllib: a run with --no-config (or no configuration file) reads none
    import tomllib

    try:
        if path.name == "pyproject.toml":
            return "newslint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
        parser = configparser.ConfigParser()
        parser.read(path, encoding="utf-8")
        return parser.has_section("newslint")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, configparser.Error):
        return True  # let load_config report it, naming the file


@lru_cache(maxsize=256)
def load_config(path: Path) -> Settings:
    raw = _read_raw(path)
    return settings_from_mapping(raw, str(path))


def _read_raw(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    if path.suffix == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("newslint", {})
        return data
    return _read_setup_cfg(path, text)


def _read_setup_cfg(path: Path, text: str) -> dict[str, Any]:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep codes upper case
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise ConfigError(f"{path}: invalid INI: {' '.join(str(exc).split())}") from None
    data: dict[str, Any] = {}
    if parser.has_section("newslint"):
        for key, value in parser.items("newslint"):
            expected = KEY_TYPES.get(key)
            if expected is list:
                data[key] = [item for item in _split(value) if item]
            elif expected is dict and key == "per-file-ignores":
                data[key] = _pairs(path, key, value, ":", lambda v: _split(v))
            elif expected is dict and key == "severity":
                data[key] = _pairs(path, key, value, "=", lambda v: v.strip())
            elif expected is int:
                data[key] = _ini_value(value)
            else:
                data[key] = value.strip()
    for section in parser.sections():
        if section.startswith("newslint:"):
            code = section.split(":", 1)[1]
            data.setdefault("rules", {})[code] = {k: _ini_value(v) for k, v in parser.items(section)}
    return data


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.replace("\n", ",").split(",") if item.strip()]


def _pairs(path: Path, key: str, value: str, separator: str, convert) -> dict[str, Any]:
    result = {}
    for line in value.strip().splitlines():
        if not line.strip():
            continue
        if separator not in line:
            raise ConfigError(f"{path}: key {key!r}: expected 'left{separator} right', got {line.strip()!r}")
        left, right = line.split(separator, 1)
        result[left.strip()] = convert(right)
    return result


def _ini_value(value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value.strip()


def settings_from_mapping(raw: dict[str, Any], source: str | None) -> Settings:
    where = source or "<settings>"
    settings = Settings(source=source)
    for key, value in raw.items():
        expected = KEY_TYPES.get(key)
        if expected is None:
            suggestion = key.replace("_", "-")
            hint = f" (did you mean {suggestion!r}?)" if suggestion in KEY_TYPES else ""
            raise ConfigError(f"{where}: unknown key {key!r}{hint}")
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                f"{where}: key {key!r} must be {TYPE_NAMES[expected]}, not {TYPE_NAMES.get(type(value), type(value).__name__)}"
            )
        if expected is list and not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{where}: key {key!r} must be a list of strings")
        setattr(settings, key.replace("-", "_"), value)
    for key in ("min-severity", "fail-on"):
        try:
            Severity.parse(raw.get(key, getattr(settings, key.replace("-", "_"))))
        except ValueError as exc:
            raise ConfigError(f"{where}: key {key!r}: {exc}") from None
    if settings.max_article_size < 1:
        raise ConfigError(f"{where}: key 'max-article-size' must be a positive number of characters")
    for code, level in settings.severity.items():
        try:
            Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{where}: key 'severity.{code}': {exc}") from None
    for glob, codes in settings.per_file_ignores.items():
        if isinstance(codes, str):
            settings.per_file_ignores[glob] = codes = [codes]
        if not isinstance(codes, list):
            raise ConfigError(f"{where}: key 'per-file-ignores.{glob}' must be a list of codes")
    for code, options in settings.rules.items():
        if not isinstance(options, dict):
            raise ConfigError(f"{where}: key 'rules.{code}' must be a table of options")
    root = settings.root
    settings.plugin_paths = [str((root / p).resolve()) for p in settings.plugin_paths]
    settings.packs = [str((root / p).resolve()) for p in settings.packs]
    if settings.baseline is not None:
        if not settings.baseline.strip():
            raise ConfigError(f"{where}: key 'baseline' must name a file")
        settings.baseline = str((root / settings.baseline).resolve())
    return settings


def check_per_file_ignores(settings: Settings) -> None:
    """Raise ConfigError for a per-file-ignores glob that matches no file under
    the configuration's folder: a typo or a moved folder, which would
    otherwise silently ignore nothing."""
    unmatched = [glob for glob in settings.per_file_ignores if glob]
    if not unmatched or settings.source is None:
        return
    root = settings.root
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in DEFAULT_EXCLUDE]
        base = Path(folder).relative_to(root).as_posix()
        for name in files:
            relative = name if base == "." else f"{base}/{name}"
            unmatched = [glob for glob in unmatched if not glob_matches(relative, glob)]
            if not unmatched:
                return
    raise ConfigError(
        f"{settings.source}: key 'per-file-ignores.{unmatched[0]}': the pattern matches no file under {root}"
    )
