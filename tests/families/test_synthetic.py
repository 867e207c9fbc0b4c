"""Tests for the synthetic family (SY): machine-written filler and unsourced exhortation."""
from __future__ import annotations

import pytest

from newslint.engine.rule import Severity, validate_rule_class
from newslint.rules.synthetic import (
    AssistantResidue,
    GeneratedScaffolding,
    LlmVocabularyDensity,
    StockPhraseDensity,
    UnsourcedExhortation,
)
from .helpers import run_rule


ALL_RULES = [UnsourcedExhortation, StockPhraseDensity, LlmVocabularyDensity, AssistantResidue, GeneratedScaffolding]


@pytest.mark.parametrize("rule", ALL_RULES)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.category == "synthetic"


def test_severities():
    assert UnsourcedExhortation.severity == Severity.warning
    assert StockPhraseDensity.severity == Severity.warning
    assert LlmVocabularyDensity.severity == Severity.info
    assert AssistantResidue.severity == Severity.error
    assert GeneratedScaffolding.severity == Severity.warning


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
    assert len(run_rule(StockPhraseDensity, text)) == 1
    assert run_rule(StockPhraseDensity, text, passage_score=2.5) == []


# --- SY102: one passage of filler in a human story ------------------------------

HOST = """\
Library reopens after flood repairs

The central library reopened on Saturday, eight months after a burst main flooded its basement.
Repairs cost £1.2m, most of it covered by insurance, the county council said.
{passage}
The library will open until 8pm on weekdays from next month.
"""


@pytest.mark.parametrize(
    "passage",
    [
        # the future, the stakes and what is certain
        "As the council looks to the future, only history will judge the cost; one thing remains clear, though.",
        "With so much at stake, the coming months will prove decisive for the service.",
        "Whatever the outcome, the road ahead will test the staff like never before.",
        # hollow significance
        "The reopening marks a significant milestone and stands as a testament to the volunteers.",
        "It serves as a sobering reminder of the challenges that lie ahead for public buildings.",
        "The ripple effects of the closure were felt far and wide, from classrooms to care homes.",
        # the wise hedge
        "While concerns remain, the potential benefits are substantial, and the truth lies somewhere in between.",
        "But what does this mean for readers? The answer, as so often, is far from simple.",
        "As is often the case with public projects, there are no easy answers.",
        # values, triads and the reader addressed
        "By embracing change and fostering a culture of curiosity, the library hopes to unlock its full potential.",
        "At its heart, this is a story about resilience, community and an unwavering commitment to learning.",
        "Whether you're a lifelong member or a first-time visitor, the library has never been more relevant.",
        # the essay's signposts
        "In summary, the project is a pivotal moment for the town.",
        "In today's fast-moving, ever-changing world, libraries play a pivotal role in local life.",
        "The takeaway? Innovation, resilience and collaboration will shape the future of the service.",
    ],
)
def test_one_passage_of_filler_in_a_human_story_fires(passage):
    hits = run_rule(StockPhraseDensity, HOST.format(passage=passage))
    assert len(hits) == 1
    line, _, message = hits[0]
    assert line == 5
    assert "stock phrases" in message


def test_filler_spread_over_bullet_lines_counts_as_one_passage():
    passage = "Main takeaways:\n- The reopening is a defining moment for the town.\n- Stakeholders welcomed the news."
    hits = run_rule(StockPhraseDensity, HOST.format(passage=passage))
    assert [h[0] for h in hits] == [5]


@pytest.mark.parametrize(
    "passage",
    [
        # one stock phrase among facts
        "The building plays a crucial role in the town, lending 200,000 books a year.",
        "It remains to be seen whether the café on the ground floor will reopen.",
        "One thing is certain - the basement will not be used for storage again.",
        # facts that happen to list abstract nouns
        "The chief librarian thanked the staff for their patience, skill and good humour.",
        "Visitors praised the new layout, and loans rose more than ever before in the first week.",
        # a politician's platitudes in quotation marks are attributed
        '"This is a testament to the power of community, and only time will tell how far we go," the '
        "council leader said.",
    ],
)
def test_ordinary_reporting_stays_quiet(passage):
    assert run_rule(StockPhraseDensity, HOST.format(passage=passage)) == []


