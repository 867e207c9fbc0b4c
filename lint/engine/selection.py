"""Which rules run: --select, --ignore, --extend-select and categories.

A selector is a code ("BP101"), a code prefix ("BP", "BP1"), a category
("boilerplate") or "ALL". When a rule matches both a select and an ignore
selector, the more specific one wins (a code beats a prefix, a longer prefix
a shorter one, any prefix a category); on a tie, ignore wins.
"""
from __future__ import annotations

from typing import Iterable

from .rule import CATEGORIES, Rule


class SelectorError(ValueError):
    """A selector names no known rule, prefix or category."""


def specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` matches ``rule``; -1 if it does not."""
    if selector == "ALL":
        return 0
    if selector.lower() in CATEGORIES:
        return 1 if rule.category == selector.lower() else -1
    if rule.code.startswith(selector):
        return 1 + len(selector)
    return -1


def validate_selectors(selectors: Iterable[str], rules: Iterable[type[Rule]], *, extra_codes: Iterable[str] = ()) -> None:
    known = list(rules)
    extra = list(extra_codes)
    for selector in selectors:
        if selector == "ALL" or selector.lower() in CATEGORIES:
            continue
        if not any(rule.code.startswith(selector) for rule in known) and not any(
            code.startswith(selector) for code in extra
        ):
            raise SelectorError(selector)


def is_selected(
    rule: type[Rule],
    select: Iterable[str],
    ignore: Iterable[str] = (),
) -> bool:
    best_select = max((specificity(s, rule) for s in select), default=-1)
    if best_select < 0:
        return False
    best_ignore = max((specificity(s, rule) for s in ignore), default=-1)
    return best_select > best_ignore


def selects_code(code: str, selectors: Iterable[str], category: str | None = None) -> bool:
    """Does any selector name this code (or its prefix or category)?"""
    for selector in selectors:
        if selector == "ALL" or code.startswith(selector):
            return True
        if category and selector.lower() == category:
            return True
    return False


def wanted_prefixes(selectors: Iterable[str]) -> list[str] | None:
    """Code prefixes the selectors can reach, or None when any family may be needed."""
    result = []
    for selector in selectors:
        if selector == "ALL" or selector.lower() in CATEGORIES:
            return None
        result.append(selector)
    return result
