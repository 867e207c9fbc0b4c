"""``newslint report``: one self-contained HTML page for an editor.

The page has a summary (articles, findings by category as an inline SVG
chart, the worst articles, inputs that could not be read), then one section
per article with findings: the article as written, every finding's span
highlighted in place, and beside it a note per finding with the message and
the rule's explanation. Checkboxes filter by category and severity.

Safety: every piece of article text, message and explanation goes through
``html.escape``; the page loads nothing (no external asset, no URL), and a
Content-Security-Policy allows only the page's own inline style and script,
named by their SHA-256 hashes, so markup inside an article can never run.

Highlighting: findings may overlap, so the text is cut at every finding's
start and end; each piece is one flat ``<mark>`` listing the findings that
cover it (no nesting to get wrong). Each finding also gets an empty
``<a class="pin">`` at its start, which shows the code through CSS: a
zero-length finding is visible, and the text content of the article block
stays exactly the article.
"""
from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import regex

from .engine.rule import Finding, Severity

WORST_SHOWN = 10
ENGINE_CATEGORY = "newslint"  # what the page calls the engine's own rules (no category)
LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class ReportArticle:
    """What the report keeps of an article: where it came from and its text as written."""

    path: str
    record: int | None
    id: str | None
    text: str

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.path, self.record)


def remember_articles(items: Iterable, store: dict) -> Iterator:
    """Pass ``(article, linter)`` pairs and input errors through unchanged,
    keeping each article's source in ``store`` by its key.

    ``Article.source`` is used rather than ``Article.text``: for Markdown the
    text has front matter and comments blanked with spaces of the same length,
    so the offsets of findings hold for the source too, and the editor sees
    the file as written.
    """
    for item in items:
        if isinstance(item, tuple):
            article = item[0]
            store[article.key] = ReportArticle(article.path, article.record, article.id, article.source)
        yield item


def escape(text: str) -> str:
    """HTML-escape text (quotes included), with lone surrogates made U+FFFD
    so the page can always be written as UTF-8."""
    return html.escape(LONE_SURROGATE.sub("\ufffd", text), quote=True)


def category_of(finding: Finding) -> str:
    return finding.category or ENGINE_CATEGORY


def where(path: str, record: int | None) -> str:
    return path if record is None else f"{path}:{record}"


# --- highlighting ------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A run of text and the indexes of the findings whose spans cover it."""

    start: int
    end: int
    covering: tuple[int, ...]


def clamp_span(finding: Finding, length: int) -> tuple[int, int]:
    start = max(0, min(finding.start, length))
    return start, max(start, min(finding.end, length))


def segment(length: int, spans: list[tuple[int, int]]) -> list[Piece]:
    """Cut ``[0, length)`` at every span boundary; each piece lists the spans
    (by index) covering it. Zero-length spans cover nothing."""
    cuts = sorted({0, length, *(s for s, _ in spans), *(e for _, e in spans)})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(spans):
        if end > start:
            starting.setdefault(start, []).append(index)
            ending.setdefault(end, []).append(index)
    active: set[int] = set()
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        active.difference_update(ending.get(start, ()))
        active.update(starting.get(start, ()))
        pieces.append(Piece(start, end, tuple(sorted(active))))
    return pieces


def highlighted_text(text: str, findings: list[tuple[str, Finding]]) -> str:
    """The article text as HTML: marks over covered pieces, a pin at each
    finding's start. ``findings`` pairs each finding with its element id."""
    spans = [clamp_span(f, len(text)) for _, f in findings]
    pins_at: dict[int, list[int]] = {}
    for index, (start, _) in enumerate(spans):
        pins_at.setdefault(start, []).append(index)
    out = []
    for piece in segment(len(text), spans):
        out.extend(pin(*findings[i]) for i in pins_at.pop(piece.start, ()))
        out.append(mark(text[piece.start : piece.end], [findings[i] for i in piece.covering]))
    for index in pins_at.get(len(text), ()):  # zero-length findings at the very end
        out.append(pin(*findings[index]))
    return "".join(out)


def pin(finding_id: str, finding: Finding) -> str:
    return (
        f'<a class="pin" id="pin-{finding_id}" href="#{finding_id}" data-finding="{finding_id}" '
        f'data-code="{escape(finding.code)}" data-sev="{finding.severity}" '
        f'title="{escape(finding.code + ": " + finding.message)}"></a>'
    )


def mark(text: str, covering: list[tuple[str, Finding]]) -> str:
    if not covering:
        return escape(text)
    ids = " ".join(finding_id for finding_id, _ in covering)
    severity = max(f.severity for _, f in covering)
    title = "\n".join(f"{f.code}: {f.message}" for _, f in covering)
    return f'<mark data-findings="{ids}" data-sev="{severity}" title="{escape(title)}">{escape(text)}</mark>'


