"""``--jobs N``: lint articles in worker processes, results in input order.

The main process reads the inputs and sends each article with its settings;
a worker builds the linter of those settings once and sends back the
article's findings and corpus summaries (never the linter). At most a few
articles per worker are in flight, so memory stays bounded on any input.
"""
from __future__ import annotations

import os
import pickle
from collections import deque
from typing import Any, Iterable, Iterator

CHUNK = 8  # articles per task: amortises the pickling round trip
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker

def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def worth_workers(jobs: int) -> int:
    """How many articles a run must have before worker processes pay off."""
    return jobs * CHUNK


def _lint_chunk(settings_blob: bytes, articles: list) -> list:
    from .runner import linter_for_blob, lint_with_lines

    linter = linter_for_blob(settings_blob)
    return [lint_with_lines(linter, article) for article in articles]


def _context():
    import multiprocessing  # here, not at the top: a one-article hook run never starts workers

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def map_in_workers(pending: Iterable[tuple], jobs: int) -> Iterator[tuple]:
    """Like ``runner.map_articles`` with ``jobs`` processes; order kept."""
    blobs: dict[int, bytes] = {}
    queue: deque = deque()  # entries: ("ready", item) or ("chunk", future, linters)
    chunk: list = []
    chunk_linters: list = []
    chunk_blob: bytes | None = None

    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:

        def flush():
            nonlocal chunk, chunk_linters
            if chunk:
                queue.append(("chunk", pool.submit(_lint_chunk, chunk_blob, chunk), chunk_linters))
                chunk, chunk_linters = [], []

        def drain(limit: int) -> Iterator[tuple]:
            while len(queue) > limit:
                entry = queue.popleft()
                if entry[0] == "ready":
                    yield entry[1]
                else:
                    for (article_result, line_texts), linter in zip(entry[1].result(), entry[2]):
                        yield article_result, line_texts, linter, True

        for article, linter, cached in pending:
            if cached is not None:
                flush()
                queue.append(("ready", (*cached, linter, False)))
            else:
                blob = blobs.get(id(linter))
                if blob is None:
                    blob = blobs[id(linter)] = pickle.dumps(linter.settings)
                if blob != chunk_blob:
                    flush()
                    chunk_blob = blob
                chunk.append(article)
                chunk_linters.append(linter)
                if len(chunk) >= CHUNK:
                    flush()
            yield from drain(jobs * IN_FLIGHT_PER_WORKER)
        flush()
        yield from drain(0)
