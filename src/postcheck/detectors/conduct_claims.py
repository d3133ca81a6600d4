"""Health claims against UK public-health messaging (HCPC 2.11), and link credibility.

The knowledge base (``data/claims.yaml`` in the pack) is data: each claim states the
public-health position and a UK source. This module only matches it, with the guards that
keep accurate posts quiet: a claim is not reported when its sentence negates it ("there is
no evidence that…", "garlic does not…"), debunks it ("myth:", "fact check", "false"), or asks
an honest question ("Does garlic cure covid?").

A pattern is either one regex (the words in that order) or ``{all: [regex, ...], window: N}``:
every regex must occur in the same sentence, in any order, within N characters (default 90);
this lets a claim be written once as "a COVID term near a false-claim predicate" rather than
as every word order. A claim with ``evidence_guard: true`` is also left alone when its sentence
reports research ("a trial found…", "patients treated with…", "associated with…"): that is
evidence-based discussion, not a bare claim. Reported speech ("people are saying…", "a viral
post claims…") is a report, not a claim; hedges that pass a claim on ("apparently", "they say")
are not.
"""

from __future__ import annotations

import re

from postcheck.detectors.conduct_fast import LazyPattern, lower_form
from postcheck.errors import PackError

NEGATION_RE = re.compile(
    r"\b(?:not|no|never|nor|neither|n't|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|"
    r"haven't|hasn't|wouldn't|shouldn't|couldn't|nothing|none|nobody|without|unlikely|unproven|untrue)\b")
DEBUNK_RE = re.compile(
    r"\b(?:myths?|mythbust\w*|myth-bust\w*|false(?! (?:positives?|negatives?|positive results?|negative results?|alarms?))|falsely|fake news|untrue|not true|debunk\w*|misinformation|"
    r"disinformation|misleading|rumou?rs?(?! has it)|fact[- ]?check\w*|no evidence|no scientific evidence|no proof|"
    r"conspiracy theor\w*|don't believe|do not believe|don't fall for|do not fall for|"
    r"claims? (?:that|like)|claiming|(?:people|some|someone|posts?|videos?|messages?|articles?|tweets?|"
    r"(?:anti-?vaxx?|conspiracy) \w+) (?:says?|said|saying|claims?|claimed|claiming|are saying|keep saying|tells? you|suggest(?:s|ing|ed)?)|"
    r"(?:suggest(?:s|ed)|floated|mused|wondered) (?:that|whether|if)?|"
    r"it(?:'s| is) (?:a myth|not true|false) that|contrary to|(?:is|are|was) wrong|nonsense|rubbish|quackery|quack|"
    r"dangerous advice|hoax(?:es)? (?:about|like)|scam(?:s)? (?:about|like)|please don't|please do not|"
    r"stop (?:sharing|spreading|saying)|there is no truth|dispelled|refuted|discredited|retracted|struck off|"
    r"fact:|reality:)\b")
QUESTION_RE = re.compile(r"^\s*(?:is|are|does|do|can|could|will|would|should|has|have|did|was|were|any(?:one|body)|"
                         r"what|why|how|where|who|true|really|thoughts|question|q:|genuine question|honest question)\b")
# A question tagged on after a complete claim ("…, is that true?", "…, right?") keeps the
# sentence a question; any other clause after a comma ("…, so why all the fuss?") leaves the
# claim before it asserted.
TAG_QUESTION_RE = re.compile(
    r"^\s*(?:or\b|right\b|true\b|really\b|correct\b|is (?:that|this|it)\b|isn't (?:it|that)\b|does (?:it|that|this)\b|"
    r"doesn't (?:it|that)\b|do they\b|don't they\b|can (?:it|that|this)\b|any(?:one|body)\b|thoughts\b|who knows\b|"
    r"what do (?:you|we|people|others) think|am i (?:right|wrong)|yes or no|fact or|myth or|true or|real or)")
CLAUSE_BREAK_RE = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")
URL_RE = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?:[/:?#][^\s]*)?",
                    re.I)
EVIDENCE_RE = re.compile(
    r"\b(?:study|studies|trials?|researchers?|research (?:shows|suggests|found)|meta-?analys[ie]s|preprints?|"
    r"peer[- ]reviewed|in vitro|in the lab|laboratory|published|journal|randomi[sz]ed|cohort|participants|"
    r"patients (?:who|treated|given|receiving|taking)|(?:were|was) treated with|associated with|odds|"
    r"confidence interval|mice|hamsters|monkeys|cells|fda|mhra|nice|emergency use|"
    r"approv\w+|authori[sz]\w+|clinical|data (?:show|suggest)\w*|can be effective|may|might|could)\b|"
    r"\b(?!100\b)\d+(?:\.\d+)? ?(?:%|per ?cent\b|percent\b)")
