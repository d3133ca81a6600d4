"""Checking posts in parallel: a process pool whose workers each build one Checker.

The main process reads the archive and writes the store; workers do the checking (the costly
part). Work goes out in chunks of tasks, at most a few chunks in flight per worker, and
results come back in order, so memory stays bounded and the checkpoint is exact.

A task is a plain tuple ``(post_id, parts, context, shared)``:

- ``parts``: ``[(part, text), ...]`` — the post's own words (``text``), its alt text,
  caption, … and, for a repost, ``shared_text`` (the words the user shared);
- ``context``: ``(platform, account, audience, profession)``;
- ``shared``: 0 no shared text, 1 shared without words of their own, 2 shared with words;
- optionally ``(level, refs)``: attached photos the worker reads and checks itself
  (``pipeline.media_refs``), so image bytes never pass through the main process.

A result is None (nothing found) or ``(verdict, redacted, notes, findings)`` with findings
as ``(fingerprint, severity_rank, confidence, wire_dict_without_explanation)``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from postcheck.errors import PostcheckError
from postcheck.model.finding import SEVERITY_RANK, bump

from .fingerprint import fingerprint

Task = tuple  # (post_id, parts, context, shared[, (image level, media refs)])

SHARED_PREFIX = "You shared this (sharing reads as endorsement): "

_STATE: dict = {}


def init_worker(pack_path: str | None, settings) -> None:
    """Build this process's Checker once."""
    from postcheck.api import Checker
    from postcheck.model.context import Context

    checker = Checker(pack_path, settings)
    _STATE.clear()
    _STATE.update(checker=checker, pack_id=checker.pack.id, contexts={}, Context=Context)


def _context(key: tuple):
    ctx = _STATE["contexts"].get(key)
    if ctx is None:
        platform, account, audience, profession = key
        ctx = _STATE["Context"](platform=platform, account=account, audience=audience,
                                profession=profession)
        _STATE["contexts"][key] = ctx
    return ctx


_ZIPS: dict = {}


def read_media(ref: tuple) -> bytes:
    """One attached photo's bytes, read by the worker (bounded by the image size limit)."""
    from postcheck.images.load import MAX_BYTES, ImageError, ImageTooLarge

    kind, container, member, label = ref
    if kind == "refused":
        raise ImageTooLarge(container.split(" ", 1)[1], file=label)
    try:
        if kind == "zip":
            import zipfile

            zf = _ZIPS.get(container)
            if zf is None:
                if len(_ZIPS) >= 4:
                    _ZIPS.pop(next(iter(_ZIPS))).close()
                zf = _ZIPS[container] = zipfile.ZipFile(container)
            with zf.open(member) as fh:
                data = fh.read(MAX_BYTES + 1)
        else:
            with open(container, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    except (OSError, KeyError, RuntimeError, ValueError, EOFError) as exc:
        raise ImageError(f"cannot read the image from the export ({exc.__class__.__name__}: {exc})"[:200], file=label) from None
    except Exception as exc:  # noqa: BLE001 - zlib errors and friends: a broken member
        raise ImageError(f"corrupt image in the export ({exc.__class__.__name__})", file=label) from None
    if len(data) > MAX_BYTES:
        raise ImageTooLarge("image file too large", file=label)
    return data


def _check_media(checker, media, caption: str, ctx, notes: list[str]) -> list:
    """Findings for the photos attached to one post."""
    from postcheck.images import ImageError, check_image

    level, refs = media
    found = []
    for ref in refs:
        try:
            data = read_media(ref)
            got, info = check_image(checker, data=data, name=ref[3], caption=caption, context=ctx, level=level)
        except ImageError as exc:
            notes.append(f"image {ref[3]}: not checked: {exc.code} {exc.message}")
            continue
        del data
        for n in info.notes:
            if "not checked" in n and n not in notes:
                notes.append(n)
        found += got
    return found


def check_task(task: Task):
    checker = _STATE["checker"]
    engine = checker.engine
    post_id, parts, ctx_key, shared = task[:4]
    media = task[4] if len(task) > 4 else None
    ctx = _context(ctx_key)
    all_findings = []
    redacted = None
    notes: list[str] = []
    for part, text in parts:
        try:
            result = checker.check(text, ctx, post_id)
        except PostcheckError as exc:
            notes.append(f"{part}: not checked ({exc.message})")
            continue
        for f in result.findings:
            f.part = part
            if part == "shared_text":
                f.message = SHARED_PREFIX + f.message
                f.fix = None  # someone else's words cannot be edited: undo the share
                if shared == 1:
                    f.severity = bump(f.severity, -1)
            all_findings.append(f)
        if part == "text":
            redacted = result.redacted
        for n in result.notes:
            if n not in notes:
                notes.append(n)
    if media:
        caption = next((t for p, t in parts if p == "text"), "")
        all_findings += _check_media(checker, media, caption, ctx, notes)
    if not all_findings:
        return (None, None, notes, []) if notes else None
    verdict = engine.verdict(all_findings)
    out = []
    seen = set()
    pack_id = _STATE["pack_id"]
    for f in all_findings:
        fp = fingerprint(pack_id, f.code, post_id, f.part if f.media is None else f"{f.part}@{f.media}",
                         f.text if f.box is None else f"{f.text}@{f.box}")
        if fp in seen:
            continue  # the same rule matching the same words twice in one post: one finding
        seen.add(fp)
        wire = f.to_dict()
        wire.pop("explanation", None)
        out.append((fp, SEVERITY_RANK[f.severity], wire["confidence"], wire))
    return verdict, redacted, notes, out


def check_chunk(tasks: Sequence[Task]) -> list:
    return [check_task(t) for t in tasks]


class InlinePool:
    """Checks in this process (one worker, or tests)."""

    workers = 1

    def __init__(self, pack_path: str | None, settings):
        init_worker(pack_path, settings)

    def submit(self, tasks: Sequence[Task]) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(check_chunk(tasks))
        except BaseException as exc:  # noqa: BLE001 - handed back through the future
            fut.set_exception(exc)
        return fut

    def close(self) -> None:
        pass


def _mp_context():
    methods = multiprocessing.get_all_start_methods()
    # fork is fastest and safe here: the pool is started before any other thread or the
    # store's connection exists. Elsewhere (macOS, Windows, or other threads) use spawn.
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _init_pool_worker(pack_path: str | None, settings, workers: int) -> None:
    if workers > 1:   # OCR and face detection: one thread per worker, not all cores in each
        os.environ.setdefault("POSTCHECK_IMAGE_THREADS", "1")
    init_worker(pack_path, settings)


class ProcessPool:
    def __init__(self, pack_path: str | None, settings, workers: int):
        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(),
                                            initializer=_init_pool_worker, initargs=(pack_path, settings, workers))

    def submit(self, tasks: Sequence[Task]) -> Future:
        return self.executor.submit(check_chunk, list(tasks))

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def make_pool(pack_path: str | None, settings, workers: int):
    if workers <= 1:
        return InlinePool(pack_path, settings)
    return ProcessPool(pack_path, settings, workers)
