"""The same rules on a Dask cluster, for whole archives (``pip install newslint[dask]``).

Three steps, each a Dask bag operation:

1. map: every partition lints its articles on a worker (the per-article
   rules) and keeps, beside each article, its small ``ArticleResult``
   (findings, and the corpus rules' summaries); the bag is persisted, so the
   texts never travel to the client;
2. reduce: only the summaries (names, fingerprints: a few hundred bytes an
   article) come to the client, a partition at a time, and the client runs
   the corpus rules over them (past a few thousand articles, from disk);
3. map: each partition turns the corpus rules' hits on its own articles into
   findings and applies suppressions and per-file ignores.

The findings are the ones a plain local run gives on the same input; a test
checks it on a ``distributed.LocalCluster``. ``lint_bag`` is the Python API
(a bag of ``Article`` objects or of ``{"text", "id", "path"}`` dicts);
``lint_paths`` is what ``newslint --dask ADDRESS`` runs: workers read the
files themselves, so the paths must be readable on every worker (a shared
file system or object store mount), and each file is one unit of work
(split a huge JSON Lines file into shards to spread it).
"""
from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any, Iterable, Iterator

from .engine.article import Article
from .engine.inputs import InputError, read_articles, resolved
from .engine.rule import Finding
from .engine.runner import ArticleResult, CorpusPass, linter_for_blob

def _as_article(item: Any, number: int) -> Article:
    if isinstance(item, Article):
        return item
    return Article(item["text"], path=item.get("path", "-"), format=item.get("format", "jsonl"),
                   record=item.get("record", number), id=None if item.get("id") is None else str(item["id"]))


# --- step 1: per-article rules, on the workers ---------------------------------------


def _lint_articles(items: Iterable, settings_blob: bytes) -> list[tuple[bytes, Article, ArticleResult]]:
    linter = linter_for_blob(settings_blob)
    out = []
    for number, item in enumerate(items, start=1):
        article = _as_article(item, number)
        out.append((settings_blob, article, linter.lint(article)))
    return out


def _lint_sources(sources: Iterable[tuple[str, str, bytes]]) -> list:
    """Read and lint files on a worker. Input errors travel as results too."""
    out: list = []
    for shown_path, real_path, settings_blob in sources:
        settings = pickle.loads(settings_blob)
        linter = linter_for_blob(settings_blob)
        for article in read_articles(real_path, text_field=settings.text_field, id_field=settings.id_field):
            if isinstance(article, InputError):
                out.append((settings_blob, InputError(shown_path, article.message, article.record), None))
            else:
                article.path = shown_path
                out.append((settings_blob, article, linter.lint(article)))
    return out


# --- step 2: corpus rules, on the client ----------------------------------------------


def _summaries(partition: Iterable) -> list[tuple[bytes, tuple, dict[str, Any]]]:
    return [(blob, result.key, result.summaries) for blob, article, result in partition if result is not None]


def corpus_hits(summaries: Iterable[tuple[bytes, tuple, dict[str, Any]]]) -> dict[tuple, list]:
    """Run every corpus rule over the gathered summaries: {article key: [(code, hit)]}."""
    corpus = CorpusPass()  # spills the summaries to disk past a few thousand articles
    for blob, key, article_summaries in summaries:
        corpus.add_summaries(key, article_summaries, linter_for_blob(blob))
    return corpus.hits()


def _gathered_summaries(linted, client=None) -> Iterator[tuple[bytes, tuple, dict[str, Any]]]:
    """The summaries, brought to the client one partition at a time (all at
    once, an archive's summaries would have to fit in the client's memory)."""
    for partition in linted.map_partitions(_summaries).to_delayed():
        yield from (partition.compute() if client is None else client.compute(partition).result())


# --- step 3: findings, on the workers ---------------------------------------------------


def _finish(partition: Iterable, hits: dict[tuple, list]) -> list:
    out: list = []
    for blob, article, result in partition:
        if result is None:
            out.append(article)  # an InputError
            continue
        linter = linter_for_blob(blob)
        out.extend(linter.finish(result, linter.corpus_findings(article, hits.get(result.key, ()))))
    return out


def _run(linted, client=None) -> tuple[Any, Any]:
    """Steps 2 and 3 over a bag of step-1 results: a bag of findings and input
    errors, and the persisted step-1 bag (to count its articles)."""
    linted = linted.persist() if client is None else client.persist(linted)
    hits = corpus_hits(_gathered_summaries(linted, client))
    return linted.map_partitions(_finish, hits), linted


