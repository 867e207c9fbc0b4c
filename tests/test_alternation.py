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


def test_pack_rules_find_what_their_plain_pattern_finds():
    """Inline pack rules look only where a token's first letters occur: same matches as a full scan."""
    from newslint.engine.article import Article
    from newslint.rules.boilerplate import PACK_RULES

    generator = random.Random(11)
    inline = [rule for rule in PACK_RULES if rule.scope == "inline"]
    assert any(rule.prefixes for rule in inline)
    pieces = [example for rule in inline for example in rule.examples.get("bad", []) + rule.examples.get("good", [])]
    pieces += ["The", "story.", "\n", "Résumé", "“Quote”", "— said", "ſign up", "\u212aeep up", "STRASSE", "straße"]
    for _ in range(200):
        text = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 12)))
        for rule in inline:
            expected = [m.span("token") for m in rule.pattern.finditer(text)]
            assert [m.span("token") for m in rule()._matches(Article(text))] == expected, (rule.code, text)


def test_prefix_search_is_refused_where_case_folding_could_move_or_hide_a_match():
    from newslint.engine.alternation import folded_prefixes, folded_text

    assert folded_text("Sign Up now", True) == "sign up now"
    assert folded_text("Sign Up now", False) == "Sign Up now"
    assert folded_text("\u212aeep up", True) is None  # the Kelvin sign is a K
    assert folded_text("Straße", True) is None  # "ß" matches "ss"
    assert folded_text("İstanbul", True) is None  # lower-casing adds a character
    assert folded_prefixes(["(?:sign up|subscribe)", "please"], True) == {"sign up", "subscrib", "please"}
    assert folded_prefixes(["\\s?e-mail"], True) is None
    assert folded_prefixes(["Éditeur"], True) is None  # a letter outside ASCII: its other case is not certain
