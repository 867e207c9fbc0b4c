from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent

LOCAL_RULES = '''
import regex
from newslint import Rule, Severity, Option, Fix


class BananaMention(Rule):
    """Finds the word "banana".

    What it finds: the word banana, in any case.
    Why it matters: a test rule; bananas stand for furniture.
    Example: ``I like bananas.``
    """
    code = "XB101"
    name = "banana-mention"
    category = "boilerplate"
    severity = Severity.warning
    options = {"word": Option("banana", "the word to find")}
    fix_title = "Delete the word"

    def check(self, article):
        pattern = regex.compile(regex.escape(self.settings["word"]), regex.I)
        for m in pattern.finditer(article.text):
            yield self.hit(m.start(), m.end(), f"word {m.group()!r} found", fix=Fix(m.start(), m.end(), ""))


class ExplodingRule(Rule):
    """Always raises, to prove that one rule's crash does not stop the run.

    What it finds: nothing; it raises ZeroDivisionError.
    Why it matters: crash isolation must be tested.
    Example: any text.
    """
    code = "XB900"
    name = "exploding-rule"
    category = "metadata"
    severity = Severity.error

    def check(self, article):
        return [1 / 0]
'''


@pytest.fixture
def run_cli():
    """Invoke the CLI in-process; returns (exit code, stdout, stderr)."""

    def invoke(*args, input=None):
        runner = CliRunner()
        result = runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return invoke


@pytest.fixture
def local_rules(tmp_path):
    """A folder of local rule modules and a config naming it."""
    folder = tmp_path / "newsroom_rules"
    folder.mkdir()
    (folder / "bananas.py").write_text(LOCAL_RULES)
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def parse_json(stdout: str) -> dict:
    return json.loads(stdout)


@pytest.fixture
def time_limit():
    """Sets the time limit of one regex call (seconds, no per-character part)
    for one test; the previous limit comes back after it."""
    from newslint.engine import patterns

    previous = {"seconds": patterns._seconds, "per_char": patterns._per_char}
    yield lambda seconds: patterns.configure(seconds=seconds, per_char=0.0)
    patterns.configure(**previous)
