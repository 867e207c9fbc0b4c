"""The coverage-guided fuzz target runs for a bounded time and finds nothing.

Set NEWSLINT_ATHERIS_SECONDS to fuzz longer (CI: 30 s).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).parent / "fuzz"
SECONDS = int(os.environ.get("NEWSLINT_ATHERIS_SECONDS", "30"))

try:
    import atheris  # noqa: F401
except ImportError:  # pragma: no cover - depends on the platform
    atheris = None


@pytest.mark.skipif(
    atheris is None,
    reason="atheris is not installed: it has wheels for CPython 3.11-3.13 on x86-64 Linux only "
    "(setup.cfg's test extra installs it there)",
)
def test_fuzz_target_runs_clean(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus", corpus)  # libFuzzer adds to it: keep the repository's copy clean
    completed = subprocess.run(
        [
            sys.executable, str(FUZZ / "fuzz_rules.py"),
            f"-max_total_time={SECONDS}", "-timeout=60", "-rss_limit_mb=4096",
            f"-artifact_prefix={tmp_path}/", str(corpus),
        ],
        capture_output=True, text=True, timeout=SECONDS + 300,
    )
    crashes = sorted(p.name for p in tmp_path.glob("crash-*")) + sorted(p.name for p in tmp_path.glob("timeout-*"))
    assert completed.returncode == 0 and not crashes, completed.stderr[-4000:]
    assert "Done" in completed.stderr, completed.stderr[-2000:]