SENT_END = ".!?\n"
DEFAULT_WINDOW = 90
# Every URL_RE match holds a dot followed by two letters (before its top-level domain); a
# text without one has no link, and the dot as a literal prefix makes this a fast scan.
URL_HINT_RE = re.compile(r"\.[a-z]{2}", re.I)


def _urls(text: str):
    return URL_RE.finditer(text) if URL_HINT_RE.search(text) else ()


def _asks(tail: str) -> bool:
    """Whether the rest of a sentence after a claim makes the claim a question: a "?" with no
    clause break before it ("Garlic cures covid?"), or after a tag ("…, is that true?")."""
    q = tail.find("?")
    if q < 0:
        return False
    clauses = CLAUSE_BREAK_RE.split(tail[:q])
    return len(clauses) == 1 or bool(TAG_QUESTION_RE.match(clauses[-1]))


def _compile_lower(regex: str) -> re.Pattern:
    """The claim patterns only ever run on lower-case text (``Conduct.lower``): see
    :func:`~postcheck.detectors.conduct_fast.lower_form`."""
    return re.compile(*lower_form(regex))


class _LazyClaimPattern(LazyPattern):
    """A claim pattern compiled on first use: most posts never wake most topics, and compiling
    every pattern at start-up cost a cold `postcheck check` about a quarter of a second. A bad
    pattern still fails with a one-line PackError naming claims.yaml and the claim
    (`ClaimBase.validate()` compiles them all; the test suite calls it)."""

    __slots__ = ("claim_id",)

    def __init__(self, source: str, claim_id: str):
        super().__init__(*lower_form(source))
        self.claim_id = claim_id

    def _compiled(self) -> re.Pattern:
        try:
            return super()._compiled()
        except re.error as exc:
            raise PackError(f"claims.yaml: claim {self.claim_id}: bad regex: {exc}") from None


def _matches(rx: re.Pattern, text: str):
    """Every match, including ones starting inside a rejected earlier match (so that
    "don't bother with the flu jab, the flu jab gives you flu" still finds the second)."""
    pos = 0
    while pos <= len(text):
        m = rx.search(text, pos)
        if not m:
            return
        yield m
        anchor = getattr(m, "anchor", m.start())      # an all-of span may begin before its anchor
        pos = anchor + 1 if m.end() > m.start() else m.end() + 1


def _expand(regex: str, macros: dict) -> str:
    for name, value in macros.items():
        regex = regex.replace("{" + name + "}", value)
    return regex


class _Span:
    """What ``find`` needs of a match: its span and text."""

    __slots__ = ("_s", "_e", "_text", "anchor")

    def __init__(self, s: int, e: int, text: str, anchor: int):
        self._s, self._e, self._text, self.anchor = s, e, text, anchor

    def span(self):
        return self._s, self._e

    def start(self):
        return self._s

    def end(self):
        return self._e

    def group(self):
        return self._text[self._s:self._e]


class _AllOf:
    """Every part in one sentence, in any order, the whole within ``window`` characters: one
    span per occurrence of the first part (the anchor), to the nearest occurrence of each other
    part in its sentence."""

    def __init__(self, parts: list[re.Pattern], window: int):
        self.parts, self.window = parts, window

    def search(self, text: str, pos: int = 0):
        for m in self.parts[0].finditer(text, pos):
            s, e = m.span()
            ss = max(text.rfind(ch, 0, s) for ch in SENT_END) + 1
            ends = [i for i in (text.find(ch, e) for ch in SENT_END) if i >= 0]
            se = min(ends) if ends else len(text)
            lo, hi, ok = s, e, True
            for rx in self.parts[1:]:
                best = None
                for o in rx.finditer(text, max(ss, s - self.window), min(se, e + self.window)):
                    dist = abs(o.start() - s)
                    if best is None or dist < best[0]:
                        best = (dist, o.start(), o.end())
                if best is None:
                    ok = False
                    break
                lo, hi = min(lo, best[1]), max(hi, best[2])
            if ok and hi - lo <= self.window:
                return _Span(lo, hi, text, s)
        return None


