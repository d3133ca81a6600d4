"""False-flag control for the health-claims check (HCPC 2.11) on Check-COVID.

    PYTHONPATH=src .venv/bin/python benchmarks/covid_control.py [--shared ../shared] [--show N]

Check-COVID (../shared/data/check-covid, MIT, see its SOURCE.md) holds COVID-19 claims from US
news, labelled SUPPORT / REFUTE / NOTENOUGHINFO against a scientific abstract; `is_auth` true
means the sentence was written by a journalist. Claims the science supports, and journalists'
sentences generally, are accurate reporting: a finding citing 2.11 on them is a false flag.
This prints the share of each group flagged (a finding citing 2.11 that is not info-only).
REFUTE claims are shown for information only: many are minimal edits of true research claims
(wrong numbers, wrong direction), not public-health myths, so the check is not meant to catch them.

`--show N` prints up to N flagged SUPPORT/journalist claims with the claim id that matched, for
local inspection while tuning (this is training data; never copy its text into the repo).
Skips cleanly when the data set is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from postcheck.api import Checker  # noqa: E402


def flagged_claims(result) -> list[str]:
    """Claim ids (or rule codes) of the findings citing 2.11 that are not info-only."""
    out = []
    for f in result.findings:
        if "2.11" in f.standards and f.severity != "info":
            ids = [e.split("=", 1)[1] for e in f.evidence if e.startswith("claim=")]
            out.append(ids[0] if ids else f.code)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    path = Path(args.shared) / "data" / "check-covid" / "Check-COVID_all.json"
    if not path.is_file():
        print(f"(Check-COVID not found at {path}; skipped)")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    checker = Checker()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_claim: dict[str, int] = defaultdict(int)
    shown = 0
    for row in rows:
        hits = flagged_claims(checker.check(row["claim"]))
        groups = [row["label"], "journalist-written" if row["is_auth"] else "annotator-written"]
        if row["is_auth"]:
            groups.append("journalist-written " + row["label"])
        control = row["label"] == "SUPPORT" or row["is_auth"]
        if control:
            groups.append("control (SUPPORT or journalist)")
        for g in groups:
            counts[g][0] += bool(hits)
            counts[g][1] += 1
        if hits and control:
            for h in set(hits):
                by_claim[h] += 1
            if shown < args.show:
                shown += 1
                print(f"  [{','.join(sorted(set(hits)))}] {row['claim'][:160]}")
    print("\nCheck-COVID: share flagged under 2.11 (false flags on SUPPORT / journalist claims)")
    print(f"{'group':40} {'flagged':>8} {'n':>6} {'share':>7}")
    for g in ("control (SUPPORT or journalist)", "SUPPORT", "journalist-written", "journalist-written SUPPORT",
              "journalist-written NOTENOUGHINFO", "journalist-written REFUTE", "annotator-written",
              "NOTENOUGHINFO", "REFUTE"):
        hit, n = counts.get(g, (0, 0))
        print(f"{g:40} {hit:>8} {n:>6} {hit / max(n, 1):>7.1%}")
    if by_claim:
        print("\ncontrol false flags by claim id:", ", ".join(f"{k}={v}" for k, v in sorted(by_claim.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
