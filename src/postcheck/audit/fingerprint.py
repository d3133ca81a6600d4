"""Stable identities: of a finding (its fingerprint), of an archive, of an archive's content.

A finding's fingerprint is ``sha256(pack id, rule code, post identity, normalised matched
text)``: it does not depend on offsets (an edit elsewhere in the post keeps it), on the pack's
or postcheck's version, or on which export file the post came from, so a decision made once
follows the finding through re-runs and newer exports.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
FP_VERSION = "pcfp1"


def normalise(text: str) -> str:
    """Matched text as compared: NFKC, case-folded, whitespace collapsed, edge punctuation
    dropped ("Ward 7," and "ward  7" are the same)."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _SPACE.sub(" ", text).strip()
    return _EDGE.sub("", text)


def post_identity(post_id: str, part: str = "text") -> str:
    """The post's stable id, plus the part (alt text, caption, shared text) when not its body."""
    return post_id if part in ("text", "", None) else f"{post_id}#{part}"


def fingerprint(pack_id: str, code: str, post_id: str, part: str, matched: str) -> str:
    data = "\x1f".join((FP_VERSION, pack_id, code.upper(), post_identity(post_id, part),
                        normalise(matched)))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def archive_key(paths: Iterable[str | os.PathLike[str]]) -> str:
    """Which export this is, as the user named it: the resolved input paths."""
    resolved = sorted(str(Path(p).expanduser().resolve()) for p in paths)
    return hashlib.sha256("\n".join(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def content_digest(platform: str, members: Iterable[object]) -> str:
    """What the export holds (member names and sizes): a resumed run must read the same thing."""
    h = hashlib.sha256(platform.encode())
    for m in sorted((getattr(m, "name", ""), getattr(m, "size", 0)) for m in members):
        h.update(f"{m[0]}\x00{m[1]}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]