def lint_bag(bag, settings=None, client=None):
    """Lint a Dask bag of articles (``Article`` objects or dicts with ``text``,
    and optionally ``id``, ``path``, ``record``) with one configuration;
    returns a bag of ``Finding`` objects (compute it, or write it out)."""
    from .config import Settings

    blob = pickle.dumps(settings or Settings())
    findings, _ = _run(bag.map_partitions(_lint_articles, blob), client)
    return findings


def lint_paths(sources: list[tuple[str, Any]], client, partitions: int | None = None):
    """``newslint --dask``: lint files (each with its settings) on the cluster's workers;
    returns the bag of findings and the bag of per-article results."""
    import dask.bag as db

    blobs = [(path, str(resolved(Path(path))), pickle.dumps(settings)) for path, settings in sources]
    count = partitions or max(1, min(len(blobs), 4 * sum(client.nthreads().values())))
    bag = db.from_sequence(blobs, npartitions=count)
    return _run(bag.map_partitions(_lint_sources), client)


def write_shards(findings_bag, folder: Path, shard_format: str) -> list[str]:
    """Write each partition's findings as a JSON Lines or Parquet shard in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    only_findings = findings_bag.filter(_is_finding)
    if shard_format == "jsonl":
        lines = only_findings.map(lambda f: json.dumps(f.as_dict(), ensure_ascii=False))
        return lines.to_textfiles(str(folder / "findings-*.jsonl"), encoding="utf-8")
    return only_findings.map_partitions(_write_parquet_shard, str(folder)).compute()


def _write_parquet_shard(findings: Iterable[Finding], folder: str, partition_info=None) -> list[str]:
    import uuid

    import pyarrow
    import pyarrow.parquet as parquet

    rows = [{**f.as_dict(), "fix": json.dumps(f.fix.as_dict()) if f.fix else None} for f in findings]
    if not rows:
        return []
    path = str(Path(folder) / f"findings-{uuid.uuid4().hex}.parquet")
    parquet.write_table(pyarrow.Table.from_pylist(rows), path)
    return [path]


def _count_articles(partition) -> list[int]:
    return [sum(1 for _, _, result in partition if result is not None)]


def _is_error(item) -> bool:
    return isinstance(item, InputError)


def _is_finding(item) -> bool:
    return isinstance(item, Finding)


def _severity(finding: Finding) -> int:
    return int(finding.severity)


def gather(findings_bag) -> tuple[list[Finding], list[InputError]]:
    """Bring the findings and input errors to the client, sorted like a local run."""
    items = findings_bag.compute()
    findings = sorted((i for i in items if isinstance(i, Finding)), key=Finding.sort_key)
    errors = [i for i in items if isinstance(i, InputError)]
    return findings, errors


def iter_sources(resolver, paths) -> Iterator[tuple[str, Any] | InputError]:
    """The files to lint with their settings, resolved on the client (config discovery included)."""
    from .engine.inputs import walk

    for path in paths:
        settings = resolver.settings_for(path)
        for item in walk([path], include=settings.include, exclude=settings.exclude):
            if isinstance(item, InputError):
                yield item
            elif item == "-":
                yield InputError("-", "standard input cannot be sent to a cluster")
            else:
                yield item, resolver.settings_for(item)


def run_on_cluster(resolver, paths, address: str, shards: str | None, shard_format: str, on_error) -> Any:
    """What ``newslint --dask ADDRESS`` does; returns a RunResult like a local run
    (without findings when they were written as shards)."""
    from distributed import Client, LocalCluster

    from .engine.runner import RunResult

    result = RunResult()
    sources = []
    for item in iter_sources(resolver, paths):
        if isinstance(item, InputError):
            result.errors.append(item)
            on_error(item)
        else:
            sources.append(item)
    if not sources:
        return result
    cluster = LocalCluster(processes=True, dashboard_address=None) if address == "local" else None
    with Client(cluster or address) as client:
        findings_bag, linted = lint_paths(sources, client)
        result.articles = linted.map_partitions(_count_articles).sum().compute()
        if shards:
            result.shards = write_shards(findings_bag, Path(shards), shard_format)
            errors = findings_bag.filter(_is_error).compute()
            result.shard_severities = dict(findings_bag.filter(_is_finding).map(_severity).frequencies().compute())
        else:
            result.findings, errors = gather(findings_bag)
    if cluster:
        cluster.close()
    for error in errors:
        result.errors.append(error)
        on_error(error)
    result.files = len(sources)
    return result
