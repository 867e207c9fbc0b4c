r"""Declarative pattern packs: furniture strings without Python (like Vale).

A pack is a TOML file with a ``[pack]`` table and ``[[rules]]`` entries::

    [pack]
    name = "newsroom"

    [[rules]]
    code = "NR101"                 # family prefix plus three digits
    name = "sponsored-label"       # kebab-case, names the problem
    check = "existence"            # the only check type so far
    scope = "line"                 # "line": the whole line; "inline": anywhere
    match = "literal"              # "literal", "word" (whole words) or "regex"
    ignorecase = true
    tokens = ["Sponsored content", "Paid post"]
    category = "boilerplate"
    level = "warning"              # info, warning, error
    confidence = 0.95
    message = "sponsored-content label '{match}' left in the body"
    link = "https://example.org/style#sponsored"
    fix = "delete-line"            # optional: delete-line or delete-match
    explanation = '''What it finds: ... Why it matters: ... Example: ...'''
    examples = { bad = ["Paid post"], good = ["The post was paid for."] }

Matching is explicit: ``literal`` and ``word`` tokens are escaped, and only
``word`` adds word boundaries. In ``line`` scope a line matches when, apart
from surrounding whitespace and list or emphasis marks, it is one of the
tokens (a ``regex`` token must then match the whole line). ``ignorecase``
(the default) also makes ``\p{Lu}`` match lower case: wrap a case-sensitive
part of a regex token in ``(?-i:...)``. Write ``[ \t]`` rather than ``\s``
in regex tokens; in ``line`` scope each line is matched on its own.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Iterable

from . import patterns as regex  # regex, with a time limit on every match
from .data import parse_toml

from .rule import CATEGORIES, Fix, Hit, Rule, Severity, validate_rule_class
from .alternation import finditer_at_prefixes, folded_prefixes, folded_text, required_strings
from .text import shorten

REQUIRED_KEYS = {"code", "name", "tokens", "category", "level", "message"}
KNOWN_KEYS = REQUIRED_KEYS | {
    "check", "scope", "match", "ignorecase", "confidence", "link", "fix", "explanation", "examples",
}
DECORATION_CHAR = r"[ \t*_#>•·|\-–—]"
LINE_DECORATION = DECORATION_CHAR + "*"
# Leading decoration: all but the last eight characters of the run are taken
# at once (atomic group), so a token may begin with at most eight of them
# ("-ends-", "###"). A plain "[...]*" would try every token at every point of
# a long run of spaces or dashes: time n * len(token) on one line.
LEADING_DECORATION = rf"(?>(?:{DECORATION_CHAR}*(?={DECORATION_CHAR}{{8}}))?){DECORATION_CHAR}{{0,8}}"


class PackError(Exception):
    """A pack file is malformed; the message names the file and the key."""


class PatternRule(Rule):
    """Base of the rules generated from pack entries."""

    pattern: ClassVar[regex.Pattern]
    #: the literal first letters of every token (inline scope), or None
    prefixes: ClassVar[frozenset[str] | None] = None
    #: for an entry whose tokens have no literal prefix (which the regex engine
    #: may try at every position, or across a whole line): lower-cased strings
    #: one of which every match contains (see ``alternation.required_strings``), or None.
    #: A line-scope entry that has them is tested on its own, not in ``line_filter``.
    required: ClassVar[frozenset[str] | None] = None
    #: line scope: one pattern for all the pack's line-scope entries, so that a
    #: line no entry can match costs one call, not one per entry (None: none)
    line_filter: ClassVar[regex.Pattern | None] = None
    template: ClassVar[str] = ""
    delete: ClassVar[str | None] = None
    scope: ClassVar[str] = "line"
    link: ClassVar[str] = ""
    examples: ClassVar[dict[str, list[str]]] = {}

    def check(self, article) -> Iterable[Hit]:
        for match in self.matches(article):
            token = match.group("token")
            start, end = match.span("token")
            fix = None
            if self.delete == "delete-line":
                line_start, line_end = article.line_deletion(article.line_of(start))
                fix = Fix(line_start, line_end, "")
            elif self.delete == "delete-match":
                fix = Fix(start, end, "")
            yield self.hit(start, end, self.template.format(match=shorten(token)), fix=fix)

    def matches(self, article) -> list[regex.Match]:
        """This entry's matches in an article, found once per article and shared
        (the boilerplate rules read them to know which lines are furniture)."""
        return article.derived(f"pack:{self.code}", lambda: list(self._matches(article)))

    def _matches(self, article):
        text = article.text
        if self.required is not None:
            folded = folded_text(text, True)
            if folded is not None and not any(string in folded for string in self.required):
                return  # none of the strings every match contains occurs
        if self.scope != "line":
            ignorecase = bool(self.pattern.flags & regex.IGNORECASE)
            folded = folded_text(text, ignorecase) if self.prefixes is not None else None
            if folded is None:
                yield from self.pattern.finditer(text)
            else:  # the same matches, looked for only where a token's first letters occur
                yield from finditer_at_prefixes(self.pattern, self.prefixes, text, folded)
            return
        # one line at a time, so that no token (a \s in a regex, say) spans lines
        lines = _line_spans(article) if self.required is not None else _candidate_lines(article, self.line_filter)
        for start, end in lines:
            match = self.pattern.fullmatch(article.text, start, end)
            if match:
                yield match


def _line_spans(article) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    text, starts = article.text, article.line_starts
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    return [(start, end) for start, end in zip(starts, ends) if start < end]


def _candidate_lines(article, line_filter: regex.Pattern | None) -> list[tuple[int, int]]:
    """The lines some entry of the pack may match: those the union fullmatches,
    computed once per article and pack."""
    if line_filter is None:
        return _line_spans(article)
    return article.derived(
        f"packs.lines.{id(line_filter)}",
        lambda: [(s, e) for s, e in _line_spans(article) if line_filter.fullmatch(article.text, s, e)],
    )


def _body(entry: dict[str, Any], where: str) -> str:
    """The alternation of an entry's tokens, as a regular expression."""
    return "|".join(f"(?:{a})" for a in _alternatives(entry, where))


