"""Synthetic rules (SY): machine-written filler and unsourced exhortation.

Text generators leave two kinds of trace in a news story. One is the
editorial voice no reporter uses in their own name: a call to unity or
urgency ("The consequences of inaction could be dire, and leaders are
urged to act swiftly") that no one is said to have made. The other is a
density of stock phrases ("it's important to note", "plays a crucial
role", "a testament to") and of the words whose frequency jumped with
language models (Kobak et al. 2024: "delve", "tapestry", "intricate").

Every rule here reads only the text outside quotation marks (a politician
may exhort; a quoted exhortation is attributed), judges phrases by their
density in a passage, never one word, and leaves translated text alone:
translation has its own stiffness (TL rules), not these phrases.

Generated text also leaves plainer traces when it is pasted unread: the
chat assistant's own words around the article ("Certainly! Here is a
polished version ...", "I hope this helps") and the scaffolding of an
explainer ("Key takeaways:", "TL;DR", "In conclusion,"). A single closing
paragraph of filler in an otherwise human story is found by the density of
stock moves within a few sentences, not over the whole article.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.alternation import (
    PhraseAlternation, PrefixedPattern, first_matches, folded_prefixes, folded_text, split_alternatives,
)
from newslint.engine.prefilter import PrefixIndex, unquoted_windows
from newslint.engine.data import load_lines, load_table, load_word_list

__all__ = [
    "AssistantResidue", "GeneratedScaffolding", "LlmVocabularyDensity", "StockPhraseDensity", "UnsourcedExhortation",
]


def unquoted_words(article, masked: str) -> list[textutil.Span]:
    """The article's words that stand outside quotations (``masked`` is its unquoted text)."""
    return article.derived("synthetic.unquoted_words", lambda: [w for w in article.words if masked[w.start] != " "])


def labelled_lines(article) -> set[int]:
    """0-based indices of lines that open with a speaker label (a transcript's turns)."""
    return {i for i, line in enumerate(article.lines) if textutil.SPEAKER_LABEL.match(line)}


class PhraseStarts:
    r"""A case-insensitive ``PhraseAlternation`` whose ``finditer`` first rules
    out the phrases a text cannot hold (``prefilter.PrefixIndex``).

    Only the alternatives with a prefix present can match anywhere in the
    text, and at a place only those whose prefix stands there; trying them one
    by one in their original order, the first that matches is the one the
    alternation picks. Most articles hold no prefix at all. A text that
    lower-casing cannot fold safely is left to the alternation's own
    ``finditer``: the matches are the same.

    ``needs`` maps an alternative's number to a lower-case ASCII word that every
    match of it contains: in a text without that word it is not tried.
    """

    def __init__(self, alternation: PhraseAlternation, needs: dict[int, str] | None = None) -> None:
        self.alternation = alternation
        self.needs = needs or {}

    @cached_property
    def index(self) -> PrefixIndex:
        """The alternatives' prefixes, read on first use (a start-up cost otherwise)."""
        index = PrefixIndex(self.alternation.alternatives)
        index.usable &= bool(self.alternation.flags & regex.IGNORECASE)
        return index

    def finditer(self, text: str, windows: frozenset[str] | None = None):
        """The plain alternation's matches in ``text``; ``windows`` as for
        ``PrefixIndex.present`` (``prefilter.unquoted_windows`` of the article)."""
        folded = folded_text(text, True) if self.index.usable else None
        if folded is None:
            return self.alternation.finditer(text)
        present = self.index.present(folded, windows)
        return self._matches(text, folded, present) if present else iter(())

    def _matches(self, text: str, folded: str, present: frozenset[str]):
        unmatchable = {number for number, word in self.needs.items() if word not in folded}
        alternatives_at: dict[int, set[int]] = {}
        for prefix in present:
            numbers = self.index.by_prefix[prefix]
            if unmatchable:
                numbers = [number for number in numbers if number not in unmatchable]
            if not numbers:
                continue  # "and " is not looked for where no "alike" can follow
            index = folded.find(prefix)
            while index != -1:
                if not (index and folded[index - 1].isascii() and folded[index - 1].isalnum()):
                    alternatives_at.setdefault(index, set()).update(numbers)
                index = folded.find(prefix, index + 1)  # (a letter or digit before: no phrase starts there)

        def match_at(index: int):
            for number in sorted(alternatives_at[index]):
                match = self.alternation.alternative(number).match(text, index)
                if match:
                    return match
            return None

        return first_matches(match_at, sorted(alternatives_at))