def test_a_triad_of_abstract_nouns_alone_is_not_enough():
    passage = "The plan calls for courage, patience and compassion from every department."
    assert run_rule(StockPhraseDensity, HOST.format(passage=passage)) == []


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


# --- SY104 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Of course! Here is a shorter version of the report for your readers:",
        "Below is a rewritten version of the article in a more neutral tone.",
        "I have shortened the article and removed the quotes, as requested.",
        "I hope this version works for you.",
        "Would you like me to add a headline and a summary?",
        "Let me know if you'd like any further changes.",
        "As an AI model, I do not have access to live data about the library.",
        "The library's director, [insert name], said the reopening was a relief.",
    ],
)
def test_assistant_residue_fires(sentence):
    hits = run_rule(AssistantResidue, HOST.format(passage=sentence))
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 5
    assert excerpt[:15] in message
    assert "language model" in message


@pytest.mark.parametrize(
    "sentence",
    [
        "Of course, the library will need more staff if it stays open late.",
        "Here is how the council spent the money.",
        '"I hope this helps families who have missed the library," the chief librarian said.',
        "Readers can tell the council what they think on its website.",
        "The library will use an AI system to sort returned books.",
        "Sure enough, the queue stretched round the block by 9am.",
    ],
)
def test_assistant_residue_stays_quiet_on_reporting(sentence):
    assert run_rule(AssistantResidue, HOST.format(passage=sentence)) == []


# --- SY105 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "passage, label",
    [
        ("Key takeaways:", "Key takeaways"),
        ("**TL;DR:** the library is open again.", "TL;DR"),
        ("## Final thoughts", "Final thoughts"),
        ("Frequently Asked Questions", "Frequently Asked Questions"),
        ("In conclusion, the library is back, and busier than before.", "In conclusion"),
        ("To sum up, the repairs were late but under budget.", "To sum up"),
    ],
)
def test_generated_scaffolding_fires(passage, label):
    hits = run_rule(GeneratedScaffolding, HOST.format(passage=passage))
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 5
    assert excerpt == label
    assert repr(label) in message


@pytest.mark.parametrize(
    "passage",
    [
        "Bottom line: the repairs cost more than the insurance paid.",  # press releases use it
        "Key points",  # a study abstract's label
        "Conclusions",
        "The conclusion of the inquiry is expected in May.",
        '"In conclusion, I want to thank every volunteer," the mayor said.',
        "Looking ahead, the library plans a children's festival in June.",
    ],
)
def test_scaffolding_stays_quiet_on_press_release_labels_and_reporting(passage):
    assert run_rule(GeneratedScaffolding, HOST.format(passage=passage)) == []


def docstring_example(rule) -> str:
    """The text of a rule's Example section (an inline literal)."""
    return " ".join(rule.explanation().split("Example", 1)[1].split("``")[1].split())


@pytest.mark.parametrize("rule", ALL_RULES)
def test_docstring_example_fires(rule):
    assert run_rule(rule, docstring_example(rule))


def test_rules_are_fast_on_adversarial_input():
    import time

    from newslint.engine.article import Article

    nasty = (
        "A" * 20000 + "\n" + '"' * 5000 + "\n" + "“”" * 3000 + "\n" + "only through " + "a " * 10000 + "can we\n"
        + "we must stand together in the face of the threat and act swiftly and " * 800 + "\n"
        + "it is important to note " * 2000 + "\n"
        + "courage, " * 3000 + "and hope\n" + "here is a " + "polished, " * 3000 + "version\n"
        + "[insert " + "x" * 20000 + "\n" + "whether supporters hail " + "x " * 5000 + "\n"
    )
    article = Article(nasty, path="t.txt")
    started = time.perf_counter()
    for rule in ALL_RULES:
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes


# --- the prefilters must never change what is found ---------------------------


def _plain_matches(phrases, text):
    return [(m.span(), m.lastgroup) for m in phrases.alternation.pattern.finditer(text)]


