"""Finding rules: entry points, local plugin folders and pattern packs.

Built-in families register exactly as a third-party package does, in the
``newslint.rules`` entry-point group: the entry point's name is the family's
code prefix and its value a module (or a rule class, or a list of them).
Entry-point metadata is read first and a family is imported only when the
run may select it.
"""
from __future__ import annotations

import importlib.util
import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable

from . import installed
from .rule import CorpusRule, Rule, validate_rule_class

ENTRY_POINT_GROUP = "newslint.rules"


class PluginError(Exception):
    """A plugin could not be loaded or declares an invalid rule."""


@dataclass(frozen=True)
class Family:
    prefix: str
    entry_point: installed.EntryPoint | None
    distribution: str
    version: str


def rules_from_object(obj: Any) -> list[type[Rule]]:
    """The rule classes a plugin object provides (module, class or list)."""
    if isinstance(obj, ModuleType):
        declared = getattr(obj, "RULES", None)
        if declared is not None:
            return list(declared)
        return [
            member
            for _, member in inspect.getmembers(obj, inspect.isclass)
            if issubclass(member, Rule)
            and member not in (Rule, CorpusRule)
            and member.code
            and member.__module__ == obj.__name__
        ]
    if inspect.isclass(obj) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [r for item in obj for r in rules_from_object(item)]
    raise PluginError(f"{obj!r} is not a rule module, a rule class or a list of rules")


def discover_families() -> list[Family]:
    """Every family registered in the entry-point group, without importing it."""
    families: dict[str, Family] = {}
    for entry_point in installed.entry_points(ENTRY_POINT_GROUP):
        name, version = entry_point.distribution, entry_point.version
        family = Family(entry_point.name, entry_point, name, version)
        previous = families.get(entry_point.name)
        if previous and (previous.distribution, previous.entry_point.value) != (name, entry_point.value):
            raise PluginError(
                f"code prefix {entry_point.name!r} is claimed by both "
                f"{previous.distribution} {previous.version} and {name} {version}"
            )
        families[entry_point.name] = family
    return sorted(families.values(), key=lambda f: f.prefix)


def load_family(family: Family) -> list[type[Rule]]:
    try:
        obj = family.entry_point.load()
    except Exception as exc:  # a broken plugin must name itself, not crash the run
        raise PluginError(
            f"plugin {family.distribution} {family.version} failed to load "
            f"({family.prefix} = {family.entry_point.value}): {type(exc).__name__}: {exc}"
        ) from exc
    rules = rules_from_object(obj)
    for rule in rules:
        # a pack rule keeps its pack's name beside the distribution that ships it
        pack = rule.source if rule.source.startswith("pack:") else ""
        rule.source = f"{family.distribution} ({pack})" if pack else family.distribution
        _check_rule(rule, f"{family.distribution} {family.version}")
        if not rule.code.startswith(family.prefix):
            raise PluginError(
                f"rule {rule.code} from {family.distribution} does not start with "
                f"its entry point's prefix {family.prefix!r}"
            )
    return rules


def load_plugin_folder(folder: Path) -> list[type[Rule]]:
    """Import every ``*.py`` module of a local folder and collect its rules."""
    if not folder.is_dir():
        raise PluginError(f"{folder}: plugin folder does not exist")
    rules: list[type[Rule]] = []
    for path in sorted(folder.glob("*.py")):
        module_name = f"newslint_local_{abs(hash(str(path.resolve())))}_{path.stem}"
        spec = importlib.util.spec_from_file_location(module_name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise PluginError(f"{path}: local rule module failed to load: {type(exc).__name__}: {exc}") from exc
        for rule in rules_from_object(module):
            rule.source = f"local:{path}"
            _check_rule(rule, str(path))
            rules.append(rule)
    return rules


def _check_rule(rule: type[Rule], origin: str) -> None:
    problems = validate_rule_class(rule)
    if problems:
        raise PluginError(f"rule {rule.__name__} from {origin}: " + "; ".join(problems))


@dataclass
class Registry:
    """All rules known to a run, keyed by code."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)
    families: list[Family] = field(default_factory=list)

    def add(self, rules: Iterable[type[Rule]]) -> None:
        for rule in rules:
            existing = self.rules.get(rule.code)
            if existing is not None and existing is not rule:
                raise PluginError(
                    f"rule code {rule.code} is declared twice: by {existing.source or existing.__module__} "
                    f"and by {rule.source or rule.__module__}"
                )
            self.rules[rule.code] = rule

    def by_code(self) -> list[type[Rule]]:
        return [self.rules[code] for code in sorted(self.rules)]


def build_registry(
    *,
    wanted_prefixes: Iterable[str] | None = None,
    plugin_folders: Iterable[Path] = (),
    packs: Iterable[Path] = (),
) -> Registry:
    """Load the families that may be selected, local folders and packs.

    ``wanted_prefixes`` of None loads every family; otherwise only families
    whose prefix could match one of the given code prefixes are imported.
    """
    from .packs import load_pack

    registry = Registry()
    registry.families = discover_families()
    wanted = None if wanted_prefixes is None else list(wanted_prefixes)
    for family in registry.families:
        if wanted is not None and not any(
            family.prefix.startswith(w) or w.startswith(family.prefix) for w in wanted
        ):
            continue
        registry.add(load_family(family))
    for folder in plugin_folders:
        registry.add(load_plugin_folder(Path(folder)))
    for pack in packs:
        registry.add(load_pack(Path(pack)))
    return registry
