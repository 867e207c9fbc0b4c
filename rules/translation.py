"""Translation rules (TL): traces a translation (human or machine) left behind.

Names transliterated two ways, proper nouns lowered, continental quotation
marks and number formats, source-language grammar ("accused of send"),
and passages left untranslated. A clean translation is not a finding:
every rule here looks for a mark that an English editor would correct.
"""
from __future__ import annotations

import bisect
import unicodedata
from collections import defaultdict
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path
from typing import NamedTuple

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import CorpusRule, Fix, Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.data import load_lines, load_table, load_word_list
from newslint.engine.spill import Postings


def _lines(numbers) -> str:
    numbers = sorted(set(numbers))
    shown = ", ".join(str(n) for n in numbers[:4])
    more = f" and {len(numbers) - 4} more" if len(numbers) > 4 else ""
    return ("line " if len(numbers) == 1 else "lines ") + shown + more


# --- names -------------------------------------------------------------------

MIN_NAME_LENGTH = 4

def distinct_words(article) -> frozenset[str]:
    """The article's words as written, each once (computed once per article for the family)."""
    return article.derived("translation.distinct_words", lambda: frozenset(map(textutil.span_text, article.words)))


def capitalised_spellings(article) -> dict[str, list[textutil.Span]]:
    """Every capitalised spelling of the article with its occurrences, in order of first use
    (computed once per article for the name rules)."""

    def compute():
        occurrences: dict[str, list[textutil.Span]] = defaultdict(list)
        spans = article.capitalised
        for spelling, span in zip(map(textutil.span_text, spans), spans):
            occurrences[spelling].append(span)
        return dict(occurrences)

    return article.derived("translation.capitalised_spellings", compute)


def name_occurrences(article, max_zipf: float) -> dict[str, list[textutil.Span]]:
    """Capitalised spellings that are names in this article, with every occurrence.

    A spelling is a name when it occurs at least once mid-sentence, or is
    rare as an English word; a spelling that is a common English word
    (Will, Yet, Mark) is left out, since its key collides with too much.
    """
    return {spelling: spans for spelling, spans, zipf in _name_candidates(article) if zipf < max_zipf}


def _name_candidates(article) -> list[tuple[str, list[textutil.Span], float]]:
    """``name_occurrences`` whatever the frequency limit, each spelling with its Zipf frequency
    (computed once per article for the three callers and their limits)."""

    def compute():
        forms = article.name_forms
        candidates = []
        for spelling, spans in capitalised_spellings(article).items():
            if len(spelling) < MIN_NAME_LENGTH:
                continue
            zipf = textutil.zipf_frequency(spelling)
            if spelling in forms or zipf < 2.5:
                candidates.append((spelling, spans, zipf))
        return candidates

    return article.derived("translation.name_candidates", compute)


_CHAIN_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){1,3}$")
_WORD_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)")


def _neighbours(article, spans: list[textutil.Span], max_zipf: float = 4.0) -> set[str]:
    """Distinctive capitalised words next to the occurrences: first names, other surnames.

    Up to three capitalised words right before an occurrence and one right
    after it; words common in English (titles such as President, Minister,
    honorifics, common first names) are left out, since they tell no one apart.
    """
    result = set()
    for span in spans:
        before = _CHAIN_BEFORE.search(article.text[max(0, span.start - 80): span.start])
        after = _WORD_AFTER.match(article.text[span.end: span.end + 40])
        found = before.group().split() if before else []
        if after:
            found.append(after.group(1))
        for word in found:
            for suffix in ("'s", "’s"):
                word = word.removesuffix(suffix)
            if textutil.zipf_frequency(word) < max_zipf:
                result.add(word)
    return result


def _roles(article, spans: list[textutil.Span]) -> set[str]:
    """How a spelling is used: 'first' (a rare capitalised word follows), 'last' or 'alone'."""
    roles = set()
    for span in spans:
        after = _WORD_AFTER.match(article.text[span.end: span.end + 40])
        before = _CHAIN_BEFORE.search(article.text[max(0, span.start - 80): span.start])
        if after and textutil.zipf_frequency(after.group(1)) < 4.0:
            roles.add("first")
        elif before:
            roles.add("last")
        else:
            roles.add("alone")
    return roles


def _same_person(article, a: list[textutil.Span], b: list[textutil.Span]) -> bool:
    """Could two spellings of one key in an article name the same person?

    Not when both come with distinctive neighbours and share none ("Andrii
    Sybiha", "Andriy Yermak"), nor when one is only ever a first name and
    the other never is ("Michel Gondry", "Roger Michell").
    """
    near_a, near_b = _neighbours(article, a), _neighbours(article, b)
    if near_a and near_b and not near_a & near_b:
        return False
    roles_a, roles_b = _roles(article, a), _roles(article, b)
    if (roles_a == {"first"} and "first" not in roles_b) or (roles_b == {"first"} and "first" not in roles_a):
        return False
    return True


def _variant_groups(occurrences: dict[str, list], key=textutil.name_key,
                    min_length: int = MIN_NAME_LENGTH) -> list[dict[str, list]]:
    """Spellings grouped by transliteration key, only groups of two or more spellings."""
    groups: dict[str, dict[str, list]] = defaultdict(dict)
    for spelling, spans in occurrences.items():
        if len(spelling) < min_length:
            continue
        value = key(spelling)
        if len(value) >= min_length:
            groups[value][spelling] = spans
    result = []
    for group in groups.values():
        if len(group) < 2 or len({_bare(s) for s in group}) < 2:
            continue  # one spelling, or differences of case or hyphenation only
        result.append(group)
    return result


#: the looser key (German, French, Polish transliterations) is kept for names this long
MIN_LOOSE_NAME_LENGTH = 5


def _loose_groups(article, max_zipf: float, max_rare_zipf: float) -> list[dict[str, list]]:
    """Groups of spellings that only the looser transliteration key joins.

    Every spelling is at least five letters and rarer than ``max_zipf`` as
    an English word (a name such as Putin is not rare in news, so that limit
    sits above TL101's), and at least one of them is rare
    (``max_rare_zipf``): Chodorkowski / Khodorkovsky, Poutine / Putin with
    the German and Polish key, Moucharraf / Musharraf with the French one.
    """
    occurrences = name_occurrences(article, max_zipf)
    result = []
    seen = set()
    groups = [*_variant_groups(occurrences, textutil.loose_name_key, MIN_LOOSE_NAME_LENGTH),
              *_variant_groups(occurrences, textutil.french_name_key, MIN_LOOSE_NAME_LENGTH)]
    for group in groups:
        if frozenset(group) in seen:
            continue  # both keys join the same spellings
        seen.add(frozenset(group))
        if len({textutil.name_key(s) for s in group}) < 2:
            continue  # one strict key: the strict groups have it
        if min(textutil.zipf_frequency(s) for s in group) >= max_rare_zipf:
            continue
        result.append(group)
    return result


#: spellings of one place taken from Russian and from Ukrainian (or another local language): two of them
#: in one article come from sources translated from different languages
EXONYMS = tuple(tuple(line.split()) for line in load_lines("newslint.rules", "translation_exonyms.txt"))
_EXONYM_INDEX = {spelling: group[0] for group in EXONYMS for spelling in group}


def _exonym_groups(article) -> list[dict[str, list]]:
    """Groups of spellings of one place from different source languages (Kiev / Kyiv)."""
    groups: dict[str, dict[str, list]] = defaultdict(dict)
    for spelling, spans in capitalised_spellings(article).items():
        canonical = _EXONYM_INDEX.get(_bare(spelling))
        if canonical:
            groups[canonical][spelling] = spans
    return [group for group in groups.values() if len({_bare(s) for s in group}) >= 2]


#: letters that Unicode does not decompose into a base letter and a diacritic
_SPECIAL_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d"})


def _without_case_or_marks(spelling: str) -> str:
    """The spelling case-folded, without hyphens or apostrophes."""
    return spelling.replace("-", "").replace("'", "").replace("’", "").casefold()


