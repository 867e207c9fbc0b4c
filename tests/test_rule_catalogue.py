"""Every rule is documented and declared soundly; every pack example holds."""
from __future__ import annotations

import pytest

from newslint.engine.article import Article
from newslint.engine.packs import PatternRule
from newslint.engine.registry import build_registry
from newslint.engine.rule import CATEGORIES, validate_rule_class

REGISTRY = build_registry()
RULES = REGISTRY.by_code()


def test_every_family_has_rules():
    prefixes = {family.prefix for family in REGISTRY.families}
    for prefix in prefixes:
        assert any(rule.code.startswith(prefix) for rule in RULES), prefix


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_declared_and_documented(rule):
    assert validate_rule_class(rule) == []
    assert rule.category in CATEGORIES
    doc = rule.explanation()
    assert len(doc.split()) >= 25, "explanation too thin"


def test_codes_and_names_unique():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


PACK_RULES = [rule for rule in RULES if issubclass(rule, PatternRule)]


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: r.code)
def test_pack_examples(rule):
    examples = rule.examples
    assert examples.get("bad") and examples.get("good"), f"{rule.code} lacks bad and good examples"
    for text in examples["bad"]:
        hits = list(rule().check(Article(f"Some article text.\n{text}\nMore text.", path="x")))
        assert hits, f"{rule.code} should fire on {text!r}"
    for text in examples["good"]:
        hits = list(rule().check(Article(f"Some article text.\n{text}\nMore text.", path="x")))
        assert not hits, f"{rule.code} should not fire on {text!r}"


def test_rules_and_explain_commands(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0
    listed = {line.split()[0] for line in out.splitlines()}
    assert {rule.code for rule in RULES} <= listed
    code, out, _ = run_cli("explain", "BP101")
    assert code == 0
    assert out.startswith("BP101 ") and "Why it matters" in out
    code, _, err = run_cli("explain", "ZZ999")
    assert code == 2 and "unknown rule" in err


def test_line_scope_never_spans_lines(tmp_path):
    from newslint.engine.packs import load_pack

    pack = tmp_path / "p.toml"
    pack.write_text(
        '[[rules]]\ncode = "PK101"\nname = "ad-marker"\nmatch = "regex"\ntokens = ["AD(?:\\\\s+AD)*"]\n'
        'category = "boilerplate"\nlevel = "error"\nmessage = "ad {match}"\nfix = "delete-line"\n'
        'explanation = "What it finds: ads. Why it matters: furniture. Example: AD"\n'
    )
    (rule,) = load_pack(pack)
    hits = list(rule().check(Article("AD\n\nAD\nText.\n", path="x")))
    assert [(h.start, h.end) for h in hits] == [(0, 2), (4, 6)]
    # the first line takes the blank line after it along: no gap is left at the top
    assert [(h.fix.start, h.fix.end) for h in hits] == [(0, 4), (4, 7)]
