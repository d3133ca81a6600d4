"""Quality on the project's own labelled posts (tests/fixtures/quality/confidentiality.jsonl).

A post counts as flagged when postcheck reports any finding (not `info`) citing 5.1.
Recall is over posts labelled `identifiable`; the false-flag rate over `acceptable` ones.
Run: .venv/bin/python benchmarks/quality_confidentiality.py [--show-errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from postcheck.api import Checker
from postcheck.model.context import Context

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "quality" / "confidentiality.jsonl"


def flagged(result) -> bool:
    return any("5.1" in f.standards and f.severity != "info" for f in result.findings)


def evaluate(path: Path = FIXTURE, checker: Checker | None = None) -> dict:
    checker = checker or Checker()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    stats = {"identifiable": [0, 0], "acceptable": [0, 0]}
    misses, false_flags = [], []
    span_hits = span_total = 0
    for row in rows:
        ctx = Context.from_mapping(row.get("context") or {})
        result = checker.check(row["text"], ctx, row["id"])
        hit = flagged(result)
        stats[row["label"]][0] += hit
        stats[row["label"]][1] += 1
        if row["label"] == "identifiable":
            if not hit:
                misses.append((row["id"], row["text"]))
            for span in row.get("spans", []):
                s = row["text"].find(span)
                span_total += 1
                span_hits += any(f.start < s + len(span) and s < f.end for f in result.findings if f.severity != "info")
        elif hit:
            false_flags.append((row["id"], row["text"], [(f.code, f.text) for f in result.findings if f.severity != "info"]))
    ident, accept = stats["identifiable"], stats["acceptable"]
    return {
        "posts": len(rows),
        "identifiable": ident[1], "acceptable": accept[1],
        "recall": ident[0] / ident[1] if ident[1] else 0.0,
        "false_flag_rate": accept[0] / accept[1] if accept[1] else 0.0,
        "span_recall": span_hits / span_total if span_total else 0.0,
        "misses": misses, "false_flags": false_flags,
    }


def main() -> None:
    checker = None
    if "--pack" in sys.argv:
        checker = Checker(sys.argv[sys.argv.index("--pack") + 1])
    res = evaluate(checker=checker)
    print(f"posts {res['posts']} (identifiable {res['identifiable']}, acceptable {res['acceptable']})")
    print(f"recall on identifiable posts   {res['recall']:.3f}")
    print(f"false flags on acceptable posts {res['false_flag_rate']:.3f}")
    print(f"identifying spans touched       {res['span_recall']:.3f}")
    if "--show-errors" in sys.argv:
        print("\nMISSED:")
        for pid, text in res["misses"]:
            print(f"  {pid}: {text}")
        print("\nFALSE FLAGS:")
        for pid, text, found in res["false_flags"]:
            print(f"  {pid}: {text}\n      {found}")


if __name__ == "__main__":
    main()