@lru_cache(maxsize=65536)
def _bare(spelling: str) -> str:
    """The spelling without case, hyphens, apostrophes or diacritics."""
    if spelling.isascii():
        # no diacritics or special letters to take off (NFKD leaves ASCII as it is), no curly
        # apostrophe, and ASCII case folding is lower()
        return spelling.replace("-", "").replace("'", "").lower()
    folded = unicodedata.normalize("NFKD", _without_case_or_marks(spelling).translate(_SPECIAL_LETTERS))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _is_plural_pair(a: str, b: str) -> bool:
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return long in (short + "s", short + "es")


class InconsistentTransliteration(Rule):
    """Finds one name spelled two ways in the same article (Zelenskyj / Zelenskyy).

    What it finds: two spellings of a capitalised name that reduce to the
    same transliteration key (j/y, w/v, ie/e, kh/h, sch/sh, doubled
    letters, final -ij/-iy), such as a German "Zelenskyj" beside an English
    "Zelenskyy". For rare names of five letters or more a looser key also
    joins German, French and Polish transliterations of one name (ch/kh,
    s/z, z/ts, ö/oe, French -ine for -in, ch/sh, ou/u: Chodorkowski /
    Khodorkovsky, Schröder / Schroeder, Poutine / Putin, Moucharraf /
    Musharraf), and a short list joins the Russian-based and
    Ukrainian-based names of Ukrainian places (Kiev / Kyiv, Kharkov /
    Kharkiv, Lugansk / Luhansk). The finding sits on the
    occurrences of the rarer spelling (at a tie in count, the one rarer as
    an English word, then the one that comes first) and names the other.

    Why it matters: the article was stitched from sources transliterating
    from different languages (a German wire, an English one), or machine
    translated piecemeal. Readers take two spellings for two people, and
    searches miss half the mentions.

    Example: ``President Volodymyr Zelenskyj said ... Zelenskyy added ...``

    Use instead: the outlet's house spelling, everywhere.
    """

    code = "TL101"
    name = "inconsistent-transliteration"
    category = "translation"
    severity = Severity.warning
    confidence = 0.7
    options = {
        "max_zipf": Option(4.0, "spellings more common than this as English words are ignored"),
        "loose_max_zipf": Option(
            4.5, "with the looser key (German, French spellings): spellings more common than this are ignored"
        ),
        "loose_max_rare_zipf": Option(
            3.0, "with the looser key: at least one of the two spellings must be rarer than this"
        ),
    }

    def check(self, article):
        occurrences = name_occurrences(article, self.settings["max_zipf"])
        groups = [(group, None) for group in _variant_groups(occurrences)]
        groups += [
            (group, 0.6)
            for group in _loose_groups(article, self.settings["loose_max_zipf"], self.settings["loose_max_rare_zipf"])
        ]
        groups += [(group, 0.65) for group in _exonym_groups(article)]
        reported = set()
        for group, confidence in groups:
            spellings = sorted(
                group,
                key=lambda s: (-len(group[s]), -textutil.zipf_frequency(s), -group[s][0].start),
            )
            main = spellings[0]
            for other in spellings[1:]:
                if _bare(main) == _bare(other) or _is_plural_pair(main, other):
                    continue
                if not _same_person(article, group[main], group[other]):
                    continue
                where = _lines(article.line_of(s.start) for s in group[main])
                for span in group[other]:
                    if span.start in reported:
                        continue
                    reported.add(span.start)
                    yield self.hit(
                        span.start,
                        span.end,
                        f"{textutil.quoted(other)} is spelled {textutil.quoted(main)} elsewhere in the article ({where})",
                        confidence=confidence,
                    )


class TransliterationAcrossRun(CorpusRule):
    """Finds a name spelled one way in one article and another way in another.

    What it finds: two spellings of a name that share a transliteration key
    (Umerov / Umierov) in different articles of the same run, when the two
    spellings also share a neighbouring word (a first name or a title,
    "Rustem", "Minister"), so that they are likely the same person. Each
    article gets a finding at its first occurrence, naming the other file.

    Why it matters: a collection built from several translated sources
    spells the same person several ways; readers and search then treat
    them as different people. Articles that already contain both spellings
    are left to TL101.

    Example: ``Defence Minister Rustem Umerov`` in one file,
    ``Defense Minister Rustem Umierov`` in another.

    Use instead: one house spelling across the collection.
    """

    code = "TL102"
    name = "transliteration-across-run"
    category = "translation"
    severity = Severity.warning
    confidence = 0.6
    options = {
        "max_zipf": Option(3.0, "spellings more common than this as English words are ignored"),
        "max_files_named": Option(3, "other files named in one message"),
    }

    def collect(self, article):
        occurrences = name_occurrences(article, self.settings["max_zipf"])
        summary = {}
        for spelling, spans in occurrences.items():
            key = textutil.name_key(spelling)
            if len(key) < MIN_NAME_LENGTH + 1:
                continue
            first = spans[0]
            summary[spelling] = (key, first.start, first.end, article.line_of(first.start),
                                 sorted(_neighbours(article, spans)))
        return {"label": _label(article), "names": summary}

    def check_corpus(self, summaries):
        # name key -> (spelling, article) for the articles using only that spelling of the key
        by_key = Postings()
        for article_key, summary in summaries.items():
            keys = defaultdict(list)
            for spelling, entry in summary["names"].items():
                keys[entry[0]].append(spelling)
            for key, spellings in keys.items():
                if len({s.casefold() for s in spellings}) == 1:  # both in one article: TL101
                    by_key.add(key, (spellings[0], article_key))
        for _key, pairs in by_key.groups():
            spellings: dict[str, list] = defaultdict(list)  # spelling -> the articles using it
            for spelling, holder in pairs:
                spellings[spelling].append(holder)
            if len({_bare(s) for s in spellings}) < 2:
                continue
            fewest = min(len(holders) for holders in spellings.values())
            for spelling, holders in spellings.items():
                if len(holders) > fewest:
                    continue  # the majority spelling of the run
                for holder in holders:
                    yield from self._report(summaries, holder, spelling, spellings)

    def _report(self, summaries, holder, spelling, spellings):
        _key, start, end, _line, neighbours = summaries[holder]["names"][spelling]
        others = []
        for other, other_holders in spellings.items():
            if _bare(other) == _bare(spelling) or _is_plural_pair(other, spelling):
                continue
            for other_holder in other_holders:
                entry = summaries[other_holder]["names"][other]
                if set(neighbours) & set(entry[4]):  # a shared first name: the same person
                    others.append((other, summaries[other_holder]["label"], entry[3]))
        if not others:
            return
        limit = self.settings["max_files_named"]
        shown = "; ".join(f"{textutil.quoted(o)} in {label} line {line}" for o, label, line in others[:limit])
        if len(others) > limit:
            shown += f"; and {len(others) - limit} more"
        yield holder, self.hit(start, end, f"{textutil.quoted(spelling)} is spelled differently in other articles: {shown}")


