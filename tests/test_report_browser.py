"""``newslint report`` in a real headless Chromium.

The report of the seeds plus a hostile article is loaded from a file:// URL;
``--dump-dom`` gives the DOM after scripts ran. The page's own script marks
<html data-report-ready="1">; the article's scripts would set the title to
PWNED or a data-pwned attribute, and must not. A screenshot is kept as a
test artefact in build/test-artifacts/ (ignored by git), with the report
and the dumped DOM beside it.

Clicks and hovers go through the DevTools protocol over
``--remote-debugging-pipe`` (file descriptors 3 and 4, NUL-separated JSON),
so no extra package and no network port are needed.

Skipped only when no Chromium is installed (Debian: ``apt-get install
chromium``; .ci/run installs it).
"""
from __future__ import annotations

import json
import os
import select
import shutil
import struct
import subprocess
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ROOT
from report_dom import read_report

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH: install Debian's chromium package to run the browser test"
)

ARTIFACTS = ROOT / "build" / "test-artifacts"
HOSTILE = ROOT / "tests" / "fixtures" / "report_hostile.txt"
WINDOW = (1280, 2000)
BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
    "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing may be fetched; if something tried, it fails
]


def chromium(tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    command = [CHROMIUM, *BROWSER_FLAGS, f"--user-data-dir={profile}", *args, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=tmp)


def dump_dom(tmp: Path, page: Path, query: str = "") -> str:
    done = chromium(tmp, page.as_uri() + query, "--dump-dom")
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The report of the seeds and the hostile article, and their findings as JSON."""
    from click.testing import CliRunner

    from newslint.cli import main

    tmp = tmp_path_factory.mktemp("browser")
    page = tmp / "report.html"
    inputs = [str(ROOT / "seeds"), str(HOSTILE)]
    runner = CliRunner()
    made = runner.invoke(main, ["report", *inputs, "--no-config", "-o", str(page)], catch_exceptions=False)
    assert made.exit_code == 1, made.stderr
    linted = runner.invoke(main, [*inputs, "--no-config", "--format", "json"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(page, ARTIFACTS / "report-seeds.html")
    return tmp, page, json.loads(linted.stdout)["findings"]


@pytest.fixture(scope="module")
def loaded(report):
    tmp, page, findings = report
    dom = dump_dom(tmp, page)
    (ARTIFACTS / "report-seeds.dom.html").write_text(dom, encoding="utf-8")
    return read_report(dom), findings


def test_page_script_ran_under_its_own_policy(loaded):
    dom, findings = loaded
    assert dom.html_attrs.get("data-report-ready") == "1"
    assert dom.html_attrs.get("data-visible-findings") == str(len(findings))


def test_highlights_present_for_every_finding(loaded):
    dom, findings = loaded
    assert len(findings) > 38  # the seeds' 38 and the hostile article's
    assert [pin["data-code"] for pin in dom.pins] == [f["code"] for f in findings]
    highlighted = {finding_id for mark in dom.marks for finding_id in mark.findings}
    spans = {f"f{n}" for n, f in enumerate(findings, 1) if (f["line"], f["column"]) != (f["end_line"], f["end_column"])}
    assert highlighted == spans
    assert all("off" not in mark.classes for mark in dom.marks)  # nothing filtered out by default


def test_no_script_from_the_article_ran(loaded):
    dom, _ = loaded
    assert dom.title == "newslint report"
    assert not any("data-pwned" in attributes for _, attributes in dom.tags)
    assert not any(name.startswith("on") for _, attributes in dom.tags for name in attributes)
    hostile = next(a for a in dom.articles if a.heading.startswith(str(HOSTILE)))
    assert hostile.text == HOSTILE.read_text(encoding="utf-8")
    assert "<script>document.title='PWNED'</script>" in hostile.text
    assert """<img src=x onerror="document.body.setAttribute('data-pwned','1')">""" in hostile.text
    assert set(hostile.tags_in_text) == {"mark", "a"}


def test_filters_hide_findings_by_severity_and_category(report):
    tmp, page, findings = report
    dom = read_report(dump_dom(tmp, page, "?hide=info,boilerplate"))
    kept = {f"f{n}" for n, f in enumerate(findings, 1) if f["severity"] != "info" and f["category"] != "boilerplate"}
    assert 0 < len(kept) < len(findings)
    assert dom.html_attrs.get("data-visible-findings") == str(len(kept))
    assert {note["id"] for note in dom.notes if "off" not in note.get("class", "").split()} == kept
    assert {pin["data-finding"] for pin in dom.pins if "off" not in pin.get("class", "").split()} == kept
    for mark in dom.marks:
        visible = kept.intersection(mark.findings)
        assert ("off" in mark.classes) == (not visible), mark
        if visible:
            worst = max(visible, key=lambda i: ["info", "warning", "error"].index(findings[int(i[1:]) - 1]["severity"]))
            assert mark.severity == findings[int(worst[1:]) - 1]["severity"]


def test_the_policy_blocks_a_script_smuggled_into_the_page(report):
    """Defence in depth: even unescaped markup could not run a script."""
    tmp, page, _ = report
    tampered = tmp / "tampered.html"
    smuggled = "<script>document.documentElement.dataset.smuggled='1'</script>"
    tampered.write_text(page.read_text().replace("<body>", "<body>" + smuggled, 1), encoding="utf-8")
    dom = read_report(dump_dom(tmp, tampered))
    assert dom.html_attrs.get("data-report-ready") == "1"
    assert "data-smuggled" not in dom.html_attrs


def png_facts(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the pixel data."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, width, height, pixels = 8, 0, 0, b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            pixels += body
        position += 12 + length
    return width, height, len(set(zlib.decompress(pixels)))


def test_screenshot_is_saved_as_an_artefact(report):
    tmp, page, _ = report
    shot = tmp / "report.png"
    done = chromium(tmp, page.as_uri(), f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}")
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    data = shot.read_bytes()
    width, height, distinct = png_facts(data)
    assert (width, height) == WINDOW
    assert len(data) > 50_000 and distinct > 100  # a page of text and colour, not a blank frame
    shutil.copyfile(shot, ARTIFACTS / "report-seeds.png")


# --- interaction, through the DevTools protocol ----------------------------------


class DevToolsPage:
    """One page of a headless Chromium driven over ``--remote-debugging-pipe``."""

    def __init__(self, process: subprocess.Popen, to_browser: int, from_browser: int) -> None:
        self.process, self.to_browser, self.from_browser = process, to_browser, from_browser
        self.pending, self.last_id, self.session = b"", 0, None

    def call(self, method: str, params: dict | None = None, timeout: float = 60) -> dict:
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.pending:
                raw, self.pending = self.pending.split(b"\0", 1)
                answer = json.loads(raw)
                if answer.get("id") == self.last_id:
                    assert "error" not in answer, answer
                    return answer["result"]
            left = deadline - time.monotonic()
            assert left > 0 and select.select([self.from_browser], [], [], left)[0], f"no answer to {method}"
            chunk = os.read(self.from_browser, 1 << 16)
            assert chunk, "chromium closed the pipe"
            self.pending += chunk

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def open(self, url: str, ready: str, timeout: float = 60) -> None:
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        deadline = time.monotonic() + timeout
        while not self.ready(ready):
            assert time.monotonic() < deadline, f"page never became ready: {ready}"
            time.sleep(0.1)

    def ready(self, expression: str) -> bool:
        """Like evaluate, but a page still loading (no document yet) is simply not ready."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return "exceptionDetails" not in result and bool(result["result"].get("value"))


@contextmanager
def devtools(tmp: Path):
    """A headless Chromium listening on fds 3 (commands in) and 4 (answers out)."""
    commands_read, commands_write = os.pipe()
    answers_read, answers_write = os.pipe()

    def give_child_fds_3_and_4() -> None:
        high_in, high_out = os.dup2(commands_read, 100), os.dup2(answers_write, 101)  # out of the way of 3 and 4
        os.dup2(high_in, 3)
        os.dup2(high_out, 4)

    command = [CHROMIUM, *BROWSER_FLAGS, f"--user-data-dir={tmp / 'profile-devtools'}", "--remote-debugging-pipe", "about:blank"]
    process = subprocess.Popen(
        command, preexec_fn=give_child_fds_3_and_4, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    os.close(commands_read)
    os.close(answers_write)
    try:
        yield DevToolsPage(process, commands_write, answers_read)
    finally:
        os.close(commands_write)  # chromium exits when its pipe closes
        os.close(answers_read)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser_page(report):
    tmp, page, findings = report
    with devtools(tmp) as browser:
        browser.open(page.as_uri(), "document.documentElement.dataset.reportReady === '1'")
        yield browser, findings


def test_clicking_a_filter_hides_its_findings_and_clicking_again_restores_them(browser_page):
    browser, findings = browser_page
    visible = "Number(document.documentElement.dataset.visibleFindings)"
    hidden_notes = "Array.from(document.querySelectorAll('.note.off')).map(n => n.dataset.cat + '/' + n.dataset.sev)"
    assert browser.evaluate(visible) == len(findings)
    browser.evaluate("document.querySelector('input[data-filter=cat][value=boilerplate]').click()")
    boilerplate = [f for f in findings if f["category"] == "boilerplate"]
    assert browser.evaluate(visible) == len(findings) - len(boilerplate)
    assert sorted(browser.evaluate(hidden_notes)) == sorted(f"boilerplate/{f['severity']}" for f in boilerplate)
    browser.evaluate("document.querySelector('input[data-filter=sev][value=warning]').click()")
    rest = [f for f in findings if f["category"] != "boilerplate" and f["severity"] != "warning"]
    assert browser.evaluate(visible) == len(rest)
    browser.evaluate("document.querySelectorAll('input[data-filter]').forEach(b => { if (!b.checked) b.click(); })")
    assert browser.evaluate(visible) == len(findings) and browser.evaluate(hidden_notes) == []


def test_hovering_a_highlight_lights_up_its_notes(browser_page):
    browser, _ = browser_page
    active = "Array.from(document.querySelectorAll('.note.active')).map(n => n.id).sort().join(' ')"
    mark = "document.querySelector('mark[data-findings~=\"f2\"]')"
    expected = browser.evaluate(f"{mark}.dataset.findings.split(' ').sort().join(' ')")
    assert "f2" in expected.split()
    browser.evaluate(f"{mark}.dispatchEvent(new MouseEvent('mouseover', {{bubbles: true}}))")
    assert browser.evaluate(active) == expected
    browser.evaluate(f"{mark}.dispatchEvent(new MouseEvent('mouseout', {{bubbles: true}}))")
    assert browser.evaluate(active) == ""