# --- the page ----------------------------------------------------------------------


@dataclass
class ReportInput:
    """Everything the page shows."""

    findings: list[Finding]
    articles: dict[tuple[str, int | None], ReportArticle]
    errors: list  # InputError
    files: int
    explanation: Callable[[str], str]  # rule code -> explanation text ("" when unknown)
    version: str = ""
    title: str = "newslint report"


def build_report(data: ReportInput) -> str:
    """The whole page as one string."""
    numbered: dict[tuple[str, int | None], list[tuple[str, Finding]]] = {}  # element ids f1, f2, ... in run order
    for number, finding in enumerate(data.findings, 1):
        numbered.setdefault((finding.path, finding.record), []).append((f"f{number}", finding))
    by_article = {key: [finding for _, finding in pairs] for key, pairs in numbered.items()}
    keys = sorted(by_article, key=lambda k: (k[0], k[1] or 0))
    anchors = {key: f"a{n}" for n, key in enumerate(keys, 1)}
    explanations = {code: data.explanation(code) for code in sorted({f.code for f in data.findings})}
    body = [
        f"<header><h1>{escape(data.title)}</h1>"
        f'<p class="meta">newslint {escape(data.version)}</p></header>',
        summary_section(data, by_article, anchors),
        filter_bar(data.findings),
    ]
    for key in keys:
        body.append(article_section(data.articles[key], numbered[key], anchors[key], explanations))
    return page(data.title, "\n".join(body))


def summary_section(data: ReportInput, by_article, anchors) -> str:
    findings = data.findings
    severities = Counter(f.severity for f in findings)
    severity_text = ", ".join(f"{severities[s]} {s}" for s in reversed(Severity) if severities[s])
    clean = len(data.articles) - len(by_article)
    lines = [
        '<section class="summary" id="summary"><h2>Summary</h2>',
        '<ul class="totals">',
        f'<li><b id="count-articles">{len(data.articles)}</b> {plural(len(data.articles), "article")} '
        f'in {data.files} {plural(data.files, "file")}</li>',
        f'<li><b id="count-findings">{len(findings)}</b> {plural(len(findings), "finding")}'
        + (f" ({severity_text})" if severity_text else "") + "</li>",
        f"<li><b>{len(by_article)}</b> with findings"
        + (f", {clean} without (not shown)" if clean else "") + "</li>",
        "</ul>",
        '<div class="overview"><div><h3>Findings by category</h3>',
        category_chart(Counter(category_of(f) for f in findings)),
        "</div><div><h3>Worst articles</h3>",
        worst_articles(by_article, anchors, data.articles),
        "</div></div>",
    ]
    if data.errors:
        lines.append(f'<h3>Inputs that could not be read ({len(data.errors)})</h3><ul class="errors">')
        lines.extend(f"<li>{escape(str(error))}</li>" for error in data.errors)
        lines.append("</ul>")
    lines.append("</section>")
    return "\n".join(lines)


def plural(count: int, noun: str) -> str:
    return noun if count == 1 else noun + "s"


