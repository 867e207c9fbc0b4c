"""Truncation: text cut at the wrong place.

Paragraphs that start inside a word or inside a sentence, sentences
hard-wrapped over several lines in an article whose lines are paragraphs,
and paragraphs or articles that stop mid-sentence.
"""
from __future__ import annotations

from collections import Counter

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import Fix, Hit, Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.wordindex import word_index
from newslint.rules.boilerplate import furniture_lines
from newslint.rules.metadata import metadata_lines

__all__ = [
    "HardWrappedSentence",
    "ParagraphEndsMidSentence",
    "ParagraphEndsMidWord",
    "ParagraphLacksFinalStop",
    "ParagraphStartsMidSentence",
    "ParagraphStartsMidWord",
]

#: what may precede a paragraph's first word: blanks, Markdown quote/heading/emphasis, opening marks
_LEAD = regex.compile(r"[ \t>#*_]*[\"“‘«„‚(\[]*")
_LEAD_CHARACTERS = " \t>#*_\"“‘«„‚(["
_LIST_ITEM = regex.compile(
    r"[ \t]*(?:[-*•·▪‣◦–—+][ \t]|\(?\d{1,3}[.)][ \t]|\([a-zA-Z]\)[ \t]"
    r"|\((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)[ \t]"  # "(ii) develop ..."
    r"|(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)]?[ \t](?=[ \t]*\p{Lu}))"  # roman-numbered notes: "iv Smith et al."
)
#: the first character of a list item after blanks, a digit aside
_LIST_ITEM_STARTS = "-*•·▪‣◦–—+(ivx"
#: lower-case words that open page furniture rather than a sentence ("toggle caption", "photo by")
_FURNITURE_WORDS = frozenset(
    "advertisement caption comments copyright credit credits image images photo photos "
    "posted share source sources tags toggle updated via video watch".split()
)
#: a scraper's record field glued to the start of a paragraph (" date 2024-11-06 ...")
_SCRAPER_FIELD = regex.compile(
    r"[ \t\"'{]*(?:date|pub_?date|published|updated|modified|timestamp|datetime|created|author|authors|byline|url|source)"
    r"[\"']?[ \t]*[:=]?[ \t]+(?:\d{4}-\d{2}-\d{2}|\p{Lu}|https?://)"
)
_ELLIPSIS = regex.compile(r"(?:\.\.\.|…|\. \. \.)")
_LINK = regex.compile(r"(?:https?://|www\.)\S+|[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/\S*|[^\s@]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")
#: a paragraph that opens on the punctuation of a sentence whose start was lost: ", who" / "'s win"
_STRAY_PUNCTUATION = regex.compile(r"(?:[,;]|\.(?!\.)|['’]s\b)[ \t]*(?=\p{L})")
_STRAY_PUNCTUATION_STARTS = ",;.'’"
_ENTITY_END = regex.compile(r"&#?\w{1,8};\Z")
_CAPITAL_NEXT = regex.compile(r"[ '’-]\p{Lu}")
_URL_TAIL = regex.compile(r"[.@/:]{1,3}[\p{L}\p{N}]")
_NEXT_WORD = regex.compile(r"[ \t]+(?P<word>\p{L}[\p{L}\p{M}'’-]*)")
#: lower-case particles that start a name ("de Gaulle", "van Gogh", "al-Assad"), or a byline ("by Jane Doe")
_NAME_PARTICLES = frozenset(
    "al el bin ibn de del della der den di da das dos du la le van von ter ten zu d by".split()
)
#: words after which a sentence cannot end: a line or paragraph ending on one was cut
FUNCTION_TAILS = frozenset(
    """a an the of and or but nor to for with from by at into onto upon including
    than whose its their his her our my your this these those between among as via
    per if because although though whereas whether while such are is was were be
    been has have had will would could should can may might must shall very""".split()
)
#: a comma after these introduces a quotation ("She said," / "which read in part,")
_SPEECH_VERBS = frozenset("said says say wrote writes added adds stated states told asked explained noted part".split())
#: at a line end, words that cannot end a headline or a sentence (the strongest evidence)
_STRONG_TAILS = frozenset("a an the of and or but nor to for with from by at into including than whose".split())
#: determiners, possessives and quantifiers that need a noun after them: a paragraph
#: ending on one was cut ("... the price of every", "... confident for those two")
PRENOMINAL_TAILS = frozenset(
    """every several various numerous whose those these such many few some any each another
    his their its our my your very former entire main major certain""".split()
)
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve twenty hundred".split())
#: before a number word, words that leave it needing a noun ("those two", "their three")
_NUMBER_DETERMINERS = frozenset("those these their its his her our my your whose every".split())
#: English words of two or three letters; any other short lower-case token ending a
#: paragraph is the stump of a longer word ("public se" of "services")
SHORT_WORDS = frozenset(
    """ad ah am an as at aw be by do eh go ha he hi ho if in is it me my no of oh ok on or ow ox
    so to uh um up us we ye yo ace act add ado aft age ago aid ail aim air ale all and ant any ape
    apt arc are ark arm art ash ask ate awe axe aye bad bag ban bar bat bay bed bee beg bet bib bid
    big bin bit boa bog boo bow box boy bra bud bug bum bun bus but buy bye cab cad cam can cap car
    cat cob cod cog con cop cot cow coy cry cub cue cup cur cut dab dad dam day den dew did die dig
    dim din dip doc doe dog don dot dry dub dud due dug duo dye ear eat ebb eel egg ego eke elf elk
    elm emu end era err eve ewe eye fad fan far fat fax fed fee few fib fig fin fir fit fix flu fly
    foe fog for fox fry fun fur gag gal gap gas gel gem get gig gin gnu god got gum gun gut guy gym
    had hag ham has hat hay hem hen her hew hid him hip his hit hob hoe hog hop hot how hub hue hug
    hum hut ice icy ill imp ink inn ion ire irk its ivy jab jam jar jaw jay jet jig job jog jot joy
    jug jut keg key kid kin kit lab lad lag lap law lax lay led leg let lid lie lip lit lob log lot
    low lug mad man map mar mat maw may men met mid mix mob mod mom mop mow mud mug mum nab nag nap
    nay net new nib nil nip nod nor not now nun nut oaf oak oar oat odd ode off oft oil old one opt
    orb ore our out owe owl own pad pal pan par pat paw pay pea peg pen pep per pet pew pie pig pin
    pit ply pod pop pot pro pry pub pug pun pup put rag ram ran rap rat raw ray red rib rid rig rim
    rip rob rod roe rot row rub rue rug rum run rut rye sad sag sap sat saw say sea see set sew sex
    she shy sin sip sir sit six ski sky sly sob sod son sow soy spa spy sub sue sum sun sup tab tad
    tag tan tap tar tax tea tee ten the thy tic tie tin tip toe ton too top tot tow toy try tub tug
    two urn use van vat vet vex via vie vow wad wag war was wax way web wed wee wet who why wig win
    wit woe wok won woo wow wry yak yam yap yay yea yen yes yet yew you zap zip zoo
    aha bah brr duh erm hmm huh meh nah ooh ugh yep yup lol omg btw etc pls plz thx tbh imo fyi""".split()
)


