"""Shared text utilities: words, sentences, names, fingerprints.

Every rule that needs one of these calls it from here, so that two rules
never disagree about what a sentence or a name is.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache, partial
from itertools import accumulate, groupby
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple

from . import patterns as regex  # regex, with a time limit on every match

from .wordindex import word_index

WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*")
TERMINAL_PUNCTUATION = ".!?…"
CLOSING_MARKS = "\"'”’»)]*_"
OPENING_QUOTES = "\"“‘«„‚'"
#: a speaker label at the start of a paragraph: **Name:**, Name:, NAME:, Q:, A:, Q. and A.,
#: after an optional transcript time stamp ("[00:02:14] HOST:", "(12:05) Q:") or caption marks (">> HOST:")
SPEAKER_LABEL = regex.compile(
    r"^[ \t]*(?:>>?[ \t]*)?(?:[\[(]?\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,3})?[\])]?[ \t]+)?"
    r"(?:\*\*(?P<name>[^*\n:]{1,60}):\*\*|__(?P<name>[^_\n:]{1,60}):__"
    r"|\*\*(?P<name>[^*\n:]{1,60})\*\*:|(?P<name>Q|A|Question|Answer|Interviewer|"
    r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}):(?=[ \t])"
    r"|(?P<name>Q|A)\.(?=[ \t]+[\p{Lu}\"“‘'(]))[ \t]*"
)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say would could may might must shall
    us one two new last first""".split()
)
#: words that start a sentence in lower case legitimately (brands, units)
LOWERCASE_BRANDS = frozenset({"iphone", "ipad", "ipod", "itunes", "ebay", "imac", "icloud", "e-mail", "email"})

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr co corp inc ltd vs etc gen col lt sgt capt cmdr gov sen
    rep rev hon no nos fig approx est dept univ ave blvd mt ft jan feb mar apr jun jul aug
    sep sept oct nov dec u.s u.k e.g i.e p.m a.m""".split()
)


class Span(NamedTuple):
    start: int
    end: int
    text: str


#: ``span.start`` and ``span.text`` as functions, for ``map`` over many spans (a tuple index, no attribute lookup)
span_start, span_text = itemgetter(0), itemgetter(2)


def _visible_form(char: str) -> str:
    if char < " ":
        return chr(0x2400 + ord(char))  # the Control Pictures block: "\x1b" shows as "␛"
    return "␡" if char == "\x7f" else "\ufffd"


#: characters a terminal acts on or breaks a line at; one printable character each
_INVISIBLE = {
    ord(c): _visible_form(c)
    for c in [*map(chr, range(0x20)), "\x7f", *map(chr, range(0x80, 0xA0)), "\u2028", "\u2029"]
    if c != "\t"
}


def visible(text: str) -> str:
    """Text safe to print on one terminal line: control characters and line
    separators become one visible character each, so columns still line up."""
    return text.translate(_INVISIBLE)


def shorten(text: str, limit: int = 60) -> str:
    """A message-ready excerpt: whitespace collapsed, cut with an ellipsis."""
    snippet = " ".join(text.split())
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"


def quoted(text: str, limit: int = 60) -> str:
    """``shorten`` in quotation marks, the way messages quote text."""
    return repr(shorten(text, limit))


#: builds a Span from (start, end, text) without the Python-level __new__ of a NamedTuple (callable by ``map``)
_new_span = partial(tuple.__new__, Span)


def _match_spans(pieces: list[str], offset: int) -> list[Span]:
    """The spans of the matches in ``pieces``, the result of ``split`` by a pattern
    whose one group is the whole match and which never matches the empty string:
    [text before the first match, match, text between, match, ..., text after].
    The pieces partition the text, so their running lengths are the matches' bounds."""
    bounds = list(accumulate(map(len, pieces), initial=offset))
    return list(map(_new_span, zip(bounds[1::2], bounds[2::2], pieces[1::2])))


#: ``WORD`` as the one group of a pattern, for ``split``
_WORD_PIECES = regex.compile(f"({WORD.pattern})")