def category_chart(counts: Counter) -> str:
    """Horizontal bars as inline SVG (attributes, not style, so the CSP holds)."""
    if not counts:
        return '<p class="none">No findings.</p>'
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    label_width, bar_width, row_height = 120, 360, 24
    largest = rows[0][1]
    height = row_height * len(rows)
    parts = [
        f'<svg class="chart" role="img" aria-label="findings by category" '
        f'width="{label_width + bar_width + 60}" height="{height}" viewBox="0 0 {label_width + bar_width + 60} {height}">'
    ]
    for row, (category, count) in enumerate(rows):
        y = row * row_height
        width = max(2, round(bar_width * count / largest))
        parts.append(
            f'<g class="bar cat-{escape(category)}"><title>{escape(category)}: {count}</title>'
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{escape(category)}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{width}" height="{row_height - 8}" rx="3"></rect>'
            f'<text x="{label_width + width + 6}" y="{y + 16}">{count}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def badness(findings: list[Finding]) -> tuple[int, int]:
    """How bad an article looks: findings weighted by severity (error 3,
    warning 2, info 1), then the plain count."""
    return (sum(int(f.severity) for f in findings), len(findings))


def worst_articles(by_article, anchors, articles) -> str:
    if not by_article:
        return '<p class="none">None.</p>'
    ranked = sorted(by_article, key=lambda key: (*(-n for n in badness(by_article[key])), key[0], key[1] or 0))
    items = []
    for key in ranked[:WORST_SHOWN]:
        counts = Counter(f.severity for f in by_article[key])
        detail = ", ".join(f"{counts[s]} {s}" for s in reversed(Severity) if counts[s])
        items.append(f'<li><a href="#{anchors[key]}">{heading(articles[key])}</a> ({detail})</li>')
    return '<ol class="worst">' + "".join(items) + "</ol>"


def filter_bar(findings: list[Finding]) -> str:
    categories = Counter(category_of(f) for f in findings)
    severities = Counter(str(f.severity) for f in findings)

    def box(kind: str, value: str, count: int) -> str:
        return (
            f'<label><input type="checkbox" checked data-filter="{kind}" value="{escape(value)}"> '
            f"{escape(value)} <span class=\"n\">{count}</span></label>"
        )

    severity_boxes = [box("sev", s.name, severities[s.name]) for s in reversed(Severity) if severities[s.name]]
    category_boxes = [box("cat", c, n) for c, n in sorted(categories.items())]
    return (
        '<nav class="filters" id="filters"><span class="label">Severity</span>'
        + "".join(severity_boxes)
        + '<span class="label">Category</span>'
        + "".join(category_boxes)
        + "</nav>"
    )


def article_section(article: ReportArticle, pairs: list[tuple[str, Finding]], anchor, explanations) -> str:
    """One article: heading, the text with its highlights, the notes. ``pairs``
    are the article's findings with their element ids."""
    notes = "".join(note(finding_id, f, explanations.get(f.code, "")) for finding_id, f in pairs)
    return (
        f'<section class="article" id="{anchor}"><h2>{heading(article)} <span class="n">{len(pairs)}</span></h2>'
        f'<div class="cols"><pre class="text">{highlighted_text(article.text, pairs)}</pre>'
        f'<ol class="notes">{notes}</ol></div></section>'
    )


def heading(article: ReportArticle) -> str:
    """``path`` or ``path:record``, and the record's id when it has one."""
    identifier = f' <span class="id">id {escape(article.id)}</span>' if article.id is not None else ""
    return escape(where(article.path, article.record)) + identifier


def note(finding_id: str, finding: Finding, explanation: str) -> str:
    location = f"{finding.line}:{finding.column}"
    about = (
        f'<details><summary>About {escape(finding.code)} ({escape(finding.rule)})</summary>'
        f'<div class="explain">{escape(explanation)}</div></details>'
        if explanation
        else ""
    )
    return (
        f'<li class="note" id="{finding_id}" data-cat="{escape(category_of(finding))}" data-sev="{finding.severity}">'
        f'<a class="loc" href="#pin-{finding_id}">{location}</a> <b class="code">{escape(finding.code)}</b> '
        f'<span class="sev">{finding.severity}</span> <span class="cat">[{escape(category_of(finding))}]</span>'
        f'<p class="msg">{escape(finding.message)}</p>{about}</li>'
    )


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def page(title: str, body: str) -> str:
    policy = (
        f"default-src 'none'; style-src {csp_hash(STYLE)}; script-src {csp_hash(SCRIPT)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


STYLE = """
:root { --error: #d0342c; --warning: #e8a317; --info: #3b7dd8; --ink: #1d2330; --muted: #667085; }
body { font: 15px/1.5 system-ui, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1400px; padding: 0 20px 40px; }
header h1 { margin: 18px 0 0; font-size: 24px; } .meta { color: var(--muted); margin: 0; }
h2 { font-size: 18px; margin: 0 0 8px; word-break: break-all; } h3 { font-size: 15px; margin: 14px 0 4px; }
.summary { border-bottom: 1px solid #ddd; padding: 12px 0; }
.overview { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; }
.worst { margin: 0; padding-left: 24px; } .worst a { overflow-wrap: anywhere; }
.totals { list-style: none; padding: 0; display: flex; gap: 24px; margin: 0; }
.chart text { font-size: 13px; fill: var(--ink); }
.chart rect { fill: #7a869a; }
.cat-boilerplate rect { fill: #8e6bbf; } .cat-truncation rect { fill: #d0342c; } .cat-interview rect { fill: #2f9e8f; }
.cat-synthetic rect { fill: #e8a317; } .cat-translation rect { fill: #3b7dd8; } .cat-attribution rect { fill: #c2528b; }
.cat-duplication rect { fill: #5c8a3a; } .cat-metadata rect { fill: #8a6d3b; } .cat-offtopic rect { fill: #4a5f8a; }
.errors li { color: var(--error); }
.filters { position: sticky; top: 0; background: #f6f7f9; border-bottom: 1px solid #ddd; padding: 8px 10px;
  display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; z-index: 2; }
.filters .label { font-weight: 600; } .filters label { cursor: pointer; white-space: nowrap; }
.n { color: var(--muted); font-size: 12px; }
.article { border-bottom: 1px solid #ddd; padding: 16px 0; } .article.quiet { display: none; }
.id { color: var(--muted); font-weight: normal; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 Georgia, serif; margin: 0; }
mark { border-radius: 2px; color: inherit; cursor: pointer; }
mark[data-sev="error"] { background: #f7c8c5; } mark[data-sev="warning"] { background: #fbe3a7; }
mark[data-sev="info"] { background: #cfe0f7; } mark.off { background: none; cursor: auto; }
mark.active { outline: 2px solid var(--ink); }
.pin { text-decoration: none; font: 600 10px/1 system-ui, sans-serif; color: #fff; border-radius: 3px;
  padding: 1px 3px; margin: 0 2px; vertical-align: super; }
.pin::before { content: attr(data-code); }
.pin[data-sev="error"] { background: var(--error); } .pin[data-sev="warning"] { background: var(--warning); }
.pin[data-sev="info"] { background: var(--info); } .pin.off, .note.off { display: none; }
.notes { list-style: none; padding: 0 4px 0 0; margin: 0; font-size: 14px; align-self: start;
  position: sticky; top: 90px; max-height: calc(100vh - 100px); overflow-y: auto; }
.note { border-left: 4px solid var(--muted); background: #f6f7f9; padding: 6px 10px; margin-bottom: 8px; }
.note[data-sev="error"] { border-color: var(--error); } .note[data-sev="warning"] { border-color: var(--warning); }
.note[data-sev="info"] { border-color: var(--info); } .note.active { background: #e8ecf3; }
.note .msg { margin: 2px 0; overflow-wrap: anywhere; } .note .sev, .note .cat, .loc { color: var(--muted); }
.explain { white-space: pre-wrap; font-size: 13px; color: #333; }
.none { color: var(--muted); }
"""

SCRIPT = """
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var rank = { info: 1, warning: 2, error: 3 };
  var hidden = new URLSearchParams(location.search).get("hide");
  if (hidden) {
    var names = hidden.split(",");
    boxes.forEach(function (box) { if (names.indexOf(box.value) >= 0) { box.checked = false; } });
  }
  function allowed(kind) {
    var set = {};
    boxes.forEach(function (box) { if (box.dataset.filter === kind && box.checked) { set[box.value] = true; } });
    return set;
  }
  function apply() {
    var sevs = allowed("sev"), cats = allowed("cat"), visible = {};
    document.querySelectorAll(".note").forEach(function (note) {
      var shown = !!(sevs[note.dataset.sev] && cats[note.dataset.cat]);
      note.classList.toggle("off", !shown);
      if (shown) { visible[note.id] = note.dataset.sev; }
    });
    document.querySelectorAll(".pin").forEach(function (pin) {
      pin.classList.toggle("off", !visible[pin.dataset.finding]);
    });
    document.querySelectorAll("mark[data-findings]").forEach(function (mark) {
      var best = "";
      mark.dataset.findings.split(" ").forEach(function (id) {
        var sev = visible[id];
        if (sev && (!best || rank[sev] > rank[best])) { best = sev; }
      });
      mark.classList.toggle("off", !best);
      if (best) { mark.dataset.sev = best; }
    });
    document.querySelectorAll("section.article").forEach(function (section) {
      section.classList.toggle("quiet", !section.querySelector(".note:not(.off)"));
    });
    document.documentElement.dataset.visibleFindings = String(Object.keys(visible).length);
  }
  function activate(ids, on) {
    ids.forEach(function (id) {
      var note = document.getElementById(id);
      if (note) { note.classList.toggle("active", on); }
      document.querySelectorAll("mark[data-findings~='" + id + "']").forEach(function (mark) {
        mark.classList.toggle("active", on);
      });
    });
  }
  document.addEventListener("mouseover", function (event) {
    var target = event.target.closest("mark[data-findings], .note");
    if (target) { activate(target.dataset.findings ? target.dataset.findings.split(" ") : [target.id], true); }
  });
  document.addEventListener("mouseout", function (event) {
    var target = event.target.closest("mark[data-findings], .note");
    if (target) { activate(target.dataset.findings ? target.dataset.findings.split(" ") : [target.id], false); }
  });
  document.addEventListener("click", function (event) {
    var target = event.target.closest("mark[data-findings]");
    if (!target || target.classList.contains("off")) { return; }
    var note = document.getElementById(target.dataset.findings.split(" ")[0]);
    if (note) { note.scrollIntoView({ block: "center", behavior: "smooth" }); }
  });
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();
  document.documentElement.dataset.reportReady = "1";
})();
"""
