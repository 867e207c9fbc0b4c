"""Interview rules (IV): question-and-answer exchanges nobody conducted.

A machine-written "interview" reads like a broadcast transcript: speaker
labels alternating over several turns, stock courtesy formulas at its
opening and close, and nothing around it to say who asked, where or when.
A real interview names its venue, its date or its interviewer ("told the
BBC on Tuesday", "in an interview with ..."); a real explainer's "answers"
speak about a subject, not in the first person of a guest.

A turn opens with a label of one of several shapes: a name or a role
(``Interviewer:``, ``HOST:``, ``**Jane Roe:**``), a question or answer
letter in English or another language (``Q:``/``A:``, ``P.``/``R.``,
``D:``/``R:``), the name of the outlet that asks (``DW:``), a transcript
time stamp before any of these (``[00:02:14] HOST:``), a dialogue dash
(``— What happened?``), or a question set in bold with the answer below
it. A run of question paragraphs alternating with answer paragraphs, with
no labels at all, is judged by IV104.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import Fix, Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.data import load_lines, load_word_list

# --- speaker turns ---------------------------------------------------------

#: generic labels of the one who asks
ASKER_LABELS = load_word_list("newslint.rules", "interview_asker_labels.txt")
#: generic labels of the one who answers
ANSWER_LABELS = frozenset("a answer respuesta resposta risposta réponse reponse antwort antwoord odpowiedź".split())
#: one-letter labels of a question in other languages: Spanish and Portuguese P(regunta),
#: Italian D(omanda), German F(rage), Russian and Ukrainian В(опрос / питання)
LETTER_ASKERS = frozenset("q p d f в п".split())
#: one-letter labels of an answer: A, R(espuesta / risposta / resposta / réponse), О(твет), В(ідповідь) aside
LETTER_ANSWERS = frozenset("a r о".split())
#: labels that are fields of a page, never speakers
FIELD_LABELS = load_word_list("newslint.rules", "interview_field_labels.txt")
#: synthetic labels of turns that carry no label of their own (a dash, a bold question)
QUESTION_TURN = "(question)"
ANSWER_TURN = "(answer)"

#: news outlets that label the questions of their own interviews ("SPIEGEL:", "DW:")
OUTLETS = "|".join(load_lines("newslint.rules", "interview_outlets.txt"))
_OUTLET_LABEL = regex.compile(r"(?i:(?:the )?(?:" + OUTLETS + r"))|\p{Lu}(?:[^\P{Lu}AEIOUY]){1,4}")

#: labels SPEAKER_LABEL does not take: a question or answer letter with a full stop, a bracket or a dash
#: ("P. ...", "R. ...", "Q) ...", "A – ..."), French spacing before the colon ("Q : ...", "HOST : ..."),
#: a time stamp after the name ("HOST (00:01): ..."), a numbered question ("Question 2: ..."),
#: a role with a dash ("Interviewer — ...")
_LETTER_LABEL = regex.compile(
    r"^[ \t]*(?:\*\*)?(?:"
    r"(?P<name>[QAPRDFВОП])(?:[.:)]|[ \t]+[—–-]|[ \t]:)(?:\*\*)?(?=[ \t]+[\p{Lu}\"“‘'(¿¡])"
    r"|(?P<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})[ \t]:(?=[ \t])"
    r"|(?P<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})[ \t]*[\[(]\d{1,2}(?::\d{2}){1,2}[\])]:(?=[ \t])"
    r"|(?P<name>Q|Question)[ \t]*\d{1,2}[.:)](?=[ \t])"
    r"|(?P<name>(?i:question|answer|interviewer|host|presenter|reporter|journalist|moderator|anchor))"
    r"[ \t]+[—–-](?=[ \t])"
    r")[ \t]*"
)
#: a dialogue dash that opens a turn (the Russian, Ukrainian, French and Spanish way of printing an interview)
_DASH_TURN = regex.compile(r"^[ \t]*(?:[—–―-]|--)[ \t]*(?=[\p{L}\p{N}\"“‘'(¿¡])")
#: a label met again inside the line of a question: "Q: Will it? A: No. Q: Why? A: ..."
_INLINE_LABEL = regex.compile(r"(?<=[?.!\"”…])[ \t]*(?P<label>Q|A|Question|Answer|P|R|D|F):[ \t]+")
_INLINE_OPENERS = frozenset("q question p d f".split())
_BOLD_LINE = regex.compile(r"^[ \t]*(?:\*\*[^*\n]{3,200}\*\*|__[^_\n]{3,200}__)[ \t]*$")
#: a line set wholly in bold or italics: a title, or a question with its answer below
_EMPHASIS_LINE = regex.compile(r"^[ \t]*(?:(?P<mark>\*\*|__|\*|_)(?P<inner>[^*_\n]{3,300})(?P=mark))[ \t]*$")
#: the patterns that may open a turn (``_turns_on_line``) in one: a line it does not
#: match opens none, and costs one call instead of four
_OPENERS = (textutil.SPEAKER_LABEL, _LETTER_LABEL, _EMPHASIS_LINE, _DASH_TURN)
_OPENER = regex.compile("|".join(f"(?:{p.pattern})" for p in _OPENERS))
assert all(p.flags == _OPENER.flags for p in _OPENERS)
#: ``_OPENER`` at every line start of a text in one scan: each of its alternatives
#: starts at ``^`` and none can match a line break, so it finds the lines that
#: ``_OPENER.match`` finds one line at a time
_OPENER_AT_LINES = regex.compile(_OPENER.pattern, _OPENER.flags | regex.MULTILINE)
_QUESTION = regex.compile(r"\?")
#: a host's prompt that asks without a question mark: "So take us back to ...", "Tell us about ..."
_PROMPT = regex.compile(
    r"(?i)^(?:(?:so|and|now|well|okay|ok|first|finally)[,]?[ \t]+)?(?:please[ \t]+)?"
    r"(?:(?:take|tell|talk|walk|give|remind|bring)[ \t]+(?:us|me)|describe|explain|paint us|"
    r"help (?:us|me) understand)\b"
)
_FIRST_PERSON = regex.compile(r"(?i)\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|we|we're|we’re|we've|we’ve|our|us)\b")
#: questions put to the guest about themselves, not the reader's generic "you"
_PERSONAL_YOU = regex.compile(
    r"(?i)\b(?:(?:did|were|have|had) you|you(?:'ve|’ve| have) (?:been|had|said|made|worked|done|spent|always)"
    r"|do you (?:think|feel|believe|expect|regret|miss|remember|hope|intend|plan)"
    r"|(?:would|will) you (?:say|do|change|describe|like)"
    r"|your (?:own|first|biggest|greatest|hardest|reaction|career|team|family|message|life|decision|"
    r"view|position|plans?|experience|colleagues|critics|supporters|work|job|role|time at|party|government))\b"
)
#: how a spoken answer opens: a short reply before its reasons ("Not really.", "Of course.", "Frankly, ...")
_ELLIPTICAL_OPENING = regex.compile(
    r"(?i)^[\"“]?(?:yes|yeah|no|not|never|of course|absolutely|sure|certainly|definitely|well|honestly|"
    r"frankly|to be honest|perhaps|maybe|probably|exactly|indeed|oh|look|listen|because|none|nothing|"
    r"cautiously|partly|hardly|always|both)\b"
)

#: broadcast courtesy formulas that open or close an exchange
COURTESY = regex.compile(
    r"(?i)\b(?:thanks?(?: you)?(?: so much| very much)?,?(?: [^,.!?\n]{1,40},)? for "
    r"(?:joining us|having me|having us|being (?:here|with us|on the show|our guest)"
    r"|(?:sharing )?your (?:time|insights?|thoughts|perspective)|the opportunity|taking the time"
    r"|coming (?:in|on)|(?:speaking|talking) (?:with|to) us)"
    r"|(?:it'?s|it’s|it is|it was) (?:a|my) pleasure(?: to be here)?|^my pleasure\b"
    r"|(?:great|good|nice) to be (?:here|with you)|(?:we'll|we’ll|we will) have to leave it there"
    r"|that'?s all we have time for|joining (?:me|us) (?:now|today|tonight|in the studio)"
    r"|welcome (?:to the (?:show|programme|program)|back)\b)"
)

#: things around a block that say who asked, where or when
ATTRIBUTION = regex.compile(
    r"\b[Tt]elling (?:the|a|an|him|her|them|us|me|reporters|journalists|\p{Lu})"  # not "the most telling"
    r"|\b(?i:told|tells|interviewed by|asked by|"
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
    r"|\b(?:" + OUTLETS + r")\b"
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
    if label == QUESTION_TURN:
        return "asker"
    if label == ANSWER_TURN:
        return "answer"
    if len(low) == 1:
        return "asker" if low in LETTER_ASKERS else "answer" if low in LETTER_ANSWERS else "name"
    tokens = regex.findall(r"[\p{L}'’]+", low)
    if low in ASKER_LABELS or (tokens and len(tokens) <= 2 and tokens[-1] in ASKER_LABELS):
        return "asker"
    if low in ANSWER_LABELS:
        return "answer"
    if low in FIELD_LABELS or low.split()[-1] in FIELD_LABELS:
        return "field"
    if _OUTLET_LABEL.fullmatch(label.strip()):
        return "asker"  # the outlet asks: "DW: ...?", "SPIEGEL: ...?"
    return "name"


def _turns_on_line(article, index: int, in_list: bool = False) -> list[Turn]:
    """The turns a line opens; ``in_list``: the line follows "...:" and dashed items (a list, not turns)."""
    line = article.lines[index]
    base = article.line_starts[index]
    match = textutil.SPEAKER_LABEL.match(line) or _LETTER_LABEL.match(line)
    if match:
        label = match.group("name").strip()
        if _label_kind(label) == "field" or _initial(label, line, match):
            return []
        return _split_inline(label, base, match.start(), match.end(), line)
    end = base + len(line.rstrip())
    emphasis = _EMPHASIS_LINE.match(line)
    if emphasis:  # "**Q: Why now?**", or a question in bold or italics with its answer below
        indent = _indent(line)
        inner = emphasis.group("inner")
        inner_label = textutil.SPEAKER_LABEL.match(inner) or _LETTER_LABEL.match(inner)
        if inner_label and _label_kind(inner_label.group("name").strip()) != "field":
            text = inner[inner_label.end():]
            return [Turn(inner_label.group("name").strip(), index, base + indent, end, text)]
        if "?" in inner:
            return [Turn(QUESTION_TURN, index, base + indent, end, inner)]
        return []
    dash = _DASH_TURN.match(line)
    if dash and not in_list:
        text = line[dash.end():].rstrip()
        asks = _first_sentence(text).endswith("?") or text.rstrip("\"”’»)] ").endswith("?")
        return [Turn(QUESTION_TURN if asks else ANSWER_TURN, index, base + _indent(line), end, text)]
    return []



def _initial(label: str, line: str, match) -> bool:
    """Is a one-letter label with a full stop the initial of a name ("R. Hale, the treasurer")?"""
    if len(label) != 1 or label in "QA" or not line[match.start("name") + 1: match.start("name") + 2] == ".":
        return False
    name = regex.match(r"\p{Lu}[\p{Ll}'’-]+", line[match.end():])
    return bool(name) and textutil.zipf_frequency(name.group()) < 3.5


def _split_inline(label: str, base: int, start: int, text_start: int, line: str) -> list[Turn]:
    """The turns of a labelled line; a question line may hold its answers too ("Q: Why?A: Because.")."""
    rest = line[text_start:]
    end = base + len(line.rstrip())
    if label.lower() not in _INLINE_OPENERS:
        return [Turn(label, -1, base + start, end, rest)]
    turns = []
    position, current, turn_start = 0, label, base + start
    for inline in _INLINE_LABEL.finditer(rest):
        split = base + text_start + inline.start()
        turns.append(Turn(current, -1, turn_start, split, rest[position: inline.start()]))
        position, current, turn_start = inline.end(), inline.group("label"), split
    turns.append(Turn(current, -1, turn_start, end, rest[position:]))
    return turns


def _is_closing(turn: Turn) -> bool:
    """Does this turn close the exchange (a courtesy formula and no question)?"""
    return bool(COURTESY.search(turn.text)) and "?" not in turn.text and len(turn.text.split()) <= 25


def speaker_blocks(article, max_gap: int = 6) -> list[list[Turn]]:
    """``_speaker_blocks``, found once per article and shared by the rules (which only read them)."""
    return article.derived(f"interview.speaker_blocks.{max_gap}", lambda: _speaker_blocks(article, max_gap))


def _speaker_blocks(article, max_gap: int) -> list[list[Turn]]:
    """Runs of labelled turns; unlabelled lines between them continue a turn.

    A run ends at more than ``max_gap`` unlabelled lines, or at an
    unlabelled line after a turn that closed the exchange with a courtesy
    formula (what follows is no longer the same conversation). An
    unlabelled line right after a question without a label of its own (a
    question in bold, a dashed question) is the answer to it.
    """
    blocks: list[list[Turn]] = []
    current: list[Turn] = []
    gap = 0
    in_list = False  # after a line ending in a colon, dashed lines are list items ("Questions remain:")
    opener_lines = {article.line_of(match.start()) - 1 for match in _OPENER_AT_LINES.finditer(article.text)}
    for index, line in enumerate(article.lines):
        if not line.strip():
            continue
        opener = index in opener_lines
        turns = _turns_on_line(article, index, in_list) if opener else []
        if line.rstrip().endswith(":"):
            in_list = True
        elif not opener or not _DASH_TURN.match(line):
            in_list = False
        for turn in turns:
            turn.line = index
        if turns:
            current.extend(turns)
            gap = 0
            continue
        if not current:
            continue
        if gap == 0 and current[-1].label == QUESTION_TURN and _previous_nonblank(article, index) == current[-1].line:
            base = article.line_starts[index]
            current.append(Turn(ANSWER_TURN, index, base + _indent(line), base + len(line.rstrip()), line.strip()))
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
        if _QUESTION.search(turn.text) or _PROMPT.match(turn.text.strip()):
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
    if sum(len(t.text.split()) for t in turns) < 4 * len(turns):
        return None  # labels of a form or a list, not a conversation
    return Exchange(turns, asker, speakers, asked[asker], courtesy)


def short_reply(text: str) -> bool:
    """Does an answer open the way people reply aloud: "Not really.", "Of course.", "My parents."?"""
    if _ELLIPTICAL_OPENING.match(text.strip()):
        return True
    first = _first_sentence(text)
    return bool(first) and len(textutil.words(first)) <= 4


_FIRST_SENTENCE = regex.compile(r"[^.!?\n]{0,400}[.!?]+[\"”’»)]*(?=\s|$)|[^.!?\n]{0,400}")


def _first_sentence(text: str) -> str:
    """The first sentence of a turn (cheaply: up to the first terminal mark before a space)."""
    return _FIRST_SENTENCE.match(text.strip()).group().rstrip("\"”’») ")


def spoken_answer(text: str) -> bool:
    """Does an answer read like a guest's words: the first person, or a short spoken reply first?"""
    return bool(_FIRST_PERSON.search(text)) or short_reply(text)


