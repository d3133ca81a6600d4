"""Shapes shared by Meta's exports (Facebook, Instagram, Threads): the mojibake repair,
wrapped-or-bare record lists, and Messenger-style message threads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from postcheck.model.post import Post

from ._common import (
    Occurrences,
    clean,
    fix_tree,
    fmt_when,
    from_unix,
    guard,
    hash_id,
    iter_json_items,
    json_first_char,
    load_json,
)
from .archive import Archive, Member

MESSAGE_FILE = r"message(_\d+)?\.json"


def iter_records(archive: Archive, member: Member, *wrapper_keys: str) -> Iterator[Any]:
    """Records of a Meta JSON file, mojibake repaired. Bare top-level arrays are streamed;
    wrapped files (``{"status_updates": […]}``, ``{"comments_v2": […]}``) are loaded and the
    first list under one of ``wrapper_keys`` (else any list value) is used."""
    first = json_first_char(archive, member)
    if first == "[":
        for rec in iter_json_items(archive, member):
            yield fix_tree(rec)
        return
    data = load_json(archive, member)
    if isinstance(data, dict):
        for key in wrapper_keys:
            value = data.get(key)
            if isinstance(value, dict):  # {"group_posts": {"activity_log_data": […]}}
                value = next((v for v in value.values() if isinstance(v, list)), None)
            if isinstance(value, list):
                data = value
                break
        else:
            data = next((v for v in data.values() if isinstance(v, list)), [])
    for rec in data if isinstance(data, list) else []:
        yield fix_tree(rec)


def media_paths(archive: Archive, uris: list[str]) -> tuple[str, ...]:
    out = []
    for uri in uris:
        if not uri or uri.startswith(("http://", "https://")):
            continue
        out.append(archive.resolve(uri) or uri)
    return tuple(dict.fromkeys(out))


def iter_message_threads(archive: Archive, platform: str, owner_names: set[str],
                         locator_hint: str) -> Iterator[Post]:
    """Messenger-style ``messages/inbox/<thread>/message_N.json`` files (Facebook and
    Instagram): the owner's messages, or every sender's (with ``author``) when the owner is
    unknown. ``owner_names`` are lower-cased."""
    me = owner_names | {m.lower() for m in archive.options.me}
    for m in archive.find(MESSAGE_FILE):
        folder = m.parent.rsplit("/", 1)[-1] if m.parent else ""
        seen = Occurrences()
        with guard(archive, m):
            data = load_json(archive, m)
            if not isinstance(data, dict):
                continue
            data = fix_tree(data)
            title = clean(data.get("title")) or folder or None
            participants = [clean(p.get("name")) for p in data.get("participants") or []
                            if isinstance(p, dict)]
            audience = "group" if len(participants) > 2 else "direct"
            messages = [x for x in data.get("messages") or [] if isinstance(x, dict)]
            # the owner's side when the owner is known *and* appears in this thread; else
            # every sender's messages, each with its author
            senders = {clean(x.get("sender_name")).lower() for x in messages}
            mine = me & senders
            for msg in messages:
                if msg.get("is_unsent"):
                    continue
                sender = clean(msg.get("sender_name"))
                if mine and sender.lower() not in mine:
                    continue
                text = clean(msg.get("content"))
                media = media_paths(archive, [
                    clean(x.get("uri")) for key in ("photos", "videos", "audio_files", "files",
                                                    "gifs")
                    for x in msg.get(key) or [] if isinstance(x, dict)])
                share = msg.get("share") if isinstance(msg.get("share"), dict) else {}
                links = tuple(x for x in (clean(share.get("link")),) if x)
                if not text and not media and not links:
                    continue
                raw = msg.get("timestamp_ms")
                when = from_unix(raw, ms=True)
                n = seen(sender, raw, text)
                yield Post(
                    id=hash_id(platform, "dm", m.parent, sender, raw, text, n),
                    platform=platform, kind="dm", text=text, created_at=when,
                    created_at_raw=str(raw) if raw is not None else None,
                    locator=f"message of {fmt_when(when)} in the conversation "
                            f"“{title or folder or 'unnamed'}” — {locator_hint}",
                    audience=audience, author=sender or None, thread=title, media=media,
                    links=links, source_file=m.name)
