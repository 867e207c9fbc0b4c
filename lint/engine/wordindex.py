"""English word frequencies (wordfreq's Zipf scale) without wordfreq's start-up cost.

wordfreq loads and unpacks its whole English list (321,000 words) on the first
lookup, about half a second, and importing it costs as much again: too slow
for a pre-commit hook that lints one article. So the list is copied once
into an SQLite index in the user cache folder, named by wordfreq's version;
a lookup is then one indexed query, cached per process by the caller.

The index holds wordfreq's own figures for the words it lists: for a plain
lower-case ASCII word (289,000 of them, nearly every lookup)
``round(log10(frequency) + 9, 2)``, which is what ``wordfreq.zipf_frequency``
returns for it; for every other listed word (accents, apostrophes, digits:
32,000) and its spelling with a curly apostrophe, the figure
``wordfreq.zipf_frequency`` itself gives, worked out while building. Any
other word of Latin letters, hyphens and apostrophes ("london-based",
"calmette-guérin", "qv-", "murphy-o'connor", "d'arcy") is read as the tokens
wordfreq's tokenizer makes of it (``_wordfreq_tokens``) and gets wordfreq's
figure by wordfreq's own formula (the tokens' frequencies combined as
``1/f = 1/f1 + 1/f2 + ...``, rounded as wordfreq rounds) from their raw
frequencies, which the index also keeps; a token it does not list makes the
word unknown (0), as in wordfreq ("faustman's", "kühtreiber"). A word of
ASCII letters and digits ("quit4baby") unlisted even with its numbers
written as zeros, the form wordfreq looks up, is unknown too; any other
missing word ("mh17", whose "mh00" is listed; other scripts) still goes to
wordfreq. The index also keeps wordfreq's ``top_n_list`` of the
``TOP_WORDS`` most common words, ranked in its order, indexed by their beginnings
and their endings (``word_ending_with``, ``word_beginning_with``: which
common word a fragment of text was cut from). Tests compare the index with
wordfreq and with the same answers worked out in Python.
"""
from __future__ import annotations

import math
import sqlite3
import unicodedata
from functools import lru_cache
from pathlib import Path

from . import installed
from . import patterns as regex  # regex, with a time limit on every match
from .usercache import user_cache_dir


def _wordfreq_version() -> str:
    return installed.version("wordfreq") or "unknown"


_LATIN_LETTERS = regex.compile(r"\p{Latin}+")
_ZIPF_ZERO = 10 ** (0 - 9)  # wordfreq.zipf_to_freq(0), the floor of zipf_frequency


#: how many of the most common words the index keeps, ranked (``word_ending_with``, ``word_beginning_with``)
TOP_WORDS = 50_000


def is_simple(word: str) -> bool:
    return word.isascii() and word.isalpha() and word.islower()


_APOSTROPHES = ("'", "\u2019")


def _is_latin_word(word: str) -> bool:
    """Latin letters only, composed (NFC) and already case-folded: wordfreq's
    tokenizer gives such a word back unchanged, as one token."""
    return bool(word) and word.isalpha() and word == word.casefold() and _LATIN_LETTERS.fullmatch(word) is not None and (
        word.isascii() or unicodedata.is_normalized("NFC", word)
    )


#: wordfreq's ``INITIAL_VOWEL_EXPR`` (lower case): after one or two letters and a straight
#: apostrophe, one of these starts a new token, as French elision does ("l'arc", "d'heure")
_ELIDED_BEFORE = frozenset("aehiouyáéíóúàèìòùâêîôûåïöœ")


def _wordfreq_tokens(word: str) -> list[str] | None:
    """The tokens wordfreq's tokenizer reads a word of Latin letters, hyphens and
    apostrophes as, apostrophes made straight as wordfreq makes them; None for
    any other word.

    A hyphen always separates tokens, and apostrophes at a token's edges are
    left out ("myers’"). An apostrophe between letters does not separate
    them ("o'neill", "sarkozy’s"), except a straight one after one or two
    letters and before a vowel or h: "d'arcy" is read as "d" and "arcy",
    while "d’arcy", with a curly apostrophe, is one token, "d'arcy".
    """
    tokens = []
    for piece in word.split("-"):
        piece = piece.strip("'\u2019")
        if not piece:
            continue
        straight = "'" in piece
        head, apostrophe, tail = piece.partition("'" if straight else "\u2019")
        if not apostrophe:
            if not _is_latin_word(piece):
                return None
            tokens.append(piece)
        elif not (_is_latin_word(head) and _is_latin_word(tail)):
            return None  # a second apostrophe, or another script
        elif straight and len(head) <= 2 and tail[0] in _ELIDED_BEFORE:
            tokens += [head, tail]
        else:
            tokens.append(f"{head}'{tail}")
    return tokens or None