def guest_evidence(questions: list[str], answers: list[str]) -> bool:
    """Do the answers read as a guest's own words rather than an explainer's?

    Most answers in the first person, or questions that ask the guest about
    themselves ("did you", "your reaction") answered the way people speak.
    """
    if not answers:
        return False
    first_person = sum(1 for text in answers if _FIRST_PERSON.search(text))
    if first_person * 2 >= len(answers):
        return True
    spoken = sum(1 for text in answers if spoken_answer(text))
    return any(_PERSONAL_YOU.search(text) for text in questions) and spoken * 2 >= len(answers)


@dataclass
class Setting:
    """Where an unattributed block sits: its title line, and whether it follows the article's end."""

    title: int | None
    appended: bool


def unattributed_setting(article, first: int, last: int, opening: str | None,
                         context_lines: int, context_sentences: int) -> Setting | None:
    """The block's setting, or None when something around it says who asked, where or when.

    A cue of any kind counts next to the block: in its title, its first
    question, the last sentences before it and the first one after it;
    only a cue that names an interview counts further away, since the
    closing paragraphs of a news story always hold a weekday or a "told".
    """
    title = _title_line(article, first)
    context, appended = _context_before(article, title if title is not None else first, context_lines)
    near: list[str] = []
    far = [article.lines[i] for i in context]
    before = [s for i in context for s in reversed(textutil.split_sentences(article.lines[i]))]
    near.extend(s.text for s in before[:context_sentences])
    if title is not None:
        near.append(article.lines[title])
    after = _line_after(article, last)
    if after is not None:
        following = textutil.split_sentences(article.lines[after])
        near.extend(s.text for s in following[:1])
        far.append(article.lines[after])
    if opening is not None:  # "Welcome to Radio 4's Today programme"
        near.append(opening)
    if any(ATTRIBUTION.search(piece) for piece in near) or any(INTERVIEW_CUE.search(piece) for piece in far):
        return None
    return Setting(title, appended)


