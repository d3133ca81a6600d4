"""Bluesky repository export: one CAR v1 file (``repo.car``, the same bytes as
``com.atproto.sync.getRepo``).

CAR and DAG-CBOR decoding use ``libipld`` (a maintained Rust extension). The records are
reached the only correct way: from the signed commit named by ``roots[0]``, through the
Merkle Search Tree in key order, rebuilding each ``<collection>/<rkey>`` key from the
prefix-compressed entries. Blocks not reachable from the root (history in old CARs) are
ignored; a block the tree names but the file lacks is reported, not fatal.

Read: ``app.bsky.feed.post`` (text, alt text, link facets, reply/quote), ``app.bsky.feed
.repost`` (kind ``repost``, linking to the reposted post), ``app.bsky.actor.profile`` (bio),
lists and feed generators (name + description). Link:
``https://bsky.app/profile/<did>/post/<rkey>``. Everything in a repo is public.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from postcheck.model.post import Post

from ._common import MalformedFile, clean, guard, hash_id, parse_iso
from .archive import W_MISSING, Archive, Member

PLATFORM = "bluesky"
_B32 = "234567abcdefghijklmnopqrstuvwxyz"


def _libipld() -> Any:
    try:
        import libipld  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise MalformedFile("reading Bluesky CAR files needs the 'libipld' package") from exc
    return libipld


def _read_varint(buf: bytes, pos: int = 0) -> tuple[int, int]:
    shift = result = 0
    while pos < len(buf) and shift < 64:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7
    raise ValueError("bad varint")


def _looks_like_car(head: bytes) -> bool:
    try:
        n, pos = _read_varint(head)
    except ValueError:
        return False
    header = head[pos:pos + n]
    return 0 < n < 4096 and b"roots" in header and b"version" in header


def _cars(archive: Archive) -> list[Member]:
    return [m for m in archive.find(r".+\.car") if _looks_like_car(archive.head(m, 512))]


def sniff(archive: Archive) -> bool:
    return bool(_cars(archive))


def tid_time(rkey: str) -> datetime | None:
    """Timestamp encoded in a TID record key (microseconds since the epoch)."""
    if len(rkey) != 13 or any(c not in _B32 for c in rkey):
        return None
    n = 0
    for c in rkey:
        n = n * 32 + _B32.index(c)
    micros = n >> 10
    try:
        return datetime.fromtimestamp(micros / 1e6, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _walk(archive: Archive, m: Member, blocks: dict[bytes, Any], root: bytes
          ) -> Iterator[tuple[str, bytes]]:
    """In-order MST walk: ``(key, record cid)``. Iterative, cycle-safe."""
    stack: list[tuple[str, Any]] = [("node", root)]
    visited: set[bytes] = set()
    while stack:
        what, value = stack.pop()
        if what == "emit":
            yield value
            continue
        cid = bytes(value)
        if cid in visited:
            continue
        visited.add(cid)
        node = blocks.get(cid)
        if not isinstance(node, dict):
            archive.report(m.name, "a tree node the repository refers to is missing; records "
                                   "under it were not read", W_MISSING)
            continue
        todo: list[tuple[str, Any]] = []
        if node.get("l"):
            todo.append(("node", node["l"]))
        prev = b""
        for e in node.get("e") or []:
            key = prev[: e.get("p", 0)] + bytes(e.get("k", b""))
            prev = key
            todo.append(("emit", (key.decode("utf-8", "replace"), bytes(e["v"]))))
            if e.get("t"):
                todo.append(("node", e["t"]))
        stack.extend(reversed(todo))


def _at_to_url(uri: str) -> str | None:
    # at://<did>/app.bsky.feed.post/<rkey>
    if not uri.startswith("at://"):
        return None
    parts = uri[5:].split("/")
    if len(parts) == 3 and parts[1] == "app.bsky.feed.post":
        return f"https://bsky.app/profile/{parts[0]}/post/{parts[2]}"
    return None


def _facet_links(rec: dict[str, Any]) -> list[str]:
    links = []
    for f in rec.get("facets") or []:
        for feat in (f or {}).get("features") or []:
            if isinstance(feat, dict) and feat.get("uri"):
                links.append(clean(feat.get("uri")))
    for ent in rec.get("entities") or []:  # retired pre-2023 shape
        if isinstance(ent, dict) and ent.get("type") == "link" and ent.get("value"):
            links.append(clean(ent.get("value")))
    return links


def _embed(rec: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], str | None]:
    """(alt texts, links, quoted post uri) of a post's embed."""
    emb = rec.get("embed")
    parts: list[tuple[str, str]] = []
    links: list[str] = []
    quoted = None
    stack = [emb]
    while stack:
        e = stack.pop()
        if not isinstance(e, dict):
            continue
        for img in e.get("images") or []:
            if isinstance(img, dict) and clean(img.get("alt")):
                parts.append(("alt_text", clean(img.get("alt"))))
        if isinstance(e.get("video"), dict) or e.get("alt"):
            if clean(e.get("alt")):
                parts.append(("alt_text", clean(e.get("alt"))))
        ext = e.get("external")
        if isinstance(ext, dict) and ext.get("uri"):
            links.append(clean(ext.get("uri")))
        rec_ref = e.get("record")
        if isinstance(rec_ref, dict):
            if isinstance(rec_ref.get("uri"), str):
                quoted = rec_ref["uri"]
            else:
                stack.append(rec_ref)
        if isinstance(e.get("media"), dict):
            stack.append(e["media"])
    return parts, links, quoted


