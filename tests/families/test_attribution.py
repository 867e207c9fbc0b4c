"""Tests for the attribution family (AT): quotes and claims without a proper source."""
from __future__ import annotations

import pytest

from newslint.engine.rule import Severity, validate_rule_class
from newslint.engine.text import mask_spans, quotation_spans
from newslint.rules.attribution import (
    AgentlessClaim,
    AnonymousQuoteSource,
    DetachedQuoteCredit,
    SecondHandSourcing,
    UnattributedQuote,
    VagueAttribution,
)
from .helpers import run_rule


ALL_RULES = [UnattributedQuote, DetachedQuoteCredit, SecondHandSourcing, AnonymousQuoteSource, AgentlessClaim,
             VagueAttribution]


@pytest.mark.parametrize("rule", ALL_RULES)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.category == "attribution"


def test_second_hand_sourcing_is_only_information():
    assert SecondHandSourcing.severity == Severity.info
    assert VagueAttribution.severity == Severity.info
    assert AnonymousQuoteSource.severity == Severity.warning
    assert AgentlessClaim.severity == Severity.warning


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


# a quotation paragraph of its own needs a speech verb right next to it: any
# story's paragraphs hold names and pronouns, so those are not enough

STANDALONE = """\
Dairy plant to shut

The dairy's owners confirmed on Monday that the plant would close in March.

{before}

"We have given this place thirty years of our lives and this is how we are treated."

{after}

Production will move to a larger site in Wales.
"""


@pytest.mark.parametrize(
    "before, after",
    [
        ("Milk prices have fallen by a fifth since he took over the firm in 2019.",
         "The site employs 140 people and has been losing money for three years."),
        ("Mr Dale, the plant manager, has worked there since 1994. The site opened in 1962.",
         "Most of the milk comes from farms within 20 miles."),
        ("Lorries were queuing at the gate on Monday morning.", "It was not clear how many jobs would move."),
    ],
)
def test_a_quotation_paragraph_with_no_speech_verb_next_to_it_fires(before, after):
    hits = run_rule(UnattributedQuote, STANDALONE.format(before=before, after=after))
    assert [h[0] for h in hits] == [7]
    assert "thirty years of our lives" in hits[0][2]


@pytest.mark.parametrize(
    "before, after",
    [
        # a lead-in ending in a colon, or a speech verb in the sentence before or after
        ("The union's regional officer, Sue Pike, was blunt:", "The plant opened in 1962."),
        ("Workers were angry, Mr Dale said.", "The plant opened in 1962."),
        ("Mr Dale insists the decision was made in London. He claims the site was profitable.",
         "The plant opened in 1962."),
        ("The plant opened in 1962.", '"It is a betrayal," he added.'),
        ("The plant opened in 1962.", "He said the owners had ignored an offer from a local buyer."),
        # the paragraph before is about the speaker, who is quoted elsewhere
        ("Pike has represented the workers since 2010.", 'Pike said the union would fight the closure.'),
        # the next paragraph looks back at the quotation
        ("The plant opened in 1962.", "Those were the words of the union's regional officer, Sue Pike."),
    ],
)
def test_a_quotation_paragraph_credited_next_to_it_stays_quiet(before, after):
    assert run_rule(UnattributedQuote, STANDALONE.format(before=before, after=after)) == []


def test_a_run_of_quotation_paragraphs_credited_at_its_end_stays_quiet():
    text = """\
Dairy plant to shut

The dairy's owners confirmed on Monday that the plant would close in March.

Lorries were queuing at the gate on Monday morning.

"We have given this place thirty years of our lives.

"Nobody from the company has had the decency to come and tell us face to face."

Sue Pike, union officer

Production will move to a larger site in Wales.
"""
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
        "Harbour Lights",  # two capitalised words the article never uses: a subhead
        "Thousands Still Cross Daily",  # a subhead whose last word is not a surname
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


@pytest.mark.parametrize("credit", ["Tomasz Wrona", "— Kofi Mensah", "Helena Brandt, engineer"])
def test_credit_of_someone_the_article_does_not_name_again_fires(credit):
    text = f"""\
Ana Ruiz, the mayor, opened the bridge on Friday.

"This bridge joins two halves of a town that has been split for a century."

{credit}

The bridge cost £12m.
"""
    hits = run_rule(DetachedQuoteCredit, text)
    assert [h[0] for h in hits] == [5]


def test_credit_after_a_paragraph_that_goes_on_after_its_quotation_fires():
    text = """\
Ana Ruiz, the mayor, opened the bridge on Friday.

"This bridge joins two halves of a town," said Ms Ruiz, who grew up on the east bank. She cut the ribbon at noon.

Ana Ruiz

The bridge cost £12m.
"""
    hits = run_rule(DetachedQuoteCredit, text)
    assert [(h[0], h[1]) for h in hits] == [(5, "Ana Ruiz")]


