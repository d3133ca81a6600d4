"""Review store speed: SQLite file vs PostgreSQL server.

    .venv/bin/python benchmarks/store_bench.py                       # 20k posts, batches of 200
    .venv/bin/python benchmarks/store_bench.py --posts 100000 --decisions 5000
    .venv/bin/python benchmarks/store_bench.py --url postgresql://user@host/db   # an existing server

Writes synthetic audit results the way ``postcheck audit`` does (``save_batch``: posts with
findings plus the run's checkpoint, one transaction per batch; about 2 findings per post), then
records decisions one per transaction (``decide`` with ``expected_version``, as the web page and
``postcheck review`` do), first by one reviewer, then by 4 reviewers at once on their own
connections, each deciding different findings. Reports rows (posts + findings) written per
second and decisions per second as a Markdown table.

Without ``--url`` a local PostgreSQL server is started in a temporary folder from
/usr/lib/postgresql/*/bin (as the tests do, tests/store/conftest.py) with fsync on, so both
stores make every commit durable (SQLite: WAL, synchronous=FULL). Needs
``pip install 'postcheck[postgres]'``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from postcheck.store import ArchiveRef, StoredFinding, StoredPost, open_store  # noqa: E402


def _pg_helpers():
    spec = importlib.util.spec_from_file_location("pg_conftest", REPO / "tests" / "store" / "conftest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_batches(posts: int, batch: int):
    """Synthetic results: post i has 1-3 findings."""
    out = []
    for start in range(0, posts, batch):
        ps, fs = [], []
        for i in range(start, min(posts, start + batch)):
            key = f"x:{1700000000000000000 + i}"
            text = f"Mrs Dorothy Jones (82) on Ward {i % 40} at St Mary's kept us laughing all night #{i}"
            ps.append(StoredPost(key, "x", "post", f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}T08:00:00+00:00",
                                 f"https://x.com/sam/status/{key[2:]}", None, "public", None, "sam",
                                 "data/tweets.js", [["text", text]], "problem", None, [], 3, 0.95, 2))
            for j in range(1 + i % 3):
                fs.append(StoredFinding(f"{i:012x}{j:04x}" + "0" * 48, key, ("C110", "C201", "C305")[j],
                                        3 - j, 0.95 - j / 10, 2, j,
                                        {"code": ("C110", "C201", "C305")[j], "name": "n",
                                         "standards": ["5.1", "2.12"], "severity": "high",
                                         "confidence": 0.95, "start": 0, "end": 17,
                                         "text": "Mrs Dorothy Jones", "message": "m", "fix": None}))
        out.append((ps, fs))
    return out


def bench(target: str, batches, decisions: int, reviewers: int) -> dict:
    store = open_store(target)
    try:
        run = store.begin_run(ArchiveRef("bench", "x", "bench.zip", ("/tmp/bench.zip",)),
                              content_digest="d", settings_key="s", options={})
        rows = 0
        done = 0
        t = time.perf_counter()
        for ps, fs in batches:
            done += len(ps)
            store.save_batch(run.run_id, ps, fs, checkpoint=done, counters={"items": done})
            rows += len(ps) + len(fs)
        write_s = time.perf_counter() - t
        store.finish_run(run.run_id, status="done", counters={"items": done}, issues=[])
        fps = [f.fingerprint for _, fs in batches for f in fs]

        t = time.perf_counter()
        for fp in fps[:decisions]:
            store.decide(fp, "keep", "bench", expected_version=0, by="bench")
        one_s = time.perf_counter() - t

        share = fps[decisions:decisions + decisions]
        stores = [open_store(target) for _ in range(reviewers)]
        barrier = threading.Barrier(reviewers + 1)

        def work(st, mine):
            barrier.wait()
            for fp in mine:
                st.decide(fp, "not_a_problem", expected_version=0, by="bench")

        threads = [threading.Thread(target=work, args=(st, share[k::reviewers])) for k, st in enumerate(stores)]
        for th in threads:
            th.start()
        barrier.wait()
        t = time.perf_counter()
        for th in threads:
            th.join()
        many_s = time.perf_counter() - t
        for st in stores:
            st.close()
        t = time.perf_counter()
        queue = store.review_queue(include_closed=True)
        queue_s = time.perf_counter() - t
        assert len(queue) == len(fps)
        return {"posts": done, "rows": rows, "write_s": write_s, "rows_per_s": rows / write_s,
                "posts_per_s": done / write_s, "decisions_per_s": decisions / one_s,
                "decisions_many_per_s": len(share) / many_s, "queue_s": queue_s}
    finally:
        store.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--decisions", type=int, default=2000)
    ap.add_argument("--reviewers", type=int, default=4)
    ap.add_argument("--url", help="an existing PostgreSQL database (it must be empty)")
    args = ap.parse_args(argv)

    batches = make_batches(args.posts, args.batch)
    results = {}
    with tempfile.TemporaryDirectory(prefix="postcheck-store-bench-") as tmp:
        results["SQLite (WAL, synchronous=FULL)"] = bench(str(Path(tmp) / "bench.sqlite3"), batches,
                                                          args.decisions, args.reviewers)
    server = None
    try:
        url = args.url
        if not url:
            helpers = _pg_helpers()
            bin_dir = helpers.find_pg_bin()
            if bin_dir is None:
                print("no PostgreSQL binaries (/usr/lib/postgresql/*/bin): SQLite only", file=sys.stderr)
            else:
                server = helpers.PgServer(bin_dir, durable=True).start()
                url = server.url(server.new_db())
        if url:
            version = ""
            with open_store(url) as s:
                version = s.conn.execute("SHOW server_version").fetchone()[0].split()[0]
            results[f"PostgreSQL {version} (local, fsync on)"] = bench(url, batches, args.decisions,
                                                                       args.reviewers)
    finally:
        if server is not None:
            server.stop()

    print(f"\nReview store: {args.posts:,} posts with findings in batches of {args.batch} "
          f"({sum(len(p) + len(f) for p, f in batches):,} rows), {args.decisions:,} decisions by one reviewer, "
          f"{args.decisions:,} by {args.reviewers} at once; {platform.machine()}, {os.cpu_count()} CPUs\n")
    print(f"| store | posts/s written | rows/s (posts + findings) | decisions/s (1 reviewer) "
          f"| decisions/s ({args.reviewers} reviewers) | review queue of all |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['posts_per_s']:,.0f} | {r['rows_per_s']:,.0f} | {r['decisions_per_s']:,.0f} "
              f"| {r['decisions_many_per_s']:,.0f} | {r['queue_s']:.2f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
