"""Audit reports as files: the per-post record (wire schema plus post metadata), JSON,
JSONL and CSV, and the instructions for deleting an item on each platform.

Every writer takes an iterable of records and streams it, so a large audit never sits in
memory. Files are created 0600 (they hold post text).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from postcheck.report import render

WIRE_FINDING_KEYS = ("code", "name", "standards", "severity", "confidence", "start", "end", "text",
                     "message", "explanation", "fix")

DELETE_HELP = {
    "x": "Open the post on X, choose ⋯ (More) and Delete.",
    "facebook": "Facebook exports carry no link to each post: open Settings & privacy → "
                "Activity log, find the item by its date, then ⋯ → Delete (or Move to trash).",
    "instagram": "Instagram exports carry no link to each post: open Your activity (Posts, "
                 "Comments) or your profile, find it by its date, then ⋯ → Delete.",
    "linkedin": "Open the link, choose ⋯ on the post (or on your comment) and Delete.",
    "tiktok": "Open the video and choose ⋯ → Delete; for a comment, press and hold it and "
              "choose Delete. Comments have no link in the export: find them by date.",
    "mastodon": "Open the link (signed in on your server), choose ⋯ and Delete.",
    "bluesky": "Open the link, choose ⋯ and Delete post.",
    "reddit": "Open the permalink, choose ⋯ (or Edit / Delete under your comment) and Delete.",
    "youtube": "Open the link (your comment is highlighted), choose ⋮ and Delete, or remove "
               "it from YouTube's comment history in your Google activity.",
    "whatsapp": "WhatsApp exports have no link: open the chat, find the message by its date "
                "and time, press and hold it and choose Delete.",
}
GENERIC_HELP = "Open the item on the platform (use the link or the date given) and delete or edit it."
BIO_HELP = "Edit your profile on the platform and change the description."
REPOST_HELP = ("This is something you shared: open it and undo the share (select the repost, "
               "retweet or boost icon again, or ⋯ → Undo repost). You cannot edit someone "
               "else's words.")
DM_HELP = ("Deleting a message usually removes only your copy (and \"delete for everyone\" is "
           "only offered for a while after sending): the other person keeps theirs, so ask "
           "them to delete it if it identifies someone.")


def delete_help(platform: str, kind: str) -> str:
    """How to remove this item on its platform, in one or two sentences."""
    if kind == "repost":
        return REPOST_HELP
    if kind == "bio":
        return BIO_HELP
    text = DELETE_HELP.get(platform, GENERIC_HELP)
    if kind in ("dm", "live_chat"):
        text += " " + DM_HELP
    return text


def safe_link(url: str | None) -> str | None:
    """Only web links are offered as links (an export could hold ``javascript:``)."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def post_record(post, findings: list[dict], pack) -> dict:
    """One post as the audit reports it: the check's schema (id, verdict, findings,
    redacted) plus platform, kind, created_at, url, locator, audience, author, source_file,
    the checked text, and review state per finding (fingerprint, new, decision)."""
    out_findings = []
    for f in findings:
        rule = pack.rules.get(f.get("code"))
        d = {k: f.get(k) for k in WIRE_FINDING_KEYS}
        d["explanation"] = f.get("explanation") or (rule.explanation if rule else "")
        for k, v in f.items():
            if k not in d:
                d[k] = v
        out_findings.append(d)
    texts = {part: text for part, text in post.texts}
    record = {
        "id": post.post_key,
        "verdict": post.verdict,
        "findings": out_findings,
        "redacted": post.redacted,
        "platform": post.platform,
        "kind": post.kind,
        "created_at": post.created_at,
        "url": post.url,
        "locator": post.locator,
        "audience": post.audience,
        "author": post.author,
        "source_file": post.source_file,
        "text": texts.pop("text", ""),
    }
    if texts:
        record["parts"] = texts
    if post.audience_note:
        record["audience_note"] = post.audience_note
    if post.notes:
        record["notes"] = list(post.notes)
    return record


