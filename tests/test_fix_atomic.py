"""A crash or kill during --fix leaves each file either untouched or fully fixed.

``python -m newslint --fix`` runs on 200 files and is killed with SIGKILL at
several points of its progress (watched through the files' inode numbers,
which ``os.replace`` changes); afterwards every file must hold either its
original bytes or the bytes a complete run produces. A temporary file may be
left behind by a kill, but only under its own name, never in a file's place.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint.engine.fixer import TEMP_SUFFIX

FILES = 200
LEAD = "The harbour board approved a plan to dredge the eastern channel before the winter storms."

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def make_originals(folder: Path) -> None:
    folder.mkdir()
    for number in range(FILES):
        newline = "\r\n" if number % 3 == 0 else "\n"
        text = (
            f"Harbour board backs dredging plan {number}\n{LEAD}\nAdvertisement\n"
            f"Work is expected to start in March and to last about {number + 2} weeks, the board said.\n"
            "Share this article\n"
        )
        (folder / f"a{number:03}.txt").write_bytes(text.replace("\n", newline).encode())


def start_fix(folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        # one process and no cache: nothing but the fixing itself to kill
        [sys.executable, "-m", "newslint", "--no-config", "--select", "BP", "--fix", "-q", "--jobs", "1", "--no-cache",
         str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def inodes(folder: Path) -> dict[str, int]:
    return {entry.name: entry.inode() for entry in os.scandir(folder) if not entry.name.endswith(TEMP_SUFFIX)}


def kill_after_replacements(folder: Path, count: int, delay: float, timeout: float = 120.0) -> int:
    """Run --fix on the folder and SIGKILL it ``delay`` seconds after ``count`` files were replaced."""
    before = inodes(folder)
    process = start_fix(folder)
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        now = inodes(folder)
        if sum(1 for name, inode in now.items() if before.get(name) != inode) >= count:
            break
        time.sleep(0.002)
    time.sleep(delay)  # land somewhere inside the next file's read, fix, write or rename
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode


def test_kill_during_fix_leaves_every_file_original_or_fully_fixed(tmp_path):
    originals = tmp_path / "originals"
    make_originals(originals)
    reference = tmp_path / "reference"
    shutil.copytree(originals, reference)
    assert start_fix(reference).wait() == 0
    expected = {p.name: p.read_bytes() for p in reference.iterdir()}
    before = {p.name: p.read_bytes() for p in originals.iterdir()}
    assert all(expected[name] != before[name] for name in before), "every file has something to fix"

    outcomes = []
    for run, (count, delay) in enumerate([(1, 0.0), (40, 0.004), (120, 0.011), (150, 0.023), (199, 0.0)]):
        folder = tmp_path / f"run{run}"
        shutil.copytree(originals, folder)
        returncode = kill_after_replacements(folder, count, delay)
        fixed = leftovers = 0
        for path in folder.iterdir():
            if path.name.endswith(TEMP_SUFFIX):  # killed between writing and renaming: beside the file, not in its place
                assert any(path.name.startswith(f".{name}.") for name in before), path.name
                leftovers += 1
                continue
            content = path.read_bytes()
            assert content in (before[path.name], expected[path.name]), f"{path.name} is half-fixed"
            fixed += content == expected[path.name]
        assert set(inodes(folder)) == set(before), "a file went missing"
        outcomes.append((returncode, fixed, leftovers))
    print("kill outcomes (return code, files fully fixed, temporary files left):", outcomes)
    assert any(code == -signal.SIGKILL and 0 < fixed < FILES for code, fixed, _ in outcomes), outcomes
