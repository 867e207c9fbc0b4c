"""The ``regex`` module with a time limit on every match.

Regular expressions are the classic way a linter hangs: one pattern with
nested quantifiers meets one unlucky article and backtracks for hours. A
match that runs out of time raises ``TimeoutError``, which the runner turns
into an NL001 finding for that rule and article. The patterns of the
built-in rules are written to be linear: the limit is the last guard, not
the design.

Use it as a drop-in for ``regex`` (rule modules import it under that name)::

    from newslint.engine import patterns as regex

    WORD = regex.compile(r"\\p{L}+")
    WORD.finditer(text)              # limited
    regex.search(r"\\d", text)        # limited

Two ways to enforce the limit, the same guarantee:

- **A deadline for the whole rule** (the runner's way, in a main thread on a
  system with ``SIGALRM``): :func:`start_deadline` arms an interval timer
  for one rule's check of one article, and its signal handler raises
  ``TimeoutError`` wherever the rule is, in a match (``regex`` checks for
  signals while it backtracks) or in Python code. Matches inside run without
  a per-call limit, which costs the ``regex`` module 2-3 µs a call, several
  times a short match. The budget is ``RULE_BUDGET_FACTOR`` times that of one
  call.
- **A limit on every call** (anywhere else: worker threads, as under Dask;
  Windows; a program that uses ``SIGALRM`` itself): each call passes the
  ``regex`` module's own ``timeout=``.

The budget of one call is ``seconds + per_char * len(subject)``: a fixed
second plus a linear allowance, because ``finditer`` counts its whole
iteration as one call and a long article legitimately takes longer.
``NEWSLINT_REGEX_TIMEOUT`` (seconds) changes the fixed part.
"""
from __future__ import annotations

import os
import signal
import threading
from _signal import getsignal as _raw_getsignal  # signal.getsignal wraps every answer in an Enum: slow per rule
from _thread import get_ident
from typing import Any, Callable

import regex as _regex

from .pattern_cache import PATTERNS

#: every name of ``regex`` not defined here (flags, escape, error, Match...)
__all__ = ["Pattern", "budget", "compile", "configure", "start_deadline", "stop_deadline"]

_seconds = float(os.environ.get("NEWSLINT_REGEX_TIMEOUT", "1.0"))
_per_char = 5e-6

#: a rule makes many calls: its whole check may take this many one-call budgets
RULE_BUDGET_FACTOR = 10

#: the thread whose rule runs under a deadline (its calls skip the per-call limit)
_guarded_thread: int | None = None
_alarm_handler_installed = False
#: the thread last found able to use the alarm (the main thread; after a fork, the child's)
_alarm_thread: int | None = None
_setitimer = getattr(signal, "setitimer", None)
_ITIMER_REAL = getattr(signal, "ITIMER_REAL", 0)


def configure(*, seconds: float | None = None, per_char: float | None = None) -> None:
    """Change the time limit of every later call (tests use a tiny one)."""
    global _seconds, _per_char
    if seconds is not None:
        _seconds = seconds
    if per_char is not None:
        _per_char = per_char


def budget(subject: Any) -> float:
    """The time limit, in seconds, of one call on ``subject``."""
    return _seconds + _per_char * len(subject)


def _on_alarm(signum: int, frame: Any) -> None:
    if _guarded_thread == get_ident():
        raise TimeoutError("the rule ran past its time limit")
    # a stray alarm after the deadline was stopped: nothing to interrupt


def _can_use_alarm() -> bool:
    """Signals reach only the main thread, and the timer must be ours alone."""
    global _alarm_handler_installed, _alarm_thread
    if _setitimer is None or get_ident() != threading.main_thread().ident:
        return False
    current = _raw_getsignal(signal.SIGALRM)
    if current is not _on_alarm:
        if _alarm_handler_installed or current not in (signal.SIG_DFL, None) or signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0):
            return False  # the program uses SIGALRM for itself (or replaced our handler): leave it alone
        signal.signal(signal.SIGALRM, _on_alarm)
        _alarm_handler_installed = True
    _alarm_thread = get_ident()
    return True


def start_deadline(subject: Any) -> bool:
    """Start the deadline of one rule's check of ``subject`` in this thread.

    Returns whether it started; when it did not (not the main thread, no
    ``SIGALRM``, a deadline already running), every call keeps its own limit.
    Always pair with :func:`stop_deadline` in a ``finally``.
    """
    global _guarded_thread
    if _guarded_thread is not None:
        return False
    # the quick check (called once per rule and article): the thread seen last time, our handler still in place
    if (get_ident() != _alarm_thread or _raw_getsignal(signal.SIGALRM) is not _on_alarm) and not _can_use_alarm():
        return False
    _guarded_thread = get_ident()  # before the timer: an alarm must never find the guard unset too early
    _setitimer(_ITIMER_REAL, RULE_BUDGET_FACTOR * (_seconds + _per_char * len(subject)))
    return True


def stop_deadline(started: bool) -> None:
    """Stop the deadline that :func:`start_deadline` started (if it did)."""
    global _guarded_thread
    if started:
        _guarded_thread = None  # before the timer: an alarm from here on is ignored
        _setitimer(_ITIMER_REAL, 0)


# The wrappers below are on every rule's hot path (millions of calls on a big
# input), hence the inlined budget and the absence of helpers.