# --- IV101 -------------------------------------------------------------------


class UnattributedInterview(Rule):
    """Finds a question-and-answer exchange that nobody is said to have conducted.

    What it finds: a block of labelled turns alternating over several
    turns, with questions from one side (one is enough for a host who also
    welcomes and thanks the guest), where neither the block's title line,
    its first question, the last sentences before it nor the first one
    after it name a venue, a date, an outlet or an interviewer ("told",
    "in an interview with", "spoke to", a weekday, a date), and no line
    just before it mentions an interview, a transcript or readers'
    questions. A turn opens with a speaker label (``**Name:**``,
    ``Interviewer:``, ``Reporter:``, ``NAME:``, ``Q:``/``A:``,
    ``Q.``/``A.``, the ``P.``/``R.``, ``D:``/``R:`` or ``F:``/``A:`` of
    other languages, the outlet's own name as in ``DW:``), possibly after a
    transcript time stamp (``[00:02:14] HOST:``), or with a dialogue dash
    (``— Why now?``), or it is a question set in bold with its answer on
    the next line. A weekday in the closing paragraph of the story above
    the block does not count: news prose is full of them.

    Why it matters: an interview is a claim that a conversation took place.
    Without a who, where and when it cannot be checked, and blocks of this
    shape are what text generators append to a story: often after the
    article's end, opened and closed by broadcast courtesy formulas ("Thank
    you for joining us", "Thank you for having me") and restating the
    article's own facts in the guest's mouth; or a transcript pasted from
    another outlet without saying so.

    Example::

        Interview with the Minister on the Budget
        Interviewer: Thank you for joining us, Minister. Why cut now?
        Minister: Thank you for having me. The figures left us no choice.
        Interviewer: Will taxes rise?
        Minister: We have ruled that out.

    Use instead: name who conducted the interview, for which outlet and when
    ("told Radio 4's Today programme on Tuesday"), or delete the block.
    A Q&A explainer whose answers are not a guest's words is left alone,
    and so is an exchange whose questions carry a person's name.
    """

    code = "IV101"
    name = "unattributed-interview"
    category = "interview"
    severity = Severity.error
    confidence = 0.75
    fix_title = "Delete the interview block"
    fix_safety = "unsafe"  # attributing the interview may be the better repair
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
        opening = next((t for t in turns if t.label == exchange.asker), None)
        setting = unattributed_setting(
            article, first, max([turns[-1].line, *turns[-1].continuation]),
            opening.text if opening is not None else None,
            self.settings["context_lines"], self.settings["context_sentences"],
        )
        if setting is None:
            return
        if _label_kind(exchange.asker) == "name":
            return  # the interviewer is named
        title = setting.title
        answer_turns = [t for t in turns if t.label != exchange.asker]
        with_guest = title is not None and _WITH_GUEST.search(article.lines[title])
        questions = [t.text for t in turns if t.label == exchange.asker]
        # English answer labels (or none): an explainer's shape; P./R., Respuesta:, Antwort: print interviews
        english = all(t.label.lower() in ("a", "answer") or t.label == ANSWER_TURN for t in answer_turns)
        if english and not exchange.courtesy and not with_guest \
                and not guest_evidence(questions, [_turn_text(article, t) for t in answer_turns]):
            return  # a Q&A explainer, not a guest's words (other languages print interviews with P./R.)
        confidence = 0.7
        notes = []
        if exchange.courtesy:
            confidence += 0.1
            notes.append("broadcast courtesy formulas")
        if setting.appended:
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
        last_line = max([turns[-1].line, *turns[-1].continuation])
        fix = Fix(*article.block_removal(start_line + 1, last_line + 1), "")
        guest = next((s for s in exchange.speakers if s != exchange.asker), exchange.speakers[-1])
        who = "" if guest in (QUESTION_TURN, ANSWER_TURN) else f" with {textutil.quoted(guest)}"
        message = (
            f"interview{who} ({len(turns)} turns, {exchange.questions} questions) "
            f"names no venue, date or interviewer"
        )
        if notes:
            message += "; " + ", ".join(notes)
        yield self.hit(start, end, message, confidence=min(confidence, 0.95), fix=fix)


