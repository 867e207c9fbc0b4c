"""The same findings on a real Dask cluster (two worker processes) as in a plain local run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import parse_json, write

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        with distributed.Client(local) as client:
            yield local, client


@pytest.fixture
def archive(tmp_path):
    for seed in sorted(SEEDS.glob("*.txt")):
        write(tmp_path / "articles" / seed.name, seed.read_text(encoding="utf-8"))
    records = [
        {"id": "r1", "text": "Ministers met Volodymyr Zelenskyj in Kyiv.\n\nREAD ALSO: Storm closes the coast road\n"},
        {"id": "r2", "text": "Volodymyr Zelenskyy spoke on Monday.\n\nThe talks will go on.\n"},
        {"id": "r3", "body": "a record without the text field"},
    ]
    lines = [json.dumps(r) for r in records]
    write(tmp_path / "data" / "feed.jsonl", "\n".join(lines) + "\n")
    return tmp_path


def test_cli_on_a_local_cluster_equals_a_local_run(archive, cluster, run_cli):
    local, client = cluster
    paths = [archive / "articles", archive / "data"]
    code_local, out_local, err_local = run_cli(*paths, "--no-config", "--no-cache", "--format", "json")
    code_dask, out_dask, err_dask = run_cli(*paths, "--no-config", "--dask", local.scheduler_address, "--format", "json")
    here, there = parse_json(out_local)["findings"], parse_json(out_dask)["findings"]
    assert there == here and len(here) > 30
    assert {f["code"] for f in here} >= {"TL102", "BP101", "TR101"}  # corpus rule across files included
    assert code_dask == code_local == 2  # the record without text is an input error in both
    assert "feed.jsonl:3: record has no 'text' field" in err_dask


def test_shards_hold_the_same_findings(archive, cluster, run_cli, tmp_path):
    local, client = cluster
    paths = [archive / "articles", archive / "data"]
    _, out_local, _ = run_cli(*paths, "--no-config", "--no-cache", "--format", "jsonl")
    shards = tmp_path / "shards"
    code, out, err = run_cli(*paths, "--no-config", "--dask", local.scheduler_address, "--shards", shards)
    assert out == "" and "findings in" in err
    from_shards = [json.loads(line) for shard in sorted(shards.glob("*.jsonl")) for line in shard.read_text().splitlines()]
    key = lambda f: (f["path"], f["record"] or 0, f["line"], f["column"], f["code"], f["message"])  # noqa: E731
    assert sorted(from_shards, key=key) == [json.loads(line) for line in out_local.splitlines()]


def test_python_api_takes_a_bag_of_articles(cluster):
    from newslint.cluster import gather, lint_bag
    from newslint.config import Settings
    from newslint.engine.article import Article
    from newslint.engine.runner import build_linter, run

    local, client = cluster
    texts = [(seed.name, seed.read_text(encoding="utf-8")) for seed in sorted(SEEDS.glob("*.txt"))]
    bag = dask_bag.from_sequence([{"path": name, "text": text, "format": "text", "record": None} for name, text in texts],
                                 npartitions=3)
    findings, errors = gather(lint_bag(bag, Settings(), client=client))
    linter = build_linter(Settings())
    expected = run([(Article(text, path=name), linter) for name, text in texts]).findings
    assert findings == expected and errors == []
