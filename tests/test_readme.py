"""The README's promises: its config sample loads, its commands are CI's."""
from __future__ import annotations

import re

from conftest import ROOT

from newslint.config import settings_from_mapping
from newslint.engine.registry import build_registry
from newslint.engine.runner import Linter

README = (ROOT / "README.md").read_text()


def test_readme_config_sample_is_valid(tmp_path):
    import tomllib

    sample = re.search(r"```toml\n(# \.newslint\.toml.*?)```", README, re.S).group(1)
    raw = tomllib.loads(sample)
    raw["plugin-paths"], raw["packs"] = [], []  # the sample's folders do not exist here
    settings = settings_from_mapping(raw, str(tmp_path / ".newslint.toml"))
    linter = Linter(settings, build_registry())
    assert linter.rules


def test_ci_runs_the_readme_commands():
    commands = re.search(r"## Set up and test.*?```sh\n(.*?)```", README, re.S).group(1).strip().splitlines()
    ci = (ROOT / ".ci" / "run").read_text()
    assert len(commands) == 2
    for command in commands:
        assert command in ci.splitlines()
