/* postcheck web page. Plain JavaScript, no libraries, no requests anywhere but this server. */
"use strict";

const API = "/api/v1";
const CSRF = document.querySelector('meta[name="csrf-token"]').content;
const DEBOUNCE_MS = 80;           // first findings within ~150 ms of the last keystroke
const PAGE_SIZE = 25;
const SEV_ORDER = { high: 3, medium: 2, low: 1, info: 0 };
const $ = (sel) => document.querySelector(sel);

const state = {
  options: null, session: null, standards: {}, rules: null, guidance: null,
  check: { seq: 0, timer: null, controller: null, result: null, text: "", photos: [] },
  review: { offset: 0, total: 0, job: null, pollTimer: null },
};

/* ------------------------------------------------------------------ helpers */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, opts = {}) {
  const headers = Object.assign({}, opts.headers || {});
  if (opts.method && opts.method !== "GET") headers["X-Postcheck-CSRF"] = CSRF;
  if (opts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(opts.json);
  }
  const resp = await fetch(API + path, { method: opts.method || "GET", headers, body: opts.body,
                                         signal: opts.signal, credentials: "same-origin" });
  let data = null;
  try { data = await resp.json(); } catch (e) { data = null; }
  if (!resp.ok) {
    const msg = data && data.error ? `${data.error.message}` : `the server answered ${resp.status}`;
    const err = new Error(msg);
    err.status = resp.status;
    throw err;
  }
  return data;
}

function announce(text) {
  const live = $("#live");
  live.textContent = "";
  window.setTimeout(() => { live.textContent = text; }, 30);
}

function plural(n, one, many) { return `${n.toLocaleString("en-GB")} ${n === 1 ? one : (many || one + "s")}`; }

function showLoadError(message) {
  const box = $("#load-error");
  box.textContent = message;
  box.hidden = false;
}

function standardLabel(num) {
  const s = state.standards[num];
  return s ? `${num} ${s.title}` : num;
}

/* ------------------------------------------------------------------ tabs */
const TABS = ["check", "audit", "guidance", "rules"];

