"""Local rule folders, options, crash isolation, selection and the JSON contract."""
from __future__ import annotations

from conftest import parse_json, write


def make_repo(tmp_path, local_rules, extra=""):
    write(
        tmp_path / ".newslint.toml",
        f"""
        plugin-paths = ["{local_rules.name}"]
        {extra}
        """,
    )
    return write(tmp_path / "story.txt", "A banana was seen.\nNothing else.\nAnother BANANA here.\n")


def test_local_rule_folder_runs_and_reports(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, err = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "json")
    assert code == 1, err
    findings = parse_json(out)["findings"]
    assert [(f["line"], f["column"], f["end_column"], f["code"]) for f in findings] == [
        (1, 3, 9, "XB101"),
        (3, 9, 15, "XB101"),
    ]
    assert findings[0]["message"] == "word 'banana' found"
    assert findings[0]["excerpt"] == "banana"
    assert findings[0]["fix"] == {"start": 2, "end": 8, "replacement": "", "safe": True}


def test_rule_options_from_config(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules, '[rules.XB101]\nword = "nothing"')
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "json")
    assert [f["line"] for f in parse_json(out)["findings"]] == [2]


def test_crashing_rule_becomes_internal_error_and_others_still_run(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB", "--format", "json")
    assert code == 2
    findings = parse_json(out)["findings"]
    codes = sorted(f["code"] for f in findings)
    assert codes == ["NL001", "XB101", "XB101"]
    internal = next(f for f in findings if f["code"] == "NL001")
    assert "XB900" in internal["message"] and "ZeroDivisionError" in internal["message"]
    assert internal["path"].endswith("story.txt")
    assert internal["severity"] == "error"


def test_select_ignore_longest_prefix_wins(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB", "--ignore", "XB9", "--format", "json")
    assert code == 1
    assert {f["code"] for f in parse_json(out)["findings"]} == {"XB101"}
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--ignore", "XB", "--format", "json")
    assert {f["code"] for f in parse_json(out)["findings"]} == {"XB101"}


def test_select_by_category(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "boilerplate", "--ignore", "BP,OT,IV,TL,TR,DU,MD", "--format", "json")
    assert {f["code"] for f in parse_json(out)["findings"]} == {"XB101"}


def test_severity_floor_and_fail_on(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules, '[severity]\nXB101 = "info"')
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "json")
    findings = parse_json(out)["findings"]
    assert [f["severity"] for f in findings] == ["info", "info"]
    assert code == 0  # default --fail-on is warning
    code, _, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--fail-on", "info")
    assert code == 1
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--severity", "warning", "--format", "json")
    assert parse_json(out)["findings"] == []


def test_exit_zero(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--exit-zero")
    assert code == 0 and "XB101" in out


def test_json_contract(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "json")
    document = parse_json(out)
    assert set(document) == {"newslint", "schema", "findings", "summary"}
    assert document["schema"] == 1
    finding = document["findings"][0]
    assert list(finding) == [
        "path", "line", "column", "end_line", "end_column", "code", "rule", "category",
        "severity", "confidence", "message", "excerpt", "record", "id", "fix",
    ]
    assert finding["record"] is None and finding["id"] is None
    assert 0 <= finding["confidence"] <= 1
    assert finding["category"] == "boilerplate" and finding["rule"] == "banana-mention"
    assert document["summary"] == {
        "files": 1, "articles": 1, "findings": 2,
        "by_category": {"boilerplate": 2},
        "by_severity": {"error": 0, "warning": 2, "info": 0},
    }


def test_jsonl_format_one_finding_a_line(tmp_path, local_rules, run_cli):
    import json

    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [f["line"] for f in lines] == [1, 3]


def test_text_format_and_statistics(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--show-source")
    first = out.splitlines()[0]
    assert first == f"{tmp_path / 'story.txt'}:1:3: XB101 [boilerplate] word 'banana' found"
    assert "1 | A banana was seen." in out and "  |   ^^^^^^" in out
    assert "Found 2 findings (2 warning) in 1 article. 2 fixable with --fix." in out
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--statistics")
    assert out.strip() == "2  XB101  [boilerplate] banana-mention"


def test_output_file_is_written(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    target = tmp_path / "out" / "findings.json"
    target.parent.mkdir()
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "json", "-o", target)
    assert out == ""
    assert parse_json(target.read_text())["summary"]["findings"] == 2
    assert [p.name for p in target.parent.iterdir()] == ["findings.json"]


def test_crlf_columns(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    (tmp_path / "story.txt").write_bytes(b"First line.\r\nThe banana.\r\n")
    code, out, _ = run_cli(tmp_path / "story.txt", "--select", "XB101", "--format", "json")
    finding = parse_json(out)["findings"][0]
    assert (finding["line"], finding["column"], finding["end_column"]) == (2, 5, 11)


def test_stdin(tmp_path, local_rules, run_cli, monkeypatch):
    make_repo(tmp_path, local_rules)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("-", "--select", "XB101", "--stdin-filename", "piped.md", "--format", "json", input="no\nbanana\n")
    findings = parse_json(out)["findings"]
    assert [(f["path"], f["line"]) for f in findings] == [("piped.md", 2)]


def test_jsonl_records_named(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules)
    data = tmp_path / "archive.jsonl"
    data.write_text('{"id": "a1", "text": "clean"}\n{"id": "b2", "body": "x", "text": "one\\nbanana"}\n')
    code, out, _ = run_cli(data, "--select", "XB101", "--format", "json")
    finding = parse_json(out)["findings"][0]
    assert (finding["record"], finding["id"], finding["line"], finding["column"]) == (2, "b2", 2, 1)
    code, out, _ = run_cli(data, "--select", "XB101")
    assert f"{data}:2:2:1: XB101 [boilerplate] word 'banana' found (id b2)" in out


def test_jsonl_text_field_configurable(tmp_path, local_rules, run_cli):
    make_repo(tmp_path, local_rules, 'text-field = "body"\nid-field = "key"')
    data = tmp_path / "archive.jsonl"
    data.write_text('{"key": 7, "body": "banana"}\n')
    code, out, _ = run_cli(data, "--select", "XB101", "--format", "json")
    finding = parse_json(out)["findings"][0]
    assert (finding["record"], finding["id"]) == (1, "7")


def test_rules_and_explain_include_local_folder(tmp_path, local_rules, run_cli, monkeypatch):
    make_repo(tmp_path, local_rules)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("rules")
    line = next(line for line in out.splitlines() if line.startswith("XB101"))
    assert "banana-mention" in line and "boilerplate" in line and "fix" in line and "bananas.py" in line
    code, out, _ = run_cli("explain", "banana-mention")
    assert code == 0 and "Why it matters: a test rule" in out and "word = 'banana'" in out


def test_default_path_is_current_folder(tmp_path, local_rules, run_cli, monkeypatch):
    make_repo(tmp_path, local_rules)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("--select", "XB101", "--format", "json")
    assert code == 1 and len(parse_json(out)["findings"]) == 2