class InconsistentDiacritics(Rule):
    """Finds one name written with and without its diacritics in the same article (Benítez / Benitez).

    What it finds: two spellings of a capitalised name that differ only in
    accents or other diacritics (São / Sao, Müller / Muller, Benítez /
    Benitez), both in the article, when they can name the same person or
    place (they do not come with different first names). The finding sits
    on the occurrences of the rarer spelling (at a tie, the later one) and
    names the other.

    Why it matters: the article was assembled from sources that keep
    diacritics and sources that drop them (an English wire beside a
    Spanish or French one), or edited piecemeal; search and readers see two
    spellings of one name. Across articles the choice is a house-style
    matter, so only one article's own inconsistency is reported.

    Example: ``Rafael Benítez said ... Benitez added ...``

    Use instead: one spelling throughout, the house style's.
    """

    code = "TL110"
    name = "inconsistent-diacritics"
    category = "translation"
    severity = Severity.warning
    confidence = 0.6
    options = {"max_zipf": Option(4.5, "spellings more common than this as English words are ignored")}

    def check(self, article):
        groups: dict[str, dict[str, list]] = defaultdict(dict)
        for spelling, spans in capitalised_spellings(article).items():
            if len(spelling) >= MIN_NAME_LENGTH:
                groups[_bare(spelling)][spelling] = spans
        forms = article.name_forms
        for group in groups.values():
            if len({_without_case_or_marks(s) for s in group}) < 2:
                continue  # case or hyphens only
            if any(textutil.zipf_frequency(s) >= self.settings["max_zipf"] for s in group):
                continue
            if not any(s in forms or textutil.zipf_frequency(s) < 2.5 for s in group):
                continue  # a name somewhere: mid-sentence, or rare as an English word
            spellings = sorted(group, key=lambda s: (-len(group[s]), group[s][0].start))
            main = spellings[0]
            for other in spellings[1:]:
                if _without_case_or_marks(other) == _without_case_or_marks(main):
                    continue
                if not _same_person(article, group[main], group[other]):
                    continue
                where = _lines(article.line_of(s.start) for s in group[main])
                for span in group[other]:
                    yield self.hit(
                        span.start, span.end,
                        f"{textutil.quoted(other)} is written {textutil.quoted(main)} elsewhere in the article "
                        f"({where}): diacritics kept in one place and dropped in another",
                    )


def _label(article) -> str:
    if article.id:
        return f"{article.path} ({article.id})" if article.id not in article.path else article.path
    if article.record is not None:
        return f"{article.path} record {article.record}"
    return article.path


# --- lower-case proper nouns -------------------------------------------------

# the token before the stop sits in a lookbehind: as a leading "[^\s]{1,40}" it was
# retried at every point of a run of dots (time grew faster than the text)
_SENTENCE_BREAK = regex.compile(r"(?<=(?P<before>[^\s]{1,40}))\.[ \t]+(?P<word>\p{Ll}[\p{L}\p{M}'’-]*)")
_TOKEN_AROUND = regex.compile(r"[^\s]*")
_ADDRESS_AFTER = regex.compile(
    r"(?:[/?=_\p{N}]|[ \t]?\.[ \t]?(?:com|org|net|edu|gov|int|co|ac|uk|de|fr|eu|ua|ru|info|io)\b)"
)
_ADDRESS_NEARBY = regex.compile(r"https?:|www\.|://|\b(?:doi|url)\b")
_FILE_WORDS = frozenset("doi pdf html htm aspx php jpg jpeg png gif mp3 mp4 org com edu gov net www http https".split())


def _abbreviation_before(token: str) -> bool:
    """Is the token before a full stop an abbreviation, an initial, a number or part of an address?"""
    if regex.search(r"[/@\\]|www|https?|\.\w", token):
        return True  # "http://www. example. org": an address broken by spaces
    if token.endswith(("…", ".")):
        return True  # an ellipsis: "and…. for the first time"
    bare = token.lstrip("(\"'“‘[")
    if not bare or "." in bare or bare[-1:].isdigit():
        return True  # "a.m.", "U.S.", "No. 5"-like
    if len(bare) <= 1:
        return True
    return bare.lower() in textutil.ABBREVIATIONS or bare.lower() in _MORE_ABBREVIATIONS


_MORE_ABBREVIATIONS = frozenset(
    """al approx appt apt assn assoc av bldg ca cf cit dist div ed eds eg encl eq esp excl
    fwd hr hrs ie incl intl jnr lb lbs max min misc mln mn mth natl nr op orig oz pct pl pp
    pt qtd re ref resp snr sp spp sq subsp tbsp tel tsp var vol vols viz wk yr yrs""".split()
)


def _near_address(article, start: int) -> bool:
    """Does a web address start shortly before this point on the same line?"""
    line_start = article.text.rfind("\n", 0, start) + 1
    return bool(_ADDRESS_NEARBY.search(article.text, max(line_start, start - 120), start))


def _plain_token(article, start: int, end: int) -> bool:
    """Is the word a plain word, not part of a URL, e-mail, handle or hashtag?"""
    left = article.text.rfind(" ", 0, start) + 1
    token_end = start + len(_TOKEN_AROUND.match(article.text, start).group())
    token = article.text[left:token_end]
    return not regex.search(r"[@#/\\]|\.\w|www|https?", token.rstrip(".,;:!?\"'”’)"))


