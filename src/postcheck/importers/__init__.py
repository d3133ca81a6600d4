"""Archive importers: turn a platform's data export into :class:`~postcheck.model.post.Post`
records, streaming.

    from postcheck.importers import iter_posts
    issues = []
    for post in iter_posts(["twitter-2024-11-16.zip"], issues=issues):
        ...

- :func:`open_archive` opens a zip, an unpacked folder, a single export file, or several
  parts given together, safely (no extraction, limits against zip bombs, no path escapes).
- :func:`detect_platform` recognises the export by its content.
- :func:`iter_posts` yields every authored item once (duplicates dropped). Problems with single
  files are reported as :class:`ImportIssue` (to ``on_issue`` and/or the ``issues`` list) and
  the rest is imported; an archive that cannot be read at all raises
  :class:`postcheck.errors.ArchiveError` (``PC-E11x``).

Each platform module has ``sniff(archive) -> bool`` and ``iter_posts(archive)``.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

from postcheck.errors import ArchiveError
from postcheck.model.post import Post

from .archive import (
    W_DUPLICATES,
    Archive,
    ArchiveLimitError,
    CorruptArchiveError,
    EmptyArchiveError,
    EncryptedArchiveError,
    ImportIssue,
    ImportOptions,
    Limits,
    NotAnExportError,
    WrongPlatformError,
    open_archive,
)

# Detection order matters only where one export could look like two: the specific markers
# (X manifest, Mastodon outbox, CAR header, TikTok file) come before Meta's generic names,
# and WhatsApp (any chat-shaped .txt) comes last.
SUPPORTED_PLATFORMS: tuple[str, ...] = (
    "x", "bluesky", "mastodon", "tiktok", "linkedin", "reddit", "youtube", "instagram",
    "facebook", "whatsapp",
)

PLATFORM_NAMES = {
    "x": "X/Twitter", "bluesky": "Bluesky", "mastodon": "Mastodon", "tiktok": "TikTok",
    "linkedin": "LinkedIn", "reddit": "Reddit", "youtube": "YouTube (Google Takeout)",
    "instagram": "Instagram", "facebook": "Facebook", "whatsapp": "WhatsApp",
}

_ALIASES = {"twitter": "x", "fb": "facebook", "ig": "instagram", "bsky": "bluesky",
            "yt": "youtube", "threads": "instagram"}


def platform_module(name: str) -> ModuleType:
    name = _ALIASES.get(name.lower(), name.lower())
    if name not in SUPPORTED_PLATFORMS:
        raise ValueError(f"unknown platform {name!r}; supported: {', '.join(SUPPORTED_PLATFORMS)}")
    return importlib.import_module(f"{__name__}.{name}")


def detect_platform(archive: Archive) -> str | None:
    """The platform whose export this is, judged from its files' names and content."""
    for name in SUPPORTED_PLATFORMS:
        if platform_module(name).sniff(archive):
            return name
    return None


def _as_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list:
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    return list(paths)


def iter_posts(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
               platform: str | None = None, *,
               on_issue: Callable[[ImportIssue], None] | None = None,
               issues: list[ImportIssue] | None = None,
               options: ImportOptions | None = None,
               limits: Limits | None = None,
               dedupe: bool = True) -> Iterator[Post]:
    """Open the export at ``paths`` (one path, or several parts of one export) and yield its
    authored items one at a time.

    Opening and platform detection happen at call time, so an unreadable archive raises
    :class:`~postcheck.errors.ArchiveError` here, before any iteration. ``issues`` (a list) and
    ``on_issue`` (a callback) receive per-file problems as they happen.
    """

    def sink(issue: ImportIssue) -> None:
        if issues is not None:
            issues.append(issue)
        if on_issue is not None:
            on_issue(issue)

    archive = open_archive(_as_paths(paths), limits=limits, on_issue=sink, options=options)
    try:
        module = choose_module(archive, platform)
    except BaseException:
        archive.close()
        raise
    return _stream(archive, module, dedupe)


def choose_module(archive: Archive, platform: str | None) -> ModuleType:
    """The platform module for this archive, or an ArchiveError saying what it is instead."""
    names = ", ".join(PLATFORM_NAMES[p] for p in SUPPORTED_PLATFORMS)
    supported = f"{names}; --platform takes {', '.join(SUPPORTED_PLATFORMS)}"
    if platform is None:
        found = detect_platform(archive)
        if found is None:
            raise NotAnExportError(f"not a supported export: {archive.display} "
                                   f"(postcheck reads: {supported})")
        return platform_module(found)
    try:
        module = platform_module(platform)
    except ValueError:
        raise ArchiveError(f"unknown platform {platform!r} (postcheck reads: {supported})") from None
    if not module.sniff(archive):
        other = detect_platform(archive)
        what = (f"it looks like a {PLATFORM_NAMES[other]} export" if other
                else f"it is not a supported export (postcheck reads: {supported})")
        raise WrongPlatformError(
            f"not a {PLATFORM_NAMES[module.PLATFORM]} export: {archive.display}; {what}")
    return module


def unique_posts(posts: Iterable[Post], archive: Archive) -> Iterator[Post]:
    """Each item once (exports repeat some), reporting how many were dropped.
    8-byte keys keep a million ids in about 70 MB."""
    seen: set[int] = set()
    dupes = 0
    for post in posts:
        key = int.from_bytes(hashlib.blake2b(post.id.encode("utf-8", "surrogatepass"),
                                             digest_size=8).digest(), "little")
        if key in seen:
            dupes += 1
            continue
        seen.add(key)
        yield post
    if dupes:
        archive.report(archive.display, f"{dupes} duplicate item(s) dropped", W_DUPLICATES)


def _stream(archive: Archive, module: ModuleType, dedupe: bool) -> Iterator[Post]:
    try:
        posts = module.iter_posts(archive)
        yield from (unique_posts(posts, archive) if dedupe else posts)
    finally:
        archive.close()


def import_archive(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                   platform: str | None = None, **kw: object
                   ) -> tuple[list[Post], list[ImportIssue]]:
    """Convenience for small exports and tests: all posts and issues as lists."""
    issues: list[ImportIssue] = []
    posts = list(iter_posts(paths, platform, issues=issues, **kw))  # type: ignore[arg-type]
    return posts, issues


__all__ = [
    "Archive", "ArchiveLimitError", "CorruptArchiveError", "EmptyArchiveError",
    "EncryptedArchiveError", "ImportIssue", "ImportOptions", "Limits", "NotAnExportError",
    "Post", "SUPPORTED_PLATFORMS", "WrongPlatformError", "detect_platform", "import_archive",
    "iter_posts", "open_archive", "platform_module",
]
