"""Tests for the boilerplate family (BP): the furniture pack and the heuristic rules."""
from __future__ import annotations

import time

import pytest

from newslint.engine.article import Article
from newslint.engine.packs import PatternRule
from newslint.engine.registry import rules_from_object
from newslint.engine.rule import validate_rule_class
from newslint.rules import boilerplate
from newslint.rules.boilerplate import (
    PACK_RULES,
    BareLinkLine,
    DanglingLabel,
    FurnitureCluster,
    RecurringLine,
    RecurringSentence,
    TeaserAfterLabel,
)

from .helpers import run_corpus_rule, run_rule

ALL_RULES = rules_from_object(boilerplate)
PACK = {rule.name: rule for rule in PACK_RULES}


def apply_fix(text: str, fix) -> str:
    return text[: fix.start] + fix.replacement + text[fix.end :]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.code.startswith("BP") and rule.category == "boilerplate"


def test_module_lists_pack_and_python_rules():
    codes = [rule.code for rule in ALL_RULES]
    assert len(codes) == len(set(codes))
    assert {"BP101", "BP102", "BP111", "BP201", "BP301"} <= set(codes)
    assert all(rule.__module__ == "newslint.packs.furniture" for rule in PACK_RULES)


# --- every pack entry's own examples -----------------------------------------

PACK_EXAMPLES = [
    (rule, kind, text)
    for rule in PACK_RULES
    for kind in ("bad", "good")
    for text in rule.examples.get(kind, [])
]


def test_every_pack_entry_has_bad_and_good_examples():
    for rule in PACK_RULES:
        assert rule.examples.get("bad") and rule.examples.get("good"), rule.code


@pytest.mark.parametrize(
    "rule,kind,text", PACK_EXAMPLES, ids=[f"{r.code}-{k}-{i}" for i, (r, k, _) in enumerate(PACK_EXAMPLES)]
)
def test_pack_examples(rule, kind, text):
    hits = run_rule(rule, text)
    if kind == "bad":
        assert hits, f"{rule.code} should fire on {text!r}"
        assert all("'" in message for _, _, message in hits)
    else:
        assert not hits, f"{rule.code} should not fire on {text!r}: {hits}"


# --- pack rules in context ----------------------------------------------------

ARTICLE = (
    "Ministers agree new flood defence plan\n"
    "The government has agreed to spend £2bn on flood defences over the next five years.\n"
    "More on the topic\n"
    "How a pop star became a property tycoon\n"
    "Work will start in the spring in towns hit by last winter's storms, officials said.\n"
    "This article was last updated on March 3, 2024 at 9:15 a.m.\n"
    "ePaper\n"
    "READ ALSO: Striking drivers to stage second walkout"
)


def test_pack_finds_labels_stamps_widgets_and_teasers_with_lines():
    found = {}
    for rule in PACK_RULES:
        for line, excerpt, message in run_rule(rule, ARTICLE):
            found[line] = (rule.name, excerpt, message)
    assert found[3][0] == "related-content-label" and "'More on the topic'" in found[3][2]
    assert found[6][0] == "update-stamp" and "last updated on March 3, 2024" in found[6][2]
    assert found[7][0] == "navigation-widget-text" and "'ePaper'" in found[7][2]
    assert found[8][0] == "stray-teaser" and "Striking drivers" in found[8][2]
    assert set(found) == {3, 6, 7, 8}


def test_delete_line_fix_removes_the_stamp_line():
    article = Article(ARTICLE)
    hit = next(PACK["update-stamp"]().check(article))
    fixed = apply_fix(ARTICLE, hit.fix)
    assert "last updated" not in fixed
    assert "officials said.\nePaper" in fixed


def test_inline_prompt_has_no_line_fix():
    text = "Prices rose again in May. Sign up for our weekly money newsletter here."
    article = Article(text)
    hits = list(PACK["newsletter-prompt"]().check(article))
    assert len(hits) == 1 and hits[0].fix is None
    assert text[hits[0].start : hits[0].end].startswith("Sign up")


@pytest.mark.parametrize(
    "text",
    [
        # paraphrases of tricky clean lines met in edited news
        "Related parties must disclose their interest, the regulator said.",
        "Shares in the firm fell 4% after the results were published.",
        "Comments by the minister angered the unions.",
        "Published today in a medical journal, the study found no link.",
        "Copyright holders have welcomed the decision.",
        "Firms that sign up to the scheme will get a tax break.",
        "By 2025, a third of homes will still be without broadband, says a study.",
        "Kraft will cut back on advertising cookies to children.",
        "Subscribers to the service will be able to make free evening calls.",
    ],
)
def test_pack_is_quiet_on_clean_sentences(text):
    for rule in PACK_RULES:
        assert run_rule(rule, text) == [], rule.code


