"""Build first_names.txt and surnames.txt from the project's hand-written
source lists (src/first_names.src.txt, src/surnames.src.txt).

    python tools/lexicons/build_names.py     # after build_common_words.py and build_places.py

The source lists were typed by the postcheck project from general knowledge
of names common in the UK across generations and communities.  This script
merges and de-duplicates them (case-insensitively), sorts them and marks
ambiguity:
  ambiguous=1;why=word   the name is an ordinary word (common_words.txt) or in FORCE_WORD
  ambiguous=1;why=place  the name is a UK place of population >= PLACE_POP (uk_places.txt)
                          or marked so by hand (Florence, Georgia, India, ...)
  other why= values come from the source list (e.g. why=brand for Mercedes).
"""
from __future__ import annotations

from lexlib import LEXDIR, TOOLDIR, fold, load_common_words, load_terms, read_source_list, write_lexicon

PLACE_POP = 100000
# Names with a common non-name sense that the word list lacks (it has only "jeans",
# for instance) or that are common abbreviations.
FORCE_WORD = {"jean", "val", "kay", "em", "ed", "al", "del", "col", "les", "lil", "dev", "ama",
              "pilar", "tali", "isa", "nada", "mali", "di", "jan", "jun", "reg", "mags", "teddy"}
# Names the word list holds but whose word sense is rare next to the name: a
# capitalised "John" or "Smith" in a post is a person far more often than a word.
NOT_WORD = {"john", "peter", "harry", "tony", "terry", "jimmy", "josh", "mike", "maria", "martin",
            "victor", "amir", "beryl", "clement", "florin", "phoebe", "jasper", "billy", "barney",
            "felicity", "tam", "ken", "tom", "lee", "patsy", "sally", "rick",
            "smith", "khan", "shah", "rana", "lam", "yip", "bassi", "martins", "harries", "wright",
            "peters", "rogers", "bates", "lees"}


def build(kind: str, common: set[str], places: dict[str, dict]) -> tuple[int, list[str]]:
    src = read_source_list(TOOLDIR / "src" / f"{kind}.src.txt")
    seen: dict[str, tuple[str, dict]] = {}
    for term, attrs in src:
        k = fold(term)
        if k in seen:
            if attrs and not seen[k][1]:
                seen[k] = (seen[k][0], attrs)
            continue
        seen[k] = (term, dict(attrs))
    entries: dict[str, dict] = {}
    for k, (term, attrs) in seen.items():
        why = [w for w in attrs.get("why", "").split(",") if w]
        low = term.lower()
        if (low in common or low in FORCE_WORD) and low not in NOT_WORD and "word" not in why:
            why.append("word")
        p = places.get(k)
        if p and int(p.get("pop", 0)) >= PLACE_POP and "place" not in why:
            why.append("place")
        out = {}
        if why:
            out = {"ambiguous": "1", "why": ",".join(why)}
        entries[term] = out
    return entries


def main() -> None:
    common = load_common_words()
    places = load_terms("uk_places.txt")
    meta = {
        "first_names": ("first names common in the UK across generations (older patients' names, "
                        "middle-aged, children) and communities (English, Scottish, Welsh, Irish, South "
                        "Asian, Muslim and Arabic, Somali, Black African and Caribbean, Polish and Eastern "
                        "European, Southern European, Chinese, Vietnamese, Filipino, Jewish), with common "
                        "short forms. Spellings with and without diacritics are both listed."),
        "surnames": ("surnames common in the UK across communities (English, Scottish, Irish, Welsh, "
                     "South Asian, Chinese and Vietnamese, African, Caribbean, Polish and Eastern "
                     "European, Southern European, Turkish, Jewish, Arabic and Somali). Very short "
                     "surnames that are function words (He, Do, Ma, Lo, Man, Sun) are left out on "
                     "purpose."),
    }
    for kind, desc in meta.items():
        entries = build(kind, common, places)
        header = {
            "name": kind,
            "source": ("written by the postcheck project from general knowledge "
                       f"(tools/lexicons/src/{kind}.src.txt); ambiguity marked by tools/lexicons/build_names.py "
                       "using common_words.txt and uk_places.txt"),
            "licence": "same licence as the postcheck project (project-authored data)",
            "notes": (desc + f" ambiguous=1 marks names that are also ordinary words (why=word), UK places "
                      f"of population >= {PLACE_POP} (GeoNames) or other well-known places (why=place), or brands "
                      "(why=brand): such a name needs context (a title, a surname, 'patient', 'Mrs') "
                      "before it is treated as a person."),
        }
        n = write_lexicon(LEXDIR / f"{kind}.txt", header, {None: entries})
        amb = sum(1 for v in entries.values() if v)
        print(f"{kind}.txt: {n} entries, {amb} ambiguous")


if __name__ == "__main__":
    main()
