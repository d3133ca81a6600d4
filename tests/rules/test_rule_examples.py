"""Every rule's own examples, run as tests: the marked span must be flagged by that rule
(and its fix, where the example gives one, must produce the rewrite); the "ok" examples
must not be flagged by it."""

from __future__ import annotations

import pytest

from postcheck.api import Checker
from postcheck.engine.analyze import Settings
from postcheck.pack.loader import default_pack

PACK = default_pack()
CHECKER = Checker(PACK)
# Rules that only speak when the others found nothing are run on their own.
ALONE = {code: Checker(PACK, Settings(select=(code,))) for code, r in PACK.rules.items()
         if r.detect.get("kind") in ("story-model", "standard-model")}
FLAG = [(r.code, i, ex) for r in PACK.rules.values() for i, ex in enumerate(r.flag_examples)]
OK = [(r.code, i, ex) for r in PACK.rules.values() for i, ex in enumerate(r.ok_examples)]


def _ctx(ex):
    return ex.context or None


@pytest.mark.parametrize("code,i,ex", FLAG, ids=[f"{c}-flag{i}" for c, i, _ in FLAG])
def test_rule_flags_its_examples(code, i, ex):
    rule = PACK.rules[code]
    result = ALONE.get(code, CHECKER).check(ex.text, _ctx(ex))
    mine = [f for f in result.findings if f.code == code]
    assert mine, f"{code} did not flag: {ex.text!r}; got {[(f.code, f.text) for f in result.findings]}"
    if rule.severity != "info":
        assert any(f.severity != "info" for f in mine)
    for start, end in ex.spans:
        assert any(f.start == start and f.end == end for f in mine), (
            f"{code}: expected span {ex.text[start:end]!r}, got {[f.text for f in mine]}")
    if ex.fix:
        assert result.redacted == ex.fix


@pytest.mark.parametrize("code,i,ex", OK, ids=[f"{c}-ok{i}" for c, i, _ in OK])
def test_rule_leaves_its_ok_examples_alone(code, i, ex):
    result = ALONE.get(code, CHECKER).check(ex.text, _ctx(ex))
    wrong = [f for f in result.findings if f.code == code and f.severity != "info"]
    assert not wrong, f"{code} flagged an ok example {ex.text!r}: {[f.text for f in wrong]}"