def is_brand_or_code(word: str) -> bool:
    """Words legitimately written with a lower-case first letter: iPhone, eBay, mRNA."""
    return (
        word.lower() in textutil.LOWERCASE_BRANDS
        or any(c.isupper() for c in word[1:])
        or any(c.isdigit() for c in word)
    )


def body_start(text: str) -> int:
    """Offset of the first character of prose in a paragraph or line.

    Skips a speaker label, Markdown quote/heading/emphasis markers and
    opening quotation marks or brackets.
    """
    cut, rest = textutil.strip_label(text)
    if rest[:1] not in _LEAD_CHARACTERS:
        return cut  # nothing to skip: no regex call
    return cut + _LEAD.match(rest).end()


def starts_lowercase(text: str) -> bool:
    """Does this line or paragraph go on with a sentence begun before it?

    True for a lower-case first word, except brands (iPhone), links, name
    particles ("de Gaulle"), bylines ("by Jane Doe"), furniture labels
    ("toggle caption") and a parenthesis "(after extra time)".
    """
    start = body_start(text)
    match = textutil.WORD.match(text, start)
    if not match or not match.group()[0].islower() or text[start - 1 : start] in ("(", "["):
        return False
    word = match.group()
    if is_brand_or_code(word) or _URL_TAIL.match(text, match.end()) or word in _FURNITURE_WORDS:
        return False
    return not (word in _NAME_PARTICLES and _CAPITAL_NEXT.match(text, match.end()))


def last_word(text: str) -> str:
    """The last token of a passage, lower case, without punctuation ("1.3%" stays a number)."""
    tokens = text[-60:].split()
    return tokens[-1].strip(".,;:!?…\"'“”‘’»«()[]*_").lower() if tokens else ""


