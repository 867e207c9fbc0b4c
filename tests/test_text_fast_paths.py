"""text.normalise and text.words: fast paths checked against their plain definitions (normalise:
the runs of letters and digits without a regex scan, with an ASCII fast path; words: findall and
str.find in place of finditer)."""
from __future__ import annotations

import itertools
import random
import unicodedata

import regex

from newslint.engine import text as textutil


def general(text: str) -> str:
    """normalise as defined: NFKC, case folding, runs of letters and digits."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(regex.findall(r"[\p{L}\p{N}]+", folded))


#: every character the fast path takes, and a few that must send a text down the general path
ALPHABET = [chr(code) for code in range(128)] + list("\u00a0’‘“”–—…£€•®") + ["é", "\u0301", "™", "ß", "ﬁ", "Ⅻ", "²"]


def test_every_pair_of_characters_normalises_as_defined():
    for first, second in itertools.product(ALPHABET, repeat=2):
        for text in (first + second, "x" + first + second + "Y", first + "A" + second):
            assert textutil.normalise(text) == general(text), repr(text)


def test_random_texts_normalise_as_defined():
    chance = random.Random(7)
    for _ in range(20_000):
        text = "".join(chance.choice(ALPHABET) for _ in range(chance.randint(0, 16)))
        assert textutil.normalise(text) == general(text), repr(text)


def test_normalise_is_the_plain_definition_on_every_code_point():
    code_points = [chr(code) for code in range(0x110000)]
    for start in range(0, len(code_points), 4096):
        chunk = code_points[start:start + 4096]
        for text in (" ".join(chunk), "".join(chunk)):
            assert textutil.normalise(text) == general(text), hex(start)


def test_normalise_on_words_marks_and_separators():
    for text in ["", "  ", "Hello, World!", "ﬁne Straße İstanbul", "e\u0301te\u0301", "a\u00a0b\u2028c", "-x_y-", "٣ apples"]:
        assert textutil.normalise(text) == general(text)


def test_words_are_the_matches_of_the_word_pattern():
    """text.words places each word by str.find; the spans must be finditer's."""
    alphabet = ["a", "B", "é", "\u0301", "1", "'", "’", "-", " ", "\n", "ß", "Ⅻ", "x", "٣"]
    chance = random.Random(3)
    for _ in range(20_000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 16)))
        expected = [(m.start() + 5, m.end() + 5, m.group()) for m in textutil.WORD.finditer(text)]
        assert [tuple(span) for span in textutil.words(text, 5)] == expected, repr(text)
