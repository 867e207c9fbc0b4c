"""Measure newslint: the seeds, a clean corpus, raw corpora and known artefacts.

    python bench/eval.py [--shared ../shared] [--examples N] [--jobs N] [--no-timing]

Runs the installed newslint (``python -m newslint`` with this interpreter,
``--no-config``) and prints, as Markdown:

1. Seeds: the seed folder against ``expected.jsonl`` (matching rules in
   ``newslint.testing``): entries found per level, by warnings and errors
   and by any severity; false positives (alarms on lines no entry lists);
   every miss and every false positive.
2. Clean corpus (``corpora/clean/bbc.jsonl``, edited articles), linted as
   JSON Lines: the share of articles with a warning or error (the bar is
   3%), split into per-article rules and corpus rules (``CorpusRule``
   subclasses, whose findings depend on the other articles), and the rules
   that fire, most articles first, with examples.
3. Raw corpora (``corpora/raw/*.jsonl``), each file its own run: findings
   per category and rule and the share of articles flagged, with examples.
4. Known artefact kinds of the raw corpora (``corpora/README.md``): each has
   an oracle here, a regular expression or a plain check written from the
   corpus README and from reading the corpora, independent of the rules.
   For each kind: occurrences, how many newslint reports (a warning or error
   of any category whose lines overlap the occurrence's), and misses.
5. Timing per run, then a summary as Markdown tables for the README.

Everything but the timing lines (``--no-timing`` drops them) is
deterministic. Paths are printed relative to the shared folder. The shared
folder defaults to ``../shared`` beside the repository; without it only the
seeds are measured (against ``tests/fixtures/expected.jsonl``).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent

try:
    import newslint
    from newslint import CorpusRule
    from newslint.engine.registry import build_registry
    from newslint.testing import LEVELS, evaluate, finding_lines, is_alarm, load_expected
except ImportError as exc:  # pragma: no cover - a usage error, not a measurement
    sys.exit(f"bench/eval.py: cannot import newslint ({exc}); run it with the project's virtual environment")

BAR = 0.03  # at most this share of clean articles may carry a warning or error
ALARM = "warning/error"


# --------------------------------------------------------------------------- running newslint


@dataclass
class Run:
    """One newslint run over one input."""

    label: str
    target: Path
    fmt: str  # json or jsonl
    cwd: Path  # newslint runs here, on a relative path, so paths in its output are portable
    articles: int = 0
    findings: list = field(default_factory=list)
    returncode: int | None = None
    stderr: str = ""
    wall: float = 0.0
    cpu: float = 0.0


def execute(run: Run, workdir: Path) -> Run:
    """Lint ``run.target`` in a child process; keep its findings and its costs."""
    out_path = workdir / f"{run.label.replace('/', '_')}.out"
    err_path = workdir / f"{run.label.replace('/', '_')}.err"
    target = os.path.relpath(run.target, run.cwd)
    command = [sys.executable, "-m", "newslint", "check", "--no-config", "--format", run.fmt, target]
    start = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=run.cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    run.wall = time.perf_counter() - start
    run.cpu = usage.ru_utime + usage.ru_stime
    run.returncode = proc.returncode
    run.stderr = err_path.read_text(encoding="utf-8", errors="replace")
    text = out_path.read_text(encoding="utf-8")
    if run.fmt == "json":
        data = json.loads(text) if text.strip() else {}
        run.findings = data.get("findings", [])
        run.articles = data.get("summary", {}).get("articles", run.articles)
    else:
        run.findings = [json.loads(line) for line in text.splitlines() if line.strip()]
    run.findings.sort(key=lambda f: (f.get("path") or "", f.get("record") or 0, f["line"], f["column"], f["code"]))
    print(f"bench/eval.py: {run.label}: {len(run.findings)} findings in {run.wall:.1f} s", file=sys.stderr)
    return run


def execute_all(runs: Sequence[Run], jobs: int) -> None:
    """Run the longest inputs first, ``jobs`` at a time."""
    with tempfile.TemporaryDirectory(prefix="newslint-eval-") as tmp:
        order = sorted(runs, key=lambda r: -r.target.stat().st_size if r.target.is_file() else 0)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for future in [pool.submit(execute, run, Path(tmp)) for run in order]:
                future.result()


# --------------------------------------------------------------------------- corpora


@dataclass(frozen=True)
class Record:
    record: int  # the record's line in the file, as newslint reports it
    id: str
    text: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def read_corpus(path: Path) -> list[Record]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            data = json.loads(raw)
            text = str(data.get("text") or "")
            text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
            records.append(Record(number, str(data.get("id", number)), text))
    return records


# --------------------------------------------------------------------------- helpers


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({pct(part, whole)})"


def shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def clip(text: str, width: int = 110) -> str:
    """The text's start and end, for a line whose end matters as much as its start."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    half = (width - 3) // 2
    return f"{text[:half]} … {text[-half:]}"


