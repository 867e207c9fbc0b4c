"""Interview rules (IV): question-and-answer exchanges nobody conducted.

A machine-written "interview" reads like a broadcast transcript: speaker
labels alternating over several turns, stock courtesy formulas at its
opening and close, and nothing around it to say who asked, where or when.
A real interview names its venue, its date or its interviewer ("told the
BBC on Tuesday", "in an interview with ..."); a real explainer's "answers"
speak about a subject, not in the first person of a guest.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newslint import Fix, Option, Rule, Severity
from newslint.engine import text as textutil

# --- speaker turns ---------------------------------------------------------

#: generic labels of the one who asks
ASKER_LABELS = frozenset(
    """q question interviewer host moderator presenter anchor reporter journalist
    int""".split()
)
#: generic labels of the one who answers
ANSWER_LABELS = frozenset({"a", "answer"})
#: labels that are fields of a page, never speakers
FIELD_LABELS = frozenset(
    """source sources headline title subtitle photo photos picture image credit credits
    caption video watch read related more see also note editor's note update updated
    correction tags tag email e-mail tel tel. telephone phone mobile fax office web
    website twitter facebook linkedin instagram youtube skype contact contacts
    address date time place price location when where who what why how age
    disclosure disclaimer funding reference references citation abstract results
    conclusion conclusions background methods authors author objective design
    warning summary advertisement sponsored category categories keywords""".split()
)

_INLINE_ANSWER = regex.compile(r"(?<=[?.!\"”])[ \t]*(?P<label>A|Answer):[ \t]+")
_BOLD_LINE = regex.compile(r"^[ \t]*(?:\*\*[^*\n]{3,200}\*\*|__[^_\n]{3,200}__)[ \t]*$")
_QUESTION = regex.compile(r"\?")
_FIRST_PERSON = regex.compile(r"(?i)\b(?:i|i'm|i’m|i've|i’ve|me|my|we|we're|we’re|our|us)\b")

#: broadcast courtesy formulas that open or close an exchange
COURTESY = regex.compile(
    r"(?i)\b(?:thanks?(?: you)?(?: so much| very much)?,?(?: [^,.!?\n]{1,40},)? for "
    r"(?:joining us|having me|having us|being (?:here|with us|on the show|our guest)"
    r"|(?:sharing )?your (?:time|insights?|thoughts|perspective)|the opportunity|taking the time"
    r"|coming (?:in|on)|(?:speaking|talking) (?:with|to) us)"
    r"|(?:it'?s|it’s|it is) (?:a|my) pleasure(?: to be here)?"
    r"|(?:great|good|nice) to be (?:here|with you)"
    r"|welcome (?:to the (?:show|programme|program)|back)\b)"
)

#: things around a block that say who asked, where or when
ATTRIBUTION = regex.compile(
    r"\b(?i:told|tells|telling|interviewed by|asked by|"
    r"in an? (?:[\w-]+ ){0,2}(?:interview|conversation|chat|podcast|Q&A)|"
    r"(?:spoke|speaks|speaking|spoken|talked|talks|talking|sat down|sits down|chatted) (?:to|with)|"
    r"(?:conducted|recorded|broadcast|aired|published|filmed) (?:by|on|in|for)|"
    r"edited (?:for|and condensed)|condensed (?:for|and edited)|transcript|"
    r"(?:radio|television|TV|newspaper|magazine|podcast|programme|program|channel|"
    r"broadcaster|news agency|website)\b)"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b(?:BBC|CNN|NPR|PBS|CBS|NBC|ABC|MSNBC|Fox News|Sky News|Reuters|AP|AFP|Bloomberg|"
    r"Al Jazeera|Politico|Guardian|Times|Post|Journal|Telegraph|Spiegel|Le Monde|"
    r"Der Standard|Bild|Tagesschau|ZDF|ARD|Deutsche Welle|DW|Euronews|France 24|RFI|"
    r"Ukrainska Pravda|Kyiv Independent|Interfax|TASS|RIA|Axios|Vox|Newsweek|Forbes|"
    r"Economist|Financial Times|FT|Wall Street Journal|Associated Press)\b"
)

#: a cue that names the exchange itself, wherever it is in the lines around the block
INTERVIEW_CUE = regex.compile(
    r"(?i)\b(?:interview(?:s|ed)?|Q ?& ?A|transcript|in conversation|podcast|"
    r"questions? (?:from|sent|submitted|received|(?:I|we) (?:received|got))|"
    r"(?:readers|viewers|listeners|your)['’]? questions|"
    r"edited (?:for|and condensed)|condensed (?:for|and edited)|excerpts?)\b"
)

#: a title that announces an exchange with a person: "Q&A with Jane Roe", "In conversation with ..."
_WITH_GUEST = regex.compile(r"(?i:\b(?:Q ?& ?A|interview|conversation|questions for))[ \t]+(?i:with[ \t]+)?\p{Lu}")

#: a line of page furniture that closes an article: an update stamp, a lone link word
_FURNITURE = regex.compile(
    r"(?i)^[ \t]*(?:(?:this (?:article|story|page|report) (?:was|has been) )?(?:last )?"
    r"(?:updated|published|posted|modified)\b[^\n]{0,80}"
    r"|[\p{L}&'’-]+(?: [\p{L}&'’-]+)?)[ \t]*$"
)


@dataclass
class Turn:
    label: str
    line: int  # 0-based index into article.lines
    start: int  # offset of the label
    end: int  # end of the turn's text on its line
    text: str
    continuation: list[int] = field(default_factory=list)


def _label_kind(label: str) -> str:
    """'asker', 'answer', 'field' or 'name' for a speaker label."""
    low = label.strip().lower()
    tokens = regex.findall(r"[\p{L}'’]+", low)
    if low in ASKER_LABELS or (tokens and len(tokens) <= 2 and tokens[-1] in ASKER_LABELS):
        return "asker"
    if low in ANSWER_LABELS:
        return "answer"
    if low in FIELD_LABELS or low.split()[-1] in FIELD_LABELS:
        return "field"
    return "name"


def _turns_on_line(article, index: int) -> list[Turn]:
    line = article.lines[index]
    match = textutil.SPEAKER_LABEL.match(line)
    if not match:
        return []
    base = article.line_starts[index]
    label = match.group("name").strip()
    if _label_kind(label) == "field":
        return []
    rest = line[match.end():]
    turns = [Turn(label, index, base + match.start(), base + len(line.rstrip()), rest)]
    if label.lower() in ("q", "question"):
        inline = _INLINE_ANSWER.search(rest)
        if inline:  # "Q: What is it?A: It is ..." on one line
            split = match.end() + inline.start()
            turns[0] = Turn(label, index, base + match.start(), base + split, rest[: inline.start()])
            turns.append(Turn(inline.group("label"), index, base + split, base + len(line.rstrip()),
                              rest[inline.end():]))
    return turns


def _is_closing(turn: Turn) -> bool:
    """Does this turn close the exchange (a courtesy formula and no question)?"""
    return bool(COURTESY.search(turn.text)) and "?" not in turn.text and len(turn.text.split()) <= 25


def speaker_blocks(article, max_gap: int = 6) -> list[list[Turn]]:
    """Runs of labelled turns; unlabelled lines between them continue a turn.

    A run ends at more than ``max_gap`` unlabelled lines, or at an
    unlabelled line after a turn that closed the exchange with a courtesy
    formula (what follows is no longer the same conversation).
    """
    blocks: list[list[Turn]] = []
    current: list[Turn] = []
    gap = 0
    for index, line in enumerate(article.lines):
        if not line.strip():
            continue
        turns = _turns_on_line(article, index)
        if turns:
            current.extend(turns)
            gap = 0
            continue
        if not current:
            continue
        gap += 1
        if gap > max_gap or _is_closing(current[-1]):
            blocks.append(current)
            current, gap = [], 0
        else:
            current[-1].continuation.append(index)
    if current:
        blocks.append(current)
    return blocks


@dataclass
class Exchange:
    turns: list[Turn]
    asker: str
    speakers: list[str]
    questions: int
    courtesy: int


def as_exchange(turns: list[Turn], min_turns: int) -> Exchange | None:
    """The block as an interview-shaped exchange, or None when it is not one."""
    if len(turns) < min_turns:
        return None
    labels = [t.label for t in turns]
    speakers = sorted(set(labels), key=labels.index)
    if len(speakers) < 2:
        return None
    changes = sum(1 for a, b in zip(labels, labels[1:]) if a != b)
    if changes < 0.6 * (len(labels) - 1):
        return None
    asked: dict[str, int] = {}
    for turn in turns:
        if _QUESTION.search(turn.text):
            asked[turn.label] = asked.get(turn.label, 0) + 1
    if not asked:
        return None
    asker = max(asked, key=lambda s: (asked[s], _label_kind(s) == "asker"))
    answers = [t for t in turns if t.label != asker]
    courtesy = sum(1 for t in turns if COURTESY.search(t.text))
    if len(answers) < 2:
        return None
    if asked[asker] < 2 and not (_label_kind(asker) == "asker" and courtesy >= 2):
        return None  # one question is enough for a host who also welcomes and thanks the guest
    if sum(len(t.text.split()) for t in turns) < 6 * len(turns):
        return None  # labels of a form or a list, not a conversation
    return Exchange(turns, asker, speakers, asked[asker], courtesy)


# --- IV101 -------------------------------------------------------------------


class UnattributedInterview(Rule):
    """Finds a question-and-answer exchange that nobody is said to have conducted.

    What it finds: a block of speaker-labelled turns (``**Name:**``, ``Q:``/``A:``,
    ``Q.``/``A.``, ``Interviewer:``, ``Journalist:``, ``Name:``, ``NAME:``)
    alternating over several turns, with questions from one side (one is
    enough for a host who also welcomes and thanks the guest), where
    neither the block's title line, its first question, the last sentences
    before it nor the first one after it name a venue, a date, an outlet
    or an interviewer ("told", "in an interview with", "spoke to", a
    weekday, a date), and no line just before it mentions an interview,
    a transcript or readers' questions. A weekday in the closing
    paragraph of the story above the block does not count: news prose is
    full of them.

    Why it matters: an interview is a claim that a conversation took place.
    Without a who, where and when it cannot be checked, and blocks of this
    shape are what text generators append to a story: often after the
    article's end, opened and closed by broadcast courtesy formulas ("Thank
    you for joining us", "Thank you for having me") and restating the
    article's own facts in the guest's mouth.

    Example::

        Interview with the Minister on the Budget
        Interviewer: Thank you for joining us, Minister. Why cut now?
        Minister: Thank you for having me. The figures left us no choice.
        Interviewer: Will taxes rise?
        Minister: We have ruled that out.

    Use instead: name who conducted the interview, for which outlet and when
    ("told Radio 4's Today programme on Tuesday"), or delete the block.
    A Q&A explainer whose answers are not a guest's words is left alone.
    """

    code = "IV101"
    name = "unattributed-interview"
    category = "interview"
    severity = Severity.error
    confidence = 0.75
    options = {
        "min_turns": Option(4, "fewest labelled turns that make an exchange"),
        "context_lines": Option(2, "prose lines before the block searched for a mention of an interview"),
        "context_sentences": Option(2, "sentences just before the block searched for any attribution cue"),
    }

    def check(self, article):
        for turns in speaker_blocks(article):
            exchange = as_exchange(turns, self.settings["min_turns"])
            if exchange is None:
                continue
            yield from self._judge(article, exchange)

    def _judge(self, article, exchange: Exchange):
        turns = exchange.turns
        first = turns[0].line
        title = _title_line(article, first)
        context, appended = _context_before(article, title if title is not None else first,
                                            self.settings["context_lines"])
        # a cue of any kind counts next to the block: in its title, its first
        # question, the last sentences before it and the first one after it;
        # only a cue that names an interview counts further away, since the
        # closing paragraphs of a news story always hold a weekday or a "told"
        near: list[str] = []
        far = [article.lines[i] for i in context]
        sentence_limit = self.settings["context_sentences"]
        before = [s for i in context for s in reversed(textutil.split_sentences(article.lines[i]))]
        near.extend(s.text for s in before[:sentence_limit])
        if title is not None:
            near.append(article.lines[title])
        after = _line_after(article, turns[-1])
        if after is not None:
            following = textutil.split_sentences(article.lines[after])
            near.extend(s.text for s in following[:1])
            far.append(article.lines[after])
        opening = next((t for t in turns if t.label == exchange.asker), None)
        if opening is not None:  # "Welcome to Radio 4's Today programme"
            near.append(opening.text)
        if any(ATTRIBUTION.search(piece) for piece in near) or any(
            INTERVIEW_CUE.search(piece) for piece in far
        ):
            return
        if _label_kind(exchange.asker) == "name":
            return  # the interviewer is named
        answer_turns = [t for t in turns if t.label != exchange.asker]
        answer_kinds = {_label_kind(t.label) for t in answer_turns}
        first_person = sum(1 for t in answer_turns if _FIRST_PERSON.search(t.text))
        with_guest = title is not None and _WITH_GUEST.search(article.lines[title])
        if answer_kinds == {"answer"} and first_person * 2 < len(answer_turns) and not exchange.courtesy \
                and not with_guest:
            return  # a Q&A explainer, not a guest's words
        confidence = 0.7
        notes = []
        if exchange.courtesy:
            confidence += 0.1
            notes.append("broadcast courtesy formulas")
        if appended:
            confidence += 0.05
            notes.append("appended after the article's end")
        if article.format in ("text", "jsonl") and any(
            article.lines[t.line].lstrip().startswith(("**", "__")) for t in turns
        ):
            confidence += 0.05
            notes.append("markdown labels in plain text")
        start_line = title if title is not None else first
        start = article.line_starts[start_line] + _indent(article.lines[start_line])
        end = turns[-1].end
        guest = next((s for s in exchange.speakers if s != exchange.asker), exchange.speakers[-1])
        message = (
            f"interview with {textutil.quoted(guest)} ({len(turns)} turns, {exchange.questions} questions) "
            f"names no venue, date or interviewer"
        )
        if notes:
            message += "; " + ", ".join(notes)
        yield self.hit(start, end, message, confidence=min(confidence, 0.95))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _previous_nonblank(article, index: int) -> int | None:
    index -= 1
    while index >= 0 and not article.lines[index].strip():
        index -= 1
    return index if index >= 0 else None


def _title_line(article, first: int) -> int | None:
    """The line just before the block when it is shaped like the block's title."""
    index = _previous_nonblank(article, first)
    if index is None:
        return None
    line = article.lines[index]
    if textutil.SPEAKER_LABEL.match(line):
        return None
    if _BOLD_LINE.match(line):
        return index
    words = textutil.words(line)
    if 3 <= len(words) <= 20 and not textutil.ends_sentence(line) and not _FURNITURE.match(line):
        return index
    if regex.search(r"(?i)\b(?:interview|Q&A|in conversation|transcript)\b", line) and len(words) <= 25:
        return index
    return None


