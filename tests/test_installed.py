"""Entry points and versions are read from the installed metadata once, then
from the user cache, and a change of what is installed is seen at once."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from newslint.engine import installed


def add_distribution(site, name, formats):
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    lines = "\n".join(f"{fmt} = json:dumps" for fmt in formats)
    (info / "entry_points.txt").write_text(f"[newslint.formats]\n{lines}\n")


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setenv("NEWSLINT_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSLINT_NO_METADATA_CACHE", raising=False)
    monkeypatch.syspath_prepend(str(site))
    installed.forget()
    yield site, tmp_path / "cache"
    installed.forget()


def format_names():
    return {ep.name for ep in installed.entry_points("newslint.formats")}


def test_builtin_groups_and_versions_are_found(isolated):
    assert {"BP", "TL", "DU"} <= {ep.name for ep in installed.entry_points("newslint.rules")}
    assert {"text", "json", "sarif"} <= format_names()
    assert installed.version("newslint") and installed.version("Click") == installed.version("click")
    rules = {ep.name: ep for ep in installed.entry_points("newslint.rules")}
    assert rules["BP"].load().__name__ == "newslint.rules.boilerplate"


def test_cache_is_written_and_a_new_distribution_is_seen(isolated):
    site, cache = isolated
    add_distribution(site, "alpha", ["alpha-format"])
    assert "alpha-format" in format_names()
    assert len(list(cache.glob("metadata-*.json"))) == 1
    installed.forget()
    assert "alpha-format" in format_names()  # from the cache now
    add_distribution(site, "beta", ["beta-format"])
    installed.forget()
    assert {"alpha-format", "beta-format"} <= format_names()


def test_damaged_cache_is_read_afresh(isolated):
    site, cache = isolated
    format_names()
    (path,) = cache.glob("metadata-*.json")
    path.write_text("{not json")
    installed.forget()
    assert "json" in format_names()


def test_warm_run_does_not_import_importlib_metadata(tmp_path):
    probe = textwrap.dedent(
        """
        import sys
        from newslint.engine.runner import build_linter
        from newslint.config import Settings
        from newslint.engine.article import Article
        build_linter(Settings()).lint(Article("Don't panic, said the London-based analyst.\\n", path="x.txt"))
        print("importlib.metadata" in sys.modules, "wordfreq" in sys.modules)
        """
    )
    environment = {"NEWSLINT_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, cwd=tmp_path)
    second = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split()[0] == "True"  # the first run reads the metadata
    assert second.stdout.split() == ["False", "False"], second.stderr


def test_a_plain_run_does_not_import_what_it_does_not_use(tmp_path):
    """Cold start (issue 7): TOML and INI parsers, gzip and importlib.resources
    are imported only when a run reads a configuration file, a .gz input, a
    table missing from the pattern cache or a package's data from a zip file."""
    article = tmp_path / "story.txt"
    article.write_text("Quarterly profits at the firm jumped 76% to $1.13bn, it said.\n")
    probe = textwrap.dedent(
        """
        import atexit, sys
        lazy = ("tomllib", "configparser", "gzip", "importlib.resources")
        atexit.register(lambda: print("imported:", *[name for name in lazy if name in sys.modules], file=sys.stderr))
        from newslint.cli import main
        sys.argv = ["newslint", "--no-config", "--no-cache", sys.argv[1]]
        main()
        """
    )
    environment = {"NEWSLINT_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    for _ in range(2):  # the first run fills the pattern cache (parsing TOML)
        run = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True, text=True, env=environment, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stderr.split() == ["imported:"]


def test_the_command_line_loads_without_garbage_collections():
    """Start-up makes objects that live until exit: the command line pauses the
    collector while its modules load (``import newslint`` loads no engine module
    first), then freezes them and collects again."""
    probe = textwrap.dedent(
        """
        import gc, sys
        collections = []
        gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "stop" else None)
        import newslint
        engine_loaded = "newslint.engine.rule" in sys.modules
        import newslint.cli
        from newslint import Rule, Severity
        print(engine_loaded, len(collections), gc.isenabled(), gc.get_freeze_count() > 10000, Rule.__module__, Severity.error)
        """
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "0", "True", "True", "newslint.engine.rule", "error"]


def test_a_warm_run_reads_no_phrase_pattern(tmp_path):
    """The phrase tables' prefix indexes come whole from the pattern cache: a
    second run works out no literal prefix (about 90 ms for the stock phrases)."""
    probe = textwrap.dedent(
        """
        import sys
        from newslint.engine import alternation
        if sys.argv[1] == "warm":
            def refuse(*args):
                raise AssertionError("literal prefixes worked out again")
            alternation._literal_prefixes = refuse
        from newslint.engine.runner import build_linter
        from newslint.config import Settings
        from newslint.engine.article import Article
        text = "Experts say it is worth noting that the firm, according to reports, plays a pivotal role.\\n"
        print(sorted(f.code for f in build_linter(Settings()).lint(Article(text, path="x.txt")).findings))
        """
    )
    environment = {"NEWSLINT_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", probe, state], capture_output=True, text=True, env=environment, cwd=tmp_path)
            for state in ("cold", "warm")]
    assert [run.returncode for run in runs] == [0, 0], runs[1].stderr
    assert runs[0].stdout == runs[1].stdout
