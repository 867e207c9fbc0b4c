"""text.normalise finds the runs of letters and digits without a regex scan:
the same result as the plain definition, on every code point."""
from __future__ import annotations

import unicodedata

import regex

from newslint.engine.text import normalise


def plain_normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(regex.findall(r"[\p{L}\p{N}]+", folded))


def test_normalise_is_the_plain_definition_on_every_code_point():
    code_points = [chr(code) for code in range(0x110000)]
    for start in range(0, len(code_points), 4096):
        chunk = code_points[start:start + 4096]
        for text in (" ".join(chunk), "".join(chunk)):
            assert normalise(text) == plain_normalise(text), hex(start)


def test_normalise_on_words_marks_and_separators():
    for text in ["", "  ", "Hello, World!", "ﬁne Straße İstanbul", "e\u0301te\u0301", "a\u00a0b\u2028c", "-x_y-", "٣ apples"]:
        assert normalise(text) == plain_normalise(text)
