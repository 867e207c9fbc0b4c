"""Duplication: the same text twice, in one article or across a run.

Paragraphs and sentences repeated inside an article (exactly or nearly),
the headline or lead repeated further down as a pull quote, and paragraphs
shared with another article of the run.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import CorpusRule, Fix, Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.spill import Postings

__all__ = ["RepeatedHeadline", "RepeatedParagraph", "RepeatedSentence", "SharedParagraph"]

#: capitalised words and numbers: what a template changes from one entry to the next
_MARKED = regex.compile(r"\b(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{N}[\p{N},.]*)")
_URL = regex.compile(r"(?:https?://|www\.)\S+")
#: a 3-word shingle found in more sentences than this is a stock phrase, not evidence
_COMMON_SHINGLE = 40


def tokens(text: str) -> list[str]:
    """Normalised words of a passage, links left out (a URL slug is not prose)."""
    if "://" in text or "www." in text:  # what a link needs to start
        text = _URL.sub(" ", text)
    return textutil.normalise(text).split()


def mostly_names(unit: "Unit") -> bool:
    """Is a passage mostly capitalised words, a list of names or fixtures?"""
    return len(_MARKED.findall(unit.text)) * 2 > len(unit.words)


def substituted(first: "Unit", later: "Unit") -> bool:
    """Do two similar passages differ by a name or number on each side?

    "Voting opens in Ohio on 5 May" / "Voting opens in Iowa on 9 May" are
    two entries of one template, not a repeat.
    """
    marked = []
    for unit, other in ((first, later), (later, first)):
        extra = set(unit.words) - set(other.words)
        capitalised = {w.lower() for w in _MARKED.findall(unit.text)}
        marked.append(any(w in capitalised or w[:1].isdigit() for w in extra))
    return all(marked)


def ngrams(words: list[str], size: int) -> set[tuple[str, ...]]:
    if len(words) < size:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(size))))


class Unit(NamedTuple):
    """A paragraph or sentence prepared for comparison."""

    start: int
    end: int
    text: str
    words: list[str]


def memo(article, key: str, compute):
    """Share a computation between the rules of this module on one article."""
    return article.derived(f"duplication.{key}", compute)


def article_tokens(article, text: str) -> list[str]:
    """``tokens`` of a passage of the article, found once for a text that is both a paragraph and a sentence."""
    found = memo(article, "tokens", dict)
    if text not in found:
        found[text] = tokens(text)
    return found[text]


def paragraph_units(article) -> list[Unit]:
    """Paragraphs without their speaker label, as comparison units."""
    def compute():
        units = []
        for paragraph in article.paragraphs:
            cut, rest = textutil.strip_label(paragraph.text)
            units.append(Unit(paragraph.start + cut, paragraph.end, rest, article_tokens(article, rest)))
        return units

    return memo(article, "paragraphs", compute)


def sentence_units(article) -> list[Unit]:
    return memo(
        article, "sentences", lambda: [Unit(s.start, s.end, s.text, article_tokens(article, s.text)) for s in article.sentences]
    )


class TextCache(NamedTuple):
    """What ``near_pairs`` works out for a unit, kept by the unit's text for the next call on the same
    article (a paragraph is often a sentence too); valid for units whose words are ``tokens(text)``."""

    word_sets: dict[str, set[str]]
    shingles: dict[str, set]


def unit_cache(article) -> TextCache:
    """The ``TextCache`` of the article's paragraph and sentence units (filled by ``near_pairs``)."""
    return memo(article, "by_text", lambda: TextCache({}, {}))


@lru_cache(maxsize=10_000)
def fewest_shared(size: int, threshold: float) -> int:
    """Fewest words a unit of ``size`` distinct words shares with any unit it is a near repeat of.

    The Jaccard similarity is at most shared/size (the union holds the
    unit), also as floats (division rounds monotonically), so a pair that
    passes ``not jaccard < threshold`` passes ``not shared / size <
    threshold``: the smallest such count is returned (``size + 1`` when
    none is). At least 1: units with a shingle in common share a word.
    """
    shared = max(int(threshold * size), 1) if 0 < threshold <= 1 else 1  # a first guess, corrected both ways
    while shared > 1 and not (shared - 1) / size < threshold:
        shared -= 1
    while shared <= size and shared / size < threshold:
        shared += 1
    return shared