def _compile(patterns: dict[str, str], needs: dict[str, str] | None = None) -> PhraseStarts:
    """Named phrase patterns, matched case-insensitively between non-letters;
    ``needs`` as for ``PhraseStarts``, by name."""
    alternation = PhraseAlternation([f"(?P<{name}>{pattern})" for name, pattern in patterns.items()], regex.I)
    numbers = {name: number for number, name in enumerate(patterns)}
    return PhraseStarts(alternation, {numbers[name]: word for name, word in (needs or {}).items()})


# --- SY101 -------------------------------------------------------------------

_BE = r"(?:is|are|was|were|be|being|been|remain|remains)"
_ADVERB = r"(?:(?:now|also|again|therefore|hereby|strongly|all|once again|likewise) )?"
#: the frames of a call to action: each one a signal
EXHORTATION_FRAMES = _compile(load_table("newslint.rules", "synthetic_exhortation_frames.toml"))
#: abstract urgency and unity vocabulary: weak signals, one each at most
URGENCY_WORDS = load_word_list("newslint.rules", "synthetic_urgency_words.txt")
#: what names a source in the sentence: a speech verb outside the quotation marks
ATTRIBUTION = regex.compile(
    r"(?<![\p{L}])(?:said|says|say|saying|told|tells|telling|added|adds|according to|wrote|writes|writing"
    r"|stated|states|noted|notes|explained|explains|argued|argues|arguing|insisted|insists|insisting"
    r"|warned|warns|warning|claimed|claims|believes|believe|believed|thinks|think|reckons|reckoned"
    r"|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|declared|declares|announced|announces|urged|urges"
    r"|urging|appealed|appeals|pleaded|pleads|called for|calls for|calling for|called on|calls on|calling on"
    r"|called upon|calls upon|calling upon"
    r"|asked|asks|vowed|vows|pledged|pledges|promised|promises|suggested|suggests|predicted|predicts"
    r"|admitted|admits|acknowledged|concluded|recommended|recommends|proposed|proposes|demanded|demands"
    r"|in a statement|in his|in her|in their|spokesman|spokeswoman|spokesperson|quoted|cited)(?![\p{L}])",
    regex.I,
)
_PASSIVE_BEFORE = regex.compile(rf"(?:{_BE}|are being|is being|were being|was being) {_ADVERB}\Z", regex.I)
_WORD = regex.compile(r"\p{L}+")


def _is_attributed(masked_sentence: str) -> bool:
    """A speech verb in active voice (a passive "are urged to" names no one)."""
    for match in ATTRIBUTION.finditer(masked_sentence):
        if match.group().lower() in ("urged", "called on", "called upon", "appealed") and _PASSIVE_BEFORE.search(
            masked_sentence[max(0, match.start() - 40): match.start()].rstrip() + " "
        ):
            after = masked_sentence[match.end(): match.end() + 40]
            if not regex.match(r"\s+by\b", after):
                continue
        return True
    return False


def exhortation_signals(masked_sentence: str) -> tuple[list[str], list[str]]:
    """(frames, urgency words) found in a sentence's unquoted text."""
    frames = []
    covered = []
    for match in EXHORTATION_FRAMES.finditer(masked_sentence):
        if match.lastgroup != "only_through":  # its middle is free text, whose words count
            covered.append(match.span())
        if match.lastgroup not in frames:
            frames.append(match.lastgroup)
    found = []
    covered_starts = [start for start, _ in covered]
    for match in _WORD.finditer(masked_sentence):
        index = bisect.bisect_right(covered_starts, match.start()) - 1
        if index >= 0 and match.start() < covered[index][1]:
            continue  # a frame's own word is not a second signal
        word = match.group()
        if word in URGENCY_WORDS and word not in found:  # lower case only: not "United Nations"
            found.append(word)
    return frames, found


