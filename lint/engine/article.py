"""The parsed article that every rule receives, read-only.

``Article.text`` is the article with line endings normalised to ``\\n`` and
markup that is not prose (Markdown front matter, HTML comments) blanked out
with spaces, so every offset, line and column still points into the file as
written. Paragraphs follow the article's own convention: in a text whose
paragraphs are separated by blank lines a paragraph is a block of lines
(soft wraps inside it are normal); in a text with no blank lines each line
is a paragraph.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import patterns as regex  # regex, with a time limit on every match

from . import text as textutil

FRONT_MATTER = regex.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*(?:\n|\Z)", regex.S)
HTML_COMMENT = regex.compile(r"<!--.*?-->", regex.S)


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    first_line: int
    last_line: int
    #: the article it belongs to, whose word list it shares
    article: "Article | None" = field(default=None, repr=False, compare=False)

    @cached_property
    def words(self) -> list[textutil.Span]:
        if self.article is None:
            return textutil.words(self.text, self.start)
        return self.article.words_between(self.start, self.end)


class Block:
    """A run of text between blank lines; reads like a match (``start()``, ``end()``, ``group()``)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


_BLANK_LINE = regex.compile(r"\n[ \t]*+\n")
_NOT_SPACE = regex.compile(r"\S")
_LAST_NOT_SPACE = regex.compile(r"\S", regex.REVERSE)


def _block_within(text: str, start: int, end: int) -> list[Block]:
    """The block of text[start:end] (which holds no blank line), trimmed of white space; none if all white."""
    first = _NOT_SPACE.search(text, start, end)
    if first is None:
        return []
    stop = _LAST_NOT_SPACE.search(text, first.start(), end).end()
    return [Block(first.start(), stop, text[first.start() : stop])]


