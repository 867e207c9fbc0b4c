"""Hostile input beyond tests/test_inputs.py: every bad file is named once on
stderr, everything else is still linted, and the exit status is 2."""
from __future__ import annotations

import os
import time

import pytest

from conftest import write
from test_inputs import assert_one_error, lint, repo  # noqa: F401 - repo is a fixture



def linted_names(findings):
    return sorted(os.path.basename(f["path"]) for f in findings)


def test_file_without_final_newline(repo, run_cli):
    (repo / "bare.txt").write_bytes(b"no newline at all, banana")
    code, findings, err = lint(run_cli, repo)
    assert code == 1 and err == []
    located = {(os.path.basename(f["path"]), f["line"], f["column"]) for f in findings}
    assert located == {("good.txt", 1, 3), ("bare.txt", 1, 20)}


def test_utf16_big_endian_is_decoded(repo, run_cli):
    (repo / "wide.txt").write_bytes("\ufeffx banana\n".encode("utf-16-be"))
    code, findings, err = lint(run_cli, repo)
    assert code == 1 and err == [] and linted_names(findings) == ["good.txt", "wide.txt"]


def test_hundred_megabyte_single_line_file(repo, run_cli):
    huge = repo / "huge.txt"
    with huge.open("wb") as handle:
        chunk = b"banana " * (1 << 17)  # 896 KiB, no newline anywhere
        while handle.tell() < 100 * 1024 * 1024:
            handle.write(chunk)
    started = time.perf_counter()
    code, findings, err = lint(run_cli, repo)
    elapsed = time.perf_counter() - started
    assert code == 2 and linted_names(findings) == ["good.txt"]
    assert_one_error(err, "huge.txt", "too large", "max-article-size")
    assert elapsed < 30, f"took {elapsed:.1f} s"


def test_article_size_limit_is_configurable_and_per_record(tmp_path, local_rules, run_cli):
    write(
        tmp_path / ".newslint.toml",
        f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\nmax-article-size = 20\n',
    )
    data = tmp_path / "archive.jsonl"
    data.write_text('{"text": "a banana"}\n{"text": "a banana, and a much longer text"}\n{"text": "banana"}\n')
    write(tmp_path / "long.txt", "banana " * 10)
    code, out, err = run_cli(tmp_path, "--format", "json")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 2, err
    assert "archive.jsonl:2: record text too large" in lines[0]
    assert "long.txt: article too large" in lines[1]
    import json

    assert [f["record"] for f in json.loads(out)["findings"]] == [1, 3]


def test_file_deleted_while_the_run_is_under_way(repo, run_cli, monkeypatch):
    from newslint import cli

    write(repo / "doomed.txt", "banana\n")
    write(repo / "later.txt", "banana\n")
    real_walk = cli.walk

    def walk_then_delete(*args, **kwargs):
        for item in real_walk(*args, **kwargs):
            if isinstance(item, str) and item.endswith("doomed.txt"):
                os.remove(item)  # listed by the walk, gone before it is read
            yield item

    monkeypatch.setattr(cli, "walk", walk_then_delete)
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and linted_names(findings) == ["good.txt", "later.txt"]
    assert_one_error(err, "doomed.txt", "no such file")


def test_symlink_loop_between_files(repo, run_cli):
    (repo / "a.txt").symlink_to(repo / "b.txt")
    (repo / "b.txt").symlink_to(repo / "a.txt")
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and linted_names(findings) == ["good.txt"]
    assert len(err) == 2 and "a.txt" in err[0] and "b.txt" in err[1]
    assert all("symbolic links" in line for line in err), err


def test_symlink_loop_named_on_the_command_line(repo, run_cli):
    (repo / "loop").symlink_to(repo / "loop")
    code, findings, err = lint(run_cli, repo / "loop", repo / "good.txt")
    assert code == 2 and linted_names(findings) == ["good.txt"]
    assert_one_error(err, "loop")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_in_a_folder_is_named_not_opened(repo, run_cli):
    os.mkfifo(repo / "pipe.txt")  # opening it would block until a writer came
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and linted_names(findings) == ["good.txt"]
    assert_one_error(err, "pipe.txt", "not a regular file")


