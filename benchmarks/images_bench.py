"""Image checks (issue 7): metadata-only rate, full check time per 12-megapixel photo, and an
audit of an export full of photos (workers read the photos themselves; memory per worker).

    .venv/bin/python benchmarks/images_bench.py [--quick]

Prints Markdown tables. All images are generated (tests/images/imagegen.py): 12 MP means
4000×3000 JPEG at quality 90 (about 1–3 MB, like a phone photo), with EXIF (GPS, device,
capture time) and, for half of them, an embedded thumbnail.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "images"))
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "archives"))

import imagegen as g  # noqa: E402


def photo_12mp(seed: int, *, text: bool = False, faces: bool = False, thumb: bool = False) -> bytes:
    im = g.scene(4000, 3000, seed=seed)
    if faces:   # drawn faces, softened as a camera would (see imagegen.faces_photo)
        from PIL import ImageFilter

        for cx, cy, s in ((1200, 1700, 380), (2800, 1650, 300)):
            g.face(im, cx, cy, s)
        im = im.filter(ImageFilter.GaussianBlur(8))
    if text:   # a sharp label (a board or a wristband near the camera)
        im = g.label(im, ["Jane Smith  DOB 03/04/1941", "NHS 943 476 5919", "Ward 7 bed 12"], at=(600, 300), size=110)
    ex = g.exif(gps=(51.5 + seed / 1e4, -0.13), make="Apple", model="iPhone 15", taken="2026:03:04 14:05:00")
    if thumb:
        with tempfile.TemporaryDirectory() as tmp:
            p = g.with_thumbnail(im, im, Path(tmp) / "t.jpg")
            return p.read_bytes()
    return g.jpeg_bytes(im, exif=ex, quality=90)


def bench_meta(n: int) -> dict:
    from postcheck.api import Checker
    from postcheck.images import check_image

    checker = Checker()
    photos = [photo_12mp(i, thumb=i % 2 == 1) for i in range(8)]
    check_image(checker, data=photos[0], name="warm.jpg", level="meta")
    times = []
    t0 = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        check_image(checker, data=photos[i % len(photos)], name=f"p{i}.jpg", level="meta")
        times.append(time.perf_counter() - t)
    wall = time.perf_counter() - t0
    with_thumb = [t for i, t in enumerate(times) if i % len(photos) % 2 == 1]
    without = [t for i, t in enumerate(times) if i % len(photos) % 2 == 0]
    return {"n": n, "rate": n / wall, "p50_ms": statistics.median(times) * 1000,
            "p50_thumb_ms": statistics.median(with_thumb) * 1000, "p50_plain_ms": statistics.median(without) * 1000,
            "bytes": statistics.mean(len(p) for p in photos)}


def bench_full(repeat: int) -> list[dict]:
    from postcheck.api import Checker
    from postcheck.images import _SEEN, check_image

    checker = Checker()
    kinds = {"text on a label": photo_12mp(101, text=True), "two faces": photo_12mp(102, faces=True),
             "no text, no faces": photo_12mp(103), "text and faces": photo_12mp(104, text=True, faces=True)}
    t = time.perf_counter()
    check_image(checker, data=kinds["text on a label"], name="warm.jpg")       # loads the models
    first = time.perf_counter() - t
    rows = []
    for name, data in kinds.items():
        times = []
        for _ in range(repeat):
            _SEEN.clear()                                  # no cache: the cost of a new photo
            t = time.perf_counter()
            found, info = check_image(checker, data=data, name=f"{name}.jpg", caption="Our patient today")
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        check_image(checker, data=data, name=f"{name}.jpg", caption="Another caption")
        again = time.perf_counter() - t
        rows.append({"kind": name, "median_s": statistics.median(times), "max_s": max(times), "again_ms": again * 1000,
                     "faces": info.faces, "text": bool(info.text), "findings": len(found)})
    return [{"first_s": first}] + rows


def bench_audit(n_photos: int, level: str, workers: int) -> dict:
    import generate as gen

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tweets, media = [], {}
        for i in range(n_photos):
            tid = str(1700000000000000000 + i)
            tweets.append(gen.tweet(tid, f"2024-0{1 + i % 9}-1{i % 10} 08:00:00", "Great day out" if i % 3 else ""))
            media[f"{tid}-p.jpg"] = photo_12mp(1000 + i % 12, text=i % 4 == 0, faces=i % 5 == 0)
        folder = gen.x_archive(tmp / "x", tweets=tweets, media_files=media)
        archive = gen.zip_dir(folder, tmp / "photos.zip")
        env = {**os.environ, "POSTCHECK_HOME": str(tmp / "home")}
        cmd = [sys.executable, "-m", "postcheck", "audit", str(archive), "--images", level, "--workers", str(workers),
               "--store", str(tmp / "s.sqlite3"), "--progress", "never", "--format", "json"]
        t = time.perf_counter()
        run = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, env=env)
        wall = time.perf_counter() - t
        rss = [int(line.split(":")[1]) for line in run.stderr.splitlines() if "Maximum resident set size" in line]
        out = json.loads(run.stdout)
        findings = sum(len(r["findings"]) for r in out["results"])
        return {"photos": n_photos, "level": level, "workers": workers, "wall": wall, "rate": n_photos / wall,
                "peak_rss_mib": (rss[0] / 1024) if rss else None, "findings": findings,
                "zip_mb": archive.stat().st_size / 1e6 if archive.exists() else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"load {os.getloadavg()[0]:.2f}\n")
    m = bench_meta(100 if args.quick else 400)
    print("### Metadata only (Pillow; 12 MP JPEG from memory; target ≥ 200 images/s)\n")
    print("| images | images/s | p50 ms | p50 ms, with an embedded thumbnail compared | p50 ms, without | mean file MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {m['n']} | {m['rate']:,.0f} | {m['p50_ms']:.1f} | {m['p50_thumb_ms']:.1f} | {m['p50_plain_ms']:.1f} | {m['bytes'] / 1e6:.1f} |\n")
    from postcheck.images.vision import available

    if all(available()):
        rows = bench_full(2 if args.quick else 3)
        print("### Full check of one 12 MP photo (metadata + OCR + faces; target ≤ 1 s on 2 cores)\n")
        print(f"First photo after start-up (loads the OCR and face models): {rows[0]['first_s']:.2f} s\n")
        print("| photo | median s | max s | same photo again, new caption (ms) | faces | text found | findings |")
        print("|---|---:|---:|---:|---:|---|---:|")
        for r in rows[1:]:
            print(f"| {r['kind']} | {r['median_s']:.2f} | {r['max_s']:.2f} | {r['again_ms']:.0f} | {r['faces']} | "
                  f"{'yes' if r['text'] else 'no'} | {r['findings']} |")
        print()
    else:
        print("(full checks skipped: install postcheck[images])\n")
    n = 24 if args.quick else 60
    print(f"### Audit of an X export with {n} 12 MP photos (workers read each photo from the zip themselves)\n")
    print("| --images | workers | wall s | photos/s | peak RSS (largest process) MiB | findings | zip MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for level in ("meta", "full"):
        if level == "full" and not all(available()):
            continue
        r = bench_audit(n, level, 2)
        print(f"| {level} | {r['workers']} | {r['wall']:.1f} | {r['rate']:.1f} | "
              f"{r['peak_rss_mib']:.0f} | {r['findings']} | {r['zip_mb']:.0f} |")


if __name__ == "__main__":
    main()