function showTab(name, focus) {
  if (!TABS.includes(name)) name = "check";
  for (const t of TABS) {
    $("#tab-" + t).hidden = t !== name;
    const link = document.querySelector(`a[data-tab="${t}"]`);
    if (t === name) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  document.title = `${document.querySelector(`a[data-tab="${name}"]`).textContent} · postcheck`;
  if (name === "audit") loadReview();
  if (name === "rules") renderRules();
  if (focus) {
    const h1 = $("#tab-" + name).querySelector("h1");
    h1.setAttribute("tabindex", "-1");
    h1.focus();
  }
}

function routeFromHash(focus) { showTab((location.hash || "#check").slice(1), focus); }

/* ------------------------------------------------------------------ check a draft */
function contextValue() {
  const ctx = {};
  for (const sel of document.querySelectorAll("[data-ctx]")) {
    if (sel.value) ctx[sel.dataset.ctx] = sel.value;
  }
  return ctx;
}

function scheduleCheck(immediate) {
  const c = state.check;
  window.clearTimeout(c.timer);
  c.timer = window.setTimeout(runCheck, immediate ? 0 : DEBOUNCE_MS);
}

async function runCheck() {
  const c = state.check;
  const text = $("#draft").value;
  c.text = text;
  if (c.controller) c.controller.abort();
  if (!text.trim() && !c.photos.length) {
    c.result = null;
    renderCheck(null, text);
    return;
  }
  const seq = ++c.seq;
  c.controller = new AbortController();
  try {
    const body = { text, context: contextValue() };
    if (c.photos.length) body.images = c.photos.map((p) => p.id);
    let result;
    try {
      result = await api("/check", { method: "POST", json: body, signal: c.controller.signal });
    } catch (e) {
      if (e.status !== 404 || !c.photos.length) throw e;
      await resendPhotos();                      // the server forgot them (restarted): send again
      body.images = c.photos.map((p) => p.id);
      result = await api("/check", { method: "POST", json: body, signal: c.controller.signal });
    }
    if (seq !== c.seq || $("#draft").value !== text) return;   // a newer check is on its way
    c.result = result;
    renderCheck(result, text);
    const ps = $("#photo-status");
    if (ps.textContent.endsWith("Checking…")) ps.textContent = c.photos.length ? "Photos checked." : "";
  } catch (e) {
    if (e.name === "AbortError") return;
    if (seq !== c.seq) return;
    const v = $("#verdict");
    v.className = "verdict verdict-problem";
    v.textContent = "Could not check the draft: " + e.message;
  }
}

function renderHighlights(text, findings) {
  const hl = $("#hl");
  hl.textContent = "";
  // Primary spans only, in order, without overlaps (the earliest, most serious wins).
  const spans = findings.map((f, i) => ({ s: f.start_utf16, e: f.end_utf16, sev: f.severity, i }))
    .filter((x) => x.e > x.s)
    .sort((a, b) => a.s - b.s || SEV_ORDER[b.sev] - SEV_ORDER[a.sev]);
  let pos = 0;
  for (const sp of spans) {
    if (sp.s < pos) continue;
    hl.append(text.slice(pos, sp.s));
    hl.append(el("mark", { class: "sev-" + sp.sev, "data-finding": sp.i }, text.slice(sp.s, sp.e)));
    pos = sp.e;
  }
  hl.append(text.slice(pos));
  hl.append("\n");     // keeps the last line's height equal to the textarea's
  syncScroll();
}

function syncScroll() {
  const ta = $("#draft");
  const back = document.querySelector(".hl-backdrop");
  back.scrollTop = ta.scrollTop;
  back.scrollLeft = ta.scrollLeft;
}

function verdictText(result) {
  const n = result.findings.length;
  const high = result.findings.filter((f) => f.severity === "high").length;
  if (result.verdict === "problem") {
    return ["Do not post this as it is", `${plural(n, "finding")}${high ? `, ${high} high` : ""}. See each one below and the safer version.`];
  }
  if (result.verdict === "review") {
    return ["Review before posting", `${plural(n, "finding")} to look at.`];
  }
  if (n) return ["Nothing serious found", `${plural(n, "note")} below. Still use your judgement.`];
  return ["Nothing found: still use your judgement", "postcheck cannot know everything about who could recognise the people or places in a post."];
}

function renderCheck(result, text) {
  const v = $("#verdict");
  const list = $("#findings");
  list.textContent = "";
  $("#at-cursor").textContent = "";
  if (!result) {
    delete v.dataset.verdict;
    v.className = "verdict verdict-empty";
    v.textContent = "Type or paste a draft to check it.";
    $("#redacted-box").hidden = true;
    renderHighlights(text, []);
    renderPhotos(null);
    return;
  }
  const [title, sub] = verdictText(result);
  v.className = "verdict verdict-" + result.verdict;
  v.textContent = "";
  v.append(title, el("span", { class: "sub" }, sub));
  v.dataset.verdict = result.verdict;
  renderHighlights(text, result.findings);
  renderPhotos(result);
  result.findings.forEach((f, i) => list.append(findingCard(f, i, text)));
  for (const note of result.notes || []) list.append(el("li", { class: "finding sev-info" }, el("p", {}, note)));
  const box = $("#redacted-box");
  if (result.redacted && result.redacted !== text) {
    box.hidden = false;
    $("#redacted").value = result.redacted;
  } else {
    box.hidden = true;
  }
}

function findingCard(f, i, text) {
  const rule = state.rules ? state.rules[f.code] : null;
  const guidance = f.standards.map((n) => state.standards[n]).filter((s) => s && s.guidance);
  const card = el("li", { class: `finding sev-${f.severity}`, id: `finding-${i}`, tabindex: "-1", "data-code": f.code },
    el("p", { class: "head" },
      el("span", { class: `badge ${f.severity}` }, f.severity),
      el("strong", {}, `${f.code} ${f.name}`),
      f.text ? el("span", { class: "quote" }, f.text) : null),
    el("p", { class: "msg" }, f.message),
    f.standards.length ? el("p", { class: "stds" }, "HCPC standards: ", f.standards.map(standardLabel).join("; ")) : null,
    el("details", {},
      el("summary", {}, "Why this matters"),
      el("p", {}, f.explanation || (rule && rule.explanation) || ""),
      guidance.map((s) => el("blockquote", {}, el("strong", {}, `${s.number} ${s.title}: `), s.guidance)),
      rule && rule.advice ? el("p", {}, el("strong", {}, "What would make it acceptable: "), rule.advice) : null),
  );
  if (f.media) {
    const photo = photoFor(f.media);
    card.insertBefore(el("p", { class: "hint" }, `In the photo ${photo ? photo.name : f.media}`,
      f.box ? ` (the marked area)` : "", f.part === "image_metadata" ? " (hidden in the file, not in the picture)" : ""), card.children[1]);
    if (photo) {
      const kind = f.part === "image_metadata" ? "clean" : "blurred";
      card.append(el("div", { class: "buttons" },
        el("button", { type: "button", class: "photo-copy", onclick: () => downloadCopy(photo, kind) },
          kind === "clean" ? "Download a clean copy (details removed)" : "Download a blurred copy"),
        el("span", { class: "hint" }, f.fix ? f.fix.title : "")));
    }
    return card;
  }
  if (f.related && f.related.length) {
    card.insertBefore(el("p", { class: "hint" }, "Together with: ", f.related.map((r) => `“${r.text}” (${r.label})`).join(", ")), card.children[2]);
  }
  if (f.fix && f.fix.replacement !== null && f.fix.replacement !== undefined) {
    const label = f.fix.replacement === "" ? `Remove “${f.text}”` : `Replace with “${f.fix.replacement}”`;
    card.append(el("div", { class: "buttons" },
      el("button", { type: "button", class: "apply-fix", onclick: () => applyFix(f) }, label),
      f.fix.applicability === "review" ? el("span", { class: "hint" }, "Check the wording after.") : null));
  }
  return card;
}

function applyFix(f) {
  const ta = $("#draft");
  const text = ta.value;
  if (text !== state.check.text) return;   // the result is stale; the next check will refresh it
  ta.value = text.slice(0, f.start_utf16) + f.fix.replacement + text.slice(f.end_utf16);
  ta.focus();
  const caret = f.start_utf16 + f.fix.replacement.length;
  ta.setSelectionRange(caret, caret);
  announce(`Fix applied: ${f.fix.title || f.code}. Checking again.`);
  scheduleCheck(true);
}

function findingAtCursor() {
  const r = state.check.result;
  const ta = $("#draft");
  if (!r || ta.value !== state.check.text) return null;
  const pos = ta.selectionStart;
  let best = null;
  r.findings.forEach((f, i) => {
    if (pos >= f.start_utf16 && pos <= f.end_utf16 && f.end_utf16 > f.start_utf16) {
      if (!best || SEV_ORDER[f.severity] > SEV_ORDER[best.f.severity]) best = { f, i };
    }
  });
  return best;
}

function showAtCursor() {
  for (const node of document.querySelectorAll(".finding.current, mark.current")) node.classList.remove("current");
  const hit = findingAtCursor();
  const out = $("#at-cursor");
  if (!hit) { out.textContent = ""; return; }
  const { f, i } = hit;
  out.textContent = `${f.severity.toUpperCase()}: “${f.text}”: ${f.message}`;
  const card = $("#finding-" + i);
  if (card) { card.classList.add("current"); card.scrollIntoView({ block: "nearest" }); }
  const mark = document.querySelector(`mark[data-finding="${i}"]`);
  if (mark) mark.classList.add("current");
}

async function copyRedacted() {
  const text = $("#redacted").value;
  try {
    await navigator.clipboard.writeText(text);
    $("#copy-status").textContent = "Copied.";
  } catch (e) {
    $("#redacted").select();
    const ok = document.execCommand && document.execCommand("copy");
    $("#copy-status").textContent = ok ? "Copied." : "Select the text and copy it.";
  }
}

function useRedacted() {
  const ta = $("#draft");
  ta.value = $("#redacted").value;
  ta.focus();
  announce("The safer version is now your draft. Checking again.");
  scheduleCheck(true);
}

function fillSelect(select, items, value) {
  for (const [v, label] of items) select.append(el("option", { value: v }, label));
  if (value !== undefined && value !== null) select.value = value;
}

/* ------------------------------------------------------------------ photos */
function photoFor(media) {
  return state.check.photos.find((p) => p.name === media) || null;
}

async function sendPhoto(file) {
  const resp = await fetch(`${API}/images?${new URLSearchParams({ name: file.name })}`, {
    method: "POST", body: file, credentials: "same-origin",
    headers: { "X-Postcheck-CSRF": CSRF, "Content-Type": "application/octet-stream" } });
  let data = null;
  try { data = await resp.json(); } catch (e) { data = null; }
  if (!resp.ok) throw new Error(data && data.error ? data.error.message : `the server answered ${resp.status}`);
  return data;
}

async function addPhotos(ev) {
  const files = Array.from(ev.target.files || []);
  ev.target.value = "";
  const status = $("#photo-status");
  for (const file of files) {
    if (state.check.photos.length >= 8) { status.textContent = "At most 8 photos with one post."; break; }
    status.textContent = `Reading ${file.name}…`;
    try {
      const info = await sendPhoto(file);
      if (state.check.photos.some((p) => p.id === info.id)) continue;
      state.check.photos.push({ id: info.id, name: info.name, file, width: info.width, height: info.height,
                                url: URL.createObjectURL(file) });
      status.textContent = `${file.name} added. Checking…`;
    } catch (e) {
      status.textContent = `Could not add ${file.name}: ${e.message}`;
    }
  }
  renderPhotos(state.check.result);
  scheduleCheck(true);
}

async function resendPhotos() {
  for (const p of state.check.photos) p.id = (await sendPhoto(p.file)).id;
}

function removePhoto(photo) {
  state.check.photos = state.check.photos.filter((p) => p !== photo);
  URL.revokeObjectURL(photo.url);
  api(`/images/${photo.id}`, { method: "DELETE" }).catch(() => {});
  announce(`${photo.name} removed. Checking again.`);
  renderPhotos(state.check.result);
  scheduleCheck(true);
}

async function downloadCopy(photo, kind) {
  const status = $("#photo-status");
  status.textContent = `Making a ${kind} copy of ${photo.name}…`;
  try {
    const resp = await fetch(`${API}/images/${photo.id}/copy?kind=${kind}`, {
      method: "POST", credentials: "same-origin",
      headers: { "X-Postcheck-CSRF": CSRF, "Content-Type": "application/json" },
      body: JSON.stringify({ text: $("#draft").value, context: contextValue() }) });
    if (!resp.ok) {
      let data = null;
      try { data = await resp.json(); } catch (e) { data = null; }
      throw new Error(data && data.error ? data.error.message : `the server answered ${resp.status}`);
    }
    const blob = await resp.blob();
    const match = /filename="([^"]+)"/.exec(resp.headers.get("Content-Disposition") || "");
    const a = el("a", { href: URL.createObjectURL(blob), download: match ? match[1] : `${kind}-${photo.name}` });
    document.body.append(a);
    a.click();
    a.remove();
    status.textContent = `The ${kind} copy of ${photo.name} is in your downloads. Your original is unchanged.`;
  } catch (e) {
    status.textContent = `Could not make the copy: ${e.message}`;
  }
}

