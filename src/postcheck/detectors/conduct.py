"""Detect kinds for every standard beyond confidentiality (issue 4).

Registered kinds (one rule file picks one with ``detect: {kind: …}``):

``conduct-hate``      discrimination grammar (1.6): ``hits:`` lists which hit kinds the rule
                      reports (derogation, negated-positive, exclusion, threat, refusal, directed).
``conduct-slur``      slurs, disguised spellings included, minus reclaimed and ordinary senses.
``conduct-hate-model`` the trained ``hate`` model, only where a group is named and no guard fired.
``conduct-contempt``  contemptuous labels for service users ("bed blockers").
``conduct-insult``    insults aimed at a person (2.10): you / a named role / a handle.
``conduct-abuse-model`` the trained ``abuse`` model, only with a person as target.
``conduct-swearing``  profanity not aimed at anyone (a low note; a tip on a personal account).
``conduct-phrase``    regex patterns written in the rule, with guards (``unless``,
                      ``unless_post``, ``require_post``, ``negation``, ``question``,
                      ``counter``, ``account``, ``care_words``).
``conduct-claim``     the pack's health-claims knowledge base (``data/claims.yaml``; 2.11).
``conduct-domain``    links to low-credibility sources (``data/domains.yaml``; 2.11).
``conduct-tip``       top tips as ``info`` findings (``tip: professional-role | repost``).

Everything per pack (lexicons, grammar, claims) is built once and cached by pack folder;
everything per post (canonical tokens, group mentions, model scores) is computed once and
cached on the post's :class:`Analysis`, so twenty rules cost one pass.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from postcheck.detectors.conduct_claims import DEBUNK_RE
from postcheck.detectors.conduct_fast import (  # noqa: F401
    LiteralIndex, cached_requirements, lowerable, may_match, requirements,
)
from postcheck.detectors.conduct_hate import (
    CONDEMN_RE, ENDORSE_RE, FRAME_EVAL_RE, QUOTE_EVAL_RE, HOMONYM_CONTEXT, NOMINAL_DENIAL_RE, PRON, REPORT_FRAME_RE,
    SELF_SUBJECT_RE, HateGrammar, alt, join, tag_groups, to_original,
)
from postcheck.detectors.conduct_text import CTok, Vocabulary, canonical_term, canonical_tokens
from postcheck.engine.kinds import Candidate, register
from postcheck.errors import PackError
from postcheck.model.finding import Signal

# a group after one of these heads a prepositional phrase: the predicate that follows is said of
# the noun before it ("conditions for GRP are awful")
OBJ_PREPS = frozenset(("for", "to", "towards", "toward", "against", "about", "of", "on", "faced by", "by", "facing"))


def _object_of_noun(toks, a: int) -> bool:
    """Is the group token at ``a`` the object of a preposition after a topic noun ("housing for GRP",
    "violence against GRP")? Then what follows is said of that noun, not of the group."""
    if a < 2 or toks[a - 1].norm not in OBJ_PREPS:
        return False
    if a >= 3 and toks[a - 3].norm in ("i", "we", "you", "they", "he", "she", "people", "really", "just", "do"):
        return False   # "what I hate about GRP": a verb, not a noun
    return toks[a - 2].norm in TOPIC_HEADS


# "killing GRP is never acceptable": the predicate is said of the act done to the group
ACTION_GERUNDS = frozenset((
    "killing", "hurting", "attacking", "hating", "abusing", "harming", "treating", "insulting", "mocking", "calling",
    "excluding", "discriminating", "targeting", "bullying", "harassing", "murdering", "shooting", "beating",
    "deporting", "banning", "threatening", "blaming", "demonising", "demonizing", "dehumanising", "dehumanizing",
    "stereotyping", "hiring", "employing", "helping", "supporting", "protecting", "educating", "welcoming",
    "including", "mistreating", "stigmatising", "stigmatizing", "shaming", "judging", "assaulting", "raping",
    "hunting", "stabbing", "lynching", "persecuting", "oppressing", "silencing", "erasing", "ignoring", "neglecting",
    "segregating", "marginalising", "marginalizing", "trolling", "slandering", "misgendering", "scapegoating",
    "vilifying", "insulting", "ridiculing", "labelling", "labeling", "describing", "portraying", "painting"))


# nouns for how a group is treated or served: "conditions for GRP are appalling" judges the conditions
TOPIC_HEADS = frozenset((
    "conditions", "condition", "housing", "services", "service", "provision", "support", "care", "treatment",
    "wages", "pay", "salaries", "funding", "access", "healthcare", "education", "schooling", "safety", "facilities",
    "violence", "abuse", "attacks", "attack", "hate", "hatred", "racism", "sexism", "discrimination", "prejudice",
    "bigotry", "harassment", "bullying", "hostility", "contempt", "disdain", "cruelty", "attitudes", "attitude",
    "rhetoric", "language", "comments", "jokes", "slurs", "stereotypes", "stigma", "stereotyping", "portrayal",
    "coverage", "policies", "policy", "laws", "law", "rules", "options", "outcomes", "prospects", "opportunities",
    "poverty", "homelessness", "unemployment", "waiting", "waits", "queues", "shelters", "benefits", "allowances",
    "representation", "exclusion", "marginalisation", "marginalization", "mistreatment", "neglect", "persecution",
    "deaths", "murders", "killings", "suicides", "crimes", "crime", "assaults", "threats", "insults", "fear",
    "systems", "system", "facilities", "toilets", "ramps", "accommodation", "accommodations", "resources",
    "statistics", "stats", "figures", "rates", "data", "research", "studies", "reports", "attitudes", "bias",
    "barriers", "inequality", "inequalities", "gap", "gaps", "disparities", "injustice", "injustices"))
# intensifiers that can sit between a subject and its verb without changing what is said of it
SUBJECT_ADVERBS = frozenset((
    "really", "honestly", "truly", "just", "all", "clearly", "seriously", "literally", "genuinely", "definitely",
    "absolutely", "totally", "simply", "basically", "actually", "certainly", "obviously", "surely", "undeniably",
    "frankly", "personally", "also", "completely", "utterly", "fully", "indeed", "sincerely", "deeply", "entirely",
    "fucking", "bloody", "damn", "proper", "properly", "generally", "naturally", "inherently", "evidently",
    "apparently", "plainly", "positively", "quite", "rather", "both", "alone", "too"))
LIKE_WHO = frozenset(("you", "them", "that", "him", "her", "these", "those", "this", "yourself", "yourselves", "u"))
FUNCTION_WORDS = set(
    "i we you he she they them it is are was were be been am not no never do does did will would should could can "
    "must all the a an of to in on at for with and or but so that this these those my our your their his her "
    "just really very like what why how who when there here if then than as by from up out about into over "
    "have has had get got go going want let us me him "
    "matter deserve belong people lives death trust worth nothing every allowed".split())
PLACE_NAMES = set(
    "africa asia america europe arabia india pakistan bangladesh jamaica poland romania somalia nigeria ghana "
    "kenya china japan korea israel palestine iran iraq syria afghanistan turkey mexico ireland scotland wales "
    "england britain italy spain france germany russia ukraine albania bulgaria lithuania latvia portugal greece "
    "eritrea sudan ethiopia egypt morocco libya yemen lebanon vietnam philippines brazil "
    "caribbean".split())
NOT_RACIST_RE = re.compile(r"\b(?:i am not|i'm not|im not|not being|not|it is not|it's not|this is not|that is not|"
                           r"isn't|call me|sorry if this sounds)\s+(?:a\s+|being\s+)?(?:racist|sexist|homophobic|"
                           r"transphobic|bigoted|a bigot|islamophobic|ableist|prejudiced)\b(?:\s+but)?")
IDIOM_NEG_RE = re.compile(r"\b(?:not gonna lie|not going to lie|no lie|no word of a lie|no joke|not even joking|"
                          r"no kidding|not kidding|no offence|no shame|no regrets|never a dull moment|no wonder|"
                          r"can't lie|cannot lie|won't lie|not being funny but)\b")
QUOTED_RE = re.compile(r'"[^"\n]{3,}"|“[^”\n]{3,}”|«[^»\n]{3,}»|‘[^’\n]{3,}’|(?<![\w])\'[^\'\n]{3,}\'(?![\w])')
SUBJECT_NEG_RE = re.compile(r"(?:^|\s)(?:not|no|none of|none of the|nobody thinks|no one thinks|never|not that|"
                            r"nothing about|is it true that|is it really true that|is it the case that|"
                            r"it is not that|it is not true that|it is a myth that|it is a lie that|not because)\s*$")
POSITIVE_PRED_RE = re.compile(
    r"\b(?:are|is)\s+(?:(?:all|just|such|so|really|truly|absolutely|fully|valid|also|still)\s+)*(?:real|valid|"
    r"human|humans|people|welcome|loved|valued|equal|brilliant|amazing|wonderful|great|strong|brave|beautiful|"
    r"important|capable|essential|part of)\b|\b(?:should|must|deserve to|need to)\s+(?:all\s+)?be\s+"
    r"(?:allowed|able|free|treated|given|paid|protected|supported|respected|welcomed|included|heard|believed|"
    r"celebrated|safe|listened to|valued|accepted)\b|\b(?:deserve|deserves)\s+(?:better|respect|dignity|"
    r"equal|the same|care|rights|support|safety|love|kindness)\b|\b(?:just\s+)?like\s+(?:everyone|everybody|anyone|"
    r"anybody|the rest of us)\s+else\b|\bno different (?:from|to|than)\b|\bthe same as (?:everyone|everybody|"
    r"anyone|the rest of us|us)\b", re.I)
AFFIRM_GENDER_RE = re.compile(r"trans\s*wom[ae]n\b.*\b(?:men|man|males?)\s*$|trans\s*m[ae]n\b.*\b(?:wom[ae]n|"
                              r"females?)\s*$")
SENT_SPLIT_RE = re.compile(r"(?<=[.!?\n])\s+")
QUESTION_START_RE = re.compile(r"^\s*(?:is|are|does|do|can|could|will|would|should|has|have|did|was|were|"
                               r"any(?:one|body)|what|why|how|where|when|who|which|true|really|thoughts)\b", re.I)
CARE_WORDS_RE = re.compile(
    r"\b(?:patients?|pts?|clients?|service users?|residents?|ward|wards|a&e|a and e|ed|resus|majors|bed|beds|bay|"
    r"clinic|theatre|shift|on call|nhs|hospital|gp|surgery|caseload|admission|admitted|discharge|discharged|"
    r"crew|ambulance|999|call ?outs?|referrals?|appointments?|frailty|dementia|care home|in ?patients?)\b", re.I)
WORK_WORDS_RE = re.compile(
    r"\b(?:colleagues?|staff|team|manager|band [2-9]|hir(?:e|ed|ing)|recruit\w*|interview\w*|rota|placements?|"
    r"students?|trainees?|nurses?|doctors?|consultants?|physios?|caseload|my list|on the list|waiting list|"
    r"assessments?|sessions?|therapy|my care|carers?|families|parents|kids on|at work|job)\b",
    re.I)
PERSON_TARGET_RE = re.compile(r"\b(?:you|your|u|he|she|him|her|they|them|@\w+)\b", re.I)
POSITIVE_RE = re.compile(r"\b(?:badass|legends?|queens?|icons?|heroe?s?|inspir\w*|superstars?|love|proud|celebrat\w*|welcome|support\w*|respect\w*|thank\w*|amazing|brilliant|"
                         r"wonderful|great|fantastic|beautiful|deserve (?:better|equal|respect|the same|care|dignity)|"
                         r"equal(?:ity)?|inclusi\w+|diversity|rights|allies|ally|solidarity|happy|congrat\w*)\b", re.I)

NEGATION_ANY_RE = re.compile(r"\b(?:not|never|no|n't|nobody|none|nothing)\b|n't\b")
SELF_GROUP_ANY_RE = re.compile(r"\b(?:i am|i'm|im|we are|we're|as an?|my fellow|us|our community|proud)\b")
MODEL_CUE_MARKERS = (
    "should", "must", "always", "only", "all", "every", "typical", "typically", "too many", "so many", "these",
    "those", "belong", "deserve", "deserves", "back", "go home", "get out", "like", "nothing but", "just",
    "everywhere", "ruin", "ruined", "ruining", "take over", "taking over", "invade", "invading", "allowed",
    "ban", "banned", "rather", "than", "worse", "worst", "less", "inferior", "superior", "real", "normal",
    "natural", "unnatural", "problem", "problems", "trouble", "fault", "blame", "why", "?", "!")
# hostile stems anywhere in a word, leetspeak undone ("h8", "disg0sting"): a looser cue for the model
HOSTILE_STEM_RE = re.compile(r"disg|hate|h8|hatr|vile|sick|filth|scum|kill|die|dead|burn|trash|gross|ugly|stupid|dumb|"
                             r"idiot|evil|vermin|rats?\b|pigs?\b|animal|subhuman|fuck|shit|cunt|bitch|freak|pervert|"
                             r"despis|loath|detest|revolt|repuls|nause|vomit|puke|cring|creep|weird|moron|retard")
LEET_UNDO = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
GROUP_IS_GROUP_RE = re.compile(r"\bGRPS? (?:are|is) (?:(?:real|just|also|still|too|absolutely|simply|all|"
                               r"valid|proper|true)\s+)*GRPS?\b")
SELF_TALK_RE = re.compile(r"\b(?:i am|i'm|im|i was|i feel|i felt|i look|i sound|me)\b")
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|@\w+)\b")

# the group as the object of a verb in a relative clause about other people
OBJECT_OF_OTHERS_RE = re.compile(
    r"\b(?:who|that|people|those|anyone|anybody|everyone|everybody|someone|somebody|men|bigots|racists|trolls)\s+"
    r"(?:(?:still|really|openly|actually|constantly|always|just|would|will|do|does|keep|keeps)\s+)*(?:hate|hates|hated|"
    r"attack|attacks|attacked|abuse|abuses|abused|harass|harasses|harassed|bully|bullies|bullied|insult|insults|"
    r"mock|mocks|mocked|target|targets|targeted|threaten|threatens|threatened|hurt|hurts|demonise|demonises|"
    r"demonize|demonizes|blame|blames|blamed|fear|fears|exclude|excludes|despise|despises|call|calls|called|"
    r"treat|treats|treated|discriminate against|discriminates against|vilify|vilifies|dehumanise|dehumanises|"
    r"dehumanize|dehumanizes|oppose|opposes|persecute|persecutes|kill|kills|killed|beat|beats|spit on)\s+"
    r"(?:(?:all|the|every|any|those|these)\s+)?$")
INVERSION_AUX = {"do", "does", "did", "can", "could", "should", "would", "will", "shall", "must", "are", "is", "were",
                 "was", "have", "has"}
INVERSION_SUBJ = {"we", "you", "they", "i", "anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                  "people"}


def drop_inverted_not(toks: list[CTok]) -> list[CTok]:
    """'Don't we all hate …?', 'Can't we just …?', 'Shouldn't someone …?': in a question the
    negator of an inverted auxiliary asks for agreement, it does not deny, so it is dropped
    (only before a pronoun subject: 'Why can't GRP just be normal?' keeps its 'not')."""
    norms = [t.norm for t in toks]
    if "not" not in norms or "?" not in norms:
        return toks
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.norm == "not" and 0 < i < n - 1 and norms[i - 1] in INVERSION_AUX and norms[i + 1] in INVERSION_SUBJ \
                and (i < 2 or norms[i - 2] in (".", "!", "?", ",", "why", "so", "and", "but", "seriously", "honestly",
                                               "well", "like", "really")):
            end = next((j for j in range(i, n) if norms[j] in (".", "!", "?")), n)
            if end < n and norms[end] == "?":
                continue
        out.append(t)
    return out


# ------------------------------------------------------------------------------------------
# Per-pack resources


# the first words after an echoed question that deny it
REBUT_RE = re.compile(
    r"^[\s?!]*(?:rubbish|nonsense|bollocks|bull(?:shit|s\*\*t)|utter (?:rubbish|nonsense|tosh)|tosh|codswallop|nothing\b|no+(?:\s*[,.!]|\s+(?:they|she|he|we|it|not|way|chance)\b)|nope|"
    r"wrong|not true|untrue|false|hardly|as if|think again|really\?|"
    r"(?:er+|erm+|um+|uh+)\W+no|(?:the|quite the) opposite|of course (?:they|we|she|he|not|it|you)\b|"
    r"absolutely (?:not|they|we)\b|(?:they|she|he|we|it) (?:absolutely |certainly |obviously |definitely |of course )"
    r"(?:do|does|are|is|should|can|deserve|did|have)\b|(?:they|she|he|we|it)(?: (?:are|is|do|does|did|should|can)|'re|'s) (?:not|n't)\b|"
    r"(?:they|she|he|we)(?: do|'re|are|do not|don't)? ?(?:not|n't)?\s*(?:absolutely|certainly)\b|"
    r"(?:they|she|he|we) (?:really |absolutely |certainly )?(?:do|does) (?:matter|count|belong)\b|"
    r"that(?:'s| is) (?:a )?(?:lie|myth|racist|sexist|ableist|bigoted|hateful|nonsense|rubbish|wrong|not true|false))")


class Resources:
    def __init__(self, root: Path, common: set[str]):
        from postcheck.pack.loader import load_yaml, parse_lexicon

        lex_dir = root / "lexicons"

        def lexicon(name: str) -> dict[str, dict]:
            path = lex_dir / f"{name}.txt"
            if not path.is_file():
                raise PackError(f"the conduct rules need lexicon {name}.txt", file=str(lex_dir))
            return parse_lexicon(path).entries

        ident = lexicon("conduct_identity")
        self.identity: dict[str, dict[str, dict]] = {"plural": {}, "singular": {}, "adj": {}}
        for term, attrs in ident.items():
            section = attrs.get("_section", "plural")
            self.identity.setdefault(section, {})[canonical_term(term)] = attrs
        # the same term can sit in two sections (asian: singular and adj): parse_lexicon keeps
        # the last; re-read the file to keep all sections
        for section, terms in _sections(lex_dir / "conduct_identity.txt").items():
            for term, attrs in terms.items():
                self.identity.setdefault(section, {})[canonical_term(term)] = attrs
        self.slurs = {canonical_term(t): a for t, a in lexicon("conduct_slurs").items()}
        roles: dict[str, set[str]] = {}
        for term, attrs in lexicon("conduct_words").items():
            for role in attrs.get("role", "").split(","):
                roles.setdefault(role.strip(), set()).add(term)
        self.words = roles
        key: set[str] = set()
        for terms in list(self.identity.values()) + [self.slurs]:
            for t in terms:
                key.update(t.split())
        for terms in roles.values():
            for t in terms:
                key.update(canonical_term(t).split())
        key = {k for k in key if k.isalpha() or "-" in k or "'" in k}
        fuzzy: set[str] = set()
        for terms in list(self.identity.values()) + [self.slurs]:
            for t in terms:
                if " " not in t:
                    fuzzy.add(t)
        # hostile words of six letters or more are repaired too ("dispise", "dis gusting"), but
        # never the contempt labels, whose near neighbours are ordinary words ("gamers")
        contempt_words = {w for t in roles.get("contempt", set()) for w in canonical_term(t).split()}
        for role in ("neg", "dehum", "emote", "threat", "threat_pp", "insult"):
            for t in roles.get(role, set()):
                for w in canonical_term(t).split():
                    if len(w) >= 6 and w.isalpha() and w not in contempt_words:
                        fuzzy.add(w)
        # place names are words in their own right, never slips of the demonym ("africa" is
        # not a misspelt "african"): the repairs must leave them alone
        masked = {w for t in roles.get("profanity", set()) for w in canonical_term(t).split()} | {
            w for t in self.slurs for w in t.split()}
        self.vocab = Vocabulary(key, common | PLACE_NAMES, FUNCTION_WORDS, fuzzy_words=fuzzy, masked_words=masked,
                                slur_words={w for t in self.slurs for w in t.split()})
        self.grammar = HateGrammar(roles)
        self.pron_re = re.compile(r"(?<![\w])" + PRON.replace(" ", r"\s+") + r"(?![\w])")
        self.contempt = {canonical_term(t) for t in roles.get("contempt", set())}
        self.contempt_index: dict[str, list[tuple[str, ...]]] = {}
        for term in self.contempt:
            words = tuple(term.split())
            self.contempt_index.setdefault(words[0], []).append(words)
        for items in self.contempt_index.values():
            items.sort(key=len, reverse=True)
        self.profanity = {canonical_term(t) for t in roles.get("profanity", set())}
        insult = alt(roles.get("insult", set()))
        strict_adj = roles.get("insult_adj", set()) - {
            "sad", "miserable", "mad", "crazy", "bonkers", "mental", "ridiculous", "awful", "terrible", "dreadful",
            "appalling", "bitter", "rubbish", "shit", "shite", "crap", "a joke", "laughable", "toxic", "fat"}
        ins_adj = alt(strict_adj)
        intens = (r"(?:(?:a|an|such|so|absolute|total|complete|utter|fucking|bloody|right|proper|just|really|"
                  r"the most|the biggest|massive|the|nothing but|clearly|completely|totally|utterly|being|an absolute|"
                  r"a complete|a total|such a|little|big|fat|old|silly|stupid|useless|pathetic|thick|lazy|"
                  r"incompetent|spineless|arrogant|clueless|gormless|brainless|ignorant|one)\s+)*")
        targets = (r"(?:manager|managers|boss|bosses|colleague|colleagues|consultant|consultants|registrar|reg|"
                   r"doctor|doctors|nurse|nurses|sister|matron|charge nurse|ward manager|team leader|supervisor|"
                   r"lead|senior|juniors?|students?|physio|ot|slt|paramedic|crewmate|crew mate|gp|receptionist|"
                   r"porter|hca|director|ceo|chief executive|trust|management|board|team|staff|band \d+|"
                   r"patient|patients|client|clients|relative|relatives|family|husband|wife|son|daughter|mum|dad|"
                   r"carer|resident|service user|guy|man|woman|lady|bloke|person|people|fella|lad|lass|"
                   r"practice manager|line manager|head of department|hr|admin|locum|agency nurse|new starter|"
                   r"radiographer|radiologist|surgeon|anaesthetist|midwife|midwives|pharmacist|cleaner|housekeeper)")
        self.insult_res = [
            re.compile(rf"(?:^|\s)(?:you|your|@user)\s+(?:(?:are|were|is|look like|sound like|remain|really|still|"
                       rf"always|being)\s+)*{intens}(?:{insult}|{ins_adj})\b(?!\s+(?:day|shift|week|job|weather|"
                       r"traffic|system|software|computer|printer|rota|policy|idea|plan|thing))"),
            re.compile(rf"(?:^|\s)(?:my|our|the|this|that|his|her|their|your|some|one|a|an)\s+(?:(?:new|old|current|"
                       rf"ex|former|bloody|fucking|useless|actual|so-called|senior|junior|agency|locum|acting)\s+)*"
                       rf"{targets}(?:\s+(?:in|on|from|at)\s+(?:bay|bed|room|cubicle|ward|side room)\s+\w+)?\s+(?:(?:is|was|are|were|has been|is being|seems|remains|=|what a|is such)\s+)+"
                       rf"{intens}(?:{insult}|{ins_adj})\b(?!\s+(?:day|shift|week|job))"),
            re.compile(rf"(?:^|\s)@user\s+(?:(?:is|are|you)\s+)?{intens}(?:{insult})\b"),
            re.compile(rf"(?:^|\s)what\s+(?:a|an)\s+(?:(?:absolute|total|complete|utter|fucking|bloody|stupid|"
                       rf"useless|pathetic|arrogant|incompetent|spineless)\s+)*(?:{insult})\b(?!\s+(?:i am|i was|"
                       r"i have been|me|of a day|of a shift|of a week))"),
            re.compile(rf"(?:^|\s)(?:shut up|shut your mouth|shut your face|stfu|get lost|nobody asked you|"
                       rf"no one asked you|grow up|get a life)\s+(?:you\s+)?{intens}(?:{insult}|{ins_adj})?"),
            re.compile(rf"(?:^|\s){targets}\s+(?:is|are)\s+(?:run|managed|led|staffed)\s+by\s+{intens}(?:{insult})\b"),
        ]
        self.insult_reqs = [cached_requirements(rx) for rx in self.insult_res]
        # the hate model alone never flags a plain statement about a group ("X pay taxes"):
        # it needs a hostile word from the lexicons or a generalising marker in the post
        cue_words = set()
        for role in ("neg", "dehum", "insult", "insult_adj", "profanity", "threat", "threat_pp", "emote", "contempt"):
            cue_words |= roles.get(role, set())
        cue_words |= set(MODEL_CUE_MARKERS)
        self.model_cue_re = re.compile(r"(?:^|\s)" + alt(cue_words) + r"(?=\s|$)")
        # every phrase rule's prefilter literals, as the shipped cache knows them (so the
        # one-scan index is built once, not again as each rule registers its own)
        from postcheck.detectors.conduct_fast import cached_phrase_literals

        self.phrase_literals: set[str] = set(cached_phrase_literals())
        self._phrase_index: LiteralIndex | None = None
        data_dir = root / "data"
        self.claims = load_yaml(data_dir / "claims.yaml") if (data_dir / "claims.yaml").is_file() else {}
        self.domains = load_yaml(data_dir / "domains.yaml") if (data_dir / "domains.yaml").is_file() else {}
        from postcheck.detectors.conduct_claims import ClaimBase

        self.claim_base = ClaimBase(self.claims, self.domains)


    def add_phrase_literals(self, reqs) -> None:
        """Add a phrase rule's prefilter literals to the shared one-scan index."""
        new = {lit for group in reqs for lit in group} - self.phrase_literals
        if new:
            self.phrase_literals |= new
            self._phrase_index = None      # rebuilt once, when next needed (not once per rule)

    @property
    def phrase_index(self) -> LiteralIndex:
        if self._phrase_index is None:
            self._phrase_index = LiteralIndex(self.phrase_literals)
        return self._phrase_index


def _sections(path: Path) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        term, _, rest = line.partition("\t")
        attrs = dict(p.split("=", 1) for p in rest.split(";") if "=" in p)
        attrs["_section"] = section
        out.setdefault(section, {})[term.strip().lower()] = attrs
    return out


_RESOURCES: dict[str, Resources] = {}


_BY_RULE_PATH: dict[str, Resources] = {}


def resources(rule, analysis) -> Resources:
    res = _BY_RULE_PATH.get(rule.path)
    if res is None:
        root = Path(rule.path).resolve().parent.parent
        key = str(root)
        res = _RESOURCES.get(key)
        if res is None:
            res = _RESOURCES[key] = Resources(root, analysis.lex.common_words)
        _BY_RULE_PATH[rule.path] = res
    return res


# ------------------------------------------------------------------------------------------
# Per-post analysis


class Conduct:
    """Everything the conduct rules read about one post, computed lazily once."""

    def __init__(self, text: str, res: Resources):
        self.text = text
        self.res = res

    @cached_property
    def straight(self) -> str:
        return self.text.replace("’", "'").replace("‘", "'")

    @cached_property
    def lower(self) -> str:
        return self.text.replace("’", "'").replace("‘", "'").lower()

    @cached_property
    def tokens(self) -> list[CTok]:
        return drop_inverted_not(canonical_tokens(self.text, self.res.vocab))

    @cached_property
    def tagged(self):
        toks, groups, slurs = tag_groups(self.tokens, self.res.identity, self.res.slurs)
        # pronouns stand for a group only after one has been named
        if groups:
            first = min(i for i, t in enumerate(toks) if t.norm in ("GRP", "GRPS")) if any(
                t.norm in ("GRP", "GRPS") for t in toks) else len(toks)
            canon, offs = join(toks)
            out = list(toks)
            replaced = []
            # "they are just GRP after all": the pronouns anywhere in the post refer to the group
            cataphora = bool(re.search(r"\b(?:they|these people|those people|them) (?:are|were) (?:(?:just|only|all|"
                                       r"simply|merely|nothing but|such|typical|bloody|fucking|still|all just)\s+)*GRP\b",
                                       canon))
            for m in self.res.pron_re.finditer(canon):
                _, _, a, b = to_original(toks, offs, m.start(), m.end())
                if a > first or cataphora:
                    replaced.append((a, b))
            for a, b in reversed(replaced):
                out[a:b + 1] = [CTok("PRN", toks[a].start, toks[b].end)]
            toks = out
        return toks, groups, slurs

    @cached_property
    def canon(self):
        toks = self.tagged[0]
        string, offsets = join(toks)
        return toks, string, offsets

    @cached_property
    def canon_like(self):
        """A second reading of the canonical form, or None when it would be the same:
        'GRP like you/them/that …' read as 'GRP …' ("women like you are vermin") and the
        intensifiers after a subject dropped ("GRP really are …", "GRP all belong …", "I honestly
        despise …"), so that every pattern also reads these word orders. The hits of both
        readings are kept (a pattern may need the adverb: "GRP just lie")."""
        toks = self.tagged[0]
        out, i, n, changed = [], 0, len(toks), False
        while i < n:
            t = toks[i]
            if t.norm in ("GRP", "GRPS") and i + 2 < n and toks[i + 1].norm == "like" and toks[i + 2].norm in LIKE_WHO:
                t = CTok(t.norm, t.start, toks[i + 2].end)
                i += 2
                changed = True
            out.append(t)
            i += 1
            if t.norm in ("GRP", "GRPS", "PRN", "i", "we"):
                while i < n and toks[i].norm in SUBJECT_ADVERBS and not (
                        toks[i].norm == "all" and i + 1 < n and toks[i + 1].norm in ("of", "the", "over", "around")):
                    i += 1
                    changed = True
        if not changed:
            return None
        string, offsets = join(out)
        return out, string, offsets

    @cached_property
    def plain(self):
        toks = self.tokens
        string, offsets = join(toks)
        return toks, string, offsets

    def phrase_literals_present(self) -> set[str]:
        """The phrase rules' prefilter literals in this post (one scan, cached per index)."""
        idx = self.res.phrase_index
        got = self.__dict__.get("_phrase_present")
        if got is None or got[0] is not idx:
            got = self.__dict__["_phrase_present"] = (idx, idx.present(self.lower))
        return got[1]

    @cached_property
    def cue_text(self) -> str:
        """Lower-case text for counter-speech cues, with "I'm not racist but" removed."""
        return NOT_RACIST_RE.sub(" ", self.lower)

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        s = max(self.text.rfind(ch, 0, start) for ch in ".!?\n")
        e_candidates = [i for i in (self.text.find(ch, start) for ch in ".!?\n") if i >= 0]
        return s + 1, (min(e_candidates) + 1 if e_candidates else len(self.text))

    def inside_quotes(self, start: int, end: int) -> bool:
        before = self.text[:start]
        doubles = sum(before.count(c) for c in "\"“”«»")
        if doubles % 2 == 1:
            return True
        # single quotes used as quotation marks: an opening ' or ‘ after a space before the span
        # and a closing one after it
        m = re.search(r"(?:^|[\s(:])[‘'][^'‘’]*$", before)
        if m and re.search(r"^[^'‘’]*[’'](?:\s|[.,!?;:)]|$)", self.text[end:]):
            return True
        return False

    def is_counter(self, start: int, end: int) -> bool:
        """Is the span quoted, reported or referred to in order to reject it?"""
        cues = self.cue_text[:start] + " " + self.cue_text[end:]
        condemn = bool(CONDEMN_RE.search(cues) or FRAME_EVAL_RE.search(cues))
        endorse = bool(ENDORSE_RE.search(cues))
        s, _ = self.sentence_bounds(start)
        lead = self.lower[s:start]
        if NOMINAL_DENIAL_RE.search(lead):
            return True
        if self.echoed_then_rebutted(end):
            return True
        quoted = self.inside_quotes(start, end)
        if quoted and not endorse and self.commentary_outside_quotes:
            return True  # quoted and commented on: the author is showing the words, not saying them
        frame = bool(REPORT_FRAME_RE.search(lead)) and not SELF_SUBJECT_RE.search(lead)
        after_frame = bool(re.search(r"^\W*(?:is|are|was|that is|that's|this is|these are)?\s*(?:what|the kind of|"
                                     r"a|an|the)?\s*(?:thing|things|stuff|comment|comments|words|attitude|view|"
                                     r"rhetoric|language)?\s*(?:he|she|they|people|someone|my \w+|a \w+|some)\s+"
                                     r"(?:said|says|say|wrote|posted|tweeted|told|shouted|called)", self.lower[end:]))
        if (quoted or frame or after_frame) and condemn and not endorse:
            return True
        if re.search(r"^[^.!?]*\?", self.lower[end:end + 60]) and CONDEMN_RE.search(
                re.sub(r"^[^.!?]*\?", "", self.cue_text[end:end + 120], count=1)):
            return True   # a claim put as a question, then condemned ("… animals? Shame on you.")
        if re.search(r"^[^.!?]*\?\s*(?:no|nope|of course not|not at all|absolutely not|hell no|what nonsense|nonsense|"
                     r"rubbish|what rubbish|wrong|that is (?:a lie|not true|nonsense|rubbish|wrong|false)|"
                     r"that's (?:a lie|not true|nonsense|rubbish|wrong|false))\b(?!\s+(?:idea|clue|doubt|wonder|surprise)\b)"
                     r"(?![^.!?]{0,20}\bbut\b)", self.lower[end:end + 60]):
            return True   # a claim put as a question and answered "no"
        if re.search(r"^\W*(?:is|was|are|were)\s+(?:(?:just|so|such|really|clearly|obviously|deeply|an?)\s+)*(?:insult|"
                     r"insulting|slur|racist|sexist|offensive|hateful|hate speech|abuse|abusive|bigoted|bigotry|"
                     r"homophobic|transphobic|islamophobic|antisemitic|ableist|xenophobic|dehumanising|dehumanizing|"
                     r"prejudiced|discriminatory|a racist|a sexist)\b", self.lower[end:]):
            return True   # "'go back to Africa' is an insult": the phrase is named, then judged
        if quoted and not endorse and QUOTE_EVAL_RE.search(self.lower[end:end + 80]):
            return True
        if frame and re.search(r"\b(?:is|are|was)\s+(?:not|never)\s+(?:ok|okay|acceptable|fine|true|right|funny|banter)",
                               self.lower[end:]):
            return True
        return False

    def echoed_then_rebutted(self, end: int) -> bool:
        """'Immigrants contribute nothing? Rubbish.': a claim echoed as a question, then denied."""
        q = self.lower.find("?", max(0, end - 1))
        if q < 0 or any(ch in self.lower[end:q] for ch in ".!\n"):
            return False
        return bool(REBUT_RE.match(self.lower[q + 1:q + 80]))

    @cached_property
    def commentary_outside_quotes(self) -> bool:
        """Does the post say something of its own besides what it quotes (two words or more)?"""
        rest = QUOTED_RE.sub(" ", self.straight)
        if rest == self.straight:
            return False
        return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2

    def subject_negated(self, string: str, s: int) -> bool:
        """'not all GRP are …', 'no GRP deserves …', 'none of the GRP …': the generalisation
        is denied by a negator just before it (canonical string, hit start s)."""
        lead = string[max(0, s - 30):s]   # 'why not …' urges it instead
        return bool(SUBJECT_NEG_RE.search(lead)) and not re.search(r"\bwhy not\s*$", lead)

    def negated_before(self, start: int, window: int = 25) -> bool:
        s, _ = self.sentence_bounds(start)
        lead = self.lower[max(s, start - window):start]
        lead = IDIOM_NEG_RE.sub(" ", re.split(r"[,;:]", lead)[-1] if window < 40 else lead)
        return bool(re.search(r"\b(?:not|never|no|nobody|no one|don't|do not|doesn't|didn't|won't|wouldn't|"
                              r"isn't|aren't|cannot|can't|without|stop|avoid|refuse to|refused to|declined?|"
                              r"declining)\b", lead))

    def threat_negated(self, start: int) -> bool:
        """'I am not going to hurt any GRP', 'nobody should ever kill GRP': a threat verb
        denied by a negator a few words before it (not 'why not …', which urges it)."""
        s, _ = self.sentence_bounds(start)
        lead = re.split(r"[,;:]", self.lower[s:start])[-1]
        if re.search(r"\bwhy not\b", lead) or (re.search(r"\b(?:do|does|can|could|should|would|will|shall|must|is|are)"
                                                       r"(?:n't| not)\s+(?:we|you|they|i|anyone|everyone|someone|"
                                                       r"somebody|people)\b", lead) and "?" in self.text[start:]):
            return False
        return bool(re.search(r"(?:\b(?:not|never|no one|nobody|no-one|none of us)|n't)(?:\s+[\w']+){0,4}\s*$", lead))

    @cached_property
    def hate_hits(self) -> list[dict]:
        toks, string, offs = self.canon
        if "GRP" not in string and "PRN" not in string:
            return []
        out = []
        versions = [(toks, string, offs)]
        if self.canon_like is not None:
            versions.append(self.canon_like)
        for toks, string, offs in versions:
            out += self._hits_in(toks, string, offs)
        # keep the longest hit per kind and region
        out.sort(key=lambda h: (h["start"], -(h["end"] - h["start"])))
        kept: list[dict] = []
        for h in out:
            if any(k["kind"] == h["kind"] and k["start"] <= h["start"] and h["end"] <= k["end"] for k in kept):
                continue
            kept.append(h)
        for h in kept:
            if h["quoted"]:
                h["score"] *= 0.8
        return kept

    def _hits_in(self, toks, string, offs) -> list[dict]:
        out = []
        for kind, s, e, score in self.res.grammar.hits(string):
            o_s, o_e, a, b = to_original(toks, offs, s, e)
            if o_e <= o_s:
                continue
            if kind != "negated-positive" and self.subject_negated(string, s):
                continue
            if kind != "threat" and toks[a].norm in ("GRP", "GRPS", "PRN") and a > 0 and (
                    _object_of_noun(toks, a) or toks[a - 1].norm in ACTION_GERUNDS):
                continue   # "housing for GRP is awful", "killing GRP is never acceptable": said of the noun or the act
            if kind == "negated-positive" and AFFIRM_GENDER_RE.search(self.lower[o_s:o_e]):
                continue  # "trans women are not men": affirming, not denying, who they are
            via_pron = any(t.norm == "PRN" for t in toks[a:b + 1])
            if via_pron:
                score *= 0.85
            chars = sorted({g[2] for g in self.tagged[1] if o_s <= g[0] and g[1] <= o_e} or
                           {g[2] for g in self.tagged[1]})
            if self.is_counter(o_s, o_e):
                continue
            if kind == "threat" and self.threat_negated(o_s):
                continue
            if kind != "threat" and OBJECT_OF_OTHERS_RE.search(string[max(0, s - 45):s]):
                continue   # "those who hate GRP are cowards": the predicate is about the haters
            if self._slur_only_reclaimed(o_s, o_e):
                continue
            out.append({"kind": kind, "start": o_s, "end": o_e, "score": score, "chars": chars,
                        "quoted": self.inside_quotes(o_s, o_e)})
        return out

    def _slur_only_reclaimed(self, s: int, e: int) -> bool:
        inside = [x for x in self.slur_judgements if s <= x["start"] and x["end"] <= e]
        return bool(inside) and all(not x["hateful"] for x in inside) and not any(
            g for g in self.tagged[1] if s <= g[0] and g[1] <= e and g[3] != "slur")

    @cached_property
    def slur_judgements(self) -> list[dict]:
        out = []
        for s, e, term, info, _pos in self.tagged[2]:
            hateful = True
            reason = ""
            if info.get("generic") == "1":
                hateful, reason = False, "generic insult"
            homonym = info.get("homonym")
            if homonym and re.search(HOMONYM_CONTEXT.get(homonym, r"(?!)"), self.lower):
                hateful, reason = False, f"ordinary sense ({homonym})"
            lead = self.lower[max(0, s - 40):s]
            if info.get("reclaim") in ("1", "self") and re.search(
                    r"\b(?:i am|i'm|im|we are|we're|as a|as an|us|our|my fellow|fellow|proud|myself|ourselves|"
                    r"me and my|my|we|call ourselves|call myself|identify as|reclaim\w*|proud to be|"
                    r"happy to be|glad to be|i am such a|i'm such a|i'm a|i am a|we're all|we are all|"
                    r"us|fellow)\b[^.!?]{0,25}$", lead) or info.get("reclaim") in ("1", "self") and re.search(
                    r"^\W*(?:\w+\W+){0,1}(?:like me|like us|and proud|pride|and i know it|and we know it|"
                    r"power|for life|forever|squad|crew|gang|club|and loving it|here|community)\b",
                    self.lower[e:e + 30]) and not self._hostile_near(s, e):
                hateful, reason = False, "reclaimed by the author"
            if info.get("reclaim") == "1" and re.search(r"\b(?:my|me)\s+(?:\w+\s+)?(?:nigga|niggas)\b", self.lower[max(0, s - 15):e]):
                hateful, reason = False, "reclaimed (in-group address)"
            pointed = self._pointed_noun_use(s, e, term) and reason != "reclaimed by the author"
            if info.get("reclaim") == "1" and not self._hostile_near(s, e) and not pointed and not any(
                    h["start"] <= s and e <= h["end"] for h in self._raw_grammar_spans):
                hateful, reason = False, "reclaimable term without hostile context"
            if info.get("soft") == "1" and not self._hostile_near(s, e) and not pointed:
                hateful, reason = False, "neutral identity use"
            if hateful and self.is_counter(s, e):
                hateful, reason = False, "quoted or condemned"
            if hateful and re.search(r"\b(?:the (?:word|term|slur)|words like|slurs like|called (?:me|us|him|her) (?:a|an))\b",
                                     self.lower[max(0, s - 30):s]) and CONDEMN_RE.search(self.cue_text):
                hateful, reason = False, "mentioned, not used"
            if hateful and re.search(r"\b(?:called (?:me|us|him|her|them|my \w+)|calling (?:me|us|him|her|them)|"
                                     r"(?:was|were|been|being|get|got|gets|am|is|are) (?:often |always |once |"
                                     r"repeatedly )?called)\s+(?:a|an)?\s*$",
                                     self.lower[max(0, s - 30):s]):
                hateful, reason = False, "reporting abuse received"
            out.append({"start": s, "end": e, "term": term, "char": info.get("char", ""), "hateful": hateful,
                        "reason": reason})
        return out

    def _pointed_noun_use(self, s: int, e: int, term: str) -> bool:
        """'that cripple', 'those dykes', 'queers are everywhere': a reclaimable slur used as a
        noun for other people, with no in-group or positive context, reads as the slur."""
        if term.startswith("nigga"):
            return False   # in-group address is the common use; left to the hostile-context test
        sent_s, sent_e = self.sentence_bounds(s)
        sentence = self.lower[sent_s:sent_e]
        if POSITIVE_RE.search(sentence) or SELF_GROUP_ANY_RE.search(sentence) or re.search(
                r"\b(?:pride|community|communities|rights|activis\w*|history|theory|studies|culture|identity|"
                r"reclaim\w*|the word|the term|slur|called)\b", sentence):
            return False
        after = self.lower[e:e + 20]
        if re.match(r"\s+(?:people|person|folk|folks|men|women|kids|youth|couples?|friends?|artists?|writers?|"
                    r"characters?|cinema|film|art|space|bars?|clubs?|venues?|events?|community|identity)\b", after):
            return False   # adjective use ("queer people")
        if not re.match(r"\s*(?:$|[.,!?;:)]|(?:are|is|was|were|who|that|should|will|would|can|could|has|have|had|do|"
                        r"does|did|in|on|at|with|from|over|next|near|behind|walking|sitting|standing|again|everywhere|"
                        r"here|there|and|or|but|like|just|always|never|all|keep|kept|got|get|gets|to|for|ca|won|"
                        r"lives?|living|moved|served|took|taking|came|comes)\b)", after):
            return False   # followed by a noun: an adjective or a compound, not a name for people
        before = self.lower[max(sent_s, s - 25):s]
        return bool(re.search(r"(?:\b(?:that|this|those|these|a|an|the|some|another|typical|you|like a|like)\s+"
                              r"(?:\w+\s+)?$|^\s*$)", before))

    def _hostile_near(self, s: int, e: int) -> bool:
        window = self.lower[max(0, s - 40):e + 40]
        return bool(re.search(r"\b(?:fuck\w*|disgusting|vile|filthy|scum|hate|sick|freak\w*|pervert\w*|kill|die|"
                              r"burn|stupid|dirty|fucking|bloody|ugly|gross)\b", window))

    @cached_property
    def _raw_grammar_spans(self) -> list[dict]:
        toks, string, offs = self.canon
        out = []
        for kind, s, e, score in self.res.grammar.hits(string):
            o_s, o_e, _, _ = to_original(toks, offs, s, e)
            out.append({"start": o_s, "end": o_e})
        return out

    @cached_property
    def group_named(self) -> bool:
        return bool(self.tagged[1])

    def model_score(self, name: str) -> float | None:
        cache = self.__dict__.setdefault("_scores", {})
        if name not in cache:
            from postcheck import models

            model = models.load(name)
            cache[name] = model.score(self.text) if model else None
        return cache[name]


def conduct_of(analysis, rule) -> Conduct:
    c = analysis.__dict__.get("_conduct")
    if c is None:
        c = analysis.__dict__["_conduct"] = Conduct(analysis.doc.text, resources(rule, analysis))
    return c


def _cand(rule, kind: str, s: int, e: int, text: str, score: float, severity: str | None = None, **attrs) -> Candidate:
    sig = Signal(kind, s, e, text[s:e], score, attrs=tuple((k, str(v)) for k, v in attrs.items() if v is not None))
    return Candidate(rule, sig, severity or rule.severity, min(1.0, round(score, 3)))


def models_load(name: str):
    from postcheck import models

    return models.load(name)


# ------------------------------------------------------------------------------------------
# Kinds: discrimination


# A clinical reason for not offering a procedure to some people (pregnancy, age, a disability)
# is practice, not discrimination: "we don't X-ray pregnant patients unless it is urgent".
CLINICAL_CHARS = frozenset({"pregnancy", "disability", "age"})
CLINICAL_REASON_RE = re.compile(
    r"\b(?:contraindicat\w*|radiation|radiosensitiv\w*|dose|clinically (?:urgent|indicated|necessary)|unless (?:it'?s |it is )?"
    r"(?:urgent|essential|clinically)|risk to (?:the )?(?:baby|foetus|fetus|pregnancy)|safety|not safe|unsafe|guidance|"
    r"guidelines|protocol|nice|irmer|justif\w*|mri safety|pacemaker|implant)\b")

@register("conduct-hate")
def hate_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    want = set(rule.detect.get("hits") or [])
    out = []
    for h in c.hate_hits:
        if want and h["kind"] not in want:
            continue
        if h["kind"] == "refusal" and set(h["chars"]) & CLINICAL_CHARS:
            ss, se = c.sentence_bounds(h["start"])
            if CLINICAL_REASON_RE.search(c.lower[ss:se]):
                continue  # "we do not scan pregnant patients with CT unless it is clinically urgent"
        out.append(_cand(rule, "hate", h["start"], h["end"], c.text, h["score"], hit=h["kind"],
                         characteristic="+".join(h["chars"]) or None, quoted="1" if h["quoted"] else None))
    return out


@register("conduct-slur")
def slur_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    out = []
    for j in c.slur_judgements:
        if not j["hateful"]:
            continue
        if any(h["start"] <= j["start"] and j["end"] <= h["end"] for h in c.hate_hits):
            continue  # reported as part of the sentence it sits in
        out.append(_cand(rule, "slur", j["start"], j["end"], c.text, 0.9, characteristic=j["char"]))
    return out


@register("conduct-hate-model")
def hate_model_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    if not c.group_named or c.hate_hits or any(j["hateful"] for j in c.slur_judgements):
        return []
    groups = [g for g in c.tagged[1] if g[3] != "slur"]
    if not groups:
        return []
    toks = c.tagged[0]
    heads = [i for i, t in enumerate(toks) if t.norm in ("GRP", "GRPS")]
    if heads and all(i > 0 and _object_of_noun(toks, i) for i in heads):
        return []   # "violence against GRP is vile", "housing for GRP": about the noun, not the group
    # the guards below do not depend on the score: run them before the model (speed only)
    if NEGATION_ANY_RE.search(c.lower):
        return []  # bag-of-words models cannot read negation: leave negated statements to the grammar
    if SELF_GROUP_ANY_RE.search(c.lower):
        return []  # members speaking of their own group
    if not c.res.model_cue_re.search(c.plain[1]) and not HOSTILE_STEM_RE.search(c.lower.translate(LEET_UNDO)):
        return []  # no hostile word and no generalisation: a statement of fact about a group
    if GROUP_IS_GROUP_RE.search(c.canon[1]):
        return []  # "trans women are women": saying who people are (a grammar hit, had it denied it)
    if CONDEMN_RE.search(c.cue_text) or POSITIVE_RE.search(c.lower) or POSITIVE_PRED_RE.search(c.lower) \
            or c.is_counter(groups[0][0], groups[0][1]):
        return []
    score = c.model_score(rule.detect.get("model", "hate"))
    model = models_load(rule.detect.get("model", "hate"))
    threshold = float(rule.detect.get("threshold", model.threshold if model else 0.85))
    if score is None or score < threshold:
        return []
    s, e = c.sentence_bounds(groups[0][0])
    while s < e and c.text[s].isspace():
        s += 1
    span_text = c.text[s:e].rstrip()
    e = s + len(span_text)
    if QUESTION_START_RE.search(c.text[s:e]) and c.text[s:e].rstrip().endswith("?") and score < 0.95:
        return []
    return [_cand(rule, "hate_model", s, e, c.text, score, model=rule.detect.get("model", "hate"),
                  prob=f"{score:.2f}")]


# What each standard is about: the model speaks only when the post touches it (a cheap scope
# gate that keeps a bag of words from reading an ordinary care story as a breach).
MODEL_SCOPE_RES = {
    "1.9": re.compile(
        r"\b(?:friend(?:ed|s)?|friend requests?|follow(?:ed|ing|s)?|add(?:ed)? (?:me|him|her|them)|dm\w*|messag\w*|"
        r"text(?:ed|ing|s)?|whatsapp\w*|snap\w*|insta\w*|facebook|fb|tiktok|number|mobile|phone|email|drinks?|pub|pints?|"
        r"dinner|lunch|coffee|brew|party|bbq|barbecue|wedding|birthday|round (?:to )?(?:mine|hers|his|theirs)|houses?|flat|mates?|"
        r"bestie|buddy|socially|night out|hang(?:ing)? out|gym|holiday|babysit\w*|my (?:divorce|love life|ex)|chat\w*)\b",
        re.I),
    "1.10": re.compile(
        r"\b(?:dm\w*|messag\w*|messenger|text(?:ed|ing|s)?|whatsapp\w*|snap\w*|insta\w*|facebook|fb|tiktok|linkedin|"
        r"facetime|video call|number|mobile|phone|email|gmail|hotmail|personal|own (?:phone|number|mobile|account))\b", re.I),
    "1.11": re.compile(
        r"\b(?:mum|mom|dad|sister|brother|cousin|aunt\w*|uncle|nan|nana|gran\w*|grand\w*|niece|nephew|friends?|"
        r"mates?|bestie|best mate|buddy|neighbou?r|ex|ex's|husband|wife|partner|boyfriend|girlfriend|in[- ]law|"
        r"family|relatives?|flatmate|housemate|godson|goddaughter|kid|son|daughter)\b", re.I),
    "1.12": re.compile(
        r"\b(?:fit|hot|gorgeous|cute|stunning|sexy|crush|flirt\w*|kiss\w*|date|dating|dinner|drinks?|single|number|"
        r"snap\w*|insta\w*|dm\w*|hinge|tinder|bumble|£|\$|money|lent|lend|borrow\w*|loan|cash|gift\w*|will|"
        r"sell\w*|sold|buy\w*|mates rates|free|holiday|cottage|stay|guarantor|fix(?:ed)? my|do my|miss\w*|"
        r"relationship|seeing each other|connection|in love|feelings for|romantic\w*|sleep(?:ing)? with|slept with|sex\w*|"
        r"partner|girlfriend|boyfriend|attracted|chemistry)\b|😍|😏|🔥|😉|🥵|💕|😘", re.I),
    # 9.1: something that could cost the public's trust (drink or drugs, dishonesty, leaks,
    # mockery, extremism); a plain post about a shift has none of these
    "9.1": re.compile(
        r"\b(?:drunk|pissed|hammered|steaming|wasted|hanging|hungover|tipsy|merry|wine|pints?|beers?|vodka|gin|booze|"
        r"shots|high|stoned|weed|spliff|joint|coke|a line|pills|vape|nick(?:ed|ing)?|pinch(?:ed|ing)?|stole|steal\w*|"
        r"flog\w*|took home|taking home|fak(?:e|ed|ing)|forg(?:e|ed|ing)|fiddl\w*|made up|signed off|without (?:doing|"
        r"checking|seeing)|leak\w*|internal|confidential|board papers|screenshot|investigat\w*|sweepstake|bet\w*|"
        r"selfie|tiktok|laugh\w*|lol|lmao|joke\w*|hilarious|funny|crying|in stitches|mock\w*|rot|let (?:them|him|her) "
        r"die|dead|died|death|corpse|body bag|thick|stupid|idiots?|retweet\w*|shar(?:e|ed|ing)|repost\w*|support\w*|"
        r"take (?:our|it|the country) back|invaded|invasion|parasites|sick (?:day|note)|ringing in sick|skiv\w*|"
        r"nobody noticed|don't tell|never notice|who checks|get away with)\b|😂|🤣|🍻|🍷|🍺|💊|🥳", re.I),
    # 2.11: what turns a health statement into advocacy of misinformation (accurate reporting
    # of the same topic has none of these)
    "2.11": re.compile(
        r"\b(?:they|them|big pharma|pharma|government|the nhs knows|wake up|sheep(?:le)?|do (?:your|ur) (?:own )?research|"
        r"the truth|hid(?:e|ing|den)|cover(?:ed|ing)?[- ]up|don't want you to know|won't tell you|not telling you|"
        r"poison\w*|toxi\w*|neurotoxin|natural(?:ly)?|cures?|cured|miracle|stop (?:taking|using)|come off|came off|"
        r"ditch|throw away|bin (?:your|the)|never (?:take|have|had|get|got|let)|refuse\w*|won't let|not getting|"
        r"no need for|no (?:surgery|meds|medication|drugs|jab|vaccine) needed|instead of|rather than|dangerous|kills?|"
        r"killing|died suddenly|sudden deaths?|injur\w*|experimental|genocide|depopulation|plandemic|scamdemic|scam|"
        r"hoax|agenda|planned|5g|microchip\w*|magnet\w*|shedding|trust your gut|mark my words|share|spread the word|"
        r"nobody(?:'s| is)? (?:asking|talking)|asking (?:the right )?questions|just saying|fixes|reverses?|dissolves?|"
        r"detox\w*|cleanse|flush|immunity|side effects|vaccine damage|jabbed|unvaxxed|pureblood|stop)\b|‼️|!!", re.I),
    "9.3": re.compile(
        r"\b(?:cures?|cured|heals?|fix(?:es|ed)?|sorted|reverses?|eliminates?|removes?|guarantee\w*|results?|"
        r"100%|miracle|code|discount|% off|off your|free|offer|deal|half price|£\d+|dr\b|doctor|specialist|expert|"
        r"consultant|best|testimonial|review|before|after|botox|filler|injections?|supplements?|link in bio|affiliate|"
        r"(?:treats?|helps? with|sorts?)\b[^.!?\n]{0,60},[^.!?\n]{0,60},|and more|"
        r"gifted|sponsored|collab|approved|certified|chartered|registered)\b|⭐|\btreats?:|\btreat:|& more", re.I),
}


CARE_DECISION_RE = re.compile(
    r"\b(?:caseload|my list|waiting list|queue|assess\w*|referr\w*|records?|results?|scans?|notes|fit note|"
    r"report|slots?|fast[- ]track\w*|bump(?:ed)?|priorit\w*|treat\w*|sessions?|therapy|therap\w*|rehab|"
    r"students?|trainees?|placement|mentee|service users?|carers?|residents?|clients?|patients?|pts?|"
    r"prescri\w*|x-?rays?|bloods|samples?|lab|hearing aids?|splints?|orthotics?|prosthe\w*|appointments?|"
    r"discharg\w*|ward|clinic|consult\w*|sign(?:ed)? off|competenc\w*)\b", re.I)


# Guards of the per-standard model, compiled once (they run on the model's hot path).
PERSONAL_CHANNEL_RE = re.compile(r"\b(?:personal|own|private)\s+(?:\w+\s+)?(?:phone|number|mobile|account|insta|"
                                 r"instagram|facebook|fb|whatsapp|snapchat|email|page)\b", re.I)
TARGET_NOUN_RE = re.compile(
    r"\b(?:colleague|manager|boss|consultant|student|receptionist|relative|family|patient|client|woman|"
    r"man|lad|bloke|guy|girl|lady|someone|everyone|people|idiot|cow|prat|muppet|clown|snake)\b", re.I)
DISCLOSED_AD_RE = re.compile(r"#(?:ad|advert|sponsored|gifted|paidpartnership|partner)\b|\b(?:paid partnership|"
                             r"ad:|sponsored by|gifted by)", re.I)
AD_CLAIM_RE = re.compile(r"\b(?:cures?|cured|guarantee\w*|100%|miracle|reverses?|heals?|fix(?:es|ed)|dr\b)", re.I)
WORKPLACE_RE = re.compile(r"\b(?:work|uniform|scrubs|trust|department|dept|stock ?room|sluice|"
                          r"sharps|needles|meds|drugs|lab|#\w*life|"
                          r"staff ?room|board papers|internal|matron|handover|competenc\w*|cpd)\b", re.I)
ANSWERED_NO_RE = re.compile(r"\W*(?:no|nope|wrong)\b\W")
SOUND_ADVICE_RE = re.compile(
    r"\b(?:don't|do not|never) stop\b|\b(?:talk|speak|check|plan|agree|discuss)(?:ing)? (?:it |this |that )?(?:to|with) your "
    r"(?:gp|doctor|pharmacist|nurse|midwife|consultant|care team)\b|\b(?:soap|hand ?wash\w*|"
    r"wash(?:ing)? (?:your )?hands|sanitiser|sanitizer|disinfect\w* (?:surfaces|the))\b|"
    r"\b(?:the )?(?:nhs|ukhsa|who|nice|mhra|cdc|gov\.uk) (?:says|advises|recommends|advice)\b|"
    r"\baccording to (?:the )?(?:nhs|ukhsa|who|nice|mhra)\b")
OWN_GROUP_LEAD_RE = re.compile(r"\b(?:i am|i'm|im|we are|we're|as an?|my fellow|us|our|proud)\s+(?:\w+\s+){0,2}$")
DISPARITY_RE = re.compile(r"\b(?:are|is|were|was)\s+(?:\w+\s+)?(?:more|less)\s+likely\s+to\b|"
                          r"\b(?:rates?|risks?|odds)\s+of\b")
SNEER_RE = re.compile(r"🙄|😒|🤬|😡|🐷|🤮|\bsorry not sorry\b|\bnot being funny\b|\blol\b|😂|🤣")
NOT_A_NEGATION_RE = re.compile(r"\bnot being funny\b|\bsorry not sorry\b|\b(?:should not|shouldn't|should never) "
                               r"(?:get|have|be (?:allowed|given|offered|treated first|seen)|jump|take)\b")
NEGATED_HABIT_RE = re.compile(
    r"\b(?:don't|do not|doesn't|does not|never|can't|cannot|won't|can not)\s+(?:even\s+|ever\s+)?(?:care|bother|"
    r"turn up|show up|learn|listen|speak|wash|pay|work|integrate|try|help themselves|look after|be bothered)\b")


PROUD_RE = re.compile(r"\b(?:so proud|proud of (?:him|her|them|you|my|our)|well done|made my (?:day|week)|"
                      r"absolute (?:star|legend|superstar)|so chuffed|brilliant progress)\b", re.I)
MOCKING_RE = re.compile(r"\b(?:mock\w*|laugh(?:ing|ed)? at|taking the piss|take the piss|idiot|moron|pathetic|dramatic|"
                        r"man up|shut (?:him|her|them) up)\b", re.I)
REPORTED_RE = re.compile(
    r"\b(?:(?:i've|i have|i|we've|we have|we) (?:reported|escalated|raised) (?:it|this|him|her|them|the \w+)|"
    r"(?:put|filled) in an? (?:incident|datix|formal) (?:report|form)|(?:spoken|spoke|talked) to my (?:manager|supervisor|lead)|"
    r"(?:raised|logged) (?:it|this) with)\b", re.I)
PERSONAL_REFUSED_RE = re.compile(
    r"\b(?:never|not|don'?t|do not|no|can'?t|cannot|won'?t)\s+(?:\w+\s+){0,2}?(?:on\s+|via\s+|through\s+|to\s+|use\s+)?"
    r"(?:my|your|a|our) (?:personal|own|private) (?:insta\w*|phone|mobile|number|whatsapp|facebook|email|account|dms?|socials)\b", re.I)
DECLINED_RE = re.compile(
    r"\b(?:(?:i|we) (?:said no|declined|refused|turned (?:it|him|her|them|the \w+) down|gave it back|handed it back|"
    r"didn'?t accept|did not accept|won'?t be accepting|logged it|reported it|declared it)|said no,? (?:kindly|politely|nicely|"
    r"gently)|(?:politely|kindly|gently) (?:said no|declined|refused)|declined(?:,| and| but)|(?:kept|keep) it (?:professional|to hello)|"
    r"passed (?:him|her|them) (?:on )?to a colleague|(?:can't|cannot|won't) (?:assess|treat|see|fit|scan|test) my|"
    r"(?:on|joins?|joined) the (?:list|queue|waiting list) like everyone else|like everyone else|doesn't mean (?:my|our) "
    r"(?:mates|friends|family)|not (?:fitting|treating|seeing|assessing) my own)\b",
    re.I)
# "Masks do not cause CO2 poisoning", "vaccines can't alter your DNA": denying a harm is how
# myths are corrected (denying a benefit, "masks don't work", is not, and stays with the model)
NEGATED_HARM_RE = re.compile(
    r"\b(?:(?:do|does|did|can|could|will|would) not|don'?t|doesn'?t|didn'?t|can'?t|cannot|couldn'?t|won'?t|wouldn'?t) "
    r"(?:cause|give (?:you|people|anyone)|lead to|contain|change|alter|damage|spread|shed)\b")


def standard_model_allowed(standard: str, analysis, rule, context=None) -> bool:
    """Guards for the per-standard model (rules *190) that a bag of words cannot learn from
    a few thousand posts. Every standard: the post must touch the standard's subject
    (``MODEL_SCOPE_RES`` and the gates below). 1.9/1.10: on a professional account, only a
    personal channel named in the post counts. 9.3: a disclosed advert with no claim is left
    alone. 2.11: debunking, honest questions and sound advice. 1.6: the post must be about care
    or work (general hate is the grammar's and the hate model's), and praise of a group,
    members speaking of their own group, saying who people are, reported disparities, negated
    or questioned statements without a hostile word, and condemning or quoting hate are never
    discrimination."""
    text = analysis.doc.text
    if standard in ("1.9", "1.10") and context is not None and context.account == "professional":
        return bool(PERSONAL_CHANNEL_RE.search(text))
    scope = MODEL_SCOPE_RES.get(standard)
    if scope is not None and not scope.search(text):
        return False
    if standard in ("1.9", "1.10", "1.11", "1.12") and not (
            CARE_WORDS_RE.search(text) or analysis.care.score >= 0.3 or CARE_DECISION_RE.search(text)):
        return False  # boundaries are about people in your care (or your students): none is mentioned
    if standard == "1.10" and PERSONAL_REFUSED_RE.search(text):
        return False  # "DM the clinic page, never my personal insta": pointing to the proper channel
    if standard in ("1.9", "1.11", "1.12") and DECLINED_RE.search(text):
        return False  # "asked to borrow £300, I said no": holding the boundary is not crossing it
    if standard == "2.10" and (not (PERSON_TARGET_RE.search(text) or TARGET_NOUN_RE.search(text))
                               or REPORTED_RE.search(text)):
        return False  # nobody targeted; or "I've reported it and spoken to my manager": the proper channel
    if standard == "9.3" and DISCLOSED_AD_RE.search(text) and not AD_CLAIM_RE.search(text):
        return False  # a disclosed advert with no cure or guarantee claim
    if standard == "9.1" and (PROUD_RE.search(text) and not MOCKING_RE.search(text) or not (
            CARE_WORDS_RE.search(text) or WORK_WORDS_RE.search(text) or analysis.care.score >= 0.2
            or WORKPLACE_RE.search(text))):
        return False  # pride in a client ("so proud of him": laughing with, not at), or nothing about work
    if standard not in ("1.6", "2.11"):
        return True
    c = conduct_of(analysis, rule)
    question = c.text.rstrip().endswith("?") and bool(QUESTION_START_RE.search(c.lower))
    if standard == "2.11":
        return not (DEBUNK_RE.search(c.lower) or question or ANSWERED_NO_RE.match(c.lower)
                    or SOUND_ADVICE_RE.search(c.lower) or NEGATED_HARM_RE.search(c.lower))
    if not (WORK_WORDS_RE.search(c.text) or analysis.care.score >= 0.3):
        return False  # the model knows discrimination in care and at work; general hate is the grammar's
    if POSITIVE_RE.search(c.lower) or POSITIVE_PRED_RE.search(c.lower) or CONDEMN_RE.search(c.cue_text):
        return False
    groups = [g for g in c.tagged[1] if g[3] != "slur"]
    if GROUP_IS_GROUP_RE.search(c.canon[1]) or any(
            OWN_GROUP_LEAD_RE.search(c.lower[max(0, g[0] - 30):g[0]]) for g in groups):
        return False  # members speaking of their own group; saying who people are
    if DISPARITY_RE.search(c.lower):
        return False  # reporting a disparity, not expressing one
    hostile = HOSTILE_STEM_RE.search(c.lower.translate(LEET_UNDO))
    if not (hostile or c.res.model_cue_re.search(c.plain[1]) or SNEER_RE.search(c.lower)):
        return False  # no hostile word, no generalisation, no sneer: a plain statement about people
    # "'doesn't speak English'" is a sneer, not a negation; nor is "shouldn't get a slot"
    unquoted = NOT_A_NEGATION_RE.sub(" ", QUOTED_RE.sub(" ", IDIOM_NEG_RE.sub(" ", c.lower)))
    if (NEGATION_ANY_RE.search(unquoted) or "?" in c.text) and not hostile and not NEGATED_HABIT_RE.search(c.lower):
        return False  # negated or questioned statements: left to the grammar, which reads them
    return not (groups and c.is_counter(groups[0][0], groups[0][1]))


@register("conduct-contempt")
def contempt_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    toks = c.tokens
    norms = [t.norm for t in toks]
    found = []
    i = 0
    while i < len(norms):
        for words in c.res.contempt_index.get(norms[i], ()):
            if tuple(norms[i:i + len(words)]) == words:
                found.append((" ".join(words), toks[i].start, toks[i + len(words) - 1].end))
                i += len(words) - 1
                break
        i += 1
    if not found:
        return []
    out = []
    care = bool(CARE_WORDS_RE.search(c.text)) or analysis.care.score >= 0.3
    needs_care = set(rule.detect.get("needs_care") or [])
    for term, s, e in found:
        if term in needs_care and not care:
            continue
        if c.is_counter(s, e) or re.search(r"\b(?:term|word|label|phrase|calling|call|called|so-called)\W*$",
                                           c.lower[max(0, s - 20):s]) and CONDEMN_RE.search(c.cue_text):
            continue
        if c.negated_before(s, 15):
            continue
        if re.search(r"\b(?:don't|do not|never|stop|please don't|we don't|i don't|avoid|not)\s+(?:call\w*|"
                     r"label\w*|use|say\w*)\b[^.!?]*$", c.lower[max(0, s - 50):s]):
            continue
        if re.search(r"\b(?:i am|i'm|im|i was|i've been|i have been|as a|call me|i'm a bit of a|i am a bit of a|"
                     r"i'm such a|i am such a|we are|we're)\s+(?:a\s+|an\s+|such\s+a\s+|bit\s+of\s+a\s+|"
                     r"total\s+|complete\s+|proper\s+|right\s+|former\s+|recovering\s+)*$", c.lower[max(0, s - 40):s]):
            continue
        if re.search(r"\b(?:frequent fl(?:y|i)er)s?\s+(?:miles|points|card|scheme|status|club|programme|program)\b",
                     c.lower[s:e + 20]):
            continue
        out.append(_cand(rule, "contempt", s, e, c.text, 0.85 if care else 0.65, care="1" if care else "0"))
    return out


# ------------------------------------------------------------------------------------------
# Kinds: civility


@register("conduct-insult")
def insult_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    toks, string, offs = c.plain
    out = []
    seen: list[tuple[int, int]] = []
    for i, rx in enumerate(c.res.insult_res):
        if not may_match(c.res.insult_reqs[i], string):
            continue
        for m in rx.finditer(string):
            s0 = m.start() + (1 if string[m.start():m.start() + 1] == " " else 0)
            s, e, _, _ = to_original(toks, offs, s0, m.end())
            if e <= s or any(a <= s and e <= b for a, b in seen):
                continue
            if c.is_counter(s, e) or c.negated_before(s, 12):
                continue
            if re.search(r"\b(?:lol|haha|jk|joking|😂|🤣|x{1,3})\b", c.lower[e:e + 12]) and i == 0 \
                    and re.search(r"\b(?:love you|mate|babe|bestie|hun|lol)\b", c.lower):
                continue  # banter between friends ("you muppet lol, love you")
            seen.append((s, e))
            out.append(_cand(rule, "insult", s, e, c.text, 0.65 if i in (0, 1, 2, 5) else 0.55, form=str(i)))
    return out


@register("conduct-abuse-model")
def abuse_model_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    if not PERSON_TARGET_RE.search(c.text):
        return []
    # the guards do not depend on the score: run them before the model (speed only)
    if CONDEMN_RE.search(c.cue_text) or c.hate_hits:
        return []
    if SELF_TALK_RE.search(c.lower) and not SECOND_PERSON_RE.search(c.lower):
        return []  # talking about oneself
    score = c.model_score(rule.detect.get("model", "abuse"))
    threshold = float(rule.detect.get("threshold", 0.85))
    if score is None or score < threshold:
        return []
    s, e = 0, len(c.text.rstrip())
    m = PERSON_TARGET_RE.search(c.text)
    if m:
        s, e = c.sentence_bounds(m.start())
        while s < e and c.text[s].isspace():
            s += 1
        e = s + len(c.text[s:e].rstrip())
    return [_cand(rule, "abuse_model", s, e, c.text, score, model="abuse", prob=f"{score:.2f}")]


@register("conduct-swearing")
def swearing_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    toks = c.tokens
    out = []
    for t in toks:
        if t.norm in c.res.profanity and t.norm not in ("hell", "damn", "bloody", "bugger", "sod", "arse", "ass"):
            out.append(_cand(rule, "swearing", t.start, t.end, c.text, 0.8))
    return out[:1]


# ------------------------------------------------------------------------------------------
# Kind: patterns written in the rule


class _LowerPattern:
    """A case-insensitive pattern compiled without IGNORECASE: run it on lower-case text."""

    lower = True

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.groupindex = rx.groupindex

    def search(self, text: str):
        low = text.lower()
        return self.rx.search(low) if len(low) == len(text) else re.compile(self.rx.pattern, re.I).search(text)

    def finditer(self, text: str):
        low = text.lower()
        if len(low) == len(text):
            return self.rx.finditer(low)
        return re.compile(self.rx.pattern, re.I).finditer(text)


def _compiled(rule, key: str) -> list[tuple[re.Pattern, float, str]]:
    d = rule.detect
    cache_key = f"_compiled_{key}"
    if cache_key not in d:
        items = []
        for p in d.get(key) or []:
            if isinstance(p, dict):
                regex, score, name = p["regex"], float(p.get("score", 0.8)), str(p.get("name", ""))
            else:
                regex, score, name = str(p), 0.8, ""
            try:
                # Python's re is several times slower with IGNORECASE: a pattern written in
                # lower case runs without it on the lower-cased text (see phrase_kind)
                if lowerable(regex):
                    items.append((_LowerPattern(re.compile(regex.lower())), score, name))
                else:
                    items.append((re.compile(regex, re.I), score, name))
            except re.error as exc:
                raise PackError(f"rule {rule.code}: bad regex in {key}: {exc}", file=rule.path) from None
        d[cache_key] = items
    return d[cache_key]


def _gate(rule):
    """One pattern that matches wherever any of the rule's patterns could: a single scan
    that lets most posts skip the rule's per-pattern checks (speed only, same results)."""
    d = rule.detect  # cached beside the rule's compiled patterns (see _compiled)
    if "_gate" in d:
        return d["_gate"]
    sources = []
    for p in rule.detect.get("patterns") or []:
        regex = p["regex"] if isinstance(p, dict) else str(p)
        if "(?P=" in regex or re.search(r"\\[1-9]", regex):
            d["_gate"] = None
            return None
        sources.append(re.sub(r"\(\?P<\w+>", "(?:", regex))
    gate = None
    if sources:
        joined = "|".join(f"(?:{x})" for x in sources)
        try:
            if lowerable(joined):
                gate = _LowerPattern(re.compile(joined.lower()))
            else:
                gate = re.compile(joined, re.I)
        except re.error:
            gate = None
    d["_gate"] = gate
    return gate


@register("conduct-phrase")
def phrase_kind(rule, analysis, context) -> list[Candidate]:
    d = rule.detect
    if d.get("account") and context.account != d["account"]:
        return []
    c = conduct_of(analysis, rule)
    text = c.straight
    gate = _gate(rule)
    if gate is not None:
        low = c.lower
        if isinstance(gate, _LowerPattern) and len(low) == len(text):
            reqs = d.get("_gate_reqs")
            if reqs is None:
                reqs = d["_gate_reqs"] = cached_requirements(gate.rx, max_sets=2, max_set=5000)
            if d.get("_gate_reqs_for") != id(c.res):  # registered once with the index that serves it
                c.res.add_phrase_literals(reqs)
                d["_gate_reqs_for"] = id(c.res)
            if reqs:  # literal prefilter (conduct_fast): most posts skip the rule without a scan
                present = c.phrase_literals_present()
                for group in reqs:
                    if present.isdisjoint(group):
                        return []
            if not gate.rx.search(low):
                return []
        elif not gate.search(text):
            return []
    for rx, _, _ in _compiled(rule, "require_post"):
        if not rx.search(text):
            return []
    if d.get("care_words") and not (CARE_WORDS_RE.search(text) or analysis.care.score >= 0.3):
        return []
    for rx, _, _ in _compiled(rule, "unless_post"):
        if rx.search(text):
            return []
    out = []
    for rx, score, name in _compiled(rule, "patterns"):
        for m in rx.finditer(text):
            s, e = (m.span("span") if "span" in rx.groupindex and m.group("span") is not None else m.span())
            if e <= s:
                continue
            ss, se = c.sentence_bounds(s)
            sentence = text[ss:se]
            if any(u.search(sentence) for u, _, _ in _compiled(rule, "unless")):
                continue
            if d.get("negation") and c.negated_before(m.start(), int(d.get("negation_window", 25))):
                continue
            if d.get("question") and sentence.strip().endswith("?") and QUESTION_START_RE.search(sentence):
                continue
            if d.get("counter") and c.is_counter(s, e):
                continue
            out.append(_cand(rule, "phrase", s, e, c.text, score, pattern=name or None))
    return _dedupe(out)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    cands.sort(key=lambda x: (x.signal.start, -(x.signal.end - x.signal.start)))
    kept: list[Candidate] = []
    for x in cands:
        if any(k.signal.start <= x.signal.start and x.signal.end <= k.signal.end for k in kept):
            continue
        if any(x.signal.start < k.signal.end and k.signal.start < x.signal.end for k in kept):
            continue
        kept.append(x)
    return kept


# ------------------------------------------------------------------------------------------
# Kinds: accuracy (2.11)


@register("conduct-claim")
def claim_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    out = []
    for hit in c.res.claim_base.find(c, topics=rule.detect.get("topics")):
        out.append(_cand(rule, "claim", hit["start"], hit["end"], c.text, hit["score"], claim=hit["id"],
                         source=hit["source"]))
    return _dedupe(out)


@register("conduct-domain")
def domain_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    out = []
    for hit in c.res.claim_base.find_domains(c.text):
        out.append(_cand(rule, "domain", hit["start"], hit["end"], c.text, hit["score"], domain=hit["domain"],
                         category=hit["category"]))
    return out


# ------------------------------------------------------------------------------------------
# Kind: top tips (info)

ROLE_RE = re.compile(
    r"\b(?:as an? (?:\w+ )?(?:physio(?:therapist)?|paramedic|radiographer|ot|occupational therapist|slt|"
    r"speech and language therapist|dietitian|podiatrist|psychologist|odp|orthoptist|biomedical scientist|"
    r"clinical scientist|prosthetist|orthotist|art therapist|music therapist|drama therapist|hearing aid dispenser|"
    r"hcpc registrant|health professional|healthcare professional|clinician|nhs (?:worker|employee|clinician))|"
    r"i(?: am|'m) an? (?:\w+ )?(?:physio(?:therapist)?|paramedic|radiographer|occupational therapist|"
    r"speech and language therapist|dietitian|podiatrist|psychologist|odp|orthoptist|biomedical scientist|"
    r"clinical scientist|prosthetist|orthotist|art therapist|music therapist|drama therapist)|"
    r"my (?:patients|clients|service users|caseload)|in my (?:clinic|practice|professional (?:opinion|view))|"
    r"#(?:physio|paramedic|radiograph\w*|otalk|slt\w*|dietitian\w*|podiatr\w*|ahp\w*|nhs\w*))", re.I)
REPOST_RE = re.compile(r"^\s*(?:rt\b|repost(?:ed|ing)?\b|reblog\w*|sharing (?:this|because)|shared from|via @|"
                       r"#repost|qt\b|copied from|copy and paste|this[.!]?\s*$)|\b(?:reposting|sharing) this\b", re.I)


@register("conduct-tip")
def tip_kind(rule, analysis, context) -> list[Candidate]:
    c = conduct_of(analysis, rule)
    tip = rule.detect.get("tip")
    if tip == "professional-role":
        if context.account != "personal":
            return []
        m = ROLE_RE.search(c.text)
        if not m:
            return []
        return [Candidate(rule, Signal("tip", m.start(), m.end(), m.group(), 0.6), "info", 0.6)]
    if tip == "repost":
        m = REPOST_RE.search(c.text)
        if not m:
            return []
        s, e = m.span()
        while s < e and c.text[s].isspace():
            s += 1
        return [Candidate(rule, Signal("tip", s, e, c.text[s:e], 0.6), "info", 0.6)]
    raise PackError(f"rule {rule.code}: unknown tip {tip!r}", file=rule.path)
