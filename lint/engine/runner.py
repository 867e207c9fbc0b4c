"""Running rules over articles: selection, options, crash isolation,
suppression, and the corpus pass.
"""
from __future__ import annotations

import copy
import itertools
import pickle
from collections import deque
import traceback
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from . import patterns
from . import text as textutil
from .article import Article
from .builtin import ENGINE_RULES, InternalError, InvalidSuppression, UnusedSuppression
from .inputs import glob_matches, resolved
from .registry import PluginError, Registry, build_registry, load_plugin_folder
from .rule import CorpusRule, Finding, Hit, Rule, Severity
from .spill import SortedSpill, SpillDict, SpillError, SpillFolder
from .selection import SelectorError, is_selected, selects_code, validate_selectors, wanted_prefixes
from .suppression import Suppressions, parse_suppressions

if TYPE_CHECKING:
    from .cache import ResultCache


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
        fix, start, end = hit.fix, hit.start, hit.end
        if fix is not None:
            if rule.fix_safety == "unsafe" and fix.safe:
                fix = replace(fix, safe=False)
            # the reported span covers the fix: --fix never edits outside a reported span
            start, end = min(start, fix.start), max(end, fix.end)
        line, column = article.position(self._first_visible(article, start, hit.start))
        end_line, end_column = article.position(end)
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
            start=start,
            end=end,
            record=article.record,
            id=article.id,
            fix=fix,
            span_hash=textutil.fingerprint(article.text[hit.start : hit.end]),
        )

    @staticmethod
    def _first_visible(article: Article, start: int, limit: int) -> int:
        """Where a finding is shown to start: a fix that also takes the line
        break or blank lines before the problem does not move its line."""
        while start < limit and article.text[start].isspace():
            start += 1
        return start

    def check_article(self, article: Article) -> list[Finding]:
        findings = []
        for rule in self.rules:
            deadline = patterns.start_deadline(article.text)
            try:
                # a hit outside the text fails in make_finding: the rule's fault too
                findings.extend([self.make_finding(article, rule, hit) for hit in rule.check(article)])
            except Exception as exc:  # one rule's crash must not stop the run
                findings.append(self.internal_error(article, rule, exc))
            finally:
                patterns.stop_deadline(deadline)
        return findings

    def lint_article(self, article: Article) -> list[Finding]:
        """One article's findings, per-file ignores and suppressions applied
        (article rules only: corpus rules need the whole run)."""
        return self.finish(self.lint(article))

    def internal_error(self, article: Article, rule: Rule, exc: BaseException) -> Finding:
        # the innermost frame outside the time-limited regex wrapper names the culprit
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).name != "patterns.py"]
        where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        if isinstance(exc, TimeoutError):
            message = (
                f"rule {rule.code} ({rule.name}) timed out: it ran past its time limit "
                f"on this article{where}; the rule's findings for it are missing"
            )
        else:
            message = f"rule {rule.code} ({rule.name}) raised {type(exc).__name__}: {exc}{where}"
        return self.make_finding(article, InternalError, Hit(0, 0, message))

    def lint(self, article: Article) -> "ArticleResult":
        """Everything a run needs from one article, small and picklable: its
        findings before suppression, the corpus rules' summaries, and the
        suppression comments with their would-be NL100/NL101 findings."""
        findings = self.check_article(article)
        summaries = {}
        for rule in self.rules:
            if isinstance(rule, CorpusRule):
                deadline = patterns.start_deadline(article.text)
                try:
                    summaries[rule.code] = rule.collect(article)
                except Exception as exc:
                    findings.append(self.internal_error(article, rule, exc))
                finally:
                    patterns.stop_deadline(deadline)
        result = ArticleResult(key=article.key, path=article.path, findings=findings, summaries=summaries)
        if article.format == "markdown":
            suppressions = parse_suppressions(article.source, article.line_of)
            result.suppressions = suppressions
            result.invalid_suppressions = [
                self.make_finding(article, InvalidSuppression, Hit(start, end, message))
                for start, end, message in suppressions.problems
            ]
            result.unused_suppressions = [
                self.make_finding(article, UnusedSuppression, Hit(e.start, e.end, f"suppression of {e.code} suppresses nothing"))
                for e in suppressions.entries
            ]
        return result

    def corpus_findings(self, article: Article, hits: Iterable[tuple[str, Hit | BaseException]]) -> list[Finding]:
        """Findings from a corpus rule's hits in this article (or its crash, as NL001)."""
        rules = {rule.code: rule for rule in self.rules}
        findings = []
        for code, hit in hits:
            if code not in rules:
                continue  # a corpus rule of another configuration
            try:
                if isinstance(hit, BaseException):
                    raise hit
                findings.append(self.make_finding(article, rules[code], hit))
            except Exception as exc:  # the rule crashed, or its hit lies outside the text
                findings.append(self.internal_error(article, rules[code], exc))
        return findings

    def finish(self, result: "ArticleResult", extra: list[Finding] = ()) -> list[Finding]:
        """Apply per-file ignores and suppression comments; add NL1xx findings."""
        ignored = self.ignored_here(result.path)
        kept = [
            f
            for f in [*result.findings, *extra]
            if f.code == InternalError.code or not any(selects_code(f.code, [c], f.category) for c in ignored)
        ]
        suppressions = result.suppressions
        if suppressions is None:
            return kept
        suppressions = copy.deepcopy(suppressions)  # marks entries used: keep the cached result clean
        kept = [f for f in kept if f.code == InternalError.code or not suppressions.suppresses(f.code, f.line)]
        wanted = {r.code for r in self.engine_select} - set(ignored)
        if InvalidSuppression.code in wanted:
            kept.extend(result.invalid_suppressions)
        if UnusedSuppression.code in wanted:
            active = {r.code for r in self.rules}
            for entry, finding in zip(suppressions.entries, result.unused_suppressions):
                if not entry.used and any(code.startswith(entry.code) for code in active):
                    kept.append(finding)  # an unselected rule is no evidence either way
        return kept


