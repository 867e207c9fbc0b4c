"""Off-topic: passages about another story, judged by lexical overlap.

A teaser headline for an unrelated article, left in the body by a scraper,
shares almost no names and few content words with the article around it; an
on-topic subhead repeats the names and words of the paragraphs it heads.
The rules compare a passage with the rest of the article: stemmed content
words, and names (capitalised words, matched also by their transliteration
key so that Zelenskyj finds Zelenskyy); for an unlabelled line, the shared
words are weighted by rarity, since sharing "week" says nothing and sharing
"jewellery" much. A paragraph that opens by turning to another story ("In
other news, ...") is judged the same way.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from typing import Callable

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import Fix, Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.rules.boilerplate import furniture_lines
from newslint.rules.metadata import metadata_lines

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
#: a line that speaks of the page itself ("on BBC1 and this website") is furniture, not a headline
SELF_REFERENCE = regex.compile(
    r"\b(?:this|these|our) (?:website|site|page|app|newsletter|channel|station|programme|program|article|story|post"
    r"|slideshows?|galler(?:y|ies)|videos?)\b",
    regex.IGNORECASE | regex.V1,
)
#: credits anywhere in a line ("Jane Doe for Example News", "Illustration by ...", "... contributed to this story")
CREDIT_ANYWHERE = regex.compile(
    r"\b(?:contributed (?:to )?(?:this|the) (?:story|report|article)|contributed reporting|(?:illustration|photograph|photography|graphic|animation)s? by"
    r"|getty images|associated press|staff writer)\b"
    # possessive "++" and "*+": with full case folding (V1, ignore case) a greedy
    # class could split "ssss" or "ßßßß" in exponentially many ways (found by atheris)
    r"|^\W*(?:\p{Lu}[\p{L}.'’-]++[ \t]+){1,3}(?-i:for|/)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.]*+(?:[ \t]+\p{Lu}[\p{L}.]*+){0,3}\W*$"
    r"|^\W*to \p{Ll}+\b",
    regex.IGNORECASE | regex.V1,
)
#: name particles that stay lower case inside names
PARTICLES = frozenset({"de", "la", "van", "von", "der", "den", "da", "di", "del", "bin", "al", "le"})
#: lower-cased words that are never content words of a passage, besides stop words
NOT_CONTENT = PARTICLES | CALENDAR
#: stop words and NOT_CONTENT: the lower-cased words that are never content words
NEVER_CONTENT = textutil.STOPWORDS | NOT_CONTENT
#: a headline's kicker: one to three words and a colon before the headline ("Floods: Thousands ...")
KICKER = regex.compile(
    r"^[ \t*_#>•·\-–—]*(?P<kicker>\p{Lu}[\p{L}'’\-]*(?:[ \t]+[\p{L}'’\-]+){0,2})[ \t]*:[ \t]+(?=[\"“‘'«]?[\p{Lu}\p{N}])",
    regex.V1,
)
#: kickers that label page furniture or metadata, not a story ("Photo: ...", "Update: ...")
FIELD_KICKERS = regex.compile(
    r"(?:photo|photos|image|images|picture|pictures|caption|credit|credits|source|sources|via|note|notes|update|updated"
    r"|correction|clarification|editor['’]?s note|disclaimer|warning|tags?|topics?|author|authors|by|byline|published"
    r"|posted|filed(?: under)?|category|categories|share|follow|contact|email|tel|phone|fax|web|website|address"
    r"|location|date|time|venue|price|prices|tickets|cast|director|starring|runtime|rating|score|result|results"
    r"|ingredients|method|serves|key points?|background|summary|q|a|question|answer)",
    regex.IGNORECASE | regex.V1,
)
#: a paragraph that opens by turning to another story
TOPIC_SHIFT = regex.compile(
    r"^[ \t*_>]*(?P<opener>(?:in|and in) (?:other|unrelated|separate) news(?: (?:today|tonight|this week|making headlines))?"
    r"|on a (?:lighter|different|separate|happier|sadder) note|in (?:other|unrelated) (?:developments|stories)|and finally"
    r"|turning (?:now )?to (?:other|unrelated) news)\b[ \t,:;–—-]*",
    regex.IGNORECASE | regex.V1,
)
#: weaker openers that also begin paragraphs of the same story ("Meanwhile, shares rose")
TOPIC_TURN = regex.compile(
    r"^[ \t*_>]*(?P<opener>meanwhile|elsewhere|separately|in a separate development|in another development)\b[ \t,:;–—-]*",
    regex.IGNORECASE | regex.V1,
)


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
        if len(excluded) == 1:  # the common case: one paragraph left out, each of its members once
            self.minus: dict[str, int] = dict.fromkeys(excluded[0], 1)
        else:
            self.minus = Counter()
            for members in excluded:
                self.minus.update(members)

    def __contains__(self, item: str) -> bool:
        # dict.get: Counter's own lookup of a missing item goes through a Python-level __missing__
        return self.counts.get(item, 0) > self.minus.get(item, 0)


class Reference:
    """The rest of the article: stems, name keys, and names written capitalised mid-sentence.

    The name keys are counted when first asked for: a passage asks only for a name whose stem the
    rest does not share, and in most articles none does.
    """

    def __init__(self, stems: CountedSet, name_keys: Callable[[], CountedSet], name_forms: CountedSet) -> None:
        self.stems = stems
        self._name_keys = name_keys
        self.name_forms = name_forms

    @cached_property
    def name_keys(self) -> CountedSet:
        return self._name_keys()


class ArticleIndex:
    """Per-paragraph stems, name keys and name forms, counted once per article (the name keys when first needed).

    ``reference(exclude)`` then describes the article without some
    paragraphs in constant time, so judging every paragraph against the rest
    stays linear in the article's length.
    """

    def __init__(self, article) -> None:
        self.parts: dict[int, tuple[set[str], set[str]]] = {}  # each paragraph's stems and mid-sentence forms
        self.distinct_words: dict[int, set[str]] = {}  # each paragraph's words, each written form once
        names = article.names  # the capitalised words (found once over the whole text) not sentence-initial in it
        for paragraph in article.paragraphs:
            distinct = self.distinct_words[paragraph.index] = set(map(textutil.span_text, paragraph.words))
            self.parts[paragraph.index] = (set(map(textutil.stem, distinct)), self.mid_sentence_forms(paragraph, names))
        # each kind counted in one go (a Counter.update per paragraph is a Python call each)
        self.stem_counts, self.form_counts = (
            Counter(chain.from_iterable(part[k] for part in self.parts.values())) for k in range(2)
        )

    @cached_property
    def paragraph_name_keys(self) -> dict[int, set[str]]:
        """Each paragraph's name keys: ``name_key`` of its words written with a capital."""
        return {
            index: set(map(textutil.name_key, [word for word in distinct if word[0].isupper()]))  # a word is never empty
            for index, distinct in self.distinct_words.items()
        }

    @cached_property
    def name_key_counts(self) -> Counter:
        return Counter(chain.from_iterable(self.paragraph_name_keys.values()))

    @staticmethod
    def mid_sentence_forms(paragraph, names: list[textutil.Span]) -> set[str]:
        """The capitalised words of a paragraph that are not sentence-initial in the paragraph's text.

        Read off the article's ``names`` (not sentence-initial in the article's text): ``sentence_initial``
        steps back over spaces and opening marks, never over a letter, so for a word after another
        capitalised word of the paragraph it stops inside the paragraph and both texts give one answer.
        Only the first can be initial in the paragraph and not in the article (a paragraph opens a
        sentence; the article's text may go on before it), and is tested on the paragraph's text.
        """
        first = bisect.bisect_left(names, paragraph.start, key=textutil.span_start)
        last = bisect.bisect_left(names, paragraph.end, lo=first, key=textutil.span_start)
        if first < last and textutil.sentence_initial(paragraph.text, names[first].start - paragraph.start):
            first += 1
        return set(map(textutil.span_text, names[first:last]))

    def reference(self, exclude: set[int]) -> Reference:
        excluded = [i for i in sorted(exclude) if i in self.parts]
        return Reference(
            stems=CountedSet(self.stem_counts, [self.parts[i][0] for i in excluded]),
            name_keys=lambda: CountedSet(self.name_key_counts, [self.paragraph_name_keys[i] for i in excluded]),
            name_forms=CountedSet(self.form_counts, [self.parts[i][1] for i in excluded]),
        )

    def shares_more_content_stems_than(self, index: int, limit: float) -> bool:
        """Do more than ``limit`` distinct stems of paragraph ``index``'s content words (as ``measure``
        takes them: not stop words, longer than two letters, not in NOT_CONTENT) occur in another
        paragraph too? The count stops as soon as it is over the limit."""
        stem_counts = self.stem_counts  # the paragraph's own stems are each counted once
        shared: set[str] = set()
        for word in self.distinct_words[index]:
            if len(lowered := word.lower()) > 2 and lowered not in NEVER_CONTENT:
                stem = textutil.stem(word)
                if stem_counts[stem] > 1 and stem not in shared:
                    shared.add(stem)
                    if len(shared) > limit:
                        return True
        return False


