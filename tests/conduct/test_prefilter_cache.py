"""The shipped prefilter cache (start-up speed only) must match what the code derives today:
a stale file would only cost start-up time, never change a result, but it should be refreshed
with `tools/build_prefilter_cache.py`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_shipped_prefilter_cache_is_fresh():
    code = ("import json, sys; sys.path.insert(0, 'tools'); import build_prefilter_cache as b; "
            "print(json.dumps(b.build(), sort_keys=True))")
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    derived = json.loads(run.stdout.strip().splitlines()[-1])
    shipped = json.loads((REPO / "src/postcheck/detectors/conduct_prefilters.json").read_text(encoding="utf-8"))
    assert derived == shipped, "run: .venv/bin/python tools/build_prefilter_cache.py"


def test_cached_and_derived_prefilters_agree():
    import re

    from postcheck.detectors import conduct_fast

    rx = re.compile(r"(?:^|\s)(?:these|those)\s+(?:vermin|rats|parasites)\s+(?:are|should)")
    derived = conduct_fast.requirements(rx)
    assert derived and conduct_fast.cached_requirements(rx) == derived     # a miss derives the same
    lazy = conduct_fast.LazyPattern(rx.pattern)
    assert conduct_fast.cached_requirements(lazy) == derived and lazy._rx is None   # no compile needed
    assert [m.span() for m in lazy.finditer("all these rats are here")] == [m.span() for m in rx.finditer("all these rats are here")]
