"""Tests for the metadata family (MD)."""
from __future__ import annotations

import random

import pytest

from newslint.engine.article import Article
from newslint.engine.rule import validate_rule_class
from newslint.rules.metadata import (
    BylineInBody,
    CaptionLabel,
    CaptionShapedLine,
    DatelineStamp,
    PhotoCredit,
    ScraperField,
)

from .helpers import run_rule

RULES = [PhotoCredit, CaptionLabel, ScraperField, BylineInBody, DatelineStamp, CaptionShapedLine]


def apply_fix(text: str, fix) -> str:
    return text[: fix.start] + fix.replacement + text[fix.end :]


def body(line: str) -> str:
    return (
        "Leaders meet to discuss energy prices\n"
        "European leaders met in Brussels on Thursday to discuss energy prices.\n"
        f"{line}\n"
        "They agreed to meet again next month, officials said."
    )


@pytest.mark.parametrize("rule", RULES)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.code.startswith("MD") and rule.category == "metadata"


# --- MD101 photo-credit-in-body ----------------------------------------------------


@pytest.mark.parametrize(
    "line,credit",
    [
        ("Two leaders in Brussels, March 3, 2024. (POOL / JOHN DOE)", "(POOL / JOHN DOE)"),
        ("The minister arrives at the summit. (AFP)", "(AFP)"),
        ("A worker at the plant in Leipzig. REUTERS/Jane Doe/File Photo", "REUTERS/Jane Doe/File Photo"),
        ("Jane Doe/Getty Images", "Jane Doe/Getty Images"),
        ("Getty Images", "Getty Images"),
        ("The new ferry in port (Photo: Harbour Authority)", "(Photo: Harbour Authority)"),
    ],
)
def test_photo_credits_fire(line, credit):
    hits = run_rule(PhotoCredit, body(line))
    assert [(h[0], h[1]) for h in hits] == [(3, credit)]
    assert f"'{credit}'" in hits[0][2]


def test_credit_only_line_gets_a_delete_fix():
    text = body("Getty Images")
    fix = next(PhotoCredit().check(Article(text))).fix
    assert "Getty" not in apply_fix(text, fix)


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose 4% in May, news agency Reuters reported.",
        "The treatment combines two drugs (TDF/FTC) in one tablet.",
        "A spokesman for Getty Images said the archive would stay open.",
        "The AP reported the figures first.",
        "Inflation (CPI/RPI) rose again in April.",
    ],
)
def test_agency_mentions_in_prose_are_not_credits(line):
    assert run_rule(PhotoCredit, body(line)) == []


# --- MD102 caption-in-body -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Featured image via Flickr",
        "Image copyright Getty Images",
        "Photo credit: Harbour Authority",
        "Enlarge this image toggle caption Jane Doe for Example Radio",
        "FILE PHOTO: A ferry leaves port in Dover, Britain, May 4, 2018.",
        "Photo",
    ],
)
def test_caption_labels_fire(line):
    hits = run_rule(CaptionLabel, body(line))
    assert [h[0] for h in hits] == [3]
    assert line.split()[0] in hits[0][2]


def test_trailing_photo_credit_on_a_caption_line_fires():
    hits = run_rule(CaptionLabel, body("The new ferry leaves Dover on its first crossing. Photo: Jane Doe"))
    assert [(h[0], h[1]) for h in hits] == [(3, "Photo: Jane Doe")]


@pytest.mark.parametrize(
    "line",
    [
        "Picture the scene: the ferry stuck in the harbour for a week.",
        "Images from the summit were shared widely, aides said.",
        "Credit card debt rose again last year.",
    ],
)
def test_prose_starting_with_caption_words_does_not_fire(line):
    assert run_rule(CaptionLabel, body(line)) == []


# --- MD103 scraper-field-in-text ----------------------------------------------------


def test_date_field_glued_to_the_lead_fires_and_is_stripped():
    text = " date 2024-11-06 The minister said the talks had failed.\n\nHe blamed the other side."
    hits = run_rule(ScraperField, text)
    assert [(h[0], h[1]) for h in hits] == [(1, "date 2024-11-06")]
    assert "'date 2024-11-06'" in hits[0][2] and "glued" in hits[0][2]
    fix = next(ScraperField().check(Article(text))).fix
    assert apply_fix(text, fix) == "The minister said the talks had failed.\n\nHe blamed the other side."


@pytest.mark.parametrize(
    "line",
    [
        "Published: 2024-11-06T10:30:00Z The minister said the talks had failed.",
        '"date": "2024-11-06", The minister said the talks had failed.',
        "url: https://example.com/story The minister said the talks had failed.",
    ],
)
def test_other_field_forms_fire(line):
    assert [h[0] for h in run_rule(ScraperField, line)] == [1]


