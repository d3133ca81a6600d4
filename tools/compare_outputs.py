"""Check that two source trees give byte-identical ``postcheck check --jsonl`` output.

Used for speed work: a change that only makes the checker faster must not change a single
byte of what it reports. The inputs are

* the speed benchmark's dense synthetic posts (``benchmarks/synth_posts.py``, 20,000 by default),
* every fixture under ``tests/fixtures/quality/`` (each line's ``context`` object spread into
  the line, as the benchmark does, so contexts are exercised; lines whose context the CLI
  rejects are compared as error lines),
* ``examples/posts.jsonl``.

Each input is run through ``python -m postcheck check --jsonl FILE --format jsonl`` with the
``src`` folder of each tree first on ``PYTHONPATH``, once with every rule and once with
``--select C``, and the outputs are compared line by line.

    python tools/compare_outputs.py --base /tmp/speed-base [--new .] [--posts 20000] [--workers N]

Make a base tree from a commit with ``git archive <commit> | tar -x -C /tmp/speed-base``.
Exit code 0 when every output is identical, 1 otherwise (the first differences are printed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _inputs(tmp: Path, n_posts: int) -> list[tuple[str, Path, int]]:
    """(label, jsonl path, number of posts) for every input set."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth_posts

    out = []
    dense = tmp / "dense.jsonl"
    with dense.open("w", encoding="utf-8") as fh:
        for p in synth_posts.batch_posts(n_posts):
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    out.append((f"dense synthetic ({n_posts:,})", dense, n_posts))
    rows = []
    for f in sorted((ROOT / "tests" / "fixtures" / "quality").rglob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            ctx = row.get("context") if isinstance(row.get("context"), dict) else {}
            item = {"id": f"{f.relative_to(ROOT)}:{n}", "text": row.get("text"), **ctx}
            rows.append(item)
    fixtures = tmp / "fixtures.jsonl"
    with fixtures.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.append((f"tests/fixtures/quality ({len(rows):,})", fixtures, len(rows)))
    examples = ROOT / "examples" / "posts.jsonl"
    if examples.exists():
        n = sum(1 for line in examples.read_text(encoding="utf-8").splitlines() if line.strip())
        out.append((f"examples/posts.jsonl ({n})", examples, n))
    return out


def _run(tree: Path, path: Path, extra: list[str], home: str, workers: int | None) -> tuple[bytes, float]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), HOME=home, NO_COLOR="1")
    env.pop("POSTCHECK_CONFIG", None)
    cmd = [sys.executable, "-m", "postcheck", "check", "--jsonl", str(path), "--format", "jsonl", *extra]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env, cwd=home)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{tree}: {' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-800:]}")
    return proc.stdout, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, type=Path, help="the reference tree (its src/ is used)")
    ap.add_argument("--new", default=ROOT, type=Path, help="the tree under test (default: this one)")
    ap.add_argument("--posts", type=int, default=20_000, help="dense synthetic posts (default 20,000)")
    ap.add_argument("--workers", type=int, default=None, help="--workers for both runs (default: the CLI's)")
    args = ap.parse_args(argv)
    differences = 0
    compared = 0
    with tempfile.TemporaryDirectory(prefix="pc-compare-") as tmp_s:
        tmp = Path(tmp_s)
        home = str(tmp / "home")
        os.mkdir(home)
        for label, path, n in _inputs(tmp, args.posts):
            for extra in ([], ["--select", "C"]):
                old, t_old = _run(args.base.resolve(), path, extra, home, args.workers)
                new, t_new = _run(args.new.resolve(), path, extra, home, args.workers)
                name = f"{label}{' ' + ' '.join(extra) if extra else ''}"
                compared += n
                if old == new:
                    print(f"identical  {name}: {len(new.splitlines()):,} lines, {len(new):,} bytes "
                          f"(base {t_old:.1f} s, new {t_new:.1f} s)")
                    continue
                a, b = old.splitlines(), new.splitlines()
                bad = [i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]
                differences += len(bad)
                print(f"DIFFERENT  {name}: {len(bad)} of {max(len(a), len(b))} lines differ "
                      f"({len(a)} base, {len(b)} new lines)")
                for i in bad[:3]:
                    print(f"  line {i + 1}\n    base: {a[i][:400] if i < len(a) else '<none>'}"
                          f"\n    new:  {b[i][:400] if i < len(b) else '<none>'}")
    print(f"{compared:,} post checks compared; {'all identical' if not differences else f'{differences} lines differ'}")
    return 0 if not differences else 1


if __name__ == "__main__":
    sys.exit(main())