class LowercaseProperNoun(Rule):
    """Finds a proper noun written in lower case (``kyiv``).

    What it finds: a word in lower case where the same word is capitalised
    mid-sentence elsewhere in the article (a name), a sentence that
    starts in lower case with a word that is not a common English word
    (``... to him. kyiv also warned ...``), and a word of the package's
    proper-noun list (countries, capitals and large cities, nationalities
    and languages, religions, weekdays, months) in lower case anywhere,
    also inside a compound or a possessive ("london", "china's",
    "brussels-based"). Listed names that are also ordinary words ("china",
    "turkey", "jordan") count only as a bare possessive ("china's
    economy"), or where the article capitalises them elsewhere in running
    text and they stand where a place name goes ("in china", "Russia and
    china", "china-based"); never after an article ("the turkey"). Set
    phrases ("brussels sprouts", "french fries") are left alone. Abbreviations before the full stop ("approx. five"),
    brands with inner capitals (iPhone), web addresses, e-mails, handles,
    hashtags, lines without any capital and articles written in lower
    case throughout are left alone.

    Why it matters: machine translation and careless transliteration lose
    the capital of names they do not know; readers stumble, and the name
    no longer matches the rest of the article in search.

    Example: ``Moscow denied it. kyiv also warned that ...``

    Use instead: capitalise the name (``Kyiv``).
    """

    code = "TL103"
    name = "lowercase-proper-noun"
    category = "translation"
    severity = Severity.warning
    confidence = 0.7
    fix_title = "Capitalise the name"
    fix_safety = "unsafe"  # whether the word is a name here is a judgement
    options = {
        "max_zipf_mid_sentence": Option(3.5, "lower-case words more common than this are ordinary words"),
        "max_zipf_sentence_start": Option(4.0, "sentence-initial words more common than this are left to truncation rules"),
    }

    def check(self, article):
        names = {w.lower(): w for w in article.name_forms}
        seen = set()
        for match in _SENTENCE_BREAK.finditer(article.text):
            word = match.group("word")
            start = match.start("word")
            if _abbreviation_before(match.group("before")) or not _plain_token(article, start, match.end("word")):
                continue
            if _ADDRESS_AFTER.match(article.text, match.end("word")) or word in _FILE_WORDS:
                continue
            if _near_address(article, start):
                continue  # an address broken up by spaces: "http://www. example. org"
            if len(word) < 3 or word in textutil.LOWERCASE_BRANDS or any(c.isupper() for c in word):
                continue
            known = names.get(word)
            if word in textutil.STOPWORDS or textutil.zipf_frequency(word) >= (
                5.0 if known else self.settings["max_zipf_sentence_start"]
            ):
                continue
            seen.add(start)
            capital = known or word[:1].upper() + word[1:]
            why = f"capitalised as {textutil.quoted(known)} elsewhere" if known else "not a common English word"
            yield self.hit(
                start, match.end("word"),
                f"sentence starts with lower-case {textutil.quoted(word)} ({why}): a proper noun lost its capital?",
                confidence=0.8 if known else 0.65,
                fix=Fix(start, match.end("word"), capital) if known else None,
            )
        # only a lower-case word that is some name's lower-cased form, rare enough, without capitals
        # and not a plural of an English word can be reported below
        max_zipf = self.settings["max_zipf_mid_sentence"]
        written_lower = {
            word for word in distinct_words(article) & names.keys()
            if word[:1].islower() and textutil.zipf_frequency(word) < max_zipf
            and not any(c.isupper() for c in word) and not _plural_of_word(word)
        }
        standalone = _standalone_names(article, written_lower) if written_lower else {}
        lowered: dict[str, list[textutil.Span]] = defaultdict(list)
        for span in article.words if standalone else ():
            word = span.text
            if span.start in seen or word not in standalone:
                continue
            if not _plain_token(article, span.start, span.end) or _near_address(article, span.start):
                continue
            lowered[word].append(span)
        for word, spans in lowered.items():
            if standalone[word] < 2 or len(spans) > standalone[word]:
                continue  # mostly lower case: a common noun that is sometimes part of a name
            if any(_DETERMINER_BEFORE.search(article.text[max(0, s.start - 30): s.start]) for s in spans):
                continue  # "the staph", "professor of neurology": used as a common noun
            for span in spans:
                seen.add(span.start)
                yield self.hit(
                    span.start, span.end,
                    f"{textutil.quoted(word)} in lower case, capitalised as {textutil.quoted(names[word])} elsewhere in the article",
                    fix=Fix(span.start, span.end, names[word]),
                )
        yield from self._known_proper_nouns(article, seen)

    def _known_proper_nouns(self, article, seen: set[int]):
        """Words of the proper-noun list (places, nationalities, weekdays) in lower case."""
        if _lower_case_style(article):
            return
        table = proper_nouns()
        words = distinct_words(article)
        # only a lower-case word with a part on the list is looked at below: most articles have none
        candidates = {
            word
            # a word with a hyphen or an apostrophe is not all letters: str.isalpha sorts out the others in C
            for word in (words & _listed_words())
            | {word for word in filterfalse(str.isalpha, words) if "-" in word or "'" in word or "’" in word}
            if word[:1].islower() and any(
                _lookup(table, word[start:end]) is not None for start, end in _word_parts(word)
            )
        }
        text = article.text
        capitalised = None  # capitalised words in running text, computed on demand
        lines_with_capitals: dict[int, bool] = {}
        for span in article.words if candidates else ():
            word = span.text
            if word not in candidates or span.start in seen:
                continue
            for part_start, part_end in _word_parts(word):
                name = word[part_start:part_end]
                entry = _lookup(table, name)
                if entry is None:
                    continue
                start, end = span.start + part_start, span.start + part_end
                # first, as it rejects most: the month that is an ordinary word ("may"); the checks of
                # the whole token below give the same answer for every part, so no part is reported
                # whichever comes first
                if entry.date_only and (word != name or not _in_date(text, start, end, name)):
                    continue  # "march", "may", "august": ordinary words outside a date
                if not _plain_token(article, span.start, span.end) or _near_address(article, span.start):
                    break
                if text[span.start - 1: span.start] in ("_", ".") or text[span.end: span.end + 1] in ("_",):
                    break  # a handle, a file name or a domain: "london_2012", ".london"
                if not _has_capitals(article, span.start, lines_with_capitals):
                    break  # a line in lower case only: tags, a slug, a caption in a lower-case style
                after = regex.match(r"[ \t]+(\p{L}+)", text[span.end: span.end + 30])
                if after and after.group(1).lower() in entry.not_before:
                    continue  # "brussels sprouts", "french fries": a common noun
                capital = entry.form
                if entry.ambiguous:
                    if capitalised is None:
                        capitalised = _capitalised_in_prose(article)
                    possessive = word[part_end: part_end + 2] in ("'s", "’s") and part_end + 2 == len(word)
                    if _DETERMINER_BEFORE.search(text[max(0, start - 30): start]):
                        continue  # "the turkey", "the turkey's": a common noun
                    if not possessive:
                        if capital not in capitalised:
                            continue  # "turkey", "china", "jordan": an ordinary word unless the article names it
                        if not (_PLACE_BEFORE.search(text[max(0, start - 40): start])
                                or _PLACE_AFTER.match(text, span.end) or "-" in word):
                            continue  # "turkey sales": a place name only after "in", "from", "Russia and"
                replacement = name[:1].upper() + name[1:]
                seen.add(span.start)
                inside = f" in {textutil.quoted(word)}" if word != name else ""
                yield self.hit(
                    start, end,
                    f"{textutil.quoted(name)} in lower case{inside}: {textutil.quoted(replacement)} is a proper noun",
                    confidence=0.6 if entry.ambiguous else 0.75,
                    fix=Fix(start, end, replacement),
                )
                break


@lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each part of a word: "china-based", "china's"; not "nor'easter"."""
    if not any(mark in word for mark in "-'’"):
        return ((0, len(word)),)  # the common case, without a regex call
    return tuple(part.span() for part in regex.finditer(r"(?<![\p{L}'’])[^-'’]+", word))


class ProperNoun(NamedTuple):
    """An entry of the proper-noun list (``rules/data/proper_nouns.txt``)."""

    form: str  # as capitalised: "London"
    ambiguous: bool  # also an ordinary word ("turkey"): needs a capitalised use in the article
    not_before: frozenset[str]  # words after which it is a common noun ("sprouts")
    date_only: bool = False  # a month that is also an ordinary word ("march", "may"): only inside a date


PROPER_NOUNS_FILE = Path(__file__).with_name("data") / "proper_nouns.txt"


@lru_cache(maxsize=1)
def proper_nouns() -> dict[str, ProperNoun]:
    """The proper-noun list, loaded on first use: lower-case word -> entry."""
    table = {}
    for raw in PROPER_NOUNS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, _, exceptions = line.partition("!")
        word = head.strip()
        ambiguous = word.startswith("?")
        date_only = word.startswith("@")
        word = word.lstrip("?@")
        table[word] = ProperNoun(word[:1].upper() + word[1:], ambiguous, frozenset(exceptions.split()), date_only)
    return table


@lru_cache(maxsize=1)
def _listed_words() -> frozenset[str]:
    """Every word that ``_lookup`` finds an entry for: the listed words and the plurals it accepts."""
    table = proper_nouns()
    plurals = {word + "s" for word, entry in table.items() if not (entry.ambiguous or entry.date_only)}
    return frozenset(word for word in {*table, *plurals} if len(word) >= 3)


def _lookup(table: dict[str, ProperNoun], word: str) -> ProperNoun | None:
    """The entry of a word, or of its plural ("americans", "turks") for an unambiguous entry."""
    if len(word) < 3:
        return None
    entry = table.get(word)
    if entry is None and word.endswith("s"):
        entry = table.get(word[:-1])
        if entry is not None and (entry.ambiguous or entry.date_only):
            return None
    return entry


_YEAR = r"(?:1[89]|20)\d{2}(?![\d,.]?\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: after a month: a year, or a day that ends a phrase or comes before a year ("march 2004", "august 3, 2004")
_DATE_AFTER = regex.compile(
    r"[ \t]+(?:" + _YEAR + r"|" + _DAY + r"(?:,?[ \t]+" + _YEAR + r"|(?=[ \t]*[,.;:)]|[ \t]+(?:and|to|until)\b)))"
)
#: before a month: a day ("12 august", "3rd of march")
_DAY_BEFORE = regex.compile(r"(?<![\d.,])" + _DAY + r"[ \t]+(?:of[ \t]+)?$")
#: a preposition of time before a month at the end of a phrase ("since march.", "in august, ...")
_TIME_WORD_BEFORE = regex.compile(
    r"(?<!\b(?:the|a|this|that|his|her|their|its)[ \t]+)"
    r"\b(?i:in|since|until|till|by|during|early|late|mid|last|next|from|through|throughout|before|after)[ \t-]+$"
)
_PHRASE_END = regex.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|or|to)[ \t]+(?i:" + _MONTHS + r")\b", regex.M)


def _in_date(text: str, start: int, end: int, word: str) -> bool:
    """Is a lower-case month that is also an ordinary word ("march") part of a date here?"""
    if _DATE_AFTER.match(text, end):
        return True
    before = text[max(0, start - 20): start]
    ends_phrase = _PHRASE_END.match(text, end) is not None
    if (ends_phrase or regex.match(r"[ \t]+" + _YEAR, text[end:end + 8])) and _DAY_BEFORE.search(before):
        return True
    return ends_phrase and _TIME_WORD_BEFORE.search(before) is not None


#: words before a name of a place: "in china", "from turkey", "Russia and china"
_PLACE_BEFORE = regex.compile(
    r"(?:\b(?i:in|to|from|into|across|throughout|between|against|visit|visited|visiting|"
    r"toward|towards|via|than)|\p{Lu}[\p{L}\p{M}'’-]*,?[ \t]+(?:and|or))[ \t]+$"
)
#: a name of a place after it: "china and Japan"
_PLACE_AFTER = regex.compile(r",?[ \t]+(?:and|or)[ \t]+\p{Lu}")
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*,?[ \t]+$")
_CAPITAL_AFTER = regex.compile(r"(?:['’]s)?,?[ \t]+\p{Lu}")


def _capitalised_in_prose(article) -> set[str]:
    """Capitalised words used mid-sentence in running text.

    Not in the headline, and not in the middle of a run of capitalised
    words (a menu of countries, a title in title case).
    """
    headline = article.headline
    text = article.text
    result = set()
    for span in article.names:
        if headline and headline.start <= span.start < headline.end:
            continue
        before = _CAPITAL_BEFORE.search(text[max(0, span.start - 40): span.start])
        after = _CAPITAL_AFTER.match(text, span.end)
        if before and after:
            continue
        result.add(span.text)
    return result


def _has_capitals(article, position: int, cache: dict[int, bool]) -> bool:
    """Does the line around this position have a capital letter anywhere?"""
    number = article.line_of(position)
    if number not in cache:
        cache[number] = regex.search(r"\p{Lu}", article.lines[number - 1]) is not None
    return cache[number]


def _lower_case_style(article) -> bool:
    """Is the article written in lower case throughout (a chat log, a social-media post)?"""
    starts = [s.text for s in article.sentences if s.text[:1].isalpha()]
    if len(starts) < 3:
        return not any(c.isupper() for c in article.text)
    return sum(1 for s in starts if s[:1].islower()) * 2 > len(starts)


_LINKS = r"(?:of|for|on|the|and|in|to|de|du|des|la|le|von|van|der|al|el)"
_IN_TITLE_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*[ \t]+(?P<link>(?:" + _LINKS + r"[ \t]+){0,2})$")
_IN_TITLE_AFTER = regex.compile(r"(?:['’]s)?[ \t]+(?:" + _LINKS + r"[ \t]+){0,2}\p{Lu}")


_NOT_PROSE_BEFORE = regex.compile(r"(?:[\"“‘'«„•·/@#*(\[]|\n)[ \t]*$")
_NOT_PROSE_AFTER = regex.compile(r"[\p{L}\p{N}/@”’\"]|[ \t]*\n")
_DETERMINER_BEFORE = regex.compile(
    r"(?i)\b(?:a|an|the|this|that|these|those|its|their|his|her|our|your|my|some|any|no|each|"
    r"every|bad|good|oral|clinical)[ \t]+$"
)


def _plural_of_word(word: str) -> bool:
    """Is the word the plural of an English noun ("skulls", "mobiles")?"""
    if not word.endswith("s") or len(word) < 5:
        return False
    return any(textutil.zipf_frequency(word[: -len(end)]) >= 2.5 for end in ("s", "es") if word.endswith(end))


def _standalone_names(article, wanted: set[str]) -> dict[str, int]:
    """Lower-cased names written capitalised on their own mid-sentence, with counts; only those in ``wanted``.

    Words inside a title-case run ("Scottish Regiments", a headline) or a
    headline are not counted: their capital belongs to the run.
    """
    counts: dict[str, int] = defaultdict(int)
    headline = article.headline
    text = article.text
    for span in article.names:
        if span.text.lower() not in wanted:
            continue
        if headline and headline.start <= span.start < headline.end:
            continue
        before = text[max(0, span.start - 40): span.start]
        after = text[span.end: span.end + 40]
        title_before = _IN_TITLE_BEFORE.search(before)
        if title_before and title_before.group("link") and textutil.sentence_initial(
            text, span.start - len(before) + title_before.start()
        ):
            title_before = None  # "Officials in Kharkiv": the capital is the sentence's
        if title_before or _IN_TITLE_AFTER.match(after):
            continue
        if _NOT_PROSE_BEFORE.search(before) or _NOT_PROSE_AFTER.match(after):
            continue  # inside a quoted title, a bullet, an address, a longer word
        if regex.search(r"(?i)\b(?:journal|magazine|newspaper|the|a|an)[ \t]+$", before):
            continue  # "the journal Neurology": a title, or a common noun
        counts[span.text.lower()] += 1
    return counts


# --- continental punctuation and numbers ---------------------------------------

_LOW_QUOTE = regex.compile(r"(?P<open>„|‚)(?P<inner>[^„“”«»\n\"]{1,600}?)(?P<close>“|”|‘|’(?!\p{L}))")
_GUILLEMETS = regex.compile(r"(?P<open>«|‹)(?P<inner>[^„“”«»‹›\n\"]{1,600}?)(?P<close>»|›)")
_GUILLEMETS_REVERSED = regex.compile(r"(?P<open>»|›)(?P<inner>[^„“”«»‹›\n\"]{1,600}?)(?P<close>«|‹)")
_CORNER_QUOTE = regex.compile(r"(?P<open>「|『)(?P<inner>[^「」『』\n]{1,600}?)(?P<close>」|』)")
_FOREIGN_OPEN = regex.compile(r"(?:„|‚|«[ \t\u00a0\u202f]?|»|[「『])(?=\p{L}|\p{N})")


def _house_quotes(article, exclude: list[tuple[int, int]]) -> tuple[str, str]:
    """The article's own double quotation marks: curly or straight, by majority."""
    curly = straight = 0
    position = 0
    for start, end in exclude + [(len(article.text), len(article.text))]:
        piece = article.text[position:start]
        curly += piece.count("“") + piece.count("”")
        straight += piece.count('"')
        position = end
    return ("“", "”") if curly > straight else ('"', '"')


class ForeignQuotationMarks(Rule):
    """Finds German or French quotation marks („…“, «…») in English text.

    What it finds: a quotation opened with „ (German, Polish, Ukrainian
    style), set in guillemets « » / » «, or in the corner brackets of
    Japanese and Chinese 「…」, in an article written in English.

    Why it matters: English uses “…” or "…"; the foreign marks are left
    over from the source of a translation and show readers that the text
    was not edited.

    Example: ``He called it „a sign of desperation“.``

    Use instead: the article's own quotation marks (the fix uses the style
    most common in the rest of the article).
    """

    code = "TL104"
    name = "foreign-quotation-marks"
    category = "translation"
    severity = Severity.warning
    confidence = 0.9
    fix_title = "Use the article's own quotation marks"

    def check(self, article):
        if not any(mark in article.text for mark in "„‚«»「『"):
            return  # no opening mark of _FOREIGN_OPEN: no regex call
        if not _FOREIGN_OPEN.search(article.text) or article.language not in ("en", "und"):
            return
        first = regex.search(r"[«»]", article.text)
        french = first is not None and first.group() == "«"  # German style opens with »
        guillemets = _GUILLEMETS if french else _GUILLEMETS_REVERSED
        quotes = sorted([*_LOW_QUOTE.finditer(article.text), *guillemets.finditer(article.text),
                         *_CORNER_QUOTE.finditer(article.text)], key=lambda m: m.start())
        opening, closing = _house_quotes(article, [(m.start(), m.end()) for m in quotes])
        covered = set()
        for match in quotes:
            inner = match.group("inner").strip(" \u00a0\u202f")
            covered.update((match.start(), match.end() - 1))
            yield self.hit(
                match.start(), match.end(),
                f"foreign quotation marks {match.group('open')}…{match.group('close')} around {textutil.quoted(inner, 40)}",
                fix=Fix(match.start(), match.end(), f"{opening}{inner}{closing}"),
            )
        for match in _FOREIGN_OPEN.finditer(article.text):
            if match.start() not in covered and match.group()[0] != ("»" if french else "«"):
                yield self.hit(match.start(), match.start() + 1,
                               f"foreign opening quotation mark {match.group()[0]!r} in English text",
                               confidence=0.6)


