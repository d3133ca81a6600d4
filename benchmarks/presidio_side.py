"""Microsoft Presidio as a side-by-side baseline, kept out of postcheck's venv.

Presidio is never a dependency of postcheck. It is installed into its own venv,
``/work/main/.venv-bench`` (git-ignored by ``.venv-*/``), on first use, and run there in a
subprocess (``presidio_worker.py``), so postcheck's ``.venv`` stays clean.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_VENV = ROOT / ".venv-bench"
BENCH_PY = BENCH_VENV / "bin" / "python"
WORKER = Path(__file__).resolve().parent / "presidio_worker.py"
# Pinned so the comparison is reproducible; the release measured in DEPENDENCY-NOTES.md §1.
PRESIDIO_REQ = "presidio-analyzer==2.2.366"
STAMP = BENCH_VENV / "postcheck-bench-install.json"


def _du_mb(path: Path) -> float:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for f in files:
            fp = os.path.join(dirpath, f)
            if not os.path.islink(fp):
                try:
                    total += os.path.getsize(fp)
                except OSError:
                    pass
    return total / 1e6


def _base_python() -> str:
    """The interpreter the venv is built from: plain python3, not postcheck's venv."""
    return shutil.which("python3") or getattr(sys, "_base_executable", None) or sys.executable


def ensure_venv(log=print) -> dict:
    """Create .venv-bench with Presidio if it is missing. Returns the install record.

    The record (install seconds, venv size, versions) is kept in the venv itself, so later
    runs report what the first install cost.
    """
    if STAMP.exists() and BENCH_PY.exists():
        return json.loads(STAMP.read_text())
    if BENCH_VENV.exists():
        shutil.rmtree(BENCH_VENV)  # half-made by an interrupted run
    log(f"creating {BENCH_VENV.name} and installing {PRESIDIO_REQ} (first run only, about a minute)...")
    t0 = time.perf_counter()
    subprocess.run([_base_python(), "-m", "venv", str(BENCH_VENV)], check=True)
    empty_mb = _du_mb(BENCH_VENV)
    t1 = time.perf_counter()
    proc = subprocess.run(
        [str(BENCH_PY), "-m", "pip", "install", "--disable-pip-version-check", "-q", PRESIDIO_REQ],
        capture_output=True, text=True)
    t2 = time.perf_counter()
    if proc.returncode != 0:
        shutil.rmtree(BENCH_VENV, ignore_errors=True)
        raise RuntimeError("pip install of Presidio failed: " + (proc.stderr or proc.stdout).strip()[-800:])
    versions = subprocess.run(
        [str(BENCH_PY), "-c",
         "import importlib.metadata as m, json; print(json.dumps({p: m.version(p) for p in "
         "('presidio-analyzer', 'spacy', 'phonenumbers', 'tldextract', 'numpy')}))"],
        capture_output=True, text=True, check=True).stdout
    record = {
        "requirement": PRESIDIO_REQ,
        "venv_seconds": round(t1 - t0, 1),
        "pip_install_seconds": round(t2 - t1, 1),
        "venv_mb_total": round(_du_mb(BENCH_VENV), 1),
        "venv_mb_empty": round(empty_mb, 1),
        "versions": json.loads(versions),
        "python": subprocess.run([str(BENCH_PY), "-c", "import sys; print(sys.version.split()[0])"],
                                 capture_output=True, text=True).stdout.strip(),
        "installed_at": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    STAMP.write_text(json.dumps(record, indent=2))
    log(f"installed in {record['pip_install_seconds']} s; .venv-bench is {record['venv_mb_total']:.0f} MB")
    return record


def run_worker(dataset: Path, limit: int | None, repeats: int, out_json: Path, timeout: float = 600) -> dict:
    """Run Presidio's analyzer over the dataset in the bench venv; return its JSON report."""
    cmd = [str(BENCH_PY), str(WORKER), str(dataset), str(out_json), "--repeats", str(repeats)]
    if limit:
        cmd += ["--limit", str(limit)]
    env = dict(os.environ)
    # tldextract (used by Presidio's email recogniser) keeps its cache here, not in ~.
    env["TLDEXTRACT_CACHE"] = str(out_json.parent / "tldextract-cache")
    # ... and never fetches the public-suffix list: it uses the snapshot in its wheel.
    env["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"Presidio worker failed ({proc.returncode}): {proc.stderr.strip()[-1500:]}")
    return json.loads(out_json.read_text())
