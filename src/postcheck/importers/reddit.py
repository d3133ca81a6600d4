"""Reddit data request: ``comments.csv``, ``posts.csv``, ``messages*.csv`` and
``chat_history.csv``, recognised by their headers (``id,permalink,date,…``).

``body`` is Markdown with HTML entities (unescaped here); ``[deleted]`` / ``[removed]``
bodies are kept as already-deleted items with no text. The ``permalink`` is the link back.
The owner (for picking their side of messages) comes from ``account_username.csv`` or
``statistics.csv`` when present, else every sender's messages are kept with ``author``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from postcheck.model.post import Post

from ._common import (
    MalformedFile,
    Occurrences,
    clean,
    fmt_when,
    guard,
    hash_id,
    parse_format,
    unescape,
)
from .archive import Archive, Member

PLATFORM = "reddit"
_TIME = ("%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S %Z", "%Y-%m-%d %H:%M:%S",
         "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z")
_GONE = {"[deleted]", "[removed]"}
csv.field_size_limit(64 * 1024 * 1024)


def _header(archive: Archive, m: Member) -> list[str]:
    first = archive.head_text(m, 1024).split("\n", 1)[0].strip().lower()
    return [h.strip().strip('"') for h in first.split(",")]


def sniff(archive: Archive) -> bool:
    for pat in (r"comments\.csv", r"posts\.csv"):
        for m in archive.find(pat)[:2]:
            if _header(archive, m)[:3] == ["id", "permalink", "date"]:
                return True
    return False


def _rows(archive: Archive, m: Member) -> Iterator[dict[str, str]]:
    with archive.open_text(m) as fh:
        reader = csv.DictReader(fh)
        try:
            for row in reader:
                yield {(k or "").strip().lower(): (v or "") for k, v in row.items()}
        except csv.Error as exc:
            raise MalformedFile(f"malformed CSV at line {reader.line_num}: {exc}") from exc


def _link(permalink: str) -> str | None:
    p = permalink.strip()
    if not p:
        return None
    return "https://www.reddit.com" + p if p.startswith("/") else p


def _owner(archive: Archive) -> set[str]:
    names = {x.lower().removeprefix("u/") for x in archive.options.me}
    for m in archive.find(r"account_username\.csv"):
        with guard(archive, m):
            for r in _rows(archive, m):
                if clean(r.get("username")):
                    names.add(clean(r.get("username")).lower())
    for m in archive.find(r"statistics\.csv"):
        with guard(archive, m):
            for r in _rows(archive, m):
                if clean(r.get("statistic")).lower() in ("account name", "username"):
                    names.add(clean(r.get("value")).lower())
    return names


def iter_posts(archive: Archive) -> Iterator[Post]:
    owner = _owner(archive)
    for kind, pattern in (("post", r"posts\.csv"), ("comment", r"comments\.csv")):
        for m in archive.find(pattern):
            if _header(archive, m)[:3] != ["id", "permalink", "date"]:
                continue
            with guard(archive, m):
                for r in _rows(archive, m):
                    yield _item(kind, r, m.name)
    for m in archive.find(r"messages(_archive)?\.csv|chat_history\.csv"):
        seen = Occurrences()
        with guard(archive, m):
            for r in _rows(archive, m):
                post = _message(r, owner, m.name, seen)
                if post is not None:
                    yield post


def _item(kind: str, r: dict[str, str], source: str) -> Post:
    rid = clean(r.get("id"))
    raw = clean(r.get("date"))
    when = parse_format(raw, *_TIME)
    body = unescape(clean(r.get("body")))
    title = unescape(clean(r.get("title")))
    gone = body in _GONE
    if gone:
        body = ""
    text = "\n\n".join(x for x in (title, body) if x) if kind == "post" else body
    parent = clean(r.get("parent"))
    url = _link(r.get("permalink", ""))
    sub = clean(r.get("subreddit")) or None
    links = tuple(x for x in (clean(r.get("url")),) if x and x != url)
    return Post(
        id=f"{PLATFORM}:{'t3' if kind == 'post' else 't1'}_{rid}" if rid else
        hash_id(PLATFORM, kind, raw, text),
        platform=PLATFORM, kind=kind, text=text, created_at=when, created_at_raw=raw or None,
        url=None if gone else url,
        locator=f"already deleted or removed ({fmt_when(when, raw)} in r/{sub})" if gone else None,
        audience="public", audience_note=None, thread=f"r/{sub}" if sub else None,
        in_reply_to=parent or clean(r.get("link")) or None, links=links,
        already_deleted=gone, source_file=source)


def _message(r: dict[str, str], owner: set[str], source: str, seen: Occurrences) -> Post | None:
    sender = clean(r.get("from") or r.get("username"))
    if owner and sender.lower().removeprefix("u/") not in owner:
        return None
    text = unescape(clean(r.get("body") or r.get("message")))
    subject = unescape(clean(r.get("subject")))
    if not text and not subject:
        return None
    raw = clean(r.get("date") or r.get("created_at"))
    when = parse_format(raw, *_TIME)
    thread = clean(r.get("thread_id") or r.get("channel_name") or r.get("to")) or None
    mid = clean(r.get("id") or r.get("message_id"))
    n = seen(thread, raw, text)
    return Post(
        id=f"{PLATFORM}:msg:{mid}" if mid else hash_id(PLATFORM, "dm", thread, raw, text, n),
        platform=PLATFORM, kind="dm", text=text, created_at=when, created_at_raw=raw or None,
        url=_link(r.get("permalink", "")),
        locator=f"message of {fmt_when(when, raw)} — open reddit.com/message/messages",
        audience="group" if clean(r.get("conversation_type")).lower() == "group" else "direct",
        author=sender or None, thread=thread,
        parts=(("subject", subject),) if subject else (), source_file=source)
