"""Mastodon archive: ``outbox.json`` (ActivityStreams OrderedCollection) + ``actor.json``.

``Create`` activities are the user's posts (``Note``, ``Question`` polls, ``Article``);
``Announce`` activities are boosts (kind ``repost``; the archive holds only the boosted
post's address). The outbox is streamed item by item, which also makes the duplicate
``orderedItems`` key some servers write harmless (both lists are read; repeated items are
dropped by id).

Authored text: ``content`` (HTML to text), the content warning (``summary``), alt text
(attachment ``name``), poll options, and the bio and profile fields in ``actor.json``.
Audience comes from the addressing: Public in ``to`` → public; Public only in ``cc`` →
public (unlisted); the followers collection only → friends; only named accounts → direct.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postcheck.model.post import Post

from ._common import clean, guard, hash_id, html_to_text, iter_json_items, load_json, parse_iso
from .archive import Archive

PLATFORM = "mastodon"
_PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}


def sniff(archive: Archive) -> bool:
    for m in archive.find(r"outbox\.json"):
        head = archive.head_text(m, 4096)
        if "OrderedCollection" in head or "orderedItems" in head or "activitystreams" in head:
            return True
    return False


def _list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (str, dict)):
        v = [v]
    return [x if isinstance(x, str) else clean(x.get("id")) for x in v
            if isinstance(x, (str, dict))]


def visibility(act: dict[str, Any], obj: dict[str, Any] | None = None) -> tuple[str, str | None]:
    """Wire audience and a note, from an activity's (or its object's) addressing."""
    src = obj if obj and (obj.get("to") or obj.get("cc")) else act
    to, cc = _list(src.get("to")), _list(src.get("cc"))
    if _PUBLIC & set(to):
        return "public", None
    if _PUBLIC & set(cc):
        return "public", "unlisted (public, but kept out of public timelines)"
    if any(x.endswith("/followers") for x in to + cc):
        return "friends", "followers-only"
    return "direct", "private mention (only the mentioned accounts)"


def _media_index(archive: Archive) -> dict[str, str]:
    out = {}
    for m in archive.members:
        i = m.name.find("media_attachments/")
        if i >= 0:
            out[m.name[i:]] = m.name
    return out


def iter_posts(archive: Archive) -> Iterator[Post]:
    actor = None
    for m in archive.find(r"actor\.json"):
        with guard(archive, m):
            actor = load_json(archive, m)
            if isinstance(actor, dict):
                bio = _bio(actor, m.name)
                if bio is not None:
                    yield bio
    handle = clean(actor.get("preferredUsername")) if isinstance(actor, dict) else ""
    media_index = _media_index(archive)
    for m in archive.find(r"outbox\.json"):
        with guard(archive, m):
            for act in iter_json_items(archive, m, "orderedItems.item"):
                if not isinstance(act, dict):
                    continue
                post = _activity(act, media_index, handle or None, m.name)
                if post is not None:
                    yield post


def _bio(actor: dict[str, Any], source: str) -> Post | None:
    text, links = html_to_text(actor.get("summary"))
    parts = []
    name = clean(actor.get("name"))
    if name:
        parts.append(("name", name))
    for f in actor.get("attachment") or []:
        if isinstance(f, dict) and f.get("name"):
            value = html_to_text(f.get("value"))[0]
            parts.append(("profile_field", f"{clean(f.get('name'))}: {value}"))
    if not text and len(parts) <= 1:
        return None
    url = clean(actor.get("url")) or clean(actor.get("id")) or None
    return Post(id=hash_id(PLATFORM, "bio", url, text), platform=PLATFORM, kind="bio", text=text,
                url=url, author=clean(actor.get("preferredUsername")) or None,
                parts=tuple(parts), links=tuple(links), source_file=source)


def _activity(act: dict[str, Any], media_index: dict[str, str], handle: str | None,
              source: str) -> Post | None:
    typ = act.get("type")
    obj = act.get("object")
    raw = clean(act.get("published"))
    if typ == "Announce":
        target = obj if isinstance(obj, str) else clean((obj or {}).get("id"))
        shared = None
        if isinstance(obj, dict):
            shared = html_to_text(obj.get("content"))[0] or None
        audience, note = visibility(act)
        return Post(
            id=f"{PLATFORM}:{clean(act.get('id')) or hash_id(PLATFORM, 'repost', raw, target)}",
            platform=PLATFORM, kind="repost", text="", created_at=parse_iso(raw),
            created_at_raw=raw or None, url=target or None, audience=audience,
            audience_note=note, author=handle, shared_text=shared, source_file=source)
    if typ != "Create" or not isinstance(obj, dict):
        return None
    text, links = html_to_text(obj.get("content"))
    parts: list[tuple[str, str]] = []
    summary = clean(obj.get("summary"))
    if summary:
        parts.append(("content_warning", summary))
    media = []
    for a in obj.get("attachment") or []:
        if not isinstance(a, dict):
            continue
        if clean(a.get("name")):
            parts.append(("alt_text", clean(a.get("name"))))
        url = clean(a.get("url"))
        i = url.find("media_attachments/")
        if i >= 0:
            media.append(media_index.get(url[i:], url[i:]))
    for key in ("oneOf", "anyOf"):
        for opt in obj.get(key) or []:
            if isinstance(opt, dict) and clean(opt.get("name")):
                parts.append(("poll_option", clean(opt.get("name"))))
    tags = {clean(t.get("href")) for t in obj.get("tag") or [] if isinstance(t, dict)}
    links = [u for u in dict.fromkeys(links) if u not in tags and not re.search(r"/tags/", u)]
    audience, note = visibility(act, obj)
    reply_to = obj.get("inReplyTo")
    reply_to = reply_to if isinstance(reply_to, str) else None
    kind = "dm" if audience == "direct" else ("reply" if reply_to else "post")
    raw = clean(obj.get("published")) or raw
    oid = clean(obj.get("id"))
    return Post(
        id=f"{PLATFORM}:{oid}" if oid else hash_id(PLATFORM, kind, raw, text),
        platform=PLATFORM, kind=kind, text=text, created_at=parse_iso(raw),
        created_at_raw=raw or None, url=clean(obj.get("url")) or oid or None,
        audience=audience, audience_note=note, author=handle, in_reply_to=reply_to,
        media=tuple(media), links=tuple(links), parts=tuple(parts), source_file=source,
        extra=(("object_type", clean(obj.get("type"))),))
