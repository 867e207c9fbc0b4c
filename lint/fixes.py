"""``--fix`` and ``--diff`` over the command line's inputs.

Each file is fixed on its own and, with ``--fix``, written (atomically) as
soon as it is done, so an interrupted run leaves every file either as it was
or fully fixed. Standard input is fixed to standard output. A file that
cannot be read is skipped here: the lint run that follows reports it.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click

from .engine.fixer import MAX_PASSES, FileFix, fix_bytes, fix_file, unified_diff, write_atomically
from .engine.inputs import InputError, format_of
from .engine.rule import Severity

REWRITABLE = ("text", "markdown", "jsonl")


class Unfixable(InputError):
    """An input that --fix reads but cannot write back (compressed or Parquet)."""


def warn_unfixable(problem: Unfixable) -> None:
    click.echo(f"newslint: warning: {problem}", err=True)


@dataclass
class FixRun:
    """What ``--fix`` did."""

    fixed: int = 0  # findings fixed
    files: list[str] = field(default_factory=list)  # files rewritten
    errors: list[str] = field(default_factory=list)  # files that could not be written


def lint_function(linter, settings):
    """Lint one article as the run would show it: suppressions applied, below
    ``min-severity`` left out (what is not shown is not fixed)."""
    minimum = Severity.parse(settings.min_severity)
    return lambda article: [f for f in linter.lint_article(article) if f.severity >= minimum]


def fix_inputs(resolver, paths, stdin_filename: str | None, *, unsafe: bool) -> Iterator[FileFix | InputError]:
    """The fix of every input (nothing written), or why it could not be read."""
    seen: set[str] = set()
    for item in resolver.inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        path, settings, linter = item
        fields = {"unsafe": unsafe, "text_field": settings.text_field, "id_field": settings.id_field}
        lint = lint_function(linter, settings)
        if path == "-":
            kind = format_of(stdin_filename) if stdin_filename else "text"
            try:
                fix = fix_bytes(stdin_filename or "-", resolver.stdin_bytes(), kind, lint, **fields)
            except ValueError as exc:
                yield InputError("-", str(exc))
                continue
            fix.stdin = True
            yield fix
            continue
        real = os.path.realpath(path)
        if real in seen:  # named twice (or through a link): fix once
            continue
        seen.add(real)
        if format_of(path) not in REWRITABLE or path.lower().endswith(".gz"):
            yield Unfixable(path, "--fix does not rewrite compressed or Parquet input; it is only linted")
            continue
        try:
            yield fix_file(path, lint, **fields)
        except OSError as exc:
            yield InputError(path, f"cannot read: {exc.strerror or exc}")
        except ValueError as exc:
            yield InputError(path, str(exc))


def apply_fixes(resolver, paths, stdin_filename: str | None, *, unsafe: bool) -> FixRun:
    """``--fix``: write every fixed file; standard input's fixed text goes to standard output."""
    run = FixRun()
    for fix in fix_inputs(resolver, paths, stdin_filename, unsafe=unsafe):
        if isinstance(fix, Unfixable):
            warn_unfixable(fix)
            continue
        if isinstance(fix, InputError):
            continue  # reported by the lint run that follows
        warn_unsettled(fix)
        if fix.stdin:
            sys.stdout.buffer.write(fix.fixed)
            sys.stdout.flush()
            resolver.stdin_data = fix.fixed  # the lint run reports what remains
            run.fixed += len(fix.fixed_findings)
            continue
        if not fix.changed:
            continue
        try:
            if Path(fix.path).read_bytes() != fix.original:
                run.errors.append(f"{fix.path}: changed on disk while being fixed; left as it is")
                continue
            write_atomically(fix.path, fix.fixed)
        except OSError as exc:
            run.errors.append(f"{fix.path}: cannot write the fix: {exc.strerror or exc}")
            continue
        run.fixed += len(fix.fixed_findings)
        run.files.append(fix.path)
    return run


def show_diff(resolver, paths, stdin_filename: str | None, *, unsafe: bool) -> int:
    """``--diff``: print what ``--fix`` would change; the exit status (1: it would change something)."""
    would_fix = changed = errors = 0
    for fix in fix_inputs(resolver, paths, stdin_filename, unsafe=unsafe):
        if isinstance(fix, Unfixable):
            warn_unfixable(fix)
            continue
        if isinstance(fix, InputError):
            click.echo(f"newslint: error: {fix}", err=True)
            errors += 1
            continue
        warn_unsettled(fix)
        if fix.changed:
            click.echo(unified_diff(fix), nl=False)
            changed += 1
            would_fix += len(fix.fixed_findings)
    if changed:
        click.echo(f"Would fix {would_fix} finding{'s' if would_fix != 1 else ''} in {changed} "
                   f"file{'s' if changed != 1 else ''}.", err=True)
    else:
        click.echo("No fixes available.", err=True)
    if errors:
        return 2
    return 1 if changed else 0


def warn_unsettled(fix: FileFix) -> None:
    for where in fix.unsettled:
        click.echo(f"newslint: warning: {where}: fixes still pending after {MAX_PASSES} passes; "
                   "run --fix again or fix by hand", err=True)
