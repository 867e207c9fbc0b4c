"""--fix, --unsafe-fixes, --diff and --fix on standard input: what is fixed,
what is reported, and that nothing else in a file changes."""
from __future__ import annotations

import codecs
import json
import os
import stat

import pytest
from conftest import parse_json

from newslint.engine.article import Article
from newslint.engine.fixer import NewlineMap, fix_source, select_fixes
from newslint.engine.rule import Finding, Fix, Severity

LEAD = "The harbour board approved a plan to dredge the eastern channel before the winter storms."
SECOND = "Work is expected to start in March and to last about eleven weeks, the board said."
THIRD = "Fishing crews have complained for years that silt makes the channel unsafe at low tide."
ARTICLE = f"Harbour board backs dredging plan\n{LEAD}\nAdvertisement\n{SECOND}\n{THIRD}\n"
FIXED = f"Harbour board backs dredging plan\n{LEAD}\n{SECOND}\n{THIRD}\n"


def lint_args(*args):
    return ["--no-config", "--select", "BP,MD,TR103,TL104,DU,IV,TR101,OT", *args]


# --- the engine --------------------------------------------------------------------


def finding(start, end, code="XX101", replacement="", safe=True):
    return Finding("a.txt", 1, 1, 1, 1, code, "x", None, Severity.warning, 1.0, "m", "", start, end,
                   fix=Fix(start, end, replacement, safe))


def test_overlapping_and_touching_fixes_wait_for_the_next_pass_in_a_fixed_order():
    findings = [finding(5, 9, "B"), finding(0, 4, "A"), finding(2, 6, "C"), finding(9, 12, "D", " "), finding(13, 14, "E")]
    chosen = select_fixes(findings)
    assert [f.code for f in chosen] == ["A", "B", "E"]  # C overlaps A; D touches B and inserts text
    assert [f.code for f in select_fixes(list(reversed(findings)))] == ["A", "B", "E"]


def test_deletions_side_by_side_go_together():
    findings = [finding(0, 4, "A"), finding(4, 9, "B"), finding(9, 12, "C", "x")]
    assert [f.code for f in select_fixes(findings)] == ["A", "B"]