def _limited(method: str) -> Callable[..., Any]:
    """A Pattern method taking the subject first (search, finditer...), with the time limit."""

    def call(self: Pattern, string: Any, *args: Any, **kwargs: Any) -> Any:
        if _guarded_thread != get_ident() and kwargs.get("timeout") is None:  # a longer limit, never none
            kwargs["timeout"] = _seconds + _per_char * len(string)
        return getattr(self.raw, method)(string, *args, **kwargs)

    call.__name__ = method
    call.__doc__ = f"``regex.Pattern.{method}`` with the time limit."
    return call


def _limited_sub(method: str) -> Callable[..., Any]:
    """A Pattern method taking a replacement, then the subject (sub, subn...), with the time limit."""

    def call(self: Pattern, repl: Any, string: Any, *args: Any, **kwargs: Any) -> Any:
        if _guarded_thread != get_ident() and kwargs.get("timeout") is None:  # a longer limit, never none
            kwargs["timeout"] = _seconds + _per_char * len(string)
        return getattr(self.raw, method)(repl, string, *args, **kwargs)

    call.__name__ = method
    call.__doc__ = f"``regex.Pattern.{method}`` with the time limit."
    return call


class Pattern:
    """A compiled ``regex`` pattern whose every match has a time limit.

    Attributes other than the matching methods (``pattern``, ``flags``,
    ``groupindex``...) are the compiled pattern's own.

    A pattern that the pattern cache holds is made with :meth:`deferred`: it
    is unpickled when first matched (``raw`` is then set, and every later use
    reads it directly), since one article uses a part of the rules' patterns;
    its ``pattern`` and ``flags`` are known before (rules combine patterns
    when they load).
    """

    __slots__ = ("raw", "_deferred")

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._deferred = None

    @classmethod
    def deferred(cls, pattern: str, flags: int, compiled_flags: int) -> Pattern:
        """The Pattern of ``(pattern, flags)``, known to compile to a pattern with
        ``compiled_flags`` (``PATTERNS.known_flags``), compiled on first use."""
        deferred = cls.__new__(cls)
        deferred._deferred = (pattern, flags, compiled_flags)
        return deferred

    search = _limited("search")
    match = _limited("match")
    fullmatch = _limited("fullmatch")
    finditer = _limited("finditer")
    findall = _limited("findall")
    split = _limited("split")
    splititer = _limited("splititer")
    sub = _limited_sub("sub")
    subn = _limited_sub("subn")
    subf = _limited_sub("subf")
    subfn = _limited_sub("subfn")

    def __getattr__(self, name: str) -> Any:
        # called for names the Pattern lacks (the compiled pattern's), and for ``raw`` while a deferred one is unused
        if name == "raw":
            pattern, flags, _ = self._deferred
            self.raw = PATTERNS.compile(pattern, flags)
            return self.raw
        if name == "_deferred":  # unset: an object being copied or unpickled
            raise AttributeError(name)
        if self._deferred is not None and name in ("pattern", "flags"):
            pattern, _, compiled_flags = self._deferred
            return pattern if name == "pattern" else compiled_flags
        return getattr(self.raw, name)

    def __repr__(self) -> str:
        return f"patterns.Pattern({self.raw!r})"


_compiled: dict[tuple[Any, Any], Pattern] = {}


def compile(pattern: Any, flags: int = 0, **kwargs: Any) -> Pattern:  # noqa: A001 - mirrors regex.compile
    """``regex.compile``, returning a Pattern with the time limit."""
    if isinstance(pattern, Pattern):
        pattern = pattern.raw
    compiled_flags = None if kwargs else PATTERNS.known_flags(pattern, flags)
    if compiled_flags is not None:
        return Pattern.deferred(pattern, flags, compiled_flags)
    return Pattern(PATTERNS.compile(pattern, flags, **kwargs))


def _cached(pattern: Any, flags: int) -> Pattern:
    """The Pattern for a one-off call such as ``regex.search(r"\\d", text)``, compiled once.

    (``regex``'s own cache costs more than the match on a short string.)
    """
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, flags)
    found = _compiled.get(key)
    if found is None:
        if len(_compiled) > 2000:
            _compiled.clear()
        found = _compiled[key] = compile(pattern, flags)
    return found


def _module_function(name: str) -> Callable[..., Any]:
    """A module-level function taking the subject second: ``regex.search(pattern, text, flags=0, ...)``."""

    def call(pattern: Any, string: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        return getattr(_cached(pattern, flags), name)(string, *args, **kwargs)

    call.__name__ = name
    call.__doc__ = f"``regex.{name}`` with the time limit."
    return call


def _module_sub_function(name: str) -> Callable[..., Any]:
    """A module-level function taking a replacement: ``regex.sub(pattern, repl, text, count=0, flags=0, ...)``."""

    def call(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        return getattr(_cached(pattern, flags), name)(repl, string, count, *args, **kwargs)

    call.__name__ = name
    call.__doc__ = f"``regex.{name}`` with the time limit."
    return call


search = _module_function("search")
match = _module_function("match")
fullmatch = _module_function("fullmatch")
finditer = _module_function("finditer")
findall = _module_function("findall")
splititer = _module_function("splititer")
sub = _module_sub_function("sub")
subn = _module_sub_function("subn")
subf = _module_sub_function("subf")
subfn = _module_sub_function("subfn")


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0, **kwargs: Any) -> list:
    """``regex.split`` with the time limit."""
    return _cached(pattern, flags).split(string, maxsplit, **kwargs)


def __getattr__(name: str) -> Any:
    """Everything else (flags, ``escape``, ``error``, ``Match``) is the regex module's."""
    return getattr(_regex, name)
