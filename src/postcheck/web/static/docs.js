/* Renders /openapi.json as a readable page, with local assets only. */
"use strict";

function h(tag, attrs, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) { if (v !== null && v !== undefined) n.setAttribute(k, v); }
  for (const c of kids.flat(Infinity)) { if (c !== null && c !== undefined) n.append(c instanceof Node ? c : String(c)); }
  return n;
}

function typeOf(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "array") return `list of ${typeOf(schema.items)}`;
  return schema.type || "object";
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  document.getElementById("intro").append(h("p", {}, spec.info.description || ""), h("p", {}, `postcheck ${spec.info.version}`));
  const ops = document.getElementById("ops");
  ops.textContent = "";
  const byTag = {};
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags || ["other"])[0];
      (byTag[tag] = byTag[tag] || []).push([method, path, op]);
    }
  }
  for (const [tag, list] of Object.entries(byTag)) {
    ops.append(h("h3", {}, tag));
    for (const [method, path, op] of list) {
      const params = (op.parameters || []).map((p) => h("li", {}, h("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""}): ${typeOf(p.schema)}`));
      let body = null;
      if (op.requestBody) {
        const content = op.requestBody.content || {};
        body = h("p", {}, "Body: ", Object.entries(content).map(([ct, c]) => `${ct} ${typeOf(c.schema)}`).join("; "));
      }
      const codes = Object.keys(op.responses || {}).join(", ");
      ops.append(h("div", { class: "op" },
        h("p", {}, h("span", { class: "method" }, method.toUpperCase()), " ", h("code", {}, path), " · ", op.summary || ""),
        op.description ? h("p", {}, op.description) : null,
        params.length ? h("ul", {}, params) : null, body, h("p", { class: "hint" }, `Responses: ${codes}`)));
    }
  }
  const schemas = document.getElementById("schemas");
  for (const [name, s] of Object.entries((spec.components || {}).schemas || {})) {
    if (name.startsWith("HTTPValidation") || name === "ValidationError") continue;
    const props = Object.entries(s.properties || {}).map(([k, v]) =>
      h("li", {}, h("code", {}, k), `: ${typeOf(v)}${(s.required || []).includes(k) ? " (required)" : ""}${v.description ? " · " + v.description : ""}`));
    schemas.append(h("div", { class: "op" }, h("h3", {}, name), s.description ? h("p", {}, s.description) : null, h("ul", {}, props)));
  }
}

document.addEventListener("DOMContentLoaded", () => main().catch((e) => {
  document.getElementById("ops").textContent = "Could not load /openapi.json: " + e.message;
}));
