"""Ctrl-C: exit status 130, no traceback, and an earlier ``-o FILE`` left whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import write

PREVIOUS = '{"previous": "complete report"}\n'
PARAGRAPH = (
    "The council said on Tuesday that the new bridge would open in the spring, "
    "after a delay of two years. \"We are pleased,\" the mayor told reporters.\n\n"
)


def test_sigint_mid_run_exits_130_and_keeps_the_previous_output(tmp_path):
    folder = tmp_path / "articles"
    (folder / "000-binary.txt").parent.mkdir()
    (folder / "000-binary.txt").write_bytes(b"\x00\x01 not text")  # reported first: the run is under way
    for number in range(1, 400):
        write(folder / f"{number:03d}.txt", f"Story {number}\n\n" + PARAGRAPH * 12)
    report = write(tmp_path / "report.json", PREVIOUS)
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", str(folder), "--no-config", "--no-cache", "--format", "json", "-o", str(report)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
    )
    first_line = process.stderr.readline()  # blocks until linting has begun
    assert "000-binary.txt" in first_line
    time.sleep(0.5)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=120)
    stderr = first_line + rest
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.rstrip().endswith("newslint: interrupted")
    assert report.read_text() == PREVIOUS
    assert set(os.listdir(tmp_path)) == {"articles", "report.json"}  # no temporary file left


def test_interrupt_while_writing_output_keeps_previous_file(tmp_path, run_cli, monkeypatch):
    from newslint.formats.json import JsonFormatter

    story = write(tmp_path / "story.txt", "a story\n")
    report = write(tmp_path / "report.json", PREVIOUS)

    def interrupted_finish(self, summary):
        self.stream.write('{"half": ')
        raise KeyboardInterrupt

    monkeypatch.setattr(JsonFormatter, "finish", interrupted_finish)
    code, out, err = run_cli(story, "--no-config", "--format", "json", "-o", report)
    assert code == 130 and err.splitlines() == ["newslint: interrupted"]
    assert report.read_text() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "story.txt"]  # no temporary file left


def test_output_file_is_replaced_whole(tmp_path, run_cli):
    story = write(tmp_path / "story.txt", "a story\n")
    report = write(tmp_path / "report.json", PREVIOUS)
    code, out, err = run_cli(story, "--no-config", "--format", "json", "-o", report)
    import json

    assert json.loads(report.read_text())["summary"]["articles"] == 1


def test_closed_pipe_is_no_traceback(tmp_path):
    folder = tmp_path / "articles"
    for number in range(40):
        write(folder / f"{number:03d}.txt", "a story without a capital\n" * 50)
    command = f"{sys.executable} -m newslint {folder} --no-config | head -1"
    completed = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert len(completed.stdout.splitlines()) == 1
    assert completed.stderr == "", completed.stderr  # no traceback, no "internal error", no "Exception ignored"
