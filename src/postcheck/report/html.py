"""The audit's HTML report: one self-contained, offline file.

No external assets and no script from elsewhere: the CSS and the small filtering script are
inline, and a Content-Security-Policy forbids loading anything (``default-src 'none'``).
Every piece of post text, finding text and file name is HTML-escaped; only ``http(s)`` links
become links. Filters: standard, severity, platform, year, "new only", "hide decided". Each
post shows the link back (or where to find it), how to delete it, and its findings with the
fix. Print styles drop the controls and keep each post on one page where possible.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable, Iterator

from postcheck.model.finding import SEVERITY_RANK

from .audit_files import delete_help, safe_link

PLATFORM_LABELS = {
    "x": "X/Twitter", "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn",
    "tiktok": "TikTok", "mastodon": "Mastodon", "bluesky": "Bluesky", "reddit": "Reddit",
    "youtube": "YouTube", "whatsapp": "WhatsApp",
}
PART_LABELS = {"text": "Your words", "shared_text": "What you shared", "alt_text": "Image description",
               "caption": "Caption", "content_warning": "Content warning", "poll_option": "Poll option",
               "title": "Title", "headline": "Headline", "subject": "Subject",
               "description": "Description", "image_text": "Text in the image"}
DECISION_LABELS = {"delete": "to delete", "deleted": "deleted", "edited": "edited", "keep": "kept",
                   "not_a_problem": "not a problem"}

CSS = """
:root{--high:#b00020;--medium:#a15c00;--low:#1d5fa8;--info:#666;--bg:#fafafa;--line:#ddd}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:var(--bg);color:#111}
header,main,footer{max-width:980px;margin:0 auto;padding:12px 20px}
h1{font-size:1.5em;margin:.3em 0}
.counts span{display:inline-block;margin-right:1em}
.sev{display:inline-block;border-radius:3px;padding:0 .45em;color:#fff;font-size:.85em;font-weight:600;text-transform:uppercase}
.sev.high{background:var(--high)}.sev.medium{background:var(--medium)}.sev.low{background:var(--low)}.sev.info{background:var(--info)}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:8px 20px;z-index:2}
#filters label{margin-right:1em;white-space:nowrap}
article.post{background:#fff;border:1px solid var(--line);border-left:6px solid var(--info);border-radius:4px;margin:14px 0;padding:10px 14px}
article.post.high{border-left-color:var(--high)}article.post.medium{border-left-color:var(--medium)}article.post.low{border-left-color:var(--low)}
.meta{color:#444;font-size:.9em}
.badge{display:inline-block;border:1px solid #999;border-radius:3px;padding:0 .35em;font-size:.8em;margin-left:.3em}
.badge.new{border-color:#0a7d2c;color:#0a7d2c}.badge.still{border-color:var(--high);color:var(--high);font-weight:600}
blockquote{margin:.5em 0;padding:.4em .8em;background:#f3f3f3;border-radius:3px;white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#ffe08a;padding:0 1px}
mark.high{background:#ffb3b3}
ul.findings{padding-left:1.2em}
ul.findings li{margin:.4em 0}
.fix{color:#0a5d22}
.how{font-size:.9em;color:#333;background:#eef4fb;border-radius:3px;padding:.4em .6em}
details summary{cursor:pointer;color:#444}
.hidden{display:none}
a.why{font-size:.85em;margin-left:.4em}
#why p{font-size:.9em}
footer{color:#555;font-size:.85em}
@media print{
  #filters,details summary,a.why{display:none}
  details{display:block}
  body{background:#fff;font-size:11pt}
  article.post{break-inside:avoid;page-break-inside:avoid;border-color:#999}
  a{color:#000}
  a[href]:after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
}
"""

SCRIPT = """
(function(){
  var posts=[].slice.call(document.querySelectorAll('article.post'));
  var sels={std:document.getElementById('f-std'),sev:document.getElementById('f-sev'),
            plat:document.getElementById('f-plat'),year:document.getElementById('f-year')};
  function fill(sel,attr,split){
    var seen={};posts.forEach(function(p){(p.getAttribute(attr)||'').split(split?' ':'\\u0000').forEach(function(v){if(v)seen[v]=1;});});
    Object.keys(seen).sort().forEach(function(v){var o=document.createElement('option');o.value=v;o.textContent=v;sel.appendChild(o);});
  }
  fill(sels.std,'data-standards',true);fill(sels.plat,'data-platform',false);fill(sels.year,'data-year',false);
  var onlyNew=document.getElementById('f-new'),hideDone=document.getElementById('f-done'),shown=document.getElementById('shown');
  var rank={info:0,low:1,medium:2,high:3};
  function apply(){
    var n=0;
    posts.forEach(function(p){
      var ok=true,v;
      if((v=sels.std.value)&&(' '+p.getAttribute('data-standards')+' ').indexOf(' '+v+' ')<0)ok=false;
      if((v=sels.sev.value)&&rank[p.getAttribute('data-severity')]<rank[v])ok=false;
      if((v=sels.plat.value)&&p.getAttribute('data-platform')!==v)ok=false;
      if((v=sels.year.value)&&p.getAttribute('data-year')!==v)ok=false;
      if(onlyNew.checked&&p.getAttribute('data-new')!=='1')ok=false;
      if(hideDone.checked&&p.getAttribute('data-open')!=='1')ok=false;
      p.classList.toggle('hidden',!ok);if(ok)n++;
    });
    shown.textContent=n+' of '+posts.length+' posts shown';
  }
  [sels.std,sels.sev,sels.plat,sels.year,onlyNew,hideDone].forEach(function(e){e.addEventListener('change',apply);});
  apply();
})();
"""


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


# Only the report's own style sheet and script may run: no other script, no loads at all.
CSP = (f"default-src 'none'; style-src {_sha(CSS)}; script-src {_sha(SCRIPT)}; img-src 'none'; "
       "form-action 'none'; base-uri 'none'")


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def marked(text: str, findings: list[dict]) -> str:
    """The text, escaped, with each finding's span in <mark> (overlaps: the first wins)."""
    spans = sorted((f["start"], f["end"], f["severity"]) for f in findings
                   if isinstance(f.get("start"), int) and isinstance(f.get("end"), int)
                   and 0 <= f["start"] < f["end"] <= len(text))
    out, pos = [], 0
    for start, end, sev in spans:
        if start < pos:
            continue
        out.append(esc(text[pos:start]))
        out.append(f'<mark class="{esc(sev)}">{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _post_html(r: dict, rank: int) -> str:
    findings = r["findings"]
    worst = max(findings, key=lambda f: SEVERITY_RANK.get(f["severity"], 0))["severity"]
    standards = sorted({s for f in findings for s in (f.get("standards") or [])})
    year = (r.get("created_at") or "")[:4]
    is_new = any(f.get("new") for f in findings)
    still = any(f.get("still_there") for f in findings)
    open_ = any(f.get("decision") in (None, "delete") or f.get("still_there") for f in findings)
    platform = r.get("platform") or ""
    attrs = (f'class="post {esc(worst)}" id="p{rank}" data-severity="{esc(worst)}" '
             f'data-platform="{esc(PLATFORM_LABELS.get(platform, platform))}" data-year="{esc(year)}" '
             f'data-standards="{esc(" ".join(standards))}" data-new="{int(is_new)}" '
             f'data-open="{int(open_)}"')
    when = (r.get("created_at") or "date unknown").replace("T", " ")[:16]
    meta = [f'<span class="sev {esc(worst)}">{esc(worst)}</span>',
            f"#{rank}", esc(when), esc(PLATFORM_LABELS.get(platform, platform)), esc(r.get("kind")),
            "audience: " + esc(r.get("audience"))]
    if r.get("author") and r.get("kind") in ("dm", "live_chat"):
        meta.append("sender: " + esc(r["author"]))
    badges = ""
    if is_new:
        badges += '<span class="badge new">new</span>'
    if still:
        badges += ('<span class="badge still">you marked this deleted, but it is still in this '
                   'export</span>')
    parts = [("text", r.get("text") or "")] + list((r.get("parts") or {}).items())
    body = []
    for part, text in parts:
        if not text:
            continue
        pf = [f for f in findings if f.get("part", "text") == part]
        label = PART_LABELS.get(part, part.replace("_", " "))
        body.append(f'<div class="part"><span class="meta">{esc(label)}</span>'
                    f"<blockquote>{marked(text, pf)}</blockquote></div>")
    items = []
    for f in findings:
        fix = f.get("fix") or {}
        line = (f'<li><span class="sev {esc(f["severity"])}">{esc(f["severity"])}</span> '
                f'<strong>{esc(f["code"])} {esc(f["name"])}</strong> '
                f'<span class="meta">HCPC {esc(", ".join(f.get("standards") or []))} · confidence '
                f'{esc(f.get("confidence"))}</span>')
        if f.get("new"):
            line += '<span class="badge new">new</span>'
        if f.get("decision"):
            line += f'<span class="badge">{esc(DECISION_LABELS.get(f["decision"], f["decision"]))}</span>'
        if f.get("still_there"):
            line += '<span class="badge still">still there</span>'
        line += f'<br>“{esc(f.get("text"))}”: {esc(f.get("message"))}'
        if f.get("media"):
            box = f.get("box")
            line += (f'<br><span class="meta">In the photo {esc(f["media"])}'
                     + (f' at x {esc(box[0])}, y {esc(box[1])} ({esc(box[2])}×{esc(box[3])} px)' if box else "")
                     + '</span>')
            if fix:
                line += f'<br><span class="fix">Fix: {esc(fix.get("title"))}</span>'
        elif fix and fix.get("replacement") != f.get("text"):
            repl = fix.get("replacement") or "(remove it)"
            line += (f'<br><span class="fix">Fix ({esc(fix.get("applicability"))}): '
                     f'{esc(fix.get("title"))}: “{esc(f.get("text"))}” → “{esc(repl)}”</span>')
        line += f' <a class="why" href="#why-{esc(f["code"])}">why it matters</a>'
        items.append(line + "</li>")
    link = safe_link(r.get("url"))
    where = []
    if link:
        where.append(f'<a href="{esc(link)}" rel="noopener noreferrer" target="_blank">'
                     f'Open it on {esc(PLATFORM_LABELS.get(platform, platform))}</a>')
    elif r.get("url"):
        where.append("Link: " + esc(r["url"]))
    if r.get("locator"):
        where.append("Where to find it: " + esc(r["locator"]))
    redacted = ""
    if r.get("redacted"):
        redacted = (f'<details><summary>Suggested rewrite (read it before you use it)</summary>'
                    f'<blockquote>{esc(r["redacted"])}</blockquote></details>')
    how = f'<div class="how">{" · ".join(where)}<br>{esc(delete_help(platform, r.get("kind") or ""))}</div>'
    return (f"<article {attrs}><div class=\"meta\">{' · '.join(meta)} {badges}</div>"
            f"{''.join(body)}<ul class=\"findings\">{''.join(items)}</ul>{redacted}{how}"
            f"<div class=\"meta\">source: {esc(r.get('source_file'))} · id {esc(r.get('id'))}</div>"
            "</article>\n")


def iter_html(records: Iterable[dict], *, pack, meta: dict) -> Iterator[str]:
    """The report as text pieces, streamed. ``meta``: ``title``, ``generated``, ``runs``
    (each with ``display``, ``platform``, ``run_id``, ``posts_read``, ``checked``),
    ``by_severity`` ({name: count}), ``new``, ``still_there``, ``notes`` (list of lines)."""
    title = meta.get("title") or "postcheck audit report"
    yield ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
           '<meta name="referrer" content="no-referrer">'
           '<meta name="viewport" content="width=device-width,initial-scale=1">'
           f"<title>{esc(title)}</title><style>{CSS}</style></head><body>\n")
    runs = "".join(f"<li>{esc(r.get('display'))} ({esc(PLATFORM_LABELS.get(r.get('platform'), r.get('platform')))}"
                   f"): {esc(r.get('posts_read', 0))} items read, {esc(r.get('checked', 0))} checked"
                   f" · run {esc(r.get('run_id'))}</li>" for r in meta.get("runs", []))
    sev = meta.get("by_severity", {})
    counts = "".join(f'<span><span class="sev {s}">{s}</span> {esc(sev.get(s, 0))}</span>'
                     for s in ("high", "medium", "low", "info"))
    notes = "".join(f"<p>{esc(n)}</p>" for n in meta.get("notes", []))
    yield (f"<header><h1>{esc(title)}</h1><p class=\"meta\">Made by postcheck on "
           f"{esc(meta.get('generated'))} on this computer; nothing was sent anywhere. This file "
           f"holds your posts: keep it private.</p><ul>{runs}</ul>"
           f"<p class=\"counts\">Findings: {counts} · new since your last audit: "
           f"{esc(meta.get('new', 0))} · marked deleted but still there: "
           f"{esc(meta.get('still_there', 0))}</p>{notes}"
           "<p>Most serious first: severity, then confidence, then reach (public and professional "
           "posts and direct messages first). Older posts are not discounted.</p></header>\n")
    yield ('<div id="filters"><label>Standard <select id="f-std"><option value="">all</option>'
           '</select></label><label>Severity at least <select id="f-sev"><option value="">any'
           '</option><option>high</option><option>medium</option><option>low</option></select>'
           '</label><label>Platform <select id="f-plat"><option value="">all</option></select>'
           '</label><label>Year <select id="f-year"><option value="">all</option></select></label>'
           '<label><input type="checkbox" id="f-new"> new only</label>'
           '<label><input type="checkbox" id="f-done"> hide decided</label>'
           '<span id="shown" class="meta"></span></div>\n<main>\n')
    n = 0
    why: dict[str, tuple[str, str]] = {}
    for n, record in enumerate(records, 1):
        for f in record["findings"]:
            if f["code"] not in why:
                why[f["code"]] = (f.get("name") or "", f.get("explanation") or "")
        yield _post_html(record, n)
    if n == 0:
        yield "<p>No findings: nothing in these exports matched a rule. Still use your judgement.</p>"
    if why:
        # each rule's explanation once, linked from its findings (keeps big reports small)
        yield '<section id="why"><h2>Why each finding matters</h2>'
        for code in sorted(why):
            name, text = why[code]
            yield (f'<p id="why-{esc(code)}"><strong>{esc(code)} {esc(name)}</strong>: '
                   f"{esc(text)}</p>")
        yield "</section>\n"
    disclaimer = (pack.meta.get("not_legal_advice") if getattr(pack, "meta", None) else None) or (
        "postcheck points out risks; it is not legal advice and it cannot see everything.")
    yield (f"</main>\n<footer><p>{esc(disclaimer)}</p><p>Standards pack: {esc(pack.name)} "
           f"({esc(pack.version)}).</p></footer>\n<script>{SCRIPT}</script></body></html>\n")