_UNIT = (
    r"(?:million|billion|trillion|thousand|mln|bn|m|percent|per[ \t]cent|%|km|kilomet(?:re|er)s?|"
    r"met(?:re|er)s?|kg|kilograms?|tonnes?|tons|hectares?|litres?|liters?|degrees?|°|hours?|"
    r"years?|euros?|EUR|€|dollars?|USD|hryvnias?|UAH|roubles?|rubles?|points|times|seconds|minutes)\b"
)
_DECIMAL_COMMA = regex.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d,])(?=[ \t\u00a0]?" + _UNIT + ")")
_DOTTED_THOUSANDS = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)")
#: one group of dotted thousands before a counted noun ("15.000 people"): three decimals would be odd there
_DOTTED_COUNT = regex.compile(
    r"(?<![\d.,])\d{1,3}\.\d{3}(?=[ \t]+(?:people|persons|jobs|soldiers|troops|residents|inhabitants|refugees|"
    r"workers|employees|students|euros|dollars|hryvnias|roubles|rubles|zlotys|tonnes|tons|cars|homes|houses|members|"
    r"visitors|fans|spectators|cases|deaths|victims|signatures|votes|kilometres|kilometers|hectares|children|patients)\b)"
)
#: thousands separated by a no-break or thin space (French style): "1 500 000"
_SPACED_THOUSANDS = regex.compile(r"(?<![\d,.])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d,.])")
#: the abbreviations of other languages for million and billion: "5 mln", "2,3 Mrd", "50 mio"
_SCALE_ABBREVIATION = regex.compile(r"(?<![\p{L}\d.,])\d+(?:[.,]\d+)?[ \t\u00a0]?(?:mln|bln|mld|mlrd|mio|Mio|Mrd|mrd)\.?(?!\p{L})")
_SCALE_WORDS = ("mln", "bln", "mld", "mlrd", "mio", "Mio", "Mrd", "mrd")  # of _SCALE_ABBREVIATION
_DOTTED_DATE = regex.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![.,]?\d)"
)


def _digit_may_follow(text: str, mark: str) -> bool:
    """Can a digit (``\\d``, any decimal digit) follow ``mark`` in the text? Not in ASCII text without mark + 0-9."""
    return not text.isascii() or any(mark + digit in text for digit in "0123456789")


class ContinentalNumberFormat(Rule):
    """Finds numbers written the continental way: ``1,5 million``, ``1.500.000``, ``06.11.2024``.

    What it finds: a decimal comma before a unit or a scale word ("1,5
    million", "2,7 percent"), thousands separated by dots ("12.000.000",
    "15.000 people") or by no-break spaces ("1 500 000"), the foreign
    abbreviations "mln", "mld", "Mio", "Mrd", and day.month.year dates
    ("06.11.2024").

    Why it matters: an English reader takes "1,5 million" for a typo and
    "12.000" for twelve; the format was carried over from a German,
    French or Ukrainian source without being converted.

    Example: ``losses of 1,5 million euros``

    Use instead: "1.5 million", "12,000,000", "6 November 2024".
    """

    code = "TL105"
    name = "continental-number-format"
    category = "translation"
    severity = Severity.warning
    confidence = 0.8

    def check(self, article):
        text = article.text
        digit_after_dot = _digit_may_follow(text, ".")
        # each pattern runs only where the characters that all of its matches hold occur
        for pattern, what, confidence, possible in (
            (_DECIMAL_COMMA, "decimal comma", 0.85, _digit_may_follow(text, ",")),
            (_DOTTED_THOUSANDS, "dots as thousands separators", 0.8, digit_after_dot),
            (_DOTTED_DATE, "day.month.year date", 0.6, digit_after_dot),
            (_DOTTED_COUNT, "a dot as thousands separator", 0.7, digit_after_dot),
            (_SPACED_THOUSANDS, "spaces as thousands separators", 0.6, "\u00a0" in text or "\u202f" in text),
            (_SCALE_ABBREVIATION, "abbreviated scale word", 0.6, any(word in text for word in _SCALE_WORDS)),
        ):
            if not possible:
                continue
            for match in pattern.finditer(article.text):
                kind = "an agency or continental abbreviation (English: 5m, 2bn)" if pattern is _SCALE_ABBREVIATION \
                    else "a continental number format"
                yield self.hit(match.start(), match.end(),
                               f"{what} in {textutil.quoted(match.group())}: {kind}",
                               confidence=confidence)


# --- grammar left from the source language ----------------------------------------


def case_folded(text: str) -> str:
    """The text case-folded, for the test of a pattern's needed words.

    Every letter that a case-insensitive pattern letter matches folds to that
    letter, except the dotted capital I, which folds to "i" and a combining dot:
    the dot is dropped so that "İnformations" still contains "informations".
    """
    return text.casefold().replace("i\u0307", "i")


def may_match(needs: frozenset[str], folded: str) -> bool:
    """Can a pattern whose every match contains one of ``needs`` match in this (case-folded) text?"""
    for word in needs:  # a loop, not any(): called for every pattern and paragraph
        if word in folded:
            return True
    return False


def article_case_folded(article) -> str:
    """``case_folded`` of the article's text, computed once per article for the family."""
    return article.derived("translation.case_folded", lambda: case_folded(article.text))


#: needed-word occurrences up to which a pattern is searched line by line (a call per line that holds
#: one); with more, one call over the whole text costs less
MAX_OCCURRENCES_BY_LINE = 16


def line_bound_matches(article, pattern: regex.Pattern, needs: frozenset[str]):
    """The matches of ``pattern`` in the article, as ``pattern.finditer(article.text)`` yields them,
    for a pattern whose every match holds one of ``needs`` (case-folded) and no line break, and
    none of whose lookarounds can see past a line end (words separated by spaces and tabs only:
    TL106's pattern and the calques of TL109, see translation_calques.toml).

    When the needed words occur a few times, only the lines holding them are searched. No needed
    word, no search.
    """
    text = article.text
    folded = article_case_folded(article)
    offsets = []
    for word in needs:
        offset = folded.find(word)
        while offset != -1:
            if len(offsets) == MAX_OCCURRENCES_BY_LINE:
                yield from pattern.finditer(text)
                return
            offsets.append(offset)
            offset = folded.find(word, offset + 1)
    if not offsets:
        return
    line_starts = article.line_starts
    folded_line_starts = _folded_line_starts(article)
    if len(folded_line_starts) != len(line_starts):  # case folding keeps every line break: not expected
        yield from pattern.finditer(text)
        return
    for line in sorted({bisect.bisect_right(folded_line_starts, offset) - 1 for offset in offsets}):
        end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
        yield from pattern.finditer(text, line_starts[line], end)


def _folded_line_starts(article) -> list[int]:
    """Where the lines of ``article_case_folded`` start (once per article)."""

    def compute():
        folded = article_case_folded(article)
        starts = [0]
        position = folded.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = folded.find("\n", position + 1)
        return starts

    return article.derived("translation.folded_line_starts", compute)


#: base forms of verbs that are not (also) common nouns: after "accused of" an -ing form is needed
BASE_VERBS = load_word_list("newslint.rules", "translation_base_verbs.txt")
#: base forms that are also nouns often found after "of" ("accused of murder", "guilty of assault")
_ALSO_NOUNS = load_word_list("newslint.rules", "translation_also_nouns.txt")
_ACCUSE_OF = regex.compile(
    r"(?i)\b(?:accus(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|charg(?:e|es|ed|ing)|convict(?:s|ed|ing)?|"
    r"guilty|innocent|acquitt(?:ed|ing)|clear(?:ed|s)?|capable|incapable|instead)\b"
    r"(?P<object>[^.;:!?\n]{0,60}?)\bof[ \t]+(?P<verb>\p{Ll}+)\b(?P<after>[ \t]+\p{L}+)?"
)
_ACCUSE_OF_NEEDS = frozenset(
    "accus suspect charg convict guilty innocent acquitt clear capable instead".split()
)  # a match of _ACCUSE_OF contains one
_OBJECTS_AFTER = regex.compile(r"(?i)[ \t]+(?:it|them|him|her|us|me|the|a|an|his|their|its|our|to|weapons|troops)$")