def _alternatives(entry: dict[str, Any], where: str) -> list[str]:
    """An entry's tokens, each as a regular expression."""
    kind = entry.get("match", "literal")
    tokens = entry["tokens"]
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and t for t in tokens):
        raise PackError(f"{where}: 'tokens' must be a non-empty list of strings")
    if kind == "literal":
        alternatives = [regex.escape(t) for t in tokens]
    elif kind == "word":
        alternatives = [r"(?<![\p{L}\p{N}])" + regex.escape(t) + r"(?![\p{L}\p{N}])" for t in tokens]
    elif kind == "regex":
        alternatives = tokens
    else:
        raise PackError(f"{where}: 'match' must be literal, word or regex, not {kind!r}")
    return alternatives


def _compile(entry: dict[str, Any], where: str) -> regex.Pattern:
    body = _body(entry, where)
    scope = entry.get("scope", "line")
    if scope == "line":
        source = rf"{LEADING_DECORATION}(?P<token>{body}){LINE_DECORATION}"
    elif scope == "inline":
        source = rf"(?P<token>{body})"
    else:
        raise PackError(f"{where}: 'scope' must be line or inline, not {scope!r}")
    flags = regex.MULTILINE | regex.V1
    if entry.get("ignorecase", True):
        flags |= regex.IGNORECASE
    try:
        return regex.compile(source, flags)
    except regex.error as exc:
        raise PackError(f"{where}: invalid regular expression: {exc}") from None


def _prefixes(entry: dict[str, Any]) -> frozenset[str] | None:
    """The literal prefixes of an inline entry's tokens (as ``_compile`` writes them)."""
    if entry.get("scope", "line") != "inline":
        return None
    kind = entry.get("match", "literal")
    tokens = [regex.escape(t) for t in entry["tokens"]] if kind != "regex" else entry["tokens"]
    return folded_prefixes([f"(?:{t})" for t in tokens], entry.get("ignorecase", True))


