"""Off-topic: passages about another story, judged by lexical overlap.

A teaser headline for an unrelated article, left in the body by a scraper,
shares almost no names and few content words with the article around it; an
on-topic subhead repeats the names and words of the paragraphs it heads.
The rules compare a passage with the rest of the article: stemmed content
words, and names (capitalised words, matched also by their transliteration
key so that Zelenskyj finds Zelenskyy).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from newslint import Option, Rule, Severity
from newslint.engine import text as textutil

#: a related-content label on a line of its own ("More on the topic", "Related", "Read more")
LABEL_LINE = regex.compile(
    r"^[ \t*_#>•·|\-–—]*(?:more (?:on|about|from|in) (?:this|the|that) (?:topic|subject|story|issue)"
    r"|related(?: \p{L}+)?|read (?:more|also)|see also|also read|most (?:read|popular|viewed|shared)"
    r"|recommended(?: for you)?|you (?:may|might) also like|more (?:stories|news|articles|headlines)"
    r"|more in \p{L}+|more from [\p{L} ]{1,30}|top stories|trending(?: now)?)[ \t]*[:>»›]*[ \t*_]*$",
    regex.IGNORECASE | regex.V1,
)
#: a teaser label in front of a headline on the same line ("READ ALSO: ...")
TEASER_PREFIX = regex.compile(
    r"^[ \t*_#>•·|\-–—]*(?:read also|also read|read more|see also|also see|read next|related(?: \p{L}+)?|more"
    r"|don['’]?t miss|must read|recommended|watch|listen)[ \t]*[:：|»›>]+[ \t]*(?=\S)",
    regex.IGNORECASE | regex.V1,
)
#: month and weekday names: capitalised, but not names of anything a story is about
CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
#: a fixture or result line ("Derby v Watford"), a ranked or credited list item ("5 Jane Doe (Spain)")
LIST_ITEM = regex.compile(r"\s(?:v|vs\.?|versus)\s|^\W*\d+[.)]?\s|\)\W*$", regex.V1)
#: lines that carry a link, a handle or an address are link residue, not headlines
LINKISH = regex.compile(r"https?://|www\.|@\w|\w\.(?:com|org|net)\b", regex.V1)
#: the openings of bylines, credits and captions, which are metadata rather than teasers
CREDIT_OR_BYLINE = regex.compile(
    r"^\W*(?:by|written by|posted by|about|write to|follow|featured image|image|photo|picture|credit|source|via|enlarge"
    r"|special (?:to|for)|(?:with )?(?:additional )?reporting (?:by|from)|visit us|funded by"
    r"|this (?:work|study|research|project) (?:was|is) (?:supported|funded))\b",
    regex.IGNORECASE | regex.V1,
)
#: name particles that stay lower case inside names
PARTICLES = frozenset({"de", "la", "van", "von", "der", "den", "da", "di", "del", "bin", "al", "le"})


@dataclass
class Overlap:
    """How much of a passage the rest of the article shares."""

    words: int  # content words in the passage
    names: int  # names in the passage
    shared_words: int
    shared_names: int
    unknown_names: list[str]

    @property
    def score(self) -> float:
        """Weighted share of the passage found elsewhere (names count double)."""
        total = self.words + self.names
        if not total:
            return 1.0
        return (self.shared_words + 2 * self.shared_names) / (self.words + 2 * self.names)


class CountedSet:
    """Membership in the paragraphs of an article except some: counts minus the excluded ones."""

    def __init__(self, counts: Counter, excluded: list[set[str]]) -> None:
        self.counts = counts
        self.minus: Counter = Counter()
        for members in excluded:
            self.minus.update(members)

    def __contains__(self, item: str) -> bool:
        return self.counts[item] > self.minus[item]


@dataclass
class Reference:
    """The rest of the article: stems, name keys, and names written capitalised mid-sentence."""

    stems: CountedSet
    name_keys: CountedSet
    name_forms: CountedSet


class ArticleIndex:
    """Per-paragraph stems, name keys and name forms, counted once per article.

    ``reference(exclude)`` then describes the article without some
    paragraphs in constant time, so judging every paragraph against the rest
    stays linear in the article's length.
    """

    def __init__(self, article) -> None:
        self.parts: dict[int, tuple[set[str], set[str], set[str]]] = {}
        self.counts = (Counter(), Counter(), Counter())
        for paragraph in article.paragraphs:
            stems = {textutil.stem(span.text) for span in paragraph.words}
            keys = {textutil.name_key(span.text) for span in paragraph.words if span.text[:1].isupper()}
            forms = {
                span.text
                for span in textutil.capitalised_words(paragraph.text)
                if not textutil.sentence_initial(paragraph.text, span.start)
            }
            self.parts[paragraph.index] = (stems, keys, forms)
            for counter, members in zip(self.counts, (stems, keys, forms)):
                counter.update(members)

    def reference(self, exclude: set[int]) -> Reference:
        excluded = [self.parts[i] for i in sorted(exclude) if i in self.parts]
        return Reference(*(CountedSet(self.counts[k], [part[k] for part in excluded]) for k in range(3)))


def build_reference(article, exclude: set[int]) -> Reference:
    """Stems, name keys and mid-sentence capitalised forms of every paragraph except those excluded."""
    return ArticleIndex(article).reference(exclude)


def is_title_case(tokens: list[str]) -> bool:
    """Is a line written in title case (common words capitalised), not sentence case?

    Names are capitalised in both styles, so only common words (frequent in
    English) decide: in sentence case at least one of them is lower case.
    """
    common = [
        t for t in tokens[1:]
        if t.lower() not in textutil.STOPWORDS and len(t) > 3 and textutil.zipf_frequency(strip_possessive(t)) >= 4.0
    ]
    return bool(common) and all(t[:1].isupper() for t in common)


def strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token


def looks_like_name(token: str, initial: bool, title_case: bool, reference: Reference) -> bool:
    """Is a capitalised token of a short line a proper name (not just title case or first word)?"""
    if not token[:1].isupper():
        return False
    token = strip_possessive(token)
    if token.isupper() and len(token) >= 2:
        return True  # an acronym: NATO, UTAG
    lowered = token.lower()
    if lowered in textutil.STOPWORDS or lowered in CALENDAR:
        return False
    if token in reference.name_forms:
        return True
    if initial or title_case:
        # capitalised for position or style only, unless the word is rare as a common noun
        return textutil.zipf_frequency(lowered) < 3.0
    return True


def measure(passage: str, reference: Reference) -> Overlap:
    spans = textutil.words(passage)
    tokens = [s.text for s in spans]
    title_case = is_title_case(tokens)
    shouting = sum(1 for t in tokens if t.isupper()) > 0.8 * len(tokens)
    words = names = shared_words = shared_names = 0
    unknown: list[str] = []
    seen: set[str] = set()
    for span in spans:
        token = span.text
        lowered = token.lower()
        if lowered in seen:
            continue
        seen.add(lowered)
        initial = textutil.sentence_initial(passage, span.start)
        if not shouting and looks_like_name(token, initial, title_case, reference):
            names += 1
            if textutil.stem(token) in reference.stems or textutil.name_key(token) in reference.name_keys:
                shared_names += 1
            else:
                unknown.append(strip_possessive(token))
        elif lowered not in textutil.STOPWORDS and len(lowered) > 2 and lowered not in PARTICLES | CALENDAR:
            words += 1
            if textutil.stem(token) in reference.stems:
                shared_words += 1
    return Overlap(words, names, shared_words, shared_names, unknown)


class UnrelatedTeaser(Rule):
    """Finds a teaser headline for another story: a headline-shaped line that shares nothing with the article.

    What it finds: a short line shaped like a headline (no final stop), not
    the article's own headline, whose names and content words hardly occur
    anywhere else in the article; most often right after a related-content
    label ("More on the topic") or behind a teaser prefix ("READ ALSO:").

    Why it matters: it is the link text of a box pointing to another article;
    in the plain text it looks like a subhead, so readers take the unrelated
    story's claim as part of this one.

    Example: in a report on NATO casualty figures, the line ``How a tech
    billionaire bankrolls a candidate`` between two paragraphs.

    Use instead: delete the line (and the label before it).
    """

    code = "OT101"
    name = "unrelated-teaser"
    category = "offtopic"
    severity = Severity.warning
    confidence = 0.75
    options = {
        "max_words": Option(18, "longest line taken for a teaser headline, in words"),
        "max_words_alone": Option(14, "the same, for a line with no label before it"),
        "max_overlap": Option(0.25, "highest weighted share of the line found elsewhere in the article"),
        "max_overlap_after_label": Option(0.5, "the same, for a line after a related-content label"),
    }

    def check(self, article):
        paragraphs = article.paragraphs
        if len(paragraphs) < 3:
            return
        short = {
            p.index
            for p in paragraphs[1:]
            if textutil.headline_shaped(p.text, self.settings["max_words"]) or TEASER_PREFIX.match(p.text)
        }
        reference = build_reference(article, short | {p.index for p in paragraphs if LABEL_LINE.match(p.text)})
        for paragraph in paragraphs[1:]:
            if paragraph.index not in short or LABEL_LINE.match(paragraph.text):
                continue
            text = paragraph.text
            if LINKISH.search(text):
                continue
            prefix = TEASER_PREFIX.match(text)
            body = text[prefix.end():] if prefix else text
            if not textutil.headline_shaped(body, self.settings["max_words"]) and not prefix:
                continue
            previous = paragraphs[paragraph.index - 1].text
            after_label = bool(prefix) or bool(LABEL_LINE.match(previous))
            if not after_label and not (
                len(textutil.words(body)) <= self.settings["max_words_alone"]
                and self.standalone_candidate(paragraphs, paragraph, short)
            ):
                continue
            overlap = measure(body, reference)
            if overlap.words + overlap.names < 2:
                continue
            limit = self.settings["max_overlap_after_label" if after_label else "max_overlap"]
            if overlap.score > limit:
                continue
            if overlap.names and overlap.shared_names:
                continue  # it names someone or something the article is about
            if not after_label and (len(overlap.unknown_names) < 2 or not overlap.words):
                continue  # alone, a line needs foreign names and a predicate to be judged another story
            confidence = 0.85 if after_label else (0.7 if overlap.names else 0.55)
            evidence = (
                f"its names ({', '.join(overlap.unknown_names[:4])}) appear nowhere else"
                if overlap.unknown_names
                else f"it shares {overlap.shared_words} of {overlap.words} content words with the article"
            )
            where = "after a related-content label " if after_label and not prefix else ""
            start = paragraph.start + (prefix.end() if prefix else 0)
            yield self.hit(
                start,
                paragraph.end,
                f"headline {textutil.shorten(body)!r} {where}is about another story: {evidence}",
                confidence=confidence,
            )


    @staticmethod
    def standalone_candidate(paragraphs, paragraph, short: set[int]) -> bool:
        """May a line with no label before it be a teaser?

        Not a list item, a fragment, a question, a labelled field ("Photo:
        ..."), a credit or a byline: those are other problems, or none.
        """
        text = paragraph.text.strip()
        if LIST_ITEM.search(text) or text.rstrip("\"”’'» ").endswith(("?", "!")):
            return False
        if ":" in text or "/" in text or CREDIT_OR_BYLINE.match(text):
            return False
        tokens = textutil.words(text)
        if tokens and tokens[-1].text.lower() in textutil.STOPWORDS:
            return False  # ends on a function word: a cut sentence, not a headline
        if len(tokens) <= 4 and all(t.text[:1].isupper() for t in tokens):
            return False  # only names: a credit or a contact, not a headline
        neighbours = (paragraph.index - 1, paragraph.index + 1)
        return not any(i in short for i in neighbours)


class UnrelatedParagraph(Rule):
    """Finds a body paragraph that shares no names and almost no content words with the rest of the article.

    What it finds: a paragraph of at least ``min_words`` words that names at
    least ``min_names`` people, places or organisations, none of which occur
    elsewhere in the article, and whose content words are almost all new: a
    passage spliced in from another story, or page text such as a comment
    policy or an author's bio.

    Why it matters: a paragraph from another story misleads readers about what
    this one reports; but digressions and background paragraphs can look
    similar, so the rule only reports it as info for an editor to judge.

    Example: a paragraph about a football transfer in the middle of a report
    on interest rates.

    Use instead: check the paragraph against the source and delete it if it
    belongs elsewhere.
    """

    code = "OT102"
    name = "unrelated-paragraph"
    category = "offtopic"
    severity = Severity.info
    confidence = 0.4
    options = {
        "min_words": Option(20, "shortest paragraph judged, in words"),
        "max_overlap": Option(0.08, "highest weighted share of the paragraph found elsewhere"),
        "min_names": Option(3, "fewest names the paragraph must contain"),
    }

    def check(self, article):
        paragraphs = [p for p in article.paragraphs[1:] if len(p.words) >= self.settings["min_words"]]
        if len(paragraphs) < 3:
            return
        index = ArticleIndex(article)
        for paragraph in paragraphs:
            overlap = measure(paragraph.text, index.reference({paragraph.index}))
            if overlap.names < self.settings["min_names"] or overlap.shared_names:
                continue
            if overlap.score > self.settings["max_overlap"]:
                continue
            yield self.hit(
                paragraph.start,
                paragraph.end,
                f"paragraph {textutil.shorten(paragraph.text)!r} shares {overlap.shared_words} of {overlap.words} content "
                f"words and none of its names ({', '.join(overlap.unknown_names[:4])}) with the rest of the article",
            )