def test_a_paragraph_cut_mid_sentence_before_a_name_line_stays_quiet():
    text = """\
Ana Ruiz opened the bridge. "It joins two halves of a town that was split for a century," she told the

Riverton Gazette

The bridge cost £12m.
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


# --- AT104 -------------------------------------------------------------------

FACTORY = """\
Factory to close

The factory in Hull will close next year with the loss of 300 jobs, its owners said on Tuesday.

Production will move to Poland.

{paragraph}

Unions will meet managers on Monday.
"""


@pytest.mark.parametrize(
    "paragraph, credit",
    [
        ('"Everyone on the board knew this was coming for months," one insider said.', "one insider"),
        ('"It was chaos from start to finish," said a source.', "a source"),
        ('"I am ashamed to have worked here," one user posted on Facebook.', "one user"),
        ('As one observer put it: "They bet everything on a single product."', "one observer"),
        ('"Frankly, it was a mess," admitted one.', "one"),
        ('"All staff will be paid in full this month," the statement read.', "the statement"),
        ('"The numbers were never going to work," the source added.', "the source"),
    ],
)
def test_quotation_credited_to_no_one_identifiable_fires(paragraph, credit):
    hits = run_rule(AnonymousQuoteSource, FACTORY.format(paragraph=paragraph))
    assert len(hits) == 1
    line, _, message = hits[0]
    assert line == 7
    assert repr(credit) in message


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Everyone on the board knew," one insider at the firm said.',
        '"It was chaos," said a source close to the negotiations.',
        '"Prices will fall further," said one trader.',
        '"I was terrified," said one resident, Ann Lowe.',
        'A union source said: "Nobody will go quietly."',
        '"It is a good deal," said one analyst, who asked not to be named.',
        # the definite speaker was introduced before
        'A company spokeswoman said the decision was final. "We looked at every option," the spokeswoman added.',
        'In a statement, the owners thanked the staff. "All staff will be paid in full," the statement read.',
    ],
)
def test_identified_or_introduced_sources_stay_quiet(paragraph):
    assert run_rule(AnonymousQuoteSource, FACTORY.format(paragraph=paragraph)) == []


# --- AT105, AT106 -------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, phrase",
    [
        ("It is widely believed that the order book was empty by the summer.", "It is widely believed that"),
        ("It has been alleged that managers knew of the closure in May.", "It has been alleged that"),
        ("Experts are agreed that the site could not compete with Poland.", "Experts are agreed"),
        ("But critics were quick to note that the grant was never repaid.", "critics were quick to"),
        ("Sources claim the buyer walked away at the last minute.", "Sources claim"),
    ],
)
def test_agentless_claims_fire(paragraph, phrase):
    hits = run_rule(AgentlessClaim, FACTORY.format(paragraph=paragraph))
    assert [(h[0], h[1]) for h in hits] == [(7, phrase)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It is understood that the buyer walked away at the last minute.",  # the newsroom's own convention
        "Critics say the grant should have been repaid.",
        "Senate sources say the grant was never repaid.",
        "The union alleged that managers knew of the closure in May.",
        '"It is widely believed that we were next," the shop steward said.',
    ],
)
def test_named_or_conventional_sources_are_not_agentless(paragraph):
    assert run_rule(AgentlessClaim, FACTORY.format(paragraph=paragraph)) == []


@pytest.mark.parametrize(
    "paragraph, phrase",
    [
        ("Many believe the buyer was never serious.", "Many believe"),
        ("The buyer has pulled out, according to reports.", "according to reports"),
        ("Reports suggest the site will be sold for housing.", "Reports suggest"),
    ],
)
def test_vague_attribution_is_noted(paragraph, phrase):
    hits = run_rule(VagueAttribution, FACTORY.format(paragraph=paragraph))
    assert [(h[0], h[1]) for h in hits] == [(7, phrase)]


def test_reports_with_a_named_outlet_are_not_vague():
    text = FACTORY.format(paragraph="According to reports in the Hull Mail, the site will be sold.")
    assert run_rule(VagueAttribution, text) == []


def docstring_example(rule) -> str:
    """The text of a rule's Example section (an inline literal or an indented block)."""
    doc = rule.explanation()
    section = doc.split("Example", 1)[1]
    if section.startswith("::"):
        block = section[2:].split("\n\n", 2)[1]
        return "\n".join(line[4:] for line in block.splitlines()) + "\n"
    return section.split("``")[1]


@pytest.mark.parametrize("rule", ALL_RULES)
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
        + ", according to the Daily " * 2000 + "\n\n" + '"Yes yes yes," said one ' * 2000 + "\n\n"
        + "it is widely " * 3000 + "\n\nmany " * 3000 + "\n"
    )
    article = Article(nasty, path="t.txt")
    started = time.perf_counter()
    for rule in ALL_RULES:
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes


def test_claim_patterns_find_what_the_plain_patterns_find():
    """AT105 and AT106 look only where a claim's prefix may start one: never a different finding."""
    import random

    from newslint.engine.article import Article
    from newslint.engine.prefilter import unquoted_windows
    from newslint.rules.attribution import AGENTLESS, VAGUE

    pieces = [
        "It is widely believed that", "it was claimed that", "Experts agree", "critics have been quick to",
        "sources say", "Insiders claim", "Many believe", "some say", "Most observers feel", "according to reports,",
        "Reports suggest", "unconfirmed rumours say", "but", "and", "while", "3many believe", "x-some say",
        "don’t", "“Many believe”", '"sources say"', "\u212aey", "ſome say", "e\u0301some say", "the", ".", ";", "\n",
    ]
    generator = random.Random(3)
    for _ in range(400):
        text = "".join(generator.choice(pieces) + generator.choice([" ", "", "\n", ". ", ", "])
                       for _ in range(generator.randint(1, 25)))
        article = Article(text, path="t.txt")
        masked = article.unquoted_text
        for claims in (AGENTLESS, VAGUE):
            expected = [(m.span(), m.lastgroup) for m in claims.pattern.finditer(masked)]
            assert [(m.span(), m.lastgroup) for m in claims.finditer(masked, unquoted_windows(article))] == expected
            assert [(m.span(), m.lastgroup) for m in claims.finditer(masked)] == expected


def test_the_quick_speech_word_test_agrees_with_the_word_list():
    """names_source and speech_verb answer yes early only for a word WORD would find too."""
    import random

    from newslint.engine import text as textutil
    from newslint.rules.attribution import SPEECH_VERBS, SPEECH_WORDS, _plain_word_in

    pieces = ["said", "Said", "SAID", "told", "says", "added", "x-said", "said-so", "'said'", "(said)", "said’s",
              "—said", "said…", "\u212anows", "saíd", "said\u0301", "3said", "said2", "_said_", "the", "he", "\n", ""]
    generator = random.Random(2)
    for _ in range(2000):
        text = "".join(generator.choice(pieces) + generator.choice([" ", "", ",", "-", "’", "\t"])
                       for _ in range(generator.randint(1, 8)))
        for words in (SPEECH_WORDS, SPEECH_VERBS):
            if _plain_word_in(text, words):
                assert any(w.lower() in words for w in textutil.WORD.findall(text)), text


def _credits_as_before(article):
    """``detached_credits`` as it was written before the quick skips: every line tried."""
    from newslint.rules.attribution import (
        CREDIT_LINE, _ends_with_quote, _holds_quote, _known_person, _person_shaped, quotations,
    )

    entries = quotations(article)
    for index, (paragraph, spans, _) in enumerate(entries):
        if "\n" in paragraph.text:
            last_start = paragraph.start + paragraph.text.rindex("\n") + 1
            match = CREDIT_LINE.match(article.text[last_start:paragraph.end])
            if match and _ends_with_quote(article, last_start - 1, spans) and not any(
                s.end > last_start for s in spans
            ) and _known_person(article, match.group("name"), last_start, paragraph.end):
                yield index, last_start, paragraph.end
            continue
        if index == 0 or spans:
            continue
        before, before_spans, _ = entries[index - 1]
        match = CREDIT_LINE.match(paragraph.text)
        if not match or before is article.headline:
            continue
        if not _ends_with_quote(article, before.end, before_spans) and not _holds_quote(article, before, before_spans):
            continue
        if _known_person(article, match.group("name"), paragraph.start, paragraph.end) or _person_shaped(
            match, paragraph.text
        ):
            yield index - 1, paragraph.start, paragraph.end


def test_detached_credits_are_found_as_when_every_line_was_tried():
    import random

    from newslint.engine.article import Article
    from newslint.rules.attribution import detached_credits

    pieces = ['"We will rebuild every home that was lost, whatever it costs."', "Anna Berg", "— Anna Berg",
              "Helena Brandt, engineer", "Mayor Anna Berg spoke after the meeting.", "The town flooded.",
              "“It is over, and we all know it now.”", "Thousands Still Cross Daily", "John Smith", "told the",
              '"Short"', "Berg said.", "About Acme Therapeutics"]
    generator = random.Random(4)
    found_some = 0
    for _ in range(800):
        text = "".join(generator.choice(pieces) + generator.choice(["\n\n", "\n\n", "\n", " "])
                       for _ in range(generator.randint(1, 10)))
        found = detached_credits(Article(text, path="t.txt"))
        assert found == list(_credits_as_before(Article(text, path="t.txt"))), repr(text)
        found_some += bool(found)
    assert found_some >= 30
