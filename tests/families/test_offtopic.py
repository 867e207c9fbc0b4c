"""Tests for the off-topic family (OT)."""
from __future__ import annotations

import pytest

from newslint.engine.article import Article
from newslint.engine.rule import validate_rule_class
from newslint.rules.offtopic import (
    TopicShiftParagraph,
    UnrelatedParagraph,
    UnrelatedTeaser,
    build_reference,
    measure,
    weighted_overlap,
)

from .helpers import run_rule

RULES = [UnrelatedTeaser, UnrelatedParagraph, TopicShiftParagraph]

BODY = [
    "Port strike enters second week",
    "Dock workers at the port of Felixstowe extended their strike on Monday, leaving hundreds of containers stranded.",
    "The union said talks with the port operator had broken down over pay and shift patterns.",
    "Strike ballot backed by nine in ten members",
    "Union officials said members had voted overwhelmingly for the walkout, which has disrupted supplies to shops.",
    "The operator said it had offered a rise of 7% and urged the union to return to talks.",
]


def lines(*inserts: tuple[int, str]) -> str:
    """BODY with lines inserted; each position is the 0-based index in the final text."""
    body = list(BODY)
    for position, line in sorted(inserts):
        body.insert(position, line)
    return "\n".join(body)


@pytest.mark.parametrize("rule", RULES)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.code.startswith("OT") and rule.category == "offtopic"


# --- OT101 unrelated-teaser -----------------------------------------------------


def test_teaser_after_label_fires_even_when_a_word_is_shared():
    # "backs" stems to "back", which the article uses: the names decide
    text = lines((5, "More on the topic"), (6, "How Maria Lopez backs Oliver Grant"))
    hits = run_rule(UnrelatedTeaser, text)
    assert [(line, excerpt) for line, excerpt, _ in hits] == [(7, "How Maria Lopez backs Oliver Grant")]
    message = hits[0][2]
    assert "'How Maria Lopez backs Oliver Grant'" in message and "Lopez" in message


def test_teaser_without_label_fires_on_foreign_names():
    text = lines((5, "How Maria Lopez backs Oliver Grant"))
    assert [h[0] for h in run_rule(UnrelatedTeaser, text)] == [6]


def test_teaser_behind_a_prefix_is_judged_without_the_prefix():
    text = lines((6, "READ ALSO: Kwame Mensah Leads Accra Protest Over Fuel Prices"))
    hits = run_rule(UnrelatedTeaser, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 7 and excerpt.startswith("Kwame Mensah")
    assert "READ ALSO" not in excerpt


@pytest.mark.parametrize(
    "subhead",
    [
        "Strike ballot backed by nine in ten members",  # in BODY already; repeated words
        "Felixstowe talks break down",
        "Union Rejects Operator's Pay Offer",  # title case, all words in the article
        "\u201cBroken down\u201d",
    ],
)
def test_on_topic_subheads_do_not_fire(subhead):
    assert run_rule(UnrelatedTeaser, lines((5, subhead))) == []


def test_headline_never_fires():
    text = "How Maria Lopez backs Oliver Grant\n" + "\n".join(BODY[1:])
    assert run_rule(UnrelatedTeaser, text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Derby v Watford",  # a fixture list
        "5 Carla Benz (Austria)",  # a ranked list item
        "Photo: Kwame Mensah / Accra Daily",  # a caption: metadata, not a teaser
        "Priya Natarajan",  # a bare name: a credit
        "Karl Heinz Meyer said the harbour at",  # a cut sentence
        "Has anyone tried the Breville toaster?",  # a reader's question
    ],
)
def test_list_items_credits_and_fragments_do_not_fire(line):
    assert run_rule(UnrelatedTeaser, lines((5, line))) == []


def test_list_of_short_lines_is_not_a_teaser():
    text = lines((5, "Best Film - Lagos Nights"), (6, "Animation - Brush Head"), (7, "Drama - Feather Boy"))
    assert run_rule(UnrelatedTeaser, text) == []


def test_transliteration_variant_counts_as_the_same_name():
    text = (
        "Leaders meet in Kyiv\n"
        "President Volodymyr Zelenskyy met European leaders in Kyiv on Monday.\n"
        "Zelenskyj calls for air defence\n"
        "He asked allies for more air defence systems before the winter."
    )
    assert run_rule(UnrelatedTeaser, text) == []


