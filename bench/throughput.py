"""How fast is newslint? Throughput, cold start, --jobs, scaling and a profile, in one run.

    python bench/throughput.py [--shared ../shared] [--proselint PATH] [--quick]

Measures, on this machine, in one run (so the ratios compare like with like):

1. Articles per second and MB per second, one process (``--jobs 1``, no
   cache), all default rules, on ``corpora/clean/bbc.jsonl`` and each raw
   corpus; the same articles written out as text files, linted by newslint
   and by proselint (the best-known Python prose linter; install it in a
   separate environment, ``pip install proselint``, and pass its executable
   with ``--proselint`` or put it on PATH). The ratio is newslint's rate over
   proselint's; the target is at least 5.
2. The budget: proselint's milliseconds per article over five, and what
   comes out of it before any rule runs (the engine's own cost and the
   analyses it shares between rules), beside each rule's own cost.
3. Cold start: wall time of one run on one article (a hook's case, with
   ``--no-cache`` so the article is really linted), the median of 21 runs
   taken in turns with proselint's on the same article (and a result-cache
   hit, shown apart);
   and the slowest imports (``python -X importtime``).
4. ``--jobs 2`` over ``--jobs 1`` on the clean corpus (target at least 1.7),
   the median of three runs of each taken in turns.
5. Scaling: 1x, 4x and 16x a base set of distinct articles (all corpora
   pooled), as milliseconds per article and seconds per MB (linear means
   flat; target within 10%), the median of three runs of each taken in turns,
   in wall time and in CPU time (which another program on the machine
   disturbs less). Articles differ in length, so the larger sets
   are not simply more of the same: seconds per MB is the fairer measure,
   and the marginal seconds per MB (what the added input cost, start-up and
   first-use loads left out) the fairest.
6. A profile of one in-process run over the clean corpus: the top functions.

Nothing here is a test: it prints figures for the README. The corpora are
read from the shared folder and written only to a temporary folder.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the installed script, as a pre-commit hook runs it (``python -m newslint`` where there is none)
_SCRIPT = Path(sys.executable).with_name("newslint")
NEWSLINT = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newslint"]
BASE_OPTIONS = ["--no-config", "--no-cache", "--format", "jsonl", "--exit-zero", "-q"]


def read_records(path: Path, limit: int | None = None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def write_files(texts: list[str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


#: both linters run with their bytecode cached, as installed programs do (some machines set PYTHONDONTWRITEBYTECODE)
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(command: list[str], **kwargs) -> float:
    return timed(command, **kwargs)[0]


def timed(command: list[str], **kwargs) -> tuple[float, float]:
    """Wall time and CPU time (user and system, the command and its children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENVIRONMENT, **kwargs)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def supports(option: str) -> bool:
    help_text = subprocess.run([*NEWSLINT, "check", "--help"], capture_output=True, text=True).stdout
    return option in help_text


def newslint_options(jobs: int | None = 1) -> list[str]:
    options = [o for o in BASE_OPTIONS if o != "--no-cache" or supports("--no-cache")]
    if jobs is not None and supports("--jobs"):
        options += ["--jobs", str(jobs)]
    return options


def throughput(shared: Path, proselint: str | None, work: Path, limit: int | None) -> list[dict]:
    rows = []
    corpora = [shared / "corpora" / "clean" / "bbc.jsonl", *sorted((shared / "corpora" / "raw").glob("*.jsonl"))]
    for corpus in corpora:
        texts = read_records(corpus, limit)
        megabytes = sum(len(t.encode()) for t in texts) / 1e6
        folder = work / corpus.stem
        write_files(texts, folder)
        row = {"corpus": corpus.relative_to(shared).as_posix(), "articles": len(texts), "MB": round(megabytes, 2)}
        seconds = wall([*NEWSLINT, *newslint_options(1), "-o", os.devnull, str(folder)])
        row["newslint art/s"] = round(len(texts) / seconds, 1)
        row["newslint MB/s"] = round(megabytes / seconds, 3)
        if proselint:
            files = sorted(str(p) for p in folder.iterdir())
            seconds_p = wall([proselint, "check", *files])
            row["proselint art/s"] = round(len(texts) / seconds_p, 1)
            row["ratio"] = round(seconds_p / seconds, 2)
        rows.append(row)
        print(f"  {row}", file=sys.stderr)
    return rows