def words(text: str, offset: int = 0) -> list[Span]:
    """The matches of ``WORD``, as spans.

    One ``split`` call and running lengths give the same spans as ``finditer``
    at less than half the cost (a word is never empty).
    """
    return _match_spans(_WORD_PIECES.split(text), offset)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def content_words(text: str) -> list[str]:
    return [w.lower() for _, _, w in words(text) if w.lower() not in STOPWORDS and len(w) > 2]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem, enough to match 'supports' with 'support'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


#: characters that ``normalise`` turns into a word break, each to a space: ASCII other than letters
#: and digits, and common typographic marks that NFKC and case folding keep apart from their
#: neighbours and turn into no letter or digit (NFKC makes "…" three dots, a no-break space a space)
_SEPARATORS_TO_SPACE = {code: " " for code in range(128) if not chr(code).isalnum()} | {
    ord(mark): " " for mark in "\u00a0’‘“”–—…£€•®"
}
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
#: str.translate table: every character that is not a letter or a digit becomes a
#: space; the ASCII ones from the start, the others as they are met (classified by
#: the regex module itself, so by the same Unicode tables as ``\p{L}`` and ``\p{N}``)
_SEPARATORS: dict[int, str] = {code: " " for code in range(128) if not chr(code).isalnum()}
#: the characters already sorted into _SEPARATORS or not
_CLASSIFIED: set[str] = {chr(code) for code in range(128)}


