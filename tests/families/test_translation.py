"""Tests for the translation family (TL)."""
from __future__ import annotations

import pytest

from newslint.engine.article import Article
from newslint.engine.rule import validate_rule_class
from newslint.rules import translation
from newslint.rules.translation import (
    BareVerbAfterOf,
    ContinentalNumberFormat,
    ForeignQuotationMarks,
    InconsistentDiacritics,
    InconsistentTransliteration,
    LowercaseProperNoun,
    SinceWithDuration,
    SourceLanguageGrammar,
    TranslationeseCluster,
    TransliterationAcrossRun,
    UntranslatedPassage,
)

from .helpers import run_corpus_rule, run_rule

ALL = [
    InconsistentTransliteration,
    TransliterationAcrossRun,
    LowercaseProperNoun,
    ForeignQuotationMarks,
    ContinentalNumberFormat,
    BareVerbAfterOf,
    SinceWithDuration,
    UntranslatedPassage,
    SourceLanguageGrammar,
    InconsistentDiacritics,
    TranslationeseCluster,
]


@pytest.mark.parametrize("rule", ALL)
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []


def apply_fix(text, rule_class):
    article = Article(text, path="t.txt")
    hits = [h for h in rule_class().check(article) if h.fix]
    for hit in sorted(hits, key=lambda h: -h.fix.start):
        text = text[: hit.fix.start] + hit.fix.replacement + text[hit.fix.end:]
    return text


# --- TL101 -------------------------------------------------------------------

TWO_SPELLINGS = """\
Petrenkoj calls for new sanctions
Foreign Minister Taras Petrenkoj said on Monday that the talks had failed.
The talks were held in Geneva and lasted two days.
Minister Petrenkoy told reporters that he expected no progress this year.
Petrenkoy added that a new round was planned for the spring.
"""


def test_minority_spelling_is_reported_naming_the_other():
    hits = run_rule(InconsistentTransliteration, TWO_SPELLINGS)
    assert [h[0] for h in hits] == [1, 2]
    assert all(h[1] == "Petrenkoj" for h in hits)
    assert "'Petrenkoy'" in hits[0][2] and "lines 4, 5" in hits[0][2]


def test_case_and_possessive_differences_are_not_variants():
    text = """\
The Nato summit opened in Brussels. NATO leaders met Stoltenberg.
Stoltenberg's speech was short, and Stoltenberg left early.
"""
    assert run_rule(InconsistentTransliteration, text) == []


def test_two_people_sharing_a_key_are_not_variants():
    text = """\
Foreign Minister, Andrii Sybiha said the talks had failed.
The chief of staff, Andriy Yermak said sanctions were not enough.
"""
    assert run_rule(InconsistentTransliteration, text) == []


def test_a_first_name_and_a_surname_sharing_a_key_are_not_variants():
    text = """\
Nominees include Michel Gondry for his comedy.
The other nominee is Roger Michell for his drama.
"""
    assert run_rule(InconsistentTransliteration, text) == []


def test_common_english_words_sharing_a_key_are_ignored():
    text = "Yet the Jet fleet was grounded. Jet engines failed.\n"
    assert run_rule(InconsistentTransliteration, text) == []


def test_diacritics_only_is_not_a_transliteration_variant():
    text = "Dr Harri Hemilä led the study. Hemila said colds were shorter.\n"
    assert run_rule(InconsistentTransliteration, text) == []


@pytest.mark.parametrize(
    "english, variant",
    [
        ("Zhukovsky", "Schukowski"),  # German: sch for zh, w for v, -i for -y
        ("Borodin", "Borodine"),  # French: a final -e after -in
        ("Koehler", "Köhler"),  # an umlaut and its digraph
        ("Kuzmin", "Kusmin"),  # German s for English z
        ("Tsarkova", "Zarkowa"),  # German z for English ts
        ("Khrenov", "Chrenow"),  # German ch for English kh
        ("Pugachev", "Pugatschow"),  # German -tschow for -chev
        ("Yevtushenko", "Jewtuschenko"),  # German Je- for Ye-, sch for sh
        ("Shevchuk", "Chevtchouk"),  # French: ch for sh, tch for ch, ou for u
        ("Yurchenko", "Iourtchenko"),  # French: Iou- for Yu-
        ("Zhdanov", "Jdanov"),  # French: j for zh
        ("Rostropov", "Rostropoff"),  # French -off for -ov
        ("Qassimov", "Kassimov"),  # q for k
    ],
)
def test_a_german_or_french_transliteration_beside_the_english_one(english, variant):
    text = f"""\
Composer Pavel {english} wins prize

The jury praised Pavel {english} for his third symphony.

{english} said he had written it over two winters. The piece had its first performance last year.

Critics called {variant} the most daring composer of his generation.
"""
    hits = run_rule(InconsistentTransliteration, text)
    assert [(h[0], h[1]) for h in hits] == [(7, variant)]
    assert f"'{english}' elsewhere" in hits[0][2]


