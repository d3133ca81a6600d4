"""Discrimination (HCPC 1.6) and incivility (2.10): who is targeted, how, and is it meant.

The grammar works on canonical tokens (:mod:`conduct_text`) in which every mention of a
group defined by a protected characteristic has been replaced by ``GRP`` (a group) or
``GRPS`` (one member), so a dozen patterns cover every group in the lexicon:

* derogation: "GRP are (all) vermin", "I hate GRP", "GRP make me sick", "why are GRP so …";
* negated praise: "GRP are not human", "GRP will never be real women";
* threats: "I will kill GRP", "GRP should be shot", "death to GRP";
* exclusion: "GRP should not be allowed …", "GRP belong in a zoo", "GRP have no place in …";
* refusal of service: "I would never treat GRP";
* slurs, and directed abuse of a member ("you stupid GRPS").

Each hit is then checked against the guards that separate hate from speech about hate:
negation ("I don't hate GRP"), quotation and reporting ("saying GRP are scum is vile"),
counter-speech cues (racist, not true, report…), reclaimed use by the group itself and the
ordinary senses of words that are also slurs. What survives is a finding; the trained model
adds weight (and catches implicit hate) only where a group is named and no guard fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from postcheck.detectors.conduct_text import CTok, canonical_term

PEOPLE_NOUNS = {"people", "persons", "men", "women", "folk", "folks", "guys", "lads", "girls", "boys", "kids",
                "children", "patients", "clients", "colleagues", "staff", "nurses", "doctors", "community",
                "communities", "families", "workers", "students", "kind", "ones", "types", "lot", "residents",
                "users", "individuals", "immigrants", "migrants", "parents", "mothers", "mums", "youths", "gangs"}
OCCUPATION_NOUNS = {"paramedics", "nurses", "doctors", "drivers", "surgeons", "physios", "managers", "colleagues",
                    "students", "workers", "staff", "patients", "clients", "teachers", "leaders", "bosses",
                    "consultants", "radiographers", "therapists", "scientists", "engineers", "pilots", "police",
                    "officers", "soldiers", "athletes", "players", "footballers", "politicians", "mps"}
PERSON_NOUNS = {"person", "man", "woman", "guy", "girl", "boy", "kid", "child", "patient", "client", "bloke", "lad",
                "colleague", "nurse", "doctor", "lady", "mother", "mum", "individual", "student", "worker", "resident"}
# ambiguous identity adjectives that name a group only with a people-noun after them
ADJ_ONLY = {"black", "white", "brown", "old", "older", "female", "male", "foreign", "ethnic", "blind", "deaf",
            "polish", "indian", "chinese", "bi", "queer", "elderly", "pregnant", "disabled", "african", "asian",
            "arab", "romanian", "mexican", "christian", "catholic", "hindu", "sikh", "jewish", "muslim",
            "islamic", "gay", "lesbian", "bisexual", "trans", "transgender", "autistic", "immigrant",
            "migrant", "refugee", "handicapped", "retarded", "mentally ill", "mentally disabled",
            "learning disabled", "non-binary", "nonbinary", "lgbt", "lgbtq"}

PRON = (r"(?:they|them|those people|these people|that lot|their kind|people like them|people like that|"
        r"all of them|every one of them|every single one of them|most of them|many of them|such people|those ones)")
NEG_CUE = re.compile(r"\b(?:not|never|no|nobody|no one|none|nothing|neither|nor|hardly|without)\b")

# counter-speech: words that condemn or reject what is quoted or referred to
CONDEMN_RE = re.compile(
    r"\b(?:wrong|not true|is not true|untrue|false|a lie|lies|lying|myth|myths|nonsense|rubbish claim|hate speech|hateful|"
    r"racis[mt]|racists|sexis[mt]|misogyn\w*|homophob\w*|transphob\w*|biphob\w*|islamophob\w*|antisemit\w*|"
    r"anti-semit\w*|ableis[mt]|ableist|xenophob\w*|bigot\w*|prejudice\w*|discriminat\w*|unacceptable|not acceptable|"
    r"not ok|not okay|never ok|never okay|is not on|out of order|shameful|shame on|appalling|abhorrent|inexcusable|"
    r"offensive|harmful|hurtful|dehumanis\w*|dehumaniz\w*|disgusting thing|vile thing|horrible thing|awful thing|"
    r"call(?:ed|ing)? (?:it |this |that |them |him |her )?out|challenge[ds]?|challenging|report(?:ed|ing)?|"
    r"block(?:ed|ing)?|condemn\w*|no place for|no excuse|how dare|sick of hearing|tired of hearing|"
    r"fed up of hearing|fed up with hearing|can not believe|cannot believe|shocked|horrified|disgusted that|"
    r"ignoran\w+|stand with|solidarity|stand up to|speak up|not welcome here|will not tolerate|zero tolerance|"
    r"should be ashamed|ashamed of|stop (?:saying|calling|posting|sharing|spreading|telling)|"
    r"do not (?:say|call|post|share)|never (?:say|call)|is hate|are hate|spread(?:ing)? hate|"
    r"not funny|not a joke|so wrong|just wrong|completely wrong|totally wrong|is bullshit|is bollocks|"
    r"a slur|slurs|abuse|abusive|harassment|unfounded|baseless|debunk\w*|stereotyp\w*|do not tolerate|"
    r"i hate it when|i hate when|i hate how|i hate that people|unbelievable|shocking|sickening|despicable|"
    r"how (?:can|could|dare) you|what is wrong with (?:you|people)|who says|seriously\?|disappointed|"
    r"not cool|never cool|should not be said|should never be said|need to stop|has to stop|must stop)\b")
QUOTE_EVAL_RE = re.compile(r"\b(?:disgusting|vile|horrible|awful|terrible|sick|gross|cruel|nasty|ugly|evil|wrong|"
                           r"hurtful|hateful|ignorant|stupid|dumb|pathetic|outrageous|unacceptable|offensive)\b")
REPORT_FRAME_RE = re.compile(
    r"(?:\b(?:say|says|said|saying|claim|claims|claimed|claiming|tweet|tweets|tweeted|tweeting|post|posts|"
    r"posted|posting|write|writes|wrote|writing|call|calls|called|calling|suggest|suggests|suggested|"
    r"suggesting|pretend|pretends|pretending|argue|argues|argued|arguing|insist|insists|insisted|shout|"
    r"shouts|shouted|shouting|chant|chants|chanted|chanting|scream|screamed|yell|yelled|heard|told|tell|"
    r"telling|tells|hear|hearing|spout|spouts|spouting|spouted|comment|commented|commenting|preach|"
    r"preaches|preaching|believes that|believe that|think that|thinks that|thought that|implying|imply|"
    r"implies|mean|means)\b|\b(?:statements?|comments?|words|phrases?|remarks?|posts?|tweets?|messages?|"
    r"slogans?|signs?|chants?|graffiti|views?|opinions?|the idea|the notion|the claim|the myth|the lie|"
    r"the belief|the view|the narrative|the trope|the stereotype|rhetoric|language|nonsense|rubbish|"
    r"someone|somebody|people who|anyone who|those who|whoever|a man who|a woman who|a guy who|"
    r"a patient who|a colleague who)\b|[\"“”‘’'])")
SELF_SUBJECT_RE = re.compile(r"\b(?:i|we)\s+(?:(?:really|honestly|genuinely|truly|do|still|just|personally|also|"
                             r"firmly|strongly|all)\s+)*(?:think|believe|reckon|feel|know|say|mean)\s+(?:that\s+)?$")
NOMINAL_DENIAL_RE = re.compile(
    r"\b(?:the (?:myth|lie|idea|notion|claim|belief|trope|stereotype|narrative|nonsense) that|it is not true that|"
    r"it is a myth that|it is a lie that|it is not the case that|not all|nobody should|no one should|"
    r"nobody deserves|no one deserves|just because|does not mean|do not mean|does not make|doesn't mean|"
    r"is not the same as|stop (?:saying|pretending|claiming)|"
    r"(?:can not|cannot|can't|should not|shouldn't|must not|mustn't|do not|don't|never|not allowed to|nobody can|"
    r"no one can|nobody should|no one should) (?:just |simply |go around |keep )?(?:say|claim|pretend|call|tell|post|"
    r"write|think)(?:ing)?\b|do not (?:say|tell me|pretend|act like)|"
    r"never (?:say|tell)|how can (?:anyone|you|people) (?:say|think|believe)|who (?:says|thinks)|"
    r"if you (?:think|say|believe)|anyone who (?:thinks|says|believes)|people who (?:think|say|believe)|"
    r"those who (?:think|say|believe)|you are wrong|you were wrong|is wrong|are wrong)\b")
ENDORSE_RE = re.compile(r"\b(?:so true|100%|agree|agreed|well said|spot on|exactly|facts|preach|this is right|"
                        r"about time|finally someone|he is right|she is right|they are right|nailed it|"
                        r"couldn't agree more|could not agree more)\b")
SELF_GROUP_RE = re.compile(r"\b(?:i am|i'm|im|we are|we're|as a|as an|us|our|my fellow|fellow|proud|myself|"
                           r"ourselves|me and my|my|we)\b[^.!?]{0,25}$")
HOMONYM_CONTEXT = {
    "food": r"\b(?:dinner|tea|lunch|gravy|onions?|peas|mash|butcher|ate|eat|eating|cook\w*|oven|recipe|pork|"
            r"meat|brown sauce|chips|supper|tin of|plate)\b",
    "smoking": r"\b(?:smok\w*|lighter|packet|pack of|ciggies?|cigarettes?|tobacco|puff|break|ash|roll(?:ed|ing)? up|"
               r"lit|light)\b",
    "dog": r"\b(?:dogs?|pupp(?:y|ies)|litter|breed\w*|whelp\w*|kennel\w*|sire|dam|vet)\b",
    "water": r"\b(?:river|water|flood\w*|sea|canal|walk|offa|embankment|dam|fen|fens|dutch|drain\w*)\b",
    "animal": r"\b(?:raccoon|racoon|hunting|animal|maine)\b",
    "gap": r"\b(?:armour|armor|light|wall|gap|crack|curtain)\b",
    "mining": r"\b(?:heap|coal|mining|mine|colliery|slag heap|furnace|steel|iron)\b",
    "drinking": r"\b(?:drink\w*|pints?|booze|pub|weekend|lads|drunk|stag|hangover|week-long|three-day|two-day)\b",
}
QUOTE_CHARS = "\"“”‘’'«»"


@dataclass
class Hit:
    kind: str                    # derogation | dehumanisation | threat | exclusion | refusal | slur | directed | ...
    start: int                   # original-text span
    end: int
    score: float
    char: str = ""
    evidence: list[str] = field(default_factory=list)
    target: str = "group"        # group | member | person


def alt(terms) -> str:
    items = sorted({canonical_term(t) for t in terms if t.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in items) + ")"


class HateGrammar:
    """Patterns compiled once per pack from its conduct lexicons."""

    def __init__(self, words: dict[str, set[str]]):
        neg = alt(words["neg"] | words["insult"])
        dehum = alt(words["dehum"])
        pos = alt(words["pos"])
        threat = alt(words["threat"])
        threat_pp = alt(words["threat_pp"])
        emote = alt(words["emote"])
        ins_adj = alt(words["insult_adj"] | {"typical", "fucking", "bloody", "dirty", "filthy"})
        G = r"(?:GRP|GRPS)"
        GP = r"(?:GRP|PRN)"
        det = (r"(?:(?:a|an|another|all|most|many|so many|these|those|the|some|all the|all of the|all these|all those|you|your|"
               r"every single one of the|every one of these|every|every single|any|fucking|bloody|damn|typical|"
               r"of|one|single|lot of|bunch of|load of|these fucking|those fucking)\s+)*")
        adv = (r"(?:(?:all|just|so|such|really|truly|simply|basically|literally|totally|completely|utterly|"
               r"absolutely|fucking|bloody|always|nothing but|nothing more than|no better than|like|the|a|an|"
               r"total|complete|utter|real|plain|naturally|inherently|genuinely|pretty|very|too|most|biggest|"
               r"worst|kind of|sort of|typical|dirty|filthy|disgusting|stupid|little|big|fat|lazy|vile|"
               r"just a bunch of|a bunch of|a load of|a pack of|full of|such a|such an|mostly|mainly|"
               r"only|clearly|obviously|definitely|certainly|honestly|frankly|quite|rather|also|still|"
               r"becoming|turning into|acting like|behaving like|no more than|little more than|worse than)\s+)*")
        be = r"(?:are|is|were|was|be|=|are all|will always be|have always been|remain|stay|seem|look like|sound like)"
        gap = (r"(?:(?!(?:not|never|no|nothing|called|labelled|labeled|seen|described|portrayed|viewed|considered|"
               r"branded|treated|told|accused|dismissed|stereotyped|painted|made|falsely|wrongly|unfairly|victims|"
               r"subjected|targeted|facing|face|fighting|against|by|from|experiencing|suffering|often|sometimes|"
               r"who|that|because|when|if|than|and|but|or|to|for|with|in|on|at|are|is|was|were|be|GRP|GRPS|PRN)\b)[a-z][a-z'-]*\s+){0,3}")
        not_topic = (r"(?!\s+(?:abuse|attacks?|comments?|treatment|prejudice|racism|sexism|discrimination|hate|"
                     r"hatred|stereotypes?|lies|myths?|rhetoric|remarks?|language|behaviour|conditions|housing|"
                     r"pay|wages|service|care|bias|violence|crimes?|trolls?|tropes?|slurs?|jokes?|laws?|"
                     r"policies|policy|media|coverage|headlines|people who|things))")
        self.patterns: list[tuple[str, re.Pattern, float]] = []

        def add(kind: str, pattern: str, score: float = 0.9) -> None:
            self.patterns.append((kind, re.compile(pattern), score))

        subj = r"(?:^|\s)(?:i|we|i also|we all|everyone|everybody|most people|all of us|i and my family)"
        mods = (r"(?:\s+(?:really|just|honestly|fucking|absolutely|genuinely|truly|totally|still|always|all|so|do|"
                r"also|personally|seriously|simply|literally|passionately|deeply|utterly|bloody|tend to|kind of|"
                r"sort of|have always|will always|always have))*")
        # derogation -----------------------------------------------------------------------
        add("derogation", subj + mods + rf"\s+{emote}\s+{det}{G}(?!\s+(?:people\s+)?(?:who|that|for|when))", 0.92)
        add("derogation", subj + mods + rf"\s+{emote}\s+{det}PRN\b", 0.88)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:make|makes|making)\s+me\s+(?:(?:so|really|fucking|feel|want to)\s+)*"
                          r"(?:sick|ill|puke|vomit|throw up|angry|furious|cringe|retch|gag|shudder|disgusted)", 0.9)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:disgust|disgusts|repulse|repulses|revolt|revolts|sicken|sickens)\s+me", 0.9)
        add("derogation", rf"(?:^|\s){det}{G}\s+(?:are|is)\s+(?:what|who|the people|the ones)\s+i\s+(?:hate|despise|loathe|detest)", 0.9)
        add("derogation", rf"(?:^|\s){det}{GP}\s+{be}\s+{adv}(?:{neg}|{dehum})\b", 0.9)
        add("derogation", rf"(?:^|\s){det}{GP}\s+{be}\s+{gap}(?:{neg}|{dehum})\b{not_topic}", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:(?:have|feel|hold|got|harbour|harbor|have got)\s+)(?:\w+\s+){{0,3}}?"
                          rf"(?:hate|hatred|disdain|contempt|disgust|loathing|revulsion|no respect|no time|no sympathy|"
                          rf"no love)\s+(?:for|towards|toward|of)\s+{det}{GP}", 0.9)
        add("derogation", rf"(?:^|\s)(?:there is |there's )?nothing (?:is )?(?:worse|more (?:disgusting|pathetic|vile|annoying))"
                          rf"\s+than\s+{det}{G}", 0.9)
        add("derogation", rf"(?:^|\s)(?:(?:bunch|load|pack|lot|gang|horde|swarm|plague) of|these|those|typical|all these|"
                          rf"all those|^)\s*(?:fucking|bloody|dirty|filthy|stupid|disgusting|fuckin|fking|damn|"
                          rf"smelly|lazy|thieving|useless|vile|scummy|rotten|worthless|inbred|feral)\s+{G}", 0.88)
        add("derogation", rf"(?:^|[.!?]\s|^\s*)(?:fucking|bloody|dirty|filthy|stupid|disgusting|typical|damn)\s+{G}\s*(?:[.!?]|$)", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|just|simply|personally|still)\s+)*"
                                rf"(?:do not|never|can not|will never|would never|could never)\s+(?:(?:really|ever|"
                                rf"truly|fully)\s+)*(?:like|respect|value|care about|accept|support|tolerate|want to "
                                rf"be around|want to work with|want to live near|want)\s+{det}{GP}(?!\s+to\b)", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:do not|never)\s+(?:think|believe|feel|consider)\s+(?:that\s+)?"
                                rf"{det}{GP}\s+(?:are|is|can be|could be|should be|will ever be|deserve to be)\s+"
                                rf"(?:(?:really|truly|fully|actually|as|even|ever|a|an)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GP}\s+(?:lives|rights|opinions|views|feelings|votes|voices|"
                                r"needs)\s+(?:do not|never|should not|will never)\s+(?:matter|count)", 0.88)
        add("negated-positive", rf"(?:^|\s)(?:no such thing as|never (?:met|seen|known)|have yet to meet|show me)\s+"
                                rf"(?:a|an|one)\s+(?:good|decent|nice|smart|honest|intelligent|normal|clever|"
                                rf"competent|trustworthy|kind)\s+{G}", 0.88)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:are|is)\s+(?:the\s+)?(?:worst|lowest|scum of the earth|"
                          r"a stain|a blight|a waste|beneath|ruining|destroying|a drain|a burden|a plague|a cancer)\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|genuinely|personally|truly|still|do)\s+)*"
                          rf"(?:think|believe|reckon|feel|know|find|consider|would say|say)\s+(?:that\s+)?{det}{GP}\s+"
                          rf"(?:are\s+|is\s+)?{adv}(?:{neg}|{dehum})\b", 0.9)
        add("derogation", rf"(?:^|\s)(?:why|how come|why the fuck|why on earth|why tf|why is it that)\s+(?:are|is|do|does|"
                          rf"must|should|have|r|can not|will not|can)\s+{det}{GP}\s+(?:(?:always|so|such|all|just|"
                          rf"this|that|never|fucking|bloody|even|still|so damn|being|like|total|complete)\s+)*"
                          rf"(?:{neg}|{dehum}|lie|lying|steal|stealing|smell|stink|whine|whinge|moan|complain|breed|"
                          r"scrounge|sponge|ruin|rape|molest|riot|invade|allowed|tolerated|alive|here|given|"
                          r"treated as|considered|so many of them|everywhere|such a problem)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:(?:all|always|just|only|constantly|keep|never stop|will always|"
                          r"can only|do nothing but|just want to|only want to|are always|are only here to|come here to|"
                          r"only come here to|are here to|love to|like to)\s+)+(?:lie|steal|cheat|scrounge|sponge|"
                          r"leech|breed|moan|whine|whinge|complain|rape|molest|riot|stink|smell|ruin|take our|"
                          r"take advantage|play the victim|cause trouble|cause problems|bring disease|spread disease|"
                          r"want handouts|want special)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:steal|take) (?:our|all the) jobs|(?:^|\s){det}{GP}\s+"
                          r"(?:sponge|leech|scrounge) off|(?:^|\s){det}{GP}\s+(?:breed like|spread (?:disease|diseases|aids|hiv))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:are|is|were)\s+(?:(?:all|always|really|secretly|the ones)\s+)*"
                          r"(?:behind|controlling|in control of|pulling the strings)\b|(?:^|\s){det}{GP}\s+(?:control|run|own)\s+"
                          r"(?:the|our|all the)\s+(?:banks|media|world|government|money|country)", 0.88)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:can not|could not|are unable to|will never be able to|just can not)\s+"
                          r"(?:handle|cope|think for themselves|be trusted|control themselves|lead|drive|do maths|"
                          r"do science|do the job|keep up)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:no|not a single|not one)\s+{G}\s+(?:should|can|could|will|would|must)\s+"
                         r"(?:ever\s+)?(?:be allowed to|be|become|work as|train as|lead|run|teach)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:fuck|fuk|fck|screw|sod|piss on|to hell with|damn)\s+{det}{G}", 0.9)
        add("derogation", rf"(?:^|\s){det}{GP}\s+(?:(?:can|should|must|need to|can all|should all|must all|"
                          r"can just|should just|will)\s+)?(?:go\s+)?(?:fuck off|fuck themselves|piss off|"
                          r"go to hell|rot in hell|sod off|get fucked|eat shit|do one|jog on)", 0.9)
        add("derogation", rf"(?:^|\s)(?:never trust|do not trust|avoid|beware of|watch out for|keep away from|"
                          rf"stay away from|keep your distance from)\s+{det}{G}", 0.85)
        # negated praise ----------------------------------------------------------------------
        add("negated-positive", rf"(?:^|\s){det}{GP}\s+(?:are|is|were|will|can|could|should|would|shall|do|does)\s+"
                                r"(?:(?:not|never|no longer|not even|n't|ever)\s+)+(?:(?:really|truly|actually|"
                                r"fully|even|ever|going to|be|count as|considered|qualify as|real|proper|true|"
                                r"normal|a|an|any|as|deserve to be|deserving of being)\s+)*(?:" + pos + r"\b(?:\s+(?:GRP|GRPS))?|GRP|GRPS)", 0.88)
        add("negated-positive", rf"(?:^|\s)(?:no|not a single|not one)\s+{G}\s+(?:is|are|can be|could ever be|will ever be|"
                                rf"should be|deserves to be|has ever been|was ever)\s+(?:(?:a|an|truly|really|ever|even|"
                                rf"fully)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GP}\s+(?:are|is)\s+(?:not|never)\s+(?:welcome|wanted|needed|"
                                r"part of|one of us|people|human|humans|real)\b", 0.88)
        # exclusion ------------------------------------------------------------------------------
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:belong|belongs|should be kept|should stay|need to stay|should go back|"
                         r"go back|should be sent back|should be put|should live|must stay)\s+(?:in|to|into|at|on)\s+"
                         r"(?:(?:the|a|their|your|own|a fucking)\s+)*(?:kitchen|zoo|cage|cages|camps|camp|prison|jail|"
                         r"bin|gutter|sewer|hell|asylum|mental hospital|institution|institutions|country|where they "
                         r"came from|jungle|trees|desert|caves|cave|closet|home|homes|streets|back of the queue|"
                         r"sink|bedroom|farm|ghetto|ghettos|boats|boat)\b", 0.9)
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:should not|should never|must not|should no longer|can not|"
                         r"will never)\s+be\s+(?:allowed|permitted|let|trusted|given|employed|hired|treated|tolerated)\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:do not|does not|should not|will never)\s+(?:deserve|have a right to|"
                         r"have the right to|belong)\b(?!\s+to\s+be\s+(?:treated|abused|spoken|attacked|"
                         r"discriminated|harassed|excluded|ignored|mocked|insulted|targeted|bullied|hated|hurt|"
                         r"left|denied|turned|refused|made|shamed|demonised|demonized|blamed))(?!\s+(?:this|that|abuse|hate))", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:have|has)\s+no\s+(?:place|business|right|rights)\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:are|is)\s+(?:(?:all|only|just|basically|good for)\s+)*"
                         r"(?:good for (?:nothing|one thing|breeding|cleaning|cooking|sex)|only good for|all the same|"
                         r"a waste of|not worth)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:can not|could never|should never)\s+be\s+trusted", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GP}\s+(?:are|is)\s+(?:(?:all|just|only|basically|slowly|deliberately)\s+)*"
                         r"(?:ruining|destroying|invading|infesting|taking over|polluting|overrunning|flooding|"
                         r"swamping|killing|raping|poisoning|bankrupting|draining|stealing|replacing)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:we|they|someone|the government|you|society|britain|the uk|this country|people|"
                         rf"somebody|governments)\s+(?:(?:should|must|need to|ought to|has to|have to|just|simply|"
                         rf"really|all)\s+)+(?:ban|deport|expel|sterilise|sterilize|remove|segregate|"
                         rf"lock up|round up|get rid of|cull|exterminate|kick out|throw out|send back|purge|"
                         rf"cleanse)\s+{det}{GP}", 0.9)
        # threats ---------------------------------------------------------------------------------
        wants = (r"(?:(?:will|would|shall|am going to|are going to|going to|want to|would love to|would like to|"
                 r"should|must|need to|can not wait to|ought to|plan to|intend to|am about to|will happily|"
                 r"would happily|will gladly|really|just|literally|personally|all|soon|one day|finally|hope to|"
                 r"wish i could|could|might|may|happily|gladly|love to|like to|am gonna|are gonna|gonna|"
                 r"am|are|to|be|already|someday|someone should|somebody should|get to|go and|go out and|fantasise "
                 r"about|dream of|dream about|fantasize about)\s+)+")
        add("threat", rf"(?:^|\s)(?:i|we|someone|somebody|people|everyone|they|all of us|us)\s+{wants}{threat}\s+{det}{GP}", 0.95)
        add("threat", rf"(?:^|\s|[.!?,:]\s*)(?:let us\s+|lets\s+|time to\s+|go\s+|we must\s+)?{threat}\s+(?:(?:all|every|the|those|these|some|of|a few|any|more|each|every last|every single)\s+)+{G}", 0.92)
        add("threat", rf"^\s*{threat}\s+{det}{G}", 0.9)
        add("threat", rf"(?:^|\s)death\s+to\s+{det}{G}", 0.95)
        tgap = (r"(?:(?!(?:who|that|which|for|defend|protect|help|save|support|with|because|when|if|not|never)\b)"
                r"[a-z'-]+\s+){0,4}?")
        add("threat", rf"(?:^|\s)(?:i|we|someone|somebody|people|everyone|they)\s+{wants}{threat}\s+{tgap}{det}{GP}", 0.9)
        add("threat", rf"(?:^|\s){det}{GP}\s+(?:should|must|need to|ought to|deserve to|will|are going to)\s+(?:all\s+)?"
                      rf"(?:be|get)\s+(?:(?!(?:not|never|protected|safe|welcome|allowed|treated|given|helped|supported)\b)"
                      rf"[a-z'-]+\s+){{0,2}}?{threat_pp}\b", 0.88)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|am going to|are going to|want to)\s+(?:make|see)\s+(?:sure\s+)?"
                      rf"{det}{GP}\s+(?:suffer|pay|die|bleed|burn|hang|disappear)", 0.92)
        add("threat", rf"(?:^|\s)the only good\s+{G}\s+(?:is|are)\s+(?:a\s+)?dead", 0.95)
        add("threat", rf"(?:^|\s){det}{GP}\s+(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|"
                      r"has to|shall|should all|must all|all deserve to|should just|should simply|should be|must be|"
                      r"need to be|will all|are going to|deserve)\s+(?:(?:all|just|simply|be|get|got|each|"
                      r"immediately|publicly|rightly|fucking|bloody|slowly|painfully|quietly|humanely|one by one)\s+)*"
                      rf"(?:{threat_pp}|die|suffer|burn|rot|perish|go extinct|be put down|not exist|disappear|vanish|"
                      r"be shot|hang|be hung|be gassed|get cancer|catch aids|drop dead|starve|drown)\b", 0.92)
        add("threat", rf"(?:^|\s){det}{GP}\s+(?:deserve|deserves)\s+(?:to die|death|a bullet|to be shot|to suffer|"
                      r"to burn|to rot|nothing|no rights|no respect|no help|no treatment|no care|what they get|"
                      r"to be punished|to be hurt|to be raped|to be beaten|a beating|a slap|to be hit|to be attacked|"
                      r"to be killed|to get hurt|it)\b", 0.9)
        add("threat", r"(?:^|\s)(?:kill|shoot|gas|hang|burn|exterminate|deport|ban|nuke|bomb)\s+(?:them|em)\s+all\b", 0.8)
        # refusal of service (the author would treat some people worse, or not at all) -----------
        add("refusal", rf"(?:^|\s)(?:i|we)\s+(?:(?:will|would|just|simply|personally|honestly|still|always|happily|"
                       r"do|did|have|am|are|going to|always|literally|flat out|flatly)\s+)*(?:refuse to|refuse|"
                       r"will not|would not|do not|did not|never|am not going to|are not going to|would rather not|"
                       r"would prefer not to|prefer not to|decline to|will never|would never|can not bring myself to|"
                       r"no longer|not)\s+(?:(?:ever|be|going to|even|want to|willingly|happily|again|personally)\s+)*"
                       r"(?:treat|treating|see|seeing|scan|scanning|x-ray|xray|touch|help|helping|assess|examine|care for|"
                       r"look after|work with|work alongside|share a ward with|share a shift with|resuscitate|"
                       r"rescue|attend to|visit|take on|accept|serve|employ|hire|train|supervise|be treated by|"
                       r"be seen by|be touched by|prioriti[sz]e|refer|operate on|give .{1,20} to|waste .{1,20} on)\s+"
                       rf"{det}{GP}", 0.9)
        add("refusal", rf"(?:^|\s){det}{GP}\s+(?:should|can|will|always|get|go|goes|get put|should go|get sent|are put)\s+"
                       r"(?:(?:go|be|to|put|sent|moved|always|just)\s+)*(?:to\s+)?(?:the\s+)?(?:back|bottom|end)\s+of\s+"
                       r"(?:the|my|our)\s+(?:queue|list|waiting list|priority list)", 0.9)
        add("refusal", rf"(?:^|\s){det}{GP}\s+(?:get|deserve|will get|should get)\s+(?:less|worse|lower priority|"
                       r"the least|the worst|no) (?:care|treatment|priority|attention|pain relief|analgesia|help)\b", 0.9)
        # directed at a member --------------------------------------------------------------------
        add("directed", rf"(?:^|\s)(?:you|your)\s+(?:(?:are|were|just|nothing but|such|a|an|one|another|such a|the|so|like|"
                        rf"all|every|other|of|those|these|the rest of the|absolute|total|complete|utter|dirty|filthy|"
                        rf"little|fat|stupid|fucking|bloody|typical)\s+)*(?:{ins_adj}|{neg}|{dehum})\s+(?:{ins_adj}\s+)*{G}", 0.9)
        add("directed", rf"(?:^|\s){G}\s+like\s+you\s+(?:are|should|make|disgust|deserve|need|can|belong)\b", 0.88)

    def hits(self, canon: str) -> list[tuple[str, int, int, float]]:
        out = []
        for kind, rx, score in self.patterns:
            for m in rx.finditer(canon):
                s, e = m.span()
                while s < e and canon[s] == " ":
                    s += 1
                out.append((kind, s, e, score))
        return out


def tag_groups(toks: list[CTok], identity: dict[str, dict[str, dict]], slurs: dict[str, dict]):
    """Replace group mentions by GRP/GRPS and slurs by GRP/GRPS; return new tokens, the
    identity mentions found and the slur mentions found (each with its original span)."""
    plural, singular, adjs = identity["plural"], identity["singular"], identity["adj"]
    out: list[CTok] = []
    groups: list[tuple[int, int, str, str]] = []   # start, end, char, form
    slur_hits: list[tuple[int, int, str, dict, int]] = []
    i, n = 0, len(toks)
    norms = [t.norm for t in toks]
    max_len = 5
    while i < n:
        matched = False
        for k in range(min(max_len, n - i), 0, -1):
            phrase = " ".join(norms[i:i + k])
            nxt = norms[i + k] if i + k < n else ""
            if phrase in slurs:
                s, e = toks[i].start, toks[i + k - 1].end
                info = slurs[phrase]
                slur_hits.append((s, e, phrase, info, len(out)))
                form = "GRP" if phrase.endswith("s") and not phrase.endswith("ss") else "GRPS"
                out.append(CTok(form, s, e))
                groups.append((s, e, info.get("char", ""), "slur"))
                i += k
                matched = True
                break
            if phrase in adjs and (nxt in PEOPLE_NOUNS or nxt in PERSON_NOUNS):
                s, e = toks[i].start, toks[i + k].end
                form = "GRPS" if nxt in PERSON_NOUNS else "GRP"
                out.append(CTok(form, s, e))
                groups.append((s, e, adjs[phrase].get("char", ""), form))
                i += k + 1
                matched = True
                break
            if phrase in adjs and i > 0 and norms[i - 1] == "the" and nxt in ("", ".", ",", "!", "?", "are", "is",
                                                                                "should", "were", "will", "have",
                                                                                "need", "must", "get", "do", "can",
                                                                                "and", "who") \
                    and phrase in ("disabled", "blind", "deaf", "elderly", "old", "blacks", "gays", "jews",
                                   "mentally ill", "handicapped", "retarded", "poor"):
                s, e = toks[i].start, toks[i].end
                out.append(CTok("GRP", s, e))
                groups.append((s, e, adjs[phrase].get("char", ""), "GRP"))
                i += k
                matched = True
                break
            if phrase in plural and phrase not in ADJ_ONLY:
                extra = 1 if nxt in OCCUPATION_NOUNS else 0
                s, e = toks[i].start, toks[i + k - 1 + extra].end
                out.append(CTok("GRP", s, e))
                groups.append((s, e, plural[phrase].get("char", ""), "GRP"))
                i += k + extra
                matched = True
                break
            if phrase in singular and phrase not in ADJ_ONLY:
                s, e = toks[i].start, toks[i + k - 1].end
                out.append(CTok("GRPS", s, e))
                groups.append((s, e, singular[phrase].get("char", ""), "GRPS"))
                i += k
                matched = True
                break
            if phrase in singular and phrase in ADJ_ONLY and (i == 0 or norms[i - 1] in ("a", "an", "another", "every",
                                                                                       "each", "one", "no", "any",
                                                                                       "that", "this", "typical",
                                                                                       "stupid", "fucking", "dirty",
                                                                                       "filthy", "bloody")) \
                    and nxt not in PEOPLE_NOUNS and nxt not in PERSON_NOUNS:
                s, e = toks[i].start, toks[i + k - 1].end
                out.append(CTok("GRPS", s, e))
                groups.append((s, e, singular[phrase].get("char", ""), "GRPS"))
                i += k
                matched = True
                break
        if not matched:
            out.append(toks[i])
            i += 1
    return out, groups, slur_hits


def join(toks: list[CTok]) -> tuple[str, list[tuple[int, int]]]:
    """Canonical string and, for each token, its (start, end) in that string."""
    parts, offsets, pos = [], [], 0
    for t in toks:
        parts.append(t.norm)
        offsets.append((pos, pos + len(t.norm)))
        pos += len(t.norm) + 1
    return " ".join(parts), offsets


def to_original(toks: list[CTok], offsets: list[tuple[int, int]], s: int, e: int) -> tuple[int, int, int, int]:
    """Canonical char span -> (original start, original end, first token, last token)."""
    first = last = None
    for i, (a, b) in enumerate(offsets):
        if b > s and a < e:
            if first is None:
                first = i
            last = i
    if first is None:
        return 0, 0, 0, 0
    return toks[first].start, toks[last].end, first, last
