"""Tests for the duplication family (DU)."""
from __future__ import annotations

import pytest

from newslint.engine.article import Article
from newslint.engine.rule import validate_rule_class
from newslint.rules.duplication import (
    RepeatedHeadline,
    RepeatedParagraph,
    RepeatedSentence,
    SharedParagraph,
)

from .helpers import run_corpus_rule, run_rule

RULES = [RepeatedParagraph, RepeatedSentence, RepeatedHeadline, SharedParagraph]


@pytest.mark.parametrize("rule", RULES)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []
    assert rule.code.startswith("DU") and rule.category == "duplication"


# --- DU101 repeated-paragraph ---------------------------------------------------

TRIAL = """\
Trial of former mayor opens

The trial of the former mayor opened on Monday with the reading of the charges.

Prosecutors say he took bribes from two building firms between 2015 and 2019.

The trial resumes on Tuesday, when the defence will call its first witness.

He denies all the charges against him.

The trial resumes on Tuesday, when the defence will call its first witness.
"""


def test_exact_repeated_paragraph_fires_at_the_copy_with_a_deleting_fix():
    hits = run_rule(RepeatedParagraph, TRIAL)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 11 and excerpt.startswith("The trial resumes on Tuesday")
    assert message.startswith("paragraph repeats line 7: 'The trial resumes on Tuesday")

    article = Article(TRIAL, path="t.txt")
    (hit,) = RepeatedParagraph().check(article)
    fixed = article.text[: hit.fix.start] + hit.fix.replacement + article.text[hit.fix.end :]
    assert fixed.count("The trial resumes on Tuesday") == 1
    assert fixed.endswith("He denies all the charges against him.\n")


def test_near_repeat_with_a_speaker_label_fires_with_only_an_unsafe_fix():
    text = (
        "**Host:** Thank you, Minister Jones, for your insights on this difficult question today.\n"
        "**Jones:** It was a pleasure.\n"
        "**Host:** Thank you, Minister Jones, for sharing your insights on this difficult question today."
    )
    article = Article(text)
    hits = list(RepeatedParagraph().check(article))
    assert len(hits) == 1 and hits[0].fix is not None and not hits[0].fix.safe
    assert article.line_of(hits[0].start) == 3
    fix = hits[0].fix
    fixed = text[: fix.start] + fix.replacement + text[fix.end :]
    assert fixed == text.rsplit("\n", 1)[0]  # the near copy's whole line goes, its label with it
    assert "nearly repeats line 1" in hits[0].message


def test_template_entries_and_short_paragraphs_do_not_fire():
    text = (
        "Early voting\n\n"
        "Ohio: early voting opens on 12 October at county offices, and voters may bring any photo ID.\n\n"
        "Iowa: early voting opens on 10 October at county offices, and voters may bring any photo ID.\n\n"
        "No comment.\n\n"
        "No comment.\n"
    )
    assert run_rule(RepeatedParagraph, text) == []


# --- DU102 repeated-sentence -------------------------------------------------------

INTERVIEW = """\
**Host:** Welcome, Dr Ames. What did the survey find?
**Dr Ames:** Thank you for having me. Most of the rivers we tested were cleaner than ten years ago.
**Host:** And the lakes?
**Dr Ames:** The lakes are a different story, I am afraid.
**Host:** Dr Ames, thank you.
**Dr Ames:** Thank you for having me."""


def test_exact_repeat_of_a_short_sentence_fires_at_the_later_one():
    hits = run_rule(RepeatedSentence, INTERVIEW)
    assert hits == [(6, "Thank you for having me.", "sentence repeats line 2: 'Thank you for having me.'")]


def test_near_repeat_of_a_sentence_fires():
    text = (
        "Budget row\n\n"
        "Parents protested outside the town hall on Monday evening.\n\n"
        "The council will decide on the new budget for the schools at its meeting next week. "
        "Parents have protested.\n\n"
        "Teachers want more money. The council will decide on the budget for the schools at "
        "its meeting next week.\n"
    )
    hits = run_rule(RepeatedSentence, text)
    assert len(hits) == 1 and hits[0][0] == 7
    assert hits[0][2].startswith("sentence nearly repeats line 5:")


@pytest.mark.parametrize(
    "repeated",
    [
        "Winners meet in the final",  # an unpunctuated list entry
        "Department of Medicine, Harvard Medical School.",  # an affiliation, mostly names
        "Cyprus v Israel; France v Faroe Islands; Ireland v Switzerland.",  # fixtures
    ],
)
def test_list_entries_and_runs_of_names_do_not_fire(repeated):
    text = f"Results\n\nThe first round ended.\n\n{repeated}\n\nThe second round ended.\n\n{repeated}\n"
    assert run_rule(RepeatedSentence, text) == []


