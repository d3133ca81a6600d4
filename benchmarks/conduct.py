"""Quality and speed of the conduct checks (issue 4), in one command:

    .venv/bin/python benchmarks/conduct.py [--shared ../shared] [--quick] [--no-baseline]

Prints, as plain tables:

1. per-standard fixtures (tests/fixtures/quality/standards/*.jsonl): precision, recall and the
   false-flag rate on acceptable posts, where "flagged" = a non-info finding citing the standard;
2. HateCheck (../shared/eval/hatecheck, measurement only): accuracy overall, on hateful and
   non-hateful cases and per functionality, where "predicted hateful" = a non-info finding
   citing 1.6; the three abusive-but-not-hateful target_* tests are shown apart;
3. COVID-19 rumours (../shared/eval/covid-rumor, both files): precision and recall of findings
   citing 2.11 on false (F) vs true (T) claims, unverified (U) reported apart; on all items
   and on a health subset chosen by a keyword rule fixed before scoring (HEALTH_RE below);
4. alt-profanity-check (installed only in .venv-bench) on the same HateCheck cases, side by
   side, with posts/s for both;
5. speed: per-draft latency (p50/p95) and posts/s on one core and on a 2-process pool.

Nothing here trains or tunes anything: thresholds live in the pack and the model files.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from postcheck.api import Checker  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "quality" / "standards"
# written blind by another author (never read the rules): the honest per-standard estimate
HOLDOUT = REPO / "tests" / "fixtures" / "quality" / "standards_holdout"
HOLDOUT2 = REPO / "tests" / "fixtures" / "quality" / "standards_holdout2"
HOLDOUT3 = REPO / "tests" / "fixtures" / "quality" / "standards_holdout3"
HOLDOUT4 = REPO / "tests" / "fixtures" / "quality" / "standards_holdout4"
HOLDOUT5 = REPO / "tests" / "fixtures" / "quality" / "standards_holdout5"
BENCH_PY = REPO / ".venv-bench" / "bin" / "python"
# Health subset of the rumour set: written down before scoring, from the SOURCE.md advice.
import re  # noqa: E402

HEALTH_RE = re.compile(
    r"\b(?:vaccin\w*|jabs?|cure[sd]?|curing|treat\w*|remed\w*|prevent\w*|protect\w*|kill\w* the (?:virus|coronavirus)|"
    r"immun\w*|symptoms?|drugs?|medic\w*|pills?|tablets?|hospitals?|masks?|disinfect\w*|bleach|sanitiz\w*|"
    r"sanitis\w*|tests?|testing|infect\w*|transmi\w*|spread\w*|vitamin\w*|garlic|drink\w*|gargl\w*|breath\w*|"
    r"5g|chloroquine|hydroxychloroquine|antibiotic\w*|heat|temperature|sun|doctors?|nurses?|patients?|deaths?|"
    r"die[sd]?|lungs?|flu)\b", re.I)

_CHECKER: Checker | None = None


def checker() -> Checker:
    global _CHECKER
    if _CHECKER is None:
        _CHECKER = Checker()
    return _CHECKER


def cites(result, standard: str) -> bool:
    return any(standard in f.standards and f.severity != "info" for f in result.findings)


def table(headers, rows, title=None):
    if title:
        print(f"\n## {title}\n")
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h))
              for i, h in enumerate(headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))


def pct(x):
    return f"{100 * x:.1f}%"


# ------------------------------------------------------------------------------------------
def usable_context(ctx: dict | None) -> dict:
    """The post's context without fields postcheck does not accept (a blind author may write
    audience "followers" or platform "threads"): those fall back to postcheck's defaults."""
    from postcheck.model.context import Context, ContextError

    out = {}
    for key, value in (ctx or {}).items():
        try:
            Context.from_mapping({key: value})
        except ContextError:
            continue
        out[key] = value
    return out


