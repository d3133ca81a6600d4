"""LinkedIn data export (CSV files at the zip root, some names with a numeric suffix).

Read: ``Shares*.csv`` (posts and reposts), ``Comments*.csv``, ``messages*.csv`` (the owner's
side, owner from ``Profile.csv``), ``Profile*.csv`` (headline and summary),
``Articles/**.html``.

LinkedIn's CSV is not consistently RFC 4180. Handled: UTF-16 + TAB (2018), a BOM, "Notes:"
lines before the header, header spelling (``SharedURL`` / ``SharedUrl``, ``Share
Commentary``), each line of a multi-line commentary wrapped in doubled quotes, ``\\"``
escapes in comments, and multi-line comments written unquoted (their continuation lines are
joined back to the comment they belong to).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from postcheck.model.post import Post

from ._common import (
    MalformedFile,
    Occurrences,
    clean,
    fmt_when,
    guard,
    hash_id,
    html_to_text,
    parse_format,
)
from .archive import Archive, Member

PLATFORM = "linkedin"

_SHARES = r"shares(_\d+)?\.csv"
_COMMENTS = r"comments(_\d+)?\.csv"
_MESSAGES = r"messages(_\d+)?\.csv"
_PROFILE = r"profile(_\d+)?\.csv"
_DATE = re.compile(r'^"?\d{4}[-/]\d{2}[-/]\d{2} \d{2}:\d{2}(:\d{2})?')
_TIME = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S UTC",
         "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M")
csv.field_size_limit(64 * 1024 * 1024)


def sniff(archive: Archive) -> bool:
    if any("linkedindataexport" in n.replace("_", "").lower() for n in archive.names):
        return True
    for m in archive.find(_SHARES)[:2]:
        head = _norm(archive.head_text(m, 1024))
        if "sharelink" in head and "date" in head:
            return True
    for m in archive.find(_PROFILE)[:1]:
        if "headline" in _norm(archive.head_text(m, 1024)):
            return True
    for m in archive.find(_COMMENTS)[:1]:
        head = _norm(archive.head_text(m, 256).split("\n", 1)[0])
        if head.replace('"', "") == "date,link,message":
            return True
    return False


def _norm(s: str) -> str:
    return s.replace(" ", "").replace("\t", ",").lower()


def _key(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", (name or "").lower())


def _rows(archive: Archive, m: Member) -> Iterator[dict[str, str]]:
    """Records of a LinkedIn CSV as ``{normalised header: value}``; finds the header row
    (skipping "Notes:" preambles), detects TAB vs comma."""
    with archive.open_text(m) as fh:
        header: list[str] | None = None
        lines = iter(fh)
        pre: list[str] = []
        for line in lines:
            if not line.strip():
                continue
            if line.lower().startswith("notes:") or (header is None and "," not in line
                                                      and "\t" not in line):
                continue
            pre.append(line)
            break
        if not pre:
            return
        delim = "\t" if pre[0].count("\t") > pre[0].count(",") else ","
        reader = csv.reader(_chain(pre, lines), delimiter=delim)
        try:
            for rec in reader:
                if header is None:
                    header = [_key(h) for h in rec]
                    continue
                if not any(x.strip() for x in rec):
                    continue
                yield dict(zip(header, rec, strict=False))
        except csv.Error as exc:
            raise MalformedFile(f"malformed CSV at line {reader.line_num}: {exc}") from exc


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from rest


def unwrap_lines(text: str) -> str:
    """Undo LinkedIn's per-line quoting of multi-line text: after CSV decoding every line
    but the first starts with ``"`` and every line but the last ends with ``"``, and blank
    lines read ``""``."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    body_ok = all(ln.startswith('"') for ln in lines[1:]) and all(
        ln.rstrip("\r").endswith('"') for ln in lines[:-1])
    if not body_ok:
        return text
    out = []
    for i, ln in enumerate(lines):
        ln = ln.rstrip("\r")
        if i > 0 and ln.startswith('"'):
            ln = ln[1:]
        if i < len(lines) - 1 and ln.endswith('"'):
            ln = ln[:-1]
        out.append(ln)
    return "\n".join(out)


