"""--jobs gives the same findings in the same order; the cache skips unchanged
articles and keeps corpus rules working; progress goes to stderr only."""
from __future__ import annotations

import io

from conftest import parse_json, write

from newslint.config import load_config
from newslint.engine.parallel import worth_workers
from newslint.progress import Progress

COUNTING_RULE = '''
"""Counts its calls in a log file, to show which articles were linted."""
import os
from newslint import Hit, Rule


class Counted(Rule):
    """Reports 'banana' and logs each article it sees.

    What it finds: the word banana.
    Why it matters: a test needs a rule whose calls it can count.
    Example: ``a banana``
    """

    code = "XC101"
    name = "counted-banana"
    category = "boilerplate"

    def check(self, article):
        with open(os.environ["NEWSLINT_TEST_LOG"], "a") as log:
            log.write(article.path + "\\n")
        start = article.text.find("banana")
        if start >= 0:
            yield Hit(start, start + 6, "a banana")
'''

STORY = (
    "Ministers in {town} agreed the budget on Monday after talks with Volodymyr {name}.\n\n"
    "The vote is expected on Friday, officials said.\n"
)


def make_archive(folder, count):
    for number in range(count):
        name = "Zelenskyj" if number == 3 else "Zelenskyy"
        write(folder / f"story{number:03d}.txt", STORY.format(town=f"Town{number}", name=name))


def findings_of(run_cli, *args):
    code, out, err = run_cli(*args, "--format", "json", "--no-config")
    return code, parse_json(out)["findings"], err


def test_jobs_give_identical_findings_in_identical_order(tmp_path, run_cli):
    make_archive(tmp_path, worth_workers(2) + 5)  # enough articles for workers to start
    _, one, _ = findings_of(run_cli, tmp_path, "--jobs", "1", "--no-cache")
    _, two, _ = findings_of(run_cli, tmp_path, "--jobs", "2", "--no-cache")
    assert one == two
    assert any(f["code"] == "TL102" for f in one)  # a corpus rule across files, in workers too


def counted_run(run_cli, folder, log, *extra):
    log.write_text("")
    code, out, err = run_cli(folder, "--format", "json", *extra)
    return parse_json(out)["findings"], sorted(log.read_text().split())


def test_cache_skips_unchanged_articles_and_keeps_corpus_rules(tmp_path, run_cli, monkeypatch):
    rules = tmp_path / "rules"
    write(rules / "counted.py", COUNTING_RULE)
    archive = tmp_path / "archive"
    make_archive(archive, 4)
    write(archive / "fruit.txt", "a banana\n")
    write(tmp_path / ".newslint.toml", 'plugin-paths = ["rules"]\nextend-select = ["XC101"]\n')
    log = tmp_path / "calls.log"
    monkeypatch.setenv("NEWSLINT_TEST_LOG", str(log))

    first, linted = counted_run(run_cli, archive, log)
    assert len(linted) == 5
    assert (tmp_path / ".newslint_cache" / ".gitignore").exists()

    second, linted = counted_run(run_cli, archive, log)
    assert linted == [] and second == first

    # change one article: only it is linted again; the corpus rule still sees the others
    write(archive / "story000.txt", STORY.format(town="Elsewhere", name="Zelenskyy"))
    third, linted = counted_run(run_cli, archive, log)
    assert [p.rsplit("/", 1)[-1] for p in linted] == ["story000.txt"]
    assert any(f["code"] == "TL102" and f["path"].endswith("story003.txt") for f in third)
    assert any(f["code"] == "XC101" for f in third)

    _, linted = counted_run(run_cli, archive, log, "--no-cache")
    assert len(linted) == 5

    # a changed configuration is a different cache key
    write(tmp_path / ".newslint.toml", 'plugin-paths = ["rules"]\nextend-select = ["XC101"]\nignore = ["BP"]\n')
    load_config.cache_clear()  # a new process would read the file again
    _, linted = counted_run(run_cli, archive, log)
    assert len(linted) == 5


def test_cache_dir_option_and_a_damaged_cache(tmp_path, run_cli):
    make_archive(tmp_path / "a", 2)
    cache = tmp_path / "elsewhere"
    _, before, _ = findings_of(run_cli, tmp_path / "a", "--cache-dir", cache)
    database = next(cache.glob("*.sqlite"))
    database.write_bytes(b"not a database")
    _, after, err = findings_of(run_cli, tmp_path / "a", "--cache-dir", cache)
    assert after == before and "Traceback" not in err


def test_progress_goes_to_stderr_only(tmp_path, run_cli, monkeypatch):
    import newslint.progress as progress

    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    make_archive(tmp_path, 3)
    code, out, err = run_cli(tmp_path, "--progress", "--no-config", "--format", "jsonl")
    assert "articles" in err and "/s" in err
    assert all(line.startswith("{") for line in out.splitlines())
    code, out, err = run_cli(tmp_path, "--no-config", "--format", "jsonl")  # not a terminal: no progress
    assert "articles," not in err


def test_progress_line_shows_count_rate_and_time_left():
    stream = io.StringIO()
    bar = Progress(stream, total=10)
    bar.done = 4
    line = bar.line(bar.started + 2.0)
    assert line == "newslint: 4 articles, 2/s, 2s, about 3s left"
    bar.draw(bar.started + 2.0)
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[2K")


def test_corpus_findings_read_a_dataset_once_not_once_a_record(tmp_path, run_cli, monkeypatch):
    """Repeated paragraphs across records: the corpus rule names many records, and the
    file is read again once to place them all (not once per record)."""
    import json

    from newslint.engine import inputs

    towns = ["Leeds", "Bath", "York", "Hull", "Derby", "Ely", "Ripon", "Wells", "Truro", "Exeter", "Lincoln", "Durham"]
    shared = [f"The council in {town} voted on Tuesday to close the old bridge to traffic for repairs that will last a year."
              for town in towns]  # records 2k and 2k+1 share paragraph k
    lines = [json.dumps({"id": str(n), "text": f"Story {n} opens here with its own words.\n\n{shared[n // 2]}\n"})
             for n in range(2 * len(towns))]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    opened = []
    real = inputs._stream_records

    def counting(path, *args):
        opened.append(path)
        return real(path, *args)

    monkeypatch.setattr(inputs, "_stream_records", counting)
    code, out, err = run_cli(tmp_path / "feed.jsonl", "--no-config", "--no-cache", "-j", "1", "--format", "json")
    corpus = [f for f in parse_json(out)["findings"] if f["code"] == "DU104"]
    assert len({f["record"] for f in corpus}) >= 10
    assert len(opened) == 2  # the lint pass, then one pass to place every corpus finding