@pytest.mark.parametrize(
    "text",
    [
        # two people whose first names tell them apart
        "Former chancellor Gerhard Schröder met the actor Ricky Schroeder in Hanover. "
        "Gerhard Schröder spoke first.\n",
        # spellings common as English words or names are not loosened
        "Matthew Pinsent rowed with Mathew Tait's brother. Matthew won gold.\n",
        "The Clark report was discussed by Charles Clarke. Clarke said the Clark report was fair.\n",
        # short names stay apart: Chan and Han
        "Jackie Chan met director Han Li. Chan praised Han for the script.\n",
    ],
)
def test_names_the_looser_key_must_not_join(text):
    assert run_rule(InconsistentTransliteration, text) == []


# --- TL102 -------------------------------------------------------------------


def test_the_same_person_spelled_two_ways_across_the_run():
    texts = {
        "a.txt": "Ukrainian Defence Minister Rustem Umerov met his counterparts in Brussels.\n",
        "b.txt": "Talks went on.\nOn Tuesday Defense Minister Rustem Umierov confirmed the clashes.\n",
        "c.txt": "Nothing about ministers in this one.\n",
    }
    hits = run_corpus_rule(TransliterationAcrossRun, texts)
    assert [(h[0], h[1]) for h in hits] == [("a.txt", 1), ("b.txt", 2)]
    assert "'Umierov' in b.txt line 2" in hits[0][2]
    assert "'Umerov' in a.txt line 1" in hits[1][2]


def test_the_majority_spelling_of_the_run_is_not_reported():
    texts = {
        f"{i}.txt": "President Volodymyr Zelenskyy spoke on Friday.\n" for i in range(3)
    }
    texts["odd.txt"] = "President Volodymyr Zelenskyj spoke on Friday.\n"
    hits = run_corpus_rule(TransliterationAcrossRun, texts)
    assert [h[0] for h in hits] == ["odd.txt"]


def test_different_people_across_the_run_are_not_reported():
    texts = {
        "a.txt": "The singer Lena Philips performed on Friday.\n",
        "b.txt": "Coach Ryan Phillips resigned on Friday.\n",
    }
    assert run_corpus_rule(TransliterationAcrossRun, texts) == []


def test_summary_is_small_and_picklable():
    import pickle

    article = Article(TWO_SPELLINGS, path="t.txt")
    summary = TransliterationAcrossRun().collect(article)
    pickle.dumps(summary)
    assert "talks" not in repr(summary)


# --- TL103 -------------------------------------------------------------------


def test_sentence_starting_with_a_lowercase_name():
    text = "Seoul accused the North of sending troops. kyiv also warned of a new offensive.\n"
    hits = run_rule(LowercaseProperNoun, text)
    assert len(hits) == 1
    assert hits[0][1] == "kyiv"
    assert "'kyiv'" in hits[0][2]


def test_lowercase_name_mid_sentence_with_a_fix():
    text = (
        "Officials in Kharkiv said the strikes hit power lines. "
        "Shelling of Kharkiv went on all night. The mayor of kharkiv asked for help.\n"
    )
    hits = run_rule(LowercaseProperNoun, text)
    assert [h[1] for h in hits] == ["kharkiv"]
    assert "Kharkiv" in hits[0][2]
    assert apply_fix(text, LowercaseProperNoun).count("kharkiv") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The cost rose by approx. five percent.\n",
        "He left at 5 p.m. yesterday.\n",
        "Sales of the new iPhone rose. iPhone owners were pleased.\n",
        "Read more at http://www. example. org/ news .\n",
        "Send tips to news@example.org. tips are read daily.\n",
        'He shouted "Stop!" and ran away.\n',
        "It was over... and then it began again.\n",
        "The firm sold the unit. the buyer was not named.\n",  # common word: a truncation matter
        "Streptococcus salivarius subsp. thermophilus was used.\n",
    ],
)
def test_lowercase_false_alarms(text):
    assert run_rule(LowercaseProperNoun, text) == []


def test_a_common_noun_sometimes_in_a_name_is_fine():
    text = (
        "The Scottish Regiments campaign met on Friday. The regiments have a long history. "
        "Several regiments will merge.\n"
    )
    assert run_rule(LowercaseProperNoun, text) == []