class BareVerbAfterOf(Rule):
    """Finds a bare verb after "accused of" and the like (``accuse X of send``).

    What it finds: "accuse / suspect / charge / convict / guilty / capable
    / instead ... of" followed by the base form of a verb where English
    needs the -ing form ("accuse North Korea of send it to him").

    Why it matters: it is grammar carried over from the source language
    by a machine translation (an infinitive rendered word for word); a
    reader sees at once that the sentence was not edited.

    Example: ``Seoul accuses Pyongyang of send troops``

    Use instead: the -ing form ("of sending troops").
    """

    code = "TL106"
    name = "bare-verb-after-of"
    category = "translation"
    severity = Severity.warning
    confidence = 0.75

    def check(self, article):
        for match in line_bound_matches(article, _ACCUSE_OF, _ACCUSE_OF_NEEDS):
            verb = match.group("verb")
            if verb not in BASE_VERBS:
                continue
            if verb in _ALSO_NOUNS and not (match.group("after") and _OBJECTS_AFTER.match(match.group("after"))):
                continue  # "accused of murder": a noun unless an object follows
            start = match.start("verb")
            yield self.hit(
                start, match.end("verb"),
                f"bare verb {textutil.quoted(verb)} after {textutil.quoted(article.text[match.start(): start].strip())}: "
                f"English needs the -ing form",
                confidence=0.8 if verb not in _ALSO_NOUNS else 0.6,
            )


_NUMBER_WORDS = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d+|several|many|a few|some|few)"
_SINCE_DURATION = regex.compile(
    r"(?i)\bsince[ \t]+(?:(?:(?:almost|nearly|about|around|over|more than)[ \t]+)?" + _NUMBER_WORDS
    + r"[ \t]+(?:years?|months?|weeks?|days?|decades?|hours?)|(?:years|months|weeks|decades|ages)"
    r"|long(?![ \t]+(?:ago|before|after|since|time)\b|[-\p{L}]))"
    r"\b(?![ \t]+(?:ago|earlier|before|previously|back|later|after))"
)


class SinceWithDuration(Rule):
    """Finds "since" followed by a length of time (``since three years``).

    What it finds: "since" + a number + a time unit without "ago"
    ("has lived there since ten years"), and "since years", "since
    decades", "since long" (German "seit Jahren", French "depuis
    longtemps").

    Why it matters: German "seit", French "depuis", Ukrainian "вже" take a
    duration; English "since" takes a point in time and a duration takes
    "for". The phrase is a calque left by translation.

    Example: ``The border has been closed since two years.``

    Use instead: "for two years" or "since 2022".
    """

    code = "TL107"
    name = "since-with-duration"
    category = "translation"
    severity = Severity.warning
    confidence = 0.7

    def check(self, article):
        for match in _SINCE_DURATION.finditer(article.text):
            yield self.hit(match.start(), match.end(),
                           f"{textutil.quoted(match.group())}: a duration takes \"for\", not \"since\"")


class Calque(NamedTuple):
    """A construction that is ungrammatical in English and word for word in the source language."""

    pattern: regex.Pattern
    what: str  # what is wrong, for the message
    instead: str  # the English construction
    needs: frozenset[str]  # words of which every match contains one (case-folded)


_COUNTRIES_WITHOUT_ARTICLE = "|".join(load_lines("newslint.rules", "translation_countries_without_article.txt"))
_NEWS_PLURALS = "|".join(load_lines("newslint.rules", "translation_news_plurals.txt"))

#: calques from German, French, Spanish, Italian, Polish, Russian, Ukrainian, Turkish and Arabic that
#: English grammar does not allow (idioms that are merely unidiomatic are not listed: precision first)
CALQUES = tuple(
    Calque(
        regex.compile(
            entry["pattern"].replace("{NEWS_PLURALS}", _NEWS_PLURALS)
            .replace("{COUNTRIES_WITHOUT_ARTICLE}", _COUNTRIES_WITHOUT_ARTICLE),
            regex.M if entry.get("multiline") else 0,
        ),
        entry["what"], entry["instead"], frozenset(entry["needs"]),
    )
    for entry in load_table("newslint.rules", "translation_calques.toml")["calque"]
)