def file_shingles(index: dict[tuple[str, ...], tuple[int, ...]], i: int, shingles: set) -> set[int]:
    """File unit ``i`` under its shingles; return the earlier units holding one of them.

    A shingle held by more than ``_COMMON_SHINGLE`` units is a stock phrase:
    no evidence, and no more units are filed under it.
    """
    candidates: set[int] = set()
    new = shingles.difference(index)  # looked up by the hashes the set keeps: no tuple is hashed again
    known = shingles.difference(new)
    for shingle in known:
        holders = index[shingle]
        if len(holders) <= _COMMON_SHINGLE:
            candidates.update(holders)
            index[shingle] = holders + (i,)
    index.update(dict.fromkeys(new, (i,)))  # most shingles are new: filed in one go
    return candidates


def near_pairs(
    units: list[Unit], min_words: int, near_min_words: int, threshold: float, min_ordered: float,
    by_text: TextCache | None = None,
):
    """Yield (earlier, later, exact) index pairs of units that repeat one another.

    Exact: same normalised words. Near: word-set Jaccard at least
    ``threshold`` and word-bigram Jaccard at least ``min_ordered`` (so a
    passage with the same words in another order is not a repeat here).
    Candidates share a 3-word shingle (``file_shingles``); each later unit
    is reported once, against its first earlier match. ``by_text`` keeps
    what is worked out for a unit whose words are ``tokens(text)``, for the
    next call on the same article.

    Most units cannot be a near repeat of any other: fewer of their words
    than ``fewest_shared`` occur in another unit long enough to be compared.
    While no unit has more than ``_COMMON_SHINGLE`` filed units before it,
    no shingle is a stock phrase yet, so filing such a unit only adds
    candidates that fail, and it is left out of the shingle index (its
    shingles not even built). For a unit with more filed units before it,
    the full index is built: every unit filed so far replayed in order;
    from there on every unit is filed, to count the holders of its
    shingles, but only those that can pair look for candidates.
    """
    if by_text is None:  # kept by position then: the units' words need not be their text's tokens
        by_text = TextCache({}, {})
        keys: Sequence = range(len(units))
    else:
        keys = [unit.text for unit in units]
    word_sets = by_text.word_sets

    def word_set(k: int) -> set[str]:
        found = word_sets.get(keys[k])
        if found is None:
            found = word_sets[keys[k]] = set(units[k].words)
        return found

    def shingles_of(k: int) -> set:
        found = by_text.shingles.get(keys[k])
        if found is None:
            found = by_text.shingles[keys[k]] = ngrams(units[k].words, 3)
        return found

    shortest = max(min_words, near_min_words)
    compared = {k: word_set(k) for k, unit in enumerate(units) if len(unit.words) >= shortest}  # all that can be filed
    # a near pair shares at least fewest_shared words, each in two compared units: a unit with fewer such words has none
    seen: set[str] = set()
    shared: set[str] = set()  # the words of two or more compared units
    for words in compared.values():
        shared |= words & seen
        seen |= words
    can_pair = {k for k, words in compared.items() if len(words & shared) >= fewest_shared(len(words), threshold)}

    first_of: dict[tuple[str, ...], int] = {}
    reported: set[int] = set()
    filed: list[int] = []  # the units compared for near repeats, in order
    index: dict[tuple[str, ...], tuple[int, ...]] = {}  # shingle -> the units holding it
    index_whole = False  # every filed unit in the index, not only those in can_pair
    for i, unit in enumerate(units):
        if len(unit.words) < min_words:
            continue
        key = tuple(unit.words)
        if key in first_of:
            reported.add(i)
            yield first_of[key], i, True
            continue
        first_of[key] = i
        if len(unit.words) < near_min_words:
            continue
        if not index_whole and len(filed) > _COMMON_SHINGLE:
            index.clear()
            for k in filed:
                file_shingles(index, k, shingles_of(k))
            index_whole = True
        filed.append(i)
        if index_whole or i in can_pair:
            candidates = file_shingles(index, i, shingles_of(i))
        if i not in can_pair:
            continue  # filed, if at all, only to count the holders of its shingles
        for j in sorted(candidates):
            if j in reported or j not in can_pair or len(units[j].words) < near_min_words:
                continue
            words_i, words_j = word_set(i), word_set(j)
            smaller, larger = sorted((len(words_i), len(words_j)))
            # the Jaccard similarity is at most the ratio of the sizes (as floats too: division rounds monotonically)
            if smaller / larger < threshold or textutil.jaccard(words_i, words_j) < threshold:
                continue
            if textutil.jaccard(ngrams(units[i].words, 2), ngrams(units[j].words, 2)) < min_ordered:
                continue
            if substituted(units[j], units[i]) or mostly_names(units[i]):
                continue
            reported.add(i)
            yield j, i, False
            break