def test_measure_counts_names_and_stems():
    article = Article("\n".join(BODY))
    reference = build_reference(article, {0})
    overlap = measure("How Maria Lopez backs the union", reference)
    assert overlap.names == 2 and overlap.shared_names == 0
    assert overlap.shared_words == 2  # backs ~ backed, union
    assert overlap.unknown_names == ["Maria", "Lopez"]


# --- OT102 unrelated-paragraph ----------------------------------------------------

SPLICED = (
    "Port strike enters second week\n\n"
    "Dock workers at the port of Felixstowe extended their strike on Monday, leaving hundreds of containers "
    "stranded at the quay and shops short of stock.\n\n"
    "The union said talks with the port operator had broken down over pay and shift patterns, and that "
    "workers would stay out until the operator improved its offer.\n\n"
    "Tennis champion Elena Varga beat Sofia Marin in straight sets at Roland Garros, setting up a final "
    "against the Brazilian teenager Luiza Prado on Saturday afternoon.\n\n"
    "The operator said it had offered a pay rise of seven percent and urged the union to return to talks "
    "before the strike spread to other ports.\n"
)


def test_spliced_paragraph_is_reported_as_info():
    hits = run_rule(UnrelatedParagraph, SPLICED)
    assert [h[0] for h in hits] == [7]
    assert "Varga" in hits[0][2] and "'Tennis champion Elena Varga" in hits[0][2]
    assert UnrelatedParagraph.severity.name == "info"


def _generated_articles(count: int, seed: int):
    """Articles of random paragraphs drawn from a small vocabulary, so that paragraphs share words and names by
    chance: names, acronyms, calendar words, particles, stop words, inflected and possessive forms."""
    import random

    rng = random.Random(seed)
    vocabulary = (
        "Maria Lopez Felixstowe NATO UTAG Zelenskyy Zelenskyj Monday March van der the a of and in to it is "
        "strike strikes striking union unions port ports talks talk pay paid worker workers said says "
        "jewellery week people high Varga's operator’s operators ship shipping by on at US UN Garros Roland "
        "council cycle lane seafront wage minimum I we THE STRIKE ENDS"
    ).split()
    for _ in range(count):
        paragraphs = []
        for _ in range(rng.randint(3, 8)):
            sentence_words = rng.choices(vocabulary, k=rng.randint(3, 45))
            paragraphs.append(" ".join(sentence_words).capitalize() + ".")
        yield Article("Headline of the day\n\n" + "\n\n".join(paragraphs))


@pytest.mark.parametrize("max_overlap", [0.0, 0.08, 0.3, 0.6, 1.0])
def test_shares_too_much_is_a_necessary_condition_of_a_hit(max_overlap):
    """Where unrelated-paragraph skips a paragraph as sharing too much, ``measure`` would not report it either."""
    from newslint.rules.offtopic import article_index

    skipped = 0
    for article in _generated_articles(150, seed=int(max_overlap * 100)):
        index = article_index(article)
        for paragraph in article.paragraphs[1:]:
            if not UnrelatedParagraph.shares_too_much(index, paragraph.index, max_overlap):
                continue
            skipped += 1
            overlap = measure(paragraph.text, index.reference({paragraph.index}), paragraph.words, paragraph.start)
            assert overlap.shared_names or overlap.score > max_overlap, paragraph.text
    assert skipped or max_overlap >= 0.5  # a paragraph never shares more stems than it has distinct words


def test_early_stopping_count_of_shared_content_stems_agrees_with_the_full_count():
    """``shares_more_content_stems_than`` stops counting at the limit: the same answer as counting every
    distinct content stem that another paragraph also has."""
    from newslint.engine import text as textutil
    from newslint.rules.offtopic import NOT_CONTENT, article_index

    answers = set()
    for article in _generated_articles(300, seed=11):
        index = article_index(article)
        stem_counts = index.stem_counts
        for paragraph in article.paragraphs:
            content_stems = {
                textutil.stem(word)
                for word in index.distinct_words[paragraph.index]
                if word.lower() not in textutil.STOPWORDS and len(word.lower()) > 2 and word.lower() not in NOT_CONTENT
            }
            shared = sum(stem_counts[stem] > 1 for stem in content_stems)
            for limit in (0, 0.5, 1, 2.4, 3, 5, 7.99, 12, 40):
                answer = index.shares_more_content_stems_than(paragraph.index, limit)
                assert answer == (shared > limit), (paragraph.text, limit)
                answers.add(answer)
    assert answers == {True, False}


