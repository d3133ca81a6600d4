"""Renderings of check results: the wire schema (JSON/JSONL), CSV and the terminal.

All machine formats come from one versioned schema (``docs/wire-schema.md``): per post
``{"id", "verdict", "findings": [...], "redacted"}``, with a run envelope first.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from pathlib import Path

from postcheck import SCHEMA_VERSION, __version__
from postcheck.model.finding import SEVERITY_RANK, Result


def envelope(pack) -> dict:
    return {
        "schema": f"postcheck/{SCHEMA_VERSION}",
        "tool": "postcheck",
        "tool_version": __version__,
        "pack": {"id": pack.id, "version": pack.version, "name": pack.name},
    }


def to_json(results: list[dict], pack) -> str:
    return json.dumps({"envelope": envelope(pack), "results": results}, ensure_ascii=False, indent=2)


def jsonl_line(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


CSV_FIELDS = ["id", "verdict", "code", "name", "standards", "severity", "confidence", "start", "end",
              "text", "message", "fix", "applicability", "redacted"]


def csv_rows(result: dict) -> list[dict]:
    rows = []
    for f in result.get("findings", []) or [{}]:
        fix = f.get("fix") or {}
        rows.append({
            "id": result.get("id"), "verdict": result.get("verdict"), "code": f.get("code", ""),
            "name": f.get("name", ""), "standards": " ".join(f.get("standards", [])),
            "severity": f.get("severity", ""), "confidence": f.get("confidence", ""),
            "start": f.get("start", ""), "end": f.get("end", ""), "text": f.get("text", ""),
            "message": f.get("message", ""), "fix": fix.get("replacement", ""),
            "applicability": fix.get("applicability", ""), "redacted": result.get("redacted") or "",
        })
    return rows


def to_csv(results: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for r in results:
        if "error" in r:
            continue
        for row in csv_rows(r):
            # A cell starting with = + - @ is a formula in spreadsheet programs: defuse it.
            writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()})
    return buf.getvalue()


# --------------------------------------------------------------------------- terminal

class Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, *codes: str) -> str:
        if not self.color or not codes:
            return text
        table = {"bold": "1", "dim": "2", "under": "4", "red": "31", "green": "32", "yellow": "33",
                 "blue": "34", "magenta": "35", "cyan": "36", "bg_red": "41", "bg_yellow": "43"}
        return "\033[" + ";".join(table[c] for c in codes) + "m" + text + "\033[0m"


SEVERITY_STYLE = {"high": ("bold", "red"), "medium": ("bold", "yellow"), "low": ("cyan",), "info": ("dim",)}
VERDICT_TEXT = {
    "problem": ("PROBLEM", ("bold", "red"), "do not post this as it is"),
    "review": ("REVIEW", ("bold", "yellow"), "read the findings before posting"),
    "ok": ("OK", ("bold", "green"), "nothing found — still use your judgement"),
}


def mark_spans(text: str, result: Result, style: Style) -> str:
    """The post with each finding's span marked: colour on a terminal, [[…]] otherwise."""
    spans = sorted(((f.start, f.end, f.severity) for f in result.findings
                    if f.end > f.start and f.severity != "info" and f.media is None))
    out, pos = [], 0
    for start, end, sev in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        piece = text[start:end]
        out.append(style(piece, "under", *SEVERITY_STYLE[sev]) if style.color else f"[[{piece}]]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def image_line(info) -> str:
    """One line about a checked image: what it is, what was checked, copies written, or why not."""
    if info.error:
        return f"{info.file}: not checked: {info.error}"
    size = f"{info.width}×{info.height}" if info.width else "size unknown"
    parts = [f"{info.file} ({info.format} {size}; checked {', '.join(info.checks) or 'nothing'}"
             + (f"; {info.faces} face{'s' if info.faces != 1 else ''}" if "faces" in info.checks else "")
             + (f"; text: “{info.text[:80].replace(chr(10), ' / ')}”" if info.text else "") + ")"]
    parts += [f"clean copy: {info.clean_copy}"] if info.clean_copy else []
    parts += [f"blurred copy: {info.blurred_copy}"] if info.blurred_copy else []
    parts += info.notes
    return "; ".join(parts)


def render_text(result: Result, pack, style: Style, *, explain: bool = False, width: int = 88) -> str:
    lines: list[str] = []
    label, vstyle, hint = VERDICT_TEXT[result.verdict]
    head = f"post {result.id}: " if result.id not in ("1", "") else ""
    lines.append(style(f"{head}{label}", *vstyle) + style(f"  {hint}", "dim"))
    if result.text.strip() or not result.images:
        for para in mark_spans(result.text, result, style).splitlines() or [""]:
            lines.append("  │ " + para)
    for info in result.images:
        lines.append("  " + style("image ", "bold") + image_line(info))
    for note in result.notes:
        lines.append(style("  note: ", "yellow") + note)
    findings = sorted(result.findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.start))
    for f in findings:
        sev = style(f"{f.severity:<6}", *SEVERITY_STYLE[f.severity])
        std = ", ".join(f.standards)
        lines.append("")
        lines.append(f"  {sev} {style(f.code, 'bold')} {f.name}  {style('HCPC ' + std, 'dim')}  "
                     + style(f"confidence {f.confidence:.2f}", "dim"))
        message = f.message if not f.notes else f.message + " " + " ".join(f.notes)
        if f.media is not None:
            where = Path(f.media).name + (f" at x {f.box[0]}, y {f.box[1]} ({f.box[2]}×{f.box[3]} px)" if f.box else "")
            lines.append("         " + style("in " + where, "dim"))
        for ln in textwrap.wrap(message, width - 9):
            lines.append("         " + ln)
        if f.media is not None:
            if f.fix:
                lines.append("         " + style("fix: ", "green") + f.fix.title + style(f"  [{f.fix.applicability}]", "dim"))
        elif f.fix and f.fix.replacement != f.text:
            repl = f.fix.replacement or "(remove)"
            lines.append("         " + style("fix: ", "green") + f"“{f.text}” → “{repl}”"
                         + style(f"  [{f.fix.applicability}]", "dim"))
        if explain:
            for ln in textwrap.wrap("why: " + f.explanation, width - 9):
                lines.append("         " + style(ln, "dim"))
            rule = pack.rules.get(f.code)
            if rule and rule.advice:
                for ln in textwrap.wrap("to make it acceptable: " + rule.advice, width - 9):
                    lines.append("         " + style(ln, "dim"))
    if result.redacted:
        lines.append("")
        lines.append(style("  Redacted version", "bold", "green") + style(" (read it before you use it):", "dim"))
        for para in result.redacted.splitlines():
            lines.append("  │ " + para)
    if any("5.1" in f.standards and f.severity != "info" for f in result.findings):
        lines.append("")
        lines.append(style("  What would make it acceptable: ", "bold")
                     + "the person's recorded consent for this post on this platform, or removing the details above.")
    return "\n".join(lines)