def _has_letters_and_digits(word: str) -> bool:
    return word.isascii() and word.isalnum() and not word.isalpha() and not word.isdigit()


_MULTI_DIGITS = regex.compile(r"[0-9]{2,}")


def _with_numbers_smashed(word: str) -> str:
    """wordfreq's ``smash_numbers`` of a word of ASCII letters and digits: each
    run of two digits or more as zeros ("sfreem21" -> "sfreem00"), the form
    wordfreq looks up (and, when it is listed, weighs by the digits)."""
    return _MULTI_DIGITS.sub(lambda run: "0" * len(run.group()), word)


def _rows():
    from wordfreq import get_frequency_dict, zipf_frequency

    for word, frequency in get_frequency_dict("en", "best").items():
        if frequency <= 0:
            continue
        if is_simple(word):
            yield word, round(math.log10(frequency) + 9, 2), frequency
            continue
        # the raw frequency serves words wordfreq reads as tokens ("calmette-guérin", "murphy-o'connor", "d’arcy")
        yield word, zipf_frequency(word, "en"), frequency if _is_latin_word(word.replace("'", "")) else None
        if "'" in word:
            curly = word.replace("'", "\u2019")
            yield curly, zipf_frequency(curly, "en"), None


def _top_words() -> list[str]:
    from wordfreq import top_n_list

    return top_n_list("en", TOP_WORDS)


def is_cuttable(word: str) -> bool:
    """A common word whose beginnings and endings count as its fragments: letters only, four or more."""
    return word.isalpha() and len(word) >= 4


#: the fewest letters of a fragment, and of the rest of the word cut from it
MIN_FRAGMENT = 2
LONGEST_HEAD = 7
_LAST_CHARACTER = "\U0010ffff"  # a bound above every string that starts with a prefix (no letter is it)


def _top_rows():
    for rank, word in enumerate(_top_words()):
        yield rank, word, word[::-1], is_cuttable(word)


def _build(path: Path) -> bool:
    temporary = path.with_name(f".{path.name}.building")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        with sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE zipf (word TEXT PRIMARY KEY, value REAL, frequency REAL) WITHOUT ROWID")
            db.executemany("INSERT OR IGNORE INTO zipf VALUES (?, ?, ?)", _rows())
            db.execute("CREATE TABLE top (rank INTEGER PRIMARY KEY, word TEXT, backwards TEXT, cuttable INTEGER)")
            db.executemany("INSERT INTO top VALUES (?, ?, ?, ?)", _top_rows())
            db.execute("CREATE INDEX top_by_word ON top (word)")
            db.execute("CREATE INDEX top_by_backwards ON top (backwards)")
        db.close()
        temporary.replace(path)
        return True
    except (OSError, sqlite3.Error):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False