def line_continues(line: str, following: str) -> bool:
    """Does ``line`` run on into ``following`` (a hard wrap, not two paragraphs)?"""
    stripped = line.rstrip()
    if not stripped or not following.strip() or textutil.ends_sentence(stripped):
        return False
    if not textutil.strip_label(stripped)[1].strip():
        return False  # a bare speaker label
    if textutil.strip_label(following)[0] or _LIST_ITEM.match(following) or following.lstrip().startswith("#"):
        return False
    if _ENTITY_END.search(stripped) or stripped.endswith(";"):
        return False  # an HTML entity left at the end ("&gt;"); list items and verse end on ";"
    if starts_lowercase(following):
        return True
    tail = stripped[-1]
    if tail in "([“‘«„" and stripped[-2:-1] in ("", " ", "\t"):
        return True  # an opening bracket or quotation mark
    if tail in ",;:–—-":
        # a capital after a comma is a cut ("in 2003," / "The ..."), a salutation
        # ("Dear Sir,") or a quotation set on its own line ("She said," / "“We ...")
        return False
    return last_word(stripped) in _STRONG_TAILS


#: words that open a new sentence rather than go on with a broken one
_SENTENCE_OPENERS = frozenset("moreover however meanwhile earlier later still yet let's instead nevertheless".split())


def clause_runs_on(line: str, following: str) -> bool:
    """Does a one-clause line run on into a one-sentence line that starts with a capital?

    The break fell before a name ("a BBC World" / "Service poll believe the
    economy is worsening."): ``line`` is one sentence-case clause of six words
    or more with no final stop, ``following`` is a single short sentence
    whose first word is not one that opens sentences (the, but, however,
    he ...), and the two together make one sentence of ordinary length. A
    subhead is written in title case, or is followed by a paragraph of its
    own: a longer or several-sentence line.
    """
    stripped = line.rstrip()
    if not stripped or not following.strip() or textutil.ends_sentence(stripped) or stripped[-1] in ",;:–—-)]|":
        return False
    if textutil.strip_label(following)[0] or _LIST_ITEM.match(following) or _LIST_ITEM.match(line) or "|" in line:
        return False
    if following.lstrip().startswith("#") or len(textutil.split_sentences(stripped)) != 1:
        return False
    head = textutil.words(stripped)
    tail = textutil.words(following)
    if len(head) < 6 or not tail or len(tail) > 25 or len(head) + len(tail) > 50:
        return False
    if textutil.is_title_case([w.text for w in head]):
        return False
    if not textutil.ends_sentence(following) or len(textutil.split_sentences(following.strip())) != 1:
        return False
    first = tail[0].text
    return first[:1].isupper() and first.lower() not in textutil.STOPWORDS and first.lower() not in _SENTENCE_OPENERS


def wrap_joins(article) -> frozenset[int]:
    """1-based numbers of the lines that run on into the next line.

    Only in an article whose convention is one paragraph a line: where blank
    lines separate paragraphs, single line breaks are ordinary soft wraps.
    The headline never runs on into the lead, and no line runs on into a
    line that starts with metadata (" date 2024-11-06 ..."): the metadata
    rules report that line, and its lower-case field name is no continuation.
    Computed once per article for the six rules that ask.
    """
    return article.derived("truncation.wrap_joins", lambda: _wrap_joins(article))


def _wrap_joins(article) -> frozenset[int]:
    if article.paragraph_style != "line":
        return frozenset()
    lines = article.lines
    headline = article.headline.first_line if article.headline is not None else None
    metadata = metadata_lines(article)
    return frozenset(
        number
        for number in range(1, len(lines))
        if (line_continues(lines[number - 1], lines[number])
            or (number != headline and clause_runs_on(lines[number - 1], lines[number])))
        and number + 1 not in metadata
    )


def continued_lines(article) -> set[int]:
    """Lines that continue the line before them (the second and later lines of a wrap)."""
    return {number + 1 for number in wrap_joins(article)}


def is_list_item(text: str) -> bool:
    rest = textutil.strip_label(text)[1]
    first = rest.lstrip(" \t")[:1]
    if first.isascii() and first not in _LIST_ITEM_STARTS and not first.isdigit():
        return False  # no bullet, number or parenthesis: no regex call (the regex's \d knows more digits than str)
    return bool(_LIST_ITEM.match(rest))


def lowered_word_counts(article) -> Counter[str]:
    """How often each word of the article occurs, case-folded with ``str.lower`` (once per article)."""
    return article.derived(
        "truncation.lowered_word_counts", lambda: Counter(map(str.lower, map(textutil.span_text, article.words)))
    )