def test_phrase_starts_find_what_the_plain_alternation_finds():
    import random

    from newslint.engine.article import Article
    from newslint.engine.prefilter import unquoted_windows
    from newslint.rules.synthetic import ASSISTANT, EXHORTATION_FRAMES, STOCK_PATTERN

    pieces = [
        "it's important to note that", "In conclusion,", "a testament to", "plays a crucial role",
        "only time will tell", "the road ahead", "as the dust settles", "in today's fast-paced world",
        "#Breaking #News", "— and soon", "- and so", "serves as a stark reminder", "Ultimately, the",
        "It’s worth noting,", "leaders are urged to", "we must", "WE MUST", "stand together", "let us",
        "the consequences of inaction", "act swiftly", "Sure! Here is", "I hope this helps", "[insert name]",
        "As an AI language model", "the", "a", "of", "and", "and the", "weather", "Résumé", "naïve", "£20",
        "\u212aey", "ſome", "3we must", "o'the road ahead", "(the road ahead", "\n", "\t", ", ", ". ", "-", "",
        '"', "“", "”", "‘", "’", "e\u0301we must", "don’t", "x-we must",
        "and fans alike", "as well as the public alike", "and Experts", "ALIKE", "alike", "alik", "and local",
        "residents", "families alike,", "\u212alike",
    ]
    generator = random.Random(11)
    for phrases in (STOCK_PATTERN, EXHORTATION_FRAMES, ASSISTANT):
        for _ in range(300):
            separators = [" ", "", "\n", "-", "’"]
            text = "".join(generator.choice(pieces) + generator.choice(separators)
                           for _ in range(generator.randint(1, 30)))
            assert [(m.span(), m.lastgroup) for m in phrases.finditer(text)] == _plain_matches(phrases, text), text
            article = Article(text, path="t.txt")
            masked = article.unquoted_text
            found = [(m.span(), m.lastgroup) for m in phrases.finditer(masked, unquoted_windows(article))]
            assert found == _plain_matches(phrases, masked), text


def test_needed_words_are_plain_lower_case_words_of_single_moves():
    from newslint.rules.synthetic import GROUPED_MOVES, STOCK_NEEDS, STOCK_PHRASES

    assert STOCK_NEEDS  # "alike"
    for name, word in STOCK_NEEDS.items():
        assert word.isascii() and word.isalpha() and word.islower()
        assert name not in GROUPED_MOVES and word in STOCK_PHRASES[name][1]


def test_abstract_triads_are_found_as_by_the_plain_scan():
    import random

    from newslint.rules.synthetic import ABSTRACT_TRIAD, abstract_triads

    pieces = ["courage", "Courage", "HOPE", "trust", "unwavering", "self-respect", "5hope", "naïve", "a", "the",
              "and", "AND", ",", ", ", " ", "\n", "—", "résilience", "\u212aindness", "hopes", "opportunities",
              "well-earned", "x-y", "an", "relentless", "courage, trust and hope", "well-earned trust,"]
    generator = random.Random(5)
    found = 0
    for _ in range(3000):
        text = "".join(generator.choice(pieces) + generator.choice([" ", ", ", "", ",", " and ", ", and "])
                       for _ in range(generator.randint(1, 12)))
        expected = [m.span() for m in ABSTRACT_TRIAD.finditer(text)]
        assert [m.span() for m in abstract_triads(text)] == expected, text
        found += len(expected)
    assert found > 50
    assert [m.span() for m in abstract_triads("Courage, conviction and a relentless resilience")] == [(0, 47)]
    assert list(abstract_triads("Courage of the team, the report says, and more")) == []


def test_scaffold_labels_are_found_as_by_the_plain_scan():
    import random

    from newslint.rules.synthetic import SCAFFOLD_LABEL, scaffold_labels

    pieces = ["Key takeaways:", "KEY TAKEAWAY", "the takeaway", "TL;DR", "tl; dr:", "tldr", "FAQ", "FAQs",
              "Frequently asked questions", "Final thoughts", "In conclusion:", "## Conclusion", "**Summary**",
              "# The bottom line", "### Introduction:", "summing up", "wrapping up", "- ", "> ", "• ", "#", "**",
              "*", "_", " ", "\t", ":", "the vote was close", "inconclusive", "summary of", "\u212aey takeaways",
              "ſummary", "\r"]
    generator = random.Random(8)
    found_some = 0
    for _ in range(2000):
        text = "".join(generator.choice(pieces) + generator.choice(["", " ", "\n", "\n\n"])
                       for _ in range(generator.randint(1, 12)))
        found = [(m.span(), m.span("label")) for m in scaffold_labels(text)]
        assert found == [(m.span(), m.span("label")) for m in SCAFFOLD_LABEL.finditer(text)], repr(text)
        found_some += bool(found)
    assert found_some >= 200
