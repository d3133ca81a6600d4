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

from postcheck.detectors.conduct_fast import LazyPattern, LiteralIndex, cached_requirements, requirements  # noqa: F401
from postcheck.detectors.conduct_text import CTok, canonical_term

PEOPLE_NOUNS = {"people", "persons", "men", "women", "folk", "folks", "guys", "lads", "girls", "boys", "kids",
                "children", "patients", "clients", "colleagues", "staff", "nurses", "doctors", "community",
                "communities", "families", "workers", "students", "kind", "ones", "types", "lot", "residents",
                "users", "individuals", "immigrants", "migrants", "parents", "mothers", "mums", "youths", "gangs",
                "babies", "infants", "toddlers", "teenagers", "teens", "adults", "couples", "lives", "neighbours",
                "neighbors", "friends", "employees", "pupils", "voters", "citizens", "customers", "ppl", "peeps"}
OCCUPATION_NOUNS = {"paramedics", "nurses", "doctors", "drivers", "surgeons", "physios", "managers", "colleagues",
                    "students", "workers", "staff", "patients", "clients", "teachers", "leaders", "bosses",
                    "consultants", "radiographers", "therapists", "scientists", "engineers", "pilots", "police",
                    "officers", "soldiers", "athletes", "players", "footballers", "politicians", "mps"}
NOUN_USE_NEXT = {"", ".", ",", "!", "?", "are", "is", "were", "was", "should", "will", "would", "can", "could", "must",
                 "need", "have", "do", "deserve", "belong", "make", "get", "never", "always", "all", "just"}
PERSON_NOUNS = {"person", "man", "woman", "guy", "girl", "boy", "kid", "child", "patient", "client", "bloke", "lad",
                "colleague", "nurse", "doctor", "lady", "mother", "mum", "individual", "student", "worker", "resident",
                "surgeon", "teacher", "boss", "manager", "pilot", "driver", "neighbour", "neighbor", "lawyer", "judge",
                "officer", "leader", "carer", "midwife", "dentist", "consultant", "president", "mp", "footballer"}
# ambiguous identity adjectives that name a group only with a people-noun after them
ADJ_ONLY = {"black", "white", "brown", "old", "older", "female", "male", "foreign", "ethnic", "blind", "deaf",
            "polish", "indian", "chinese", "bi", "queer", "elderly", "pregnant", "disabled", "african", "asian",
            "arab", "romanian", "mexican", "christian", "catholic", "hindu", "sikh", "jewish", "muslim",
            "islamic", "gay", "lesbian", "bisexual", "trans", "transgender", "autistic", "immigrant",
            "migrant", "refugee", "handicapped", "retarded", "mentally ill", "mentally disabled",
            "learning disabled", "non-binary", "nonbinary", "lgbt", "lgbtq"}

# nouns of contempt that, after an identity adjective, make the pair a slur-like label
DEROG_NOUNS = {"scum", "vermin", "filth", "trash", "garbage", "rats", "cockroaches", "parasites", "pigs", "swine",
               "apes", "monkeys", "animals", "savages", "freaks", "bastards", "cunts", "twats", "pricks", "fuckers",
               "wankers", "scumbags", "degenerates", "perverts", "subhumans", "maggots", "leeches", "lowlifes",
               "bitches", "whores", "sluts", "retards", "idiots", "morons", "weirdos", "nutters", "creeps",
               "paedos", "pedos", "groomers", "nonces", "thugs", "monsters", "mutants", "abominations", "shits",
               "dickheads", "shitheads", "losers", "filthbags", "pests", "roaches", "hordes", "invaders"}
PRON = (r"(?:they|them|those people|these people|that lot|their kind|people like them|people like that|"
        r"all of them|every one of them|every single one of them|most of them|many of them|such people|those ones|"
        r"any of them|each of them|each and every one of them|every last one of them|the lot of them|the whole lot of them)")
NEG_CUE = re.compile(r"\b(?:not|never|no|nobody|no one|none|nothing|neither|nor|hardly|without)\b")

# counter-speech: words that condemn or reject what is quoted or referred to
CONDEMN_RE = re.compile(
    r"\b(?:wrong|not true|is not true|untrue|false|a lie|lies|lying|myth|myths|nonsense|rubbish claim|hate speech|hateful|"
    r"racis[mt]|racists|sexis[mt]|misogyn\w*|homophob\w*|transphob\w*|biphob\w*|islamophob\w*|antisemit\w*|"
    r"anti-semit\w*|ableis[mt]|ableist|xenophob\w*|bigot\w*|prejudice\w*|discriminat\w*|unacceptable|not acceptable|"
    r"not ok|not okay|never ok|never okay|is not on|out of order|shameful|shame on|appalling|abhorrent|inexcusable|"
    r"offensive|is an insult|harmful|hurtful|dehumanis\w*|dehumaniz\w*|disgusting thing|vile thing|horrible thing|awful thing|"
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
    r"not cool|never cool|should not be said|should never be said|need to stop|has to stop|must stop|"
    r"can't believe|couldn't believe|could not believe|can't accept|absolutely not|hell no|no way|just no|"
    r"not on my watch|walked out|walked away|left the room|spoke up|stood up to|told (?:him|her|them) off|"
    r"pulled (?:him|her|them) up|complained|outdated|old-fashioned|archaic|backwards thinking|"
    r"sick of (?:people|hearing|seeing|reading)|tired of (?:people|hearing|seeing|reading)|fed up (?:of|with) "
    r"(?:people|hearing|seeing|reading)|(?:is|are|was) (?:so |just |completely |totally )?(?:wrong|false|untrue|"
    r"not true|nonsense|rubbish|bollocks)|no,? (?:they|it|we|she|he) (?:are|is|do|does|did) not|"
    r"look at the (?:facts|evidence|data)|the data (?:shows?|says?)|educate yourself|"
    r"do better|be better|be kind|please don't|please do not|think before)\b")
# evaluative words that condemn what a post quotes or reports (only read beside a quote or a report frame)
FRAME_EVAL_RE = re.compile(r"\b(?:ridiculous|absurd|ludicrous|laughable|disgrace\w*|grim|yikes|smh|wtf|unreal|ugh|"
                           r"vile|gross|disgusting|horrible|horrid|horrendous|horrifying|dreadful|awful|terrible|"
                           r"cruel|nasty|toxic|dangerous|sad|sadly|heartbreaking|upsetting|upset|angry|furious|"
                           r"fuming|appalled|sickened|wow|seriously|really\?|no words|speechless|embarrassing|"
                           r"pathetic|ignorant|dinosaur|clueless|idiot|idiots|moron|morons|uneducated)\b")
QUOTE_EVAL_RE = re.compile(r"\b(?:disgusting|vile|horrible|awful|terrible|sick|gross|cruel|nasty|ugly|evil|wrong|"
                           r"hurtful|hateful|ignorant|stupid|dumb|pathetic|outrageous|unacceptable|offensive)\b")
REPORT_FRAME_RE = re.compile(
    r"(?:\b(?:say|says|said|saying|claim|claims|claimed|claiming|tweet|tweets|tweeted|tweeting|post|posts|"
    r"posted|posting|write|writes|wrote|writing|call|calls|called|calling|suggest|suggests|suggested|"
    r"suggesting|pretend|pretends|pretending|argue|argues|argued|arguing|insist|insists|insisted|shout|"
    r"shouts|shouted|shouting|chant|chants|chanted|chanting|scream|screamed|yell|yelled|heard|told|tell|"
    r"telling|tells|hear|hearing|spout|spouts|spouting|spouted|comment|commented|commenting|preach|"
    r"preaches|preaching|believes that|believe that|think that|thinks that|thought that|implying|imply|"
    r"implies|mean|means)\b|\b(?:people|some people|some|others|folk|folks|many|so many people|they|anyone|"
    r"everyone)\s+(?:still\s+|really\s+|actually\s+)?(?:think|thinks|believe|believes|assume|assumes|say|claim)\b|\b(?:statements?|comments?|words|phrases?|remarks?|posts?|tweets?|messages?|"
    r"slogans?|signs?|chants?|graffiti|views?|opinions?|theory|theories|ideology|ideologies|propaganda|mindset|"
    r"worldview|the idea|the notion|the claim|the myth|the lie|"
    r"the belief|the view|the narrative|the trope|the stereotype|rhetoric|language|nonsense|rubbish|"
    r"someone|somebody|people who|anyone who|those who|whoever|a man who|a woman who|a guy who|"
    r"a patient who|a colleague who)\b|[\"“”«»]|(?<![\w])['‘’]|['‘’](?![\w]))")
SELF_SUBJECT_RE = re.compile(r"\b(?:i|we)\s+(?:(?:really|honestly|genuinely|truly|do|still|just|personally|also|"
                             r"firmly|strongly|all)\s+)*(?:think|believe|reckon|feel|know|say|mean)\s+(?:that\s+)?$")
NOMINAL_DENIAL_RE = re.compile(
    r"\b(?:the (?:myth|lie|idea|notion|claim|belief|trope|stereotype|narrative|nonsense) that|it is not true that|"
    r"it is a myth that|it is a lie that|it is not the case that|not all|nobody should|no one should|"
    r"nobody deserves|no one deserves|just because|does not mean|do not mean|does not make|doesn't mean|"
    r"is not the same as|stop (?:saying|pretending|claiming)|"
    r"(?:can not|cannot|can't|should not|shouldn't|must not|mustn't|do not|don't|never|not allowed to|nobody can|"
    r"no one can|nobody should|no one should) (?:just |simply |go around |keep |ever )?(?:say|claim|pretend|call|tell|post|"
    r"write|think)(?:ing)?\b|do not (?:say|tell me|pretend|act like)|"
    r"never (?:say|tell)|how can (?:anyone|you|people) (?:say|think|believe)|who says|"
    r"why (?:do|does|would|did|do so many|are so many|is it that) (?:people|some people|so many people|anyone|everyone|"
    r"they|you|folk|folks|others|some|so many) (?:still |really |actually |always |even )?(?:think|believe|say|"
    r"assume|claim|reckon|pretend|insist|imagine|act like)|"
    r"if you (?:think|say|believe)|anyone who (?:thinks|says|believes)|people who (?:think|say|believe)|"
    r"those who (?:think|say|believe)|you are wrong|you were wrong|is wrong|are wrong|refuse to believe|"
    r"there is no way|no way|(?:you|they|nobody|no one) will never convince me|(?:you|they|nobody|no one) can not convince me|"
    r"(?:i|we) (?:do not|did not|never|can not|will never) (?:believe|accept|agree|buy)|i doubt|we doubt|"
    r"(?:i|we) (?:never|did not|have never) (?:said|say|claimed|thought|called|meant)|it(?: is|'s|s| was) (?:(?:so|very|just|"
    r"completely|totally|plain|simply|deeply)\s+)?(?:false|untrue|nonsense|rubbish|a lie|wrong|offensive|ignorant|"
    r"hateful|bigoted|racist|sexist|cruel|vile|disgusting|unacceptable) (?:that|to say|to claim|to suggest|to think|"
    r"to believe|to call|to assume|to pretend|to imply)|"
    r"(?:anyone|anybody|someone|somebody|people|those|others|you) (?:calling|saying|claiming|suggesting|telling "
    r"(?:me|us|people)|implying|pretending)\b|"
    r"(?:anyone|anybody|people|those|someone|somebody|whoever|others|men|guys|a man|a guy)\s+(?:who|that)\s+"
    r"(?:wants?|wanted|tries|tried|threatens?|threatened|plans?|planned|dreams? of|talks? about|calls? for|"
    r"called for|urges?|urged)\b|"
    r"(?:people|anyone|those|someone|somebody|whoever|folk|folks|others|everyone|trolls|bigots|racists)\s+"
    r"(?:who|that)\s+(?:still\s+|really\s+|genuinely\s+|actually\s+|keep\s+|honestly\s+)*(?:say|says|said|saying|"
    r"claim|claims|claimed|claiming|think|thinks|thought|believe|believes|insist|insists|argue|argues|reckon|reckons|"
    r"pretend|pretends|suggest|suggests|assume|assumes|imply|implies|tweet|tweets|post|posts|write|writes|"
    r"spout|spouts|shout|shouts|call|calls|calling|tell|tells|telling)\b)\b")
ENDORSE_RE = re.compile(r"\b(?:so true|100%|agree|agreed|well said|spot on|exactly|facts|preach|this is right|"
                        r"about time|finally someone|he is right|she is right|they are right|nailed it|"
                        r"couldn't agree more|could not agree more)\b")
SELF_GROUP_RE = re.compile(r"\b(?:i am|i'm|im|we are|we're|as a|as an|us|our|my fellow|fellow|proud|myself|"
                           r"ourselves|me and my|my|we)\b[^.!?]{0,25}$")
