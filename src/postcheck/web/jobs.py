"""Audits started from the web page: one at a time, in a background thread, with live progress.

An audit uses every core (the worker pool), so jobs queue and run one after another. Each job
writes the same store and the same report folders as ``postcheck audit``; the page polls
:meth:`Job.to_dict` for progress. Uploaded exports are saved under the data folder at a path
derived from their content (so the same export uploaded twice is the same archive and "still
there" works) and removed when the audit ends.
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from postcheck.audit.reports import REPORT_FILES
from postcheck.errors import InputError

SAFE_NAME = re.compile(r"[^A-Za-z0-9._ ()-]+")
ARCHIVE_SUFFIXES = (".zip", ".json", ".js", ".txt", ".car", ".csv", ".ndjson")


def safe_filename(name: str | None) -> str:
    """The last path component of ``name`` with only harmless characters (never empty)."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = SAFE_NAME.sub("_", base).strip(" .")[:120]
    return base or "export.zip"


@dataclass
class Job:
    id: str
    display: str
    paths: list[str]
    platform: str | None = None
    me: tuple[str, ...] = ()
    upload_dir: str | None = None       # removed when the job ends
    released: bool = False              # the upload folder has been given back
    status: str = "queued"              # queued | running | done | failed
    phase: str = "waiting"
    posts: int = 0
    done_bytes: int = 0
    total_bytes: int = 0
    started: float | None = None
    finished: float | None = None
    error: str | None = None
    issues: list[str] = field(default_factory=list)
    run_ids: list[str] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        frac = min(self.done_bytes / self.total_bytes, 1.0) if self.total_bytes else None
        if self.status == "done":
            frac = 1.0
        elapsed = ((self.finished or time.monotonic()) - self.started) if self.started else 0.0
        return {
            "id": self.id, "display": self.display, "status": self.status, "phase": self.phase,
            "platform": self.platform, "posts": self.posts,
            "fraction": None if frac is None else round(frac, 4),
            "elapsed_seconds": round(elapsed, 2), "error": self.error, "issues": self.issues[:50],
            "run_ids": self.run_ids, "results": self.results, "summary": self.summary,
            "reports": [name for name, _ in REPORT_FILES] if self.reports else [],
        }


class UploadTooLarge(InputError):
    code = "PC-E120"


class Upload:
    """An export arriving in pieces: written to a private temp file as it comes, hashed, and
    moved to ``uploads/<content hash>/<name>`` when complete, so the same export uploaded
    twice is the same archive. Past ``limit`` bytes it stops with :class:`UploadTooLarge`."""

    def __init__(self, root: Path, name: str, limit: int, manager: "JobManager | None" = None):
        self.root, self.name, self.limit, self.manager = root, name, limit, manager
        fd, self.tmp = tempfile.mkstemp(dir=root, prefix=".upload-")
        self.out = os.fdopen(fd, "wb")
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, piece: bytes) -> None:
        if not piece:
            return
        self.size += len(piece)
        if self.size > self.limit:
            raise UploadTooLarge(f"upload too large: over the limit of {self.limit:,} bytes (use a "
                                 "folder path instead, or raise --max-upload)", file=self.name)
        self.digest.update(piece)
        self.out.write(piece)

    def finish(self) -> tuple[str, str]:
        self.out.close()
        if self.size == 0:
            raise InputError("empty upload: the file has no content", file=self.name)
        folder = self.root / self.digest.hexdigest()[:24]
        # The same export uploaded again while (or just after) an audit of it runs shares its
        # folder: a count of the jobs using it decides when it is removed (JobManager.release).
        lock = self.manager.lock if self.manager else threading.Lock()
        with lock:
            folder.mkdir(mode=0o700, exist_ok=True)
            final = folder / self.name
            os.replace(self.tmp, final)
            os.chmod(final, 0o600)
            if self.manager:
                self.manager.upload_refs[str(folder)] = self.manager.upload_refs.get(str(folder), 0) + 1
        return str(folder), str(final)

    def abort(self) -> None:
        try:
            self.out.close()
        except OSError:
            pass
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


