"""Instagram data download (JSON), older and newer layouts, plus Threads posts that come in
the same export.

- posts: ``posts_N.json`` (in ``content/``, ``your_instagram_activity/content/`` or flattened),
  ``archived_posts.json``, ``reels.json``, ``stories.json``; legacy ``media.json``.
  Caption = the post-level ``title``, else the first non-empty ``media[].title``.
- comments: ``post_comments_N.json`` / ``reels_comments.json`` (``string_map_data`` label→value
  maps, labels matched case-insensitively), older ``comments_media_comments``, legacy
  ``comments.json`` (``media_comments`` triples).
- DMs: ``messages/inbox/<thread>/message_N.json`` (Messenger shape).
- profile: ``personal_information.json`` (username, name, bio).
- Threads: ``threads_and_replies.json`` (``text_post_app_text_posts``).

Mojibake repaired everywhere. No shortcodes or URLs are exported: items get a hash id and a
``locator`` (date + profile / Your activity).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postcheck.model.post import Post

from ._common import (
    clean,
    dig,
    fix_tree,
    fmt_when,
    from_unix,
    guard,
    hash_id,
    json_first_char,
    load_json,
    parse_iso,
)
from ._meta import iter_message_threads, iter_records, media_paths
from .archive import Archive, Member

PLATFORM = "instagram"

_POSTS = r"posts(_\d+)?\.json"
_ARCHIVED = r"archived_posts(_\d+)?\.json"
_REELS = r"reels(_\d+)?\.json"
_STORIES = r"stories(_\d+)?\.json"
_COMMENTS = r"post_comments(_\d+)?\.json|reels_comments(_\d+)?\.json"
_LEGACY_COMMENTS = r"comments\.json"
_THREADS = r"threads_and_replies(_\d+)?\.json"
_PERSONAL = r"personal_information\.json"
_TOP = re.compile(r"your_instagram_activity", re.I)
_AUDIENCE_NOTE = "Instagram exports do not include the account's privacy; treated as public"


def sniff(archive: Archive) -> bool:
    if any(_TOP.fullmatch(p) for m in archive.members[:5000] for p in m.name.split("/")[:-1]):
        return True
    if archive.find(_COMMENTS) or archive.find(_THREADS):
        return True
    for m in archive.find(_POSTS)[:2]:
        head = archive.head_text(m, 2048)
        if '"media"' in head and '"uri"' in head:
            return True
    for m in archive.find(r"media\.json")[:1]:
        if '"photos"' in archive.head_text(m, 4096):
            return True
    return any(n.startswith("instagram") for n in archive.names) and bool(archive.members)


class _Owner:
    def __init__(self, archive: Archive):
        self.username: str | None = None
        self.name: str | None = None
        self.bio: str | None = None
        self.source: str | None = None
        for m in archive.find(_PERSONAL):
            with guard(archive, m):
                data = fix_tree(load_json(archive, m))
                users = dig(data, "profile_user") or []
                smd = (users[0] or {}).get("string_map_data") if users else None
                smd = smd or {}
                self.username = self.username or _label(smd, "Username") or None
                self.name = self.name or _label(smd, "Name") or None
                self.bio = self.bio or _label(smd, "Bio") or None
                self.source = m.name
        if not self.username:
            for n in archive.names:
                mm = re.match(r"instagram-([A-Za-z0-9._]+)-\d{4}-\d{2}-\d{2}", n)
                if mm:
                    self.username = mm.group(1)

    @property
    def names(self) -> set[str]:
        """Names the owner's messages are sent under (display name; username as fallback)."""
        return {n.lower() for n in (self.name, self.username) if n}

    def locator(self, what: str, when: str) -> str:
        where = (f"https://www.instagram.com/{self.username}/" if self.username
                 else "your profile")
        return f"{what} of {when} — find it on {where} or in Your activity"