def spread(items: Sequence, n: int, key: Callable | None = None) -> list:
    """Up to ``n`` items evenly spaced over the sequence, preferring distinct keys."""
    if n <= 0 or not items:
        return []
    pool = list(items)
    if key is not None:
        seen, distinct = set(), []
        for item in items:
            if key(item) not in seen:
                seen.add(key(item))
                distinct.append(item)
        if len(distinct) >= n:
            pool = distinct
    if len(pool) <= n:
        return pool
    if n == 1:
        return [pool[0]]
    step = (len(pool) - 1) / (n - 1)
    return [pool[round(i * step)] for i in range(n)]


def md_table(header: Sequence[str], rows: Iterable[Sequence]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return out


def where(finding: dict) -> str:
    """``id line N`` for a JSON Lines finding, ``file:line`` otherwise."""
    if finding.get("record") is not None:
        return f"{finding.get('id') or 'record ' + str(finding['record'])} line {finding['line']}"
    return f"{PurePath(finding['path']).name}:{finding['line']}"


def describe(finding: dict) -> str:
    return f"{where(finding)} {finding['code']} ({finding['severity']}) {shorten(finding['message'], 140)}"


@dataclass
class RuleInfo:
    names: dict[str, str]
    corpus: set[str]

    @classmethod
    def load(cls) -> "RuleInfo":
        registry = build_registry()
        names = {code: rule.name for code, rule in registry.rules.items()}
        corpus = {code for code, rule in registry.rules.items() if issubclass(rule, CorpusRule)}
        return cls(names, corpus)

    def kind(self, code: str) -> str:
        if code in self.corpus:
            return "corpus"
        return "engine" if code.startswith("NL") else "article"


def problems_of(run: Run, print_) -> None:
    """Crashes and input errors are reported, never silently dropped."""
    crashes = [f for f in run.findings if f["code"] == "NL001"]
    if crashes:
        print_(f"- **{len(crashes)} rule crash(es) (NL001)**: " + "; ".join(describe(f) for f in crashes[:5]))
    if run.returncode not in (0, 1):
        print_(f"- newslint exit status {run.returncode}")
    if run.stderr.strip():
        lines = run.stderr.strip().splitlines()
        print_(f"- standard error ({len(lines)} lines): " + " / ".join(shorten(l, 160) for l in lines[:5]))


# --------------------------------------------------------------------------- 1. seeds


def report_seeds(run: Run, entries: list[dict], print_) -> dict:
    result = evaluate(entries, run.findings)
    severities = Counter(f["severity"] for f in run.findings)
    print_(f"Linted `{run.target.name}/` ({run.articles} articles): {len(run.findings)} findings "
           f"({severities['error']} error, {severities['warning']} warning, {severities['info']} info); "
           f"{len(entries)} expected entries.")
    problems_of(run, print_)
    print_("")
    table = md_table(
        ["level", f"found ({ALARM})", "found (any severity)"],
        [(level, ratio(s.found, s.total), ratio(s.found_any, s.total)) for level, s in result.levels.items()],
    )
    for line in table:
        print_(line)
    print_("")
    for level in LEVELS:
        score = result.levels[level]
        if not score.missed:
            continue
        print_(f"Missed `{level}` entries (no {ALARM} matches):")
        for entry in score.missed:
            first, last = entry["lines"][0], entry["lines"][-1]
            span = f"{first}" if first == last else f"{first}-{last}"
            info_only = "" if entry in score.missed_any else " — found at info severity only"
            print_(f"- {entry['file']}:{span} [{entry['category']}] {shorten(entry['note'], 120)}{info_only}")
        print_("")
    print_(f"False positives ({ALARM} on lines no entry lists): {len(result.false_positives)}")
    for finding in result.false_positives:
        print_(f"- {describe(finding)}")
    return {"result": result}


# --------------------------------------------------------------------------- 2./3. corpora


def flagged_articles(findings: Iterable[dict], keep: Callable[[dict], bool] = lambda f: True) -> set[int]:
    return {f["record"] for f in findings if is_alarm(f) and keep(f)}


def rule_table(run: Run, rules: RuleInfo, examples: int, print_) -> None:
    """The rules with warning/error findings, most articles first, with examples."""
    by_code: dict[str, list[dict]] = defaultdict(list)
    for finding in run.findings:
        if is_alarm(finding):
            by_code[finding["code"]].append(finding)
    order = sorted(by_code, key=lambda c: (-len({f["record"] for f in by_code[c]}), c))
    rows = []
    for code in order:
        found = by_code[code]
        sev = "/".join(s for s in ("error", "warning", "info") if any(f["severity"] == s for f in found))
        rows.append((code, rules.names.get(code, "?"), found[0].get("category") or "newslint", rules.kind(code),
                     sev, len({f["record"] for f in found}), len(found)))
    if not rows:
        print_("No rule fires.")
        return
    for line in md_table(["code", "name", "category", "kind", "severity", "articles", "findings"], rows):
        print_(line)
    if examples:
        print_("")
        for code in order:
            print_(f"{code} {rules.names.get(code, '?')}:")
            for finding in spread(by_code[code], examples, key=lambda f: f["record"]):
                print_(f"    {describe(finding)}")


def report_clean(run: Run, rules: RuleInfo, examples: int, print_) -> dict:
    n = run.articles
    flagged = flagged_articles(run.findings)
    per_article = flagged_articles(run.findings, lambda f: rules.kind(f["code"]) != "corpus")
    corpus = flagged_articles(run.findings, lambda f: rules.kind(f["code"]) == "corpus")
    any_finding = {f["record"] for f in run.findings}
    verdict = "within" if len(flagged) <= BAR * n else "OVER"
    print_(f"`{run.label}`: {n} edited articles, {len(run.findings)} findings "
           f"({sum(1 for f in run.findings if is_alarm(f))} {ALARM}).")
    problems_of(run, print_)
    print_("")
    print_(f"- articles with a {ALARM}: **{ratio(len(flagged), n)}** — {verdict} the {BAR:.0%} bar")
    print_(f"- by per-article rules: {ratio(len(per_article), n)}")
    print_(f"- by corpus rules ({', '.join(sorted(rules.corpus)) or 'none'}): {ratio(len(corpus), n)}")
    print_(f"- articles with any finding, info included: {ratio(len(any_finding), n)}")
    print_("")
    print_(f"Rules with {ALARM} findings, most articles first:")
    print_("")
    rule_table(run, rules, examples, print_)
    info = [f for f in run.findings if not is_alarm(f)]
    if info:
        counts = Counter(f["code"] for f in info)
        print_("")
        print_("Info findings (not counted): " + ", ".join(f"{c} {counts[c]}" for c in sorted(counts)))
    return {"articles": n, "flagged": len(flagged), "per_article": len(per_article), "corpus": len(corpus)}


def report_raw(run: Run, rules: RuleInfo, examples: int, print_) -> dict:
    n = run.articles
    flagged = flagged_articles(run.findings)
    any_finding = {f["record"] for f in run.findings}
    print_(f"`{run.label}`: {n} articles, {len(run.findings)} findings; "
           f"flagged ({ALARM}): **{ratio(len(flagged), n)}**; any finding: {ratio(len(any_finding), n)}")
    problems_of(run, print_)
    print_("")
    by_category: dict[str, list[dict]] = defaultdict(list)
    for finding in run.findings:
        by_category[finding.get("category") or "newslint"].append(finding)
    rows = []
    for category in sorted(by_category, key=lambda c: (-len(flagged_articles(by_category[c])), c)):
        found = by_category[category]
        alarms = [f for f in found if is_alarm(f)]
        rows.append((category, len(alarms), len({f["record"] for f in alarms}), pct(len({f["record"] for f in alarms}), n),
                     len(found) - len(alarms)))
    for line in md_table(["category", f"findings ({ALARM})", "articles", "share", "info findings"], rows):
        print_(line)
    print_("")
    rule_table(run, rules, examples, print_)
    return {"articles": n, "flagged": len(flagged)}


# --------------------------------------------------------------------------- 4. oracles
#
# Each oracle reads one article and returns occurrences as (first, last)
# line ranges (1-based, inclusive). They were written from corpora/README.md
# and from reading the raw corpora, not from the rules.

FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto upon about as than
    which who whom whose its their his her our your my is are was were be been being has have had
    will would shall should can could may might must do does did not if when while because although
    though whether such some any no every each between through during under against among without
    within via per""".split()
)
TERMINAL = ".!?…:"
CLOSERS = "\"'”’»)]*"
PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def line_matches(pattern: str, flags: int = re.IGNORECASE) -> Callable[[Record], list[tuple[int, int]]]:
    regex = re.compile(pattern, flags)

    def oracle(record: Record) -> list[tuple[int, int]]:
        return [(i, i) for i, line in enumerate(record.lines, 1) if regex.search(line.strip())]

    return oracle


# stranded photo credits: a short line (<= 15 words) that is a credit, or a
# parenthesised credit inside any line
CREDIT_LEAD = re.compile(
    r"^(?:featured\s+(?:image|photo)|(?:image|photo)\s+(?:credit|courtesy|via|by)|(?:photo|image|credit)\s*:)",
    re.IGNORECASE,
)
CREDIT_AGENCY = re.compile(
    r"Getty\s+Images|/\s*Getty\b|\bShutterstock|\biStock|\bThinkstock|\bAP\s+Photo\b|\bREUTERS\s*/|/\s*Reuters\b"
    r"|/\s*AFP\b|\bAFP\s*/"
)
CREDIT_PAREN = re.compile(
    r"\(\s*(?:AP\s+)?(?:Photo|Image)(?:\s+(?:credit|courtesy(?:\s+of)?|via|by)\s*:?|\s*:)\s*[^()]{2,80}\)"
    r"|\(\s*(?:REUTERS|AP\s+Photo)\s*/[^()]*\)",
    re.IGNORECASE,
)


def photo_credits(record: Record) -> list[tuple[int, int]]:
    hits = []
    for i, line in enumerate(record.lines, 1):
        text = line.strip()
        short = 0 < len(text.split()) <= 15
        if (short and (CREDIT_LEAD.search(text) or CREDIT_AGENCY.search(text))) or CREDIT_PAREN.search(text):
            hits.append((i, i))
    return hits


ERROR_PAGE = re.compile(  # with re.MULTILINE: "404" must open a line
    r"website is down for maintenance|page is under construction|^\W*404\b|404 not found|page not found|error 404"
    r"|page you (?:requested|were looking for|are looking for|were trying to view)"
    r"|was not found on this server|nothing was found at this location"
    r"|can[’']?t find (?:the page|what you[’']re looking for)|web server is not returning a connection"
    r"|main error mes+age here",
    re.IGNORECASE | re.MULTILINE,
)
ERROR_PAGE_MAX_CHARS = 1000


def error_page(record: Record) -> list[tuple[int, int]]:
    """The whole article, when it is short and reads as a server error page."""
    if len(record.text) <= ERROR_PAGE_MAX_CHARS and ERROR_PAGE.search(record.text):
        return [(1, len(record.lines))]
    return []


def paragraphs(record: Record) -> list[tuple[int, int, str]]:
    """Runs of non-blank lines: (first line, last line, text)."""
    result, start, buf = [], None, []
    for i, line in enumerate(record.lines + [""], 1):
        if line.strip():
            if start is None:
                start = i
            buf.append(line.strip())
        elif start is not None:
            result.append((start, i - 1, " ".join(buf)))
            start, buf = None, []
    return result


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return " ".join(text.split())


def repeated_paragraphs(record: Record) -> list[tuple[int, int]]:
    """Every later copy of a paragraph of >= 8 words, compared normalised
    (NFKC, case-folded, straight quotes, whitespace collapsed)."""
    seen, hits = set(), []
    for first, last, text in paragraphs(record):
        if len(text.split()) < 8:
            continue
        key = normalise(text)
        if key in seen:
            hits.append((first, last))
        seen.add(key)
    return hits


def _known_word(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the word list, nothing counts as a fragment
        return True
    return zipf_frequency(word, "en") > 0


def cut_off(record: Record) -> list[tuple[int, int]]:
    """The last paragraph, when it has >= 8 words and stops mid-sentence.

    Mid-sentence: no terminal punctuation (. ! ? … : before any closing
    quotes or brackets) and the text ends in a comma or semicolon, or in a
    plain lower-case word (letters only: no URL, handle or address) that is
    a function word ("and", "the", "of", ...), has one or two letters, or
    has three or more and is unknown to wordfreq (the text stops inside a
    word). An ellipsis glued to such a word ("a morning ro…", a site's cut
    excerpt) does not count as terminal punctuation.
    """
    paras = paragraphs(record)
    if not paras:
        return []
    first, last, text = paras[-1]
    if len(text.split()) < 8:
        return []
    body = text.rstrip(CLOSERS + " ")
    glued = re.search(r"(?<=[^\W\d_])(?:…|\.{2,})$", body)
    if glued:
        body = body[: glued.start()]
    elif not body or body[-1] in TERMINAL:
        return []
    elif body[-1] in ",;":
        return [(first, last)]
    token = body.split()[-1]
    if not token.islower() or not PLAIN_WORD.fullmatch(token):
        return []
    if token in FUNCTION_WORDS or len(token) <= 2 or not _known_word(token):
        return [(first, last)]
    return []


@dataclass(frozen=True)
class Kind:
    key: str
    title: str
    definition: str
    oracle: Callable[[Record], list[tuple[int, int]]]


KINDS = [
    Kind("advertisement", "Advertisement / Continue reading the main story",
         "a line that is an ad label ('Advertisement', 'Advertisements', 'Ad', optionally followed by "
         "'Continue reading the main story' or '- story continues below'), or any line containing "
         "'Continue reading the main story', 'Continue reading below the advertisement' or "
         "'Your ads will be inserted here'",
         line_matches(r"^(?:advertisements?|ad)\b\s*(?:[-–—:]\s*)?(?:continue reading the main story|story continues below)?$"
                      r"|continue reading the main story|continue reading below the advertisement"
                      r"|your ads will be inserted here")),
    Kind("browser-notice", "browser, cookie and JavaScript notices",
         "a line asking for JavaScript, cookies, a newer browser or a robot check ('browser supports "
         "JavaScript', 'enable JavaScript', 'upgrade your browser', 'newer generation of browser', 'not a "
         "robot', 'cookie policy', 'we use cookies', 'accept cookies', 'ad blocker'), or a line 'Why did "
         "this happen?' on its own",
         line_matches(r"browser supports javascript|enable javascript|javascript is (?:disabled|required|turned off)"
                      r"|upgrade your browser|newer generation of browser|(?:you(?:'|’)re|you are) not a robot"
                      r"|cookie policy|we use cookies|accept (?:the )?cookies|ad ?blocker|^why did this happen\?$")),
    Kind("photo-credit", "stranded photo credits",
         "a line of at most 15 words that starts 'Featured image', 'Image credit', 'Photo courtesy', "
         "'Photo:', 'Credit:' ... or names an agency (Getty Images, /Getty, Shutterstock, iStock, Thinkstock, "
         "AP Photo, REUTERS/, /Reuters, AFP); or a parenthesised credit '(Photo: ...)', '(REUTERS/...)' in "
         "any line",
         photo_credits),
    Kind("story-continued", "Story Continued Below",
         "a line that is 'Story Continued Below' (any case)",
         line_matches(r"^story continued below\.?$")),
    Kind("error-page", "error pages scraped instead of the article",
         f"an article of at most {ERROR_PAGE_MAX_CHARS} characters containing a server error phrase "
         "('Website is Down For Maintenance', 'under construction', a line opening '404', 'Error 404', 'Page Not Found', 'the page you "
         "requested', 'was not found on this server', 'nothing was found at this location', 'web server is "
         "not returning a connection', 'Main Error Mesage Here'); the occurrence is the whole article",
         error_page),
    Kind("readers-widget", "'% of readers think this story is Fact' widget",
         "a line containing '% of readers think this story is' or 'Add your two cents'",
         line_matches(r"% of readers think this story is|add your two cents")),
    Kind("headline-teaser", "injected 'Headline: ...' teasers",
         "a line starting 'Headline:' followed by text",
         line_matches(r"^headline:\s*\S")),
    Kind("see-original-study", "press release ending 'SEE ORIGINAL STUDY'",
         "a line that is 'SEE ORIGINAL STUDY' (any case)",
         line_matches(r"^see original study\.?$")),
    Kind("repeated-paragraph", "repeated paragraphs",
         "a later exact copy of an earlier paragraph (run of non-blank lines) of the same article, with at "
         "least 8 words, compared after NFKC, case folding, straight quotes and collapsed whitespace",
         repeated_paragraphs),
    Kind("cut-off", "texts cut off mid-sentence",
         "the article's last paragraph, when it has at least 8 words, lacks terminal punctuation "
         "(. ! ? … : before any closing quotes or brackets) and ends in a comma or semicolon, or in a "
         "plain lower-case word (letters only: no URL, handle or address) that is a function word "
         "('and', 'the', 'of', ...), has one or two letters, or is unknown to wordfreq (the text stops "
         "inside a word); an ellipsis glued to such a word ('a morning ro…', a cut excerpt) is not "
         "terminal punctuation",
         cut_off),
]


@dataclass
class Occurrence:
    corpus: str
    record: Record
    first: int
    last: int
    reported_by: list = field(default_factory=list)  # alarm codes
    info_by: list = field(default_factory=list)  # info codes


def find_occurrences(kind: Kind, corpora: dict[str, tuple[list[Record], Run]]) -> list[Occurrence]:
    occurrences = []
    for label, (records, run) in corpora.items():
        by_record: dict[int, list[tuple[int, int, dict]]] = defaultdict(list)
        for finding in run.findings:
            first, last = finding_lines(finding)
            by_record[finding["record"]].append((first, last, finding))
        for record in records:
            for first, last in kind.oracle(record):
                occ = Occurrence(label, record, first, last)
                for start, end, finding in by_record.get(record.record, ()):
                    if start <= last and end >= first:
                        (occ.reported_by if is_alarm(finding) else occ.info_by).append(finding["code"])
                occurrences.append(occ)
    return occurrences


def report_kinds(corpora: dict[str, tuple[list[Record], Run]], clean: list[Record] | None, print_) -> list[tuple]:
    rows = []
    for kind in KINDS:
        occs = find_occurrences(kind, corpora)
        in_clean = sum(len(kind.oracle(record)) for record in clean) if clean is not None else None
        reported = [o for o in occs if o.reported_by]
        info_only = [o for o in occs if not o.reported_by and o.info_by]
        articles = {(o.corpus, o.record.record) for o in occs}
        missed_articles = {(o.corpus, o.record.record) for o in occs if not o.reported_by}
        lines = sum(o.last - o.first + 1 for o in occs)
        print_(f"### {kind.key}: {kind.title}")
        print_("")
        print_(f"Oracle: {kind.definition}.")
        print_("")
        per_file = Counter(o.corpus for o in occs)
        per_file_reported = Counter(o.corpus for o in reported)
        spread_ = ", ".join(f"{PurePath(c).stem} {per_file_reported[c]}/{per_file[c]}" for c in corpora if per_file[c])
        print_(f"- occurrences: {len(occs)} in {len(articles)} articles ({lines} lines)"
               + (f"; reported per file: {spread_}" if spread_ else ""))
        if in_clean is not None:
            print_(f"- oracle check: {in_clean} occurrences in the clean BBC corpus")
        print_(f"- reported ({ALARM}, any category): **{ratio(len(reported), len(occs))}**; "
               f"at info only: {len(info_only)}; articles with every occurrence reported: "
               f"{len(articles) - len(missed_articles)}/{len(articles)}")
        codes = Counter(code for o in reported for code in sorted(set(o.reported_by)))
        if codes:
            print_("- reported by: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items(), key=lambda x: (-x[1], x[0]))))
        misses = [o for o in occs if not o.reported_by]
        for occ in spread(misses, 3, key=lambda o: (o.corpus, o.record.record)):
            span = f"line {occ.first}" if occ.first == occ.last else f"lines {occ.first}-{occ.last}"
            text = " / ".join(line for line in occ.record.lines[occ.first - 1 : occ.last] if line.strip())
            info = f" [info: {', '.join(sorted(set(occ.info_by)))}]" if occ.info_by else ""
            print_(f"- miss: {PurePath(occ.corpus).stem} {occ.record.id} {span}{info}: {clip(text)!r}")
        print_("")
        rows.append((kind.key, len(occs), len(articles), len(reported), in_clean))
    return rows


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder with corpora/ and seeds/ (default: ../shared beside the repo)")
    parser.add_argument("--seeds", type=Path, default=None,
                        help="seed folder to lint (default: the repository's seeds/, else the shared copy)")
    parser.add_argument("--examples", type=int, default=3, metavar="N", help="examples per rule (default 3)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="newslint runs at a time (default: 2, or 1 on one core)")
    parser.add_argument("--no-timing", action="store_true", help="leave out the timing lines (for diffs)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    out: list[str] = []
    print_ = out.append

    shared = args.shared.resolve()
    if args.seeds is not None:
        seeds_dir = args.seeds.resolve()
    else:
        seeds_dir = ROOT / "seeds" if (ROOT / "seeds").is_dir() else shared / "seeds"
    expected_path = shared / "seeds" / "expected.jsonl"
    if not expected_path.is_file():
        expected_path = ROOT / "tests" / "fixtures" / "expected.jsonl"
    clean_path = shared / "corpora" / "clean" / "bbc.jsonl"
    raw_dir = shared / "corpora" / "raw"
    raw_paths = sorted(raw_dir.glob("*.jsonl")) if raw_dir.is_dir() else []

    def rel(path: Path) -> str:
        """A path as the reader knows it: inside the shared folder or the repository."""
        for base, prefix in ((shared, "shared"), (ROOT, "repo")):
            try:
                return f"{prefix}:{path.resolve().relative_to(base).as_posix()}"
            except ValueError:
                continue
        return path.as_posix()

    seed_cwd = seeds_dir.parent
    runs = [Run("seeds", seeds_dir, "json", seed_cwd)]
    if clean_path.is_file():
        runs.append(Run(clean_path.relative_to(shared).as_posix(), clean_path, "jsonl", shared))
    runs += [Run(p.relative_to(shared).as_posix(), p, "jsonl", shared) for p in raw_paths]
    records: dict[str, list[Record]] = {}
    for run in runs[1:]:
        records[run.label] = read_corpus(run.target)
        run.articles = len(records[run.label])
    execute_all(runs, args.jobs)
    seed_run = runs[0]
    clean_run = runs[1] if clean_path.is_file() else None
    raw_runs = runs[2:] if clean_run else runs[1:]
    rules = RuleInfo.load()

    print_("# newslint measurement")
    print_("")
    print_(f"newslint {newslint.__version__}; {len(rules.names)} rules; corpus rules: "
           f"{', '.join(sorted(rules.corpus)) or 'none'}; every run `--no-config`. "
           f"A *{ALARM}* is a finding of severity warning or error; info findings are counted apart.")
    if not clean_path.is_file():
        print_(f"No corpora under the shared folder ({args.shared}): only the seeds are measured.")
    print_("")
    print_(f"## 1. Seeds (`{rel(seeds_dir)}` against `{rel(expected_path)}`)")
    print_("")
    seeds = report_seeds(seed_run, load_expected(expected_path), print_)
    print_("")
    clean = None
    if clean_run:
        print_("## 2. Clean corpus")
        print_("")
        clean = report_clean(clean_run, rules, args.examples, print_)
        print_("")
    raw = {}
    if raw_runs:
        print_("## 3. Raw corpora")
        print_("")
        for run in raw_runs:
            print_(f"### {run.label}")
            print_("")
            raw[run.label] = report_raw(run, rules, args.examples, print_)
            print_("")
    kind_rows = []
    if raw_runs:
        print_("## 4. Known artefacts in the raw corpora")
        print_("")
        print_(f"An occurrence is *reported* when a {ALARM} finding of any category overlaps its lines. "
               "The oracles are plain checks written for this harness from corpora/README.md and from "
               "reading the corpora, independent of the rules; kinds may overlap (one line can be an ad "
               "label and a robot check). The oracle check counts the same oracle's hits in the clean "
               "corpus, where there should be next to none.")
        print_("")
        kind_rows = report_kinds({r.label: (records[r.label], r) for r in raw_runs},
                                 records.get(clean_run.label) if clean_run else None, print_)

    if not args.no_timing:
        print_("## 5. Timing")
        print_("")
        rows = [(r.label, r.articles, f"{r.wall:.1f}", f"{r.cpu:.1f}",
                 f"{r.articles / r.wall:.1f}" if r.wall else "-", f"{r.articles / r.cpu:.1f}" if r.cpu else "-")
                for r in runs]
        for line in md_table(["input", "articles", "wall s", "CPU s", "articles/s (wall)", "articles/CPU s"], rows):
            print_(line)
        print_("")
        print_(f"{args.jobs} newslint run(s) at a time on {os.cpu_count()} cores; "
               f"harness total {time.perf_counter() - started:.1f} s wall.")
        print_("")

    print_("## Summary")
    print_("")
    result = seeds["result"]
    summary = []
    for level in LEVELS:
        score = result.levels[level]
        summary.append((f"seed `{level}` entries found ({ALARM} / any severity)",
                        f"{score.found}/{score.total} / {score.found_any}/{score.total}"))
    summary.append((f"seed false positives ({ALARM} on unlisted lines)", str(len(result.false_positives))))
    if clean:
        summary.append((f"BBC (clean) articles with a {ALARM}, bar {BAR:.0%}",
                        ratio(clean["flagged"], clean["articles"])))
        summary.append(("… through per-article rules / corpus rules",
                        f"{pct(clean['per_article'], clean['articles'])} / {pct(clean['corpus'], clean['articles'])}"))
    for label, figures in raw.items():
        summary.append((f"raw `{PurePath(label).name}` articles with a {ALARM}",
                        ratio(figures["flagged"], figures["articles"])))
    for line in md_table(["measure", "result"], summary):
        print_(line)
    if kind_rows:
        print_("")
        rows = [(key, occs, articles, ratio(reported, occs), "-" if in_clean is None else in_clean)
                for key, occs, articles, reported, in_clean in kind_rows]
        header = ["raw artefact kind (oracle)", "occurrences", "articles", f"reported ({ALARM})", "oracle hits in BBC"]
        for line in md_table(header, rows):
            print_(line)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