HOMONYM_CONTEXT = {
    "food": r"\b(?:bundles? of (?:sticks|twigs|wood|firewood)|firewood|kindling|dinner|tea|lunch|gravy|onions?|peas|mash|butcher|ate|eat|eating|cook\w*|oven|recipe|pork|"
            r"meat|brown sauce|chips|supper|tin of|plate)\b",
    "smoking": r"\b(?:smok\w*|lighter|packet|pack of|ciggies?|cigarettes?|tobacco|puff|break|ash|roll(?:ed|ing)? up|"
               r"lit|light|(?:going|go|went|nip|nipping|nipped|pop|popping|popped|out) (?:out )?for a fag|"
               r"(?:have|had|having|need|needed|fancy|want|wanted|dying for|gasping for) a (?:quick )?fag|"
               r"quick fag|a fag (?:outside|after|before|and a)|fags? and (?:a )?(?:coffee|brew|pint))\b",
    "dog": r"\b(?:dogs?|pupp(?:y|ies)|litter|breed\w*|whelp\w*|kennel\w*|sire|dam|vet)\b",
    "water": r"\b(?:rivers?|water\w*|flood\w*|sea|seas|canals?|walk\w*|offa\w*|devil's|embankments?|dams?|fens?|"
             r"dutch|holland|netherlands|drain\w*|burst|breach\w*|banks?|fields?|marsh\w*|ditch\w*|tides?|"
             r"coast\w*|levees?|dykes? (?:along|across|around|between|near|by)|along the dyke|on the dyke)\b",
    "animal": r"\b(?:raccoons?|racoons?|hunting|animals?|maine|bins?|wildlife)\b",
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
    items = sorted({canonical_term(t) for t in terms if t.strip()}, key=lambda t: (-len(t), t))   # deterministic: the same pattern text in every process
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
        insult_n = alt(words["insult"])
        G = r"(?:GRP|GRPS)"
        GP = r"(?:GRP|PRN)"
        GA = (r"(?:GRP|GRPS|PRN)(?:\s+(?:in|from|of|around|on|at|living in|over)\s+(?:this|our|the|my|your|their|these|"
              r"those|here)(?:\s+[a-z]+){0,2}?(?=\s+(?:are|is|were|was|should|must|will|can|need|deserve|have|do|"
              r"make|belong|all)\b))?")
        det = (r"(?:(?:a|an|another|all|most|many|so many|these|those|the|some|all the|all of the|all these|all those|you|your|"
               r"every single one of the|every one of these|every|every single|any|fucking|bloody|damn|typical|"
               r"of|one|single|lot of|bunch of|load of|these fucking|those fucking|next|first|every last|each|"
               r"every other|these damn|those damn|such|our|my|their)\s+)*")
        adv = (r"(?:(?:all|just|so|such|really|truly|simply|basically|literally|totally|completely|utterly|"
               r"absolutely|fucking|bloody|always|nothing but|nothing more than|no better than|like|the|a|an|"
               r"total|complete|utter|real|plain|naturally|inherently|genuinely|pretty|very|too|most|biggest|"
               r"worst|kind of|sort of|typical|dirty|filthy|disgusting|stupid|little|big|fat|lazy|vile|"
               r"just a bunch of|a bunch of|a load of|a pack of|full of|such a|such an|mostly|mainly|"
               r"only|clearly|obviously|definitely|certainly|honestly|frankly|quite|rather|also|still|"
               r"becoming|turning into|acting like|behaving like|no more than|little more than|worse than|typically|"
               r"usually|generally|by nature|essentially|intrinsically|fundamentally|innately|biologically|"
               r"genetically|notoriously|incredibly|extremely|exceptionally|unbelievably|disgustingly|"
               r"ridiculously|insanely|seriously|deeply|profoundly|hopelessly|irredeemably|ever so|"
               r"some of the|among the|one of the|the most|the dumbest|the stupidest|the ugliest|the laziest|"
               r"the dirtiest|the filthiest|the nastiest|the smelliest|the thickest|the weakest|the worst kind of|"
               r"proper|right|nowt but|nothing except|merely|mere|nothing short of|beyond)\s+)*")
        be = (r"(?:(?:really|truly|honestly|clearly|just|definitely|certainly|obviously|simply|all|generally|basically|"
              r"actually|literally|seriously|genuinely|surely|undeniably|indeed|always|still|also)\s+)*"
              r"(?:are|is|were|was|be|=|are all|will always be|have always been|remain|stay|seem|look like|sound like|"
              r"(?:is|are) (?:always |all |just )?going to be|will (?:all |just )?be)")
        gap = (r"(?:(?!(?:not|never|no|nothing|neither|nor|called|labelled|labeled|seen|described|portrayed|viewed|considered|"
               r"branded|treated|told|accused|dismissed|stereotyped|painted|made|falsely|wrongly|unfairly|victims|"
               r"subjected|targeted|facing|face|fighting|against|by|from|experiencing|suffering|often|sometimes|"
               r"least|less|hardly|barely|rarely|seldom|scarcely|far from|anything but|"
               r"who|that|because|when|if|than|and|but|or|to|for|with|in|on|at|are|is|was|were|be|being|GRP|GRPS|PRN)\b)"
               r"[a-z][a-z'-]*\s+){0,3}")
        not_topic = (r"(?!\s+(?:abuse|attacks?|comments?|treatment|prejudice|racism|sexism|discrimination|hate|"
                     r"hatred|stereotypes?|lies|myths?|rhetoric|remarks?|language|behaviour|conditions|housing|"
                     r"pay|wages|service|care|bias|violence|crimes?|trolls?|tropes?|slurs?|jokes?|laws?|"
                     r"policies|policy|media|coverage|headlines|people who|things))")
        self.patterns: list[tuple[str, re.Pattern, float]] = []

        def add(kind: str, pattern: str, score: float = 0.9) -> None:
            self.patterns.append((kind, LazyPattern(pattern), score))   # compiled on first use

        subj = r"(?:^|\s)(?:i|we|i also|we all|everyone|everybody|most people|all of us|i and my family)"
        mods = (r"(?:\s+(?:really|just|honestly|fucking|absolutely|genuinely|truly|totally|still|always|all|so|do|"
                r"also|personally|seriously|simply|literally|passionately|deeply|utterly|bloody|tend to|kind of|"
                r"sort of|have always|will always|always have|am|am so|was|have been|am getting|am becoming|now|"
                r"am just|am really|am totally|am completely|am absolutely|am honestly|have|have really|"
                r"have just|have totally))*")
        # derogation -----------------------------------------------------------------------
        add("derogation", subj + mods + rf"\s+{emote}\s+{det}{G}(?!\s+(?:people\s+)?(?:who|that|being|getting|"
                          r"having|to be(?! honest\b)|to get|to have|to suffer|to go through|to face|to lose|to die|"
                          r"facing|suffering|treated|mistreated|abused|attacked|"
                          r"excluded|left|struggling|waiting|dying|losing|denied|refused|called|labelled|"
                          r"portrayed|targeted|bullied|harassed|hurt|stereotyped|blamed|discriminated|[a-z]+ing\b))", 0.92)
        add("derogation", subj + mods + rf"\s+{emote}\s+{det}PRN\b", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:make|makes|making)\s+me\s+(?:(?:so|really|fucking|feel|want to)\s+)*"
                          r"(?:sick|ill|puke|vomit|throw up|angry|furious|cringe|retch|gag|shudder|disgusted)", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:disgust|disgusts|repulse|repulses|revolt|revolts|sicken|sickens)\s+me", 0.9)
        add("derogation", rf"(?:^|\s){det}{G}\s+(?:are|is)\s+(?:what|who|the people|the ones)\s+i\s+(?:hate|despise|loathe|detest)", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+{be}\s+{adv}(?:{neg}|{dehum})\b", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+{be}\s+{gap}(?:{neg}|{dehum})\b{not_topic}", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:(?:have|feel|hold|got|harbour|harbor|have got)\s+)(?:\w+\s+){{0,3}}?"
                          rf"(?:hate|hatred|disdain|contempt|disgust|loathing|revulsion|no respect|no time|no sympathy|"
                          rf"no love)\s+(?:for|towards|toward|of)\s+{det}{GA}", 0.9)
        add("derogation", rf"(?:^|\s)(?:there is |there's )?nothing (?:is )?(?:worse|more (?:disgusting|pathetic|vile|annoying))"
                          rf"\s+than\s+{det}{G}", 0.9)
        add("derogation", rf"(?:^|\s)(?:(?:bunch|load|pack|lot|gang|horde|swarm|plague) of|these|those|typical|all these|"
                          rf"all those|^)\s*(?:fucking|bloody|dirty|filthy|stupid|disgusting|fuckin|fking|damn|"
                          rf"smelly|lazy|thieving|useless|vile|scummy|rotten|worthless|inbred|feral)\s+{G}", 0.88)
        add("derogation", rf"(?:^|[.!?]\s|^\s*)(?:fucking|bloody|dirty|filthy|stupid|disgusting|typical|damn)\s+{G}\s*(?:[.!?]|$)", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|just|simply|personally|still)\s+)*"
                                rf"(?:do not|never|can not|will never|would never|could never)\s+(?:(?:really|ever|"
                                rf"truly|fully)\s+)*(?:like|respect|value|care about|accept|support|tolerate|want to "
                                rf"be around|want to work with|want to live near|want)\s+{det}{GA}(?!\s+to\b)", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:do not|never)\s+(?:think|believe|feel|consider)\s+(?:that\s+)?"
                                rf"{det}{GA}\s+(?:are|is|can be|could be|should be|will ever be|deserve to be)\s+"
                                rf"(?:(?:really|truly|fully|actually|as|even|ever|a|an)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:lives|rights|opinions|views|feelings|votes|voices|"
                                r"needs)\s+(?:do not|never|should not|will never)\s+(?:matter|count)", 0.88)
        add("negated-positive", rf"(?:^|\s)(?:no such thing as|never (?:met|seen|known)|have yet to meet|show me)\s+"
                                rf"(?:a|an|one)\s+(?:good|decent|nice|smart|honest|intelligent|normal|clever|"
                                rf"competent|trustworthy|kind)\s+{G}", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:the\s+)?(?:worst|lowest|scum of the earth|"
                          r"a stain|a blight|a waste|beneath|ruining|destroying|a drain|a burden|a plague|a cancer)\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|genuinely|personally|truly|still|do)\s+)*"
                          rf"(?:think|believe|reckon|feel|know|find|consider|would say|say)\s+(?:that\s+)?{det}{GA}\s+"
                          rf"(?:are\s+|is\s+)?{adv}(?:{neg}|{dehum})\b", 0.9)
        add("derogation", rf"(?:^|\s)(?:why|how come|why the fuck|why on earth|why tf|why is it that)\s+(?:are|is|do|does|"
                          rf"must|should|have|r|can not|will not|can)\s+{det}{GA}\s+(?:(?:always|so|such|all|just|"
                          rf"this|that|never|fucking|bloody|even|still|so damn|being|like|total|complete|have to be|has to be|"
                          rf"need to be|got to be|insist on being|be)\s+)*"
                          rf"(?:{neg}|{dehum}|lie|lying|steal|stealing|smell|stink|whine|whinge|moan|complain|breed|"
                          r"scrounge|sponge|ruin|rape|molest|riot|invade|allowed|tolerated|alive|here|given|"
                          r"treated as|considered|so many of them|everywhere|such a problem)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|always|just|only|constantly|keep|never stop|will always|"
                          r"can only|do nothing but|just want to|only want to|are always|are only here to|come here to|"
                          r"only come here to|are here to|love to|like to)\s+)+(?:lie|steal|cheat|scrounge|sponge|"
                          r"leech|breed|moan|whine|whinge|complain|rape|molest|riot|stink|smell|ruin|take our|"
                          r"take advantage|play the victim|cause trouble|cause problems|bring disease|spread disease|"
                          r"want handouts|want special)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:steal|take) (?:our|all the) jobs|(?:^|\s){det}{GA}\s+"
                          rf"(?:sponge|leech|scrounge) off|(?:^|\s){det}{GA}\s+(?:breed like|spread (?:disease|diseases|aids|hiv))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is|were)\s+(?:(?:all|always|really|secretly|the ones)\s+)*"
                          rf"(?:behind|controlling|in control of|pulling the strings)\b|(?:^|\s){det}{GA}\s+(?:control|run|own)\s+"
                          r"(?:the|our|all the)\s+(?:banks|media|world|government|money|country)", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:can not|could not|are unable to|will never be able to|just can not)\s+"
                          r"(?:handle|cope|think for themselves|be trusted|control themselves|lead|drive|do maths|"
                          r"do science|do the job|keep up)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:no|not a single|not one)\s+{G}\s+(?:should|can|could|will|would|must)\s+"
                         r"(?:ever\s+)?(?:be allowed to|be (?:a|an|the|in charge|allowed|trusted|given|leaders?|in power|president|"
                         r"prime minister|boss|bosses|doctors?|surgeons?|teachers?|priests?|judges?|mps?)|become|"
                         r"work as|train as|lead|run|teach|vote|drive|marry|adopt)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:fuck|fuk|fck|screw|sod|piss on|to hell with|damn)\s+(?:(?:you|him|her|them|this|that)\s+"
                          rf"(?:and|&|plus)\s+(?:all\s+)?(?:the\s+|of\s+the\s+|your\s+|other\s+|the other\s+)*)?{det}{G}", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:can|should|must|need to|can all|should all|must all|"
                          r"can just|should just|will)\s+)?(?:go\s+)?(?:fuck (?:right |the hell |straight )?off|fuck themselves|piss off|"
                          r"go to hell|rot in hell|sod off|get fucked|eat shit|do one|jog on)", 0.9)
        add("derogation", rf"(?:^|\s)(?:never trust|do not trust|avoid|beware of|watch out for|keep away from|"
                          rf"stay away from|keep your distance from)\s+{det}{G}", 0.85)
        # negated praise ----------------------------------------------------------------------
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is|were|will|can|could|should|would|shall|do|does)\s+"
                                r"(?:(?:not|never|no longer|not even|n't|ever)\s+)+(?:(?:really|truly|actually|"
                                r"fully|even|ever|going to|be|count as|considered|qualify as|real|proper|true|"
                                r"normal|a|an|any|as|deserve to be|deserving of being)\s+)*(?:" + pos + r"\b(?:\s+(?:GRP|GRPS))?|GRP|GRPS)", 0.88)
        add("negated-positive", rf"(?:^|\s)(?:no|not a single|not one)\s+{G}\s+(?:is|are|can be|could ever be|will ever be|"
                                rf"should be|deserves to be|has ever been|was ever)\s+(?:(?:a|an|truly|really|ever|even|"
                                rf"fully)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is|were|was)\s+neither\s+(?:(?:really|truly|fully|a|an)\s+)*"
                                rf"{pos}\s+nor\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:not|never)\s+(?:welcome|wanted|needed|"
                                r"part of|one of us|people|human|humans|real)\b", 0.88)
        # exclusion ------------------------------------------------------------------------------
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:belong|belongs|should be kept|should stay|need to stay|should go back|"
                         r"go back|should be sent back|should be put|should live|must stay)\s+(?:in|to|into|at|on)\s+"
                         r"(?:(?:the|a|their|your|own|a fucking)\s+)*(?:kitchen|zoo|cage|cages|camps|camp|prison|jail|"
                         r"bin|gutter|sewer|hell|asylum|mental hospital|institution|institutions|country|where they "
                         r"came from|jungle|trees|desert|caves|cave|closet|home|homes|streets|back of the queue|"
                         r"sink|bedroom|farm|ghetto|ghettos|boats|boat)\b", 0.9)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should not|should never|must not|should no longer|can not|"
                         r"will never)\s+be\s+(?:allowed|permitted|let|trusted|given|employed|hired|treated|tolerated)\b"
                         r"(?!\s+(?:like|as|badly|differently|unfairly|worse|with|that way|this way|any differently|less|"
                         r"to (?:suffer|be (?:abused|hurt|harassed|attacked|bullied|excluded|mistreated))))", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|should not|will never)\s+(?:deserve|have a right to|"
                         r"have the right to)\b(?!\s+to\s+be\s+(?:treated|abused|spoken|attacked|"
                         r"discriminated|harassed|excluded|ignored|mocked|insulted|targeted|bullied|hated|hurt|"
                         r"left|denied|turned|refused|made|shamed|demonised|demonized|blamed|killed|murdered|hurt|harmed|"
                         r"punished|deported|locked up|beaten|persecuted|tortured))"
                         r"(?!\s+to\s+(?:die|suffer|starve|be\b))"
                         r"(?!\s+(?:this|that|abuse|hate|hatred|violence|death|pain|suffering|cruelty|mistreatment|"
                         r"discrimination|harassment|contempt|racism|prejudice|bigotry|ridicule|bullying|sexism|"
                         r"homophobia|transphobia|islamophobia|antisemitism|ableism|xenophobia|to suffer|such|any of))", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:have|has)\s+no\s+(?:place|business|right|rights)\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:all|only|just|basically|good for)\s+)*"
                         r"(?:good for (?:nothing|one thing|breeding|cleaning|cooking|sex)|only good for|all the same|"
                         r"a waste of|not worth)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:can not|could never|should never)\s+be\s+trusted", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:all|just|only|basically|slowly|deliberately)\s+)*"
                         r"(?:ruining|destroying|invading|infesting|taking over|polluting|overrunning|flooding|"
                         r"swamping|killing|raping|poisoning|bankrupting|draining|stealing|replacing)\b(?!\s+it\b)", 0.85)
        add("exclusion", rf"(?:^|\s)(?:we|they|someone|the government|you|society|britain|the uk|this country|people|"
                         rf"somebody|governments)\s+(?:(?:should|must|need to|ought to|has to|have to|just|simply|"
                         rf"really|all)\s+)+(?:ban|deport|expel|sterilise|sterilize|remove|segregate|"
                         rf"lock up|round up|get rid of|cull|exterminate|kick out|throw out|send back|purge|"
                         rf"cleanse)\s+{det}{GA}", 0.9)
        # threats ---------------------------------------------------------------------------------
        wants = (r"(?:(?:will|would|shall|am going to|are going to|going to|want to|would love to|would like to|"
                 r"should|must|need to|can not wait to|ought to|plan to|intend to|am about to|will happily|"
                 r"would happily|will gladly|really|just|literally|personally|all|soon|one day|finally|hope to|"
                 r"wish i could|could|might|may|happily|gladly|love to|like to|am gonna|are gonna|gonna|"
                 r"am|are|to|be|already|someday|someone should|somebody should|get to|go and|go out and|fantasise "
                 r"about|dream of|dream about|fantasize about|wanted to|felt like|was going to|was about to|have to|"
                 r"got to|gotta)\s+)+")
        add("threat", rf"(?:^|\s)(?:i|we|someone|somebody|people|everyone|they|all of us|us)\s+{wants}{threat}\s+{det}{GA}", 0.95)
        add("threat", rf"(?:^|\s|[.!?,:]\s*)(?:let us\s+|lets\s+|time to\s+|go\s+|we must\s+)?{threat}\s+(?:(?:all|every|the|those|these|some|of|a few|any|more|each|every last|every single)\s+)+{G}", 0.92)
        add("threat", rf"^\s*{threat}\s+{det}{G}", 0.9)
        add("threat", rf"(?:^|\s)death\s+to\s+{det}{G}", 0.95)
        tgap = (r"(?:(?!(?:who|that|which|for|defend|protect|help|save|support|with|because|when|if|not|never)\b)"
                r"[a-z'-]+\s+){0,4}?")
        add("threat", rf"(?:^|\s)(?:i|we|someone|somebody|people|everyone|they)\s+{wants}{threat}\s+{tgap}{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|ought to|deserve to|will|are going to)\s+(?:all\s+)?"
                      rf"(?:be|get)\s+(?:(?!(?:not|never|protected|safe|welcome|allowed|treated|given|helped|supported)\b)"
                      rf"[a-z'-]+\s+){{0,2}}?{threat_pp}\b", 0.88)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|am going to|are going to|want to)\s+(?:make|see)\s+(?:sure\s+)?"
                      rf"{det}{GA}\s+(?:suffer|pay|die|bleed|burn|hang|disappear)", 0.92)
        add("threat", rf"(?:^|\s)the only good\s+{G}\s+(?:is|are)\s+(?:a\s+)?dead", 0.95)
        add("threat", rf"(?:^|\s)if\s+(?:i|we)\s+(?:ever\s+)?(?:see|meet|catch|find|spot)\s+{det}{GA}[^.!?]{{0,25}}?"
                      rf"(?:i'll|i will|i'm going to|im going to|i am going to|we'll|we will|i'd|i would|i'm gonna|im gonna)\s+"
                      rf"(?:(?:just|happily|gladly|personally|fucking)\s+)*{threat}\b", 0.9)
        add("threat", rf"(?:^|\s)(?:any|every|each|the next|the first)\s+{G}\s+(?:who|that)\s+(?:comes?|gets?|goes|walks?)\s+"
                      r"(?:near|close to|anywhere near|within \w+ (?:feet|metres|meters|yards) of)\s+(?:me|us|my \w+|our \w+)\s+"
                      r"(?:will|is going to|'?ll|gets?|is gonna)\s+(?:get\s+(?:hurt|stabbed|shot|it|what's coming|a beating|battered|"
                      r"killed)|regret it|die|be killed|be sorry|be hurt)\b", 0.9)
        # rhetorical questions that demean ---------------------------------------------------
        add("derogation", rf"(?:^|\s)who\s+(?:even|actually|really|honestly|the fuck|tf|on earth)?\s*(?:likes|wants|needs|cares about|"
                          rf"would want|would hire|would marry|would date)\s+{det}{G}\s*\?"
                          r"(?!\s*(?:i do|we do|i care|we care|me|us|i|we|lots of|many|plenty|loads|everyone|everybody|"
                          r"all of us|most of us|millions|anyone decent|every decent)\b)", 0.85)
        add("derogation", rf"(?:^|\s)why\s+(?:do|does|are|is)\s+{det}{GA}\s+(?:even|still)?\s*(?:exist|alive|allowed to exist)\s*\?", 0.88)
        add("derogation", rf"(?:^|\s)(?:do|does|will|can)\s+{det}{GA}\s+ever\s+(?:stop|shut up|give it a rest)"
                          r"(?:\s+(?:whining|whinging|moaning|complaining|lying|stealing|breeding|begging|crying|playing the victim))?", 0.85)
        add("derogation", rf"(?:^|\s)why\s+do\s+{det}{GA}\s+(?:(?:even|honestly|actually|really)\s+)?(?:think|believe|pretend)\s+"
                          r"(?:that\s+)?(?:they|she|he|PRN)\s+(?:matter|are equal|are human|are people|deserve|count|belong)", 0.85)
        add("derogation", rf"(?:^|\s)what(?:'s| is| the fuck is| tf is)\s+(?:even\s+)?(?:wrong|the matter)\s+with\s+{det}{G}\s*\?", 0.8)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|"
                      r"has to|shall|should all|must all|all deserve to|should just|should simply|should be|must be|"
                      r"need to be|will all|are going to|deserve)\s+(?:(?:all|just|simply|be|get|got|each|"
                      r"immediately|publicly|rightly|fucking|bloody|slowly|painfully|quietly|humanely|one by one)\s+)*"
                      rf"(?:{threat_pp}|die|suffer|burn|rot|perish|go extinct|be put down|not exist|disappear|vanish|"
                      r"be shot|hang|be hung|be gassed|get cancer|catch aids|drop dead|starve|drown)\b", 0.92)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:deserve|deserves)\s+(?:to die|death|a bullet|to be shot|to suffer|"
                      r"to burn|to rot|nothing|no rights|no respect|no help|no treatment|no care|what they get|"
                      r"to be punished|to be hurt|to be raped|to be beaten|a beating|a slap|to be hit|to be attacked|"
                      r"to be killed|to get hurt|it)\b", 0.9)
        add("threat", r"(?:^|\s)(?:kill|shoot|gas|hang|burn|exterminate|deport|ban|nuke|bomb)\s+(?:them|em)\s+all\b", 0.8)
        add("threat", rf"(?:^|\s)(?:someone|somebody|we|they|you|the government|society)\s+(?:(?:really|just|should|must|"
                      rf"needs? to|ought to|has to|have to|should just|will)\s+)+put\s+{det}{GA}\s+down\b", 0.9)
        # exclusion in other forms --------------------------------------------------------------
        add("exclusion", rf"(?:^|\s)why\s+(?:should|do|would|must)\s+{det}{GA}\s+(?:even\s+)?(?:get|have|be given|be allowed|"
                         r"deserve)\s+(?:any\s+|the\s+|a\s+)?(?:rights|right to|vote|votes|to vote|a say|jobs|benefits|"
                         r"housing|healthcare|treatment|respect|to live|to exist|to work|to marry|to adopt)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:our|this|the|my|britain|england|the uk|the world|society|the country|the nhs|"
                         rf"this town|this city|everyone|everything|we)\s*(?:\w+\s+)?(?:would|will|'d)\s+be\s+(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?"
                         rf"(?:better|safer|cleaner|nicer|happier)\s+(?:off\s+)?without\s+{det}{GA}", 0.88)
        add("exclusion", rf"(?:^|\s)(?:it'?s|it is|what)\s+(?:a\s+)?(?:shame|disgrace|joke|travesty|scandal)\s+(?:that\s+)?"
                         rf"{det}{GA}\s+(?:can|are allowed to|get to|are able to|still)\s+(?:vote|work|drive|adopt|marry|"
                         r"teach|live here|come here|be doctors|be nurses|have kids|have children)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:(?:just|simply|all|really|clearly|basically)\s+)*(?:have|has)\s+"
                                r"(?:no|zero|not any)\s+(?:value|worth|morals|dignity|brains|intelligence|purpose|soul|souls|"
                                r"culture|decency|humanity|empathy|integrity|honour|honor|redeeming (?:features|qualities))\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:(?:just|simply|all|really|clearly|basically|totally|completely)\s+)*"
                                r"(?:lack|lacks)\s+(?:any\s+|all\s+)?(?:morals|intelligence|empathy|humanity|decency|"
                                r"integrity|brains|culture|dignity|values)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:(?:just|simply|all|really|clearly|basically|never)\s+)*"
                                r"(?:contribute|contributes|give|gives|offer|offers)\s+(?:absolutely\s+)?nothing\b", 0.85)
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
                       rf"{det}{GA}(?!\s+(?:suffer|hurt|die|struggle|go without|left|be|being|get|getting|treated|"
                       r"abused|mistreated|in pain|harmed|excluded|discriminated|attacked|bullied|homeless|"
                       r"in distress|cry|crying|scared|alone|like that|that way|unhappy|upset))", 0.9)
        add("refusal", rf"(?:^|\s){det}{GA}\s+(?:should|can|will|always|get|go|goes|get put|should go|get sent|are put)\s+"
                       r"(?:(?:go|be|to|put|sent|moved|always|just)\s+)*(?:to\s+)?(?:the\s+)?(?:back|bottom|end)\s+of\s+"
                       r"(?:the|my|our)\s+(?:queue|list|waiting list|priority list)", 0.9)
        add("refusal", rf"(?:^|\s){det}{GA}\s+(?:get|deserve|will get|should get)\s+(?:less|worse|lower priority|"
                       r"the least|the worst|no) (?:care|treatment|priority|attention|pain relief|analgesia|help)\b", 0.9)
        # broader grammar (issue 4 quality) -------------------------------------------------------
        # the group as the cause of a feeling: "GRP annoy me", "GRP creep me out"
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:really|just|all|honestly|seriously|fucking|so|always|totally)\s+)*"
                          r"(?:annoy|annoys|irritate|irritates|infuriate|infuriates|anger|angers|enrage|enrages|"
                          r"scare|scares|frighten|frightens|terrify|terrifies|nauseate|nauseates|appal|appals|appall|"
                          r"horrify|horrifies|bother|bothers|offend|offends|creep me out|creeps me out|gross me out|"
                          r"grosses me out|give me the creeps|gives me the creeps|get on my nerves|gets on my nerves|"
                          r"get on my tits|make my skin crawl|makes my skin crawl|make me cringe|turn my stomach|"
                          r"turns my stomach)(?:\s+me)?\b", 0.88)
        # "there is nothing I hate more than GRP", "who else is sick of GRP"
        add("derogation", rf"(?:^|\s)(?:there is\s+)?(?:nothing|nobody|no one|no-one)\s+(?:i|we)\s+(?:\w+\s+)?{emote}\s+"
                          rf"(?:more|as much)\s+(?:than|as)\s+{det}{GA}", 0.9)
        add("derogation", rf"(?:^|\s)(?:who else|anyone else|does anyone else|is anyone else|am i the only one who)\s+"
                          rf"(?:is\s+|are\s+|also\s+|just\s+|really\s+|so\s+)*(?:{emote}|hates|despises|loathes|detests|"
                          rf"can not stand|is sick of|is tired of|is fed up with|sick of|tired of|fed up with|done with|"
                          rf"sick and tired of|sick to death of)\s+{det}{G}", 0.88)
        # inverted copula, as in questions: "why are GRP so lazy", "aren't GRP just parasites"
        add("derogation", rf"(?:^|\s)(?:are|is|were|was|are not|is not|were not)\s+{det}{GA}\s+"
                          rf"(?:(?:all|just|so|such|really|always|this|that|fucking|bloody|even|the|a|an|total|"
                          rf"complete|utter|nothing but|basically|actually|naturally|inherently|genetically|"
                          rf"still|a bunch of|a load of|most|the most|biggest|the biggest)\s+)*(?:{neg}|{dehum})\b{not_topic}", 0.85)
        # "GRP have the brains of a monkey", "GRP have no morals"
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:all\s+)?(?:have|has|got)\s+(?:(?:the|a|an)\s+)?(?:brains?|intelligence|iq|"
                          r"manners|morals|mentality|sense|hygiene|intellect)\s+of\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
                          r"(?:monkeys?|apes?|animals?|dogs?|pigs?|rats?|goldfish|child|children|toddlers?|"
                          r"cavemen|caveman|sheep|cattle|cow|cows|donkeys?|chimps?|baboons?)\b", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:all\s+)?(?:have|has|got)\s+no\s+(?:morals|brains|shame|culture|"
                          r"manners|decency|empathy|souls?|dignity|class|honour|honor|self-respect|self respect|"
                          r"hygiene|loyalty|values|conscience|humanity|intelligence)\b", 0.88)
        # comparisons: "GRP breed like rats", "GRP spread like a disease", "GRP are no better than animals"
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:just|all|always|really)\s+)*(?:breed|breeds|multiply|multiplies|"
                              r"spread|spreads|swarm|swarms|reproduce|reproduces|live|lives|behave|behaves|act|acts|"
                              r"smell|smells|eat|eats|infest|infests|multiplying|breeding|swarming|spreading|"
                              rf"are|is)\s+(?:just\s+)?like\s+(?:a\s+|an\s+|the\s+|wild\s+|fucking\s+|bloody\s+)*(?:{dehum}|rabbits|"
                              r"rats|cockroaches|a disease|a virus|a plague|the plague|a cancer|cancer|animals|"
                              r"vermin|insects|locusts|flies|pigs|dogs|monkeys|apes|savages|parasites|weeds|"
                              r"an infection|a rash|mould|mold|bacteria|a swarm)\b", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:all|just|really|basically)\s+)*(?:no better than|"
                              rf"no different (?:from|than|to)|little better than|lower than|worse than|less than)\s+"
                              rf"(?:a\s+|an\s+|the\s+)?(?:{dehum}|{neg}|humans?)\b", 0.9)
        add("derogation", rf"(?:^|\s)(?:there is|there's)\s+no\s+(?:real\s+)?difference\s+between\s+{det}{GA}\s+"
                              rf"and\s+(?:a\s+|an\s+|the\s+)?(?:{dehum}|{neg})\b", 0.88)
        # roles and places assigned: "GRP should stick to cooking", "GRP should know their place"
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|needs to|ought to|have to|had better|better)\s+"
                         r"(?:just\s+|all\s+|learn to\s+)?(?:stick to (?:cooking|cleaning|the kitchen|housework|"
                         r"having babies|making babies|making sandwiches|their own|what they know|their own kind|"
                         r"their own country)|know (?:their|its|her|his) place|stay in (?:their|her|his) (?:lane|place)|"
                         r"be seen and not heard|keep (?:their|her|his) mouths? shut|shut (?:up|their mouths)|"
                         r"be grateful (?:we|that we|to be|for anything)|keep to themselves|stay out of sight|"
                         r"stay in the closet|go back in the closet|be kept (?:away|out|apart|separate)|"
                         r"be kept in (?:their|its) place|be put in (?:their|its) place|"
                         r"be barred from|be banned from|be excluded from|be kept out of|be locked out of|"
                         r"be segregated|live separately|be separated from)\b", 0.88)
        add("exclusion", rf"(?:^|\s)(?:giving|letting|allowing|granting)\s+{det}{GA}\s+(?:\w+\s+){{0,4}}?"
                         r"(?:was|is|has been|were)\s+(?:a|the)\s+(?:(?:big|huge|biggest|massive|terrible|grave|"
                         r"fatal|worst)\s+)*(?:mistake|error|disaster)\b", 0.88)
        add("exclusion", rf"(?:^|\s)(?:the world|this country|the country|britain|the uk|england|society|this town|"
                         r"this city|the nhs|this hospital|our street|my street|life|everything|everyone|we|"
                         r"the planet|earth|my ward|our ward|our team|my team|the workplace|the profession)\s+"
                         r"(?:would|will|could)\s+be\s+(?:a\s+|so\s+|much\s+|far\s+|a lot\s+|way\s+)*(?:better|safer|"
                         r"nicer|cleaner|happier|great|greater|better off|healthier|richer|calmer|quieter)"
                         rf"(?:\s+(?:place|off))?\s+without\s+{det}{GA}", 0.9)
        add("exclusion", rf"(?:^|\s)(?:the fewer|the less)\s+{det}{GA}\s+(?:\w+\s+){{0,3}}?the better\b|"
                         rf"(?:^|\s)(?:one less|one fewer|good riddance to)\s+{det}{GA}", 0.88)
        add("exclusion", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|just|honestly|simply)\s+)*(?:do not|would not|will not)\s+"
                         rf"(?:want|have|let|allow|tolerate)\s+{det}{GA}\s+(?:living|working|moving|near|around|in|on|"
                         r"next to|anywhere near|close to|teaching|looking after|touching)\b", 0.88)
        add("exclusion", rf"(?:^|\s)(?:keep|get)\s+{det}{GA}\s+(?:away|out)\s+(?:from|of)\s+(?:\w+\s+){{0,2}}?"
                         r"(?:kids|children|schools?|daughters|sons|families|streets|country|neighbourhoods?|"
                         r"neighborhoods?|hospitals?|wards?|toilets|changing rooms|sport|sports|jobs|homes|town|"
                         r"communities|community|society|britain|here)\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|should not|will never|must not)\s+belong\s+"
                         r"(?:here|anywhere|in (?:this|our|my|the|any) (?:country|society|community|street|town|city|"
                         r"neighbourhood|world|nhs|profession|team|ward|hospital|workplace|army|military|government|"
                         r"uk|britain|schools?|sport|sports|job)|in (?:(?:civilised|civilized|decent|normal|polite|modern) )?(?:society|britain|england|europe|public|civilisation|"
                         r"civilization|the west|our schools)|among us|with us|on this earth|on earth|on this planet)\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:all|just|basically|really|clearly)\s+)*"
                         r"(?:to blame for|responsible for|the cause of|the reason for|behind)\s+(?:all|every|everything|"
                         r"most|our|the (?:decline|crime|problems|mess|downfall)|crime|this mess)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:have|has)\s+(?:(?:completely|totally|utterly|really|basically|all)\s+)*"
                         r"(?:ruined|destroyed|wrecked|poisoned|polluted|infested|invaded|overrun|taken over|"
                         r"flooded|corrupted|spoiled|spoilt|degraded)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:i|we)\s+(?:would|will|could)\s+never\s+(?:let|allow)\s+{det}{GA}\s+"
                         r"(?:near|around|touch|treat|look after|care for|teach|babysit|into|in|examine|work)\b", 0.88)
        add("exclusion", rf"(?:^|\s)(?:i|we)\s+(?:would|had)\s+rather\s+(?:\w+\s+){{1,4}}?than\s+(?:\w+\s+){{0,6}}?{det}{GA}"
                         r"(?!\s+(?:suffer|be hurt|be harmed|be attacked|be abused|be treated badly|go without))", 0.85)
        add("exclusion", rf"(?:^|\s)(?:(?:i|we)\s+(?:(?:really|just|honestly|truly|sincerely)\s+)*(?:wish|hope)\s+(?:that\s+)?)"
                         rf"{det}{GA}\s+(?:(?:would|will|could|did|had|all|just)\s+)*(?:not exist|never existed|never been born|"
                         r"disappear|vanish|go away|leave|die|drop dead|get out|fuck off|piss off|be gone|"
                         r"did not exist|would not exist|were gone|were dead|were never born|would all die)\b", 0.92)
        # "GRP are better off dead", "GRP lives do not matter"
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:are|is|would be|will be)\s+(?:(?:all|just|much|far|so|really)\s+)*better off dead\b", 0.92)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is|would be|will be)\s+(?:(?:all|just|much|far|so|really)\s+)*"
                         r"better off (?:locked (?:away|up)|behind bars|in (?:prison|jail|camps|cages|institutions|"
                         r"asylums|(?:their|your) own countr(?:y|ies))|kept (?:away|apart|out|locked up)|out of sight|gone|"
                         r"sterilised|sterilized|put down)\b", 0.88)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|should not|will never|never|can not)\s+"
                                r"(?:really\s+)?(?:matter|count|deserve to live|deserve to exist|deserve rights|"
                                r"deserve respect|deserve a voice|deserve kindness|deserve anything|deserve compassion|"
                                r"deserve dignity|deserve equal rights|deserve to be here)\b", 0.88)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:of\s+)?(?:no|zero|little)\s+(?:value|use|worth|good|"
                                r"benefit|importance)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:you\s+)?(?:can not|can never|should never|must never|could never)\s+"
                                rf"(?:really\s+|ever\s+|fully\s+)?trust\s+{det}{G}", 0.88)
        # wishes and threats of harm -------------------------------------------------------------
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|just|honestly|all|would)\s+)*(?:want|wish|need|like|love|would like|"
                      rf"would love|want to see|wish to see)\s+(?:to see\s+)?{det}{GA}\s+(?:all\s+)?(?:to\s+)?(?:dead|gone|"
                      r"die|suffer|burn|rot|hang|bleed|disappear|wiped out|killed|shot|exterminated|eradicated|"
                      r"eliminated|gassed|hanged|hung|lynched|executed|deported|locked up|put down)\b", 0.92)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|just|honestly|all|would|will|do)\s+)*(?:hope|pray|wish)\s+(?:that\s+)?"
                      rf"{det}{GA}\s+(?:(?:all|will|would|just|get to|go and|eventually|soon|slowly)\s+)*(?:die|dies|burn|burns|"
                      r"rot|rots|suffer|suffers|perish|drown|drowns|get (?:shot|killed|cancer|aids|hit|hurt|raped|"
                      r"beaten|attacked|what they deserve|what is coming)|catch|choke|starve|disappear|drop dead|"
                      r"go to hell|burn in hell|rot in hell)\b", 0.92)
        add("threat", rf"(?:^|[.!?,:;]\s*|\s)may\s+{det}{GA}\s+(?:all\s+)?(?:die|burn|rot|suffer|perish|drown|choke|starve|"
                      r"burn in hell|rot in hell|be cursed)\b", 0.88)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|just|honestly|simply)\s+)*(?:can not wait|can't wait)\s+"
                      rf"(?:until|till|for|to see)\s+{det}{GA}\s+(?:(?:are|is|get|all|finally|to)\s+)*(?:dead|gone|killed|"
                      r"wiped out|deported|exterminated|die|suffer|removed|locked up|hanged|hung|shot|burn)\b", 0.92)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|are going to|am going to|shall|want to|need to|must)\s+"
                      rf"(?:make|see to it that)\s+{det}{GA}\s+(?:(?:all|every one of them)\s+)?(?:pay|suffer|regret|bleed|"
                      r"die|burn|disappear|leave|sorry)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i am|we are|i will be|we will be)\s+(?:coming|coming after|gunning)\s+(?:for|after)\s+"
                      rf"(?:(?:you|all of you|every one of you|each of you)\s+)?(?:,\s*)?{det}{G}", 0.9)
        add("threat", rf"(?:^|\s)(?:watch|better watch|should watch|had better watch)\s+(?:your|their|yer)\s+"
                      rf"(?:backs?|step|steps)\s*,?\s*{det}{G}|(?:^|\s){det}{GA}\s+(?:had better|better|should)\s+"
                      r"(?:watch (?:out|their backs?|their step)|be (?:afraid|scared|very afraid)|run|hide|"
                      r"sleep with one eye open)\b", 0.88)
        add("threat", rf"(?:^|\s)(?:let us|lets|we should|we must|we need to|time to|someone should|i will|we will|"
                      rf"i am going to|we are going to|go and)\s+(?:\w+\s+)?{threat}\s+(?:down\s+)?(?:all\s+)?(?:the|their|"
                      r"every|those|these|all the|a|any)?\s*(?:mosques?|synagogues?|churches|temples?|gurdwaras?|"
                      r"gay bars?|refugee (?:centres?|centers?|camps?|hostels?)|asylum (?:hotels?|hostels?|centres?)|"
                      r"migrant (?:hotels?|hostels?|centres?|boats?)|women'?s (?:refuges?|shelters?)|pride (?:march|"
                      r"parade|events?)|clinics for)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we|someone|somebody)\s+{wants}(?:slit|cut|break|snap|smash|cave in|bash in)\s+"
                      rf"(?:the\s+)?(?:throats?|necks?|heads?|skulls?|faces?|legs?)\s+of\s+{det}{GA}", 0.92)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|needs to|ought to|deserve to|deserves to|will|"
                      rf"have to|has to)\s+(?:all\s+)?(?:be|get)\s+(?:(?:\w+)\s+)?{threat_pp}\b"
                      r"(?!\s+(?:as|like)\s+(?:any|everyone|everybody|anyone|other))", 0.85)
        add("derogation", rf"(?:^|\s)nothing\s+(?:\w+\s+)?(?:disgusts|repulses|sickens|annoys|angers|revolts|irritates|"
                          rf"offends|scares|bothers)\s+me\s+(?:more|as much)\s+(?:than|as)\s+{det}{GA}", 0.9)
        add("derogation", rf"(?:^|[.!?]\s|^\s*)(?:classic|bloody|fucking|such a)\s+{G}\s*[,:;!–—-]", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|really|just)\s+)*(?:look|looks|sound|sounds|smell|smells)\s+"
                          r"(?:(?:exactly|all)\s+)?(?:the same|alike)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|far|way|much|naturally|inherently|"
                          r"always|generally)\s+)*too\s+(?:(?:fucking|bloody|damn)\s+)?(?:emotional|hormonal|weak|stupid|"
                          r"dumb|thick|lazy|primitive|irrational|hysterical|fragile|slow|simple|backward|backwards|"
                          rf"dirty|violent|unstable|soft|sensitive|childish|{neg})\s+to\s+"
                          r"(?:be|do|lead|work|vote|drive|understand|think|make|run|serve|have|raise|teach|handle|"
                          r"live|hold|get|look after|care for)\b", 0.88)
        add("exclusion", rf"(?:^|\s)(?:would|will|could)(?:\s+not)?\s+(?:the world|this country|the country|britain|the uk|"
                         r"society|life|everything|everyone|we|the planet)\s+be\s+(?:a\s+|so\s+|much\s+|far\s+)*"
                         rf"(?:better|safer|nicer|cleaner|happier|great|greater|better off)(?:\s+(?:place|off))?\s+"
                         rf"without\s+{det}{GA}", 0.88)
        add("exclusion", rf"(?:^|\s)(?:it|that|things|life)\s+(?:would|will|could)\s+be\s+(?:so\s+|really\s+|much\s+)*"
                         r"(?:great|good|nice|better|best|brilliant|fine|amazing|lovely|ideal|perfect|a relief)\s+"
                         rf"(?:if|when)\s+{det}{GA}\s+(?:(?:all|just|would|could|were to|finally)\s+)*(?:died|drowned|"
                         r"disappeared|vanished|left|were gone|were dead|burned|burnt|got killed|got shot|"
                         r"were deported|were wiped out|were exterminated|stopped existing|did not exist|"
                         r"went away|fucked off|pissed off|went back)\b", 0.9)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:who|that)\s+(?:\w+\s+){{1,4}}?(?:should|must|ought to|deserve to|need to)\s+"
                      rf"(?:all\s+)?(?:be|get)\s+(?:(?!(?:not|never|protected|safe|welcome|allowed|treated|given|helped|"
                      rf"supported|paid|offered|seen|screened|referred|vaccinated|tested)\b)[a-z'-]+\s+){{0,1}}{threat_pp}\b"
                      r"(?!\s+(?:as|like)\s+(?:any|everyone|everybody|anyone|other))", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|ought to|have to|can)\s+(?:all\s+|just\s+)?"
                         r"(?:go|be sent|fuck off|piss off|sod off|get|be shipped|be deported|bugger off)\s+back\s+"
                         r"(?:to\s+)?(?:where (?:they|you|PRN) (?:came|come) from|home|(?:their|your) (?:own\s+)?"
                         r"(?:countr(?:y|ies)|homelands?))\b", 0.88)
        add("derogation", r"(?:^|\s)(?:trans\s*women|transwomen|trans\s*woman|transwoman)\s+(?:are|is)\s+(?:(?:just|all|"
                          r"really|still|only|actually|biologically|simply|nothing but|always|basically)\s+)*"
                          r"(?:a\s+)?(?:men|man|males?|blokes?|geezers?|dudes|men in (?:dresses|wigs|skirts))\b|"
                          r"(?:^|\s)(?:trans\s*men|transmen|trans\s*man|transman)\s+(?:are|is)\s+(?:(?:just|all|really|"
                          r"still|only|actually|biologically|simply|nothing but|always|basically)\s+)*(?:a\s+)?"
                          r"(?:women|woman|females?|girls?|confused (?:women|girls))\b", 0.85)
        add("derogation", rf"(?:^|\s)being\s+(?:a\s+|an\s+)?GRPS\s+(?:is|=|was)\s+{adv}(?:{neg}|{dehum}|a sin|sinful|"
                          r"a disease|an illness|a mental illness|mental illness|a disorder|a mental disorder|a choice|"
                          r"a lifestyle choice|a phase|a fad|a trend|wrong|unnatural|abnormal|a perversion|a curse|"
                          r"shameful|a disgrace|an abomination|a defect|a deformity|a punishment|a sickness|sick)\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:all|everything)\s+(?:i|we)\s+(?:feel|have|got)\s+(?:for|towards|toward|about)\s+"
                          rf"{det}{GA}\s+(?:is|are)\s+(?:(?:pure|utter|total|just)\s+)*(?:hate|hatred|contempt|disgust|loathing|"
                          r"revulsion|disdain)\b|(?:^|\s)(?:my|our)\s+(?:(?:deep|pure|utter|total)\s+)*(?:hatred|hate|contempt|"
                          rf"disgust|loathing|disdain|revulsion)\s+(?:of|for|towards|toward)\s+{det}{GA}", 0.9)
        add("derogation", rf"(?:^|\s)(?:thinking about|seeing|looking at|the sight of|being around|being near|hearing|"
                          rf"the thought of|the smell of|talking to|living near|working with)\s+{det}{GA}\s+(?:\w+\s+){{0,2}}?"
                          r"(?:makes|make|made|gives|give)\s+me\s+(?:(?:so|really|feel|want to|fucking)\s+)*(?:sick|ill|puke|"
                          r"vomit|throw up|angry|furious|cringe|retch|gag|shudder|disgusted|the creeps|nauseous)", 0.88)
        add("derogation", rf"(?:^|\s){G}\s+(?:scum|vermin|filth|trash|garbage|rats|rat|cockroaches|parasites|parasite|pigs|pig|"
                          r"swine|dogs|dog|apes|ape|monkeys|monkey|animals|animal|savages|savage|freaks|freak|bastards|"
                          r"bastard|cunts|cunt|twats|twat|pricks|prick|fuckers|fucker|wankers|wanker|scumbags|scumbag|"
                          r"degenerates|degenerate|perverts|pervert|subhumans|maggots|leeches|lowlifes|bitches|whores|"
                          r"sluts|rubbish|shit|shite)\b(?!\s+(?:problem|issue|comments?|abuse|attacks?|slurs?|"
                          r"remarks?|jokes?|rhetoric))", 0.85)
        add("derogation", rf"(?:^|\s)(?:shut (?:the fuck |the hell |your mouths? |the fk )?up|stfu|fuck off|piss off|sod off|"
                          r"go to hell|go die|go and die|drop dead|get lost|get out|do one|jog on|bugger off|"
                          rf"nobody likes you|no one likes you|no one wants you|nobody wants you)\s*,?\s*(?:you\s+)?"
                          rf"(?:(?:fucking|bloody|dirty|filthy|stupid|disgusting|damn)\s+)*{G}", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:fucking|fuckin|bloody|damn|fking|effing|goddamn)\s+"
                          r"everywhere\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:can|should|could|may|need to|must|have to|had better|better)\s+(?:all\s+|just\s+|go\s+)*(?:suck (?:my|a) "
                          r"(?:dick|cock|balls)|kiss my (?:arse|ass)|eat (?:shit|a dick|my shit)|get (?:fucked|stuffed|bent)|"
                          r"go fuck (?:themselves|yourselves)|shut (?:the fuck |the hell |their mouths |their )?(?:up|mouths))", 0.9)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:have|has)\s+(?:never|not ever|not once)\s+(?:done|contributed|achieved|"
                                r"given|added|created|invented|built|accomplished|produced)\s+(?:anything|a thing|something)\s*"
                                r"(?:good|useful|worthwhile|of value|valuable|positive|for|to)?", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|completely|totally)\s+)*"
                                r"(?:incapable of|unable to|not capable of|too dumb to|too stupid to)\s+(?:being|doing|"
                                r"thinking|love|loving|learning|working|understanding|feeling|caring|contributing|"
                                r"integrating|behaving|raising|leading|achieving|anything)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|never|will never|can not)\s+(?:contribute|add|"
                                r"give|bring|offer)\s+(?:anything|a thing|nothing)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:nobody|no one|no-one|not one person|nobody ever)\s+(?:really\s+|actually\s+|"
                                r"even\s+|ever\s+)*(?:likes|wants|loves|respects|needs|cares about|trusts|misses|"
                                rf"would miss|will miss|values|asked for)\s+{det}{GA}(?!\s+to\b)", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:anything but|far from|nowhere near|the opposite of|"
                                rf"never going to be|not remotely|not at all|in no way|not in any way|not even remotely)\s+"
                                rf"(?:(?:a|an|as|the)\s+)?{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:it is|it's)\s+(?:not|never|im)\s*possible\s+for\s+{det}{GA}\s+to\s+be\s+"
                                rf"(?:(?:a|an|as|truly|really)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:you will never|you'll never|you can never|i have never|never|no one has ever|"
                                r"nobody has ever)\s+(?:find|meet|met|found|see|seen|come across|come across)\s+(?:a|an|one)\s+"
                                r"(?:single\s+)?(?:good|decent|nice|smart|honest|intelligent|normal|clever|competent|"
                                rf"trustworthy|kind|hardworking|hard-working|useful|pleasant|clean|sane)\s+{G}", 0.85)
        add("exclusion", rf"(?:^|\s)(?:the world|this country|society|we|britain|the uk|the nhs|this town|our town|"
                         r"this city|the planet|earth)\s+(?:needs|need|could do with|wants|would be better with)\s+"
                         rf"(?:fewer|less|no more|far fewer|a lot fewer|way fewer|no)\s+{det}{GA}", 0.88)
        add("threat", rf"(?:^|[.!?,]\s*)(?:{wants}){threat}\s+(?:(?:all|every|the|those|these|some|of|a|an|any|"
                      rf"more|each|next|first|single|last)\s+)+{GA}", 0.88)
        add("threat", rf"(?:^|\s)(?:my|our|the)\s+(?:plan|goal|dream|aim|mission|wish|fantasy|hope|job)\s+(?:is|was)\s+to\s+"
                      rf"{threat}\s+{det}{GA}", 0.92)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:all\s+)?going\s+to\s+(?:die|pay|suffer|burn|bleed|regret|"
                      r"get (?:it|what is coming|what they deserve|hurt|killed|shot))\b|(?:^|\s)(?:you\s+)?"
                      rf"{det}{GA}\s+will\s+(?:all\s+)?(?:die|pay|suffer|burn|bleed|regret|be sorry|get what is coming|"
                      r"get what you deserve|get what they deserve)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:put|send|sending|putting)\s+(?:\w+\s+){{0,2}}?{det}{GA}\s+(?:\w+\s+){{0,2}}?(?:in|into|to)\s+"
                      r"(?:the ground|hospital|a grave|graves|their graves|body bags?|the morgue|an early grave|"
                      r"a coffin|coffins|the gas chamber|gas chambers|camps|concentration camps)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:the\s+)?(?:next|first)\s+{G}\s+(?:i|we)\s+(?:see|meet|find|spot|come across)\s+"
                      r"(?:is|will|gets|get|is going to|will get|will be)\s+(?:(?:getting|get|be|a|going to)\s+)*"
                      rf"(?:{threat_pp}|{threat}|it|dead|a beating|a kicking|a bullet|stabbed|shot|hurt)\b", 0.92)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|am going to|are going to|shall)\s+(?:not\s+)?(?:stop|rest)\s+"
                      rf"(?:until|till)\s+(?:every|all|the last|each|there are no|there is no)\s+(?:\w+\s+)?{GA}", 0.9)
        # exclusion of others addressed in the second person: "go back to where you came from"
        add("exclusion", r"(?:^|\s)(?:go|fuck off|piss off|sod off|get|bugger off|clear off|run|swim|go home)\s+back\s+"
                         r"(?:home\s+|to\s+)?(?:where (?:you|they|PRN) (?:came|come) from|(?:your|their) (?:own\s+)?(?:countr(?:y|ies)|"
                         r"kind|homelands?|jungles?|caves?|deserts?)|to (?:africa|asia|pakistan|india|poland|romania|"
                         r"your country|their country|the jungle|the desert))\b", 0.88)
        # rhetorical questions whose presupposition demeans the group ----------------------------
        good = (r"(?:good|decent|nice|smart|honest|intelligent|normal|clever|competent|trustworthy|kind|useful|"
                r"worthwhile|valuable|positive|redeeming|admirable|respectable|reliable|hard-?working|civilised|"
                r"civilized|pleasant|worthy|talented|beautiful|attractive|sane)")
        add("derogation", rf"(?:^|\s)(?:who|what kind of (?:person|idiot|fool|man|woman))\s+(?:would|could|will|can|"
                          r"would ever|could ever|in their right mind would|actually|even|really)\s+(?:(?:ever|even|"
                          r"really|actually|want to|willingly|seriously)\s+)*(?:trust|hire|employ|love|marry|date|"
                          r"want|like|respect|believe|rent to|vote for|live next to|work with|sit next to|fancy|"
                          rf"befriend|miss|touch)\s+{det}{G}\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:how|why)\s+(?:can|could|would|does|do|did|should)\s+(?:anyone|anybody|people|"
                          r"you|we|someone|somebody|society|the government|employers|they)\s+(?:(?:even|ever|still|"
                          r"actually|possibly|honestly|seriously)\s+)*(?:stand|tolerate|trust|like|love|respect|"
                          r"hire|employ|bear|put up with|stomach|defend|accept|want|marry|date|rent to|"
                          r"be around|be near|sit next to|live near|live next to|work with)\s+"
                          rf"(?:(?:being|living|working|sitting)\s+(?:around|near|next to|with)\s+)?{det}{G}\b"
                          r"(?!\s+(?:being|getting|to be|facing|suffering|losing|dying|living|sleeping|waiting|treated|"
                          r"left|denied|refused|abused|attacked|badly|like that|like this))", 0.85)
        add("derogation", rf"(?:^|\s)(?:why|how come|why on earth|why the fuck|why tf)\s+(?:should|must|do|does|"
                          r"would|are|is)\s+(?:we|i|you|britain|the uk|this country|society|anyone|the nhs|"
                          r"the taxpayer|taxpayers)\s+(?:(?:even|still|have to|keep|ever|continue to|bother to|"
                          r"be forced to|being forced to|forced to|expected to)\s+)*(?:tolerate|accept|allow|"
                          r"welcome|put up with|let in|employ|hire|pay for|support|house|feed|fund|protect|"
                          rf"respect|help|serve|treat|care about|care for|bother with|listen to)\s+{det}{GA}\b"
                          r"(?!\s+(?:badly|worse|differently|unfairly|like|so|this way|as|being|getting|to be|facing|suffering|"
                          r"losing|dying|living|sleeping|waiting|treated|left|denied|refused|abused|attacked))", 0.85)
        add("derogation", rf"(?:^|\s)(?:are|is)\s+{det}{G}\s+(?:(?:even|actually|really|truly|fully)\s+)+"
                          r"(?:human|humans|people|persons|real people|capable of (?:thought|thinking|love|feeling|"
                          r"learning)|able to think|intelligent|worth (?:it|anything|saving|helping|the effort))\b", 0.85)
        add("derogation", rf"(?:^|\s)what\s+(?:is|'s)\s+(?:even\s+)?the\s+(?:point|use|purpose)\s+of\s+{det}{G}"
                          r"\s*(?:\?|$|[.!]|anyway|at all|even|in (?:this|our|the) (?:country|world|society))", 0.85)
        add("derogation", rf"(?:^|\s)(?:is there|there is|there's|can there be|could there be)\s+(?:anything|anyone|"
                          r"anybody|nothing|no one|nobody)\s+(?:(?:more|so)\s+)?(?:worse|lower|dumber|stupider|"
                          r"uglier|lazier|dirtier|nastier|more (?:disgusting|pathetic|vile|useless|annoying|"
                          rf"repulsive|worthless|dangerous|stupid))\s+than\s+{det}{G}", 0.88)
        add("exclusion", rf"(?:^|\s)why\s+(?:can not|could not|will not|do not|does not)\s+{det}{GA}\s+(?:just\s+|all\s+)*"
                         r"(?:stay (?:quiet|silent|home|in (?:the|their) (?:kitchen|place|lane|countr(?:y|ies)))|"
                         r"shut up|be quiet|go away|go home|go back|leave|disappear|fuck off|piss off|die|drop dead|"
                         r"know (?:their|its) place|stay in (?:their|its) place|stop breeding|keep quiet)\b", 0.85)
        # negated praise, existential and nominal forms -----------------------------------------
        add("negated-positive", rf"(?:^|\s)(?:nothing|not one thing|not a single thing)\s+(?:{good}\s+)?(?:has\s+)?"
                                r"(?:ever\s+)?(?:good|positive|useful|worthwhile|of value|decent)?\s*(?:ever\s+)?"
                                r"(?:comes|came|has come|will come|can come|could come|has ever come)\s+(?:from|out of|of)\s+"
                                rf"{det}{GA}", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:there is|there's|there was|there has never been|there is not|there are|"
                                r"i see|i can see|i can find)\s+(?:(?:absolutely|literally|just|simply|really)\s+)*"
                                rf"(?:nothing|not one thing|not a single thing|no)\s+(?:{good}\s+)?(?:{good}|thing|"
                                r"things|value|worth|point|use|benefit|redeeming (?:quality|qualities|feature|"
                                rf"features))\s+(?:about|in|to|from)\s+{det}{GA}", 0.85)
        add("negated-positive", rf"(?:^|\s)there\s+(?:has|have)\s+(?:never|not once|not ever)\s+been\s+(?:a|an|one|any)\s+"
                                rf"(?:single\s+)?{good}\s+{G}", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i have|i've|i|we have|we've|we)\s+(?:never|not once|not ever|yet to)\s+"
                                r"(?:met|seen|known|meet|see|know|worked with|come across)\s+(?:a|an|one|any)\s+(?:single\s+)?"
                                rf"{G}\s+(?:who|that)\s+(?:was|is|were|could|can|did|had)\s+(?:(?:any|even|remotely|"
                                rf"actually|ever|at all|a|an)\s+)*(?:{good}|{pos}|good at|use|worth|able to)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is|were)\s+(?:(?:just|all|simply)\s+)*(?:hardly|barely|"
                                r"scarcely|not quite|less than|not fully|not really|never really)\s+"
                                r"(?:human|humans|people|persons|a person|a human|civilised|civilized|"
                                rf"{pos})\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|will never|never|can not)\s+(?:have|possess|"
                                r"show)\s+(?:what it takes|the brains|the intelligence|the ability|the capacity|"
                                r"the skills?|any morals|morals|a conscience|any decency|decency|any dignity|dignity|"
                                r"any shame|shame|any manners|manners|the mental capacity|the capability)\b", 0.85)
        # implicit derogation: generic stereotype and "place" constructions ----------------------
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|just|only|really|simply|basically)\s+)*(?:only|just)\s+"
                          r"(?:care|cares|think|thinks)\s+about\s+(?:money|themselves|their own|one thing|sex|"
                          r"breeding|handouts|benefits|free stuff)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is|come|comes|came)\s+(?:(?:all|just|only|really|"
                          r"simply|basically)\s+)*(?:only\s+|just\s+)?here\s+(?:for|to (?:get|take|claim|"
                          r"steal|milk|scrounge|sponge|live off))\s+(?:the\s+|our\s+|free\s+)?(?:benefits|handouts|"
                          r"money|free stuff|free housing|council houses|houses|nhs|welfare|jobs|women|"
                          r"the system|a free ride)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:have|has|show|shows)\s+(?:no|zero|absolutely no|little)\s+"
                          r"(?:respect|regard)\s+for\s+(?:our|the|british|this country|anyone|anything|women|"
                          r"life|human life|the law|laws)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?<!as if )(?<!as though )(?<!as if PRN )(?<!as though PRN ){det}{GA}\s+"
                          r"(?:(?:all|just|really|clearly|obviously)\s+)*(?:need|needs|should be|"
                          r"must be|ought to be|need to be|needs to be)\s+(?:(?:fixed|fixing|cured|curing|"
                          r"sectioned|converted|reformed|corrected|re-educated|reeducated|"
                          r"sterilised|sterilized|castrated|neutered|chipped|tagged|(?:psychiatric |mental )?help|"
                          r"(?:conversion|electroshock|shock) therapy|therapy|a psychiatrist|locking up|"
                          r"putting down|put down|controlled|tamed|domesticated|civilised|civilized)\b)", 0.85)
        add("derogation", rf"(?:^|\s)(?:a|the)\s+{G}(?:'s|s')?\s+(?:(?:only|rightful|proper|real)\s+)?place\s+is\s+"
                          r"(?:in|at|on|under|behind)\s+(?:the\s+)?(?:home|kitchen|bedroom|sink|cage|zoo|gutter|"
                          r"back|fields?|farm|their countr(?:y|ies)|the back of the bus|the ground|prison|jail|hell)\b|"
                          rf"(?:^|\s)(?:a|the)?\s*{G}\s+place\s+is\s+(?:in|at)\s+the\s+(?:home|kitchen|bedroom|sink)\b", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:only|just|much|far|naturally|best|better)\s+)*"
                          r"(?:suited|fit|built|made|good|designed|meant)\s+(?:only\s+)?(?:for|to)\s+(?:manual labour|"
                          r"manual labor|labour|labor|cleaning|cooking|breeding|slavery|servitude|menial|picking|"
                          r"the kitchen|housework|serving|sex|nothing|one thing|being|following)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:never|do not|don't|you can not|you should never|i would never|i'd never|"
                          r"never ever)\s+(?:leave|trust|let|hire|employ|rent to|lend to|lend money to|turn your back on)\s+"
                          rf"(?:a|an|any|one of)\s+(?:of\s+)?(?:those\s+|these\s+|the\s+)?{G}\s+(?:alone\s+with|near|"
                          r"around|with|in charge of|look after|handle|in your)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:if|when)\s+you\s+(?:hire|employ|marry|date|trust|let in|rent to|befriend|"
                          rf"live near|work with)\s+{det}{G}\s*,?\s+(?:\w+\s+){{0,2}}?(?:expect|be ready for|prepare for|"
                          r"you will get|you get|you deserve|do not be surprised|do not complain|don't be surprised|"
                          r"don't complain)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|really|secretly|basically)\s+)*(?:control|run|own|rule)\s+"
                          r"(?:everything|the world|the media|hollywood|the banks|the government|the money|this country|"
                          r"the west|the economy)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|really|clearly|obviously|simply)\s+)*"
                          r"(?:the|a|one)\s+(?:main\s+|only\s+|real\s+|whole\s+)?reason\s+(?:why\s+)?(?:this|our|the|my|"
                          r"everything|society|britain|the uk|england|life)(?:\s+[a-z]+){0,2}?\s+(?:is|are|has|have)\s+"
                          r"(?:(?:gone|going|got|become|becoming|so|such)\s+)*(?:downhill|down the drain|to the dogs|"
                          r"to hell|to shit|a mess|a shithole|a dump|ruined|broken|falling apart|in decline|crap|shit|"
                          r"bad|worse|unsafe|dangerous|failing|dying)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|really|truly|fully)\s+)*(?:deserve|deserves)\s+"
                          r"(?:(?:everything|all|whatever|anything)\s+(?:bad\s+)?(?:that\s+)?(?:happens|is coming|comes|"
                          r"they get|has happened)|what(?:ever)?\s+(?:they get|is coming|comes to them|happens to them)|"
                          r"(?:all\s+)?(?:the\s+)?(?:abuse|hate|violence|suffering|pain|misery|beatings?|bullying|"
                          r"mistreatment|discrimination)\s+(?:they get|they receive|they suffer|coming to them)|"
                          r"to (?:suffer|die|rot|burn|be hurt|be beaten|be attacked|be abused|be hated|be mistreated|"
                          r"be punished|be bullied|be treated like (?:dirt|shit|animals|dogs)))\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:need to|needs to|should|must|have to|has to|ought to|better)\s+"
                         r"(?:(?:really|all|just|finally)\s+)*(?:learn|know|remember|be put in|be kept in|stay in|"
                         r"be shown|be taught)\s+(?:their|its)\s+place\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|will|could)\s+(?:not|never)\s+(?:even\s+)?(?:spit|piss|pee)\s+on\s+"
                          rf"{det}{G}", 0.88)
        add("derogation", rf"(?:^|\s)(?:having|living with|living near|living next to|working with|being around|"
                          rf"sharing (?:a|an|the) \w+ with)\s+{det}{GA}\s+(?:\w+\s+){{0,3}}?(?:is|was|would be|are)\s+"
                          r"(?:(?:an?|absolute|total|complete|utter|a living|such a|pure|just)\s+)*(?:nightmare|hell|"
                          r"unbearable|intolerable|disgusting|horrible|horrific|awful|a disaster|disaster|torture|"
                          r"a curse|curse|vile|revolting|the worst)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:make|makes|making)\s+(?:everyone|everybody|people|us|all of us|"
                          r"normal people|decent people|the rest of us)(?:\s+around\s+(?:them|PRN))?\s+(?:(?:so|really|feel|"
                          r"fucking)\s+)*(?:sick|ill|unsafe|uncomfortable|nervous|scared|afraid|disgusted|on edge|"
                          r"want to (?:puke|vomit|leave))\b", 0.88)
        add("exclusion", rf"(?:^|\s)(?:our|the|this|my)\s+(?:country|world|town|city|street|society|nation|community|"
                         r"workplace|hospital|ward|team|profession|school|neighbourhood|neighborhood)\s+(?:would|will|could)\s+"
                         r"be\s+(?:(?:so|much|far|a lot|way)\s+)*(?:better|safer|nicer|cleaner|happier|better off|great|"
                         rf"greater)\s+(?:off\s+)?(?:if|once|when)\s+{det}{GA}\s+(?:(?:were|was|are|all|just|finally|"
                         r"would|could|got)\s+)*(?:gone|dead|removed|deported|wiped out|out|died|left|disappeared|"
                         r"kicked out|sent back|exterminated|eradicated|locked up|banned)\b", 0.9)
        add("derogation", rf"(?:^|\s)(?:every|each|every single|all the|any)\s+{G}\s+(?:i|we)\s+(?:have\s+)?(?:ever\s+)?"
                          r"(?:met|known|seen|worked with|dealt with|come across|lived near|treated)\s+(?:has been|have been|"
                          r"was|were|is|are|turned out to be)\s+(?:(?:a|an|so|just|really|completely|utterly|total|"
                          rf"complete|absolute)\s+)*(?:{neg}|{dehum})\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:(?:really|just|simply|honestly|truly)\s+)*(?:have|has)\s+"
                                r"(?:absolutely\s+|literally\s+)?nothing\s+(?:(?:good|useful|positive|worthwhile|of value|"
                                r"valuable)\s+)?(?:to (?:offer|contribute|give|add)|of (?:value|worth)|worth (?:having|"
                                rf"offering)|good about them)\b|(?:^|\s){det}{GA}\s+(?:(?:really|just|simply)\s+)*"
                                r"(?:add|adds|contribute|contributes|give|gives|offer|offers)\s+(?:absolutely\s+|literally\s+)?"
                                r"nothing\s+(?:to|of value|worthwhile|useful|good|positive|at all|whatsoever)\b|"
                                rf"(?:^|\s){det}{GA}\s+(?:bring|brings|cause|causes)\s+(?:absolutely\s+|literally\s+)?"
                                r"nothing\s+but\s+(?:trouble|problems|crime|misery|disease|chaos|violence|shame|grief|"
                                r"pain|harm|danger|filth|drugs|terror)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:just|only|always|all)\s+)*(?:wasting|a waste of|waste of)\s+"
                          r"(?:space|oxygen|air|skin|our time|good air|taxpayers' money|taxpayer money)\b", 0.85)
        add("derogation", rf"(?:^|[.!?]\s|^\s*)typical\s+{G}\s*[,:;!–—-]+\s*(?:(?:always|so|just|again|still|"
                          rf"constantly|forever)\s+)*(?:{neg}|{dehum}|whining|whinging|moaning|complaining|lying|"
                          r"stealing|begging|scrounging|sponging|playing the victim|causing trouble|breeding)\b", 0.85)
        # third round (issue: 1.6 recall): more implicit, question, threat and negated forms ----
        # "so sick of GRP" without a subject
        add("derogation", rf"(?:^|[.!?,]\s*)(?:(?:so|really|totally|just|getting|proper|absolutely|fucking|bloody)\s+)*"
                          rf"(?:sick|tired|sick and tired|fed up)\s+(?:of|with)\s+{det}{G}(?!\s+(?:people\s+)?(?:who|that|"
                          r"being|getting|having|not|facing|suffering|treated|called|blamed|abused|attacked|[a-z]+ing\b))", 0.88)
        # "GRP are absolutely not intelligent", "GRP will never be accepted / part of our society"
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:absolutely|simply|just|really|definitely|clearly|"
                                r"certainly|totally|completely|utterly|obviously|categorically|fundamentally)\s+"
                                rf"(?:not|never)\s+(?:(?:really|truly|a|an|as|very)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:will|can|could|should)\s+never\s+be\s+(?:(?:truly|really|fully|"
                                r"properly)\s+)*(?:accepted|tolerated|trusted|welcome|welcomed|one of us|equal|equals|"
                                r"part of (?:our|this|the|any|a civilised|a civilized|normal|decent) (?:society|country|"
                                r"community|nation|world))\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:have|has)\s+(?:absolutely\s+)?no\s+(?:value|worth|purpose|use|"
                                r"future|morals|culture|dignity|brains|soul|souls|humanity|intelligence|honour|honor|"
                                r"decency|shame|conscience|redeeming (?:qualities|features))\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should|must|ought to)\s+(?:not|never)\s+(?:(?:be allowed to|even|ever)\s+)*"
                         r"(?:have|get|be given|receive)\s+(?:the vote|a vote|the right to vote|rights|any rights|"
                         r"equal rights|the same rights|a say|a voice|jobs|children|kids|passports|citizenship|"
                         r"benefits|houses|homes|an education|freedom)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|should not|will never)\s+deserve\s+to\s+be\s+"
                         r"(?:treated|seen|thought of|regarded)\s+(?:as|like)\s+(?:equals?|humans?|people|human beings|"
                         r"normal|citizens|one of us)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|ought to|need to)\s+(?:(?:all|just|really)\s+)*be\s+ashamed\s+"
                          r"(?:of\s+)?(?:themselves|who they are|what they are|existing|being born|being alive)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|ought to)\s+(?:(?:all|just|only)\s+)*stick\s+to\s+"
                          r"(?:cooking|cleaning|the kitchen|housework|sports?|dancing|manual labou?r|picking fruit|"
                          r"serving|their own kind|making (?:babies|sandwiches)|having babies|breeding|the fields|"
                          r"(?:their|its) own countr(?:y|ies)|what they are good at)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|really|clearly|obviously|simply)\s+)*"
                          r"(?:the|a|one)\s+(?:main\s+|only\s+|real\s+|whole\s+|biggest\s+)?(?:reason|cause)\s+(?:for|behind|of|why)?\s*"
                          r"(?:all\s+)?(?:the\s+|our\s+|this\s+)?(?:crime|violence|rape|rapes|terrorism|terror|poverty|disease|"
                          r"diseases|unemployment|knife crime|gangs|drugs|problems|everything wrong|decline|chaos|"
                          r"mess|trouble)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:it is|it's|is not it|isn't it|that is|so)\s+(?:just\s+|so\s+)?typical\s+(?:of\s+)?"
                          rf"{det}{G}\s+to\s+(?:be\s+)?(?:(?:so|that|this|such|a|an)\s+)*(?:{neg}|{dehum}|lie|steal|cheat|"
                          r"moan|whine|complain|scrounge|mess|screw|fuck|ruin)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:it is|it's|it has always been)?\s*in\s+(?:the\s+)?(?:GRP|GRPS|PRN|their)\s+"
                          r"(?:nature|blood|genes|dna)\s+to\s+(?:be\s+)?(?:(?:so|a|an|violent and)\s+)*(?:" + neg + "|"
                          + dehum + r"|lie|steal|cheat|kill|rape|hate|breed|scrounge|cause trouble|uncivilised|"
                          r"uncivilized|primitive|violent|deceive|betray)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:have|'ve)?\s*(?:never|not once)\s+(?:ever\s+)?(?:met|known|seen|worked with|"
                          rf"come across)\s+(?:a|an|one|any)\s+(?:single\s+)?{G}\s+(?:who|that)\s+(?:was not|is not|were not|"
                          rf"did not|does not|was n't|wasn't|isn't)\s+(?:(?:a|an|completely|totally|utterly)\s+)*"
                          rf"(?:{neg}|{dehum}|lying|stealing|cheating|thieving|violent|criminal|liar|thief|cheat)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:never|do not|can not|you can not|you should never|i would never|i will never)\s+"
                          r"(?:trust|believe)\s+(?:a\s+(?:single\s+)?word|anything|what(?:ever)?)\s+(?:(?:said|spoken|"
                          rf"written|uttered)\s+by|(?:that\s+)?(?:comes|coming)\s+out\s+of\s+the\s+mouth\s+of|from)\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|\s)(?:you|we|i|nobody|no one|no-one|one)\s+(?:can not|can never|could never|could not|"
                          rf"will never)\s+(?:(?:ever|really)\s+)*take\s+{det}{G}\s+seriously", 0.85)
        add("refusal", rf"(?:^|\s)(?:i|we)\s+(?:would|will|could)\s+(?:never|not)\s+(?:ever\s+)?(?:eat|drink|touch|accept|take|"
                       r"buy)\s+(?:food|anything|a drink|a meal|a cup of tea|something|a coffee)\s+(?:cooked|made|served|"
                       rf"prepared|touched|handed|given|poured)\s+(?:to me\s+)?by\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*|\s)(?:a|an|GRP)\s+(?:GRPS\s+)?(?:running|leading|in charge of|as (?:the )?"
                          r"(?:head|leader|boss|president|prime minister)\s+of)\s+(?:a|an|the|our|this|my)\s+"
                          r"(?:country|company|business|government|team|hospital|nation|school|office|department)\s*"
                          r"[?!]+\s*(?:hilarious|laughable|ridiculous|what a joke|a joke|lol|lmao|haha|yeah right|good one|"
                          r"imagine|sure)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:being\s+)?in\s+charge\s+(?:of\s+(?:\w+\s+){{0,2}})?(?:is|would be|was)\s+"
                          r"(?:(?:just|so|a|an|absolutely|utterly|totally|fucking)\s+)*(?:ridiculous|laughable|a joke|"
                          r"hilarious|a disaster|a nightmare|absurd|a recipe for disaster|unthinkable|a mistake)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:why\s+)?(?:can not|do not|will not|never|can never)\s+{det}{GA}\s+(?:just\s+)?"
                          r"(?:behave|act|live)\s+like\s+(?:civilised|civilized|normal|decent|proper|real)\s+"
                          r"(?:humans?|people|human beings)\b", 0.85)
        add("derogation", rf"(?:^|\s)what\s+(?:a|an)\s+(?:(?:bunch|load|pack|lot|gang|shower)\s+of\s+)(?:(?:fucking|bloody|"
                          rf"damn|absolute|total|utterly|complete|typical|useless|stupid|disgusting|pathetic)\s+)*"
                          rf"(?:{neg}\s+)?GRP\s*(?:[.!?]|$)", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|far|way|much|naturally|inherently|"
                          r"always|generally|so)\s+)*too\s+(?:(?:fucking|bloody|damn)\s+)?(?:emotional|hormonal|stupid|dumb|"
                          r"thick|lazy|primitive|irrational|hysterical|backward|backwards|dirty|violent|unstable|"
                          r"childish|dim|dense|simple-minded|uncivilised|uncivilized)\s*(?:[.!?,;]|$|and\b|for\s+(?:this|"
                          r"anything|their own good))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:opinions|views|lives|rights|votes|voices|feelings|culture|cultures|"
                          r"religion|beliefs|food|music|language|languages|children|kids|babies|existence)\s+(?:are|is)\s+"
                          rf"{adv}(?:{neg}|{dehum}|meaningless|irrelevant|pointless|worthless|a joke|nothing|shit)\b", 0.85)
        # questions whose presupposition denies the group's worth or place
        add("exclusion", rf"(?:^|\s)why\s+(?:do|does|did|should|must|are|is)\s+(?:we\s+(?:even\s+|still\s+)?(?:let|allow)\s+)?"
                         rf"{det}{GA}\s+(?:(?:even|still|ever|be allowed to|get to|even get to|have to)\s+)*(?:exist|live|"
                         r"breathe|breed|vote|have rights|have a say|have children|be alive)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:should|must|can|do)\s+(?:we\s+(?:even\s+|really\s+)?(?:let|allow)\s+)?{det}{GA}\s+"
                         r"(?:(?:even|ever|really|still)\s+)*(?:be allowed to\s+|be permitted to\s+|get to\s+)?(?:exist|live|"
                         r"breed|reproduce|have children|be near children|walk the streets|breathe)\s*(?:\?|$)", 0.85)
        add("exclusion", rf"(?:^|\s)why\s+(?:do|does|did|would|should)\s+(?:anyone|anybody|we|you|they|the government|"
                         rf"this country|britain|the uk)\s+(?:even\s+|still\s+|ever\s+)?(?:let|allow)\s+{det}{GA}\s+"
                         r"(?:in|into|here|near|around|to (?:stay|live|vote|work|exist|breed|come))\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:can|could|do|does|will)\s+{det}{GA}\s+(?:ever\s+)?do\s+(?:anything|something)\s+"
                                r"(?:right|properly|useful|good|well|worthwhile)\s*\?", 0.85)
        add("negated-positive", rf"(?:^|\s)what\s+(?:good|use)\s+are\s+{det}GRP\b|"
                                rf"(?:^|\s)what\s+(?:are|is)\s+{det}{GA}\s+(?:even|actually|really|ever)?\s*good\s+for\b", 0.85)
        add("threat", rf"(?:^|\s)(?:is not it|isn't it|it is|it's|now is the)\s+(?:about\s+|high\s+)?time\s+(?:that\s+)?"
                      rf"(?:we\s+|someone\s+|somebody\s+|to\s+)?(?:finally\s+)?(?:{threat}|{threat_pp}|got rid of|dealt with)\s+{det}{GA}", 0.88)
        add("exclusion", rf"(?:^|\s)(?:would not|wouldn't|would|will not)\s+(?:it|the world|life|things|this country|everything)\s+"
                         r"be\s+(?:so\s+|much\s+|a lot\s+|far\s+)*(?:great|good|nice|better|lovely|wonderful|a better place|"
                         rf"brilliant|amazing|perfect|safer)\s+(?:if|when)\s+{det}{GA}\s+(?:(?:all|just|would|could|were to|"
                         r"finally)\s+)*(?:died|dead|were dead|were all dead|disappeared|vanished|were gone|got killed|"
                         r"got shot|were deported|were wiped out|were exterminated|did not exist|stopped existing|"
                         r"went away|were removed|were locked up)\b", 0.9)
        add("exclusion", rf"(?:^|\s)(?:the world|this country|the country|britain|the uk|society|life|everything|our country|"
                         r"this town|earth|the planet)\s+(?:would|will|could)\s+be\s+(?:a\s+)?(?:(?:so|much|far|a lot|way)\s+)*"
                         r"(?:better|safer|nicer|cleaner|happier)\s+(?:place\s+)?(?:off\s+)?(?:if|once|when)\s+"
                         rf"{det}{GA}\s+(?:(?:were|was|are|all|just|finally|would|could|got)\s+)*(?:gone|dead|removed|"
                         r"deported|wiped out|died|disappeared|kicked out|sent back|exterminated|eradicated|locked up|"
                         r"banned|killed|shot|extinct)\b", 0.9)
        # threats: gerund + approval, wish to see, demonstratives
        add("threat", rf"(?:^|\s)(?:killing|shooting|murdering|hanging|gassing|lynching|exterminating|eliminating|"
                      r"getting rid of|wiping out|slaughtering|burning|stabbing|beating|drowning|executing|torturing)\s+"
                      rf"(?:all\s+|every\s+|the\s+|those\s+|these\s+)*{GA}\s+(?:would be|is|was|will be|should be|"
                      r"would make|makes)\s+(?:(?:so|such|a|an|the|really|totally|absolutely|only|completely)\s+)*"
                      r"(?:good thing|right thing|great thing|justified|the answer|the solution|fair|fine|ok|okay|"
                      r"good idea|great idea|public service|favour|favor|best thing|right|acceptable|a relief|"
                      r"necessary|the world a better place|me happy|the only way)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:would|will|'d)?\s*(?:really\s+)?(?:love|like|enjoy|be happy|be glad|want|"
                      rf"can not wait|long|dream)\s+to\s+see\s+{det}{GA}\s+(?:(?:all|just|finally|being|get|getting|be)\s+)*"
                      r"(?:hanging|hang|hanged|hung|dead|burn|burning|burned|burnt|die|dying|suffer|suffering|shot|killed|"
                      r"gassed|strung up|lynched|wiped out|exterminated|tortured|beaten|stabbed|drowned|drown|rot|"
                      r"rotting|bleed|bleeding|in camps|in chains|in cages|in coffins|in body bags|on fire|set on fire)\b", 0.92)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}{threat}\s+(?:that|this|yon)\s+(?:\w+\s+)?{G}", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}{threat}\s+(?:them|em|PRN)\s+(?:all\s+)?,?\s*(?:all\s+)?(?:those|these|the|you)\s+"
                      rf"(?:(?:fucking|bloody|dirty|filthy)\s+)*{G}", 0.9)
        add("threat", rf"(?:^|\s)(?:any|every|each|the next|the first)\s+{G}\s+(?:who|that)\s+(?:\w+\s+){{1,5}}?(?:will|shall|is going to|"
                      rf"are going to|gets|get|is gonna)\s+(?:be|get)\s+(?:(?!(?:not|never|protected|safe|welcome|allowed|"
                      rf"treated|given|helped|supported|paid|offered|seen)\b)[a-z'-]+\s+){{0,1}}{threat_pp}\b", 0.88)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|am going to|are going to|shall)\s+(?:make sure|see to it|ensure)\s+"
                      rf"(?:that\s+)?{det}{GA}\s+(?:never\s+(?:feel|are|is|will be)\s+safe|(?:live|lives)\s+in\s+fear|"
                      r"(?:are|will be)\s+(?:never\s+safe|afraid|terrified|scared))\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:get|grab|load|take|fetch|bring)\s+(?:my|our|a|the|me|some)\s+"
                      r"(?:guns?|rifles?|shotguns?|knife|knives|machetes?|bats?|axes?|petrol|matches|rope)\s+and\s+"
                      rf"(?:go\s+)?{threat}\s+{det}{GA}", 0.9)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|just|simply)\s+)*(?:never|can not|do not|will never|are unable to)\s+"
                          r"(?:ever\s+)?(?:tell the truth|keep (?:their|a) (?:word|promise)|stop lying|wash|integrate|"
                          r"be honest|say anything true|behave)\b", 0.85)
        # more questions
        add("threat", rf"(?:^|\s)(?:should|shall|can|could|must|do)\s+(?:we|i|someone|somebody|people|you)\s+(?:(?:just|all|"
                      rf"finally|simply|not)\s+)*{threat}\s+{det}{G}\s*(?:\?|$|already|now|once)", 0.85)
        add("exclusion", rf"(?:^|\s)(?:when|how soon)\s+(?:will|are|is|do|can)\s+{det}{GA}\s+(?:(?:finally|just|all|ever|"
                         r"going to|gonna)\s+)*(?:disappear|die|die out|go away|leave|be gone|fuck off|piss off|"
                         r"be wiped out|go extinct|be deported|go back|get out|stop existing)\b", 0.85)
        add("derogation", rf"(?:^|\s)why\s+(?:do|does|must|should)\s+{det}{GA}\s+(?:(?:still|even|always)\s+)*"
                          r"(?:insist on|keep on|keep)\s+(?:existing|living|breeding|being alive|being here)\b", 0.85)
        add("derogation", rf"(?:^|\s)what\s+is\s+it\s+with\s+{det}{GA}\s+(?:and\s+|being\s+)?(?:(?:so|always|such|all|"
                          rf"constantly)\s+)*(?:{neg}|{dehum})\b", 0.85)
        add("derogation", rf"(?:^|\s)why\s+(?:can not|will not|do not)\s+{det}{GA}\s+(?:just\s+|ever\s+)*"
                          r"(?:be|act|behave)\s+(?:normal|civilised|civilized|decent|like (?:us|everyone else|normal "
                          r"people|human beings)|quiet|grateful)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:is not it|it is|is it not)\s+(?:so\s+|really\s+|just\s+)*(?:disgusting|"
                          r"vile|sickening|gross|revolting|repulsive|pathetic|nauseating)\s+(?:how|that|the way)\s+"
                          rf"{det}{GA}\s+(?:behave|act|live|look|smell|dress|talk|breed|think|exist)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:do|does|can)\s+{det}{GA}\s+(?:even|actually|really)\s+(?:have|possess)\s+"
                          r"(?:(?:a|any)\s+)?(?:brains?|souls?|feelings|morals|a conscience|any sense|intelligence)\b", 0.85)
        add("derogation", rf"(?:^|\s)how\s+(?:are|is|can)\s+{det}{GA}\s+not\s+(?:ashamed|embarrassed)\b", 0.85)
        # round 3b: more implicit derogation, negated praise and threats -------------------------
        idadj = (r"(?:gay|lesbian|bi|bisexual|trans|transgender|queer|disabled|autistic|black|muslim|jewish|"
                 r"a muslim|a jew|a lesbian|a tranny|a homo)")
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|will|'d)\s+(?:be|feel)\s+(?:so\s+|deeply\s+|really\s+)?(?:ashamed|"
                          r"disgusted|embarrassed|horrified|sick)\s+if\s+(?:my|our)\s+(?:son|daughter|child|kid|kids|children|"
                          rf"brother|sister|boy|girl)\s+(?:was|were|is|turned out|came out as|became|ended up)\s+(?:to be\s+)?{idadj}\b|"
                          r"(?:^|\s)(?:i|we)\s+(?:would|will|'d)\s+(?:disown|kick out|throw out|never speak to)\s+(?:my|our)\s+"
                          rf"(?:son|daughter|child|kid|brother|sister)\s+if\s+(?:he|she|they)\s+(?:was|were|is|turned out|came out as)\s+"
                          rf"(?:to be\s+)?{idadj}\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:were|are|would be|would have been)\s+(?:(?:so\s+|much\s+|far\s+|all\s+)*)"
                          r"better\s+off\s+(?:as slaves|dead|never born|never having been born|unborn|aborted|in chains|"
                          r"in cages|locked up|not existing|in camps|in the kitchen|gone|in their own countr(?:y|ies))\b", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|needs to|ought to)\s+(?:all\s+|just\s+)?be\s+(?:hidden|"
                          r"kept (?:away from (?:children|kids|us|society|normal people|decent people)|apart|under control|"
                          r"on a leash|on a lead)|made to wear (?:badges|armbands|stars|tags|labels|a badge)|watched at all times|"
                          r"segregated|rounded up|kept in (?:a\s+)?separate (?:wards?|rooms?|schools?|areas?|camps?))\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|only|all)\s+)*(?:playing|pretending to be)\s+"
                          r"(?:dress[- ]up|pretend|make[- ]believe|a game)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|ought to|need to|must)\s+(?:just\s+|all\s+)?be\s+grateful\s+"
                          r"(?:for\s+(?:what|whatever|anything|all)\s+(?:PRN|they|we)\s+(?:get|are given|give)|to be (?:here|alive|"
                          r"allowed|tolerated|let in)|(?:that\s+)?we\s+(?:let|allow|tolerate|put up with))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:need|needs)\s+(?:a man|men|a master|masters|a husband|an owner|"
                          r"supervision|someone|white people)\s+to\s+(?:tell|control|look after|think for|keep|manage|own)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:only|just)\s+(?:know|understand)\s+(?:how to\s+)?(?:violence|hate|hatred|"
                          r"crime|terror|lying|stealing|steal|lie|cheat|breed|fight|kill|rape|the whip|force)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|only|clearly|simply)\s+)*(?:an experiment gone wrong|"
                          r"a sign of (?:a\s+)?(?:decaying|declining|sick|degenerate|dying|rotten|collapsing) (?:society|"
                          r"civilisation|civilization|world|culture|nation)|a phase (?:that\s+)?(?:society|the world) "
                          r"(?:needs to|will|should) grow out of|only good (?:in bed|for sex|in the kitchen|for breeding))\b", 0.85)
        add("derogation", rf"(?:^|\s)if\s+(?:you are|he is|she is|someone is|somebody is|they are)\s+(?:a|an)\s+{G}\s*,?\s*"
                          rf"(?:then\s+)?(?:you are|he is|she is|they are|you must be|he must be|she must be)\s+(?:(?:a|an|"
                          rf"probably|definitely|obviously|automatically)\s+)*(?:{neg}|{dehum})\b", 0.85)
        add("derogation", rf"(?:^|\s)scratch\s+(?:a|an|any)\s+{G}\s+and\s+(?:you\s+)?(?:will\s+)?find\s+(?:a|an)\s+"
                          rf"(?:{neg}|{dehum})\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:belong|belongs)\s+(?:in|on|at|under)\s+(?:(?:the|a|their|own)\s+)*(?:chains|"
                         r"psych wards?|psychiatric wards?|mental asylums?|the madhouse|madhouses|loony bins?|nuthouses?|"
                         r"the fields|slavery|gas chambers|ovens|the ground|graves?|the grave|barefoot|shackles|"
                         r"the dark ages|the stone age|the past|the dustbin of history)\b|"
                         rf"(?:^|\s){det}{GA}\s+belong\s+barefoot", 0.88)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:just|only|all)\s+)*(?:take|taking|takes)\s+up\s+(?:space|room|beds|"
                          r"resources|jobs|houses|places|air)\s+(?:that|which)\s+(?:normal|real|decent|proper|our own|british|"
                          r"english|hard-working|hardworking)\s+(?:people|citizens|families)\b", 0.85)
        add("refusal", rf"(?:^|\s)(?:i|we)\s+(?:would|will|'d)\s+(?:never|not)\s+(?:ever\s+)?let\s+(?:my|our)\s+(?:daughter|son|"
                       r"child|children|kids?|sister|brother|family)\s+(?:marry|date|be friends with|play with|go near|go out "
                       rf"with|be treated by|be taught by|be seen by|near)\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|\s)no\s+(?:decent|sane|sensible|normal|right-minded|self-respecting|reasonable)\s+(?:person|"
                          r"one|employer|man|woman|landlord|company|parent)\s+(?:would|should|will|could)\s+(?:ever\s+)?"
                          rf"(?:hire|employ|trust|marry|date|rent to|befriend|want|love|vote for)\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*|\s)(?:a|an)\s+GRPS\s*\?+\s*(?:no thanks|no thank you|no way|hell no|"
                          r"i would rather die|i would rather not|not a chance|absolutely not|god no|yuck|ew+|gross|"
                          r"disgusting|over my dead body|pass)\s*(?:[.!?,]|$)", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|just|simply|personally)\s+)*(?:could never|can never|"
                                r"would never|will never|could not|can not|do not|would not)\s+(?:ever\s+)?(?:love|trust|"
                                rf"be friends with|befriend|respect)\s+{det}{G}(?!\s+(?:who|that|because|if)\b)", 0.85)
        add("negated-positive", rf"(?:^|\s)none\s+of\s+(?:the\s+)?{G}\s+(?:i|we)\s+(?:\w+\s+)?(?:know|knew|met|have met|have known|"
                                rf"work with|worked with)\s+(?:are|is|were|was|have been)\s+(?:(?:even|remotely|at all|any|a|an)\s+)*"
                                rf"(?:{pos}|good at|worth)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)no\s+GRPS\s+(?:deserves|deserve|is worthy of|has earned)\s+(?:(?:any|a|the)\s+)?"
                                r"(?:happiness|love|respect|rights|to be happy|to live|to exist|kindness|dignity|compassion|"
                                r"sympathy|help|a home|a job|a future|freedom)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|just|simply|personally)\s+)*(?:do not|never|would not|"
                                r"can not|could never|will never)\s+(?:consider|regard|see|count|call|class|think of|treat)\s+"
                                rf"{det}{GA}\s+(?:(?:to be|as|like)\s+)?(?:(?:a|an|fully|truly|real|proper)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:will never|are never going to|can never|never|will not ever|"
                                r"do not ever)\s+(?:amount to|achieve|accomplish|make anything of|be worth)\s+"
                                r"(?:anything|much|something|themselves)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:(?:all|just|simply|clearly)\s+)*(?:lack|lacks)\s+(?:(?:any|basic|the|all|"
                                r"even basic|common|human)\s+)*(?:intelligence|decency|morals|morality|empathy|brains|humanity|"
                                r"culture|manners|civility|dignity|honour|honor|self-control|integrity|brain cells|sense|"
                                r"souls?|conscience|ability|capacity)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|genuinely|just|simply)\s+)*(?:do not|could not|can not|"
                          rf"would not|will not)\s+care\s+(?:less\s+)?(?:if|whether|when|about|that)\s+{det}{GA}\s+(?:(?:all|"
                          r"just|were to)\s+)*(?:die|dying|died|suffer|suffering|starve|starving|drown|drowning|burn|burning|"
                          r"get killed|got killed|rot|rotting|get hurt|were killed|are killed|are dying)\b", 0.88)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:have\s+)?(?:never|not ever|not once)\s+(?:(?:really|once)\s+)?(?:liked|"
                                r"respected|trusted|cared (?:for|about)|had (?:any\s+)?(?:time|respect|love|sympathy) for|"
                                rf"been fond of|loved|valued)\s+{det}{GA}(?!\s+(?:who|that|because)\b)", 0.85)
        # profanity as the form of the attack
        add("derogation", rf"(?:^|[.!?]\s*)(?:goddamn|goddamned|god damn|fuckin|fking|fkn|effing|frigging|friggin|bleeding|"
                          rf"sodding|shitty|stinking|stinkin|damned|bastard|fucken)\s+{G}\s*(?:[.!?,]|$)", 0.85)
        add("derogation", rf"(?:^|\s)what\s+(?:the fuck|the fck|the hell|the actual fuck|tf)\s+is\s+(?:wrong|the matter|"
                          rf"up)\s+with\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*){det}{G}\s*,\s*(?:(?:just|please|kindly|all of you)\s+)?(?:fuck you|fuck off|piss off|"
                          r"screw you|go to hell|go die|drop dead|burn in hell|rot in hell|get fucked|sod off|die)\b", 0.88)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:can|may)\s+(?:(?:all|just|go|all just|all go)\s+)+(?:die|rot|burn|drop dead|"
                      r"rot in hell|burn in hell|go die|die in a fire|choke)\b", 0.88)
        # threats: more verbs and frames
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:take out|wipe|teach|give)\s+{det}{GA}\s+(?:off the (?:face of the )?"
                      r"(?:earth|planet|map)|a lesson|what (?:PRN|they) (?:deserve|have coming|are due)|what is coming "
                      r"to (?:PRN|them))", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}take\s+out\s+(?:(?:all|every|the|those|these|some|any|each|next|first|single|"
                      rf"last)\s+)+{GA}", 0.88)
        add("threat", rf"(?:^|\s)(?:any|every|each|the next|the first)\s+{G}\s+(?:who|that)\s+(?:\w+\s+){{1,5}}?(?:will|shall|is going to|"
                      r"are going to|is gonna)\s+get\s+(?:a beating|a kicking|a bullet|hurt|killed|shot|stabbed|"
                      r"what is coming|what they deserve|the same|a slap|smacked|punched)\b", 0.88)
        add("threat", rf"(?:^|\s)(?:go|going|went|let us go)\s+hunting\s+(?:for\s+)?{det}{G}|(?:^|\s)hunt\s+for\s+{det}{G}", 0.88)
        add("threat", r"(?:^|\s)(?:knife|knives|gun|guns|rifle|shotgun|baseball bat|machete|axe|petrol|acid|bomb|"
                      rf"explosives|noose)\b[^.!?]{{0,50}}?\b(?:to|and)\s+{threat}\s+{det}{GA}\b", 0.85)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:find|catch|get|track down|hunt down)\s+(?:you|them|PRN)\s+and\s+{threat}\s+"
                      rf"(?:you|them|PRN)\b[^.!?]{{0,20}}?{G}", 0.9)
        add("threat", rf"(?:^|[.!?]\s*){det}{G}\s*,\s*(?:i|we)\s+{wants}{threat}\s+(?:you|you all|all of you|every one of you|"
                      r"each of you|the lot of you)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}{threat}\s+(?:that|this|a|the)\s+(?:group|bunch|crowd|gang|load|pack|"
                      rf"family|couple)\s+of\s+{GA}", 0.9)
        # other word orders: exclamations, comparisons, "that's X for you"
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|just|really|always|fucking|so|literally)\s+)*(?:smell|stink|reek|"
                          r"smells|stinks|reeks)\b(?!\s+(?:of|nice|good|lovely|great|amazing|like (?:roses|flowers|heaven)|so (?:nice|good)))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|clearly|literally)\s+)*(?:what is|everything "
                          r"(?:that is|that's)|everything)\s+wrong\s+with\s+(?:(?:this|the|our|modern)\s+)?(?:world|society|country|"
                          r"nation|planet|town|city|generation|culture)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:that is|that's|typical|classic|such is life with)\s+(?:just\s+)?{det}{G}\s+for\s+you\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:have\s+)?(?:never|not ever|not once)\s+(?:seen|met|known|heard of|come across)\s+"
                          rf"(?:anything|anyone|anybody|something|someone)\s+(?:so|as|more)\s+(?:{neg}|{dehum})\s+(?:as|than)\s+"
                          rf"{det}{G}", 0.85)
        add("derogation", rf"(?:^|\s)how\s+(?:(?:fucking|so|very|incredibly|unbelievably|utterly)\s+)?(?:{neg})\s+"
                          rf"(?:{det}{G}\s+(?:are|is|can be|have become)|(?:are|is)\s+{det}{G}\s*(?:\?|!))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|even|much|far|way|so|literally)\s+)*(?:uglier|"
                          r"dumber|dirtier|lazier|smellier|stupider|thicker|nastier|filthier|worse|lower|more disgusting|"
                          r"more stupid|more useless|more dangerous|less intelligent|less human|less civilised|less "
                          r"civilized|as bad as|as dumb as|as dirty as|as ugly as|as stupid as)\s+(?:than\s+)?"
                          rf"(?:{dehum}|{neg}|nazis|terrorists|animals|dogs|pigs|rats|rocks|bricks|a rock|cattle|"
                          r"a pig|a dog|an animal|vermin|dirt|shit|scum)\b", 0.85)
        # round 3c: negated praise and threats in more word orders
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:never|can not|can never|could never|do not|will never|are unable to)\s+"
                                r"(?:ever\s+)?do\s+(?:anything|a thing|something)\s+(?:right|useful|good|properly|worthwhile|"
                                r"well|of value|helpful|decent)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:can not|can never|will never)\s+be\s+(?:reasoned with|civilised|civilized|"
                                r"educated|tamed|taught anything|trusted with anything)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:so|very|completely|totally)\s+)?(?:unwanted|not wanted)\s+"
                         r"(?:here|in (?:this|my|our|the) (?:country|town|city|street|neighbourhood|neighborhood|area|"
                         r"house|home|workplace|school)|anywhere)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:not|never)\s+(?:allowed|permitted|welcome|tolerated)\s+"
                         r"(?:in|into|near|inside|at)\s+(?:my|our)\s+(?:house|home|shop|business|country|street|pub|"
                         r"restaurant|building|family|town|church|school|practice|clinic|surgery|ward|team|office)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)there\s+(?:are|is|exist|exists)\s+(?:no|not one|not a single|not any)\s+{good}\s+{G}\b|"
                                rf"(?:^|\s)(?:nothing|not one thing)\s+(?:good\s+)?about\s+{det}{GA}\s+(?:is|are)\s+"
                                rf"(?:(?:remotely|even|at all)\s+)*(?:{good}|{pos})\b", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*)(?:never|do not|don't|never ever|you should never|you can never)\s+(?:ever\s+)?"
                          r"(?:trust|hire|employ|rent to|date|marry|befriend|believe|help|serve|lend (?:money )?to|"
                          rf"turn your back on)\s+(?:a|an|any)\s+{G}\s*(?:[.!?]|$)", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:would never|would not|could never|will never)\s+(?:consider|regard|see|"
                                rf"count|call|class|think of)\s+{det}{GA}\s+(?:(?:to be|as|like)\s+)?(?:(?:a|an|fully|truly|real|"
                                rf"proper)\s+)*{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:do not|never|can not|refuse to)\s+(?:believe|think|accept)\s+(?:that\s+)?"
                                rf"{det}{GA}\s+(?:have|has|are capable of|can have|possess)\s+(?:(?:any|real|a|true)\s+)*"
                                r"(?:feelings|souls?|brains?|emotions|a conscience|consciences|morals|intelligence|empathy|"
                                r"humanity|dignity|love)\b", 0.85)
        add("threat", rf"(?:^|\s)(?:a|the only)\s+good\s+{G}\s+(?:is|are)\s+(?:a\s+)?dead\b", 0.92)
        add("threat", rf"(?:^|\s)(?:soon\s+)?{det}{GA}\s+will\s+(?:(?:all|soon|finally|very soon|shortly)\s+)*be\s+"
                      r"(?:dead|gone|wiped out|no more|extinct|exterminated|six feet under|in the ground)\b", 0.88)
        add("threat", rf"(?:^|\s)(?:killing|shooting|murdering|hanging|gassing|lynching|exterminating|stabbing|torturing|"
                      rf"burning|hurting|beating)\s+(?:all\s+|every\s+|the\s+|some\s+)*{GA}\s+(?:is|would be|has always been)\s+"
                      r"(?:my|our)\s+(?:dream|goal|plan|hobby|mission|wish|fantasy|pleasure|calling|ambition|aim|"
                      r"favourite thing)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:set|light)\s+{det}{GA}\s+(?:on fire|alight|ablaze|aflame)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:make sure|see to it|ensure)\s+(?:that\s+)?(?:no|not one|not a single)\s+{G}\s+"
                      r"(?:lives|survives|is left|remains|walks|gets out|makes it)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|shall|am going to|are going to|want to|am gonna|plan to|intend to)\s+"
                      rf"(?:[\w']+\s+){{1,6}}?and\s+(?:(?:then|just)\s+)?(?:{threat}\s+{det}{GA}|"
                      r"make\s+(?:PRN|them)\s+(?:pay|suffer|bleed|die|beg))\b", 0.88)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|would|shall|am going to|are going to|want to|am gonna|plan to|intend to)\s+"
                      rf"(?:[a-z']+\s+){{0,3}}?(?:drive|plough|plow|ram|crash|steer)\s+(?:my|a|the|our|this|"
                      r"his|her)\s+(?:car|van|truck|lorry|bus)\s+(?:in)?to\s+(?:a\s+)?(?:(?:crowd|group|bunch|queue|line)\s+of\s+)?"
                      rf"{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:{threat}|bury|hit|smack|get|deal with|sort out|do in)\s+(?:every|any|each|"
                      rf"the next|the first|all the)\s+{G}\s+(?:i|we)\s+(?:see|meet|find|come across|spot|get my hands on|"
                      r"run into|bump into|can find|lay (?:my|our) eyes on)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:waiting|coming|ready|looking)\s+(?:for|after)\s+(?:you\s+)?{det}{G}\s+with\s+(?:a|my|our|the|"
                      r"some)\s+(?:knife|knives|gun|guns|rifle|shotgun|bat|baseball bat|machete|axe|hammer|crowbar|"
                      r"petrol|acid|noose|rope)\b", 0.9)
        add("threat", rf"(?:^|[.!?]\s*)(?:can not wait|can't wait|cannot wait|dying|itching|longing|aching|so ready)\s+to\s+"
                      rf"{threat}\s+{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s)(?:any|every|each|the next|the first)\s+{G}\s+(?:who|that)\s+(?:\w+\s+){{1,5}}?(?:is getting|"
                      rf"are getting|gets|get|is gonna get|is going to get)\s+{threat_pp}\b", 0.88)
        # strong feelings about the group, more forms
        add("derogation", rf"(?:^|\s)(?:hating|despising|loathing|detesting|disliking)\s+{det}{GA}\s+(?:is|should be|has always been)\s+"
                          r"(?:(?:completely|totally|perfectly|only|just|so)\s+)*(?:natural|normal|fine|ok|okay|right|justified|"
                          r"a virtue|healthy|good|rational|common sense|understandable)\b|(?:^|\s)(?:it is|it's)\s+(?:(?:completely|"
                          r"totally|perfectly|only|just)\s+)*(?:natural|normal|fine|ok|okay|right|justified|healthy|good|rational|"
                          rf"understandable)\s+to\s+(?:hate|despise|loathe|detest|dislike|fear)\s+{det}{GA}", 0.85)
        add("derogation", rf"(?:^|\s)(?:everyone|everybody|the whole world|all of us|we all|society|the world|every decent person)\s+"
                          rf"(?:(?:secretly|really|rightly|just)\s+)*(?:hates|despises|loathes|detests|hate)\s+{det}{GA}"
                          r"(?!\s+(?:who|that|when|being|getting)\b)|"
                          rf"(?:^|\s){det}{GA}\s+(?:should|must|deserve to|need to)\s+be\s+(?:hated|despised|loathed|shunned)\b|"
                          rf"(?:^|\s){det}{GA}\s+are\s+hated\s+(?:by everyone\s+)?for\s+a\s+(?:good\s+)?reason\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:really|just|all|so|seriously)\s+)*(?:repel|repels|make my blood boil|"
                          r"makes my blood boil|fill me with (?:rage|hatred|hate|disgust|loathing|contempt|revulsion)|"
                          r"fills me with (?:rage|hatred|hate|disgust|loathing|contempt|revulsion))\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:my blood boils|i feel sick|i feel ill|i want to (?:puke|vomit|throw up)|i get angry|"
                          r"i see red|i cringe|i shudder)\s+(?:(?:every time|whenever|when|if)\s+)(?:i|we)\s+(?:see|hear|think of|"
                          rf"meet|look at)\s+{det}{G}\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:i am|i'm|we are)\s+(?:(?:so|just|absolutely|completely)\s+)*(?:full of (?:hatred|hate|"
                          rf"rage|contempt|disgust)\s+(?:for|towards|toward)|so over|over)\s+{det}{G}\s*(?:[.!?]|$)|"
                          rf"(?:^|\s)(?:i am|i'm|we are)\s+(?:(?:so|just|absolutely|completely)\s+)*full\s+of\s+(?:hatred|hate|"
                          rf"rage|contempt|disgust)\s+(?:for|towards|toward)\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*)(?:ugh|urgh|eww+|yuck|gross|bleurgh|vomit|puke)\s*[,!.:]*\s*{det}{G}\s*(?:[.!?]|$)|"
                          rf"(?:^|[.!?]\s*){det}{G}\s*[,:]+\s*(?:ugh|urgh|eww+|yuck|gross|vomit|puke|disgusting|vile|revolting)\s*(?:[.!?]|$)", 0.85)
        add("derogation", rf"(?:^|\s){det}{G}\s+(?:are|is)\s+(?:(?:just|all|simply|truly)\s+)*(?:the bane of (?:my|our|society's) "
                          r"(?:existence|life|lives)|my enemy|my enemies|our enemy|our enemies|the enemy|the enemies)\b", 0.85)
        # comparisons that rank the group below animals, children or "us"
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|will never|never|can not)\s+(?:have|possess|show)\s+"
                                r"(?:any|a|the|a single|even one|one)\s+(?:brains?|brain cells?|intelligence|morals|decency|dignity|"
                                r"shame|manners|common sense|sense|conscience|humanity|empathy|soul|souls|culture|value|worth)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:not|nowhere)\s+(?:even\s+)?(?:close to|near|anywhere near)\s+"
                                rf"(?:being\s+)?(?:(?:a|an|as)\s+)*{pos}\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:basically|just|all|really|literally|nothing more than|no more "
                          r"than|little more than|no better than|like)\s+)+(?:children|kids|babies|toddlers|infants|"
                          r"overgrown children|big children|animals)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|clearly|so much|far|way)\s+)*(?:less than|lesser "
                          r"than|beneath|below|inferior to|worse than|lower than)\s+(?:us|me|everyone|everybody|normal people|"
                          r"real people|humans|human beings|the rest of us|white people|men|dirt|animals|dogs)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:no|not one|not a single)\s+{G}\s+(?:has|have)\s+(?:ever\s+)?(?:done|achieved|"
                                r"contributed|created|invented|said|built|made)\s+(?:anything|something|a thing)\s+(?:good|useful|"
                                r"worthwhile|of value|positive|smart|intelligent|important|for (?:this|our|the) (?:country|"
                                r"world|society))\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:it is|it's|it would be)\s+(?:(?:just|such|a total|a complete)\s+)*(?:a waste of (?:money|"
                          r"time|resources|effort|taxpayers' money|space)|pointless|useless|a waste)\s+(?:to|trying to)\s+"
                          rf"(?:help|treat|educate|save|support|house|feed|employ|hire|care for|teach)\s+{det}{GA}\b|"
                          rf"(?:^|\s)(?:helping|treating|educating|saving|supporting|housing|feeding|employing|hiring|teaching)\s+"
                          rf"{det}{GA}\s+(?:is|would be)\s+(?:(?:just|such|a total|completely)\s+)*(?:pointless|a waste|useless|"
                          r"a waste of (?:money|time|resources|effort))\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|'d)\s+(?:rather\s+)?trust\s+(?:a|an)\s+(?:rat|snake|dog|pig|animal|monkey|"
                          rf"cockroach|thief|criminal|murderer)\s+(?:before|over|more than|sooner than)\s+(?:i\s+(?:would\s+)?"
                          rf"(?:trust|trusted)\s+)?{det}{G}|(?:^|\s)(?:even\s+)?(?:animals|dogs|rats|pigs|my dog|my cat|a dog|"
                          r"a rat|monkeys|apes|cockroaches|worms|insects)\s+(?:are|is)\s+(?:(?:so|much|far|way)\s+)?(?:better|"
                          r"smarter|cleaner|more intelligent|more civilised|more civilized|more human|more useful|more "
                          rf"valuable|worth more)\s+than\s+{det}{GA}", 0.85)
        add("derogation", rf"(?:^|\s)(?:god|nature|evolution|the creator)\s+(?:made|was|is)\s+a\s+mistake\s+(?:when|by|with|in)\s+"
                          rf"(?:(?:he|she|it)\s+)?(?:creating|making|created|made|creation of)\s+{det}{GA}", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:lives|rights|opinions|views|feelings|votes|voices)\s+(?:are|is)\s+"
                                r"(?:not|never)\s+(?:worth|valuable|important|equal|as important|as valuable)\b", 0.85)
        add("threat", r"(?:^|\s)(?:waiting|loading|sharpening|cleaning|getting|readying|bringing|coming|polishing)\s+(?:up\s+)?"
                      r"(?:with\s+)?(?:a|my|our|the|me|some)\s+(?:knife|knives|gun|guns|rifle|shotgun|bat|baseball bat|machete|"
                      rf"axe|hammer|crowbar|noose|petrol|acid)\s+(?:(?:ready|out)\s+)?for\s+{det}{G}", 0.88)
        # negated praise: more forms
        add("negated-positive", rf"(?:^|\s){det}{G}\s+(?:mean|means|are|is)\s+(?:absolutely\s+|literally\s+)?nothing\s+to\s+"
                                r"(?:me|us|anyone|anybody|this country|society)\b|"
                                rf"(?:^|\s){det}{G}\s+(?:are|is)\s+(?:(?:absolutely|literally|just)\s+)?worth\s+(?:nothing|zero|"
                                r"less than nothing|fuck all|sod all|jack shit)\b|"
                                rf"(?:^|\s){det}{G}\s+(?:have|has)\s+(?:absolutely\s+)?zero\s+(?:value|worth|use|purpose|morals|"
                                r"brains|intelligence|dignity|decency)\b|"
                                rf"(?:^|\s){det}{G}\s+(?:(?:really|just|simply)\s+)*(?:contribute|contributes|add|adds|offer|offers|"
                                r"bring|brings)\s+(?:absolutely\s+|literally\s+)?nothing\s*(?:[.!?,]|$)", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|will never|just do not|simply do not)\s+belong\s*"
                         r"(?:[.!?]|$|here\b|anywhere\b|with us\b|among us\b|in (?:this|our|my|a civilised|a civilized|"
                         r"any) (?:country|society|community|town|city|street|neighbourhood|neighborhood|world|nation|"
                         r"workplace|school|team|profession|family))", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:not|never|no)\s+(?:(?:very|that|particularly|especially|"
                                rf"terribly|all that|too|exactly|remotely)\s+)+{pos}\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:not|never|no)\s+(?:(?:a|an|real|any)\s+)?(?:asset|assets|"
                                r"friends? of (?:mine|ours)|my friends|our friends|like us|one of us|benefit|blessing|"
                                r"good to anyone|use to anyone|help to anyone)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i am|i'm|we are|we're)\s+(?:(?:really|just|honestly|certainly|definitely)\s+)*"
                                r"(?:not|no|never)\s+(?:(?:a|really a|much of a|the biggest|exactly a|big)\s+)*(?:fan|fond|"
                                rf"friend|supporter|lover|admirer)s?\s+of\s+{det}{GA}(?!\s+(?:who|that)\b)", 0.85)
        add("refusal", rf"(?:^|\s)(?:i|we)\s+(?:would not|would never|could never|will never|do not)\s+(?:ever\s+)?(?:want|accept|"
                       rf"have|tolerate)\s+(?:a|an|any)\s+{G}\s+as\s+(?:a|an|my|our)\s+(?:neighbour|neighbor|friend|"
                       r"colleague|doctor|nurse|boss|manager|teacher|carer|son-in-law|daughter-in-law|partner|flatmate|"
                       r"housemate|tenant|employee|landlord|gp|surgeon|midwife|mp|leader|president)\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:i|we)\s+(?:refuse to|will not|won't|can not bring (?:myself|ourselves) to)\s+"
                                rf"(?:respect|like|accept|trust|value|tolerate|support|welcome)\s+{det}{GA}(?!\s+(?:who|that|"
                                r"being|getting)\b)|(?:^|\s)(?:i|we)\s+(?:can not|could not|can never)\s+(?:honestly\s+)?say\s+"
                                rf"(?:that\s+)?(?:i|we)\s+(?:respect|like|trust|value|support|love|admire)\s+{det}{GA}", 0.85)
        # joy at harm done to the group
        harm = (r"(?:die|dies|died|dying|dead|suffer|suffers|suffering|get hurt|gets hurt|got hurt|are hurt|is hurt|"
                r"hurt|are killed|is killed|get killed|gets killed|got killed|killed|being killed|being hurt|"
                r"being attacked|attacked|get attacked|beaten|get beaten|being beaten|burn|burning|drown|drowning|"
                r"drowned|starve|starving|get shot|shot|being shot|cry|crying|lose everything|deported|get deported)")
        add("threat", rf"(?:^|\s)(?:i am|i'm|we are|we're|i|we)\s+(?:(?:so|always|really|secretly|just|genuinely)\s+)*(?:glad|"
                      r"happy|pleased|delighted|thrilled|overjoyed|laugh|smile|cheer|celebrate|rejoice|love it)\s+"
                      r"(?:when|whenever|every time|each time|that|if|to see|to hear|seeing|hearing)\s+(?:(?:a|an|another|"
                      rf"the|some|more|one of (?:those|these|the))\s+)?{det}{GA}\s+(?:\w+\s+){{0,2}}?{harm}\b", 0.9)
        add("threat", rf"(?:^|\s)(?:it|that|this|nothing|what)\s+(?:always\s+)?(?:makes|made|would make|will make)\s+me\s+"
                      r"(?:(?:so|really|very)\s+)*(?:happy|glad|smile|laugh|happier|so happy)\s+(?:(?:than\s+)?(?:to see|to hear|"
                      rf"seeing|hearing|when|whenever|that|as much as|like)\s+)(?:(?:a|an|another|the|some)\s+)?{det}{GA}\s+"
                      rf"(?:\w+\s+){{0,2}}?{harm}\b|(?:^|\s)(?:hearing|seeing|reading|watching)\s+(?:about\s+)?{det}{GA}\s+"
                      rf"(?:\w+\s+){{0,1}}?{harm}\s+(?:\w+\s+){{0,2}}?(?:makes|made|would make)\s+me\s+(?:so\s+|really\s+)?"
                      r"(?:happy|glad|smile|laugh|happier)\b", 0.9)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:dying|being killed|getting killed|suffering|getting hurt|drowning|burning)\s+"
                      r"(?:is|would be|was)\s+(?:(?:such|really|always|very)\s+)*(?:good news|great news|a good thing|"
                      r"the best news|a great thing|great|good|hilarious|funny|a blessing|cause for celebration|what "
                      rf"they deserve)\b|(?:^|[.!?]\s*)(?:another|one more|two more|more)\s+(?:dead\s+)?{G}\s+(?:dead|"
                      r"gone|down|killed|drowned)?\s*[,.!:-]*\s*(?:good|great|excellent|yay|lol|haha|brilliant|"
                      rf"one less|good riddance|perfect)\b|(?:^|\s)good riddance\s+to\s+{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s)the\s+only\s+{G}\s+(?:i|we)\s+(?:like|love|respect|trust|want|tolerate|can stand)\s+"
                      r"(?:are|is)\s+(?:the\s+|a\s+)?dead\b", 0.92)
        # imperatives of exclusion
        add("exclusion", rf"(?:^|[.!?]\s*|\s)(?:ban|deport|expel|lock up|round up|kick out|throw out|send back|get rid of|"
                         rf"sterilise|sterilize|deport all|kick|send|throw|keep|get|chuck|boot)\s+(?:(?:all|every|the|these|"
                         rf"those|every last|every single)\s+)*{GA}\s+(?:(?:all|now|immediately|today)\s+)*(?:out|back|"
                         r"from (?:this|our|the|my) (?:country|town|city|land|nation|streets?|schools?|jobs?|hospitals?)|"
                         r"out of (?:this|our|the|my|here|here now)|away from (?:us|here|our|my|this)|home)\b", 0.85)
        add("exclusion", rf"(?:^|[.!?]\s*)(?:ban|deport|expel|lock up|round up|sterilise|sterilize|cage|imprison|intern)\s+"
                         rf"(?:(?:all|every|the|these|those|every last|every single)\s+)*{GA}\s*(?:[.!?]|$|now|already|"
                         rf"immediately|today)|(?:^|[.!?]\s*|\s)put\s+(?:(?:all|every|the|these|those)\s+)*{GA}\s+(?:in|into|"
                         r"behind)\s+(?:prison|jail|camps|cages|a cage|concentration camps|the ground|bars|chains|"
                         r"the gas chambers?|ovens)\b", 0.85)
        add("exclusion", rf"(?:^|[.!?]\s*|\s)(?:stop|quit)\s+(?:letting|allowing)\s+(?:(?:any|more|all|these|those|the)\s+)*{GA}\s+"
                         r"(?:in|into|here|come|to come|near)\b|(?:^|\s)close\s+(?:the|our)\s+(?:borders|doors|country)\s+"
                         rf"(?:to|on)\s+(?:(?:all|any|the|these|those)\s+)*{GA}\b|(?:^|[.!?]\s*)(?:no more|not one more|"
                         rf"enough)\s+{G}\s*(?:[.!?]|$|here|in (?:this|our|my))|(?:^|[.!?]\s*){det}{G}\s+out\s*(?:[.!?]|$|"
                         r"now|of (?:here|our|this|my))", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is|will be|will all)\s+(?:(?:all|definitely|surely|certainly)\s+)*"
                          r"(?:going to hell|go to hell|going to burn in hell|headed for hell|damned|burn in hell|"
                          r"rot in hell)\b", 0.85)
        add("derogation", rf"(?:^|\s)how\s+dare\s+{det}{GA}\s+(?:(?:even|ever)\s+)?(?:think|believe|claim|ask|demand|want|expect|"
                          r"pretend|call themselves|say)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:should|ought to|must|need to)\s+be\s+(?:so\s+|deeply\s+)?ashamed\s+(?:of|for)\s+being\s+"
                          rf"(?:(?:a|an)\s+)?{G}\b", 0.85)
        # hostility aimed at "you", with the group noun as the form of address -------------------
        voc = rf"\s*,\s*(?:you\s+)?(?:(?:fucking|bloody|dirty|filthy|stupid|disgusting|damn|little|worthless|ugly|fat|lazy)\s+)*{G}\s*(?:[.!?]|$)"
        add("directed", rf"(?:^|\s)(?:i|we)\s+{mods}\s*{emote}\s+you\b(?:\s+[a-z']+){{0,6}}?{voc}", 0.88)
        add("directed", rf"(?:^|\s)(?:i|we)\s+(?:{wants}){threat}\s+you\b(?:\s+[a-z']+){{0,8}}?{voc}", 0.9)
        add("directed", r"(?:^|\s)(?:shut up|shut your mouth|fuck off|piss off|sod off|get out|go away|go home|go back|get lost|"
                        r"nobody wants you|no one wants you|nobody likes you|no one likes you|drop dead|go die|go and die|"
                        r"nobody asked you|no one asked you|you are not welcome|you do not belong|you are disgusting|"
                        rf"you make me sick|you disgust me)\b(?:\s+[a-z']+){{0,5}}?{voc}", 0.88)
        # direct threats to a member addressed by the group noun ---------------------------------
        add("threat", rf"(?:^|[.!?,]\s*|\s)(?:{wants}){threat}\s+(?:you|your\s+\w+(?:\s+\w+)?|all of you|every one of you|"
                      r"each of you)(?:\s+(?:down|up|in|out|to death|dead|alive|tonight|tomorrow|soon|next|all))*\s*"
                      r"[,!.:-]*\s*(?:you\s+)?(?:(?:fucking|bloody|dirty|filthy|stupid|disgusting|damn|little|"
                      rf"worthless|ugly|fat|lazy|typical)\s+)*(?:{G}|(?:{ins_adj}\s+)?GRPS?\s+(?:\w+\s+)?(?:freak|"
                      r"bitch|scum|cunt|bastard|pig|dog|rat|slag|whore|twat|prick))\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i am|we are|i'm|we're)\s+(?:coming|going to come)\s+(?:for|after)\s+(?:you|your)\s+"
                      rf"(?:and\s+)?(?:your\s+)?(?:\w+\s+)?{G}", 0.88)
        # directed at a member --------------------------------------------------------------------
        add("directed", rf"(?:^|\s)(?:you|your)\s+(?:(?:are|were|just|nothing but|such|a|an|one|another|such a|the|so|like|"
                        rf"all|every|other|of|those|these|the rest of the|absolute|total|complete|utter|dirty|filthy|"
                        rf"little|fat|stupid|fucking|bloody|typical)\s+)*(?:{ins_adj}|{neg}|{dehum})\s+(?:{ins_adj}\s+)*{G}", 0.9)
        # broad form, minus praise: "women like you are amazing", "… should be celebrated"
        praise = (r"(?:amazing|brilliant|wonderful|great|fantastic|inspiring|an inspiration|inspirational|welcome|valued|"
                  r"loved|lovely|beautiful|brave|strong|kind|heroes|heroic|awesome|the best|a credit|an asset|assets|"
                  r"important|needed|valid|special|precious|incredible|remarkable|smart|clever|talented|stunning|"
                  r"gorgeous|fabulous|the future|role models|a role model|so needed|essential|the backbone|legends|"
                  r"a legend|heroes|a hero|a gift|a blessing|a joy|a delight|the reason (?:i|we))")
        add("directed", rf"(?:^|\s){G}\s+like\s+you\s+(?:are\s+(?!(?:(?:so|such|really|truly|all|just|the|"
                        rf"a|an|absolutely|very|what|also)\s+)*{praise}\b)|make\s+(?!(?:me|us|this|the|our|everything|"
                        r"life|it|the world|people|everyone)\s+(?:\w+\s+)?(?:proud|happy|better|brighter|smile|hopeful|"
                        r"stronger|safer|laugh|feel (?:welcome|safe|proud|happy|seen|loved|better)))|should\s+(?!(?:all\s+)?"
                        r"(?:be\s+)?(?:celebrated|proud|respected|protected|supported|welcomed|heard|treated|paid|included|"
                        r"listened to|believed|praised|thanked|honoured|honored|valued|loved|safe|free|happy|feel|"
                        r"be able)\b|(?:not|never|no longer)\s+(?:have to\s+|ever\s+|be\s+)*(?:treated|hurt|harmed|abused|attacked|bullied|"
                        r"excluded|discriminated|mistreated|suffer|face|fear|afraid|scared|feel|live in fear|hide|"
                        r"apologi[sz]e|tolerate|accept|put up with|settle)\b)|need\s+(?!(?:to\s+)?(?:be\s+)?(?:heard|"
                        r"protected|supported|help|our help|support|more|better|respect|to know|our|a|an|the|"
                        r"protecting|supporting|celebrating|listening)\b)|deserve\s+(?!(?:(?:so|much|far|way|nothing but|"
                        r"all the|only)\s+)*(?:respect|better|the best|love|support|credit|praise|thanks|recognition|"
                        r"dignity|equality|equal|more|a medal|to be (?:heard|safe|happy|free|respected|protected|loved|"
                        r"celebrated|treated (?:with|fairly|equally|well)|paid|included|believed|valued)|happiness|"
                        r"everything|the world|a voice|a seat|justice|rights|a chance|peace|safety|kindness|care)\b)|"
                        r"can\s+(?!(?:do|achieve|be|make|change|inspire|help|succeed|lead|teach|show)\b)|disgust|belong)", 0.88)
        # "GRP like you …" only with a hostile predicate ("women like you are amazing" is praise)
        add("directed", rf"(?:^|\s){G}\s+like\s+you\s+(?:(?:are|is|were|will always be)\s+{adv}(?:{neg}|{dehum}|{insult_n})\b|"
                        r"(?:make|makes)\s+me\s+(?:(?:so|really|feel|want to)\s+)*(?:sick|ill|angry|puke|vomit|throw up|"
                        r"cringe|disgusted)|(?:disgust|disgusts|repulse|repulses|sicken|sickens|revolt|revolts)\s+me|"
                        r"(?:should|must|need to|needs to|deserve to|deserves to|ought to|can|can all|should all)\s+"
                        rf"(?:all\s+|just\s+|go\s+)*(?:be\s+)?(?:{threat_pp}|die|suffer|burn|rot|disappear|shut up|go back|"
                        r"fuck off|piss off|go to hell|rot in hell|be ashamed|be locked up)\b|(?:deserve|deserves)\s+(?:to die|"
                        r"death|nothing|no rights|no respect|a bullet|to suffer|to burn|to rot|what you get)\b|(?:do not|"
                        r"does not|will never|can never|should never|should not)\s+(?:belong|deserve|matter|count|exist)\b|"
                        r"(?:belong|belongs)\s+(?:in|on)\s+(?:a|the)\s+(?:zoo|cage|gutter|bin|kitchen|sewer|trash|dump))", 0.88)

        # round 4: more implicit derogation, negated praise, questions and threats -----------------
        ins = alt(words["insult"])
        dehum1 = (r"(?:an? )?(?:animal|beast|pig|rat|dog|monkey|ape|savage|parasite|cockroach|roach|subhuman|"
                  r"vermin|leech|pest|maggot|insect|germ|worm|snake|rodent|swine|mongrel|mutt|creature)")
        beasts = (r"(?:animals|beasts|pigs|rats|dogs|monkeys|apes|cockroaches|roaches|vermin|insects|parasites|leeches|"
                  r"maggots|worms|snakes|rodents|swine|lice|fleas|locusts|cattle|livestock|savages|baboons|gorillas|"
                  r"chimps|hyenas|vultures|mongrels|mutts|germs|bacteria|pests|subhumans)")
        zoo = (r"(?:zoos?|cages?|kennels?|pens|pigsties|pigsty|stables?|(?:concentration |death |labour |labor )?camps?|"
               r"gas chambers?|ovens|landfills?|(?:the |a )?(?:trash|rubbish|bin|bins|dumpsters?|skips?|dump|sewers?|"
               r"gutter)|chains|shackles|asylums?|cells)")
        # preference of anything over the group: "I'd sooner eat glass than work with a GRPS"
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|had)\s+(?:much\s+|far\s+)?sooner\s+(?:\w+\s+){{1,5}}?than\s+"
                          rf"(?:\w+\s+){{0,5}}?{det}{GA}(?!\s+(?:suffer|be hurt|be harmed|be attacked|be abused|"
                          r"be treated badly|go without|be left|get hurt|die)\b)", 0.85)
        # the group in a role, then mocked: "A GRPS as prime minister? What a joke."
        add("derogation", rf"(?:^|[.!?]\s*)(?:a|an)\s+(?:GRPS|GRP)\s+(?:in charge|in government|in power|in office|"
                          r"in the cabinet|as (?:a |an |the |our |my )?(?:\w+\s+)?(?:president|prime minister|pm|boss|leader|"
                          r"ceo|manager|doctor|surgeon|pilot|judge|teacher|head|captain|king|queen|mayor|mp|scientist|"
                          r"engineer|professor)|running (?:the|a|this|our) \w+|leading (?:the|a|this|our) \w+)\s*\?+\s*"
                          r"(?:(?:that is|that's|what a|now that is|now that's)\s+(?:the\s+)?(?:funniest|best|biggest|"
                          r"greatest)\s+joke|(?:what a|that is a|that's a|such a)\s+joke|a joke|lol|lmao|haha\w*|yeah right|"
                          r"good one|hilarious|laughable|ridiculous|you (?:must be|are|have got to be) (?:joking|kidding)|"
                          r"are you (?:joking|kidding)|pull the other one|in your dreams|dream on)\b", 0.85)
        # "of course the thief was a GRPS"
        add("derogation", rf"(?:^|\s)(?:of course|obviously|naturally|figures|no surprise|unsurprisingly|typical)\s*,?\s+"
                          rf"(?:the|that|this|some)\s+(?:\w+\s+)?(?:{ins}|thief|thieves|criminal|criminals|rapist|"
                          r"rapists|murderer|killer|terrorist|terrorists|idiot|moron|liar|scammer|fraudster|"
                          r"paedophile|pedophile|druggie|dealer|mugger|shoplifter|benefit cheat|scrounger|thug|"
                          r"bomber|groomer|abuser|attacker|culprit|suspect)\s+(?:was|is|were|are|turned out to be|"
                          rf"ended up being)\s+(?:a|an|another)?\s*{G}\s*(?:[.!?,]|$)", 0.85)
        # likened to vermin or a wall: "GRP remind me of rats", "talking to a GRPS is like talking to a wall"
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:really|just|always|all)\s+)*(?:remind|reminds)\s+me\s+of\s+"
                          rf"(?:a\s+|an\s+|the\s+|some\s+)?(?:(?:pack|bunch|swarm|herd|plague)\s+of\s+)?(?:{beasts}|{dehum1}|"
                          r"a disease|a virus|"
                          r"a plague|a rash|an infestation)\b", 0.88)
        add("derogation", rf"(?:^|\s)(?:speaking to|talking to|talking with|arguing with|reasoning with|dealing with|"
                          rf"living with|living next to|living near|working with|having|being around|being near|sitting "
                          rf"next to|sharing a (?:house|flat|room|street|country|office) with)\s+{det}{GA}\s+(?:\w+\s+){{0,3}}?"
                          r"(?:is|was|feels|would be)\s+(?:(?:just|exactly|basically|literally)\s+)*like\s+(?:(?:talking|"
                          r"speaking|arguing|reasoning|dealing|living|having|being|sharing|working)\s+(?:to|with|next to|"
                          r"near|around|in)?\s*)?(?:(?:a|an|the|some)\s+)?(?:(?:brick|stone|concrete)\s+wall|wall|{beasts}|"
                          rf"{dehum1}|rats?|pigs?|dogs?|monkeys?|animals?|cockroach(?:es)?|a plague|a disease|a rash|"
                          r"an infestation|a virus|lice|fleas|vermin|a toddler|toddlers|a child|children)\b", 0.85)
        # put in a cage, a zoo or a bin
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:(?:should|must|need to|needs to|ought to|deserve to|deserves to|"
                         r"have to|can|should all|must all)\s+)(?:all\s+|just\s+)?(?:be\s+)?(?:kept|put|locked|"
                         r"stuck|thrown|sent|dumped|shoved|caged|chucked|tossed|housed|shipped)\s+(?:back\s+|away\s+|up\s+)?"
                         rf"(?:in|into|inside|to|on)\s+(?:(?:the|a|their|own|some|special)\s+)*{zoo}\b", 0.88)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:belong|belongs)\s+(?:in|on|at|into)\s+(?:(?:the|a|their|own)\s+)*"
                         r"(?:trash|rubbish|bin|bins|dumpsters?|skips?|dump|landfills?|sewers?|zoos|kennels?|pigsties|pigsty|"
                         r"cells?|gas chambers?)\b", 0.88)
        # the group blamed for decline: "crime went up when GRP arrived", "wherever GRP go, crime follows"
        add("exclusion", r"(?:^|\s)(?:gone (?:to hell|downhill|to the dogs|to shit|to pot|to ruin)|"
                         r"fallen apart|gone wrong|been ruined|(?:crime|violence|disease|rape|theft|filth|litter|"
                         r"trouble) (?:\w+\s+)?(?:went up|has gone up|rose|has risen|soared|exploded|spiked|skyrocketed))\s+"
                         rf"(?:ever\s+)?(?:since|when|after|the moment|once)\s+{det}{GA}\s+(?:arrived|came|started "
                         r"(?:coming|arriving|moving)|moved in|showed up|turned up|got here|came here|took over|were "
                         r"let in|were allowed in|got the vote|got rights)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:wherever|everywhere|anywhere|whenever)\s+{det}{GA}\s+(?:go|goes|live|lives|settle|"
                         r"settles|move|moves|turn up|show up|appear)\s*,?\s+(?:(?:there is|there's|you get|you find|"
                         r"you see|comes?|follows?)\s+)?(?:crime|violence|disease|filth|trouble|rape|theft|chaos|"
                         r"poverty|misery|dirt|drugs|terror|destruction|problems)(?:\s+(?:follows?|comes?|arrives?|"
                         r"goes up|rises|spreads))?\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:exactly|precisely|just|the reason)\s+)*why\s+(?:we|you|"
                          r"this country|britain|society|the world)\s+(?:can not|can't|cannot|do not|don't)\s+have\s+"
                          r"(?:nice|good) things\b", 0.85)
        add("derogation", rf"(?:^|\s)the\s+only\s+good\s+thing\s+about\s+{det}GRP\s+(?:is|are)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|clearly|basically|living|walking)\s+)*"
                          r"(?:proof|evidence)\s+(?:that\s+)?(?:evolution|nature|god)\s+(?:can\s+|does\s+|sometimes\s+)?"
                          r"(?:go(?:es)?|went|gets?|got|make|makes|made)\s+(?:backwards|wrong|mistakes|a mistake)\b|"
                          rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|clearly|basically)\s+)*(?:an?\s+)?"
                          r"(?:genetic|evolutionary|biological)\s+(?:dead[- ]end|mistakes?|failures?|throwbacks?|errors?|"
                          r"defects?|accidents?)\b|(?:^|\s)" + rf"{det}{GA}\s+(?:are|is)\s+(?:(?:just|all|simply|clearly|"
                          r"basically)\s+)*(?:a|an)\s+(?:mistake|error|failure|accident|defect|experiment)\s+(?:of|by)\s+"
                          r"(?:nature|evolution|god|creation)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|will|'d)\s+be\s+(?:(?:so|really|deeply|utterly|totally)\s+)*"
                          r"(?:ashamed|embarrassed|disgusted|mortified|humiliated)\s+to\s+(?:even\s+)?(?:have|be seen with|be "
                          r"friends with|call|be related to|work with|be associated with|be near|sit next to|live next "
                          rf"to|marry|date|touch)\s+{det}{G}", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|will|could)\s+(?:not|never)\s+even\s+let\s+{det}{G}\s+"
                          r"(?!(?:be|get|go without|suffer|feel|die|wait)\b)[a-z]+", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:would|will|could)\s+(?:not|never)\s+(?:ever\s+)?let\s+{det}{G}\s+"
                          r"(?:clean|walk|wash|polish|sweep|mow|shine|carry|lick)\s+(?:my|our)\s+(?:toilets?|dogs?|cars?|floors?|"
                          r"shoes|boots|house|lawn|bins?|feet)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:just|all|much|far|way|even|so)\s+)*(?:less|more)\s+"
                          r"(?:valuable|important|useful|human|intelligent|worthy|deserving|civilised|civilized|clever|"
                          r"stupid|disgusting|dangerous|dirty|worthless|vile|primitive)\s+than\s+(?:a\s+|an\s+|the\s+|"
                          rf"most\s+|any\s+)?(?:{beasts}|{dehum1}|pets|furniture|dirt)\b", 0.85)
        # profanity around a member noun: "just another fucking GRPS"
        add("derogation", rf"(?:^|[.!?]\s*)(?:just\s+)?(?:another|one more|yet another|typical|classic|bloody|fucking)\s+"
                          rf"(?:fucking|fuckin|fking|f\*+(?:ing|in)|bloody|sodding|goddamn|damn|effing|stupid|dumb|useless|"
                          rf"filthy|dirty|disgusting)\s+{G}\s*(?:[.!?,]|$)", 0.85)
        # threats: the state or society as the agent, time frames, gerunds
        add("threat", rf"(?:^|\s)(?:the government|the state|the authorities|society|the army|the military|the police|"
                      r"this country|the country|the nation|our leaders|someone|somebody|everyone|everybody|people)\s+"
                      r"(?:(?:should|must|needs? to|ought to|has to|have to|really|just|finally|simply|all|need to start)"
                      rf"\s+)+{threat}\s+{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|just|all|so|honestly)\s+)*(?:have to|has to|got to|gotta|had better|"
                      r"need to|wanted to|want to|ready to|am ready to|are ready to|prepared to|am prepared to|itching to|out to|"
                      r"going out to|determined to|was tempted to|felt like|feel like|am dying to|are dying to|vow to|"
                      r"swear to god i will|swear i will|promise i will|promise to)\s+(?:(?:go|go and|go out and|just|"
                      rf"finally|personally)\s+)*{threat}\s+{tgap}{det}{GA}", 0.9)
        gerund = (r"(?:killing|shooting|murdering|stabbing|hanging|gassing|lynching|burning|slaughtering|"
                  r"exterminating|torturing|hunting|beating|attacking|bombing|butchering|massacring|executing|"
                  r"drowning|strangling|raping|beheading|poisoning|maiming|culling|hurting|knifing|battering)")
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:will|shall|would|am going to|are going to|am gonna|are gonna|am|are|'ll|"
                      rf"(?:will|shall) soon)\s+(?:soon\s+|finally\s+|happily\s+|gladly\s+)*be\s+(?:out\s+)?{gerund}\s+"
                      rf"{det}{GA}|(?:^|\s)(?:soon|one day|someday|tonight|tomorrow)\s*,?\s+(?:i|we)\s+(?:will|shall|"
                      rf"am going to|are going to)\s+(?:be\s+)?(?:{gerund}|{threat})\s+{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:{threat}|take out)\s+as\s+many\s+{GA}\s+as\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}(?:{threat})\s+(?:every|each|any|all|the)\s+(?:last\s+|single\s+)?"
                      rf"{G}\s+(?:i|we)\s+can\s+(?:find|get (?:my|our) hands on|reach|catch)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}end\s+(?:every|each|any|all|the next|the first)\s+(?:last\s+|single\s+)?"
                      rf"{G}\s+(?:i|we)\s+(?:see|meet|find|come across)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:have|'ve|got|have got)\s+(?:a|my|our|the|some)\s+(?:guns?|rifles?|knife|knives|"
                      r"machetes?|bombs?|bats?|axes?|acid|petrol)\s+(?:\w+\s+){0,6}?(?:use|try|test)\s+(?:it|them)\s+on\s+"
                      rf"{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s)(?:we|i)\s+(?:will|'ll|are going to|am going to|shall)\s+be\s+waiting\s+for\s+(?:you\s+)?"
                      rf"{det}{G}\s+with\s+(?:(?:a|my|our|the|some|loaded|sharp)\s+)*(?:knife|knives|guns?|rifles?|"
                      r"shotguns?|bats?|machetes?|axes?|hammers?|crowbars?|petrol|acid|nooses?|ropes?|bombs?)\b", 0.9)
        add("threat", rf"(?:^|[.!?,]\s*)(?:you\s+(?:would|had)\s+better\s+run|keep talking|say that again|one more word|"
                      rf"watch your back)\s*,?\s*(?:you\s+)?{G}\s*,?\s*(?:because|cause|and|or)\s+(?:i|we)\s+(?:will|am going to|"
                      rf"are going to|shall|am gonna)\s+(?:{threat}|end|get)\b", 0.9)
        add("threat", rf"(?:^|\s)let\s+me\s+at\s+(?:those|these|the|them)\s+{G}\s*[,.!]*\s*(?:i|we)\s+(?:will|am going to|"
                      rf"shall)\s+(?:{threat}|tear|rip)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:rounding up|locking up|sterilising|sterilizing|gassing|culling|caging|interning|"
                      rf"purging|eradicating)\s+(?:all\s+|every\s+|the\s+|those\s+|these\s+)*{GA}\s+(?:would|will|could|"
                      r"is going to)\s+(?:(?:finally|really|just)\s+)*(?:solve|fix|end|cure|sort out)\s+(?:(?:all|most|every "
                      r"one)\s+(?:of\s+)?)?(?:our|the|this country's|society's|britain's|everything)\b", 0.9)
        add("threat", rf"(?:^|\s)(?:we|i|you|they|the government|society|britain|the world|this country)\s+"
                      r"(?:(?:must|should|need to|needs to|have to|has to|ought to|will|can finally|can)\s+)+(?:rid|cleanse|"
                      rf"purge|clean|free)\s+(?:(?:our|this|the|my|their)\s+)?(?:\w+\s+){{0,2}}?of\s+{det}{GA}|"
                      rf"(?:^|\s)(?:the world|this country|the country|our country|society|britain|europe|the planet)\s+"
                      rf"(?:needs|need|must|should|has)\s+to\s+be\s+(?:rid|cleansed|purged|cleaned|freed)\s+of\s+{det}{GA}", 0.9)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|needs to|ought to|have to|deserve to)\s+(?:all\s+|just\s+)?"
                      r"be\s+(?:dealt with|taken care of|handled|sorted out|disposed of)\s+(?:permanently|for good|once and "
                      r"for all|the old way|the way we used to|with bullets|with a bullet|with force)\b", 0.88)
        add("threat", rf"(?:^|\s)(?:i|we)\s+(?:have to|need to|must|should|got to|gotta)\s+{threat}\s+{det}{GA}\s+before\s+"
                      r"(?:they|PRN)\s+(?:\w+\s+)?(?:kill|destroy|replace|take over|ruin|hurt|attack)\b", 0.9)
        # negated praise: rights, roles, inner life
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|should not|will never|never)\s+deserve\s+"
                                r"(?:(?:to be|to feel|to live|to have|any|a|the)\s+)*(?:happy|happiness|free|freedom|loved|love|"
                                r"respected|kindness|equality|equal rights|safe|safety|protected|protection|a chance|a future|"
                                r"a voice|heard|peace|to exist|rights|dignity|joy|jobs|homes|a home|a family|families|"
                                r"children|healthcare|treated (?:like|as) (?:people|humans|human beings|equals|adults))\b", 0.85)
        add("negated-positive", rf"(?:^|\s)(?:no|not one|not a single)\s+{G}\s+(?:will|can|could|shall|is|was)\s+(?:ever\s+)?"
                                r"(?:be\s+)?(?:my|our|an?|the)\s+(?:equal|equals|superior|better|peer)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:can not|can't|could never|can never|should not|should never|must not|"
                                r"must never)\s+(?:ever\s+)?(?:be|become|make|make good|serve as|work as)\s+(?:(?:a|an|good|"
                                r"real|proper|decent)\s+)*(?:leaders?|doctors?|surgeons?|pilots?|scientists?|engineers?|"
                                r"teachers?|judges?|presidents?|prime ministers?|bosses|managers?|soldiers?|parents|"
                                r"mothers|fathers|role models|politicians|police officers|officers)\b(?!\s+(?:in|under|because|without|"
                                r"unless|until|if|due|since|after|before|anymore|any more|yet|here|there)\b)", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should not|should never|must not|must never|"
                         r"should no longer)\s+(?:ever\s+)?(?:be in|hold|have|get|occupy|be given|be allowed)\s+"
                         r"(?:any\s+)?(?:positions? of (?:power|authority|responsibility|trust)|power|authority|"
                         r"office|leadership roles?|top jobs|the vote|the right to vote|a vote|a say|opinions|"
                         r"the same rights|equal rights|any rights|rights)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+not\s+(?:allowed|permitted|entitled)\s+to\s+(?:have|hold|voice|"
                         r"express|share|give)\s+(?:an?\s+|any\s+|their\s+)?(?:opinions?|views?|a say|a voice|thoughts|"
                         r"rights|feelings)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:do not|does not|can not|never)\s+(?:really\s+|even\s+|actually\s+)*"
                                r"(?:have|possess|feel)\s+(?:(?:real|any|true|human|proper)\s+)*(?:feelings|souls?|emotions|"
                                r"brains?|hearts?|a conscience|consciences|morals|empathy|pain|love)\s*(?:[.!?,;]|$|"
                                r"like (?:us|we do|normal people|real people|humans))", 0.85)
        # questions: tolerance, place, worth
        add("derogation", rf"(?:^|\s)how\s+(?:much\s+)?(?:longer|long)\s+(?:do|must|will|should|are|have)\s+(?:we|i|you|people|"
                          r"britain|this country|society|decent people)\s+(?:(?:have|got|need|going|be forced|been forced|had)\s+"
                          r"to\s+)?(?:put up with|tolerate|suffer|endure|accept|live with|deal with|support|pay for|"
                          rf"fund|house|feed)\s+{det}{GA}\b(?!\s+(?:being|getting|facing|suffering|who)\b)", 0.85)
        add("exclusion", rf"(?:^|\s)(?:when|why)\s+(?:will|won't|will not|can not|can't|do not|don't|do|does)\s+{det}{GA}\s+"
                         r"(?:ever\s+|finally\s+|just\s+)*(?:learn|know|accept|remember|understand)\s+(?:their|its|her|his)\s+"
                         rf"place\b|(?:^|\s){det}{GA}\s+(?:need|needs|should|must|have|has|ought)\s+(?:to\s+)?(?:learn|remember|"
                         r"be taught|be reminded of)\s+(?:their|its|her|his)\s+place\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:do not|don't) you\s+(?:(?:just|also|really|ever|ever just)\s+)*(?:hate|despise|loathe|"
                          rf"detest|feel sick of|get sick of|get tired of)\s+{det}{G}\s*\?", 0.85)
        add("derogation", rf"(?:^|\s)(?:would|will|does|did)\s+(?:anyone|anybody)\s+(?:even|actually|really|ever)\s+"
                          r"(?:notice|care|miss (?:them|PRN)|mind)\s+if\s+" + rf"{det}{GA}\s+(?:(?:all|just|suddenly|"
                          r"were to)\s+)*(?:disappeared|died|vanished|were gone|left|were killed|dropped dead|"
                          r"ceased to exist|stopped existing|were wiped out|disappear|die|vanish)\b", 0.85)
        add("derogation", rf"(?:^|\s)who\s+(?:even\s+|actually\s+|really\s+|honestly\s+)?(?:cares|gives a (?:shit|fuck|damn))\s+"
                          rf"(?:about|for)\s+{det}{G}\s+(?:anyway|anyways|honestly|seriously|at all|lol|though)\s*\?", 0.85)
        add("derogation", rf"(?:^|\s)why\s+(?:are|is)\s+{det}{GA}\s+(?:(?:always|so|such|all|just|this|that|fucking|"
                          r"bloody)\s+)*(?:full of (?:themselves|shit|crap|it|hate)|[a-z]+\s+(?:and|&)\s+(?:"
                          + rf"{neg}))\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:are|is)\s+{det}{GA}\s+(?:even\s+|actually\s+|really\s+|ever\s+)?(?:capable of|able to)\s+"
                          r"(?:any\s+)?(?:thinking|thought|rational thought|independent thought|basic thought|logic|"
                          r"logical thought|reason|reasoning|think)\b[^.!?]{0,20}\?", 0.85)
        add("derogation", rf"(?:^|\s)why\s+(?:do|does|must)\s+{det}{GA}\s+(?:(?:always|all|just|still|have to)\s+)*"
                          rf"(?:act|behave|live|eat|look)\s+like\s+(?:{beasts}|{dehum1})\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:why|who)\s+(?:(?:would|will|could|in their right mind would)\s+)?(?:anyone|anybody|someone|"
                          r"somebody|you|people|ever)?\s*(?:(?:ever|even|actually|really|possibly|willingly)\s+)*(?:want|wants|wanna|"
                          r"choose|agree)\s+to\s+(?:be around|be near|be friends with|befriend|live near|live next to|live "
                          r"with|work with|sit next to|date|marry|hire|employ|rent to|trust|touch|be seen with|talk to|"
                          rf"hang out with|have)\s+{det}{G}\s*\?(?!\s*(?:we|i|apply|join|contact|dm|message|get in touch|sign up|"
                          r"volunteer|come|click|email|call|me|us|our|then)\b)", 0.85)
        add("derogation", rf"(?:^|\s)what\s+is\s+it\s+(?:about|with)\s+{det}{GA}\s+that\s+(?:makes?|made)\s+(?:them|PRN)\s+"
                          rf"(?:(?:all|so|such|this|that|always|even)\s+)*(?:(?:a|an)\s+)?(?:{neg}|{beasts})\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:do|does|can|could)\s+(?:you|anyone|anybody|people|someone)\s+(?:(?:really|actually|honestly|"
                          rf"seriously|even|still)\s+)+(?:think|believe|consider)\s+(?:that\s+)?{det}{GA}\s+(?:are|is)\s+(?:(?:real|"
                          r"fully|actually|even|really)\s+)*(?:human|humans|people|human beings|persons|equal|our equals|normal|"
                          r"intelligent|smart|capable|civilised|civilized)\s*\?|(?:^|\s)why\s+(?:does|do|would)\s+(?:anyone|anybody|"
                          rf"people|you)\s+(?:(?:even|still|ever|actually)\s+)*(?:think|believe)\s+(?:that\s+)?{det}{GA}\s+(?:are|is)\s+"
                          r"(?:(?:real|fully|actually)\s+)*(?:human|humans|people|human beings|persons|equal|our equals|normal|"
                          r"intelligent|smart)\b", 0.85)
        add("derogation", rf"(?:^|\s)why\s+(?:do|does|must)\s+{det}{GA}\s+(?:(?:always|all|just|still|constantly)\s+)*(?:have to|"
                          r"has to|need to|got to|insist on|feel the need to)\s+(?:(?:always|just|constantly)\s+)*(?:ruin|ruining|destroy|"
                          r"destroying|spoil|spoiling|wreck|wrecking|lie|lying|steal|stealing|cheat|cheating|whine|whining|moan|"
                          r"moaning|complain|complaining|breed|breeding|smell|stink|cause trouble|causing trouble)\b", 0.85)
        add("exclusion", rf"(?:^|\s)why\s+(?:should|must|would|do)\s+(?:we|i|anyone|society|you|people)\s+(?:(?:even|ever|still)\s+)*"
                         rf"(?:treat|consider|see|regard|accept|count)\s+{det}{GA}\s+as\s+(?:(?:our|my|real|fully|equal|proper)\s+)*"
                         r"(?:equals|equal|humans?|human beings|people|persons|one of us|citizens|adults|normal)\b", 0.85)
        add("exclusion", rf"(?:^|\s)who\s+(?:ever\s+)?(?:thought|decided|said)\s+(?:that\s+)?it\s+(?:was|is|would be)\s+(?:a\s+)?"
                         rf"(?:good|great|smart|sensible|wise|ok|okay|fine)\s*(?:idea\s+)?to\s+(?:let|allow|give)\s+{det}{GA}\s+(?:to\s+)?"
                         r"(?:vote|votes|the vote|drive|lead|run|teach|adopt|marry|in|into|come|live|have|be|serve|join|"
                         r"rights|a say|power|jobs)\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|ought to|deserve to)\s+(?:all\s+)?be\s+(?:thrown|put|locked|"
                         r"sent|chucked)\s+(?:up\s+|away\s+)?(?:in|into|to)\s+(?:jail|prison|a cell|cells|jails|prisons)\b", 0.85)
        add("threat", rf"(?:^|\s)(?:i|we)\s+{wants}show\s+(?:you\s+)?{det}{G}\s+what\s+(?:real\s+)?(?:violence|pain|suffering|hate|"
                      r"fear|terror|hell)\s+(?:looks|feels|is)\b", 0.9)
        add("threat", rf"(?:^|\s)if\s+(?:you are|he is|she is|they are|you)\s+(?:a|an)\s+{G}\s*,?\s+(?:then\s+)?(?:you|he|she|they)\s+"
                      r"(?:had better|would better|better)\s+(?:watch (?:your|his|her|their) (?:back|step)|be (?:scared|afraid|very afraid|"
                      r"terrified)|sleep with one eye open|fear for (?:your|his|her|their) li(?:fe|ves))\b", 0.88)
        add("threat", rf"(?:^|\s)(?:can not wait|can't wait|cannot wait|look forward to|am looking forward to|dream of|long for|"
                      rf"pray for|live for)\s+(?:for\s+)?the\s+day\s+(?:when\s+|that\s+)?{det}{GA}\s+(?:are|is|will be|get|all|"
                      rf"finally)\s+(?:(?:all|finally|be|get)\s+)*(?:{threat_pp}|dead|gone|extinct|no more|die|wiped out)\b", 0.9)
        add("derogation", rf"(?:^|\s)(?:you|we|one|nobody|no one|no-one)\s+(?:can not|can never|could never|will never)\s+(?:ever\s+)?"
                          rf"(?:reason|argue|negotiate|talk sense|have a conversation|have a sensible conversation)\s+with\s+"
                          rf"{det}{G}\s*(?:[.!?,;]|$|because|they|PRN|all)", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:just|always|all|only)\s+)*(?:ruin|ruins|destroy|destroys|spoil|spoils|wreck|"
                          r"wrecks|poison|poisons|infect|infects|contaminate|contaminates|pollute|pollutes)\s+(?:everything|"
                          r"anything|all)\s*(?:(?:they|PRN)\s+(?:touch|go near|come near|get near)|[.!?]|$)", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|just|really|clearly|obviously)\s+)*(?:have|has)\s+(?:(?:such|very|really|"
                          r"extremely|incredibly|pathetically|room[- ]temperature|double[- ]digit)\s+)*(?:low|lower|tiny|small)\s+"
                          r"(?:iqs?|intelligence|brains?|brain cells)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|need to|needs to|must|ought to|had better|better)\s+(?:just\s+|all\s+)?"
                          r"(?:stop|quit)\s+(?:their\s+)?(?:whining|whinging|moaning|bitching|crying|playing the victim|"
                          r"acting like victims)\b", 0.85)
        # directed at a member: the group as the reason for the insult -------------------------
        bad = rf"(?:{neg}|{insult_n}|{beasts}|{dehum1})"
        add("directed", rf"(?:^|\s)(?:you are|you)\s+(?:(?:just|only|nothing but|such|also)\s+)?(?:a|an)\s+{G}\s*,?\s+(?:and|so|which|"
                        r"therefore|hence|because of that)\s+(?:(?:that|this|it)\s+(?:makes|means)\s+)?(?:(?:of course|obviously|"
                        r"naturally|clearly)\s+)?(?:(?:you|your)\s+)?"
                        r"(?:(?:are|will always be|must be|will never be anything but|is|opinion is|life is|vote is|"
                        r"views are)\s+)?(?:(?:of course|obviously|naturally|automatically|clearly|definitely|just|so|such|"
                        rf"a|an|totally|completely|basically)\s+)*{bad}\b", 0.88)
        add("directed", rf"(?:^|\s)(?:you are|you)\s+(?:(?:just|only|such)\s+)?(?:a|an)\s+{G}\s*,?\s+(?:so|which means|and so|"
                        r"therefore|hence)\s+(?:your|you)\s+(?:(?:opinion|opinions|life|vote|voice|views|feelings|rights|"
                        r"words)\s+)?(?:do not|does not|will never|can never|never|have no|has no|do not have any)\s+"
                        r"(?:matter|count|deserve|belong|right|rights|say|value|worth)\b", 0.88)
        add("directed", rf"(?:^|\s)(?:a|an|every|any)\s+{G}\s+like\s+you\s+(?:(?:really|just|truly)\s+)*(?:(?:is|was|will always be)\s+"
                        rf"{adv}{bad}\b|(?:deserves|should|must|needs to|ought to)\s+(?:(?:be|get|just|all)\s+)*(?:{threat_pp}|"
                        r"die|to die|suffer|to suffer|burn|rot|disappear)\b|(?:disgusts|repulses|sickens)\s+me|makes\s+me\s+"
                        r"(?:sick|ill|puke|vomit))", 0.88)
        add("directed", rf"(?:^|\s)(?:you are|you|you were)\s+(?:(?:such|so|a|an|just|nothing but|the|absolute|total|complete|"
                        rf"utter|fucking|bloody|really)\s+)*{bad}\s*,?\s+(?:just\s+)?like\s+(?:all|every other|every|the rest of|"
                        rf"all the other|all other|any other|most|the other)\s+(?:(?:the|your|those|these)\s+)?(?:other\s+)?(?:fucking\s+)?{G}", 0.88)
        add("directed", rf"(?:^|\s)(?:are|is)\s+(?:all|every|most|the other)\s+(?:the\s+|other\s+)*{G}\s+(?:as|this|that|so)\s+"
                        rf"(?:{neg})\s+(?:as\s+(?:you|him|her|this one|that one)|\?)|(?:^|\s)(?:are|is)\s+(?:you|he|she)\s+(?:as|this)\s+"
                        rf"(?:{neg})\s+as\s+(?:all|every|the rest of|every other|all the other|the other)\s+(?:the\s+|other\s+)*{G}", 0.85)
        add("directed", rf"(?:^|\s)(?:nobody|no one|no-one)\s+(?:will|would|could|can|is going to)\s+(?:ever\s+)?(?:love|respect|want|hire|"
                        rf"marry|trust|date|like|care about|miss|listen to)\s+(?:a|an)\s+{G}\s+like\s+you\b", 0.85)
        add("directed", rf"(?:^|\s)as\s+(?:a|an)\s+{G}\s*,?\s+you\s+(?:have no|do not have (?:a|the|any)|have zero|lost (?:the|any))\s+"
                        r"(?:right|business|place|say)\b|(?:^|\s)you\s+(?:have no|do not have (?:a|the|any))\s+(?:right|business|"
                        rf"place)\s+(?:to\s+\w+|here|being here|in \w+)(?:\s+[a-z']+){{0,3}}?{voc}", 0.88)
        add("directed", rf"(?:^|\s)you\s+(?:are|were)\s+(?:(?:such|so|a|an|just|nothing but|the|absolute|total|complete|utter|fucking|"
                        rf"bloody)\s+)*{bad}(?:\s+[a-z']+){{0,3}}?{voc}", 0.88)
        add("directed", rf"(?:^|\s)(?:i bet|i knew|i guess|i reckon|you must be|clearly|obviously)\s+(?:that\s+)?(?:you are|you)?\s*"
                        rf"(?:a|an)\s+{G}\s*[,.;!]*\s*(?:because\s+|cause\s+|since\s+)?(?:you are|you)\s+(?:(?:so|such|really|a|an|"
                        rf"just)\s+)*{bad}\b|(?:^|\s)(?:you are|you)\s+(?:(?:so|such|really|a|an|just)\s+)*{bad}\s*,?\s+(?:you\s+)?"
                        rf"(?:must|have to|got to)\s+be\s+(?:a|an)\s+{G}", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*|\s)(?:how|so|that is so|that's so|that is|that's|such|just)?\s*typical\s+of\s+(?:a|an|the|those|"
                          rf"these|you)?\s*{G}\s+to\s+(?:(?:be|act|always|so|that|this|just)\s+)*(?:{neg}|lie|steal|cheat|whine|"
                          r"moan|complain|smell|stink|breed|scrounge|beg|riot|ruin|play the victim|cause trouble|"
                          r"mess (?:it|this|everything) up|fuck (?:it|this|everything) up|get it wrong|screw (?:it|this|up))\b", 0.85)
        add("exclusion", rf"(?:^|\s)why\s+(?:do|does|can|will|do not|can not|will not)\s+(?:you\s+)?{det}{GA}\s+(?:all\s+)?just\s+"
                         r"(?:all\s+)?(?:disappear|go away|die|leave|fuck off|piss off|drop dead|go back|go home|vanish|shut up|"
                         r"stay home|stay at home|keep quiet)\b\s*(?:[?.!]|$|already|forever|and)", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|must|need to|needs to|deserve to|deserves to|ought to)\s+(?:all\s+|just\s+)?"
                          r"be\s+treated\s+(?:like|as)\s+(?:the\s+|a\s+|an\s+)?(?:" + beasts + r"|" + dehum1 + r"|dirt|shit|garbage|"
                          r"trash|slaves|second[- ]class citizens|criminals|the animals|property|objects|lesser beings)\b", 0.88)
        # generic members and possessives: "every GRPS I know is lazy", "a GRPS's opinion is worthless"
        add("derogation", rf"(?:^|\s)(?:every|each|any|all the|all|most|every single)\s+{G}\s+(?:i|we)\s+(?:have\s+|'ve\s+)?(?:ever\s+)?"
                          r"(?:know|knew|known|met|meet|see|saw|seen|work with|worked with|deal with|dealt with|come across|"
                          rf"came across)\s+(?:(?:is|are|was|were|has been|have been|turns out to be|turned out to be)\s+)"
                          rf"{adv}(?:{neg}|{beasts}|{dehum1}|{insult_n})\b", 0.85)
        add("derogation", rf"(?:^|\s)show\s+me\s+(?:a|an|one|any)\s+{G}\s+and\s+(?:i|we)\s+(?:will|'ll)\s+show\s+you\s+(?:a|an)\s+"
                          rf"(?:\w+\s+)?(?:{neg}|{insult_n}|{beasts}|{dehum1}|thief|criminal|liar|terrorist|rapist|scrounger|"
                          r"cheat|fraud|paedo|pedo|groomer|thug)\b", 0.85)
        add("derogation", rf"(?:^|[.!?]\s*)(?:never|not once|not one time)\s+(?:ever\s+)?(?:met|known|seen|worked with|come across)\s+"
                          rf"(?:a|an|one|any)\s+(?:single\s+)?{G}\s+(?:who|that)\s+(?:was not|is not|were not|did not|does not|"
                          rf"was n't|wasn't|isn't)\s+(?:(?:a|an|completely|totally|utterly)\s+)*(?:{neg}|{insult_n}|{beasts}|"
                          r"lying|stealing|cheating|thieving|violent|criminal|liar|thief|cheat)\b", 0.85)
        add("derogation", rf"(?:^|\s)the\s+only\s+(?:thing|things|use|purpose|job|reason)\s+(?:that\s+)?{det}{GA}\s+(?:is|are|was|"
                          r"were)\s+(?:(?:ever|even|actually|really)\s+)*(?:good|fit|useful|needed|made|here)\s+for\b", 0.85)
        add("exclusion", rf"(?:^|\s){det}{GA}\s+(?:should|must|can|could)\s+(?:never|not)\s+(?:ever\s+)?be\s+(?:put\s+|left\s+)?"
                         r"(?:in charge|in power|in control|in authority|in government|in office|the boss|bosses|our leaders?|"
                         r"a leader|leaders|in the (?:army|military|police|government|cabinet|classroom))\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:life|lives|opinion|opinions|view|views|vote|votes|voice|voices|existence|"
                                r"feelings|words|rights|needs|dreams|happiness|safety|health)\s+(?:do not|does not|should not|"
                                r"will never|never|shall never|can never|simply do not|just do not)\s+(?:really\s+|even\s+)?"
                                r"(?:matter|count|mean anything|mean a thing)\b|(?:^|\s)" + rf"{det}{GA}\s+(?:life|opinion|view|"
                                rf"vote|voice|existence|word)\s+(?:is|was)\s+{adv}(?:{neg}|meaningless|irrelevant|pointless|"
                                r"worthless|a joke|nothing|shit|worth nothing|worth less)\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:having|letting|allowing|bringing|keeping)\s+{det}{GA}\s+(?:\w+\s+){{0,3}}?(?:ruins|ruined|"
                          r"destroys|destroyed|spoils|spoiled|spoilt|wrecks|wrecked|is ruining|has ruined|will ruin|would ruin|"
                          r"poisons|poisoned|infects|pollutes|polluted)\s+(?:everything|it|this|the|our|my|any|every)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:it is|it's|what|that is|that's|how)\s+(?:a\s+|an\s+|so\s+|absolutely\s+|just\s+)*(?:ridiculous|"
                         r"absurd|insane|crazy|disgusting|outrageous|sickening|madness|a joke|a disgrace|a travesty|pathetic|"
                         r"appalling|a scandal|a shame|shameful|wrong|unacceptable|mad|laughable|beyond me)\s+(?:that\s+)?"
                         rf"{det}{GA}\s+(?:can|are allowed to|get to|are able to|still|have the right to|are permitted to)\s+"
                         r"(?:vote|work|drive|adopt|marry|teach|live here|come here|be doctors|be nurses|have kids|have children|"
                         r"lead|run for|hold office|have rights|be in charge|exist|breed|walk the streets|be around children)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:it is|it's|what|that is|that's)\s+(?:a\s+|so\s+|such\s+a\s+|really\s+)*(?:shame|pity|tragedy|"
                         r"disgrace|crime|sin|sad|disgusting|sickening|unfortunate|terrible|awful|travesty)\s+(?:that\s+)?"
                         rf"{det}{GA}\s+(?:(?:still|even|actually|all)\s+)*(?:exist|exists|are alive|are still alive|were (?:ever\s+)?"
                         r"born|are allowed to exist|breathe)\s*(?:[.!?,;]|$|at all|"
                         r"in this|anymore|any more|today|here|on this)|(?:^|\s)(?:it|that)\s+(?:makes|made)\s+me\s+(?:so\s+|really\s+)?"
                         r"(?:sick|ill|angry|furious|want to (?:puke|vomit|throw up))\s+(?:that|how|to think that|knowing(?: that)?)\s+"
                         rf"{det}{GA}\s+(?:(?:still|even|actually)\s+)*(?:exist|are alive|are allowed|breathe|live|walk)\b", 0.85)
        add("exclusion", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|just|honestly|sincerely)\s+)*(?:wish|hope|pray)\s+(?:that\s+)?there\s+"
                         rf"(?:were|was|are|would be|will be|will soon be|could be)\s+no\s+(?:more\s+)?{G}(?:\s+(?:left|anywhere|at all|"
                         r"in (?:this|the|our|my) (?:world|country|town|city|street)|on (?:this|the) (?:earth|planet)|here))?\s*"
                         r"(?:[.!?,]|$)", 0.88)
        add("exclusion", rf"(?:^|\s)(?:is|are|has been|have been|getting|becoming|got|is being|are being)\s+(?:(?:completely|totally|"
                         r"absolutely|utterly|so|just)\s+)*(?:infested|crawling|invaded|plagued|polluted|contaminated|riddled|"
                         rf"infected)\s+(?:with|by)\s+{det}{GA}", 0.88)
        add("exclusion", rf"(?:^|\s)the\s+(?:problem|trouble|issue|cancer|disease|rot|plague|curse)\s+(?:with|in|of|facing)\s+"
                         r"(?:this|the|our|my|modern)\s+(?:country|world|society|town|city|nation|school|workplace|nhs|team|"
                         rf"street|area|neighbourhood|neighborhood|culture)\s+(?:is|are)\s+{det}{GA}\s*(?:[.!?,]|$|and)|"
                         rf"(?:^|\s)the\s+(?:problem|trouble|thing)\s+with\s+{det}{GA}\s+is\s+(?:that\s+)?(?:they|PRN)\s+"
                         rf"(?:(?:all|just|even)\s+)?(?:exist|are\s+(?:all\s+|just\s+)?(?:{neg}|{beasts}|{dehum1}|{insult_n}))\b", 0.85)
        add("derogation", rf"(?:^|\s)(?:i|we)\s+(?:(?:really|honestly|just|personally|genuinely|still|do|will always)\s+)*(?:see|regard|"
                          r"view|consider|think of|look at|treat|look upon|count)\s+" + rf"{det}{GA}\s+(?:as|like)\s+(?:(?:nothing but|"
                          r"nothing more than|no more than|little more than|just|mere|the|a|an|total|utter)\s+)*(?:" + beasts +
                          r"|" + dehum1 + rf"|{neg}|dirt|shit|garbage|trash|filth|scum|inferior|subhuman|lesser beings|"
                          r"second[- ]class|the enemy|enemies|a disease|a plague|a cancer)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:are|is)\s+(?:(?:all|just|only)\s+)?(?:to be|meant to be|there to be|only fit to be)\s+"
                          r"(?:despised|hated|loathed|shunned|avoided|mocked|ridiculed|exterminated|eliminated|kept away|"
                          r"distrusted|spat on|laughed at|used|owned|beaten|controlled)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:should|must|ought to|need to|needs to)\s+(?:all\s+)?(?:be|feel)\s+(?:(?:so|deeply|"
                          r"thoroughly|truly|very)\s+)?(?:ashamed|embarrassed)\s+(?:of|about|for)\s+(?:(?:who|what)\s+(?:they|PRN|"
                          r"she|he)\s+(?:are|is)|themselves|existing|being born|being alive|their existence|being (?:a|an)?\s*"
                          r"(?:GRP|GRPS))\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:is|are)\s+(?:(?:only|just|all)\s+)?(?:worth\s+less|less\s+(?:valuable|important|"
                          rf"useful))\s+than\s+(?:a\s+|an\s+|my\s+|the\s+)?(?:{beasts}|{dehum1}|dirt|shit|nothing|dogs?|rats?|"
                          r"pets?|cattle|insects?)\b", 0.85)
        # the group addressed, then told off: "GRP, you make me sick"
        add("directed", rf"(?:^|[.!?]\s*)(?:(?:hey|listen|dear|oi|all you|all of you|you)\s+)?{det}{G}\s*[,:!]+\s*(?:(?:all of\s+)?you\s+"
                        rf"(?:all\s+)?(?:(?:are|were)\s+{adv}(?:{neg}|{dehum}|{insult_n})\b|make me (?:so\s+)?(?:sick|ill|puke|vomit|"
                        r"angry)|disgust me|repulse me|sicken me|should (?:all\s+)?(?:die|be (?:shot|killed|hanged|gassed|"
                        r"locked up|deported|ashamed))|deserve to die|are going to die|will (?:all\s+)?(?:die|pay|suffer|burn)|"
                        r"can (?:all\s+)?(?:go to hell|fuck off|die|rot|piss off)|do not belong|are not welcome))", 0.88)
        add("derogation", rf"(?:^|\s)how\s+(?:much\s+)?(?:more\s+)?(?:{neg})\s+(?:can|could|will)\s+{det}{GA}\s+(?:possibly\s+|even\s+)?"
                          r"(?:get|be|become)\b", 0.85)
        add("negated-positive", rf"(?:^|\s){det}{GA}\s+(?:can not|could not|should not|can never)\s+(?:even\s+|really\s+|ever\s+)*be\s+"
                                r"(?:called|considered|classed as|counted as|seen as|described as|regarded as)\s+"
                                rf"(?:(?:a|an|real|fully|proper|true)\s+)*{pos}\b", 0.85)
        # profanity as the attack
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:all|really|just|fucking|so|totally|literally|honestly|seriously)\s+)*"
                          r"(?:suck|sucks)\b(?!\s+(?:it up|up to|on|in (?:air|water)|the life|(?:\w+\s+)?(?:dick|dicks|cock|cocks|balls|"
                          r"it|d|toes|thumbs?|lollipops?|sweets)\b))", 0.85)
        add("directed", rf"(?:^|[.!?,]\s*|\s)(?:you\s+)?(?:(?:fucking|stupid|little|worthless|filthy)\s+)*(?:piece of (?:shit|crap|garbage|trash|"
                        rf"filth|dirt)|pos|scumbag|shitbag|dirtbag)\s+{G}\b|(?:^|\s)(?:you\s+)?{G}\s+(?:piece of (?:shit|crap|garbage|"
                        r"trash|filth)|scumbag|shitbag|dirtbag)\b", 0.88)
        add("directed", r"(?:^|[.!?]\s*)(?:fuck you|screw you|f you|fk you|fuck u|get the (?:fuck|hell|f) out(?: of (?:here|my \w+|"
                        rf"our \w+|this \w+))?|fuck right off|piss right off)\s*(?:,?\s*(?:you\s+)?(?:(?:fucking|stupid|dirty|filthy|"
                        rf"disgusting|little|worthless)\s+)*(?:all\s+)?(?:(?:the|you|those|these)\s+)?(?:other\s+)?{G})\s*(?:[.!?]|$)", 0.88)
        add("threat", rf"(?:^|\s){det}{GA}\s+(?:can|may|should|will|deserve to)\s+(?:all\s+|just\s+|go\s+)*(?:burn|rot|roast|fry)\s+in\s+hell\b|"
                      rf"(?:^|\s){det}{GA}\s+can\s+(?:all\s+)?(?:die|drop dead|choke)\s*(?:[.!?,]|$|for all i care|in a (?:fire|ditch|hole))", 0.88)
        # the group named, then predicated of with "they" in the next clause or sentence
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:(?:just|really|simply)\s+)*(?:never|do not|can not|will not|won't)\s+stop\s+"
                          rf"being\s+(?:so\s+|such\s+)?(?:(?:a|an)\s+)?(?:{neg}|{beasts}|{dehum1})\b", 0.85)
        add("derogation", rf"(?:^|\s)what\s+(?:a|an)\s+(?:(?:bunch|load|pack|lot|gang|shower|herd|group)\s+of\s+)?"
                          rf"(?:(?:fucking|bloody|absolute|total|complete|utter|useless|stupid|disgusting)\s+)*"
                          rf"(?:{neg}|{beasts}|{ins})\s+(?:PRN|GRP)\s+(?:all\s+)?(?:are|is|were)\b", 0.85)
        add("derogation", rf"(?:^|\s){det}{GA}\s+(?:claim|claims|pretend|pretends|say|says|think|thinks|act like|"
                          r"like to think)\s+(?:to be|they are|PRN are|that they are)\s+(?:the\s+)?(?:victims?|special|"
                          r"oppressed|equal|persecuted|normal|human)\s*,?\s*but\s+(?:they|PRN|in fact they|really they)\s+"
                          rf"(?:are|is)\s+(?:(?:just|all|really|actually|the real)\s+)*(?:{neg}|{beasts}|problem|the problem|"
                          r"the real problem|the criminals|the abusers)\b", 0.85)
        add("threat", rf"(?:^|[.!?]\s*)(?:{threat})\s+PRN\s*(?:all\s*)?(?:[.!?]|$|now|already|today)", 0.85)
        add("exclusion", rf"(?:^|[.!?]\s*)PRN\s+(?:(?:all|just|really)\s+)*(?:need to|have to|has to|must|should)\s+"
                         r"(?:all\s+|just\s+)?(?:be removed|be gone|disappear|vanish|be wiped out|be got rid of)\s*(?:[.!?]|$)", 0.85)

    @property
    def filtered(self) -> list[tuple[str, re.Pattern, float, tuple]]:
        """The patterns with their literal prefilters (conduct_fast), built on first use."""
        f = self.__dict__.get("_filtered")
        if f is None or len(f) != len(self.patterns):
            # large literal sets (a whole lexicon) cost nothing here: they are looked up in the
            # set of literals the one-scan index found, not searched for one by one
            f = self.__dict__["_filtered"] = [(k, rx, sc, cached_requirements(rx, max_set=5000))
                                              for k, rx, sc in self.patterns]
            self.__dict__["_index"] = LiteralIndex(lit for *_, reqs in f for group in reqs for lit in group)
            # each pattern is filed under the literals of its most telling group (not the
            # GRP/PRN group every hateful post shares), so a post only visits the patterns one
            # of whose key literals it contains (speed only: the other groups are checked after)
            by_lit: dict[str, list[int]] = {}
            always: list[int] = []
            for i, (_, _, _, reqs) in enumerate(f):
                if not reqs:
                    always.append(i)
                    continue
                key = min(reqs, key=lambda g: (("GRP" in g or "PRN" in g), len(g)))
                for lit in key:
                    by_lit.setdefault(lit, []).append(i)
            self.__dict__["_by_lit"] = by_lit
            self.__dict__["_always"] = always
        return f

    def hits(self, canon: str) -> list[tuple[str, int, int, float]]:
        out = []
        filtered = self.filtered
        present = self.__dict__["_index"].present(canon)  # every literal of every prefilter, one scan
        by_lit = self.__dict__["_by_lit"]
        cand = set(self.__dict__["_always"])
        for lit in present:
            idxs = by_lit.get(lit)
            if idxs:
                cand.update(idxs)
        for i in sorted(cand):   # the patterns' own order, as before
            kind, rx, score, reqs = filtered[i]
            skip = False
            for group in reqs:
                if present.isdisjoint(group):
                    skip = True
                    break
            if skip:
                continue
            for m in rx.finditer(canon):
                s, e = m.span()
                while s < e and canon[s] == " ":
                    s += 1
                out.append((kind, s, e, score))
        return out