def headline_index(article) -> int | None:
    headline = article.headline
    return headline.index if headline is not None else None


def repeated_paragraphs(article, min_words: int, near_min_words: int, threshold: float):
    """(earlier unit, later unit, exact) for repeated paragraphs; the headline is DU103's.

    Found once per article and set of options: DU101 and the rules that leave
    DU101's paragraphs alone (``paragraph_repeat_spans``) share the result.
    """
    def compute():
        units = paragraph_units(article)
        skip = headline_index(article)
        return [
            (units[j], units[i], exact)
            for j, i, exact in near_pairs(units, min_words, near_min_words, threshold, 0.6, unit_cache(article))
            if j != skip
        ]

    return memo(article, f"paragraph_pairs:{min_words}:{near_min_words}:{threshold}", compute)


def _default(rule: type, name: str):
    return rule.options[name].default


def paragraph_repeat_spans(article) -> tuple[tuple[int, int], ...]:
    """Spans of the later copies that DU101 reports, with its default options."""
    return memo(article, "DU101", lambda: tuple([
        (later.start, later.end)
        for _, later, _ in repeated_paragraphs(
            article,
            _default(RepeatedParagraph, "min_words"),
            _default(RepeatedParagraph, "near_min_words"),
            _default(RepeatedParagraph, "threshold"),
        )
    ]))


def inside(unit: Unit, spans) -> bool:
    return any(start <= unit.start and unit.end <= end for start, end in spans)


class RepeatedParagraph(Rule):
    """Finds a paragraph that repeats an earlier paragraph of the article.

    What it finds: a paragraph of at least ``min_words`` words whose words
    are the same as an earlier paragraph's (letter case, punctuation and
    speaker labels aside), or, from ``near_min_words`` words, nearly the same
    (``threshold`` Jaccard similarity of their word sets, word order mostly
    kept, and not two entries of one template that differ by a name or a
    number). A repeated headline is DU103's.
    Why it matters: a scraper or a content system pasted the block twice,
    or two versions of one paragraph survived an edit; readers notice at
    once and trust the page less.
    Example: a closing paragraph ``The trial resumes on Monday, when the
    defence will call its first witness.`` printed a second time further down.

    Use instead: delete the later copy (an exact copy can be deleted
    automatically).
    """

    code = "DU101"
    name = "repeated-paragraph"
    category = "duplication"
    severity = Severity.warning
    confidence = 0.9
    fix_title = "Delete the repeated paragraph"
    fix_safety = "mixed"  # safe for an exact repeat, unsafe for a near one
    options = {
        "min_words": Option(8, "shortest paragraph whose exact repeat is reported (shorter: DU102)"),
        "near_min_words": Option(12, "shortest paragraph whose near repeat is reported"),
        "threshold": Option(0.8, "word-set Jaccard similarity from which a paragraph is a near repeat"),
    }

    def check(self, article):
        by_start = {p.start: p for p in article.paragraphs}
        ends = {p.end: p for p in article.paragraphs}
        pairs = repeated_paragraphs(
            article, self.settings["min_words"], self.settings["near_min_words"], self.settings["threshold"]
        )
        for first, later, exact in pairs:
            line = article.line_of(first.start)
            quoted = textutil.shorten(later.text)
            paragraph = ends[later.end]
            assert paragraph.start in by_start
            # delete the copy with one paragraph break; only an exact copy is certain
            fix = Fix(*article.paragraph_removal(paragraph), "", safe=exact)
            if not exact:
                yield self.hit(
                    later.start, later.end, f"paragraph nearly repeats line {line}: {quoted!r}", confidence=0.75,
                    fix=fix,
                )
                continue
            yield self.hit(later.start, later.end, f"paragraph repeats line {line}: {quoted!r}", fix=fix)