def _context_before(article, index: int, limit: int) -> tuple[list[int], bool]:
    """Prose lines just before the block (or its title), and whether furniture closes them.

    Collecting stops at furniture (an update stamp, a lone link word): what
    comes before it is the article proper, and a block after it was
    appended after the article's end.
    """
    found: list[int] = []
    previous = _previous_nonblank(article, index)
    while previous is not None and len(found) < limit:
        line = article.lines[previous]
        if textutil.SPEAKER_LABEL.match(line):
            break
        if _FURNITURE.match(line):
            return found, not found
        found.append(previous)
        previous = _previous_nonblank(article, previous)
    return found, False


def _line_after(article, turn: Turn) -> int | None:
    index = max([turn.line, *turn.continuation]) + 1
    while index < len(article.lines) and not article.lines[index].strip():
        index += 1
    return index if index < len(article.lines) else None


# --- IV102 -------------------------------------------------------------------

_BOLD_LABEL = regex.compile(
    r"^[ \t]*(?:\*\*(?P<name>[^*\n:]{1,60}):\*\*|\*\*(?P<name>[^*\n:]{1,60})\*\*:"
    r"|__(?P<name>[^_\n:]{1,60}):__)"
)


class MarkdownSpeakerLabel(Rule):
    """Finds markdown bold speaker labels (``**Name:**``) in a plain-text article.

    What it finds: lines of a plain-text article (not a Markdown file) that
    open with a label wrapped in ``**`` or ``__``, such as ``**Interviewer:**``;
    one finding per run of such lines, with a bold title line just before
    the run included.

    Why it matters: plain text does not render markdown, so readers see the
    asterisks. Labels in this form are what chat-style text generators
    write, so they also hint that the exchange was generated.

    Example::

        **Interviewer:** What happens next?
        **Minister:** We wait for the vote.

    Use instead: plain labels (``Interviewer:``), or no labels at all.
    """

    code = "IV102"
    name = "markdown-speaker-label"
    category = "interview"
    severity = Severity.warning
    confidence = 0.85
    fix_title = "Remove the markdown emphasis around the labels"
    options = {"max_gap": Option(2, "unlabelled lines allowed inside one run")}

    def check(self, article):
        if article.format not in ("text", "jsonl"):
            return
        runs: list[list[int]] = []
        gap = 0
        for index, line in enumerate(article.lines):
            if not line.strip():
                continue
            if _BOLD_LABEL.match(line):
                if runs and gap <= self.settings["max_gap"] and runs[-1]:
                    runs[-1].append(index)
                else:
                    runs.append([index])
                gap = 0
            elif runs:
                gap += 1
        for run in runs:
            first, last = run[0], run[-1]
            title = _previous_nonblank(article, first)
            if title is not None and _BOLD_LINE.match(article.lines[title]):
                first = title
            start = article.line_starts[first] + _indent(article.lines[first])
            end = article.line_starts[last] + len(article.lines[last].rstrip())
            original = article.text[start:end]
            cleaned = "\n".join(_unbold(line) for line in original.split("\n"))
            label = _BOLD_LABEL.match(article.lines[run[0]]).group().strip()
            yield self.hit(
                start,
                end,
                f"markdown bold speaker label {textutil.quoted(label)} in a plain-text article "
                f"({len(run)} labelled lines)",
                fix=Fix(start, end, cleaned),
            )