def _turn_text(article, turn: Turn) -> str:
    """A turn's text with its continuation lines."""
    return " ".join([turn.text, *(article.lines[i].strip() for i in turn.continuation)])


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


def _line_after(article, last: int) -> int | None:
    index = last + 1
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


# --- IV104 -------------------------------------------------------------------

#: a paragraph that is a reported, not an asked, question ("..., she asked.")
_REPORTED = regex.compile(r"(?i)\b(?:asked|asks|wondered|wonders|said|says|added|told)\b")


def _paragraph_kind(article, paragraph) -> str:
    """'question', 'answer', 'heading' or 'other' for a paragraph of an unlabelled exchange."""
    text = paragraph.text.strip()
    if not text:
        return "other"
    first_line = article.lines[paragraph.first_line - 1]
    if (textutil.SPEAKER_LABEL.match(first_line) or _LETTER_LABEL.match(first_line)
            or _DASH_TURN.match(first_line) or textutil.BOLD_LABEL_LINE.match(first_line)):
        return "other"  # a labelled turn: IV101's
    count = len(paragraph.words)
    if text.endswith("?"):
        if text[:1] in textutil.OPENING_QUOTES or count > 25 or _REPORTED.search(text):
            return "other"
        if count >= 3 and textutil.is_title_case([w.text for w in paragraph.words]):
            return "heading"  # "What Is The Problem?": a subheading
        return "question" if len(textutil.split_sentences(text)) <= 2 else "other"
    if not textutil.ends_sentence(text):
        return "heading" if count <= 14 else "other"
    return "answer"


