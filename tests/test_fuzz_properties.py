"""Property tests: arbitrary hostile Unicode through the parser, every built-in
rule and every output format.

For any text: no rule raises (no NL001), every span lies inside the text, its
line and column agree with the span, and every output format still parses.
The examples are derandomized so CI is stable; set NEWSLINT_FUZZ_EXAMPLES to
search longer locally.
"""
from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.harness import check_article, check_findings, lint_texts, make_linter
from newslint import __version__
from newslint.cli import make_summary
from newslint.formats import available_formats, load_format

SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
EXAMPLES = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,  # derandomized: nothing to replay, nothing to write into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- hostile text -------------------------------------------------------------

CONTROL = [chr(c) for c in range(0x20) if c != 0x0A] + ["\x7f", "\x85"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
COMBINING = ["\u0301", "\u0308", "\u0327", "\u20dd", "\u0489"]
EMOJI = ["\U0001F600", "\U0001F469\u200d\U0001F4BB", "\U0001F1FA\U0001F1F8", "\u2764\ufe0f", "\U0001F44D\U0001F3FD"]
LINE_BREAKS = ["\n", "\r", "\r\n", "\n\n", "\u2028", "\u2029", "\x0b", "\x0c"]
QUOTES = ['"', "'", "“", "”", "„", "‘", "’", "«", "»", "‹", "›", "「", "」"]
NEWSY = [
    "The minister said.", " said ", "Read more:", "Related articles", "(AP Photo/Jane Doe)", "© Reuters",
    "Q:", "A:", "Advertisement", "Share this article", "By JANE DOE", "LONDON (Reuters) -", "…", "...",
    "http://www.example.org/x", "#", "* ", "> ", "---", "<!-- x -->", "Mr. Smith", "U.S.", "e.g.", "2024-11-06",
    "In conclusion, it is important to note", "delve", "As an AI language model", "--", "—", ": ", "; ",
]

fragments = st.one_of(
    st.sampled_from(CONTROL + ZERO_WIDTH + BIDI + COMBINING + EMOJI + LINE_BREAKS + QUOTES + NEWSY),
    st.text(min_size=1, max_size=12),  # any code points hypothesis likes
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,", min_size=1, max_size=40),
    st.builds(lambda c, n: c * n, st.sampled_from("a.« -\"“*#\n"), st.integers(50, 3000)),  # long words, runs
    st.sampled_from(["!?.,;:-_()[]{}0123456789 ", "1234567890" * 30]),  # no letters at all
)
hostile_text = st.lists(fragments, max_size=40).map("".join)


@pytest.fixture(scope="module")
def linter():
    return make_linter()


# --- the parser ---------------------------------------------------------------


@FUZZ
@given(text=hostile_text, kind=st.sampled_from(["text", "markdown"]))
def test_article_structure_is_consistent(text, kind):
    check_article(text, kind)


# --- every built-in rule ----------------------------------------------------------


@FUZZ
@given(text=hostile_text, other=hostile_text, kind=st.sampled_from(["text", "markdown"]))
def test_every_rule_on_hostile_text(linter, text, other, kind):
    articles, result = lint_texts(linter, text, other, kind=kind)
    check_findings(articles, result.findings)


@settings(max_examples=max(10, EXAMPLES // 10), deadline=None, derandomize=True, database=None)
@given(text=hostile_text)
def test_rules_see_the_same_article_twice_alike(linter, text):
    """The corpus pass (duplication across articles) on two copies of one text."""
    articles, result = lint_texts(linter, text, text)
    check_findings(articles, result.findings)


# --- every output format ----------------------------------------------------------

JSON_DOCUMENT_FORMATS = {"json", "sarif", "gitlab"}
JSON_LINES_FORMATS = {"jsonl"}
XML_FORMATS = {"junit", "checkstyle"}
CSV_FORMATS = {"csv"}
LINE_FORMATS = {"text", "github"}  # one line a finding


def render(name, findings, articles, result):
    stream = io.StringIO()
    formatter = load_format(name)(stream, color=False, show_source=True, version=__version__)
    formatter.start()
    for finding in findings:
        formatter.finding(finding, articles[finding.path].lines[finding.line - 1])
    formatter.finish(make_summary(result, findings, quiet=True))
    return stream.getvalue()


@lru_cache(maxsize=1)
def sarif_schema() -> dict:
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def check_parses(name, output, findings):
    if name in JSON_DOCUMENT_FORMATS:
        document = json.loads(output)
        if name == "sarif" and SARIF_SCHEMA.exists():
            import jsonschema  # in the test extra with the SARIF format

            jsonschema.validate(document, sarif_schema())
    elif name in JSON_LINES_FORMATS:
        records = [json.loads(line) for line in output.split("\n")[:-1]]  # JSON Lines: "\n" ends a record
        assert len(records) == len(findings)
    elif name in XML_FORMATS:
        ElementTree.fromstring(output.encode("utf-8"))
    elif name in CSV_FORMATS:
        list(csv.reader(io.StringIO(output)))
    elif name == "text":
        # show_source adds three lines a finding; quiet drops the summary
        assert output.count("\n") == 4 * len(findings) or not findings
    if name in LINE_FORMATS:
        # no finding can break the one-finding-a-line layout or drive the terminal
        stray = {c for c in output if unicodedata.category(c) in ("Cc", "Zl", "Zp") and c not in "\n\t"}
        assert not stray, sorted(map(hex, map(ord, stray)))


@FUZZ
@given(text=hostile_text)
def test_every_output_format_parses(linter, text):
    articles, result = lint_texts(linter, text)
    check_findings(articles, result.findings)
    for name in available_formats():
        check_parses(name, render(name, result.findings, articles, result), result.findings)


def test_formats_are_checked():
    """The built-in formats are all known to the parser check above."""
    known = JSON_DOCUMENT_FORMATS | JSON_LINES_FORMATS | XML_FORMATS | CSV_FORMATS | LINE_FORMATS
    assert {"text", "json", "jsonl"} <= set(available_formats())
    builtin = {name for name in available_formats() if load_format(name).__module__.startswith("newslint.")}
    assert builtin <= known, builtin - known
