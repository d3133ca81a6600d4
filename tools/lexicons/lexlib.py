"""Small helpers shared by the lexicon build scripts (build time only).

Lexicon file format (see README.md in this folder):
  header lines   "# key: value"  (name, source, licence, notes, case ...)
  section lines  "## section"
  entries        "term" or "term<TAB>key=value;key=value"
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LEXDIR = REPO / "src" / "postcheck" / "packs" / "hcpc" / "lexicons"
TOOLDIR = Path(__file__).resolve().parent


def sort_key(term: str) -> tuple:
    """Alphabetical, case- and accent-insensitive; ties broken by the raw term."""
    base = unicodedata.normalize("NFKD", term)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return (base.casefold(), term)


def fold(term: str) -> str:
    return term.casefold()


def read_source_list(path: Path) -> list[tuple[str, dict]]:
    """Read a hand-written source list: one entry a line, '#' comments,
    optional '<TAB>key=value;...' attributes.  Blank lines ignored."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" in line:
            term, attrs = line.split("\t", 1)
            kv = dict(a.split("=", 1) for a in attrs.split(";") if a)
        else:
            term, kv = line, {}
        out.append((term.strip(), kv))
    return out


def format_attrs(attrs: dict) -> str:
    if not attrs:
        return ""
    return "\t" + ";".join(f"{k}={v}" for k, v in attrs.items())


def write_lexicon(path: Path, header: dict, sections: dict[str | None, dict[str, dict]]) -> int:
    """Write a lexicon.  sections maps section name (None = no heading) to
    {term: attrs}.  Returns the number of entries."""
    lines = [f"# {k}: {v}" for k, v in header.items()]
    n = 0
    for sec, entries in sections.items():
        if sec is not None:
            lines.append(f"## {sec}")
        for term in sorted(entries, key=sort_key):
            lines.append(term + format_attrs(entries[term]))
            n += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def load_common_words() -> set[str]:
    p = LEXDIR / "common_words.txt"
    if not p.exists():
        raise SystemExit("common_words.txt missing: run build_common_words.py first")
    return {l for l in p.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}


def load_terms(name: str) -> dict[str, dict]:
    """Load a built lexicon as {casefolded term: attrs}."""
    p = LEXDIR / name
    out = {}
    for l in p.read_text(encoding="utf-8").splitlines():
        if not l or l.startswith("#"):
            continue
        term, _, attrs = l.partition("\t")
        out[fold(term)] = dict(a.split("=", 1) for a in attrs.split(";") if a)
    return out


WORD_RE = re.compile(r"[a-z][a-z]*")
