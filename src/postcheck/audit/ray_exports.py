"""``postcheck audit --many … --engine ray``: whole exports parsed *and* checked on the cluster.

With one export, Ray only spreads the checking (the driver reads the export: ``ray_pool``).
With many, each export is one Ray task (one CPU): the task opens the export on its node,
parses it, checks every item (an inline Checker) and streams back batches of results; the
driver writes each batch into the review store in its own transaction with the run's
checkpoint, exactly as a local audit does, so results, resumption and decisions are the same.
Several exports run at once (as many as the cluster has CPUs), each written by its own driver
thread with its own store connection.

The exports' paths must be readable on the cluster's nodes (a shared file system); the driver
also opens each export briefly first (to recognise the platform, fingerprint its content and
begin or resume its run).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from .pipeline import ArchiveResult, AuditOptions, Auditor

_END = object()


class _RelayStore:
    """The store as seen by a remote audit: batches go back to the driver, nothing is kept."""

    def __init__(self, out: queue.Queue):
        self.out = out

    def save_batch(self, run_id, posts, findings, *, checkpoint, counters, clean_keys=None):
        self.out.put(("batch", posts, findings, checkpoint, dict(counters), list(clean_keys or [])))

    def known_me(self, platform):   # decided by the driver before the task starts
        return []


def export_task(paths: list[str], display: str, platform: str, me: tuple[str, ...], options: AuditOptions,
                run_id: str, checkpoint: int, counters: dict) -> Iterator[tuple]:
    """Runs on a Ray worker: parse and check one export, yielding ``("batch", …)``,
    ``("issue", message)``, ``("progress", posts)`` and finally ``("end", status, counters, error)``."""
    os.environ.setdefault("POSTCHECK_IMAGE_THREADS", "1")
    from postcheck.importers import ImportOptions, open_archive, platform_module
    from postcheck.store.base import RunState

    out: queue.Queue = queue.Queue(maxsize=4)   # back-pressure: a slow driver slows the task
    opts = replace(options, engine="process", workers=1)
    res = ArchiveResult(display, tuple(paths))

    def work() -> None:
        try:
            auditor = Auditor(_RelayStore(out), opts,
                              progress=lambda _d, posts, _done, _total: out.put(("progress", posts)),
                              on_issue=lambda _d, msg: out.put(("issue", msg)))
            try:
                archive = open_archive([Path(p) for p in paths], limits=opts.limits,
                                       on_issue=lambda issue: out.put(("issue", str(issue))),
                                       options=ImportOptions(me=me, timezone=opts.timezone, date_order=opts.date_order))
            except Exception as exc:  # noqa: BLE001 - reported as this export's error
                out.put(("end", "unreadable", {}, str(exc)))
                return
            try:
                state = RunState(run_id, 0, checkpoint=checkpoint, counters=dict(counters), resumed=checkpoint > 0)
                status = auditor._stream(archive, platform_module(platform), state, res)
            finally:
                archive.close()
                if auditor.pool is not None:
                    auditor.pool.close()
            out.put(("end", status, dict(res.counters), res.error))
        except BaseException as exc:  # noqa: BLE001 - never lose the reason
            out.put(("end", "stopped", dict(res.counters), f"PC-E119 {exc.__class__.__name__}: {exc}"))
        finally:
            out.put(_END)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    while True:
        item = out.get()
        if item is _END:
            break
        yield item
    thread.join()


def audit_many(auditor: Auditor, groups: list[list[str]], displays: list[str] | None) -> list[ArchiveResult]:
    """The driver's side: prepare each export's run, run the exports on the cluster (as many
    at once as there are CPUs), write their batches, finish their runs. Results in input order."""
    from .ray_pool import connect

    ray, owns = connect(auditor.options.workers, auditor.options.ray_address)
    try:
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        remote = ray.remote(num_cpus=1)(export_task)
        results: list[ArchiveResult | None] = [None] * len(groups)
        slots = threading.Semaphore(cpus)
        lock = threading.Lock()
        seen: dict[int, int] = {}
        ended: set[int] = set()

        def progress(index: int, posts: int, finished: bool = False) -> None:
            """One bar for the whole cohort: items read so far, and exports finished of all."""
            with lock:
                seen[index] = posts
                if finished:
                    ended.add(index)
                total = sum(seen.values())
                label = f"{len(groups)} exports on Ray (bar: exports finished)"
            if auditor.progress:
                auditor.progress(label, total, len(ended), len(groups))

        threads = []
        for i, paths in enumerate(groups):
            display = displays[i] if displays else ", ".join(str(p) for p in paths)
            slots.acquire()
            t = threading.Thread(target=_one, args=(auditor, remote, ray, paths, display, results, i, slots, progress),
                                 name=f"postcheck-export-{i}", daemon=True)
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
        return [r for r in results if r is not None]
    finally:
        if owns and ray.is_initialized():
            ray.shutdown()


def _one(auditor: Auditor, remote, ray, paths, display, results, index, slots, progress: Callable) -> None:
    from postcheck.store import open_store

    opts = auditor.options
    where = getattr(auditor.store, "url", None) or getattr(auditor.store, "path", None)
    store = open_store(str(where)) if where else auditor.store    # each thread its own connection
    res = ArchiveResult(display, tuple(str(p) for p in paths))
    try:
        prepared = auditor.prepare(paths, display, res, store=store)
        if prepared is None:
            results[index] = res
            return
        platform, me, state = prepared
        for item in remote.remote([str(p) for p in paths], display, platform, tuple(me), opts,
                                  state.run_id, state.checkpoint, state.counters):
            item = ray.get(item)
            kind = item[0]
            if kind == "batch":
                _, posts, findings, checkpoint, counters, clean = item
                store.save_batch(state.run_id, posts, findings, checkpoint=checkpoint, counters=counters,
                                 clean_keys=clean)
            elif kind == "issue":
                res.issues.append(item[1])
                if auditor.on_issue:
                    auditor.on_issue(display, item[1])
            elif kind == "progress":
                progress(index, item[1])
            elif kind == "end":
                _, status, counters, error = item
                res.counters, res.error = counters, error
                if status == "stopped" and not counters.get("items") and not state.checkpoint:
                    status = "unreadable"
                auditor.finish(state, res, status, store=store)
                progress(index, int(counters.get("items", 0)), True)
        results[index] = res
    except Exception as exc:  # noqa: BLE001 - one export's failure is its own
        res.status, res.error = "unreadable", f"PC-E140 {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        results[index] = res
    finally:
        if store is not auditor.store:
            store.close()
        slots.release()