def _label(smd: Any, label: str) -> str:
    """Value of a ``string_map_data`` entry, label matched case-insensitively."""
    if not isinstance(smd, dict):
        return ""
    for k, v in smd.items():
        if isinstance(k, str) and k.lower() == label.lower() and isinstance(v, dict):
            return clean(v.get("value"))
    return ""


def _label_time(smd: Any, label: str = "Time") -> Any:
    if not isinstance(smd, dict):
        return None
    for k, v in smd.items():
        if isinstance(k, str) and k.lower() == label.lower() and isinstance(v, dict):
            return v.get("timestamp")
    return None


def _media_post(archive: Archive, owner: _Owner, rec: Any, source: str, *, kind: str = "post",
                platform: str = PLATFORM, what: str = "post",
                note: str | None = None) -> Post | None:
    if not isinstance(rec, dict):
        return None
    media = [x for x in rec.get("media") or [] if isinstance(x, dict)]
    if not media and rec.get("uri"):  # stories: one media item per record
        media = [rec]
    caption = clean(rec.get("title")) if "media" in rec else ""
    titles = [clean(x.get("title")) for x in media]
    if not caption:
        caption = next((t for t in titles if t), "")
    parts = tuple(dict.fromkeys(("caption", t) for t in titles if t and t != caption))
    paths = media_paths(archive, [clean(x.get("uri")) for x in media])
    subs = media_paths(archive, [clean(dig(x, "media_metadata", "video_metadata", "subtitles",
                                           "uri")) for x in media])
    if not caption and not paths:
        return None
    raw = rec.get("creation_timestamp")
    if raw is None and media:
        raw = media[0].get("creation_timestamp")
    when = from_unix(raw)
    extra = tuple(("subtitles", s) for s in subs)
    if platform == "threads":
        extra += (("app", "threads"),)
        loc = (f"Threads post of {fmt_when(when)} — find it on https://www.threads.net/@"
               f"{owner.username}" if owner.username else
               f"Threads post of {fmt_when(when)} — find it on your Threads profile")
    else:
        loc = owner.locator(what, fmt_when(when))
    return Post(
        id=hash_id(PLATFORM, kind, platform, raw, caption, paths), platform=PLATFORM, kind=kind,
        text=caption, created_at=when, created_at_raw=str(raw) if raw is not None else None,
        locator=loc, audience="public", audience_note=note or _AUDIENCE_NOTE,
        author=owner.username, media=paths, parts=parts, source_file=source, extra=extra)


def _comment_records(archive: Archive, m: Member) -> Iterator[Any]:
    if json_first_char(archive, m) == "[":
        yield from iter_records(archive, m)
        return
    data = fix_tree(load_json(archive, m))
    if isinstance(data, dict):
        for v in data.values():
            if isinstance(v, list):
                yield from v


def _iter_comments(archive: Archive, owner: _Owner) -> Iterator[Post]:
    for m in archive.find(_COMMENTS):
        with guard(archive, m):
            for rec in _comment_records(archive, m):
                if not isinstance(rec, dict):
                    continue
                smd = rec.get("string_map_data")
                if isinstance(smd, dict):
                    if not any(isinstance(k, str) and k.lower() == "comment" for k in smd):
                        continue
                    text = _label(smd, "Comment")
                    target = _label(smd, "Media Owner") or None
                    raw = _label_time(smd)
                    items = [(text, target, raw)]
                else:  # older: {"title": owner, "string_list_data": [{"value", "timestamp"}]}
                    target = clean(rec.get("title")) or None
                    items = [(clean(x.get("value")), target, x.get("timestamp"))
                             for x in rec.get("string_list_data") or [] if isinstance(x, dict)]
                for text, target, raw in items:
                    yield _comment(owner, text, target, raw, m.name)
    for m in archive.find(_LEGACY_COMMENTS):
        if "comments" not in archive.head_text(m, 256):
            continue
        with guard(archive, m):
            data = fix_tree(load_json(archive, m))
            for key in ("media_comments", "live_comments"):
                for item in (data.get(key) if isinstance(data, dict) else None) or []:
                    if isinstance(item, list) and len(item) >= 2:
                        when_raw, text = item[0], clean(item[1])
                        target = clean(item[2]) if len(item) > 2 else None
                        yield _comment(owner, text, target or None, when_raw, m.name)


