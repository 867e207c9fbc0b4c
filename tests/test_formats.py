"""The machine-readable formats, each read back with a real parser.

sarif (jsonschema against the official schema), github (the workflow-command
grammar), junit and checkstyle (xml.etree), gitlab (json), csv (csv).
"""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, parse_json, write

SEEDS = ROOT / "seeds"
SARIF_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())

# A rule whose message carries a line of the article as it is, to prove that
# any text (quotes, <, &, control characters, newlines, formulas) survives.
HOSTILE_RULE = '''
from newslint import Rule, Severity, Fix


class EchoLine(Rule):
    """Reports every line that starts with '>' and echoes it.

    What it finds: lines starting with '>'.
    Why it matters: a test rule that puts raw article text in its messages.
    Example: ``> anything``
    """
    code = "XH101"
    name = "echo-line"
    category = "metadata"
    severity = Severity.warning
    fix_title = "Delete the marker"

    def check(self, article):
        for number, line in enumerate(article.lines, start=1):
            if line.startswith(">"):
                start, end = article.line_span(number)
                yield self.hit(start, end, line[1:] + "\\nsecond line", fix=Fix(start, start + 1, ""))


class NoteEveryTitle(Rule):
    """Notes a line that starts with 'Title'.

    What it finds: lines starting with 'Title'.
    Why it matters: a test rule at info level.
    Example: ``Title here``
    """
    code = "XH102"
    name = "title-note"
    category = "metadata"
    severity = Severity.info

    def check(self, article):
        for number, line in enumerate(article.lines, start=1):
            if line.startswith("Title"):
                start, end = article.line_span(number)
                yield self.hit(start, end, "a title")
'''