function renderPhotos(result) {
  const list = $("#photo-list");
  list.textContent = "";
  const infos = result && result.images ? result.images : [];
  for (const photo of state.check.photos) {
    const info = infos.find((i) => i.id === photo.id) || null;
    const marks = result ? result.findings.filter((f) => f.media === photo.name && f.box) : [];
    const frame = el("div", { class: "photo-frame" }, el("img", { src: photo.url, alt: `Your photo ${photo.name}` }));
    for (const f of marks) {
      const w = (info && info.width) || photo.width || 1;
      const h = (info && info.height) || photo.height || 1;
      const [x, y, bw, bh] = f.box;
      const mark = el("span", { class: `photo-mark sev-${f.severity}`, title: `${f.code} ${f.name}` });
      // CSSOM, not a style attribute: the page's CSP allows no inline styles
      Object.assign(mark.style, { left: `${(100 * x / w).toFixed(2)}%`, top: `${(100 * y / h).toFixed(2)}%`,
                                  width: `${(100 * bw / w).toFixed(2)}%`, height: `${(100 * bh / h).toFixed(2)}%` });
      frame.append(mark);
    }
    let summary = "Checking…";
    if (info && info.error) summary = "Not checked: " + info.error;
    else if (info) {
      const n = result.findings.filter((f) => f.media === photo.name && f.severity !== "info").length;
      summary = `${n ? plural(n, "finding") : "Nothing found"}. Checked: ${info.checks.join(", ") || "nothing"}` +
        (info.checks.includes("faces") ? `; ${plural(info.faces, "face")}` : "") +
        (info.text ? `; text read: “${info.text.replace(/\n/g, " / ").slice(0, 80)}”` : "") + ".";
      if (info.notes && info.notes.length) summary += " " + info.notes.join(" ");
    }
    list.append(el("li", { class: "photo" }, frame,
      el("div", { class: "photo-info" }, el("strong", {}, photo.name), el("p", { class: "hint" }, summary),
        el("div", { class: "buttons" },
          el("button", { type: "button", onclick: () => downloadCopy(photo, "clean") }, "Clean copy"),
          el("button", { type: "button", onclick: () => downloadCopy(photo, "blurred") }, "Blurred copy"),
          el("button", { type: "button", "aria-label": `Remove ${photo.name}`, onclick: () => removePhoto(photo) }, "Remove")))));
  }
}

