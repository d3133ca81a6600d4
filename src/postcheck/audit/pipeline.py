"""The audit pipeline: read an export, check every authored item, store what was found.

    store = open_store()
    auditor = Auditor(store, AuditOptions(workers=2))
    results = auditor.run([["twitter-2024-11-16.zip"]])

Streaming throughout: posts are read one at a time, checked in chunks by the worker pool (at
most a few chunks in flight), and written to the store in batches. Each batch is committed
together with the run's checkpoint (how far into the archive's post stream everything is
saved), so a run that is killed resumes from there: the importer's stream is deterministic, so
the first ``checkpoint`` posts are read again but not re-checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from postcheck.engine.analyze import MAX_TEXT_CHARS, Settings
from postcheck.errors import ArchiveError
from postcheck.importers import ImportOptions, Limits, choose_module, open_archive, unique_posts
from postcheck.model.finding import SEVERITIES
from postcheck.model.post import Post
from postcheck.store.base import ArchiveRef, Store, StoredFinding, StoredPost

from .fingerprint import archive_key, content_digest
from .pool import make_pool
from .ranking import post_rank, reach

# Authored text besides the body that is worth checking. Metadata-like parts (website,
# place, location, tagged people, a profile's display name) are context, not statements.
CHECK_PARTS = ("alt_text", "caption", "content_warning", "poll_option", "title", "headline",
               "subject", "description", "image_text")

TEXT_SUFFIXES = (".js", ".json", ".csv", ".txt", ".html", ".htm", ".car", ".ndjson")

KILL_ENV = "POSTCHECK_TEST_KILL_AFTER_BATCHES"  # test hook: SIGKILL self after N batches

PLATFORM_NAMES = {
    "x": "X/Twitter", "bluesky": "Bluesky", "mastodon": "Mastodon", "tiktok": "TikTok",
    "linkedin": "LinkedIn", "reddit": "Reddit", "youtube": "YouTube", "instagram": "Instagram",
    "facebook": "Facebook", "whatsapp": "WhatsApp",
}


@dataclass
class AuditOptions:
    platform: str | None = None            # force the platform instead of detecting it
    me: tuple[str, ...] = ()
    timezone: str | None = None
    date_order: str | None = None
    since: datetime | None = None          # inclusive, aware UTC
    until: datetime | None = None          # exclusive, aware UTC
    profession: str | None = None
    account: str = "personal"
    settings: Settings = field(default_factory=Settings)
    pack_path: str | None = None
    workers: int = 1
    engine: str = "process"                # process | ray
    ray_address: str | None = None         # a Ray cluster (ray://host:10001 or auto); None: local
    batch_size: int = 2000                 # posts per store transaction / checkpoint
    chunk_size: int = 64                   # posts per task sent to a worker
    limits: Limits | None = None
    images: str = "meta"                   # photos in posts: none | meta (metadata) | full (+ text, faces)

    def settings_key(self, pack_id: str, pack_version: str, me: tuple[str, ...]) -> str:
        data = {
            "pack": [pack_id, pack_version], "select": list(self.settings.select),
            "ignore": list(self.settings.ignore), "allow": list(self.settings.allow),
            "problem_confidence": self.settings.problem_confidence,
            "profession": self.profession, "account": self.account, "me": sorted(me),
            "timezone": self.timezone, "date_order": self.date_order,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }
        if self.images != "meta":   # (kept out of the key at its default: older runs still resume)
            data["images"] = self.images
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:24]


@dataclass
class ArchiveResult:
    """What happened to one export."""

    display: str
    paths: tuple[str, ...]
    platform: str | None = None
    run_id: str | None = None
    status: str = "done"          # done | unreadable | stopped
    error: str | None = None      # one line, for unreadable / stopped
    issues: list[str] = field(default_factory=list)
    counters: dict = field(default_factory=dict)
    resumed_from: int = 0
    me: tuple[str, ...] = ()
    summary: dict = field(default_factory=dict)


class _Chunk:
    __slots__ = ("consumed", "delta", "posts", "future")

    def __init__(self, consumed: int, delta: Counter, posts: list, future):
        self.consumed = consumed
        self.delta = delta
        self.posts = posts
        self.future = future


def texts_to_check(post: Post) -> tuple[list[tuple[str, str]], int]:
    """The (part, text) pairs to check and the shared mode (see ``pool``)."""
    parts: list[tuple[str, str]] = []
    own = post.text if post.text and post.text.strip() else ""
    if own:
        parts.append(("text", _cap(own)))
    for name, text in post.parts:
        if name in CHECK_PARTS and text and text.strip():
            parts.append((name, _cap(text)))
    shared = 0
    if post.shared_text and post.shared_text.strip():
        parts.append(("shared_text", _cap(post.shared_text)))
        shared = 2 if own else 1
    return parts, shared


IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".dcm", ".dicom", ".tif", ".tiff", ".bmp")


def media_refs(archive, names) -> tuple:
    """Where a worker can read each attached photo itself (so the driver never holds image
    bytes): ``(kind, container, member, label)`` with kind ``zip`` (container: the zip file,
    member: its name inside) or ``file`` (container: the file). Members over the size or
    compression-ratio limits come back as ``("refused", reason, "", label)``; videos and other
    files are skipped."""
    from postcheck.images.load import MAX_BYTES

    out = []
    for name in names:
        if not name.lower().endswith(IMAGE_SUFFIXES):
            continue
        member = archive.get(name)
        if member is None:
            continue   # referenced but not in the export (the platform left it out)
        if member.size > MAX_BYTES:
            out.append(("refused", f"PC-E151 image file too large ({member.size / 1e6:,.0f} MB)", "", name))
            continue
        if member.compressed and member.size > 1_000_000 and member.size / member.compressed > 200:
            out.append(("refused", "PC-E151 image expands more than 200:1 (zip bomb?)", "", name))
            continue
        where = archive.location(name)
        if where is not None:
            out.append((*where, name))
    return tuple(out)


def _cap(text: str) -> str:
    return text if len(text) <= MAX_TEXT_CHARS else text[:MAX_TEXT_CHARS]


class Auditor:
    """Runs audits into a store. Build one per command; :meth:`run` may cover many exports."""

    def __init__(self, store: Store, options: AuditOptions, *,
                 progress: Callable[[str, int, int, int], None] | None = None,
                 on_issue: Callable[[str, str], None] | None = None,
                 ask_me: Callable[[str, str, list[tuple[str, int]]], list[str]] | None = None):
        self.store = store
        self.options = options
        self.progress = progress
        self.on_issue = on_issue
        self.ask_me = ask_me
        self.pool = None
        self._batches_saved = 0
        from postcheck.pack.loader import default_pack, load_pack

        self.pack = load_pack(options.pack_path) if options.pack_path else default_pack()

    # ------------------------------------------------------------------------------
    def run(self, groups: list[list[str]], displays: list[str] | None = None) -> list[ArchiveResult]:
        """Audit each group of paths (one export each; a group holds the parts of a split
        export). Unreadable exports are reported in their result; the rest go on.
        ``displays`` names each group in messages and reports (default: its paths)."""
        results = []
        try:
            if self.options.engine == "ray" and len(groups) > 1:
                from .ray_exports import audit_many

                return audit_many(self, groups, displays)   # whole exports parsed and checked on the cluster
            if self.options.engine == "ray":
                self._get_pool()   # start (or reach) Ray before any run begins: fail fast
            for i, paths in enumerate(groups):
                results.append(self.audit_one(paths, displays[i] if displays else None))
        finally:
            if self.pool is not None:
                self.pool.close()
                self.pool = None
        return results

    def _get_pool(self):
        if self.pool is None:
            if self.options.engine == "ray":
                from .ray_pool import RayPool

                self.pool = RayPool(self.options.pack_path, self.options.settings, self.options.workers,
                                    self.options.ray_address)
            else:
                self.pool = make_pool(self.options.pack_path, self.options.settings, self.options.workers)
        return self.pool

    def audit_one(self, paths: list[str], display: str | None = None) -> ArchiveResult:
        display = display or ", ".join(str(p) for p in paths)
        res = ArchiveResult(display, tuple(str(p) for p in paths))
        archive = self._open(paths, res)
        if archive is None:
            return res
        try:
            begun = self._begin(archive, paths, res, self.store, interactive=True)
            if begun is None:
                return res
            module, me, state = begun
            status = self._stream(archive, module, state, res)
            self.finish(state, res, status, store=self.store)
            return res
        finally:
            archive.close()

    def prepare(self, paths: list[str], display: str, res: ArchiveResult, *, store: Store):
        """Open the export only to recognise it and begin (or resume) its run in ``store``;
        ``(platform, me, RunState)``, or None when it cannot be read (``res`` says why).
        For audits whose reading happens elsewhere (``ray_exports``)."""
        archive = self._open(paths, res)
        if archive is None:
            return None
        try:
            begun = self._begin(archive, paths, res, store, interactive=False)
            return None if begun is None else (begun[0].PLATFORM, begun[1], begun[2])
        finally:
            archive.close()

    def _open(self, paths: list[str], res: ArchiveResult):
        opts = self.options

        def sink(issue) -> None:
            msg = str(issue)
            res.issues.append(msg)
            if self.on_issue:
                self.on_issue(res.display, msg)

        base_opts = ImportOptions(me=tuple(opts.me), timezone=opts.timezone, date_order=opts.date_order)
        try:
            return open_archive([Path(p) for p in paths], limits=opts.limits, on_issue=sink, options=base_opts)
        except ArchiveError as exc:
            res.status, res.error = "unreadable", str(exc)
            return None

    def _begin(self, archive, paths: list[str], res: ArchiveResult, store: Store, *, interactive: bool):
        opts = self.options
        try:
            module = choose_module(archive, opts.platform)
        except ArchiveError as exc:
            res.status, res.error = "unreadable", str(exc)
            return None
        platform = module.PLATFORM
        res.platform = platform
        me = tuple(opts.me) or tuple(store.known_me(platform))
        if not me and interactive and self.ask_me is not None and platform == "whatsapp":
            me = tuple(self._ask_me(archive, module, res.display, platform))
        res.me = me
        archive.options = ImportOptions(me=me, timezone=opts.timezone, date_order=opts.date_order)
        ref = ArchiveRef(archive_key(paths), platform, res.display,
                         tuple(str(Path(p).expanduser().resolve()) for p in paths))
        digest = content_digest(platform, archive.members)
        state = store.begin_run(
            ref, content_digest=digest,
            settings_key=opts.settings_key(self.pack.id, self.pack.version, me),
            options={"profession": opts.profession, "account": opts.account,
                     "me_given": bool(me), "since": opts.since.isoformat() if opts.since else None,
                     "until": opts.until.isoformat() if opts.until else None,
                     "pack": f"{self.pack.id} {self.pack.version}"})
        res.run_id = state.run_id
        res.resumed_from = state.checkpoint if state.resumed else 0
        return module, me, state

    def finish(self, state, res: ArchiveResult, status: str, *, store: Store) -> None:
        """Close the run: its status, counters and issues, remembered names, the summary."""
        store.finish_run(state.run_id, status=status, counters=res.counters, issues=res.issues)
        if self.options.me:
            store.remember_me(res.platform, "*", list(self.options.me))
        res.status = status
        res.summary = store.run_summary(state.run_id)

    def _ask_me(self, archive, module, display: str, platform: str) -> list[str]:
        senders: Counter = Counter()
        try:
            for post in module.iter_posts(archive):
                if post.kind == "dm" and post.author:
                    senders[post.author] += 1
        except ArchiveError:
            return []
        if len(senders) < 2:
            return []
        names = self.ask_me(platform, display, senders.most_common()) or []
        if names:
            self.store.remember_me(platform, "*", names)
        return names

    # ------------------------------------------------------------------------------
    def _stream(self, archive, module, state, res: ArchiveResult) -> str:
        opts = self.options
        pool = self._get_pool()
        max_inflight = max(2, pool.workers * 3)
        skip = state.checkpoint
        saved = Counter(state.counters)
        delta: Counter = Counter()
        senders: set[bytes] = set()
        pending: deque[_Chunk] = deque()
        tasks: list = []
        chunk_posts: list = []
        consumed = 0
        since_close = 0
        batch: list[tuple[_Chunk, list]] = []
        batch_posts = 0
        text_total = sum(m.size for m in archive.members if m.name.lower().endswith(TEXT_SUFFIXES))
        status = "done"

        def close_chunk() -> None:
            nonlocal tasks, chunk_posts, delta, since_close
            fut = pool.submit(tasks) if tasks else None
            pending.append(_Chunk(consumed, delta, chunk_posts, fut))
            tasks, chunk_posts, delta, since_close = [], [], Counter(), 0

        def drain(keep: int) -> None:
            nonlocal batch_posts
            while len(pending) > keep:
                chunk = pending.popleft()
                results = chunk.future.result() if chunk.future is not None else []
                batch.append((chunk, results))
                batch_posts += len(chunk.posts)
                if batch_posts >= opts.batch_size:
                    flush()
                if self.progress:
                    self.progress(res.display, chunk.consumed,
                                  int(getattr(archive, "_total_read", 0)), text_total)

        def flush() -> None:
            nonlocal batch, batch_posts
            if not batch:
                return
            posts, findings, clean = [], [], []
            for chunk, results in batch:
                saved.update(chunk.delta)
                for (post, reach_), result in zip(chunk.posts, results):
                    self._collect(post, reach_, result, posts, findings, clean)
                    for note in (result[2] if result else ()):
                        if note.startswith("image ") and "not checked" in note:
                            saved["images_unreadable"] += 1
                            res.issues.append(f"PC-W120 {note}")
                            if self.on_issue:
                                self.on_issue(res.display, f"PC-W120 {note}")
            checkpoint = batch[-1][0].consumed
            counters = dict(saved)
            counters["dm_senders"] = max(len(senders), int(saved.get("dm_senders", 0)))
            self.store.save_batch(state.run_id, posts, findings, checkpoint=checkpoint,
                                  counters=counters, clean_keys=clean)
            batch, batch_posts = [], 0
            self._batches_saved += 1
            kill_after = os.environ.get(KILL_ENV)
            if kill_after and self._batches_saved >= int(kill_after):
                os.kill(os.getpid(), signal.SIGKILL)

        stream = unique_posts(module.iter_posts(archive), archive)
        try:
            while True:
                try:
                    post = next(stream)
                except StopIteration:
                    break
                except ArchiveError as exc:
                    res.error = str(exc)
                    status = "stopped"
                    break
                except Exception as exc:  # noqa: BLE001 - an importer fault stops this archive only
                    res.error = (f"PC-E119 could not read the rest of {res.display}: "
                                 f"{exc.__class__.__name__}: {exc}")
                    status = "stopped"
                    break
                consumed += 1
                if consumed <= skip:
                    continue
                since_close += 1
                delta["items"] += 1
                delta["kind." + post.kind] += 1
                if post.already_deleted:
                    delta["already_deleted"] += 1
                elif not self._in_range(post):
                    delta["date_filtered"] += 1
                else:
                    parts, shared = texts_to_check(post)
                    media = media_refs(archive, post.media) if opts.images != "none" and post.media else ()
                    if media:
                        delta["images"] += len(media)
                    if not parts and not media:
                        delta["no_text"] += 1
                    else:
                        delta["checked"] += 1
                        if post.kind == "dm" and post.author:
                            senders.add(hashlib.blake2b(post.author.encode("utf-8", "surrogatepass"),
                                                        digest_size=8).digest())
                        ctx = (post.platform if post.platform in _CTX_PLATFORMS else "other",
                               opts.account, post.audience, opts.profession)
                        tasks.append((post.id, parts, ctx, shared, (opts.images, media)) if media
                                     else (post.id, parts, ctx, shared))
                        chunk_posts.append((_Slim(post, parts),
                                            reach(post.audience, post.platform, opts.account)))
                if len(tasks) >= opts.chunk_size or since_close >= opts.chunk_size * 16:
                    close_chunk()
                    drain(max_inflight)
            close_chunk()
            drain(0)
            flush()
            if not batch and consumed >= skip:
                # persist the final counters even when the last batch was empty
                counters = dict(saved)
                counters["dm_senders"] = max(len(senders), int(saved.get("dm_senders", 0)))
                self.store.save_batch(state.run_id, [], [], checkpoint=consumed, counters=counters)
        finally:
            stream.close()
        res.counters = dict(saved)
        res.counters["dm_senders"] = max(len(senders), int(saved.get("dm_senders", 0)))
        if status == "stopped" and not res.counters.get("items") and not skip:
            status = "unreadable"
        return status

    def _in_range(self, post: Post) -> bool:
        o = self.options
        if o.since is None and o.until is None:
            return True
        if post.created_at is None:
            return False
        if o.since is not None and post.created_at < o.since:
            return False
        if o.until is not None and post.created_at >= o.until:
            return False
        return True

    @staticmethod
    def _collect(post: _Slim, reach_: int, result, posts: list, findings: list, clean: list) -> None:
        if result is None or not result[3]:
            clean.append(post.id)
            return
        verdict, redacted, notes, items = result
        wires = [w for _, _, _, w in items]
        worst, conf = post_rank(wires)
        posts.append(StoredPost(
            post.id, post.platform, post.kind,
            post.created_at.isoformat() if post.created_at else None, post.url, post.locator,
            post.audience, post.audience_note, post.author, post.source_file,
            [list(p) for p in post.parts], verdict, redacted, notes, worst, conf, reach_,
            post.already_deleted))
        for ordinal, (fp, sev, confidence, wire) in enumerate(items):
            findings.append(StoredFinding(fp, post.id, wire["code"], sev, confidence, reach_,
                                          ordinal, wire))


class _Slim:
    """What is kept of a post while its chunk is being checked (nothing about others)."""

    __slots__ = ("id", "platform", "kind", "created_at", "url", "locator", "audience",
                 "audience_note", "author", "source_file", "parts", "already_deleted")

    def __init__(self, post: Post, parts: list[tuple[str, str]]):
        self.id = post.id
        self.platform = post.platform
        self.kind = post.kind
        self.created_at = post.created_at
        self.url = post.url
        self.locator = post.locator
        self.audience = post.audience
        self.audience_note = post.audience_note
        self.author = post.author
        self.source_file = post.source_file
        self.parts = parts
        self.already_deleted = post.already_deleted


from postcheck.model.context import PLATFORMS as _CTX_PLATFORMS  # noqa: E402

__all__ = ["Auditor", "AuditOptions", "ArchiveResult", "CHECK_PARTS", "SEVERITIES",
           "choose_module", "texts_to_check"]
