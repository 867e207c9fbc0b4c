"""The baseline: --write-baseline records today's findings, --baseline (or the
config's ``baseline``) reports only new ones, and stale entries are named."""
from __future__ import annotations

import json
import os

from conftest import parse_json, write

LEAD = "The harbour board approved a plan to dredge the eastern channel before the winter storms."
SECOND = "Work is expected to start in March and to last about eleven weeks, the board said."
ARCHIVE = f"Harbour board backs dredging plan\n{LEAD}\nAdvertisement\n{SECOND}\n"
ARGS = ("--no-config", "--select", "BP")


def archive(tmp_path):
    folder = tmp_path / "archive"
    write(folder / "2019" / "a.txt", ARCHIVE)
    write(folder / "2019" / "b.txt", ARCHIVE.replace("Advertisement", "Share this article"))
    return folder


def test_write_baseline_records_findings_as_sorted_stable_json(tmp_path, run_cli):
    folder = archive(tmp_path)
    baseline = tmp_path / "baseline.json"
    code, out, err = run_cli("--write-baseline", baseline, folder, *ARGS)
    assert code == 0 and out == ""
    assert "wrote 2 baseline entries" in err
    document = json.loads(baseline.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert [(e["path"], e["code"]) for e in document["entries"]] == [
        ("archive/2019/a.txt", "BP104"), ("archive/2019/b.txt", "BP105")
    ]
    assert set(document["entries"][0]) == {"code", "path", "record", "excerpt", "key"}
    assert document["entries"][0]["excerpt"] == "Advertisement"
    first = baseline.read_bytes()
    assert first == (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    run_cli("--write-baseline", baseline, folder, *ARGS)
    assert baseline.read_bytes() == first


def test_baseline_hides_recorded_findings_and_shows_new_ones(tmp_path, run_cli):
    folder = archive(tmp_path)
    baseline = tmp_path / "baseline.json"
    run_cli("--write-baseline", baseline, folder, *ARGS)
    code, out, err = run_cli("--baseline", baseline, folder, *ARGS)
    assert code == 0 and err == "" and "All clear" in out
    path = folder / "2019" / "a.txt"
    path.write_text(ARCHIVE + "Share this article\n", encoding="utf-8")
    code, out, _ = run_cli("--baseline", baseline, folder, *ARGS, "--format", "json")
    findings = parse_json(out)["findings"]
    assert code == 1 and [(f["code"], f["line"]) for f in findings] == [("BP105", 5)]


def test_fingerprints_survive_edits_elsewhere_in_the_file(tmp_path, run_cli):
    folder = archive(tmp_path)
    baseline = tmp_path / "baseline.json"
    run_cli("--write-baseline", baseline, folder, *ARGS)
    path = folder / "2019" / "a.txt"
    path.write_text(f"Harbour board backs dredging plan\nA new first paragraph was added.\n\n{LEAD}\nAdvertisement\n{SECOND}\n",
                    encoding="utf-8")
    code, out, err = run_cli("--baseline", baseline, folder, *ARGS)
    assert code == 0 and "baseline entry" not in err


def test_a_repeat_of_a_recorded_finding_is_new(tmp_path, run_cli):
    folder = archive(tmp_path)
    baseline = tmp_path / "baseline.json"
    run_cli("--write-baseline", baseline, folder, *ARGS)
    path = folder / "2019" / "a.txt"
    path.write_text(ARCHIVE + "Advertisement\n", encoding="utf-8")
    code, out, _ = run_cli("--baseline", baseline, folder, *ARGS, "--format", "json")
    assert code == 1 and [f["code"] for f in parse_json(out)["findings"]] == ["BP104"]


def test_stale_entries_are_reported_only_for_the_files_linted(tmp_path, run_cli):
    folder = archive(tmp_path)
    baseline = tmp_path / "baseline.json"
    run_cli("--write-baseline", baseline, folder, *ARGS)
    a, b = folder / "2019" / "a.txt", folder / "2019" / "b.txt"
    a.write_text(ARCHIVE.replace("Advertisement\n", ""), encoding="utf-8")  # cleaned up
    code, out, err = run_cli("--baseline", baseline, b, *ARGS)  # a hook run on b only
    assert code == 0 and err == ""
    code, out, err = run_cli("--baseline", baseline, a, b, *ARGS)
    assert code == 0
    assert "baseline entry no longer matches: archive/2019/a.txt: BP104 'Advertisement'" in err
    assert "1 baseline entry matched nothing" in err and f"--write-baseline {baseline}" in err
    # re-writing for a only drops a's entry and keeps b's
    run_cli("--write-baseline", baseline, a, *ARGS)
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert [e["path"] for e in entries] == ["archive/2019/b.txt"]


def test_config_baseline_is_relative_to_the_config_and_works_from_any_folder(tmp_path, run_cli):
    folder = archive(tmp_path)
    write(tmp_path / ".newslint.toml", 'select = ["BP"]\nbaseline = "newslint-baseline.json"\n')
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        code, _, _ = run_cli("--write-baseline", "newslint-baseline.json", "archive")
        assert code == 0
        os.chdir(folder / "2019")
        code, out, err = run_cli("a.txt")  # what a pre-commit hook runs: the config's baseline applies
        assert code == 0 and err == "" and "All clear" in out
    finally:
        os.chdir(cwd)
    (folder / "2019" / "a.txt").write_text(ARCHIVE + "Share this article\n", encoding="utf-8")
    code, out, _ = run_cli(folder / "2019" / "a.txt")
    assert code == 1 and "BP105" in out and "BP104" not in out


def test_a_missing_or_broken_baseline_is_a_clear_error(tmp_path, run_cli):
    folder = archive(tmp_path)
    code, _, err = run_cli("--baseline", tmp_path / "missing.json", folder, *ARGS)
    assert code == 2 and "baseline file not found" in err and "--write-baseline" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": 3}', encoding="utf-8")
    code, _, err = run_cli("--baseline", broken, folder, *ARGS)
    assert code == 2 and "not a newslint baseline" in err
    write(tmp_path / ".newslint.toml", 'baseline = ""\n')
    code, _, err = run_cli(folder, "--config", tmp_path / ".newslint.toml")
    assert code == 2 and "key 'baseline'" in err


def test_jsonl_entries_carry_the_record_id(tmp_path, run_cli):
    path = tmp_path / "data.jsonl"
    path.write_text(json.dumps({"id": "story-7", "text": ARCHIVE}) + "\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    run_cli("--write-baseline", baseline, path, *ARGS)
    (entry,) = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert entry["record"] == "story-7" and entry["path"] == "data.jsonl"
    # another record before it changes its line number, not its key
    path.write_text(json.dumps({"id": "new", "text": LEAD}) + "\n" + json.dumps({"id": "story-7", "text": ARCHIVE}) + "\n",
                    encoding="utf-8")
    code, out, err = run_cli("--baseline", baseline, path, *ARGS)
    assert code == 0 and err == ""


def test_fix_with_a_baseline_reports_only_new_remaining_findings(tmp_path, run_cli):
    folder = archive(tmp_path)
    baseline = tmp_path / "baseline.json"
    run_cli("--write-baseline", baseline, folder, "--no-config", "--select", "BP,TR101")
    path = folder / "2019" / "a.txt"
    path.write_text(ARCHIVE + "Ntic and Pacific allies agreed to meet again next year.\n", encoding="utf-8")
    code, out, err = run_cli("--fix", "--baseline", baseline, folder, "--no-config", "--select", "BP,TR101")
    assert "TR101" in out and "Fixed 2 findings (1 remaining)." in out
    assert "matched nothing" in err  # the two furniture lines were fixed: their entries are stale
    assert code == 1