/* ------------------------------------------------------------------ audit */
function setProgress(job) {
  $("#audit-progress").hidden = false;
  const bar = $("#audit-bar");
  if (job.fraction === null || job.fraction === undefined) bar.removeAttribute("value");
  else bar.value = job.fraction;
  const pct = job.fraction !== null && job.fraction !== undefined ? ` ${Math.round(job.fraction * 100)}%` : "";
  const what = { queued: "Waiting for the previous audit to finish", running: "Auditing",
                 done: "Finished", failed: "Could not finish" }[job.status] || job.status;
  $("#audit-status").textContent = `${what}${pct}: ${job.display}. ${plural(job.posts || 0, "item")} read` +
    (job.platform ? ` (${job.platform})` : "") + ` in ${job.elapsed_seconds.toFixed(1)} s.`;
}

function uploadExport(ev) {
  ev.preventDefault();
  const file = $("#archive-file").files[0];
  if (!file) { $("#archive-file").focus(); return; }
  const params = new URLSearchParams({ filename: file.name });
  const platform = $("#audit-platform").value;
  if (platform) params.set("platform", platform);
  const me = $("#audit-me").value.trim();
  if (me) params.append("me", me);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", `${API}/audits/upload?${params}`);
  xhr.setRequestHeader("X-Postcheck-CSRF", CSRF);
  xhr.setRequestHeader("Content-Type", "application/octet-stream");
  $("#audit-progress").hidden = false;
  $("#audit-result").hidden = true;
  const bar = $("#audit-bar");
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) {
      bar.value = e.loaded / e.total;
      $("#audit-status").textContent = `Reading the file into postcheck: ${Math.round(100 * e.loaded / e.total)}%`;
    }
  };
  xhr.onload = () => {
    let data = null;
    try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
    if (xhr.status >= 200 && xhr.status < 300 && data) followJob(data);
    else auditFailed(data && data.error ? data.error.message : `the server answered ${xhr.status}`);
  };
  xhr.onerror = () => auditFailed("the upload was interrupted");
  $("#audit-status").textContent = "Sending the file to postcheck on this computer…";
  xhr.send(file);
}