@dataclass
class ArticleResult:
    key: tuple[str, int | None]
    path: str
    findings: list[Finding]
    summaries: dict[str, Any]
    suppressions: Suppressions | None = None
    invalid_suppressions: list[Finding] = field(default_factory=list)
    unused_suppressions: list[Finding] = field(default_factory=list)


# --- building linters (in the main process and in workers) ----------------------


@lru_cache(maxsize=16)
def _families(prefixes: tuple[str, ...] | None) -> Registry:
    return build_registry(wanted_prefixes=prefixes)


_linters_by_blob: dict[bytes, Linter] = {}


def linter_for_blob(settings_blob: bytes) -> Linter:
    """The linter of pickled settings, built once per process (worker processes
    and Dask workers receive settings this way)."""
    linter = _linters_by_blob.get(settings_blob)
    if linter is None:
        linter = _linters_by_blob[settings_blob] = build_linter(pickle.loads(settings_blob))
    return linter


def build_linter(settings) -> Linter:
    """The linter of one configuration: its families, plugin folders and packs."""
    from .packs import PackError, load_pack

    prefixes = wanted_prefixes(list(settings.select) + list(settings.extend_select))
    registry = Registry()
    registry.add(_families(None if prefixes is None else tuple(prefixes)).rules.values())
    where = settings.source or "command line"
    for folder in settings.plugin_paths:
        try:
            registry.add(load_plugin_folder(Path(folder)))
        except PluginError as exc:
            raise SettingsError(f"{where}: key 'plugin-paths': {exc}") from None
    for pack in settings.packs:
        try:
            registry.add(load_pack(Path(pack)))
        except PackError as exc:
            raise SettingsError(f"{where}: key 'packs': {exc}") from None
    return Linter(settings, registry)


# --- a run ---------------------------------------------------------------------


@dataclass
class RunResult:
    #: sorted; a run whose findings outgrow memory gets a ``SortedSpill``, which iterates the same way
    findings: list[Finding] | SortedSpill = field(default_factory=list)
    errors: list[Any] = field(default_factory=list)  # InputError
    files: int = 0
    articles: int = 0
    paths: set[str] = field(default_factory=set)  # the files (and "-") linted
    cached: int = 0
    #: the text of each line a finding points at, for --show-source
    line_texts: Mapping[tuple, str] = field(default_factory=dict)
    #: where the run's big structures spill (a temporary folder, made on first need)
    spill_folder: SpillFolder = field(default_factory=SpillFolder, repr=False)
    #: a cluster run that wrote its findings as shards: the files, and counts by severity
    shards: list[str] = field(default_factory=list)
    shard_severities: dict[int, int] = field(default_factory=dict)

    @property
    def internal_errors(self) -> int:
        return sum(1 for f in self.findings if f.code == InternalError.code)

    def line_text(self, finding: Finding) -> str | None:
        return self.line_texts.get((finding.path, finding.record, finding.line))