def cold_start(shared: Path, proselint: str | None, work: Path, runs: int = 21) -> dict:
    """One article, as a pre-commit hook lints an edited file: ``--no-cache``,
    so the article is really linted (a result-cache hit is shown apart). The
    per-user caches (compiled patterns, installed metadata, word index) are
    warmed by one run first, as any run after the first on a machine finds them.
    The commands take turns, ``runs`` rounds, so that a change in the machine's
    load during the measurement falls on all of them alike; medians."""
    article = work / "one" / "article.txt"
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text(read_records(shared / "corpora" / "clean" / "bbc.jsonl", 1)[0], encoding="utf-8")
    command = [*NEWSLINT, "--no-config", "--no-cache", str(article)]
    commands = {
        "newslint s": (command, None),
        "newslint, result cache hit s": ([*NEWSLINT, "--no-config", str(article)], article.parent),
    }
    if proselint:
        commands["proselint s"] = ([proselint, "check", str(article)], None)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, (argv, cwd) in commands.items():
        wall(argv, cwd=cwd)  # warm the OS file cache, the per-user caches and the result cache
    for _ in range(runs):
        for name, (argv, cwd) in commands.items():
            times[name].append(wall(argv, cwd=cwd))
    result = {name: round(statistics.median(values), 3) for name, values in times.items()}
    if proselint:
        result["ratio"] = round(statistics.median(times["newslint s"]) / statistics.median(times["proselint s"]), 2)
    imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newslint", *command[len(NEWSLINT):]],
        capture_output=True, text=True, env=ENVIRONMENT,
    ).stderr
    top_level = []
    for line in imports.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative_us, name = line[len("import time:"):].split("|")
        if not name[1:].startswith(" "):  # nested imports are indented further
            top_level.append((int(cumulative_us), name.strip()))
    result["top imports (ms, cumulative)"] = [(name, round(us / 1000, 1)) for us, name in sorted(top_level, reverse=True)[:8]]
    result["all imports ms"] = round(sum(us for us, _ in top_level) / 1000, 1)
    return result


def jobs_speedup(shared: Path, work: Path, limit: int | None, runs: int = 3) -> dict | None:
    if not supports("--jobs"):
        return None
    folder = work / "bbc"
    if not folder.exists():
        write_files(read_records(shared / "corpora" / "clean" / "bbc.jsonl", limit), folder)
    ones, twos = [], []
    for _ in range(runs):  # in turns, so a change in the machine's load falls on both alike
        ones.append(wall([*NEWSLINT, *newslint_options(1), "-o", os.devnull, str(folder)]))
        twos.append(wall([*NEWSLINT, *newslint_options(2), "-o", os.devnull, str(folder)]))
    one, two = statistics.median(ones), statistics.median(twos)
    return {
        "runs": runs, "jobs 1 s": round(one, 2), "jobs 2 s": round(two, 2), "speed-up": round(one / two, 2),
        "speed-up of each pair": [round(a / b, 2) for a, b in zip(ones, twos)],
    }


