"""The held-out injection bench (bench/inject.py): injection and scoring logic.

Runs without ../shared: the host articles here are written for the test.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "inject.py"


def _load():
    spec = importlib.util.spec_from_file_location("newslint_bench_inject", BENCH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


inject = _load()

HOST = (
    "Harbour town votes on new ferry contract\n\n"
    "Councillors in the harbour town of Porthwen have approved a new ferry contract worth 2.5m pounds, "
    "ending months of uncertainty for island residents.\n\n"
    "\"This gives families on the island the reliability they have been asking for,\" council leader "
    "Maria Lopez said. Ms Lopez added that the timetable would be published in London next week.\n\n"
    "The previous operator withdrew after a dispute over maintenance costs. Khodorkovsky, an investor in "
    "the previous operator, declined to comment on the negotiations.\n\n"
    "Opposition councillors argued that the procurement process had been rushed, and that smaller "
    "operators were not given enough time to prepare competitive bids. Khodorkovsky was not available.\n\n"
    "Ms Lopez said the council would review the arrangement after twelve months of operation."
)
RECORD = {"id": "test/001", "category": "politics", "text": HOST}


def host(compact=False):
    return inject.Doc.parse(HOST, compact)


def lines_of(text, rng_):
    return text.split("\n")[rng_[0] - 1: rng_[1]]


# ---------------------------------------------------------------- the artefact list

def test_artefact_list_is_large_varied_and_well_formed():
    arts = inject.ARTEFACTS
    assert len(arts) >= 120
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids))
    for cat in inject.CATEGORIES:
        assert sum(a["category"] == cat for a in arts) >= 10, cat
    for a in arts:
        assert a["kind"] in inject.INJECTORS, a["id"]
        assert set(a.get("also", [])) <= set(inject.CATEGORIES)


# ---------------------------------------------------------------- model

@pytest.mark.parametrize("compact", [False, True])
def test_block_lines_match_render(compact):
    doc = host(compact)
    text_lines = doc.render().split("\n")
    for block, (a, b) in zip(doc.blocks, doc.block_lines()):
        assert "\n".join(text_lines[a - 1:b]) == block


# ---------------------------------------------------------------- injection puts the artefact where the truth says

@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize("where", ["top", "lead", "middle", "late", "end"])
def test_inserted_paragraph_is_on_the_recorded_line(compact, where):
    art = {"id": "x", "category": "boilerplate", "kind": "para", "where": where, "text": "Advertisement"}
    inj = inject.inject(art, host(compact), random.Random(1))
    assert inj.lines[0] == inj.lines[1]
    assert lines_of(inj.text, inj.lines) == ["Advertisement"]
    assert inj.text.count("Advertisement") == 1


def test_interview_block_range_covers_every_turn():
    art = {"id": "x", "category": "interview", "kind": "turns", "where": "end",
           "turns": ["**Interviewer:** Why now?", "**{name}:** Because it was time.",
                     "**Interviewer:** Thank you.", "**{name}:** Thank you for having me."]}
    inj = inject.inject(art, host(), random.Random(1))
    got = [l for l in lines_of(inj.text, inj.lines) if l]
    assert got == ["**Interviewer:** Why now?", "**Maria Lopez:** Because it was time.",
                   "**Interviewer:** Thank you.", "**Maria Lopez:** Thank you for having me."]
    assert inj.lines[1] == len(inj.text.rstrip("\n").split("\n"))


def test_hard_wrap_spans_the_recorded_lines_and_only_breaks_lines():
    art = {"id": "x", "category": "truncation", "kind": "hard_wrap", "para": 4, "lines": 3}
    inj = inject.inject(art, host(), random.Random(3))
    assert inj.doc.compact
    a, b = inj.lines
    assert b - a == 2
    wrapped = lines_of(inj.text, inj.lines)
    assert " ".join(wrapped) == host().blocks[4]


def test_name_variant_is_on_the_recorded_line_only():
    art = {"id": "x", "category": "translation", "kind": "name_variant", "name": "Khodorkovsky",
           "variant": "Chodorkowski"}
    inj = inject.inject(art, host(), random.Random(2))
    lines = inj.text.split("\n")
    hits = [i + 1 for i, l in enumerate(lines) if "Chodorkowski" in l]
    assert hits == [inj.lines[0]] and inj.lines[0] == inj.lines[1]
    assert "Khodorkovsky" in inj.text


def test_duplicate_paragraph_truth_is_the_copy():
    art = {"id": "x", "category": "duplication", "kind": "dup_para", "source": 1, "where": "end", "mode": "exact"}
    inj = inject.inject(art, host(), random.Random(1))
    lines = inj.text.split("\n")
    copy = lines_of(inj.text, inj.lines)[0]
    assert copy == host().blocks[1]
    first = lines.index(copy) + 1
    assert first < inj.lines[0]


def test_cut_start_word_leaves_the_tail_of_a_word():
    art = {"id": "x", "category": "truncation", "kind": "cut_start_word", "para": 4}
    inj = inject.inject(art, host(), random.Random(5))
    para = lines_of(inj.text, inj.lines)[0]
    original = host().blocks[4]
    assert original.endswith(para) and para != original
    head = original[: len(original) - len(para)]
    assert head[-1].isalpha() and para[0].isalpha()  # the cut is inside a word


def test_glued_prefix_on_first_body_line():
    art = {"id": "x", "category": "metadata", "kind": "prefix", "target": "body", "text": " date 2023-05-02 "}
    inj = inject.inject(art, host(), random.Random(1))
    assert inj.lines == (3, 3)
    assert inj.text.split("\n")[2].startswith(" date 2023-05-02 Councillors")


@pytest.mark.parametrize("compact", [False, True])
def test_every_artefact_that_fits_lands_inside_its_range(compact):
    """For each artefact the test host can take: the text before the range is the host's,
    the non-blank text after it is the host's tail, and literal artefact text sits in the range."""
    placed = 0
    for art in inject.ARTEFACTS:
        h = host(compact)
        if not inject.host_satisfies(h, RECORD, art.get("needs")):
            continue
        try:
            inj = inject.inject(art, h, random.Random(f"t:{art['id']}"))
        except inject.CannotInject:
            continue
        placed += 1
        ref = inject.Doc(list(h.blocks), inj.doc.compact).render().split("\n")
        new = inj.text.split("\n")
        a, b = inj.lines
        assert 1 <= a <= b <= len(new), art["id"]
        assert new[: a - 1] == ref[: a - 1], art["id"]
        tail = [l for l in new[b:] if l]
        ref_nonblank = [l for l in ref if l]
        assert tail == ref_nonblank[len(ref_nonblank) - len(tail):], art["id"]
        assert any(lines_of(inj.text, inj.lines)), art["id"]
        if art["kind"] in ("para", "append") and "{" not in art["text"]:
            assert art["text"].strip() in " ".join(lines_of(inj.text, inj.lines)), art["id"]
        if art["kind"] == "turns":
            assert lines_of(inj.text, inj.lines)[0].startswith(art["turns"][0][:5].replace("{name}", "")), art["id"]
    assert placed >= 100


