"""Redaction: a fix per finding, and a rewrite of the whole post that keeps its point.

Per finding, ``fix.replacement`` replaces exactly the finding's span and is safe to apply
on its own ("Ward 7" → "the ward"). The post-level rewrite goes further, as a person
would: it drops a place together with its preposition ("from Ward 7 at St Mary's" → ""),
turns exact ages into nothing or a broad band, removes times, swaps a named person for a
neutral noun and neutralises the pronouns that pointed at them. Rewrites that change
wording carry applicability ``review``.
"""

from __future__ import annotations

import re

from postcheck.engine.doc import PostDoc
from postcheck.model.finding import Finding, Fix, Signal

PREP_RE = re.compile(r"(?:\s|^)(?:from|at|in|on|of|near|to|during|since|by|into|onto|outside|round|around)"
                     r"(?:\s+the)?\s*$", re.I)
DETERMINER_RE = re.compile(r"(?:^|\s)(?:her|his|their|a|an|the|my|some|this|that)\s+$", re.I)
NAME_DET_RE = re.compile(r"(?:^|\s)(?:the|this|that|our|my|lovely|little|old|dear|sweet|poor|young|elderly|wee|"
                         r"beautiful|amazing|gorgeous|brave)\s+$", re.I)

SETTING_GENERIC = {
    "hospital": "a local hospital", "saint": "a local hospital", "care_home": "a local care home",
    "hospice": "a local hospice", "practice": "a local practice", "school": "a local school",
    "prison": "a prison", "unit": "a local unit", "clinic": "a local clinic", "trust": "a local trust",
    "university": "a local university", "nursery": "a local nursery",
}
LOCATION_GENERIC = {
    "ward": "the ward", "bay": "a bay", "bed": "a bed", "cubicle": "a cubicle", "cube": "a cubicle",
    "room": "a room", "sideroom": "a side room", "side room": "a side room", "resus": "resus",
    "theatre": "theatre", "named_ward": "the ward", "majors": "majors", "minors": "minors",
}
CONDITION_GENERIC = {
    "procedure": "treatment", "physical": "an illness", "mental": "a difficult time",
    "safeguarding": "a difficult situation", "pregnancy": "a pregnancy", "death": "a loss",
    "substance": "a health problem", "disability": "a health condition",
    "communication": "a communication need", "injury": "an injury", "medicine": "a medication",
}
PRONOUNS = [
    (re.compile(r"\b(she|he) (is|was|has|does)\b", re.I), None),
    (re.compile(r"\b(she's|he's)\b", re.I), "they're"),
    (re.compile(r"\b(she|he)\b", re.I), "they"),
    (re.compile(r"\b(herself|himself)\b", re.I), "themselves"),
    (re.compile(r"\bhis\b", re.I), "their"),
    (re.compile(r"\bhim\b", re.I), "them"),
]
PERSON_WORDS = ("man|woman|lady|gentleman|gent|lad|lass|boy|girl|baby|child|kid|chap|fella|bloke|guy|patient|"
                "client|resident|person|mum|dad|mother|father|grandma|grandad|male|female|farmer|driver|player|"
                "footballer|cyclist|motorcyclist|pedestrian|student|pensioner|veteran|runner|walker")
APPOSITION_RE = re.compile(
    r"\b((?:my |our |a |the |this |lovely |loveliest )?(?:patient|pt|client|resident|service user|lady|gentleman|man|"
    r"woman|lad|boy|girl)(?: today| yesterday| tonight)?)\s*(?:,\s*|\s+)$", re.I)
TEASER_RE = re.compile(r"(?:guess who|you(?:'ll| will)? never guess who|you will not believe who|you won'?t believe who)", re.I)
VERB_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do"}


def _article(word: str) -> str:
    return "an" if re.match(r"[aeiou]|8|11|18|hour", word, re.I) and not re.match(r"u[bcfhjkqrst][aeiou]|one|eu", word, re.I) else "a"