async function auditPath(ev) {
  ev.preventDefault();
  const path = $("#audit-path").value.trim();
  if (!path) { $("#audit-path").focus(); return; }
  const body = { paths: [path] };
  const platform = $("#audit-platform").value;
  if (platform) body.platform = platform;
  const me = $("#audit-me").value.trim();
  if (me) body.me = [me];
  try {
    followJob(await api("/audits", { method: "POST", json: body }));
  } catch (e) {
    auditFailed(e.message);
  }
}

function auditFailed(message) {
  $("#audit-progress").hidden = false;
  $("#audit-status").textContent = "Could not audit: " + message;
  announce("Could not audit: " + message);
}

function followJob(job) {
  state.review.job = job.id;
  setProgress(job);
  window.clearTimeout(state.review.pollTimer);
  const poll = async () => {
    try {
      const j = await api(`/audits/${job.id}`);
      setProgress(j);
      if (j.status === "done" || j.status === "failed") { auditFinished(j); return; }
    } catch (e) {
      auditFailed(e.message);
      return;
    }
    state.review.pollTimer = window.setTimeout(poll, 400);
  };
  state.review.pollTimer = window.setTimeout(poll, 200);
}

function auditFinished(job) {
  const box = $("#audit-result");
  box.hidden = false;
  box.textContent = "";
  if (job.status === "failed") {
    box.append(el("h2", {}, "The audit could not finish"), el("p", { class: "error" }, job.error || "unknown error"));
    announce("The audit could not finish: " + (job.error || ""));
    return;
  }
  const sev = job.summary.by_severity || {};
  const counts = ["high", "medium", "low", "info"].filter((s) => sev[s]).map((s) => `${sev[s]} ${s}`).join(", ");
  const found = Object.values(sev).reduce((a, b) => a + b, 0);
  box.append(el("h2", {}, "Audit finished"),
    el("p", {}, `${job.display}: ${plural(job.posts || 0, "item")} checked. ` +
      (found ? `${plural(found, "finding")} (${counts}) in ${plural(job.summary.posts || 0, "post")}.` : "Nothing found.") +
      (job.summary.new && !job.summary.first_audit ? ` ${job.summary.new} new since your last audit.` : "") +
      (job.summary.still_there ? ` ${job.summary.still_there} you marked deleted are still there.` : "")));
  if (job.error) box.append(el("p", { class: "hint" }, job.error));
  for (const issue of (job.issues || []).slice(0, 5)) box.append(el("p", { class: "hint" }, issue));
  for (const rid of job.run_ids) box.append(reportLinks(rid, job.reports));
  announce(`Audit finished. ${plural(found, "finding")}.`);
  state.review.offset = 0;
  loadReview();
  loadRuns();
}

function reportLinks(runId, names) {
  const labels = { "report.html": "HTML report (printable)", "findings.csv": "CSV", "findings.jsonl": "JSON Lines" };
  return el("p", {}, "Download: ",
    (names || []).map((n, i) => [i ? " · " : "", el("a", { href: `${API}/runs/${runId}/reports/${n}`, download: "" }, labels[n] || n)]));
}

function filterParams() {
  const p = new URLSearchParams();
  for (const name of ["standard", "severity", "platform", "year"]) {
    const v = $("#f-" + name).value;
    if (v) p.set(name, v);
  }
  p.set("status", $("#f-status").value);
  p.set("offset", state.review.offset);
  p.set("limit", PAGE_SIZE);
  return p;
}

