"""Held-out recall bench: inject known artefacts into clean articles, lint, score.

    python bench/inject.py [--corpus PATH] [--seed N] [--compact-share F] [--keep DIR] [--artefacts NAME]

Reads clean host articles from ``../shared/corpora/clean/bbc.jsonl`` at run
time (nothing from the corpus is stored in the project), injects ONE artefact
from ``bench/artefacts.py`` into each host at a recorded position, writes the
modified articles to a JSON Lines file in a temporary folder, runs
``newslint --no-config --format json`` on it, and reports per category how
many artefacts a finding of the same category overlaps (severity warning or
error; also any severity, any category, and the categories an editor would
accept as well). The same hosts are linted without injection, so background
findings can be told from hits.

Ground truth: the 1-based line range of the injected text in the modified
article (for a duplication the repeated copy, for a name variant the line of
the variant, for an edit of a host paragraph that paragraph's lines).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from artefacts import ARTEFACTS  # noqa: E402

CATEGORIES = ["boilerplate", "truncation", "interview", "synthetic", "translation",
              "attribution", "duplication", "metadata", "offtopic"]
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "clean" / "bbc.jsonl"
SEED = 20240611
WARN = {"warning", "error"}

FUNCTION_WORDS = {"the", "of", "and", "to", "a", "in", "for", "on", "with", "at", "by", "from", "that", "its", "their"}
NOT_FIRST_NAMES = {"The", "A", "An", "But", "And", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "In", "On", "At",
                   "He", "She", "It", "They", "This", "That", "Its", "Their", "His", "Her", "When", "While", "After",
                   "Before", "If", "As", "So", "Yet", "Also", "However", "Chief", "Prime", "Minister", "Secretary",
                   "President", "Chancellor", "Home", "Foreign", "Labour", "Tory", "Liberal", "Conservative",
                   "New", "North", "South", "East", "West", "United", "Great", "European", "British", "American",
                   "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                   "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Radio", "Channel", "Premier", "World", "Grand", "Davis",
                   "Royal", "Bank", "Liverpool", "Manchester", "Chelsea", "Arsenal", "Real", "Old", "St"}
ORG_WORDS = {"Warner", "Bank", "Group", "Office", "Party", "Union", "United", "City", "Council", "Corporation",
             "Ltd", "Inc", "Airways", "Motors", "Court", "House", "Commission", "Ministry", "News", "Times",
             "Street", "Street's", "Kingdom", "States", "Communications", "Media", "Music", "Records", "Awards",
             "Office", "Department", "Agency", "Institute", "Association", "Federation", "League", "Cup", "Club",
             "Rovers", "Athletic", "Villa", "Wednesday", "Post", "Telegraph", "Journal", "Television", "Radio",
             "Airlines", "Energy", "Oil", "Systems", "Software", "Microsoft", "Google", "Apple", "Sony",
             "Nintendo", "Yahoo", "Intel", "Europe", "Africa", "Asia", "America", "Open", "Championship",
             "Games", "Olympics", "Trust", "Gold", "University", "College", "School", "Centre", "Programme", "Service", "Services", "Network", "Board", "Fund", "Reserve"}


# --------------------------------------------------------------------------- model

@dataclass
class Doc:
    """An article as blocks: the headline, then one block a paragraph.

    ``compact``: paragraphs on consecutive lines (one a line) instead of being
    separated by blank lines. A block may itself span lines (a hard wrap).
    """

    blocks: list
    compact: bool = False

    @classmethod
    def parse(cls, text: str, compact: bool = False) -> "Doc":
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
        return cls(blocks, compact)

    def copy(self) -> "Doc":
        return Doc(list(self.blocks), self.compact)

    def render(self) -> str:
        return ("\n" if self.compact else "\n\n").join(self.blocks) + "\n"

    def block_lines(self) -> list:
        """(first, last) 1-based line of each block in ``render()``."""
        out, line = [], 1
        for b in self.blocks:
            n = b.count("\n") + 1
            out.append((line, line + n - 1))
            line += n + (0 if self.compact else 1)
        return out

    def lines_of(self, first: int, last: int | None = None) -> tuple:
        spans = self.block_lines()
        return spans[first][0], spans[last if last is not None else first][1]

    @property
    def n_body(self) -> int:
        return len(self.blocks) - 1


@dataclass
class Injected:
    artefact: dict
    host_id: str
    doc: Doc
    lines: tuple            # (first, last) 1-based, inclusive
    shown: str              # what was injected, for the report
    host_doc: Doc = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.doc.render()


class CannotInject(Exception):
    pass


# --------------------------------------------------------------------------- host helpers

SENT_END = re.compile(r'(?<=[.!?])["”’]?\s+(?=["“‘(]?[A-Z0-9])')
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
QUOTE = re.compile(r'"([^"\n]{15,}?)"')
DECIMAL = re.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})(?![\d.])")


def sentences(text: str) -> list:
    return [s for s in SENT_END.split(text) if s.strip()]


def body_index(doc: Doc, spec) -> int:
    """Block index of a body paragraph: 1-based int, 'middle', 'late', 'last'."""
    n = doc.n_body
    if n < 1:
        raise CannotInject("no body")
    if spec in ("lead", "first"):
        k = 1
    elif spec == "last":
        k = n
    elif spec == "late":
        k = max(1, n - 1)
    elif spec == "middle":
        k = max(1, (n + 1) // 2)
    else:
        k = min(int(spec), n)
    return k  # block index == body paragraph number (block 0 is the headline)


def insert_index(doc: Doc, where: str) -> int:
    """Block index at which a new block goes."""
    n = doc.n_body
    return {"top": 1, "lead": min(2, n + 1), "middle": 1 + max(1, (n + 1) // 2),
            "late": max(1, n), "end": n + 1}[where]


NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
PERSON_BEFORE = re.compile(r"\b" + NAME + r"(?= (?:said|says|told|added|admitted|explained|insisted|warned|argued)\b)")
PERSON_AFTER = re.compile(r"\b(?:said|says|added) " + NAME + r"\b")


@functools.lru_cache(maxsize=4096)
def find_person(text: str):
    """A person the article names as a speaker: (full name, surname), or None."""
    cands = Counter()
    first_seen = {}
    for m in sorted([*PERSON_BEFORE.finditer(text), *PERSON_AFTER.finditer(text)], key=lambda m: m.start()):
        first, last = m.group(1), m.group(2)
        if first in NOT_FIRST_NAMES or last in ORG_WORDS or first in ORG_WORDS or last in NOT_FIRST_NAMES:
            continue
        full = f"{first} {last}"
        # a person is referred to again by the surname alone ("Mr Parsons", "Parsons said")
        alone = len(re.findall(r"(?<!%s )\b%s\b(?! [A-Z])" % (re.escape(first), re.escape(last)), text))
        if not alone:
            continue
        cands[full] += 1 + alone
        first_seen.setdefault(full, m.start())
    if not cands:
        return None
    best = sorted(cands, key=lambda k: (-cands[k], first_seen[k]))[0]
    return best, best.split(" ", 1)[1]


def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq ships with newslint
        return 0.0
    return zipf_frequency(word, "en")


def word_tail(word: str, rng: random.Random) -> str:
    """The tail (3-6 letters) of a long word, preferring one that is not itself common English."""
    word = word.strip("'’-")
    options = [word[-k:] for k in range(3, min(7, len(word) - 2))]
    rare = [t for t in options if _zipf(t) < 3.0 and t.isalpha()]
    pool = rare or [t for t in options if t.isalpha()] or options
    return rng.choice(pool)


def long_words(text: str, min_len: int = 8) -> list:
    return [w for w in WORD.findall(text) if len(w) >= min_len and w.isalpha() and w.islower()]


def mid_sentence_occurrences(doc: Doc, word: str) -> list:
    """(block, start) of occurrences of a capitalised word that are not sentence-initial (body only)."""
    out = []
    for bi in range(1, len(doc.blocks)):
        b = doc.blocks[bi]
        for m in re.finditer(r"(?<=[a-z,] )%s\b" % re.escape(word), b):
            out.append((bi, m.start()))
    return out


def host_satisfies(doc: Doc, record: dict, needs) -> bool:
    body = "\n".join(doc.blocks[1:])
    for need in needs or []:
        if need == "person":
            if not find_person(doc.render()):
                return False
        elif need == "quote":
            if not QUOTE.search(body):
                return False
        elif need == "decimal":
            if not DECIMAL.search(body):
                return False
        elif need == "tail":
            if not long_words(body, 9):
                return False
        elif need.startswith("name:"):
            if len(re.findall(r"\b%s\b" % re.escape(need[5:]), body)) < 2:
                return False
        elif need.startswith("any:"):
            if not any(mid_sentence_occurrences(doc, w) for w in need[4:].split("|")):
                return False
        elif need.startswith("paras:"):
            if doc.n_body < int(need[6:]):
                return False
        elif need.startswith("not:"):
            if record.get("category") == need[4:]:
                return False
        else:
            raise ValueError(f"unknown need {need!r}")
    return True


def fill(template: str, doc: Doc, rng: random.Random) -> str:
    values = {}
    if "{name}" in template or "{surname}" in template or "{SURNAME}" in template:
        person = find_person(doc.render())
        if not person:
            raise CannotInject("no person in host")
        values.update(name=person[0], surname=person[1], SURNAME=person[1].upper())
    if "{headline}" in template:
        values["headline"] = doc.blocks[0]
    if "{tail}" in template:
        words = long_words("\n".join(doc.blocks[1:]), 9)
        if not words:
            raise CannotInject("no long word")
        values["tail"] = word_tail(rng.choice(sorted(set(words))), rng)
    return template.format(**values)


# --------------------------------------------------------------------------- injectors
# Each takes (doc, artefact, rng) and returns (doc, first_block, last_block, shown).

def inj_para(doc, a, rng):
    text = fill(a["text"], doc, rng)
    parts = text.split("\n")
    i = insert_index(doc, a.get("where", "middle"))
    doc.blocks[i:i] = parts
    return doc, i, i + len(parts) - 1, text


def inj_turns(doc, a, rng):
    turns = [fill(t, doc, rng) for t in a["turns"]]
    i = insert_index(doc, a.get("where", "end"))
    doc.blocks[i:i] = turns
    return doc, i, i + len(turns) - 1, " / ".join(turns)


def inj_append(doc, a, rng):
    text = fill(a["text"], doc, rng)
    k = body_index(doc, a.get("para", "middle"))
    doc.blocks[k] = doc.blocks[k].rstrip() + " " + text
    return doc, k, k, "… " + text


def inj_prefix(doc, a, rng):
    k = 0 if a.get("target") == "headline" else 1
    doc.blocks[k] = a["text"] + doc.blocks[k]
    return doc, k, k, a["text"] + doc.blocks[k][len(a["text"]):][:40] + "…"


def inj_cut_start_word(doc, a, rng):
    """The paragraph's beginning is lost inside a long word the article uses elsewhere."""
    k = body_index(doc, a.get("para", "middle"))
    para = doc.blocks[k]
    others = " ".join(b for i, b in enumerate(doc.blocks) if i != k).lower()
    limit = max(40, int(len(para) * 0.6))
    cands = [m for m in WORD.finditer(para) if 7 <= len(m.group()) and m.group().isalpha()
             and 15 <= m.start() <= limit]
    elsewhere = [m for m in cands if re.search(r"\b%s\b" % re.escape(m.group().lower()), others)]
    pool = elsewhere or cands
    if not pool:
        raise CannotInject("no long word to cut in")
    m = rng.choice(pool)
    tail = word_tail(m.group(), rng)
    cut = m.end() - len(tail)
    doc.blocks[k] = para[cut:]
    return doc, k, k, doc.blocks[k][:70] + "…"


