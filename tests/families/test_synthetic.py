"""Tests for the synthetic family (SY): machine-written filler and unsourced exhortation."""
from __future__ import annotations

import pytest

from newslint.engine.rule import Severity, validate_rule_class
from newslint.rules.synthetic import LlmVocabularyDensity, StockPhraseDensity, UnsourcedExhortation
from .helpers import run_rule


@pytest.mark.parametrize("rule", [UnsourcedExhortation, StockPhraseDensity, LlmVocabularyDensity])
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.category == "synthetic"


def test_severities():
    assert UnsourcedExhortation.severity == Severity.warning
    assert StockPhraseDensity.severity == Severity.warning
    assert LlmVocabularyDensity.severity == Severity.info


# --- SY101 -------------------------------------------------------------------

STORY = """\
Ministers meet over flood defences

Ministers from six countries met in Vienna on Tuesday to discuss flood defences along the river.
The talks ended without a deal on funding, officials said.
{sentence}
A further meeting is planned for March.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The consequences of inaction could be dire, and governments are urged to act swiftly and decisively.",
        "This is a time for solidarity, and the region's leaders are called upon to stand together in the face "
        "of this threat.",
        "Now more than ever, the international community must stand united against the rising waters.",
        "It is imperative that the six countries act swiftly and decisively before the next winter.",
        "Only through collective action and unwavering resolve can the region protect its towns.",
    ],
)
def test_unsourced_exhortation_fires_on_the_sentence(sentence):
    hits = run_rule(UnsourcedExhortation, STORY.format(sentence=sentence))
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 5
    assert excerpt == sentence
    assert sentence[:30] in message
    assert "unsourced exhortation" in message


def test_exhortation_at_the_end_of_a_quoted_paragraph_fires_only_on_the_unquoted_sentence():
    paragraph = (
        'The envoy said the floods were "a test for the whole region." She added: "We call on every '
        'government to share its river data." This is a time for unity and collective action, and '
        "neighbours are called upon to stand together in the face of this danger."
    )
    hits = run_rule(UnsourcedExhortation, STORY.format(sentence=paragraph))
    assert len(hits) == 1
    assert hits[0][1].startswith("This is a time for unity")


@pytest.mark.parametrize(
    "sentence",
    [
        # a politician may exhort: inside quotation marks it is attributed
        '"We must stand together in the face of this threat, and we must act swiftly," the chancellor said.',
        # a speech verb names the source
        "The chancellor said it was a time for unity and that allies must stand together against the threat.",
        "Environmental groups urged governments to act swiftly and decisively.",
        # a passive call whose agent is named
        "Leaders were urged by the UN to act swiftly and decisively on the crisis.",
        # one frame alone is not enough
        "Residents are being urged to stay indoors until the water recedes.",
        "Drivers are being urged to avoid the area, police said.",
        # describing cooperation is not exhorting
        "The two firms will work together on a new pump design, a deal worth millions.",
        "Fans are encouraged to arrive early, and the club will work with police.",
    ],
)
def test_unsourced_exhortation_stays_quiet_on_reporting(sentence):
    assert run_rule(UnsourcedExhortation, STORY.format(sentence=sentence)) == []


def test_quote_running_over_several_paragraphs_counts_as_quoted():
    text = """\
Coach hails comeback

The coach was delighted after the match. "We never gave up and that is what this club is about.

"This is a time for unity, and the fans are called upon to stand together in the face of this challenge."

The club plays again on Saturday.
"""
    assert run_rule(UnsourcedExhortation, text) == []


def test_headline_in_the_passive_is_left_alone():
    text = """\
Leaders urged to act swiftly and decisively on climate

The summit opens on Monday in Paris, where 40 countries will discuss emissions.
"""
    assert run_rule(UnsourcedExhortation, text) == []


def test_speaker_labelled_turns_are_left_to_the_interview_rules():
    text = """\
Interviewer: What should the alliance do now?
Minister: This is a time for unity, and all members are urged to stand together in the face of this threat.
"""
    assert run_rule(UnsourcedExhortation, text) == []


def test_column_addressing_the_reader_stays_quiet():
    text = """\
How to survive the January sales

If you are heading to the shops, you need to read the small print on every deal.
Let's hope the queues are shorter than last year, and remember that retailers will work hard to sell.
You should keep your receipts, because returns can be tricky.
"""
    assert run_rule(UnsourcedExhortation, text) == []


# --- SY102 -------------------------------------------------------------------

FILLER = """\
Ports brace for new tariffs