def test_record_label_in_front_of_a_line_fires_without_fix():
    text = "Story\nHeadline: Ten things to know about the budget\nThe budget was published today."
    article = Article(text)
    hits = list(ScraperField().check(article))
    assert len(hits) == 1 and hits[0].fix is None
    assert "'Headline:'" in hits[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Published on 3 May 2005, the report found rising debt.",
        "Updated figures for 2004-05 showed a fall.",
        "The date 2005 was chosen for the launch.",
        "Time is running out, the minister warned.",
    ],
)
def test_sentences_starting_with_field_words_do_not_fire(line):
    assert run_rule(ScraperField, body(line)) == []


# --- MD104 byline-in-body -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "By Jane Doe and John Smith, Example News",
        "Staff Reporter",
        "Posted by jdoe on 19 Sep 2016",
        "Reporting by Jane Doe; Editing by John Smith",
        "Author: Jane Doe",
    ],
)
def test_bylines_fire(line):
    hits = run_rule(BylineInBody, body(line))
    assert [(h[0], h[1]) for h in hits] == [(3, line)]
    assert f"'{line}'" in hits[0][2]


@pytest.mark.parametrize(
    "line",
    [
        "By 2025, a third of homes will still lack broadband, says a study.",
        "By contrast, exports fell.",
        "By Friday the talks had collapsed.",
        "The reporter was not named.",
    ],
)
def test_sentences_starting_with_by_do_not_fire(line):
    assert run_rule(BylineInBody, body(line)) == []


# --- MD105 date-stamp-in-body ------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Tuesday, March 6, 2018", "March 6, 2018 | by Jane Doe", "Jun 14, 2008 — John Smith", "2024-11-06 14:05"]
)
def test_date_lines_fire(line):
    hits = run_rule(DatelineStamp, body(line))
    assert [(h[0], h[1]) for h in hits] == [(3, line)]


@pytest.mark.parametrize("line", ["2000 GMT", "Saturday, 26 February", "On March 6, 2018 the plant closed."])
def test_times_and_dated_sentences_do_not_fire(line):
    assert run_rule(DatelineStamp, body(line)) == []


# --- MD106 caption-shaped-line -------------------------------------------------------------


def test_caption_conventions_are_info():
    hits = run_rule(CaptionShapedLine, body("Jane Doe, left, and John Smith at the opening of the new terminal"))
    assert [h[0] for h in hits] == [3]
    assert CaptionShapedLine.severity.name == "info"


def test_quoted_paragraph_is_not_a_caption():
    assert run_rule(CaptionShapedLine, body('"We looked on as the left wing collapsed," she said.')) == []


# --- the seed shapes -------------------------------------------------------------------------


def test_caption_with_agency_credit_in_a_line_article():
    text = (
        "Two leaders sign a defence pact in the capital\n"
        "Two presidents in the capital, June 19, 2024. (POOL / JOHN DOE)\n"
        "The two countries signed a mutual defence treaty on Wednesday."
    )
    assert [h[0] for h in run_rule(PhotoCredit, text)] == [2]
    assert run_rule(CaptionLabel, text) == []


# --- tuning: credits in brackets, bylines with fields, record fields in a row ----------------


@pytest.mark.parametrize(
    "line,credit",
    [
        ("Crowds gathered outside the town hall on Friday evening. [Photo: Keystone]", "[Photo: Keystone]"),
        ("The ferry was towed back to port overnight. (Picture: EPA)", "(Picture: EPA)"),
        ("Talks resumed in Vienna after a short break. [AFP]", "[AFP]"),
        ("Talks resumed in Vienna after a short break. (Source: Reuters)", "(Source: Reuters)"),
        ("The harbour was closed to shipping for a day. © dpa", "© dpa"),
    ],
)
def test_credits_appended_to_a_paragraph_fire(line, credit):
    hits = run_rule(PhotoCredit, body(line))
    assert [(h[0], h[1]) for h in hits] == [(3, credit)]
    assert f"'{credit}'" in hits[0][2]


@pytest.mark.parametrize(
    "line",
    [
        "Officials said the figures were provisional. (Photo opportunities were limited.)",
        "The mayor spoke briefly. (Pictures of the event will be shown at the museum)",
        "Reporters waited for hours [the minister said later].",
        "The agency (AFP) first reported the arrests on Sunday morning, officials said.",
    ],
)
def test_brackets_in_prose_are_not_credits(line):
    assert run_rule(PhotoCredit, body(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Author: Tomas Berg | 04.11.2019 | 6 min read",
        "By Ana Silva | 12 May 2021 · 3 min read",
        "Written by: Lena Fischer | Updated 14:02",
    ],
)
def test_byline_with_separated_fields_fires(line):
    hits = run_rule(BylineInBody, body(line))
    assert [(h[0], h[1]) for h in hits] == [(3, line)]


def test_byline_rule_leaves_a_sentence_with_a_bar_alone():
    assert run_rule(BylineInBody, body("By most accounts | the vote was close, aides said.")) == []


