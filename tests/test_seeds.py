"""The seed articles: every `must` entry is found, no alarm on a clean line.

The expectation file is a copy of the editor's list (../shared/seeds/).
"""
from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, parse_json

EXPECTED = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "expected.jsonl").read_text().splitlines() if line.strip()]
ALSO_ACCEPTED = {"boilerplate": {"metadata", "offtopic"}, "offtopic": {"boilerplate"}}


def accepted_categories(entry) -> set[str]:
    categories = {entry["category"]}
    note = entry["note"]
    for category in ("boilerplate", "truncation", "interview", "synthetic", "translation",
                     "attribution", "duplication", "metadata", "offtopic"):
        if f"{category} is also an accepted category" in note:
            categories.add(category)
    return categories


def matches(finding, entry) -> bool:
    first, last = entry["lines"][0], entry["lines"][-1]
    return (
        Path(finding["path"]).name == entry["file"]
        and finding["line"] <= last
        and finding["end_line"] >= first
        and finding["category"] in accepted_categories(entry)
    )


def lint_seeds(run_cli):
    code, out, err = run_cli(ROOT / "seeds", "--no-config", "--format", "json")
    return code, parse_json(out)["findings"], err


def test_seeds_must_entries_found_and_clean_lines_quiet(run_cli):
    code, findings, err = lint_seeds(run_cli)
    assert err == ""
    assert code == 1
    alarms = [f for f in findings if f["severity"] in ("warning", "error")]
    missed = [e for e in EXPECTED if e["level"] == "must" and not any(matches(f, e) for f in alarms)]
    assert missed == [], "must entries not found:\n" + "\n".join(json.dumps(e) for e in missed)

    listed = {}
    for entry in EXPECTED:
        first, last = entry["lines"][0], entry["lines"][-1]
        listed.setdefault(entry["file"], set()).update(range(first, last + 1))
    false_alarms = [
        f for f in alarms
        if not set(range(f["line"], f["end_line"] + 1)) & listed.get(Path(f["path"]).name, set())
    ]
    assert false_alarms == [], "alarms on clean lines:\n" + "\n".join(
        f"{Path(f['path']).name}:{f['line']} {f['code']} {f['message']}" for f in false_alarms
    )

    for level in ("should", "may"):
        entries = [e for e in EXPECTED if e["level"] == level]
        found = sum(1 for e in entries if any(matches(f, e) for f in findings))
        print(f"seed {level} entries found: {found}/{len(entries)}")
    print(f"seed findings: {len(findings)} ({len(alarms)} warning or error)")


def test_seeds_text_output(run_cli):
    code, out, _ = run_cli(ROOT / "seeds", "--no-config")
    assert code == 1
    first = out.splitlines()[0]
    path, line, column, rest = first.split(":", 3)
    assert path.endswith(".txt") and line.isdigit() and column.isdigit()
    assert rest.split()[1].startswith("[")
    assert out.splitlines()[-1].startswith("Found ")
