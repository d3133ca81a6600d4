"""Check every lexicon in src/postcheck/packs/hcpc/lexicons/ against the format:

- UTF-8, NFC, header lines "# key: value" first, with name, source, licence, notes;
- entries "term" or "term<TAB>key=value;key=value" (one TAB at most, no empty keys/values,
  no surrounding spaces);
- no duplicates within a section (case-insensitive unless "# case: sensitive"
  or the entry carries case=sensitive);
- sorted within each section by lexlib.sort_key.

    python tools/lexicons/validate.py            # the lexicons built by this folder
    python tools/lexicons/validate.py --all      # every *.txt in the lexicon folder
    python tools/lexicons/validate.py FILE...    # named files
Exit status 1 on any problem.
"""
from __future__ import annotations

import re
import sys
import unicodedata

from lexlib import LEXDIR, sort_key

REQUIRED = ("name", "source", "licence", "notes")
HEADER = re.compile(r"^# ([a-z_]+): (.+)$")
KV = re.compile(r"^[a-z_]+=[^;=\t]+$")


def check(path) -> list[str]:
    errs = []
    text = path.read_text(encoding="utf-8")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("not NFC")
    lines = text.split("\n")
    if lines[-1] != "":
        errs.append("no final newline")
    lines = lines[:-1]
    header = {}
    i = 0
    while i < len(lines) and lines[i].startswith("# "):
        m = HEADER.match(lines[i])
        if not m:
            errs.append(f"line {i+1}: bad header {lines[i]!r}")
        else:
            header[m.group(1)] = m.group(2)
        i += 1
    for k in REQUIRED:
        if k not in header:
            errs.append(f"header lacks '# {k}:'")
    if header.get("name") != path.stem:
        errs.append(f"# name: {header.get('name')!r} != file stem {path.stem!r}")
    sensitive = header.get("case") == "sensitive"
    section, seen, prev, n = None, set(), None, 0
    for j in range(i, len(lines)):
        ln, line = j + 1, lines[j]
        if line.startswith("## "):
            section, seen, prev = line[3:], set(), None
            continue
        if line.startswith("#"):
            errs.append(f"line {ln}: header or comment line after entries")
            continue
        if not line or line != line.strip() or "  " in line:
            errs.append(f"line {ln}: empty line or stray spaces {line!r}")
            continue
        parts = line.split("\t")
        if len(parts) > 2:
            errs.append(f"line {ln}: more than one TAB")
            continue
        term = parts[0]
        attrs = {}
        if len(parts) == 2:
            for a in parts[1].split(";"):
                if not KV.match(a):
                    errs.append(f"line {ln}: bad attribute {a!r}")
                else:
                    k, v = a.split("=", 1)
                    attrs[k] = v
        if term != term.strip() or not term:
            errs.append(f"line {ln}: bad term {term!r}")
        key = term if (sensitive or attrs.get("case") == "sensitive") else term.casefold()
        if key in seen:
            errs.append(f"line {ln}: duplicate {term!r} in section {section}")
        seen.add(key)
        if prev is not None and sort_key(prev) > sort_key(term):
            errs.append(f"line {ln}: not sorted ({prev!r} > {term!r})")
        prev = term
        n += 1
    return errs, n


BUILT_HERE = ("common_words.txt", "uk_places.txt", "first_names.txt", "surnames.txt",
              "care_settings.txt")


def main() -> int:
    from pathlib import Path
    args = sys.argv[1:]
    if args == ["--all"]:
        files = sorted(LEXDIR.glob("*.txt"))
    elif args:
        files = [Path(a) if Path(a).exists() else LEXDIR / a for a in args]
    else:
        files = [LEXDIR / f for f in BUILT_HERE]
    bad = 0
    for p in files:
        errs, n = check(p)
        size = p.stat().st_size
        status = "ok" if not errs else f"{len(errs)} problem(s)"
        print(f"{p.name:22} {n:7} entries {size:9} bytes  {status}")
        for e in errs[:20]:
            print("   ", e)
        bad += bool(errs)
    for p in files:
        lic = p.with_suffix(".LICENSE")
        hdr = p.read_text(encoding="utf-8").split("\n", 4)
        if "see " + lic.name in "".join(hdr) and not lic.exists():
            print(f"{p.name}: header points to {lic.name}, which is missing")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