def scaling(shared: Path, work: Path, base: int, runs: int = 3) -> list[dict]:
    """1x, 4x and 16x a base set, each timed ``runs`` times in turns (1x, 4x, 16x, 1x, ...): the
    median, so that a change in the machine's speed during the section falls on every size alike."""
    pool: list[str] = []
    for corpus in [shared / "corpora" / "clean" / "bbc.jsonl", *sorted((shared / "corpora" / "raw").glob("*.jsonl"))]:
        pool.extend(read_records(corpus))
    random.Random(0).shuffle(pool)  # the same mix of clean and raw articles at every scale
    sets = []
    for factor in (1, 4, 16):
        count = min(base * factor, len(pool))
        dataset = work / f"scale{factor}.jsonl"
        with dataset.open("w", encoding="utf-8") as handle:
            for number, text in enumerate(pool[:count]):
                handle.write(json.dumps({"id": str(number), "text": text}) + "\n")
        megabytes = sum(len(text.encode()) for text in pool[:count]) / 1e6
        sets.append((factor, count, megabytes, dataset, []))
    for _ in range(runs):
        for *_, dataset, times in sets:
            times.append(timed([*NEWSLINT, *newslint_options(1), "-o", os.devnull, str(dataset)]))
    rows = []
    for factor, count, megabytes, _, times in sets:
        seconds = statistics.median(wall for wall, _ in times)
        cpu = statistics.median(cpu for _, cpu in times)
        row = {
            "factor": factor, "articles": count, "MB": round(megabytes, 2), "seconds": round(seconds, 2),
            "ms/article": round(1000 * seconds / count, 2), "s/MB": round(seconds / megabytes, 2),
            "CPU s": round(cpu, 2), "CPU s/MB": round(cpu / megabytes, 2),
        }
        if rows:  # what the added input cost: start-up and first-use loads drop out
            previous = rows[-1]
            row["marginal s/MB"] = round((seconds - previous["seconds"]) / (megabytes - previous["MB"]), 2)
            row["marginal CPU s/MB"] = round((cpu - previous["CPU s"]) / (megabytes - previous["MB"]), 2)
        row["runs s"] = [round(wall, 2) for wall, _ in times]
        rows.append(row)
        print(f"  {rows[-1]}", file=sys.stderr)
    return rows


def profile(shared: Path, limit: int) -> str:
    from newslint.config import Settings
    from newslint.engine.article import Article
    from newslint.engine.registry import build_registry
    from newslint.engine.runner import Linter

    linter = Linter(Settings(), build_registry())
    texts = read_records(shared / "corpora" / "clean" / "bbc.jsonl", limit)
    profiler = cProfile.Profile()
    profiler.enable()
    for number, text in enumerate(texts):
        linter.check_article(Article(text, path=f"{number}.txt"))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    return out.getvalue()


#: a rule that returns at once on clean text (its required phrase is absent), so a
#: run with it alone costs what the engine costs: start-up, reading, the article model, output
FLOOR_RULE = "TR106"
#: the analyses the engine computes once per article and shares between rules
SHARED_ANALYSES = (
    "line_starts", "paragraphs", "sentences", "words", "quotations", "unquoted_text", "vocabulary",
    "capitalised", "names", "name_forms",
)


