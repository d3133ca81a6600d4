"""The reports an audit keeps: one private folder per run under the data folder.

Shared by ``postcheck audit`` and the web page, so both write the same files:
``reports/<run-id>/report.html``, ``findings.csv`` and ``findings.jsonl``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

REPORT_FILES = (("report.html", "html"), ("findings.csv", "csv"), ("findings.jsonl", "jsonl"))


def reports_root() -> Path:
    from postcheck.config import data_dir

    return data_dir() / "reports"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def totals(store, run_ids: list[str]) -> dict:
    """Counts over runs: by severity (names), open, new, posts, decisions, still there."""
    from postcheck.model.finding import SEVERITIES

    out = {"by_severity": {}, "open_by_severity": {}, "new": 0, "posts": 0, "decided": {},
           "still_there": 0, "first_audit": bool(run_ids)}
    for rid in run_ids:
        s = store.run_summary(rid)
        for key in ("by_severity", "open_by_severity", "decided"):
            for k, v in s[key].items():
                name = SEVERITIES[k] if key == "by_severity" else k
                out[key][name] = out[key].get(name, 0) + v
        for key in ("new", "posts", "still_there"):
            out[key] += s[key]
        out["first_audit"] = out["first_audit"] and s["first_audit"]
    return out


def runs_meta(results) -> list[dict]:
    return [{"run_id": r.run_id, "display": r.display, "platform": r.platform,
             "status": r.status, "posts_read": r.counters.get("items", 0),
             "checked": r.counters.get("checked", 0), "issues": r.issues,
             "error": r.error} for r in results]


def html_meta(pack, meta: list[dict], total: dict, results, provenance: dict | None = None) -> dict:
    notes = []
    if provenance:
        notes.append(f"Run by {provenance.get('run_by', 'unknown')} with postcheck {_version()} and the "
                     f"{pack.id} pack {pack.version}, engine: {provenance.get('engine', 'process')}.")
    for r in results:
        if r.status == "unreadable":
            notes.append(f"Could not be read: {r.error}")
        elif r.status == "stopped":
            notes.append(f"Reading stopped early ({r.display}): {r.error}")
        for issue in r.issues:
            notes.append(f"{r.display}: {issue}")
        if not r.me and r.counters.get("dm_senders", 0) > 1:
            notes.append(f"{r.display}: messages from every sender were checked (no --me NAME given); "
                         "each finding names its sender.")
    return {"title": "postcheck audit report",
            "generated": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
            "runs": meta, "by_severity": total.get("by_severity", {}),
            "new": total.get("new", 0), "still_there": total.get("still_there", 0), "notes": notes}


def _version() -> str:
    from postcheck import __version__

    return __version__


def records(store, pack, run_ids: list[str]) -> Iterator[dict]:
    """The report records (post + findings + delete help) of runs, ranked."""
    from postcheck.report import audit_files

    for post, findings in store.iter_run_posts(run_ids):
        yield audit_files.post_record(post, findings, pack)


def write_run_reports(store, pack, results: Iterable, provenance: dict | None = None) -> list[str]:
    """Write each finished run's report files into its own folder; return the folders."""
    from postcheck.report import audit_files

    results = list(results)
    meta_all = runs_meta(results)
    folders = []
    for r in results:
        if not r.run_id:
            continue
        folder = private_dir(reports_root()) / r.run_id
        private_dir(folder)
        mine = [m for m in meta_all if m["run_id"] == r.run_id]
        meta = html_meta(pack, mine, totals(store, [r.run_id]), [r], provenance)
        env = audit_files.audit_envelope(pack, mine, provenance)
        for name, kind in REPORT_FILES:
            audit_files.write_report(folder / name, kind, records(store, pack, [r.run_id]),
                                     envelope=env, pack=pack, meta=meta)
        folders.append(str(folder))
    return folders
