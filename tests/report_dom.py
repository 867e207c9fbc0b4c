"""Read a newslint HTML report (as written, or as Chromium dumps it) into plain data.

Shared by the report tests with and without a browser. Built on html.parser,
so it sees the page exactly as a browser's tokenizer would: text that an
article smuggles in as ``<script>`` shows up here as a script element.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Mark:
    findings: list[str]
    severity: str
    classes: list[str]
    text: str = ""


@dataclass
class ArticleBlock:
    heading: str = ""
    text: str = ""  # the text content of the article's <pre>, pins contribute nothing
    marks: list[Mark] = field(default_factory=list)
    pins: list[dict[str, str]] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    tags_in_text: list[str] = field(default_factory=list)  # start tags inside the <pre>


@dataclass
class ReportDom:
    html_attrs: dict[str, str] = field(default_factory=dict)
    title: str = ""
    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    metas: list[dict[str, str]] = field(default_factory=list)
    articles: list[ArticleBlock] = field(default_factory=list)
    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # every start tag

    @property
    def pins(self) -> list[dict[str, str]]:
        return [pin for article in self.articles for pin in article.pins]

    @property
    def notes(self) -> list[dict[str, str]]:
        return [note for article in self.articles for note in article.notes]

    @property
    def marks(self) -> list[Mark]:
        return [mark for article in self.articles for mark in article.marks]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dom = ReportDom()
        self.article: ArticleBlock | None = None
        self.in_pre = self.in_h2 = self.in_title = self.in_body = False
        self.mark: Mark | None = None
        self.raw: list[str] | None = None  # collecting a <script> or <style>

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        classes = attributes.get("class", "").split()
        self.dom.tags.append((tag, attributes))
        if self.in_pre:
            self.article.tags_in_text.append(tag)
        if tag == "html":
            self.dom.html_attrs = attributes
        elif tag == "body":
            self.in_body = True
        elif tag == "title" and not self.in_body:  # not an SVG <title> in the chart
            self.in_title = True
        elif tag == "meta":
            self.dom.metas.append(attributes)
        elif tag in ("script", "style"):
            self.raw = []
            (self.dom.scripts if tag == "script" else self.dom.styles).append("")
        elif tag == "section" and "article" in classes:
            self.article = ArticleBlock(classes=classes)
            self.dom.articles.append(self.article)
        elif tag == "h2" and self.article is not None:
            self.in_h2 = True
        elif tag == "pre" and "text" in classes:
            self.in_pre = True
        elif tag == "mark" and self.in_pre:
            self.mark = Mark(attributes.get("data-findings", "").split(), attributes.get("data-sev", ""), classes)
            self.article.marks.append(self.mark)
        elif tag == "a" and "pin" in classes and self.article is not None:
            self.article.pins.append(attributes)
        elif tag == "li" and "note" in classes and self.article is not None:
            self.article.notes.append(attributes)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in ("script", "style") and self.raw is not None:
            target = self.dom.scripts if tag == "script" else self.dom.styles
            target[-1] = "".join(self.raw)
            self.raw = None
        elif tag == "h2":
            self.in_h2 = False
        elif tag == "pre":
            self.in_pre = False
        elif tag == "mark":
            self.mark = None
        elif tag == "section":
            self.article = None

    def handle_data(self, data):
        if self.raw is not None:
            self.raw.append(data)
        if self.in_title:
            self.dom.title += data
        if self.in_h2:
            self.article.heading += data
        if self.in_pre:
            self.article.text += data
            if self.mark is not None:
                self.mark.text += data


def read_report(page: str) -> ReportDom:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader.dom


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column."""
    lines = text.split("\n")
    return sum(len(previous) + 1 for previous in lines[: line - 1]) + column - 1


def highlighted_span_text(article: ArticleBlock, finding_id: str) -> str:
    """The text of every mark that lists the finding, joined in order."""
    return "".join(mark.text for mark in article.marks if finding_id in mark.findings)