def question_answer_runs(article, max_answer_paragraphs: int = 2) -> list[list[tuple]]:
    """Runs of question paragraphs, each followed by one or two answer paragraphs, with no labels.

    Each run is a list of (question paragraph, [answer paragraphs]), two pairs or more.
    """
    paragraphs = list(article.paragraphs)
    if not any(p.text.strip().endswith("?") for p in paragraphs):
        return []  # a run starts at a question paragraph, and one ends with a question mark
    headline = article.headline
    kinds: dict[int, str] = {}

    def kind(index: int) -> str:
        """The paragraph's kind, worked out only for paragraphs a run may hold: a
        question paragraph ends with a question mark, the others follow one."""
        if index not in kinds:
            p = paragraphs[index]
            kinds[index] = ("other" if headline is not None and p.start <= headline.start < p.end
                            else _paragraph_kind(article, p))
        return kinds[index]

    runs = []
    i = 0
    while i < len(paragraphs):
        if not paragraphs[i].text.strip().endswith("?") or kind(i) != "question":
            i += 1
            continue
        pairs = []
        j = i
        while j < len(paragraphs) and kind(j) == "question":
            k = j + 1
            answers = []
            while k < len(paragraphs) and kind(k) == "answer" and len(answers) < max_answer_paragraphs:
                answers.append(paragraphs[k])
                k += 1
            if not answers:
                break
            pairs.append((paragraphs[j], answers))
            j = k
        if len(pairs) >= 2:
            runs.append(pairs)
            i = j
        else:
            i += 1
    return runs