def _without_prefixes(entry: dict[str, Any]) -> bool:
    """Has one of the entry's tokens no literal prefix?"""
    return folded_prefixes(_alternatives(entry, ""), True) is None


def load_pack(path: Path) -> list[type[PatternRule]]:
    try:
        data = parse_toml(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read pack: {exc}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError (tomllib is imported only when a pack is parsed, not read from the cache)
        raise PackError(f"{path}: invalid TOML: {exc}") from None
    pack_name = data.get("pack", {}).get("name", Path(path).stem)
    unknown_tables = set(data) - {"pack", "rules"}
    if unknown_tables:
        raise PackError(f"{path}: unknown key {sorted(unknown_tables)[0]!r}")
    rules = []
    for index, entry in enumerate(data.get("rules", [])):
        where = f"{path}: rules[{index}]"
        missing = REQUIRED_KEYS - set(entry)
        if missing:
            raise PackError(f"{where}: missing key {sorted(missing)[0]!r}")
        unknown = set(entry) - KNOWN_KEYS
        if unknown:
            raise PackError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        if entry.get("check", "existence") != "existence":
            raise PackError(f"{where}: 'check' must be 'existence'")
        if entry["category"] not in CATEGORIES:
            raise PackError(f"{where}: 'category' must be one of {', '.join(CATEGORIES)}")
        if entry.get("fix") not in (None, "delete-line", "delete-match"):
            raise PackError(f"{where}: 'fix' must be delete-line or delete-match")
        try:
            severity = Severity.parse(entry["level"])
        except ValueError as exc:
            raise PackError(f"{where}: 'level': {exc}") from None
        explanation = entry.get("explanation") or (
            f"What it finds: {entry['message']}\n\nWhy it matters: pack {pack_name!r} marks it.\n\n"
            f"Example: {entry['tokens'][0]}"
        )
        attributes = {
            "__doc__": explanation,
            "__module__": f"newslint.packs.{pack_name}",
            "code": entry["code"],
            "name": entry["name"],
            "category": entry["category"],
            "severity": severity,
            "confidence": float(entry.get("confidence", 0.9)),
            "pattern": _compile(entry, where),
            "prefixes": _prefixes(entry),
            "required": required_strings(_alternatives(entry, where)) if _without_prefixes(entry) else None,
            "template": entry["message"].replace("{match!r}", "'{match}'"),
            "delete": entry.get("fix"),
            "scope": entry.get("scope", "line"),
            "fix_title": {"delete-line": "Delete the line", "delete-match": "Delete the text"}.get(entry.get("fix")),
            "link": entry.get("link", ""),
            "examples": entry.get("examples", {}),
            "source": f"pack:{pack_name}",
        }
        rule = type(f"Pack_{entry['code']}", (PatternRule,), attributes)
        problems = validate_rule_class(rule)
        if problems:
            raise PackError(f"{where}: " + "; ".join(problems))
        rules.append(rule)
    _add_line_filter(rules, data.get("rules", []))
    return rules


def _add_line_filter(rules: list[type[PatternRule]], entries: list[dict[str, Any]]) -> None:
    """Give the line-scope rules their shared filter: a line fullmatches it
    exactly when it fullmatches one of theirs (same decoration, the bodies in
    an alternation, each with its own case flag). Rules with ``required``
    strings stay out: they would make every line cost a scan of it."""
    line_rules = [(rule, entry) for rule, entry in zip(rules, entries) if rule.scope == "line" and rule.required is None]
    if len(line_rules) < 2:
        return
    bodies = "|".join(
        f"(?{'i' if entry.get('ignorecase', True) else '-i'}:{_body(entry, '')})" for _, entry in line_rules
    )
    try:
        line_filter = regex.compile(rf"{LEADING_DECORATION}(?:{bodies}){LINE_DECORATION}", regex.MULTILINE | regex.V1)
    except regex.error:
        return  # tokens that cannot share one pattern (a group name used twice, say): no filter
    for rule, _ in line_rules:
        rule.line_filter = line_filter