function fillFacet(select, counts, label) {
  const keep = select.value;
  select.textContent = "";
  select.append(el("option", { value: "" }, "All"));
  const keys = Object.keys(counts || {});
  if (select.id === "f-severity") keys.sort((a, b) => SEV_ORDER[b] - SEV_ORDER[a]);
  else if (select.id === "f-year") keys.sort().reverse();
  else keys.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const k of keys) select.append(el("option", { value: k }, `${label ? label(k) : k} (${counts[k]})`));
  if (keep && !keys.includes(keep)) select.append(el("option", { value: keep }, `${label ? label(keep) : keep} (0)`));
  select.value = keep;
}

async function loadReview() {
  let data;
  try {
    data = await api("/findings?" + filterParams());
  } catch (e) {
    $("#review-count").textContent = "Could not load the findings: " + e.message;
    return;
  }
  state.review.total = data.total;
  fillFacet($("#f-standard"), data.facets.standard, standardLabel);
  fillFacet($("#f-severity"), data.facets.severity);
  fillFacet($("#f-platform"), data.facets.platform, platformName);
  fillFacet($("#f-year"), data.facets.year);
  const list = $("#review-list");
  list.textContent = "";
  data.items.forEach((item) => list.append(reviewCard(item)));
  const first = data.total ? data.offset + 1 : 0;
  const last = data.offset + data.items.length;
  $("#review-count").textContent = data.total
    ? `Showing ${first.toLocaleString("en-GB")}–${last.toLocaleString("en-GB")} of ${plural(data.total, "finding")}.`
    : ($("#f-status").value === "open" ? "Nothing left to decide here." : "No findings match.");
  $("#page-info").textContent = data.total ? `Page ${Math.floor(data.offset / PAGE_SIZE) + 1} of ${Math.max(1, Math.ceil(data.total / PAGE_SIZE))}` : "";
  $("#page-prev").disabled = data.offset <= 0;
  $("#page-next").disabled = last >= data.total;
}

function platformName(id) {
  const p = state.options ? state.options.archive_platforms.find((x) => x.id === id) : null;
  return p ? p.name : id;
}

function markedText(text, f) {
  const part = el("blockquote", { class: "post" });
  const s = f.start, e = f.end;
  // Spans are code points; JavaScript strings are UTF-16: convert with Array.from.
  const chars = Array.from(text || "");
  if (Number.isInteger(s) && Number.isInteger(e) && e > s && e <= chars.length) {
    part.append(chars.slice(0, s).join(""), el("mark", {}, chars.slice(s, e).join("")), chars.slice(e).join(""));
  } else {
    part.append(text || "");
  }
  return part;
}

const DECISION_BUTTONS = [
  ["delete", "Delete (to do)"], ["deleted", "Deleted"], ["edited", "Edited"],
  ["keep", "Keep"], ["not_a_problem", "Not a problem"],
];

function reviewCard(item) {
  const f = item.finding;
  const p = item.post;
  const date = p.created_at ? p.created_at.slice(0, 10) : "undated";
  const card = el("li", { class: `review sev-${item.severity}`, "data-fingerprint": item.fingerprint },
    el("p", { class: "meta" },
      el("span", { class: `badge ${item.severity}` }, item.severity), " ",
      `${platformName(p.platform)} · ${p.kind} · ${date} · seen by: ${p.audience}`,
      item.part !== "text" ? ` · in the ${item.part.replace("_", " ")}` : ""),
    markedText(item.text, f.media ? {} : f),
    f.media ? el("p", { class: "hint" }, `In the photo ${f.media}${f.text ? `: “${f.text}”` : ""}`) : null,
    el("p", {}, el("strong", {}, `${f.code} ${f.name}: `), f.message),
    f.standards && f.standards.length ? el("p", { class: "stds" }, "HCPC standards: ", f.standards.map(standardLabel).join("; ")) : null,
    p.redacted && item.part === "text" ? el("details", {}, el("summary", {}, "A safer version"), el("p", {}, p.redacted)) : null,
    el("p", {},
      p.url ? el("a", { href: p.url, target: "_blank", rel: "noopener noreferrer" }, "Open the post (to delete or edit it)") : el("span", {}, p.locator || ""),
      p.delete_help ? el("span", { class: "hint" }, ` ${p.delete_help}`) : null),
    item.still_there ? el("p", { class: "still" }, "You marked this deleted, but a newer export still has it.") : null,
  );
  const status = el("span", { class: "hint decision-status", "aria-live": "polite" },
    item.decision ? `Your decision: ${decisionLabel(item.decision)}${item.reason ? ` (${item.reason})` : ""}` : "");
  const reason = el("input", { type: "text", "aria-label": "Reason (optional)", placeholder: "Reason (optional)", value: item.reason || "" });
  const group = el("div", { class: "decide", role: "group", "aria-label": `Decision on ${f.code} ${date}` });
  for (const [action, label] of DECISION_BUTTONS) {
    group.append(el("button", { type: "button", "data-action": action, "aria-pressed": item.decision === action ? "true" : "false",
                                onclick: () => decide(item, action, reason.value, card, status) }, label));
  }
  group.append(el("button", { type: "button", "data-action": "skip", onclick: () => skip(card) }, "Skip"), reason, status);
  card.append(group);
  return card;
}

