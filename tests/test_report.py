"""``newslint report``: the HTML page read back with html.parser (no browser).

The browser half (scripts really run, article markup really does not) is
tests/test_report_browser.py.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, parse_json, write
from report_dom import highlighted_span_text, offset_of, read_report

from newslint.engine.rule import Finding, Severity
from newslint.report import highlighted_text, segment

SEEDS = ROOT / "seeds"
HOSTILE = ROOT / "tests" / "fixtures" / "report_hostile.txt"


def make_report(run_cli, tmp_path, *args):
    """Run ``newslint report ARGS -o out.html``; return (exit code, page, stderr)."""
    target = tmp_path / "out.html"
    code, _, err = run_cli("report", *args, "--no-config", "-o", target)
    return code, target.read_text(encoding="utf-8"), err


def json_findings(run_cli, *args):
    _, out, _ = run_cli(*args, "--no-config", "--format", "json")
    return parse_json(out)["findings"]


def source_of(path) -> str:
    return Path(path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    """The seeds' report and their findings as JSON, built once for the module."""
    from click.testing import CliRunner

    from newslint.cli import main

    target = tmp_path_factory.mktemp("report") / "seeds.html"
    runner = CliRunner()
    made = runner.invoke(main, ["report", str(SEEDS), "--no-config", "-o", str(target)], catch_exceptions=False)
    linted = runner.invoke(main, [str(SEEDS), "--no-config", "--format", "json"])
    return made.exit_code, target.read_text(encoding="utf-8"), json.loads(linted.stdout)["findings"]


# --- the seeds ---------------------------------------------------------------------


def test_seeds_report_has_a_pin_and_a_note_per_finding(seeds_report):
    code, page, findings = seeds_report
    assert code == 1  # findings at warning or above, as `newslint check`
    dom = read_report(page)
    assert len(findings) == 38
    assert [pin["data-code"] for pin in dom.pins] == [f["code"] for f in findings]
    assert [note["data-sev"] for note in dom.notes] == [f["severity"] for f in findings]
    assert len({note["id"] for note in dom.notes}) == len(findings)
    assert len(dom.articles) == 5
    assert "38 findings" in re.sub(r"<[^>]+>", "", page)


def test_seeds_highlights_cover_exactly_each_findings_span(seeds_report):
    _, page, findings = seeds_report
    dom = read_report(page)
    by_path = {article.heading.split(" ")[0]: article for article in dom.articles}
    checked = 0
    for number, finding in enumerate(findings, 1):
        source = source_of(finding["path"])
        start = offset_of(source, finding["line"], finding["column"])
        end = offset_of(source, finding["end_line"], finding["end_column"])
        article = by_path[finding["path"]]
        # the highlight is the finding's span; a fix that also takes the line break before
        # the problem starts it on that break, while line:column shows the first visible character
        assert highlighted_span_text(article, f"f{number}").lstrip() == source[start:end], finding
        checked += start < end
    assert checked == len(findings)  # every seed finding has a non-empty span


def test_seeds_text_is_shown_verbatim(seeds_report):
    _, page, _ = seeds_report
    for article in read_report(page).articles:
        path = article.heading.split(" ")[0]
        assert article.text == source_of(path)


def test_marks_never_nest_and_take_the_worst_severity(seeds_report):
    _, page, findings = seeds_report
    assert not re.search(r"<mark[^>]*>[^<]*<mark", page)
    severity = {f"f{n}": f["severity"] for n, f in enumerate(findings, 1)}
    for mark in read_report(page).marks:
        worst = max((Severity.parse(severity[i]) for i in mark.findings))
        assert mark.severity == str(worst)
    assert any(len(mark.findings) > 1 for mark in read_report(page).marks)  # the seeds have overlaps


def test_summary_chart_and_worst_articles(seeds_report):
    _, page, findings = seeds_report
    by_category = {}
    for f in findings:
        by_category[f["category"]] = by_category.get(f["category"], 0) + 1
    for category, count in by_category.items():
        assert f"<title>{category}: {count}</title>" in page
    worst = re.search(r'<ol class="worst">(.*?)</ol>', page).group(1)
    first = re.search(r"<li><a [^>]*>([^<]+)</a>", worst).group(1)
    assert first.endswith("000_7bac0952c689fac2.txt")  # 19 findings, 6 of them errors