def fragment_source(article, word: str) -> str | None:
    """A longer word of the article that ``word`` is the tail of, if any."""
    lower = word.lower()
    best = None
    for span in article.words:
        candidate = span.text
        folded = candidate.lower()
        if len(folded) >= len(lower) + 2 and folded.endswith(lower) and folded[-len(lower) - 1].isalpha():
            if best is None or len(candidate) > len(best):
                best = candidate
    return best


def word_stump(article, body: str, min_zipf: float = 3.0) -> str | None:
    """The last token of a paragraph when it is the stump of a longer word.

    A lower-case token that is no English word (two letters and not one of
    the real two-letter words, three letters and neither a listed word nor
    at Zipf 4 or more, one of four letters below Zipf
    ``min_zipf``, a longer one below Zipf 2) and that
    the article does not use elsewhere, but that begins a longer word of the
    article or a common English word: "public se" (of "services").
    """
    match = regex.search(r"(?<![\p{L}\p{N}'’.@/_:-])(\p{Ll}+)$", body)
    if not match:
        return None
    token = match.group(1)
    if body[: match.start()].rstrip().endswith((".", "/", ":", "_")):
        return None  # a broken link ("www. example. com") or a note marker after a full stop
    if len(token) < 2 or is_brand_or_code(token):
        return None
    if lowered_word_counts(article)[token] > 1:
        return None  # the article uses it as a word
    frequency = textutil.zipf_frequency(token)
    if len(token) == 2:
        if token in SHORT_WORDS:
            return None
    elif len(token) == 3:
        if token in SHORT_WORDS or frequency >= 4.0:
            return None  # a word, a plural ("ads") or a common abbreviation
    elif frequency >= (min_zipf if len(token) == 4 else 2.0):
        return None
    longer = any(
        len(w) >= len(token) + 2 and w.startswith(token) for w in article.vocabulary
    ) or word_index().word_beginning_with(token)
    return token if longer else None


def word_fragment(
    article,
    paragraph,
    max_zipf: float,
    max_known_length: int = 4,
    rare_zipf: float = 2.0,
    min_tail_length: int = 2,
) -> tuple[int, int, str, str] | None:
    """(start, end, fragment, source) when a paragraph starts with the tail of a word.

    The source is a longer word of the article ending with the fragment; failing
    that, for a fragment that is no word or a very rare one, a common English
    word ending with it ("Imates" of "estimates").
    """
    start = body_start(paragraph.text)
    match = textutil.WORD.match(paragraph.text, start)
    if not match:
        return None
    word = match.group()
    if len(word) < min_tail_length or word.isupper() or any(c.isupper() for c in word[1:]) or "-" in word:
        return None
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    frequency = textutil.zipf_frequency(base)
    if word in article.name_forms or frequency >= max_zipf:
        return None  # a name or a common word: most paragraphs, told apart before a regex call
    following = _NEXT_WORD.match(paragraph.text, match.end())
    if not following or not following.group("word")[0].islower():
        return None
    if lowered_word_counts(article)[word.lower()] > 1:
        return None  # the article uses it as a word elsewhere
    source = None
    if frequency == 0 or len(base) <= max_known_length:
        source = fragment_source(article, base)
    if source is None and frequency < rare_zipf and len(base) >= 3:
        source = word_index().word_ending_with(base.lower())  # "Lauding" (2.3) stays a word
    if source is None:
        return None
    offset = paragraph.start + match.start()
    return offset, offset + len(word), word, source


class ParagraphStartsMidWord(Rule):
    """Finds a paragraph whose first word is the tail of a longer word.

    What it finds: a paragraph that opens with a rare or non-existent word
    that is the end of a longer word used elsewhere in the article ("Tic and
    Indo-Pacific security" where the article speaks of the "Euro-Atlantic"
    region) or, when it is no word at all or a very rare one, the end of a
    common English word ("Imates suggest" of "estimates"), followed by a
    lower-case word, so it is not a name.
    Why it matters: the paragraph was spliced or cut out of a longer passage
    by a scraper or an editing tool; its beginning is missing and the
    sentence no longer makes sense.
    Example: ``Ntic and Pacific allies agreed to meet again.`` after a
    paragraph about the "transatlantic" alliance.

    Use instead: restore the missing beginning from the source, or delete the
    fragment.
    """

    code = "TR101"
    name = "paragraph-starts-mid-word"
    category = "truncation"
    severity = Severity.error
    confidence = 0.75
    fix_title = "Delete the fragment's paragraph"
    fix_safety = "unsafe"  # restoring the cut beginning from the source may be the better repair
    options = {
        "max_zipf": Option(3.5, "fragments at least this common (wordfreq Zipf scale) are taken as real words"),
        "max_known_length": Option(4, "a rarer real word longer than this is taken as a word, not a fragment"),
        "rare_zipf": Option(2.0, "below this frequency a fragment may be the tail of any common word"),
        "min_tail_length": Option(2, "shortest fragment, in letters, that is reported"),
    }

    def check(self, article):
        continued = continued_lines(article)
        for paragraph in article.paragraphs:
            if paragraph.first_line in continued:
                continue  # a hard wrap: reported by TR103
            found = word_fragment(
                article,
                paragraph,
                self.settings["max_zipf"],
                self.settings["max_known_length"],
                self.settings["rare_zipf"],
                self.settings["min_tail_length"],
            )
            if not found:
                continue
            start, end, word, source = found
            unknown = textutil.zipf_frequency(word) == 0
            yield self.hit(
                start,
                end,
                f"paragraph starts with {word!r}, the tail of {source!r}: "
                f"its beginning was cut off ({textutil.shorten(paragraph.text)!r})",
                confidence=0.85 if unknown else 0.75,
                fix=Fix(*article.paragraph_removal(paragraph), ""),
            )