HOSTILE_LINE = '>=HYPERLINK("http://x") <b>&amp; "quoted" \x01\x0b\x1b 100% done: a, b]]> 😀'
HOSTILE_MESSAGE = HOSTILE_LINE[1:] + "\nsecond line"


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    """A folder with the echo rule configured, a hostile article and a clean one; cwd is the folder."""
    (tmp_path / "echo_rules").mkdir()
    (tmp_path / "echo_rules" / "echo.py").write_text(HOSTILE_RULE)
    write(tmp_path / ".newslint.toml", 'plugin-paths = ["echo_rules"]\nselect = ["XH"]\n')
    (tmp_path / "story.txt").write_text("Title of the story\n\n" + HOSTILE_LINE + "\n\nThe end.\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def seeds_json(run_cli) -> list[dict]:
    code, out, _ = run_cli(SEEDS, "--format", "json")
    assert code == 1
    return parse_json(out)["findings"]


def run_format(run_cli, fmt: str, *args) -> str:
    code, out, err = run_cli(*args, "--format", fmt)
    assert code in (0, 1), err
    return out


# --- the format list ---------------------------------------------------------------------

NEW_FORMATS = ("sarif", "github", "junit", "gitlab", "checkstyle", "csv")


def test_unknown_format_lists_every_format(run_cli):
    code, _, err = run_cli(SEEDS, "--format", "nope")
    assert code == 2
    listed = re.search(r"available: (.*)\)", err).group(1).split(", ")
    assert set(NEW_FORMATS) | {"text", "json", "jsonl"} <= set(listed)


def test_help_names_the_formats(run_cli):
    _, out, _ = run_cli("check", "--help")
    flat = " ".join(out.split())
    for name in NEW_FORMATS:
        assert name in flat


# --- SARIF -------------------------------------------------------------------------------


def sarif_run(out: str) -> dict:
    log = json.loads(out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["version"] == "2.1.0"
    return log["runs"][0]


def test_sarif_seeds_validate_and_match_the_json_findings(run_cli):
    expected = seeds_json(run_cli)
    run = sarif_run(run_format(run_cli, "sarif", SEEDS))
    results = run["results"]
    rules = run["tool"]["driver"]["rules"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(results) == len(expected) == 38
    for result, finding in zip(results, expected):
        assert result["ruleId"] == finding["code"]
        assert rules[result["ruleIndex"]]["id"] == finding["code"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            finding["line"], finding["column"], finding["end_line"], finding["end_column"])
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.endswith("seeds/" + Path(finding["path"]).name) and "\\" not in uri
    keys = [r["partialFingerprints"]["newslint/v1"] for r in results]
    assert len(set(keys)) == len(keys)
    assert sum(1 for r in results if "fixes" in r) == sum(1 for f in expected if f["fix"] and f["fix"]["safe"]) == 10


def test_sarif_rules_carry_help_and_levels(run_cli):
    from newslint import __version__

    driver = sarif_run(run_format(run_cli, "sarif", SEEDS))["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("newslint", __version__)
    rules = {r["id"]: r for r in driver["rules"]}
    assert {"NL001", "NL100", "NL101", "BP101", "TR101"} <= set(rules)
    bp101 = rules["BP101"]
    assert bp101["name"] == "related-content-label"
    assert "Why it matters" in bp101["help"]["text"] and "Fix: Delete the line" in bp101["help"]["text"]
    assert bp101["defaultConfiguration"]["level"] == "error"
    assert bp101["properties"]["category"] == "boilerplate"
    assert rules["SY103"]["defaultConfiguration"]["level"] == "note"


def apply_replacement(file_text: str, replacement: dict) -> str:
    """Apply a SARIF replacement whose region is in lines and code-point columns
    to the file as written (CRLF line ends are part of a line, not a column)."""
    lines = file_text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    region = replacement["deletedRegion"]
    start = starts[region["startLine"] - 1] + region["startColumn"] - 1
    end = starts[region["endLine"] - 1] + region["endColumn"] - 1
    return file_text[:start] + replacement["insertedContent"]["text"] + file_text[end:]


def test_sarif_fix_deletes_the_right_text_in_a_crlf_file(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = ("Ministers met on Monday to agree the budget.\r\n\r\nMore on the topic\r\n\r\n"
            "The vote is on Friday, the 😀 minister said.\r\n")
    Path("crlf.txt").write_bytes(text.encode("utf-8"))
    run = sarif_run(run_format(run_cli, "sarif", "crlf.txt", "--select", "BP101"))
    [result] = run["results"]
    [change] = result["fixes"][0]["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "crlf.txt"
    [replacement] = change["replacements"]
    # the line goes with one of the blank lines around it, so a single gap remains
    assert apply_replacement(text, replacement) == text.replace("More on the topic\r\n\r\n", "")
    assert result["fixes"][0]["description"]["text"] == "Delete the line"


def test_sarif_columns_count_code_points(hostile, run_cli):
    Path("wide.txt").write_text("😀 é\n>x 😀 y\n", encoding="utf-8")
    run = sarif_run(run_format(run_cli, "sarif", "wide.txt"))
    [result] = run["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 1, 7)  # 6 code points (UTF-16 would count 7, UTF-8 bytes 9)


def test_sarif_jsonl_claims_only_the_record_line(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [
        {"id": "a1", "text": "Ministers met on Monday.\n\nMore on the topic\n\nThe vote is on Friday."},
        {"id": "b2", "text": "Nothing here to report at all today."},
        {"id": "c3", "text": "Storm hits the coast.\n\nMore on the topic\n\nRoads are closed."},
    ]
    Path("data.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run = sarif_run(run_format(run_cli, "sarif", "data.jsonl", "--select", "BP101"))
    results = run["results"]
    assert [r["locations"][0]["physicalLocation"]["region"] for r in results] == [{"startLine": 1}, {"startLine": 3}]
    assert [r["locations"][0]["logicalLocations"][0]["name"] for r in results] == ["a1", "c3"]
    # the span covers the fix: the line and the blank line after it
    assert results[0]["properties"]["textRegion"] == {"startLine": 3, "startColumn": 1, "endLine": 5, "endColumn": 1}
    assert results[0]["properties"]["record"] == 1 and results[0]["properties"]["id"] == "a1"
    assert all("fixes" not in r for r in results)
    assert "record 1, id a1" in results[0]["message"]["text"]


def test_sarif_hostile_message_round_trips(hostile, run_cli):
    run = sarif_run(run_format(run_cli, "sarif", "story.txt"))
    messages = [r["message"]["text"] for r in run["results"]]
    assert HOSTILE_MESSAGE in messages
    assert any(r["level"] == "note" for r in run["results"])


# --- GitHub annotations -------------------------------------------------------------------

COMMAND = re.compile(r"^::(?P<command>\w+) (?P<properties>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_github(out: str) -> list[dict]:
    commands = []
    for line in out.rstrip("\n").split("\n"):  # the runner splits on \n (and \r) only
        match = COMMAND.match(line)
        assert match, line
        properties = dict(item.split("=", 1) for item in match["properties"].split(","))
        commands.append({
            "command": match["command"],
            "properties": {key: unescape(value) for key, value in properties.items()},
            "message": unescape(match["message"]),
        })
    return commands


def test_github_annotations_for_the_seeds(run_cli):
    expected = seeds_json(run_cli)
    commands = parse_github(run_format(run_cli, "github", SEEDS))
    assert len(commands) == len(expected)
    for command, finding in zip(commands, expected):
        assert command["command"] == {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        props = command["properties"]
        assert props["file"].endswith(Path(finding["path"]).name)
        assert (int(props["line"]), int(props["col"])) == (finding["line"], finding["column"])
        assert props["title"] == f"{finding['code']} {finding['rule']}"
        assert command["message"].endswith(finding["message"])


def test_github_hostile_message_stays_on_one_line(hostile, run_cli):
    out = run_format(run_cli, "github", "story.txt")
    commands = parse_github(out)
    assert out.count("\n") == len(commands) == 2 and "\r" not in out
    echo = next(c for c in commands if c["properties"]["title"] == "XH101 echo-line")
    assert echo["message"] == "[metadata] " + HOSTILE_MESSAGE
    assert echo["properties"]["file"] == "story.txt"
    assert next(c for c in commands if c["properties"]["title"] == "XH102 title-note")["command"] == "notice"


def test_github_jsonl_uses_the_record_line_without_columns(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("d.jsonl").write_text(json.dumps({"id": "x", "text": "Ministers met.\n\nMore on the topic\n\nThe end."}) + "\n")
    [command] = parse_github(run_format(run_cli, "github", "d.jsonl", "--select", "BP101"))
    assert command["properties"]["line"] == "1" and "col" not in command["properties"]
    assert "(record 1, id x, text line 3 column 1)" in command["message"]


# --- JUnit and Checkstyle XML ---------------------------------------------------------------


def test_junit_one_testcase_per_article(run_cli):
    expected = seeds_json(run_cli)
    root = ET.fromstring(run_format(run_cli, "junit", SEEDS))
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == int(suite.get("tests")) == 5
    failing_findings = [f for f in expected if f["severity"] != "info"]
    failure_lines = [line for case in cases for failure in case.findall("failure") for line in failure.text.splitlines()]
    assert len(failure_lines) == len(failing_findings)
    assert int(suite.get("failures")) == len({f["path"] for f in failing_findings})
    info_lines = [line for case in cases for out in case.findall("system-out") for line in out.text.splitlines()]
    assert len(info_lines) == len(expected) - len(failing_findings)


def test_junit_fail_on_error_and_clean_articles_pass(hostile, run_cli):
    root = ET.fromstring(run_format(run_cli, "junit", "story.txt", "clean.txt", "--fail-on", "error"))
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"story.txt", "clean.txt"}
    assert root.find("testsuite").get("failures") == "0"  # only warnings and info: below --fail-on error
    story = ET.fromstring(run_format(run_cli, "junit", "story.txt", "clean.txt"))
    failure = story.find(".//testcase[@name='story.txt']/failure")
    assert failure is not None and story.find(".//testcase[@name='clean.txt']/failure") is None
    assert "\x01" not in failure.text and '<b>&amp; "quoted"' in failure.text and "second line" in failure.text


def test_checkstyle_lists_every_file_and_finding(run_cli):
    expected = seeds_json(run_cli)
    root = ET.fromstring(run_format(run_cli, "checkstyle", SEEDS))
    files = root.findall("file")
    assert len(files) == 5
    errors = [(Path(f.get("name")).name, e) for f in files for e in f.findall("error")]
    assert len(errors) == len(expected)
    for (name, error), finding in zip(errors, expected):
        assert name == Path(finding["path"]).name
        assert int(error.get("line")) == finding["line"] and int(error.get("column")) == finding["column"]
        assert error.get("severity") == finding["severity"]
        assert error.get("source") == "newslint." + finding["code"]
        assert error.get("message") == finding["message"]


def test_checkstyle_hostile_text_parses_without_forbidden_characters(hostile, run_cli):
    root = ET.fromstring(run_format(run_cli, "checkstyle", "story.txt", "clean.txt"))
    files = {f.get("name"): f for f in root.findall("file")}
    assert set(files) == {"story.txt", "clean.txt"} and not files["clean.txt"].findall("error")
    messages = [e.get("message") for e in files["story.txt"].findall("error")]
    stripped = HOSTILE_MESSAGE.replace("\x01", "").replace("\x0b", "").replace("\x1b", "")
    assert stripped in messages  # newline, quotes, < and & survive; XML-forbidden controls go


def test_checkstyle_jsonl_records_sit_on_their_line(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("d.jsonl").write_text(
        json.dumps({"id": "q", "text": "Fine text here."}) + "\n"
        + json.dumps({"id": "r", "text": "Ministers met.\n\nMore on the topic\n\nThe end."}) + "\n"
    )
    root = ET.fromstring(run_format(run_cli, "checkstyle", "d.jsonl", "--select", "BP101"))
    [error] = root.iter("error")
    assert error.get("line") == "2" and error.get("column") is None
    assert "record 2, id r" in error.get("message")


# --- GitLab code quality ---------------------------------------------------------------------

STORY = "Ministers met on Monday to agree the budget.\n\nREAD ALSO: Storm closes the coast road\n\nThe vote is on Friday.\n"


def test_gitlab_report_shape(run_cli):
    expected = seeds_json(run_cli)
    issues = json.loads(run_format(run_cli, "gitlab", SEEDS))
    assert len(issues) == len(expected)
    for issue, finding in zip(issues, expected):
        assert issue["check_name"] == finding["code"]
        assert issue["severity"] == {"error": "major", "warning": "minor", "info": "info"}[finding["severity"]]
        assert issue["location"]["lines"]["begin"] == finding["line"]
        assert issue["location"]["path"].endswith(Path(finding["path"]).name)
        assert finding["message"] in issue["description"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprint_survives_an_edit_elsewhere(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(STORY)
    before = json.loads(run_format(run_cli, "gitlab", "story.txt", "--select", "BP"))
    Path("story.txt").write_text("An editor added a first paragraph.\n\n" + STORY.replace("Friday", "Saturday"))
    after = json.loads(run_format(run_cli, "gitlab", "story.txt", "--select", "BP"))
    assert before and [i["location"]["lines"]["begin"] for i in before] != [i["location"]["lines"]["begin"] for i in after]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    Path("story.txt").write_text(STORY.replace("Storm closes", "Flood shuts"))
    changed = json.loads(run_format(run_cli, "gitlab", "story.txt", "--select", "BP"))
    assert {i["fingerprint"] for i in changed}.isdisjoint({i["fingerprint"] for i in before})


def test_gitlab_hostile_text_is_valid_json(hostile, run_cli):
    issues = json.loads(run_format(run_cli, "gitlab", "story.txt"))
    assert any(HOSTILE_MESSAGE in issue["description"] for issue in issues)


# --- CSV --------------------------------------------------------------------------------------


def read_csv(out: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(out, newline="")))


def test_csv_one_row_per_finding(run_cli):
    expected = seeds_json(run_cli)
    rows = read_csv(run_format(run_cli, "csv", SEEDS))
    assert len(rows) == len(expected)
    for row, finding in zip(rows, expected):
        assert (int(row["line"]), int(row["column"]), row["code"], row["severity"], row["message"]) == (
            finding["line"], finding["column"], finding["code"], finding["severity"], finding["message"])
        assert row["fixable"] == ("yes" if finding["fix"] else "no")
        assert row["record"] == "" and row["id"] == ""


def test_csv_defuses_formulas_and_keeps_hostile_text(hostile, run_cli):
    rows = read_csv(run_format(run_cli, "csv", "story.txt"))
    echo = next(row for row in rows if row["code"] == "XH101")
    assert echo["message"] == "'" + HOSTILE_MESSAGE  # starts with '=': a quote in front, the rest intact
    assert echo["fix_replacement"] == "" and echo["fixable"] == "yes"
    title = next(row for row in rows if row["code"] == "XH102")
    assert title["message"] == "a title"


def test_csv_jsonl_rows_name_record_and_id(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("d.jsonl").write_text(json.dumps({"id": "-5", "text": "Ministers met.\n\nMore on the topic\n\nThe end."}) + "\n")
    [row] = read_csv(run_format(run_cli, "csv", "d.jsonl", "--select", "BP101"))
    assert (row["record"], row["id"], row["line"]) == ("1", "'-5", "3")


def test_formats_write_atomically_to_a_file(tmp_path, run_cli):
    target = tmp_path / "out.sarif"
    code, out, _ = run_cli(SEEDS, "--format", "sarif", "-o", target)
    assert code == 1 and out == ""
    sarif_run(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["out.sarif"]


# --- plugin formats written before formatters got rule metadata --------------------------------


def test_a_formatter_with_the_old_constructor_still_works(tmp_path):
    from newslint.cli import SettingsResolver, overrides_from, render, run_or_fail
    from newslint.formats import Formatter

    class OldFormatter(Formatter):
        def __init__(self, stream, *, color=False, show_source=False, version=""):
            super().__init__(stream, color=color, show_source=show_source, version=version)

        def finding(self, finding, line_text=None):
            self.stream.write(f"{finding.code}\n")

    write(tmp_path / "story.txt", STORY)
    resolver = SettingsResolver(None, True, overrides_from({"select": ("BP",)}))
    result = run_or_fail(resolver.articles([str(tmp_path / "story.txt")], None))
    stream = io.StringIO()
    render(OldFormatter, stream, result.findings, {}, resolver, result, False, False, False)
    assert stream.getvalue().split() == [f.code for f in result.findings] != []


def test_readme_shows_every_built_in_format():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Output formats", 1)[1].split("\n## ", 1)[0]
    for name in NEW_FORMATS:
        assert f"**`{name}`**" in section
    assert section.count("```") >= 2 * len(NEW_FORMATS)  # a sample each


def test_junit_reports_a_crashed_rule_as_an_error(tmp_path, local_rules, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB"]\n')
    write(tmp_path / "story.txt", "A banana was seen.\n")
    code, out, _ = run_cli("story.txt", "--format", "junit")
    assert code == 2
    root = ET.fromstring(out)
    case = root.find(".//testcase[@name='story.txt']")
    [error] = case.findall("error")
    assert error.get("type") == "NL001" and "ZeroDivisionError" in error.text
    assert [line.split(": ")[1] for line in case.find("failure").text.splitlines()] == ["XB101 [boilerplate] word 'banana' found"]
    assert (root.get("errors"), root.get("failures")) == ("1", "1")


def test_json_document_is_written_as_findings_come_and_reads_as_json_dump_would_write_it():
    """--format json streams: each finding is on the stream when it is passed
    (memory stays flat on an archive), and the bytes are json.dump's with indent 2."""
    import random

    from newslint.formats.json import SCHEMA_VERSION, SUMMARY_KEYS, JsonFormatter

    class Passed:
        def __init__(self, fields):
            self.fields = fields

        def as_dict(self):
            return self.fields

    rng = random.Random(3)

    def value(depth=0):
        kind = rng.randint(0, 6 if depth < 2 else 4)
        if kind == 5:
            return [value(depth + 1) for _ in range(rng.randint(0, 2))]
        if kind == 6:
            return {f"k{i}": value(depth + 1) for i in range(rng.randint(0, 2))}
        return [None, True, rng.randint(-5, 99), rng.random(), 'é"\n\\ a😀 \u2028'][kind]

    for _ in range(500):
        findings = [{f"f{i}": value() for i in range(rng.randint(0, 4))} for _ in range(rng.randint(0, 3))]
        summary = {key: value() for key in SUMMARY_KEYS}
        stream = io.StringIO()
        formatter = JsonFormatter(stream, version=rng.choice(["", "1.0", "é"]))
        formatter.start()
        for fields in findings:
            formatter.finding(Passed(fields))
            assert stream.getvalue().endswith(json.dumps(fields, ensure_ascii=False, indent=2).replace("\n", "\n    "))
        formatter.finish(summary)
        expected = {"newslint": formatter.version, "schema": SCHEMA_VERSION, "findings": findings, "summary": summary}
        assert stream.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