class UnlabelledInterview(Rule):
    """Finds an interview printed without labels: question paragraphs alternating with a guest's answers.

    What it finds: two or more short paragraphs that are each a question
    (ending in a question mark, not in quotation marks, not a reported
    "she asked"), each followed by one or two answer paragraphs, where
    every answer reads as spoken (first person, or a short reply first:
    "Not officially.", "Of course.", "My parents.") and the answers both
    speak in the first person and open at least once with such a reply,
    or a question asks the guest about themselves ("did you", "your
    reaction"), or the block has a title such as "Q&A with ..."; and nothing around the block (its title, the
    sentences before it, the first one after it) names a venue, a date,
    an outlet or an interviewer. A Q&A explainer whose answers speak about
    a subject in the third person is left alone.

    Why it matters: this is an interview with the labels stripped (by a
    scraper, or a generator imitating a magazine Q&A); readers cannot tell
    who is speaking, nor when or to whom it was said.

    Example::

        What went wrong on the night?
        We misjudged the weather. I take the blame for that.
        Will you stand again?
        Not this time. My family comes first.

    Use instead: say who was interviewed, by whom and when, and label the
    turns; or delete the block.
    """

    code = "IV104"
    name = "unlabelled-interview"
    category = "interview"
    severity = Severity.warning
    confidence = 0.6
    options = {
        "context_lines": Option(2, "prose lines before the block searched for a mention of an interview"),
        "context_sentences": Option(2, "sentences just before the block searched for any attribution cue"),
    }

    def check(self, article):
        for pairs in question_answer_runs(article):
            questions = [q.text for q, _ in pairs]
            answers = [" ".join(p.text for p in group) for _, group in pairs]
            if not all(spoken_answer(group[0].text) for _, group in pairs):
                continue
            first, last = pairs[0][0].first_line - 1, pairs[-1][1][-1].last_line - 1
            setting = unattributed_setting(article, first, last, questions[0],
                                           self.settings["context_lines"], self.settings["context_sentences"])
            if setting is None:
                continue
            title = article.lines[setting.title] if setting.title is not None else ""
            titled = bool(_WITH_GUEST.search(title) or regex.search(r"(?i)\binterview", title))
            replies = any(short_reply(group[0].text) for _, group in pairs)
            first_person = any(_FIRST_PERSON.search(a) for a in answers)
            personal = any(_PERSONAL_YOU.search(q) for q in questions)
            if not ((replies and first_person) or personal or titled):
                continue  # a blog under question subheadings, or an explainer answering "Yes." and "No."
            start_line = setting.title if titled else first
            start = article.line_starts[start_line] + _indent(article.lines[start_line])
            end = pairs[-1][1][-1].end
            message = (
                f"{len(pairs)} questions ({textutil.quoted(questions[0])} …) answered in unlabelled "
                f"paragraphs: an interview that names no guest, venue, date or interviewer"
            )
            yield self.hit(start, end, message, confidence=0.65 if titled or setting.appended else 0.55)


