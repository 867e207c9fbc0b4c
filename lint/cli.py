"""The command line: ``newslint [PATH ...]``, ``newslint rules``, ``newslint explain``."""
from __future__ import annotations

import gc

# Start-up makes some 25,000 objects that live until exit, and no garbage: the garbage
# collector pauses while the modules load (see the end of the imports)
_collecting = gc.isenabled()
gc.disable()

import atexit
import functools
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import click

from . import __version__
from .config import ConfigError, Settings, check_per_file_ignores, find_config, load_config
from .engine.baseline import Baseline, BaselineError
from .engine.builtin import ENGINE_RULES
from .engine.inputs import InputError, decode, format_of, is_special_file, read_articles, walk
from .engine.packs import PackError
from .engine.registry import PluginError, Registry, build_registry
from .engine.rule import Finding, Severity
from .engine.article import Article
from .engine.cache import ResultCache
from .engine.parallel import default_jobs
from .engine.runner import Linter, RunResult, SettingsError, build_linter, run
from .engine.spill import SpillError
from .formats import available_formats, load_format
from .progress import Progress
from .stats import STATS_FORMATS, article_records, format_for_path, measuring, write_stats

if TYPE_CHECKING:
    from .fixes import FixRun

# the modules loaded: their objects are frozen (later collections leave them out), and collection resumes;
# collecting while they loaded, then walking them at each collection, cost a one-article run about 6 ms
gc.freeze()
if _collecting:
    gc.enable()

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
VERBOSE_KEY = "newslint.verbose"
FATAL_ERRORS = (ConfigError, SettingsError, PluginError, PackError, BaselineError, SpillError)
FIX_LABELS = {"safe": "fix", "unsafe": "unsafe-fix", "mixed": "fix/unsafe"}


class DefaultGroup(click.Group):
    """A group whose default command is ``check``: ``newslint PATH`` lints.

    It is also the last line of defence: Ctrl-C exits 130 and an unexpected
    exception prints one line and exits 2, with no traceback unless ``-v``.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("newslint: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # the reader went away (``newslint ... | head``): nothing left to say
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
            ctx.exit(EXIT_ERROR)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: one line, not a traceback
            if ctx.meta.get(VERBOSE_KEY):
                import traceback  # here: only a bug needs it

                traceback.print_exc()
            click.echo(f"newslint: internal error: {type(exc).__name__}: {exc} (run with -v for the traceback)", err=True)
            ctx.exit(EXIT_ERROR)


def split_codes(values: tuple[str, ...]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: find provenance problems in news articles.

    Run ``newslint PATH ...`` to lint files, folders and JSON Lines datasets
    (``-`` reads standard input).
    """
    # What a run builds lives until the process ends: frozen at exit, it is left out of the
    # interpreter's final garbage collections, which would only walk it (13 ms of a one-article run)
    atexit.unregister(gc.freeze)  # once, however often main runs in one process (tests)
    atexit.register(gc.freeze)