def fixtures(folder: Path = FIXTURES, title: str = "Per-standard fixtures (written by the project; goal recall >= 0.85, false flags <= 8%)",
             show: bool = True):
    ch = checker()
    rows = []
    all_ok = all_ok_flagged = all_flag = all_hit = 0
    misses = []
    for path in sorted(folder.glob("*.jsonl"), key=lambda p: [int(x) for x in p.stem.split(".")]):
        std = path.stem
        tp = fn = fp = tn = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            res = ch.check(item["text"], usable_context(item.get("context")))
            hit = cites(res, std)
            if item["label"] == "flag":
                tp += hit
                fn += not hit
                if not hit:
                    misses.append((std, "missed", item["text"]))
            else:
                fp += hit
                tn += not hit
                if hit:
                    misses.append((std, "false flag", item["text"]))
        all_ok += fp + tn
        all_ok_flagged += fp
        all_flag += tp + fn
        all_hit += tp
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        rows.append((std, tp + fn, fp + tn, f"{p:.2f}", f"{r:.2f}", pct(fp / (fp + tn) if fp + tn else 0)))
    if not rows:
        return
    table(("standard", "flag posts", "ok posts", "precision", "recall", "false flags on ok"), rows, title)
    print(f"\nall breaches: {all_hit}/{all_flag} found ({pct(all_hit / max(all_flag, 1))}); "
          f"all acceptable posts: {all_ok_flagged}/{all_ok} flagged ({pct(all_ok_flagged / max(all_ok, 1))})")
    if show:
        for std, what, text in misses:
            print(f"  {std} {what}: {text}")