def phrase_index(identity: dict[str, dict[str, dict]], slurs: dict[str, dict], max_len: int = 5) -> dict:
    """First word -> the word counts (longest first) of the lexicon phrases starting with it.
    tag_groups only tries the phrase lengths listed here (speed only: a phrase in none of
    the lexicons cannot match any of its branches)."""
    lengths: dict[str, set[int]] = {}
    for table in (identity["plural"], identity["singular"], identity["adj"], slurs):
        for phrase in table:
            words = phrase.split(" ")
            if len(words) <= max_len:
                lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in lengths.items()}


_INDEX: dict[tuple[int, int], tuple[dict, dict, dict]] = {}


def tag_groups(toks: list[CTok], identity: dict[str, dict[str, dict]], slurs: dict[str, dict]):
    """Replace group mentions by GRP/GRPS and slurs by GRP/GRPS; return new tokens, the
    identity mentions found and the slur mentions found (each with its original span)."""
    plural, singular, adjs = identity["plural"], identity["singular"], identity["adj"]
    cached = _INDEX.get((id(identity), id(slurs)))
    if cached is None or cached[1] is not identity or cached[2] is not slurs:
        cached = _INDEX[(id(identity), id(slurs))] = (phrase_index(identity, slurs), identity, slurs)
    index = cached[0]
    out: list[CTok] = []
    groups: list[tuple[int, int, str, str]] = []   # start, end, char, form
    slur_hits: list[tuple[int, int, str, dict, int]] = []
    i, n = 0, len(toks)
    norms = [t.norm for t in toks]
    max_len = 5
    while i < n:
        matched = False
        first = norms[i]
        ks = index.get(first, ())
        if first.endswith("'s") or first.endswith("s'"):
            ks = ks + (1,) if 1 not in ks else ks  # possessive of a one-word plural: "muslims'"
        for k in ks:
            if k > n - i:
                continue
            phrase = " ".join(norms[i:i + k])
            nxt = norms[i + k] if i + k < n else ""
            if phrase in slurs and slurs[phrase].get("generic") != "1":
                s, e = toks[i].start, toks[i + k - 1].end
                info = slurs[phrase]
                slur_hits.append((s, e, phrase, info, len(out)))
                form = "GRP" if phrase.endswith("s") and not phrase.endswith("ss") else "GRPS"
                out.append(CTok(form, s, e))
                groups.append((s, e, info.get("char", ""), "slur"))
                i += k
                matched = True
                break
            if phrase in adjs and i > 0 and norms[i - 1] == "being" and nxt not in PEOPLE_NOUNS \
                    and nxt not in PERSON_NOUNS:
                s, e = toks[i].start, toks[i + k - 1].end
                out.append(CTok("GRPS", s, e))
                groups.append((s, e, adjs[phrase].get("char", ""), "GRPS"))
                i += k
                matched = True
                break
            nxt_base = nxt[:-2] if nxt.endswith("'s") else nxt[:-1] if nxt.endswith("s'") else nxt
            if phrase in adjs and (nxt_base in PEOPLE_NOUNS or nxt_base in PERSON_NOUNS):
                # "black people", "disabled people's lives", "a gay person"
                s, e = toks[i].start, toks[i + k].end
                form = "GRPS" if nxt_base in PERSON_NOUNS else "GRP"
                out.append(CTok(form, s, e))
                groups.append((s, e, adjs[phrase].get("char", ""), form))
                i += k + 1
                matched = True
                break
            if phrase in adjs and nxt in DEROG_NOUNS and phrase not in ("white", "old", "male", "female", "older") \
                    and not (phrase in ("black", "brown") and nxt in ("trash", "garbage", "filth", "rubbish")):
                # "trans freaks", "gay perverts": the adjective names the group the noun insults
                s, e = toks[i].start, toks[i + k - 1].end
                out.append(CTok("GRP", s, e))
                groups.append((s, e, adjs[phrase].get("char", ""), "GRP"))
                i += k
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
            if phrase.endswith("'s") and phrase[:-2] in singular and (
                    phrase[:-2] not in ADJ_ONLY or i > 0 and norms[i - 1] in ("a", "an", "every", "any", "the", "that",
                                                                                "this", "one", "no", "each", "your")):
                # "a woman's opinion", "a Muslim's life": a member's possessive
                s, e = toks[i].start, toks[i + k - 1].end
                out.append(CTok("GRPS", s, e))
                groups.append((s, e, singular[phrase[:-2]].get("char", ""), "GRPS"))
                i += k
                matched = True
                break
            if phrase not in plural and (phrase.endswith("'s") or phrase.endswith("s'")) \
                    and phrase.rstrip("'s").rstrip("'") + ("s" if phrase.endswith("s'") else "") in plural:
                base = phrase[:-2] if phrase.endswith("'s") else phrase[:-1]
                if base in plural and base not in ADJ_ONLY:
                    s, e = toks[i].start, toks[i + k - 1].end
                    out.append(CTok("GRP", s, e))
                    groups.append((s, e, plural[base].get("char", ""), "GRP"))
                    i += k
                    matched = True
                    break
            if phrase in plural and phrase in ADJ_ONLY and nxt in NOUN_USE_NEXT and i > 0 \
                    and norms[i - 1] in ("the", "those", "these", "all", "most", "many", "some", "you", "fucking",
                                         "bloody", "dirty", "filthy", "stupid", "typical"):
                s, e = toks[i].start, toks[i + k - 1].end
                out.append(CTok("GRP", s, e))
                groups.append((s, e, plural[phrase].get("char", ""), "GRP"))
                i += k
                matched = True
                break
            if phrase in plural and phrase not in ADJ_ONLY and not (
                    phrase.startswith("the ") and (nxt in PEOPLE_NOUNS or nxt in PERSON_NOUNS)):
                extra = 1 if nxt in OCCUPATION_NOUNS or nxt in ("lives", "kind") else 0
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
                                                                                       "filthy", "bloody", "next",
                                                                                       "good", "dead", "less", "fewer",
                                                                                       "last", "single", "the", "your",
                                                                                       "some", "ugly", "disgusting",
                                                                                       "lazy", "smelly", "decent",
                                                                                       "honest", "normal", "nice",
                                                                                       "smart", "clever", "sane",
                                                                                       "competent", "trustworthy",
                                                                                       "intelligent", "first", "second",
                                                                                       "worthless", "useless", "pathetic",
                                                                                       "fat", "thick", "dumb", "vile",
                                                                                       "nasty", "horrible", "little",
                                                                                       "damn", "goddamn", "fking",
                                                                                       "effing", "sodding", "stinking",
                                                                                       "evil", "average", "nearest",
                                                                                       "random", "only", "other", "shit",
                                                                                       "crap")
                                                                or norms[i - 1] == "you"
                                                                and nxt in ("", ".", "!", ",", "?", "piece", "scum",
                                                                            "bastard", "cunt", "pig", "rat", "dog",
                                                                            "filth", "trash", "freak", "scumbag",
                                                                            "prick", "twat")
                                                                or norms[i - 1] == ","
                                                                and nxt in ("", ".", "!", "?", ",")) \
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
