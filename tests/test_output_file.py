"""``-o FILE`` writes atomically, except into special files: ``-o /dev/null``
or a named pipe must stay what it is (an atomic rename would put a regular
file in its place: it once replaced this machine's /dev/null)."""
from __future__ import annotations

import json
import os
import stat
import threading

import pytest

from conftest import write

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def read_in_background(path):
    received = {}

    def reader():
        with open(path, encoding="utf-8") as stream:
            received["text"] = stream.read()

    thread = threading.Thread(target=reader, daemon=True)  # never left blocking the run on a failure
    thread.start()
    return thread, received


def test_output_into_a_named_pipe_keeps_the_pipe(tmp_path, run_cli):
    article = write(tmp_path / "story.txt", "READ ALSO: Ten things about cats\n\nThe council met on Monday.\n")
    pipe = tmp_path / "findings.pipe"
    os.mkfifo(pipe)
    thread, received = read_in_background(pipe)
    code, out, err = run_cli(article, "--no-config", "--format", "json", "-o", str(pipe))
    thread.join(30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode), "the pipe was replaced by a file"
    assert code == 1 and json.loads(received["text"])["findings"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".findings.pipe")]  # no temporary file left


def test_output_through_a_symbolic_link_keeps_the_link(tmp_path, run_cli):
    article = write(tmp_path / "story.txt", "The council met on Monday.\n")
    real = write(tmp_path / "real.json", "old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, out, err = run_cli(article, "--no-config", "--format", "json", "-o", str(link))
    assert link.is_symlink() and json.loads(real.read_text())["findings"] == []


def test_write_atomically_writes_into_a_named_pipe(tmp_path):
    from newslint.engine.fixer import write_atomically

    pipe = tmp_path / "baseline.pipe"
    os.mkfifo(pipe)
    thread, received = read_in_background(pipe)
    write_atomically(str(pipe), b"{}\n")
    thread.join(30)
    assert received["text"] == "{}\n" and stat.S_ISFIFO(os.stat(pipe).st_mode)
