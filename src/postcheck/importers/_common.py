"""Helpers shared by the platform importers: ids, times, JSON streaming, HTML to text,
Meta's mojibake, per-file error isolation."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import Any

from postcheck.errors import ArchiveError

from .archive import (
    W_CORRUPT_MEMBER,
    W_MALFORMED,
    W_TOO_LARGE,
    Archive,
    CorruptMember,
    Member,
    MemberTooLarge,
)

try:  # streaming JSON; the importers fall back to json.load without it
    import ijson  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - exercised only where ijson is missing
    ijson = None


# --------------------------------------------------------------------------- ids


def hash_id(platform: str, kind: str, *fields: object) -> str:
    """Deterministic id for items without a native one: platform + kind + the fields that
    identify the item (timestamp, text, …)."""
    h = hashlib.sha256()
    for f in (platform, kind, *fields):
        h.update(str(f if f is not None else "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return f"{platform}:h:{h.hexdigest()[:20]}"


class Occurrences:
    """Counts repeats of the same key, so two identical chat lines ("ok", "ok" in the
    same minute) get different ids while re-imports still give the same ids."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, *key: object) -> int:
        k = "\x1f".join(str(x) for x in key)
        n = self._seen.get(k, 0)
        self._seen[k] = n + 1
        return n


# --------------------------------------------------------------------------- time


def from_unix(value: Any, *, ms: bool = False) -> datetime | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if v <= 0:
        return None
    if ms:
        v /= 1000.0
    try:
        return datetime.fromtimestamp(v, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def parse_iso(value: Any) -> datetime | None:
    """ISO 8601 with ``Z``/offset, with or without fractions; naive values are UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    s = re.sub(r" UTC$", "+00:00", s)
    # Python < 3.11 rejects some fraction widths; normalise to 6 digits
    s = re.sub(r"(\.\d+)", lambda m: (m.group(1) + "000000")[:7], s, count=1)
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def parse_format(value: Any, *formats: str) -> datetime | None:
    if not isinstance(value, str):
        return None
    s = value.strip()
    for fmt in formats:
        try:
            dt = datetime.strptime(s, fmt)
        except ValueError:
            continue
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=timezone.utc)
        return dt.astimezone(timezone.utc)
    return None


def fmt_when(dt: datetime | None, raw: str | None = None) -> str:
    if dt is not None:
        return dt.strftime("%Y-%m-%d %H:%M UTC")
    return raw or "an unknown date"


# --------------------------------------------------------------------------- text


def clean(value: Any) -> str:
    """A string field as text ('' for None/non-strings), NUL-free, outer space trimmed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    return value.replace("\x00", "").strip()


def fix_mojibake(value: str) -> str:
    """Meta exports write each UTF-8 byte of non-ASCII text as its own ``\\u00XX``: undo it
    exactly (latin-1 round trip); keep strings that were already right."""
    if not value or value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def fix_tree(obj: Any) -> Any:
    """:func:`fix_mojibake` applied to every string (keys too) of a parsed JSON value."""
    if isinstance(obj, str):
        return fix_mojibake(obj)
    if isinstance(obj, list):
        return [fix_tree(v) for v in obj]
    if isinstance(obj, dict):
        return {fix_mojibake(k) if isinstance(k, str) else k: fix_tree(v) for k, v in obj.items()}
    return obj


class _HTMLText(HTMLParser):
    _BLOCK_END = {"p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str] = []
        self._skip = 0
        self._invisible: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag == "span":
            inv = "invisible" in (a.get("class") or "").split()
            self._invisible.append(inv)
            if inv:
                self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "span" and self._invisible:
            if self._invisible.pop():
                self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK_END:
            self.out.append("\n\n" if tag == "p" else "\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(markup: str | None) -> tuple[str, list[str]]:
    """Plain text and link targets of a small HTML fragment (Mastodon content, Takeout)."""
    if not markup:
        return "", []
    p = _HTMLText()
    p.feed(markup)
    p.close()
    text = "".join(p.out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), p.links


def unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


# --------------------------------------------------------------------------- JSON


def iter_json_items(archive: Archive, member: Member, prefix: str = "item", *,
                    skip_to: bytes | None = None) -> Iterator[Any]:
    """Stream the values at ``prefix`` (ijson syntax: ``item`` = elements of a top-level
    array, ``orderedItems.item`` …). Falls back to loading the file when ijson is absent."""
    stream = archive.open_utf8(member, skip_to=skip_to, strip_trailing=b";")
    with stream:
        if ijson is not None:
            try:
                yield from ijson.items(stream, prefix, use_float=True)
            except ijson.JSONError as exc:
                raise MalformedFile(f"malformed JSON: {_short(exc)}") from exc
            return
        data = _loads(stream.read())
        for key in prefix.split("."):
            if key == "item":
                break
            data = data.get(key) if isinstance(data, dict) else None
        yield from (data or [])


def load_json(archive: Archive, member: Member, *, skip_to: bytes | None = None,
              pairs_hook: Any = None) -> Any:
    """Parse a whole (small or medium) JSON member."""
    with archive.open_utf8(member, skip_to=skip_to, strip_trailing=b";") as fh:
        return _loads(fh.read(), pairs_hook)


def _loads(raw: bytes, pairs_hook: Any = None) -> Any:
    try:
        return json.loads(raw, object_pairs_hook=pairs_hook)
    except ValueError as exc:
        raise MalformedFile(f"malformed JSON: {_short(exc)}") from exc


def json_first_char(archive: Archive, member: Member, *, after: bytes | None = None) -> str:
    head = archive.head_text(member, 8192)
    if after is not None:
        i = head.find(after.decode())
        head = head[i + 1:] if i >= 0 else ""
    head = head.lstrip()
    return head[:1]


def _short(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return msg[:160]


class MalformedFile(Exception):
    """Raised inside an importer for a file that cannot be parsed; reported by
    :func:`guard` and the import goes on with the next file."""


@contextlib.contextmanager
def guard(archive: Archive, member: Member | str) -> Iterator[None]:
    """Per-file isolation: a malformed, corrupt or oversized file is reported and skipped;
    whatever the importer already yielded from it stands. Whole-archive errors pass."""
    name = member if isinstance(member, str) else member.name
    try:
        yield
    except ArchiveError:
        raise
    except MalformedFile as exc:
        archive.report(name, f"{exc}; the rest of the archive was read", W_MALFORMED)
    except MemberTooLarge as exc:
        archive.report(name, f"file skipped: {exc}", W_TOO_LARGE)
    except CorruptMember as exc:
        archive.report(name, f"file unreadable (corrupt zip member: {exc})", W_CORRUPT_MEMBER)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        archive.report(name, f"unexpected content ({type(exc).__name__}: {_short(exc)}); "
                             "the rest of the archive was read", W_MALFORMED)
    except UnicodeError as exc:
        archive.report(name, f"cannot decode text: {_short(exc)}", W_MALFORMED)


def dig(d: Any, *keys: str) -> Any:
    """Nested lookup with case-insensitive, space/underscore-insensitive keys."""
    for k in keys:
        if not isinstance(d, dict):
            return None
        if k in d:
            d = d[k]
            continue
        want = _norm_key(k)
        for kk, v in d.items():
            if isinstance(kk, str) and _norm_key(kk) == want:
                d = v
                break
        else:
            return None
    return d


def _norm_key(k: str) -> str:
    return re.sub(r"[\s_\-]+", "", k).lower()


def dedupe_keep_order(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i in items:
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return out
