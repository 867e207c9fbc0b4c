"""Bounded time: inputs that make careless regular expressions backtrack.

Each is linted by every built-in rule through the command line and must
finish well inside a wide bound with no NL001 finding, that is without any
pattern reaching the per-call time limit (the limit is the last guard, not
what keeps these fast). CPU time is measured, as the test machines are shared.
The README's "On bad input" section lists the figures.
"""
from __future__ import annotations

import json
import time

import pytest

# Wide: every input here finishes in 0.1-8 s of CPU on a shared 2-core test machine
# (the 100,000 lines took 40-65 s before the per-rule deadline replaced the per-call
# limits). Quadratic behaviour would take hours.
BOUND_SECONDS = 120

PATHOLOGICAL = {
    "million-a": "a" * 10**6,
    "million-dots": "." * 10**6,
    "million-guillemets": "«" * 10**6,
    "million-spaces": " " * 10**6,
    "nested-quotes": '"“«' * 10_000,
    "100k-short-lines": "Short line.\n" * 100_000,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_input_finishes_in_bounded_time(tmp_path, run_cli, name):
    path = tmp_path / f"{name}.txt"
    path.write_text(PATHOLOGICAL[name], encoding="utf-8")
    started, started_cpu = time.perf_counter(), time.process_time()
    code, out, err = run_cli(path, "--no-config", "--format", "json")
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started
    print(f"{name}: {cpu:.1f} s CPU, {wall:.1f} s wall")
    findings = json.loads(out)["findings"]
    assert code in (0, 1), err
    assert [f["message"] for f in findings if f["code"] == "NL001"] == []
    assert cpu < BOUND_SECONDS, f"{name}: {cpu:.1f} s CPU"
    assert wall < 5 * BOUND_SECONDS, f"{name}: {wall:.1f} s wall"  # a shared machine, but no hang