def lead_units(article, sentences: list[Unit], body_start: int | None = None) -> list[tuple[str, Unit]]:
    """The headline and the lead (the first body sentence, from ``body_start``)."""
    result = []
    headline = article.headline
    if body_start is None:
        body_start = headline.end if headline is not None else 0
    if headline is not None:
        cut, rest = textutil.strip_label(headline.text)
        result.append(("headline", Unit(headline.start + cut, headline.end, rest, article_tokens(article, rest))))
    for unit in sentences:
        if unit.start >= body_start:
            result.append(("lead", unit))
            break
    return result


def headline_repeats(article, min_words: int, coverage: float, precision: float, exact_min_words: int = 3):
    """(kind, reference, later unit) for sentences that repeat the headline or lead.

    Found once per article and set of options: DU103 and DU102 (which
    leaves them alone) share the result of ``find_headline_repeats``.
    """
    return memo(
        article,
        f"headline_repeats:{min_words}:{coverage}:{precision}:{exact_min_words}",
        lambda: list(find_headline_repeats(article, min_words, coverage, precision, exact_min_words)),
    )


def find_headline_repeats(article, min_words: int, coverage: float, precision: float, exact_min_words: int):
    """(kind, reference, later unit) for sentences that repeat the headline or lead.

    Body paragraphs that are the headline word for word come first, from
    ``exact_min_words`` words. Otherwise sentences in the lead paragraph
    (which may restate the headline) and in paragraphs DU101 reports are
    left out.
    """
    exact = set()
    for reference, unit in headline_copies(article, exact_min_words):
        exact.add(unit.start)
        yield "headline", reference, unit
    units = sentence_units(article)
    paragraphs = article.paragraphs
    headline = article.headline
    lead_paragraph = headline.index + 1 if headline is not None else 0
    while lead_paragraph < len(paragraphs) and paragraphs[lead_paragraph].start in exact:
        lead_paragraph += 1  # the headline printed again below itself: the lead comes after it
    if lead_paragraph + 1 >= len(paragraphs):
        return
    after = paragraphs[lead_paragraph + 1].start
    covered = paragraph_repeat_spans(article)
    for kind, reference in lead_units(article, units, paragraphs[lead_paragraph].start):
        if len(reference.words) < min_words:
            continue
        wanted = Counter(reference.words)
        size = len(reference.words)
        for unit in units:
            if not coverage * size <= len(unit.words) <= size / precision:
                continue  # too short to hold the headline, or too long to be mostly it
            if unit.start < max(after, reference.end) or inside(unit, covered):
                continue
            # each word of the unit that the reference lacks is a word not shared: a bound counted in C
            at_most = sum(map(wanted.__contains__, unit.words))
            if not (at_most / len(reference.words) >= coverage and at_most / len(unit.words) >= precision):
                continue
            shared = sum((Counter(unit.words) & wanted).values())
            if shared / len(reference.words) >= coverage and shared / len(unit.words) >= precision:
                if kind == "headline" and exact:
                    break  # already reported as a copy of the headline
                if unit.start not in exact:
                    yield kind, reference, unit
                break  # one repeat of each is enough


def headline_copies(article, min_words: int):
    """(headline, paragraph) for each body paragraph that is the headline word for word.

    Anywhere in the body, even right below the headline: a headline printed
    again as a line of its own is a scraper or layout artefact whatever its
    length (from ``min_words`` words), where a lead that restates the
    headline in a sentence of its own is not. A first line that recurs
    several times is page furniture taken for a headline, left to the
    boilerplate rules.
    """
    headline = article.headline
    if headline is None:
        return
    cut, rest = textutil.strip_label(headline.text)
    reference = Unit(headline.start + cut, headline.end, rest, article_tokens(article, rest))
    if len(reference.words) < min_words:
        return
    copies = [unit for unit in paragraph_units(article)[headline.index + 1:] if unit.words == reference.words]
    if len(copies) > 1:
        return  # a line that recurs through the page (an advert marker, a share bar, a refrain): furniture
    for unit in copies:
        yield reference, unit


