"""The check engine: text + context → findings → context adjustment → resolve → fixes.

One direction of data: detectors produce signals, rules (pack data) turn signals into
findings, the context adjusts them, overlaps and suppressions are resolved, and the
redactor writes the rewrite. Nothing downstream calls back upstream, and an
:class:`Engine` holds no mutable state after construction, so one engine can serve many
threads and posts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from postcheck.detectors.identity import Analysis, Lexicons, LoweredFinder
from postcheck.engine.doc import PostDoc
from postcheck.errors import InputError, PackError
from postcheck.model.context import Context
from postcheck.model.finding import (
    SEVERITY_RANK, Finding, RelatedSpan, Result, Signal, bump,
)
from postcheck.engine.kinds import REGISTRY, Candidate, load_plugins
from postcheck.pack.loader import Pack, Rule

MAX_TEXT_CHARS = 100_000  # a post, even a long-form one, is far below this

SERVICE_NUMBER_RE = re.compile(r"^(?:44)?0?(?:80|84|87|30|33|34|37|90|91|98)\d|^116\d{3}$|^111$")
ROLE_MAILBOX_RE = re.compile(r"^(?:info|cpd|admin|bookings?|enquir(?:y|ies)|hello|contact|office|team|reception|"
                             r"appointments?|referrals?|conference|events?|press|media|support|help|jobs|careers|"
                             r"recruitment|training|education|no-?reply|noreply|mail|general)\b", re.I)


def personal_contact(sig: Signal) -> bool:
    """A mobile number or a named person's email address, not a service's booking line or inbox."""
    if sig.kind == "phone":
        digits = re.sub(r"\D", "", sig.text)
        return digits.startswith(("07", "447"))
    if sig.kind == "email":
        return not ROLE_MAILBOX_RE.match(sig.text)
    return False


GENERIC_CONDITION_RE = re.compile(
    r"\b(?:(?:people|patients|those|anyone|everyone|families|children|adults|kids|men|women|someone|clients)(?: who are)?"
    r"(?: living)? with|(?:running|walking|cycling|raising money|fundraising|raised|awareness|charity|research|money) (?:\w+ )?for|"
    r"about|on|into|of)\s+$", re.I)
# A number given for booking or enquiries belongs to a service: "book on 07700 …", "informal chats with Aisling on …"
BOOKING_CUE_RE = re.compile(
    r"\b(?:book(?:ing)?s?|to book|self-?referr?als?|referrals?|enquir(?:y|ies)|informal (?:chats?|discussions?|visits?)(?: with \w+)?|"
    r"call us|ring us|text us|contact us|whatsapp us|more info(?:rmation)?|details|appointments?|reservations?|tickets?|"
    r"sign ?ups?|to register|register)\b[^.!?\n]{0,12}?(?:on|at|via|:|-|call|ring|text)?\s*$", re.I)

# Job adverts and service notices: their phone numbers and e-mail addresses belong to the
# service or the recruiter, not to someone in care.
NOTICE_RE = re.compile(
    r"\b(?:we(?:'re| are) (?:recruiting|hiring)|now recruiting|now hiring|job (?:alert|opportunity|opening)|vacanc(?:y|ies)|"
    r"(?:band [2-9]|part[- ]time|full[- ]time|fixed[- ]term|permanent)\b[^.!?\n]{0,40}\b(?:post|job|role|position|vacancy)|"
    r"\d(?:\.\d+)? wte\b|closing date|apply (?:now|online|via|through|here|today|by)|informal (?:chats?|enquiries) welcome|"
    r"(?:ring|call|phone|text|email|e-mail|contact) (?:the|our) (?:centre|center|clinic|practice|office|team|service|department|"
    r"dept|unit|surgery|helpline|reception)\b|we will never ask|(?:ring|call|phone|text|contact) (?:reception|us|the shop)\b|"
    r"if (?:it'?s|they'?re|this is|these are) yours\b|free (?:\w+ ){0,2}(?:checks?|tests?|screening|assessments?|consultations?|drop-ins?|sessions?|classes|class|workshops?|clinics?) "
    r"(?:is |are |on |every |this |next |at |from |each )?(?:mon|tue|wed|thu|fri|sat|sun|\d))", re.I)

SERVICE_CONTACT_BEFORE_RE = re.compile(
    r"\b(?:self-?refer\W+(?:\w+\W+){0,2}|you can (?:book|self-?refer|ring|call|text)\W+(?:on\W+)?|book (?:via|at|on|by|through)\W*|"
    r"(?:at|from) our (?:\w+ )?(?:clinic|centre|center|practice|service|shop|surgery|department|hub)\W+(?:ring|call|text|phone|email)\W+(?:us\W+)?(?:on\W+)?|"
    r"(?:ring|call|text|phone) (?:us )?(?:on )?\+?[\d ]{10,15} or (?:email|e-mail)\W*|"
    r"(?:ring|call|phone|text|contact|email|e-mail) (?:reception|us|the (?:shop|clinic|office|practice|surgery|"
    r"department|team|desk|front desk))|if (?:it'?s|they'?re|these are|this is) yours[^.!?\n]{0,25})\W*(?:on|at)?\W*$", re.I)

# Dummy records, teaching files and invented cases: their names and numbers are not anyone's.
PLACEHOLDER_KINDS = frozenset({"name", "dob", "nhs_number", "chi_number", "hc_number", "hospital_number"})
PLACEHOLDER_RE = re.compile(
    r"\b(?:dummy|placeholder|test patient|patient: ?test|anon\b|teaching (?:file|case|image|set|library)|mock-?up|"
    r"template|fictional|fictitious|made[- ]up|invented(?! (?:a|an|his|her|their|the|my|our)\b)|composite (?:case|patient|story))\b|\b0?1/0?1/1900\b", re.I)

BUILTIN_KINDS = ("identifier", "clue", "pattern", "care-story", "story-model", "standard-model")
STORY_CLUE_KINDS = ("notable", "event", "occupation", "relationship", "name", "age", "street", "place", "care_setting",
                    "care_location", "condition", "time")
CARE_WORD_RE = re.compile(
    r"\b(?:patients?|pts?|clients?|service users?|residents?|ward|clinic|theatre|list|lab|samples?|scans?|"
    r"x-?rays?|dob|nhs|bed|bay|resus|session|caseload|crew|shift|job)\b", re.I)
STOPWORDS = frozenset(
    "the a an and or but to of in on at for with is was are were be been it this that i you he "
    "she we they my your our their me him her us them not no so if as by from have has had do "
    "did just all what when who up out about get got today really very can will would".split())


@dataclass(frozen=True)
class Settings:
    """What to report: select/ignore by code or prefix, allowed terms, thresholds."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    problem_confidence: float = 0.7   # a medium finding at or above this makes a "problem"

    def wants(self, code: str) -> bool:
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)


