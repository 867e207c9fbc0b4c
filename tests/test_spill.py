"""The structures that move a big run's state to disk behave like the plain
list, dict and sorted list they stand for, and a run that spills gives the
same findings as one that does not."""
from __future__ import annotations

import gc
import random
import tempfile
from pathlib import Path

import pytest

from newslint.config import Settings
from newslint.engine import spill
from newslint.engine.article import Article
from newslint.engine.runner import build_linter, run
from newslint.engine.spill import PickleFile, Postings, SortedSpill, SpillDict, SpillFolder

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_pickle_file_keeps_order_and_reads_again(tmp_path):
    items = [("article", n, {"n": n}) for n in range(50)]
    written = PickleFile(tmp_path / "run.pickles", iter(items))
    assert list(written) == items
    assert list(written) == items  # a second pass reads the same


@pytest.mark.parametrize("limit", [0, 5, 1000])
def test_spill_dict_behaves_as_a_dict(limit):
    generator = random.Random(7)
    expected: dict = {}
    spilled = SpillDict(SpillFolder(), limit=limit)
    for _ in range(400):
        key = (f"file{generator.randrange(6)}.jsonl", generator.choice([None, generator.randrange(40)]))
        value = [generator.random(), key]
        expected[key] = value
        spilled[key] = value
    assert list(spilled) == list(expected)  # insertion order, a replaced value keeps its place
    assert list(spilled.items()) == list(expected.items())
    assert list(spilled.values()) == list(expected.values())
    assert len(spilled) == len(expected)
    for key in expected:
        assert spilled[key] == expected[key] and key in spilled
    assert ("absent", 1) not in spilled and spilled.get(("absent", 1), "default") == "default"
    with pytest.raises(KeyError):
        spilled[("absent", 1)]
    assert (spilled.db is not None) == (limit < len(expected))


def test_spill_dict_lookups_during_iteration():
    spilled = SpillDict(SpillFolder(), limit=1)
    for n in range(10):
        spilled[("f", n)] = n
    assert [(key, spilled[("f", 9 - key[1])]) for key in spilled] == [(("f", n), 9 - n) for n in range(10)]


@pytest.mark.parametrize("limit", [1, 7, 10_000])
def test_sorted_spill_is_a_stable_sort(limit):
    generator = random.Random(limit)
    # many equal keys: the second element shows whether ties keep their order
    items = [(generator.randrange(20), number) for number in range(500)]
    spilled = SortedSpill(SpillFolder(), key=lambda item: item[0], limit=limit)
    spilled.extend(items[:250])
    spilled.extend(items[250:])
    expected = sorted(items, key=lambda item: item[0])
    assert len(spilled) == 500
    assert list(spilled) == expected
    assert list(spilled) == expected
    result = spilled.result()
    assert list(result) == expected
    assert isinstance(result, list) == (limit >= 500)


@pytest.mark.parametrize("limit", [0, 4, 10_000])
def test_postings_match_ordered_sets(limit):
    generator = random.Random(limit + 1)
    expected: dict = {}
    postings = Postings(limit=limit)
    for _ in range(300):
        term, value = f"fp{generator.randrange(30)}", ("file.jsonl", generator.randrange(25))
        expected.setdefault(term, {})[value] = None
        postings.add(term, value)
    for term, values in expected.items():
        assert postings.values(term) == list(values)
        assert postings.count(term) == len(values)
    assert postings.values("unknown") == [] and postings.count("unknown") == 0
    assert list(postings.groups()) == [(term, list(values)) for term, values in expected.items()]
    assert (postings.db is not None) == (limit < sum(map(len, expected.values())))


@pytest.mark.parametrize("limit", [0, 700, 100_000])
def test_postings_read_between_adds_see_every_pair_added(limit):
    """On disk, pairs are written in batches: a read in between must see every pair added so far."""
    generator = random.Random(limit)
    expected: dict = {}
    postings = Postings(limit=limit)
    for number in range(1, 4001):
        term, value = f"fp{generator.randrange(900)}", generator.randrange(40)
        expected.setdefault(term, {})[value] = None
        postings.add(term, value)
        if number % 450 == 0:
            probe = f"fp{generator.randrange(900)}"
            assert postings.values(probe) == list(expected.get(probe, ()))
            assert postings.count(term) == len(expected[term])
    assert list(postings.groups()) == [(term, list(values)) for term, values in expected.items()]
    assert (postings.db is not None) == (limit < 4000)


def _seed_articles():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    # each seed twice in a dataset, so that the corpus rules (shared paragraphs, names) have work
    return [Article(text, path="archive.jsonl", record=n) for n, text in enumerate(texts + texts)]


def _lint(articles):
    linter = build_linter(Settings())
    result = run([(article, linter) for article in articles])
    return list(result.findings), dict(result.line_texts.items()), result


def test_a_run_that_spills_finds_the_same(monkeypatch):
    articles = _seed_articles()
    findings, line_texts, _ = _lint(articles)
    assert {f.code for f in findings} >= {"DU104", "TL102"}  # corpus rules fired

    monkeypatch.setattr(spill, "SPILL_AFTER", 1)
    spilled_findings, spilled_line_texts, result = _lint(articles)
    assert isinstance(result.findings, SortedSpill) and result.findings.runs
    assert isinstance(result.line_texts, SpillDict) and result.line_texts.db is not None
    assert spilled_findings == findings
    assert spilled_line_texts == line_texts


def test_the_spill_folder_goes_with_the_result(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(spill, "SPILL_AFTER", 1)
    _, _, result = _lint(_seed_articles())
    assert [p.name.startswith("newslint-run-") for p in tmp_path.iterdir()] == [True]
    del result
    gc.collect()
    assert not any(p.name.startswith("newslint-run-") for p in tmp_path.iterdir())


def test_a_run_that_cannot_spill_stops_with_one_line(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from newslint.cli import main

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))  # no such folder: every scratch write fails
    monkeypatch.setattr(spill, "SPILL_AFTER", 1)
    output = tmp_path / "findings.jsonl"
    outcome = CliRunner().invoke(main, ["--no-config", "--no-cache", "-j1", "-o", str(output), str(SEEDS)])
    assert outcome.exit_code == 2
    lines = outcome.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: ")
    assert "cannot write the run's scratch files in" in lines[0] and "missing" in lines[0]
    assert "TMPDIR" in lines[0] and "Traceback" not in outcome.output
    assert not output.exists()  # nothing half-written