def test_build_is_deterministic_and_uses_each_host_once():
    hosts = [dict(RECORD, id=f"test/{i:03d}") for i in range(200)]
    arts = [a for a in inject.ARTEFACTS if a["kind"] in ("para", "append", "dup_para")][:30]
    one = inject.build(arts, hosts, seed=7)
    two = inject.build(arts, hosts, seed=7)
    assert [(i.host_id, i.lines, i.text) for i in one] == [(i.host_id, i.lines, i.text) for i in two]
    assert len({i.host_id for i in one}) == len(one) == len(arts)


# ---------------------------------------------------------------- matching and counting

def F(line, end_line=None, category="boilerplate", severity="warning", record=1, end_column=5, code="BP999"):
    return {"line": line, "end_line": end_line or line, "end_column": end_column, "category": category,
            "severity": severity, "record": record, "code": code}


def test_overlap():
    assert inject.overlaps(F(5), (5, 5))
    assert inject.overlaps(F(3, 6), (5, 9))
    assert inject.overlaps(F(9, 12), (5, 9))
    assert not inject.overlaps(F(4), (5, 9))
    assert not inject.overlaps(F(10), (5, 9))
    # an exclusive end at column 1 of the next line does not reach that line
    assert not inject.overlaps(F(4, 5, end_column=1), (5, 6))
    assert inject.overlaps(F(4, 6, end_column=1), (5, 6))


def test_score_counts_category_severity_and_range():
    art = {"id": "a", "category": "boilerplate", "kind": "para", "where": "middle", "text": "Advertisement",
           "also": ["offtopic"]}
    injected = [inject.inject(dict(art, id=f"a{i}"), host(), random.Random(1), f"h{i}") for i in range(6)]
    line = injected[0].lines[0]
    findings = [
        F(line, record=1),                                    # hit
        F(line, record=2, severity="info"),                   # info only
        F(line, record=3, category="metadata"),               # wrong category
        F(line + 2, record=4),                                # outside the range
        F(line, record=5, category="offtopic"),               # an accepted alternative
        F(1, record=6, severity="error"),                     # outside, and nothing on the range
    ]
    baseline = [F(1, record=6, severity="error")]
    rows = inject.score(injected, findings, baseline)
    assert [r["warn"] for r in rows] == [True, False, False, False, False, False]
    assert [r["any_sev"] for r in rows] == [True, True, False, False, False, False]
    assert [r["accepted"] for r in rows] == [True, False, False, False, True, False]
    assert [r["any_cat"] for r in rows] == [True, False, True, False, True, False]
    assert [r["bg"] for r in rows] == [False, False, False, False, False, True]
    assert [r["outside"] for r in rows] == [0, 0, 0, 1, 0, 1]
    text = inject.report(rows, baseline, len(injected))
    assert "boilerplate" in text and "1/6" in text and "1 articles with a warning/error" in text


def test_main_without_corpus_is_an_error(tmp_path, capsys):
    assert inject.main(["--corpus", str(tmp_path / "missing.jsonl")]) == 2