function decisionLabel(action) {
  return (state.options && state.options.decisions[action]) || action;
}

async function decide(item, action, reason, card, status) {
  try {
    const updated = await api(`/findings/${item.fingerprint}/decision`, { method: "POST",
      json: { action, reason: reason || null, expected_version: item.decision_version || 0 } });
    item.decision_version = updated.decision_version;
    for (const b of card.querySelectorAll("button[data-action]")) {
      if (b.dataset.action !== "skip") b.setAttribute("aria-pressed", b.dataset.action === updated.decision ? "true" : "false");
    }
    status.textContent = `Saved: ${decisionLabel(updated.decision)}${updated.reason ? ` (${updated.reason})` : ""}`;
    item.decision = updated.decision;
  } catch (e) {
    status.textContent = "Not saved: " + e.message + (e.status === 409 ? " Reload the list to see the other decision." : "");
  }
}

function skip(card) {
  const next = card.nextElementSibling;
  const target = next ? next.querySelector("button[data-action]") : $("#page-next");
  if (target && !target.disabled) target.focus();
}

async function loadRuns() {
  let data;
  try { data = await api("/runs"); } catch (e) { return; }
  const list = $("#runs");
  list.textContent = "";
  if (!data.runs.length) { list.append(el("li", { class: "hint" }, "No audits yet.")); return; }
  for (const r of data.runs.slice(0, 50)) {
    list.append(el("li", {}, `${r.started_at.slice(0, 16).replace("T", " ")} · ${platformName(r.platform)} · ${r.display} · ${plural(r.posts_read || 0, "item")} · ${r.status} `,
      reportLinks(r.run_id, r.reports)));
  }
}

