"""A third-party rule package, installed for real with pip, is found through
the ``newslint.rules`` entry-point group: listed, selectable and run."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN_SETUP_CFG = """
[metadata]
name = newslint-acme
version = 1.2.3

[options]
py_modules = acme_rules

[options.entry_points]
newslint.rules =
    ACM = acme_rules
"""

PLUGIN_MODULE = '''
from newslint import Rule, Severity


class SponsoredLabel(Rule):
    """Finds the Acme sponsored-content label.

    What it finds: the line "Sponsored by Acme".
    Why it matters: advertising must not pass as reporting.
    Example: ``Sponsored by Acme``
    """

    code = "ACM101"
    name = "sponsored-label"
    category = "boilerplate"
    severity = Severity.error

    def check(self, article):
        needle = "Sponsored by Acme"
        start = article.text.find(needle)
        if start >= 0:
            yield self.hit(start, start + len(needle), f"sponsored label {needle!r} in the body")
'''


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("plugin")
    package = root / "newslint-acme"
    package.mkdir()
    (package / "setup.cfg").write_text(PLUGIN_SETUP_CFG)
    (package / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    (package / "acme_rules.py").write_text(PLUGIN_MODULE)
    site = root / "site"
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(site), str(package)],
        capture_output=True, text=True,
    )
    if completed.returncode != 0:
        pytest.fail(f"pip could not install the test plugin:\n{completed.stderr}")
    return site


def newslint(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(site))
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args], capture_output=True, text=True, env=env, cwd=cwd
    )


def test_plugin_is_listed(plugin_site, tmp_path):
    listed = newslint(plugin_site, "rules", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rules = {r["code"]: r for r in json.loads(listed.stdout)}
    assert rules["ACM101"]["source"] == "newslint-acme"
    assert rules["ACM101"]["name"] == "sponsored-label"
    assert "BP101" in rules  # the built-ins come through the same group


def test_plugin_runs_and_is_selectable(plugin_site, tmp_path):
    (tmp_path / "story.txt").write_text("Markets rose today.\nSponsored by Acme\n")
    ran = newslint(plugin_site, "story.txt", "--select", "ACM", "--format", "json", cwd=tmp_path)
    assert ran.returncode == 1, ran.stderr
    findings = json.loads(ran.stdout)["findings"]
    assert [(f["code"], f["line"], f["severity"]) for f in findings] == [("ACM101", 2, "error")]
    ignored = newslint(plugin_site, "story.txt", "--select", "ACM", "--ignore", "ACM101", cwd=tmp_path)
    assert ignored.returncode == 0, ignored.stdout + ignored.stderr


def test_plugin_explain(plugin_site, tmp_path):
    explained = newslint(plugin_site, "explain", "ACM101", cwd=tmp_path)
    assert explained.returncode == 0
    assert "Why it matters: advertising must not pass as reporting." in explained.stdout


def test_builtin_families_register_through_entry_points():
    from importlib import metadata

    names = {ep.name: ep.value for ep in metadata.entry_points(group="newslint.rules")}
    assert {"BP", "TR", "IV", "TL"} <= set(names)
    assert names["BP"] == "newslint.rules.boilerplate"


def test_duplicate_prefix_is_a_hard_error(tmp_path):
    """Two distributions claiming one prefix must fail loudly (flake8#1090)."""
    site = tmp_path / "site"
    for dist in ("one", "two"):
        info = site / f"claim_{dist}-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: claim-{dist}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(f"[newslint.rules]\nZZ = claim_{dist}\n")
    ran = newslint(site, "rules", cwd=tmp_path)
    assert ran.returncode == 2
    assert "'ZZ' is claimed by both" in ran.stderr and "Traceback" not in ran.stderr