def labelled_field(article, paragraph) -> bool:
    """Is the paragraph a line that the boilerplate or metadata rules report ("Tags: economy, ...")?"""
    line = paragraph.first_line
    return line in furniture_lines(article) or line in metadata_lines(article)


class ParagraphStartsMidSentence(Rule):
    """Finds a paragraph that starts with a lower-case word, in mid-sentence.

    What it finds: a paragraph (or a speaker's turn, after a label such as
    ``**Interviewer:**``) whose first word is in lower case, or that opens on
    the punctuation of a lost beginning (", who won the race"). Brand names
    written that way (iPhone, eBay), numbers, links, list items and items
    after a colon, parentheses, elided quotes starting with an ellipsis,
    name particles ("de Gaulle"), bylines ("by Jane Doe"), furniture labels
    ("toggle caption") and short verse lines are left alone. In an article
    whose lines are paragraphs, a line continuing a hard wrap is TR103's.
    Why it matters: the beginning of the sentence was cut, or one paragraph
    was split in two in the middle of a sentence.
    Example: ``**Host:** which of these plans will you back?``

    Use instead: restore the missing words, or join the paragraph to the one
    it continues.
    """

    code = "TR102"
    name = "paragraph-starts-mid-sentence"
    category = "truncation"
    severity = Severity.warning
    confidence = 0.7

    def check(self, article):
        continued = continued_lines(article)
        paragraphs = article.paragraphs
        items: set[int] = set()  # lower-case paragraphs that are items of a list
        for index, paragraph in enumerate(paragraphs):
            if paragraph.first_line in continued or is_list_item(paragraph.text):
                continue
            start = body_start(paragraph.text)
            opening = paragraph.text[start: start + 1]
            if not opening.islower() and opening not in _STRAY_PUNCTUATION_STARTS:
                continue  # neither a lower-case word nor stray punctuation: nothing below can fire
            if _ELLIPSIS.match(paragraph.text, start) or paragraph.text[start - 1 : start] in ("(", "["):
                continue  # an elided quotation, a parenthesis
            stray = _STRAY_PUNCTUATION.match(paragraph.text, start)
            if stray:
                snippet = textutil.shorten(paragraph.text[start:].split("\n", 1)[0])
                yield self.hit(
                    paragraph.start + start,
                    paragraph.start + stray.end(),
                    f"paragraph starts with punctuation ({snippet!r}): the words before it were lost",
                    confidence=0.8,
                )
                continue
            match = textutil.WORD.match(paragraph.text, start)
            if not match or not match.group()[0].islower():
                continue
            word = match.group()
            if is_brand_or_code(word) or _URL_TAIL.match(paragraph.text, match.end()):
                continue
            if word in _NAME_PARTICLES and _CAPITAL_NEXT.match(paragraph.text, match.end()):
                continue  # "de Gaulle", a byline "by Jane Doe"
            if word_fragment(article, paragraph, 3.5):
                continue  # TR101 says more
            previous = paragraphs[index - 1].text if index else ""
            if previous.rstrip().endswith(":") or is_list_item(previous) or index - 1 in items:
                items.add(index)
                continue  # an item after an introduction: "They include:"
            if word in _FURNITURE_WORDS or _SCRAPER_FIELD.match(paragraph.text) or labelled_field(article, paragraph):
                continue  # page furniture or a scraper field: the boilerplate or metadata rules' business
            following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
            if not paragraph.text[match.end():].strip(" \t.!?*_:") and not starts_lowercase(following):
                continue  # a lone lower-case word is a label unless the sentence goes on after it
            if previous.rstrip().endswith((",", ";")) and len(previous.split()) <= 12 and len(paragraph.text.split()) <= 12:
                continue  # verse: short lines, one a paragraph
            end = paragraph.text.find("\n", match.start())
            end = len(paragraph.text) if end == -1 else end
            snippet = textutil.shorten(paragraph.text[match.start() : end])
            if previous and not textutil.ends_sentence(previous):
                message = f"paragraph starts in lower case ({snippet!r}): it continues the previous paragraph's sentence"
            else:
                message = f"paragraph starts in lower case ({snippet!r}): its beginning may have been cut"
            yield self.hit(paragraph.start + match.start(), paragraph.start + end, message)


