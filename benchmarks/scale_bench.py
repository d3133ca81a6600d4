"""Process pool vs Ray on this machine, and what more machines would give.

    .venv/bin/python benchmarks/scale_bench.py [--posts 40000] [--rules C|all]

Audits one synthetic X archive (benchmarks/audit_bench.py's generator) with the Python API,
once on the process pool and once on a local Ray instance, both with 2 workers, each into a
fresh store. Reports: the engine's start-up time, the audit's wall time, checking throughput
(posts per second of checking, start-up excluded), per-worker throughput, peak memory per
worker, and how fast the driver alone reads the archive (the ceiling when checking is spread
over more machines: the driver reads each export and writes the store). The projection to N
machines of 2 cores is ``min(N x 2 x per-worker rate, driver ceiling)``: an estimate from
these measurements, not a measurement on a cluster.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import audit_bench  # noqa: E402


def read_rate(archive: Path) -> float:
    from postcheck.importers import iter_posts

    t = time.perf_counter()
    n = sum(1 for _ in iter_posts(archive))
    return n / (time.perf_counter() - t)


def run(engine: str, archive: Path, select: tuple[str, ...], workers: int, tmp: Path) -> dict:
    from postcheck.audit.pipeline import AuditOptions, Auditor
    from postcheck.engine.analyze import Settings
    from postcheck.store import open_store

    store = open_store(tmp / f"{engine}.sqlite3")
    opts = AuditOptions(workers=workers, engine=engine, settings=Settings(select=select))
    auditor = Auditor(store, opts)
    t0 = time.perf_counter()
    pool = auditor._get_pool()
    startup = time.perf_counter() - t0
    rss = None
    t1 = time.perf_counter()
    res = auditor.audit_one([str(archive)])
    check_wall = time.perf_counter() - t1
    if engine == "ray":
        import ray

        rss = max(ray.get([a.max_rss_kib.remote() for a in pool.actors])) / 1024
    t2 = time.perf_counter()
    pool.close()
    auditor.pool = None
    shutdown = time.perf_counter() - t2
    if engine == "process":
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    store.close()
    posts = res.counters.get("checked", 0)
    return {"engine": engine, "startup": startup, "wall": startup + check_wall + shutdown,
            "check_wall": check_wall, "shutdown": shutdown, "posts": posts,
            "rate": posts / check_wall, "per_worker": posts / check_wall / workers, "rss": rss}


def run_many(engine: str, exports: list[Path], select: tuple[str, ...], tmp: Path) -> dict:
    """``--many``: several exports, one audit each. Process pool: one export after another, 2
    workers checking; Ray: each export parsed and checked by its own task, 2 at a time."""
    from postcheck.audit.pipeline import AuditOptions, Auditor
    from postcheck.engine.analyze import Settings
    from postcheck.store import open_store

    store = open_store(tmp / f"many-{engine}.sqlite3")
    auditor = Auditor(store, AuditOptions(workers=2, engine=engine, settings=Settings(select=select)))
    t = time.perf_counter()
    results = auditor.run([[str(p)] for p in exports], [p.name for p in exports])
    wall = time.perf_counter() - t
    store.close()
    posts = sum(r.counters.get("checked", 0) for r in results)
    return {"engine": engine, "wall": wall, "posts": posts, "rate": posts / wall,
            "ok": all(r.status == "done" for r in results)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=40_000)
    ap.add_argument("--rules", choices=("C", "all"), default="C")
    ap.add_argument("--many", type=int, default=0, metavar="N",
                    help="instead: N exports of --posts/N posts each, audited with --many (process vs Ray)")
    args = ap.parse_args()
    if args.many:
        select = ("C",) if args.rules == "C" else ()
        tmp = Path(tempfile.mkdtemp(prefix="pc-many-"))
        os.environ["POSTCHECK_HOME"] = str(tmp / "home")
        try:
            base = audit_bench.archive_for(args.posts // args.many)
            exports = []
            for i in range(args.many):
                exports.append(tmp / f"person{i}.zip")
                shutil.copy(base, exports[-1])
            rows = [run_many(e, exports, select, tmp) for e in ("process", "ray")]
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(f"--many: {args.many} exports × {args.posts // args.many:,} posts, rules: "
              f"{'confidentiality pack (C)' if select else 'all'}, 2 cores, load average {os.getloadavg()[0]:.1f}\n")
        print("| engine | what runs where | wall s (start-up included) | posts/s | all done |")
        print("|---|---|---:|---:|---|")
        for r in rows:
            where = ("driver parses each export in turn; 2 workers check" if r["engine"] == "process"
                     else "each export parsed and checked by a Ray task, 2 at a time")
            print(f"| {r['engine']} | {where} | {r['wall']:.1f} | {r['rate']:,.0f} | {'yes' if r['ok'] else 'NO'} |")
        return
    select = ("C",) if args.rules == "C" else ()
    archive = audit_bench.archive_for(args.posts)
    tmp = Path(tempfile.mkdtemp(prefix="pc-scale-"))
    os.environ["POSTCHECK_HOME"] = str(tmp / "home")
    try:
        reading = read_rate(archive)
        rows = [run(e, archive, select, 2, tmp) for e in ("process", "ray")]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()[0]
    print(f"{args.posts:,} posts, rules: {'confidentiality pack (C)' if select else 'all'}, 2 workers, "
          f"load average {load:.1f}\n")
    print("| engine | start-up s | audit wall s | checking posts/s | per worker posts/s | shut-down s | peak RSS per worker MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['engine']} | {r['startup']:.2f} | {r['wall']:.1f} | {r['rate']:,.0f} | {r['per_worker']:,.0f} | "
              f"{r['shutdown']:.2f} | {r['rss']:.0f} |")
    per = max(r["per_worker"] for r in rows if r["engine"] == "ray")
    print(f"\nDriver alone reads the archive at {reading:,.0f} posts/s (the ceiling when checking is spread out).\n")
    print("| machines × 2 cores | projected posts/s (Ray) | limited by |")
    print("|---:|---:|---|")
    for n in (1, 2, 4, 8, 16):
        cap = n * 2 * per
        print(f"| {n} | {min(cap, reading):,.0f} | {'workers' if cap < reading else 'the driver reading the export'} |")
    gap = rows[1]["startup"] + rows[1]["shutdown"] - rows[0]["startup"] - rows[0]["shutdown"]
    print(f"\nRay's fixed cost here: {gap:.1f} s more start-up and shut-down than the process pool.")


if __name__ == "__main__":
    main()
