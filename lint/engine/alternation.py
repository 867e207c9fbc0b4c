r"""Fast scanning for large alternations of phrase patterns.

The ``regex`` module tries every alternative of ``a|b|c|...`` at every
position of the text, so a pattern of two hundred phrase patterns costs two
hundred attempts per word. ``PhraseAlternation`` finds the same matches as
the plain pattern with far less work (SY102's stock phrases: about 4 ms
less per article):

1. Each alternative is read for the literal text any match of it must start
   with, up to four characters (``(?:sign up|subscribe) ...`` starts with
   "sign" or "subs"). A lookaround, ``^`` or ``\b`` consumes nothing and is
   stepped over; whatever the reader cannot vouch for (a class such as
   ``\p{L}``, ``.``, a backreference) ends the prefix there.
2. A phrase starts where no letter or digit stands before it: a cheap scan
   finds those positions.
3. At such a position only the alternatives whose prefix the next
   characters start with are tried (a dictionary lookup), in their original
   order, so the leftmost alternative that matches is the one the plain
   pattern would pick.

When an alternative has no literal prefix (it may start with any
character), or the text at a position starts with a character that may
match an ASCII letter without regard to case (the Kelvin sign K, "ß"), the
plain pattern is used: the result is always the same, only the speed differs.
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Callable, Iterable, Iterator

from . import patterns as regex  # regex, with a time limit on every match
from .pattern_cache import PATTERNS

#: how many leading characters of each alternative the prefilter looks for
PREFIX_LENGTH = 4
#: more prefixes than this and the prefilter is not worth building
MAX_PREFIXES = 4000
#: how many prefixes ``finditer_at_prefixes`` may search the text for (shorter prefixes are fewer)
MAX_SEARCHED_PREFIXES = 100
_ZERO_WIDTH_ESCAPES = frozenset("bBAZzmMG")
_CHARACTER_ESCAPES = {"n": "\n", "t": "\t"}
_MAX_CLASS_SIZE = 32
#: a position with more candidate alternatives than this tries them in one compiled alternation
_MAX_SINGLE_TRIES = 3


class _Unknown(Exception):
    """The reader met something it cannot vouch for."""


def split_alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (split at "|" outside any group or class)."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, start: int) -> int:
    """Index of the "]" that closes the class opened at ``start``."""
    index = start + 1
    if pattern[index:index + 1] == "^":
        index += 1
    if pattern[index:index + 1] == "]":
        index += 1  # a "]" first in a class is a member
    while index < len(pattern) and pattern[index] != "]":
        if pattern[index] == "[":
            raise _Unknown  # a nested set (regex V1)
        index += 2 if pattern[index] == "\\" else 1
    if index >= len(pattern):
        raise _Unknown
    return index


def _group_end(pattern: str, start: int) -> int:
    """Index of the ")" that closes the group opened at ``start``."""
    depth, index = 0, start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise _Unknown


def _class_members(body: str) -> set[str]:
    """The characters of a small class of literals and ranges ("sz", "a-c", "'’")."""
    if not body or body.startswith("^") or any(op in body for op in ("--", "&&", "||", "~~")):
        raise _Unknown  # a negated class or a set operation (regex V1)
    items: list[tuple[str, bool]] = []  # (character, was it escaped?)
    index = 0
    while index < len(body):
        if body[index] == "\\":
            escaped = body[index + 1:index + 2]
            if escaped.isalnum() and escaped not in _CHARACTER_ESCAPES:
                raise _Unknown  # \p{L}, \w, \d ...
            items.append((_CHARACTER_ESCAPES.get(escaped, escaped), True))
            index += 2
        else:
            items.append((body[index], False))
            index += 1
    members: set[str] = set()
    index = 0
    while index < len(items):
        if index + 2 < len(items) and items[index + 1] == ("-", False):
            low, high = ord(items[index][0]), ord(items[index + 2][0])
            if low > high:
                raise _Unknown
            members.update(chr(code) for code in range(low, high + 1))
            index += 3
        else:
            members.add(items[index][0])
            index += 1
    if len(members) > _MAX_CLASS_SIZE:
        raise _Unknown
    return members


@lru_cache(maxsize=None)
def literal_prefixes(pattern: str, length: int = PREFIX_LENGTH) -> frozenset[str] | None:
    """Strings one of which starts every match of ``pattern`` (up to ``length``
    characters each), or None when some match may start with anything.

    Reading hundreds of phrase patterns costs a one-article run most of its
    start-up: what is built from their prefixes (``PhraseAlternation``'s and
    ``prefilter.PrefixIndex``'s tables, ``folded_prefixes``, ``required_strings``)
    is kept whole between runs in the pattern cache, so a later run reads none."""
    return _literal_prefixes(pattern, length)


def _literal_prefixes(pattern: str, length: int) -> frozenset[str] | None:
    try:
        prefixes = {prefix for prefix, _ in _sequence_prefixes(pattern, length)}
    except (_Unknown, IndexError, ValueError):
        return None
    if "" in prefixes or len(prefixes) > MAX_PREFIXES:
        return None
    return frozenset(prefixes)


def _sequence_prefixes(pattern: str, length: int) -> set[tuple[str, bool]]:
    """(prefix, can it grow?) pairs for a sequence of atoms without top-level "|"."""
    found: set[tuple[str, bool]] = {("", True)}
    index = 0
    while index < len(pattern) and any(open_ for _, open_ in found):
        try:
            atom, index = _atom(pattern, index, length)
        except _Unknown:
            return {(prefix, False) for prefix, _ in found}  # the prefixes end here
        if atom is None:
            continue  # consumes nothing
        strings, optional, repeated = atom
        grown: set[tuple[str, bool]] = set()
        for prefix, open_ in found:
            if not open_:
                grown.add((prefix, False))
                continue
            if optional:
                grown.add((prefix, True))
            for string, string_open in strings:
                joined = prefix + string
                grown.add((joined[:length], string_open and not repeated and len(joined) < length))
        if len(grown) > MAX_PREFIXES:
            raise _Unknown
        found = grown
    return found


def _atom(pattern: str, index: int, length: int):
    """Read one atom and its quantifier at ``index``.

    Returns (None, next index) for an atom that consumes nothing, else
    ((strings, optional, repeated), next index) where strings are
    (text, complete-so-far) pairs.
    """
    char = pattern[index]
    if char == "(":
        end = _group_end(pattern, index)
        inner = pattern[index + 1:end]
        if inner.startswith(("?=", "?!", "?<=", "?<!")):
            return _skip_quantifier(pattern, end + 1)
        if inner.startswith(("?:", "?>")):
            inner = inner[2:]
        elif inner.startswith("?P<") or (inner.startswith("?<") and inner[2:3].isalpha()):
            inner = inner[inner.index(">") + 1:]
        elif inner.startswith("?"):
            raise _Unknown  # inline flags, conditionals, comments
        strings: set[tuple[str, bool]] = set()
        for alternative in split_alternatives(inner):
            strings |= _sequence_prefixes(alternative, length)
        index = end + 1
    elif char == "[":
        end = _class_end(pattern, index)
        strings = {(member, True) for member in _class_members(pattern[index + 1:end])}
        index = end + 1
    elif char == "\\":
        escaped = pattern[index + 1:index + 2]
        if escaped in _ZERO_WIDTH_ESCAPES:
            return _skip_quantifier(pattern, index + 2)
        if escaped in _CHARACTER_ESCAPES:
            strings = {(_CHARACTER_ESCAPES[escaped], True)}
        elif not escaped or escaped.isalnum():
            raise _Unknown  # \p{L}, \d, \s, a backreference ...
        else:
            strings = {(escaped, True)}
        index += 2
    elif char in "^$":
        return _skip_quantifier(pattern, index + 1)
    elif char in ".|)*+?{":
        raise _Unknown
    else:
        strings = {(char, True)}
        index += 1
    optional, repeated, index = _quantifier(pattern, index)
    if ("", False) in strings:
        raise _Unknown  # a group with an alternative that may start with anything
    if ("", True) in strings:
        optional = True  # a group that can match the empty string
        strings.discard(("", True))
    return (strings, optional, repeated), index


def _skip_quantifier(pattern: str, index: int):
    _, _, index = _quantifier(pattern, index)
    return None, index


def _quantifier(pattern: str, index: int) -> tuple[bool, bool, int]:
    """(may the atom be absent, may it repeat, index after the quantifier)."""
    optional = repeated = False
    if index < len(pattern) and pattern[index] in "?*+":
        optional = pattern[index] in "?*"
        repeated = pattern[index] in "*+"
        index += 1
    elif index < len(pattern) and pattern[index] == "{":
        close = pattern.find("}", index)
        bounds = pattern[index + 1:close].split(",") if close != -1 else []
        if not 1 <= len(bounds) <= 2 or not all(b.isdigit() or b == "" for b in bounds) or bounds[0] == "" and len(bounds) == 1:
            raise _Unknown
        low = int(bounds[0] or 0)
        high = int(bounds[-1]) if bounds[-1] else None
        optional = low == 0
        repeated = high is None or high > 1
        index = close + 1
    else:
        return False, False, index
    if index < len(pattern) and pattern[index] in "?+":
        index += 1  # lazy or possessive
    return optional, repeated, index


#: a phrase stands between non-letters: it starts at no letter or digit and ends before none
PHRASE_HEAD = r"(?<![\p{L}\p{N}])(?:"
PHRASE_TAIL = r")(?![\p{L}\p{N}])"


def _has_ascii_variant(char: str) -> bool:
    """Can a character that is not ASCII match an ASCII one without regard to case
    (the Kelvin sign K, the long s, the dotless i, "ß" for "ss")?"""
    return any(other.isascii() for variant in (char.lower(), char.upper(), char.casefold()) for other in variant)


def first_matches(match_at: Callable[[int], "regex.Match | None"], starts: Iterable[int]) -> Iterator["regex.Match"]:
    """What ``finditer`` gives, when every match starts at one of ``starts``
    (sorted): the match ``match_at`` finds at each start, skipping the starts
    inside the previous match."""
    position = 0
    for index in starts:
        if index < position:
            continue
        match = match_at(index)
        if match:
            yield match
            position = max(match.end(), index + 1)


class PhraseAlternation:
    r"""``(?<![\p{L}\p{N}])(?:alt1|alt2|...)(?![\p{L}\p{N}])`` whose ``finditer``
    tries, at each position that can start a phrase, only the alternatives
    whose literal prefix the text there begins with.

    ``finditer`` returns exactly the matches of the plain pattern
    (``self.pattern``): the alternatives tried at a position keep their
    original order, so the first that matches wins as in the alternation. Every pattern is compiled on first use, so
    a short run pays only for the phrases its text comes near.
    """

    def __init__(self, alternatives: list[str], flags: int = 0) -> None:
        self.alternatives = list(alternatives)
        self.flags = flags
        self._ignorecase = bool(flags & regex.IGNORECASE)
        self._by_prefix = PATTERNS.derived(("phrase_index", tuple(self.alternatives), self._ignorecase), self._index)
        self._by_window: dict[str, tuple[int, ...]] = {}
        self._compiled: dict[tuple[int, ...], regex.Pattern] = {}
        self._starts = None
        if self._by_prefix is not None:
            self._non_ascii_first = tuple(sorted(
                {number for prefix, numbers in self._by_prefix.items() if not prefix[0].isascii() for number in numbers}
            ))
            firsts = "".join(sorted({prefix[0] for prefix in self._by_prefix}))
            self._starts = regex.compile(
                rf"(?<![\p{{L}}\p{{N}}])[{regex.escape(firsts, special_only=False)}\x80-\U0010ffff]", flags
            )

    @cached_property
    def pattern(self) -> regex.Pattern:
        """The plain alternation."""
        return self._compile("|".join(self.alternatives))

    def _compile(self, body: str) -> regex.Pattern:
        return regex.compile(PHRASE_HEAD + body + PHRASE_TAIL, self.flags)

    def _fold(self, text: str) -> str:
        return text.lower() if self._ignorecase else text

    def _index(self) -> dict[str, tuple[int, ...]] | None:
        """Alternatives by their literal prefixes (None: some alternative has none)."""
        by_prefix: dict[str, list[int]] = {}
        for number, alternative in enumerate(self.alternatives):
            prefixes = literal_prefixes(alternative)
            if prefixes is None:
                return None
            for prefix in prefixes:
                if any(_has_ascii_variant(char) for char in prefix if not char.isascii()):
                    return None  # a letter such as the Kelvin sign K matches an ASCII one
                by_prefix.setdefault(self._fold(prefix), []).append(number)
        return {prefix: tuple(numbers) for prefix, numbers in by_prefix.items()}

    def _candidates(self, window: str) -> tuple[int, ...]:
        """Numbers of the alternatives that can match where the text starts with the
        ASCII ``window``, in order. A window shorter than the prefixes (cut before a
        character that is not ASCII) keeps every alternative it could begin."""
        window = self._fold(window)
        if window not in self._by_window:
            found = {
                number
                for prefix, numbers in self._by_prefix.items()
                if window.startswith(prefix) or prefix.startswith(window)
                for number in numbers
            } if len(window) < PREFIX_LENGTH else {
                number for size in range(1, len(window) + 1) for number in self._by_prefix.get(window[:size], ())
            }
            self._by_window[window] = tuple(sorted(found))
        return self._by_window[window]

    def _match_at(self, text: str, index: int, timeout: float | None) -> regex.Match | None:
        window = text[index:index + PREFIX_LENGTH]
        if window.isascii():
            numbers = self._candidates(window)
        elif window[0].isascii():
            numbers = self._candidates(window[:next(i for i, char in enumerate(window) if not char.isascii())])
        elif _has_ascii_variant(window[0]):
            return self.pattern.match(text, index, timeout=timeout)  # "K" (Kelvin) is a k, "ß" an ss
        else:
            numbers = self._non_ascii_first  # "£", "–": only a prefix that starts so can match
        if len(numbers) > _MAX_SINGLE_TRIES:
            return self._pattern_of(numbers).match(text, index, timeout=timeout)
        for number in numbers:
            match = self.alternative(number).match(text, index, timeout=timeout)
            if match:
                return match
        return None

    def alternative(self, number: int) -> regex.Pattern:
        """One alternative on its own, between the same non-letters, compiled on first use."""
        return self._pattern_of((number,))

    def _pattern_of(self, numbers: tuple[int, ...]) -> regex.Pattern:
        """The alternation of some alternatives, compiled on first use."""
        if numbers not in self._compiled:
            self._compiled[numbers] = self._compile("|".join(self.alternatives[n] for n in numbers))
        return self._compiled[numbers]

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[regex.Match]:
        """Non-overlapping matches, left to right: those of ``self.pattern``."""
        if self._starts is None:
            yield from self.pattern.finditer(text, timeout=timeout)
            return
        starts = (start.start() for start in self._starts.finditer(text, timeout=timeout))
        yield from first_matches(lambda index: self._match_at(text, index, timeout), starts)


# --- any pattern whose alternatives all have literal prefixes -----------------


def folded_prefixes(alternatives: list[str], ignorecase: bool) -> frozenset[str] | None:
    """The literal prefixes of every alternative, lower-cased under ``ignorecase``:
    as long as possible (up to 8 characters) while there are at most
    ``MAX_SEARCHED_PREFIXES`` of them, since each one costs a search of the text.
    None when some alternative has none, or has a letter that is not ASCII
    (whose other case ``str.lower`` may not give). Kept in the pattern cache."""
    return PATTERNS.derived(
        ("folded_prefixes", tuple(alternatives), ignorecase), lambda: _fewest_folded_prefixes(alternatives, ignorecase)
    )


def _fewest_folded_prefixes(alternatives: list[str], ignorecase: bool) -> frozenset[str] | None:
    found = None
    for length in range(8, 1, -1):
        found = _folded_prefixes(alternatives, ignorecase, length)
        if found is None or len(found) <= MAX_SEARCHED_PREFIXES:
            return found
    return found


def _folded_prefixes(alternatives: list[str], ignorecase: bool, length: int) -> frozenset[str] | None:
    found: set[str] = set()
    for alternative in alternatives:
        prefixes = literal_prefixes(alternative, length)
        if prefixes is None:
            return None
        for prefix in prefixes:
            if ignorecase and any(not char.isascii() and (char.lower(), char.upper()) != (char, char) for char in prefix):
                return None
            found.add(prefix.lower() if ignorecase else prefix)
    return frozenset(found)


# --- strings every match contains (for patterns with no literal prefix) --------


#: escapes that stand for one character of a class, or for a position
_CLASS_ESCAPES = frozenset("dDsSwWbBAZzGntrfv")
#: an inline flag group without a body ("(?x)", "(?-i)", "(?V0)"): it applies to what follows
_GLOBAL_FLAGS = regex.compile(r"\(\?[\w\-^]*\)")


def _atom_boundaries(sequence: str) -> list[int]:
    """Where each top-level atom (with its quantifier) of a sequence without a
    top-level "|" starts; raises _Unknown for anything not read with certainty."""
    boundaries, index = [], 0
    while index < len(sequence):
        boundaries.append(index)
        char = sequence[index]
        if char == "\\":
            escaped = sequence[index + 1:index + 2]
            if escaped in ("p", "P") and sequence[index + 2:index + 3] == "{":
                end = sequence.index("}", index) + 1
            elif escaped and (not escaped.isalnum() or escaped in _CLASS_ESCAPES):
                end = index + 2
            else:
                raise _Unknown  # \x41, a backreference, \N{...}: not worth reading
        elif char == "[":
            end = _class_end(sequence, index) + 1
        elif char == "(":
            end = _group_end(sequence, index) + 1
            if _GLOBAL_FLAGS.fullmatch(sequence[index:end]):
                raise _Unknown  # "(?x)" changes how all that follows reads (verbose: spaces are not literal)
        elif char in "|)*+?{":
            raise _Unknown
        else:
            end = index + 1
        _, _, index = _quantifier(sequence, end)
    return boundaries


#: how many required strings a text is searched for at most (each costs a search)
MAX_REQUIRED_STRINGS = 16


def required_strings(tokens: list[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of any of ``tokens``
    contains (``_required_strings_up_to``), as long as possible (8 characters
    down to 4) while there are at most ``MAX_REQUIRED_STRINGS`` of them; None
    when there are more even at 4 (shorter ones, " th", are in almost every
    text). The pack engine skips an entry with no literal prefix in a text
    that holds none of them.
    Kept between runs in the pattern cache (a pack's start-up cost otherwise)."""
    return PATTERNS.derived(("required_strings", tuple(tokens)), lambda: _find_required_strings(tokens))


def _find_required_strings(tokens: list[str]) -> frozenset[str] | None:
    for length in range(8, 3, -1):
        found = _required_strings_up_to(tokens, length)
        if found is None or len(found) <= MAX_REQUIRED_STRINGS:
            return found
    return None


def _required_strings_up_to(tokens: list[str], length: int) -> frozenset[str] | None:
    """Lower-cased strings one of which occurs in every match of any of the
    tokens (regular expressions), or None when that cannot be vouched for.

    The part of a match from any top-level atom of a token on is a match of
    the token's rest, so it starts with one of the rest's literal prefixes;
    of the atoms, the one whose prefixes are longest (then fewest) is taken.
    Lower-casing both sides makes the test hold whatever the case flags (the
    caller compares with ``folded_text``, None for texts where it would not).
    None too when one of the strings is too common to be worth the search.
    """
    found: set[str] = set()
    try:
        for token in tokens:
            for sequence in split_alternatives(token):
                best = None
                for boundary in _atom_boundaries(sequence):
                    prefixes = literal_prefixes(sequence[boundary:], length)
                    if prefixes is None or any(not char.isascii() and char.lower() != char.upper() for p in prefixes for char in p):
                        continue
                    if best is None or (min(map(len, prefixes)), -len(prefixes)) > (min(map(len, best)), -len(best)):
                        best = prefixes
                if best is None:
                    return None
                found.update(prefix.lower() for prefix in best)
    except Exception:  # _Unknown, or anything else the reader cannot vouch for
        return None
    if any(len(string) < 3 and string.isascii() for string in found):
        return None  # ":", "ad", " ": in almost every text
    return frozenset(found)


@lru_cache(maxsize=8)  # every inline pack rule folds the same article
def folded_text(text: str, ignorecase: bool) -> str | None:
    """The text as prefixes are searched in it: lower-cased under ``ignorecase``.

    None when lower-casing would move offsets or the text has a character
    that matches an ASCII letter without being one (the Kelvin sign K, the
    long s, "ß" for "ss"): the plain scan is then the only safe one.
    """
    if not ignorecase:
        return text
    folded = text.lower()
    if len(folded) != len(text) or any(_has_ascii_variant(char) for char in set(text) if not char.isascii()):
        return None
    return folded


def finditer_at_prefixes(pattern: regex.Pattern, prefixes: frozenset[str], text: str, folded: str,
                         timeout: float | None = None) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, trying the pattern only where one of its
    alternatives' ``prefixes`` occurs in ``folded`` (from ``folded_text``).

    Every match starts with one of the prefixes, so the positions where none
    occurs can never start one; the others are tried left to right, skipping
    those inside the previous match, as ``finditer`` does.
    """
    starts: set[int] = set()
    for prefix in prefixes:
        index = folded.find(prefix)
        while index != -1:
            starts.add(index)
            index = folded.find(prefix, index + 1)
    return first_matches(lambda index: pattern.match(text, index, timeout=timeout), sorted(starts))


class PrefixedPattern:
    """A compiled pattern, and the alternatives every match of it starts with,
    whose ``finditer`` looks only where one of their literal prefixes occurs.

    The pattern may put a zero-width head (a lookbehind) before the
    alternatives; ``finditer`` returns exactly the pattern's own matches.
    """

    def __init__(self, pattern: regex.Pattern, alternatives: list[str]) -> None:
        self.pattern = pattern
        self.ignorecase = bool(pattern.flags & regex.IGNORECASE)
        self.prefixes = folded_prefixes(alternatives, self.ignorecase)

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[regex.Match]:
        folded = folded_text(text, self.ignorecase) if self.prefixes is not None else None
        if folded is None:
            return self.pattern.finditer(text, timeout=timeout)
        return finditer_at_prefixes(self.pattern, self.prefixes, text, folded, timeout)