def budget(shared: Path, proselint: str | None, work: Path, limit: int | None, articles: int = 300) -> dict | None:
    """Where a rate of 5x proselint's would have to fit, on the clean corpus.

    The target leaves proselint's milliseconds per article divided by five.
    Out of that come the engine's own cost (a run with one rule that returns at
    once: start-up, reading, the article model, output) and the analyses the
    engine shares between rules (words, sentences, paragraphs, quotations,
    names), measured in-process; what is left, divided by the number of rules,
    is each rule's share. Each rule's own cost is measured beside it: the rule
    in a whole in-process run, on articles whose shared analyses are already
    computed, after one article to make the one-off loads.
    """
    if not proselint:
        return None
    from newslint.config import Settings
    from newslint.engine.article import Article
    from newslint.engine import patterns as deadline
    from newslint.engine.rule import CorpusRule
    from newslint.engine.runner import build_linter

    folder = work / "bbc"
    if not folder.exists():
        write_files(read_records(shared / "corpora" / "clean" / "bbc.jsonl", limit), folder)
    files = sorted(str(p) for p in folder.iterdir())
    proselint_ms = 1000 * wall([proselint, "check", *files]) / len(files)
    floor_ms = 1000 * wall([*NEWSLINT, *newslint_options(1), "--select", FLOOR_RULE, "-o", os.devnull, str(folder)]) / len(files)

    texts = read_records(shared / "corpora" / "clean" / "bbc.jsonl", articles + 1)
    warm, texts = texts[0], texts[1:]
    analysis_seconds = dict.fromkeys(SHARED_ANALYSES, 0.0)
    for number, text in enumerate(texts):
        article = Article(text, path=f"{number}.txt")
        for name in SHARED_ANALYSES:
            start = time.process_time()
            getattr(article, name)
            analysis_seconds[name] += time.process_time() - start

    # each rule's own cost inside a whole run: a rule's time includes the per-article work it
    # shares with others when it asks first (measured alone, each would pay it again)
    linter = build_linter(Settings())
    linter.lint(Article(warm, path="warm.txt"))
    codes = [rule.code for rule in linter.rules]
    rule_seconds = dict.fromkeys(codes, 0.0)
    prepared = [Article(text, path=f"{number}.txt") for number, text in enumerate(texts)]
    for article in prepared:
        for name in SHARED_ANALYSES:
            getattr(article, name)
    for article in prepared:
        for rule in linter.rules:
            started = deadline.start_deadline(article.text)
            start = time.process_time()
            try:
                list(rule.check(article))
                if isinstance(rule, CorpusRule):
                    rule.collect(article)
            finally:
                rule_seconds[rule.code] += time.process_time() - start
                deadline.stop_deadline(started)

    per_article = lambda seconds: 1000 * seconds / len(texts)  # noqa: E731
    target_ms = proselint_ms / 5
    analyses_ms = per_article(sum(analysis_seconds.values()))
    rules_ms = {code: per_article(seconds) for code, seconds in rule_seconds.items()}
    share_ms = (target_ms - floor_ms - analyses_ms) / len(codes)
    return {
        "proselint ms/article": round(proselint_ms, 2),
        "5x target ms/article": round(target_ms, 2),
        f"engine floor ms/article (CLI, --select {FLOOR_RULE})": round(floor_ms, 2),
        "shared analyses ms/article": round(analyses_ms, 2),
        "shared analyses, each": {name: round(per_article(s), 3) for name, s in analysis_seconds.items()},
        "rules": len(codes),
        "each rule's share of what is left, ms/article": round(share_ms, 4),
        "rules' own cost, total ms/article": round(sum(rules_ms.values()), 2),
        "rules over their share": sum(ms > share_ms for ms in rules_ms.values()),
        "costliest rules ms/article": {code: round(ms, 3) for code, ms in sorted(rules_ms.items(), key=lambda kv: -kv[1])[:10]},
    }


def table(rows: list[dict]) -> str:
    if not rows:
        return ""
    keys = list(dict.fromkeys(k for row in rows for k in row))
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row.get(k, "")) for k in keys) + " |" for row in rows]
    return "\n".join(lines)


SECTIONS = ("throughput", "budget", "cold", "jobs", "scaling", "profile")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--proselint", default=shutil.which("proselint"), help="proselint executable (default: on PATH)")
    parser.add_argument("--quick", action="store_true", help="500 articles a corpus, base 100 for scaling")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only these sections (repeatable)")
    args = parser.parse_args()
    if not (args.shared / "corpora").exists():
        sys.exit(f"bench/throughput.py: no corpora under {args.shared}")
    limit = 500 if args.quick else None
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as scratch:
        work = Path(scratch)
        wanted = set(args.only or SECTIONS)
        print(f"# newslint throughput ({os.cpu_count()} cores, Python {sys.version.split()[0]})\n")
        if "throughput" in wanted:
            print("## Throughput, one process, all default rules\n")
            print(table(throughput(args.shared, args.proselint, work, limit)), "\n")
        if "budget" in wanted:
            print("## Where 5x proselint's rate would have to fit (clean corpus)\n")
            print(json.dumps(budget(args.shared, args.proselint, work, limit), indent=2), "\n")
        if "cold" in wanted:
            print("## Cold start, one article\n")
            print(json.dumps(cold_start(args.shared, args.proselint, work), indent=2), "\n")
        if "jobs" in wanted:
            print("## --jobs 2 over --jobs 1 (clean corpus)\n")
            print(json.dumps(jobs_speedup(args.shared, work, limit)), "\n")
        if "scaling" in wanted:
            print("## Scaling (distinct articles, all corpora pooled and shuffled)\n")
            print(table(scaling(args.shared, work, base=100 if args.quick else 300)), "\n")
        if "profile" in wanted:
            print("## Profile (in-process, clean corpus, top 15 by own time)\n")
            print("```\n" + profile(args.shared, limit or 1000) + "```")


if __name__ == "__main__":
    main()
