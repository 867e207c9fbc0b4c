"""Property tests of --fix over generated articles with injected artefacts.

The articles are built here from a few clean, invented sentences; the
artefacts are the ones the safe fixes remove: furniture lines, an exact
duplicate paragraph, a scraper field glued to the lead, a sentence
hard-wrapped over lines, German quotation marks. Four properties:

1. fixing twice equals fixing once;
2. after a fix, linting again finds nothing the fix could still fix;
3. every change a pass makes lies inside a span that a finding of that pass
   reported (and each fix lies inside its own finding's span);
4. text outside those spans is byte-for-byte the same.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Settings
from newslint.engine.article import Article
from newslint.engine.fixer import NewlineMap, applicable, fix_source, select_fixes
from newslint.engine.registry import build_registry
from newslint.engine.runner import Linter

LINTER = Linter(Settings(), build_registry())

SENTENCES = [
    "The harbour board approved a plan to dredge the eastern channel before the winter storms.",
    "Work is expected to start in March and to last about eleven weeks, the board said.",
    "Fishing crews have complained for years that silt makes the channel unsafe at low tide.",
    "The dredging will cost about 4.2 million euros, most of it paid by the regional government.",
    "A spokeswoman for the port said ferry timetables would not change during the work.",
    "Environmental groups asked the board to monitor the water quality near the oyster beds.",
    "The board agreed to publish the results of the monitoring every month.",
    "Local shop owners welcomed the decision and said the port needed the investment.",
    "The last dredging of the channel took place in 2009, according to port records.",
    "Councillors will discuss the timetable again at their next meeting in January.",
]
HEADLINES = ["Harbour board backs dredging plan", "Port to dredge eastern channel before winter"]
FURNITURE = ["Advertisement", "Share this article", "ePaper", "Copyright 2019 Example News Ltd. All rights reserved.",
             "This article was last updated on May 3, 2024 at 9:15 a.m."]
QUOTE = "The chairman called the plan „a long overdue repair“ of the port."
CURLY_QUOTE = "He called it “the right decision” for the town."


@st.composite
def articles(draw):
    """(text, newline): a generated article with injected artefacts."""
    paragraphs = [" ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=2, unique=True)))
                  for _ in range(draw(st.integers(3, 6)))]
    if draw(st.booleans()):
        paragraphs.insert(draw(st.integers(1, len(paragraphs))), draw(st.sampled_from([QUOTE, CURLY_QUOTE + " " + QUOTE])))
    for _ in range(draw(st.integers(0, 2))):
        paragraphs.insert(draw(st.integers(1, len(paragraphs))), draw(st.sampled_from(FURNITURE)))
    if draw(st.booleans()):  # an exact duplicate paragraph, later on
        source = draw(st.integers(0, len(paragraphs) - 1))
        if len(paragraphs[source].split()) >= 8:
            paragraphs.insert(draw(st.integers(source + 1, len(paragraphs))), paragraphs[source])
    if draw(st.booleans()):  # a scraper field glued to the lead
        paragraphs[0] = f"date 2024-11-0{draw(st.integers(1, 9))} " + paragraphs[0]
    block_style = draw(st.booleans())
    if not block_style and draw(st.booleans()):  # a sentence hard-wrapped after a comma
        index = draw(st.integers(0, len(paragraphs) - 1))
        wrapped = paragraphs[index].replace(", ", ",\n", 1)
        paragraphs[index] = wrapped
    body = ("\n\n" if block_style else "\n").join([draw(st.sampled_from(HEADLINES)), *paragraphs])
    body += draw(st.sampled_from(["\n", ""]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return body.replace("\n", newline)


def lint(article: Article):
    return LINTER.lint_article(article)


def make_article(text: str) -> Article:
    return Article(text, path="generated.txt")


def fix(text: str, unsafe: bool = False, max_passes: int = 10) -> str:
    return fix_source(text, make_article, lint, unsafe=unsafe, max_passes=max_passes).text


def outside_spans_kept(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """Is ``after`` the text ``before`` with only the given spans (raw offsets) replaced?"""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    gaps, position = [], 0
    for start, end in merged:
        gaps.append(before[position:start])
        position = end
    gaps.append(before[position:])
    pattern = "(?:.*?)".join(re.escape(gap) for gap in gaps)
    return re.fullmatch(pattern, after, re.S) is not None


PROPERTY_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(articles())
def test_fixing_twice_equals_fixing_once(text):
    once = fix(text)
    assert fix(once) == once


@PROPERTY_SETTINGS
@given(articles())
def test_after_a_fix_nothing_fixable_remains(text):
    fixed = fix(text)
    remaining = [f for f in lint(make_article(fixed)) if applicable(f, unsafe=False)]
    assert remaining == []


@PROPERTY_SETTINGS
@given(articles())
def test_every_change_lies_inside_a_reported_span_and_the_rest_is_kept(text):
    current = text
    for _ in range(10):
        article = make_article(current)
        findings = lint(article)
        for finding in findings:
            if finding.fix is not None:
                assert finding.start <= finding.fix.start <= finding.fix.end <= finding.end, finding
        chosen = select_fixes(findings)
        after = fix(current, max_passes=1)
        if after == current:
            break
        assert chosen, "the text changed, but no finding reported a fix"
        mapping = NewlineMap(current)
        spans = [(mapping.raw_offset(f.start), mapping.raw_offset(f.end)) for f in findings if f.fix is not None]
        assert outside_spans_kept(current, after, spans)
        current = after
    assert fix(text) == current


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_unsafe_fixes_also_settle(text):
    once = fix(text, unsafe=True)
    assert fix(once, unsafe=True) == once
    assert [f for f in lint(make_article(once)) if applicable(f, unsafe=True)] == []


@PROPERTY_SETTINGS
@given(articles())
def test_line_endings_and_final_newline_are_kept(text):
    fixed = fix(text)
    if "\r\n" in text:
        assert "\n" not in fixed.replace("\r\n", "")
    assert fixed.endswith("\n") == text.endswith("\n") or not fixed


def test_the_generator_injects_what_the_fixes_remove():
    """The artefacts are real: each one is fixed in a hand-built example."""
    text = (
        "Harbour board backs dredging plan\n"
        f"date 2024-11-06 {SENTENCES[0]}\n"
        "Advertisement\n"
        f"{SENTENCES[1]}\n"
        f"{QUOTE}\n"
        "Councillors will discuss the timetable again,\nat their next meeting in January.\n"
        f"{SENTENCES[1]}\n"
    )
    fixed = fix(text)
    codes = {f.code for f in select_fixes(lint(make_article(text)))}
    assert {"MD103", "BP104", "TL104", "TR103", "DU101"} <= codes
    assert fixed == (
        "Harbour board backs dredging plan\n"
        f"{SENTENCES[0]}\n"
        f"{SENTENCES[1]}\n"
        'The chairman called the plan "a long overdue repair" of the port.\n'  # no quotes elsewhere: straight
        "Councillors will discuss the timetable again, at their next meeting in January.\n"
    )
