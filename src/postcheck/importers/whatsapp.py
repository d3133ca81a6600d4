"""WhatsApp chat exports (``_chat.txt`` on iOS, ``WhatsApp Chat with <name>.txt`` on
Android), in every locale layout seen:

- Android ``01/01/2019, 11:25 - Name: text``, ``1/20/19, 11:23 AM - …``, ``20.01.19, 11:23 - …``,
  ``01/20/2019, 11:23 a. m. - …``, ``2019/01/20, 11:23 - …``
- iOS ``[20/01/2019, 11:23:45] Name: text``, ``[1/20/19, 11:23:45 AM] …``, ``[01/20/19 11:23] …``
- old iOS (2016) ``28-09-16 11:20:19: Name: text``

A line that does not start with a timestamp continues the previous message. U+200E/U+202F
and non-breaking spaces are normalised first. Day/month order is taken from
``options.date_order``, else inferred from the whole file (a first field over 12 means D/M,
a second over 12 means M/D), else D/M. Times have no zone: they are read in
``options.timezone`` (default: this machine's zone) and converted to UTC.

There is no owner marker (the user appears under their own profile name), so every
sender's messages are kept with ``author`` set, unless ``options.me`` names the user.
System lines (encryption notice, group changes) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postcheck.model.post import Post

from ._common import Occurrences, hash_id
from .archive import Archive, Member

PLATFORM = "whatsapp"

_D = r"(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})"
_T = r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([aApP])\.?\s?[mM]\.?)?"
_LINE_PATTERNS = (
    re.compile(rf"^{_D},?\s{_T}\s[-–]\s(.*)$"),            # Android
    re.compile(rf"^\[{_D},?\s{_T}\]\s(.*)$"),              # iOS
    re.compile(rf"^{_D}\s{_T}:\s(.*)$"),                   # old iOS (nl): 28-09-16 11:20:19: …
)
_SYSTEM = re.compile(
    r"end-to-end encrypt|are now secured with end-to-end|created group|created this group|"
    r"were added|added you|changed the subject|changed this group|changed the group|"
    r"joined using|left$|removed \S+|changed their phone number|security code (?:with|changed)"
    r"|disappearing messages", re.I)
_ATTACHED = re.compile(r"<attached:\s*([^>]+)>")
_FILE_ATTACHED = re.compile(r"^(\S+\.\w{2,5}) \(file attached\)\s*", re.I)
_BIJGEVOEGD = re.compile(r"^(\S+\.\w{2,5})\s*<bijgevoegd>\s*$", re.I)
_OMITTED = re.compile(r"^<?(?:Media omitted|image omitted|video omitted|audio omitted|"
                      r"sticker omitted|GIF omitted|document omitted|Medien ausgeschlossen)>?$",
                      re.I)
_DELETED = re.compile(r"^(?:This message was deleted|You deleted this message)\.?$", re.I)
_EDITED = re.compile(r"\s*<This message was edited>$", re.I)
_CHAT_NAME = re.compile(r"WhatsApp Chat (?:with|mit|con|avec|met|-)\s*(.+?)(?:\.txt|\.zip)?$",
                        re.I)


def _normalise(line: str) -> str:
    return (line.replace("\u200e", "").replace("\u200f", "").replace("\u202f", " ")
            .replace("\u00a0", " ").rstrip("\r\n").lstrip("\ufeff"))


def _match(line: str) -> re.Match[str] | None:
    for pat in _LINE_PATTERNS:
        m = pat.match(line)
        if m:
            return m
    return None


def _chat_members(archive: Archive) -> list[Member]:
    out = []
    for m in archive.find(r".+\.txt"):
        head = archive.head_text(m, 4096)
        lines = [_normalise(x) for x in head.splitlines()[:8] if x.strip()]
        if lines and sum(1 for x in lines if _match(x)) >= max(1, len(lines) // 2):
            out.append(m)
    return out


def sniff(archive: Archive) -> bool:
    return bool(_chat_members(archive))


def _zone(archive: Archive) -> tzinfo:
    name = archive.options.timezone
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            archive.report(archive.display, f"unknown time zone {name!r}; using this machine's")
    return datetime.now().astimezone().tzinfo or timezone.utc


def _date_order(archive: Archive, m: Member) -> str:
    if archive.options.date_order in ("dmy", "mdy"):
        return archive.options.date_order
    dm = md = False
    with archive.open_text(m) as fh:
        for line in fh:
            mm = _match(_normalise(line))
            if not mm:
                continue
            a, b = int(mm.group(1)), int(mm.group(2))
            if len(mm.group(1)) == 4:
                continue  # y/m/d
            dm |= a > 12
            md |= b > 12
    if md and not dm:
        return "mdy"
    return "dmy"


def _when(mm: re.Match[str], order: str, zone: tzinfo) -> datetime | None:
    a, b, c = mm.group(1), mm.group(2), mm.group(3)
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    elif order == "mdy":
        mo, d, y = int(a), int(b), int(c)
    else:
        d, mo, y = int(a), int(b), int(c)
    if y < 100:
        y += 2000
    hh, mi, ss = int(mm.group(4)), int(mm.group(5)), int(mm.group(6) or 0)
    ampm = (mm.group(7) or "").lower()
    if ampm == "p" and hh < 12:
        hh += 12
    elif ampm == "a" and hh == 12:
        hh = 0
    try:
        return datetime(y, mo, d, hh, mi, ss, tzinfo=zone).astimezone(timezone.utc)
    except ValueError:
        return None


def _chat_name(archive: Archive, m: Member) -> str:
    for name in [m.basename, *(p.name for p in archive.paths)]:
        mm = _CHAT_NAME.search(name)
        if mm:
            return mm.group(1).strip()
    if m.basename.lower() != "_chat.txt":
        return m.basename.rsplit(".", 1)[0]
    return m.parent.rsplit("/", 1)[-1] or archive.paths[0].stem


def _messages(archive: Archive, m: Member) -> Iterator[tuple[re.Match[str], str, int]]:
    """(header match, full text, line number) per entry; continuation lines joined."""
    cur: re.Match[str] | None = None
    buf: list[str] = []
    start = 0
    with archive.open_text(m) as fh:
        for n, line in enumerate(fh, 1):
            norm = _normalise(line)
            mm = _match(norm)
            if mm:
                if cur is not None:
                    yield cur, "\n".join(buf), start
                cur, buf, start = mm, [mm.group(8)], n
            elif cur is not None:
                buf.append(norm)
    if cur is not None:
        yield cur, "\n".join(buf), start


def iter_posts(archive: Archive) -> Iterator[Post]:
    zone = _zone(archive)
    me = {x.lower() for x in archive.options.me}
    for m in _chat_members(archive):
        order = _date_order(archive, m)
        chat = _chat_name(archive, m)
        entries = []
        senders: set[str] = set()
        is_group = False
        for mm, body, line in _messages(archive, m):
            sender, sep, text = body.partition(":")
            if not sep or "\n" in sender or len(sender) > 80 or _SYSTEM.search(sender):
                is_group |= bool(re.search(r"created group|added", body, re.I))
                continue  # system line
            text = text[1:] if text.startswith(" ") else text
            if _SYSTEM.search(text.split("\n", 1)[0]) and "encrypt" in text.lower():
                continue  # encryption notice attributed to the group name
            senders.add(sender.strip())
            entries.append((mm, sender.strip(), text, line))
        audience = "group" if is_group or len(senders) > 2 else "direct"
        seen = Occurrences()
        for mm, sender, text, line in entries:
            if me and sender.lower() not in me:
                continue
            text = _EDITED.sub("", text)
            if _DELETED.match(text.strip()):
                continue
            media: list[str] = []
            att = _ATTACHED.search(text)
            if att:
                media.append(att.group(1).strip())
                text = _ATTACHED.sub("", text)
            for rx in (_FILE_ATTACHED, _BIJGEVOEGD):
                fa = rx.match(text.strip())
                if fa:
                    media.append(fa.group(1))
                    text = rx.sub("", text.strip())
            if _OMITTED.match(text.strip()):
                media.append("(media omitted from the export)")
                text = ""
            text = text.strip()
            resolved = tuple(archive.resolve(x) or x for x in media)
            when = _when(mm, order, zone)
            raw = norm_raw(mm)
            n = seen(chat, raw, sender, text)
            yield Post(
                id=hash_id(PLATFORM, "dm", chat, raw, sender, text, n), platform=PLATFORM,
                kind="dm", text=text, created_at=when, created_at_raw=raw,
                locator=f"message of {raw} (phone's local time) from {sender} in the chat "
                        f"“{chat}” — open the chat in WhatsApp (line {line} of the export)",
                audience=audience,
                audience_note="WhatsApp times carry no zone; read in the chosen time zone",
                author=sender, thread=chat, media=resolved, source_file=m.name,
                extra=(("date_order", order),))


def norm_raw(mm: re.Match[str]) -> str:
    return mm.group(0)[: mm.start(8)].strip(" -–:[]")