def test_fixtures_in_another_order_are_not_near_repeats():
    text = (
        "Fixtures\n\n"
        "Ireland v France; Cyprus v Switzerland; Faroe Islands v Israel.\n\n"
        "Switzerland v France; Israel v Faroe Islands; Cyprus v Ireland.\n"
    )
    assert run_rule(RepeatedSentence, text) == []


def test_sentences_in_a_repeated_paragraph_are_left_to_du101():
    assert run_rule(RepeatedSentence, TRIAL) == []


# --- DU103 repeated-headline ------------------------------------------------------

PULL_QUOTE = """\
Storm closes every school in the county for a week, the education office says
Pupils stay at home as the storm passes over the coast. (PHOTO: AGENCY)
The education office announced on Sunday that all schools would stay shut until the roads are cleared.
Teachers have been asked to set work online.
Bus companies said their depots had been flooded.
Every school in the county
closes for a week because of the storm,
the education office says. Parents were told to check the website.
The office will review the decision on Friday."""


def test_headline_repeated_as_a_broken_pull_quote_fires():
    hits = run_rule(RepeatedHeadline, PULL_QUOTE)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 6
    assert excerpt.startswith("Every school in the county\ncloses")
    assert message.startswith("repeats the headline (line 1): 'Every school in the county closes")
    # and the sentence rule does not report it a second time
    assert run_rule(RepeatedSentence, PULL_QUOTE) == []


def test_lead_that_restates_the_headline_does_not_fire():
    text = (
        "Storm closes every school in the county for a week\n\n"
        "A storm has closed every school in the county for a week, the education office says.\n\n"
        "Teachers have been asked to set work online.\n\n"
        "The office will review the decision on Friday.\n"
    )
    assert run_rule(RepeatedHeadline, text) == []


def test_short_headline_words_in_a_body_sentence_do_not_fire():
    text = (
        "Ad sales boost media profit\n\n"
        "Quarterly profits at the media group rose by a fifth.\n\n"
        "Analysts said higher ad sales would boost profit again.\n\n"
        "The group also sold its music arm.\n"
    )
    assert run_rule(RepeatedHeadline, text) == []


def test_lead_repeated_later_fires():
    text = (
        "Bridge reopens\n\n"
        "The old river bridge reopened to traffic on Saturday after two years of repairs.\n\n"
        "Engineers replaced every cable.\n\n"
        "Drivers were pleased, and the mayor thanked the engineers and the residents for their patience. "
        "The old river bridge reopened to traffic on Saturday after two years of repairs.\n"
    )
    assert run_rule(RepeatedParagraph, text) == []
    hits = run_rule(RepeatedHeadline, text)
    assert len(hits) == 1 and hits[0][0] == 7
    assert hits[0][2].startswith("repeats the lead (line 3)")


FERRY = [
    "Ferry fares frozen for islanders",
    "Island residents will pay the same ferry fares for another year, the operator said.",
    "The company had planned a rise of a tenth from the spring.",
    "Councillors welcomed the decision but asked for a longer freeze.",
    "Tourists will still pay the higher summer rate.",
]


@pytest.mark.parametrize("position", [1, 3, 5])
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_headline_printed_again_as_a_paragraph_fires_with_a_fix(position, separator):
    paragraphs = FERRY[:position] + [FERRY[0]] + FERRY[position:]
    text = separator.join(paragraphs) + "\n"
    hits = run_rule(RepeatedHeadline, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 1 + position * len(separator)
    assert excerpt == FERRY[0]
    assert message == "repeats the headline (line 1) word for word: 'Ferry fares frozen for islanders'"
    hit = next(iter(RepeatedHeadline().check(Article(text, path="t.txt"))))
    fixed = text[: hit.fix.start] + hit.fix.replacement + text[hit.fix.end:]
    assert fixed == separator.join(FERRY) + "\n"
    assert run_rule(RepeatedSentence, text) == []
    assert run_rule(RepeatedParagraph, text) == []


def test_headline_copy_below_itself_does_not_hide_a_lead_repeat():
    lead = FERRY[1]
    text = "\n".join([FERRY[0], FERRY[0], *FERRY[1:], "Councillors meet in the summer to decide whether the freeze should run on until the next election. " + lead]) + "\n"
    hits = run_rule(RepeatedHeadline, text)
    assert [h[0] for h in hits] == [2, 7]
    assert hits[1][2].startswith("repeats the lead (line 3)")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ferry fares frozen for islanders, the operator announced on Monday.",  # a lead that starts like it
        "Ferry fares frozen",  # a shorter heading
        "Fares frozen for islanders",
    ],
)
def test_paragraphs_that_only_resemble_the_headline_do_not_fire(paragraph):
    text = "\n\n".join([FERRY[0], FERRY[1], paragraph, *FERRY[2:]]) + "\n"
    assert run_rule(RepeatedHeadline, text) == []