def iter_posts(archive: Archive) -> Iterator[Post]:
    ipld = _libipld()
    for m in _cars(archive):
        with guard(archive, m):
            try:
                header, blocks = ipld.decode_car(archive.read_bytes(m))
            except (ValueError, TypeError, RuntimeError) as exc:
                raise MalformedFile(f"not a readable CAR file: {exc}") from exc
            roots = header.get("roots") or []
            commit = blocks.get(bytes(roots[0])) if roots else None
            if not isinstance(commit, dict):
                raise MalformedFile("the CAR's root commit block is missing")
            did = clean(commit.get("did")) or None
            data = commit.get("data")
            if data is None and commit.get("root") is not None:  # repo v1: commit → root
                data = (blocks.get(bytes(commit["root"])) or {}).get("data")
            if data is None:
                raise MalformedFile("the commit names no record tree")
            records = {}
            for key, cid in _walk(archive, m, blocks, bytes(data)):
                records[key] = cid
            missing = []
            for key, cid in records.items():
                rec = blocks.get(cid)
                if rec is None:
                    missing.append(key)
                    continue
                if isinstance(rec, dict):
                    post = _record(key, rec, did, m.name, blocks, records)
                    if post is not None:
                        yield post
            if missing:
                archive.report(m.name, f"{len(missing)} record(s) named by the repository are "
                               f"missing from the file (first: {missing[0]})", W_MISSING)


def _record(key: str, rec: dict[str, Any], did: str | None, source: str,
            blocks: dict[bytes, Any], records: dict[str, bytes]) -> Post | None:
    coll, _, rkey = key.partition("/")
    rtype = rec.get("$type") or coll
    raw = clean(rec.get("createdAt")) or None
    when = parse_iso(raw) or tid_time(rkey)
    profile = f"https://bsky.app/profile/{did}" if did else None
    if rtype == "app.bsky.feed.post":
        text = clean(rec.get("text"))
        parts, links, quoted = _embed(rec)
        links = _facet_links(rec) + links
        reply = rec.get("reply") if isinstance(rec.get("reply"), dict) else None
        parent = clean((reply.get("parent") or {}).get("uri")) if reply else ""
        kind = "reply" if reply else ("quote" if quoted else "post")
        labels = [clean(v.get("val")) for v in (rec.get("labels") or {}).get("values") or []
                  if isinstance(v, dict)] if isinstance(rec.get("labels"), dict) else []
        tags = [clean(t) for t in rec.get("tags") or [] if isinstance(t, str)]
        extra = tuple(("label", x) for x in labels if x) + tuple(("tag", t) for t in tags if t)
        if quoted:
            extra += (("quoted", quoted),)
        return Post(
            id=f"{PLATFORM}:{did}/{key}" if did else hash_id(PLATFORM, kind, key, text),
            platform=PLATFORM, kind=kind, text=text, created_at=when, created_at_raw=raw,
            url=f"https://bsky.app/profile/{did}/post/{rkey}" if did else None,
            locator=None if did else f"post {rkey} — the repository's account id is missing",
            audience="public", author=did, in_reply_to=parent or None,
            links=tuple(dict.fromkeys(links)), parts=tuple(parts),
            lang=",".join(rec.get("langs") or []) or None, source_file=source, extra=extra)
    if rtype == "app.bsky.feed.repost":
        subject = clean((rec.get("subject") or {}).get("uri")) if isinstance(
            rec.get("subject"), dict) else ""
        shared = None
        own = f"at://{did}/" if did else None
        if own and subject.startswith(own):  # reposting one's own post: text is here
            target = blocks.get(records.get(subject[len(own):], b""))
            if isinstance(target, dict):
                shared = clean(target.get("text")) or None
        return Post(
            id=f"{PLATFORM}:{did}/{key}" if did else hash_id(PLATFORM, "repost", key),
            platform=PLATFORM, kind="repost", text="", created_at=when, created_at_raw=raw,
            url=_at_to_url(subject) or profile,
            locator="undo the repost from the reposted post", audience="public", author=did,
            shared_text=shared, in_reply_to=subject or None, source_file=source)
    if rtype in ("app.bsky.actor.profile", "app.bsky.graph.list", "app.bsky.feed.generator"):
        text = clean(rec.get("description"))
        name = clean(rec.get("displayName") or rec.get("name"))
        if not text and not name:
            return None
        kind = "bio" if rtype == "app.bsky.actor.profile" else "list"
        return Post(
            id=f"{PLATFORM}:{did}/{key}" if did else hash_id(PLATFORM, kind, key, text),
            platform=PLATFORM, kind=kind, text=text, created_at=when, created_at_raw=raw,
            url=profile, audience="public", author=did,
            parts=(("name", name),) if name else (), source_file=source,
            extra=(("record_type", rtype),))
    return None