def normalise(text: str) -> str:
    r"""Lower case, letters and digits only, single spaces: for comparing passages.

    The runs of ``[\p{L}\p{N}]`` of the NFKC-normalised, case-folded text
    joined by single spaces, found without a regex scan: the other characters
    become spaces (none of which is a letter or digit) and ``str.split`` cuts
    the runs out.
    """
    spaced = text.translate(_SEPARATORS_TO_SPACE)
    if spaced.isascii():
        # the same result ten times faster: what is left is ASCII letters and digits, their own
        # NFKC form, lower() their case folding, and all of them \p{L} or \p{N}
        return " ".join(spaced.lower().split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    for char in set(folded) - _CLASSIFIED:
        if not _LETTER_OR_DIGIT.fullmatch(char):
            _SEPARATORS[ord(char)] = " "
        _CLASSIFIED.add(char)
    return " ".join(folded.translate(_SEPARATORS).split())


def fingerprint(text: str) -> str:
    """A stable short hash of a passage's normalised text."""
    return hashlib.blake2b(normalise(text).encode(), digest_size=8).hexdigest()


def shingles(text: str, size: int = 1) -> set[tuple[str, ...]]:
    tokens = normalise(text).split()
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def ends_sentence(text: str) -> bool:
    """Does this passage end with terminal punctuation (after closing quotes)?"""
    stripped = text.rstrip().rstrip(CLOSING_MARKS + " ")
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION + ":"


def strip_label(text: str) -> tuple[int, str]:
    """Remove a leading speaker label; return (chars removed, remaining text)."""
    if ":" not in text and "Q." not in text and "A." not in text:
        return 0, text  # every label has a colon but "Q." and "A.": no regex call for most passages
    match = SPEAKER_LABEL.match(text)
    if not match:
        return 0, text
    return match.end(), text[match.end() :]


#: after terminal punctuation (and closing marks) spaces before a capital or a digit, or a line break;
#: anywhere, a blank line (the look-behind shared by the first two alternatives: a third faster)
_SENTENCE_END = regex.compile(
    r"(?<=[.!?…][\"'”’»)\]]*)(?:[ \t]+(?=[\"'“‘«„(\[]?[\p{Lu}\p{N}])|\n)"
    r"|\n[ \t]*\n\s*"
)


_LINE_BREAK_BEFORE_CAPITAL = regex.compile(r"\n(?=[ \t]*[\p{Lu}\"“«*#])")


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Split a passage into sentences.

    A single newline inside the passage does not end a sentence unless the
    line before it ends with terminal punctuation, or the next line starts
    with a capital after a line without it (a heading): that keeps a sentence
    that was hard-wrapped over several lines whole.
    """
    boundaries = []
    for match in _SENTENCE_END.finditer(text):
        if match.group().strip(" \t") == "":
            cut = match.start()
            # the word before the boundary, found by looking back (copying the text would be quadratic)
            last_word = text[max(text.rfind(" ", 0, cut), text.rfind("\t", 0, cut), text.rfind("\n", 0, cut)) + 1 : cut]
            if last_word.rstrip(".").lower() in ABBREVIATIONS:
                continue
            if len(last_word) == 2 and last_word[0].isupper() and last_word[1] == ".":
                continue  # an initial: "George W. Bush"
        boundaries.append((match.start(), match.end()))
    for match in _LINE_BREAK_BEFORE_CAPITAL.finditer(text) if "\n" in text else ():
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()]
        if line.strip() and not ends_sentence(line) and not line.rstrip().endswith(","):
            boundaries.append((match.start(), match.end()))
    boundaries.sort()
    spans = []
    position = 0
    for start, end in boundaries:
        if start < position:
            continue
        _append_trimmed(spans, text, position, start, offset)
        position = end
    _append_trimmed(spans, text, position, len(text), offset)
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append(_new_span((offset + start + lead, offset + start + lead + len(stripped), stripped)))


#: a line that opens with a markdown-bold label (a speaker or a title)
BOLD_LABEL_LINE = regex.compile(r"^[ \t]*(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__)")


def headline_shaped(text: str, max_words: int = 16) -> bool:
    """A short line shaped like a headline: starts with a capital, a digit or a
    quote, has 2 to ``max_words`` words, and does not end like a sentence."""
    stripped = text.strip().strip("*_#>•·-–— \t")
    if not stripped or "\n" in stripped or BOLD_LABEL_LINE.match(text):
        return False
    count = len(WORD.findall(stripped))  # a count needs no spans
    if not 2 <= count <= max_words:
        return False
    first = stripped.lstrip("\"“‘'«(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return not stripped.rstrip("\"”’'») ").endswith((".", ":", ",", ";"))


# --- names -----------------------------------------------------------------

_NAME = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*(?![\p{L}\p{N}])"
)


_NAME_PIECES = regex.compile(f"({_NAME.pattern})")


def capitalised_words(text: str, offset: int = 0) -> Iterator[Span]:
    """Capitalised words (not all-caps), possessive 's removed.

    The possessive never reaches a match: an apostrophe in ``_NAME`` is followed
    by a letter and at least one more, so "Obama's" matches as "Obama".
    """
    return iter(_match_spans(_NAME_PIECES.split(text), offset))


def sentence_initial(text: str, position: int) -> bool:
    """Is ``position`` the first word of a sentence (or of a line)?"""
    index = position
    while index > 0 and text[index - 1] in " \t\"“‘«„(*":
        index -= 1  # step back over spaces and opening marks, without copying the text
    if index == 0 or text[index - 1] == "\n":
        return True
    return text[index - 1] in TERMINAL_PUNCTUATION + ":"


_TRANSLITERATION_STEPS = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ou", "u"),
    ("ie", "e"),
    ("j", "y"),
    ("w", "v"),
)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Reduce a name to a key shared by its transliteration variants.

    Zelenskyj, Zelenskyy, Zelenskiy and Zelensky share a key; so do Umerov
    and Umierov. Two different spellings with one key are a transliteration
    inconsistency.
    """
    folded = unicodedata.normalize("NFKD", name.lower())
    key = "".join(c for c in folded if c.isalpha() and not unicodedata.combining(c))
    for old, new in _TRANSLITERATION_STEPS:
        key = key.replace(old, new)
    key = regex.sub(r"(.)\1+", r"\1", key)
    key = regex.sub(r"(?:iy|yi|ii|i)$", "y", key)
    return key


# --- word frequencies (lazy: the list loads on first use) -------------------


@lru_cache(maxsize=65536)
def zipf_frequency(word: str) -> float:
    """How common an English word is, on the Zipf scale (0 unknown, 7+ 'the')."""
    lowered = word.lower()
    listed = word_index().lookup(lowered)
    if listed is not None:
        return listed
    from wordfreq import zipf_frequency as _zipf  # slow to import: only for words the index cannot answer

    return _zipf(lowered, "en")


def iter_pairs(items: Iterable) -> Iterator[tuple]:
    items = list(items)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            yield a, b


# --- quotations (added for the synthetic and attribution families) ----------

#: opening mark -> the marks that close it
_QUOTE_PAIRS = {"“": "”“\"’", "„": "“”", "«": "»", "»": "«", "‘": "’", '"': '"”'}
_QUOTE_MARK = regex.compile(r"[\"“”„«»‘’]")


def quotation_spans(text: str, offset: int = 0) -> list[Span]:
    """Direct quotations in a passage (a paragraph), outermost only.

    Each span runs from the opening mark to just after the closing one; a
    quotation still open at the end of the passage runs to its end (the
    convention of a quotation that goes on in the next paragraph). Curly,
    straight, low-high and angle double quotes count; single curly quotes
    count when ‘ opens at a word start and ’ closes before a non-letter
    (so apostrophes never close one); straight single quotes never count.
    Mixed marks close each other (“...", "...”, “...’’), as typed text has them.
    An opening mark met inside an open quotation continues it: that is how
    a quotation of several paragraphs reads once its paragraphs were run
    together ('"One. "Two."').
    """
    spans: list[Span] = []
    if text.isascii() and '"' not in text:
        return spans  # '"' is the only ASCII quotation mark
    opener: str | None = None
    start = 0
    for match in _QUOTE_MARK.finditer(text):
        mark, position = match.group(), match.start()
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        if opener is None:
            if mark in "’”" and not (mark == "”" and before.isspace() and after.isalnum()):
                continue  # an apostrophe or a stray closing mark
            if mark == "‘" and before.isalnum():
                continue
            if after.isspace() and mark in "\"»‘":
                continue  # a stray mark (inch sign, closing guillemet)
            opener, start = ("“" if mark == "”" else mark), position
            continue
        closers = _QUOTE_PAIRS[opener]
        if mark not in closers:
            continue
        if mark == "’" and opener == "“":
            if after != "’":
                continue  # an apostrophe inside a double-quoted passage
            position += 1  # ’’ typed for ”
        elif mark == "’" and after.isalpha():
            continue  # an apostrophe inside a single-quoted passage
        if mark == '"' and (before.isspace() or before in "([") and not after.isspace() and after not in ".,;:!?)":
            continue  # an opening mark: the quotation goes on after a paragraph break run in
        if mark == "“" and opener == "“" and not (after.isspace() or not after.isalnum()):
            continue  # a nested or misused opening mark
        spans.append(Span(offset + start, offset + position + 1, text[start : position + 1]))
        opener = None
    if opener is not None and opener != "‘":  # single quotes never run on: a stray ‘
        spans.append(Span(offset + start, offset + len(text), text[start:]))
    return spans


def mask_spans(text: str, spans: Iterable[Span], offset: int = 0) -> str:
    """The passage with each span blanked out by spaces, so offsets still hold."""
    pieces = []
    position = 0  # everything before it is in pieces
    for start, end in sorted((max(0, span.start - offset), min(len(text), span.end - offset)) for span in spans):
        start = max(start, position)  # spans may overlap
        if start >= end:
            continue
        pieces.append(text[position:start])
        pieces.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))  # newlines kept
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# --- names: a looser transliteration key (added for the translation family) --