def test_pack_patterns_are_fast_on_adversarial_input():
    nasty = [
        "Read more " * 3000,
        "a" * 30000,
        ("write to " + "x" * 50 + " ") * 400,
        "Updated: " + "1" * 20000,
        "© " + "-" * 20000,
        ("Follow us on " * 2000) + "\n",
        "#" * 20000,
    ]
    for text in nasty:
        article = Article(text)
        started = time.perf_counter()
        for rule in PACK_RULES:
            list(rule().check(article))
        assert time.perf_counter() - started < 2.0


# --- BP201 teaser-after-label ------------------------------------------------


def test_teaser_after_label_fires_on_the_headline_lines():
    hits = run_rule(TeaserAfterLabel, ARTICLE)
    assert [(line, excerpt) for line, excerpt, _ in hits] == [(4, "How a pop star became a property tycoon")]
    assert "'More on the topic'" in hits[0][2]


def test_teaser_after_label_stops_at_prose():
    text = (
        "Council approves budget\n"
        "The council approved its budget on Monday.\n"
        "Related\n"
        "The vote was close, with nine members against the plan and eleven in favour."
    )
    assert run_rule(TeaserAfterLabel, text) == []


def test_teaser_after_label_takes_a_list_of_teasers():
    text = (
        "Council approves budget\n\nThe council approved its budget on Monday.\n\n"
        "Most read\n\nSchool closes after roof collapse\n\nStriker signs new contract\n\n"
        "The budget includes a rise in parking charges, the council said.\n"
    )
    assert [h[1] for h in run_rule(TeaserAfterLabel, text)] == [
        "School closes after roof collapse",
        "Striker signs new contract",
    ]


# --- BP202 furniture-cluster -------------------------------------------------


def test_short_line_between_furniture_lines_fires():
    text = (
        "Hospital opens new wing\n"
        "The new wing will treat 400 patients a year, the trust said.\n"
        "Related Links\n"
        "Acme Health Trust\n"
        "###"
    )
    hits = run_rule(FurnitureCluster, text)
    assert [(h[0], h[1]) for h in hits] == [(4, "Acme Health Trust")]
    assert "'Acme Health Trust'" in hits[0][2]


def test_short_line_next_to_prose_is_not_a_cluster():
    text = (
        "Hospital opens new wing\n"
        "Advertisement\n"
        "Waiting lists\n"
        "The new wing will treat 400 patients a year, the trust said."
    )
    assert run_rule(FurnitureCluster, text) == []


# --- BP203 dangling-label ------------------------------------------------------


def test_label_left_at_the_end_fires():
    text = "Storm closes schools\n\nSchools in the county were closed on Friday.\n\nAuthors:\n"
    hits = run_rule(DanglingLabel, text)
    assert [(h[0], h[1]) for h in hits] == [(5, "Authors:")]
    assert "'Authors:'" in hits[0][2]


def test_label_followed_by_links_only_fires():
    text = "Storm closes schools\n\nSchools were closed on Friday.\n\nOnline:\n\nhttps://example.org/storm\n"
    assert [h[1] for h in run_rule(DanglingLabel, text)] == ["Online:"]


def test_label_introducing_a_quote_is_not_dangling():
    text = "Storm closes schools\n\nThe head teacher said:\n\n\"We had no choice but to close.\"\n"
    assert run_rule(DanglingLabel, text) == []


# --- BP204 bare-link-line ------------------------------------------------------


def test_bare_link_line_fires_and_deletes():
    text = "Firm opens plant\nThe plant will employ 300 people.\nhttps://www.example.com/press\nIt opens in May."
    hits = run_rule(BareLinkLine, text)
    assert [(h[0], h[1]) for h in hits] == [(3, "https://www.example.com/press")]
    fix = next(BareLinkLine().check(Article(text))).fix
    assert apply_fix(text, fix) == "Firm opens plant\nThe plant will employ 300 people.\nIt opens in May."


def test_link_inside_a_sentence_is_not_a_bare_link():
    assert run_rule(BareLinkLine, "Title\nDetails are on www.example.gov.uk, the ministry said.") == []


# --- BP301/BP302 recurring lines -----------------------------------------------


def _corpus(footer: str, count: int) -> dict[str, str]:
    stories = ["rates rise", "storm hits coast", "team wins cup", "school closes", "mayor resigns"]
    return {
        f"{i}.txt": f"Headline {i}\nA story about {stories[i % 5]} number {i}, officials said.\n{footer}"
        for i in range(count)
    }


