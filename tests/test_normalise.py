"""text.normalise: its fast path (ASCII, typographic marks as spaces) gives what the general one gives."""
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