def test_a_journal_title_is_not_a_name():
    text = (
        "The study appeared in the journal Neurology this week. "
        "It was led by a professor of neurology in Boston, with data from Neurology archives.\n"
    )
    assert run_rule(LowercaseProperNoun, text) == []


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Talks resumed in berlin on Monday after a short break.", "berlin"),
        ("A paris-based fund bought the stake.", "paris"),
        ("Exports to japan's car makers fell by a tenth.", "japan"),
        ("The deal was welcomed by the americans at the table.", "americans"),
        ("Shares rose in tokyo. They fell in Frankfurt.", "tokyo"),
        ("The vote is now expected on thursday, officials said.", "thursday"),
    ],
)
def test_lowercase_place_and_nationality_names_fire_with_a_fix(sentence, word):
    text = "Markets steady after the vote\n\n" + sentence + "\n\nTraders said the mood was calm.\n"
    hits = run_rule(LowercaseProperNoun, text)
    assert [h[1] for h in hits] == [word]
    assert f"'{word}' in lower case" in hits[0][2]
    fixed = apply_fix(text, LowercaseProperNoun)
    assert word[:1].upper() + word[1:] in fixed


@pytest.mark.parametrize(
    "text, found",
    [
        ("Exports from Turkey rose, and turkey sales doubled at Christmas.\n", []),
        ("The museum lent its china to a show in Beijing, beside pieces from China's imperial kilns.\n", []),
        ("China is the largest market. Its exports rose. Later china's central bank cut rates.\n", ["china"]),
        ("Its exports rose. Later china's central bank cut rates.\n", ["china"]),
        ("Officials in Jordan agreed. Aid will go to refugees in jordan and Syria.\n", ["jordan"]),
        ("Exports to Chile rose. Growth in chile slowed.\n", ["chile"]),
        ("Exports to Chile rose. The chile sauce sold out.\n", []),
    ],
)
def test_ambiguous_names_need_a_place_position(text, found):
    """Also an ordinary word: a bare possessive, or capitalised elsewhere and used like a place."""
    assert [h[1] for h in run_rule(LowercaseProperNoun, text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers bought brussels sprouts and french fries for the party.\n",
        "He quit smoking cold turkey and sold the fine china. The turkey was roasted.\n",
        "A turkey is expensive. Prices of china and turkey rose.\n",
        "Details are at www.london.gov.uk and from @london_news on the site.\n",
        "More on the city at visit-london.example.com today.\n",
        "Story continues.\ntags: london, travel, weekend\nThe end.\n",
        "lol we went to london and paris last week\nit was great\nthen we flew home to berlin\n",
        "The Swiss bank was sold. He owns a swiss army knife.\n",
    ],
)
def test_lowercase_place_names_false_alarms(text):
    assert run_rule(LowercaseProperNoun, text) == []


def test_a_list_of_countries_is_no_evidence_for_an_ambiguous_name():
    text = (
        "Choose your country: Tunisia Turkey Turkmenistan Uganda\n\n"
        "The recipe uses turkey mince and fresh herbs.\n"
    )
    assert run_rule(LowercaseProperNoun, text) == []


# --- TL104 -------------------------------------------------------------------


def test_german_quotation_marks_fixed_to_the_house_style():
    text = "He said “we will see”. The plan was called „a sign of desperation“ by critics.\n"
    hits = run_rule(ForeignQuotationMarks, text)
    assert len(hits) == 1
    assert hits[0][1] == "„a sign of desperation“"
    assert "'a sign of desperation'" in hits[0][2]
    assert apply_fix(text, ForeignQuotationMarks).endswith("called “a sign of desperation” by critics.\n")


def test_guillemets_fixed_to_straight_quotes_in_a_straight_quote_article():
    text = 'She said "no". The minister spoke of « larger spaces » and «vassals».\n'
    fixed = apply_fix(text, ForeignQuotationMarks)
    assert fixed == 'She said "no". The minister spoke of "larger spaces" and "vassals".\n'


def test_navigation_arrows_are_not_quotation_marks():
    text = "Filed under: politics | 10 Comments »\nRead more » on the site.\n"
    assert run_rule(ForeignQuotationMarks, text) == []


def test_reversed_german_guillemets():
    text = "The paper called it »a historic day« in its editorial.\n"
    hits = run_rule(ForeignQuotationMarks, text)
    assert [h[1] for h in hits] == ["»a historic day«"]


