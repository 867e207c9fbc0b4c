"""Peak memory of newslint on a big JSON Lines file built from the corpora.

    python bench/memory.py [--shared ../shared] [--size-mb 1000] [--jobs 2] [--select CODES]

Writes, in a temporary folder, a JSON Lines file of about ``--size-mb`` MB:
the clean and raw corpora again and again, every record with its own id.
(Repeats across copies are what an archive of scraped news holds too; the
corpus rules report them, so the findings grow with the file, the texts are
not kept.) Then lints it with all default rules, or ``--select``, and
samples the resident memory of newslint and its worker processes (their sum,
and the main process alone, read from /proc every 0.2 s; Linux only). Prints the file size, the record
count, the wall time, the findings count and the peak RSS.

Not a test: it prints figures for the README.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(shared: Path, target: Path, size_mb: float) -> int:
    corpora = [shared / "corpora" / "clean" / "bbc.jsonl", *sorted((shared / "corpora" / "raw").glob("*.jsonl"))]
    texts = [json.loads(line)["text"] for corpus in corpora for line in corpus.open(encoding="utf-8") if line.strip()]
    written, records, copy = 0, 0, 0
    with target.open("w", encoding="utf-8") as handle:
        while written < size_mb * 1e6:
            for number, text in enumerate(texts):
                line = json.dumps({"id": f"{copy}-{number}", "text": text}) + "\n"
                handle.write(line)
                written += len(line.encode())
                records += 1
                if written >= size_mb * 1e6:
                    break
            copy += 1
    return records


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass  # it ended meanwhile
    return 0


def descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        try:
            children = [int(child) for child in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except (OSError, ValueError):
            continue
        found.extend(children)
        pending.extend(children)
    return found


def sample_rss_kb(pid: int) -> tuple[int, int]:
    """Resident memory of a process, and of the process with all its descendants, in kB."""
    main = rss_kb(pid)
    return main, main + sum(rss_kb(child) for child in descendants(pid))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--size-mb", type=float, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--select", help="rule codes (default: all default rules)")
    args = parser.parse_args()
    if not (args.shared / "corpora").exists():
        sys.exit(f"bench/memory.py: no corpora under {args.shared}")
    with tempfile.TemporaryDirectory(prefix="newslint-memory-") as scratch:
        dataset = Path(scratch) / "archive.jsonl"
        records = build(args.shared, dataset, args.size_mb)
        command = [sys.executable, "-m", "newslint", "--no-config", "--no-cache", "--format", "jsonl",
                   "--exit-zero", "-q", "--jobs", str(args.jobs), "-o", str(Path(scratch) / "findings.jsonl")]
        if args.select:
            command += ["--select", args.select]
        started = time.perf_counter()
        process = subprocess.Popen([*command, str(dataset)])
        peak_main = peak = 0
        while process.poll() is None:
            main, total = sample_rss_kb(process.pid)
            peak_main, peak = max(peak_main, main), max(peak, total)
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        with (Path(scratch) / "findings.jsonl").open(encoding="utf-8") as handle:
            findings = sum(1 for _ in handle)
        print(json.dumps({
            "file MB": round(dataset.stat().st_size / 1e6, 1), "records": records, "jobs": args.jobs,
            "rules": args.select or "all default", "exit": process.returncode, "findings": findings,
            "wall s": round(seconds, 1), "peak RSS MB (all processes)": round(peak / 1024, 1),
            "peak RSS MB (main process)": round(peak_main / 1024, 1),
        }, indent=2))


if __name__ == "__main__":
    main()