Shipping firms expect new tariffs to take effect next month, the trade ministry said on Monday.
It's important to note that the figures are difficult to verify at this stage.
Ports play a crucial role in the regional economy, and their resilience is a testament to years of investment.
As the sector navigates the complexities of the new rules, only time will tell whether exports recover.
Officials will publish the full list of goods on Friday.
"""


def test_stock_filler_density_fires_on_a_dense_passage():
    hits = run_rule(StockPhraseDensity, FILLER)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 4
    assert excerpt.startswith("It's important to note")
    assert excerpt.endswith("only time will tell")
    assert "It's important to note" in message and "play a crucial role" in message
    assert "stock phrases" in message


def test_one_stock_phrase_is_never_enough():
    text = """\
Ports brace for new tariffs

Shipping firms expect new tariffs to take effect next month, the trade ministry said on Monday.
The port plays a crucial role in the regional economy, employing 4,000 people.
Officials will publish the full list of goods on Friday.
"""
    assert run_rule(StockPhraseDensity, text) == []


def test_stock_phrases_inside_quotations_do_not_count():
    text = """\
Ports brace for new tariffs

"It's important to note that the port plays a crucial role, and it is a testament to our workers," the
harbour master said. "Only time will tell whether we can navigate the complexities of the new rules."
"""
    assert run_rule(StockPhraseDensity, text) == []


def test_phrases_far_apart_in_a_long_article_stay_quiet():
    padding = "Trade volumes rose in the first quarter and fell in the second, the figures showed. " * 40
    text = (
        "Ports brace for new tariffs\n\n"
        "It's important to note that the tariffs apply to steel.\n\n"
        + padding
        + "\n\nThe port plays a crucial role in the region.\n\n"
        + padding
        + "\n\nOnly time will tell how exporters respond.\n"
    )
    assert run_rule(StockPhraseDensity, text) == []


def test_stock_filler_thresholds_are_options():
    text = """\
Ports brace for new tariffs

Shipping firms expect new tariffs to take effect next month, the trade ministry said on Monday.
It's important to note that the figures are difficult to verify, and only time will tell.
"""
    assert run_rule(StockPhraseDensity, text) == []
    assert len(run_rule(StockPhraseDensity, text, min_score=2.0)) == 1


# --- SY103 -------------------------------------------------------------------


def test_llm_vocabulary_density_fires_on_a_dense_text():
    text = (
        "Regional security review\n\n"
        "The report delves into the intricate and multifaceted landscape of regional security. "
        "It underscores the unwavering commitment of the allies and their steadfast support, "
        "fostering a meticulous approach to planning. " * 2
    )
    hits = run_rule(LlmVocabularyDensity, text)
    assert len(hits) == 1
    line, _, message = hits[0]
    assert line == 3
    assert "'delves'" in message or "'intricate'" in message
    assert "per thousand words" in message


def test_names_that_look_like_model_words_do_not_count():
    text = (
        "Studio deal\n\n"
        "Paramount and Fosters signed the deal, and Paramount said Fosters would sell the films. "
        "The boss, Mr Foster, said the Paramount deal was crucial. " * 3
    )
    assert run_rule(LlmVocabularyDensity, text) == []


def test_ordinary_news_vocabulary_stays_quiet():
    text = (
        "Budget vote\n\n"
        "The vote on the budget is crucial for the government, which needs to enhance its revenue. "
        "Officials said a comprehensive plan would follow in the spring. " * 3
    )
    assert run_rule(LlmVocabularyDensity, text) == []


def docstring_example(rule) -> str:
    """The text of a rule's Example section (an inline literal)."""
    return " ".join(rule.explanation().split("Example", 1)[1].split("``")[1].split())


@pytest.mark.parametrize("rule", [UnsourcedExhortation, StockPhraseDensity, LlmVocabularyDensity])
def test_docstring_example_fires(rule):
    assert run_rule(rule, docstring_example(rule))


def test_rules_are_fast_on_adversarial_input():
    import time

    from newslint.engine.article import Article

    nasty = (
        "A" * 20000 + "\n" + '"' * 5000 + "\n" + "“”" * 3000 + "\n" + "only through " + "a " * 10000 + "can we\n"
        + "we must stand together in the face of the threat and act swiftly and " * 800 + "\n"
        + "it is important to note " * 2000 + "\n"
    )
    article = Article(nasty, path="t.txt")
    started = time.perf_counter()
    for rule in (UnsourcedExhortation, StockPhraseDensity, LlmVocabularyDensity):
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes
