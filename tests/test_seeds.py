"""The seed articles: every `must` entry is found, no alarm on a clean line.

The expectation file is a copy of the editor's list (../shared/seeds/); the
matching rules live in ``newslint.testing``, shared with ``bench/eval.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, parse_json

from newslint.testing import evaluate, is_alarm, load_expected

EXPECTED = load_expected(ROOT / "tests" / "fixtures" / "expected.jsonl")


def lint_seeds(run_cli):
    code, out, err = run_cli(ROOT / "seeds", "--no-config", "--format", "json")
    return code, parse_json(out)["findings"], err


def test_seeds_must_entries_found_and_clean_lines_quiet(run_cli):
    code, findings, err = lint_seeds(run_cli)
    assert err == ""
    assert code == 1
    alarms = [f for f in findings if is_alarm(f)]
    result = evaluate(EXPECTED, findings)
    missed = result.levels["must"].missed
    assert missed == [], "must entries not found:\n" + "\n".join(json.dumps(e) for e in missed)

    false_alarms = result.false_positives
    assert false_alarms == [], "alarms on clean lines:\n" + "\n".join(
        f"{Path(f['path']).name}:{f['line']} {f['code']} {f['message']}" for f in false_alarms
    )

    for level in ("should", "may"):
        score = result.levels[level]
        print(f"seed {level} entries found: {score.found_any}/{score.total}")
    print(f"seed findings: {len(findings)} ({len(alarms)} warning or error)")


def test_seeds_text_output(run_cli):
    code, out, _ = run_cli(ROOT / "seeds", "--no-config")
    assert code == 1
    first = out.splitlines()[0]
    path, line, column, rest = first.split(":", 3)
    assert path.endswith(".txt") and line.isdigit() and column.isdigit()
    assert rest.split()[1].startswith("[")
    assert out.splitlines()[-1].startswith("Found ")