class UnsourcedExhortation(Rule):
    """Finds a call to unity or urgent action that nobody in the story makes.

    What it finds: a sentence outside quotation marks that combines the
    frames of an exhortation ("This is a time for ...", "leaders are urged
    to", "must stand together", "in the face of this threat", "the
    consequences of inaction could be dire", "act swiftly and decisively")
    with each other or with abstract urgency words (unity, solidarity,
    decisive, urgent), where no speaker and no speech verb (said, urged,
    called for, according to) stand in the sentence. A passive call with no
    agent ("are urged to") names no one and does not count as a source.
    Sentences in speaker-labelled turns (a transcript) are left alone.

    Why it matters: a news report relates who called for what; it does not
    exhort its readers in its own voice. An unsourced call to action is the
    editorial filler that text generators add to the end of a paragraph, or
    an opinion passed off as reporting.

    Example: ``The consequences of inaction could be dire, and leaders are
    urged to act swiftly and decisively.``

    Use instead: attribute the call to whoever made it ("NATO's chief urged
    allies to ..."), or delete the sentence.
    """

    code = "SY101"
    name = "unsourced-exhortation"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.7
    options = {
        "min_signals": Option(2, "frames plus urgency words (at most two of these) needed in one sentence"),
        "min_frames": Option(1, "exhortation frames needed in one sentence"),
    }

    def check(self, article):
        masked = article.unquoted_text
        starts = [s.start for s in article.sentences]
        frames = EXHORTATION_FRAMES.finditer(masked, unquoted_windows(article))
        candidates = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in frames})
        if not candidates:
            return
        labelled = labelled_lines(article)
        headline = article.headline
        for index in candidates:
            if index < 0:
                continue
            sentence = article.sentences[index]
            if headline is not None and headline.start <= sentence.start < headline.end:
                continue  # headlines are written in the passive ("Firms urged to act")
            if article.line_of(sentence.start) - 1 in labelled:
                continue
            unquoted = masked[sentence.start:sentence.end]
            frames, words = exhortation_signals(unquoted)
            if len(frames) < self.settings["min_frames"]:
                continue
            if len(frames) + min(len(words), 2) < self.settings["min_signals"]:
                continue
            if _is_attributed(unquoted):
                continue
            signals = ", ".join(f.replace("_", " ") for f in frames)
            confidence = min(0.9, 0.55 + 0.1 * len(frames) + 0.05 * min(len(words), 2))
            yield self.hit(
                sentence.start,
                sentence.end,
                f"unsourced exhortation {textutil.quoted(sentence.text)} ({signals}): "
                f"no one in the story is said to make this call",
                confidence=confidence,
            )


# --- SY102 -------------------------------------------------------------------

#: stock phrases of machine-written prose, each weighted: 1.0 for the
#: signatures of generated text, 0.5 for phrases reporters also use. Each
#: entry is one rhetorical move (a wrap-up, a hedge, a call to the future),
#: written as the family of its wordings, never as one text's string.
STOCK_PHRASES: dict[str, tuple[float, str]] = {
    name: (entry["weight"], entry["pattern"])
    for name, entry in load_table("newslint.rules", "synthetic_stock_phrases.toml").items()
}
#: entries whose alternatives are different moves, kept together above only for
#: brevity: each top-level alternative counts as a kind of its own
GROUPED_MOVES = load_word_list("newslint.rules", "synthetic_grouped_moves.txt")
#: a word every match of an entry contains (never an entry of ``GROUPED_MOVES``)
STOCK_NEEDS: dict[str, str] = {
    name: entry["needs"]
    for name, entry in load_table("newslint.rules", "synthetic_stock_phrases.toml").items()
    if "needs" in entry and name not in GROUPED_MOVES
}


