"""YouTube comments from Google Takeout.

The Takeout folders are named in the account's language (``YouTube and YouTube Music``,
``YouTube und YouTube Music`` …), so comment files are recognised by their CSV header (any
language's ``Comment ID`` … ``Video ID`` columns, matched case-insensitively) or by the
older ``my-comments.html`` page, not by folder name. Live-chat CSVs are read too.

``Comment Text`` holds JSON segments (``{"takeoutSegments": […]}``, or several
``{"text": …}`` objects joined by commas); their ``text`` values are concatenated.
Link back: ``https://www.youtube.com/watch?v=<video>&lc=<comment id>`` (community posts:
``https://www.youtube.com/post/<post id>``).
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from postcheck.model.post import Post

from ._common import MalformedFile, fmt_when, guard, hash_id, parse_format, parse_iso
from .archive import Archive, Member

PLATFORM = "youtube"
_YT_DIR = re.compile(r"youtube.*", re.I)
_TIME = ("%Y-%m-%d %H:%M:%S UTC",)
csv.field_size_limit(64 * 1024 * 1024)


def _in_youtube(m: Member) -> bool:
    return any(_YT_DIR.fullmatch(p) for p in m.name.split("/")[:-1])


def _csv_kind(archive: Archive, m: Member) -> str | None:
    head = archive.head_text(m, 1024).split("\n", 1)[0].lower()
    if "comment id" in head and "video id" in head:
        return "comment"
    if "live chat id" in head and "video id" in head:
        return "live_chat"
    return None


def sniff(archive: Archive) -> bool:
    for m in archive.find(r".+\.csv"):
        if _in_youtube(m) and _csv_kind(archive, m):
            return True
    return any(_in_youtube(m) for m in archive.find(r"my-comments\.html"))


def segments_text(value: str) -> str:
    """Concatenate the ``text`` of Takeout's JSON comment segments; plain text passes."""
    v = value.strip()
    if not v.startswith("{"):
        return value
    for candidate in (v, f"[{v}]"):
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict):
            data = data.get("takeoutSegments", [data])
        if isinstance(data, list):
            return "".join(str(s.get("text", "")) for s in data if isinstance(s, dict))
    return value


def iter_posts(archive: Archive) -> Iterator[Post]:
    for m in archive.find(r".+\.csv"):
        kind = _csv_kind(archive, m) if _in_youtube(m) else None
        if kind is None:
            continue
        with guard(archive, m), archive.open_text(m) as fh:
            reader = csv.DictReader(fh)
            try:
                for row in reader:
                    r = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
                    if not any(v.strip() for v in r.values()):
                        continue
                    yield _row_post(kind, r, m.name)
            except csv.Error as exc:
                raise MalformedFile(f"malformed CSV at line {reader.line_num}: {exc}") from exc
    for m in archive.find(r"my-comments\.html"):
        if not _in_youtube(m):
            continue
        with guard(archive, m):
            yield from _html_posts(archive.read_text(m), m.name)


def _row_post(kind: str, r: dict[str, str], source: str) -> Post:
    def col(*names: str) -> str:
        for n in names:
            for k, v in r.items():
                if k == n:
                    return v.strip()
        return ""

    cid = col("comment id", "live chat id")
    video = col("video id")
    post_id = col("post id")
    parent = col("parent comment id")
    raw = col("comment create timestamp", "live chat create timestamp")
    text = segments_text(col("comment text", "live chat text"))
    if post_id:
        url = f"https://www.youtube.com/post/{post_id}" + (f"?lc={cid}" if cid else "")
    elif video:
        url = f"https://www.youtube.com/watch?v={video}" + (
            f"&lc={cid}" if cid and kind == "comment" else "")
    else:
        url = None
    out_kind = kind if kind == "live_chat" else ("reply" if parent else "comment")
    when = parse_iso(raw)
    return Post(
        id=f"{PLATFORM}:{cid}" if cid else hash_id(PLATFORM, out_kind, raw, text),
        platform=PLATFORM, kind=out_kind, text=text.strip(), created_at=when,
        created_at_raw=raw or None, url=url,
        locator=None if url else f"comment of {fmt_when(when, raw)} — see YouTube → History → "
                                 "Comments",
        audience="public", in_reply_to=parent or None, source_file=source,
        extra=(("on", "community post" if post_id else "video"),))


class _LiParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.items: list[str] = []
        self._buf: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._buf = []
        elif self._buf is not None:
            self._buf.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._buf is not None:
            self._buf.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self._buf is not None:
            self.items.append("".join(self._buf))
            self._buf = None
        elif self._buf is not None:
            self._buf.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._buf is not None:
            self._buf.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def _html_posts(page: str, source: str) -> Iterator[Post]:
    p = _LiParser()
    p.feed(page)
    p.close()
    for item in p.items:
        head, _, body = item.partition("<br")
        body = body.split(">", 1)[1] if ">" in body else ""
        text = html.unescape(re.sub(r"<[^>]+>", "", body.replace("<br/>", "\n"))).strip()
        hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', head)]
        url = next((h for h in hrefs if "lc=" in h), hrefs[0] if hrefs else None)
        if url:
            url = url.replace("http://", "https://", 1)
        mm = re.search(r"lc=([\w.\-]+)", url or "")
        cid = mm.group(1) if mm else None
        tm = re.search(r"at (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) UTC", head)
        raw = tm.group(0)[3:] if tm else None
        when = parse_format(raw, *_TIME) if raw else None
        kind = "reply" if ">replied<" in head else "comment"
        yield Post(
            id=f"{PLATFORM}:{cid}" if cid else hash_id(PLATFORM, kind, raw, text),
            platform=PLATFORM, kind=kind, text=text, created_at=when, created_at_raw=raw,
            url=url, locator=None if url else f"comment of {fmt_when(when, raw)}",
            audience="public", source_file=source,
            in_reply_to=cid.split(".", 1)[0] if kind == "reply" and cid and "." in cid else None)


__all__ = ["PLATFORM", "sniff", "iter_posts", "segments_text"]