# ------------------------------------------------------------------------------------------
def hatecheck(shared: Path, limit: int | None):
    path = shared / "eval" / "hatecheck" / "test_suite_cases.csv"
    if not path.is_file():
        print("\n(HateCheck not found; skipped)")
        return None
    with open(path, encoding="utf-8") as fh:
        cases = list(csv.DictReader(fh))
    if limit:
        cases = cases[::max(1, len(cases) // limit)]
    ch = checker()
    preds = []
    t0 = time.perf_counter()
    for c in cases:
        res = ch.check(c["test_case"].strip())
        preds.append(cites(res, "1.6"))
    elapsed = time.perf_counter() - t0
    summarise_hatecheck(cases, preds, "postcheck")
    return cases, preds, len(cases) / elapsed


def summarise_hatecheck(cases, preds, name):
    by_func = defaultdict(lambda: [0, 0])
    hate = [0, 0]
    nonhate = [0, 0]
    core = [0, 0]
    for c, p in zip(cases, preds):
        gold = c["label_gold"] == "hateful"
        ok = p == gold
        by_func[c["functionality"]][0] += ok
        by_func[c["functionality"]][1] += 1
        (hate if gold else nonhate)[0] += ok
        (hate if gold else nonhate)[1] += 1
        if not c["functionality"].startswith("target_"):
            core[0] += ok
            core[1] += 1
    total = hate[0] + nonhate[0], hate[1] + nonhate[1]
    rows = [("overall (all 29 tests)", total[1], pct(total[0] / total[1])),
            ("overall without the 3 target_* tests", core[1], pct(core[0] / core[1])),
            ("hateful cases", hate[1], pct(hate[0] / hate[1])),
            ("non-hateful cases", nonhate[1], pct(nonhate[0] / nonhate[1]))]
    table(("HateCheck: " + name, "n", "accuracy"), rows,
          f"HateCheck — {name} (predicted hateful = non-info finding citing 1.6)")
    rows = [(f, n, pct(k / n), "" if not f.endswith("_nh") else ("<75%" if k / n < 0.75 else ""))
            for f, (k, n) in sorted(by_func.items(), key=lambda kv: (kv[0].endswith("_nh"), kv[0]))]
    table(("functionality", "n", "accuracy", "note"), rows)


def baseline(cases, shared: Path):
    if not BENCH_PY.is_file():
        print("\n(.venv-bench not found: alt-profanity-check baseline skipped)")
        return None
    if subprocess.run([str(BENCH_PY), "-c", "import profanity_check"], capture_output=True).returncode != 0:
        # the baseline lives only in .venv-bench (benchmarks/run.py creates it for Presidio)
        subprocess.run([str(BENCH_PY), "-m", "pip", "install", "-q", "alt-profanity-check==1.9.1"],
                       capture_output=True, text=True, timeout=600)
    code = r"""
import json, sys, time
from profanity_check import predict_prob
texts = json.load(sys.stdin)
predict_prob(["warm up"])
t = time.perf_counter()
probs = predict_prob(texts)
batched = len(texts) / (time.perf_counter() - t)
t = time.perf_counter()
for x in texts[:300]:
    predict_prob([x])
single = 300 / (time.perf_counter() - t)
json.dump({"probs": [float(p) for p in probs], "batched": batched, "single": single}, sys.stdout)
"""
    texts = [c["test_case"].strip() for c in cases]
    out = subprocess.run([str(BENCH_PY), "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                         timeout=600)
    if out.returncode != 0:
        print("\n(alt-profanity-check failed: " + out.stderr.strip().splitlines()[-1] + ")")
        return None
    data = json.loads(out.stdout)
    preds = [p >= 0.5 for p in data["probs"]]
    summarise_hatecheck(cases, preds, "alt-profanity-check 1.9.1 (prob >= 0.5; baseline only, never shipped)")
    return data


# ------------------------------------------------------------------------------------------
def covid(shared: Path):
    folder = shared / "eval" / "covid-rumor"
    if not folder.is_dir():
        print("\n(COVID rumour set not found; skipped)")
        return
    items = []
    with open(folder / "twitter.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            items.append(("twitter", r["label"].strip(), r["content"]))
    with open(folder / "news.csv", encoding="utf-8-sig") as fh:
        for row in csv.reader(fh):
            if len(row) >= 3:
                label = row[1].strip()
                items.append(("news", "U" if label.startswith("U") else label, row[2]))
    ch = checker()
    stats = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for src, label, text in items:
        if not text.strip():
            continue
        res = ch.check(text[:100_000])
        hit = cites(res, "2.11")
        health = bool(HEALTH_RE.search(text))
        for subset in ("all", "health") if health else ("all",):
            for s in (src, "both"):
                stats[(s, subset)][label][0] += hit
                stats[(s, subset)][label][1] += 1
    rows = []
    for (src, subset), by in sorted(stats.items()):
        f_hit, f_n = by["F"]
        t_hit, t_n = by["T"]
        u_hit, u_n = by["U"]
        precision = f_hit / (f_hit + t_hit) if f_hit + t_hit else float("nan")
        rows.append((src, subset, f_n, t_n, f"{precision:.3f}", f"{f_hit / max(f_n, 1):.3f}",
                     pct(t_hit / max(t_n, 1)), f"{u_hit}/{u_n}"))
    table(("file", "subset", "F", "T", "precision (F vs T)", "recall on F", "T flagged", "U flagged"), rows,
          "COVID-19 rumours — findings citing 2.11 (goal: precision >= 0.9, T flagged <= 5%, recall >= 0.3)")
    # Individual items of the evaluation set are never printed: it is a yardstick, not a
    # source of rules (only the aggregate figures above are).


def check_covid_control(shared: Path):
    """False-flag control on Check-COVID (../shared/data, MIT): claims from US news about COVID-19
    science, each SUPPORTed or REFUTEd by a paper's abstract. Supported claims are accurate
    reporting, which 2.11 must leave alone; refuted ones are mostly small factual slips (a wrong
    number or direction), not misinformation narratives, so their flag rate is only context."""
    folder = shared / "data" / "check-covid"
    paths = [folder / "dev" / "covidCheck_dev_composed+extracted.json", folder / "test" / "covidCheck_test_composed.json",
             folder / "test" / "covidCheck_test_extracted.json"]
    if not all(p.is_file() for p in paths):
        print("\n(Check-COVID not found: control skipped)")
        return
    ch = checker()
    counts = defaultdict(lambda: [0, 0])
    # dev and test splits only: the standards model trains on the train split's accurate claims
    for line in "\n".join(p.read_text(encoding="utf-8") for p in paths).splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        hit = cites(ch.check(item["claim"]), "2.11")
        for key in (item["label"], "journalist-written" if item.get("is_auth") else "annotator-written"):
            counts[key][0] += hit
            counts[key][1] += 1
    rows = [(k, n, h, pct(h / max(n, 1))) for k, (h, n) in sorted(counts.items())]
    table(("Check-COVID claims", "n", "flagged 2.11", "share"), rows,
          "False-flag control: Check-COVID news claims, dev + test splits (training-data licence, MIT; SUPPORT = accurate)")


# ------------------------------------------------------------------------------------------
def _worker(texts):
    ch = Checker()
    t = time.perf_counter()
    for x in texts:
        ch.check(x)
    return len(texts), time.perf_counter() - t


def speed(texts: list[str], baseline_data):
    ch = checker()
    for x in texts[:50]:
        ch.check(x)
    lat = []
    for x in texts:
        t = time.perf_counter()
        ch.check(x)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    p50 = statistics.median(lat)
    p95 = lat[int(0.95 * (len(lat) - 1))]
    one = len(texts) / (sum(lat) / 1000)
    chunks = [texts[i::2] for i in range(2)]
    t = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        done = list(pool.map(_worker, chunks))
    wall = time.perf_counter() - t
    two = len(texts) / wall
    steady = len(texts) / max(elapsed for _, elapsed in done)  # both workers busy, after start-up
    rows = [("postcheck, one draft at a time (1 core)", f"{p50:.2f}", f"{p95:.2f}", f"{lat[-1]:.1f}", f"{one:,.0f}"),
            ("postcheck, 2-process pool, wall time incl. start-up and pack load", "", "", "", f"{two:,.0f}"),
            ("postcheck, 2-process pool, steady state (checking only)", "", "", "", f"{steady:,.0f}")]
    if baseline_data:
        rows.append(("alt-profanity-check, batched (1 core)", "", "", "", f"{baseline_data['batched']:,.0f}"))
        rows.append(("alt-profanity-check, one text per call", "", "", "", f"{baseline_data['single']:,.0f}"))
    table(("speed on %d posts (full HCPC pack, all rules)" % len(texts), "p50 ms", "p95 ms", "max ms", "posts/s"),
          rows, "Speed (goal: p95 <= 30 ms per draft, >= 1,000 posts/s on 2 cores)")


def main(argv=None):
    ap = argparse.ArgumentParser(description="conduct-check quality and speed tables")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--quick", action="store_true", help="sample 600 HateCheck cases")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--holdout-errors", action="store_true",
                    help="also list the blind holdout's misses (only after its first, blind measurement is recorded)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    print("# postcheck conduct benchmark")
    fixtures()
    fixtures(HOLDOUT, "First per-standard holdout (tests/fixtures/quality/standards_holdout: blind when first measured, "
             "trained on since; a regression set now)", show=args.holdout_errors)
    fixtures(HOLDOUT2, "Per-standard holdouts 2 and 3 (blind when first measured; their errors were read and the model "
             "is trained on them since: regression sets now)", show=args.holdout_errors)
    fixtures(HOLDOUT3, "Per-standard holdout 3 (regression set, see above)", show=args.holdout_errors)
    fixtures(HOLDOUT4, "Per-standard holdout 4 (blind when first measured; errors read since, never trained on)",
             show=args.holdout_errors)
    fixtures(HOLDOUT5, "Blind per-standard holdout 5 (tests/fixtures/quality/standards_holdout5, written by an author who "
             "never read the rules or the training posts; never trained on, errors unread; goal recall >= 0.85, "
             "false flags <= 8%)", show=args.holdout_errors)
    hc = hatecheck(shared, 600 if args.quick else None)
    base = None
    if hc and not args.no_baseline:
        base = baseline(hc[0], shared)
    covid(shared)
    check_covid_control(shared)
    texts = [c["test_case"].strip() for c in hc[0]] if hc else []
    for path in FIXTURES.glob("*.jsonl"):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    if texts:
        speed(texts[:4000], base)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
