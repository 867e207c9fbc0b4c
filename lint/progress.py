"""A progress line on standard error for long runs: articles, rate, elapsed.

Shown only when asked for or when standard error is a terminal (not in CI,
not with --quiet), and only once a run has lasted a moment; it is erased
before the findings are printed, so it never mixes with them.
"""
from __future__ import annotations

import time
from typing import IO

DELAY = 1.0  # seconds before the first display
INTERVAL = 0.2  # seconds between redraws


class Progress:
    def __init__(self, stream: IO[str], total: int | None = None) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.visible = False

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if now - self.started >= DELAY and now - self.drawn_at >= INTERVAL:
            self.draw(now)

    def line(self, now: float) -> str:
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        text = f"newslint: {self.done} articles, {rate:.0f}/s, {elapsed:.0f}s"
        if self.total and rate > 0:
            text += f", about {max(0.0, (self.total - self.done) / rate):.0f}s left"
        return text

    def draw(self, now: float) -> None:
        self.stream.write("\r\x1b[2K" + self.line(now))
        self.stream.flush()
        self.drawn_at = now
        self.visible = True

    def close(self) -> None:
        if self.visible:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.visible = False