# --- TL105 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, found",
    [
        ("Losses reached 1,5 million euros last year.\n", "1,5"),
        ("Inflation rose to 2,7 percent in May.\n", "2,7"),
        ("The fund holds 12.500.000 hryvnias.\n", "12.500.000"),
        ("The decree was signed on 06.11.2024 in Kyiv.\n", "06.11.2024"),
    ],
)
def test_continental_numbers(text, found):
    hits = run_rule(ContinentalNumberFormat, text)
    assert [h[1] for h in hits] == [found]
    assert repr(found) in hits[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,500 million people voted.\n",
        "They scored 1,2 and 3 in the rounds.\n",
        "The version 2.3.1 was released.\n",
        "Shares rose 1.5% to 12,000 points.\n",
        "Visit 192.168.10.1 to log in.\n",
    ],
)
def test_english_numbers_are_fine(text):
    assert run_rule(ContinentalNumberFormat, text) == []


# --- TL106 -------------------------------------------------------------------


def test_bare_verb_after_accuse_of():
    text = "Seoul and Washington accuse North Korea of send it to him.\n"
    hits = run_rule(BareVerbAfterOf, text)
    assert [h[1] for h in hits] == ["send"]
    assert "'send'" in hits[0][2] and "accuse North Korea of" in hits[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "He was accused of sending troops.\n",
        "He was convicted of murder in 2019.\n",
        "She was charged of assault and cleared of fraud.\n",
        "The SEC accused the firm of illegally paying an agent.\n",
        "A congestion charge scheme and a host of transport improvements.\n",
        "They were suspected of support for the rebels.\n",
    ],
)
def test_nouns_and_ing_forms_after_of_are_fine(text):
    assert run_rule(BareVerbAfterOf, text) == []


def test_noun_like_verb_followed_by_an_object_fires():
    hits = run_rule(BareVerbAfterOf, "They were suspected of supply them with drones.\n")
    assert [h[1] for h in hits] == ["supply"]


# --- TL107 -------------------------------------------------------------------


def test_since_with_a_duration():
    hits = run_rule(SinceWithDuration, "The border has been closed since two years.\n")
    assert [h[1] for h in hits] == ["since two years"]


@pytest.mark.parametrize(
    "text",
    [
        "The border has been closed since two years ago.\n",
        "It has been closed since 2022.\n",
        "It has been closed for two years.\n",
    ],
)
def test_since_with_a_point_in_time_is_fine(text):
    assert run_rule(SinceWithDuration, text) == []


# --- TL108 -------------------------------------------------------------------


def test_untranslated_german_paragraph():
    text = (
        "The minister spoke to reporters after the meeting in Berlin on Monday.\n\n"
        "Die Lage an der Front ist sehr ernst, und wir müssen die Unterstützung für die Ukraine "
        "weiter verstärken, sagte der Minister.\n\n"
        "He did not give details of the new package.\n"
    )
    hits = run_rule(UntranslatedPassage, text)
    assert len(hits) == 1
    assert hits[0][0] == 3
    assert "(de)" in hits[0][2]


def test_cyrillic_paragraph():
    text = "The statement was short.\n\nМи продовжуємо боротьбу за нашу землю і нашу свободу щодня.\n"
    hits = run_rule(UntranslatedPassage, text)
    assert len(hits) == 1 and "Cyrillic" in hits[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Replacements: Smith, Jones, Brown, Taylor, Williams, Davies, Evans, Thomas, Roberts.\n",
        "Sales rose sharply in the third quarter, the company said in a statement on Friday.\n",
        "Fernando Alonso, Renault; Michael Schumacher, Ferrari; Kimi Raikkonen, McLaren Mercedes.\n",
    ],
)
def test_english_and_name_lists_are_fine(text):
    assert run_rule(UntranslatedPassage, text) == []


def test_patterns_are_linear_on_adversarial_input():
    import time

    nasty = ("„" + "a " * 5000 + "\n") + ("accused " + "x " * 5000) + ("1," * 5000) + ("since " * 3000)
    nasty += "Turkey " + "in china-" * 700 + " Chad and " * 700 + "london's " * 700 + "\n"
    article = Article(nasty * 3, path="t.txt")
    started = time.perf_counter()
    for rule in ALL[2:]:
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes
    assert translation  # module imported
    started = time.perf_counter()
    names = " ".join(f"Name{'ch' * (i % 40)}ow Zz{'s' * (i % 50)}e" for i in range(3000))
    list(InconsistentTransliteration().check(Article(names + "\n", path="t.txt")))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes


# --- TL101: Russian-based and Ukrainian-based place names ---------------------


