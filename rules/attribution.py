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
"""
from __future__ import annotations

import bisect

import regex

from newslint import Option, Rule, Severity
from newslint.engine import text as textutil

__all__ = ["DetachedQuoteCredit", "SecondHandSourcing", "UnattributedQuote"]

_SPEECH_STEMS = """add admit acknowledge admonish agree announce answer argue ask assert assure accuse blame boast
call caution chuckle cite claim comment complain concede conclude concur condemn confess confirm contend
continue counter criticise criticize cry declare demand deny describe dismiss emphasise emphasize enthuse
estimate exclaim explain express fear grumble hail highlight hope indicate inform insist intimate joke lament
laugh maintain mention mock muse note object observe opine plead pledge post praise predict proclaim promise
protest quip quote reason recall reckon recollect recount reflect remark remind reply report respond retort
reveal say scoff shout sigh smile sneer speak state stress suggest summarise summarize tell testify think
tweet underline urge vow warn welcome write believe
""".split()
_IRREGULAR = [
    *"said told spoke spoken wrote written thought felt admitted admitting quipped quipping".split(),
    "went on", "goes on", "put it", "puts it", "according to", "pointed out", "points out", "summed up",
]


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
    | set("""spokesman spokeswoman spokesperson statement statements interview interviews speech speeches
    letter letters blog message messages memo verdict conference briefing testimony email headline headlines
    slogan slogans motto caption captions sign signs banner banners poster posters quote reads read view views
    comments remarks response reply tweets titled entitled headlined named dubbed labelled labeled branded
    nicknamed""".split())
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


def names_source(text: str) -> bool:
    """Does the passage hold a speech verb or a statement noun?"""
    return any(w.lower() in SPEECH_WORDS for w in textutil.WORD.findall(text)) or bool(SPEECH_PHRASES.search(text))


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
    """(paragraph, quotation spans, continues the previous paragraph's quotation) per paragraph."""
    result = []
    previous_open = False
    for paragraph in article.paragraphs:
        spans = textutil.quotation_spans(paragraph.text, paragraph.start)
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
    found = textutil.words(inner)
    if len(found) < min_words or not inner[:1].isupper():
        return False
    long_words = [w.text for w in found if len(w.text) > 3]
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
    ("the report ..."). A paragraph that continues a quotation left open at
    the end of the previous paragraph is part of that quotation; an article
    made mostly of stand-alone quotations (a collection of quotes, readers'
    comments) is left alone.

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
        self.credits = {index for index, _, _ in detached_credits(article, entries)}
        self._speakers: frozenset[str] | None = None

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
        (the whole previous paragraph when it quotes too), or a colon, label or credit."""
        article, masked = self.article, self.masked
        paragraph = self.entries[index][0]
        first, last = self._sentence_range(paragraph)
        low, high = max(0, first - 1), min(len(self.sentences) - 1, last + 1)
        if index > 0 and self.entries[index - 1][1]:
            low = min(low, self._sentence_range(self.entries[index - 1][0])[0])
        context = " ".join(masked[s.start:s.end] for s in self.sentences[low:high + 1])
        if names_source(context) or PERSON.search(context):
            return True
        if self.speakers and any(w in self.speakers for w in textutil.WORD.findall(context)):
            return True  # someone the article quotes elsewhere
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


def detached_credits(article, entries=None):
    """Bare name lines crediting the quotation just before them.

    Yields (index of the quotation's paragraph, start, end of the name line):
    either a paragraph of its own after a paragraph that ends with a
    quotation, or the last line of a paragraph whose earlier lines do.
    """
    entries = entries if entries is not None else quotations(article)
    for index, (paragraph, spans, _) in enumerate(entries):
        if "\n" in paragraph.text:
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
        match = CREDIT_LINE.match(paragraph.text)
        if not match or not _ends_with_quote(article, before.end, before_spans):
            continue
        if _known_person(article, match.group("name"), paragraph.start, paragraph.end):
            yield index - 1, paragraph.start, paragraph.end


#: capitalised words that open furniture lines, never a name
_NOT_FIRST_NAMES = frozenset(
    "about related read share follow contact photo image source advertisement via by from".split()
)


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
    for span in article.names:
        if span.text == surname and not start <= span.start < end:
            return True
    return False


class DetachedQuoteCredit(Rule):
    """Finds a line holding only a person's name right after a quotation.

    What it finds: a paragraph (or line) that is nothing but a name of two
    to four capitalised words, optionally after a dash and followed by a
    role ("Jane Doe, Mayor of Leeds"), with no verb and no final stop,
    directly after a paragraph that is or ends with a quotation; the name
    must be someone the article mentions elsewhere.

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
        entries = quotations(article)
        for _, start, end in detached_credits(article, entries):
            yield self.hit(
                start,
                end,
                f"bare name line {textutil.quoted(article.text[start:end])} after a quotation: a pull-quote "
                f"credit detached from the sentence",
            )


# --- AT103 -------------------------------------------------------------------

#: outlets: agencies and papers by name, web outlets by domain, and generic outlet nouns
_KNOWN_OUTLETS = (
    r"Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|Politico|Axios|CNN|BBC|NBC|CBS|ABC News|Fox News"
    r"|Sky News|Al Jazeera|Interfax(?:-Ukraine)?|TASS|RIA Novosti|Ukrinform|UNIAN|Ukrainska Pravda|Kyiv Independent"
    r"|Euronews|Deutsche Welle|DW|Der Spiegel|Spiegel|Bild|Le Monde|Le Figaro|El País|Xinhua|Kyodo|Yonhap"
    r"|Dow Jones|Breitbart|BuzzFeed(?: News)?|HuffPost|Huffington Post|Daily Mail|Mail Online|Newsweek|Forbes"
    r"|Business Insider|Insider|Vox|Vice|The Hill|TMZ|Variety|Deadline|Meduza|Kommersant|Izvestia|RBC"
)
_OUTLET_SUFFIX = (
    r"Times|Post|Journal|Telegraph|Guardian|Herald|Gazette|Tribune|News|Insider|Independent|Express|Mirror"
    r"|Chronicle|Observer|Standard|Examiner|Pravda|Today|Daily|Weekly|Agency|Monitor|Inquirer|Sun"
)
OUTLET = (
    rf"(?:(?:the )?(?:{_KNOWN_OUTLETS})"
    r"|\p{Lu}[\p{L}\p{N}-]{0,40}\.(?:NET|net|com|ua|ru|org|info|media|news|de|fr|pl|by|kz)"
    rf"|(?:the )?(?:\p{{Lu}}[\p{{L}}'’-]{{1,30}} ){{1,3}}(?:{_OUTLET_SUFFIX})"
    r"|(?:the |several |local |foreign |western |russian |ukrainian |state |state-run |other |some )?"
    r"(?:media outlets|media|news agency|newspaper|outlet|news site|publication|tabloid|broadsheet)"
    r")"
)
SECOND_HAND = regex.compile(
    rf"(?:,[ \t]+(?P<o1>{OUTLET})[ \t]+(?:reports|reported|writes|wrote|informs|informed)[ \t]*(?=[.!,;]|$)"
    rf"|,[ \t]+(?:reports|reported|writes|wrote|informs|informed)[ \t]+(?P<o2>{OUTLET})[ \t]*(?=[.!]|$)"
    rf"|(?<![\p{{L}}])(?:according to|citing|cited) (?P<o4>(?:media|press|news|newspaper) reports)"
    rf"|(?<![\p{{L}}])(?:as reported by|reported by|citing|cited by|quoted by|according to)[ \t]+(?P<o3>{OUTLET})"
    rf"(?![\p{{L}}]|[ \t]+of[ \t]))",  # "the New England Journal of Medicine" is a primary source
    regex.V1 | regex.M,
)


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
        for match in SECOND_HAND.finditer(masked, timeout=5.0):
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