def _split_moves(phrases: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
    moves = {}
    for name, (weight, pattern) in phrases.items():
        alternatives = split_alternatives(pattern) if name in GROUPED_MOVES else [pattern]
        for number, alternative in enumerate(alternatives):
            moves[name if number == 0 else f"{name}_{number}"] = (weight, alternative)
    return moves


STOCK_PHRASES = _split_moves(STOCK_PHRASES)
#: every stock phrase in one pattern, tried only where a phrase's first letters stand
STOCK_PATTERN = _compile({name: pattern for name, (_, pattern) in STOCK_PHRASES.items()}, STOCK_NEEDS)


@dataclass
class PhraseMatch:
    start: int
    end: int
    name: str
    weight: float
    word_index: int  # words before the match in the article


#: abstract nouns of praise and aspiration, the stuff of a generator's
#: rhetorical triads ("courage, conviction and a relentless pursuit of ...")
ABSTRACT_NOUN_LIST = load_lines("newslint.rules", "synthetic_abstract_nouns.txt")
ABSTRACT_NOUNS = "(?:" + "|".join(ABSTRACT_NOUN_LIST) + ")"
_TRIAD_ITEM = rf"(?:[\p{{L}}-]+ )?{ABSTRACT_NOUNS}"
ABSTRACT_TRIAD = regex.compile(
    rf"(?<![\p{{L}}]){_TRIAD_ITEM}, {_TRIAD_ITEM},? and (?:(?:a|an|the) )?(?:[\p{{L}}-]+ )?{ABSTRACT_NOUNS}"
    r"(?![\p{L}])",
    regex.I,
)


def stock_phrases(article) -> tuple[list[PhraseMatch], int]:
    """Stock phrases (and abstract triads) outside quotations, in order, and the
    article's unquoted word count."""
    masked = article.unquoted_text
    found = []
    for match in STOCK_PATTERN.finditer(masked, unquoted_windows(article)):
        found.append(PhraseMatch(match.start(), match.end(), match.lastgroup, STOCK_PHRASES[match.lastgroup][0], 0))
    spans = [(m.start, m.end) for m in found]
    for match in abstract_triads(masked):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue  # a phrase already counted covers part of the list
        found.append(PhraseMatch(match.start(), match.end(), "abstract_triad", TRIAD_WEIGHT, 0))
    if found:
        word_starts = [w.start for w in article.words]  # quoted words count in a passage's length
        for match in found:
            match.word_index = bisect.bisect_left(word_starts, match.start)
    found.sort(key=lambda m: m.start)
    return found, len(unquoted_words(article, masked))


#: a triad of abstract nouns is a weak move: it never counts alone
TRIAD_WEIGHT = 0.5
_NOUN_SET = frozenset(ABSTRACT_NOUN_LIST)
_LONGEST_NOUN = max(map(len, ABSTRACT_NOUN_LIST))
#: the test below reads the nouns as lower-case ASCII words
_NOUNS_ARE_PLAIN = all(noun.isascii() and noun.isalpha() and noun.islower() for noun in ABSTRACT_NOUN_LIST)


def abstract_triads(text: str):
    """``ABSTRACT_TRIAD.finditer(text)``, tried only where a triad can start.

    Its first noun stands between a non-letter and ", ", its second between a
    space and " and " or ", and"; in a text ``folded_text`` folds, a noun's
    letters are ASCII letters and nothing else matches them. A triad starts at
    its first noun or at the modifier before it (letters and hyphens after a
    non-letter, then a space); with no second noun it starts nowhere.
    """
    folded = folded_text(text, True) if _NOUNS_ARE_PLAIN else None
    if folded is None:
        return ABSTRACT_TRIAD.finditer(text)
    firsts = _nouns_before(folded, ", ")
    if not firsts or not (_nouns_before(folded, " and ") or _nouns_before(folded, ", and ")):
        return iter(())
    starts = sorted({start for noun in firsts for start in _triad_starts(folded, noun)})
    return first_matches(lambda index: ABSTRACT_TRIAD.match(text, index), starts)


def _nouns_before(folded: str, separator: str) -> list[int]:
    """Where the list nouns start that end where ``separator`` starts in the
    lower-cased text, as runs of ASCII letters (with a letter before such a
    run, the pattern's noun cannot match there either)."""
    found = []
    end = folded.find(separator)
    while end != -1:
        run = _ascii_letters_before(folded, end)
        if run in _NOUN_SET:
            found.append(end - len(run))
        end = folded.find(separator, end + 1)
    return found


def _ascii_letters_before(folded: str, end: int) -> str:
    """The ASCII letters that end at ``end``, at most ``_LONGEST_NOUN`` and one."""
    start = max(0, end - _LONGEST_NOUN - 1)
    space = folded.rfind(" ", start, end)
    run = folded[space + 1:end] if space != -1 else folded[start:end]
    if run.isascii() and run.isalpha():
        return run  # after a space, at the start of the text, or longer than any noun
    start = end
    while start > 0 and end - start <= _LONGEST_NOUN and folded[start - 1].isascii() and folded[start - 1].isalpha():
        start -= 1
    return folded[start:end]


def _triad_starts(folded: str, noun: int):
    """Where a triad whose first noun starts at ``noun`` may start: there, or
    where no ASCII letter precedes in the run of letters, hyphens and characters
    not ASCII that ends in a space before it."""
    yield noun
    if noun < 2 or folded[noun - 1] != " ":
        return
    start = noun - 1
    while start > 0 and (folded[start - 1].isalpha() or folded[start - 1] == "-" or not folded[start - 1].isascii()):
        start -= 1
        if not (start and folded[start - 1].isascii() and folded[start - 1].isalpha()):
            yield start


def phrase_clusters(found: list[PhraseMatch], max_gap: int) -> list[list[PhraseMatch]]:
    """Runs of phrase matches with at most ``max_gap`` words between neighbours."""
    clusters: list[list[PhraseMatch]] = []
    for match in found:
        if clusters and match.word_index - clusters[-1][-1].word_index <= max_gap:
            clusters[-1].append(match)
        else:
            clusters.append([match])
    return clusters


def cluster_score(cluster: list[PhraseMatch]) -> float:
    """Summed weights, each phrase counted at most twice."""
    seen: dict[str, int] = {}
    score = 0.0
    for match in cluster:
        seen[match.name] = seen.get(match.name, 0) + 1
        if seen[match.name] <= 2:
            score += match.weight
    return score


def distinct_moves(matches: list[PhraseMatch], text: str) -> dict[str, float]:
    """The distinct wordings among ``matches`` with their weights, at most two per
    kind of move: repeating one phrase adds nothing, two wordings of a move add up."""
    moves: dict[str, float] = {}
    per_kind: dict[str, int] = {}
    for match in matches:
        wording = " ".join(text[match.start:match.end].lower().split())
        if wording in moves or per_kind.get(match.name, 0) >= 2:
            continue
        per_kind[match.name] = per_kind.get(match.name, 0) + 1
        moves[wording] = match.weight
    return moves


def passage_qualifies(matches: list[PhraseMatch], text: str, min_score: float) -> bool:
    """Two kinds of move or more, whose wordings are worth ``min_score`` together."""
    return len({m.name for m in matches}) >= 2 and sum(distinct_moves(matches, text).values()) >= min_score


def filler_passages(article, found: list[PhraseMatch], window: int, min_score: float) -> list[list[PhraseMatch]]:
    """Stock moves that stand close together: every run of ``window``
    consecutive sentences (headline left out) whose distinct moves weigh
    ``min_score`` or more, overlapping runs merged into one passage."""
    if len(found) < 2:
        return []
    sentences = [s for s in article.sentences
                 if article.headline is None or not article.headline.start <= s.start < article.headline.end]
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[PhraseMatch]] = {}
    for match in found:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0:
            by_sentence.setdefault(index, []).append(match)
    passages: list[tuple[int, int]] = []  # sentence index ranges, inclusive
    for first in sorted(by_sentence):
        last = first + window - 1
        matches = [m for i in range(first, last + 1) for m in by_sentence.get(i, [])]
        if not passage_qualifies(matches, article.text, min_score):
            continue
        used = max(i for i in range(first, last + 1) if i in by_sentence)
        if passages and first <= passages[-1][1]:
            passages[-1] = (passages[-1][0], max(passages[-1][1], used))
        else:
            passages.append((first, used))
    return [[m for i in range(a, b + 1) for m in by_sentence.get(i, [])] for a, b in passages]


