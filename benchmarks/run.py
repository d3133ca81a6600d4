"""postcheck's speed and quality tables, in one command.

    .venv/bin/python benchmarks/run.py [--quick] [--skip-presidio] [--errors]

Prints Markdown tables and writes them to benchmarks/out/results.md and results.json
(benchmarks/out/ is git-ignored). See benchmarks/README.md for what each table measures.

--quick          smaller samples and one run each (under a minute once .venv-bench exists)
--skip-presidio  leave out Microsoft Presidio (no .venv-bench is created or used)
--errors         also write postcheck's misses and false alarms on the presidio-synth
                 dataset to benchmarks/out/presidio_synth_errors.txt (for developers)
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import synth_posts  # noqa: E402

VENV_BIN = Path(sys.executable).parent
POSTCHECK_BIN = VENV_BIN / "postcheck"
DATASET = ROOT.parent / "shared" / "eval" / "presidio-synth" / "synth_dataset_v2.json"

# Targets from the issue.
TARGET_P95_MS = 30.0
TARGET_BATCH_PPS = 1000.0
TARGET_COLD_S = 1.0
TARGET_F1_MARGIN = 10.0  # F1 points above Presidio

COLD_TEXT = "Saw Mrs Jones (82) on Ward 7 at St Mary's today, lovely lady, NHS no 943 476 5919"

# Dataset entity type -> postcheck signal kinds / Presidio entity types.
PC_MAP = {
    "PERSON": {"name"},
    "PHONE_NUMBER": {"phone"},
    "EMAIL_ADDRESS": {"email"},
    "STREET_ADDRESS": {"street", "postcode"},
    "DATE_TIME": {"time", "dob"},
    "AGE": {"age"},
    "GPE": {"place"},
    "ZIP_CODE": {"postcode"},
    "ORGANIZATION": {"care_setting"},
}
# PERSON / LOCATION / ORGANIZATION come only from an NLP model's NER, which the offline
# no_op engine does not have; they are listed so the mapping is the one a full install uses.
PR_MAP = {
    "PERSON": {"PERSON"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "STREET_ADDRESS": set(),
    "DATE_TIME": {"DATE_TIME"},
    "AGE": set(),
    "GPE": {"LOCATION"},
    "ZIP_CODE": {"UK_POSTCODE"},
    "ORGANIZATION": {"ORGANIZATION"},
    # Out of postcheck's scope (not UK health-care identifiers); Presidio's rows for context.
    "CREDIT_CARD": {"CREDIT_CARD"},
    "IBAN_CODE": {"IBAN_CODE"},
    "US_SSN": {"US_SSN"},
    "IP_ADDRESS": {"IP_ADDRESS"},
    "DOMAIN_NAME": {"URL"},
    "US_DRIVER_LICENSE": {"US_DRIVER_LICENSE"},
}
GOAL_TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_TIME")
OTHER_TYPES = ("AGE", "GPE", "ZIP_CODE", "ORGANIZATION")
PRESIDIO_ONLY = ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "DOMAIN_NAME", "US_DRIVER_LICENSE")


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ helpers

def pct(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    k = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[k - 1]


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def pf(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def verdict(ok: bool) -> str:
    return "met" if ok else "**BELOW TARGET**"


def machine_info() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    import postcheck

    h = hashlib.sha256()
    src = ROOT / "src" / "postcheck"
    for p in sorted(src.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(src)).encode())
            h.update(p.read_bytes())
    return {
        "nproc": nproc,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "postcheck": postcheck.__version__,
        "src_fingerprint": h.hexdigest()[:12],
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
        "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE"),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def cli_env(home: str) -> dict:
    env = dict(os.environ)
    env["POSTCHECK_HOME"] = home  # an empty data folder: no user postcheck.toml applies
    env["NO_COLOR"] = "1"
    return env


# ------------------------------------------------------------------------------ speed

def bench_latency(n: int, max_s: float) -> dict:
    """Per-call latency on n 250-280 character posts; stops early (after at least 1,000) once
    max_s seconds have gone, so a slow checker cannot blow the time budget."""
    from postcheck.api import Checker

    posts = synth_posts.tweet_posts(n, seed=280)
    warm = synth_posts.tweet_posts(200, seed=281)
    t0 = time.perf_counter()
    checker = Checker()
    load_s = time.perf_counter() - t0
    for text, ctx in warm:
        checker.check(text, ctx)
    gc.collect()
    times = []
    flagged = 0
    t_begin = time.perf_counter()
    for i, (text, ctx) in enumerate(posts):
        if i >= 1000 and time.perf_counter() - t_begin > max_s:
            break
        t0 = time.perf_counter()
        res = checker.check(text, ctx)
        times.append((time.perf_counter() - t0) * 1000)
        flagged += bool(res.findings)
    times.sort()
    posts = posts[:len(times)]
    lengths = [len(t) for t, _ in posts]
    return {
        "posts": len(times), "planned": n, "len_min": min(lengths), "len_max": max(lengths), "len_mean": statistics.fmean(lengths),
        "checker_load_s": load_s, "p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "p99_ms": pct(times, 99),
        "mean_ms": statistics.fmean(times), "max_ms": times[-1], "with_findings": flagged,
    }


_POOL_CHECKER = None


def _pool_init() -> None:
    global _POOL_CHECKER
    from postcheck.api import Checker

    _POOL_CHECKER = Checker()


def _pool_run(chunk: list[dict]) -> list[dict]:
    from postcheck.model.context import Context

    out = []
    for item in chunk:
        out.append(_POOL_CHECKER.check(item["text"], Context.from_mapping(item), item["id"]).to_dict())
    return out


def _children_cpu() -> float:
    """User + system CPU seconds of finished child processes (subprocesses, pool workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _rates(n: int, runs: list[float], cpu: list[float]) -> dict:
    wall = statistics.median(runs)
    return {"posts": n, "runs_s": runs, "cpu_s": cpu, "wall_s": wall, "pps": n / wall,
            "cpu_ms_per_post": 1000 * statistics.median(cpu) / n,
            "cores_used": statistics.median(c / w for c, w in zip(cpu, runs))}


def _write_jsonl(posts: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")


def _run_cli(path: Path, n: int, extra: list[str], home: str) -> tuple[float, float, str]:
    """One end-to-end CLI batch run: (wall s, CPU s of the process tree, summary line)."""
    cmd = [str(POSTCHECK_BIN), "check", "--jsonl", str(path), "--format", "jsonl", *extra]
    c0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=cli_env(home))
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - c0
    if proc.returncode not in (0, 1) or f"checked {n} posts" not in proc.stderr:
        raise RuntimeError(f"CLI batch failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    log(f"CLI batch, {n} posts{' ' + ' '.join(extra) if extra else ''}: {wall:.1f} s")
    return wall, cpu, proc.stderr.strip().splitlines()[-1]


def bench_batch(posts: list[dict], n_sub: int, home: str, deadline: float, quick: bool) -> dict:
    """Batch throughput. The CLI always gets the whole file; the in-process API, the pool and
    `--workers 1` get the first n_sub posts of it (the same mix), so the run stays in budget
    however slow the checker is today. A second CLI run is made only if time allows."""
    n = len(posts)
    path = OUT / "batch_posts.jsonl"
    _write_jsonl(posts, path)
    sub = posts[:n_sub]
    sub_path = OUT / "batch_posts_subset.jsonl"
    _write_jsonl(sub, sub_path)
    lengths = [len(p["text"]) for p in posts]
    res: dict = {"posts": n, "subset": n_sub, "len_min": min(lengths), "len_max": max(lengths),
                 "len_mean": statistics.fmean(lengths), "file_mb": path.stat().st_size / 1e6}
    help_text = subprocess.run([str(POSTCHECK_BIN), "check", "--help"], capture_output=True, text=True,
                               env=cli_env(home)).stdout
    res["cli_has_workers"] = "--workers" in help_text

    # 1. The real CLI, end to end (interpreter start, imports, pack load, read, check, write),
    #    with its defaults, on the whole file.
    wall, cpu, summary = _run_cli(path, n, [], home)
    cli_runs, cli_cpu = [wall], [cpu]
    res["cli_summary"] = summary

    # 1b. The confidentiality rules only (issue 3's scope), and the project's own realistic
    #     labelled posts (tests/fixtures/quality, repeated to the same count) with every rule
    #     and with the confidentiality rules.
    wall, cpu, _ = _run_cli(path, n, ["--select", "C"], home)
    res["cli_conf"] = _rates(n, [wall], [cpu]) | {"args": ["--select", "C"]}
    real = []
    for f in sorted((ROOT / "tests" / "fixtures" / "quality").rglob("*.jsonl")):
        if any(part.startswith("standards") for part in f.parts):
            continue  # the per-standard sets (standards/, standards_holdout/) are not confidentiality posts
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                real.append({"id": str(len(real)), "text": row["text"], **(row.get("context") or {})})
    if real:
        real_posts = [dict(real[i % len(real)], id=str(i)) for i in range(n)]
        real_path = OUT / "batch_real_posts.jsonl"
        _write_jsonl(real_posts, real_path)
        wall, cpu, _ = _run_cli(real_path, n, [], home)
        res["cli_real"] = _rates(n, [wall], [cpu]) | {"args": []}
        wall, cpu, _ = _run_cli(real_path, n, ["--select", "C"], home)
        res["cli_real_conf"] = _rates(n, [wall], [cpu]) | {"args": ["--select", "C"]}

    # 2. The same CLI on one core, when it has --workers.
    if res["cli_has_workers"] and not quick:
        wall, cpu, summary = _run_cli(sub_path, n_sub, ["--workers", "1"], home)
        res["cli_1"] = _rates(n_sub, [wall], [cpu]) | {"args": ["--workers", "1"]}

    # 3. The Python API in this process (Checker built once, outside the timing).
    from postcheck.api import Checker

    checker = Checker()
    for r in checker.check_many(sub[:200]):
        r.to_dict()
    gc.collect()
    c0 = time.process_time()
    t0 = time.perf_counter()
    out = [r.to_dict() for r in checker.check_many(sub)]
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert len(out) == n_sub
    del out
    log(f"API batch, {n_sub} posts: {wall:.1f} s")
    res["api"] = _rates(n_sub, [wall], [cpu])

    # 4. ProcessPoolExecutor over all cores, chunked; the wall time includes starting the
    #    workers and building a Checker in each.
    workers = os.cpu_count() or 2
    chunk = 500
    chunks = [sub[i:i + chunk] for i in range(0, n_sub, chunk)]
    gc.collect()
    c0 = _children_cpu() + time.process_time()
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, initializer=_pool_init) as ex:
        got = sum(len(r) for r in ex.map(_pool_run, chunks))
    wall, cpu = time.perf_counter() - t0, _children_cpu() + time.process_time() - c0
    assert got == n_sub
    log(f"pool batch, {n_sub} posts: {wall:.1f} s")
    res["pool"] = _rates(n_sub, [wall], [cpu]) | {"workers": workers, "chunk": chunk}

    # 5. A second CLI run on the whole file if it fits in the time budget.
    if not quick and time.perf_counter() + 1.2 * cli_runs[0] < deadline:
        wall, cpu, _ = _run_cli(path, n, [], home)
        cli_runs.append(wall)
        cli_cpu.append(cpu)
    res["cli"] = _rates(n, cli_runs, cli_cpu) | {"args": []}
    return res


def bench_cold(runs: int, home: str) -> dict:
    cmds = {
        "check": [str(POSTCHECK_BIN), "check", COLD_TEXT],
        "version": [str(POSTCHECK_BIN), "--version"],
        "python_floor": [sys.executable, "-c", "pass"],
    }
    out = {}
    env = cli_env(home)
    for key, cmd in cmds.items():
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # page cache
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            times.append(time.perf_counter() - t0)
            if proc.returncode not in (0, 1):
                raise RuntimeError(f"{cmd} failed: {proc.stderr[-300:]!r}")
        out[key] = {"runs_s": times, "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}
    return out


# ------------------------------------------------------------------------------ Presidio side by side

def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\"'([{"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?\"')]}"):
        e -= 1
    return s, e


def score_type(texts: list[str], gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> dict:
    """Entity-level P/R/F1 for one type.

    Overlap: a prediction is correct if it shares at least one character with a gold span
    of the type; a gold span is found if at least one prediction shares a character with it.
    Exact: start and end equal after trimming surrounding spaces and punctuation from both.
    """
    n_gold = n_pred = tp_pred = tp_gold = ex_hit = 0
    for text, g, p in zip(texts, gold, pred):
        p = sorted(set(p))
        n_gold += len(g)
        n_pred += len(p)
        tp_pred += sum(any(ps < ge and gs < pe for gs, ge in g) for ps, pe in p)
        tp_gold += sum(any(ps < ge and gs < pe for ps, pe in p) for gs, ge in g)
        gt = {_trim(text, s, e) for s, e in g}
        pt = {_trim(text, s, e) for s, e in p}
        ex_hit += len(gt & pt)
    prec = tp_pred / n_pred if n_pred else None
    rec = tp_gold / n_gold if n_gold else None
    f1 = (2 * prec * rec / (prec + rec) if prec and rec else 0.0) if n_gold else None
    ex_p = ex_hit / n_pred if n_pred else 0.0
    ex_r = ex_hit / n_gold if n_gold else 0.0
    ex_f1 = 2 * ex_p * ex_r / (ex_p + ex_r) if ex_p and ex_r else 0.0
    return {"gold": n_gold, "pred": n_pred, "tp_pred": tp_pred, "tp_gold": tp_gold, "exact": ex_hit,
            "precision": prec, "recall": rec, "f1": f1, "exact_f1": ex_f1}


def micro(rows: list[dict]) -> dict:
    n_gold = sum(r["gold"] for r in rows)
    n_pred = sum(r["pred"] for r in rows)
    tp_pred = sum(r["tp_pred"] for r in rows)
    tp_gold = sum(r["tp_gold"] for r in rows)
    ex = sum(r["exact"] for r in rows)
    prec = tp_pred / n_pred if n_pred else None
    rec = tp_gold / n_gold if n_gold else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else 0.0
    ex_p = ex / n_pred if n_pred else 0.0
    ex_r = ex / n_gold if n_gold else 0.0
    return {"gold": n_gold, "pred": n_pred, "tp_pred": tp_pred, "tp_gold": tp_gold, "exact": ex,
            "precision": prec, "recall": rec, "f1": f1,
            "exact_f1": 2 * ex_p * ex_r / (ex_p + ex_r) if ex_p and ex_r else 0.0}


def postcheck_on_dataset(texts: list[str], repeats: int) -> dict:
    t0 = time.perf_counter()
    from postcheck.api import Checker
    from postcheck.detectors.identity import Analysis, Lexicons
    from postcheck.engine.doc import PostDoc
    from postcheck.pack.loader import default_pack

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    lex = Lexicons.from_pack(default_pack())
    t_load = time.perf_counter() - t0

    for t in texts[:100]:
        Analysis(PostDoc(t), lex).signals
    times = []
    sigs = None
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        sigs = [Analysis(PostDoc(t), lex).signals for t in texts]
        times.append(time.perf_counter() - t0)
    checker = Checker()
    for t in texts[:100]:
        checker.check(t)
    full = []
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        for t in texts:
            checker.check(t)
        full.append(time.perf_counter() - t0)
    preds = [[{"kind": s.kind, "start": s.start, "end": s.end, "text": s.text} for s in ss] for ss in sigs]
    return {"import_s": t_import, "load_s": t_load, "times_s": times, "full_times_s": full, "predictions": preds}


def bench_presidio(quick: bool, skip: bool, want_errors: bool) -> dict:
    rows = json.loads(DATASET.read_text(encoding="utf-8"))
    texts = [r["full_text"] for r in rows]
    repeats = 1 if quick else 3
    res: dict = {"dataset": str(DATASET), "texts": len(texts), "repeats": repeats}

    pc = postcheck_on_dataset(texts, repeats)
    pr = None
    if skip:
        res["presidio_status"] = "skipped (--skip-presidio)"
    else:
        import presidio_side

        try:
            res["presidio_install"] = presidio_side.ensure_venv(log)
            with tempfile.TemporaryDirectory() as tmp:
                pr = presidio_side.run_worker(DATASET, None, repeats, Path(tmp) / "presidio.json")
            res["presidio_status"] = "ran"
        except Exception as exc:  # reported, never hidden
            res["presidio_status"] = f"failed: {exc}"
            log(f"Presidio could not run: {exc}")

    gold = {t: [[(s["start_position"], s["end_position"]) for s in r["spans"] if s["entity_type"] == t]
                 for r in rows] for t in PR_MAP}
    per_type: dict = {}
    for t in PR_MAP:
        entry: dict = {"gold": sum(len(g) for g in gold[t])}
        if t in PC_MAP:
            kinds = PC_MAP[t]
            p = [[(s["start"], s["end"]) for s in ss if s["kind"] in kinds] for ss in pc["predictions"]]
            entry["postcheck"] = score_type(texts, gold[t], p)
        if pr is not None:
            types = PR_MAP[t]
            p = [[(s["start"], s["end"]) for s in ss if s["type"] in types] for ss in pr["predictions"]]
            entry["presidio"] = score_type(texts, gold[t], p)
        per_type[t] = entry
    res["per_type"] = per_type
    res["goal_micro"] = {
        tool: micro([per_type[t][tool] for t in GOAL_TYPES])
        for tool in ("postcheck", "presidio") if all(tool in per_type[t] for t in GOAL_TYPES)}

    n = len(texts)
    res["speed"] = {
        "postcheck_signals": {"import_s": pc["import_s"], "load_s": pc["load_s"], "times_s": pc["times_s"],
                              "pps": n / statistics.median(pc["times_s"])},
        "postcheck_check": {"times_s": pc["full_times_s"], "pps": n / statistics.median(pc["full_times_s"])},
    }
    if pr is not None:
        res["speed"]["presidio"] = {"import_s": pr["import_s"], "load_s": pr["load_s"], "times_s": pr["times_s"],
                                    "pps": n / statistics.median(pr["times_s"])}
        res["presidio_setup"] = {k: pr[k] for k in ("version", "python", "added_recognizers", "recognizers", "entities")}
    if want_errors:
        write_errors(rows, pc["predictions"])
    return res


def write_errors(rows: list[dict], preds: list[list[dict]]) -> None:
    """postcheck's misses and false alarms per type (benchmarks/out/, git-ignored)."""
    lines = []
    for t in GOAL_TYPES + OTHER_TYPES:
        kinds = PC_MAP[t]
        lines.append(f"\n===== {t} (postcheck kinds {sorted(kinds)})")
        for r, ss in zip(rows, preds):
            text = r["full_text"]
            g = [(s["start_position"], s["end_position"]) for s in r["spans"] if s["entity_type"] == t]
            p = [(s["start"], s["end"]) for s in ss if s["kind"] in kinds]
            for gs, ge in g:
                if not any(ps < ge and gs < pe for ps, pe in p):
                    lines.append(f"MISS  {text[gs:ge]!r}   in: {text!r}")
            for ps, pe in p:
                if not any(ps < ge and gs < pe for gs, ge in g):
                    other = [s["entity_type"] for s in r["spans"] if s["start_position"] < pe and ps < s["end_position"]]
                    lines.append(f"FALSE {text[ps:pe]!r} (gold there: {other or 'none'})   in: {text!r}")
    path = OUT / "presidio_synth_errors.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log(f"wrote {path}")


# ------------------------------------------------------------------------------ own fixtures

def bench_quality() -> dict:
    from quality_confidentiality import evaluate

    res = evaluate()
    out = {k: v for k, v in res.items() if k not in ("misses", "false_flags")} | {
        "missed": len(res["misses"]), "false_flagged": len(res["false_flags"])}
    # Is any learned model in postcheck trained on this very file? Then table 5 is
    # training-set accuracy, not a held-out measure, and the report must say so.
    for model in sorted((ROOT / "src" / "postcheck").rglob("*model*.json")):
        try:
            meta = json.loads(model.read_text(encoding="utf-8")).get("meta", {})
        except (OSError, ValueError, AttributeError):
            continue
        if "confidentiality.jsonl" in (meta.get("sources") or []):
            out.setdefault("trained_on_fixture", []).append({
                "model": str(model.relative_to(ROOT)), "cv_recall": meta.get("cv_recall"),
                "cv_false_flags": meta.get("cv_false_flags")})
    return out


# ------------------------------------------------------------------------------ report

def render(results: dict) -> str:
    m = results["machine"]
    L: list[str] = []
    a = L.append
    a("# postcheck benchmarks")
    a("")
    a(f"Machine: {m['nproc']} cores ({m['cpu']}), Python {m['python']}, postcheck {m['postcheck']} "
      f"(src fingerprint {m['src_fingerprint']}), {m['date']}; 1-min load average {m['loadavg_start'][0]} at "
      f"start, {m['loadavg_end'][0]} at end. Mode: {'quick' if results['quick'] else 'full'}. "
      "Shared VM: treat timings as ±20 %.")
    a("")
    # Before the run starts nothing of ours is running, so load there is someone else's;
    # at the end our own process counts for about 1.
    busy = m["loadavg_start"][0] > 0.7 or m["loadavg_end"][0] > 1.7
    if busy:
        a("> **Other processes were using the CPU during this run** (see the load averages): wall-clock rates "
          "are pessimistic. The CPU ms/post columns are less affected.")
        a("")

    lat = results["latency"]
    a(f"## 1. Single draft, warm (`Checker().check(text, context)`, {lat['posts']:,} posts of "
      f"{lat['len_min']}–{lat['len_max']} chars)")
    a("")
    a("| posts | p50 ms | p95 ms | p99 ms | mean ms | max ms | target p95 ≤ 30 ms |")
    a("|---:|---:|---:|---:|---:|---:|---|")
    a(f"| {lat['posts']:,} | {lat['p50_ms']:.2f} | {lat['p95_ms']:.2f} | {lat['p99_ms']:.2f} | "
      f"{lat['mean_ms']:.2f} | {lat['max_ms']:.1f} | {verdict(lat['p95_ms'] <= TARGET_P95_MS)} |")
    a("")

    b = results["batch"]
    a(f"## 2. Batch throughput ({b['posts']:,} varied posts, {b['len_min']}–{b['len_max']} chars, "
      f"mean {b['len_mean']:.0f}; target ≥ {TARGET_BATCH_PPS:,.0f} posts/s on {m['nproc']} cores)")
    a("")
    if b["subset"] < b["posts"]:
        a(f"The CLI with its defaults checks the whole file; the other rows check its first {b['subset']:,} posts "
          "(same mix), sized to keep the run within its time budget.")
        a("")
    a("| how | posts | runs | wall s (median; all runs) | posts/s | wall ms/post | CPU ms/post | cores used | vs target |")
    a("|---|---:|---:|---|---:|---:|---:|---:|---|")
    rows = [
        ("CLI: `postcheck check --jsonl FILE --format jsonl > /dev/null` (subprocess, end to end, defaults)",
         b["cli"])]
    if "cli_conf" in b:
        rows.append(("CLI as above, confidentiality rules only (`--select C`, issue 3's scope)", b["cli_conf"]))
    if "cli_real" in b:
        rows.append(("CLI on the project's own labelled posts (mean ~160 chars), every rule", b["cli_real"]))
        rows.append(("CLI on the project's own labelled posts, `--select C`", b["cli_real_conf"]))
    if "cli_1" in b:
        rows.append(("CLI as above with `--workers 1`", b["cli_1"]))
    rows += [
        ("Python API, one process (`check_many` + `to_dict`)", b["api"]),
        (f"Python API, `ProcessPoolExecutor({b['pool']['workers']})`, chunks of {b['pool']['chunk']}, incl. pool start",
         b["pool"]),
    ]
    for label, r in rows:
        runs = ", ".join(f"{x:.1f}" for x in r["runs_s"])
        a(f"| {label} | {r['posts']:,} | {len(r['runs_s'])} | {r['wall_s']:.2f} ({runs}) | {fmt_rate(r['pps'])} | "
          f"{1000 / r['pps']:.2f} | {r['cpu_ms_per_post']:.2f} | {r['cores_used']:.2f} | "
          f"{verdict(r['pps'] >= TARGET_BATCH_PPS)} |")
    a("")
    if b["cli"]["pps"] < TARGET_BATCH_PPS:
        a(f"**The CLI batch is below the {TARGET_BATCH_PPS:,.0f} posts/s target** "
          f"({fmt_rate(b['cli']['pps'])} posts/s, {1000 / b['cli']['pps']:.2f} ms a post, "
          f"{b['cli']['cores_used']:.1f} cores busy on average). Checking costs "
          f"{b['api']['cpu_ms_per_post']:.2f} ms of CPU a post in one process, so even a perfect split over "
          f"{m['nproc']} idle cores would give about {fmt_rate(m['nproc'] * 1000 / b['api']['cpu_ms_per_post'])} "
          "posts/s on these posts.")
        a("")

    c = results["cold"]
    a("## 3. Cold start (new process each run, warm page cache; median of "
      f"{len(c['check']['runs_s'])} runs)")
    a("")
    a("| command | median s | min s | max s | target ≤ 1.0 s |")
    a("|---|---:|---:|---:|---|")
    a(f"| `postcheck check \"…\"` (one 84-char draft) | {c['check']['median_s']:.3f} | {c['check']['min_s']:.3f} | "
      f"{c['check']['max_s']:.3f} | {verdict(c['check']['median_s'] <= TARGET_COLD_S)} |")
    a(f"| `postcheck --version` | {c['version']['median_s']:.3f} | {c['version']['min_s']:.3f} | "
      f"{c['version']['max_s']:.3f} | {verdict(c['version']['median_s'] <= TARGET_COLD_S)} |")
    a(f"| `python -c pass` (interpreter floor) | {c['python_floor']['median_s']:.3f} | "
      f"{c['python_floor']['min_s']:.3f} | {c['python_floor']['max_s']:.3f} | — |")
    a("")

    p = results["presidio"]
    has_pr = "presidio" in p["speed"]
    a(f"## 4. Side by side with Microsoft Presidio (presidio-synth v2, {p['texts']:,} texts)")
    a("")
    if has_pr:
        s = p["presidio_setup"]
        a(f"Presidio: presidio-analyzer {s['version']} in `.venv-bench`, `no_op` NLP engine (no spaCy model: "
          f"no PERSON / LOCATION / ORGANIZATION), default pattern recognisers + {', '.join(s['added_recognizers'])} "
          "added by hand, score threshold 0 (the analyzer default). postcheck: `Analysis(PostDoc(text), lex).signals`.")
        inst = p.get("presidio_install") or {}
        if inst:
            a("")
            a(f"`.venv-bench` (created on first use, {inst.get('installed_at', '?')}): `pip install "
              f"{inst['requirement']}` took {inst['pip_install_seconds']:.0f} s (+{inst['venv_seconds']:.0f} s for the "
              f"venv); the venv is {inst['venv_mb_total']:.0f} MB ({inst['venv_mb_total'] - inst['venv_mb_empty']:.0f} MB "
              f"over an empty venv: spaCy {inst['versions'].get('spacy')}, numpy {inst['versions'].get('numpy')}, "
              "phonenumbers, … although no spaCy model is used).")
    else:
        a(f"Presidio: {p['presidio_status']}.")
    a("")
    a("Overlap = a prediction counts if it shares ≥ 1 character with a gold span of the mapped type; a gold "
      "span is found if any prediction of the mapped type overlaps it. Exact = same start and end after "
      "trimming surrounding spaces and punctuation. P, R, F1 in %.")
    a("")
    a("### Speed on the same texts, same run")
    a("")
    a("| tool | import + load s | posts/s (median) | ms/post |")
    a("|---|---:|---:|---:|")
    sp = p["speed"]
    a(f"| postcheck entity signals | {sp['postcheck_signals']['import_s'] + sp['postcheck_signals']['load_s']:.2f} | "
      f"{fmt_rate(sp['postcheck_signals']['pps'])} | {1000 / sp['postcheck_signals']['pps']:.2f} |")
    a(f"| postcheck full `Checker.check` (all rules) | — | {fmt_rate(sp['postcheck_check']['pps'])} | "
      f"{1000 / sp['postcheck_check']['pps']:.2f} |")
    if has_pr:
        a(f"| Presidio analyzer (no_op) | {sp['presidio']['import_s'] + sp['presidio']['load_s']:.2f} | "
          f"{fmt_rate(sp['presidio']['pps'])} | {1000 / sp['presidio']['pps']:.2f} |")
        faster = sp["postcheck_signals"]["pps"] / sp["presidio"]["pps"]
        a("")
        a(f"Goal \"postcheck faster than Presidio\": entity signals {faster:.2f}× Presidio's rate "
          f"({'met' if faster > 1 else '**not met**'}); full check "
          f"{sp['postcheck_check']['pps'] / sp['presidio']['pps']:.2f}× "
          f"({'met' if sp['postcheck_check']['pps'] > sp['presidio']['pps'] else '**not met**'}).")
    a("")
    a("### Quality per entity type")
    a("")
    a("| type | gold | postcheck kinds | pc P | pc R | pc F1 | pc exact F1 | Presidio P | Presidio R | Presidio F1 "
      "| Presidio exact F1 | ΔF1 | goal: pc F1 ≥ Presidio + 10 |")
    a("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")

    def row(t: str, goal: bool) -> None:
        e = p["per_type"][t]
        pcs = e.get("postcheck")
        prs = e.get("presidio")
        kinds = " + ".join(f"`{k}`" for k in sorted(PC_MAP[t])) if t in PC_MAP else "out of scope"
        cells = [t, f"{e['gold']}", kinds]
        if pcs:
            cells += [pf(pcs["precision"]) if pcs["pred"] else "no output", pf(pcs["recall"]), pf(pcs["f1"]),
                      pf(pcs["exact_f1"])]
        else:
            cells += ["—"] * 4
        if prs:
            cells += [pf(prs["precision"]) if prs["pred"] else "no output", pf(prs["recall"]), pf(prs["f1"]),
                      pf(prs["exact_f1"])]
        else:
            cells += ["—"] * 4
        if pcs and prs and pcs["f1"] is not None and prs["f1"] is not None:
            d = 100 * (pcs["f1"] - prs["f1"])
            cells.append(f"{d:+.1f}")
            cells.append(("met" if d >= TARGET_F1_MARGIN else "**not met**") if goal else "—")
        else:
            cells += ["—", "—"]
        a("| " + " | ".join(cells) + " |")

    for t in GOAL_TYPES:
        row(t, True)
    gm = p["goal_micro"]
    if gm:
        pcm, prm = gm.get("postcheck"), gm.get("presidio")
        cells = ["**the 5 goal types, micro**", f"{pcm['gold']}", "", pf(pcm["precision"]), pf(pcm["recall"]),
                 pf(pcm["f1"]), pf(pcm["exact_f1"])]
        if prm:
            d = 100 * (pcm["f1"] - prm["f1"])
            cells += [pf(prm["precision"]), pf(prm["recall"]), pf(prm["f1"]), pf(prm["exact_f1"]), f"{d:+.1f}",
                      "met" if d >= TARGET_F1_MARGIN else "**not met**"]
        else:
            cells += ["—"] * 6
        a("| " + " | ".join(cells) + " |")
    for t in OTHER_TYPES:
        row(t, False)
    if has_pr:
        for t in PRESIDIO_ONLY:
            row(t, False)
    a("")
    a("AGE, GPE, ZIP_CODE and ORGANIZATION are not personal data on their own (quasi-identifiers); "
      "the last rows are identifiers outside postcheck's scope (US and payment numbers), shown for context. "
      "TITLE and NRP are scored by neither tool. \"no output\" = the tool never predicts that type offline.")
    a("")

    q = results["quality"]
    a("## 5. Quality on our own fixtures (`tests/fixtures/quality/confidentiality.jsonl`)")
    a("")
    a("| posts | identifiable | acceptable | recall on identifiable | false-flag rate on acceptable | span recall |")
    a("|---:|---:|---:|---:|---:|---:|")
    a(f"| {q['posts']} | {q['identifiable']} | {q['acceptable']} | {100 * q['recall']:.1f} % "
      f"({q['identifiable'] - q['missed']}/{q['identifiable']}) | {100 * q['false_flag_rate']:.1f} % "
      f"({q['false_flagged']}/{q['acceptable']}) | {100 * q['span_recall']:.1f} % |")
    a("")
    for t in q.get("trained_on_fixture", []):
        cv = ""
        if t.get("cv_recall") is not None:
            cv = (f" Its own cross-validated figures (recall {100 * t['cv_recall']:.1f} % at "
                  f"{100 * (t.get('cv_false_flags') or 0):.1f} % false flags) are the better out-of-sample guide.")
        a(f"> **Not a held-out measure:** `{t['model']}` was trained on this fixture file, so these numbers "
          f"include training-set accuracy.{cv}")
        a("")
    a(f"Total benchmark time: {results['total_s']:.0f} s.")
    return "\n".join(L) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller samples, one run each")
    ap.add_argument("--skip-presidio", action="store_true", help="leave out the Presidio comparison")
    ap.add_argument("--errors", action="store_true", help="write postcheck's errors on presidio-synth to out/")
    args = ap.parse_args()

    t_start = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict = {"quick": args.quick, "machine": machine_info()}
    n_latency = 1000 if args.quick else 3000
    n_batch = 2000 if args.quick else 20000
    # Time budget: the whole run should take under ~5 min (quick: under 1 min) on 2 cores.
    budget = 55 if args.quick else 290
    deadline = t_start + budget - (25 if args.quick else 60)  # kept for cold start, Presidio, fixtures

    with tempfile.TemporaryDirectory(prefix="postcheck-bench-home-") as home:
        log(f"latency: {n_latency} posts")
        results["latency"] = bench_latency(n_latency, 10 if args.quick else 25)
        # The in-process API, the pool and --workers 1 check a subset sized so that each
        # takes about 40 s (quick: 1,000 posts) at the per-post cost just measured.
        per_post_s = results["latency"]["mean_ms"] / 1000
        n_sub = 1000 if args.quick else max(5000, min(n_batch, int(40 / per_post_s) // 1000 * 1000))
        log(f"batch: generating {n_batch} posts (API, pool and --workers 1 on the first {n_sub})")
        posts = synth_posts.batch_posts(n_batch)
        results["batch"] = bench_batch(posts, n_sub, home, deadline, args.quick)
        del posts
        log("cold start")
        results["cold"] = bench_cold(7, home)
    log("presidio-synth side by side")
    if DATASET.exists():
        results["presidio"] = bench_presidio(args.quick, args.skip_presidio, args.errors)
    else:
        raise SystemExit(f"dataset not found: {DATASET}")
    log("own fixtures")
    results["quality"] = bench_quality()
    results["total_s"] = time.perf_counter() - t_start
    results["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]

    md = render(results)
    print(md)
    (OUT / "results.md").write_text(md, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    log(f"wrote {OUT / 'results.md'} and results.json in {results['total_s']:.0f} s")
    if results["batch"]["cli"]["pps"] < TARGET_BATCH_PPS:
        log(f"NOTE: CLI batch {results['batch']['cli']['pps']:,.0f} posts/s is below the "
            f"{TARGET_BATCH_PPS:,.0f} posts/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
