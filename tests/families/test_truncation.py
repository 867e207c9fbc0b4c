"""Tests for the truncation family (TR)."""
from __future__ import annotations

import pytest

from newslint.engine.article import Article
from newslint.engine.rule import validate_rule_class
from newslint.rules.truncation import (
    HardWrappedSentence,
    ParagraphEndsMidSentence,
    ParagraphEndsMidWord,
    ParagraphLacksFinalStop,
    ParagraphStartsMidSentence,
    ParagraphStartsMidWord,
)

from .helpers import run_rule

RULES = [
    ParagraphStartsMidWord,
    ParagraphStartsMidSentence,
    HardWrappedSentence,
    ParagraphEndsMidSentence,
    ParagraphEndsMidWord,
    ParagraphLacksFinalStop,
]


@pytest.mark.parametrize("rule", RULES)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.code.startswith("TR") and rule.category == "truncation"


def apply_fix(text: str, fix) -> str:
    return text[: fix.start] + fix.replacement + text[fix.end :]


# --- TR101 paragraph-starts-mid-word ----------------------------------------

# Short one-paragraph-a-line texts are written without a final newline: the
# article model counts a trailing newline as a blank line (see the report).
SPLICED = (
    "The government said the budget would be published next week.\n"
    "Opposition parties accused ministers of hiding the true cost of the plan.\n"
    "Ment and opposition leaders are expected to meet again on Friday."
)


def test_paragraph_starting_with_the_tail_of_a_word_fires():
    hits = run_rule(ParagraphStartsMidWord, SPLICED)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert (line, excerpt) == (3, "Ment")
    assert "'Ment'" in message and "'government'" in message


def test_unknown_fragment_in_a_blank_line_article_fires():
    text = "The transatlantic alliance met in Brussels.\n\nNtic allies agreed to spend more on defence.\n"
    assert [h[1] for h in run_rule(ParagraphStartsMidWord, text)] == ["Ntic"]


def test_non_word_that_ends_a_common_word_fires_without_the_article_using_it():
    text = "Budget plans\n\nThe treasury published its figures.\n\nImates suggest the deficit will grow next year.\n"
    hits = run_rule(ParagraphStartsMidWord, text)
    assert len(hits) == 1 and hits[0][1] == "Imates"
    assert "the tail of 'estimates'" in hits[0][2]


def test_min_tail_length_option():
    assert run_rule(ParagraphStartsMidWord, SPLICED, min_tail_length=5) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Pernod's last deal was in 2001.",  # an unknown name, not the end of a word
        "He said the array of new sensors would arrive in March.",  # a common word
        "The array of new sensors will arrive in March.",
        "Ray said the array of sensors would arrive in March.",  # a name, followed by a verb
        "Lauding the array of sensors, the minister thanked engineers.",  # a long real word
        "Ian Brown, who runs the Russian desk, said the array was late.",  # followed by a name
        "ICT and array suppliers were told to wait.",  # an acronym
    ],
)
def test_ordinary_openings_do_not_fire(opening):
    text = f"Engineers applauded the new array in Russian and Ukrainian labs.\n{opening}"
    assert Article(text).paragraph_style == "line"
    assert run_rule(ParagraphStartsMidWord, text) == []


def test_a_word_the_article_uses_elsewhere_is_not_a_fragment():
    text = "The nervous tic returned.\nTic and twitch are common, the neurologist said.\nIt is not dramatic."
    assert run_rule(ParagraphStartsMidWord, text) == []


# --- TR102 paragraph-starts-mid-sentence ------------------------------------