class StockPhraseDensity(Rule):
    """Finds a passage dense with the stock phrases of machine-written prose.

    What it finds: text outside quotation marks where the stock moves of
    generated prose stand close together: the essay's signposts ("it's
    important to note", "in conclusion,", "key takeaways"), the wrap-up of
    the future ("only time will tell", "one thing is certain", "the road
    ahead", "as the dust settles", "for generations to come"), hollow
    significance ("a testament to", "serves as a stark reminder", "marks a
    significant milestone", "underscores the importance of"), the wise
    hedge ("the truth lies somewhere in between", "as is so often the
    case", "while challenges remain"), praise of values ("an unwavering
    commitment", "fostering open dialogue", a triad of abstract nouns such
    as "courage, conviction and resilience") and a post's address to its
    readers ("whether you're a ...", hashtags). Two measures, either one
    enough: a passage of up to three sentences holding two kinds of move or
    more, worth 1 point together (signature moves 1, moves reporters also
    use 0.5), or a longer run whose phrases reach 3 points at 4 or more
    points per thousand words. One phrase is never enough, and neither is
    one move said twice.

    Why it matters: these phrases carry no information; a paragraph made of
    them is padding that a text generator wrote, often a closing paragraph
    added to a human story. Edited news uses them rarely: in 2,225 BBC News
    articles no three sentences hold two of them.

    Example: ``As the dust settles, only time will tell whether the plan
    works, but one thing is certain: the road ahead will demand courage.``

    Use instead: cut the filler and keep the facts, or check where the
    passage came from.
    """

    code = "SY102"
    name = "stock-filler-density"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.65
    options = {
        "passage_score": Option(1.0, "weighted moves (two kinds or more) needed within a few sentences"),
        "passage_sentences": Option(3, "sentences a passage spans"),
        "min_score": Option(3.0, "weighted phrases needed in a longer run"),
        "min_density": Option(4.0, "weighted phrases per thousand words of a longer run"),
        "min_window": Option(250, "shortest run, in words, a density is measured over"),
        "max_gap": Option(300, "most words between two phrases of one run"),
    }

    def check(self, article):
        found, _ = stock_phrases(article)
        reported: list[tuple[int, int]] = []
        for passage in filler_passages(article, found, self.settings["passage_sentences"],
                                       self.settings["passage_score"]):
            score = sum(distinct_moves(passage, article.text).values())
            reported.append((passage[0].start, passage[-1].end))
            yield self._hit(article, passage, f"in {self._lines(article, passage)}",
                            min(0.85, 0.45 + 0.1 * score))
        for cluster in phrase_clusters(found, self.settings["max_gap"]):
            score = cluster_score(cluster)
            if score < self.settings["min_score"] or len({m.name for m in cluster}) < 2:
                continue
            span_words = cluster[-1].word_index - cluster[0].word_index + 1
            density = 1000 * score / max(span_words, self.settings["min_window"])
            if density < self.settings["min_density"]:
                continue
            if any(start < cluster[-1].end and cluster[0].start < end for start, end in reported):
                continue  # already reported as a passage
            yield self._hit(article, cluster, f"in {span_words} words", min(0.9, 0.5 + 0.05 * score))

    @staticmethod
    def _lines(article, passage) -> str:
        count = len({article.line_of(m.start) for m in passage})
        return "one line" if count == 1 else f"{count} lines"

    def _hit(self, article, matches, where: str, confidence: float):
        examples = []
        for match in matches:
            phrase = textutil.shorten(article.text[match.start:match.end], 40)
            if phrase.lower() not in (e.lower() for e in examples):
                examples.append(phrase)
        shown = ", ".join(repr(e) for e in examples[:4]) + (", …" if len(examples) > 4 else "")
        return self.hit(
            matches[0].start,
            matches[-1].end,
            f"{len(matches)} stock phrases of machine-written prose {where} ({shown})",
            confidence=confidence,
        )


