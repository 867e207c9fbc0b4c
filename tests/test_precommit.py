"""The pre-commit hook, run by the real pre-commit framework on a real git repository.

The project as it is now (tracked and new files, uncommitted edits included)
is copied into a throw-away repository and committed, so the hook that
pre-commit installs is this working tree's code. A content repository then
points its `.pre-commit-config.yaml` at it: a commit with a broken article is
blocked with the finding shown; once the article is clean, it passes.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))

yaml = pytest.importorskip("yaml", reason="pre-commit (which brings PyYAML) is not installed")

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(not Path(PRE_COMMIT).exists(), reason="pre-commit is not installed"),
]

BROKEN = (
    "Ministers agreed the budget on Monday after a long night of talks.\n"
    "\n"
    "READ ALSO: Storm closes the coast road for a week\n"
    "\n"
    "The vote in parliament is expected on Friday.\n"
)
CLEAN = (
    "Ministers agreed the budget on Monday after a long night of talks.\n"
    "\n"
    "The vote in parliament is expected on Friday.\n"
)


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check)


def snapshot_of_project(target: Path) -> str:
    """Commit the project's current files into a new repository; return the commit."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=PROJECT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = PROJECT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "snapshot")
    return git(target, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture(scope="module")
def content_repo(tmp_path_factory):
    hook_repo = tmp_path_factory.mktemp("hook-repo")
    revision = snapshot_of_project(hook_repo)
    repo = tmp_path_factory.mktemp("content")
    git(repo, "init", "-q")
    config = {"repos": [{"repo": hook_repo.as_uri(), "rev": revision, "hooks": [{"id": "newslint"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}
    subprocess.run([PRE_COMMIT, "install"], cwd=repo, env=env, capture_output=True, text=True, check=True)
    (repo / "clean.txt").write_text(CLEAN)
    git(repo, "add", ".pre-commit-config.yaml", "clean.txt")
    first = git(repo, "commit", "-m", "config and a clean article", check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    return repo, env


def commit(repo: Path, env: dict, message: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", "commit", "-m", message], cwd=repo, env={**env, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                                       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"},
        capture_output=True, text=True,
    )


def test_hook_blocks_a_broken_article_then_passes_once_clean(content_repo):
    repo, env = content_repo
    (repo / "story.txt").write_text(BROKEN)
    (repo / "unstaged.txt").write_text(BROKEN)  # never staged: the hook must not see it
    git(repo, "add", "story.txt")

    blocked = commit(repo, env, "add a story")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "story.txt:3:1: BP102 [boilerplate]" in output
    assert "unstaged.txt" not in output
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"

    (repo / "story.txt").write_text(CLEAN)
    git(repo, "add", "story.txt")
    passed = commit(repo, env, "add a clean story")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "2"
    assert "unstaged.txt" in git(repo, "status", "--porcelain").stdout


def test_hook_file_declares_text_markdown_and_opt_in_jsonl():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text())}
    default = re.compile(hooks["newslint"]["files"])
    assert default.search("news/a.txt") and default.search("news/a.md") and not default.search("data/a.jsonl")
    assert re.compile(hooks["newslint-jsonl"]["files"]).search("data/a.jsonl")
    assert all(hook["require_serial"] for hook in hooks.values())


def test_hook_honours_the_configs_baseline(content_repo, run_cli):
    """An archive adopts the hook: its recorded findings pass, a new one is blocked."""
    repo, env = content_repo
    archive = repo / "archive" / "2019.txt"
    archive.parent.mkdir()
    archive.write_text(BROKEN)
    (repo / ".newslint.toml").write_text('baseline = "newslint-baseline.json"\n')
    cwd = os.getcwd()
    try:
        os.chdir(repo)
        code, _, err = run_cli("--write-baseline", "newslint-baseline.json", "archive")
    finally:
        os.chdir(cwd)
    assert code == 0, err
    git(repo, "add", ".newslint.toml", "newslint-baseline.json", "archive/2019.txt")
    adopted = commit(repo, env, "adopt newslint on the archive")
    assert adopted.returncode == 0, adopted.stdout + adopted.stderr

    archive.write_text("A correction was added at the top on Tuesday.\n\n" + BROKEN)  # an edit elsewhere
    git(repo, "add", "archive/2019.txt")
    edited = commit(repo, env, "edit the archive")
    assert edited.returncode == 0, edited.stdout + edited.stderr

    archive.write_text(BROKEN + "\nRELATED: Council closes the harbour road\n")  # a new problem
    git(repo, "add", "archive/2019.txt")
    blocked = commit(repo, env, "add a teaser")
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr
    assert "BP102" in output and "RELATED: Council" in output and "READ ALSO" not in output