def article_index(article) -> ArticleIndex:
    """The article's index, built once and shared by the rules of this module."""
    return article.derived("offtopic.index", lambda: ArticleIndex(article))


def build_reference(article, exclude: set[int]) -> Reference:
    """Stems, name keys and mid-sentence capitalised forms of every paragraph except those excluded."""
    return article_index(article).reference(exclude)


def headline_shaped_paragraph(paragraph, max_words: int) -> bool:
    """``textutil.headline_shaped`` of a paragraph's text, a long paragraph ruled out by its word count.

    headline_shaped counts the words of the text without the marks around
    it, which no word contains: the paragraph's own words.
    """
    return len(paragraph.words) <= max_words and textutil.headline_shaped(paragraph.text, max_words)


def strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token


class TitleCase:
    """Is a line in title case (``textutil.is_title_case`` of its tokens)? Judged on the first call only."""

    __slots__ = ("tokens", "answer")

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.answer: bool | None = None

    def __call__(self) -> bool:
        if self.answer is None:
            self.answer = textutil.is_title_case(self.tokens)
        return self.answer


def looks_like_name(token: str, initial: bool, title_case: Callable[[], bool], reference: Reference) -> bool:
    """Is a capitalised token of a short line a proper name (not just title case or first word)?

    ``title_case()`` tells whether the line is in title case; it is asked
    only when the answer matters.
    """
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
    if initial or title_case():
        # capitalised for position or style only, unless the word is rare as a common noun
        return textutil.zipf_frequency(lowered) < 3.0
    return True