_LOOSE_TRANSLITERATION_STEPS = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("cz", "ch"),
    ("sz", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("ou", "u"),
    ("ie", "e"),
    ("ts", "z"),
    ("tz", "z"),
    ("s", "z"),
    ("w", "v"),
    ("j", "y"),
    ("dh", "d"),
    ("q", "k"),
)
#: French spelling of Russian and Arabic sounds: ch for sh (Moucharraf), j for zh (Joukov), dj for j
_FRENCH_STEPS = (("tch", "ch"), ("dj", "j"), ("zh", "j"), ("sh", "ch"), ("j", "ch"))


@lru_cache(maxsize=65536)
def loose_name_key(name: str) -> str:
    """A looser ``name_key``: also shared by German and Polish transliterations.

    On top of ``name_key``'s equivalences it treats as one: an umlaut and
    its digraph (ö / oe), German ch and English kh (Chodorkowski /
    Khodorkovsky), German s, z and English z, ts (Kusnezowa / Kuznetsova),
    Polish cz and sz, ph and f, the French -ine for a Russian -in
    (Poutine / Putin), German -ow for -ev after ch or y (Gorbatschow /
    Gorbachev), an initial Ye- beside E- (Yevgeny / Evgeny), an initial
    Iou- or Io- for Yu- or Yo- (Ioukos / Yukos), -off for -ov (Smirnoff),
    q for k and dh for d (Kadhafi / Qaddafi). Too loose for short or
    common words (Chan / Han, Rose / Roze): callers keep it for rare names
    of five letters or more. French spellings, whose j and ch clash with
    the German ones, have ``french_name_key``.
    """
    return _loose_key(name, french=False)