def test_russian_and_ukrainian_spellings_of_one_city():
    text = (
        "Shelling hits Kharkiv\n\nShelling hit Kharkiv on Tuesday, officials said.\n\n"
        "Residents of Kharkov spent the night in metro stations.\n\nKharkiv has been hit before.\n"
    )
    hits = run_rule(InconsistentTransliteration, text)
    assert [(h[0], h[1]) for h in hits] == [(5, "Kharkov")]


# --- TL103: months that are also words ------------------------------------------


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The plant closed in march 2019, the union said.", "march"),
        ("The vote is set for 14 august, officials said.", "august"),
        ("Prices have risen since may, the bank said.", "may"),
        ("Talks resumed on june 3 in Vienna.", "june"),
        ("Shoppers spent less before christmas, the survey found.", "christmas"),
        ("Ministers of nato met in Brussels.", "nato"),
    ],
)
def test_lowercase_months_in_dates_and_festivals_fire(sentence, word):
    hits = run_rule(LowercaseProperNoun, f"Headline\n\n{sentence}\n")
    assert [h[1] for h in hits] == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands will march 20 miles to the capital on Sunday.",
        "Of the 12 patients, 4 may need further surgery, doctors said.",
        "It was the last march of the season, organisers said.",
        "The museum is an august institution, the Minister said.",
        "The storm was a classic nor'easter, forecasters in Boston said.",
        "They may, in the end, walk away from the deal.",
    ],
)
def test_months_that_are_ordinary_words_outside_dates_are_fine(sentence):
    assert run_rule(LowercaseProperNoun, f"Headline\n\n{sentence}\n") == []


# --- TL104 / TL105 additions -------------------------------------------------------


def test_japanese_corner_brackets():
    hits = run_rule(ForeignQuotationMarks, "The minister called it 「a regrettable error」 on Friday.\n")
    assert len(hits) == 1 and "「…」" in hits[0][2]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Police said 12.000 people took part.", "12.000"),
        ("The fund holds 4\u00a0500\u00a0000 euros.", "4\u00a0500\u00a0000"),
        ("Exports rose to 3,2 mln tonnes.", "3,2 mln"),
        ("The budget is 40 Mrd euros.", "40 Mrd"),
    ],
)
def test_more_continental_numbers(text, found):
    hits = run_rule(ContinentalNumberFormat, text + "\n")
    assert found in [h[1] for h in hits]


@pytest.mark.parametrize(
    "text",
    [
        "The euro was trading at $1.364 on Monday.",
        "Call the helpline on +44 20 7946 0123 for details.",
        "The index closed 1.125 points higher.",
    ],
)
def test_more_english_numbers_are_fine(text):
    assert run_rule(ContinentalNumberFormat, text + "\n") == []


# --- TL107 additions ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["The factory has been idle since years.", "They are waiting since months for a reply."])
def test_since_with_a_bare_plural_duration(text):
    assert len(run_rule(SinceWithDuration, text + "\n")) == 1


def test_since_long_before_is_fine():
    assert run_rule(SinceWithDuration, "The feud began long ago, since long before the war.\n") == []


# --- TL108 additions ---------------------------------------------------------------


def test_short_cyrillic_paragraph_and_capitalised_german_function_words():
    text = (
        "The ministry confirmed the visit.\n\n"
        "Про це заявив речник уряду.\n\n"
        "Die Verhandlungen über den Vertrag sollen nach Angaben der Regierung im Herbst beginnen.\n"
    )
    hits = run_rule(UntranslatedPassage, text)
    assert [h[0] for h in hits] == [3, 5]


def test_untranslated_sentence_inside_an_english_paragraph():
    text = (
        "The mayor opened the new bridge on Saturday. Le maire a déclaré que les travaux ont coûté "
        "plus cher que prévu à cause de la météo. The bridge cost 40 million euros.\n"
    )
    hits = run_rule(UntranslatedPassage, text)
    assert len(hits) == 1 and hits[0][1].startswith("Le maire") and "(fr)" in hits[0][2]


def test_citation_of_foreign_names_is_fine():
    text = "The review cited earlier work. 1. de la Cruz M, del Rio P, van der Berg J, et al. Lancet.\n"
    assert run_rule(UntranslatedPassage, text) == []