@dataclass
class Article:
    source: str
    path: str = "-"
    format: str = "text"  # text | markdown | jsonl
    record: int | None = None
    id: str | None = None
    language_hint: str | None = None
    text: str = field(init=False)
    _derived: dict = field(init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.source = self.source.replace("\r\n", "\n").replace("\r", "\n")
        self.text = self._blank_markup(self.source) if self.format == "markdown" else self.source

    @staticmethod
    def _blank_markup(source: str) -> str:
        def blank(match: regex.Match) -> str:
            return regex.sub(r"[^\n]", " ", match.group())

        masked = FRONT_MATTER.sub(blank, source, count=1)
        return HTML_COMMENT.sub(blank, masked)

    def derived(self, key: str, compute):
        """A value derived from this article, computed once and shared by the
        rules that need it (name keys by family: ``"offtopic.index"``)."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.path, self.record)

    # --- lines ---------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        position = self.text.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = self.text.find("\n", position + 1)
        return starts

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        start = self.line_starts[line - 1]
        return start, start + len(self.lines[line - 1])

    # --- paragraphs ----------------------------------------------------------

    @cached_property
    def paragraph_style(self) -> str:
        """'block' when blank lines separate paragraphs, else 'line'."""
        lines = self.text.strip().split("\n")
        nonblank = [line for line in lines if line.strip()]
        if len(nonblank) < 2:
            return "line"
        if self.format == "markdown":
            return "block"
        blanks = sum(1 for before, line in zip(lines, lines[1:]) if not line.strip() and before.strip())
        return "block" if blanks >= max(1, len(nonblank) // 3) else "line"

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        result: list[Paragraph] = []
        pieces = regex.finditer(r"[^\n]*\S[^\n]*", self.text) if self.paragraph_style == "line" else self.blocks()
        for match in pieces:
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            end = match.start() + len(match.group().rstrip())
            if end <= start:
                continue  # only characters str.strip takes for space and regex's \S does not ("\x1c")
            result.append(
                Paragraph(
                    index=len(result),
                    start=start,
                    end=end,
                    text=self.text[start:end],
                    first_line=self.line_of(start),
                    last_line=self.line_of(max(start, end - 1)),
                    article=self,
                )
            )
        return result

    def blocks(self) -> list[Block]:
        """The runs of text between blank lines, from their first to their last
        character that is not white space (regex's ``\\S``).

        A blank line is a line break, spaces or tabs, and a line break; the
        white space around it belongs to no block. (The same as the matches of
        ``\\S(?:.*?\\S)??(?=\\s*\\n[ \\t]*\\n|\\s*\\Z)``, found with one scan
        of the separators instead of a lookahead at every character.)
        """
        return self.derived("article.blocks", self._find_blocks)

    def _find_blocks(self) -> list[Block]:
        text = self.text
        found: list[Block] = []
        position = 0
        for blank in _BLANK_LINE.finditer(text):
            if blank.start() < position:
                continue  # in the white space around a blank line already passed
            found.extend(_block_within(text, position, blank.start()))
            after = _NOT_SPACE.search(text, blank.end())
            position = after.start() if after else len(text)
        found.extend(_block_within(text, position, len(text)))
        return found

    def paragraph_at(self, offset: int) -> Paragraph | None:
        starts = [p.start for p in self.paragraphs]
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    @cached_property
    def headline(self) -> Paragraph | None:
        """The first paragraph when it is shaped like a headline."""
        if not self.paragraphs:
            return None
        first = self.paragraphs[0]
        if len(first.words) <= 30 and "\n" not in first.text and not textutil.ends_sentence(first.text):
            return first
        return None

    # --- sentences, words, names --------------------------------------------

    @cached_property
    def sentences(self) -> list[textutil.Span]:
        """Sentences over the whole text, speaker labels left out.

        A sentence hard-wrapped over several lines stays one sentence.
        """
        result: list[textutil.Span] = []
        for block in self.blocks():
            for piece in self._unlabelled_lines(block.start(), block.group()):
                result.extend(textutil.split_sentences(piece[1], piece[0]))
        return result

    @staticmethod
    def _unlabelled_lines(offset: int, block: str):
        """Yield (offset, text) runs of a block with each line's speaker label cut.

        A labelled line starts a new run, since a label starts a new turn.
        """
        run_start, run = offset, []
        position = offset
        for line in block.split("\n"):
            cut, rest = textutil.strip_label(line)
            if cut and run:
                yield run_start, "\n".join(run)
                run = []
            if not run:
                run_start = position + cut
                run.append(rest)
            else:
                run.append(line)
            position += len(line) + 1
        if run:
            yield run_start, "\n".join(run)

    @cached_property
    def words(self) -> list[textutil.Span]:
        return textutil.words(self.text)

    @cached_property
    def _word_starts(self) -> list[int]:
        return [span.start for span in self.words]

    def words_between(self, start: int, end: int) -> list[textutil.Span]:
        """The article's words inside ``[start, end)``: a paragraph's words, without
        splitting its text again (a paragraph is bounded by white space, which no
        word crosses, so these are the words of its text)."""
        return self.words[bisect.bisect_left(self._word_starts, start):bisect.bisect_left(self._word_starts, end)]

    @cached_property
    def quotations(self) -> list[textutil.Span]:
        """Direct quotations, found paragraph by paragraph (outermost only)."""
        return [s for p in self.paragraphs for s in textutil.quotation_spans(p.text, p.start)]

    @cached_property
    def unquoted_text(self) -> str:
        """The text with every direct quotation blanked out (offsets kept)."""
        return textutil.mask_spans(self.text, self.quotations)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(map(str.lower, map(textutil.span_text, self.words)))

    @cached_property
    def capitalised(self) -> list[textutil.Span]:
        """Capitalised words (not all-caps), possessive 's removed, sentence-initial ones too."""
        return list(textutil.capitalised_words(self.text))

    @cached_property
    def names(self) -> list[textutil.Span]:
        """Capitalised words that are not merely sentence-initial."""
        result = []
        for span in self.capitalised:
            if not textutil.sentence_initial(self.text, span.start):
                result.append(span)
        return result

    @cached_property
    def name_forms(self) -> frozenset[str]:
        return frozenset(span.text for span in self.names)

    # --- language --------------------------------------------------------------

    @cached_property
    def language(self) -> str:
        if self.language_hint:
            return self.language_hint
        from .language import detect_article_language

        return detect_article_language(self.text)

    def excerpt(self, start: int, end: int, limit: int = 80) -> str:
        return textutil.shorten(self.text[start:end], limit)

    def line_removal(self, line: int) -> tuple[int, int]:
        """The span that deletes a whole line, its newline included."""
        start, end = self.line_span(line)
        if end < len(self.text) and self.text[end] == "\n":
            end += 1
        elif start > 0:  # the last line, without a final newline: take the newline before it
            start -= 1
        return start, end

    def block_removal(self, first: int, last: int) -> tuple[int, int]:
        """The span that deletes lines ``first`` to ``last`` (1-based) with their
        newlines; a block standing between blank lines takes one side's blank
        lines with it, so no double gap is left behind."""
        start, end = self.line_starts[first - 1], self.line_removal(last)[1]
        if first > 1 and not self._blank_line(first - 1):
            if end >= len(self.text) and not self.text.endswith("\n"):
                start -= 1  # the block ends a text without a final newline: take the newline before it
            return start, end
        number = last + 1
        while number <= len(self.lines) and self._blank_line(number) and end < len(self.text):
            end = self.line_removal(number)[1]
            number += 1
        if end >= len(self.text):  # the block ends the text: drop the blank lines before it instead
            number = first - 1
            while number >= 1 and self._blank_line(number):
                number -= 1
            if number >= 1:  # keep the previous line's newline only if the text ended with one
                start = self.line_span(number)[1] + (1 if self.text.endswith("\n") else 0)
        return start, end

    def _blank_line(self, line: int) -> bool:
        """Is the line empty as written (markup blanked in ``text`` does not count as blank)?"""
        start, end = self.line_span(line)
        return not self.source[start:end].strip()

    def line_deletion(self, line: int) -> tuple[int, int]:
        """The span a fix deletes to remove one line (see ``block_removal``)."""
        return self.block_removal(line, line)

    def paragraph_removal(self, paragraph: Paragraph) -> tuple[int, int]:
        """The span that deletes a paragraph and one separator: the one after it,
        or, for the last paragraph, the one before it."""
        following = self.paragraphs[paragraph.index + 1] if paragraph.index + 1 < len(self.paragraphs) else None
        if following is not None:
            return paragraph.start, following.start
        if paragraph.index > 0:
            return self.paragraphs[paragraph.index - 1].end, paragraph.end
        return paragraph.start, paragraph.end

    def meta(self) -> dict[str, Any]:
        return {"path": self.path, "record": self.record, "id": self.id, "format": self.format}