def inj_cut_start_words(doc, a, rng):
    """The paragraph starts in the middle of a sentence, on a lower-case word."""
    k = body_index(doc, a.get("para", "middle"))
    para = doc.blocks[k]
    first = sentences(para)[0]
    words = list(WORD.finditer(first))
    cands = [m for j, m in enumerate(words) if j >= 3 and m.group()[0].islower()
             and m.group().lower() not in {"said", "says"} and len(first) - m.start() > 30]
    if not cands:
        raise CannotInject("no mid-sentence cut point")
    m = rng.choice(cands[: max(1, len(cands) // 2)])
    doc.blocks[k] = para[m.start():]
    return doc, k, k, doc.blocks[k][:70] + "…"


def inj_cut_end(doc, a, rng):
    """The paragraph stops before its sentence does."""
    k = body_index(doc, a.get("para", "last"))
    para = doc.blocks[k]
    mode = a.get("mode", "word")
    start = len(para) // 3
    words = [m for m in WORD.finditer(para) if m.start() >= start and m.end() < len(para) - 3]
    # never cut right after the end of a sentence
    words = [m for m in words if not re.search(r"[.!?][\"”’]?\s*$", para[:m.start()])]
    cut = None
    if mode == "midword":
        c = [m for m in words if len(m.group()) >= 6 and m.group().isalpha()]
        if c:
            m = rng.choice(c)
            cut = m.start() + rng.randint(2, min(4, len(m.group()) - 3))
    elif mode == "function":
        c = [m for m in words if m.group().lower() in FUNCTION_WORDS]
        if c:
            cut = rng.choice(c).end()
    elif mode == "comma":
        c = [m for m in re.finditer(r",", para) if m.start() >= start and m.start() < len(para) - 10]
        if c:
            cut = rng.choice(c).end()
    if cut is None:  # "word", or a fallback
        c = [m for m in words if m.group().isalpha()]
        if not c:
            raise CannotInject("paragraph too short to cut")
        cut = rng.choice(c).end()
    doc.blocks[k] = para[:cut].rstrip()
    if k == doc.n_body and a.get("para") == "last":
        pass  # the article itself ends here: cut off
    return doc, k, k, "…" + doc.blocks[k][-70:]


def inj_hard_wrap(doc, a, rng):
    """One sentence broken over 2-3 lines (the host is one paragraph a line)."""
    doc.compact = True
    k = body_index(doc, a.get("para", "middle"))
    para = doc.blocks[k]
    sents = sentences(para)
    longest = sorted(range(len(sents)), key=lambda i: (-len(sents[i]) if len(sents[i]) < 80 else 0, i))
    long_ones = [i for i in range(len(sents)) if len(sents[i]) >= 80]
    si = rng.choice(long_ones) if long_ones else longest[0]
    s = sents[si]
    spaces = [m.start() for m in re.finditer(r" ", s)]
    n = a.get("lines", 2)
    if len(spaces) < n:
        raise CannotInject("sentence too short to wrap")
    cuts = []
    for j in range(1, n):
        target = len(s) * j / n + rng.randint(-10, 10)
        best = min((p for p in spaces if p not in cuts), key=lambda p: (abs(p - target), p))
        cuts.append(best)
    wrapped = list(s)
    for p in cuts:
        wrapped[p] = "\n"
    wrapped = "".join(wrapped)
    pos = para.index(s)
    doc.blocks[k] = para[:pos] + wrapped + para[pos + len(s):]
    return doc, k, k, wrapped.replace("\n", " ⏎ ")[:110]


def inj_name_variant(doc, a, rng):
    occ = [(bi, m.start()) for bi in range(1, len(doc.blocks))
           for m in re.finditer(r"\b%s\b" % re.escape(a["name"]), doc.blocks[bi])]
    if len(occ) < 2:
        raise CannotInject("name not repeated")
    bi, pos = rng.choice(occ)
    b = doc.blocks[bi]
    doc.blocks[bi] = b[:pos] + a["variant"] + b[pos + len(a["name"]):]
    return doc, bi, bi, f"{a['variant']} (elsewhere {a['name']})"


def inj_lowercase(doc, a, rng):
    occ = [(w, bi, p) for w in a["candidates"] for bi, p in mid_sentence_occurrences(doc, w)]
    if not occ:
        raise CannotInject("no candidate proper noun")
    w, bi, pos = rng.choice(occ)
    b = doc.blocks[bi]
    doc.blocks[bi] = b[:pos] + w.lower() + b[pos + len(w):]
    return doc, bi, bi, f"…{doc.blocks[bi][max(0, pos - 30):pos + 30]}…"


def inj_requote(doc, a, rng):
    occ = [(bi, m) for bi in range(1, len(doc.blocks)) for m in QUOTE.finditer(doc.blocks[bi])]
    if not occ:
        raise CannotInject("no quote")
    bi, m = rng.choice(occ)
    b = doc.blocks[bi]
    new = a["open"] + m.group(1) + a["close"]
    doc.blocks[bi] = b[:m.start()] + new + b[m.end():]
    return doc, bi, bi, new[:80]


def inj_decimal_comma(doc, a, rng):
    occ = [(bi, m) for bi in range(1, len(doc.blocks)) for m in DECIMAL.finditer(doc.blocks[bi])]
    if not occ:
        raise CannotInject("no decimal")
    bi, m = rng.choice(occ)
    b = doc.blocks[bi]
    doc.blocks[bi] = b[:m.start()] + f"{m.group(1)},{m.group(2)}" + b[m.end():]
    return doc, bi, bi, f"…{doc.blocks[bi][max(0, m.start() - 30):m.end() + 20]}…"


def inj_quote_credit(doc, a, rng):
    """A bare name line after a host paragraph that holds a quotation."""
    person = find_person(doc.render())
    if not person:
        raise CannotInject("no person")
    starts = [bi for bi in range(1, len(doc.blocks)) if doc.blocks[bi][:1] in "\"“"]
    has = [bi for bi in range(1, len(doc.blocks)) if QUOTE.search(doc.blocks[bi])]
    pool = starts or has
    if not pool:
        raise CannotInject("no quote paragraph")
    bi = rng.choice(pool)
    doc.blocks.insert(bi + 1, person[0])
    return doc, bi + 1, bi + 1, f"{person[0]} (after: {doc.blocks[bi][:50]}…)"


def _near_copy(text: str, mode: str, rng: random.Random, doc: Doc) -> str:
    if mode == "exact":
        return text
    if mode == "word":
        words = [m for m in WORD.finditer(text) if len(m.group()) >= 5 and m.group().isalpha() and m.group().islower()]
        pool = sorted({w for w in long_words(" ".join(doc.blocks), 5)} - {m.group() for m in words}) or ["latest"]
        if words:
            m = rng.choice(words)
            return text[:m.start()] + rng.choice(pool) + text[m.end():]
        return text + " "
    if mode == "drop_last":
        s = sentences(text)
        if len(s) >= 2:
            return " ".join(s[:-1])
        return re.sub(r",[^,]*\.$", ".", text)
    if mode == "tense":
        new = re.sub(r"\bsaid\b", "says", text, count=1)
        if new == text:
            new = re.sub(r"\bhas\b", "had", text, count=1)
        if new == text:
            return _near_copy(text, "word", rng, doc)
        return new
    if mode == "punct":
        new, opened = [], False
        for ch in text:
            if ch == '"':
                new.append("”" if opened else "“")
                opened = not opened
            else:
                new.append(ch)
        new = "".join(new).replace("%", " per cent").replace(" - ", " – ")
        if new == text:
            new = text.replace(",", "", 1) if "," in text else text.replace(" and ", " & ", 1)
        return new
    if mode == "trim_start":
        i = text.find(", ")
        if 0 < i < len(text) // 2:
            rest = text[i + 2:]
            return rest[:1].upper() + rest[1:]
        s = sentences(text)
        return " ".join(s[1:]) if len(s) >= 2 else text
    raise ValueError(mode)


def inj_dup_para(doc, a, rng):
    src = body_index(doc, a.get("source", 1))
    copy = _near_copy(doc.blocks[src], a.get("mode", "exact"), rng, doc)
    where = a.get("where", "end")
    i = src + 1 if where == "after" else max(insert_index(doc, where), src + 1)
    doc.blocks.insert(i, copy)
    return doc, i, i, f"copy of paragraph {src} ({a.get('mode', 'exact')}): {copy[:60]}…"


def inj_dup_headline(doc, a, rng):
    i = insert_index(doc, a.get("where", "middle"))
    doc.blocks.insert(i, doc.blocks[0])
    return doc, i, i, f"headline again: {doc.blocks[0]}"


def inj_dup_sentence(doc, a, rng):
    src = body_index(doc, a.get("source", 1))
    sents = [s for s in sentences(doc.blocks[src]) if len(s.split()) >= 6]
    if not sents:
        raise CannotInject("no sentence to repeat")
    s = rng.choice(sents).strip()
    target = a.get("target")
    if target:
        k = body_index(doc, target)
        if k == src:
            k = min(src + 1, doc.n_body) if src < doc.n_body else src
        if k == src:
            raise CannotInject("no other paragraph")
        doc.blocks[k] = doc.blocks[k].rstrip() + " " + s
        return doc, k, k, f"… {s}"
    i = max(insert_index(doc, a.get("where", "late")), src + 1)
    doc.blocks.insert(i, s)
    return doc, i, i, s


def inj_dup_tail(doc, a, rng):
    n = a.get("count", 2)
    copies = doc.blocks[-n:]
    i = len(doc.blocks)
    doc.blocks.extend(copies)
    return doc, i, i + n - 1, " / ".join(c[:40] + "…" for c in copies)


INJECTORS = {
    "para": inj_para, "turns": inj_turns, "append": inj_append, "prefix": inj_prefix,
    "cut_start_word": inj_cut_start_word, "cut_start_words": inj_cut_start_words, "cut_end": inj_cut_end,
    "hard_wrap": inj_hard_wrap, "name_variant": inj_name_variant, "lowercase": inj_lowercase,
    "requote": inj_requote, "decimal_comma": inj_decimal_comma, "quote_credit": inj_quote_credit,
    "dup_para": inj_dup_para, "dup_headline": inj_dup_headline, "dup_sentence": inj_dup_sentence,
    "dup_tail": inj_dup_tail,
}


def inject(artefact: dict, host: Doc, rng: random.Random, host_id: str = "host") -> Injected:
    """Inject one artefact into a copy of ``host``; the ground truth is the line range."""
    doc = host.copy()
    doc, first, last, shown = INJECTORS[artefact["kind"]](doc, artefact, rng)
    lines = doc.lines_of(first, last)
    return Injected(artefact, host_id, doc, lines, shown, host_doc=host)


# --------------------------------------------------------------------------- hosts

def load_hosts(path: Path) -> list:
    hosts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("exact_duplicate_of"):
                continue
            blocks = [b for b in re.split(r"\n\s*\n", rec["text"]) if b.strip()]
            if any("\n" in b.strip() for b in blocks) or len(blocks) < 4:
                continue
            hosts.append(rec)
    hosts.sort(key=lambda r: r["id"])
    return hosts


def _specificity(a: dict) -> int:
    needs = a.get("needs") or []
    return 0 if any(n.startswith(("name:", "any:")) or n in ("decimal", "quote") for n in needs) else 1


def build(artefacts: list, hosts: list, seed: int = SEED, compact_share: float = 0.2) -> list:
    """Pick one host per artefact (seeded, no host twice) and inject. Deterministic."""
    rng = random.Random(seed)
    pool = list(hosts)
    rng.shuffle(pool)
    used = set()
    out = {}
    order = sorted(range(len(artefacts)), key=lambda i: (_specificity(artefacts[i]), i))
    for i in order:
        a = artefacts[i]
        arng = random.Random(f"{seed}:{a['id']}")
        compact = a["kind"] == "hard_wrap" or arng.random() < compact_share
        for rec in pool:
            if rec["id"] in used:
                continue
            host = Doc.parse(rec["text"], compact)
            if not host_satisfies(host, rec, a.get("needs")):
                continue
            try:
                inj = inject(a, host, random.Random(f"{seed}:{a['id']}:{rec['id']}"), rec["id"])
            except CannotInject:
                continue
            used.add(rec["id"])
            out[i] = inj
            break
        else:
            print(f"warning: no host for artefact {a['id']}", file=sys.stderr)
    return [out[i] for i in sorted(out)]


# --------------------------------------------------------------------------- scoring

def finding_span(f: dict) -> tuple:
    """(first, last) line a finding covers; an exclusive end at column 1 ends on the line before."""
    first = f["line"]
    last = f.get("end_line") or first
    if last > first and f.get("end_column") == 1:
        last -= 1
    return first, last


def overlaps(f: dict, lines: tuple) -> bool:
    a, b = finding_span(f)
    return a <= lines[1] and b >= lines[0]


def score(injected: list, findings: list, baseline: list | None = None) -> dict:
    """Per-artefact hit flags. ``findings`` carry ``record`` = 1-based index into ``injected``."""
    by_record = defaultdict(list)
    for f in findings:
        if f.get("record"):
            by_record[f["record"]].append(f)
    base_cats = defaultdict(set)
    for f in baseline or []:
        if f.get("record") and f["severity"] in WARN:
            base_cats[f["record"]].add(f["category"])
    rows = []
    for r, inj in enumerate(injected, 1):
        cat = inj.artefact["category"]
        accepted = {cat, *inj.artefact.get("also", [])}
        over = [f for f in by_record[r] if overlaps(f, inj.lines)]
        rows.append({
            "id": inj.artefact["id"], "category": cat, "host": inj.host_id, "lines": inj.lines,
            "shown": inj.shown,
            "warn": any(f["category"] == cat and f["severity"] in WARN for f in over),
            "any_sev": any(f["category"] == cat for f in over),
            "accepted": any(f["category"] in accepted and f["severity"] in WARN for f in over),
            "any_cat": any(f["category"] and f["severity"] in WARN for f in over),
            "codes": sorted({f["code"] for f in over if f["category"] == cat and f["severity"] in WARN}),
            "bg": cat in base_cats[r],
            "outside": sum(1 for f in by_record[r] if f["severity"] in WARN and not overlaps(f, inj.lines)),
        })
    return rows


# --------------------------------------------------------------------------- running newslint

def newslint_command() -> list:
    exe = Path(sys.executable).with_name("newslint")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("newslint")
    return [found] if found else [sys.executable, "-m", "newslint"]


def run_newslint(texts: list, ids: list, folder: Path, name: str) -> list:
    path = folder / f"{name}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, t in zip(ids, texts):
            fh.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    proc = subprocess.run(newslint_command() + ["--no-config", "--format", "json", str(path)],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        print(f"newslint exited {proc.returncode}: {proc.stderr.strip()[:500]}", file=sys.stderr)
    data = json.loads(proc.stdout)
    return data["findings"]


# --------------------------------------------------------------------------- report

def shorten(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def report(rows: list, baseline_findings: list, n_hosts: int) -> str:
    out = []
    head = f"{'category':<12} {'artefacts':>9} {'warn+':>6} {'any sev':>8} {'+alt':>5} {'any cat':>8} " \
           f"{'recall':>7} {'rec.any':>8} {'host bg':>8}"
    out.append(head)
    out.append("-" * len(head))
    tot = Counter()
    for cat in CATEGORIES:
        rs = [r for r in rows if r["category"] == cat]
        n = len(rs)
        c = Counter(k for r in rs for k in ("warn", "any_sev", "accepted", "any_cat", "bg") if r[k])
        for k in ("warn", "any_sev", "accepted", "any_cat", "bg"):
            tot[k] += c[k]
        tot["n"] += n
        out.append(f"{cat:<12} {n:>9} {c['warn']:>6} {c['any_sev']:>8} {c['accepted']:>5} {c['any_cat']:>8} "
                   f"{c['warn'] / n if n else 0:>7.2f} {c['any_sev'] / n if n else 0:>8.2f} {c['bg']:>8}")
    out.append("-" * len(head))
    n = tot["n"] or 1
    out.append(f"{'ALL':<12} {tot['n']:>9} {tot['warn']:>6} {tot['any_sev']:>8} {tot['accepted']:>5} "
               f"{tot['any_cat']:>8} {tot['warn'] / n:>7.2f} {tot['any_sev'] / n:>8.2f} {tot['bg']:>8}")
    out.append("")
    out.append("columns: warn+ = a warning/error finding of the same category overlaps the artefact's lines; "
               "any sev = same, info included; +alt = warning+ in the category or one an editor also accepts; "
               "any cat = warning+ of any category overlaps; host bg = the host without injection already had a "
               "warning+ finding of that category somewhere.")
    out.append(f"overall recall (warning+, same category): {tot['warn']}/{tot['n']} = {tot['warn'] / n:.2f}; "
               f"any severity: {tot['any_sev'] / n:.2f}; accepted categories: {tot['accepted'] / n:.2f}; "
               f"any category: {tot['any_cat'] / n:.2f}")
    warn_base = [f for f in baseline_findings if f["severity"] in WARN]
    flagged = len({f["record"] for f in warn_base})
    by_cat = Counter(f["category"] for f in warn_base)
    out.append(f"baseline (same {n_hosts} hosts, no injection): {flagged} articles with a warning/error, "
               f"{len(warn_base)} warning+ findings"
               + (f" ({', '.join(f'{k} {v}' for k, v in sorted(by_cat.items(), key=lambda kv: str(kv[0])))})"
                  if by_cat else ""))
    outside = sum(r["outside"] for r in rows)
    out.append(f"injected run: {outside} warning+ findings outside the artefacts' lines "
               f"(in {sum(1 for r in rows if r['outside'])} articles)")
    out.append("")
    out.append("codes that found artefacts (warning+, same category):")
    for cat in CATEGORIES:
        codes = Counter(c for r in rows if r["category"] == cat for c in r["codes"])
        out.append(f"  {cat:<12} " + (", ".join(f"{c}×{k}" for c, k in sorted(codes.items())) or "-"))
    out.append("")
    out.append("missed (no warning+ finding of the same category), up to 3 per category:")
    for cat in CATEGORIES:
        missed = [r for r in rows if r["category"] == cat and not r["warn"]]
        if not missed:
            continue
        out.append(f"  {cat} ({len(missed)} missed)")
        for r in missed[:3]:
            extra = " [found as another category]" if r["any_cat"] else ""
            out.append(f"    - {r['id']} @ {r['host']} lines {r['lines'][0]}-{r['lines'][1]}: "
                       f"{shorten(r['shown'])}{extra}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--compact-share", type=float, default=0.2,
                    help="share of hosts rewritten one paragraph a line (hard-wrap hosts always are)")
    ap.add_argument("--keep", type=Path, help="also copy the modified articles and ground truth to this folder")
    ap.add_argument("--artefacts", default="artefacts", metavar="NAME",
                    help="module of bench/ whose ARTEFACTS list is injected (default: artefacts)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    hosts = load_hosts(args.corpus)
    injected = build(importlib.import_module(args.artefacts).ARTEFACTS, hosts, args.seed, args.compact_share)
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
        tmp = Path(tmp)
        findings = run_newslint([i.text for i in injected], [f"{i.artefact['id']}@{i.host_id}" for i in injected],
                                tmp, "injected")
        base = run_newslint([i.host_doc.render() for i in injected], [i.host_id for i in injected], tmp, "baseline")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(tmp / "injected.jsonl", args.keep / "injected.jsonl")
            shutil.copy(tmp / "baseline.jsonl", args.keep / "baseline.jsonl")
            with open(args.keep / "truth.jsonl", "w", encoding="utf-8") as fh:
                for r, i in enumerate(injected, 1):
                    fh.write(json.dumps({"record": r, "id": i.artefact["id"], "host": i.host_id,
                                         "category": i.artefact["category"], "lines": list(i.lines)}) + "\n")
    rows = score(injected, findings, base)
    print(f"newslint held-out injection bench: {len(injected)} artefacts in {len(injected)} host articles "
          f"from {args.corpus.name} (seed {args.seed})")
    print()
    print(report(rows, base, len(injected)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