def test_unreadable_subfolder_is_named(repo, run_cli, monkeypatch):
    write(repo / "locked" / "inside.txt", "banana\n")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and linted_names(findings) == ["good.txt"]
    assert_one_error(err, "locked", "cannot read folder", "Permission denied")


def test_jsonl_with_crlf_and_bom_and_unicode_escapes(repo, run_cli):
    data = repo / "archive.jsonl"
    data.write_bytes(b'\xef\xbb\xbf{"text": "banana \\u2028 one"}\r\n{"text": "\\ud800 banana"}\r\n')
    code, findings, err = lint(run_cli, data)
    assert code == 1 and err == [] and [f["record"] for f in findings] == [1, 2]


# --- a rule that misbehaves --------------------------------------------------

MISBEHAVING_RULES = '''
from newslint import Rule, Severity
from newslint.engine import patterns as regex

CATASTROPHIC = regex.compile(r"(?:a|a)+b")  # exponential backtracking on "aaaa...a"


class Catastrophic(Rule):
    """Backtracks for ever on a run of a's.

    What it finds: nothing in time.
    Why it matters: the time limit must turn it into NL001.
    Example: aaaa.
    """
    code = "XB950"
    name = "catastrophic-pattern"
    category = "metadata"
    severity = Severity.warning

    def check(self, article):
        for m in CATASTROPHIC.finditer(article.text):
            yield self.hit(m.start(), m.end(), "found")


class OutOfBounds(Rule):
    """Returns a span past the end of the text.

    What it finds: a bug.
    Why it matters: spans must lie inside the text.
    Example: any text.
    """
    code = "XB951"
    name = "out-of-bounds"
    category = "metadata"
    severity = Severity.warning

    def check(self, article):
        yield self.hit(0, len(article.text) + 5, "too far")
'''


@pytest.fixture
def misbehaving(tmp_path, local_rules):
    (local_rules / "misbehaving.py").write_text(MISBEHAVING_RULES)
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101", "XB95"]\n')
    write(tmp_path / "good.txt", "a banana\n")
    return tmp_path


@pytest.fixture
def short_time_limit(time_limit):
    time_limit(0.3)


def test_regex_timeout_becomes_internal_error_for_that_rule(misbehaving, run_cli, short_time_limit):
    write(misbehaving / "trap.txt", "a" * 40 + "\n")
    started = time.perf_counter()
    code, findings, err = lint(run_cli, misbehaving)
    assert time.perf_counter() - started < 20
    assert code == 2
    timeouts = [f for f in findings if f["code"] == "NL001" and "XB950" in f["message"]]
    assert [os.path.basename(f["path"]) for f in timeouts] == ["trap.txt"]
    assert "timed out" in timeouts[0]["message"] and "misbehaving.py" in timeouts[0]["message"]
    assert ("good.txt", "XB101") in {(os.path.basename(f["path"]), f["code"]) for f in findings}


def test_span_outside_the_text_becomes_internal_error(misbehaving, run_cli):
    code, findings, err = lint(run_cli, misbehaving)
    assert code == 2
    bad = [f for f in findings if f["code"] == "NL001"]
    assert len(bad) == 1 and "XB951" in bad[0]["message"] and "outside the text" in bad[0]["message"]
    assert "XB101" in {f["code"] for f in findings}


# --- no traceback unless --verbose --------------------------------------------


def test_unexpected_exception_is_one_line_without_verbose(repo, run_cli, monkeypatch):
    from newslint import cli

    def broken(*args, **kwargs):
        raise RuntimeError("formatter exploded")

    monkeypatch.setattr(cli, "make_summary", broken)
    code, out, err = run_cli(repo)
    assert code == 2
    assert err.splitlines() == ["newslint: internal error: RuntimeError: formatter exploded (run with -v for the traceback)"]
    code, out, err = run_cli(repo, "-v")
    assert code == 2 and "Traceback" in err and "formatter exploded" in err.splitlines()[-1]


def test_keyboard_interrupt_in_process_exits_130(repo, run_cli, monkeypatch):
    from newslint import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "make_summary", interrupted)
    code, out, err = run_cli(repo)
    assert code == 130 and err.splitlines() == ["newslint: interrupted"]
