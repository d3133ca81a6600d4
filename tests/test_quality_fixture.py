"""Regression guard on the project's own labelled posts (tests/fixtures/quality/).

The full numbers are printed by benchmarks/; this test fails when a change makes
confidentiality detection clearly worse on posts we wrote ourselves.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from quality_confidentiality import FIXTURE, evaluate  # noqa: E402


def test_confidentiality_quality_does_not_regress(checker):
    res = evaluate(FIXTURE, checker)
    assert res["posts"] >= 400
    assert res["recall"] >= 0.92, res["misses"][:10]
    assert res["false_flag_rate"] <= 0.03, res["false_flags"][:10]