def age_band(sig: Signal) -> tuple[str, str, str]:
    """(adjective, noun phrase, band phrase) for an exact age:
    82 → ('older', 'an older person', 'in their 80s'); 19 → ('young', 'a young adult', 'a young adult')."""
    try:
        years = int(sig.value or "")
    except ValueError:
        return "", "a person", ""
    if sig.attr("unit") in ("month", "week", "day") or years < 2:
        return "young", "a baby", "very young"
    if years < 13:
        return "young", "a child", "a child"
    if years < 18:
        return "teenage", "a teenager", "a teenager"
    if years < 25:
        return "young", "a young adult", "a young adult"
    if years < 65:
        return "", "an adult", f"in their {years // 10 * 10}s"
    return "older", "an older person", f"in their {min(years // 10 * 10, 90)}s"


class Redactor:
    def __init__(self, lexicons):
        self.lex = lexicons
        self.condition_map = {}
        for section, entries in (lexicons.redaction or {}).items():
            if "condition" in section:
                self.condition_map.update({k: v.get("replace") for k, v in entries.items() if v.get("replace")})

    # --------------------------------------------------------------- per finding
    def fix_for(self, rule, sig: Signal, doc: PostDoc, an) -> Fix | None:
        spec = rule.fix
        if spec is None or spec.operator == "display":
            return None
        text = doc.text
        if spec.operator == "replace":
            return Fix(spec.title, (spec.with_ or "").format(noun=an.care.noun), spec.applicability)
        if spec.operator == "remove":
            return Fix(spec.title, "", spec.applicability)
        replacement = self.generalise(sig, text, an)
        return Fix(spec.title, replacement, spec.applicability)

    def generalise(self, sig: Signal, text: str, an) -> str:
        kind = sig.kind
        before = text[:sig.start]
        at_start = not before.strip() or bool(re.search(r"[.!?\n]\s*$", before))
        if kind == "name":
            noun = an.care.noun
            possessive = bool(re.search(r"['’]s$", sig.text))
            if NAME_DET_RE.search(before):
                out = noun
            else:
                out = f"{_article(noun)} {noun}" if not possessive else f"the {noun}"
            if possessive:
                out += "'s"
            return out[0].upper() + out[1:] if at_start else out
        if kind == "age":
            adjective, _noun, phrase = age_band(sig)
            form = sig.attr("form")
            if form in ("paren", "sex-shorthand", "birthday"):
                return ""
            if form == "aged":
                return phrase
            if form == "band":
                return sig.text
            return adjective or ""
        if kind == "care_location":
            return LOCATION_GENERIC.get((sig.attr("kind") or "").lower(), "the ward")
        if kind == "care_setting":
            return SETTING_GENERIC.get(sig.attr("kind") or "hospital", "a local service")
        if kind in ("place",):
            return "the area"
        if kind == "street":
            return "a nearby street"
        if kind == "time":
            return "recently"
        if kind == "condition":
            return self.condition_generic(sig)
        if kind == "event":
            return "an incident"
        if kind == "relationship":
            return "a relative"
        if kind == "occupation":
            return "someone"
        if kind == "notable":
            return "a patient" if TEASER_RE.match(sig.text) else "someone"
        return ""

    def condition_generic(self, sig: Signal) -> str:
        key = (sig.value or sig.text).lower()
        if key in self.condition_map:
            return self.condition_map[key]
        return CONDITION_GENERIC.get(sig.attr("cat") or "physical", "a health condition")

    # --------------------------------------------------------------- whole post
    def rewrite(self, text: str, findings: list[Finding], an) -> str:
        edits: list[tuple[int, int, str]] = []
        person_edited = False
        sig_by_span = {(s.start, s.end): s for s in an.signals}
        for f in sorted(findings, key=lambda f: f.start):
            if f.severity == "info" or f.fix is None or f.end <= f.start:
                continue
            sig = sig_by_span.get((f.start, f.end))
            start, end, repl = f.start, f.end, f.fix.replacement
            kind = sig.kind if sig else ""
            before = text[:start]
            if kind in ("care_location", "care_setting", "place", "time", "street"):
                m = PREP_RE.search(before)
                if kind == "time":
                    m = m or re.search(r"\s+$", before)
                    repl = ""
                    if m:
                        start = m.start()
                elif m:
                    start, repl = m.start(), ""
            elif kind == "condition":
                # "after her hip op" -> "after treatment": the determiner goes with the detail
                m = DETERMINER_RE.search(before)
                if m:
                    start = m.start() + (1 if text[m.start()].isspace() else 0)
            elif kind == "age" and sig and sig.attr("form") in ("paren", "sex-shorthand", "birthday"):
                m = re.search(r"\s+$", before)
                if m:
                    start = m.start()
            elif kind == "age" and sig and sig.attr("form") == "comma":
                # "Tom Wiley, 58, who" -> "..., who": take the age with its leading comma
                m = re.search(r",\s*$", before)
                if m:
                    start, repl = m.start(), ""
            elif kind == "age" and sig and sig.attr("form") in ("years-old", "yo"):
                noun_follows = bool(re.match(r"\s+(?:[a-z]+\s+)?(?:" + PERSON_WORDS + r")\b", text[end:], re.I))
                adjective, noun, _phrase = age_band(sig)
                m = re.search(r"(?:^|\s)(a|an)\s+$", before, re.I)
                if m:
                    start = m.start(1)
                    repl = (f"{_article(adjective)} {adjective}" if noun_follows and adjective
                            else "a" if noun_follows else noun)
                elif noun_follows:
                    repl = adjective
                else:
                    repl = noun.split(" ", 1)[1]
            elif kind == "name":
                person_edited = True
                # "my patient, Doris (94), who" / "Pt Mr Okafor": the noun is already there
                m = APPOSITION_RE.search(before)
                if m:
                    start, repl = m.end(1), ""
                    after = text[end:]
                    m2 = re.match(r"\s*(?:\(\d{1,3}\))?\s*,", after)
                    if m2 and "," in before[m.end(1):]:
                        end = end + m2.end() - 1  # keep one comma of the pair
            elif kind in ("occupation", "relationship", "event", "notable"):
                m = DETERMINER_RE.search(before)
                if m:
                    start = m.start() + (1 if text[m.start()].isspace() else 0)
                if kind == "notable" and TEASER_RE.match(sig.text if sig else ""):
                    repl = "a patient"
            if kind == "condition" and edits and edits[-1][3] == "condition" and not text[edits[-1][1]:start].strip():
                ps, pe, pr, pk = edits[-1]
                edits[-1] = (ps, end, pr, pk)  # "stroke rehab": one general phrase for both
                continue
            if edits and start < edits[-1][1]:
                # overlapping edits: merge into the earlier one
                ps, pe, pr, pk = edits[-1]
                if end > pe:
                    edits[-1] = (ps, end, pr + text[pe:end] if not repl else pr, pk)
                continue
            edits.append((start, end, repl, kind))
        out = text
        for start, end, repl, _kind in reversed(edits):
            out = out[:start] + repl + out[end:]
        if person_edited:
            out = self._neutral_pronouns(out)
        out = _tidy(out)
        if out and text.lstrip()[:1].isupper() and out[0].islower():
            out = out[0].upper() + out[1:]  # the post started a sentence; keep it so
        return out

    @staticmethod
    def _neutral_pronouns(text: str) -> str:
        def verb(m: re.Match) -> str:
            subj = "They" if m.group(1)[0].isupper() else "they"
            return f"{subj} {VERB_PLURAL[m.group(2).lower()]}"

        text = PRONOUNS[0][0].sub(verb, text)
        for regex, repl in PRONOUNS[1:]:
            text = regex.sub(lambda m, r=repl: r.capitalize() if m.group()[0].isupper() else r, text)
        # "her" is possessive before a word ("her hip") and an object otherwise ("saw her")
        text = re.sub(r"\b([Hh])er\b(?=\s+[A-Za-z])(?!\s+(?:and|or|to|with|at|in|on|for|from|but|so|home|up|down|back|out|off|again|today|yesterday)\b)",
                      lambda m: "Their" if m.group(1) == "H" else "their", text)
        text = re.sub(r"\b([Hh])er\b", lambda m: "Them" if m.group(1) == "H" else "them", text)
        return text


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+([,.;:!?)])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"^\s*[,;:]\s*", "", text)
    text = re.sub(r"\b(a|an|A|An) (?=(\w+))", lambda m: (("An" if m.group(1)[0] == "A" else "an") if _article(m.group(2)) == "an"
                                                        else ("A" if m.group(1)[0] == "A" else "a")) + " ", text)
    return text.strip()
