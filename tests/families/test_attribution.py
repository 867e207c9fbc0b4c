"""Tests for the attribution family (AT): quotes and claims without a proper source."""
from __future__ import annotations

import pytest

from newslint.engine.rule import Severity, validate_rule_class
from newslint.engine.text import mask_spans, quotation_spans
from newslint.rules.attribution import DetachedQuoteCredit, SecondHandSourcing, UnattributedQuote
from .helpers import run_rule


@pytest.mark.parametrize("rule", [UnattributedQuote, DetachedQuoteCredit, SecondHandSourcing])
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.category == "attribution"


def test_second_hand_sourcing_is_only_information():
    assert SecondHandSourcing.severity == Severity.info


# --- the shared quotation helper ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said: “Go now.” Then he left.', ["“Go now.”"]),
        ('"It is fine," he said. "Yes.', ['"It is fine,"', '"Yes.']),
        ("Don’t ‘panic’ now", ["‘panic’"]),
        ('The 12" screen is big.', []),
        ("„Hallo“ sagte er", ["„Hallo“"]),
        # paragraphs of one quotation run together: an opening mark continues it
        ('Mr Reed said: "We won. "We will win again." Then he left.', ['"We won. "We will win again."']),
        # mixed marks close each other
        ("“Wars are big,\" said Ann. “Yes,’’ said Bo.", ["“Wars are big,\"", "“Yes,’’"]),
        ("‘Recess ‘ appointments", []),
    ],
)
def test_quotation_spans(text, expected):
    assert [s.text for s in quotation_spans(text)] == expected


def test_quotation_spans_offsets_and_mask():
    text = 'He said "go home" twice.'
    spans = quotation_spans(text, 100)
    assert spans[0].start == 108 and spans[0].end == 117
    assert mask_spans(text, spans, 100) == "He said " + " " * 9 + " twice."


# --- AT101 -------------------------------------------------------------------


