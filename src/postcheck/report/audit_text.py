"""The audit in the terminal: the progress bar (stderr), the ranked summary, and one finding
as ``postcheck review`` shows it."""

from __future__ import annotations

import sys
import textwrap
import time

from postcheck.model.finding import SEVERITIES
from postcheck.report.render import SEVERITY_STYLE, Style

from .audit_files import delete_help, safe_link
from .html import PLATFORM_LABELS

KIND_WORDS = {"post": "post", "reply": "reply", "comment": "comment", "repost": "share", "quote": "quote",
              "dm": "message", "bio": "profile", "story": "story", "article": "article",
              "live_chat": "live chat", "list": "list", "caption": "caption"}
PLURALS = {"reply": "replies", "story": "stories", "live chat": "live chats"}


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word if n == 1 else PLURALS.get(word, word + 's')}"


class ProgressBar:
    """A one-line bar on stderr, redrawn at most ten times a second. Self-written (no
    dependency); silent when stderr is not a terminal unless forced."""

    def __init__(self, stream=None, enabled: bool | None = None, width: int = 28):
        self.stream = stream or sys.stderr
        self.enabled = (hasattr(self.stream, "isatty") and self.stream.isatty()) if enabled is None else enabled
        self.width = width
        self.last = 0.0
        self.started = time.monotonic()
        self.shown = False
        self.label = ""

    def start(self, label: str) -> None:
        self.label = label
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, label: str, posts: int, done: int, total: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        rate = posts / max(now - self.started, 1e-6)
        frac = min(done / total, 1.0) if total else 0.0
        filled = int(frac * self.width)
        bar = "█" * filled + "░" * (self.width - filled)
        name = label if len(label) <= 30 else "…" + label[-29:]
        pct = f"{frac * 100:3.0f}%" if total else "  ? "
        self.stream.write(f"\r{bar} {pct} {posts:>9,} items {rate:>7,.0f}/s  {name}\033[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

    def message(self, line: str) -> None:
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()


def _when(value: str | None) -> str:
    return (value or "date unknown").replace("T", " ")[:16]


def _short(text: str, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _kinds(counters: dict) -> str:
    kinds = sorted(((k[5:], v) for k, v in counters.items() if k.startswith("kind.")),
                   key=lambda kv: -kv[1])
    return ", ".join(_plural(v, KIND_WORDS.get(k, k)) for k, v in kinds)


def render_summary(results, records_top: list[dict], totals: dict, style: Style, *,
                   report_dir: str | None, elapsed: float, top: int = 10) -> str:
    """The end-of-audit summary: per export, findings by severity, what is new, what is still
    there, the most serious items, and where the reports are."""
    lines: list[str] = []
    readable = [r for r in results if r.status != "unreadable"]
    items = sum(r.counters.get("items", 0) for r in readable)
    checked = sum(r.counters.get("checked", 0) for r in readable)
    lines.append(style("postcheck audit", "bold") + f" — {_plural(len(results), 'export')}, "
                 f"{_plural(items, 'item')} read, {checked:,} checked ({elapsed:.1f} s)")
    for r in results:
        lines.append("")
        if r.status == "unreadable":
            lines.append("  " + style("✗ " + r.display, "bold", "red") + "  could not be read:")
            lines.append("      " + (r.error or "unknown error"))
            continue
        c = r.counters
        lines.append(f"  {style(r.display, 'bold')}  {PLATFORM_LABELS.get(r.platform, r.platform)}: "
                     f"{_plural(c.get('items', 0), 'item')}" + (f" ({_kinds(c)})" if c.get("items") else "")
                     + f", {c.get('checked', 0):,} checked")
        extra = []
        if c.get("date_filtered"):
            extra.append(f"{c['date_filtered']:,} outside the dates asked for")
        if c.get("already_deleted"):
            extra.append(f"{c['already_deleted']:,} already deleted on the platform (not checked)")
        if c.get("no_text"):
            extra.append(f"{c['no_text']:,} with no text of yours in the export (e.g. shares of "
                         "others' posts whose words the export does not hold)")
        for e in extra:
            lines.append("      " + e)
        if r.resumed_from:
            lines.append(f"      resumed an interrupted audit from item {r.resumed_from:,}")
        if r.status == "stopped":
            lines.append("      " + style("reading stopped early: ", "yellow") + (r.error or ""))
        if r.issues:
            lines.append(f"      {len(r.issues)} file problem{'s' if len(r.issues) != 1 else ''} "
                         "(the rest was read):")
            for issue in r.issues[:8]:
                lines.append("        " + issue)
            if len(r.issues) > 8:
                lines.append(f"        … and {len(r.issues) - 8} more (in the report)")
        if r.platform in ("whatsapp",) or c.get("dm_senders", 0) > 1:
            if r.me:
                lines.append("      messages checked: only those sent by " + ", ".join(r.me))
            elif c.get("dm_senders", 0) > 1:
                lines.append(f"      messages from all {c['dm_senders']} senders were checked "
                             "(no --me NAME given): each finding names its sender")
        lines.append(f"      run {r.run_id}")
    lines.append("")
    sev = totals.get("by_severity", {})
    found = sum(sev.values())
    parts = " · ".join(style(f"{s} {sev.get(s, 0)}", *SEVERITY_STYLE[s]) for s in reversed(SEVERITIES))
    lines.append(style("Findings: ", "bold") + f"{found:,} in {_plural(totals.get('posts', 0), 'post')}   {parts}")
    if found:
        if totals.get("first_audit"):
            lines.append("This is your first audit: every finding is new.")
        else:
            lines.append(f"New since your last audit: {totals.get('new', 0):,}")
        decided = totals.get("decided", {})
        if decided:
            lines.append("Already decided: " + ", ".join(f"{v} {k.replace('_', ' ')}"
                                                         for k, v in sorted(decided.items())))
        if totals.get("still_there"):
            lines.append(style(f"You marked {totals['still_there']} finding"
                               f"{'s' if totals['still_there'] != 1 else ''} deleted, but "
                               "this export still holds them: check they are gone.", "bold", "red"))
    if records_top:
        lines.append("")
        lines.append(style("Most serious first:", "bold"))
        for n, rec in enumerate(records_top[:top], 1):
            f = max(rec["findings"], key=lambda x: SEVERITIES.index(x["severity"]))
            head = (f"{n:>3}. " + style(f"{f['severity'].upper():<6}", *SEVERITY_STYLE[f["severity"]])
                    + f" {f['code']} {f['name']}  “{_short(f.get('text', ''), 40)}”")
            more = len(rec["findings"]) - 1
            if more:
                head += style(f"  (+{more} more)", "dim")
            lines.append(head)
            meta = f"{_when(rec.get('created_at'))} · {PLATFORM_LABELS.get(rec['platform'], rec['platform'])}" \
                   f" · {KIND_WORDS.get(rec['kind'], rec['kind'])} · {rec['audience']}"
            if rec.get("author") and rec["kind"] in ("dm", "live_chat"):
                meta += f" · sender {rec['author']}"
            if any(x.get("new") for x in rec["findings"]) and not totals.get("first_audit"):
                meta += " · " + style("new", "green")
            if any(x.get("still_there") for x in rec["findings"]):
                meta += " · " + style("marked deleted, still there", "red")
            lines.append("        " + style(meta, "dim"))
            body = rec.get("text") or (rec.get("parts") or {}).get("shared_text", "")
            lines.append("        " + _short(body))
            lines.append("        " + (rec.get("url") or rec.get("locator") or ""))
        if totals.get("posts", 0) > top:
            lines.append(f"      … and {totals['posts'] - top:,} more posts (see the report)")
    if report_dir:
        lines.append("")
        lines.append(f"Reports: {report_dir}")
    if found:
        lines.append("Next: `postcheck review` walks through them one by one, most serious first.")
    return "\n".join(lines)


def render_review_item(item, pack, style: Style, *, index: int, total: int, width: int = 88) -> str:
    """One finding as review shows it: the post, its date and platform, the finding, the fix,
    the link or locator and how to delete it."""
    f = item.finding
    post = item.post
    sev = f["severity"]
    lines = []
    tags = ""
    if item.still_there:
        tags += style("  MARKED DELETED BUT STILL THERE", "bold", "red")
    elif item.decision:
        tags += style(f"  (decided: {item.decision.replace('_', ' ')})", "dim")
    lines.append(style(f"[{index}/{total}] ", "dim") + style(sev.upper(), *SEVERITY_STYLE[sev])
                 + f" {style(f['code'], 'bold')} {f['name']}  "
                 + style(f"HCPC {', '.join(f.get('standards') or [])} · confidence {f['confidence']:.2f}", "dim")
                 + tags)
    meta = f"{_when(post.get('created_at'))} · {PLATFORM_LABELS.get(post['platform'], post['platform'])}" \
           f" · {KIND_WORDS.get(post['kind'], post['kind'])} · {post['audience']}"
    if post.get("author") and post["kind"] in ("dm", "live_chat"):
        meta += f" · sender {post['author']}"
    lines.append(meta)
    part = f.get("part", "text")
    texts = dict((p, t) for p, t in post.get("texts") or [])
    text = texts.get(part, "")
    start, end = f.get("start", 0), f.get("end", 0)
    if 0 <= start < end <= len(text):
        shown = text[:start] + (style(text[start:end], "under", *SEVERITY_STYLE[sev]) if style.color
                                else "[[" + text[start:end] + "]]") + text[end:]
    else:
        shown = text
    if f.get("media"):   # a photo: the caption as context, then where in the photo
        shown = texts.get("text", "")
        box = f.get("box")
        lines.append(style(f"in the photo {f['media']}" + (f" at x {box[0]}, y {box[1]} ({box[2]}×{box[3]} px)" if box else "")
                           + (f": “{f.get('text')}”" if f.get("text") else ""), "dim"))
    elif part != "text":
        lines.append(style({"shared_text": "what you shared:"}.get(part, part.replace("_", " ") + ":"), "dim"))
    for para in shown.splitlines() or [""]:
        lines.append("  │ " + para)
    lines.append("")
    for ln in textwrap.wrap(f.get("message", ""), width - 2):
        lines.append("  " + ln)
    fix = f.get("fix") or {}
    if fix and f.get("media"):
        lines.append("  " + style("fix: ", "green") + f"{fix.get('title')} (`postcheck check --image PHOTO --fix` writes the copies)")
    elif fix and fix.get("replacement") != f.get("text"):
        lines.append("  " + style("fix: ", "green") + f"“{f.get('text')}” → “{fix.get('replacement') or '(remove)'}”"
                     + style(f"  [{fix.get('applicability')}]", "dim"))
    if post.get("redacted") and part == "text":
        lines.append("  " + style("rewrite: ", "green") + _short(post["redacted"], width - 12))
    link = safe_link(post.get("url"))
    if link:
        lines.append("  " + style("link: ", "bold") + link)
    elif post.get("url"):
        lines.append("  link: " + post["url"])
    if post.get("locator"):
        lines.append("  " + style("where: ", "bold") + post["locator"])
    for ln in textwrap.wrap("how to delete: " + delete_help(post["platform"], post["kind"]), width - 2):
        lines.append("  " + style(ln, "dim"))
    return "\n".join(lines)


REVIEW_KEYS = ("[d] delete (to do)  [x] deleted  [e] edited  [k] keep (reason)  "
               "[n] not a problem  [s] skip  [q] quit  [?] help")