def _audience(value: str) -> tuple[str, str | None]:
    v = value.strip().upper()
    if v in ("CONNECTIONS_ONLY", "CONNECTIONS"):
        return "friends", "connections only"
    if v in ("MEMBER_NETWORK", "PUBLIC", "ANYONE", "LOGGED_IN"):
        return "public", None
    if not v:
        return "public", "visibility not in the export; treated as public"
    return "public", f"visibility {value!r} not recognised; treated as public"


def _iter_shares(archive: Archive) -> Iterator[Post]:
    for m in archive.find(_SHARES):
        with guard(archive, m):
            for r in _rows(archive, m):
                raw = clean(r.get("date"))
                if not _DATE.match(raw):
                    archive.report(m.name, f"a row without a date was skipped ({raw[:30]!r})")
                    continue
                when = parse_format(raw, *_TIME)
                text = unwrap_lines(clean(r.get("sharecommentary"))).strip()
                if text.strip('"') == "":
                    text = ""
                link = clean(r.get("sharelink")) or None
                shared = clean(r.get("sharedurl"))
                media = clean(r.get("mediaurl"))
                audience, note = _audience(r.get("visibility", ""))
                parts = tuple((k, clean(r.get(f))) for k, f in
                              (("shared_title", "sharetitle"),
                               ("shared_description", "sharedescription"))
                              if clean(r.get(f)))
                kind = "post" if text else "repost"
                yield Post(
                    id=_share_id(link) or hash_id(PLATFORM, kind, raw, text, shared),
                    platform=PLATFORM, kind=kind, text=text, created_at=when,
                    created_at_raw=raw, url=link,
                    locator=None if link else f"share of {fmt_when(when, raw)} — find it in "
                                              "your Activity → Posts",
                    audience=audience, audience_note=note,
                    links=tuple(x for x in (shared,) if x), parts=parts,
                    source_file=m.name, extra=(("media_url", media),) if media else ())


def _share_id(link: str | None) -> str | None:
    if not link:
        return None
    mm = re.search(r"urn(?:%3A|:)li(?:%3A|:)(\w+)(?:%3A|:)(\d+)", link)
    return f"{PLATFORM}:{mm.group(1)}:{mm.group(2)}" if mm else None


def _comment_records(archive: Archive, m: Member) -> Iterator[tuple[str, str, str]]:
    """(date, link, message) of Comments.csv. A record starts on a line that begins with a
    timestamp; any other line continues the previous record (LinkedIn leaves multi-line
    comments unquoted when they hold no comma). The message is everything after the second
    comma; outer quotes are removed and both ``""`` and ``\\"`` unescaped."""
    with archive.open_text(m) as fh:
        current: list[str] = []
        first = True
        for line in fh:
            if first:
                first = False
                if not _DATE.match(line):
                    continue  # header
            if _DATE.match(line) and (not current or _complete(current)):
                if current:
                    yield _split_comment("".join(current))
                current = [line]
            elif current:
                current.append(line)
        if current:
            yield _split_comment("".join(current))


def _complete(lines: list[str]) -> bool:
    """True when the record so far has no open quoted field (a line starting with a date
    inside an open quote is message text, not a new record)."""
    text = "".join(lines)
    date, _, rest = text.partition(",")
    _, _, msg = rest.partition(",")
    if not msg.startswith('"'):
        return True
    body = msg.rstrip("\r\n")
    body = body.replace('\\"', "").replace('""', "")
    return len(body) >= 2 and body.endswith('"')


def _split_comment(text: str) -> tuple[str, str, str]:
    date, _, rest = text.partition(",")
    link, _, msg = rest.partition(",")
    msg = msg.rstrip("\r\n")
    if msg.startswith('"') and msg.endswith('"') and len(msg) >= 2:
        msg = msg[1:-1].replace('\\"', '"').replace('""', '"')
    return date.strip('"'), link.strip('"'), msg.replace("\r\n", "\n")