class RepeatedHeadline(Rule):
    """Finds the headline or the lead repeated further down the article.

    What it finds: a sentence after the lead paragraph that holds nearly all
    the words of the headline (or of the lead sentence) and little else,
    even with the words reordered or the sentence hard-wrapped over several
    lines: the remains of a pull quote, a teaser block or a stored summary.
    Also the headline printed again word for word as a paragraph of its
    own, anywhere in the body (right below itself, in the middle, at the
    end), however short it is (from ``exact_min_words`` words).
    Why it matters: pull quotes and "in brief" boxes are page layout; in the
    running text they repeat what the reader has just read, often broken.
    A scraper that took the page title and the article heading both leaves
    the headline twice.
    Example: the headline ``Storm closes all schools in the county for a
    week`` and, six paragraphs down, ``All schools in the county / closed for
    a week by the storm``.

    Use instead: delete the repeated block (a word-for-word copy of the
    headline can be deleted automatically).
    """

    code = "DU103"
    name = "repeated-headline"
    category = "duplication"
    severity = Severity.warning
    confidence = 0.8
    fix_title = "Delete the repeated headline"
    options = {
        "min_words": Option(8, "shortest headline or lead (in words) that is compared"),
        "coverage": Option(0.8, "share of the headline's words that the later sentence must hold"),
        "precision": Option(0.8, "share of the later sentence's words that must come from the headline"),
        "exact_min_words": Option(3, "shortest headline (in words) whose word-for-word copy as a paragraph is reported"),
    }

    def check(self, article):
        found = headline_repeats(
            article, self.settings["min_words"], self.settings["coverage"], self.settings["precision"],
            self.settings["exact_min_words"],
        )
        copies = {unit.start for _, unit in headline_copies(article, self.settings["exact_min_words"])}
        by_end = {p.end: p for p in article.paragraphs}
        for kind, reference, unit in found:
            line = article.line_of(reference.start)
            if unit.start in copies and unit.end in by_end:
                paragraph = by_end[unit.end]
                yield self.hit(unit.start, unit.end,
                               f"repeats the headline (line {line}) word for word: {textutil.shorten(unit.text)!r}",
                               confidence=0.9, fix=Fix(*article.paragraph_removal(paragraph), ""))
                continue
            yield self.hit(unit.start, unit.end, f"repeats the {kind} (line {line}): {textutil.shorten(unit.text)!r}")


class RepeatedSentence(Rule):
    """Finds a sentence that repeats an earlier sentence of the article.

    What it finds: a sentence of at least ``min_words`` words repeated word
    for word further on, or a longer one (``near_min_words``) repeated with
    small changes ("Thank you for your insights" / "Thank you for sharing
    your insights"). Speaker labels are not part of a sentence. A short
    repeat must end like a sentence (so list entries and credits are left
    alone, and so are short runs of names such as affiliations and
    citations); repeated paragraphs (DU101) and the headline or lead (DU103) are
    reported by their own rules.
    Why it matters: repeated sentences are the mark of text stitched from
    several drafts, or generated, and make the article read as padding.
    Example: ``The bridge will reopen in May.`` twice in one report.

    Use instead: delete the later sentence, or rewrite one of them.
    """

    code = "DU102"
    name = "repeated-sentence"
    category = "duplication"
    severity = Severity.warning
    confidence = 0.75
    options = {
        "min_words": Option(5, "shortest sentence whose exact repeat is reported"),
        "near_min_words": Option(8, "shortest sentence whose near repeat, or unpunctuated repeat, is reported"),
        "threshold": Option(0.8, "word-set Jaccard similarity from which a sentence is a near repeat"),
    }

    def check(self, article):
        covered = list(paragraph_repeat_spans(article))
        covered += [
            (unit.start, unit.end)
            for _, _, unit in headline_repeats(
                article,
                _default(RepeatedHeadline, "min_words"),
                _default(RepeatedHeadline, "coverage"),
                _default(RepeatedHeadline, "precision"),
                _default(RepeatedHeadline, "exact_min_words"),
            )
        ]
        units = sentence_units(article)
        near_min = self.settings["near_min_words"]
        pairs = near_pairs(
            units, self.settings["min_words"], near_min, self.settings["threshold"], 0.6, unit_cache(article)
        )
        for j, i, exact in pairs:
            first, later = units[j], units[i]
            if inside(later, covered):
                continue
            if len(later.words) < (near_min if exact else 15) and not textutil.ends_sentence(later.text):
                continue  # a short unpunctuated line: a list entry, a fixture, a credit
            if len(later.words) < near_min and mostly_names(later):
                continue  # a short run of names: an affiliation, a citation, a heading in capitals
            line = article.line_of(first.start)
            kind = "repeats" if exact else "nearly repeats"
            yield self.hit(
                later.start,
                later.end,
                f"sentence {kind} line {line}: {textutil.shorten(later.text)!r}",
                confidence=0.8 if exact else 0.7,
            )