class ClaimBase:
    def __init__(self, claims: dict, domains: dict):
        macros = {k: str(v) for k, v in (claims.get("macros") or {}).items()}
        self.claims: list[dict] = []
        self.prefilter = {k: _compile_lower(str(v)) for k, v in (claims.get("prefilter") or {}).items()}
        for item in claims.get("claims") or []:
            compiled = []
            for p in item.get("patterns") or []:
                negatable = bool(p.get("negatable", True)) if isinstance(p, dict) else True
                cid = str(item.get("id", "?"))
                if isinstance(p, dict) and "all" in p:
                    parts = [_LazyClaimPattern(_expand(str(r), macros), cid) for r in p["all"]]
                    if len(parts) < 2:
                        raise PackError(f"claims.yaml: claim {item.get('id')}: 'all' needs two regexes")
                    compiled.append((_AllOf(parts, int(p.get("window", DEFAULT_WINDOW))), negatable))
                else:
                    regex = p["regex"] if isinstance(p, dict) else str(p)
                    compiled.append((_LazyClaimPattern(_expand(regex, macros), cid), negatable))
            unless = _LazyClaimPattern(_expand(item["unless"], macros), str(item.get("id", "?"))) if item.get("unless") else None
            for key in ("id", "topic", "claim", "position", "source"):
                if not item.get(key):
                    raise PackError(f"claims.yaml: a claim lacks {key!r} ({item.get('id', '?')})")
            self.claims.append({**item, "_patterns": compiled, "_unless": unless})
        self.low = {d["domain"].lower(): d for d in domains.get("low_credibility") or []}
        self.good = {d["domain"].lower(): d for d in domains.get("authoritative") or []}

    def validate(self) -> None:
        """Compile every claim pattern now (a broken one raises PackError naming the claim)."""
        for claim in self.claims:
            for rx, _ in claim["_patterns"]:
                for part in (rx.parts if isinstance(rx, _AllOf) else [rx]):
                    part._compiled()
            if claim["_unless"] is not None:
                claim["_unless"]._compiled()

    def by_id(self, claim_id: str) -> dict | None:
        return next((c for c in self.claims if c["id"] == claim_id), None)

    @staticmethod
    def _domain_in(host: str, table: dict) -> str | None:
        host = host.lower().rstrip(".")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            cand = ".".join(parts[i:])
            if cand in table:
                return cand
        return None

    def find_domains(self, text: str) -> list[dict]:
        out = []
        for m in _urls(text):
            host = m.group(1)
            if "." not in host or host[-1].isdigit():
                continue
            d = self._domain_in(host, self.low)
            if d:
                out.append({"start": m.start(), "end": m.end(), "domain": d, "category": self.low[d]["category"],
                            "score": 0.65})
        return out

    def authoritative_link(self, text: str) -> bool:
        return any(self._domain_in(m.group(1), self.good) for m in _urls(text))

    def find(self, conduct, topics=None) -> list[dict]:
        text = conduct.lower
        out = []
        good_link = None
        topics_seen: dict[str, bool] = {}
        for claim in self.claims:
            if topics and claim["topic"] not in topics:
                continue
            topic = claim["topic"]
            if topic not in topics_seen:
                pre = self.prefilter.get(topic)
                topics_seen[topic] = bool(pre.search(text)) if pre else True
            if not topics_seen[topic]:
                continue
            for rx, negatable in claim["_patterns"]:
                for m in _matches(rx, text):
                    s, e = m.span()
                    ss = max(text.rfind(ch, 0, s) for ch in SENT_END) + 1
                    ends = [i for i in (text.find(ch, e) for ch in SENT_END) if i >= 0]
                    se = min(ends) + 1 if ends else len(text)
                    sentence = text[ss:se]
                    lead = re.split(r"[,;:]", text[max(ss, s - 40):s])[-1]
                    if negatable and (NEGATION_RE.search(m.group()) or NEGATION_RE.search(lead)):
                        continue
                    rest = text[:s] + " " + text[e:]
                    if DEBUNK_RE.search(rest[max(0, ss - 200):se - (e - s) + 200]) or DEBUNK_RE.search(lead):
                        continue
                    if sentence.rstrip().endswith("?") and (QUESTION_RE.search(sentence) or _asks(text[e:se])):
                        continue
                    if claim["_unless"] and claim["_unless"].search(sentence):
                        continue
                    if claim.get("evidence_guard") and EVIDENCE_RE.search(sentence):
                        continue
                    if good_link is None:
                        good_link = self.authoritative_link(conduct.text)
                    score = 0.85 * (0.7 if good_link else 1.0)
                    out.append({"start": s, "end": e, "id": claim["id"], "source": claim["source"], "score": score})
        return out
