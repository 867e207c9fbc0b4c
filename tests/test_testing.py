"""newslint.testing: the expectation-matching helpers, on self-made cases."""
from __future__ import annotations

import pytest

import newslint.testing as testing
from newslint.testing import (
    accepted_categories,
    entry_lines,
    evaluate,
    false_positives,
    finding_lines,
    is_alarm,
    listed_lines,
    load_expected,
    matches,
    parse_expected,
    unmatched,
)


def entry(file="a.txt", lines=(3,), category="boilerplate", level="must", note=""):
    return {"file": file, "lines": list(lines), "category": category, "level": level, "note": note}


def finding(path="news/a.txt", line=3, end_line=None, end_column=9, category="boilerplate", severity="warning",
            code="XX101"):
    return {
        "path": path, "line": line, "column": 1, "end_line": line if end_line is None else end_line,
        "end_column": end_column, "category": category, "severity": severity, "code": code, "message": "m",
    }


def test_all_names_exist():
    assert len(set(testing.__all__)) == len(testing.__all__)
    for name in testing.__all__:
        assert hasattr(testing, name)
    assert testing.__doc__


def test_parse_expected_skips_blank_lines_and_defaults_the_note():
    text = '{"file": "a.txt", "lines": [2, 4], "category": "truncation", "level": "should"}\n\n'
    [parsed] = parse_expected(text)
    assert parsed["note"] == "" and entry_lines(parsed) == (2, 4)


@pytest.mark.parametrize(
    "line, problem",
    [
        ("not json", "not JSON"),
        ("[1]", "not a JSON object"),
        ('{"file": "a.txt", "lines": [1], "category": "truncation"}', "missing level"),
        ('{"file": "a.txt", "lines": [4, 2], "category": "truncation", "level": "must"}', "lines must be"),
        ('{"file": "a.txt", "lines": [0], "category": "truncation", "level": "must"}', "lines must be"),
        ('{"file": "a.txt", "lines": [1], "category": "truncation", "level": "nice"}', "level 'nice'"),
        ('{"file": "a.txt", "lines": [1], "category": "spelling", "level": "may"}', "category 'spelling'"),
    ],
)
def test_parse_expected_names_the_bad_line(line, problem):
    with pytest.raises(ValueError, match=problem) as info:
        parse_expected("\n" + line + "\n", "exp.jsonl")
    assert str(info.value).startswith("exp.jsonl:2: ")


def test_load_expected_reads_a_file(tmp_path):
    path = tmp_path / "expected.jsonl"
    path.write_text('{"file": "a.txt", "lines": [1], "category": "metadata", "level": "may", "note": "x"}\n')
    assert load_expected(path) == [entry(lines=[1], category="metadata", level="may", note="x")]


def test_accepted_categories_reads_the_note():
    assert accepted_categories(entry()) == {"boilerplate"}
    assert accepted_categories(entry(note="stamp (metadata is also an accepted category)")) == {
        "boilerplate", "metadata"}
    assert accepted_categories(entry(category="offtopic", note="Boilerplate and metadata are also accepted "
                                     "categories")) == {"offtopic", "boilerplate", "metadata"}
    # a word that is not a category, or a category merely mentioned, adds nothing
    assert accepted_categories(entry(note="spelling is also an accepted category")) == {"boilerplate"}
    assert accepted_categories(entry(note="looks like metadata; duplication is not accepted")) == {"boilerplate"}


def test_finding_lines_treats_the_end_as_exclusive():
    assert finding_lines(finding(line=3)) == (3, 3)
    assert finding_lines(finding(line=3, end_line=5, end_column=4)) == (3, 5)
    assert finding_lines(finding(line=3, end_line=5, end_column=1)) == (3, 4)
    assert finding_lines(finding(line=3, end_line=4, end_column=1)) == (3, 3)
    assert finding_lines({"line": 7}) == (7, 7)


def test_matches_needs_file_overlap_and_category():
    e = entry(lines=[3, 5], note="(metadata is also an accepted category)")
    assert matches(finding(line=5), e)
    assert matches(finding(line=1, end_line=3), e)
    assert matches(finding(line=4, category="metadata"), e)
    assert not matches(finding(line=6), e)
    assert not matches(finding(line=1, end_line=3, end_column=1), e)  # stops at line 2's break
    assert not matches(finding(line=4, category="truncation"), e)
    assert not matches(finding(path="news/b.txt", line=4), e)
    assert matches(finding(path="a.txt", line=4), e)  # compared by file name


def test_is_alarm():
    assert is_alarm(finding(severity="error")) and is_alarm(finding(severity="warning"))
    assert not is_alarm(finding(severity="info"))


def test_unmatched_keeps_order():
    entries = [entry(lines=[1]), entry(lines=[3]), entry(lines=[9])]
    assert unmatched(entries, [finding(line=3)]) == [entries[0], entries[2]]


def test_listed_lines_and_false_positives():
    entries = [entry(lines=[3, 5]), entry(lines=[9]), entry(file="b.txt", lines=[1])]
    assert listed_lines(entries) == {"a.txt": {3, 4, 5, 9}, "b.txt": {1}}
    wrong_category = finding(line=4, category="truncation")  # a listed line: not a false positive
    clean = finding(line=7)
    spanning = finding(line=6, end_line=9, end_column=2)  # reaches line 9
    stops_short = finding(line=6, end_line=9, end_column=1)  # ends at line 8's break
    quiet = finding(line=7, severity="info")
    other_file = finding(path="c.txt", line=1)
    findings = [wrong_category, clean, spanning, stops_short, quiet, other_file]
    assert false_positives(findings, entries) == [clean, stops_short, other_file]


def test_evaluate_scores_each_level():
    entries = [
        entry(lines=[1], level="must"),
        entry(lines=[3], level="must"),
        entry(lines=[5], level="should", category="translation"),
        entry(lines=[8], level="may"),
    ]
    findings = [finding(line=1), finding(line=5, category="translation", severity="info"), finding(line=20)]
    result = evaluate(entries, findings)
    must, should, may = (result.levels[level] for level in ("must", "should", "may"))
    assert (must.total, must.found, must.found_any, must.missed) == (2, 1, 1, [entries[1]])
    assert (should.total, should.found, should.found_any) == (1, 0, 1)
    assert should.missed == [entries[2]] and should.missed_any == []
    assert (may.total, may.found, may.found_any, may.missed_any) == (1, 0, 0, [entries[3]])
    assert result.false_positives == [findings[2]]