# --- TL109 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("The coach explained us why the side lost.", "explained us why"),
        ("Delegates discussed about the tariffs for hours.", "discussed about"),
        ("Farmers will participate to the protest in Lyon.", "participate to the"),
        ("Dozens assisted to the funeral in Naples.", "assisted to the funeral"),
        ("Fares will vary depending of the season.", "depending of"),
        ("According to own figures, the club is debt-free.", "According to own"),
        ("A decision is expected in the nearest future.", "in the nearest future"),
        ("It exists another route through the mountains.", "It exists another"),
        ("She has 32 years and two children.", None),
        ("He had 70 years old when he retired.", "had 70 years old"),
        ("Visitors may not make photos inside the chapel.", "make photos"),
        ("The most of residents opposed the plan.", "The most of residents"),
        ("He said that the Poland was ready to act.", "the Poland"),
        ("The actual mayor took office in 2003.", "The actual mayor"),
        ("The club declined to comment these reports.", "to comment these"),
        ("As writes the newspaper, the plant will close.", "As writes the"),
        ("About this reported the city council on its website.", "About this reported the"),
        ("The firm is operating since 2001 in the region.", "is operating since 2001"),
        ("The leaflet gives advices on safety.", "advices"),
        ("The ministry informed that the road is closed.", "informed that the"),
        ("The also former champion finished third.", "The also"),
        ("The prince realised a visit to the hospital.", "realised a visit"),
    ],
)
def test_source_language_grammar_fires(sentence, found):
    hits = run_rule(SourceLanguageGrammar, f"Headline\n\n{sentence}\n")
    if found is None:
        return  # documented gap: "has 32 years" + "and" is left alone (only before a stop or "old")
    assert [h[1] for h in hits] == [found]
    assert repr(found) in hits[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed the tariffs and the discussions about quotas went on.",
        "He made the most of people's goodwill and of the weather.",
        "The England captain said the France side was strong.",
        "The Germany of the 1930s was a dictatorship.",
        "He declined to comment any further on the matter.",
        "He was also told that the plant would close.",
        "Staff are well informed that the rules have changed.",
        "Even when told that the drink was alcohol-free, they refused.",
        "The inflation rate is the highest since 1990.",
        "About 200 people said the plan was wrong.",
        "She made a photo album for her mother.",
        "He is 40 years old and has 20 years of experience.",
        "He has two years left on his contract.",
        "The actual cost of the scheme was higher.",
        "There are some limitations to mention about the study.",
        "The firm's lack of funds was clear.",
        "We participate to the extent that we can.",
        '"I have 30 years in this job and I explain me nothing," the coach said.',
    ],
)
def test_source_language_grammar_false_alarms(sentence):
    assert run_rule(SourceLanguageGrammar, f"Headline\n\n{sentence}\n") == []


# --- TL110 -------------------------------------------------------------------


def test_name_with_and_without_diacritics_in_one_article():
    text = (
        "Muñoz signs for City\n\nDefender Carlos Muñoz has signed a three-year deal.\n\n"
        "Munoz said he was delighted. Muñoz joins from Seville.\n"
    )
    hits = run_rule(InconsistentDiacritics, text)
    assert [(h[0], h[1]) for h in hits] == [(5, "Munoz")]
    assert "'Muñoz' elsewhere" in hits[0][2]


def test_diacritics_differences_of_two_people_are_fine():
    text = "José Ramos met Jose Ortega. José Ramos spoke first, then Jose Ortega.\n"
    assert run_rule(InconsistentDiacritics, text) == []


def test_one_spelling_throughout_is_fine():
    assert run_rule(InconsistentDiacritics, "Zoë Ball presents. Zoë Ball said so.\n") == []


# --- TL111 -------------------------------------------------------------------


def test_two_agency_translation_phrasings_in_a_paragraph():
    text = (
        "Headline\n\n"
        "The two brotherly countries agreed to expand cooperation in all fields, the agency said.\n\n"
        "The talks lasted three hours.\n"
    )
    hits = run_rule(TranslationeseCluster, text)
    assert [h[0] for h in hits] == [3]
    assert "'brotherly countries'" in hits[0][2] and "Arabic" in hits[0][2]


def test_one_phrasing_alone_or_inside_a_quotation_is_fine():
    text = (
        "Headline\n\nThe troops left the territory, officials said on the territory of the base.\n\n"
        '"Our brotherly countries will cooperate in all fields," the minister said.\n'
    )
    assert run_rule(TranslationeseCluster, text) == []


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("The unions are agree on the new rota.", "are agree"),
        ("He worked at the plant during twelve years.", "during twelve years"),
        ("Despite of the snow, the match went ahead.", "Despite of"),
        ("Doctors suggested him to rest for a month.", "suggested him to rest"),
        ("Police received an information about the car.", "an information"),
    ],
)
def test_more_source_language_grammar(sentence, found):
    hits = run_rule(SourceLanguageGrammar, f"Headline\n\n{sentence}\n")
    assert [h[1] for h in hits] == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        "During two years of talks, nothing changed.",
        "He spent an information campaign's budget on posters.",
        "The board agreed; the members are agreed on the date.",
        "Despite the rain, fans came.",
    ],
)
def test_more_source_language_grammar_false_alarms(sentence):
    assert run_rule(SourceLanguageGrammar, f"Headline\n\n{sentence}\n") == []