def selection_options(command):
    """The options that choose rules, severities and configuration (shared by ``check`` and ``report``)."""
    options = [
        click.option("--select", multiple=True, help="Codes, prefixes or categories to enable (replaces the config's)."),
        click.option("--ignore", multiple=True, help="Codes, prefixes or categories to disable."),
        click.option("--extend-select", multiple=True, help="Codes, prefixes or categories to enable as well."),
        click.option("--severity", "min_severity", type=click.Choice(["info", "warning", "error"]), help="Show findings at or above this severity."),
        click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="Exit 1 for findings at or above this severity [default: warning]."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this configuration file."),
        click.option("--no-config", is_flag=True, help="Ignore every configuration file."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def resolver_from_options(opts: dict[str, Any], *, force_exclude: bool = False) -> "SettingsResolver":
    """A SettingsResolver for the options of ``selection_options``."""
    return SettingsResolver(opts["config_file"], opts["no_config"], overrides_from(opts), force_exclude=force_exclude)


def exit_status(result: RunResult, fail_on: Severity, exit_zero: bool) -> int:
    """2 for unreadable inputs or internal errors, else 1 for findings at or above ``fail_on``, else 0."""
    if result.errors or result.internal_errors:
        return EXIT_ERROR
    if not exit_zero and any(f.severity >= fail_on for f in result.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@selection_options
@click.option("--format", "output_format", default="text", show_default=True, help="Output format: " + ", ".join(available_formats()) + ".")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write findings to this file (atomically).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Show counts per rule instead of the findings.")
@click.option("--stats", "stats_file", type=click.Path(dir_okay=False), help="Also write per-article stats (as `newslint stats`) to this file: CSV for *.csv, else JSON Lines.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option("--show-settings", is_flag=True, help="Print the resolved configuration for the first path and exit.")
@click.option("--show-source/--no-show-source", default=None, help="Show the line and a caret [default: when a terminal].")
@click.option("--color/--no-color", default=None, help="Colour the output [default: when a terminal].")
@click.option("--force-exclude", is_flag=True, help="Apply the exclude setting to files named on the command line too (for pre-commit).")
@click.option("--stdin-filename", help="The name to report for standard input (its suffix sets the format).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Lint on a Dask cluster (scheduler address, or 'local' for a local cluster); needs newslint[dask].")
@click.option("--shards", "shards_dir", type=click.Path(file_okay=False), help="With --dask: write findings as shards in this folder instead of printing them.")
@click.option("--shard-format", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True, help="With --shards: the shards' format.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes [default: 0, one per core].")
@click.option("--no-cache", is_flag=True, help="Lint every article, even those unchanged since the last run.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Cache folder [default: .newslint_cache beside the config].")
@click.option("--progress/--no-progress", default=None, help="Progress bar on standard error [default: on a terminal, not in CI, not with -q].")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes, then report what remains (standard input: fixed text to standard output).")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply the unsafe fixes too (edits that take judgement).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff and change nothing; exit 1 if any would apply.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file [config: baseline].")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the findings of the paths in this baseline file, and exit.")
def check(paths: tuple[str, ...], **opts: Any) -> None:
    """Lint articles (the default command)."""
    click.get_current_context().meta[VERBOSE_KEY] = opts["verbose"]
    paths = paths or (".",)
    resolver = resolver_from_options(opts, force_exclude=opts["force_exclude"])
    try:
        if opts["show_settings"]:
            click.echo(json.dumps(resolver.settings_for(paths[0]).as_dict(), indent=2, default=str))
            return
        formatter_class = load_format(opts["output_format"])
    except KeyError:
        fail(f"unknown format {opts['output_format']!r} (available: {', '.join(available_formats())})")
    except FATAL_ERRORS as exc:
        fail(str(exc))

    fixing = fix_first(resolver, paths, opts) if opts["fix"] or opts["diff"] else None
    if opts["dask_address"]:
        result, measured = run_on_dask(resolver, paths, opts), []
    else:
        result, measured = run_locally(resolver, paths, opts)
    if opts["write_baseline"]:
        if result.shards:
            fail("--write-baseline needs the findings, not shards: leave out --shards")
        sys.exit(write_baseline(Path(opts["write_baseline"]), result))
    if not result.shards:
        try:
            result.findings = apply_baseline(result, opts["baseline_file"] or resolver.first_settings.baseline)
        except BaselineError as exc:
            fail(str(exc))
    first = resolver.first_settings
    min_severity = Severity.parse(first.min_severity)
    fail_on = Severity.parse(first.fail_on)
    if result.shards:
        click.echo(f"newslint: wrote {sum(result.shard_severities.values())} findings in {len(result.shards)} shards "
                   f"to {opts['shards_dir']} ({result.articles} articles)", err=True)
        blocking = any(count for level, count in result.shard_severities.items() if level >= fail_on)
        sys.exit(EXIT_ERROR if result.errors else EXIT_FINDINGS if blocking and not opts["exit_zero"] else EXIT_CLEAN)
    shown = AtLeast(result.findings, min_severity)
    interactive = opts["output"] is None and sys.stdout.isatty()
    show_source = interactive if opts["show_source"] is None else opts["show_source"]
    color = interactive and "NO_COLOR" not in os.environ if opts["color"] is None else opts["color"]
    summary = make_summary(result, shown, quiet=opts["quiet"])
    summary.update(checked=resolver.checked, fail_on=str(fail_on))
    if fixing is not None:
        summary["fixed"] = fixing.fixed
    write_output(
        opts["output"],
        lambda stream: render(formatter_class, stream, shown, summary, resolver, result, color, show_source, opts["statistics"]),
        # with --fix on standard input, standard output carries the fixed text
        sys.stderr if fixing is not None and "-" in paths else None,
    )
    if opts["stats_file"]:
        records = article_records(measured, result.findings)
        write_output(opts["stats_file"], lambda stream: write_stats(stream, records, format_for_path(opts["stats_file"])))
    if opts["verbose"] and result.internal_errors:
        click.echo("newslint: internal errors are listed as NL001 findings", err=True)
    if fixing is not None and fixing.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(exit_status(result, fail_on, opts["exit_zero"]))


def fix_first(resolver: "SettingsResolver", paths, opts: dict[str, Any]) -> "FixRun":
    """``--diff`` (prints the diff and exits) or ``--fix`` (fixes the files, before the lint run)."""
    from .fixes import apply_fixes, show_diff  # here: a plain lint run need not load the fixer

    if opts["dask_address"]:
        fail("--fix and --diff do not run on a Dask cluster")
    try:
        if opts["diff"]:
            sys.exit(show_diff(resolver, paths, opts["stdin_filename"], unsafe=opts["unsafe_fixes"]))
        fixing = apply_fixes(resolver, paths, opts["stdin_filename"], unsafe=opts["unsafe_fixes"])
    except FATAL_ERRORS as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        click.echo("newslint: interrupted", err=True)
        sys.exit(130)
    for problem in fixing.errors:
        click.echo(f"newslint: error: {problem}", err=True)
    return fixing


def write_baseline(path: Path, result: RunResult) -> int:
    """``--write-baseline``: record the findings of the files linted (entries of
    other files already in the baseline are kept); the exit status."""
    from .engine.fixer import write_atomically  # here: a plain lint run need not load the fixer

    try:
        previous = Baseline.load(path) if path.exists() else Baseline(path)
        baseline = previous.rewritten(result.findings, result.paths)
        write_atomically(str(path), baseline.dumps().encode("utf-8"))
    except BaselineError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{path}: cannot write the baseline: {exc.strerror or exc}")
    count = len(baseline.entries)
    click.echo(f"newslint: wrote {count} baseline entr{'ies' if count != 1 else 'y'} to {path}", err=True)
    return EXIT_ERROR if result.errors or result.internal_errors else EXIT_CLEAN


def apply_baseline(result: RunResult, baseline_file: str | None) -> list:
    """The findings not on record in the baseline; stale entries are reported on standard error."""
    if not baseline_file:
        return result.findings
    baseline = Baseline.load(Path(baseline_file))
    findings, matched = baseline.filter(result.findings)
    stale = baseline.stale(matched, result.paths)
    for entry in stale:
        record = f":{entry.record}" if entry.record else ""
        click.echo(f"newslint: baseline entry no longer matches: {entry.path}{record}: {entry.code} {entry.excerpt!r}", err=True)
    if stale:
        click.echo(
            f"newslint: {len(stale)} baseline entr{'ies' if len(stale) != 1 else 'y'} matched nothing (fixed?); "
            f"shrink the baseline with --write-baseline {baseline_file}",
            err=True,
        )
    return findings


def run_locally(resolver: "SettingsResolver", paths, opts: dict[str, Any]) -> tuple[RunResult, list]:
    measured: list = []
    articles = resolver.articles(paths, opts["stdin_filename"])
    try:
        cache = None if opts["no_cache"] else open_cache(opts["cache_dir"], resolver.settings_for(paths[0]))
    except FATAL_ERRORS as exc:
        fail(str(exc))
    progress = make_progress(opts["progress"], opts["quiet"])
    try:
        result = run_or_fail(
            measuring(articles, measured) if opts["stats_file"] else articles,
            reopen=resolver.reopen,
            jobs=opts["jobs"] or default_jobs(),
            cache=cache,
            on_article=progress.advance if progress else None,
        )
    finally:
        if progress:
            progress.close()
    return result, measured


def run_on_dask(resolver: "SettingsResolver", paths, opts: dict[str, Any]) -> RunResult:
    try:
        from .cluster import run_on_cluster
    except ImportError:
        fail("--dask needs Dask: pip install 'newslint[dask]'")
    if opts["stats_file"] or opts["stdin_filename"]:
        fail("--dask does not take --stats or standard input")

    try:
        return run_on_cluster(resolver, paths, opts["dask_address"], opts["shards_dir"], opts["shard_format"], report_input_error)
    except FATAL_ERRORS as exc:
        fail(str(exc))
    except (OSError, TimeoutError) as exc:
        fail(f"cannot reach the Dask scheduler at {opts['dask_address']}: {exc}")


def overrides_from(opts: dict[str, Any]) -> dict[str, Any]:
    """The settings that command-line options override."""
    return {
        "select": split_codes(opts.get("select", ())) or None,
        "ignore": split_codes(opts.get("ignore", ())),
        "extend_select": split_codes(opts.get("extend_select", ())),
        "min_severity": opts.get("min_severity"),
        "fail_on": opts.get("fail_on"),
    }


def report_input_error(error: InputError) -> None:
    """One line on standard error naming the input, as the run goes on."""
    click.echo(f"newslint: error: {error}", err=True)


def run_or_fail(articles, **run_options: Any) -> RunResult:
    """Run the linter, reporting input errors as they come; exit 2 on a fatal error."""

    try:
        return run(articles, on_error=report_input_error, **run_options)
    except FATAL_ERRORS as exc:
        fail(str(exc))


def render(formatter_class, stream, shown, summary, resolver, result, color, show_source, statistics) -> None:
    if statistics:
        write_statistics(stream, shown)
        return
    formatter = formatter_class(stream, color=color, show_source=show_source, version=__version__)
    formatter.rules = resolver.rule_classes()
    formatter.article_text = resolver.article_text
    formatter.start()
    for finding in shown:
        formatter.finding(finding, result.line_text(finding) if show_source else None)
    formatter.finish(summary)


def write_statistics(stream, findings) -> None:
    counts = Counter((f.code, f.rule, f.category or "newslint") for f in findings)
    for (code, rule, category), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        stream.write(f"{count:6d}  {code:<6} [{category}] {rule}\n")


def make_summary(result: RunResult, shown, *, quiet: bool) -> dict[str, Any]:
    """The run's counts, in one pass over the findings (which may be read back from disk)."""
    categories: Counter = Counter()
    severities: Counter = Counter()
    fixable = unsafe_fixable = 0
    for finding in shown:
        categories[finding.category or "newslint"] += 1
        severities[finding.severity] += 1
        if finding.fix is not None:
            fixable += finding.fix.safe
            unsafe_fixable += not finding.fix.safe
    return {
        "files": result.files,
        "articles": result.articles,
        "findings": sum(severities.values()),
        "by_category": dict(sorted(categories.items())),
        "by_severity": {s.name: severities[s] for s in reversed(Severity)},
        "fixable": fixable,
        "unsafe_fixable": unsafe_fixable,
        "errors": len(result.errors),
        "quiet": quiet,
    }


class AtLeast:
    """The findings at or above a severity, read afresh on each pass (not copied:
    an archive's findings may be on disk)."""

    def __init__(self, findings: Iterable[Finding], severity: Severity) -> None:
        self.findings = findings
        self.severity = severity

    def __iter__(self) -> Iterator[Finding]:
        return (f for f in self.findings if f.severity >= self.severity)


def open_cache(cache_dir: str | None, settings: Settings) -> ResultCache | None:
    folder = Path(cache_dir) if cache_dir else settings.root / settings.cache_dir
    return ResultCache(folder)


def make_progress(wanted: bool | None, quiet: bool) -> Progress | None:
    if wanted is None:
        wanted = not quiet and sys.stderr.isatty() and not os.environ.get("CI")
    return Progress(sys.stderr) if wanted else None


def write_output(path: str | None, produce, stream=None) -> None:
    """Write to standard output (or ``stream``), or to ``path`` atomically (temp
    file, then rename; through a symbolic link, which stays). ``-o /dev/null``
    or a named pipe is written into: replacing it would put a file in its place."""
    if path is None:
        stream = stream or sys.stdout
        produce(stream)
        stream.flush()
        return
    if is_special_file(path):
        try:
            with open(path, "w", encoding="utf-8") as special:
                produce(special)
        except OSError as exc:
            fail(f"cannot write {path}: {exc.strerror or exc}")
        return
    import tempfile  # here: a run that writes to standard output needs none

    target = Path(os.path.realpath(path))
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")
    try:
        with handle:
            produce(handle)
        os.chmod(handle.name, 0o666 & ~current_umask())  # a temp file is 0600; the output should not be
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class SettingsResolver:
    """Finds the settings and the linter for each path, with CLI overrides."""

    def __init__(
        self, config_file: str | None, no_config: bool, overrides: dict[str, Any], *, force_exclude: bool = False
    ) -> None:
        self.config_file = config_file
        self.force_exclude = force_exclude
        self.no_config = no_config
        self.overrides = overrides
        self.first_settings: Settings | None = None
        self._readers: dict[str, Any] = {}
        self._cursor: list | None = None  # [path, last record read, its article iterator]
        self._settings: dict[str | None, Settings] = {}
        self._linters: dict[str | None, Linter] = {}
        self.checked: list[tuple[str, int | None, str | None]] = []  # (path, record, id) of every article
        self.stdin_data: bytes | None = None

    def settings_for(self, path: str) -> Settings:
        if self.no_config:
            source = None
        elif self.config_file:
            source = self.config_file
        else:
            found = find_config(Path.cwd() if path == "-" else Path(path))
            source = str(found) if found else None
        if source not in self._settings:
            base = load_config(Path(source)) if source else Settings()
            check_per_file_ignores(base)
            self._settings[source] = self._apply(base)
        settings = self._settings[source]
        if self.first_settings is None:
            self.first_settings = settings
        return settings

    def _apply(self, base: Settings) -> Settings:
        settings = Settings(**{**base.__dict__})
        for key, value in self.overrides.items():
            if key in ("ignore", "extend_select"):
                setattr(settings, key, list(getattr(settings, key)) + value)
            elif value is not None:
                setattr(settings, key, value)
        return settings

    def linter_for(self, settings: Settings) -> Linter:
        if settings.source not in self._linters:
            self._linters[settings.source] = build_linter(settings)
        return self._linters[settings.source]

    def inputs(self, paths) -> Iterator[tuple[str, Settings, Linter] | InputError]:
        """Each file to lint (``-`` for standard input) with its settings and linter."""
        for path in paths:
            settings = self.settings_for(path)
            for item in walk([path], include=settings.include, exclude=settings.exclude, force_exclude=self.force_exclude):
                if isinstance(item, InputError):
                    yield item
                    continue
                file_settings = settings if item == path else self.settings_for(item)
                yield item, file_settings, self.linter_for(file_settings)

    def stdin_bytes(self) -> bytes:
        """Standard input, read once (``--fix`` replaces it with the fixed text)."""
        if self.stdin_data is None:
            self.stdin_data = sys.stdin.buffer.read()
        return self.stdin_data

    def articles(self, paths, stdin_filename: str | None) -> Iterator[Any]:
        for item in self.inputs(paths):
            if isinstance(item, InputError):
                yield item
                continue
            item, file_settings, linter = item
            stdin_text = _read_stdin(self.stdin_bytes()) if item == "-" else None
            if isinstance(stdin_text, InputError):
                yield stdin_text
                continue
            stdin_format = format_of(stdin_filename) if stdin_filename else "text"
            read = functools.partial(
                read_articles,
                item,
                text_field=file_settings.text_field,
                id_field=file_settings.id_field,
                stdin_text=stdin_text,
                stdin_format=stdin_format,
                max_size=file_settings.max_article_size,
            )
            for article in read():
                if isinstance(article, InputError):
                    yield article
                    continue
                if item == "-" and stdin_filename:
                    article.path = stdin_filename
                self._readers[article.path] = read
                self.checked.append((article.path, article.record, article.id))
                yield article, linter

    def reopen(self, key: tuple[str, int | None]) -> Article:
        """Read one article again (a corpus rule reported it; articles are not kept).

        A dataset is read on from where the last call stopped, so asking for
        its records in order reads the file once, not once a record."""
        path, record = key
        cursor = self._cursor
        if cursor is None or cursor[0] != path or (record or 0) <= cursor[1]:
            cursor = self._cursor = [path, 0, iter(self._readers[path]())]
        for article in cursor[2]:
            if isinstance(article, InputError):
                continue
            cursor[1] = article.record or 0
            if article.record == record:
                if article.path != path:  # standard input with --stdin-filename
                    article.path = path
                return article
        self._cursor = None
        raise InputError(path, "changed while it was being linted", record)

    def rule_classes(self) -> dict[str, type]:
        """Code -> class of every rule the run's linters hold, and the engine's."""
        classes = {rule.code: rule for rule in ENGINE_RULES}
        for linter in self._linters.values():
            classes.update((rule.code, type(rule)) for rule in linter.rules)
        return classes

    def article_text(self, path: str, record: int | None) -> str | None:
        try:
            return self.reopen((path, record)).text
        except (KeyError, InputError):
            return None


def _read_stdin(data: bytes) -> str | InputError:
    try:
        return decode(data)
    except ValueError as exc:
        return InputError("-", str(exc))


def full_registry(config_file: str | None) -> Registry:
    """Every rule: all families, plus the plugin folders and packs of the config
    named, or else of the one found from the current folder."""
    found = Path(config_file) if config_file else find_config(Path.cwd())
    settings = load_config(found) if found else Settings()
    return build_registry(
        plugin_folders=[Path(p) for p in settings.plugin_paths], packs=[Path(p) for p in settings.packs]
    )


@main.command("stats")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(STATS_FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the records to this file (atomically).")
@click.option("--select", multiple=True, help="Codes, prefixes or categories to enable (replaces the config's).")
@click.option("--ignore", multiple=True, help="Codes, prefixes or categories to disable.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--no-config", is_flag=True, help="Ignore every configuration file.")
def stats(paths: tuple[str, ...], output_format: str, output: str | None, **opts: Any) -> None:
    """One record per article for dashboards: language, words, readability,
    findings by category and severity, provenance score (0-100).

    Exit status 0, or 2 for an input or configuration error or a crashed rule.
    """
    resolver = SettingsResolver(opts["config_file"], opts["no_config"], overrides_from(opts))
    measured: list = []
    result = run_or_fail(measuring(resolver.articles(paths or (".",), None), measured), reopen=resolver.reopen)
    records = article_records(measured, result.findings)
    write_output(output, lambda stream: write_stats(stream, records, output_format))
    sys.exit(EXIT_ERROR if result.errors or result.internal_errors else EXIT_CLEAN)


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration whose plugin folders and packs to include.")
def list_rules(output_format: str, config_file: str | None) -> None:
    """List every rule: code, name, category, severity, fix, source.

    The fix column: "fix" (applied by --fix), "unsafe-fix" (only with
    --unsafe-fixes) or "fix/unsafe" (safe for some findings, unsafe for others).
    """
    try:
        registry = full_registry(config_file)
    except FATAL_ERRORS as exc:
        fail(str(exc))
    rules = [*registry.by_code(), *ENGINE_RULES]
    if output_format == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity),
             "fix": r.fix_title, "fix_safety": r.fix_safety if r.fix_title else None,
             "source": r.source or r.__module__, "summary": r.summary()}
            for r in rules
        ], indent=2))
        return
    for r in rules:
        fix = FIX_LABELS[r.fix_safety] if r.fix_title else ""
        click.echo(f"{r.code:<7} {r.name:<34} {r.category or 'newslint':<12} {str(r.severity):<8} {fix:<10}  {r.source or r.__module__}")