def test_lower_case_question_after_a_speaker_label_fires():
    text = (
        "**Host:** Welcome to the programme.\n"
        "**Guest:** Thank you.\n"
        "**Host:** which of these plans will you back?"
    )
    hits = run_rule(ParagraphStartsMidSentence, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 3 and excerpt.startswith("which of these plans")
    assert "'which of these plans will you back?'" in message


def test_paragraph_split_mid_sentence_in_a_blank_line_article_fires():
    text = (
        "Library to close\n\n"
        "The council said on Monday that the branch library would\n\n"
        "be closing its doors at the end of the month.\n"
    )
    hits = run_rule(ParagraphStartsMidSentence, text)
    assert [(h[0], h[1][:10]) for h in hits] == [(5, "be closing")]
    assert "continues the previous paragraph" in hits[0][2]


def test_paragraph_starting_with_stray_punctuation_fires():
    # a linked name was stripped out of the text, leaving its comma
    text = "Race report\n\nThe women's 60m went to form.\n\n, who set a season's best, won the 400m.\n"
    hits = run_rule(ParagraphStartsMidSentence, text)
    assert len(hits) == 1 and hits[0][0] == 5
    assert "starts with punctuation" in hits[0][2]


@pytest.mark.parametrize(
    "paragraph",
    [
        "iPhone sales rose by a fifth in the last quarter.",
        "eBay said the auction had been withdrawn.",
        "(results in brackets)",
        "...and then the lights went out, she recalled.",
        "- the bridge will close at night",
        "de Gaulle's memoirs were reprinted in 1990.",
        "by Jane Doe, Health Correspondent",
        "toggle caption Jane Doe for the Daily Planet",
        "www.example.org has the full timetable.",
        "comments",
        "3,000 people attended the rally.",
    ],
)
def test_legitimate_lower_case_openings_do_not_fire(paragraph):
    text = f"Council news\n\nThe council met on Monday.\n\n{paragraph}\n\nThe meeting ended at noon.\n"
    assert run_rule(ParagraphStartsMidSentence, text) == []


def test_items_after_an_introduction_do_not_fire():
    text = "Plans\n\nThe measures include:\n\nlonger opening hours\n\nfree parking on Sundays\n"
    assert run_rule(ParagraphStartsMidSentence, text) == []


def test_verse_lines_do_not_fire():
    text = "Hymn\n\nThe bells ring out at dawn,\n\nand all the town awakes,\n\nto greet the morning light.\n"
    assert run_rule(ParagraphStartsMidSentence, text) == []


def test_hard_wrap_continuations_are_left_to_tr103():
    text = "The minister said the plan,\nwhich was agreed last week,\nwould be published soon."
    assert run_rule(ParagraphStartsMidSentence, text) == []


# --- TR103 hard-wrapped-sentence ---------------------------------------------

WRAPPED = """\
Ministers met in Brussels on Tuesday to discuss the budget.
The talks covered several topics, the spokesman said, including
defence spending, farm subsidies and the cost of
the new border agency.
Officials expect a deal by the end of the month.
A second meeting, according to the spokesman,
"a final round of talks"
is planned for Friday.
"""


def test_wrapped_sentences_fire_once_each_with_a_joining_fix():
    hits = run_rule(HardWrappedSentence, WRAPPED)
    assert [(h[0], h[2].split(":")[0]) for h in hits] == [
        (2, "sentence hard-wrapped over lines 2-4"),
        (6, "sentence hard-wrapped over lines 6-8"),
    ]
    assert hits[0][1].startswith("The talks covered several topics")
    assert "'The talks covered several topics" in hits[0][2]

    article = Article(WRAPPED, path="t.txt")
    fixes = [hit.fix for hit in HardWrappedSentence().check(article)]
    fixed = article.text
    for fix in sorted(fixes, key=lambda f: f.start, reverse=True):
        fixed = apply_fix(fixed, fix)
    assert fixed.splitlines()[1] == (
        "The talks covered several topics, the spokesman said, including defence spending, "
        "farm subsidies and the cost of the new border agency."
    )
    assert fixed.splitlines()[3] == (
        'A second meeting, according to the spokesman, "a final round of talks" is planned for Friday.'
    )
    assert len(fixed.splitlines()) == 4


def test_soft_wraps_in_a_blank_line_article_do_not_fire():
    text = (
        "Budget talks\n\n"
        "The talks covered several topics, the spokesman said, including\n"
        "defence spending and farm subsidies.\n\n"
        "Officials expect a deal by the end of\n"
        "the month.\n"
    )
    assert run_rule(HardWrappedSentence, text) == []


def test_quotation_lines_list_items_and_bylines_are_not_wraps():
    text = (
        "Mayor speaks\n"
        "She told the crowd on Saturday,\n"
        "\u201cWe will rebuild the bridge.\u201d\n"
        "The plan has three aims: to cut delays;\n"
        "to lower costs; and\n"
        "(ii) to open a second lane.\n"
        "Posted on 3 May\n"
        "by Jane Doe\n"
        "toggle caption City Hall"
    )
    assert Article(text).paragraph_style == "line"
    assert run_rule(HardWrappedSentence, text) == []


def test_headings_and_cut_lines_are_not_wraps():
    text = (
        "Ministers agree budget\n"
        "The deal was agreed on Tuesday.\n"
        "Dear Sir,\n"
        "I am writing about the budget.\n"
        "Sales were suspended in 2003,\n"
        "The company later paid a fine.\n"
    )
    assert run_rule(HardWrappedSentence, text) == []


# --- TR104 paragraph-ends-mid-sentence ---------------------------------------


def test_paragraph_ending_on_a_function_word_fires():
    text = (
        "Flood warning\n\n"
        "The river rose by two metres overnight and officials warned residents of the\n\n"
        "Rescue teams were sent to the area.\n"
    )
    hits = run_rule(ParagraphEndsMidSentence, text)
    assert len(hits) == 1 and hits[0][0] == 3
    assert "ends mid-sentence on" in hits[0][2] and "residents of the" in hits[0][2]


def test_article_ending_on_a_comma_fires():
    text = "Fight at concert\n\nThe singer was hurt as he was being led away by security staff,\n"
    hits = run_rule(ParagraphEndsMidSentence, text)
    assert len(hits) == 1 and "security staff," in hits[0][2]


@pytest.mark.parametrize(
    "paragraph, following",
    [
        ("The minister spoke to reporters outside the court and said,", '"We will appeal."'),
        ("Patients were offered a dose of the drug once a week; and", "Doctors monitored them."),
        ("Directed by Jane Doe and produced by the studio team FILM EDITING BY", "John Roe"),
        ("Markets rally again", "Shares rose on Monday."),
    ],
)
def test_introductions_lists_and_labels_do_not_fire(paragraph, following):
    text = f"Headline here\n\nThe first paragraph ends properly.\n\n{paragraph}\n\n{following}\n"
    assert run_rule(ParagraphEndsMidSentence, text) == []


def test_numbers_at_the_end_are_not_function_words():
    text = "Growth figures\n\nIn 2003 the economy of the northern region expanded again, but only by a modest 1.3%\n"
    assert run_rule(ParagraphEndsMidSentence, text) == []
    assert len(run_rule(ParagraphLacksFinalStop, text)) == 1


# --- TR105 paragraph-lacks-final-stop -----------------------------------------


def test_long_paragraph_without_a_stop_is_reported_as_info():
    assert ParagraphLacksFinalStop.severity.name == "info"
    text = (
        "Council vote\n\n"
        "Councillors met on Tuesday.\n\n"
        "The council voted to keep the library open until next spring despite the cuts\n\n"
        "The decision was welcomed.\n"
    )
    hits = run_rule(ParagraphLacksFinalStop, text)
    assert len(hits) == 1 and hits[0][0] == 5
    assert "'open until next spring despite the cuts'" in hits[0][2]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Short subhead without a stop",
        "The company confirmed the figures to the news agency on Monday evening (Reuters)",
        "Full details of the scheme and its timetable are published at https://example.org/plan",
        "**Interview with the mayor on the new bridge and its costs for the city**",
    ],
)
def test_headings_credits_and_links_do_not_fire(paragraph):
    text = f"Headline\n\nThe first paragraph ends properly.\n\n{paragraph}\n\nThe end.\n"
    assert run_rule(ParagraphLacksFinalStop, text) == []