class JobManager:
    """Queues audits and runs them one at a time on a background thread."""

    def __init__(self, *, store_path: str | None, pack_path: str | None, workers: int | None,
                 settings=None, profession: str | None = None, account: str = "personal"):
        self.store_path = store_path
        self.pack_path = pack_path
        self.workers = workers
        self.settings = settings
        self.profession = profession
        self.account = account
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.queue: queue.Queue[Job | None] = queue.Queue()
        self.thread: threading.Thread | None = None
        self.upload_refs: dict[str, int] = {}   # upload folder -> jobs that still need it

    # ----------------------------------------------------------------------------- intake
    def uploads_root(self) -> Path:
        from postcheck.audit.reports import private_dir
        from postcheck.config import data_dir

        return private_dir(data_dir() / "uploads")

    def start_upload(self, filename: str | None, limit: int) -> "Upload":
        """Begin saving an uploaded export privately (see :class:`Upload`)."""
        return Upload(self.uploads_root(), safe_filename(filename), limit, self)

    def release(self, folder: str) -> None:
        """A job is done with an upload folder: remove it when no other job needs it."""
        with self.lock:
            left = self.upload_refs.get(folder, 1) - 1
            if left > 0:
                self.upload_refs[folder] = left
                return
            self.upload_refs.pop(folder, None)
            shutil.rmtree(folder, ignore_errors=True)

    def submit(self, paths: list[str], *, display: str, platform: str | None = None,
               me: tuple[str, ...] = (), upload_dir: str | None = None) -> Job:
        job = Job(id=secrets.token_hex(8), display=display, paths=paths, platform=platform,
                  me=tuple(me), upload_dir=upload_dir)
        with self.lock:
            self.jobs[job.id] = job
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._loop, name="postcheck-audits", daemon=True)
                self.thread.start()
        self.queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def list(self) -> list[Job]:
        return list(self.jobs.values())

    def close(self) -> None:
        self.queue.put(None)

    # ----------------------------------------------------------------------------- work
    def _loop(self) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            try:
                self._run(job)
            except Exception as exc:  # noqa: BLE001 - reported on the job, never a traceback
                self._release_once(job)
                job.status, job.error = "failed", f"PC-E999 internal error: {exc.__class__.__name__}: {exc}"
            finally:
                job.finished = time.monotonic()
                self._release_once(job)

    def _release_once(self, job: Job) -> None:
        """Give back the job's upload folder, once; done before the job shows as finished, so a
        client that sees "done" never finds the upload still on disk."""
        if job.upload_dir and not job.released:
            job.released = True
            self.release(job.upload_dir)

    @staticmethod
    def _hide_paths(job: Job, message: str | None) -> str | None:
        """Name an uploaded export by its file name, not the private folder it was saved in."""
        if message and job.upload_dir:
            for p in job.paths:
                message = message.replace(p, job.display)
        return message

    def _run(self, job: Job) -> None:
        from postcheck.audit import reports
        from postcheck.audit.pipeline import AuditOptions, Auditor
        from postcheck.audit.pool import default_workers
        from postcheck.engine.analyze import Settings
        from postcheck.store import open_store

        job.status, job.phase, job.started = "running", "reading", time.monotonic()

        def progress(display: str, posts: int, done: int, total: int) -> None:
            job.posts, job.done_bytes, job.total_bytes, job.phase = posts, done, total, "checking"

        def on_issue(display: str, message: str) -> None:
            job.issues.append(message)

        options = AuditOptions(platform=job.platform, me=job.me, profession=self.profession,
                               account=self.account, settings=self.settings or Settings(),
                               pack_path=self.pack_path, workers=self.workers or default_workers())
        store = open_store(self.store_path)
        try:
            auditor = Auditor(store, options, progress=progress, on_issue=on_issue)
            results = auditor.run([job.paths], [job.display])
            job.phase = "writing reports"
            job.results = reports.runs_meta(results)
            job.run_ids = [r.run_id for r in results if r.run_id]
            job.platform = results[0].platform if results else job.platform
            job.reports = reports.write_run_reports(store, auditor.pack, results)
            job.summary = reports.totals(store, job.run_ids)
            bad = [r for r in results if r.status == "unreadable"]
            self._release_once(job)
            if bad:
                job.status, job.error = "failed", self._hide_paths(job, bad[0].error)
            else:
                job.status = "done"
                if results and results[0].status == "stopped":
                    job.error = f"reading stopped early: {self._hide_paths(job, results[0].error)}"
            job.issues = [self._hide_paths(job, i) for i in job.issues]
            job.phase = "finished"
        finally:
            store.close()