class HardWrappedSentence(Rule):
    """Finds a sentence broken over several lines in a one-paragraph-a-line article.

    What it finds: in an article whose paragraphs are single lines, a line
    that stops mid-sentence (on a comma, on "the", "of", "including", or
    before a line that goes on in lower case) and the lines that continue it;
    also a one-clause line without a stop (not the headline, not in title
    case) followed by a single short sentence that starts with a capital but
    not with a word that opens sentences: a break that fell before a name,
    often in the lead ("... in a BBC World" / "Service poll believe ...").
    Articles whose paragraphs are separated by blank lines are left alone:
    there, line breaks inside a paragraph are ordinary soft wraps.
    Why it matters: every line is shown as a paragraph, so readers see one
    sentence cut into several stubs; it usually comes from copying text out
    of a PDF, a pull quote or a fixed-width layout.
    Example: ``Officials said the deal covered several ports, including`` /
    ``two on the northern coast.``

    Use instead: join the lines with a single space.
    """

    code = "TR103"
    name = "hard-wrapped-sentence"
    category = "truncation"
    severity = Severity.warning
    confidence = 0.8
    fix_title = "Join the lines with a single space"

    def check(self, article):
        joins = sorted(wrap_joins(article))
        lines = article.lines
        group: list[int] = []
        for number in joins:
            # a wrapped sentence goes on while the lines in between hold no sentence end
            if group and number == group[-1] + 1 and len(textutil.split_sentences(lines[number - 1])) <= 1:
                group.append(number)
                continue
            if group:
                yield self._report(article, group)
            group = [number]
        if group:
            yield self._report(article, group)

    def _report(self, article, group: list[int]) -> Hit:
        first, last = group[0], group[-1] + 1
        text = article.text
        line_start, _ = article.line_span(first)
        # the wrapped sentence starts after the last sentence end on its first line
        head = article.lines[first - 1]
        pieces = textutil.split_sentences(head, line_start)
        start = pieces[-1].start if pieces else line_start
        last_start, last_end = article.line_span(last)
        tail = textutil.split_sentences(article.lines[last - 1], last_start)
        end = tail[0].end if tail else last_end
        # the fix joins every break of the sentence with a single space
        fix_start = len(text[: article.line_span(first)[1]].rstrip())
        last_line = article.lines[last - 1]
        fix_end = article.line_starts[last - 1] + len(last_line) - len(last_line.lstrip())
        middle = " ".join(line.strip() for line in article.lines[first:last - 1])
        replacement = " " + (middle + " " if middle else "")
        return self.hit(
            start,
            end,
            f"sentence hard-wrapped over lines {first}-{last}: {textutil.shorten(text[start:end])!r}",
            fix=Fix(fix_start, fix_end, replacement),
        )


def unfinished_paragraphs(article, min_words: int):
    """Yield (paragraph, body, last word, next paragraph's text) for body
    paragraphs without a final stop.

    Headlines, list items, lines that run on into the next (hard wraps),
    paragraphs continued by a lower-case paragraph (a split, see TR102) and
    short lines without a strong tail word (subheads) are left out.
    """
    for paragraph, body, word, following, word_count in unfinished_with_word_counts(article):
        if word_count >= min_words or word in _STRONG_TAILS:
            yield paragraph, body, word, following


def unfinished_with_word_counts(article) -> list:
    """``unfinished_paragraphs`` whatever their length, each with the number of words of its body
    (computed once per article for the three rules that ask)."""
    return article.derived("truncation.unfinished", lambda: list(_unfinished_paragraphs(article)))