def _unbold(line: str) -> str:
    """The line with the emphasis around its label (or around the whole line) removed."""
    match = _BOLD_LABEL.match(line)
    if match:
        return match.group().replace("**", "").replace("__", "") + line[match.end():]
    if _BOLD_LINE.match(line):
        indent = _indent(line)
        return line[:indent] + line.strip()[2:-2]
    return line


# --- IV103 -------------------------------------------------------------------


class BroadcastCourtesy(Rule):
    """Finds a broadcast courtesy formula opening a paragraph or a speaker turn.

    What it finds: "Thank you for joining us", "Thank you for having me",
    "Thank you for your insights ...", "It's a pleasure to be here" at the
    start of a paragraph or of a labelled turn, outside quotation marks.

    Why it matters: these are the host's and guest's lines of a broadcast,
    not of a written article; in a written piece they usually come from a
    generated or copied transcript whose source is not given. A weak signal
    on its own: a real, attributed transcript has them too. Lines of a
    whole question-and-answer exchange are left to IV101, which weighs
    the formulas as evidence.

    Example: ``Interviewer: Thank you for joining us today.``
    """

    code = "IV103"
    name = "broadcast-courtesy-formula"
    category = "interview"
    severity = Severity.info
    confidence = 0.5

    def check(self, article):
        inside = set()  # lines of exchanges that IV101 judges as a whole
        for turns in speaker_blocks(article):
            if as_exchange(turns, 4):
                inside.update(t.line for t in turns)
        for index, line in enumerate(article.lines):
            if not line.strip() or index in inside:
                continue
            cut, rest = textutil.strip_label(line)
            body = rest.lstrip()
            if body[:1] in textutil.OPENING_QUOTES:
                continue
            match = COURTESY.match(body)
            if not match:
                continue
            start = article.line_starts[index] + cut + (len(rest) - len(body))
            sentence = regex.match(r"[^.!?\n]*[.!?]?", body).group()
            yield self.hit(start, start + len(sentence),
                           f"broadcast courtesy formula {textutil.quoted(sentence)}")
