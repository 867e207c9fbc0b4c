"""Configuration discovery, keys and errors."""
from __future__ import annotations

import json

from conftest import parse_json, write


def story(tmp_path, name="story.txt"):
    return write(tmp_path / name, "A banana was seen.\n")


def test_discovered_upward_newslint_toml(tmp_path, local_rules, run_cli):
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n')
    path = story(tmp_path / "deep" / "er")
    code, out, _ = run_cli(path, "--format", "json")
    assert [f["code"] for f in parse_json(out)["findings"]] == ["XB101"]


def test_pyproject_tool_section(tmp_path, local_rules, run_cli):
    write(tmp_path / "pyproject.toml", f'[project]\nname = "x"\n[tool.newslint]\nplugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n')
    code, out, _ = run_cli(story(tmp_path), "--format", "json")
    assert [f["code"] for f in parse_json(out)["findings"]] == ["XB101"]


def test_setup_cfg_section(tmp_path, local_rules, run_cli):
    write(
        tmp_path / "setup.cfg",
        f"""
        [metadata]
        name = x

        [newslint]
        plugin-paths = {local_rules.name}
        select = XB101
        severity =
            XB101 = error

        [newslint:XB101]
        word = seen
        """,
    )
    code, out, _ = run_cli(story(tmp_path), "--format", "json")
    findings = parse_json(out)["findings"]
    assert [(f["code"], f["severity"], f["excerpt"]) for f in findings] == [("XB101", "error", "seen")]


def test_newslint_toml_wins_over_pyproject_in_same_folder(tmp_path, local_rules, run_cli):
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nselect = ["NOPE"]\n')
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n')
    code, out, _ = run_cli(story(tmp_path), "--format", "json")
    assert code == 1


def test_nearest_config_wins(tmp_path, local_rules, run_cli):
    write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n')
    write(tmp_path / "sub" / ".newslint.toml", f'plugin-paths = ["../{local_rules.name}"]\nselect = ["XB101"]\n[rules.XB101]\nword = "seen"\n')
    story(tmp_path)
    code, out, _ = run_cli(tmp_path, "--format", "json")
    assert code == 1
    story(tmp_path / "sub")
    code, out, _ = run_cli(tmp_path / "sub" / "story.txt", "--format", "json")
    assert [f["excerpt"] for f in parse_json(out)["findings"]] == ["seen"]


def test_no_config_and_explicit_config(tmp_path, local_rules, run_cli):
    write(tmp_path / ".newslint.toml", 'select = ["NOPE999"]\n')
    other = write(tmp_path / "elsewhere" / "conf.toml", f'plugin-paths = ["../{local_rules.name}"]\nselect = ["XB101"]\n')
    path = story(tmp_path)
    code, _, err = run_cli(path)
    assert code == 2 and "NOPE999" in err
    code, out, _ = run_cli(path, "--config", other, "--format", "json")
    assert [f["code"] for f in parse_json(out)["findings"]] == ["XB101"]
    code, out, err = run_cli(path, "--no-config", "--select", "NL", "--format", "json")
    assert code == 0, err


def test_per_file_ignores(tmp_path, local_rules, run_cli):
    write(
        tmp_path / ".newslint.toml",
        f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n[per-file-ignores]\n"archive/*.txt" = ["XB101"]\n',
    )
    story(tmp_path / "archive")
    story(tmp_path / "current")
    code, out, _ = run_cli(tmp_path, "--format", "json")
    assert [f["path"].split("/")[-2] for f in parse_json(out)["findings"]] == ["current"]


def test_include_exclude(tmp_path, local_rules, run_cli):
    write(
        tmp_path / ".newslint.toml",
        f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\ninclude = ["*.story"]\nexclude = ["drafts"]\n',
    )
    story(tmp_path, "a.story")
    story(tmp_path, "b.txt")
    story(tmp_path / "drafts", "c.story")
    code, out, _ = run_cli(tmp_path, "--format", "json")
    assert [f["path"].split("/")[-1] for f in parse_json(out)["findings"]] == ["a.story"]