def _unfinished_paragraphs(article):
    """``unfinished_paragraphs`` whatever their length, with their number of words."""
    joins = wrap_joins(article)
    headline = article.headline
    paragraphs = article.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.last_line in joins or (headline is not None and paragraph.index == headline.index):
            continue
        label_length, rest = textutil.strip_label(paragraph.text)
        body = rest.rstrip()
        if not body or textutil.ends_sentence(body) or is_list_item(paragraph.text) or _ENTITY_END.search(body):
            continue
        if body.startswith(("**", "__", "#")) and body.endswith(("**", "__")) or body.startswith("#"):
            continue  # a Markdown heading or a bold title line
        following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
        if following and starts_lowercase(following):
            continue
        if body.endswith(")") or _LINK.fullmatch(body.rsplit(None, 1)[-1]):
            continue  # a credit "(Reuters)" or a link
        if labelled_field(article, paragraph):
            continue  # furniture or metadata: reported by those families
        # without a label, the body's words are the paragraph's, found once for the article
        word_count = len(paragraph.words) if label_length == 0 else len(textutil.words(body))
        yield paragraph, body, last_word(body), following, word_count


def cut_evidence(body: str, word: str, following: str = "") -> bool:
    """Does the paragraph end on a word or mark that cannot end a sentence?

    A comma before a quotation ("She said," then the quote) is an
    introduction, and a word in capitals ("EDITING BY") is a label.
    """
    tokens = body.split()
    if tokens and tokens[-1].strip(",").isupper():
        return False
    if len(tokens) > 1 and tokens[-2].endswith(";") and word in ("and", "or"):
        return False  # a list item: "...; and"
    if body[-1] == ",":
        return not following.lstrip().startswith(tuple(textutil.OPENING_QUOTES)) and word not in _SPEECH_VERBS
    if word in FUNCTION_TAILS or word in PRENOMINAL_TAILS:
        return True
    if word in _NUMBER_WORDS and len(tokens) > 1 and tokens[-2].lower() in _NUMBER_DETERMINERS:
        return True  # "for those two": the noun is missing
    return open_quotation(body)


def open_quotation(body: str) -> bool:
    """Does the paragraph end inside a quotation opened in its last sentence?

    A quotation that runs on into the next paragraph ends its paragraph with a
    full stop; one that stops on a bare word was cut.
    """
    spans = textutil.quotation_spans(body)
    if not spans or spans[-1].end != len(body):
        return False
    last = spans[-1].text
    if last[-1] in "\"”’»“":
        return False  # closed on the last character
    return len(textutil.words(last)) >= 4 and not textutil.split_sentences(last[1:])[:-1]


class ParagraphEndsMidSentence(Rule):
    """Finds a paragraph that stops on a word that cannot end a sentence.

    What it finds: a body paragraph that ends without terminal punctuation
    on a function word ("the", "of", "and", "including", "would"), on a word
    that needs a noun after it ("every", "several", "their", "those two"), on
    a comma (not one that introduces a quotation: "She said,"), or inside a
    quotation opened in its last sentence and never closed. Headlines,
    subheads, list items ("...; and") and labels in capitals are left alone.
    Why it matters: the text was cut, by a length limit, a scraper or a bad
    splice, and the reader never gets the end of the sentence.
    Example: ``The minister said the new rules would apply to all of the``

    Use instead: restore the end of the sentence from the source.
    """

    code = "TR104"
    name = "paragraph-ends-mid-sentence"
    category = "truncation"
    severity = Severity.warning
    confidence = 0.8
    options = {
        "min_words": Option(12, "shorter paragraphs are taken as headings unless they end on 'the', 'of', ..."),
    }

    def check(self, article):
        for paragraph, body, word, following in unfinished_paragraphs(article, self.settings["min_words"]):
            if cut_evidence(body, word, following):
                ending = textutil.shorten(body[-40:], 40)
                yield self.hit(
                    paragraph.start + len(body) - len(body[-40:]),
                    paragraph.start + len(body),
                    f"paragraph ends mid-sentence on {ending!r}: the rest was cut",
                )


class ParagraphEndsMidWord(Rule):
    """Finds a paragraph that stops in the middle of a word.

    What it finds: a body paragraph without terminal punctuation whose last
    token is a lower-case stump that is no English word (not one of the real
    two- and three-letter words, or unknown to the word list), that the
    article does not use elsewhere, and that begins a longer word of the
    article or a common English word: "... such as pensions, public se".
    Why it matters: the paragraph, or the whole text, was cut off by a length
    limit or a broken scrape; the reader loses the end of the sentence and
    sees a fragment of a word.
    Example: ``Spending on areas such as pensions and public se``

    Use instead: restore the end of the paragraph from the source.
    """

    code = "TR106"
    name = "paragraph-ends-mid-word"
    category = "truncation"
    severity = Severity.warning
    confidence = 0.8
    options = {
        "min_words": Option(8, "shortest paragraph judged, in words"),
    }

    def check(self, article):
        for paragraph, body, word, following, word_count in unfinished_with_word_counts(article):
            if word_count < self.settings["min_words"] or cut_evidence(body, word, following):
                continue
            stump = word_stump(article, body)
            if stump is None:
                continue
            ending = textutil.shorten(body[-40:], 40)
            where = "article" if paragraph.index == article.paragraphs[-1].index else "paragraph"
            yield self.hit(
                paragraph.start + len(body) - len(stump),
                paragraph.start + len(body),
                f"{where} ends inside a word ({ending!r}): {stump!r} is the start of a longer word, the rest was cut",
            )


class ParagraphLacksFinalStop(Rule):
    """Finds a long body paragraph that ends without terminal punctuation.

    What it finds: a paragraph of at least ``min_words`` words, not a
    headline or list item, whose last character is not a full stop, question
    mark, exclamation mark, ellipsis or colon (closing quotes allowed), and
    whose last word (or two of the last three) is an ordinary lower-case
    word (an ending on names, a date or a credit is a caption, a title or
    an embed). A weak signal: cut
    text, but also a plain missing full stop. Paragraphs ending on a word
    that cannot end a sentence are TR104's; a standfirst under the headline
    is left alone.
    Why it matters: the end of the sentence may have been lost when the text
    was scraped or shortened.
    Example: ``The council voted to keep the library open until next spring``

    Use instead: check the source and restore the end of the sentence, or add
    the missing full stop.
    """

    code = "TR105"
    name = "paragraph-lacks-final-stop"
    category = "truncation"
    severity = Severity.info
    confidence = 0.4
    options = {
        "min_words": Option(12, "shorter paragraphs without a final stop are taken as headings"),
    }

    def check(self, article):
        paragraphs = article.paragraphs
        headline = article.headline
        for paragraph, body, word, following in unfinished_paragraphs(article, self.settings["min_words"]):
            if cut_evidence(body, word, following) or word_stump(article, body):
                continue  # TR104 or TR106 reports it
            if headline is not None and paragraph.index == headline.index + 1 and paragraph.index < len(paragraphs) - 1:
                continue  # a standfirst under the headline often has no final stop
            ordinary = [token.isalpha() and token.islower() for token in body.split()[-3:]]
            if not ordinary[-1] and sum(ordinary) < 2:
                continue  # ends on names, a date, a credit or a title: "Getty Images", "May 2, 2016"
            ending = textutil.shorten(body[-40:], 40)
            if paragraph.index == paragraphs[-1].index:
                message = f"article ends without a final stop ({ending!r}): it may have been cut"
            else:
                message = f"paragraph ends without a final stop ({ending!r}): it may have been cut"
            yield self.hit(paragraph.start + len(body) - len(body[-40:]), paragraph.start + len(body), message)


_CUT_ELLIPSIS = regex.compile(r"(?:\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\)|(?<=\p{Ll})(?:…|\.\.\.))[ \t]*$")


class TextEndsInCutEllipsis(Rule):
    """Finds an article that ends in a word cut short by an ellipsis.

    What it finds: the last paragraph of the text ending in a feed-excerpt
    marker ("[…]", "[...]") or in a word stump with an ellipsis glued to it
    ("during a morning ro…", "we honour h..."): the stump is not a word of
    its own (a single letter other than "a" and "I", or a stump as TR106
    judges it).
    Why it matters: the scraper stored an RSS or search-result excerpt, cut
    at a length limit, instead of the article; the rest of the story is
    missing and the reader sees half a word.
    Example: ``He was found unresponsive in his cell during a morning ro…``

    Use instead: fetch the full article.
    """

    code = "TR107"
    name = "text-ends-in-cut-ellipsis"
    category = "truncation"
    severity = Severity.warning
    confidence = 0.8

    def check(self, article):
        if not article.paragraphs:
            return
        last = article.paragraphs[-1]
        body = last.text.rstrip()
        match = _CUT_ELLIPSIS.search(body)
        if not match:
            return
        marker = match.group().strip()
        start = last.start + match.start()
        if marker.startswith(("[", "(")):
            reason = f"the feed-excerpt marker {marker!r}"
        else:
            stem = body[: match.start()]
            token = regex.search(r"\p{Ll}+$", stem).group()
            if len(token) == 1:
                if token in ("a", "i"):
                    return
            elif word_stump(article, stem) is None:
                return
            start -= len(token)
            reason = f"the stump {token!r} with an ellipsis"
        yield self.hit(
            start,
            last.start + match.end(),
            f"text ends in {reason} ({textutil.shorten(body[-40:], 40)!r}): it is a cut excerpt, the rest is missing",
        )