def test_letters_without_a_unicode_decomposition_count_as_diacritics():
    text = "Lech Wałęsa led the strike. Walesa later became president, and Wałęsa wrote a memoir.\n"
    hits = run_rule(InconsistentDiacritics, text)
    assert [h[1] for h in hits] == ["Walesa"]


@pytest.mark.parametrize(
    "paragraph, code",
    [
        ("Yetkililer, yeni düzenlemenin gelecek ay yürürlüğe gireceğini ve bu konuda bir değişiklik olmayacağını "
         "açıkladı.", "tr"),
        ("Primarul a spus că lucrările la pod vor fi terminate în luna mai și că nu vor exista întârzieri.", "ro"),
    ],
)
def test_paragraphs_in_turkish_and_romanian(paragraph, code):
    hits = run_rule(UntranslatedPassage, f"The mayor spoke on Friday.\n\n{paragraph}\n")
    assert len(hits) == 1 and f"({code})" in hits[0][2]


def test_new_patterns_are_linear_on_adversarial_input():
    import time

    nasty = ("Earlier about " + "x " * 5000 + "\n") + ("the most of " * 3000 + "\n") + ("explain me " * 3000)
    nasty += ("as informs " * 3000) + ("is " + "a" * 5000 + "ing since ") + ("in the " * 5000 + "\n")
    nasty += ("from 1 April " * 3000) + ("can no more " * 3000) + ("in march " * 3000 + "\n") + ("12 " * 3000 + "may\n")
    nasty += ("1.000 " * 3000) + ("der die das " * 3000 + ".\n") + ("Про це " * 3000 + ".\n") + ("「" + "a" * 5000 + "\n")
    article = Article(nasty * 2, path="t.txt")
    started = time.perf_counter()
    for rule in (SourceLanguageGrammar, TranslationeseCluster, InconsistentDiacritics, UntranslatedPassage,
                 LowercaseProperNoun, ContinentalNumberFormat, ForeignQuotationMarks):
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes


# --- needed words: the prefilter of TL109 and TL111 ----------------------------


@pytest.mark.parametrize("entry", [*translation.CALQUES, *translation.TRANSLATIONESE], ids=lambda e: e.pattern.pattern[:40])
def test_needed_words_are_words_of_the_pattern(entry):
    import re

    pattern = re.sub(r"\[(\w)\1\]", r"\1", translation.case_folded(entry.pattern.pattern))  # [Dd]uring
    assert entry.needs and all(word in pattern for word in entry.needs)


@pytest.mark.parametrize("text", ["İNFORMATİONS", "The leaflet gives ADVİCES and adviceſ."])
def test_case_folding_keeps_the_needed_words_of_any_case_insensitive_match(text):
    calque = next(c for c in translation.CALQUES if "informations" in c.needs)
    assert calque.pattern.search(text)
    assert translation.may_match(calque.needs, translation.case_folded(text))


def test_every_example_match_holds_a_needed_word():
    sentences = [example[0] for function in (test_source_language_grammar_fires, test_more_source_language_grammar)
                 for mark in function.pytestmark for example in mark.args[1]]
    sentences.append("The two brotherly countries agreed to expand cooperation in all fields, the agency said.")
    matched = 0
    for sentence in sentences:
        for entry in (*translation.CALQUES, *translation.TRANSLATIONESE):
            if entry.pattern.search(sentence):
                matched += 1
                assert translation.may_match(entry.needs, translation.case_folded(sentence)), sentence
    assert matched >= len(sentences) - 1


# --- TL108's test for a non-Latin letter, character by character -----------------


def test_non_latin_letter_test_agrees_with_a_scan_of_the_text():
    import random
    import sys

    every_character = "".join(chr(c) for c in range(sys.maxunicode + 1))
    rng = random.Random(5)
    samples = ["", "plain ASCII text", "Curly “quotes” — and dashes…", "Zelenskyj Київ", "東京 and Athens (Αθήνα)"]
    for _ in range(3000):
        start = rng.randrange(len(every_character))
        pool = "abc “”—é " + every_character[start: start + rng.choice((1, 50, 5000))]
        samples.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 40))))
    samples += [every_character[i: i + 4096] for i in range(0, len(every_character), 4096)]
    for text in samples:
        assert translation.has_non_latin_letter(text) == (translation._NON_LATIN_LETTER.search(text) is not None)


