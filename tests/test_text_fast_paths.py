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


#: letters of each case, marks, digits, apostrophes, hyphens, quotation marks, white space
FAST_PATH_ALPHABET = ["a", "s", "B", "É", "é", "\u0301", "1", "'", "’", "-", " ", "\t", "\n", "ß", "Ⅻ", "x", "٣",
                      '"', "“", "”", "«", "»", "‘", ".", "?", "ǅ"]


def random_texts(seed: int, count: int = 20_000, longest: int = 24):
    chance = random.Random(seed)
    for _ in range(count):
        yield "".join(chance.choice(FAST_PATH_ALPHABET) for _ in range(chance.randint(0, longest)))


def test_capitalised_words_are_the_matches_of_the_name_pattern_possessive_removed():
    """capitalised_words places each match by running lengths of a split; the spans must be finditer's."""
    for text in itertools.chain(random_texts(11), ["Obama's plan", "O'Neill’s and Jean-Paul's", "Xy's Zz’s"]):
        expected = []
        for match in textutil._NAME.finditer(text):
            word, end = match.group(), match.end()
            if word.endswith(("'s", "’s")):
                word, end = word[:-2], end - 2
            expected.append((match.start() + 9, end + 9, word))
        assert [tuple(span) for span in textutil.capitalised_words(text, 9)] == expected, repr(text)


def plain_mask(text, spans, offset=0):
    chars = list(text)
    for span in spans:
        for index in range(max(0, span.start - offset), min(len(chars), span.end - offset)):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def test_mask_spans_blanks_as_character_by_character():
    chance = random.Random(5)
    for text in random_texts(13, 5_000):
        for offset in (0, 3):
            spans = [textutil.Span(a, b, "") for a, b in
                     (sorted((chance.randint(-2, len(text) + 5), chance.randint(-2, len(text) + 5)))
                      for _ in range(chance.randint(0, 4)))]
            spans += [textutil.Span(5, 2, "")]  # an empty, reversed span blanks nothing
            chance.shuffle(spans)
            assert textutil.mask_spans(text, spans, offset) == plain_mask(text, spans, offset), (text, spans)


#: the sentence boundary as first written, each look-behind in its own alternative
FIRST_SENTENCE_END = regex.compile(
    r"(?<=[.!?…][\"'”’»)\]]*)[ \t]+(?=[\"'“‘«„(\[]?[\p{Lu}\p{N}])"
    r"|(?<=[.!?…][\"'”’»)\]]*)\n"
    r"|\n[ \t]*\n\s*"
)


def plain_split_sentences(text, offset=0):
    """split_sentences as first written: the word before every boundary looked up, finditer for line breaks."""
    boundaries = []
    for match in FIRST_SENTENCE_END.finditer(text):
        cut = match.start()
        last_word = text[max(text.rfind(" ", 0, cut), text.rfind("\t", 0, cut), text.rfind("\n", 0, cut)) + 1 : cut]
        if match.group().strip(" \t") == "":
            if last_word.rstrip(".").lower() in textutil.ABBREVIATIONS:
                continue
            if len(last_word) == 2 and last_word[0].isupper() and last_word[1] == ".":
                continue
        boundaries.append((match.start(), match.end()))
    for match in regex.finditer(r"\n(?=[ \t]*[\p{Lu}\"“«*#])", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()]
        if line.strip() and not textutil.ends_sentence(line) and not line.rstrip().endswith(","):
            boundaries.append((match.start(), match.end()))
    boundaries.sort()
    spans, position = [], 0
    for start, end in boundaries + [(len(text), len(text))]:
        if start < position:
            continue
        piece = text[position:start]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((offset + position + lead, offset + position + lead + len(piece.strip()), piece.strip()))
        position = end
    return spans


def test_split_sentences_as_first_written():
    extra = ["Dr. Smith left. Mr. Jones came.", "George W. Bush said so.\nThen he left", "A line\nAnother line",
             "Ends here.\n\n\nNew one!  “Quoted” Next? (Yes) 12 apples"]
    for text in itertools.chain(random_texts(17), extra, (t.replace("x", "Dr.") for t in random_texts(19, 5_000))):
        assert [tuple(s) for s in textutil.split_sentences(text, 4)] == plain_split_sentences(text, 4), repr(text)


def test_vocabulary_is_the_lower_cased_words():
    from newslint.engine.article import Article

    for text in random_texts(23, 3_000, 40):
        assert Article(text).vocabulary == frozenset(w.text.lower() for w in textutil.words(text)), repr(text)


def test_quotation_spans_skips_only_texts_without_a_quotation_mark():
    """The ASCII fast path returns nothing only where the quotation-mark pattern finds nothing."""
    ascii_alphabet = [chr(code) for code in range(128)]
    chance = random.Random(29)
    for _ in range(20_000):
        text = "".join(chance.choice(ascii_alphabet) for _ in range(chance.randint(0, 20)))
        if textutil._QUOTE_MARK.search(text) is None:
            assert '"' not in text and textutil.quotation_spans(text) == []
        else:
            assert '"' in text