def test_unattributed_quotation_fires():
    text = """\
Town counts the cost of the flood

The river burst its banks on Monday night, flooding 200 homes.

"We will rebuild every home that was lost, whatever it costs."

Repairs are expected to take two years.
"""
    hits = run_rule(UnattributedQuote, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 5
    assert excerpt.startswith('"We will rebuild')
    assert "We will rebuild every home" in message
    assert "no speaker" in message


@pytest.mark.parametrize(
    "body",
    [
        # a speech verb in the same sentence, the one before or the one after
        '"We will rebuild every home that was lost, whatever it costs," the mayor said.',
        'The mayor was blunt: "We will rebuild every home that was lost, whatever it costs."',
        'The council leader spoke on Tuesday.\n\n"We will rebuild every home that was lost, whatever it costs."',
        '"We will rebuild every home that was lost, whatever it costs."\n\nThat was the promise the mayor made.',
        # the speaker is named next to the quotation, without a verb (feature style)
        'Mrs Hale walked through the mud of her kitchen. "We will rebuild every home that was lost, whatever '
        'it costs."',
        '"We will rebuild every home that was lost, whatever it costs," Mr Champion.',
        # fragments, titles and short phrases are not full-sentence quotations
        'The council called the flood "a disaster of a kind not seen in this town for decades".',
        'Her new book "The River That Came Into Our Homes And Stayed" is out now.',
        'The study is titled "Flood risk in small towns: a survey of two hundred homes."',
        '"Major escalation"',
    ],
)
def test_attributed_or_short_quotations_stay_quiet(body):
    text = f"Town counts the cost\n\nThe river burst its banks on Monday night.\n\n{body}\n\nRepairs will take years.\n"
    assert run_rule(UnattributedQuote, text) == []


def test_a_quotation_continued_over_paragraphs_needs_one_attribution():
    text = """\
Town counts the cost

The mayor spoke at the town hall on Tuesday. "We will rebuild every home that was lost.

"We will not rest until every family is back where it belongs, whatever the cost.

"The town has come through worse, and it will come through this."

Repairs are expected to take two years.
"""
    assert run_rule(UnattributedQuote, text) == []


def test_a_speaker_known_from_elsewhere_in_the_article_counts():
    text = """\
Clinic opens

The clinic opened on Monday, and Okafor, its director, said demand was high.

Okafor is nonetheless worried about staff. "We cannot hire nurses fast enough to keep up with demand."

The clinic serves 40,000 people.
"""
    assert run_rule(UnattributedQuote, text) == []


def test_a_collection_of_quotations_is_left_alone():
    text = """\
The minister in his own words

"I have always said what I think, and I will go on saying it."

"Trust matters more to me than any office I have held in my life."

"Nobody can say I have said one thing in public and done another."

"I will not apologise for being blunt with the people I serve."
"""
    assert run_rule(UnattributedQuote, text) == []


# --- AT102 -------------------------------------------------------------------

PULL_QUOTE = """\
Rutger Vos, the alliance's chief, said the deployment was a dangerous escalation.
“The growing cooperation between the two states is a threat to our security.
“We call on both to stop at once.”
Rutger Vos
Vos added that he would meet the defence ministers next week.
"""


def test_bare_name_after_a_quotation_fires():
    hits = run_rule(DetachedQuoteCredit, PULL_QUOTE)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 4
    assert excerpt == "Rutger Vos"
    assert "'Rutger Vos'" in message


def test_pull_quote_credit_does_not_make_the_quotation_unattributed():
    assert run_rule(UnattributedQuote, PULL_QUOTE) == []


def test_credit_with_dash_and_role_fires():
    text = """\
Ana Ruiz, the mayor, opened the bridge on Friday.

"This bridge joins two halves of a town that has been split for a century."

— Ana Ruiz, Mayor of Riverton

The bridge cost £12m.
"""
    hits = run_rule(DetachedQuoteCredit, text)
    assert [h[0] for h in hits] == [5]


@pytest.mark.parametrize(
    "line",
    [
        "Bridge Opening Ceremony",  # a title-case subhead, not a person
        "About Riverton Council",  # furniture
        "Kim Novak",  # a name the article never mentions
    ],
)
def test_lines_that_are_not_credits_stay_quiet(line):
    text = f"""\
Ana Ruiz, the mayor, opened the bridge on Friday.

"This bridge joins two halves of a town that has been split for a century."

{line}

The bridge cost £12m, and Ruiz said it was worth every penny.
"""
    assert run_rule(DetachedQuoteCredit, text) == []


def test_a_name_line_after_ordinary_prose_stays_quiet():
    text = """\
Ana Ruiz, the mayor, opened the bridge on Friday.
The bridge cost £12m and took three years to build.
Ana Ruiz
She will open a second bridge next year.
"""
    assert run_rule(DetachedQuoteCredit, text) == []


# --- AT103 -------------------------------------------------------------------


def test_outlet_reports_tag_in_the_lead_fires():
    text = """\
The minister said the talks had failed.

He wrote about this in a column for the Daily Courier, Newsfeed.NET reports.

The talks resume in May.
"""
    hits = run_rule(SecondHandSourcing, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 3
    assert excerpt == "Newsfeed.NET reports"
    assert "in the lead" in message and "'Newsfeed.NET'" in message


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        ("The firm is in talks to buy its rival, according to Reuters.", "Reuters"),
        ("The deal is worth $2bn, the Evening Chronicle reported.", "the Evening Chronicle"),
        ("Prices will rise, reports Bloomberg.", "Bloomberg"),
        ("Three people were arrested, according to media reports.", "media reports"),
        ("The plant will close, the newspaper reported, citing two managers.", "the newspaper"),
    ],
)
def test_relayed_reports_fire(sentence, outlet):
    hits = run_rule(SecondHandSourcing, f"Factory news\n\n{sentence}\n")
    assert len(hits) == 1
    assert repr(outlet) in hits[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug halved relapses, according to the New England Journal of Medicine.",
        "Three people were arrested, according to the police.",
        "The minister reported a rise in crime to parliament.",
        '"The Daily Courier reports nothing but lies," the senator said.',
    ],
)
def test_primary_sources_and_quotations_stay_quiet(sentence):
    assert run_rule(SecondHandSourcing, f"Factory news\n\n{sentence}\n") == []


def docstring_example(rule) -> str:
    """The text of a rule's Example section (an inline literal or an indented block)."""
    doc = rule.explanation()
    section = doc.split("Example", 1)[1]
    if section.startswith("::"):
        block = section[2:].split("\n\n", 2)[1]
        return "\n".join(line[4:] for line in block.splitlines()) + "\n"
    return section.split("``")[1]


@pytest.mark.parametrize("rule", [UnattributedQuote, DetachedQuoteCredit, SecondHandSourcing])
def test_docstring_example_fires(rule):
    assert run_rule(rule, docstring_example(rule))


def test_credit_as_the_last_line_of_a_block_fires():
    text = """\
Ana Ruiz, the mayor, opened the bridge on Friday.

"This bridge joins two halves of a town that has been split for a century."
Ana Ruiz

The bridge cost £12m.
"""
    hits = run_rule(DetachedQuoteCredit, text)
    assert [(h[0], h[1]) for h in hits] == [(4, "Ana Ruiz")]
    assert run_rule(UnattributedQuote, text) == []


def test_rules_are_fast_on_adversarial_input():
    import time

    from newslint.engine.article import Article

    nasty = (
        "A" * 20000 + ".com\n\n" + '"' * 5000 + "\n\n" + "“Yes,’’ " * 3000 + "\n\n" + "Abc " * 10000 + "Times\n\n"
        + '"We will rebuild every home that was lost." ' * 1000 + "\n\nMark Rutte\n\n"
        + ", according to the Daily " * 2000 + "\n"
    )
    article = Article(nasty, path="t.txt")
    started = time.perf_counter()
    for rule in (UnattributedQuote, DetachedQuoteCredit, SecondHandSourcing):
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes
