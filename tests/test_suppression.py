"""Markdown suppression comments and the unused-suppression check."""
from __future__ import annotations

from conftest import parse_json, write


def lint_md(tmp_path, local_rules, run_cli, text, *extra):
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\n')
    path = write(tmp_path / "story.md", text)
    code, out, err = run_cli(path, "--select", "XB101,NL", *extra, "--format", "json")
    return code, [(f["line"], f["code"]) for f in parse_json(out)["findings"]]


def test_disable_next_line(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, """\
        <!-- newslint: disable-next-line XB101 -->
        A banana here.
        Another banana.
        """)
    assert found == [(3, "XB101")]


def test_disable_enable_range(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, """\
        banana one

        <!-- newslint: disable XB101 -->
        banana two

        banana three
        <!-- newslint: enable XB101 -->
        banana four
        """)
    assert found == [(1, "XB101"), (8, "XB101")]


def test_disable_by_prefix_to_end_of_file(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, "<!-- newslint: disable XB -->\nbanana\n\nbanana\n")
    assert found == []
    assert code == 0


def test_unused_suppression_is_reported(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, """\
        <!-- newslint: disable-next-line XB101 -->
        A clean line.
        """)
    assert found == [(1, "NL100")]
    assert code == 1


def test_unused_suppression_of_unselected_rule_is_not_reported(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, "<!-- newslint: disable-next-line BP101 -->\nclean\n")
    assert found == []


def test_suppression_must_name_codes(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, "<!-- newslint: disable -->\nbanana\n")
    assert found == [(1, "NL101"), (2, "XB101")]


def test_comments_are_not_prose(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, "<!-- a banana in a comment -->\nclean\n")
    assert found == []


def test_front_matter_skipped_but_lines_kept(tmp_path, local_rules, run_cli):
    code, found = lint_md(tmp_path, local_rules, run_cli, """\
        ---
        title: banana
        ---
        Text.

        Then a banana.
        """)
    assert found == [(6, "XB101")]


def test_plain_text_comments_are_not_directives(tmp_path, local_rules, run_cli):
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\n')
    path = write(tmp_path / "story.txt", "<!-- newslint: disable XB101 -->\nbanana\n")
    code, out, _ = run_cli(path, "--select", "XB101,NL", "--format", "json")
    assert [f["line"] for f in parse_json(out)["findings"]] == [2]