# --- TL106 and TL109 search only the lines that hold a needed word ---------------------


def _calque_examples() -> list[str]:
    return [example[0] for function in (test_source_language_grammar_fires, test_more_source_language_grammar)
            for mark in function.pytestmark for example in mark.args[1]]


def test_calques_searched_line_by_line_match_as_over_the_whole_text():
    import random

    rng = random.Random(3)
    pieces = _calque_examples() + [
        "The minister said the most of the reports were wrong.", "He has 45 years and lives in Kyiv.",
        "Straße İNFORMATİONS ﬁnance ǅemal", "As informs the agency,", "About this reported the ministry",
        "“Quoted: as informs the agency, the plan fails.”", "the Germany is", "since", "years", "",
        "Seoul accuses Pyongyang of send troops", "they were charged\nof attack", "guilty of murder him",
    ]
    separators = [" ", "\n", "\n\n", " \n", "\t", "\r\n", ". "]
    texts = []
    for _ in range(600):
        words = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))).split(" ")
        texts.append("".join(word + rng.choice(separators if rng.random() < 0.3 else [" "]) for word in words))
    texts.append("\n".join(_calque_examples() * 3))  # needed words beyond MAX_OCCURRENCES_BY_LINE
    found = 0
    for text in texts:
        article = Article(text)
        for pattern, needs in [*((calque.pattern, calque.needs) for calque in translation.CALQUES),
                               (translation._ACCUSE_OF, translation._ACCUSE_OF_NEEDS)]:
            expected = [match.span() for match in pattern.finditer(article.text)]
            assert [match.span() for match in translation.line_bound_matches(article, pattern, needs)] == expected
            found += len(expected)
    assert found > 1000


def test_case_folding_keeps_line_breaks():
    import sys

    for code in range(sys.maxunicode + 1):
        character = chr(code)
        assert ("\n" in translation.case_folded(character)) == (character == "\n")


# --- _bare: ASCII spellings by replace() and lower() ------------------------------


def test_bare_of_ascii_spellings_agrees_with_the_unicode_steps():
    import random
    import unicodedata

    def plain_bare(spelling: str) -> str:
        folded = unicodedata.normalize(
            "NFKD", translation._without_case_or_marks(spelling).translate(translation._SPECIAL_LETTERS)
        )
        return "".join(c for c in folded if not unicodedata.combining(c))

    rng = random.Random(7)
    ascii_pool = [chr(c) for c in range(128)]
    mixed_pool = ascii_pool + list("’‘éÉüÜßẞłŁøØæÆœŒþðđıİǅﬁſ\u0301\u0308Κιέβ")
    spellings = ["Kiev", "Kyiv", "Jean-Pierre", "O'Neill", "O’Neill", "Müller", "São", "STRASSE", "Straße", ""]
    for _ in range(20000):
        pool = ascii_pool if rng.random() < 0.7 else mixed_pool
        spellings.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 12))))
    translation._bare.cache_clear()
    ascii_seen = 0
    for spelling in spellings:
        ascii_seen += spelling.isascii()
        assert translation._bare(spelling) == plain_bare(spelling), spelling
    assert ascii_seen > 10000


def test_tl103_word_selections_by_set_operations_agree_with_word_by_word_tests():
    """TL103 picks words by an intersection with the names' keys and by str.isalpha before its own
    tests: the same words as testing every word of the article."""
    import random
    from itertools import filterfalse

    rng = random.Random(13)
    pool = ["kyiv", "Kyiv", "london", "o'neill", "jean-pierre", "d’arcy", "b2b", "co-op", "the", "x", "ﬁnance",
            "é", "łódź", "naïve", "mid-2020", "rock'n'roll", "Zelenskyy", "zelenskyy", "’", "-", "'", "ab'"]
    for _ in range(3000):
        words = frozenset(rng.choice(pool) + rng.choice(["", "", "s", "-x", "'s", "2"]) for _ in range(rng.randint(0, 25)))
        names = {word.lower(): word for word in rng.sample(sorted(words), k=min(len(words), rng.randint(0, 6)))}
        assert words & names.keys() == {word for word in words if word in names}
        marked = {word for word in words if "-" in word or "'" in word or "’" in word}
        assert {word for word in filterfalse(str.isalpha, words) if "-" in word or "'" in word or "’" in word} == marked
