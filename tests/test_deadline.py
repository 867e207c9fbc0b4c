"""The time limit of a rule: one deadline for its whole check in the main
thread, a limit on every regex call anywhere else (engine.patterns)."""
from __future__ import annotations

import signal
import threading
import time

import pytest

from newslint.engine import patterns


class RecordingRaw:
    """Stands in for a compiled pattern and records the keyword arguments of each call."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def search(self, string, *args, **kwargs):
        self.calls.append(kwargs)
        return None


@pytest.fixture
def short_limit(time_limit):
    time_limit(0.02)


def test_calls_under_a_deadline_skip_the_per_call_limit():
    raw = RecordingRaw()
    pattern = patterns.Pattern(raw)
    pattern.search("outside")
    started = patterns.start_deadline("inside")
    try:
        pattern.search("inside")
    finally:
        patterns.stop_deadline(started)
    pattern.search("after")
    assert started
    assert [("timeout" in kwargs) for kwargs in raw.calls] == [True, False, True]


def test_deadline_interrupts_a_backtracking_match(short_limit):
    catastrophic = patterns.compile(r"(x+x+)+y")
    started = patterns.start_deadline("x" * 5000)
    begun = time.perf_counter()
    with pytest.raises(TimeoutError):
        try:
            catastrophic.search("x" * 5000)
        finally:
            patterns.stop_deadline(started)
    assert started
    assert time.perf_counter() - begun < 5  # 10 budgets of 0.02 s, not the hours of backtracking


def test_deadline_interrupts_python_code_too(short_limit):
    started = patterns.start_deadline("")
    with pytest.raises(TimeoutError):
        try:
            while True:
                pass
        finally:
            patterns.stop_deadline(started)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # the timer is stopped


def test_no_deadline_outside_the_main_thread_but_every_call_is_limited(short_limit):
    outcome = {}

    def worker():
        outcome["started"] = patterns.start_deadline("x" * 5000)
        try:
            patterns.compile(r"(x+x+)+y").search("x" * 5000)
        except TimeoutError:
            outcome["timed out"] = True

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert outcome == {"started": False, "timed out": True}


def test_a_program_with_its_own_alarm_handler_keeps_it():
    def programs_handler(signum, frame):
        pass

    previous = signal.signal(signal.SIGALRM, programs_handler)
    try:
        assert patterns.start_deadline("text") is False
        assert signal.getsignal(signal.SIGALRM) is programs_handler
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_blocks_equal_the_lookahead_pattern_they_replace():
    """Article.blocks finds what ``\\S(?:.*?\\S)??(?=\\s*\\n[ \\t]*\\n|\\s*\\Z)`` matched, in one linear scan."""
    import random

    import regex

    from newslint.engine.article import Article

    lookahead = regex.compile(r"\S(?:.*?\S)??(?=\s*\n[ \t]*\n|\s*\Z)", regex.S)
    alphabet = ["a", "b", " ", "\t", "\n", "\n", "\x0b", "\x1c", "\u00a0", "\u2028", "\x85", ".", "\f"]
    rng = random.Random(5)
    for _ in range(20000):
        article = Article("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
        expected = [(m.start(), m.end(), m.group()) for m in lookahead.finditer(article.text)]
        assert [(b.start(), b.end(), b.group()) for b in article.blocks()] == expected, repr(article.text)