def test_a_related_label_and_its_teaser_go_in_one_run(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(f"Harbour board backs dredging plan\n{LEAD}\nMore on the topic\nTen towns hit by flooding\n{SECOND}\n",
                    encoding="utf-8")
    code, out, _ = run_cli(path, *lint_args("--fix"))
    assert path.read_text(encoding="utf-8") == f"Harbour board backs dredging plan\n{LEAD}\n{SECOND}\n"
    assert "Fixed 2 findings" in out


def test_unsafe_fixes_need_the_flag():
    findings = [finding(0, 1, safe=False), finding(3, 4)]
    assert len(select_fixes(findings)) == 1
    assert len(select_fixes(findings, unsafe=True)) == 2


def _lint_with(produce):
    """A lint function from a function of the text that returns (start, end, replacement)s."""
    def lint(article):
        return [finding(s, e, replacement=r) for s, e, r in produce(article.text)]
    return lint


def test_passes_repeat_until_nothing_changes():
    # each pass shortens one "xx" to "x": three passes for "xxxx" -> "x"
    lint = _lint_with(lambda text: [(text.find("xx"), text.find("xx") + 2, "x")] if "xx" in text else [])
    outcome = fix_source("xxxx.", lambda t: Article(t), lint)
    assert outcome.text == "x." and outcome.passes == 3 and outcome.settled and len(outcome.fixed) == 3


def test_the_pass_bound_stops_a_fix_that_never_settles():
    lint = _lint_with(lambda text: [(0, 0, "a")])  # always one more insertion
    outcome = fix_source("text", lambda t: Article(t), lint, max_passes=4)
    assert outcome.text == "aaaatext" and outcome.passes == 4 and not outcome.settled


def test_fixes_that_undo_each_other_stop_at_once():
    lint = _lint_with(lambda text: [(0, 1, "b" if text[0] == "a" else "a")])
    outcome = fix_source("a", lambda t: Article(t), lint)
    assert outcome.passes == 2 and outcome.text == "a" and not outcome.settled


def test_newline_map_points_into_crlf_text():
    raw = "ab\r\ncd\ref\r\n"
    mapping = NewlineMap(raw)
    normalised = Article(raw).text
    assert normalised == "ab\ncd\nef\n"
    for offset, char in enumerate(normalised):
        if char != "\n":
            assert raw[mapping.raw_offset(offset)] == char
    assert mapping.newline == "\r\n"
    assert mapping.raw_edit(Fix(2, 3, " \n")) == (2, 4, " \r\n")


# --- files -----------------------------------------------------------------------------


def test_fix_rewrites_the_file_and_reports_what_remains(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_cli(path, *lint_args("--fix"))
    assert path.read_text(encoding="utf-8") == FIXED
    assert "Fixed 1 finding (0 remaining)." in out
    assert code == 0 and err == ""


def test_fix_exit_status_follows_the_remaining_findings(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "Ntic and Pacific allies agreed to meet again next year.\n", encoding="utf-8")
    code, out, _ = run_cli(path, *lint_args("--fix"))
    assert "Advertisement" not in path.read_text(encoding="utf-8")
    assert "TR101" in out and "Fixed 1 finding (1 remaining)." in out and "1 more with --unsafe-fixes" in out
    assert code == 1
    code, out, _ = run_cli(path, *lint_args("--fix", "--unsafe-fixes"))
    assert path.read_text(encoding="utf-8") == FIXED
    assert code == 0 and "Fixed 1 finding (0 remaining)." in out


def test_diff_prints_a_unified_diff_and_changes_nothing(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_cli(path, *lint_args("--diff"))
    assert code == 1
    assert path.read_text(encoding="utf-8") == ARTICLE
    assert out.splitlines()[:2] == [f"--- a/{path}", f"+++ b/{path}"]
    assert "-Advertisement" in out.splitlines()
    assert "Would fix 1 finding in 1 file." in err
    path.write_text(FIXED, encoding="utf-8")
    code, out, err = run_cli(path, *lint_args("--diff"))
    assert code == 0 and out == ""


def test_fix_on_standard_input_writes_the_fixed_text_to_standard_output(run_cli):
    code, out, err = run_cli("-", *lint_args("--fix"), input=ARTICLE + "Ntic and Pacific allies agreed to meet again.\n")
    assert out == FIXED + "Ntic and Pacific allies agreed to meet again.\n"
    assert "TR101" in err and "Fixed 1 finding (1 remaining)." in err
    assert code == 1


def test_suppressed_findings_are_not_fixed(tmp_path, run_cli):
    path = tmp_path / "a.md"
    path.write_text(f"# Harbour board backs dredging plan\n\n{LEAD}\n\n<!-- newslint: disable-next-line BP104 -->\nAdvertisement\n\n{SECOND}\n",
                    encoding="utf-8")
    before = path.read_bytes()
    run_cli(path, *lint_args("--fix"))
    assert path.read_bytes() == before


def test_front_matter_is_never_edited(tmp_path, run_cli):
    path = tmp_path / "a.md"
    text = f"---\ntitle: x\n---\n\n{LEAD}\n\nAdvertisement\n\n{SECOND}\n"
    path.write_text(text, encoding="utf-8")
    run_cli(path, *lint_args("--fix"))
    assert path.read_text(encoding="utf-8") == f"---\ntitle: x\n---\n\n{LEAD}\n\n{SECOND}\n"


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "\r").encode("utf-8"), id="cr"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf8-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"), id="utf16le-crlf"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf16be"),
        pytest.param(lambda t: t.rstrip("\n").encode("utf-8"), id="no-final-newline"),
    ],
)
def test_encoding_bom_line_endings_and_final_newline_are_kept(tmp_path, run_cli, encode):
    path = tmp_path / "a.txt"
    path.write_bytes(encode(ARTICLE))
    run_cli(path, *lint_args("--fix"))
    assert path.read_bytes() == encode(FIXED)


