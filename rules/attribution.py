"""Attribution rules (AT): quotes and claims whose source is missing or second-hand.

A direct quotation is attributed when a speaker and a speech verb ("said",
"told", "added", "according to") stand in the sentence that holds it, the
one before it (often ending in a colon) or the one after it. A paragraph
that goes on with a quotation left open at the end of the previous one is
part of that quotation and needs no new attribution. Page layouts that set
a quotation apart as a pull quote credit it on a line of its own: carried
into plain text, that credit is a bare name detached from any sentence.
Rewrites of other outlets' stories announce it ("..., Censor.NET reports"):
the article is a relay, not reporting, and its facts are second-hand.

A paragraph that is nothing but a quotation is held to a stricter test:
names and pronouns stand in every paragraph of a story, so only a speech
verb in the sentence right before or after it, a lead-in colon, a credit,
or a paragraph before whose subject is the speaker counts. Credits that
identify no one ("one insider said", "the statement read" with no
statement introduced) and claims credited to no one ("it is widely
believed that", "experts agree") are reported too.
"""
from __future__ import annotations

import bisect

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.alternation import split_alternatives
from newslint.engine.prefilter import WindowedPattern, unquoted_windows
from newslint.engine.data import load_lines, load_word_list

__all__ = [
    "AgentlessClaim", "AnonymousQuoteSource", "DetachedQuoteCredit", "SecondHandSourcing", "UnattributedQuote",
    "VagueAttribution",
]

_SPEECH_STEMS = list(load_lines("newslint.rules", "attribution_speech_stems.txt"))
_IRREGULAR = list(load_lines("newslint.rules", "attribution_irregular_speech.txt"))