def weighted_overlap(passage: str, reference: Reference) -> float:
    """Share of a passage's content found elsewhere, each word weighted by its rarity.

    A word counts ``7 - zipf`` (at least 0.5), and the commonest words
    (Zipf 5.5 and up: "week", "people", "high") not at all: sharing them says
    nothing about a common topic, sharing "jewellery" or "Felixstowe" says
    much. Names count double, as in ``Overlap.score``.
    """
    spans = textutil.words(passage)
    tokens = [s.text for s in spans]
    title_case = TitleCase(tokens)
    total = shared = 0.0
    seen: set[str] = set()
    for span in spans:
        token = span.text
        lowered = token.lower()
        if lowered in seen or lowered in textutil.STOPWORDS or len(lowered) <= 2 or lowered in NOT_CONTENT:
            continue
        seen.add(lowered)
        name = looks_like_name(token, textutil.sentence_initial(passage, span.start), title_case, reference)
        zipf = textutil.zipf_frequency(strip_possessive(token))
        if zipf >= 5.5 and not name:
            continue
        weight = max(0.5, 7.0 - zipf) * (2 if name else 1)
        total += weight
        if textutil.stem(token) in reference.stems or (name and textutil.name_key(token) in reference.name_keys):
            shared += weight
    return shared / total if total else 1.0