# --- SY103 -------------------------------------------------------------------

#: words whose frequency jumped with language models (Kobak et al. 2024,
#: Liang et al. 2024), weighted: 1.0 where edited news before 2020 hardly
#: uses them, 0.5 where it does now and then
LLM_WORDS: dict[str, float] = {
    word: group["weight"]
    for group in load_table("newslint.rules", "synthetic_llm_words.toml")["group"]
    for word in group["words"].split()
}


def llm_vocabulary(article) -> tuple[list[textutil.Span], float, int]:
    """(matched words, weighted count of distinct words, unquoted word count) of an article.

    Each distinct word counts once: a text that repeats one word is about that
    thing ("comprehensive care"), not written in a model's idiom.
    """
    masked = article.unquoted_text
    all_words = unquoted_words(article, masked)
    matched = [
        w for w in all_words
        if w.text.lower() in LLM_WORDS and (w.text.islower() or textutil.sentence_initial(masked, w.start))
    ]  # a capitalised word mid-sentence is a name: Foster, Paramount
    distinct = {w.text.lower() for w in matched}
    return matched, sum(LLM_WORDS[w] for w in distinct), len(all_words)


class LlmVocabularyDensity(Rule):
    """Finds an article unusually rich in the vocabulary of language models.

    What it finds: an article whose text outside quotation marks uses words
    whose frequency jumped with language models ("delve", "tapestry",
    "intricate", "multifaceted", "underscore", "unwavering", "fostering",
    and less strongly "crucial", "pivotal", "landscape", "robust") at a
    density edited news does not reach: by default at least three distinct
    words worth 3 points (1 for rare ones, 0.5 for common ones; each word
    counts once), at 3 or more points per thousand words. Capitalised words
    in mid-sentence are names (Foster, Paramount) and do not count.

    Why it matters: a weak signal that the text was generated or heavily
    rewritten by a model; worth a look together with SY101 and SY102, never
    proof on its own (hence severity info).

    Example: ``The report delves into the intricate, multifaceted landscape of
    regional security and underscores the unwavering resolve of the allies.``
    """

    code = "SY103"
    name = "llm-vocabulary-density"
    category = "synthetic"
    severity = Severity.info
    confidence = 0.4
    options = {
        "min_score": Option(3.0, "weighted words needed in the article"),
        "min_distinct": Option(3, "distinct words needed"),
        "min_density": Option(3.0, "weighted distinct words per thousand words"),
        "min_words": Option(300, "shortest text, in words, a density is measured over"),
    }

    def check(self, article):
        matched, score, total = llm_vocabulary(article)
        distinct = sorted({w.text.lower() for w in matched}, key=lambda w: (-LLM_WORDS[w], w))
        if score < self.settings["min_score"] or len(distinct) < self.settings["min_distinct"]:
            return
        density = 1000 * score / max(total, self.settings["min_words"])
        if density < self.settings["min_density"]:
            return
        shown = ", ".join(repr(w) for w in distinct[:5]) + (", …" if len(distinct) > 5 else "")
        yield self.hit(
            matched[0].start,
            matched[-1].end,
            f"{len(matched)} words typical of language models ({shown}), {density:.1f} per thousand words",
        )