def test_mixed_line_endings_keep_every_untouched_byte(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_bytes(f"Harbour board backs dredging plan\r\n{LEAD}\nAdvertisement\r\n{SECOND}\r\n{THIRD}\n".encode())
    run_cli(path, *lint_args("--fix"))
    assert path.read_bytes() == f"Harbour board backs dredging plan\r\n{LEAD}\n{SECOND}\r\n{THIRD}\n".encode()


def test_a_joined_line_break_inside_a_replacement_takes_the_files_line_ending(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    text = "Harbour board backs dredging plan\n**Host:** What happens next?\n**Minister:** We wait for the vote.\n"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    run_cli(path, "--no-config", "--select", "IV102", "--fix")
    assert path.read_bytes() == b"Harbour board backs dredging plan\r\nHost: What happens next?\r\nMinister: We wait for the vote.\r\n"


def test_permissions_are_kept_and_no_temporary_file_is_left(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    os.chmod(path, 0o640)
    run_cli(path, *lint_args("--fix"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_symbolic_link_stays_a_link_to_the_fixed_file(tmp_path, run_cli):
    target = tmp_path / "a.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run_cli(link, *lint_args("--fix"))
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED


def test_an_unreadable_file_is_reported_and_the_others_fixed(tmp_path, run_cli):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_cli(tmp_path, *lint_args("--fix"))
    assert good.read_text(encoding="utf-8") == FIXED
    assert bad.read_bytes() == b"\xff\xfe\x00broken"
    assert err.count("bad.txt") == 1 and code == 2


# --- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_only_the_text_field_of_changed_records_changes(tmp_path, run_cli):
    path = tmp_path / "data.jsonl"
    lines = [
        '{"id": 1,  "text": ' + json.dumps(ARTICLE) + ', "url": "https:\\/\\/example.org\\/a", "n": 1.50}',
        '{"text":' + json.dumps(FIXED) + ',"id":"two"}',
        '{"z": [1, {"text": "nested"}], "text": ' + json.dumps(ARTICLE.replace("board", "bo\u00e4rd"), ensure_ascii=True) + ', "id": 3}',
        '{"id": 4, "text": ' + json.dumps(ARTICLE.replace("board", "bo\u00e4rd"), ensure_ascii=False) + "}\r",
        "not json at all",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_cli(path, *lint_args("--fix"))
    after = path.read_bytes().decode("utf-8").split("\n")
    assert after[0] == '{"id": 1,  "text": ' + json.dumps(FIXED) + ', "url": "https:\\/\\/example.org\\/a", "n": 1.50}'
    assert after[1] == lines[1]
    assert after[2] == '{"z": [1, {"text": "nested"}], "text": ' + json.dumps(FIXED.replace("board", "bo\u00e4rd")) + ', "id": 3}'
    assert after[3] == '{"id": 4, "text": ' + json.dumps(FIXED.replace("board", "bo\u00e4rd"), ensure_ascii=False) + "}\r"
    assert after[4] == "not json at all" and after[5] == ""
    assert "Fixed 3 findings" in out and "malformed JSON" in err


def test_jsonl_record_text_with_crlf_keeps_it(tmp_path, run_cli):
    path = tmp_path / "data.jsonl"
    path.write_text(json.dumps({"id": "a", "text": ARTICLE.replace("\n", "\r\n")}) + "\n", encoding="utf-8")
    run_cli(path, *lint_args("--fix"))
    assert json.loads(path.read_text(encoding="utf-8"))["text"] == FIXED.replace("\n", "\r\n")


# --- rules ------------------------------------------------------------------------------------


def test_rules_list_shows_which_rules_fix_and_how_safely(run_cli):
    code, out, _ = run_cli("rules")
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert " fix " in rows["BP104"] and "unsafe-fix" in rows["IV101"] and "fix/unsafe" in rows["DU101"]
    assert "fix" not in rows["SY101"].split("newslint")[0]
    code, out, _ = run_cli("rules", "--format", "json")
    by_code = {r["code"]: r for r in json.loads(out)}
    assert by_code["TR103"]["fix_safety"] == "safe" and by_code["OT103"]["fix_safety"] == "unsafe"
    assert by_code["SY101"]["fix_safety"] is None


def test_every_fix_on_the_seeds_matches_its_rules_declared_safety(run_cli):
    from conftest import ROOT

    from newslint.engine.registry import build_registry

    rules = build_registry().rules
    _, out, _ = run_cli(ROOT / "seeds", "--no-config", "--format", "json")
    fixes = [f for f in parse_json(out)["findings"] if f["fix"]]
    assert fixes
    for item in fixes:
        safety = rules[item["code"]].fix_safety
        assert safety == "mixed" or item["fix"]["safe"] == (safety == "safe"), item


def test_a_file_changed_on_disk_while_being_fixed_is_left_alone(tmp_path, run_cli, monkeypatch):
    import newslint.fixes as fixes

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    original_fix_file = fixes.fix_file

    def fix_then_edit(name, *args, **kwargs):
        result = original_fix_file(name, *args, **kwargs)
        path.write_text(ARTICLE + "An editor's new line.\n", encoding="utf-8")  # someone saves meanwhile
        return result

    monkeypatch.setattr(fixes, "fix_file", fix_then_edit)
    code, out, err = run_cli(path, *lint_args("--fix"))
    assert path.read_text(encoding="utf-8") == ARTICLE + "An editor's new line.\n"
    assert "changed on disk while being fixed" in err and code == 2


def test_a_furniture_line_after_a_comment_is_deleted_and_the_comment_kept(tmp_path, run_cli):
    path = tmp_path / "a.md"
    path.write_text(f"{LEAD}\n\n<!-- an editor's note -->\nAdvertisement\n", encoding="utf-8")
    run_cli(path, *lint_args("--fix"))
    assert path.read_text(encoding="utf-8") == f"{LEAD}\n\n<!-- an editor's note -->\n"


def test_compressed_input_is_linted_but_not_rewritten(tmp_path, run_cli):
    import gzip

    path = tmp_path / "data.jsonl.gz"
    data = gzip.compress((json.dumps({"id": "a", "text": ARTICLE}) + "\n").encode())
    path.write_bytes(data)
    code, out, err = run_cli(path, *lint_args("--fix"))
    assert path.read_bytes() == data
    assert "--fix does not rewrite compressed or Parquet input" in err
    assert "BP104" in out and "Fixed 0 findings (1 remaining)." in out and code == 1


def test_a_fix_into_blanked_markup_is_refused_and_does_not_block_others():
    text = "<!-- note -->\nAdvertisement\n"
    assert Article(text, format="markdown").text.startswith(" " * 13)  # the rules see the comment blanked
    into_comment = finding(2, 15, "A")  # would edit the comment (and the line after it)
    prose = finding(14, 28, "C")  # overlaps A: it would wait behind A if A were not refused first
    outcome = fix_source(text, lambda t: Article(t, format="markdown"), lambda a: [into_comment, prose], max_passes=1)
    assert [f.code for f in outcome.fixed] == ["C"]
    assert outcome.text == "<!-- note -->\n"
