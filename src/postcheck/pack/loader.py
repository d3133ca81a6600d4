"""Load and validate a standards pack: a folder of YAML data, one rule per file.

A pack is data, not code: ``pack.yaml`` (identity, tips, signposting, crosswalk),
``standards.yaml`` (the standards with their official text and guidance passage),
``rules/*.yaml`` (one rule each) and ``lexicons/*.txt`` (word lists with provenance).
Every problem becomes a one-line :class:`PackError` naming file and line, and unknown keys
are errors, so a typo in a rule file never passes silently.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from postcheck.errors import PackError
from postcheck.model.finding import SEVERITIES

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
STATUSES = ("stable", "preview", "deprecated")
APPLICABILITIES = ("safe", "review")

# ---------------------------------------------------------------------------------------
# YAML with line numbers


class _Map(dict):
    """A dict that remembers the line of each key (1-based) for error messages."""

    lines: dict[str, int]
    line: int


class _List(list):
    lines: list[int]
    line: int


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    out = _Map()
    out.lines = {}
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise PackError(f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = key_node.start_mark.line + 1
    return out


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> _List:
    out = _List(loader.construct_object(child, deep=True) for child in node.value)
    out.lines = [child.start_mark.line + 1 for child in node.value]
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(f"not valid UTF-8 at byte {exc.start}", file=str(path)) from None
    except OSError as exc:
        raise PackError(f"cannot read pack file: {exc.strerror}", file=str(path)) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader subclass
    except PackError as exc:
        raise PackError(exc.message, file=str(path), line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = (exc.problem or exc.context or "malformed YAML").strip()
        raise PackError(f"malformed YAML: {problem}", file=str(path), line=line) from None
    except yaml.YAMLError as exc:
        raise PackError(f"malformed YAML: {exc}", file=str(path)) from None


def _line(data: Any, key: str | None = None) -> int | None:
    if isinstance(data, _Map):
        return data.lines.get(key, data.line) if key else data.line
    return getattr(data, "line", None)


class _Checker:
    """Small typed accessors that raise PackError with file and line."""

    def __init__(self, path: Path):
        self.path = str(path)

    def fail(self, message: str, data: Any = None, key: str | None = None) -> PackError:
        return PackError(message, file=self.path, line=_line(data, key))

    def mapping(self, data: Any, what: str, allowed: set[str], required: set[str]) -> _Map:
        if not isinstance(data, dict):
            raise self.fail(f"{what} must be a mapping", data)
        for key in data:
            if key not in allowed:
                near = ", ".join(sorted(allowed))
                raise self.fail(f"unknown key {key!r} in {what} (allowed: {near})", data, key)
        for key in sorted(required):
            if key not in data:
                raise self.fail(f"{what} lacks required key {key!r}", data)
        return data  # type: ignore[return-value]

    def string(self, data: _Map, key: str, *, default: str | None = None) -> str:
        if key not in data:
            if default is None:
                raise self.fail(f"missing {key!r}", data)
            return default
        value = data[key]
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise self.fail(f"{key!r} must be text", data, key)
        return str(value).strip()

    def strings(self, data: _Map, key: str) -> list[str]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise self.fail(f"{key!r} must be a list of text", data, key)
        return [str(v) for v in value]


# ---------------------------------------------------------------------------------------
# Pack model


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    spans: tuple[tuple[int, int], ...]
    context: dict
    fix: str | None
    line: int | None


@dataclass(frozen=True, slots=True)
class RuleFix:
    title: str
    operator: str  # replace | remove | generalise | display
    with_: str | None
    applicability: str


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    summary: str
    standards: tuple[str, ...]
    severity: str
    status: str
    since: str
    scope: tuple[str, ...]
    detect: dict
    message: str
    explanation: str
    advice: str
    fix: RuleFix | None
    flag_examples: tuple[Example, ...]
    ok_examples: tuple[Example, ...]
    path: str
    tags: tuple[str, ...] = ()

    def doc(self) -> dict:
        return {
            "code": self.code, "name": self.name, "summary": self.summary,
            "standards": list(self.standards), "severity": self.severity,
            "status": self.status, "since": self.since, "message": self.message,
            "explanation": self.explanation, "advice": self.advice,
            "fix": None if not self.fix else {
                "title": self.fix.title, "operator": self.fix.operator,
                "with": self.fix.with_, "applicability": self.fix.applicability},
            "examples": {
                "flag": [e.text for e in self.flag_examples],
                "ok": [e.text for e in self.ok_examples]},
        }


@dataclass(frozen=True, slots=True)
class Standard:
    number: str
    title: str
    text: str
    guidance: str
    theme: str
    quoted: bool  # quoted in the social-media guidance (the 11 primary standards)
    older_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    source: str
    licence: str
    entries: dict[str, dict[str, str]]  # lower-case term -> attributes
    path: str
    case_sensitive: bool = False

    def sections(self) -> dict[str, dict[str, dict[str, str]]]:
        out: dict[str, dict[str, dict[str, str]]] = {}
        for term, attrs in self.entries.items():
            out.setdefault(attrs.get("_section", ""), {})[term] = attrs
        return out


@dataclass(slots=True)
class Pack:
    id: str
    name: str
    version: str
    regulator: str
    source_url: str
    root: Path
    standards: dict[str, Standard]
    rules: dict[str, Rule]
    tips: list[dict]
    signposting: dict
    crosswalk: list[dict]
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def lexicon(self, name: str) -> Lexicon:
        try:
            return self.lexicons[name]
        except KeyError:
            raise PackError(f"pack {self.id!r} has no lexicon {name!r}", file=str(self.root)) from None


# ---------------------------------------------------------------------------------------
# Parsing


def _examples(check: _Checker, data: _Map, key: str) -> tuple[Example, ...]:
    raw = data.get(key, [])
    if not isinstance(raw, list):
        raise check.fail(f"examples.{key} must be a list", data, key)
    out = []
    for i, item in enumerate(raw):
        line = raw.lines[i] if isinstance(raw, _List) else None
        context: dict = {}
        fix = None
        if isinstance(item, dict):
            check.mapping(item, f"example in {key}", {"text", "context", "fix"}, {"text"})
            text = check.string(item, "text")
            context = dict(item.get("context") or {})
            fix = item.get("fix")
        elif isinstance(item, str):
            text = item
        else:
            raise PackError("example must be text or a mapping", file=check.path, line=line)
        spans = []
        clean = []
        pos = 0
        for m in re.finditer(r"\[\[(.+?)\]\]", text):
            clean.append(text[pos:m.start()])
            start = sum(len(c) for c in clean)
            clean.append(m.group(1))
            spans.append((start, start + len(m.group(1))))
            pos = m.end()
        clean.append(text[pos:])
        out.append(Example("".join(clean), tuple(spans), context, fix, line))
    return tuple(out)


RULE_KEYS = {
    "code", "name", "summary", "standards", "severity", "status", "since", "scope",
    "detect", "message", "explanation", "advice", "fix", "examples", "tags",
}


def parse_rule(path: Path, data: Any) -> Rule:
    check = _Checker(path)
    data = check.mapping(data, "rule", RULE_KEYS, {
        "code", "name", "summary", "standards", "severity", "status", "since",
        "detect", "message", "explanation", "examples"})
    code = check.string(data, "code")
    if not CODE_RE.match(code):
        raise check.fail(f"rule code {code!r} must be a capital letter and 3 digits", data, "code")
    name = check.string(data, "name")
    if not NAME_RE.match(name):
        raise check.fail(f"rule name {name!r} must be kebab-case", data, "name")
    severity = check.string(data, "severity")
    if severity not in SEVERITIES:
        raise check.fail(f"severity {severity!r} must be one of {', '.join(SEVERITIES)}", data, "severity")
    status = check.string(data, "status")
    if status not in STATUSES:
        raise check.fail(f"status {status!r} must be one of {', '.join(STATUSES)}", data, "status")
    standards = tuple(check.strings(data, "standards"))
    if not standards:
        raise check.fail("a rule must cite at least one standard", data, "standards")
    detect = data["detect"]
    if not isinstance(detect, dict) or "kind" not in detect:
        raise check.fail("detect must be a mapping with a 'kind'", data, "detect")
    fix = None
    if "fix" in data and data["fix"] is not None:
        raw = check.mapping(data["fix"], "fix", {"title", "operator", "with", "applicability"},
                            {"title", "operator"})
        operator = check.string(raw, "operator")
        if operator not in ("replace", "remove", "generalise", "display"):
            raise check.fail(f"fix operator {operator!r} must be replace, remove, generalise or display", raw, "operator")
        applicability = check.string(raw, "applicability", default="review")
        if applicability not in APPLICABILITIES:
            raise check.fail(f"applicability {applicability!r} must be safe or review", raw, "applicability")
        fix = RuleFix(check.string(raw, "title"), operator,
                      str(raw["with"]) if raw.get("with") is not None else None, applicability)
    examples = check.mapping(data["examples"], "examples", {"flag", "ok"}, {"flag", "ok"})
    return Rule(
        code=code, name=name, summary=check.string(data, "summary"), standards=standards,
        severity=severity, status=status, since=check.string(data, "since"),
        scope=tuple(check.strings(data, "scope") or ["text"]), detect=dict(detect),
        message=check.string(data, "message"), explanation=check.string(data, "explanation"),
        advice=check.string(data, "advice", default=""), fix=fix,
        flag_examples=_examples(check, examples, "flag"),
        ok_examples=_examples(check, examples, "ok"), path=str(path),
        tags=tuple(check.strings(data, "tags")),
    )


def parse_lexicon(path: Path) -> Lexicon:
    meta: dict[str, str] = {}
    entries: dict[str, dict[str, str]] = {}
    section = ""
    case_sensitive = False
    try:
        handle = path.open(encoding="utf-8")
        lines = handle.read().splitlines()
        handle.close()
    except UnicodeDecodeError as exc:
        raise PackError(f"lexicon is not valid UTF-8 at byte {exc.start}", file=str(path)) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*([a-z_]+)\s*:\s*(.*)$", line)
            if m and not entries:
                meta[m.group(1)] = m.group(2).strip()
                if m.group(1) == "case" and m.group(2).strip() == "sensitive":
                    case_sensitive = True
            continue
        term, _, rest = line.partition("\t")
        term = term.strip()
        if not term:
            raise PackError("empty term", file=str(path), line=number)
        attrs: dict[str, str] = {}
        if section:
            attrs["_section"] = section
        for pair in filter(None, (p.strip() for p in rest.split(";"))):
            key, eq, value = pair.partition("=")
            if not eq or not key.strip():
                raise PackError(f"attribute {pair!r} must be key=value", file=str(path), line=number)
            attrs[key.strip()] = value.strip()
        key = term if case_sensitive else term.lower()
        if key in entries and entries[key].get("_section", "") == section:
            # Duplicates within a section are harmless for matching but signal a sloppy
            # list; keep the first and carry on (the lexicon meta-test reports them).
            continue
        entries[key] = attrs
    for required in ("name", "source", "licence"):
        if required not in meta:
            raise PackError(f"lexicon header lacks '# {required}:' (provenance is required)",
                            file=str(path), line=1)
    return Lexicon(meta["name"], meta["source"], meta["licence"], entries, str(path), case_sensitive)


PACK_KEYS = {
    "id", "name", "version", "regulator", "source_url", "description", "tips",
    "signposting", "crosswalk", "redirects", "secondary_standards", "freedom_of_expression",
    "not_legal_advice", "jigsaw", "adjustments", "professions",
}
STANDARD_KEYS = {"number", "title", "text", "guidance", "theme", "quoted", "older_numbers", "seed_text"}


def load_pack(root: str | os.PathLike) -> Pack:
    """Load and validate the pack in folder ``root``. Raises :class:`PackError`."""
    root = Path(root)
    if not (root / "pack.yaml").is_file():
        raise PackError("not a standards pack: no pack.yaml", file=str(root))
    meta_path = root / "pack.yaml"
    check = _Checker(meta_path)
    meta = check.mapping(load_yaml(meta_path), "pack.yaml", PACK_KEYS,
                         {"id", "name", "version", "regulator"})
    standards: dict[str, Standard] = {}
    std_path = root / "standards.yaml"
    if std_path.is_file():
        scheck = _Checker(std_path)
        raw = load_yaml(std_path)
        if not isinstance(raw, list):
            raise scheck.fail("standards.yaml must be a list of standards", raw)
        for item in raw:
            item = scheck.mapping(item, "standard", STANDARD_KEYS, {"number", "title", "text"})
            number = scheck.string(item, "number")
            if number in standards:
                raise scheck.fail(f"duplicate standard {number}", item, "number")
            standards[number] = Standard(
                number=number, title=scheck.string(item, "title"), text=scheck.string(item, "text"),
                guidance=scheck.string(item, "guidance", default=""),
                theme=scheck.string(item, "theme", default=""),
                quoted=bool(item.get("quoted", False)),
                older_numbers=tuple(scheck.strings(item, "older_numbers")),
            )
    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    rule_dir = root / "rules"
    for path in sorted(rule_dir.glob("*.yaml")) if rule_dir.is_dir() else []:
        rule = parse_rule(path, load_yaml(path))
        if rule.code in rules:
            raise PackError(f"duplicate rule code {rule.code} (also in {Path(rules[rule.code].path).name})",
                            file=str(path), line=1)
        if rule.name in names:
            raise PackError(f"duplicate rule name {rule.name} (also {names[rule.name]})", file=str(path), line=1)
        for number in rule.standards:
            if number not in standards:
                raise PackError(f"rule {rule.code} cites standard {number}, which the pack lacks",
                                file=str(path), line=1)
        if len(rule.flag_examples) < 2 or len(rule.ok_examples) < 2:
            raise PackError(f"rule {rule.code} needs at least two 'flag' and two 'ok' examples",
                            file=str(path), line=1)
        rules[rule.code] = rule
        names[rule.name] = rule.code
    lexicons: dict[str, Lexicon] = {}
    lex_dir = root / "lexicons"
    for path in sorted(lex_dir.glob("*.txt")) if lex_dir.is_dir() else []:
        lex = parse_lexicon(path)
        lexicons[path.stem] = lex
    redirects = dict(meta.get("redirects") or {})
    return Pack(
        id=check.string(meta, "id"), name=check.string(meta, "name"),
        version=check.string(meta, "version"), regulator=check.string(meta, "regulator"),
        source_url=check.string(meta, "source_url", default=""), root=root,
        standards=standards, rules=rules, tips=list(meta.get("tips") or []),
        signposting=dict(meta.get("signposting") or {}),
        crosswalk=list(meta.get("crosswalk") or []), lexicons=lexicons, redirects=redirects,
        meta={k: meta[k] for k in ("description", "freedom_of_expression", "not_legal_advice",
                                   "secondary_standards", "jigsaw", "adjustments", "professions")
              if k in meta},
    )


_DEFAULT: dict[str, Pack] = {}


def default_pack_path() -> Path:
    return Path(__file__).resolve().parent.parent / "packs" / "hcpc"


def default_pack() -> Pack:
    """The bundled HCPC pack, loaded once per process (packs are immutable after load)."""
    key = str(default_pack_path())
    if key not in _DEFAULT:
        _DEFAULT[key] = load_pack(key)
    return _DEFAULT[key]