def test_a_first_line_that_recurs_through_the_page_is_furniture_not_a_headline():
    marker = "Advertisement - page continues below"
    text = "\n\n".join([marker, FERRY[1], marker, FERRY[2], marker, FERRY[3]]) + "\n"
    assert run_rule(RepeatedHeadline, text) == []


def test_two_word_headline_repeated_is_not_reported():
    text = "Match report\n\nThe home side won by two goals.\n\nMatch report\n\nThe visitors lost again.\n"
    assert run_rule(RepeatedHeadline, text) == []


# --- DU104 shared-paragraph --------------------------------------------------------

SHARED = "The company said it would appeal against the ruling and expected a decision by the end of the year."


def story(first: str, second: str) -> str:
    return f"Headline\n\n{first}\n\n{second}\n"


def test_shared_paragraph_is_reported_in_each_file_naming_the_other():
    texts = {
        "a.txt": story("Shares in the firm fell by a tenth on Monday after the court ruled against it.", SHARED),
        "b.txt": story("A court in Paris fined the firm for breaking competition rules last year.", SHARED),
        "c.txt": story("Nothing in this story is shared with the others in the run.", "It ends here."),
    }
    assert run_corpus_rule(SharedParagraph, texts) == [
        ("a.txt", 5, "paragraph also appears in b.txt"),
        ("b.txt", 5, "paragraph also appears in a.txt"),
    ]


def test_whole_duplicate_article_gives_one_finding():
    body = story("Shares in the firm fell by a tenth on Monday after the court ruled against it.", SHARED)
    result = run_corpus_rule(SharedParagraph, {"a.txt": body, "b.txt": body})
    assert result == [
        ("a.txt", 3, "article duplicates b.txt (2 of 2 long paragraphs shared)"),
        ("b.txt", 3, "article duplicates a.txt (2 of 2 long paragraphs shared)"),
    ]


def test_records_of_a_dataset_are_named_by_record_and_id():
    rule = SharedParagraph()
    articles = [
        Article(story(f"Story number {i} has its own first paragraph with enough words in it.", SHARED),
                path="set.jsonl", record=i, id=f"id-{i}", format="jsonl")
        for i in (1, 2)
    ]
    summaries = {a.key: rule.collect(a) for a in articles}
    messages = sorted(hit.message for _, hit in rule.check_corpus(summaries))
    assert messages == [
        "paragraph also appears in set.jsonl record 1 (id-1)",
        "paragraph also appears in set.jsonl record 2 (id-2)",
    ]


def test_furniture_in_many_articles_and_short_paragraphs_are_ignored():
    furniture = "Sign up for our newsletter to get the top stories of the day delivered to your inbox every morning."
    texts = {
        f"{i}.txt": story(f"Story {i} is about something else entirely, with its own words.", furniture)
        for i in range(7)
    }
    texts["short1.txt"] = story("Read more.", "The end of this story is near now.")
    texts["short2.txt"] = story("Read more.", "A different ending is written here.")
    assert run_corpus_rule(SharedParagraph, texts) == []


def test_summary_holds_fingerprints_not_text():
    article = Article(story("Shares in the firm fell by a tenth on Monday after the court ruled.", SHARED))
    summary = SharedParagraph().collect(article)
    assert "appeal" not in repr(summary)


def test_jaccard_never_exceeds_the_ratio_of_the_set_sizes():
    """near_pairs skips a pair whose smaller/larger set size is under the threshold without computing the
    Jaccard similarity: that ratio bounds it, also as floats."""
    import random

    from newslint.engine import text as textutil

    rng = random.Random(7)
    for _ in range(20000):
        vocabulary = range(rng.randint(1, 60))
        a = set(rng.sample(vocabulary, rng.randint(1, len(vocabulary))))
        b = set(rng.sample(vocabulary, rng.randint(1, len(vocabulary))))
        smaller, larger = sorted((len(a), len(b)))
        assert textutil.jaccard(a, b) <= smaller / larger