def test_standfirst_under_the_headline_does_not_fire():
    text = (
        "Spam screensaver launched\n\n"
        "Net users are getting a new way to fight back against the websites that send spam\n\n"
        "The screensaver was released on Tuesday.\n"
    )
    assert run_rule(ParagraphLacksFinalStop, text) == []


# --- tuning: paragraphs cut at the end, leads wrapped before a name -------------

CUT = (
    "Dairy farmers protest\n\n"
    "Dairy farmers blocked roads around the depot on Tuesday, saying milk prices no longer cover their costs.\n\n"
    "{paragraph}\n\n"
    "The processor said it would meet farmers' leaders next week.\n"
)


@pytest.mark.parametrize(
    "paragraph,stump",
    [
        ("The union said its members had lost money on every litre for a year, and that costs such as feed and fert", "fert"),
        ("Prices paid at the farm gate have fallen by a fifth since spring, the union said, hitting small produ", "produ"),
        ("Farmers in the north said they could no longer pay for diesel, feed or vet bills, and some had sold their catt", "catt"),
        ("Leaders want a review of the contracts that tie farmers to a single buyer and of the way prices are calcu", "calcu"),
    ],
)
def test_paragraph_cut_inside_a_word_is_a_warning(paragraph, stump):
    hits = run_rule(ParagraphEndsMidWord, CUT.format(paragraph=paragraph))
    assert [(h[0], h[1]) for h in hits] == [(5, stump)]
    assert f"'{stump}'" in hits[0][2] and ParagraphEndsMidWord.severity.name == "warning"
    # the weaker rule stays quiet where the stronger one speaks
    assert run_rule(ParagraphLacksFinalStop, CUT.format(paragraph=paragraph)) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The union said its members had lost money on every litre for a year and had nothing left to give",
        "Farmers in the valley said they would keep up the blockade until the processor met them, lol",
        "The protest was organised on the messaging app by members of the local branch of the iPhone",
        "Asked whether the blockade would go on, the union's regional chairman simply said: we shall see",
    ],
)
def test_real_words_at_the_end_are_not_stumps(paragraph):
    assert run_rule(ParagraphEndsMidWord, CUT.format(paragraph=paragraph)) == []