def run(
    articles: Iterable[tuple[Article, Linter] | Any],
    *,
    on_error: Callable[[Any], None] | None = None,
    reopen: Callable[[tuple[str, int | None]], Article] | None = None,
    jobs: int = 1,
    cache: "ResultCache | None" = None,
    on_article: Callable[[], None] | None = None,
) -> RunResult:
    """Lint every article with its linter, then run the corpus rules.

    ``articles`` yields ``(article, linter)`` pairs, or input errors, which
    are collected (and passed to ``on_error`` at once). Articles are not kept:
    the corpus pass works on the per-article summaries, and an article that
    a corpus rule reports is read again through ``reopen(key)`` (without it,
    every article is kept in memory). ``jobs`` > 1 lints in worker processes;
    the findings and their order are the same for every ``jobs``. ``cache``
    skips articles whose text, path and linter are unchanged.
    """
    result = RunResult()
    spill = result.spill_folder
    result.line_texts = SpillDict(spill)
    held = SpillDict(spill)  # article key -> (result, linter number), for articles with findings or suppressions
    corpus = CorpusPass(spill)
    kept: dict[tuple, Article] = {}
    seen_paths = set()
    cache_keys: deque = deque()  # in input order, like the results

    def pending():
        for item in articles:
            if not isinstance(item, tuple):
                result.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            article, linter = item
            result.articles += 1
            seen_paths.add(article.path)
            if reopen is None:
                kept[article.key] = article
            cached = None
            if cache:
                cache_keys.append(cache.key(article, linter))
                cached = cache.get(cache_keys[-1])
                result.cached += cached is not None
            yield article, linter, cached

    for article_result, line_texts, linter, fresh in map_articles(pending(), jobs):
        key = cache_keys.popleft() if cache else None
        if fresh and cache:
            cache.put(key, article_result, line_texts)
        corpus.add(article_result, linter)
        if article_result.findings or article_result.suppressions is not None:
            held[article_result.key] = (article_result, corpus.number_of(linter))
        result.line_texts.update(line_texts)
        if on_article:
            on_article()
    if cache:
        cache.commit()

    extra = corpus.findings(kept.get if reopen is None else reopen)
    findings = SortedSpill(spill, key=Finding.sort_key)
    for article_result, number in held.values():
        findings.extend(corpus.linters[number].finish(article_result, extra.pop(article_result.key, [])))
    for key, found in extra.items():
        findings.extend(corpus.linter_of(key).finish(ArticleResult(key, key[0], [], {}), found))
    result.findings = findings.result()
    result.files = len(seen_paths)
    result.paths = seen_paths
    return result


class CorpusPass:
    """The corpus rules' side of a run: each article's summaries (spilled to
    disk on big runs), then one pass over them all."""

    def __init__(self, spill: SpillFolder | None = None) -> None:
        spill = spill or SpillFolder()
        self.rules: dict[str, CorpusRule] = {}
        self.summaries: dict[str, SpillDict] = {}  # rule code -> {article key: summary}
        self.linters: list[Linter] = []
        self._numbers: dict[int, int] = {}  # id(linter) -> its place in self.linters
        self._linter_numbers = SpillDict(spill)  # article key -> the number of its linter
        self._spill = spill

    def number_of(self, linter: Linter) -> int:
        number = self._numbers.get(id(linter))
        if number is None:
            number = self._numbers[id(linter)] = len(self.linters)
            self.linters.append(linter)
        return number

    def linter_of(self, key: tuple) -> Linter:
        return self.linters[self._linter_numbers[key]]

    def add(self, article_result: ArticleResult, linter: Linter) -> None:
        self.add_summaries(article_result.key, article_result.summaries, linter)

    def add_summaries(self, key: tuple, summaries: dict[str, Any], linter: Linter) -> None:
        if not summaries:
            return
        self._linter_numbers[key] = self.number_of(linter)
        for rule in linter.rules:
            if isinstance(rule, CorpusRule) and rule.code in summaries:
                self.rules.setdefault(rule.code, rule)
                if rule.code not in self.summaries:
                    self.summaries[rule.code] = SpillDict(self._spill)
                self.summaries[rule.code][key] = summaries[rule.code]

    def hits(self) -> dict[tuple, list[tuple[str, Hit | BaseException]]]:
        """Run each corpus rule: {article key: [(rule code, hit, or the rule's exception)]}."""
        hits: dict[tuple, list] = {}
        for code, rule in self.rules.items():
            try:
                for key, hit in rule.check_corpus(self.summaries[code]):
                    hits.setdefault(key, []).append((code, hit))
            except SpillError:
                raise  # the machine's trouble, not the rule's
            except Exception as exc:
                hits.setdefault(next(iter(self.summaries[code])), []).append((code, exc))
        return hits

    def findings(self, reopen: Callable[[tuple], Article]) -> dict[tuple, list[Finding]]:
        """The corpus rules' findings, made in the articles they name (read again)."""
        in_file_order = sorted(self.hits().items(), key=lambda item: (item[0][0], item[0][1] or 0))
        return {key: self.linter_of(key).corpus_findings(reopen(key), article_hits) for key, article_hits in in_file_order}


def lint_with_lines(linter: Linter, article: Article) -> tuple[ArticleResult, dict[tuple, str]]:
    """Lint one article; keep the text of the lines its findings point at."""
    article_result = linter.lint(article)
    lines = article.lines
    line_texts = {}
    for finding in (*article_result.findings, *article_result.invalid_suppressions, *article_result.unused_suppressions):
        if 0 < finding.line <= len(lines):
            line_texts[(finding.path, finding.record, finding.line)] = lines[finding.line - 1]
    return article_result, line_texts


def map_articles(pending, jobs: int):
    """Yield ``(result, line_texts, linter, fresh)`` for each pending article, in order.

    Worker processes start only when there is enough work to pay for them
    (a hook run on three files stays in one process)."""
    pending = iter(pending)
    if jobs > 1:
        from .parallel import map_in_workers, worth_workers

        head = list(itertools.islice(pending, worth_workers(jobs)))
        if len(head) == worth_workers(jobs):
            yield from map_in_workers(itertools.chain(head, pending), jobs)
            return
        pending = iter(head)
    for article, linter, cached in pending:
        if cached is not None:
            yield (*cached, linter, False)
        else:
            yield (*lint_with_lines(linter, article), linter, True)