def test_several_record_fields_glued_to_the_lead_fire_once():
    text = "author Ana Silva published 2019-04-02T07:30:00Z Ministers met in Lisbon on Tuesday.\n\nThey agreed a plan."
    hits = run_rule(ScraperField, text)
    assert [(h[0], h[1]) for h in hits] == [(1, "author Ana Silva published 2019-04-02T07:30:00Z")]
    fix = next(ScraperField().check(Article(text))).fix
    assert apply_fix(text, fix).startswith("Ministers met in Lisbon")


def test_a_tags_line_is_left_to_the_boilerplate_family():
    # BP116 (taxonomy-line) reports "Tags: ..."; one report a line
    assert run_rule(ScraperField, body("Tags: energy, Europe, prices")) == []


def test_metadata_lines_lists_the_reported_lines():
    from newslint.rules.metadata import metadata_lines

    article = Article(body("By Ana Silva | 12 May 2021"))
    assert metadata_lines(article) == {3}


@pytest.mark.parametrize("text", [
    "Leaders meet. (POOL / VLADIMIR SMIRNOV)", "Leaders meet. (AFP)", "Leaders meet. [Reuters/John Doe]",
    "Leaders meet. (Photo: dpa)", "Leaders meet. © dpa", "Leaders meet. (c) Reuters",
    "REUTERS/Jane Doe/File Photo", "Jane Doe/Getty Images", "John Moore / Getty Images",
    "STOCK PHOTO/Science Photo Library", "Ana Silva/ AFP/Pool",
])
def test_photo_credit_matches_hold_the_strings_the_rule_looks_for_first(text):
    found = False
    for pattern, needs in zip(PhotoCredit.PATTERNS, PhotoCredit.NEEDS):
        for match in pattern.finditer(text):
            found = True
            if isinstance(needs, tuple):
                assert any(needle in match.group() for needle in needs), (pattern.pattern, text)
            elif needs is not None:
                assert needs.search(match.group()), (pattern.pattern, text)
    assert found


def assert_same_hits_without_first_looks(monkeypatch, rule_class, texts):
    """The rule's hits on ``texts`` are the same when no pattern waits for its first look (``NEEDS``)."""
    with_looks = [[(h.start, h.end, h.message) for h in rule_class().check(Article(text))] for text in texts]
    monkeypatch.setattr(rule_class, "NEEDS", (None,) * len(rule_class.PATTERNS))
    without = [[(h.start, h.end, h.message) for h in rule_class().check(Article(text))] for text in texts]
    assert with_looks == without
    assert sum(map(bool, with_looks)) > 20


def generated_texts(pieces, separators, seed, count, longest):
    generator = random.Random(seed)
    return ["".join(generator.choice(pieces) + generator.choice(separators) for _ in range(generator.randint(1, longest)))
            for _ in range(count)]


def test_photo_credits_are_found_as_without_the_first_looks(monkeypatch):
    pieces = ["Jane", "Doe", "JOHN", "Moore", "/", " / ", "/ ", "Getty Images", "Getty", "AP", "APPLE", "Reuters",
              "REUTERS", "AFP", "Pool", "Science Photo Library", "Xinhua", "(", ")", "[", "]", "©", "(c)", "Photo:",
              "via", "file", ".", "\n", " ", "-", "dpa", "O'Neil", "São", "x"]
    texts = generated_texts(pieces, ["", " ", "\n"], seed=5, count=400, longest=25)
    assert_same_hits_without_first_looks(monkeypatch, PhotoCredit, texts)


@pytest.mark.parametrize("text", [
    "Staff Reporter", "Jane Doe Senior Writer", "Posted by jdoe on 19 Sep 2016", "Published by admin",
    "Written by Jane Doe", "Author: Jane Doe", "Byline: Jane Doe", "By Jane Doe | 12 May 2021 · 3 min read",
    "Words: Jane Doe • Photos: John Roe",
])
def test_byline_matches_hold_the_strings_the_rule_looks_for_first(text):
    found = False
    for pattern, needs in zip(BylineInBody.PATTERNS, BylineInBody.NEEDS, strict=True):
        for match in pattern.finditer(text):
            found = True
            assert needs is None or any(needle in match.group() for needle in needs), (pattern.pattern, text)
    assert found


def test_bylines_are_found_as_without_the_first_looks(monkeypatch):
    pieces = ["By", "BY", "by", "Jane", "Doe", "Staff", "Reporter", "Writer", "Columnist", "Posted", "Published",
              "Written", "on", "Author", ":", "Byline", "|", "·", "•", "12 May 2021", "Reporting", "\n", " ", ",",
              "and", "x", "Senior"]
    texts = generated_texts(pieces, ["", " ", " ", "\n"], seed=9, count=600, longest=20)
    assert_same_hits_without_first_looks(monkeypatch, BylineInBody, texts)
