"""Compiled patterns are kept between runs, and the file can hold nothing but patterns."""
from __future__ import annotations

import pickle

import regex

from newslint.engine.pattern_cache import PatternCache


def test_patterns_are_stored_at_exit_and_reused(tmp_path):
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    word = first.compile(r"\p{L}+", regex.IGNORECASE)
    assert first.new == 1 and word.findall("Ab cd") == ["Ab", "cd"]
    first.save()

    second = PatternCache(path)
    again = second.compile(r"\p{L}+", regex.IGNORECASE)
    assert second.new == 0  # unpickled, not compiled
    assert again.findall("Ab cd") == ["Ab", "cd"] and again.flags == word.flags


def test_a_file_with_anything_but_patterns_is_ignored(tmp_path):
    path = tmp_path / "patterns.pickle"

    class Payload:
        def __reduce__(self):
            return (print, ("unpickling ran code",))

    path.write_bytes(pickle.dumps({("x", 0): Payload()}))
    cache = PatternCache(path)
    assert cache.patterns == {}
    assert cache.compile("x").fullmatch("x")


def test_a_damaged_file_is_ignored(tmp_path):
    path = tmp_path / "patterns.pickle"
    path.write_bytes(b"\x80\x05 not a pickle")
    assert PatternCache(path).compile("a+").match("aa")


def test_a_stored_pattern_that_is_not_a_pattern_is_compiled_afresh(tmp_path):
    path = tmp_path / "patterns.pickle"

    class Payload:
        def __reduce__(self):
            return (print, ("unpickling ran code",))

    payload = pickle.dumps(Payload())
    path.write_bytes(pickle.dumps({"patterns": {("x+", 0): (regex.compile("x+").flags, payload)}, "derived": {}}))
    cache = PatternCache(path)
    assert cache.compile("x+").fullmatch("xx")
    assert cache.new == 1  # compiled, and the file will be rewritten


def test_patterns_are_unpickled_only_when_compiled(tmp_path):
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    for pattern in ("a+", "b+", "c+"):
        first.compile(pattern)
    first.save()
    second = PatternCache(path)
    assert second.patterns == {}
    assert second.compile("b+").fullmatch("bb") and list(second.patterns) == [("b+", 0)] and second.new == 0
    second.compile("d+")
    second.save()
    assert {key[0] for key in PatternCache(path)._pickled} == {"a+", "b+", "c+", "d+"}


def test_a_stored_pattern_is_unpickled_when_first_used(tmp_path, monkeypatch):
    from newslint.engine import patterns

    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    first.compile(r"\d+")
    first.save()
    stored = PatternCache(path)
    monkeypatch.setattr(patterns, "PATTERNS", stored)
    digits = patterns.compile(r"\d+")
    assert stored.known_flags(r"\d+") == regex.compile(r"\d+").flags and stored.known_flags(r"\w+") is None
    assert (digits.pattern, digits.flags) == (r"\d+", regex.compile(r"\d+").flags)
    assert stored.patterns == {}  # not unpickled yet, its pattern and flags known all the same
    assert digits.findall("a 12 b 3") == ["12", "3"] and digits.pattern == r"\d+"
    assert (r"\d+", 0) in stored.patterns and stored.new == 0
    fresh = patterns.compile(r"\w+")  # not stored: compiled now, so a bad pattern fails at once
    assert (r"\w+", 0) in stored.patterns and fresh.match("ab")


def test_a_file_of_the_former_layout_is_read_afresh(tmp_path):
    """Entries once held the pickled pattern alone: without its flags beside it, the file is ignored."""
    path = tmp_path / "patterns.pickle"
    path.write_bytes(pickle.dumps({"patterns": {("x+", 0): pickle.dumps(regex.compile("x+"))}, "derived": {}}))
    cache = PatternCache(path)
    assert cache.known_flags("x+") is None
    assert cache.compile("x+").fullmatch("xx") and cache.new == 1
