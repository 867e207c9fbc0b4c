"""Stable finding fingerprints: the same finding keeps its key across edits elsewhere.

A key never uses line numbers. It is built from the rule code, the path, the
record's id (JSON Lines), the normalised text of the span and, for a finding
that repeats (same code, path, record and text), its occurrence number. The
baseline (``--baseline``) and the GitLab code-quality format both use it.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable

from .rule import Finding


def identity(finding: Finding) -> tuple[str, str, str, str]:
    """What a finding is, apart from where it is: code, path, record id, span text."""
    record = finding.id if finding.id is not None else ("" if finding.record is None else str(finding.record))
    return (finding.code, finding.path, record, finding.span_hash)


def stable_keys(findings: Iterable[Finding]) -> list[str]:
    """One key per finding, in the order given (sort findings first for stable numbering)."""
    seen: Counter = Counter()
    keys = []
    for finding in findings:
        parts = identity(finding)
        seen[parts] += 1
        material = "\0".join((*parts, str(seen[parts])))
        keys.append(hashlib.blake2b(material.encode(), digest_size=16).hexdigest())
    return keys