class SharedParagraph(CorpusRule):
    """Finds a paragraph that another article of the run also contains.

    What it finds: a paragraph of at least ``min_words`` words whose
    normalised text is the same as a paragraph of another article in the
    run; the finding is reported in each article, naming the other. When
    most of an article is shared with one other article, one finding says
    the article is a duplicate. Paragraphs shared by more than
    ``max_articles`` articles are page furniture, left to the boilerplate
    rules.
    Why it matters: the same text under two bylines is a copied or
    syndicated story, a scraper that stored one page twice, or a paragraph
    spliced into the wrong article.
    Example: ``The company said it would appeal against the ruling and
    expected a decision by the end of the year.`` in two different stories.

    It is ``info`` by default: an archive legitimately holds syndicated
    copies and later versions of a story, so the finding is a pointer for
    the dataset's owner rather than a fault in the text.

    Use instead: keep one copy, or credit the source of the shared text.
    """

    code = "DU104"
    name = "shared-paragraph"
    category = "duplication"
    severity = Severity.info
    confidence = 0.85
    options = {
        "min_words": Option(12, "shorter paragraphs are not compared across articles"),
        "max_articles": Option(5, "a paragraph in more articles than this is furniture, not duplication"),
        "whole_share": Option(0.8, "share of an article's long paragraphs that makes it a duplicate article"),
    }

    def collect(self, article) -> dict[str, Any]:
        paragraphs = []
        for unit in paragraph_units(article):
            if len(unit.words) >= self.settings["min_words"]:
                paragraphs.append((textutil.fingerprint(unit.text), unit.start, unit.end))
        return {"label": article_label(article), "paragraphs": paragraphs}

    def check_corpus(self, summaries):
        holders = Postings()  # paragraph fingerprint -> keys of the articles holding it
        for key, summary in summaries.items():
            for fingerprint, _, _ in summary["paragraphs"]:
                holders.add(fingerprint, key)
        limit = self.settings["max_articles"]
        for key, summary in summaries.items():
            shared = []
            for fingerprint, start, end in summary["paragraphs"]:
                others = set(holders.values(fingerprint)) - {key}
                if others and len(others) < limit:
                    shared.append((start, end, sorted(others, key=_sort_key)))
            if not shared:
                continue
            total = len(summary["paragraphs"])
            partners = Counter(other for _, _, others in shared for other in others)
            partner, count = partners.most_common(1)[0]
            if total >= 2 and count >= self.settings["whole_share"] * total:
                start, end, _ = shared[0]
                yield key, self.hit(
                    start,
                    end,
                    f"article duplicates {summaries[partner]['label']} ({count} of {total} long paragraphs shared)",
                )
                continue
            for start, end, others in shared:
                names = ", ".join(summaries[other]["label"] for other in others[:3])
                more = f" and {len(others) - 3} more" if len(others) > 3 else ""
                yield key, self.hit(start, end, f"paragraph also appears in {names}{more}")


def article_label(article) -> str:
    """How a finding names another article: its file, and its record or id in a dataset."""
    if article.record is None:
        return article.path
    detail = f"record {article.record}"
    if article.id:
        detail += f" ({article.id})"
    return f"{article.path} {detail}"


def _sort_key(key) -> tuple:
    path, record = key if isinstance(key, tuple) and len(key) == 2 else (str(key), None)
    return (str(path), record if record is not None else -1)
