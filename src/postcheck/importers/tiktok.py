"""TikTok "Download your data" in the JSON option: ``user_data_tiktok.json`` (older
``user_data.json``).

Sections and keys changed case and wording over the years, so they are looked up
case-insensitively with aliases; empty lists may be JSON ``null``. Read: posted videos
(``Post → Posts → VideoList``, older ``Video → Videos → VideoList``) with their caption,
recently deleted posts, comments (``Comment`` or ``Activity → Comments → CommentsList``),
the owner's direct messages, and the profile bio.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postcheck.model.post import Post

from ._common import Occurrences, clean, dig, fmt_when, guard, hash_id, load_json, parse_format
from .archive import Archive

PLATFORM = "tiktok"
_FILE = r"user_data(_tiktok)?\.json"
_TIME = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
_VIDEO_ID = re.compile(r"/(?:video|v)/(\d+)")


def sniff(archive: Archive) -> bool:
    for m in archive.find(_FILE):
        head = archive.head_text(m, 8192).lower()
        if any(k in head for k in ('"activity"', '"profile"', '"comment"', '"video"', '"post"',
                                   '"direct message"', '"ads and data"', '"app settings"')):
            return True
    return False


def _first(data: Any, *paths: tuple[str, ...]) -> Any:
    for path in paths:
        value = dig(data, *path)
        if value is not None:
            return value
    return None


def _audience(who: str) -> tuple[str, str | None]:
    w = who.strip().lower()
    if w in ("", "everyone", "public"):
        return "public", None if w else "audience not in the export; treated as public"
    if w in ("friends", "followers", "mutual friends"):
        return "friends", f"who can view: {who}"
    if w in ("only me", "private"):
        return "friends", "who can view: only me (private — still kept by TikTok)"
    return "public", f"who can view: {who!r} not recognised; treated as public"


def _video_url(link: str, user: str | None) -> str | None:
    mm = _VIDEO_ID.search(link or "")
    if not mm:
        return link or None
    if user:
        return f"https://www.tiktok.com/@{user}/video/{mm.group(1)}"
    return f"https://www.tiktok.com/video/{mm.group(1)}"


def iter_posts(archive: Archive) -> Iterator[Post]:
    for m in archive.find(_FILE):
        with guard(archive, m):
            data = load_json(archive, m)
            if not isinstance(data, dict):
                continue
            prof = _first(data, ("Profile", "Profile Information", "ProfileMap"),
                          ("Profile", "Profile Info", "ProfileMap")) or {}
            user = clean(dig(prof, "userName"))
            user = None if user in ("", "N/A") else user
            profile_url = f"https://www.tiktok.com/@{user}" if user else None
            bio = clean(dig(prof, "bioDescription"))
            if bio:
                yield Post(id=hash_id(PLATFORM, "bio", bio), platform=PLATFORM, kind="bio",
                           text=bio, url=profile_url,
                           locator=None if user else "your profile (Edit profile → Bio)",
                           author=user, source_file=m.name)
            yield from _videos(data, user, m.name)
            yield from _comments(data, user, profile_url, m.name)
            yield from _messages(archive, data, user, m.name)


def _videos(data: dict[str, Any], user: str | None, source: str) -> Iterator[Post]:
    lists = (
        (_first(data, ("Post", "Posts", "VideoList"), ("Video", "Videos", "VideoList")), False),
        (_first(data, ("Post", "Recently Deleted Posts", "PostList")), True),
    )
    for items, deleted in lists:
        for v in items or []:
            if not isinstance(v, dict):
                continue
            raw = clean(dig(v, "Date"))
            when = parse_format(raw, *_TIME)
            text = clean(dig(v, "Title") or dig(v, "Description") or dig(v, "Caption")
                         or dig(v, "VideoDescription"))
            link = clean(dig(v, "Link") or dig(v, "VideoLink"))
            audience, note = _audience(clean(dig(v, "WhoCanView")))
            parts = tuple((k, clean(dig(v, f))) for k, f in (("place", "Location"),
                                                              ("sound", "Sound"))
                          if clean(dig(v, f)) not in ("", "N/A"))
            mm = _VIDEO_ID.search(link)
            yield Post(
                id=f"{PLATFORM}:{mm.group(1)}" if mm else hash_id(PLATFORM, "post", raw, text),
                platform=PLATFORM, kind="post", text=text, created_at=when,
                created_at_raw=raw or None,
                url=None if deleted else _video_url(link, user),
                locator=(f"video of {fmt_when(when, raw)} — already deleted (in Recently "
                         "deleted for 30 days)") if deleted else None,
                audience=audience, audience_note=note, author=user, parts=parts,
                already_deleted=deleted, source_file=source)


def _comments(data: dict[str, Any], user: str | None, profile_url: str | None,
              source: str) -> Iterator[Post]:
    items = _first(data, ("Comment", "Comments", "CommentsList"),
                   ("Activity", "Comments", "CommentsList"),
                   ("Your Activity", "Comments", "CommentsList")) or []
    seen = Occurrences()
    for c in items:
        if not isinstance(c, dict):
            continue
        raw = clean(dig(c, "date"))
        when = parse_format(raw, *_TIME)
        text = clean(dig(c, "comment"))
        url = clean(dig(c, "url"))
        photo = clean(dig(c, "photo"))
        n = seen(raw, text)
        yield Post(
            id=hash_id(PLATFORM, "comment", raw, text, n), platform=PLATFORM, kind="comment",
            text=text, created_at=when, created_at_raw=raw or None,
            url=url if url.startswith("http") else None,
            locator=None if url.startswith("http") else
            f"comment of {fmt_when(when, raw)} — the export does not say on which video; "
            "find it under Settings → Activity centre → Comment history",
            audience="public", author=user,
            media=(photo,) if photo and photo != "N/A" and not photo.startswith("http") else (),
            source_file=source)


def _messages(archive: Archive, data: dict[str, Any], user: str | None,
              source: str) -> Iterator[Post]:
    history = _first(data, ("Direct Message", "Direct Messages", "ChatHistory"),
                     ("Direct Messages", "Chat History", "ChatHistory")) or {}
    me = {x.lower() for x in archive.options.me} | ({user.lower()} if user else set())
    if not isinstance(history, dict):
        return
    seen = Occurrences()
    for title, msgs in history.items():
        other = re.sub(r"^Chat History with\s*|:$", "", str(title)).strip() or str(title)
        for msg in msgs or []:
            if not isinstance(msg, dict):
                continue
            sender = clean(dig(msg, "From"))
            if me and sender.lower() not in me:
                continue
            text = clean(dig(msg, "Content"))
            if not text:
                continue
            raw = clean(dig(msg, "Date"))
            when = parse_format(raw, *_TIME)
            n = seen(other, raw, sender, text)
            yield Post(
                id=hash_id(PLATFORM, "dm", other, raw, sender, text, n), platform=PLATFORM,
                kind="dm", text=text, created_at=when, created_at_raw=raw or None,
                locator=f"message of {fmt_when(when, raw)} in the chat with {other} — open "
                        "TikTok Inbox", audience="direct", author=sender or None, thread=other,
                source_file=source)
