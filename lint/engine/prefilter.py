r"""Ruling out, cheaply, the phrases an article cannot hold.

A pattern of phrases tried at every place of every article costs a regular
expression scan per pattern. Every match of such a pattern starts, at a
letter no letter precedes, with one of its alternatives' literal prefixes
(``alternation.literal_prefixes``). ``PrefixIndex`` keeps those prefixes, up
to eight characters, lower-cased; ``unquoted_windows`` collects, once an
article, the eight characters that follow each such letter of its unquoted
text. A prefix of eight characters absent from the windows, or a shorter one
absent from the text, starts no match: when no prefix is left the pattern
need not be tried at all, and otherwise only where a remaining prefix occurs.

Everything works on the text as ``alternation.folded_text`` lower-cases it;
a text it cannot fold safely (None) is scanned the plain way.
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from itertools import compress
from operator import not_
from typing import Iterator

from . import patterns as regex  # regex, with a time limit on every match
from .alternation import finditer_at_prefixes, folded_text, literal_prefixes
from .pattern_cache import PATTERNS
from .text import span_start, span_text

#: how many characters at each place a phrase can start are compared with the prefixes
WINDOW = 8
_WINDOW_AT_LETTER = regex.compile(rf"(?<![\p{{L}}])(?=([a-z].{{{WINDOW - 1}}}))[a-z]+", regex.S)


@lru_cache(maxsize=8)
def text_windows(folded: str) -> frozenset[str]:
    """The ``WINDOW`` characters from each ASCII letter of ``folded`` that no
    letter precedes (the letters a match steps over are preceded by one)."""
    return frozenset(_WINDOW_AT_LETTER.findall(folded))


def unquoted_windows(article) -> frozenset[str] | None:
    """A superset of ``text_windows`` of the article's folded unquoted text (None
    when ``folded_text`` cannot fold it), read off the article's word list
    instead of scanning the text again, and computed once an article.

    A letter outside quotations that no letter precedes either starts one of
    the article's words or follows, inside a word, a digit, an apostrophe, a
    hyphen or a combining mark (before a letter the masking left stands a
    closing quotation mark, never a letter). The windows are taken at every
    word start and after every character of a word that is not an ASCII letter.
    """

    def compute() -> frozenset[str] | None:
        folded = folded_text(article.unquoted_text, True)
        if folded is None:
            return None
        words = article.words
        starts = list(map(span_start, words))
        windows = set(map(folded.__getitem__, map(slice, starts, map(WINDOW.__add__, starts))))
        texts = list(map(span_text, words))
        inner = set(compress(range(len(texts)), map(not_, map(str.isalpha, texts))))
        if not "".join(texts).isascii():
            inner.update(compress(range(len(texts)), map(not_, map(str.isascii, texts))))
        for index in inner:  # words with a digit, an apostrophe, a hyphen or a character not ASCII
            start = starts[index]
            windows.update(folded[start + offset:start + offset + WINDOW]
                           for offset, char in enumerate(texts[index][:-1], 1)
                           if not (char.isascii() and char.isalpha()))
        return frozenset(windows)

    return article.derived("prefilter.unquoted_windows", compute)


class PrefixIndex:
    """Case-insensitive alternatives by their lower-cased literal prefixes.

    ``usable`` is False when some alternative has no literal prefix, or one with
    a cased letter that is not ASCII (``str.lower`` may not fold it as the
    pattern does): the prefixes then rule out nothing.
    """

    def __init__(self, alternatives: list[str]) -> None:
        # plain data, kept in the pattern cache: building it was a good part of a one-article run's first lint
        self.usable, self.by_prefix = PATTERNS.derived(
            ("prefix_index", WINDOW, tuple(alternatives)), lambda: _prefix_table(alternatives)
        )
        if not self.usable:
            return
        self._windowed = frozenset(p for p in self.by_prefix if len(p) == WINDOW and "a" <= p[0] <= "z")
        self._short = tuple(p for p in self.by_prefix if p not in self._windowed)

    def present(self, folded: str, windows: frozenset[str] | None = None) -> frozenset[str]:
        """The prefixes that may start a match in ``folded``: those of ``WINDOW``
        characters found among ``windows`` (at least the text's ``text_windows``;
        scanned for when not given), the others found anywhere in the text."""
        return self._windowed.intersection(text_windows(folded) if windows is None else windows).union(
            prefix for prefix in self._short if prefix in folded
        )


def _prefix_table(alternatives: list[str]) -> tuple[bool, dict[str, tuple[int, ...]]]:
    """``PrefixIndex``'s ``usable`` and ``by_prefix`` (alternatives' numbers by lower-cased prefix)."""
    by_prefix: dict[str, list[int]] = {}
    for number, alternative in enumerate(alternatives):
        prefixes = literal_prefixes(alternative, WINDOW)
        if prefixes is None or any(not char.isascii() and char.lower() != char.upper()
                                   for prefix in prefixes for char in prefix):
            return False, {}
        for prefix in prefixes:
            by_prefix.setdefault(prefix.lower(), []).append(number)
    return True, {prefix: tuple(numbers) for prefix, numbers in by_prefix.items()}


class WindowedPattern:
    r"""A case-insensitive pattern ``HEAD(?:alt1|alt2|...)``, where the zero-width
    ``HEAD`` lets no match start right after a letter (``(?<![\p{L}])``), whose
    ``finditer`` gives the pattern's own matches, trying it only where a prefix
    that ``PrefixIndex.present`` keeps occurs."""

    def __init__(self, pattern: regex.Pattern, alternatives: list[str]) -> None:
        self.pattern = pattern
        self.alternatives = alternatives

    @cached_property
    def index(self) -> PrefixIndex:
        """The alternatives' prefixes, read on first use (a start-up cost otherwise)."""
        index = PrefixIndex(self.alternatives)
        index.usable &= bool(self.pattern.flags & regex.IGNORECASE)
        return index

    def finditer(self, text: str, windows: frozenset[str] | None = None) -> Iterator[regex.Match]:
        """Matches in ``text``; ``windows`` as for ``PrefixIndex.present``."""
        folded = folded_text(text, True) if self.index.usable else None
        if folded is None:
            return self.pattern.finditer(text)
        present = self.index.present(folded, windows)
        return finditer_at_prefixes(self.pattern, present, text, folded) if present else iter(())