@pytest.mark.parametrize(
    "paragraph,ending",
    [
        ("Farmers said the processor had cut the price it pays twice this year and now pays less for every", "every"),
        ("The union's chairman said members had voted for the action at meetings in several", "several"),
        ("We were promised a fair deal in the spring, and we kept our side of it, but they broke those two", "those two"),
        ('The chairman said: "We have been patient for months, and we have had nothing back from the', "from the"),
        ('"Nobody in this valley wants to block roads, but nobody can go on selling milk at a loss, and we', "and we"),
    ],
)
def test_paragraph_ending_before_its_noun_or_inside_a_quotation_fires(paragraph, ending):
    hits = run_rule(ParagraphEndsMidSentence, CUT.format(paragraph=paragraph))
    assert len(hits) == 1 and hits[0][0] == 5
    assert ending in hits[0][2]


def test_open_quotation_alone_is_evidence():
    paragraph = '"We have waited long enough for the processor to listen to us," the chairman said, "and now we act'
    hits = run_rule(ParagraphEndsMidSentence, CUT.format(paragraph=paragraph))
    assert len(hits) == 1


def test_closed_quotation_without_a_stop_stays_info():
    paragraph = 'The chairman called the offer "an insult to every family that still milks cows in the valley"'
    text = CUT.format(paragraph=paragraph)
    assert run_rule(ParagraphEndsMidSentence, text) == []
    assert len(run_rule(ParagraphLacksFinalStop, text)) == 1


WRAPPED_LEAD = (
    "Port strike talks fail\n"
    "Dockers at the eastern terminals of the Port of Ellis\n"
    "Authority voted to extend their strike by a week.\n"
    "The union said talks with the operator had broken down over pay. A ballot on further action is planned.\n"
    "The operator said it was disappointed."
)


