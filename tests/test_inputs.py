"""Bad input: a clear one-line error naming the file; the rest is still linted."""
from __future__ import annotations

import os

import pytest

from conftest import parse_json, write


@pytest.fixture
def repo(tmp_path, local_rules):
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n')
    write(tmp_path / "good.txt", "a banana\n")
    return tmp_path


def lint(run_cli, *paths):
    code, out, err = run_cli(*paths, "--format", "json")
    return code, parse_json(out)["findings"], [line for line in err.splitlines() if line]


def assert_one_error(err, *pieces):
    assert len(err) == 1, err
    assert err[0].startswith("newslint: error: ")
    assert "Traceback" not in err[0]
    for piece in pieces:
        assert piece in err[0], err


def test_missing_path(repo, run_cli):
    code, findings, err = lint(run_cli, repo / "good.txt", repo / "missing.txt")
    assert code == 2 and len(findings) == 1
    assert_one_error(err, "missing.txt", "no such file")


def test_invalid_utf8(repo, run_cli):
    (repo / "latin1.txt").write_bytes("caf\xe9 banana".encode("latin-1"))
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and [f["path"] for f in findings] == [str(repo / "good.txt")]
    assert_one_error(err, "latin1.txt", "not valid UTF-8", "0xe9")


def test_binary_file(repo, run_cli):
    (repo / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00banana")
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and len(findings) == 1
    assert_one_error(err, "image.txt", "binary")


def test_bom_and_utf16_are_decoded(repo, run_cli):
    (repo / "bom.txt").write_bytes(b"\xef\xbb\xbfbanana first\n")
    (repo / "wide.txt").write_bytes("x banana\n".encode("utf-16"))
    code, findings, err = lint(run_cli, repo)
    assert err == []
    located = {(os.path.basename(f["path"]), f["line"], f["column"]) for f in findings}
    assert located == {("good.txt", 1, 3), ("bom.txt", 1, 1), ("wide.txt", 1, 3)}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its permissions")
def test_unreadable_file(repo, run_cli):
    secret = write(repo / "secret.txt", "banana")
    secret.chmod(0)
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and len(findings) == 1
    assert_one_error(err, "secret.txt", "permission denied")


def test_broken_symlink_and_loop_in_folder(repo, run_cli):
    (repo / "dangling.txt").symlink_to(repo / "gone.txt")
    (repo / "loop").symlink_to(repo, target_is_directory=True)
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and len(findings) == 1
    assert_one_error(err, "dangling.txt")


def test_empty_and_whitespace_files(repo, run_cli):
    write(repo / "empty.txt", "")
    write(repo / "blank.md", "  \n\n\t\n")
    code, findings, err = lint(run_cli, repo)
    assert code == 1 and err == [] and len(findings) == 1


def test_jsonl_bad_records(repo, run_cli):
    data = repo / "archive.jsonl"
    data.write_text(
        '{"id": 1, "text": "banana one"}\n'
        '{"id": 2, "text": \n'
        '{"id": 3}\n'
        '{"id": 4, "text": 42}\n'
        '\n'
        '[1, 2]\n'
        '{"id": 7, "text": "banana seven"}\n'
    )
    code, findings, err = lint(run_cli, data)
    assert code == 2
    assert [(f["record"], f["id"]) for f in findings] == [(1, "1"), (7, "7")]
    assert len(err) == 5, err
    for line, number, piece in zip(err, (2, 3, 4, 5, 6), ("malformed JSON", "no 'text' field", "not a string", "blank line", "not an object")):
        assert f"archive.jsonl:{number}: " in line and piece in line, line


def test_directory_walk_default_include(repo, run_cli):
    write(repo / "notes.md", "banana\n")
    write(repo / "script.py", "banana = 1\n")
    write(repo / ".git" / "x.txt", "banana\n")
    write(repo / "nested" / "deeper" / "story.txt", "banana\n")
    code, findings, err = lint(run_cli, repo)
    names = sorted(os.path.relpath(f["path"], repo) for f in findings)
    assert names == ["good.txt", "nested/deeper/story.txt", "notes.md"]


def test_unreadable_file_even_as_root(repo, run_cli, monkeypatch):
    from newslint.engine import inputs

    secret = write(repo / "secret.txt", "banana")
    real_read = inputs._read

    def read(path, limit):
        if path.endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real_read(path, limit)

    monkeypatch.setattr(inputs, "_read", read)
    code, findings, err = lint(run_cli, repo)
    assert code == 2 and len(findings) == 1
    assert_one_error(err, str(secret), "permission denied")


def test_force_exclude_skips_named_files_the_config_excludes(repo, run_cli):
    write(repo / "archive" / "old.txt", "a banana\n")
    write(repo / ".newslint.toml", (repo / ".newslint.toml").read_text() + 'exclude = ["archive"]\n')
    named = [repo / "archive" / "old.txt", repo / "good.txt"]
    code, findings, err = lint(run_cli, "--force-exclude", *named)
    assert {f["path"].rsplit("/", 1)[-1] for f in findings} == {"good.txt"}
    code, findings, err = lint(run_cli, *named)
    assert {f["path"].rsplit("/", 1)[-1] for f in findings} == {"good.txt", "old.txt"}


def test_gzip_jsonl_is_read_directly_like_plain_jsonl(repo, run_cli):
    import gzip

    lines = '{"id": "a", "text": "a banana"}\n{"id": "b", "text": "no fruit"}\n{"id": "c", "text": "two banana"}\n'
    write(repo / "plain.jsonl", lines)
    with gzip.open(repo / "packed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(lines)
    code, findings, err = lint(run_cli, repo / "plain.jsonl", repo / "packed.jsonl.gz")
    by_file = {}
    for f in findings:
        by_file.setdefault(f["path"].rsplit("/", 1)[-1], []).append((f["record"], f["id"], f["line"], f["column"]))
    assert by_file["plain.jsonl"] == by_file["packed.jsonl.gz"] == [(1, "a", 1, 3), (3, "c", 1, 5)]
    assert err == []


def test_damaged_gzip_is_one_error_and_the_rest_runs(repo, run_cli):
    (repo / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    code, findings, err = lint(run_cli, repo)
    assert_one_error(err, "broken.jsonl.gz", "cannot read")
    assert code == 2 and any(f["path"].endswith("good.txt") for f in findings)


def test_jsonl_is_streamed_not_read_whole(repo, monkeypatch):
    """Reading a record must not need the rest of the file: stop after the first."""
    from pathlib import Path

    from newslint.engine.inputs import read_articles

    write(repo / "big.jsonl", '{"text": "first"}\n' + '{"text": "x"}\n' * 1000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(AssertionError("read whole")))
    first = next(read_articles(str(repo / "big.jsonl")))
    assert first.text == "first" and first.record == 1


def test_parquet_dataset(repo, run_cli):
    pyarrow = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
    import pyarrow.parquet as parquet

    table = pyarrow.table({"id": ["a", "b"], "text": ["a banana", "plain"], "extra": [1, 2]})
    parquet.write_table(table, repo / "data.parquet")
    code, findings, err = lint(run_cli, repo / "data.parquet")
    assert [(f["record"], f["id"], f["column"]) for f in findings] == [(1, "a", 3)]
    (repo / "bad.parquet").write_bytes(b"PAR1 not really")
    code, findings, err = lint(run_cli, repo / "bad.parquet")
    assert_one_error(err, "bad.parquet", "cannot read Parquet")
    assert code == 2


def test_force_exclude_names_a_symlink_loop_instead_of_crashing(repo, run_cli):
    loop = repo / "loop.txt"
    os.symlink(loop, loop)
    code, findings, err = lint(run_cli, "--force-exclude", loop, repo / "good.txt")
    assert code == 2 and len(findings) == 1
    assert_one_error(err, "loop.txt")


def test_compiled_globs_match_exactly_as_fnmatch_glob_by_glob():
    """A folder walk matches every file against the include and exclude globs
    through one compiled pattern; it must agree with fnmatch applied a glob at a
    time to the name, the path and the path's tail."""
    import fnmatch
    import random
    from pathlib import Path

    from newslint.engine.inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, matches_any

    def glob_by_glob(path, globs):
        text = path.as_posix()
        return any(
            fnmatch.fnmatch(path.name, g) or fnmatch.fnmatch(text, g) or fnmatch.fnmatch(text, f"*/{g}") for g in globs
        )

    rng = random.Random(7)
    parts = ["a", "b.txt", "x.md", "build", "dist", "news", "c.jsonl.gz", "[x]", "Ä.txt", "sub dir", ".git", "q?.txt"]
    glob_sets = [DEFAULT_INCLUDE, DEFAULT_EXCLUDE, (), ("news/*.txt",), ("*/b.txt", "x*", "[ab]*"), ("sub dir",), ("[!a]*",)]
    outcomes = set()
    for _ in range(5000):
        path = Path(*rng.choices(parts, k=rng.randint(1, 4)))
        if rng.random() < 0.2:
            path = Path("/") / path
        globs = rng.choice(glob_sets)
        expected = glob_by_glob(path, globs)
        assert matches_any(path, globs) == expected, (path, globs)
        outcomes.add(expected)
    assert outcomes == {True, False}