@main.command("explain")
@click.argument("code")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration whose plugin folders and packs to include.")
def explain(code: str, config_file: str | None) -> None:
    """Print a rule's explanation (what it finds, why it matters, an example)."""
    try:
        registry = full_registry(config_file)
    except FATAL_ERRORS as exc:
        fail(str(exc))
    by_name = {r.name: r for r in registry.by_code()}
    rule = registry.rules.get(code.upper()) or by_name.get(code) or next((r for r in ENGINE_RULES if r.code == code.upper()), None)
    if rule is None:
        fail(f"unknown rule {code!r}; `newslint rules` lists them")
    options = "".join(f"\n  {name} = {opt.default!r}  {opt.help}" for name, opt in rule.options.items())
    header = f"{rule.code} {rule.name} [{rule.category or 'newslint'}] (default severity: {rule.severity}; from {rule.source or rule.__module__})"
    fix = f"\nFix ({FIX_LABELS[rule.fix_safety]}): {rule.fix_title}" if rule.fix_title else ""
    click.echo(f"{header}\n\n{rule.explanation()}{fix}" + (f"\n\nOptions:{options}" if options else ""))


@main.command("report")
@click.argument("paths", nargs=-1, type=click.Path())
@selection_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the HTML page to this file (atomically) [default: standard output, unless a terminal].")
@click.option("--title", default="newslint report", show_default=True, help="The page's title.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--stdin-filename", help="The name to report for standard input (its suffix sets the format).")
def report(paths: tuple[str, ...], **opts: Any) -> None:
    """Write a self-contained HTML report: summary, chart, articles with findings highlighted."""
    from .report import ReportInput, build_report, plural, remember_articles

    if opts["output"] is None and sys.stdout.isatty():
        fail("not writing HTML to a terminal: use -o report.html (or redirect the output)")
    paths = paths or (".",)
    resolver = resolver_from_options(opts)
    articles: dict = {}
    result = run_or_fail(remember_articles(resolver.articles(paths, opts["stdin_filename"]), articles), reopen=resolver.reopen)
    first = resolver.first_settings
    shown = [f for f in result.findings if f.severity >= Severity.parse(first.min_severity)]

    rules = resolver.rule_classes()

    def explanation(code: str) -> str:
        return rules[code].explanation() if code in rules else ""

    page = build_report(
        ReportInput(shown, articles, result.errors, result.files, explanation, __version__, opts["title"])
    )
    write_output(opts["output"], lambda stream: stream.write(page))
    if opts["output"]:
        counts = f"{len(shown)} {plural(len(shown), 'finding')} in {result.articles} {plural(result.articles, 'article')}"
        click.echo(f"newslint: wrote {opts['output']} ({counts})", err=True)
    sys.exit(exit_status(result, Severity.parse(first.fail_on), opts["exit_zero"]))