class WordIndex:
    def __init__(self, path: Path | None) -> None:
        self.db = None
        self.memory: dict[str, float] | None = None
        if path is not None and (path.exists() or _build(path)):
            try:
                self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                self.db = None
        if self.db is None:  # no writable cache folder: hold the list in memory
            self.memory = {word: (value, frequency) for word, value, frequency in _rows()}

    def zipf(self, word: str) -> float:
        """The Zipf frequency of a simple (lower-case ASCII) word; 0 when unknown."""
        found = self.lookup(word)
        return 0.0 if found is None else found

    def lookup(self, word: str) -> float | None:
        """wordfreq's Zipf frequency of a lower-case word: one the index lists,
        a plain word with a trailing apostrophe (wordfreq drops it: "edwards'"),
        an unlisted word of Latin letters alone (wordfreq reads it as itself,
        so it is unknown: "kühtreiber"), any other word of Latin letters,
        hyphens and apostrophes, read as wordfreq's tokens ("qv-",
        "murphy-o'connor", "d'arcy", "faustman's"), or an unlisted word of
        letters and digits whose numbers as zeros are unlisted too
        ("quit4baby"); None for any other word ("mh17", whose "mh00" is listed;
        other scripts), which wordfreq must answer."""
        found = self._row(word)
        if found is not None:
            return found[0]
        if word.endswith(_APOSTROPHES) and is_simple(word.rstrip("'’")):
            return self.zipf(word.rstrip("'’"))
        if _is_latin_word(word):
            return 0.0
        tokens = _wordfreq_tokens(word)
        if tokens is not None:
            return self._compound(tokens)
        if _has_letters_and_digits(word) and self._row(_with_numbers_smashed(word)) is None:
            return 0.0  # one token ("quit4baby", "ian56"), unlisted even with its numbers as zeros
        return None

    def word_ending_with(self, tail: str) -> str | None:
        """The most common of the top words (``is_cuttable``) that ends with
        ``tail`` and has at least ``MIN_FRAGMENT`` letters more, if any: "imates"
        -> "estimates"; None for a tail shorter than ``MIN_FRAGMENT``."""
        if len(tail) < MIN_FRAGMENT:
            return None
        if self.memory is not None:
            return _fragments_in_memory()[0].get(tail)
        backwards = tail[::-1]
        row = self.db.execute(
            "SELECT word FROM top WHERE backwards >= ? AND backwards < ? AND cuttable AND length(word) >= ? "
            "ORDER BY rank LIMIT 1",
            (backwards, backwards + _LAST_CHARACTER, len(tail) + MIN_FRAGMENT),
        ).fetchone()
        return row[0] if row else None

    def word_beginning_with(self, head: str) -> bool:
        """Whether a top word (``is_cuttable``) begins with ``head`` and has at
        least ``MIN_FRAGMENT`` letters more, for a head of ``MIN_FRAGMENT`` to
        ``LONGEST_HEAD`` characters: "gover" (of "government")."""
        if not MIN_FRAGMENT <= len(head) <= LONGEST_HEAD:
            return False
        if self.memory is not None:
            return head in _fragments_in_memory()[1]
        row = self.db.execute(
            "SELECT 1 FROM top WHERE word >= ? AND word < ? AND cuttable AND length(word) >= ? LIMIT 1",
            (head, head + _LAST_CHARACTER, len(head) + MIN_FRAGMENT),
        ).fetchone()
        return row is not None

    def _row(self, word: str) -> tuple[float, float | None] | None:
        if self.memory is not None:
            return self.memory.get(word)
        return self.db.execute("SELECT value, frequency FROM zipf WHERE word = ?", (word,)).fetchone()

    def _compound(self, parts: list[str]) -> float:
        """wordfreq's ``zipf_frequency`` of a word it reads as these tokens (one or more), step by step."""
        one_over = 0.0
        for part in parts:
            row = self._row(part)
            if row is None or not row[1]:
                return 0.0  # wordfreq: a missing token makes the whole word the minimum, Zipf 0
            one_over += 1.0 / row[1]
        frequency = max(1.0 / one_over, _ZIPF_ZERO)
        rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
        return round(math.log(rounded, 10) + 9, 2)


@lru_cache(maxsize=1)
def _fragments_in_memory() -> tuple[dict[str, str], frozenset[str]]:
    """``word_ending_with`` and ``word_beginning_with`` as a dict and a set, for
    an index held in memory (no writable cache folder)."""
    tails: dict[str, str] = {}
    heads = set()
    for word in _top_words():
        if is_cuttable(word):
            for cut in range(MIN_FRAGMENT, len(word) - MIN_FRAGMENT + 1):
                tails.setdefault(word[cut:], word)
            heads.update(word[:cut] for cut in range(MIN_FRAGMENT, min(LONGEST_HEAD, len(word) - MIN_FRAGMENT) + 1))
    return tails, frozenset(heads)


@lru_cache(maxsize=1)
def word_index() -> WordIndex:
    return WordIndex(user_cache_dir() / f"zipf-en-v7-wordfreq-{_wordfreq_version()}.sqlite")