# --- SY104 -------------------------------------------------------------------

#: what a chat assistant says to the person who asked it, never to a reader
ASSISTANT_PATTERNS = {
    "acknowledgement": r"(?:certainly|sure|of course|absolutely|great question|happy to help)[!,.][ \t]*"
                       r"(?:here(?:['’]s| is| are)|below is|below are|i(?:['’]ve| have)|i(?:['’]d| would) be)",
    "deliverable": r"(?:here|below)(?:['’]s| is) (?:a|an|the|your) (?:[\p{L}-]+,? ){0,4}(?:version|rewrite|summary"
                   r"|draft"
                   r"|revision|paraphrase|translation|overview) of (?:the|this|your|that) (?:[\p{L}-]+ )?(?:article"
                   r"|text|story|piece|post|passage|content|news|report)"
                   r"|(?:this|the) (?:rewritten|revised|polished|edited|paraphrased|reworded) (?:version|article|text)",
    "self_report": r"i(?:['’]ve| have) (?:rewritten|revised|edited|polished|summari[sz]ed|condensed|shortened"
                   r"|expanded|restructured|paraphrased|reworded) (?:the|your|this) (?:article|text|story|piece|draft"
                   r"|passage|content)",
    "hope_helps": r"i hope (?:this|that|the above|these) (?:[\p{L}-]+ ){0,2}(?:helps|is helpful|was helpful|is useful"
                  r"|meets your|works for you|gives you)",
    "offer_more": r"let me know if you(?:['’]d| would) like (?:me to|any|a|an|further|more|to)(?= )"
                  r"|let me know if (?:you need|there['’]s anything|you have any)"
                  r"|(?:would you like|do you want) me to (?:expand|adjust|rewrite|shorten|continue|add|revise|make"
                  r"|focus|elaborate|summari[sz]e|translate|change|include|tailor|write)"
                  r"|(?:shall|should) i (?:expand|adjust|rewrite|shorten|continue|add|revise|elaborate|tailor)",
    "ai_identity": r"as an ai(?: language model| model| assistant)?(?=[ ,])|as a (?:large )?language model"
                   r"|i(?:['’]m| am) (?:just )?an ai(?: language model| assistant)?(?=[ ,.])"
                   r"|i (?:do not|don['’]t|cannot|can['’]t) (?:have )?(?:access to |browse )(?:real-time"
                   r"|the internet"
                   r"|current events|live data)|my (?:knowledge|training(?: data)?) cut-?off"
                   r"|as of my (?:last|latest) (?:update|training|knowledge)",
    "placeholder": r"\[(?:insert|add|your|name of|link to) [^\]\n]{1,40}\]",
}
ASSISTANT = _compile(ASSISTANT_PATTERNS)


class AssistantResidue(Rule):
    """Finds words a chat assistant addressed to the person who asked it.

    What it finds: outside quotation marks, the frame of a chat reply left
    around an article: an acknowledgement ("Certainly! Here's ..."), the
    announcement of the deliverable ("Here is a rewritten version of the
    article"), a report on the work ("I have condensed the text"), a
    closing offer ("I hope this helps", "Let me know if you'd like me to
    adjust the tone", "Would you like me to expand ..."), the model's
    identity ("As an AI language model", "my knowledge cutoff") or a
    template placeholder ("[insert source]").

    Why it matters: it proves the text, or part of it, was produced by a
    language model and pasted unread; a reader must never see it, and the
    article around it deserves checking line by line.

    Example: ``Sure! Here is a shorter version of the article. I hope this
    helps.``

    Use instead: delete the sentence and check the article's facts against
    its sources.
    """

    code = "SY104"
    name = "assistant-residue"
    category = "synthetic"
    severity = Severity.error
    confidence = 0.9

    def check(self, article):
        masked = article.unquoted_text
        reported_sentences: set[int] = set()
        starts = [s.start for s in article.sentences]
        for match in ASSISTANT.finditer(masked, unquoted_windows(article)):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index in reported_sentences:
                continue
            reported_sentences.add(index)
            sentence = article.sentences[index] if index >= 0 else None
            start, end = (sentence.start, sentence.end) if sentence and sentence.end >= match.end() else match.span()
            yield self.hit(
                start,
                end,
                f"chat assistant's words {textutil.quoted(article.text[start:end])} "
                f"({match.lastgroup.replace('_', ' ')}): the text was pasted from a language model's reply",
            )