def _inside_any(spans: list[textutil.Span], starts: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the (sorted, disjoint) spans?"""
    index = bisect.bisect_right(starts, start) - 1
    for span in spans[max(index, 0): index + 2]:
        if span.start < end and start < span.end:
            return True
    return False


class SourceLanguageGrammar(Rule):
    """Finds grammar carried over word for word from the source language (``explain me why``).

    What it finds: constructions that English grammar does not allow and
    that are word-for-word renderings of German, French, Spanish, Italian,
    Polish, Russian, Ukrainian, Turkish or Arabic: an indirect object with
    no "to" ("explain me why", "said him that"), a preposition after a
    transitive verb ("discuss about", "mention about", "lack of" as a
    verb, "comment the case"), "participate to", "assist to the
    ceremony", "depend of", "in function of", "according to own
    statements", "in the nearest time", "it exists another way", age with
    "have" ("he has 40 years"), "make a photo", "the most of people", an
    article before a country ("the Germany is"), "the actual president"
    for the current one, the verb before the subject after "as" ("as
    informs the agency") or after a fronted "about this" ("About this
    reported the ministry"), the present tense with "since" ("is working
    since 2010") and plurals of uncountable nouns ("informations").
    Direct quotations are left alone: people are quoted as they speak.

    Why it matters: a machine or hurried translation keeps the source
    language's grammar; an English reader stumbles, and an editor would
    have rewritten the sentence.

    Example: ``As informs the agency, the minister did not want to comment the case.``

    Use instead: the English construction ("as the agency reports", "to
    comment on the case").
    """

    code = "TL109"
    name = "source-language-grammar"
    category = "translation"
    severity = Severity.warning
    confidence = 0.7

    def check(self, article):
        text = article.text
        quotes = article.quotations
        quote_starts = [q.start for q in quotes]
        for calque in CALQUES:
            for match in line_bound_matches(article, calque.pattern, calque.needs):
                start, end = match.span()
                while start < end and text[start].isspace():
                    start += 1
                if _inside_any(quotes, quote_starts, start, end):
                    continue  # people are quoted as they speak
                yield self.hit(
                    start, end,
                    f"{textutil.quoted(article.text[start:end])}: {calque.what}; English has \"{calque.instead}\"",
                )


#: turns of phrase typical of English translated by news agencies from another language: each is
#: grammatical and alone proves nothing; two different ones in one paragraph are a translation's mark
class Marker(NamedTuple):
    """A turn of phrase of agency translation (``translation_translationese.toml``)."""

    source: str  # the source language
    pattern: regex.Pattern
    needs: frozenset[str]  # words of which every match contains one (case-folded)


TRANSLATIONESE = tuple(
    Marker(entry["source"], regex.compile(entry["pattern"]), frozenset(entry["needs"]))
    for entry in load_table("newslint.rules", "translation_translationese.toml")["marker"]
)


class TranslationeseCluster(Rule):
    """Finds a paragraph with two or more turns of phrase typical of agency translation.

    What it finds: a paragraph (outside direct quotations) holding at least
    two different phrasings that English news agencies' translations from
    Arabic, Turkish, Italian, Russian, German or French leave behind, each
    grammatical on its own: "brotherly countries", "stressing the necessity
    of", "the joint work", "it was learned that", "in the statement he
    made", "in the shortest time", "has underlined that", "no step back",
    "on the territory of", "the press service of", "the ministry
    communicated", "shall be valid from", "from 1 April on", "it is in
    this context that", "judging that", "can no more last".

    Why it matters: one such phrase is a matter of taste; two in a
    paragraph show a translation that was not edited into English, and an
    article passed off as original reporting.

    Example: ``It was learned that the firm had applied to the court. The minister, in the statement he made, said ...``

    Use instead: rewrite the paragraph in plain English ("The firm has
    applied to the court, the minister said in a statement").
    """

    code = "TL111"
    name = "translationese-cluster"
    category = "translation"
    severity = Severity.warning
    confidence = 0.55
    options = {"min_markers": Option(2, "different translation phrasings in one paragraph")}

    def check(self, article):
        text = article.text
        # found holds at most one phrase per marker that can match, and a paragraph without any
        # match is skipped whatever min_markers is: fewer possible markers than that, no finding
        fewest = max(self.settings["min_markers"], 1)
        possible = self._possible(TRANSLATIONESE, article_case_folded(article))
        if len(possible) < fewest:
            return
        quotes = article.quotations
        quote_starts = [q.start for q in quotes]
        for paragraph in article.paragraphs:
            markers = self._possible(possible, case_folded(paragraph.text))
            if len(markers) < fewest:
                continue
            found = []
            matched = False
            for source, pattern, _needs in markers:
                for match in pattern.finditer(text, paragraph.start, paragraph.end):
                    matched = True
                    if not _inside_any(quotes, quote_starts, match.start(), match.end()):
                        found.append((match.start(), match.group(), source))
                        break
            if not matched or len(found) < self.settings["min_markers"]:
                continue
            found.sort()
            sources = sorted({source for _, _, source in found})
            shown = ", ".join(textutil.quoted(phrase, 30) for _, phrase, _ in found[:4])
            yield self.hit(
                paragraph.start, paragraph.end,
                f"{len(found)} turns of phrase of translated agency copy ({shown}; typical of "
                f"{' or '.join(sources)} sources) in one paragraph",
                confidence=min(0.8, 0.45 + 0.1 * len(found)),
            )

    @staticmethod
    def _possible(markers: tuple[Marker, ...], folded: str) -> tuple[Marker, ...]:
        """The markers that can match in a text (case-folded): it holds one of their needed words."""
        return tuple(marker for marker in markers if may_match(marker.needs, folded))


# --- untranslated passages ---------------------------------------------------------

FOREIGN_FUNCTION_WORDS = {
    language: frozenset(words.split())
    for language, words in load_table("newslint.rules", "translation_foreign_words.toml")["function_words"].items()
}


#: foreign function words that are not also English words: the cheap test before detection
_ANY_FOREIGN = frozenset().union(*FOREIGN_FUNCTION_WORDS.values()) - textutil.STOPWORDS - frozenset(
    load_table("newslint.rules", "translation_foreign_words.toml")["common_in_english"]["words"].split()
)


_ALL_FUNCTION_WORDS = frozenset().union(*FOREIGN_FUNCTION_WORDS.values()) | textutil.STOPWORDS | {"et", "al"}


class UntranslatedPassage(Rule):
    """Finds a paragraph left in another language inside an English article.

    What it finds: a paragraph of at least ``min_words`` words (``min_words_script``
    in a non-Latin script such as Cyrillic or Arabic) with few English
    function words whose language is identified as another one, confirmed
    by that language's own function words (capitalised ones count too:
    German "Die", "Nach") or by its script.

    Why it matters: a passage the translation skipped (a quote, a caption,
    a paragraph added to the source later) is unreadable for the audience
    and shows the article was not edited.

    Example: ``Die Lage an der Front ist sehr ernst, sagte der Minister.``

    Use instead: translate the passage, or quote it with a translation.
    """

    code = "TL108"
    name = "untranslated-passage"
    category = "translation"
    severity = Severity.warning
    confidence = 0.75
    options = {
        "min_words": Option(6, "shortest paragraph, in words, that is checked"),
        "min_words_script": Option(3, "shortest paragraph in a non-Latin script, in words, that is checked"),
    }

    def check(self, article):
        def tokens_of(start: int, end: int) -> list[str]:
            return [span.text for span in article.words_between(start, end)]  # tokenised once per article

        # _foreign finds a passage foreign only by its script or by two foreign function words or more:
        # a paragraph with neither holds no foreign passage, nor does any of its sentences
        foreign_words = {word for word in distinct_words(article) if word.lower() in _ANY_FOREIGN}
        foreign_word_starts = [span.start for span in article.words if span.text in foreign_words] if foreign_words else []

        def may_be_foreign(paragraph) -> bool:
            first = bisect.bisect_left(foreign_word_starts, paragraph.start)
            if bisect.bisect_left(foreign_word_starts, paragraph.end, first) - first >= 2:
                return True
            return has_non_latin_letter(paragraph.text)

        for paragraph in article.paragraphs:
            if not may_be_foreign(paragraph):
                continue
            code = self._foreign(tokens_of(paragraph.start, paragraph.end), paragraph.text)
            # sentence by sentence only in paragraphs of ordinary length (split_sentences is quadratic in the worst case)
            sentences = textutil.split_sentences(paragraph.text, paragraph.start) if len(paragraph.text) < 5000 else []
            foreign = []
            english = False
            for sentence in sentences if len(sentences) >= 2 else []:
                tokens = tokens_of(sentence.start, sentence.end)
                if len(tokens) < self.settings["min_words"] + 2 and not _script(sentence.text):
                    continue
                found = self._foreign(tokens, sentence.text)
                if found:
                    foreign.append((sentence, found))
                else:
                    english = True
            if code and not (english and foreign):
                yield self.hit(
                    paragraph.start, paragraph.end,
                    f"paragraph in another language ({code}): {textutil.quoted(paragraph.text, 50)}",
                )
                continue
            for sentence, found in foreign:  # a sentence left untranslated inside an English paragraph
                yield self.hit(
                    sentence.start, sentence.end,
                    f"sentence in another language ({found}): {textutil.quoted(sentence.text, 50)}",
                    confidence=0.65,
                )

    def _foreign(self, tokens: list[str], text: str) -> str | None:
        """The language or script of a passage that is not English, or None."""
        from newslint.engine import language

        if len(tokens) < min(self.settings["min_words"], self.settings["min_words_script"]):
            return None
        english = sum(1 for t in tokens if t.lower() in textutil.STOPWORDS)
        if english >= language.ENGLISH_FUNCTION_WORD_SHARE * len(tokens):
            return None
        script = _script(text)
        if script:
            return script
        if len(tokens) < self.settings["min_words"]:
            return None
        lower = [t.lower() for t in tokens]
        if sum(1 for t in tokens if t[:1].islower()) * 3 < len(tokens):
            return None  # a list of names, a line-up, a title
        needed = 2 if len(tokens) >= 8 else 3
        if sum(1 for t in lower if t in _ANY_FOREIGN) < needed:
            return None  # no foreign function words: a list, a table, jargon
        if "et al" in text or sum(1 for t in tokens if len(t) == 1 and t.isupper()) >= 2 \
                or not any(t[:1].islower() and t not in _ALL_FUNCTION_WORDS and len(t) > 2 for t in tokens):
            return None  # names, initials and particles: a citation ("de la Torre R, et al."), a line-up
        code = language.detect(text)
        hits = FOREIGN_FUNCTION_WORDS.get(code)
        if not hits or sum(1 for t in lower if t in hits) < needed:
            return None
        return code


_SCRIPTS = (("Cyrillic", r"\p{Cyrillic}"), ("Greek", r"\p{Greek}"), ("Arabic", r"\p{Arabic}"),
            ("Hebrew", r"\p{Hebrew}"), ("CJK", r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"))
#: a character of any script that _script names (none is ASCII)
_NON_LATIN_LETTER = regex.compile("|".join(pattern for _, pattern in _SCRIPTS))


def has_non_latin_letter(text: str) -> bool:
    """Does the text hold a character of a script that ``_script`` names?"""
    if text.isascii():
        return False
    for character in set(text):  # an English text has few distinct characters; a scan of every one costs more
        if _is_non_latin_letter(character):
            return True
    return False


@lru_cache(maxsize=4096)
def _is_non_latin_letter(character: str) -> bool:
    return _NON_LATIN_LETTER.match(character) is not None


def _script(text: str) -> str | None:
    """'cyrillic', 'greek', 'arabic'... when most letters are of a non-Latin script."""
    if not has_non_latin_letter(text):
        return None  # no letter counted below: no script has most letters
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    for name, pattern in _SCRIPTS:
        count = len(regex.findall(pattern, text))
        if count > len(letters) / 2:
            return f"{name} script"
    return None