/* ------------------------------------------------------------------ guidance and rules */
function renderGuidance() {
  const g = state.guidance;
  $("#g-source").append("From the HCPC's guidance on social media and its standards of conduct, performance and ethics. ",
    el("a", { href: g.source_url, target: "_blank", rel: "noopener noreferrer" }, "The standards on the HCPC's website"), ".");
  const tips = $("#tips");
  const saved = JSON.parse(localStorage.getItem("postcheck-tips") || "{}");
  for (const t of g.tips) {
    const box = el("input", { type: "checkbox", id: "tip-" + t.id, checked: !!saved[t.id] });
    box.addEventListener("change", () => {
      saved[t.id] = box.checked;
      localStorage.setItem("postcheck-tips", JSON.stringify(saved));
    });
    tips.append(el("li", {}, el("label", { for: "tip-" + t.id }, box, el("span", {}, t.text))));
  }
  const sel = $("#g-profession");
  fillSelect(sel, [["", "Choose your profession"]].concat(g.professions.map((p) => [p.id, p.name])),
             state.session && state.session.defaults.profession ? professionId(state.session.defaults.profession) : "");
  const showBodies = () => {
    const box = $("#g-bodies");
    box.textContent = "";
    const p = g.professions.find((x) => x.id === sel.value);
    if (!p) { box.append(el("p", { class: "hint" }, "Choose a profession to see its professional body.")); return; }
    box.append(el("h3", {}, `Professional body for ${p.name.toLowerCase()}s`),
      el("ul", {}, p.bodies.map((b) => el("li", {}, el("a", { href: b.url, target: "_blank", rel: "noopener noreferrer" }, b.name)))));
  };
  sel.addEventListener("change", showBodies);
  showBodies();
  $("#g-unions").append(...g.unions.map((u) => el("li", {}, el("a", { href: u.url, target: "_blank", rel: "noopener noreferrer" }, u.name))));
  $("#g-employer").textContent = g.employer || "";
  const r = g.regulator || {};
  $("#g-regulator").append(el("p", {}, r.name || ""), el("p", {}, r.address || ""),
    el("p", {}, "Telephone: ", r.phone || ""), el("p", {}, el("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, r.url || "")),
    r.note ? el("p", { class: "hint" }, r.note) : null);
  $("#g-legal").textContent = g.not_legal_advice || "postcheck is not legal advice.";
  const box = $("#standards");
  for (const s of Object.values(state.standards).filter((x) => x.quoted)) {
    box.append(el("div", { class: "standard" },
      el("h3", {}, `${s.number} ${s.title}`),
      el("blockquote", {}, s.text),
      s.guidance ? el("p", {}, el("strong", {}, "The guidance: "), s.guidance) : null,
      s.rules.length ? el("p", { class: "hint" }, "Checked by rules ", s.rules.join(", ")) : null));
  }
}

function professionId(name) {
  const p = state.options.professions.find((x) => x.name === name || x.id === name);
  return p ? p.id : "";
}

function renderRules() {
  if (!state.rules) return;
  const q = $("#rule-filter").value.trim().toLowerCase();
  const list = $("#rule-list");
  list.textContent = "";
  let shown = 0;
  for (const r of Object.values(state.rules)) {
    const hay = [r.code, r.name, r.summary, r.message, r.standards.join(" ")].join(" ").toLowerCase();
    if (q && !hay.includes(q)) continue;
    shown += 1;
    list.append(el("details", { class: "rule", id: "rule-" + r.code },
      el("summary", {}, el("strong", {}, `${r.code} ${r.name}`), ` (${r.severity}) · ${r.summary}`),
      el("p", {}, "Standards: ", r.standards.map(standardLabel).join("; ")),
      el("p", {}, r.explanation),
      r.advice ? el("p", {}, el("strong", {}, "What would make it acceptable: "), r.advice) : null,
      el("div", { class: "examples" },
        el("div", {}, el("h3", {}, "Flags"), el("ul", {}, r.examples.flag.map((t) => el("li", {}, t)))),
        el("div", {}, el("h3", {}, "Leaves alone"), el("ul", {}, r.examples.ok.map((t) => el("li", {}, t)))))));
  }
  $("#rule-count").textContent = `${plural(shown, "rule")}${q ? " match" : ""}.`;
}

/* ------------------------------------------------------------------ start */
async function start() {
  try {
    const [session, options, standards, rules, guidance] = await Promise.all([
      api("/session"), api("/options"), api("/standards"), api("/rules"), api("/guidance")]);
    state.session = session;
    state.options = options;
    for (const s of standards.standards) state.standards[s.number] = s;
    state.rules = {};
    for (const r of rules.rules) state.rules[r.code] = r;
    state.guidance = guidance;
  } catch (e) {
    showLoadError("postcheck could not load its data from this computer: " + e.message);
    return;
  }
  const d = state.session.defaults || {};
  fillSelect($("#ctx-platform"), state.options.platforms.map((p) => [p, p === "x" ? "X (Twitter)" : p[0].toUpperCase() + p.slice(1)]), d.platform || "other");
  fillSelect($("#ctx-profession"), [["", "Not given"]].concat(state.options.professions.map((p) => [p.id, p.name])), professionId(d.profession || ""));
  if (d.account) $("#ctx-account").value = d.account;
  if (d.audience) $("#ctx-audience").value = d.audience;
  if (d.consent) $("#ctx-consent").value = d.consent;
  fillSelect($("#audit-platform"), state.options.archive_platforms.map((p) => [p.id, p.name]));
  if (!state.session.paths_allowed) $("#path-form").hidden = true;

  const ta = $("#draft");
  ta.addEventListener("input", () => { renderHighlights(ta.value, []); scheduleCheck(false); });
  ta.addEventListener("scroll", syncScroll);
  for (const ev of ["click", "keyup", "select"]) ta.addEventListener(ev, showAtCursor);
  for (const sel of document.querySelectorAll("[data-ctx]")) sel.addEventListener("change", () => scheduleCheck(true));
  $("#photo-input").addEventListener("change", addPhotos);
  $("#copy-redacted").addEventListener("click", copyRedacted);
  $("#use-redacted").addEventListener("click", useRedacted);
  $("#upload-form").addEventListener("submit", uploadExport);
  $("#path-form").addEventListener("submit", auditPath);
  for (const s of document.querySelectorAll("#filters select")) {
    s.addEventListener("change", () => { state.review.offset = 0; loadReview(); });
  }
  $("#filters").addEventListener("submit", (e) => e.preventDefault());
  $("#page-prev").addEventListener("click", () => { state.review.offset = Math.max(0, state.review.offset - PAGE_SIZE); loadReview(); });
  $("#page-next").addEventListener("click", () => { state.review.offset += PAGE_SIZE; loadReview(); });
  $("#rule-filter").addEventListener("input", renderRules);
  window.addEventListener("hashchange", () => routeFromHash(true));
  renderGuidance();
  routeFromHash(false);
  loadRuns();
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
