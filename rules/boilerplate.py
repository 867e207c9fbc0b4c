"""Boilerplate: page furniture carried into the article text.

The literal furniture (labels, widget texts, notices) lives in the
declarative pack ``packs/furniture.toml``; this module adds the heuristic
rules that generalise beyond any list of strings: a teaser after a
related-content label, short lines wedged between furniture, a label left
dangling at the end, bare links, and lines that recur across a run.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import CorpusRule, Fix, Option, Rule, Severity
from newslint.engine import text as textutil
from newslint.engine.packs import load_pack
from newslint.engine.spill import Postings
from newslint.rules.metadata import metadata_lines

PACK = Path(__file__).with_name("packs") / "furniture.toml"
PACK_RULES = load_pack(PACK)

URL = r"(?:https?://|www\.)\S+|(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|gov|edu|info|news|co\.uk|\p{Ll}{2})(?:/\S*)?"
BARE_LINK_LINE = regex.compile(
    rf"^[ \t*_>•·\-–—]*(?:[\p{{L}}][\p{{L}} ]{{0,20}}[:\-–—][ \t]*)?(?:{URL})(?:[ \t,;|]+(?:{URL}))*[ \t.]*$",
    regex.MULTILINE | regex.V1,
)
#: what every match of BARE_LINK_LINE holds: a scheme, "www." or a domain's dot before a lower-case letter
LINK_CUE = regex.compile(r"://|www\.|\.\p{Ll}", regex.V1)
DANGLING_LABEL = regex.compile(r"^[ \t*_#>•·\-–—]*(?P<label>\p{L}[\p{L}'’ &/]{0,40}?)[ \t]*:[ \t*_]*$", regex.V1)


def has_link_cue(article) -> bool:
    """Has the article a LINK_CUE (without one, no line is a bare link line)? Searched once."""
    return article.derived("boilerplate.link_cue", lambda: LINK_CUE.search(article.text) is not None)


def bare_link_line(article, text: str) -> bool:
    """Is this line of the article a bare link line (BARE_LINK_LINE)?"""
    return has_link_cue(article) and BARE_LINK_LINE.match(text) is not None


def nonblank_lines(article) -> list[int]:
    """1-based numbers of the lines that carry text (computed once per article)."""
    return article.derived(
        "boilerplate.nonblank_lines", lambda: [i + 1 for i, line in enumerate(article.lines) if line.strip()]
    )


def line_word_counts(article) -> list[int]:
    """How many words each line has (index 0: line 1), read from the article's
    word list, since no word crosses a newline: once per article."""
    return article.derived(
        "boilerplate.line_word_counts",
        lambda: [len(article.words_between(*article.line_span(number))) for number in range(1, len(article.lines) + 1)],
    )


def furniture_lines(article) -> dict[int, str]:
    """Lines the pack marks as furniture: {line number: rule name}.

    A line counts when a pack hit covers most of it (an inline hit in a long
    paragraph does not make the whole paragraph furniture). Computed once per
    article, from the matches the pack rules themselves share.
    """
    return dict(article.derived("boilerplate.furniture_lines", lambda: _furniture_lines(article)))


def _furniture_lines(article) -> tuple[tuple[int, str], ...]:
    marked: dict[int, str] = {}
    for rule_class in PACK_RULES:
        for match in rule_class().matches(article):
            start, end = match.span("token")
            line = article.line_of(start)
            stripped = article.lines[line - 1].strip()
            if stripped and (end - start) >= 0.6 * len(stripped):
                marked.setdefault(line, rule_class.name)
    return tuple(sorted(marked.items()))


class TeaserAfterLabel(Rule):
    """Finds headline-shaped lines that follow a related-content label: teasers for other stories.

    What it finds: a short line shaped like a headline (capitalised, no final
    stop) right after a "More on the topic", "Related" or "Read more" label,
    and any further headline-shaped lines of the same list.

    Why it matters: the label introduced a box of links to other articles; the
    scraper kept the link texts, so headlines of unrelated stories now sit in
    the middle of the report as if they were subheads.

    Example: ``More on the topic`` followed by ``Ten towns hit by flooding``

    Use instead: delete the label and the teaser lines.
    """

    code = "BP201"
    name = "teaser-after-label"
    category = "boilerplate"
    severity = Severity.warning
    confidence = 0.8
    fix_title = "Delete the line"
    options = {
        "max_teasers": Option(4, "most teaser lines taken after one label"),
        "max_words": Option(18, "longest teaser headline, in words"),
    }

    def check(self, article):
        marked = furniture_lines(article)
        lines = nonblank_lines(article)
        for index, number in enumerate(lines):
            if marked.get(number) != "related-content-label":
                continue
            label = article.lines[number - 1].strip()
            for follower in lines[index + 1 : index + 1 + self.settings["max_teasers"]]:
                text = article.lines[follower - 1]
                if follower in marked or not textutil.headline_shaped(text, self.settings["max_words"]):
                    break
                start, end = article.line_span(follower)
                start += len(text) - len(text.lstrip())
                yield self.hit(
                    start,
                    end,
                    f"headline {textutil.shorten(text)!r} after the label {textutil.shorten(label, 30)!r} is a teaser for another story",
                    fix=Fix(*article.line_deletion(follower), ""),
                )


class FurnitureCluster(Rule):
    """Finds a short line wedged between two lines of page furniture.

    What it finds: a line of a few words that does not end a sentence and sits
    between two lines already recognised as furniture (or between furniture
    and the end of the text): the unlabelled parts of a widget, such as a
    contact name, a button text or a section name.

    Why it matters: furniture comes in blocks (the jusText observation); the
    parts of a block that no pattern names are just as much page layout as the
    parts that one does.

    Example: ``Related Links`` / ``Acme Health`` / ``###``: the middle line is
    part of the same footer.

    Use instead: delete the block.
    """

    code = "BP202"
    name = "furniture-cluster"
    category = "boilerplate"
    severity = Severity.warning
    confidence = 0.65
    options = {"max_words": Option(8, "longest line taken as part of a furniture block, in words")}

    def check(self, article):
        marked = dict(furniture_lines(article))
        lines = nonblank_lines(article)
        if not marked:
            return
        found: dict[int, str] = {}
        metadata = metadata_lines(article)
        for _ in range(3):  # let a block grow from both ends
            changed = False
            for index, number in enumerate(lines):
                if number in marked or index == 0:
                    continue
                if number in metadata:
                    marked[number] = "metadata"  # the metadata rules report it; it still extends the block
                    changed = True
                    continue
                text = article.lines[number - 1]
                if line_word_counts(article)[number - 1] > self.settings["max_words"] or textutil.ends_sentence(text):
                    continue
                if bare_link_line(article, text):
                    marked[number] = "link"  # bare-link-line reports it; it still extends the block
                    changed = True
                    continue
                before = lines[index - 1] in marked
                after = index + 1 == len(lines) or lines[index + 1] in marked
                if before and after:
                    marked[number] = "cluster"
                    found[number] = text
                    changed = True
            if not changed:
                break
        for number in sorted(found):
            text = found[number]
            start, end = article.line_span(number)
            start += len(text) - len(text.lstrip())
            yield self.hit(start, end, f"short line {textutil.shorten(text)!r} sits inside a block of page furniture")


class DanglingLabel(Rule):
    """Finds a label such as "Authors:" or "Source:" left at the end with nothing after it.

    What it finds: a short line ending in a colon among the article's last
    lines, followed by nothing, or only by links and other furniture.

    Why it matters: the label headed a list of links, names or buttons that
    the scraper dropped; what remains is a heading with nothing under it.

    Example: an article whose last line is ``Authors:``

    Use instead: delete the label.
    """

    code = "BP203"
    name = "dangling-label"
    category = "boilerplate"
    severity = Severity.warning
    confidence = 0.8
    fix_title = "Delete the line"
    options = {"max_words": Option(4, "longest label, in words")}

    def check(self, article):
        lines = nonblank_lines(article)
        marked = furniture_lines(article)
        # walk back over the trailing links and furniture
        tail = []
        for number in reversed(lines[1:]):
            text = article.lines[number - 1]
            if number in marked or bare_link_line(article, text):
                tail.append(number)
                continue
            tail.append(number)
            break
        for number in tail:
            text = article.lines[number - 1]
            match = DANGLING_LABEL.match(text)
            if not match or number in marked:
                continue
            if len(textutil.words(match.group("label"))) > self.settings["max_words"]:
                continue
            start, end = article.line_span(number)
            start += len(text) - len(text.lstrip())
            yield self.hit(
                start, end, f"label {textutil.shorten(text)!r} with nothing after it", fix=Fix(*article.line_deletion(number), "")
            )


class BareLinkLine(Rule):
    """Finds a line that is nothing but a web address (or a list of them).

    What it finds: a line made only of URLs or domain names, optionally behind
    a short label ("Photo - http://...", "www.example.org").

    Why it matters: the line is the residue of a link list, an embed or a
    press-release footer; in plain text it is unreadable and not part of the
    story.

    Example: ``https://www.example.com/press``

    Use instead: delete the line, or turn it into a proper reference.
    """

    code = "BP204"
    name = "bare-link-line"
    category = "boilerplate"
    severity = Severity.warning
    confidence = 0.75
    fix_title = "Delete the line"

    def check(self, article):
        marked = furniture_lines(article)
        if not has_link_cue(article):
            return
        for match in BARE_LINK_LINE.finditer(article.text):
            number = article.line_of(match.start())
            if number == 1 or number in marked:
                continue  # a "Source: <url>" footer is reported by the pack
            text = match.group()
            start = match.start() + len(text) - len(text.lstrip())
            yield self.hit(
                start, match.end(), f"bare link line {textutil.shorten(text)!r}", fix=Fix(*article.line_deletion(number), "")
            )


def unmarked_lines(article) -> list[tuple[int, int, bool]]:
    """(line number, word count, ends a sentence?) of the non-blank lines after
    the first that the pack does not mark: the candidates of the recurring-line
    rules, computed once per article for both."""
    return article.derived("boilerplate.unmarked_lines", lambda: _unmarked_lines(article))


def _unmarked_lines(article) -> list[tuple[int, int, bool]]:
    marked = furniture_lines(article)
    counts = line_word_counts(article)
    found = []
    for number in nonblank_lines(article):
        if number in marked or number == 1:
            continue  # the pack reports these; the headline is never furniture
        found.append((number, counts[number - 1], textutil.ends_sentence(article.lines[number - 1])))
    return found


class RecurringLine(CorpusRule):
    """Finds a short line that recurs verbatim across many different articles of a run.

    What it finds: a line that is not a full sentence (no final stop, or a
    few words only) and appears, after normalisation, in at least
    ``min_articles`` articles with different texts: a footer, a sign-up box,
    a byline template or a promotional line that no pattern names.

    Why it matters: news text does not repeat itself word for word across
    unrelated stories; a line that does is furniture of the site the articles
    were scraped from (the duplicate-line statistic of the Gopher and
    FineWeb filters).

    Example: ``Subscribe to the Daily Ledger for FREE`` as the first line of
    forty articles.

    Use instead: delete the line, or add its pattern to a pack.
    """

    code = "BP301"
    name = "recurring-line"
    category = "boilerplate"
    severity = Severity.warning
    confidence = 0.75
    #: report lines that read as full sentences (True) or the others (False)
    sentences = False
    options = {
        "min_articles": Option(4, "fewest distinct articles a line must recur in"),
        "max_words": Option(40, "longest line considered, in words"),
        "sentence_words": Option(8, "a line with a final stop and more words than this is a sentence"),
    }

    def collect(self, article):
        lines = []
        for number, count, final_stop in unmarked_lines(article):
            if not 1 <= count <= self.settings["max_words"]:
                continue
            sentence = final_stop and count > self.settings["sentence_words"]
            if sentence != self.sentences:
                continue
            text = article.lines[number - 1]
            start, end = article.line_span(number)
            start += len(text) - len(text.lstrip())
            lines.append((textutil.fingerprint(text), start, end, textutil.shorten(text)))
        text_fingerprint = article.derived("boilerplate.text_fingerprint", lambda: textutil.fingerprint(article.text))
        return {"text": text_fingerprint, "lines": lines}

    def check_corpus(self, summaries):
        articles_of = Postings()  # line fingerprint -> fingerprints of the texts holding it
        for summary in summaries.values():
            for fp, *_ in summary["lines"]:
                articles_of.add(fp, summary["text"])
        for key, summary in summaries.items():
            for fp, start, end, excerpt in summary["lines"]:
                count = articles_of.count(fp)
                if count >= self.settings["min_articles"]:
                    message = f"line {excerpt!r} recurs verbatim in {count} different articles of this run"
                    yield key, self.hit(start, end, message)


class RecurringSentence(RecurringLine):
    """Finds a full sentence that recurs verbatim across many different articles of a run.

    What it finds: a line that reads as a sentence (final stop, more than a
    few words) and appears in at least ``min_articles`` articles with
    different texts: often a promotional line, a disclaimer or an author's
    bio.

    Why it matters: it is weaker evidence of furniture than a recurring label,
    since a standard phrase or a columnist's bio can recur legitimately, so it
    is reported as info for an editor to judge.

    Example: ``Our reporter is the author of three books on banking.`` at the
    end of twenty articles.

    Use instead: delete the line if it belongs to the page, not the story.
    """

    code = "BP302"
    name = "recurring-sentence"
    severity = Severity.info
    confidence = 0.4
    sentences = True


RULES = [
    *PACK_RULES,
    TeaserAfterLabel,
    FurnitureCluster,
    DanglingLabel,
    BareLinkLine,
    RecurringLine,
    RecurringSentence,
]