def measure(
    passage: str, reference: Reference, spans: list[textutil.Span] | None = None, offset: int = 0,
    until_shared_name: bool = False,
) -> Overlap:
    """How much of a passage the rest of the article (``reference``) shares.

    ``spans`` are the passage's words when the caller has them
    (``textutil.words(passage, offset)``, a paragraph's ``words``). With
    ``until_shared_name`` the count stops at the first name the reference
    shares, for a caller that only needs to know whether there is one: the
    Overlap returned is then partial.
    """
    if spans is None:
        spans = textutil.words(passage, offset)
    tokens = [s.text for s in spans]
    title_case = TitleCase(tokens)
    shouting = sum(map(str.isupper, tokens)) > 0.8 * len(tokens)
    words = names = shared_words = shared_names = 0
    unknown: list[str] = []
    seen: set[str] = set()
    for span in spans:
        token = span.text
        lowered = token.lower()
        if lowered in seen:
            continue
        seen.add(lowered)
        # only a capitalised token can be a name (looks_like_name says no to the others), and only then does its position matter
        capitalised = token[:1].isupper()
        initial = capitalised and textutil.sentence_initial(passage, span.start - offset)
        if capitalised and not shouting and looks_like_name(token, initial, title_case, reference):
            names += 1
            if textutil.stem(token) in reference.stems or textutil.name_key(token) in reference.name_keys:
                shared_names += 1
                if until_shared_name:
                    break
            else:
                unknown.append(strip_possessive(token))
        elif lowered not in textutil.STOPWORDS and len(lowered) > 2 and lowered not in NOT_CONTENT:
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
    Without a label, a line is reported when its names are foreign to the
    article, or when it has at least four content words (a kicker such as
    "Floods:" included) and, weighted by rarity, at most a fifth of its
    content occurs elsewhere; lists, credits, questions, furniture, metadata
    and lines in a run of short lines are left alone, and at the lead's place
    only a kicker or title case marks a line as a headline rather than a
    standfirst.

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
        "max_weighted_overlap": Option(
            0.2, "for an unlabelled line without foreign names: highest share of its content, weighted by rarity, found elsewhere"
        ),
        "min_content_words": Option(4, "for the same: fewest content words (names included) the line must have"),
    }

    def check(self, article):
        paragraphs = article.paragraphs
        if len(paragraphs) < 3:
            return
        max_words = self.settings["max_words"]
        short = {
            p.index
            for p in paragraphs[1:]
            if headline_shaped_paragraph(p, max_words) or TEASER_PREFIX.match(p.text)
        }
        kicked = {
            p.index
            for p in paragraphs[1:]
            # a kicker needs a colon
            if p.index not in short and ":" in p.text and (k := KICKER.match(p.text))
            and textutil.headline_shaped(p.text[k.end():], max_words)
        }
        labels = {p.index for p in paragraphs if LABEL_LINE.match(p.text)}
        if not kicked and short <= labels:
            return  # no line to judge: spare building the reference
        reference = build_reference(article, short | kicked | labels)
        for paragraph in paragraphs[1:]:
            if paragraph.index in kicked:
                hit = self.unlabelled_headline(article, paragraph, short | kicked, reference)
                if hit:
                    yield hit
                continue
            if paragraph.index not in short or paragraph.index in labels:
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
            if not after_label and paragraph.first_line in furniture_lines(article):
                continue  # page furniture: the boilerplate rules report it
            if not after_label and not (
                len(textutil.words(body)) <= self.settings["max_words_alone"]
                and self.standalone_candidate(paragraphs, paragraph, short)
            ):
                hit = self.unlabelled_headline(article, paragraph, short | kicked, reference)
                if hit:
                    yield hit
                continue
            overlap = measure(body, reference)
            limit = self.settings["max_overlap_after_label" if after_label else "max_overlap"]
            if (
                overlap.words + overlap.names < 2
                or overlap.score > limit
                or (overlap.names and overlap.shared_names)  # it names someone or something the article is about
                # alone, a line needs foreign names and a predicate to be judged another story by its names
                or (not after_label and (len(overlap.unknown_names) < 2 or not overlap.words))
            ):
                if not after_label:
                    hit = self.unlabelled_headline(article, paragraph, short | kicked, reference)
                    if hit:
                        yield hit
                continue
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


    def unlabelled_headline(self, article, paragraph, short: set[int], reference: Reference):
        """A hit for a headline with no label before it whose content words the article does not share.

        The line may carry a kicker ("Floods: ..."). It must not be a list
        item, a question, a credit, a field, page furniture or metadata (the
        other families report those), must stand between other paragraphs
        (not in a run of short lines), and must have at least
        ``min_content_words`` content words, two of them not names. At the
        lead's place, where a standfirst stands, only a kicker or title case
        marks it as a headline.
        """
        text = paragraph.text.strip()
        kicker = KICKER.match(text)
        if kicker and FIELD_KICKERS.fullmatch(kicker.group("kicker").strip()):
            return None
        body = text[kicker.end():] if kicker else text
        tokens = textutil.words(text)
        if not textutil.headline_shaped(body, self.settings["max_words"]) or len(tokens) > self.settings["max_words_alone"]:
            return None
        if LINKISH.search(text) or LIST_ITEM.search(text) or CREDIT_OR_BYLINE.match(text) or SELF_REFERENCE.search(text):
            return None
        if CREDIT_ANYWHERE.search(text):
            return None  # a credit or an instruction: metadata or furniture, not a headline
        if regex.search(r"[/|·•]", text):
            return None
        if text.rstrip("\"”’'» ").endswith(("?", "!", "…", "...")) or (":" in body):
            return None
        if any(t.text in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d") for t in tokens):
            return None  # a first-person line: a pull quote or a reader's comment
        if tokens[-1].text.lower() in textutil.STOPWORDS:
            return None  # ends on a function word: a cut sentence
        head, comma, _ = body.partition(",")
        if comma and all(t.text[:1].isupper() for t in textutil.words(head)):
            return None  # "Jane Doe, Press Officer": a contact or a credit
        if any(i in short for i in (paragraph.index - 1, paragraph.index + 1)):
            return None  # a run of short lines: a list, a table or a block of furniture
        line = paragraph.first_line
        if line in furniture_lines(article) or line in metadata_lines(article):
            return None
        first_body = article.paragraphs[1].index if article.headline is not None else 0
        if paragraph.index <= first_body and not kicker and not textutil.is_title_case([t.text for t in tokens]):
            return None  # a standfirst, which may well use other words than the story
        overlap = measure(text, reference)
        if overlap.words + overlap.names < self.settings["min_content_words"] or overlap.words < 2:
            return None
        share = weighted_overlap(text, reference)
        if share > self.settings["max_weighted_overlap"]:
            return None
        return self.hit(
            paragraph.start,
            paragraph.end,
            f"headline {textutil.shorten(text)!r} between paragraphs is about another story: "
            f"the article shares {overlap.shared_words + overlap.shared_names} of its "
            f"{overlap.words + overlap.names} content words ({share:.0%} by weight)",
            confidence=0.6,
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
        if ":" in text or "/" in text or CREDIT_OR_BYLINE.match(text) or SELF_REFERENCE.search(text):
            return False
        if CREDIT_ANYWHERE.search(text):
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
    fix_title = "Delete the paragraph"
    fix_safety = "unsafe"
    options = {
        "min_words": Option(20, "shortest paragraph judged, in words"),
        "max_overlap": Option(0.08, "highest weighted share of the paragraph found elsewhere"),
        "min_names": Option(3, "fewest names the paragraph must contain"),
    }

    def check(self, article):
        paragraphs = [p for p in article.paragraphs[1:] if len(p.words) >= self.settings["min_words"]]
        if len(paragraphs) < 3:
            return
        index = article_index(article)
        max_overlap = self.settings["max_overlap"]
        for paragraph in paragraphs:
            if self.shares_too_much(index, paragraph.index, max_overlap):
                continue
            overlap = measure(
                paragraph.text, index.reference({paragraph.index}), paragraph.words, paragraph.start, until_shared_name=True
            )
            if overlap.shared_names or overlap.names < self.settings["min_names"]:
                continue
            if overlap.score > max_overlap:
                continue
            if paragraph.index in self.shifted(article):
                continue  # topic-shift-paragraph reports it
            yield self.hit(
                paragraph.start,
                paragraph.end,
                f"paragraph {textutil.shorten(paragraph.text)!r} shares {overlap.shared_words} of {overlap.words} content "
                f"words and none of its names ({', '.join(overlap.unknown_names[:4])}) with the rest of the article",
                fix=Fix(*article.paragraph_removal(paragraph), ""),
            )

    @staticmethod
    def shares_too_much(index: ArticleIndex, paragraph_index: int, max_overlap: float) -> bool:
        """Does the paragraph share too many content words to score ``max_overlap`` or less in ``measure``?

        A necessary condition of a hit, read off the index without judging
        names: each shared content stem is a shared name (no hit) or a shared
        content word, and ``measure``'s weighted total is at most twice the
        number of distinct words. So a hit has at most ``2 * max_overlap *
        distinct`` shared content stems.
        """
        distinct = len(index.distinct_words[paragraph_index])
        return index.shares_more_content_stems_than(paragraph_index, 2 * max_overlap * distinct)

    @staticmethod
    def shifted(article) -> set[int]:
        """Indexes of the paragraphs topic-shift-paragraph (with its default options) reports, found once per article."""
        return article.derived(
            "offtopic.shifted",
            lambda: {article.paragraph_at(hit.start).index for hit in TopicShiftParagraph().check(article)},
        )


class TopicShiftParagraph(Rule):
    """Finds a paragraph that turns to another story ("In other news, ...") in the middle of an article.

    What it finds: a body paragraph that opens with a newscast transition to
    a different story ("In other news", "In unrelated news", "On a lighter
    note", "And finally") and shares little with the rest of the article, or
    that opens with "Meanwhile" or "Elsewhere" and shares none of its names
    and almost none of its content words with the rest of the article.

    Why it matters: a news article reports one story; a paragraph from a news
    round-up or a live page, spliced in by a scraper or a writing tool, puts
    an unrelated event into the report, and readers take it as part of it.

    Example: ``In other news, the council has approved a new cycle lane
    along the seafront.`` in a report on the minimum wage.

    Use instead: delete the paragraph, or move it to the story it belongs to.
    """

    code = "OT103"
    name = "topic-shift-paragraph"
    category = "offtopic"
    severity = Severity.warning
    confidence = 0.7
    fix_title = "Delete the paragraph"
    fix_safety = "unsafe"
    options = {
        "min_words": Option(10, "shortest paragraph judged, in words"),
        "max_overlap": Option(0.5, "after 'In other news' and the like: highest weighted share found elsewhere"),
        "max_overlap_turn": Option(0.05, "after 'Meanwhile' or 'Elsewhere': highest weighted share found elsewhere"),
    }

    def check(self, article):
        paragraphs = article.paragraphs
        if len(paragraphs) < 4:
            return
        index = None
        for paragraph in paragraphs[1:]:
            if len(paragraph.words) < self.settings["min_words"]:
                continue
            strong = TOPIC_SHIFT.match(paragraph.text)
            opener = strong or TOPIC_TURN.match(paragraph.text)
            if not opener:
                continue
            index = index or article_index(article)
            reference = index.reference({paragraph.index})
            rest = paragraph.text[opener.end():]
            share = weighted_overlap(rest, reference)
            if strong:
                if share > self.settings["max_overlap"]:
                    continue
            else:
                overlap = measure(rest, reference)
                if share > self.settings["max_overlap_turn"] or overlap.shared_names or overlap.words + overlap.names < 6:
                    continue
            yield self.hit(
                paragraph.start,
                paragraph.end,
                f"paragraph {textutil.shorten(paragraph.text)!r} turns to another story "
                f"({opener.group('opener')!r}; {share:.0%} of its content, by weight, occurs elsewhere in the article)",
                confidence=0.8 if strong else 0.6,
                fix=Fix(*article.paragraph_removal(paragraph), ""),
            )