@lru_cache(maxsize=65536)
def french_name_key(name: str) -> str:
    """``loose_name_key`` for French transliterations: ch and sh, j and zh are one.

    Moucharraf / Musharraf, Joukov / Zhukov, Chevardnadze / Shevardnadze,
    Khrouchtchev / Khrushchev share this key. German spellings, whose sch
    is an English sh and whose j is an English y, have ``loose_name_key``.
    """
    return _loose_key(name, french=True)


def _loose_key(name: str, french: bool) -> str:
    # string operations, not regex substitutions: a key is a few letters, and eleven
    # regex calls cost more than the rest of TL101 (the key holds letters only, no newline)
    if name.isascii() and name.isalpha():
        key = name.lower()  # what the next two lines make of a plain name
    else:
        folded = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
        key = "".join(c for c in folded if c.isalpha() and not unicodedata.combining(c))
    key = _drop_umlaut_e(key)  # ae, oe, ue written for ä, ö, ü
    if french:
        for old, new in _FRENCH_STEPS:
            key = key.replace(old, new)
    for old, new in _LOOSE_TRANSLITERATION_STEPS:
        key = key.replace(old, new)
    key = "".join(letter for letter, _run in groupby(key))  # doubled letters
    if key[:1] == "i" and key[1:2] in ("a", "e", "o", "u"):
        key = "y" + key[1:]  # French Iouri, Ioukos for Yuri, Yukos
    if key.endswith("of"):
        key = key[:-1] + "v"  # French -off for -ov: Smirnoff, Romanoff
    if key.startswith("ye"):
        key = key[1:]  # Yevgeny / Evgeny, Yeltsin / French Eltsine
    if key.endswith("ine"):
        key = key[:-1]  # French Poutine, Safine
    if key.endswith(("hev", "yev")):
        key = key[:-2] + "ov"  # German -tschow, -jow for -chev, -yev
    if key.endswith(("iy", "yi", "ii")):
        key = key[:-2] + "y"
    elif key.endswith("i"):
        key = key[:-1] + "y"
    return key


def _drop_umlaut_e(key: str) -> str:
    """The e dropped from ae, oe, ue after a consonant (``(?<=[^aeiouy])([aou])e`` replaced by the vowel)."""
    if "ae" not in key and "oe" not in key and "ue" not in key:
        return key
    letters = []
    position = 0
    while position < len(key):
        letter = key[position]
        letters.append(letter)
        if (letter in "aou" and position > 0 and key[position - 1] not in "aeiouy"
                and key[position + 1: position + 2] == "e"):
            position += 1  # skip the e
        position += 1
    return "".join(letters)


# --- title case (added for the truncation and offtopic families) ------------


def is_title_case(tokens: list[str]) -> bool:
    """Is a line written in title case (common words capitalised), not sentence case?

    ``tokens`` are the line's words. Names are capitalised in both styles, so
    only common words (frequent in English, not stop words) after the first
    decide: in sentence case at least one of them is lower case.
    """
    found_common = False
    for token in tokens[1:]:
        base = token[:-2] if token.endswith(("'s", "’s")) else token
        if token.lower() not in STOPWORDS and len(token) > 3 and zipf_frequency(base) >= 4.0:
            if not token[:1].isupper():
                return False  # one common word in lower case is enough: sentence case
            found_common = True
    return found_common
