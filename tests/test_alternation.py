"""PhraseAlternation must find exactly what the plain alternation finds, only faster."""
from __future__ import annotations

import random

import regex

from newslint.engine.alternation import PhraseAlternation, literal_prefixes
from newslint.rules.synthetic import STOCK_PHRASES


def test_literal_prefixes_read_the_start_of_a_pattern():
    assert literal_prefixes("worth noting") == {"wort"}
    assert literal_prefixes("(?:worth noting|noteworthy)(?= that|,)") == {"wort", "note"}
    assert literal_prefixes("(?:a|the) delicate balance") == {"a de", "the "}
    assert literal_prefixes("(?<=(?:^|[\\n.!?:])[ \\t]{0,3})ultimately,") == {"ulti"}
    assert literal_prefixes("(?:please )?enter") == {"plea", "ente"}
    assert literal_prefixes("serv(?:e|es)? as") == {"serv"}
    assert literal_prefixes("it['’]s") == {"it's", "it’s"}
    assert literal_prefixes("ab+c") == {"ab"}  # a repeat ends the prefix
    assert literal_prefixes("#\\p{L}+") == {"#"}


def test_literal_prefixes_refuse_what_may_start_with_anything():
    assert literal_prefixes("\\p{L}+ing") is None
    assert literal_prefixes("(?:a|\\w)x") is None
    assert literal_prefixes(".*x") is None
    assert literal_prefixes("(?:x)?") is None  # may match the empty string
    assert literal_prefixes("(?i)x") is None
    assert literal_prefixes("[^a]b") is None


def _same_matches(alternation: PhraseAlternation, text: str) -> None:
    expected = [(m.span(), m.lastgroup) for m in alternation.pattern.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in alternation.finditer(text)] == expected


def _alternation(patterns: dict[str, str]) -> PhraseAlternation:
    return PhraseAlternation([f"(?P<{name}>{pattern})" for name, pattern in patterns.items()], regex.I)


def test_first_alternative_in_order_wins_and_matches_do_not_overlap():
    alternation = _alternation({"long": "in the end,? we", "short": "in the end", "end": "end of", "we": "we all"})
    text = "In the end we all know. In the end, the end of it. Friend of mine; weekend of fun."
    _same_matches(alternation, text)
    assert [m.lastgroup for m in alternation.finditer(text)] == ["long", "short", "end"]


def test_text_that_is_not_plain_ascii_is_matched_like_the_plain_pattern():
    alternation = _alternation({"kind": "kind of", "sum": "to sum up", "dash": "[-–—] and soon", "pound": "£\\d+"})
    for text in (
        "\u212aind of magic",  # the Kelvin sign is a capital K without regard to case
        "to ſum up",  # a long s
        "It is a kind of — and soon — to sum up £50.",
        "It’s a kind of thing – and soon",
        "naïve kind of thing, café to sum up",
    ):
        _same_matches(alternation, text)


def test_an_alternative_without_literal_prefix_falls_back_to_the_plain_pattern():
    alternation = _alternation({"any": "\\p{L}+ly important", "plain": "it is"})
    text = "Truly important: it is."
    _same_matches(alternation, text)
    assert [m.lastgroup for m in alternation.finditer(text)] == ["any", "plain"]


def test_stock_phrases_match_as_the_plain_pattern_on_generated_text():
    """Every stock phrase pattern, on texts stitched from their own wordings and noise."""
    alternation = _alternation({name: pattern for name, (_, pattern) in STOCK_PHRASES.items()})
    pieces = [
        "it's important to note that", "In conclusion,", "a testament to", "plays a crucial role",
        "only time will tell", "the road ahead", "as the dust settles", "in today's fast-paced world",
        "#Breaking #News", "— and soon", "serves as a stark reminder", "Ultimately, the", "It’s worth noting,",
        "the", "a", "of", "weather", "Résumé", "naïve", "£20", "\u212aey", "ſome", "tapestry of", "\n", ", ", ". ",
    ]
    generator = random.Random(7)
    for _ in range(300):
        text = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 30)))
        _same_matches(alternation, text)