def _iter_comments(archive: Archive) -> Iterator[Post]:
    for m in archive.find(_COMMENTS):
        head = archive.head_text(m, 256).split("\n", 1)[0].lower().replace('"', "")
        if "message" not in head:
            continue
        seen = Occurrences()
        with guard(archive, m):
            for raw, link, text in _comment_records(archive, m):
                when = parse_format(raw, *_TIME)
                text = text.strip()
                n = seen(raw, link, text)
                yield Post(
                    id=hash_id(PLATFORM, "comment", raw, link, text, n), platform=PLATFORM,
                    kind="comment", text=text, created_at=when, created_at_raw=raw,
                    url=link or None,
                    locator=f"your comment of {fmt_when(when, raw)} on the post at this link "
                            "(comments have no link of their own)",
                    audience="public", audience_note="comments are as visible as the post",
                    in_reply_to=link or None, source_file=m.name)


def _owner(archive: Archive) -> tuple[set[str], Post | None]:
    names: set[str] = set()
    bio = None
    for m in archive.find(_PROFILE):
        with guard(archive, m):
            for r in _rows(archive, m):
                name = " ".join(x for x in (clean(r.get("firstname")), clean(r.get("lastname")))
                                if x)
                if name:
                    names.add(name.lower())
                headline, summary = clean(r.get("headline")), clean(r.get("summary"))
                if headline or summary:
                    bio = Post(id=hash_id(PLATFORM, "bio", headline, summary), platform=PLATFORM,
                               kind="bio", text=summary,
                               parts=(("headline", headline),) if headline else (),
                               locator="your profile (About and headline)", author=name or None,
                               source_file=m.name)
                break
    return names, bio


def _iter_messages(archive: Archive, owner: set[str]) -> Iterator[Post]:
    me = owner | {x.lower() for x in archive.options.me}
    for m in archive.find(_MESSAGES):
        seen = Occurrences()
        with guard(archive, m):
            for r in _rows(archive, m):
                sender = clean(r.get("from"))
                if me and sender.lower() not in me:
                    continue
                if clean(r.get("ismessagedraft")).lower() == "yes":
                    continue
                text = clean(r.get("content"))
                subject = clean(r.get("subject"))
                if not text and not subject:
                    continue
                raw = clean(r.get("date"))
                when = parse_format(raw, *_TIME)
                conv = clean(r.get("conversationid")) or None
                title = clean(r.get("conversationtitle")) or clean(r.get("to")) or conv
                n = seen(conv, raw, text)
                yield Post(
                    id=hash_id(PLATFORM, "dm", conv, raw, sender, text, n), platform=PLATFORM,
                    kind="dm", text=html_to_text(text)[0] if "<" in text else text,
                    created_at=when, created_at_raw=raw or None,
                    locator=f"message of {fmt_when(when, raw)} in the conversation with "
                            f"{title or 'unknown'} — open LinkedIn Messaging",
                    audience="direct", author=sender or None, thread=title,
                    parts=(("subject", subject),) if subject else (), source_file=m.name)


def _iter_articles(archive: Archive) -> Iterator[Post]:
    for m in archive.find(r".+\.html?", under=r"articles"):
        with guard(archive, m):
            text, links = html_to_text(archive.read_text(m))
            if not text:
                continue
            title = text.split("\n", 1)[0][:200]
            yield Post(id=hash_id(PLATFORM, "article", m.name, text), platform=PLATFORM,
                       kind="article", text=text, locator=f"article “{title}” — find it under "
                       "your profile's Activity → Articles", links=tuple(links[:50]),
                       source_file=m.name)


def iter_posts(archive: Archive) -> Iterator[Post]:
    owner, bio = _owner(archive)
    if bio is not None:
        yield bio
    yield from _iter_shares(archive)
    yield from _iter_comments(archive)
    yield from _iter_messages(archive, owner)
    yield from _iter_articles(archive)


__all__ = ["PLATFORM", "sniff", "iter_posts", "unwrap_lines"]