def _forms(stem: str) -> list[str]:
    """A verb's inflected forms: warn -> warn warns warned warning; argue -> argues argued arguing."""
    base = stem[:-1] if stem.endswith("e") else stem
    if stem.endswith("y") and stem not in ("say", "pray"):
        return [stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"]
    return [stem, stem + "s" if not stem.endswith(("s", "sh")) else stem + "es",
            base + "ed", base + "ing", stem + "d"]


#: words that name a source around a quotation: speech verbs and the nouns of statements
SPEECH_WORDS = frozenset(
    {form for stem in _SPEECH_STEMS for form in _forms(stem)}
    | {w for w in _IRREGULAR if " " not in w}
    | load_word_list("newslint.rules", "attribution_statement_words.txt")
)
SPEECH_PHRASES = regex.compile(
    r"(?<![\p{L}])(?:"
    + "|".join(regex.escape(w) for w in _IRREGULAR if " " in w)
    + r"|in a post|in an email|the words|words of|known as)(?![\p{L}])",
    regex.I,
)


def speech_spans(article, masked: str) -> list[tuple[int, int]]:
    """Where speech verbs and statement nouns stand outside quotations."""
    found = [(w.start, w.end) for w in article.words
             if w.text.lower() in SPEECH_WORDS and masked[w.start] != " "]
    found.extend(m.span() for m in SPEECH_PHRASES.finditer(masked))
    return sorted(found)


#: marks that stand around a word without joining it to anything
_EDGE_MARKS = "\"'“”‘’«»()[]{}.,;:!?…-–—*_/"


def _plain_word_in(text: str, words: frozenset[str]) -> bool:
    """A quick yes: is one of ``words`` a word of the text (``textutil.WORD``) as
    a run of ASCII letters standing between white space and edge marks?"""
    for token in text.split():
        word = token.strip(_EDGE_MARKS)
        if word.lower() in words and word.isascii() and word.isalpha():
            return True
    return False


def names_source(text: str) -> bool:
    """Does the passage hold a speech verb or a statement noun?"""
    return _plain_word_in(text, SPEECH_WORDS) or any(
        w.lower() in SPEECH_WORDS for w in textutil.WORD.findall(text)
    ) or bool(SPEECH_PHRASES.search(text))


#: verbs of saying in the forms that are verbs only: the past tense, and the
#: third person of verbs that make no plural noun ("says", not "claims" or
#: "demands"); verbs of other meanings ("called", "continued", "posted",
#: "estimated", "hoped") name no speaker by themselves
_NOT_SPEECH_PAST = load_word_list("newslint.rules", "attribution_not_speech_past.txt")
SPEECH_VERBS = frozenset(
    {form for stem in _SPEECH_STEMS for form in _forms(stem) if form.endswith("ed")}
    | load_word_list("newslint.rules", "attribution_speech_verb_forms.txt")
) - _NOT_SPEECH_PAST


#: a person's view reported in the story's voice: "He also believes ...", "she fears ..."
_REPORTED_VIEW = regex.compile(
    r"(?<![\p{L}])(?i:he|she|they)(?: \p{Ll}+ly| also| still)? (?:believes|believed|thinks|thought|feels|felt"
    r"|hopes|hoped|fears|feared|reckons|expects|expected|wants|wanted|is convinced|was convinced|claims|notes"
    r"|demands|comments|remarks|points out|stresses|maintains|contends|asserts|concludes)(?![\p{L}])"
)


def speech_verb(text: str) -> bool:
    """Does the passage hold a verb of saying ("said", "insists", "according to",
    "in a statement") or a view a person is reported to hold ("he believes")?"""
    return _plain_word_in(text, SPEECH_VERBS) or any(
        w.lower() in SPEECH_VERBS for w in textutil.WORD.findall(text)
    ) or bool(
        SPEECH_PHRASES.search(text)
        or regex.search(r"(?i)in a statement|spokes(?:man|woman|person)", text)
        or _REPORTED_VIEW.search(text)
    )


#: a person the quotation may belong to: a personal pronoun, or a title before a name
PERSON = regex.compile(
    r"(?<![\p{L}])(?:(?i:he|she|his|her|him|himself|herself)(?![\p{L}])"
    r"|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Lord|Lady|Dame|Rev|President|Premier|Minister|Secretary"
    r"|Chancellor|Senator|Sen|Rep|Governor|Gov|Mayor|Judge|Justice|Bishop|Archbishop|Pope|King|Queen|Prince"
    r"|Princess|Coach|Captain|Capt|General|Gen|Colonel|Col|Chief|Commissioner|Inspector|Sheriff|Ambassador"
    r"|Chairman|Chairwoman|Chair|Director|Manager|Officer|boss|chief|manager|director|chairman|spokesman"
    r"|spokeswoman|executive|analyst|economist|expert|minister|secretary|president|official|officer|coach"
    r"|captain|striker|star|singer|actor|actress|author|leader|founder|professor|doctor|lawyer|teacher)"
    r"\.?[ \t]+\p{Lu}\p{Ll})"
)
#: a quotation right after one of these nouns is the title of a work, not speech
_TITLE_NOUN = regex.compile(
    r"(?<![\p{L}])(?:article|paper|study|report|book|novel|film|movie|song|album|single|poem|play|show|series"
    r"|column|editorial|essay|op-ed|piece|documentary|programme|program|episode|campaign|petition|motion|bill"
    r"|resolution|chapter|section|headline|title|exhibition|track|hymn|anthem)\Z",
    regex.I,
)
#: what may follow a quotation to credit it without a verb: '," Mr Champion.' / '," he.'
_BARE_CREDIT_AFTER = regex.compile(
    r"[ \t]*[,.]?[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?[ \t]+\p{Lu}|he|she|they"
    r"|[-–—~][ \t]*\p{Lu})"
)
_OPENING = "\"“„«»‘"


def quotations(article):
    """(paragraph, quotation spans, continues the previous paragraph's quotation) per
    paragraph, computed once an article (the rules must not change it)."""
    return article.derived("attribution.quotations", lambda: _quotations(article))


def _quotations(article):
    result = []
    previous_open = False
    # ``article.quotations`` holds each paragraph's quotation spans in turn
    remaining = iter(article.quotations)
    pending = next(remaining, None)
    for paragraph in article.paragraphs:
        spans = []
        while pending is not None and pending.start < paragraph.end:
            spans.append(pending)
            pending = next(remaining, None)
        body = paragraph.text.lstrip(" \t*_>-–—")
        continues = previous_open and body[:1] in _OPENING
        result.append((paragraph, spans, continues))
        previous_open = bool(spans) and _unclosed(article, spans[-1], paragraph)
    return result


def _unclosed(article, span, paragraph) -> bool:
    """Does the quotation run to the paragraph's end without a closing mark?"""
    if span.end < paragraph.end:
        return False
    last = article.text[span.end - 1]
    return len(span.text) < 2 or last not in "\"”“»«’"


def _inner(span) -> str:
    """A quotation's words, without its marks and leading ellipsis or bracket."""
    return span.text.strip("\"“”„«»‘’ \t\n").lstrip(".…[( ")


def is_sentence_quote(article, span, paragraph, min_words: int) -> bool:
    """Is the quotation a full sentence (or more), not a phrase or a title?"""
    inner = _inner(span)
    if not inner[:1].isupper():
        return False
    found = textutil.WORD.findall(inner)
    if len(found) < min_words:
        return False
    long_words = [w for w in found if len(w) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words):
        return False  # a title in title case: a book, a film, a slogan
    if _unclosed(article, span, paragraph):
        return True
    tail = inner.rstrip()
    after = article.text[span.end:span.end + 1]
    return tail[-1:] in ".!?…," or after in (".", "!", "?")


# --- AT101 -------------------------------------------------------------------


def _quote_collection(article, entries) -> bool:
    """Is the article mostly paragraphs that are wholly quotations (a collection of
    quotes, readers' comments), where each quotation stands on its own?"""
    body = [(p, spans) for p, spans, _ in entries if p is not article.headline]
    whole = sum(
        1 for p, spans in body
        if spans and spans[0].start <= p.start + 2 and not article.text[spans[-1].end:p.end].strip(" .,")
    )
    return len(body) >= 4 and whole * 2 >= len(body)


class UnattributedQuote(Rule):
    """Finds a direct quotation of a full sentence that no one is said to have said.

    What it finds: a quotation in quotation marks of at least a sentence (it
    starts with a capital, has six words or more, is not in title case and
    ends like a sentence) with no source anywhere near it: outside quotation
    marks, neither its paragraph nor the sentence before and after that
    paragraph holds a speech verb or statement noun ("said", "told",
    "added", "according to", "wrote", "in a statement"), a personal pronoun
    or a title before a name ("he", "Mrs Hale"), or the name of someone the
    article quotes elsewhere; no colon or dash introduces it, no speaker
    label or name credit stands next to it, and no noun makes it a title
    ("the report ..."). A paragraph that is nothing but a quotation needs
    more, since a name or a pronoun stands in any paragraph nearby: a speech
    verb in the sentence that ends the paragraph before it or opens the one
    after it ("..., he added.", "Mr Dale insists ..."), a lead-in ending in
    a colon, a next sentence that looks back at it ("Those were the words
    of ..."), a paragraph before whose subject is the speaker, a credit, or
    a run of quotation paragraphs credited at one end. A paragraph that
    continues a quotation left open at the end of the previous paragraph is
    part of that quotation; an article made mostly of stand-alone
    quotations (a collection of quotes, readers' comments) is left alone.

    Why it matters: a quotation is a claim that someone said these words.
    Without a speaker the reader cannot judge it, and quotes whose credit
    was lost in scraping (or never existed, in generated text) are common.

    Example::

        The minister visited the flooded town on Monday.
        "We will rebuild every home that was lost, whatever it costs."
        Repairs are expected to take two years.

    Use instead: name who said it ("..., the minister said").
    """

    code = "AT101"
    name = "unattributed-quote"
    category = "attribution"
    severity = Severity.warning
    confidence = 0.6
    options = {"min_words": Option(6, "fewest words of a quotation that is a full sentence")}

    def check(self, article):
        entries = quotations(article)
        if not any(spans for _, spans, _ in entries) or _quote_collection(article, entries):
            return
        scene = _Scene(article, entries)
        for index, (paragraph, spans, continues) in enumerate(entries):
            for number, span in enumerate(spans):
                if number == 0 and continues and span.start <= paragraph.start + 4:
                    continue  # goes on with the quotation left open in the previous paragraph
                if not is_sentence_quote(article, span, paragraph, self.settings["min_words"]):
                    continue
                if scene.attributed(span, index):
                    continue
                yield self.hit(
                    span.start,
                    span.end,
                    f"quotation {textutil.quoted(span.text)} has no speaker: no one is said to have said it "
                    f"in its paragraph or next to it",
                )


class _Scene:
    """What AT101 needs to know about an article's quotations and speakers."""

    def __init__(self, article, entries) -> None:
        self.article = article
        self.entries = entries
        self.masked = article.unquoted_text
        self.sentences = article.sentences
        self.starts = [s.start for s in self.sentences]
        self.credits = {index for index, _, _ in detached_credits(article)}
        self._speakers: frozenset[str] | None = None
        self._visiting: set[int] = set()
        self._context_cache: dict[int, bool] = {}
        self._neighbour_cache: dict[int, bool] = {}

    @property
    def speakers(self) -> frozenset[str]:
        if self._speakers is None:  # only when a quotation lacks a nearer source
            self._speakers = known_speakers(self.article, self.masked)
        return self._speakers

    def _sentence_range(self, paragraph) -> tuple[int, int]:
        first = max(0, bisect.bisect_right(self.starts, paragraph.start) - 1)
        last = max(0, bisect.bisect_right(self.starts, max(paragraph.start, paragraph.end - 1)) - 1)
        return first, last

    def attributed(self, span, index: int) -> bool:
        """A source in the quotation's paragraph, in the sentence before and after it
        (the whole previous paragraph when it quotes too), or a colon, label or credit.
        A paragraph that is nothing but quotation needs more: a speech verb in the
        sentence just before or after it (or a colon, label or credit)."""
        article, masked = self.article, self.masked
        paragraph = self.entries[index][0]
        if self._standalone(index):
            if index in self._visiting:
                return False  # a run of quotation paragraphs is credited at one end or not at all
            self._visiting.add(index)
            try:
                return self._standalone_attributed(span, index)
            finally:
                self._visiting.discard(index)
        if self._context_names_source(index):
            return True
        before = masked[max(0, span.start - 200):span.start].rstrip(" \t\n\"“„«")
        if before.endswith((":", "-", "–", "—", ",")):
            return True  # "The sign read:" / "His answer -" / a colon introduces it
        if _TITLE_NOUN.search(before):
            return True  # the title of a work: 'published in the article "..."'
        if _BARE_CREDIT_AFTER.match(article.text, span.end):
            return True
        tail = article.text[span.end:paragraph.end].strip(" \t.,;-–—()")
        if tail and CREDIT_LINE.match(tail):
            return True  # '"..." Jane Doe, Mayor' on the quotation's own line
        cut, _ = textutil.strip_label(article.lines[article.line_of(paragraph.start) - 1])
        if cut or paragraph.text.startswith(":"):
            return True  # a speaker label (or the colon left of one) opens the paragraph
        return index in self.credits


    def _context_names_source(self, index: int) -> bool:
        """Does the paragraph, with the sentence before and after it (the whole
        previous paragraph when it quotes too), hold a speech word, a person, or
        someone the article quotes elsewhere? Computed once a paragraph."""
        if index not in self._context_cache:
            paragraph = self.entries[index][0]
            first, last = self._sentence_range(paragraph)
            low, high = max(0, first - 1), min(len(self.sentences) - 1, last + 1)
            if index > 0 and self.entries[index - 1][1]:
                low = min(low, self._sentence_range(self.entries[index - 1][0])[0])
            context = " ".join(self.masked[s.start:s.end] for s in self.sentences[low:high + 1])
            self._context_cache[index] = bool(
                names_source(context) or PERSON.search(context)
                or (self.speakers and any(w in self.speakers for w in textutil.WORD.findall(context)))
            )
        return self._context_cache[index]

    def _neighbours_credit(self, index: int) -> bool:
        """Is a quotation paragraph credited by the paragraphs around it: a lead-in
        ending in a colon, a speech verb in the sentence before or after, a next
        sentence that looks back at it, or a paragraph before about the speaker?
        Computed once a paragraph."""
        if index not in self._neighbour_cache:
            before = self._edge_sentence(index - 1, last=True)
            after = self._edge_sentence(index + 1, last=False)
            self._neighbour_cache[index] = bool(
                before.rstrip(" \t\n\"“„«”").endswith((":", "-", "–", "—", ","))
                or speech_verb(before)
                or speech_verb(after)
                or (regex.match(r"\s*(?:This|That|These|Those|Such|So)\b", after) and names_source(after))
                or self._speaker_subject(before)
            )
        return self._neighbour_cache[index]

    def _standalone(self, index: int) -> bool:
        """Is the paragraph nothing but quotation (no word outside its marks)?"""
        paragraph, spans, _ = self.entries[index]
        return bool(spans) and not regex.search(r"\p{L}", self.masked[paragraph.start:paragraph.end])

    def _edge_sentence(self, index: int, last: bool) -> str:
        """The unquoted text of a paragraph's last (or first) sentence."""
        if not 0 <= index < len(self.entries):
            return ""
        paragraph = self.entries[index][0]
        if paragraph is self.article.headline:
            return ""
        first, final = self._sentence_range(paragraph)
        sentence = self.sentences[final if last else first]
        return self.masked[max(sentence.start, paragraph.start):min(sentence.end, paragraph.end)]

    def _speaker_subject(self, sentence: str) -> bool:
        """Does the sentence open with a person as its subject: a personal pronoun, or a
        name the article quotes elsewhere ("Kimmel then turned to ...")?"""
        opening = textutil.WORD.findall(sentence.strip())[:3]
        if not opening:
            return False
        if opening[0] in ("He", "She"):
            return True
        return bool(self.speakers) and any(w in self.speakers for w in opening[:2] if w[:1].isupper())

    def _standalone_attributed(self, span, index: int) -> bool:
        """A quotation paragraph is credited by its neighbours (a lead-in ending in a
        colon, a speech verb in the sentence that ends the paragraph before it or
        opens the one after it, a next sentence looking back at it, a paragraph
        before whose subject is the speaker), by a credit or a speaker label, or as
        part of a run of quotation paragraphs credited at one end. A pronoun or a
        name somewhere nearby is not enough: any paragraph of a story has those."""
        article, paragraph = self.article, self.entries[index][0]
        if self._neighbours_credit(index) or index in self.credits:
            return True
        if _BARE_CREDIT_AFTER.match(article.text, span.end):
            return True
        tail = article.text[span.end:paragraph.end].strip(" \t.,;-–—()")
        if tail and CREDIT_LINE.match(tail):
            return True
        cut, _ = textutil.strip_label(article.lines[article.line_of(paragraph.start) - 1])
        if cut or paragraph.text.startswith(":"):
            return True
        if index > 0 and self.entries[index - 1][1] and self._standalone(index - 1) and self.attributed(
            self.entries[index - 1][1][-1], index - 1
        ):
            return True  # one speaker's quotation running over several paragraphs
        following = self.entries[index + 1] if index + 1 < len(self.entries) else None
        if following and following[2] and following[1]:
            return self.attributed(following[1][0], index + 1)  # credited where the run ends
        return False


_SPEAKER_NEAR_VERB = regex.compile(r"(?:\p{Lu}[\p{L}'’-]+[ \t]+){0,3}\p{Lu}[\p{L}'’-]+")


def known_speakers(article, masked: str) -> frozenset[str]:
    """Names the article puts next to a speech verb ("McCluskey said", "said Ms Cole")."""
    names = set()
    for start, end in speech_spans(article, masked):
        window = masked[max(0, start - 60):end + 60]
        for match in _SPEAKER_NEAR_VERB.finditer(window):
            for word in match.group().split():
                word = word[:-2] if word.endswith(("'s", "’s")) else word
                if word in article.name_forms and word.lower() not in textutil.STOPWORDS:
                    names.add(word)
    return frozenset(names)


# --- AT102 -------------------------------------------------------------------

_PARTICLE = r"(?:(?:de|da|di|del|della|der|den|van|von|al|el|bin|ibn|la|le|du|dos|ter)[ \t]+)"
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
CREDIT_LINE = regex.compile(
    rf"^[ \t*_]*(?:[—–-]{{1,2}}[ \t]*)?(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLE}?{_NAME_WORD}){{1,3}})"
    r"(?:[ \t]*,[ \t]*(?P<role>[^\n.!?:;\"“”]{2,80}))?[ \t*_]*$"
)


def _ends_with_quote(article, end: int, spans) -> bool:
    """Does the text up to ``end`` close with one of ``spans`` (a quotation)?"""
    spans = [span for span in spans if span.end <= end]
    if not spans:
        return False
    tail = article.text[spans[-1].end:end].strip(" \t\n.,")
    return not tail


def detached_credits(article) -> list[tuple[int, int, int]]:
    """Bare name lines crediting the quotation just before them, found once an
    article (AT101 and AT102 read them).

    (index of the quotation's paragraph, start, end of the name line) each:
    either a paragraph of its own after a paragraph that ends with a
    quotation, or the last line of a paragraph whose earlier lines do.
    """
    return article.derived("attribution.detached_credits", lambda: list(_detached_credits(article)))


def _detached_credits(article):
    entries = quotations(article)
    for index, (paragraph, spans, _) in enumerate(entries):
        if "\n" in paragraph.text:
            if not spans:
                continue  # the name line must follow a quotation of its paragraph
            last_start = paragraph.start + paragraph.text.rindex("\n") + 1
            line = article.text[last_start:paragraph.end]
            match = CREDIT_LINE.match(line)
            if match and _ends_with_quote(article, last_start - 1, spans) and not any(
                s.end > last_start for s in spans
            ) and _known_person(article, match.group("name"), last_start, paragraph.end):
                yield index, last_start, paragraph.end
            continue
        if index == 0 or spans:
            continue
        before, before_spans, _ = entries[index - 1]
        if not before_spans or before is article.headline:
            continue  # no quotation before the line for it to credit
        match = CREDIT_LINE.match(paragraph.text)
        if not match:
            continue
        if not _ends_with_quote(article, before.end, before_spans) and not _holds_quote(article, before, before_spans):
            continue
        if _known_person(article, match.group("name"), paragraph.start, paragraph.end) or _person_shaped(
            match, paragraph.text
        ):
            yield index - 1, paragraph.start, paragraph.end


def _holds_quote(article, paragraph, spans) -> bool:
    """Does a paragraph that ends like a sentence hold a quotation of a sentence or more?"""
    if not textutil.ends_sentence(paragraph.text.rstrip()):
        return False  # a paragraph cut mid-sentence ("... told the") goes on in the next line
    return any(is_sentence_quote(article, span, paragraph, 5) for span in spans)


#: given names common in news in many languages: a name line whose first word
#: is one of them is a person even when the article does not name them again
GIVEN_NAMES = load_word_list("newslint.rules", "attribution_given_names.txt")


def _person_shaped(match, line: str) -> bool:
    """Does an unknown name line read as a person's credit: set off by a dash, or a
    first word that is a given name?"""
    parts = match.group("name").split()
    if parts[0].lower() in _NOT_FIRST_NAMES or parts[0].lower() in textutil.STOPWORDS:
        return False
    if regex.match(r"^[ \t*_]*[—–-]", line):
        return True
    role = match.group("role")
    if role and role[:1].islower() and textutil.zipf_frequency(parts[-1]) < 4.0:
        return True  # "Helena Brandt, engineer": a name with a role after it
    return parts[0].lower() in GIVEN_NAMES and len(parts) <= 3


#: capitalised words that open furniture lines, never a name
_NOT_FIRST_NAMES = frozenset(
    "about related read share follow contact photo image source advertisement via by from".split()
)


_TITLES = frozenset("mr mrs ms miss dr prof professor sir lord lady dame rev".split())


def _known_person(article, name: str, start: int, end: int) -> bool:
    """Is the credited name (on the line start..end) a person the article mentions elsewhere?"""
    parts = name.split()
    surname = parts[-1]
    if parts[0].lower() in textutil.STOPWORDS or parts[0].lower() in _NOT_FIRST_NAMES:
        return False  # "About Acme Therapeutics", "More From Jane Doe"
    outside = article.text[:start] + "\n" + article.text[end:]
    if regex.search(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", outside):
        return True
    if textutil.zipf_frequency(surname) >= 4.0:
        return False  # a common word: a title-case subhead, not a surname
    first = parts[0].lower()
    if first not in GIVEN_NAMES and first not in _TITLES and textutil.zipf_frequency(first) >= 4.0:
        return False  # "Thousands Still Choosing Silicone": a subhead whose last word recurs
    for span in article.names:
        if span.text == surname and not start <= span.start < end:
            return True
    return False


class DetachedQuoteCredit(Rule):
    """Finds a line holding only a person's name right after a quotation.

    What it finds: a paragraph (or line) that is nothing but a name of two
    to four capitalised words, optionally after a dash and followed by a
    role ("Jane Doe, Mayor of Leeds"), with no verb and no final stop,
    directly after a paragraph that holds a quotation of a sentence and
    ends like a sentence. The name must be someone the article mentions
    elsewhere, or read as a person's credit on its own: set off by a dash,
    followed by a lower-case role, or opening with a common given name.
    Title-case subheads ("Thousands Still Cross Daily") are left alone.

    Why it matters: it is the credit of a pull quote, set apart by the
    page's layout. In running text it reads as a stray line, and the
    quotation above it lacks a proper attribution in a sentence.

    Example::

        Mayor Anna Berg spoke after the council meeting.
        "We will not be intimidated by these threats."
        Anna Berg

    Use instead: fold the credit into the quotation's sentence
    ("..., Anna Berg said.") and delete the line.
    """

    code = "AT102"
    name = "detached-quote-credit"
    category = "attribution"
    severity = Severity.warning
    confidence = 0.75

    def check(self, article):
        for _, start, end in detached_credits(article):
            yield self.hit(
                start,
                end,
                f"bare name line {textutil.quoted(article.text[start:end])} after a quotation: a pull-quote "
                f"credit detached from the sentence",
            )


# --- AT103 -------------------------------------------------------------------

#: outlets: agencies and papers by name, web outlets by domain, and generic outlet nouns
_KNOWN_OUTLETS = "|".join(load_lines("newslint.rules", "attribution_known_outlets.txt"))
_OUTLET_SUFFIX = "|".join(load_lines("newslint.rules", "attribution_outlet_suffixes.txt"))
OUTLET = (
    rf"(?:(?:the )?(?:{_KNOWN_OUTLETS})"
    r"|\p{Lu}[\p{L}\p{N}-]{0,40}\.(?:NET|net|com|ua|ru|org|info|media|news|de|fr|pl|by|kz)"
    rf"|(?:the )?(?:\p{{Lu}}[\p{{L}}'’-]{{1,30}} ){{1,3}}(?:{_OUTLET_SUFFIX})"
    r"|(?:the |several |local |foreign |western |russian |ukrainian |state |state-run |other |some )?"
    r"(?:media outlets|media|news agency|newspaper|outlet|news site|publication|tabloid|broadsheet)"
    r")"
)
_RELAY_VERBS = ("reports", "reported", "writes", "wrote", "informs", "informed")
_CREDIT_LEADS = ("as reported by", "reported by", "citing", "cited by", "quoted by", "according to")
SECOND_HAND = regex.compile(
    rf"(?:,[ \t]+(?P<o1>{OUTLET})[ \t]+(?:{'|'.join(_RELAY_VERBS)})[ \t]*(?=[.!,;]|$)"
    rf"|,[ \t]+(?:{'|'.join(_RELAY_VERBS)})[ \t]+(?P<o2>{OUTLET})[ \t]*(?=[.!]|$)"
    rf"|(?<![\p{{L}}])(?:according to|citing|cited) (?P<o4>(?:media|press|news|newspaper) reports)"
    rf"|(?<![\p{{L}}])(?:{'|'.join(_CREDIT_LEADS)})[ \t]+(?P<o3>{OUTLET})"
    rf"(?![\p{{L}}]|[ \t]+of[ \t]))",  # "the New England Journal of Medicine" is a primary source
    regex.V1 | regex.M,
)


def may_relay(text: str) -> bool:
    """Can ``SECOND_HAND`` match? Each of its forms holds a relay verb ("reports"
    among them) or a credit's lead, written as here (the pattern minds case)."""
    return any(word in text for word in _RELAY_VERBS) or any(lead in text for lead in _CREDIT_LEADS)


class SecondHandSourcing(Rule):
    """Finds a story that relays another outlet's report.

    What it finds: a sentence-final tag naming another outlet as the source
    (", Censor.NET reports.", ", reports Reuters."), or "according to",
    "citing", "reported by" followed by an outlet (a news agency or paper
    by name, a web outlet by its domain, "media reports", "the
    newspaper"). Severity info: reporters cite agencies and papers every
    day; the finding marks where a story's facts are second-hand.

    Why it matters: a rewrite of another outlet's story carries that
    outlet's errors and lacks its context; in the lead it means the whole
    article is a relay, not reporting. Readers and editors should know
    where the facts were gathered.

    Example: ``He wrote about this in a column for Politico, Censor.NET reports.``

    Use instead: go to the original source (the column, the statement) and
    cite it directly, or say plainly that the story relays another outlet.
    """

    code = "AT103"
    name = "second-hand-sourcing"
    category = "attribution"
    severity = Severity.info
    confidence = 0.5
    options = {"lead_paragraphs": Option(3, "paragraphs counted as the lead, where relaying matters most")}

    def check(self, article):
        masked = article.unquoted_text
        lead_end = 0
        paragraphs = [p for p in article.paragraphs if p is not article.headline]
        if paragraphs:
            lead_end = paragraphs[min(len(paragraphs), self.settings["lead_paragraphs"]) - 1].end
        for match in SECOND_HAND.finditer(masked) if may_relay(masked) else ():
            outlet = next(match.group(g) for g in ("o1", "o2", "o4", "o3") if match.group(g))
            start, end = match.span()
            if masked[start] == ",":
                start += 1
                while masked[start] in " \t":
                    start += 1
            in_lead = start < lead_end
            where = " in the lead" if in_lead else ""
            yield self.hit(
                start,
                end,
                f"second-hand sourcing{where}: {textutil.quoted(article.text[start:end])}: the story relays "
                f"a report by {textutil.quoted(outlet.strip())}, not the original source",
                confidence=0.6 if in_lead else 0.45,
            )


# --- AT104 -------------------------------------------------------------------

_CREDIT_VERB = (
    r"(?:said|says|added|adds|told|explained|claimed|claims|admitted|admits|insisted|insists|argued|argues|warned"
    r"|warns|wrote|writes|posted|tweeted|commented|noted|stated|declared|revealed|confided|conceded|complained"
    r"|joked|quipped|suggested|stressed|replied|remarked|continued|read|reads|put it|went on)"
)
#: a speaker nobody can identify: a noun of anonymity with nothing to pin it
#: down ("one insider", "a source", "one user"), or a bare "one"
_ANONYMOUS = (
    r"(?:(?:one|an?|another)(?: (?:senior|well-placed|former|local|anonymous|leading|veteran|frustrated|angry"
    r"|concerned|prominent|online|social media))?"
    r" (?:insider|source|observer|user|onlooker|person|individual|commenter|poster|figure|netizen|bystander)"
    r"|(?:one|another|someone|somebody)(?=[ \t]*(?:[.,;:!?\n]|\Z)))"
)
#: a definite speaker that only an earlier mention could explain: "the source", "the statement"
_DEFINITE = (
    r"the (?-i:source|insider|observer|user|statement|spokesman|spokeswoman|spokesperson|post|message|memo"
    r"|letter|email|e-mail|tweet|note|notice|release|communiqu[eé])"
)
#: what may have introduced a definite speaker earlier in the story
_ANTECEDENTS = {
    "statement": ("statement", "spokes", "release", "announce", "communiq", "issued"),
    "release": ("release", "statement", "announce"),
    "notice": ("notice", "statement", "announce"),
    "post": ("post", "wrote", "online", "twitter", "facebook", "instagram"),
    "tweet": ("tweet", "twitter", "wrote", "posted"),
    "message": ("message", "wrote", "post", "text", "email", "e-mail"),
    "letter": ("letter", "wrote"), "memo": ("memo", "wrote"), "note": ("note", "wrote"),
    "email": ("email", "e-mail", "wrote"), "e-mail": ("email", "e-mail", "wrote"),
}
_AFTER_QUOTE = regex.compile(
    rf"[ \t]*[,.!?…]?[ \t]+(?:(?P<who>{_ANONYMOUS}|{_DEFINITE})[ \t]+(?:\p{{Ll}}+ly[ \t]+)?{_CREDIT_VERB}"
    rf"|{_CREDIT_VERB}[ \t]+(?P<who2>{_ANONYMOUS}|{_DEFINITE}))(?![\p{{L}}])(?P<tail>[^.!?\n\"“”]{{0,60}})",
    regex.I,
)
_BEFORE_QUOTE = regex.compile(
    rf"(?:^|(?<=[.!?\n][ \t]{{0,3}})|(?<=,[ \t]))(?:as[ \t]+)?(?P<who>{_ANONYMOUS}|{_DEFINITE})[ \t]+"
    rf"(?:\p{{Ll}}+ly[ \t]+)?"
    rf"{_CREDIT_VERB}(?P<tail>[^.!?\n:\"“”]{{0,40}}):[ \t]*\Z",
    regex.I,
)
#: what pins an anonymous speaker down: an affiliation or a relation to the story
_QUALIFIER = regex.compile(
    r"^[ \t,]*(?:(?:who|close|familiar|involved|with|within|inside|at|from|in|of|for|near|to|working|based|"
    r"speaking|briefed|knowledgeable|privy|connected)\b|on\b(?![ \t]+(?:facebook|twitter|x|instagram|tiktok|reddit"
    r"|social media|a forum|an online|the internet|the web|online)\b)|,[ \t]+(?:a|an|the)\b)",
    regex.I,
)


class AnonymousQuoteSource(Rule):
    """Finds a quotation credited to someone the reader cannot identify.

    What it finds: a direct quotation whose credit names no one: a bare
    "one" or "another" ('"Nobody saw it coming," admitted one.'), a noun of
    anonymity with nothing to pin it down ("one insider claimed", "a source
    said", "one user wrote online", "As one observer put it:"), or a
    definite speaker the story never introduced ("the source added", "the
    statement read" in an article that mentions no source and no
    statement). A source described by an affiliation or by its place in the
    story ("a source close to the talks", "a Labour source", "one trader")
    is a normal anonymous source and is left alone.

    Why it matters: a quotation is evidence only if the reader knows whose
    words they are. A credit that identifies no one is either a credit cut
    short in editing or scraping, or a quotation made up to give filler the
    look of reporting.

    Example: ``"This is only the start of it," one insider claimed.``

    Use instead: name the speaker, or describe the anonymous source by what
    makes them credible ("a member of the negotiating team"); drop the
    quotation if neither is possible.
    """

    code = "AT104"
    name = "anonymous-quote-source"
    category = "attribution"
    severity = Severity.warning
    confidence = 0.55

    def check(self, article):
        text = article.text
        lowered = text.lower()
        for span in article.quotations:
            if len(textutil.WORD.findall(_inner(span))) < 3:
                continue  # a scare-quoted word, not a quotation
            after = _AFTER_QUOTE.match(text, span.end, min(len(text), span.end + 140))
            if after:
                who = after.group("who") or after.group("who2")
                where = (after.start("who") if after.group("who") else after.start("who2"))
                if self._unidentified(who, after.group("tail"), lowered, span.start):
                    yield self._hit(article, span, who, where)
                continue
            line_start = text.rfind("\n", 0, span.start) + 1
            before = _BEFORE_QUOTE.search(text, max(line_start, span.start - 120), span.start)
            if before and self._unidentified(before.group("who"), before.group("tail"), lowered, before.start()):
                yield self._hit(article, span, before.group("who"), before.start("who"))

    @staticmethod
    def _unidentified(who: str, tail: str, lowered: str, position: int) -> bool:
        words = who.lower().split()
        if words[0] == "the":
            noun = words[-1]
            stems = _ANTECEDENTS.get(noun, ("spokes",) if noun.startswith("spokes") else (noun,))
            earlier = lowered[:position]
            return not any(stem in earlier for stem in stems)  # no "a statement", "a source" before
        return not _QUALIFIER.match(tail or "")

    def _hit(self, article, span, who: str, where: int):
        credit = " ".join(who.split())
        return self.hit(
            min(span.start, where),
            max(span.end, where + len(who)),
            f"quotation {textutil.quoted(span.text, 50)} is credited to {credit!r}, who cannot be identified: "
            f"name the speaker or say what makes them a source",
        )


# --- AT105, AT106 -------------------------------------------------------------

_CLAUSE_START = r"(?<=(?:^|[.!?;:]|\bbut|\band|\bwhile|\bthough|\byet)[ \t\"“]{0,3})"
#: claims credited to no one: an agentless passive, or an unnamed group said to
#: be of one mind (Wikipedia's "weasel words": "it is believed", "experts agree")
AGENTLESS_CLAIMS = (
    r"(?P<passive>it (?:is|was|has been|had been) (?:widely |generally |commonly |often |repeatedly |increasingly"
    r" |long )?(?:believed|claimed|alleged|rumou?red|suggested|argued|felt|whispered|said) that)"
    rf"|(?P<group>{_CLAUSE_START}(?:(?:experts|critics|observers|commentators|pundits|sceptics|skeptics|detractors)"
    r"(?: have| had| are| were)?(?: long| widely| generally| all)? (?:agree|agreed|been quick to|quick to|unanimous)"
    r"|(?:insiders|sources)(?: have| had)? (?:say|said|claim|claimed|suggest|suggested|believe|insist))"
    r"(?![\p{L}]))"
)
#: claims credited to an unnamed multitude or to reports no one published
VAGUE_CLAIMS = (
    rf"(?P<multitude>{_CLAUSE_START}(?:many|some|most|others)"
    r"(?: (?:people|observers|commentators|critics|experts|insiders))? (?:would )?(?:believe|say|feel|think|argue"
    r"|claim|agree|suspect|contend|insist)(?![\p{L}]))"
    r"|(?P<reports>according to (?:unconfirmed |some |media |press |several |recent )?reports(?=[ \t]*[,.;])"
    rf"|{_CLAUSE_START}(?:unconfirmed )?(?:reports|rumou?rs) (?:suggest|suggested|claim|claimed|say"
    r"|said|indicate|have suggested|have claimed)(?![\p{L}]))"
)


def _claim_pattern(body: str) -> WindowedPattern:
    """``body`` after a non-letter, without regard to case, tried only where one of
    its alternatives' literal prefixes may start it."""
    return WindowedPattern(regex.compile(rf"(?<![\p{{L}}])(?:{body})", regex.I | regex.M), split_alternatives(body))


AGENTLESS = _claim_pattern(AGENTLESS_CLAIMS)
VAGUE = _claim_pattern(VAGUE_CLAIMS)


def _vague_hits(rule, article, pattern, what: str):
    masked = article.unquoted_text
    for match in pattern.finditer(masked, unquoted_windows(article)):
        start, end = match.span()
        yield rule.hit(
            start,
            end,
            f"{what} {textutil.quoted(article.text[start:end])}: the claim is credited to no one the reader "
            f"can identify",
        )


class AgentlessClaim(Rule):
    """Finds a claim presented as sourced with no one behind it.

    What it finds: outside quotation marks, an agentless passive that
    reports a belief or an allegation ("it is widely believed that", "it
    has been claimed that", "it was alleged that"), an unnamed group said
    to be of one mind ("experts agree", "critics have been quick to point
    out", "observers are unanimous"), or bare "sources say" / "insiders
    claim" with no affiliation. The newsroom's own conventions ("it is
    understood", "it is thought", "critics say", "Senate sources") are not
    matched.

    Why it matters: the sentence borrows the authority of a source without
    naming one: the reader cannot tell who believes or claims it, or
    whether anyone does. Generated filler and rewrites use these forms to
    make speculation read like reporting.

    Example: ``It is widely believed that the figures were adjusted before
    the vote.``

    Use instead: name who believes, claims or alleges it ("the opposition
    alleged that ..."), or cut the claim.
    """

    code = "AT105"
    name = "agentless-claim"
    category = "attribution"
    severity = Severity.warning
    confidence = 0.45

    def check(self, article):
        yield from _vague_hits(self, article, AGENTLESS, "unsourced claim")


class VagueAttribution(Rule):
    """Finds a claim credited to an unnamed multitude or to unnamed reports.

    What it finds: outside quotation marks, a claim credited to an unnamed
    many ("many believe", "some say", "most observers feel") or to reports
    nobody is said to have published ("according to reports,", "reports
    suggest"). Severity info: reporters use these forms, sparingly; a
    finding is a prompt to check the claim, not proof of a fault.

    Why it matters: the claim has no author the reader could weigh or
    check; rewrites of other outlets' stories lean on these forms to sound
    sourced.

    Example: ``Many believe the decision was taken weeks ago, and according
    to reports, the two sides no longer speak.``

    Use instead: name who believes or reported it, or cut the claim.
    """

    code = "AT106"
    name = "vague-attribution"
    category = "attribution"
    severity = Severity.info
    confidence = 0.35

    def check(self, article):
        yield from _vague_hits(self, article, VAGUE, "vague source")