def test_mid_sentence_forms_read_off_the_article_names_agree_with_each_paragraph_tested_alone():
    """A paragraph's capitalised words not sentence-initial in its own text, found from the article's
    ``names``, are those the plain test of every capitalised word on the paragraph's text finds."""
    import bisect
    import random

    from newslint.engine import text as textutil
    from newslint.rules.offtopic import ArticleIndex

    rng = random.Random(23)
    pieces = ["Maria", "Lopez", "NATO", "said", "the", "port", "Varga's", "iPhone", "(Reuters)", "“Kyiv", "«Paris»",
              "*Bold*", '"Quoted', "end.", "Why?", "Yes!", "so…", "Note:", "x", "42", "O'Neill", "\u00a0Nbsp", "Élan"]
    separators = [" ", " ", " ", "\n", "\n\n", "\n \n", "\t", "\u00a0", "\x1c", " \n\u00a0", "\n\n\t(", "\n\n“"]
    checked = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(1, 40)))
        article = Article(text)
        capitalised = article.capitalised
        for paragraph in article.paragraphs:
            first = bisect.bisect_left([span.start for span in capitalised], paragraph.start)
            expected = {
                span.text
                for span in capitalised[first:]
                if span.start < paragraph.end
                and not textutil.sentence_initial(paragraph.text, span.start - paragraph.start)
            }
            assert ArticleIndex.mid_sentence_forms(paragraph, article.names) == expected, repr(paragraph.text)
            checked += bool(expected)
    assert checked > 1000


def test_reference_counted_from_the_index_agrees_with_the_paragraphs_left_in():
    """Stems, name keys (counted when first asked for) and mid-sentence forms of a reference are those of the
    paragraphs not excluded, each computed plainly."""
    import random

    from newslint.engine import text as textutil
    from newslint.rules.offtopic import ArticleIndex

    rng = random.Random(31)
    for article in _generated_articles(200, seed=29):
        index = ArticleIndex(article)
        paragraphs = article.paragraphs
        for _ in range(4):
            exclude = set(rng.sample(range(len(paragraphs) + 1), rng.randint(0, 3)))  # one index past the end too
            reference = index.reference(exclude)
            kept = [p for p in paragraphs if p.index not in exclude]
            words = {span.text for p in paragraphs for span in p.words}
            stems = {textutil.stem(span.text) for p in kept for span in p.words}
            keys = {textutil.name_key(span.text) for p in kept for span in p.words if span.text[0].isupper()}
            forms = {
                span.text for p in kept for span in textutil.capitalised_words(p.text, p.start)
                if not textutil.sentence_initial(p.text, span.start - p.start)
            }
            probes = words | {span.text for span in article.capitalised} | {"Nowhere", "zzz"}
            for probe in probes:
                assert (textutil.stem(probe) in reference.stems) == (textutil.stem(probe) in stems)
                assert (textutil.name_key(probe) in reference.name_keys) == (textutil.name_key(probe) in keys)
                assert (probe in reference.name_forms) == (probe in forms)


def test_background_paragraph_with_shared_names_is_quiet():
    text = SPLICED.replace(
        "Tennis champion Elena Varga beat Sofia Marin in straight sets at Roland Garros, setting up a final "
        "against the Brazilian teenager Luiza Prado on Saturday afternoon.",
        "Felixstowe handles nearly half of Britain's container trade, and the last strike at the port, in "
        "2022, cost the operator and its customers millions of pounds in lost trade.",
    )
    assert run_rule(UnrelatedParagraph, text) == []


# --- tuning: unlabelled headlines judged by weighted word overlap ----------------

STORY = [
    "Port strike enters second week",
    "Dock workers at the port of Felixstowe extended their strike on Monday, leaving hundreds of containers "
    "stranded at the quay and supermarkets short of fresh stock.",
    "The union said talks with the port operator had broken down over pay, overtime and shift patterns, and "
    "that its members would stay out until the operator improved its offer.",
    "Hauliers said queues of lorries stretched for miles along the approach road, and some drivers had "
    "waited more than a day to collect their loads.",
    "The operator said it had offered a rise of 7% and urged the union to return to talks before the dispute "
    "spread to other ports along the coast.",
    "Ministers have so far refused to intervene, saying the dispute is a matter for the company and its staff.",
]


