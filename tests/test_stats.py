"""``newslint stats``: one record per article, JSON Lines or CSV, and the provenance score."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, parse_json

from newslint.engine.rule import CATEGORIES
from newslint.stats import provenance_score

SEEDS = ROOT / "seeds"


def read_jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize(
    ("by_severity", "words", "score"),
    [
        ({"error": 0, "warning": 0, "info": 0}, 800, 100),
        ({"error": 1, "warning": 0, "info": 0}, 1000, 90),  # 10 points a 1,000 words
        ({"error": 1, "warning": 0, "info": 0}, 2000, 95),  # density: half in twice the words
        ({"error": 0, "warning": 3, "info": 2}, 1000, 86),  # 100 - 12 - 2
        ({"error": 1, "warning": 0, "info": 0}, 120, 80),  # short texts count as 500 words
        ({"error": 0, "warning": 0, "info": 1}, 0, 98),
        ({"error": 0, "warning": 1, "info": 0}, 1600, 98),  # 97.5 rounds half up
        ({"error": 30, "warning": 0, "info": 0}, 1000, 0),  # never below 0
    ],
)
def test_provenance_score_formula(by_severity, words, score):
    assert provenance_score(by_severity, words) == score


def test_stats_seeds_jsonl_counts_match_the_findings(run_cli):
    code, out, _ = run_cli(SEEDS, "--format", "json")
    findings = parse_json(out)["findings"]
    code, out, err = run_cli("stats", SEEDS)
    assert code == 0, err
    records = read_jsonl(out)
    assert [Path(r["path"]).name for r in records] == sorted(p.name for p in SEEDS.glob("*.txt"))
    per_path = Counter(f["path"] for f in findings)
    for record in records:
        assert record["findings"] == per_path[record["path"]] == sum(record["by_category"].values())
        assert sum(record["by_severity"].values()) == record["findings"]
        assert list(record["by_category"]) == [*CATEGORIES, "newslint"]
        assert record["language"] == "en" and record["words"] > 300
        assert 0 < record["readability"] < 100
        assert record["score"] == provenance_score(record["by_severity"], record["words"])
    assert sum(r["findings"] for r in records) == len(findings) == 38


def test_stats_csv_reads_back(run_cli):
    _, jsonl, _ = run_cli("stats", SEEDS)
    code, out, _ = run_cli("stats", SEEDS, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    records = read_jsonl(jsonl)
    assert len(rows) == len(records) == 5
    for row, record in zip(rows, records):
        assert int(row["words"]) == record["words"] and int(row["score"]) == record["score"]
        assert float(row["readability"]) == record["readability"]
        assert int(row["category_boilerplate"]) == record["by_category"]["boilerplate"]
        assert int(row["severity_error"]) == record["by_severity"]["error"]
        assert row["record"] == "" and row["id"] == ""


def test_stats_jsonl_input_one_record_per_article(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [
        {"id": "en-1", "text": "The council met on Monday and agreed the budget for the new year.\n\nMore on the topic\n"},
        {"id": "fr-1", "text": "Le conseil municipal s'est réuni lundi pour voter le budget de la nouvelle année."},
        {"id": "empty", "text": ""},
    ]
    Path("d.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    code, out, err = run_cli("stats", "d.jsonl", "--select", "BP101")
    assert code == 0, err
    english, french, empty = read_jsonl(out)
    assert (english["record"], english["id"], english["by_category"]["boilerplate"]) == (1, "en-1", 1)
    assert english["score"] == 80 and english["readability"] is not None
    assert (french["language"], french["readability"], french["score"]) == ("fr", None, 100)
    assert (empty["words"], empty["readability"], empty["findings"]) == (0, None, 0)


def test_stats_to_a_file_and_bad_input_exit_2(tmp_path, run_cli):
    target = tmp_path / "stats.csv"
    code, out, err = run_cli("stats", SEEDS / "000_7bac0952c689fac2.txt", tmp_path / "missing.txt", "--format", "csv", "-o", target)
    assert code == 2 and out == ""
    assert "missing.txt: no such file or directory" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert [Path(r["path"]).name for r in rows] == ["000_7bac0952c689fac2.txt"]


def test_stats_csv_defuses_a_formula_path(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("=cmd.txt").write_text("A quiet day in the town.\n")
    _, out, _ = run_cli("stats", "=cmd.txt", "--format", "csv")
    [row] = csv.DictReader(io.StringIO(out, newline=""))
    assert row["path"] == "'=cmd.txt"


def test_check_stats_option_writes_records_beside_the_findings(tmp_path, run_cli):
    target = tmp_path / "stats.jsonl"
    code, out, _ = run_cli(SEEDS, "--format", "json")
    code_with, out_with, _ = run_cli(SEEDS, "--format", "json", "--stats", target)
    assert (code_with, out_with) == (code, out)
    _, stats_out, _ = run_cli("stats", SEEDS)
    assert target.read_text(encoding="utf-8") == stats_out


def test_readme_states_the_score_formula_of_the_code():
    import newslint.stats

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Dashboards: newslint stats", 1)[1]
    for line in ("penalty = (10 × errors + 4 × warnings + 1 × info) × 1000 / max(words, 500)",):
        assert line in section and line in newslint.stats.__doc__
    weights = {s.name: w for s, w in newslint.stats.SEVERITY_WEIGHTS.items()}
    assert (weights, newslint.stats.WORDS_PER_UNIT, newslint.stats.MIN_WORDS) == (
        {"error": 10, "warning": 4, "info": 1}, 1000, 500)
