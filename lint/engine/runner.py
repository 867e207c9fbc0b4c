"""Running rules over articles: selection, options, crash isolation,
suppression, and the corpus pass.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from . import text as textutil
from .article import Article
from .builtin import ENGINE_RULES, InternalError, InvalidSuppression, UnusedSuppression
from .inputs import glob_matches, resolved
from .registry import Registry
from .rule import CorpusRule, Finding, Hit, Rule, Severity
from .selection import SelectorError, is_selected, selects_code, validate_selectors
from .suppression import Suppressions, parse_suppressions


class SettingsError(Exception):
    """Settings name an unknown code or give a rule a bad option."""


def _option_key(name: str) -> str:
    return name.replace("-", "_")


@dataclass
class Linter:
    """The rules of one configuration, ready to run."""

    settings: Any  # newslint.config.Settings
    registry: Registry
    rules: list[Rule] = field(default_factory=list)
    severities: dict[str, Severity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        s = self.settings
        where = s.source or "command line"
        known = self.registry.by_code()
        engine_codes = [r.code for r in ENGINE_RULES]
        for key, selectors in (("select", s.select), ("ignore", s.ignore), ("extend-select", s.extend_select)):
            try:
                validate_selectors(selectors, known, extra_codes=engine_codes)
            except SelectorError as exc:
                raise SettingsError(f"{where}: key {key!r}: unknown rule code, prefix or category {exc.args[0]!r}") from None
        for glob, codes in s.per_file_ignores.items():
            try:
                validate_selectors(codes, known, extra_codes=engine_codes)
            except SelectorError as exc:
                raise SettingsError(f"{where}: key 'per-file-ignores.{glob}': unknown rule code {exc.args[0]!r}") from None
        by_name = {rule.name: rule for rule in known}
        for code, level in s.severity.items():
            if code not in self.registry.rules and code not in engine_codes:
                raise SettingsError(f"{where}: key 'severity.{code}': unknown rule code {code!r}")
            self.severities[code] = Severity.parse(level)
        options_by_code: dict[str, dict[str, Any]] = {}
        for ref, options in s.rules.items():
            rule = self.registry.rules.get(ref) or by_name.get(ref)
            if rule is None:
                raise SettingsError(f"{where}: key 'rules.{ref}': unknown rule code or name {ref!r}")
            options_by_code[rule.code] = {_option_key(k): v for k, v in options.items()}
        select = list(s.select) + list(s.extend_select)
        for rule_class in known:
            if not is_selected(rule_class, select, s.ignore):
                continue
            try:
                self.rules.append(rule_class(options_by_code.get(rule_class.code)))
            except KeyError as exc:
                raise SettingsError(
                    f"{where}: key 'rules.{rule_class.code}.{exc.args[0]}': unknown option of {rule_class.code} "
                    f"(known: {', '.join(rule_class.options) or 'none'})"
                ) from None
            except TypeError as exc:
                raise SettingsError(f"{where}: key 'rules.{rule_class.code}': {exc}") from None
        self.engine_select = [r for r in ENGINE_RULES if is_selected(r, select, s.ignore)]

    # --- per article ---------------------------------------------------------

    def severity_of(self, rule: type[Rule]) -> Severity:
        return self.severities.get(rule.code, rule.severity)

    def ignored_here(self, path: str) -> list[str]:
        if not self.settings.per_file_ignores or path == "-":
            return []
        target = resolved(Path(path))
        try:
            relative = target.relative_to(self.settings.root.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        codes: list[str] = []
        for glob, ignored in self.settings.per_file_ignores.items():
            if glob_matches(relative, glob):
                codes.extend(ignored)
        return codes

    def make_finding(self, article: Article, rule: type[Rule] | Rule, hit: Hit) -> Finding:
        if not 0 <= hit.start <= hit.end <= len(article.text):
            raise ValueError(f"hit span {hit.start}..{hit.end} lies outside the text (length {len(article.text)})")
        line, column = article.position(hit.start)
        end_line, end_column = article.position(hit.end)
        return Finding(
            path=article.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=rule.code,
            rule=rule.name,
            category=rule.category,
            severity=self.severity_of(type(rule) if isinstance(rule, Rule) else rule),
            confidence=rule.confidence if hit.confidence is None else hit.confidence,
            message=hit.message,
            excerpt=article.excerpt(hit.start, hit.end),
            start=hit.start,
            end=hit.end,
            record=article.record,
            id=article.id,
            fix=hit.fix,
            span_hash=textutil.fingerprint(article.text[hit.start : hit.end]),
        )

    def check_article(self, article: Article) -> list[Finding]:
        findings = []
        for rule in self.rules:
            try:
                # a hit outside the text fails in make_finding: the rule's fault too
                findings.extend([self.make_finding(article, rule, hit) for hit in rule.check(article)])
            except Exception as exc:  # one rule's crash must not stop the run
                findings.append(self.internal_error(article, rule, exc))
        return findings

    def internal_error(self, article: Article, rule: Rule, exc: BaseException) -> Finding:
        # the innermost frame outside the time-limited regex wrapper names the culprit
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).name != "patterns.py"]
        where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        if isinstance(exc, TimeoutError):
            message = (
                f"rule {rule.code} ({rule.name}) timed out: a regular expression ran past its time limit "
                f"on this article{where}; the rule's findings for it are missing"
            )
        else:
            message = f"rule {rule.code} ({rule.name}) raised {type(exc).__name__}: {exc}{where}"
        return self.make_finding(article, InternalError, Hit(0, 0, message))

    def finish_article(self, article: Article, findings: list[Finding]) -> list[Finding]:
        """Apply per-file ignores and suppression comments; add NL1xx findings."""
        ignored = self.ignored_here(article.path)
        kept = [
            f
            for f in findings
            if f.code == InternalError.code or not any(selects_code(f.code, [c], f.category) for c in ignored)
        ]
        if article.format != "markdown":
            return kept
        suppressions = parse_suppressions(article.source, article.line_of)
        kept = [
            f
            for f in kept
            if f.code == InternalError.code or not suppressions.suppresses(f.code, f.line)
        ]
        return kept + self._suppression_findings(article, suppressions, ignored)

    def _suppression_findings(self, article: Article, suppressions: Suppressions, ignored: list[str]) -> list[Finding]:
        result = []
        active = {r.code for r in self.rules}
        wanted = {r.code for r in self.engine_select} - set(ignored)
        if InvalidSuppression.code in wanted:
            for start, end, message in suppressions.problems:
                result.append(self.make_finding(article, InvalidSuppression, Hit(start, end, message)))
        if UnusedSuppression.code in wanted:
            for entry in suppressions.unused():
                if not any(code.startswith(entry.code) for code in active):
                    continue  # its rule is not selected in this run: no evidence either way
                message = f"suppression of {entry.code} suppresses nothing"
                result.append(self.make_finding(article, UnusedSuppression, Hit(entry.start, entry.end, message)))
        return result


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[Any] = field(default_factory=list)  # InputError
    files: int = 0
    articles: int = 0

    @property
    def internal_errors(self) -> int:
        return sum(1 for f in self.findings if f.code == InternalError.code)


def run(
    articles: Iterable[tuple[Article, Linter] | Any],
    *,
    on_error=None,
) -> RunResult:
    """Lint every article with its linter, then run the corpus rules.

    ``articles`` yields ``(article, linter)`` pairs, or input errors, which
    are collected (and passed to ``on_error`` at once, so they are reported
    while the run goes on).
    """
    result = RunResult()
    per_article: dict[Any, list[Finding]] = {}
    kept: dict[Any, tuple[Article, Linter]] = {}
    summaries: dict[str, dict[Any, Any]] = {}
    corpus_rules: dict[str, CorpusRule] = {}
    seen_paths = set()
    for item in articles:
        if not isinstance(item, tuple):
            result.errors.append(item)
            if on_error:
                on_error(item)
            continue
        article, linter = item
        result.articles += 1
        seen_paths.add(article.path)
        findings = linter.check_article(article)
        for rule in linter.rules:
            if isinstance(rule, CorpusRule):
                corpus_rules.setdefault(rule.code, rule)
                try:
                    summaries.setdefault(rule.code, {})[article.key] = rule.collect(article)
                except Exception as exc:
                    findings.append(linter.internal_error(article, rule, exc))
        per_article[article.key] = findings
        kept[article.key] = (article, linter)
    for code, rule in corpus_rules.items():
        try:
            for key, hit in rule.check_corpus(summaries.get(code, {})):
                article, linter = kept[key]
                if any(r.code == code for r in linter.rules):
                    per_article[key].append(linter.make_finding(article, rule, hit))
        except Exception as exc:
            for key in summaries.get(code, {}):
                article, linter = kept[key]
                per_article[key].append(linter.internal_error(article, rule, exc))
                break
    for key, findings in per_article.items():
        article, linter = kept[key]
        result.findings.extend(linter.finish_article(article, findings))
    result.findings.sort(key=Finding.sort_key)
    result.files = len(seen_paths)
    return result