def story(*inserts: tuple[int, str]) -> str:
    """STORY as blank-line separated paragraphs, with paragraphs inserted at final positions."""
    paragraphs = list(STORY)
    for position, text in sorted(inserts):
        paragraphs.insert(position, text)
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    "teaser",
    [
        "Pensioner wins lottery jackpot twice in one year",  # sentence case, no names at all
        "Heatwave: Beaches packed as temperatures soar",  # a kicker
        "Celebrity Chef Opens Vegan Bakery In Soho",  # title case
        "Gardening: How to grow tomatoes on a balcony",
        "Teenage chess prodigy stuns grandmasters in Oslo",
    ],
)
def test_unlabelled_headline_about_something_else_fires(teaser):
    hits = run_rule(UnrelatedTeaser, story((3, teaser)))
    assert [(line, excerpt) for line, excerpt, _ in hits] == [(7, teaser)]
    assert f"'{teaser}'" in hits[0][2] and "another story" in hits[0][2]


@pytest.mark.parametrize(
    "subhead",
    [
        "Lorry queues stretch along the approach road",  # words of the story
        "Union rejects the operator's pay offer",
        "Ministers refuse to intervene",
        "Supermarkets run short of stock",
    ],
)
def test_on_topic_subheads_without_label_do_not_fire(subhead):
    assert run_rule(UnrelatedTeaser, story((3, subhead))) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ana Silva for the Harbour Gazette",  # a photo credit
        "Additional reporting contributed to this story by our staff",
        "Photo: Waves break over the harbour wall",  # a field label
        "Print this page | Email a friend",  # furniture: the boilerplate family reports it
        "Author: Ana Silva | 4 min read",  # metadata: the metadata family reports it
        "Why are tomato prices so high?",  # a question
        "Coverage on Radio Ellis and this website",  # speaks of the page itself
        "To book a ferry, visit the operator's office",  # an instruction
    ],
)
def test_credits_labels_furniture_and_questions_are_not_teasers(line):
    assert run_rule(UnrelatedTeaser, story((3, line))) == []


def test_a_standfirst_in_sentence_case_is_not_a_teaser():
    # right under the headline a line without a stop is a standfirst, whatever its words
    assert run_rule(UnrelatedTeaser, story((1, "Shoppers face empty shelves as the holiday season begins"))) == []


def test_a_kicked_headline_at_the_lead_place_fires():
    hits = run_rule(UnrelatedTeaser, story((1, "Royal visit: Princess opens new children's hospital wing")))
    assert [h[0] for h in hits] == [3]


def test_weighted_overlap_discounts_common_words():
    article = Article(story())
    reference = build_reference(article, {0})
    assert weighted_overlap("Quay queues grow as dockers stay out", reference) > 0.5
    # "week" and "high" are too common to tie a line to the story
    assert weighted_overlap("Orchid prices hit a record high this week", reference) < 0.2


# --- OT103 topic-shift-paragraph ------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "In other news, a rare white stork has been spotted nesting on a church roof in a Norfolk village, "
        "delighting birdwatchers.",
        "On a lighter note, an amateur baker from Cardiff has won a national cake competition with a "
        "lemon sponge shaped like a castle.",
        "Meanwhile, in Canada, a moose wandered into a shopping centre in Halifax and had to be guided out "
        "by wildlife officers.",
    ],
)
def test_paragraph_turning_to_another_story_fires(paragraph):
    hits = run_rule(TopicShiftParagraph, story((4, paragraph)))
    assert [h[0] for h in hits] == [9]
    assert "turns to another story" in hits[0][2] and TopicShiftParagraph.severity.name == "warning"
    # the info rule does not report the same paragraph again
    assert [h for h in run_rule(UnrelatedParagraph, story((4, paragraph))) if h[0] == 9] == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Meanwhile, the union said it would ballot dock workers at Felixstowe on further action if the "
        "operator did not improve its pay offer.",
        "Elsewhere, hauliers said the strike had added days to deliveries from the port to supermarkets.",
        "Separately, ministers said they were watching the dispute at the port closely.",
    ],
)
def test_meanwhile_in_the_same_story_does_not_fire(paragraph):
    assert run_rule(TopicShiftParagraph, story((4, paragraph))) == []
