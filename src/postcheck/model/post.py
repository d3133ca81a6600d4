"""One authored item read from a platform export: the unit an audit checks.

Importers (``postcheck.importers``) turn every platform's archive into :class:`Post`
records with the same fields, so the checks never see a platform's own format.

Conventions:

- ``id`` is stable across runs and platform-prefixed: the native id where the export has one
  (``"x:1712845355925082112"``), else a deterministic hash of what identifies the item
  (``"facebook:h:3f1c…"``).
- ``created_at`` is an aware UTC datetime (or None when the export gives no usable time);
  ``created_at_raw`` keeps the string exactly as the export wrote it.
- ``url`` links to the live item where the export makes one possible; otherwise
  ``locator`` says where to find it (date plus the platform's activity log or profile).
- ``audience`` uses the wire values ``public | friends | group | direct``;
  ``audience_note`` says how it was derived when the export was not explicit.
- ``text`` is the user's own words only. For reposts the shared words are in
  ``shared_text`` (None when the export does not hold them), so a later step can phrase a
  finding as endorsement.
- ``parts`` keeps other authored text that belongs to the post, as ``(part, text)``
  pairs: ``alt_text``, ``caption``, ``content_warning``, ``poll_option``, ``place``,
  ``tagged``, ``title``, ``location``, ``website``, ``name``.
- ``media`` lists archive-relative paths of the user's attached files (never opened here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

AUDIENCES = ("public", "friends", "group", "direct")

KINDS = (
    "post", "reply", "comment", "repost", "quote", "dm", "bio", "caption", "alt_text",
    "story", "article", "live_chat", "list",
)


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    platform: str
    kind: str
    text: str
    created_at: datetime | None = None
    created_at_raw: str | None = None
    url: str | None = None
    locator: str | None = None
    audience: str = "public"
    audience_note: str | None = None
    author: str | None = None
    thread: str | None = None
    shared_text: str | None = None
    shared_author: str | None = None
    in_reply_to: str | None = None
    media: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    parts: tuple[tuple[str, str], ...] = ()
    source_file: str | None = None
    already_deleted: bool = False
    lang: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if self.audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {AUDIENCES}, not {self.audience!r}")
        if self.created_at is not None and self.created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware")
        if self.created_at is not None and self.created_at.utcoffset().total_seconds() != 0:
            object.__setattr__(self, "created_at", self.created_at.astimezone(timezone.utc))
        for name in ("media", "links", "parts", "extra"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))

    @property
    def native_id(self) -> str | None:
        """The platform's own id, or None for hash-identified items."""
        _, _, rest = self.id.partition(":")
        return None if rest.startswith("h:") else rest

    @property
    def has_text(self) -> bool:
        """True when the user's own words (text or parts) are non-empty."""
        return bool(self.text.strip()) or any(t.strip() for _, t in self.parts)

    def all_text(self) -> list[tuple[str, str]]:
        """Every authored text of this item as ``(part, text)``; ``text`` first."""
        out = [("text", self.text)] if self.text else []
        out.extend(p for p in self.parts if p[1])
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "platform": self.platform,
            "kind": self.kind,
            "text": self.text,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "created_at_raw": self.created_at_raw,
            "url": self.url,
            "locator": self.locator,
            "audience": self.audience,
            "audience_note": self.audience_note,
            "author": self.author,
            "thread": self.thread,
            "shared_text": self.shared_text,
            "shared_author": self.shared_author,
            "in_reply_to": self.in_reply_to,
            "media": list(self.media),
            "links": list(self.links),
            "parts": [[k, v] for k, v in self.parts],
            "source_file": self.source_file,
            "already_deleted": self.already_deleted,
            "lang": self.lang,
            "extra": {k: v for k, v in self.extra},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Post:
        values = dict(data)
        if values.get("created_at"):
            values["created_at"] = datetime.fromisoformat(values["created_at"])
        values["media"] = tuple(values.get("media") or ())
        values["links"] = tuple(values.get("links") or ())
        values["parts"] = tuple(tuple(p) for p in values.get("parts") or ())
        values["extra"] = tuple((values.get("extra") or {}).items())
        return cls(**values)
