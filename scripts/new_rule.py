#!/usr/bin/env python3
"""Scaffold a new rule: its class (with the documentation sections) and its test.

    python scripts/new_rule.py --family truncation --code TR199 --name cut-quote \
        --category truncation --severity warning

Appends the class to ``rules/<family>.py`` and a test to
``tests/families/test_<family>.py``; fill in the TODOs, then run pytest.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RULE_TEMPLATE = '''

class {class_name}(Rule):
    """TODO: one line saying what the rule finds.

    What it finds: TODO.

    Why it matters: TODO: what a reader or an editor loses if it stays.

    Example: ``TODO: a short passage that triggers the rule``

    Use instead: TODO.
    """

    code = "{code}"
    name = "{name}"
    category = "{category}"
    severity = Severity.{severity}
    confidence = 0.7

    def check(self, article):
        return ()  # TODO: yield self.hit(start, end, message quoting the text)
'''

TEST_TEMPLATE = '''

def test_{snake}_fires_on_bad_example():
    hits = run_rule({class_name}, "TODO: bad example")
    assert [line for line, _, _ in hits] == [1]


def test_{snake}_quiet_on_good_example():
    assert run_rule({class_name}, "TODO: good example") == []
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--family", required=True, help="module name under rules/, e.g. truncation")
    parser.add_argument("--code", required=True)
    parser.add_argument("--name", required=True, help="kebab-case, naming the problem")
    parser.add_argument("--category", required=True)
    parser.add_argument("--severity", default="warning", choices=["info", "warning", "error"])
    args = parser.parse_args()
    if not re.fullmatch(r"[A-Z]{1,4}[0-9]{3}", args.code):
        parser.error("code must be a family prefix plus three digits")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", args.name):
        parser.error("name must be kebab-case")
    class_name = "".join(part.title() for part in args.name.split("-"))
    module = ROOT / "rules" / f"{args.family}.py"
    test = ROOT / "tests" / "families" / f"test_{args.family}.py"
    if module.exists() and f'code = "{args.code}"' in module.read_text():
        parser.error(f"{args.code} already exists in {module}")
    if not module.exists():
        module.write_text(f'"""{args.family.title()} rules."""\nfrom newslint import Rule, Severity\n')
    if not test.exists():
        test.write_text(f"from .helpers import run_rule\n")
    with module.open("a") as handle:
        handle.write(RULE_TEMPLATE.format(class_name=class_name, **vars(args)))
    with test.open("a") as handle:
        handle.write(f"\nfrom newslint.rules.{args.family} import {class_name}\n")
        handle.write(TEST_TEMPLATE.format(class_name=class_name, snake=args.name.replace("-", "_")))
    print(f"added {args.code} to {module.relative_to(ROOT)} and a test to {test.relative_to(ROOT)}")
    print("a new family also needs an entry point in setup.cfg: newslint.rules = PREFIX = newslint.rules.<family>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