# --- SY105 -------------------------------------------------------------------

#: the section labels of a generated explainer; kept to those news copy does
#: not use (press releases and abstracts use "Bottom line", "Key points",
#: "Background" and "Conclusions", so those are left alone)
_LABELS = (r"(?:key|main|the|quick) takeaways?|tl;? ?dr|tldr|frequently asked questions|faqs?|final thoughts"
           r"|closing thoughts|in summary|in conclusion|to sum up|summing up|wrapping up")
_HEADING_LABELS = r"conclusion|introduction|summary|the bottom line"
SCAFFOLD_LABEL = regex.compile(
    rf"^[ \t#*_>•·\-–—]*(?P<label>{_LABELS})[ \t*_]*(?::|[ \t*_]*$)"
    rf"|^[ \t]*(?:#{{1,4}}[ \t]+(?:\*\*)?|\*\*)(?P<label>{_HEADING_LABELS})(?:\*\*)?[ \t]*:?[ \t]*$",
    regex.I | regex.M,
)
#: what every label starts with: a text holding none of these has no label
_LABEL_PREFIXES = folded_prefixes(split_alternatives(_LABELS) + split_alternatives(_HEADING_LABELS), True)
_WRAP_UPS = r"in conclusion|in summary|to sum up|to summari[sz]e|in closing|in short, it is clear"
#: an essay's wrap-up opening a sentence
WRAP_UP = PrefixedPattern(
    regex.compile(rf"(?<=(?:^|[\n.!?:])[ \t*_]{{0,3}})(?:{_WRAP_UPS})(?=,)", regex.I), split_alternatives(_WRAP_UPS)
)


def scaffold_labels(text: str):
    """``SCAFFOLD_LABEL.finditer``, tried only at the start of the lines that hold
    a label's prefix.

    Both forms of the pattern start at a line's start and cross no line break,
    so a line holds at most one match, the one matching there finds; a line
    without a label's prefix holds none.
    """
    folded = folded_text(text, True) if _LABEL_PREFIXES is not None else None
    if folded is None:
        return SCAFFOLD_LABEL.finditer(text)
    line_starts = set()
    for prefix in _LABEL_PREFIXES:
        index = folded.find(prefix)
        while index != -1:
            line_starts.add(folded.rfind("\n", 0, index) + 1)
            index = folded.find(prefix, index + 1)
    matches = (SCAFFOLD_LABEL.match(text, start) for start in sorted(line_starts))
    return (match for match in matches if match)


class GeneratedScaffolding(Rule):
    """Finds the section labels and wrap-ups of a generated explainer.

    What it finds: outside quotation marks, a line opened by the label of
    a summary box or a question list that generators attach to an article
    ("Key takeaways:", "TL;DR:", "Frequently asked questions", "FAQ",
    "Final thoughts"), or a sentence opening with an essay's wrap-up ("In
    conclusion,", "In summary,", "To sum up,"). Labels that press releases
    and study abstracts use ("Bottom line", "Key points", "Conclusions")
    are left alone.

    Why it matters: news copy neither sums itself up nor answers its own
    frequently asked questions; these are the scaffolding of a text a
    language model produced (or of an SEO page), usually followed by
    platitudes that repeat the story.

    Example: ``Key takeaways: the vote was close, and more talks are
    expected.``

    Use instead: delete the scaffolding and whatever repeats the story; keep
    any new fact and check its source.
    """

    code = "SY105"
    name = "generated-scaffolding"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.75

    def check(self, article):
        masked = article.unquoted_text
        headline = article.headline
        seen_lines: set[int] = set()
        found = [(m.start("label"), m.end("label")) for m in scaffold_labels(masked)]
        found += [m.span() for m in WRAP_UP.finditer(masked)]
        for start, end in sorted(found):
            line = article.line_of(start)
            if line in seen_lines or (headline is not None and headline.start <= start < headline.end):
                continue
            seen_lines.add(line)
            line_start, line_end = article.line_span(line)
            shown = article.text[line_start:line_end].strip()
            yield self.hit(
                start,
                end,
                f"summary scaffolding {textutil.quoted(article.text[start:end])} in {textutil.quoted(shown)}: "
                f"news copy does not sum itself up; a generated explainer does",
            )
