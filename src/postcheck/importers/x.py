"""X / Twitter archive: all four layout generations.

- 2022+: ``data/tweets.js`` (``window.YTD.tweets.part0 = [{"tweet": {…}}]``), split parts
  ``tweets-part1.js``…, ``note-tweet.js``, ``deleted-tweets.js``, ``community-tweet.js``,
  ``direct-messages*.js``, ``profile.js``, ``account.js``, ``manifest.js``.
- 2020–2022: the same in ``data/tweet.js`` (singular names).
- 2018–2019: ``tweet.js`` at the root with unwrapped tweet objects.
- 2012–2018 "Grailbird": ``tweets.csv`` (or ``data/js/tweets/YYYY_MM.js``).

Every ``.js`` file is JSON behind an assignment: the text up to the first ``=`` is dropped,
never executed. Ids stay strings. Long posts (note tweets) replace the truncated text of the
matching tweet instead of being added; of an edit chain only the latest version is kept.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from postcheck.model.post import Post

from ._common import (
    MalformedFile,
    clean,
    dig,
    fmt_when,
    guard,
    hash_id,
    iter_json_items,
    load_json,
    parse_format,
    parse_iso,
    unescape,
)
from .archive import Archive, Member

PLATFORM = "x"

_YTD = rb"="
_TWEETS = r"tweets?(-part\d+)?\.js"
_NOTES = r"note-tweets?(-part\d+)?\.js"
_DELETED = r"deleted-tweets?(-part\d+)?\.js"
_COMMUNITY = r"community-tweets?(-part\d+)?\.js"
_DMS = r"direct-messages?(-part\d+)?\.js"
_DM_GROUP = r"direct-messages?-group(-part\d+)?\.js"
_PROFILE = r"profile(-part\d+)?\.js"
_ACCOUNT = r"account(-part\d+)?\.js"
_PROTECTED = r"protected-history(-part\d+)?\.js"
_MEDIA_DIRS = re.compile(
    r"(?:deleted_)?tweets?_media|community_tweet_media|direct_messages?(?:_group)?_media", re.I)
_STATUS_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)")
_RT = re.compile(r"^RT @(\w+):\s?", re.S)
_TCO = re.compile(r"https?://t\.co/\w+")
_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_X_TIME = ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S")


def sniff(archive: Archive) -> bool:
    for m in archive.find(r"manifest\.js"):
        if "__THAR_CONFIG" in archive.head_text(m, 256):
            return True
    for pattern in (_TWEETS, _ACCOUNT, _NOTES, _DMS, _PROFILE, _DELETED):
        for m in archive.find(pattern)[:3]:
            if archive.head_text(m, 256).lstrip().startswith("window.YTD."):
                return True
    for m in archive.find(r"tweets\.csv"):
        if "tweet_id" in archive.head_text(m, 512).split("\n", 1)[0]:
            return True
    return any("Grailbird.data" in archive.head_text(m, 256)
               for m in archive.find(r"\d{4}_\d{2}\.js")[:3])


# --------------------------------------------------------------------------- context


@dataclass
class _Ctx:
    archive: Archive
    username: str | None = None
    account_id: str | None = None
    protected: list[tuple[datetime, bool]] = field(default_factory=list)
    media: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[datetime, list[dict[str, Any]]] = field(default_factory=dict)
    used_notes: set[str] = field(default_factory=set)

    def status_url(self, tid: str) -> str:
        if self.username:
            return f"https://x.com/{self.username}/status/{tid}"
        return f"https://x.com/i/web/status/{tid}"

    def audience(self, when: datetime | None) -> tuple[str, str | None]:
        state = False
        if when is not None:
            for at, prot in self.protected:
                if at <= when:
                    state = prot
        if state:
            return "friends", "posted while the account was protected (followers only)"
        return "public", None


def _entries(archive: Archive, member: Member, key: str) -> Iterator[dict[str, Any]]:
    """Items of a ``window.YTD`` file, unwrapped from ``{"<key>": {…}}`` when wrapped."""
    for item in iter_json_items(archive, member, skip_to=_YTD):
        if isinstance(item, dict):
            inner = item.get(key)
            yield inner if isinstance(inner, dict) else item


def _load_context(archive: Archive) -> _Ctx:
    ctx = _Ctx(archive)
    for m in archive.find(_ACCOUNT):
        with guard(archive, m):
            for acc in _entries(archive, m, "account"):
                ctx.username = ctx.username or clean(acc.get("username")) or None
                ctx.account_id = ctx.account_id or clean(acc.get("accountId")) or None
    if not ctx.username or not ctx.account_id:
        for m in archive.find(r"manifest\.js"):
            with guard(archive, m):
                info = dig(load_json(archive, m, skip_to=_YTD), "userInfo") or {}
                ctx.username = ctx.username or clean(info.get("userName")) or None
                ctx.account_id = ctx.account_id or clean(info.get("accountId")) or None
    for m in archive.find(_PROTECTED):
        with guard(archive, m):
            for e in _entries(archive, m, "protectedHistory"):
                at = parse_iso(e.get("protectedAt"))
                if at is not None:
                    ctx.protected.append((at, clean(e.get("action")).lower() == "protect"))
        ctx.protected.sort()
    for m in archive.members:
        folders = m.name.split("/")[:-1]
        if folders and _MEDIA_DIRS.fullmatch(folders[-1]) and "-" in m.basename:
            ctx.media.setdefault(m.basename.split("-", 1)[0], []).append(m.name)
    for m in archive.find(_NOTES):
        with guard(archive, m):
            for n in _entries(archive, m, "noteTweet"):
                when = parse_iso(n.get("createdAt"))
                if when is not None:
                    ctx.notes.setdefault(when.replace(microsecond=0), []).append(n)
    return ctx


# --------------------------------------------------------------------------- tweets


def _expand(text: str, urls: list[dict[str, Any]], drop: set[str]) -> tuple[str, list[str]]:
    links = []
    for u in urls or []:
        if not isinstance(u, dict):
            continue
        short = u.get("url") or u.get("shortUrl")
        full = u.get("expanded_url") or u.get("expandedUrl") or u.get("expanded")
        if short and full:
            text = text.replace(short, full)
            links.append(full)
    for short in drop:
        text = text.replace(short, "")
    return text.strip(), links


def _note_for(ctx: _Ctx, when: datetime | None, text: str) -> dict[str, Any] | None:
    """The note tweet holding this tweet's full text: same second, and one text a prefix of
    the other once t.co links, the trailing ellipsis and spacing are ignored."""
    if when is None or not ctx.notes:
        return None
    cands = ctx.notes.get(when.replace(microsecond=0))
    if not cands:
        return None
    stem = _MENTIONS.sub("", _squash(text)).rstrip("…").rstrip()
    if not stem:
        return None
    for n in cands:
        full = _squash(unescape(clean(dig(n, "core", "text"))))
        if clean(n.get("noteTweetId")) in ctx.used_notes or not full:
            continue
        full = _MENTIONS.sub("", full)
        if full.startswith(stem) or stem.startswith(full):
            return n
    return None


def _squash(text: str) -> str:
    return " ".join(_TCO.sub(" ", text).split())


def _tweet_post(ctx: _Ctx, t: dict[str, Any], source: str, *, is_rt: bool,
                rt_text: str | None = None, deleted: bool = False,
                community: bool = False) -> Post | None:
    tid = clean(t.get("id_str") or t.get("id") or t.get("tweet_id"))
    if not tid:
        return None
    raw_time = clean(t.get("created_at") or t.get("timestamp"))
    when = parse_format(raw_time, *_X_TIME)
    raw_text = t.get("full_text") if t.get("full_text") is not None else t.get("text")
    text = unescape(clean(raw_text))
    ents = t.get("entities") or {}
    ext = (t.get("extended_entities") or {}).get("media") or ents.get("media") or []
    media_short = {clean(m.get("url")) for m in ext if isinstance(m, dict) and m.get("url")}
    reply_to = clean(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id")) or None
    parts: list[tuple[str, str]] = []
    for m in ext:
        alt = clean(m.get("ext_alt_text")) if isinstance(m, dict) else ""
        if alt:
            parts.append(("alt_text", alt))

    if is_rt:
        match = _RT.match(text)
        shared = rt_text if rt_text is not None else (text[match.end():] if match else text)
        shared, links = _expand(shared, ents.get("urls") or [], media_short)
        kind, body, media = "repost", "", ()
        shared_author = "@" + match.group(1) if match else None
    else:
        note = _note_for(ctx, when, text)
        if note is not None:
            ctx.used_notes.add(clean(note.get("noteTweetId")))
            body, links = _expand(clean(dig(note, "core", "text")),
                                  dig(note, "core", "urls") or [], set())
            lead = _MENTIONS.match(text)
            if lead and not body.startswith("@"):
                body = lead.group(0) + body
        else:
            body, links = _expand(text, ents.get("urls") or [], media_short)
        quoted = [u for u in links if (mm := _STATUS_URL.match(u)) and mm.group(2) != tid]
        kind = "reply" if reply_to else ("quote" if quoted else "post")
        shared = None
        shared_author = None
        media = tuple(ctx.media.get(tid, ()))
    audience, note_text = ctx.audience(when)
    if community:
        note_text = "posted in an X Community"
    url: str | None = ctx.status_url(tid)
    locator = None
    if deleted:
        url = None
        locator = (f"already deleted from X (on {clean(t.get('deleted_at')) or 'an unknown date'});"
                   f" posted {fmt_when(when, raw_time)}")
    return Post(
        id=f"x:{tid}", platform=PLATFORM, kind=kind, text=body, created_at=when,
        created_at_raw=raw_time or None, url=url, locator=locator, audience=audience,
        audience_note=note_text, author=ctx.username, shared_text=shared,
        shared_author=shared_author, in_reply_to=reply_to, media=media,
        links=tuple(dict.fromkeys(links)), parts=tuple(parts), source_file=source,
        already_deleted=deleted, lang=clean(t.get("lang")) or None)


def _edit_chain(t: dict[str, Any]) -> tuple[str, ...]:
    info = t.get("edit_info") or {}
    ids = dig(info, "initial", "editTweetIds") or dig(info, "edit", "editControlInitial",
                                                      "editTweetIds") or []
    return tuple(str(i) for i in ids)


def _iter_tweet_files(ctx: _Ctx, pattern: str, **kw: bool) -> Iterator[Post]:
    archive = ctx.archive
    held: dict[tuple[str, ...], list[Post]] = {}
    for m in archive.find(pattern):
        head = archive.head_text(m, 64).lstrip()
        if not head.startswith("window."):
            continue
        with guard(archive, m):
            for t in _entries(archive, m, "tweet"):
                text = clean(t.get("full_text") if "full_text" in t else t.get("text"))
                post = _tweet_post(ctx, t, m.name, is_rt=text.startswith("RT @"), **kw)
                if post is None:
                    archive.report(m.name, "a tweet without an id was skipped")
                    continue
                chain = _edit_chain(t)
                if len(chain) > 1:
                    held.setdefault(tuple(sorted(chain, key=int)), []).append(post)
                else:
                    yield post
    for versions in held.values():  # latest version of each edited post
        latest = max(versions, key=lambda p: int(p.native_id or 0))
        earlier = sorted(p.native_id or "" for p in versions if p is not latest)
        if earlier:
            latest = replace(latest, extra=latest.extra + (("earlier_versions",
                                                            ",".join(earlier)),))
        yield latest


def _iter_grailbird(ctx: _Ctx) -> Iterator[Post]:
    archive = ctx.archive
    csvs = [m for m in archive.find(r"tweets\.csv")
            if "tweet_id" in archive.head_text(m, 512).split("\n", 1)[0]]
    for m in csvs:
        with guard(archive, m), archive.open_text(m) as fh:
            for row in csv.DictReader(fh):
                row = {(k or "").strip(): v for k, v in row.items()}
                text = row.get("text") or ""
                urls = [{"url": s, "expanded_url": e} for s, e in
                        zip(_TCO.findall(text), [u for u in (row.get("expanded_urls") or "")
                                                 .split(",") if u], strict=False)]
                t = {"id_str": row.get("tweet_id"), "text": text,
                     "created_at": row.get("timestamp"),
                     "in_reply_to_status_id_str": row.get("in_reply_to_status_id"),
                     "entities": {"urls": urls}}
                post = _tweet_post(ctx, t, m.name, is_rt=bool(row.get("retweeted_status_id")))
                if post is not None:
                    yield post
    if csvs:
        return
    for m in archive.find(r"\d{4}_\d{2}\.js"):
        if "Grailbird" not in archive.head_text(m, 128):
            continue
        with guard(archive, m):
            for t in iter_json_items(archive, m, skip_to=_YTD):
                if not isinstance(t, dict):
                    continue
                rt = t.get("retweeted_status")
                rt_text = unescape(clean(rt.get("text"))) if isinstance(rt, dict) else None
                post = _tweet_post(ctx, t, m.name, is_rt=isinstance(rt, dict), rt_text=rt_text)
                if post is not None:
                    yield post


def _iter_orphan_notes(ctx: _Ctx) -> Iterator[Post]:
    for when, notes in ctx.notes.items():
        for n in notes:
            if clean(n.get("noteTweetId")) in ctx.used_notes:
                continue
            text, links = _expand(clean(dig(n, "core", "text")), dig(n, "core", "urls") or [],
                                  set())
            yield Post(
                id=hash_id(PLATFORM, "post", n.get("createdAt"), text), platform=PLATFORM,
                kind="post", text=text, created_at=when, created_at_raw=n.get("createdAt"),
                locator=f"long post of {fmt_when(when)} (no matching entry in tweets.js); find "
                        f"it on your profile{' @' + ctx.username if ctx.username else ''}",
                author=ctx.username, links=tuple(links), source_file="note-tweet.js")


# --------------------------------------------------------------------------- DMs, profile


def _iter_dms(ctx: _Ctx) -> Iterator[Post]:
    archive = ctx.archive
    me = {m.lower() for m in archive.options.me}
    for pattern, group in ((_DMS, False), (_DM_GROUP, True)):
        for m in archive.find(pattern):
            with guard(archive, m):
                for conv in _entries(archive, m, "dmConversation"):
                    cid = clean(conv.get("conversationId"))
                    for item in conv.get("messages") or []:
                        msg = item.get("messageCreate") if isinstance(item, dict) else None
                        if not isinstance(msg, dict):
                            continue  # joins, renames and other events
                        sender = clean(msg.get("senderId"))
                        if ctx.account_id and sender != ctx.account_id:
                            continue
                        if not ctx.account_id and me and sender.lower() not in me:
                            continue
                        mid = clean(msg.get("id"))
                        raw = clean(msg.get("createdAt"))
                        when = parse_iso(raw)
                        text, links = _expand(unescape(clean(msg.get("text"))),
                                              msg.get("urls") or [], set())
                        media = tuple(ctx.media.get(mid, ())) if mid else ()
                        yield Post(
                            id=f"x:dm:{mid}" if mid else hash_id(PLATFORM, "dm", cid, raw, text),
                            platform=PLATFORM, kind="dm", text=text, created_at=when,
                            created_at_raw=raw or None,
                            url=f"https://x.com/messages/{cid}" if cid else None,
                            locator=None if cid else f"direct message of {fmt_when(when, raw)}",
                            audience="group" if group else "direct",
                            author=sender if not ctx.account_id else ctx.username or sender,
                            thread=cid or None, media=media, links=tuple(links),
                            source_file=m.name)


def _iter_profile(ctx: _Ctx) -> Iterator[Post]:
    archive = ctx.archive
    for m in archive.find(_PROFILE):
        with guard(archive, m):
            for p in _entries(archive, m, "profile"):
                desc = p.get("description") or {}
                bio = clean(desc.get("bio"))
                parts = tuple((k, clean(desc.get(k))) for k in ("location", "website")
                              if clean(desc.get(k)))
                if not bio and not parts:
                    continue
                yield Post(
                    id=f"x:bio:{ctx.account_id}" if ctx.account_id else
                    hash_id(PLATFORM, "bio", bio),
                    platform=PLATFORM, kind="bio", text=bio,
                    url=f"https://x.com/{ctx.username}" if ctx.username else None,
                    locator=None if ctx.username else "your profile (Settings → Edit profile)",
                    author=ctx.username, parts=parts, source_file=m.name)


def iter_posts(archive: Archive) -> Iterator[Post]:
    ctx = _load_context(archive)
    found_tweets = False
    for post in _iter_tweet_files(ctx, _TWEETS):
        found_tweets = True
        yield post
    if not found_tweets:
        yield from _iter_grailbird(ctx)
    yield from _iter_orphan_notes(ctx)
    yield from _iter_tweet_files(ctx, _DELETED, deleted=True)
    yield from _iter_tweet_files(ctx, _COMMUNITY, community=True)
    yield from _iter_dms(ctx)
    yield from _iter_profile(ctx)


__all__ = ["PLATFORM", "sniff", "iter_posts", "MalformedFile"]