def plain_near_pairs(units, min_words, near_min_words, threshold, min_ordered):
    """near_pairs as it was before the shared-word bound: every unit's shingles filed, every candidate checked."""
    from newslint.engine import text as textutil
    from newslint.rules.duplication import _COMMON_SHINGLE, mostly_names, ngrams, substituted

    first_of, index, reported = {}, {}, set()
    for i, unit in enumerate(units):
        if len(unit.words) < min_words:
            continue
        key = tuple(unit.words)
        if key in first_of:
            reported.add(i)
            yield first_of[key], i, True
            continue
        first_of[key] = i
        if len(unit.words) < near_min_words:
            continue
        candidates = set()
        for shingle in ngrams(unit.words, 3):
            holders = index.setdefault(shingle, [])
            if len(holders) <= _COMMON_SHINGLE:
                candidates.update(holders)
                holders.append(i)
        for j in sorted(candidates):
            if j in reported or len(units[j].words) < near_min_words:
                continue
            if textutil.jaccard(set(unit.words), set(units[j].words)) < threshold:
                continue
            if textutil.jaccard(ngrams(unit.words, 2), ngrams(units[j].words, 2)) < min_ordered:
                continue
            if substituted(units[j], unit) or mostly_names(unit):
                continue
            reported.add(i)
            yield j, i, False
            break


def generated_units(rng, count):
    """Passages over a small vocabulary, many of them edited copies of earlier ones (a word changed, added,
    dropped or moved, a name or number swapped), as duplication units. In some lists most passages open
    with one stock phrase and go on with words of their own, and some are earlier ones shuffled after it
    (sharing no other shingle: found only while the stock phrase has few holders)."""
    from newslint.rules.duplication import Unit, tokens

    vocabulary = [f"w{n}" for n in range(rng.choice((8, 30, 200)))] + ["Ohio", "Iowa", "Smith", "5", "9", "the"]
    stock = ["w0", "w1", "w2"] if rng.random() < 0.3 else None
    texts = []
    for n in range(count):
        if stock and texts and rng.random() < 0.3:
            words = rng.choice(texts).split()[3:]
            rng.shuffle(words)
            words = stock + words
        elif stock:
            words = stock + [f"u{n}x{k}" for k in range(rng.randint(3, 15))]
        elif texts and rng.random() < 0.6:
            words = rng.choice(texts).split()
            for _ in range(rng.randint(0, 3)):
                edit = rng.randrange(4)
                if edit == 0 and words:
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                elif edit == 1:
                    words.insert(rng.randint(0, len(words)), rng.choice(vocabulary))
                elif edit == 2 and words:
                    del words[rng.randrange(len(words))]
                elif words:
                    words.insert(rng.randint(0, len(words) - 1), words.pop())
        else:
            words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 25))]
        texts.append(" ".join(words))
    start = 0
    units = []
    for text in texts:
        units.append(Unit(start, start + len(text), text, tokens(text)))
        start += len(text) + 2
    return units


def test_near_pairs_finds_what_the_plain_computation_finds():
    """The shared-word bound (units that cannot have a near partner left out of the shingle index) and the
    full index built past _COMMON_SHINGLE units give the pairs of the plain computation, also when a cache
    is shared between calls on paragraphs and on sentences, and for odd options."""
    import random

    from newslint.rules.duplication import TextCache, near_pairs

    rng = random.Random(11)
    for _ in range(1000):
        cache = TextCache({}, {})
        for _ in range(2):
            units = generated_units(rng, rng.choice((3, 12, 40, 90)))
            options = (
                rng.choice((0, 1, 3, 5, 8)), rng.choice((0, 2, 8, 12)),
                rng.choice((0.0, 0.3, 0.6, 0.8, 0.8, 0.9, 1.0, 1.2, -1.0, float("nan"))), rng.choice((0.0, 0.6)),
            )
            expected = list(plain_near_pairs(units, *options))
            assert list(near_pairs(units, *options)) == expected
            assert list(near_pairs(units, *options, cache)) == expected


def test_fewest_shared_is_the_least_count_passing_the_threshold():
    from newslint.rules.duplication import fewest_shared

    for threshold in (0.0, 0.1, 1 / 3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.99, 1.0, 1.5, -0.5, float("nan")):
        for size in range(0, 300):
            least = next((k for k in range(1, size + 1) if not k / size < threshold), size + 1)
            assert fewest_shared(size, threshold) == least, (size, threshold)