def test_lead_wrapped_before_a_name_is_reported():
    hits = run_rule(HardWrappedSentence, WRAPPED_LEAD)
    assert [h[0] for h in hits] == [2]
    assert "lines 2-3" in hits[0][2]


def test_lead_wrapped_before_a_name_gets_the_join_fix():
    article = Article(WRAPPED_LEAD)
    (hit,) = list(HardWrappedSentence().check(article))
    assert "Port of Ellis Authority voted" in apply_fix(WRAPPED_LEAD, hit.fix)


@pytest.mark.parametrize(
    "subhead,following",
    [
        # a title-case subhead before a one-sentence paragraph
        ("Strong Words From The Union Leader", "Union leader Mary Quinn said the offer was an insult."),
        # a sentence-case subhead before a paragraph of several sentences
        ("Dockers say the talks have failed again", "Union leader Mary Quinn said the offer was an insult. She called for calm."),
        # a subhead before a sentence that opens like one
        ("Dockers say the talks have failed again", "The union said the offer was an insult."),
    ],
)
def test_subheads_before_a_capital_are_not_wraps(subhead, following):
    text = (
        "Port strike talks fail\n"
        "Dockers at the eastern terminals voted to extend their strike by a week.\n"
        f"{subhead}\n{following}\n"
        "The operator said it was disappointed."
    )
    assert run_rule(HardWrappedSentence, text) == []


def test_headline_never_runs_on_into_the_lead():
    text = (
        "Dockers at the eastern terminals extend strike\n"
        "Union members voted for another week out.\n"
        "The operator said it was disappointed by the result of the ballot."
    )
    assert run_rule(HardWrappedSentence, text) == []


def test_labelled_field_lines_are_not_lower_case_paragraphs():
    text = "Budget row\n\nThe chancellor defended the budget.\n\nTags: economy, budget, taxes\n"
    assert run_rule(ParagraphStartsMidSentence, text) == []
    glued = "author Ana Silva published 2019-04-02T07:30:00Z ministers met in Lisbon.\n\nThey agreed a plan."
    assert run_rule(ParagraphStartsMidSentence, glued) == []


# --- TR107 text-ends-in-cut-ellipsis -------------------------------------------

from newslint.rules.truncation import TextEndsInCutEllipsis


def test_cut_ellipsis_stump_at_end_fires():
    hits = run_rule(TextEndsInCutEllipsis, "Ferry delays\n\nPassengers waited on the quay until the late afte…\n")
    assert [(line, text) for line, text, _ in hits] == [(3, "afte…")]
    assert "'afte'" in hits[0][2]


def test_feed_excerpt_marker_fires():
    hits = run_rule(TextEndsInCutEllipsis, "Budget row\n\nCouncillors argued for three hours over the library budget [&hellip;] [...]\n")
    assert [line for line, _, _ in hits] == [3]


def test_ellipsis_after_whole_word_or_mid_text_is_quiet():
    assert run_rule(TextEndsInCutEllipsis, "Quiz night\n\nAnd the winner is...\n") == []
    assert run_rule(TextEndsInCutEllipsis, "Quiz night\n\nThey waited and waited…\n\nThen the result came.\n") == []
    assert run_rule(TextEndsInCutEllipsis, "Quiz night\n\nShe hesitated: a...\n") == []


def test_paragraph_word_counts_as_counted_on_the_body():
    """_unfinished_paragraphs counts an unlabelled paragraph's words from the article's word list."""
    import random

    from newslint.engine import text as textutil

    rng = random.Random(9)
    pieces = ["word", "Über", "naïve", "co-op", "it's", "l’été", "3.5", "x1", "—", "“quoted”", "\u00a0", "\x1c",
              "\u2028", "\u3000", "\t", " ", "\n", "\n\n", "Q:", "Host:", "e\u0301", "٣", "日本"]
    for _ in range(500):
        article = Article("".join(rng.choice(pieces) + rng.choice([" ", "", "\n"]) for _ in range(rng.randint(1, 60))))
        for paragraph in article.paragraphs:
            assert len(paragraph.words) == len(textutil.words(paragraph.text.rstrip()))