def audit_envelope(pack, runs: list[dict], provenance: dict | None = None) -> dict:
    env = render.envelope(pack)
    env["command"] = "audit"
    env["runs"] = runs
    if provenance:
        env.update(provenance)
    return env


def _open_private(path: str | os.PathLike[str]):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
    except OSError:
        pass
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def iter_json(envelope: dict, records: Iterable[dict]) -> Iterator[str]:
    """``{"envelope": …, "results": [ … ]}`` as text pieces, streamed."""
    yield '{"envelope": ' + json.dumps(envelope, ensure_ascii=False) + ', "results": ['
    first = True
    for r in records:
        yield ("\n" if first else ",\n") + json.dumps(r, ensure_ascii=False)
        first = False
    yield "\n]}\n"


def iter_jsonl(envelope: dict, records: Iterable[dict]) -> Iterator[str]:
    yield render.jsonl_line({"envelope": envelope}) + "\n"
    for r in records:
        yield render.jsonl_line(r) + "\n"


CSV_FIELDS = ["rank", "post_id", "platform", "kind", "created_at", "audience", "author", "link",
              "severity", "code", "name", "standards", "confidence", "part", "matched", "message",
              "fix", "applicability", "new", "decision", "reason", "still_there", "post_text",
              "fingerprint"]

_FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def defuse(value):
    """A cell a spreadsheet would run as a formula is prefixed with ' (shown as text)."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def iter_csv(records: Iterable[dict]) -> Iterator[str]:
    buf = _Line()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    writer.writeheader()
    yield buf.take()
    for rank, r in enumerate(records, 1):
        parts = {"text": r.get("text", ""), **(r.get("parts") or {})}
        for f in r["findings"]:
            fix = f.get("fix") or {}
            row = {
                "rank": rank, "post_id": r["id"], "platform": r["platform"], "kind": r["kind"],
                "created_at": r["created_at"] or "", "audience": r["audience"],
                "author": r.get("author") or "", "link": r.get("url") or r.get("locator") or "",
                "severity": f["severity"], "code": f["code"], "name": f["name"],
                "standards": " ".join(f.get("standards") or []), "confidence": f["confidence"],
                "part": f.get("part", "text"), "matched": f.get("text", ""),
                "message": f.get("message", ""), "fix": fix.get("replacement", ""),
                "applicability": fix.get("applicability", ""),
                "new": "yes" if f.get("new") else "", "decision": f.get("decision") or "",
                "reason": f.get("decision_reason") or "",
                "still_there": "yes" if f.get("still_there") else "",
                "post_text": parts.get(f.get("part", "text"), ""),
                "fingerprint": f.get("fingerprint", ""),
            }
            writer.writerow({k: defuse(v) for k, v in row.items()})
            yield buf.take()


class _Line:
    def __init__(self):
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)

    def take(self) -> str:
        out = "".join(self.parts)
        self.parts.clear()
        return out


def write_pieces(path: str | os.PathLike[str], pieces: Iterable[str]) -> None:
    with _open_private(path) as fh:
        for piece in pieces:
            fh.write(piece)


def write_report(path: str | os.PathLike[str], kind: str, records: Iterable[dict], *,
                 envelope: dict, pack, meta: dict) -> None:
    """Write one report file of ``kind`` (html, csv, json, jsonl)."""
    if kind == "json":
        write_pieces(path, iter_json(envelope, records))
    elif kind == "jsonl":
        write_pieces(path, iter_jsonl(envelope, records))
    elif kind == "csv":
        write_pieces(path, iter_csv(records))
    elif kind == "html":
        from postcheck.report.html import iter_html

        write_pieces(path, iter_html(records, pack=pack, meta=meta))
    else:
        raise ValueError(kind)


REPORT_KINDS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json", ".jsonl": "jsonl"}


def report_kind(path: str | os.PathLike[str]) -> str | None:
    return REPORT_KINDS.get(Path(path).suffix.lower())
