"""End-to-end audit speed and memory: read an X archive, check every post, store findings.

    .venv/bin/python benchmarks/audit_bench.py                 # 10k, 100k posts
    .venv/bin/python benchmarks/audit_bench.py --sizes 10000 100000 1000000 --workers 2

Each size gets a synthetic X archive (zip, 2022 layout) written by a streaming writer here:
mostly ordinary posts with about 1 in 20 holding a confidentiality risk (names, ages, wards,
conditions, phone numbers), some replies and retweets. Archives are cached in
benchmarks/out/ (git-ignored). Each audit runs in a fresh process (``postcheck audit``
itself) into a fresh data folder, so peak RSS is that run's. Prints a Markdown table:
posts/s end to end (open, import, check, store, reports), wall time, peak RSS of the main
process and of the largest worker.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

FIRST = ["Dorothy", "Alan", "Priya", "Graham", "Fatima", "Kevin", "Joan", "Tariq", "Eileen", "Marcus"]
LAST = ["Jones", "Patel", "Smith", "Walker", "Khan", "Hughes", "Evans", "Murphy", "Clarke", "Shaw"]
PLACES = ["Harehills", "Headingley", "Chapeltown", "Moss Side", "Toxteth", "Gorbals", "Splott"]
SETTINGS = ["St Mary's", "the General", "Jimmy's", "the Royal", "St James's"]
CONDITIONS = ["a stroke", "sepsis", "a hip fracture", "COPD", "a cardiac arrest", "shingles"]

HARMLESS = [
    "Back on nights this week. Coffee stocked, flask filled",
    "Brilliant CPD session on falls prevention today and some great questions from the students",
    "Lovely sunrise over the Dales on the way home after a long shift",
    "Reminder: hands-only CPR saves lives. Push hard and fast in the centre of the chest",
    "Proud of the whole team this week, we have been stretched but still smiling",
    "Anyone got recommendations for a good book on leadership in healthcare?",
    "Parkrun done before a late shift, legs are not happy about it",
    "Great to see so many people at the open day, thank you for the questions",
    "Heatwave advice: drink water, check on neighbours, keep curtains closed in the day",
    "New rota is out and somehow I have every bank holiday again",
    "Thread on why we ask so many questions at the door: every answer changes what we bring in",
    "Really good discussion at journal club about sepsis screening in the community",
]
RISKY = [
    "Mrs {first} {last} ({age}) on Ward {ward} at {setting} kept us laughing all night",
    "Bed {ward} in resus had {cond}, poor chap from {place}",
    "Went back to see {first} {last} today, {age} and still fighting after {cond}",
    "Call me on 07700 900{n3} if you want the details about the lad from {place}",
    "Guess who came in again tonight: the bloke from flat {ward} on Elm Road in {place}",
    "{first} from {place} ({age}) finally went home from {setting} after {cond}",
]


def _text(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(RISKY).format(
            first=rng.choice(FIRST), last=rng.choice(LAST), age=rng.randint(19, 97),
            ward=rng.randint(1, 40), setting=rng.choice(SETTINGS), cond=rng.choice(CONDITIONS),
            place=rng.choice(PLACES), n3=f"{rng.randint(0, 999):03d}")
    text = rng.choice(HARMLESS)
    if rng.random() < 0.3:
        text += " " + rng.choice(HARMLESS).lower()
    return text


def write_x_archive(path: Path, n: int, seed: int = 7) -> Path:
    """A zip X archive with ``n`` tweets, written as a stream (constant memory)."""
    rng = random.Random(seed)
    uid, user = "1500000000000000001", "bench_para"
    start = datetime(2012, 1, 1, tzinfo=timezone.utc)
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        manifest = {"userInfo": {"accountId": uid, "userName": user, "displayName": "Bench"},
                    "archiveInfo": {"generationDate": "2024-11-16T11:33:22.222Z",
                                    "isPartialArchive": False},
                    "dataTypes": {"tweets": {"files": [{"fileName": "data/tweets.js",
                                                        "globalName": "YTD.tweets.part0",
                                                        "count": str(n)}]}}}
        zf.writestr("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest))
        zf.writestr("data/account.js", "window.YTD.account.part0 = " + json.dumps([{"account": {
            "username": user, "accountId": uid, "accountDisplayName": "Bench"}}]))
        with zf.open("data/tweets.js", "w", force_zip64=True) as fh:
            fh.write(b"window.YTD.tweets.part0 = [")
            for i in range(n):
                tid = str(1600000000000000000 + i)
                when = start + timedelta(seconds=i * 300 + rng.randint(0, 299))
                r = rng.random()
                text = _text(rng)
                t = {"id_str": tid, "id": tid,
                     "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
                     "full_text": text, "lang": "en", "retweeted": False,
                     "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                     "display_text_range": ["0", str(len(text))]}
                if r < 0.15:
                    t["full_text"] = "@someone " + text
                    t["in_reply_to_status_id_str"] = str(1500000000000000000 + i)
                    t["in_reply_to_screen_name"] = "someone"
                elif r < 0.20:
                    t["full_text"] = "RT @NHSEngland: " + text
                entry = json.dumps({"tweet": t}, ensure_ascii=False)
                fh.write(((",\n" if i else "\n") + entry).encode("utf-8"))
            fh.write(b"\n]")
    os.replace(tmp, path)
    return path


def archive_for(n: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"x-bench-{n}.zip"
    if not path.exists():
        t = time.perf_counter()
        write_x_archive(path, n)
        print(f"  wrote {path.name} ({path.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


CHILD = r"""
import json, resource, sys, time
from postcheck.cli.app import main
t = time.perf_counter()
code = main(sys.argv[1:])
wall = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write("BENCH " + json.dumps({"code": code, "wall": wall, "rss_main_kb": me,
                                        "rss_worker_kb": kids}) + "\n")
"""


def run_one(n: int, workers: int, extra: list[str] = ()) -> dict:
    archive = archive_for(n)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, POSTCHECK_HOME=home)
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, "audit", str(archive), "--workers", str(workers),
             "--progress", "never", "--format", "jsonl", "--fail-on", "never", *extra],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        line = next((ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH ")), None)
        if line is None:
            raise SystemExit(f"audit failed:\n{proc.stderr[-2000:]}")
        data = json.loads(line[6:])
        if data["code"] not in (0, 1):
            raise SystemExit(f"audit failed (exit {data['code']}):\n{proc.stderr[-2000:]}")
        store = Path(home) / "audit.sqlite3"
        data["store_mb"] = store.stat().st_size / 1e6 if store.exists() else 0.0
    data.update(n=n, workers=workers, pps=n / data["wall"])
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[os.cpu_count() or 1])
    ap.add_argument("--select", help="only these rules (e.g. C101,C106): measures the pipeline "
                                     "(import, pool, store, reports) with a cheaper check")
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        for w in args.workers:
            print(f"auditing {n:,} posts with {w} worker(s)…", file=sys.stderr)
            rows.append(run_one(n, w, ["--select", args.select] if args.select else []))
    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.1f}" + (f", rules {args.select}" if args.select else ", all rules") + "\n")
    print("| posts | workers | wall s | posts/s | peak RSS main MiB | peak RSS worker MiB | store MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {r['workers']} | {r['wall']:.1f} | {r['pps']:,.0f} | "
              f"{r['rss_main_kb'] / 1024:.0f} | {r['rss_worker_kb'] / 1024:.0f} | {r['store_mb']:.1f} |")


if __name__ == "__main__":
    main()