def test_recurring_furniture_line_fires_in_each_file():
    hits = run_corpus_rule(RecurringLine, _corpus("Ledger Plus members save a fifth", 5))
    assert [(path, line) for path, line, _ in hits] == [(f"{i}.txt", 3) for i in range(5)]
    assert "'Ledger Plus members save a fifth'" in hits[0][2] and "5 different articles" in hits[0][2]


def test_recurring_line_needs_enough_distinct_articles():
    texts = _corpus("Ledger Plus members save a fifth", 3)
    texts["copy.txt"] = texts["0.txt"]  # an exact duplicate article does not count twice
    assert run_corpus_rule(RecurringLine, texts) == []


def test_recurring_sentence_is_the_info_rule():
    bio = "Jane Doe is a regular columnist for the paper's weekend edition."
    assert run_corpus_rule(RecurringLine, _corpus(bio, 5)) == []
    hits = run_corpus_rule(RecurringSentence, _corpus(bio, 5))
    assert len(hits) == 5
    assert RecurringSentence.severity.name == "info"


def test_pattern_rule_base_is_the_engine_one():
    assert all(issubclass(rule, PatternRule) for rule in PACK_RULES)


# --- tuning: furniture families in context -------------------------------------

PACK_BY_CODE = {rule.code: rule for rule in PACK_RULES}


def _in_article(line: str) -> str:
    return (
        "Harbour reopens after storm\n\n"
        "The harbour at Port Ellis reopened on Monday after a week of repairs, the council said.\n\n"
        f"{line}\n\n"
        "Fishing boats were the first to leave, followed by the ferry to the islands.\n"
    )


@pytest.mark.parametrize(
    "code,line",
    [
        ("BP111", "Last edited: 09:15 CET, Monday 2 June"),
        ("BP111", "Updated 7 Oct 2022 | 18:45"),
        ("BP104", "Article continues below this advertisement"),
        ("BP105", "Print | Email | Share | Report a mistake"),
        ("BP105", "Estimated reading time: 7 minutes"),
        ("BP109", "Have your say in the comments below"),
        ("BP118", "Stay informed – install our free news app for alerts on your phone."),
        ("BP119", "Listen to this story · 5 min"),
        ("BP119", "Video playback is not supported on your device"),
        ("BP120", "Photo 2 of 9"),
        ("BP121", "See the moment the crane fell here:"),
    ],
)
def test_widget_families_fire_in_an_article(code, line):
    hits = run_rule(PACK_BY_CODE[code], _in_article(line))
    assert [h[0] for h in hits] == [5], hits
    assert "'" in hits[0][2]


@pytest.mark.parametrize(
    "line",
    [
        "Listen to the full interview on Radio Ellis from 1900 GMT on Sunday.",
        "Revised plans for the sea wall were published on 3 June.",
        "The council said residents would have their say at a public meeting.",
        "Watch this space, the harbour master told reporters.",
        "Sales of the port's new ticket app rose 20% in May.",
        "Three of the 12 berths are still closed.",
        "Print and broadcast journalists were shown the repaired quay.",
    ],
)
def test_prose_about_the_same_things_is_left_alone(line):
    text = _in_article(line)
    for rule in PACK_RULES:
        assert run_rule(rule, text) == [], (rule.code, line)


def test_a_video_label_line_is_reported_once():
    text = _in_article("Watch:")
    codes = [rule.code for rule in PACK_RULES if run_rule(rule, text)]
    assert codes == ["BP121"]


# --- the pack engine's required-string gate ------------------------------------


def test_required_strings_are_read_from_every_token():
    from newslint.engine.alternation import required_strings

    assert required_strings([r"[^\n]{0,200}?\ball rights reserved\b"]) == {"all righ"}
    assert required_strings([r"(?:^|(?<=[.!?]\s))e-?mail:? [\w.+-]++@x"]) == {"e-mail ", "e-mail: ", "email ", "email: "}
    assert required_strings([r"\p{Lu}[^\n]{6,200}?[ \t](?:Read more|Full story)"]) == {"read mor", "full sto"}
    assert required_strings([r"\d{1,2}:\d{2}"]) is None  # ":" is in almost every text
    assert required_strings([r"[^\n]+", "(?i)abc"]) is None  # a token with no literal at all


@pytest.mark.parametrize("rule", [rule for rule in PACK_RULES if rule.required], ids=lambda r: r.code)
def test_every_bad_example_holds_a_required_string(rule):
    for text in rule.examples["bad"]:
        assert any(string in text.lower() for string in rule.required), (rule.code, text)


def test_required_strings_give_up_on_global_flags():
    from newslint.engine.alternation import required_strings

    assert required_strings([r"[^\n]{0,20}(?x) copy right"]) is None  # verbose: it matches "copyright"
    assert required_strings([r"[^\n]{0,20}(?i)copyright notice"]) is None