# --- IV105 -------------------------------------------------------------------


def _courtesy_only(turn: Turn) -> bool:
    """A turn that only greets or thanks: a courtesy formula, no question, a sentence or two."""
    text = turn.text.strip()
    if text[:1] in textutil.OPENING_QUOTES or "?" in text:
        return False
    if COURTESY.search(text):
        return len(text.split()) <= 20
    return bool(regex.fullmatch(r"(?i)(?:thank you|thanks|thank you very much|my pleasure|a pleasure)[ \t]*[.!]?", text))


class TranscriptSignOff(Rule):
    """Finds a broadcast sign-off exchange left in an article: host thanks guest, guest thanks host.

    What it finds: two or three labelled turns of different speakers that
    do nothing but greet or thank each other ("Interviewer: Jane Roe,
    thank you for your time today." / "Jane Roe: My pleasure. Thank you
    for having me."), outside a longer exchange (IV101 judges those).

    Why it matters: it is the tail of a broadcast or generated transcript
    pasted into a written story; the interview it closes is not there, so
    readers meet two speakers they were never introduced to.

    Example::

        Host: Anna Berg, thank you for joining us.
        Anna Berg: Thank you for having me.

    Use instead: delete the exchange.
    """

    code = "IV105"
    name = "transcript-sign-off"
    category = "interview"
    severity = Severity.warning
    confidence = 0.7
    fix_title = "Delete the exchange"
    fix_safety = "unsafe"  # whether the exchange belongs in the story is an editor's call

    def check(self, article):
        for turns in speaker_blocks(article):
            if len(turns) < 2 or as_exchange(turns, 4) is not None:
                continue
            labels = [t.label for t in turns]
            if len(set(labels)) < 2 or any(a == b for a, b in zip(labels, labels[1:])):
                continue
            if any(t.continuation for t in turns) or not all(_courtesy_only(t) for t in turns):
                continue
            if sum(1 for t in turns if COURTESY.search(t.text)) < 2 or len(turns) > 3:
                continue
            first, last = turns[0].line, turns[-1].line
            start = article.line_starts[first] + _indent(article.lines[first])
            end = turns[-1].end
            fix = Fix(*article.block_removal(first + 1, last + 1), "")
            yield self.hit(
                start, end,
                f"broadcast sign-off between {textutil.quoted(labels[0], 30)} and {textutil.quoted(labels[1], 30)} "
                f"({textutil.quoted(turns[0].text, 40)}): the tail of a transcript",
                fix=fix,
            )
