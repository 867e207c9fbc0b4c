"""The ``regex`` module with a time limit on every match.

Regular expressions are the classic way a linter hangs: one pattern with
nested quantifiers meets one unlucky article and backtracks for hours.
Python signals cannot interrupt a match running in C, so every call here
passes the ``regex`` module's own ``timeout=``; a match that runs out of time
raises ``TimeoutError``, which the runner turns into an NL001 finding for
that rule and article. The patterns of the built-in rules are written to be
linear: the limit is the last guard, not the design.

Use it as a drop-in for ``regex`` (rule modules import it under that name)::

    from newslint.engine import patterns as regex

    WORD = regex.compile(r"\\p{L}+")
    WORD.finditer(text)              # limited
    regex.search(r"\\d", text)        # limited

The budget of one call is ``seconds + per_char * len(subject)``: a fixed
second plus a linear allowance, because ``finditer`` counts its whole
iteration as one call and a long article legitimately takes longer.
``NEWSLINT_REGEX_TIMEOUT`` (seconds) changes the fixed part.
"""
from __future__ import annotations

import os
from typing import Any, Callable

import regex as _regex

from .pattern_cache import PATTERNS

#: every name of ``regex`` not defined here (flags, escape, error, Match...)
__all__ = ["Pattern", "budget", "compile", "configure"]

_limits = {
    "seconds": float(os.environ.get("NEWSLINT_REGEX_TIMEOUT", "1.0")),
    "per_char": 5e-6,
}


def configure(*, seconds: float | None = None, per_char: float | None = None) -> None:
    """Change the time limit of every later call (tests use a tiny one)."""
    if seconds is not None:
        _limits["seconds"] = seconds
    if per_char is not None:
        _limits["per_char"] = per_char


def budget(subject: Any) -> float:
    """The time limit, in seconds, of one call on ``subject``."""
    size = len(subject) if isinstance(subject, (str, bytes)) else 0
    return _limits["seconds"] + _limits["per_char"] * size


def _limited(method: str, subject_index: int) -> Callable[..., Any]:
    """A method of Pattern that passes the time limit unless the caller gave one."""

    def call(self: Pattern, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("timeout") is None:  # a caller may give a longer limit, never none
            kwargs["timeout"] = budget(args[subject_index] if len(args) > subject_index else kwargs.get("string"))
        return getattr(self.raw, method)(*args, **kwargs)

    call.__name__ = method
    call.__doc__ = f"``regex.Pattern.{method}`` with the time limit."
    return call


class Pattern:
    """A compiled ``regex`` pattern whose every match has a time limit.

    Attributes other than the matching methods (``pattern``, ``flags``,
    ``groupindex``...) are the compiled pattern's own.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    # subject_index: where the string sits among the positional arguments
    search = _limited("search", 0)
    match = _limited("match", 0)
    fullmatch = _limited("fullmatch", 0)
    finditer = _limited("finditer", 0)
    findall = _limited("findall", 0)
    split = _limited("split", 0)
    splititer = _limited("splititer", 0)
    sub = _limited("sub", 1)
    subn = _limited("subn", 1)
    subf = _limited("subf", 1)
    subfn = _limited("subfn", 1)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def __repr__(self) -> str:
        return f"patterns.Pattern({self.raw!r})"


def _raw(pattern: Any) -> Any:
    return pattern.raw if isinstance(pattern, Pattern) else pattern


def compile(pattern: Any, flags: int = 0, **kwargs: Any) -> Pattern:  # noqa: A001 - mirrors regex.compile
    """``regex.compile``, returning a Pattern with the time limit."""
    return Pattern(PATTERNS.compile(_raw(pattern), flags, **kwargs))


def _module_function(name: str, subject_index: int) -> Callable[..., Any]:
    """A module-level ``regex`` function (``regex.search(pattern, text)``) with the time limit."""

    def call(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("timeout") is None:  # a caller may give a longer limit, never none
            kwargs["timeout"] = budget(args[subject_index] if len(args) > subject_index else kwargs.get("string"))
        return getattr(_regex, name)(_raw(pattern), *args, **kwargs)

    call.__name__ = name
    call.__doc__ = f"``regex.{name}`` with the time limit."
    return call


search = _module_function("search", 0)
match = _module_function("match", 0)
fullmatch = _module_function("fullmatch", 0)
finditer = _module_function("finditer", 0)
findall = _module_function("findall", 0)
split = _module_function("split", 0)
splititer = _module_function("splititer", 0)
sub = _module_function("sub", 1)
subn = _module_function("subn", 1)
subf = _module_function("subf", 1)
subfn = _module_function("subfn", 1)


def __getattr__(name: str) -> Any:
    """Everything else (flags, ``escape``, ``error``, ``Match``) is the regex module's."""
    return getattr(_regex, name)