def test_show_settings(tmp_path, local_rules, run_cli):
    config = write(tmp_path / ".newslint.toml", f'plugin-paths = ["{local_rules.name}"]\nselect = ["XB101"]\n')
    code, out, _ = run_cli(story(tmp_path), "--show-settings", "--ignore", "XB9")
    settings = json.loads(out)
    assert code == 0
    assert settings["select"] == ["XB101"] and settings["ignore"] == ["XB9"]
    assert settings["source"] == str(config)


def check_error(tmp_path, run_cli, config_text, *expected, name=".newslint.toml"):
    config = write(tmp_path / name, config_text)
    code, out, err = run_cli(story(tmp_path))
    assert code == 2, (out, err)
    assert err.count("\n") == 1, err
    assert str(config) in err, err
    for piece in expected:
        assert piece in err, err


def test_malformed_toml(tmp_path, run_cli):
    check_error(tmp_path, run_cli, "select = [\n", "invalid TOML")


def test_malformed_ini(tmp_path, run_cli):
    check_error(tmp_path, run_cli, "[newslint]\nselect\n[[[", "invalid INI", name="setup.cfg")


def test_unknown_key(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'selekt = ["BP"]\n', "unknown key 'selekt'")


def test_unknown_key_suggests_spelling(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'extend_select = ["BP"]\n', "did you mean 'extend-select'")


def test_unknown_code(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'ignore = ["ZZ123"]\n', "'ignore'", "ZZ123")


def test_unknown_severity_code(tmp_path, run_cli):
    check_error(tmp_path, run_cli, '[severity]\nZZ123 = "info"\n', "severity.ZZ123")


def test_wrong_key_type(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'select = "BP"\n', "'select' must be a list")


def test_bad_severity_value(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'fail-on = "fatal"\n', "'fail-on'", "fatal")


def test_wrong_option_type(tmp_path, local_rules, run_cli):
    check_error(
        tmp_path, run_cli,
        f'plugin-paths = ["{local_rules.name}"]\n[rules.XB101]\nword = 3\n', "rules.XB101", "expected str",
    )


def test_unknown_option(tmp_path, local_rules, run_cli):
    check_error(
        tmp_path, run_cli,
        f'plugin-paths = ["{local_rules.name}"]\n[rules.XB101]\ncolour = "red"\n', "rules.XB101.colour",
    )


def test_missing_plugin_folder(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'plugin-paths = ["nowhere"]\n', "nowhere", "does not exist")


def test_unknown_cli_selector(tmp_path, run_cli):
    code, _, err = run_cli(story(tmp_path), "--no-config", "--select", "QQ")
    assert code == 2 and "'QQ'" in err


def test_per_file_ignores_glob_matching_nothing(tmp_path, run_cli):
    check_error(
        tmp_path, run_cli, '[per-file-ignores]\n"story.txt" = ["BP"]\n"archve/*.txt" = ["BP"]\n',
        "per-file-ignores.archve/*.txt", "matches no file",
    )


def test_per_file_ignores_glob_matching_nothing_in_setup_cfg(tmp_path, run_cli):
    check_error(
        tmp_path, run_cli, "[newslint]\nper-file-ignores =\n    drafts/*: BP\n",
        "per-file-ignores.drafts/*", "matches no file", name="setup.cfg",
    )


def test_unknown_key_in_setup_cfg(tmp_path, run_cli):
    check_error(tmp_path, run_cli, "[newslint]\nselekt = BP\n", "unknown key 'selekt'", name="setup.cfg")


def test_wrong_option_type_in_setup_cfg(tmp_path, local_rules, run_cli):
    check_error(
        tmp_path, run_cli, f"[newslint]\nplugin-paths = {local_rules.name}\n\n[newslint:XB101]\nword = 3\n",
        "rules.XB101", "expected str", name="setup.cfg",
    )


def test_malformed_pyproject(tmp_path, run_cli):
    check_error(tmp_path, run_cli, "[tool.newslint\nselect = 1\n", "invalid TOML", name="pyproject.toml")


def test_max_article_size_must_be_a_whole_number(tmp_path, run_cli):
    check_error(tmp_path, run_cli, 'max-article-size = "big"\n', "'max-article-size' must be a whole number, not a string")


def test_max_article_size_in_setup_cfg(tmp_path, run_cli):
    check_error(tmp_path, run_cli, "[newslint]\nmax-article-size = 0\n", "'max-article-size' must be a positive", name="setup.cfg")
