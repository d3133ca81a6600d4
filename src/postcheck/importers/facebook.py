"""Facebook "Download Your Information" (JSON), every layout from 2018 to now.

Files are found by name anywhere in the tree (``posts/``, ``your_activity_across_facebook/``,
``your_facebook_activity/`` …): ``your_posts*.json`` (incl.
``your_posts__check_ins__photos_and_videos_N.json``), ``comments.json`` (``comments`` /
``comments_v2``), group posts and comments, ``messages/…/message_N.json`` and
``profile_information.json`` (owner name, to pick the owner's side of chats).

Every string is repaired for Meta's mojibake. The export has no post ids, no permalinks and no
audience, so items get a hash id, a ``locator`` (date + Activity Log) and audience ``public``
with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postcheck.model.post import Post

from ._common import (
    clean,
    dedupe_keep_order,
    dig,
    fix_tree,
    fmt_when,
    from_unix,
    guard,
    hash_id,
    load_json,
)
from ._meta import iter_message_threads, iter_records, media_paths
from .archive import Archive

PLATFORM = "facebook"

_POSTS = r"your_posts(_\d+)?\.json|your_posts__check_ins__photos_and_videos(_\d+)?\.json"
_COMMENTS = r"comments(_\d+)?\.json"
_GROUP_POSTS = (r"your_posts_and_comments_in_groups\.json|your_group_posts(_\d+)?\.json|"
                r"group_posts_and_comments(_\d+)?\.json")
_GROUP_COMMENTS = r"your_comments_in_groups(_\d+)?\.json"
_PROFILE = r"profile_information\.json"
_TOP = re.compile(r"your_facebook_activity|your_activity_across_facebook", re.I)
ACTIVITY_LOG = "https://www.facebook.com/me/allactivity"
_AUDIENCE_NOTE = ("Facebook exports do not include the audience (Public / Friends / Only me); "
                  "treated as public")


def sniff(archive: Archive) -> bool:
    if archive.find(_POSTS) or archive.find(_PROFILE) or archive.find(_GROUP_POSTS):
        return True
    if any(_TOP.fullmatch(part) for m in archive.members[:5000] for part in
           m.name.split("/")[:-1]):
        return True
    if archive.find(_COMMENTS, under=r"comments(_and_reactions)?"):
        return True
    return any("facebook" in n for n in archive.names) and bool(
        archive.find(r"message(_\d+)?\.json", under="inbox"))


def _owner(archive: Archive) -> set[str]:
    names: set[str] = set()
    for m in archive.find(_PROFILE):
        with guard(archive, m):
            data = fix_tree(load_json(archive, m))
            for key in ("profile_v2", "profile"):
                name = clean(dig(data, key, "name", "full_name"))
                if name:
                    names.add(name.lower())
    return names


def _bio(archive: Archive) -> Iterator[Post]:
    for m in archive.find(_PROFILE):
        with guard(archive, m):
            data = fix_tree(load_json(archive, m))
            prof = dig(data, "profile_v2") or dig(data, "profile") or {}
            bio = clean(dig(prof, "intro_bio") or dig(prof, "about_me"))
            if bio:
                yield Post(id=hash_id(PLATFORM, "bio", bio), platform=PLATFORM, kind="bio",
                           text=bio, locator="your profile intro (Edit profile → Bio)",
                           audience="public", audience_note=_AUDIENCE_NOTE, source_file=m.name)


def _attachments(rec: dict[str, Any]) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    uris: list[str] = []
    links: list[str] = []
    parts: list[tuple[str, str]] = []
    for att in rec.get("attachments") or []:
        for d in (att.get("data") or []) if isinstance(att, dict) else []:
            if not isinstance(d, dict):
                continue
            media = d.get("media")
            if isinstance(media, dict):
                uris.append(clean(media.get("uri")))
                desc = clean(media.get("description"))
                if desc:
                    parts.append(("caption", desc))
            ext = d.get("external_context")
            if isinstance(ext, dict) and clean(ext.get("url")):
                links.append(clean(ext.get("url")))
            place = d.get("place")
            if isinstance(place, dict) and clean(place.get("name")):
                parts.append(("place", clean(place.get("name"))))
            if clean(d.get("text")):
                parts.append(("attachment_text", clean(d.get("text"))))
    return uris, links, parts


def _record_post(archive: Archive, rec: dict[str, Any], source: str, *, group: bool = False
                 ) -> Post | None:
    if not isinstance(rec, dict):
        return None
    texts = [clean(d.get("post")) for d in rec.get("data") or [] if isinstance(d, dict)]
    text = "\n\n".join(dedupe_keep_order(texts))
    uris, links, parts = _attachments(rec)
    parts = [p for p in dict.fromkeys(parts) if p[1] != text]
    tags = [clean(t.get("name")) for t in rec.get("tags") or [] if isinstance(t, dict)]
    if any(tags):
        parts.append(("tagged", ", ".join(t for t in tags if t)))
    media = media_paths(archive, uris)
    if text or media or any(k != "tagged" for k, _ in parts):
        kind = "post"
    elif links:
        kind = "repost"  # a link shared without words of the user's own
    else:
        return None  # bare timestamp, nothing authored
    raw = rec.get("timestamp")
    when = from_unix(raw)
    title = clean(rec.get("title"))
    where = "group" if group else "post"
    return Post(
        id=hash_id(PLATFORM, kind, raw, text, links, media, parts),
        platform=PLATFORM, kind=kind, text=text, created_at=when,
        created_at_raw=str(raw) if raw is not None else None,
        locator=f"{where} of {fmt_when(when)} — find it in your Activity Log ({ACTIVITY_LOG}), "
                "filtered to that date",
        audience="group" if group else "public",
        audience_note=None if group else _AUDIENCE_NOTE,
        media=media, links=tuple(dict.fromkeys(links)), parts=tuple(parts), source_file=source,
        extra=(("title", title),) if title else ())


def _comment_post(archive: Archive, rec: dict[str, Any], source: str, owner: set[str],
                  *, group: bool = False) -> Iterator[Post]:
    if not isinstance(rec, dict):
        return
    uris, links, parts = _attachments(rec)
    media = media_paths(archive, uris)
    for d in rec.get("data") or []:
        c = d.get("comment") if isinstance(d, dict) else None
        if not isinstance(c, dict):
            continue
        author = clean(c.get("author"))
        if owner and author and author.lower() not in owner:
            continue
        text = clean(c.get("comment"))
        if not text and not media:
            continue
        raw = c.get("timestamp", rec.get("timestamp"))
        when = from_unix(raw)
        grp = clean(c.get("group")) or None
        title = clean(rec.get("title"))
        yield Post(
            id=hash_id(PLATFORM, "comment", raw, text, grp), platform=PLATFORM, kind="comment",
            text=text, created_at=when, created_at_raw=str(raw) if raw is not None else None,
            locator=f"comment of {fmt_when(when)}{' in ' + grp if grp else ''} — find it in "
                    f"your Activity Log ({ACTIVITY_LOG}) under Comments",
            audience="group" if (group or grp) else "public",
            audience_note=None if (group or grp) else _AUDIENCE_NOTE,
            author=author or None, thread=grp, media=media,
            links=tuple(dict.fromkeys(links)), parts=tuple(parts), source_file=source,
            extra=(("title", title),) if title else ())


def iter_posts(archive: Archive) -> Iterator[Post]:
    owner = _owner(archive)
    yield from _bio(archive)
    for m in archive.find(_POSTS):
        with guard(archive, m):
            for rec in iter_records(archive, m, "status_updates"):
                post = _record_post(archive, rec, m.name)
                if post is not None:
                    yield post
    for m in archive.find(_GROUP_POSTS):
        with guard(archive, m):
            for rec in iter_records(archive, m, "group_posts_v2", "group_posts"):
                if isinstance(rec, dict) and any(isinstance(d, dict) and "comment" in d
                                                 for d in rec.get("data") or []):
                    yield from _comment_post(archive, rec, m.name, owner, group=True)
                else:
                    post = _record_post(archive, rec, m.name, group=True)
                    if post is not None:
                        yield post
    for m in archive.find(_GROUP_COMMENTS):
        with guard(archive, m):
            for rec in iter_records(archive, m, "group_comments_v2", "group_comments"):
                yield from _comment_post(archive, rec, m.name, owner, group=True)
    for m in archive.find(_COMMENTS):
        if "message" in m.name.lower():
            continue
        with guard(archive, m):
            for rec in iter_records(archive, m, "comments_v2", "comments"):
                yield from _comment_post(archive, rec, m.name, owner)
    yield from iter_message_threads(
        archive, PLATFORM, owner, f"open Messenger and search the chat ({ACTIVITY_LOG})")
