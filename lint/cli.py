"""The command line: ``newslint [PATH ...]``, ``newslint rules``, ``newslint explain``."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import click

from . import __version__
from .config import ConfigError, Settings, check_per_file_ignores, find_config, load_config
from .engine.builtin import ENGINE_RULES
from .engine.inputs import InputError, decode, format_of, read_articles, walk
from .engine.packs import PackError, load_pack
from .engine.registry import PluginError, Registry, build_registry, load_plugin_folder
from .engine.rule import Severity
from .engine.runner import Linter, RunResult, SettingsError, run
from .engine.selection import wanted_prefixes
from .formats import available_formats, load_format

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
VERBOSE_KEY = "newslint.verbose"
FATAL_ERRORS = (ConfigError, SettingsError, PluginError, PackError)


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


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--select", multiple=True, help="Codes, prefixes or categories to enable (replaces the config's).")
@click.option("--ignore", multiple=True, help="Codes, prefixes or categories to disable.")
@click.option("--extend-select", multiple=True, help="Codes, prefixes or categories to enable as well.")
@click.option("--severity", "min_severity", type=click.Choice(["info", "warning", "error"]), help="Show findings at or above this severity.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="Exit 1 for findings at or above this severity [default: warning].")
@click.option("--format", "output_format", default="text", show_default=True, help="Output format: " + ", ".join(["text", "json", "jsonl"]) + ", or a plugin's.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write findings to this file (atomically).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Show counts per rule instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--no-config", is_flag=True, help="Ignore every configuration file.")
@click.option("--show-settings", is_flag=True, help="Print the resolved configuration for the first path and exit.")
@click.option("--show-source/--no-show-source", default=None, help="Show the line and a caret [default: when a terminal].")
@click.option("--color/--no-color", default=None, help="Colour the output [default: when a terminal].")
@click.option("--stdin-filename", help="The name to report for standard input (its suffix sets the format).")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
def check(paths: tuple[str, ...], **opts: Any) -> None:
    """Lint articles (the default command)."""
    click.get_current_context().meta[VERBOSE_KEY] = opts["verbose"]
    paths = paths or (".",)
    overrides = {
        "select": split_codes(opts["select"]) or None,
        "ignore": split_codes(opts["ignore"]),
        "extend_select": split_codes(opts["extend_select"]),
        "min_severity": opts["min_severity"],
        "fail_on": opts["fail_on"],
    }
    resolver = SettingsResolver(opts["config_file"], opts["no_config"], overrides)
    try:
        if opts["show_settings"]:
            click.echo(json.dumps(resolver.settings_for(paths[0]).as_dict(), indent=2, default=str))
            return
        formatter_class = load_format(opts["output_format"])
    except KeyError:
        fail(f"unknown format {opts['output_format']!r} (available: {', '.join(available_formats())})")
    except FATAL_ERRORS as exc:
        fail(str(exc))

    def report_error(error: InputError) -> None:
        click.echo(f"newslint: error: {error}", err=True)

    try:
        result = run(resolver.articles(paths, opts["stdin_filename"]), on_error=report_error)
    except FATAL_ERRORS as exc:
        fail(str(exc))

    first = resolver.first_settings
    min_severity = Severity.parse(first.min_severity)
    fail_on = Severity.parse(first.fail_on)
    shown = [f for f in result.findings if f.severity >= min_severity]
    interactive = opts["output"] is None and sys.stdout.isatty()
    show_source = interactive if opts["show_source"] is None else opts["show_source"]
    color = interactive and "NO_COLOR" not in os.environ if opts["color"] is None else opts["color"]
    summary = make_summary(result, shown, quiet=opts["quiet"])
    write_output(
        opts["output"],
        lambda stream: render(formatter_class, stream, shown, summary, resolver, color, show_source, opts["statistics"]),
    )
    if opts["verbose"] and result.internal_errors:
        click.echo("newslint: internal errors are listed as NL001 findings", err=True)
    if result.errors or result.internal_errors:
        sys.exit(EXIT_ERROR)
    if not opts["exit_zero"] and any(f.severity >= fail_on for f in result.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def render(formatter_class, stream, shown, summary, resolver, color, show_source, statistics) -> None:
    if statistics:
        write_statistics(stream, shown)
        return
    formatter = formatter_class(stream, color=color, show_source=show_source, version=__version__)
    formatter.start()
    for finding in shown:
        formatter.finding(finding, resolver.line_text(finding) if show_source else None)
    formatter.finish(summary)


def write_statistics(stream, findings) -> None:
    counts = Counter((f.code, f.rule, f.category or "newslint") for f in findings)
    for (code, rule, category), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        stream.write(f"{count:6d}  {code:<6} [{category}] {rule}\n")


def make_summary(result: RunResult, shown, *, quiet: bool) -> dict[str, Any]:
    return {
        "files": result.files,
        "articles": result.articles,
        "findings": len(shown),
        "by_category": dict(sorted(Counter(f.category or "newslint" for f in shown).items())),
        "by_severity": {s.name: sum(1 for f in shown if f.severity == s) for s in reversed(Severity)},
        "fixable": sum(1 for f in shown if f.fix is not None),
        "errors": len(result.errors),
        "quiet": quiet,
    }


def write_output(path: str | None, produce) -> None:
    """Write to standard output, or to ``path`` atomically (temp file, then rename)."""
    if path is None:
        produce(sys.stdout)
        sys.stdout.flush()
        return
    target = Path(path)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            produce(handle)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


class SettingsResolver:
    """Finds the settings and the linter for each path, with CLI overrides."""

    def __init__(self, config_file: str | None, no_config: bool, overrides: dict[str, Any]) -> None:
        self.config_file = config_file
        self.no_config = no_config
        self.overrides = overrides
        self.first_settings: Settings | None = None
        self._sources: dict[tuple, str] = {}
        self._settings: dict[str | None, Settings] = {}
        self._linters: dict[str | None, Linter] = {}

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
            selectors = list(settings.select) + list(settings.extend_select)
            registry = Registry()
            registry.add(_families(wanted_prefix_key(selectors)).rules.values())
            where = settings.source or "command line"
            for folder in settings.plugin_paths:
                try:
                    registry.add(load_plugin_folder(Path(folder)))
                except PluginError as exc:
                    raise ConfigError(f"{where}: key 'plugin-paths': {exc}") from None
            for pack in settings.packs:
                try:
                    registry.add(load_pack(Path(pack)))
                except PackError as exc:
                    raise ConfigError(f"{where}: key 'packs': {exc}") from None
            self._linters[settings.source] = Linter(settings, registry)
        return self._linters[settings.source]

    def articles(self, paths, stdin_filename: str | None) -> Iterator[Any]:
        for path in paths:
            settings = self.settings_for(path)
            for item in walk([path], include=settings.include, exclude=settings.exclude):
                if isinstance(item, InputError):
                    yield item
                    continue
                file_settings = settings if item == path else self.settings_for(item)
                linter = self.linter_for(file_settings)
                stdin_text = _read_stdin(item) if item == "-" else None
                if isinstance(stdin_text, InputError):
                    yield stdin_text
                    continue
                stdin_format = format_of(stdin_filename) if stdin_filename else "text"
                for article in read_articles(
                    item,
                    text_field=file_settings.text_field,
                    id_field=file_settings.id_field,
                    stdin_text=stdin_text,
                    stdin_format=stdin_format,
                    max_size=file_settings.max_article_size,
                ):
                    if isinstance(article, InputError):
                        yield article
                        continue
                    if item == "-" and stdin_filename:
                        article.path = stdin_filename
                    self._sources[(article.path, article.record)] = article.text
                    yield article, linter

    def line_text(self, finding) -> str | None:
        text = self._sources.get((finding.path, finding.record))
        if text is None:
            return None
        lines = text.split("\n")
        return lines[finding.line - 1] if 0 < finding.line <= len(lines) else None


def wanted_prefix_key(selectors: list[str]) -> tuple[str, ...] | None:
    prefixes = wanted_prefixes(selectors)
    return None if prefixes is None else tuple(prefixes)


@lru_cache(maxsize=16)
def _families(prefixes) -> Registry:
    return build_registry(wanted_prefixes=prefixes)


def _read_stdin(name: str) -> str | InputError:
    data = sys.stdin.buffer.read()
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


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration whose plugin folders and packs to include.")
def list_rules(output_format: str, config_file: str | None) -> None:
    """List every rule: code, name, category, severity, fix, source."""
    try:
        registry = full_registry(config_file)
    except FATAL_ERRORS as exc:
        fail(str(exc))
    rules = [*registry.by_code(), *ENGINE_RULES]
    if output_format == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity),
             "fix": r.fix_title, "source": r.source or r.__module__, "summary": r.summary()}
            for r in rules
        ], indent=2))
        return
    for r in rules:
        fix = "fix" if r.fix_title else "   "
        click.echo(f"{r.code:<7} {r.name:<34} {r.category or 'newslint':<12} {str(r.severity):<8} {fix}  {r.source or r.__module__}")


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
    fix = f"\nFix: {rule.fix_title}" if rule.fix_title else ""
    click.echo(f"{header}\n\n{rule.explanation()}{fix}" + (f"\n\nOptions:{options}" if options else ""))