_Candidate = Candidate


_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _best_sentence(text: str, score) -> tuple[int, int]:
    """The span of the sentence that scores highest (the whole text when it is one sentence)."""
    spans = []
    for m in _SENTENCE_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 3:
            spans.append((s, e))
    if len(spans) <= 1:
        s, e = 0, len(text.rstrip())
        while s < e and text[s].isspace():
            s += 1
        return s, e
    return max(spans, key=lambda se: score(text[se[0]:se[1]]))


class Engine:
    """Checks posts against one pack. Build once, call :meth:`check` many times."""

    def __init__(self, pack: Pack, settings: Settings | None = None):
        load_plugins()
        self.pack = pack
        self.settings = settings or Settings()
        self.lexicons = Lexicons.from_pack(pack)
        self.rules = [r for r in pack.rules.values() if r.status != "deprecated" and self.settings.wants(r.code)]
        self._model_rules = [r for r in self.rules if r.detect.get("kind") == "standard-model"]
        self._broad_codes = frozenset(r.code for r in self._model_rules)
        jig = dict(pack.meta.get("jigsaw") or {})
        self.jigsaw_min_categories = int(jig.get("min_categories", 2))
        self.jigsaw_min_points = float(jig.get("min_points", 2.0))
        self.jigsaw_high_points = float(jig.get("high_points", 3.5))
        self.adjustments = dict(pack.meta.get("adjustments") or {})
        self.allow = tuple(a.lower() for a in self.settings.allow if a.strip())
        self._patterns = {r.code: self._compile_patterns(r) for r in self.rules if r.detect.get("kind") == "pattern"}
        self._finders = {code: [(LoweredFinder(rx) if rx.flags & re.I else None, rx, score) for rx, score in pats]
                         for code, pats in self._patterns.items()}
        self._unless = {r.code: (self._compile_unless(r, "unless"), self._compile_unless(r, "unless_except"))
                        for r in self.rules if r.detect.get("kind") == "pattern" and r.detect.get("unless")}
        self._clue_rules = [r for r in self.rules if r.detect.get("kind") == "clue"]
        self._story_rules = [r for r in self.rules if r.detect.get("kind") == "story-model"]
        self._tip_rules = [r for r in self.rules if r.detect.get("kind") in ("care-story", "language")]
        for rule in self.rules:
            kind = rule.detect.get("kind")
            if kind not in BUILTIN_KINDS and kind not in REGISTRY:
                raise PackError(f"rule {rule.code} has unknown detect kind {kind!r}", file=rule.path, line=1)
        from postcheck.redact.apply import Redactor

        self.redactor = Redactor(self.lexicons)

    # ------------------------------------------------------------------------------
    def check(self, text: str, context: Context | None = None, id: str = "1") -> Result:
        if not isinstance(text, str):
            raise InputError("post text must be a string")
        if not text.strip():
            raise InputError("empty post: there is no text to check")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(f"post too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
        context = context or Context()
        doc = PostDoc(text)
        analysis = Analysis(doc, self.lexicons, context.profession)
        candidates: list[_Candidate] = []
        language = self._language(doc)
        for rule in self.rules:
            kind = rule.detect.get("kind")
            if kind == "identifier":
                candidates += self._identifier(rule, analysis)
            elif kind == "pattern":
                candidates += self._pattern(rule, doc, analysis)
            elif kind == "clue":
                pass  # evaluated together below
            elif kind in ("care-story", "story-model", "standard-model"):
                pass  # evaluated after the other rules
            elif kind in REGISTRY:
                candidates += REGISTRY[kind](rule, analysis, context)
            else:
                raise PackError(f"rule {rule.code} has unknown detect kind {kind!r}", file=rule.path)
        candidates += self._jigsaw(analysis, candidates)
        candidates += self._story(analysis, candidates)
        candidates += self._standard_models(analysis, candidates, context)
        findings = [self._finding(c, doc, analysis, context) for c in candidates]
        findings = self._resolve(findings, self._broad_codes)
        suppressed = 0
        if self.allow:
            kept = [f for f in findings if not self._allowed(f.text)]
            suppressed = len(findings) - len(kept)
            findings = kept
        findings += self._tips(analysis, findings, language, doc)
        findings.sort(key=lambda f: (f.start, -SEVERITY_RANK[f.severity], f.code))
        redacted = self.redactor.rewrite(text, findings, analysis) if any(
            f.fix and f.severity != "info" for f in findings) else None
        verdict = self.verdict(findings)
        notes = []
        if language != "en":
            notes.append("postcheck checks English text: this post looks like another language, so only "
                         "numbers, contacts and names were checked. Read it yourself before posting.")
        return Result(id=id, text=text, verdict=verdict, findings=findings, redacted=redacted,
                      context=context, language=language, notes=notes, suppressed=suppressed)

    def check_many(self, items: Iterable[tuple[str, str, Context]]) -> Iterable[Result]:
        for id_, text, ctx in items:
            yield self.check(text, ctx, id_)

    def verdict(self, findings: list[Finding]) -> str:
        verdict = "ok"
        for f in findings:
            if f.severity == "high" or (f.severity == "medium" and f.confidence >= self.settings.problem_confidence):
                return "problem"
            if f.severity != "info":
                verdict = "review"
        return verdict

    # ------------------------------------------------------------------------------
    @staticmethod
    def _compile_patterns(rule: Rule) -> list[tuple[re.Pattern, float]]:
        flags = re.I if rule.detect.get("ignore_case", True) else 0
        out = []
        for i, p in enumerate(rule.detect.get("patterns", [])):
            regex = p.get("regex") if isinstance(p, dict) else p
            try:
                out.append((re.compile(str(regex), flags), float(p.get("score", 0.8)) if isinstance(p, dict) else 0.8))
            except re.error as exc:
                raise PackError(f"rule {rule.code}: pattern {i + 1} is not a valid regex: {exc}", file=rule.path) from None
        if not out:
            raise PackError(f"rule {rule.code}: a pattern rule needs at least one pattern", file=rule.path)
        return out

    @staticmethod
    def _compile_unless(rule: Rule, key: str) -> re.Pattern | None:
        """``detect.unless``: regexes that cancel a match when they occur in the same clause
        or bracketed media description ("[photo: …, no screens in view]"), except when the
        clause also matches ``detect.unless_except`` ("names blurred, but the DOBs show")."""
        items = rule.detect.get(key)
        items = [items] if isinstance(items, str) else list(items or [])
        if not items:
            return None
        try:
            return re.compile("|".join(f"(?:{x})" for x in items), re.I)
        except re.error as exc:
            raise PackError(f"rule {rule.code}: an 'unless' pattern is not a valid regex: {exc}", file=rule.path) from None

    @staticmethod
    def _clause(text: str, start: int, end: int) -> str:
        """The clause around a span: the whole [bracketed] or (parenthesised) description when
        it is inside one, else the text between sentence ends."""
        for o, c in (("[", "]"), ("(", ")")):
            a = text.rfind(o, 0, start + 1)
            if a >= 0 and text.rfind(c, 0, start) < a:
                b = text.find(c, a)
                return text[a + 1:b if b >= 0 else len(text)]
        a = max(text.rfind(ch, 0, start) for ch in ".!?\n")
        b = min((i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0), default=len(text))
        return text[a + 1:b]

    def _language(self, doc: PostDoc) -> str:
        words = [t.norm for t in doc.tokens if t.norm.isalpha()]
        if len(words) < 6:
            return "en"
        hits = sum(1 for w in words if w in STOPWORDS)
        return "en" if hits / len(words) >= 0.06 else "und"

    def _allowed(self, text: str) -> bool:
        t = text.lower().strip()
        return any(t == a or t in a or (len(a) > 3 and a in t) for a in self.allow)

    def _identifier(self, rule: Rule, an: Analysis) -> list[_Candidate]:
        d = rule.detect
        kinds = d.get("signal")
        kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
        if an.kinds.isdisjoint(kinds):
            return []
        gate = d.get("care", "any")
        care = an.care
        names = any(s.kind == "name" and s.attr("role") == "person" and s.attr("how") in ("honorific", "full")
                    for s in an.signals)
        plausible = care.score >= 0.2 and (care.subject or names)
        out = []
        for sig in an.signals:
            if sig.kind not in kinds or sig.score < float(d.get("min_score", 0.0)):
                continue
            strong_name = sig.kind == "name" and (sig.attr("how") == "honorific" or sig.attr("bound") == "1")
            if gate == "care" and not (care.care or strong_name and plausible):
                continue
            if gate == "subject" and not (care.care and care.subject):
                continue
            if gate == "plausible" and not plausible and not (personal_contact(sig) and care.score >= 0.3):
                continue
            if "roles" in d and sig.attr("role", "person") not in d["roles"]:
                continue
            if d.get("numbered_only") and sig.kind == "street" and sig.attr("numbered") != "1":
                continue
            if sig.kind == "name" and sig.attr("how") == "first" and not (care.subject or sig.attr("bound") == "1"):
                continue
            if (sig.kind == "name" and sig.attr("how") == "full" and sig.attr("bound") != "1"
                    and not any(c.score >= 0.4 for c in care.cues)):
                continue  # "Andy Murray ... that rehab": a full name with no care phrase is often a public figure
            if sig.kind == "phone" and not care.subject and BOOKING_CUE_RE.search(an.doc.text[max(0, sig.start - 50):sig.start]):
                continue  # a booking or enquiry line in a notice, not a person's number
            if sig.kind in PLACEHOLDER_KINDS and PLACEHOLDER_RE.search(self._clause(an.doc.text, sig.start, sig.end)):
                continue  # a dummy record, a teaching file or an invented composite case
            if sig.kind in ("phone", "email") and SERVICE_CONTACT_BEFORE_RE.search(an.doc.text[max(0, sig.start - 45):sig.start]):
                continue  # "if they're yours ring reception on …": the service's own line
            if sig.kind in ("phone", "email") and not care.subject and NOTICE_RE.search(an.doc.text):
                continue  # a job advert or service notice: the contact is the service's or the recruiter's
            if sig.kind == "phone" and SERVICE_NUMBER_RE.match(re.sub(r"\D", "", sig.text)):
                continue  # freephone, 03 and 08 numbers and helplines belong to organisations
            if sig.kind == "handle" and re.search(r"nhs|trust|ambulance|hcpc|gov|council|uni|college|society|"
                                                  r"rcot|csp|rcslt|bda|rcr|cop|hospital|team|news|bbc", sig.text, re.I):
                continue
            severity = rule.severity
            conf = sig.score * (0.6 + 0.4 * care.score if gate != "any" else 1.0)
            if gate == "any" and care.own_or_family and not care.care:
                severity = "info"  # the author's own number: a privacy tip, not a 5.1 breach
            out.append(_Candidate(rule, sig, severity, min(conf, 1.0)))
        return out

    def _pattern(self, rule: Rule, doc: PostDoc, an: Analysis) -> list[_Candidate]:
        """Regex rules written wholly in the pack (the kind a second pack uses without code)."""
        d = rule.detect
        gate = d.get("care", "any")
        if gate == "care" and not an.care.care:
            return []
        if gate == "plausible" and an.care.score < 0.3 and not CARE_WORD_RE.search(doc.text) and "condition" not in an.kinds:
            return []
        out = []
        unless = self._unless.get(rule.code)
        for finder, regex, score in self._finders[rule.code]:
            for m in (finder.finditer(doc) if finder is not None else regex.finditer(doc.text)):
                s, e = (m.span(1) if m.groups() and m.group(1) is not None else m.span())
                if unless is not None:
                    clause = self._clause(doc.text, m.start(), m.end())
                    if unless[0].search(clause) and not (unless[1] and unless[1].search(clause)):
                        continue
                out.append(_Candidate(rule, Signal("pattern", s, e, doc.text[s:e], score), rule.severity, score))
        return out

    def _jigsaw(self, an: Analysis, direct: list[_Candidate]) -> list[_Candidate]:
        """The "jigsaw": details that together single out a service user (ICO: singling
        out, linkability, the motivated intruder). Each clue is reported with the others
        as related spans; severity grows with how many and how specific they are."""
        care = an.care
        clue_rules = self._clue_rules
        if not clue_rules or not care.care:
            return []
        direct_person = [c for c in direct if c.severity != "info" and c.rule.detect.get("kind") == "identifier"]
        if not (care.subject or direct_person):
            return []
        taken = [(c.signal.start, c.signal.end) for c in direct]
        per_rule: list[tuple[Rule, Signal, float]] = []
        categories: dict[str, float] = {}
        for rule in clue_rules:
            d = rule.detect
            kinds = d.get("signal")
            kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
            for sig in an.signals:
                if sig.kind not in kinds or any(a < sig.end and sig.start < b for a, b in taken):
                    continue
                if sig.score < float(d.get("min_score", 0.5)):
                    continue
                if sig.kind == "time" and PLACEHOLDER_RE.fullmatch(sig.text):
                    continue  # 01/01/1900: a dummy record's date
                if sig.kind == "name" and sig.attr("role") not in ("occupation",):
                    continue
                weight = float(d.get("weight", 1.0))
                spec = sig.attr("specificity")
                if spec and d.get("by_specificity"):
                    weight = {"1": 0.5, "2": 1.0, "3": 1.5}.get(spec, weight)
                if sig.kind == "condition" and sig.attr("rare") == "1":
                    weight = float(d.get("rare_weight", 2.0))
                if sig.kind == "age" and sig.attr("form") == "band":
                    weight = 0.5
                if sig.kind == "time" and sig.attr("precision") == "year":
                    weight = 0.25  # "in 1987" narrows less than "last night"
                if sig.kind == "street" and sig.attr("numbered") == "1":
                    weight = 2.0
                if sig.kind == "notable":
                    weight = 2.0
                cat = d.get("category", rule.code)
                if sig.kind == "care_location" and sig.attr("kind") != "ward":
                    cat = "bed"  # a bed or bay inside a named ward narrows further
                if sig.kind == "occupation" and sig.attr("specificity") == "1":
                    weight = 1.0  # an ordinary job: a clue, not a pointer on its own
                categories[cat] = max(categories.get(cat, 0.0), weight)
                per_rule.append((rule, sig, weight))
        if not per_rule:
            return []
        points = sum(categories.values())
        n_direct = len({c.rule.code for c in direct_person})
        health = any(s.kind == "condition" and s.attr("cat") in ("mental", "safeguarding", "pregnancy", "death", "substance")
                     for _, s, _ in per_rule)
        person_detail = set(categories) - {"time", "location", "bed", "setting", "place"}
        if n_direct:
            points += 2.0 * n_direct
            enough = True
        else:
            # Places and times alone locate an event, not a person ("bay 2 at 10am"): a
            # combination needs a detail about the person, or three kinds of clue.
            enough = (len(categories) >= self.jigsaw_min_categories and points >= self.jigsaw_min_points
                      and (person_detail or len(categories) >= 3))
            rare = any(s.kind == "condition" and s.attr("rare") == "1" and not GENERIC_CONDITION_RE.search(
                           an.doc.text[max(0, s.start - 30):s.start])
                       or s.kind in ("event", "notable", "occupation") and s.attr("specificity") == "3"
                       for _, s, _ in per_rule)
            enough = enough or (rare and len(categories) >= 1 and care.subject)
        if not enough:
            return []
        severity = "high" if points >= self.jigsaw_high_points or (health and n_direct) else "medium"
        conf = min(1.0, 0.55 + 0.1 * len(categories) + 0.1 * n_direct) * (0.7 + 0.3 * care.score)
        sigs = [s for _, s, _ in per_rule]
        out = []
        for rule, sig, _w in per_rule:
            sev = severity if SEVERITY_RANK[severity] >= SEVERITY_RANK[rule.severity] else rule.severity
            out.append(_Candidate(rule, sig, sev, conf, related=[o for o in sigs if o is not sig],
                                  extra={"points": points, "categories": sorted(categories)}))
        return out

    def _story(self, an: Analysis, found: list[_Candidate]) -> list[_Candidate]:
        """The learned identifiable-story model, for posts the rules found nothing in."""
        rules = self._story_rules
        if not rules or any("5.1" in c.rule.standards and c.severity != "info" for c in found):
            return []
        if an.care.score < 0.2:
            return []
        from postcheck.detectors.story import load_model

        model = load_model()
        if model is None:
            return []
        prob = model.probability(an)
        if prob < model.threshold:
            return []
        clues = [s for s in an.signals if s.kind in STORY_CLUE_KINDS]
        if clues:
            primary = max(clues, key=lambda s: (STORY_CLUE_KINDS.index(s.kind) * -1, s.end - s.start))
        else:
            text = an.doc.text
            end = min([i for i in (text.find(". "), text.find("\n"), 80) if i > 0] or [len(text)])
            primary = Signal("story", 0, end, text[:end], prob)
        # confidence: how far above the model's threshold, mapped into 0.5..0.95
        conf = 0.5 + 0.45 * (prob - model.threshold) / max(1e-6, 1 - model.threshold)
        return [_Candidate(rules[0], primary, rules[0].severity, conf,
                           related=[s for s in clues if s is not primary])]

    def _standard_models(self, an: Analysis, found: list[_Candidate], context: Context | None = None) -> list[_Candidate]:
        """The learned per-standard conduct model, for standards no other rule flagged in
        this post (so it never hides or repeats a rule's more precise finding)."""
        if not self._model_rules:
            return []
        cited = {s for c in found if c.severity != "info" for s in c.rule.standards}
        rules = [r for r in self._model_rules if str(r.detect.get("standard")) not in cited]
        if not rules:
            return []
        from postcheck import models
        from postcheck.detectors.conduct import standard_model_allowed

        model = models.load(str(rules[0].detect.get("model", "standards")))
        if not isinstance(model, models.MultiLinearModel):
            return []
        text = an.doc.text
        probs = model.score_all(models.featurise(text, model.bits, model.chars))
        out = []
        for rule in rules:
            std = str(rule.detect["standard"])
            if std not in probs:
                continue
            threshold = float(rule.detect.get("threshold", model.thresholds[std]))
            prob = probs[std]
            if prob < threshold:
                continue
            # the guards run only where the model would speak: most posts score low everywhere,
            # and the 1.6 guard reads the post's grammar (dearer than the model itself)
            if not standard_model_allowed(std, an, rule, context):
                continue
            s, e = _best_sentence(text, lambda t: model.score(t, std))
            conf = 0.5 + 0.45 * (prob - threshold) / max(1e-6, 1 - threshold)
            out.append(_Candidate(rule, Signal("standard_model", s, e, text[s:e], prob,
                                               attrs=(("model", model.name), ("standard", std),
                                                      ("prob", f"{prob:.2f}"))),
                                  rule.severity, round(min(conf, 0.95), 3)))
        return out

    # ------------------------------------------------------------------------------
    def _finding(self, c: _Candidate, doc: PostDoc, an: Analysis, ctx: Context) -> Finding:
        rule = c.rule
        sig = c.signal
        severity = c.severity
        notes: list[str] = []
        for tag in ("all", *rule.tags):
            for adj in self.adjustments.get(tag, []):
                when = adj.get("when", {})
                if not all(getattr(ctx, k) == v or (isinstance(v, list) and getattr(ctx, k) in v)
                           for k, v in when.items()):
                    continue
                if "kinds" in adj and rule.detect.get("kind") not in adj["kinds"]:
                    continue
                if "severity" in adj and severity != "info":
                    severity = adj["severity"]
                if "bump" in adj:
                    severity = bump(severity, int(adj["bump"]))
                if adj.get("note"):
                    notes.append(str(adj["note"]).strip())
        clues = ", ".join(f"“{r.text}”" for r in c.related[:6])
        message = rule.message.format(match=sig.text, clues=clues or "other details", noun=an.care.noun)
        fix = self.redactor.fix_for(rule, sig, doc, an)
        related = tuple(RelatedSpan(r.start, r.end, r.text, r.kind) for r in c.related)
        return Finding(
            code=rule.code, name=rule.name, standards=rule.standards, severity=severity,
            confidence=round(c.confidence, 2), start=sig.start, end=sig.end, text=sig.text,
            message=message, explanation=rule.explanation, fix=fix, related=related,
            evidence=tuple(f"{k}={v}" for k, v in sig.attrs), notes=notes,
        )

    @staticmethod
    def _resolve(findings: list[Finding], broad: frozenset[str] = frozenset()) -> list[Finding]:
        """Merge overlapping findings of one rule; drop a finding whose span lies inside a
        more severe (or equal, longer) one. Findings of ``broad`` rules (whole-sentence model
        findings) never swallow the precise findings inside them."""
        merged: list[Finding] = []
        for f in sorted(findings, key=lambda f: (f.code, f.start)):
            last = merged[-1] if merged else None
            if last and last.code == f.code and f.start < last.end and not f.related:
                if f.end > last.end:
                    last.text = last.text + f.text[last.end - f.start:]
                    last.end = f.end
                    last.fix = f.fix if last.fix is None else last.fix
                continue
            merged.append(f)
        findings = merged
        findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], -(f.end - f.start), f.start))
        kept: list[Finding] = []
        for f in findings:
            # inside a longer finding: drop; the same span under another rule: keep both
            # (a post can be both a threat and a hateful generalisation)
            if any(k.start <= f.start and f.end <= k.end and (k.end - k.start) > (f.end - f.start)
                   and k.code not in broad for k in kept):
                continue
            if any(k.start == f.start and k.end == f.end and k.code == f.code for k in kept):
                continue
            kept.append(f)
        return kept

    def _tips(self, an: Analysis, findings: list[Finding], language: str, doc: PostDoc) -> list[Finding]:
        out = []
        for rule in self._tip_rules:  # the rules in order, only the kinds handled here
            kind = rule.detect.get("kind")
            if kind == "care-story" and an.care.care and an.care.subject and not any(
                    "5.1" in f.standards and f.severity != "info" for f in findings):
                cue = an.care.cues[0] if an.care.cues else Signal("care_cue", 0, 0, "", 1.0)
                out.append(Finding(rule.code, rule.name, rule.standards, "info", round(an.care.score, 2),
                                   cue.start, cue.end, cue.text, rule.message.format(match=cue.text, clues="", noun=an.care.noun),
                                   rule.explanation))
            elif kind == "language" and language != "en":
                out.append(Finding(rule.code, rule.name, rule.standards, "info", 0.8, 0, 0, "",
                                   rule.message, rule.explanation))
        return out
