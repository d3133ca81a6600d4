"""Build care_settings.txt from the project's hand-written source
(src/care_settings.src.txt): sorts each section, checks for duplicates.

    python tools/lexicons/build_care_settings.py

Section "suffixes": words ending (or, with position=prefix, starting) the
name of a care setting, with kind=.  Section "named": well-known UK
hospitals and hospices in the forms people post, with kind= and town= where
certain, of= for a short form, case=sensitive for upper-case abbreviations
that must only match as written (ARI, UHW...), ambiguous=1 when the form is
also a place, a person's name or a common phrase.
"""
from __future__ import annotations

from lexlib import LEXDIR, TOOLDIR, fold, write_lexicon


def main() -> None:
    sections: dict[str, dict[str, dict]] = {}
    cur = None
    seen: dict[str, str] = {}
    for raw in (TOOLDIR / "src" / "care_settings.src.txt").read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("## "):
            cur = line[3:].strip()
            sections.setdefault(cur, {})
            continue
        if not line.strip() or line.startswith("#"):
            continue
        if cur is None:
            raise SystemExit(f"entry before any section: {line!r}")
        term, _, attrs = line.partition("\t")
        term = term.strip()
        kv = dict(a.split("=", 1) for a in attrs.split(";") if a)
        if "kind" not in kv:
            raise SystemExit(f"no kind= for {term!r}")
        k = (cur, fold(term))
        if k in seen:
            raise SystemExit(f"duplicate in {cur}: {term!r}")
        seen[k] = term
        sections[cur][term] = kv
    header = {
        "name": "care_settings",
        "source": ("written by the postcheck project from general knowledge "
                   "(tools/lexicons/src/care_settings.src.txt); hospital names can be checked against "
                   "the NHS Organisation Data Service (ODS) site lists, Open Government Licence v3.0"),
        "licence": "same licence as the postcheck project (project-authored data)",
        "notes": ("section suffixes: words that end the name of a care setting (position=prefix: start "
                  "it, as HMP Wandsworth), kind=hospital|gp|clinic|hospice|care_home|school|nursery|"
                  "prison|unit|ward|trust|pharmacy|dental|day_centre|children_centre|centre; ambiguous=1 "
                  "where the word alone is too common to count without a capitalised name before it. "
                  "Section named: UK hospitals and hospices as people write them; town= only where "
                  "certain; of= full name of a short form; case=sensitive entries (abbreviations) match "
                  "only as written; ambiguous=1 where the form is also a place, a name or a phrase. "
                  "Apostrophes are ASCII: normalise curly quotes before matching. "
                  "Built by tools/lexicons/build_care_settings.py"),
    }
    n = write_lexicon(LEXDIR / "care_settings.txt", header, sections)
    print(f"care_settings.txt: {n} entries " + ", ".join(f"{s}={len(e)}" for s, e in sections.items()))


if __name__ == "__main__":
    main()
