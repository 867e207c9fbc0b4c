"""Stable fingerprints: keyed on code, path, record and span text, never on line numbers."""
from newslint.engine.article import Article
from newslint.engine.fingerprints import stable_keys
from newslint.engine.runner import Linter
from newslint.config import Settings


def lint(text: str, path: str = "a.txt"):
    from newslint.engine.registry import build_registry

    linter = Linter(Settings(select=["BP"]), build_registry(wanted_prefixes=["BP"]))
    return sorted(linter.check_article(Article(path=path, source=text)), key=lambda f: f.sort_key())


BODY = "Ministers met on Monday to agree the budget.\n\nREAD ALSO: Storm closes the coast road\n\nThe vote is on Friday.\n"


def test_key_survives_an_edit_elsewhere():
    before = lint(BODY)
    after = lint("A new first paragraph was added.\n\n" + BODY)
    assert before and [f.line for f in before] != [f.line for f in after]
    assert stable_keys(before) == stable_keys(after)


def test_key_changes_with_the_span_text_and_the_path():
    base = stable_keys(lint(BODY))
    assert stable_keys(lint(BODY.replace("Storm closes", "Flood shuts"))) != base
    assert stable_keys(lint(BODY, path="b.txt")) != base


def test_repeats_get_distinct_keys():
    twice = BODY + "\nREAD ALSO: Storm closes the coast road\n"
    keys = stable_keys(lint(twice))
    assert len(keys) == len(set(keys)) >= 2
