"""Web page and HTTP API speed: how soon findings appear after typing, and a 10,000-finding audit.

    .venv/bin/python benchmarks/web_bench.py            # about 1-2 minutes on 2 cores
    .venv/bin/python benchmarks/web_bench.py --quick

1. ``POST /api/v1/check`` over real HTTP on 127.0.0.1 (uvicorn, the same app ``postcheck serve``
   runs), drafts of 40-600 characters with random contexts: latency per request (client
   side, keep-alive). The page waits DEBOUNCE_MS after the last keystroke, so "first findings
   on screen" = debounce + request + render.
2. In headless Chromium (Debian's, when installed): type each draft into the page; measure from
   the last keystroke's ``input`` event to the moment the verdict and findings are in the DOM
   (MutationObserver), i.e. everything the user waits for.
3. A 10,000-finding audit: a synthetic X archive is audited with the CLI into a fresh store
   (``--select C``), then the review list's API pages (first, filtered, deep) are timed, and in
   the browser the audit page is loaded and paged.

Prints a Markdown table and writes it to benchmarks/out/web.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import audit_bench  # noqa: E402
import synth_posts  # noqa: E402

TARGET_MS = 150
DEBOUNCE_WAIT_MS = 120


def debounce_ms() -> int:
    import re

    js = (REPO / "src" / "postcheck" / "web" / "static" / "app.js").read_text()
    return int(re.search(r"const DEBOUNCE_MS = (\d+)", js).group(1))


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def serve(app):
    from postcheck.web.server import serve_in_thread

    server, _, url = serve_in_thread(app)
    return server, int(url.rsplit(":", 1)[1])


def api_latency(port: int, n: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/api/v1/session")
    csrf = json.loads(conn.getresponse().read())["csrf"]
    rng = random.Random(150)
    drafts = []
    for _ in range(n + 30):
        lo, hi = synth_posts.length_mix(rng)
        drafts.append((synth_posts.make_post(rng, lo, hi), synth_posts.make_context(rng)))
    times = []
    for i, (text, ctx) in enumerate(drafts):
        body = json.dumps({"text": text, "context": {k: v for k, v in ctx.items() if v}})
        t = time.perf_counter()
        conn.request("POST", "/api/v1/check", body=body,
                     headers={"Content-Type": "application/json", "X-Postcheck-CSRF": csrf})
        resp = conn.getresponse()
        resp.read()
        if resp.status != 200:
            raise SystemExit(f"check failed: {resp.status}")
        if i >= 30:                          # the first 30 warm up
            times.append((time.perf_counter() - t) * 1000)
    conn.close()
    return {"n": len(times), "p50": pct(times, 50), "p95": pct(times, 95), "max": max(times)}


def chromium() -> str | None:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    return path if path and Path(path).exists() else None


HOOK = """() => {
  window.__pc = [];
  let last = 0;
  document.querySelector('#draft').addEventListener('input', () => { last = performance.now(); });
  new MutationObserver(() => {
    if (last && document.querySelector('#verdict').dataset.verdict) { window.__pc.push(performance.now() - last); last = 0; }
  }).observe(document.querySelector('#verdict'), {childList: true, attributes: true});
}"""


def browser_typing(url: str, n: int) -> dict | None:
    exe = chromium()
    if not exe:
        return None
    from playwright.sync_api import sync_playwright

    rng = random.Random(151)
    drafts = [synth_posts.make_post(rng, 80, 280, risky_share=0.7) for _ in range(n + 3)]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe)
        page = browser.new_page(bypass_csp=True)  # lets wait_for_function evaluate; measurement only
        page.goto(url)
        page.wait_for_selector("body[data-ready='1']")
        page.evaluate(HOOK)
        times = []
        for text in drafts:
            page.fill("#draft", "")
            page.wait_for_timeout(150)
            page.evaluate("window.__pc_before = window.__pc.length")
            page.fill("#draft", text[:-1])          # paste most of it, then type the last key
            page.wait_for_timeout(20)
            page.locator("#draft").press("End")
            page.keyboard.type(text[-1])
            page.wait_for_function("window.__pc.length > window.__pc_before", timeout=10_000)
            page.wait_for_timeout(DEBOUNCE_WAIT_MS)   # let any later update land too
            times.append(page.evaluate("window.__pc[window.__pc.length - 1]"))
        version = browser.version
        browser.close()
    times = times[3:]                                  # the first three warm up
    return {"n": len(times), "p50": pct(times, 50), "p95": pct(times, 95), "max": max(times),
            "version": version}


def big_audit(n_posts: int, store: Path, home: Path) -> dict:
    archive = audit_bench.archive_for(n_posts)
    env = {**os.environ, "POSTCHECK_HOME": str(home)}
    t = time.perf_counter()
    proc = subprocess.run([str(REPO / ".venv" / "bin" / "postcheck"), "audit", str(archive), "--store", str(store),
                           "--select", "C", "--format", "json", "--progress", "never", "--fail-on", "never"],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr)
    return {"posts": n_posts, "audit_s": time.perf_counter() - t}


def api_pages(port: int, reps: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port)

    def get(path):
        t = time.perf_counter()
        conn.request("GET", path)
        resp = conn.getresponse()
        data = json.loads(resp.read())
        return (time.perf_counter() - t) * 1000, data

    _, first = get("/api/v1/findings?limit=25")
    total = first["total"]
    out = {"total": total}
    for name, path in (("first page", "/api/v1/findings?limit=25"),
                       ("filtered (high, 5.1, one year)",
                        "/api/v1/findings?limit=25&severity=high&standard=5.1&year=2015"),
                       ("deep page (offset 9,000)", "/api/v1/findings?limit=25&offset=9000"),
                       ("decided only", "/api/v1/findings?limit=25&status=closed")):
        times = [get(path)[0] for _ in range(reps)]
        out[name] = statistics.median(times)
    conn.close()
    return out


def browser_review(url: str) -> dict | None:
    exe = chromium()
    if not exe:
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe)
        page = browser.new_page(bypass_csp=True)  # lets wait_for_function evaluate; measurement only
        t = time.perf_counter()
        page.goto(url + "/#audit")
        page.wait_for_selector("#review-list > li")
        load = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        page.click("#page-next")
        page.wait_for_function("document.querySelector('#review-count').textContent.startsWith('Showing 26')")
        nxt = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        page.select_option("#f-severity", "high")
        page.wait_for_function("document.querySelector('#review-count').textContent.startsWith('Showing 1–')")
        filt = (time.perf_counter() - t) * 1000
        items = page.locator("#review-list > li").count()
        browser.close()
    return {"load_ms": load, "next_ms": nxt, "filter_ms": filt, "items_on_page": items}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n_api = 200 if args.quick else 1000
    n_browser = 10 if args.quick else 30
    n_posts = 70_000
    from postcheck.web.server import ServeConfig, create_app

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pc-web-bench-"))
    os.environ["POSTCHECK_HOME"] = str(tmp / "home")
    rows = []
    try:
        app = create_app(ServeConfig(store_path=str(tmp / "empty.sqlite3"), workers=1))
        server, port = serve(app)
        lat = api_latency(port, n_api)
        DEBOUNCE_MS = debounce_ms()
        rows.append(("`POST /api/v1/check`, one draft (real HTTP)", f"{lat['n']}",
                     f"{lat['p50']:.1f} ms", f"{lat['p95']:.1f} ms", f"{lat['max']:.1f} ms", ""))
        total = DEBOUNCE_MS + lat["p95"]
        rows.append((f"debounce ({DEBOUNCE_MS} ms) + p95 request", "", "", f"{total:.0f} ms", "",
                     "met" if total <= TARGET_MS else "not met"))
        br = browser_typing(f"http://127.0.0.1:{port}/", n_browser)
        if br:
            rows.append((f"in Chromium {br['version']}: last keystroke → findings on screen", f"{br['n']}",
                         f"{br['p50']:.0f} ms", f"{br['p95']:.0f} ms", f"{br['max']:.0f} ms",
                         "met" if br["p95"] <= TARGET_MS else "not met"))
        server.should_exit = True

        store = tmp / "big.sqlite3"
        audit = big_audit(n_posts, store, tmp / "home")
        app = create_app(ServeConfig(store_path=str(store), workers=1))
        server, port = serve(app)
        pages = api_pages(port, 5 if args.quick else 15)
        rev = browser_review(f"http://127.0.0.1:{port}")
        server.should_exit = True
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    lines = ["| measurement | n | p50 | p95 | max | target ≤ 150 ms |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines += ["", f"Review list on a {pages['total']:,}-finding store (an audit of {audit['posts']:,} synthetic "
              f"posts, `--select C`, {audit['audit_s']:.0f} s), median of repeated requests:", "",
              "| request | median |", "|---|---|"]
    for k, v in pages.items():
        if k != "total":
            lines.append(f"| `GET /api/v1/findings`: {k} | {v:.0f} ms |")
    if rev:
        lines += [f"| in Chromium: open the audit page until the first {rev['items_on_page']} findings show | "
                  f"{rev['load_ms']:.0f} ms |",
                  f"| in Chromium: next page | {rev['next_ms']:.0f} ms |",
                  f"| in Chromium: filter by severity | {rev['filter_ms']:.0f} ms |"]
    text = "\n".join(lines)
    print(text)
    (OUT / "web.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