def _comment(owner: _Owner, text: str, target: str | None, raw: Any, source: str) -> Post:
    when = parse_iso(raw) if isinstance(raw, str) else from_unix(raw)
    return Post(
        id=hash_id(PLATFORM, "comment", raw, text, target), platform=PLATFORM, kind="comment",
        text=text, created_at=when, created_at_raw=str(raw) if raw is not None else None,
        locator=(f"comment of {fmt_when(when)}" + (f" on a post by @{target}" if target else "")
                 + " — find it in Your activity → Comments"),
        audience="public", audience_note=_AUDIENCE_NOTE, author=owner.username, thread=target,
        source_file=source)


def _iter_legacy_media(archive: Archive, owner: _Owner) -> Iterator[Post]:
    for m in archive.find(r"media\.json"):
        with guard(archive, m):
            data = fix_tree(load_json(archive, m))
            if not isinstance(data, dict):
                continue
            for key, kind in (("photos", "post"), ("videos", "post"), ("stories", "story")):
                for rec in data.get(key) or []:
                    if not isinstance(rec, dict):
                        continue
                    text = clean(rec.get("caption"))
                    raw = rec.get("taken_at")
                    when = parse_iso(raw)
                    paths = media_paths(archive, [clean(rec.get("path"))])
                    if not text and not paths:
                        continue
                    loc = clean(rec.get("location"))
                    yield Post(
                        id=hash_id(PLATFORM, kind, raw, text, paths), platform=PLATFORM,
                        kind=kind, text=text, created_at=when, created_at_raw=raw,
                        locator=owner.locator(kind, fmt_when(when, raw)), audience="public",
                        audience_note=_AUDIENCE_NOTE, author=owner.username, media=paths,
                        parts=(("place", loc),) if loc else (), source_file=m.name)


def iter_posts(archive: Archive) -> Iterator[Post]:
    owner = _Owner(archive)
    if owner.bio:
        yield Post(id=hash_id(PLATFORM, "bio", owner.bio), platform=PLATFORM, kind="bio",
                   text=owner.bio,
                   url=f"https://www.instagram.com/{owner.username}/" if owner.username else None,
                   locator=None if owner.username else "your profile (Edit profile → Bio)",
                   author=owner.username, source_file=owner.source)
    groups = (
        (_POSTS, "post", "post", None, ("ig_posts",)),
        (_ARCHIVED, "post", "archived post",
         "archived: hidden from your profile but kept (and restorable)",
         ("ig_archived_post_media",)),
        (_REELS, "post", "reel", None, ("ig_reels_media",)),
        (_STORIES, "story", "story", "story (visible for 24 hours; kept in your archive)",
         ("ig_stories",)),
    )
    for pattern, kind, what, note, keys in groups:
        for m in archive.find(pattern):
            if pattern == _POSTS and "threads" in m.name.lower():
                continue
            with guard(archive, m):
                for rec in iter_records(archive, m, *keys):
                    post = _media_post(archive, owner, rec, m.name, kind=kind, what=what,
                                       note=note)
                    if post is not None:
                        yield post
    yield from _iter_legacy_media(archive, owner)
    for m in archive.find(_THREADS):
        with guard(archive, m):
            for rec in iter_records(archive, m, "text_post_app_text_posts"):
                post = _media_post(archive, owner, rec, m.name, platform="threads",
                                   what="Threads post")
                if post is not None:
                    yield post
    yield from _iter_comments(archive, owner)
    yield from iter_message_threads(archive, PLATFORM, owner.names,
                                    "open the chat in Instagram Direct")