def test_page_is_self_contained_and_its_policy_names_its_own_code(seeds_report):
    _, page, _ = seeds_report
    dom = read_report(page)
    for tag, attributes in dom.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        for name in ("src", "href", "action", "xlink:href"):
            value = attributes.get(name, "")
            assert not re.match(r"\s*(?:[a-z]+:|//)", value, re.I), (tag, name, value)
    assert not re.search(r"url\(", "".join(dom.styles))
    policy = next(m["content"] for m in dom.metas if m.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy
    assert len(dom.scripts) == 1 and len(dom.styles) == 1
    for kind, source in (("script-src", dom.scripts[0]), ("style-src", dom.styles[0])):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{kind} 'sha256-{digest}'" in policy


def test_each_note_carries_the_rules_explanation(seeds_report):
    import html

    from newslint.engine.registry import build_registry

    _, page, findings = seeds_report
    rules = build_registry().rules
    for code in {f["code"] for f in findings}:
        explanation = html.escape(rules[code].explanation(), quote=True)
        assert page.count(f'<div class="explain">{explanation}</div>') == sum(f["code"] == code for f in findings)


# --- hostile text ------------------------------------------------------------------


def test_hostile_article_shows_as_text(run_cli, tmp_path):
    code, page, _ = make_report(run_cli, tmp_path, HOSTILE)
    dom = read_report(page)
    assert dom.title == "newslint report"
    assert len(dom.scripts) == 1  # the page's own
    assert not {tag for tag, _ in dom.tags} & {"img", "iframe", "textarea"}
    assert not any(name.startswith("on") for _, attributes in dom.tags for name in attributes)
    [article] = dom.articles
    assert set(article.tags_in_text) == {"mark", "a"}  # the article's own markup is not markup here
    assert article.text == source_of(HOSTILE)
    assert "<script>document.title='PWNED'</script>" in article.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # in a message too, escaped


def test_lone_surrogate_in_a_dataset_becomes_a_replacement_character(run_cli, tmp_path):
    record = {"id": "x", "text": "More on the topic\n\nBody \ud800 text that goes on."}
    data = write(tmp_path / "data.jsonl", json.dumps(record) + "\n")
    code, page, err = make_report(run_cli, tmp_path, data)
    assert code in (0, 1), err
    assert "Body \ufffd text" in page


# --- spans -------------------------------------------------------------------------


def fake(start: int, end: int, code: str = "XX101", severity: Severity = Severity.warning) -> Finding:
    return Finding("a.txt", 1, 1, 1, 1, code, "fake", "metadata", severity, 0.5, f"{code} here", "", start, end)


def test_segment_cuts_at_every_boundary():
    pieces = segment(10, [(2, 6), (4, 8), (5, 5)])
    assert [(p.start, p.end, p.covering) for p in pieces] == [
        (0, 2, ()), (2, 4, (0,)), (4, 5, (0, 1)), (5, 6, (0, 1)), (6, 8, (1,)), (8, 10, ()),
    ]


def test_nested_overlapping_and_empty_spans_render_flat_and_complete():
    text = "abcdefghij"
    findings = [("f1", fake(1, 9)), ("f2", fake(3, 5, severity=Severity.error)), ("f3", fake(4, 7)), ("f4", fake(0, 0)),
                ("f5", fake(10, 10)), ("f6", fake(8, 40))]
    page = f'<section class="article"><h2>a</h2><pre class="text">{highlighted_text(text, findings)}</pre></section>'
    [article] = read_report(page).articles
    assert article.text == text
    assert [pin["data-finding"] for pin in article.pins] == ["f4", "f1", "f2", "f3", "f6", "f5"]
    assert highlighted_span_text(article, "f1") == "bcdefghi"
    assert highlighted_span_text(article, "f2") == "de"
    assert highlighted_span_text(article, "f3") == "efg"
    assert highlighted_span_text(article, "f6") == "ij"  # clamped to the text
    assert highlighted_span_text(article, "f4") == highlighted_span_text(article, "f5") == ""
    assert [m.severity for m in article.marks if "f2" in m.findings] == ["error", "error"]


# --- inputs, options, output -------------------------------------------------------


def test_jsonl_dataset_gets_a_section_per_record_with_findings(run_cli, tmp_path):
    records = [
        {"id": "a-1", "text": "More on the topic\n\nThe story goes on here with more words."},
        {"id": "a-2", "text": "A clean short story about the weather."},
        {"id": "a-3", "text": "The report said <b>more</b>.\n\nMore on the topic\n\nEnd of the story here."},
    ]
    data = write(tmp_path / "data.jsonl", "\n".join(json.dumps(r) for r in records) + "\n{broken\n")
    code, page, err = make_report(run_cli, tmp_path, data)
    assert code == 2 and f"{data}:4: malformed JSON" in err
    dom = read_report(page)
    headings = [a.heading for a in dom.articles]
    assert headings[0].startswith(f"{data}:1 id a-1") and headings[-1].startswith(f"{data}:3 id a-3")
    assert len(headings) == 2  # record 2 has no findings: counted, not shown
    assert "3</b> articles" in page
    assert dom.articles[-1].text == records[2]["text"]
    assert "malformed JSON" in page  # the unreadable record is listed in the summary


def test_markdown_front_matter_is_shown_and_spans_still_line_up(run_cli, tmp_path, local_rules):
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\n')
    story = write(tmp_path / "story.md", "---\ntitle: banana republic\n---\n\nA banana was seen.\n")
    target = tmp_path / "out.html"
    code, _, err = run_cli("report", story, "--select", "XB101", "--config", tmp_path / ".newslint.toml", "-o", target)
    assert code == 1, err
    [article] = read_report(target.read_text()).articles
    assert article.text == source_of(story)  # front matter as written, not blanked
    assert [m.text for m in article.marks] == ["banana"]  # the body's, at the right place


def test_zero_length_internal_error_is_a_pin_without_a_mark(run_cli, tmp_path, local_rules):
    config = write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\n')
    story = write(tmp_path / "story.txt", "Nothing to see.\n")
    target = tmp_path / "out.html"
    code, _, _ = run_cli("report", story, "--select", "XB900", "--config", config, "-o", target)
    assert code == 2
    dom = read_report(target.read_text())
    assert [pin["data-code"] for pin in dom.pins] == ["NL001"]
    assert dom.marks == []
    assert "ZeroDivisionError" in target.read_text()


def test_selection_and_severity_options_narrow_the_report(run_cli, tmp_path):
    _, page, _ = make_report(run_cli, tmp_path, SEEDS, "--select", "BP")
    assert {pin["data-code"][:2] for pin in read_report(page).pins} == {"BP"}
    _, page, _ = make_report(run_cli, tmp_path, SEEDS, "--severity", "error")
    expected = [f["code"] for f in json_findings(run_cli, SEEDS, "--severity", "error")]
    assert [pin["data-code"] for pin in read_report(page).pins] == expected
    assert {note["data-sev"] for note in read_report(page).notes} == {"error"}


def test_exit_codes_follow_check(run_cli, tmp_path):
    clean = write(tmp_path / "clean.txt", "The council met on Tuesday and approved the budget.\n")
    assert make_report(run_cli, tmp_path, clean)[0] == 0
    assert make_report(run_cli, tmp_path, SEEDS, "--exit-zero")[0] == 0
    code, page, err = make_report(run_cli, tmp_path, SEEDS, tmp_path / "missing.txt")
    assert code == 2 and "missing.txt: no such file or directory" in err
    assert len(read_report(page).articles) == 5 and "missing.txt: no such file or directory" in page


def test_without_output_the_page_goes_to_a_pipe(run_cli):
    code, out, err = run_cli("report", HOSTILE, "--no-config")
    assert code == 1
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert err == ""


def test_output_file_is_readable_by_others_as_umask_allows(run_cli, tmp_path):
    import os

    target = tmp_path / "out.html"
    run_cli("report", HOSTILE, "--no-config", "-o", target)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_unwritable_output_is_one_clear_error(run_cli, tmp_path):
    code, _, err = run_cli("report", HOSTILE, "--no-config", "-o", tmp_path / "no-such-folder" / "out.html")
    assert code == 2
    assert err.strip() == f"newslint: error: cannot write {tmp_path / 'no-such-folder' / 'out.html'}: No such file or directory"
    assert not (tmp_path / "no-such-folder").exists()


def test_standard_input_is_named_by_stdin_filename(run_cli, tmp_path):
    target = tmp_path / "out.html"
    code, _, err = run_cli(
        "report", "-", "--stdin-filename", "story.txt", "--no-config", "-o", target, input=source_of(HOSTILE)
    )
    assert code == 1
    [article] = read_report(target.read_text()).articles
    assert article.heading.startswith("story.txt") and article.text == source_of(HOSTILE)
    assert err == f"newslint: wrote {target} (4 findings in 1 article)\n"


def test_clean_input_gives_a_page_without_sections(run_cli, tmp_path):
    clean = write(tmp_path / "clean.txt", "The council met on Tuesday and approved the budget.\n")
    code, page, _ = make_report(run_cli, tmp_path, clean)
    dom = read_report(page)
    assert code == 0 and dom.articles == [] and "No findings." in page


def test_readme_shows_a_small_screenshot_of_the_report():
    readme = (ROOT / "README.md").read_text()
    assert "## HTML report" in readme and "](docs/report.png)" in readme
    data = (ROOT / "docs" / "report.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and 20_000 < len(data) < 300_000
