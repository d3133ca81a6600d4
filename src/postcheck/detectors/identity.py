"""Detectors for confidentiality (HCPC 5.1 and 2.12): who a post is about, and what in it
could identify that person.

Two questions, answered separately, because a detail is only a risk when it points at a
service user:

1. *Care context* (:func:`assess_care`): is the post about someone the author cares for
   ("my patient", "the crew got a call", "a lady on the ward"), or about the author's own
   health, family, teaching cases, research, news or public figures?
2. *Identifiers* (:func:`find_signals`): direct ones (names, NHS/CHI/H&C numbers, dates of
   birth, phone, email, postcodes, addresses, record numbers) and the indirect "jigsaw"
   clues (age, ward/bed, named hospital or home, town or street, time, condition, a
   newsworthy event, an occupation or relationship).

Detectors only report :class:`Signal` s; rules in the pack decide what is a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from postcheck.detectors.validators import (
    chi_number_ok, hc_number_ok, nhs_number_ok, plausible_date,
)
from postcheck.engine.doc import PhraseMatcher, PostDoc, normalise_token
from postcheck.model.finding import Signal

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun"

NUMERIC_DATE = r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b"
WORD_DATE = (rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\.?,?(?:\s+(\d{{4}}))?\b"
             rf"|\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(\d{{4}}))?\b")
DATE_RE = re.compile(rf"{NUMERIC_DATE}|{WORD_DATE}", re.I)
ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DOB_LABEL_RE = re.compile(r"\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born(?: on)?)(?:\s+(?:is|was|of|=))?\s*[:\-]?\s*$", re.I)

NHS_RE = re.compile(r"(?<![\d/+.-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d/.-]*\d)")
NHS_CONTEXT_RE = re.compile(r"\b(?:nhs|chi|h\s?&\s?c|health and care|patient|pt|hospital|number|no\.?|num)\b", re.I)
CHI_CONTEXT_RE = re.compile(r"\bchi\b", re.I)
HC_CONTEXT_RE = re.compile(r"\b(?:h\s?&\s?c|health and care number|hcn)\b", re.I)
RECORD_RE = re.compile(
    r"\b(?:hospital (?:no|number|num)|hosp(?:ital)? no|mrn|m\.r\.n\.?|unit (?:no|number)|"
    r"patient (?:no|number|id)|pt (?:no|id)|record (?:no|number)|case (?:no|number)|"
    r"rxn|k number|crn|pas (?:no|number)|id number|inmate|prisoner|prison (?:no|number))\.?(?:\s+(?:on|for|of)\s+(?:this|the|that|her|his|their)\s+[a-z]+)?"
    r"(?:\s+(?:is|was|=))?\s*[:#-]?\s*([A-Z]{0,3}\d?[\s-]?\d{5,10}[A-Z]?|(?-i:[A-Z]\d{4}[A-Z]{2}))\b", re.I)
BARE_RECORD_RE = re.compile(r"\b(?:for|on|pt|patient|re|ref)\s+((?-i:[A-Z]{1,3})\d{5,8})\b", re.I)
EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
POSTCODE_RE = re.compile(
    r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|"
    r"[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b")
STREET_STOP = {"the", "a", "an", "this", "that", "my", "our", "your", "their", "his", "her", "same", "other",
               "long", "right", "wrong", "whole", "only", "next", "last", "first", "every", "each", "no", "one"}
EVENT_RE = re.compile(
    r"\b(?:[AM]\d{1,4}(?:\([AM]\))?|[A-Z][a-z]+ (?:Road|Street|Lane|Avenue|Bridge|Park|Estate|Way))\s+"
    r"(?:crash|pile-?up|collision|rtc|rta|smash|accident|fire|blaze|stabbing|shooting|explosion|incident|attack|flood)\b")
UNIQUE_RE = re.compile(
    r"\b(?:(?:maybe|only|just|about|around|roughly|fewer than|less than|under) \d+ (?:\w+ )?(?:families|people|patients|cases|"
    r"children|kids) (?:worldwide|in the world|globally|on the planet|in the uk|in britain|in the country|ever (?:described|reported))|"
    r"so rare (?:that )?(?:there are|there's|only)|"
    r"the (?:bishop|archbishop|dean|vicar|rector|minister|priest|imam|rabbi|mayor|provost|headteacher|head teacher|coach|captain|"
    r"chair(?:man|woman)?|landlord|landlady|lifeboat coxswain|coxswain|lollipop (?:man|lady)) of (?:the |our |my |this )?"
    r"(?:(?-i:[A-Z])[\w'’-]+|diocese|parish|church|town|village|club|island|valley|congregation|mosque|synagogue|lifeboat)\b|"
    r"the (?:(?-i:[A-Z])[\w'’-]* ){1,4}(?:minister|vicar|priest|imam|rabbi|coach|captain|landlord|landlady|headteacher) "
    r"(?:in|at|of|for) (?-i:[A-Z])[\w'’-]+|"
    r"the only (?:one|case|patient|person|child|kid|family|hotel|[a-z]+ in)|our only (?:one|case|patient)|"
    r"only \d+ (?:known )?(?:families|cases|people|patients|children)|(?:a )?first (?:for the region|in the region|in the country|in the uk)|"
    r"(?:in|from|on) my (?:own )?(?:village|street|road|estate|close)|(?:one of )?my (?:own )?neighbours?'?s?\b|"
    r"(?:lives|living) (?:next door|on my street|near me|round the corner)|(?:my (?:own )?|your own )(?:family doctor|gp|kid'?s teacher|son'?s teacher|daughter'?s teacher)|"
    r"my ex'?s|(?:in|at) (?:the same|my (?:son|daughter|kid)'?s?) (?:school|class|year \d)|"
    r"(?:was|were|been|is|appeared|featured|made it|who'?s|who was) (?:on|in) the (?:news|papers|local news|paper|front page)|made the (?:local )?(?:news|papers)|(?:bbc|itv|sky news|channel 4|local news|news) (?:piece|story|report|article)|"
    r"it was in the [A-Z][a-z]+|in the papers|you know who you are|"
    r"the only (?:\w+ ){0,2}(?:this year|in (?:the|our|my|town|the village|the school|the area|the county|\d+ miles)|for (?:miles|~?\d+ miles))|"
    r"only one (?:for|in) |(?:one|the only) (?:child|kid|pupil|person|patient|family|woman|man) in the (?:whole )?(?:school|village|town|street|class)|"
    r"\bhamlet\b|literally \d+ houses|(?:exactly|just|only) one (?:\w+ ){0,3}(?:case|positive|result|patient|person|child|family|referral)s?\b|"
    r"someone (?:from|in|at) my (?:book club|gym|church|class|running club|choir|street|road|school|village|work|team|mosque|temple)|a (?:school|village|class|town) of (?:\d+|forty|fifty|thirty|twenty)|"
    r"only (?:\w+ ){0,2}(?:school|practice|pharmacy|gp|surgery|pub|shop|church|hotel|care home) in (?:the|our|this) (?:town|village|area|valley|island)|"
    r"the only (?:\w+ ){0,3}(?:in|at) (?:a|the|our|my) (?:\w+ )?(?:school|village|town|class|street|estate|practice|island|unit|ward)|"
    r"(?:the )?(?:woman|man|lady|guy|bloke|girl|lad|fella) who (?:does|cuts|did|colours) (?:my|your|our) (?:hair|nails|brows|lashes|teeth)|"
    r"my (?:kid|son|daughter|child|partner|wife|husband|mum|dad|sister|brother|nan|neighbour|\w+-in-law|friend|mate)['’]?s "
    r"(?:football |rugby |swimming |dance |piano )?(?:coach|manager|teacher|tutor|boss|colleague|gp|dentist|landlord)|"
    r"(?:the )?(?:guy|man|woman|lady|bloke|lad|fella|chap) who (?:does|runs|reads|plays|drives|owns|sings|calls|sells) the\b|"
    r"the (?:voice|face|king|queen) of [A-Z]\w+|"
    r"(?:my (?:own )?|your own )(?:hairdresser|barber|dentist|postman|postie|neighbour|landlord|landlady|boss|kids?'? teacher|childminder|"
    r"cleaner|builder|plumber|mechanic|personal trainer|driving instructor|vicar|accountant)\b|"
    r"(?:my|your|our) (?:auntie|aunt|uncle|cousin|sister-in-law|brother-in-law|mother-in-law|father-in-law|neighbour|mate|friend|ex|"
    r"nan|gran|mum|dad|sister|brother|niece|nephew|flatmate|best mate|bestie)['’]?s (?:bloods|blood results?|results?|scan|x-?ray|test|samples?|notes|referral|"
    r"pregnancy test|biopsy|swab)|went to school with (?:our|my)|(?:my|your) ex['’]?s (?:mum|dad|new|sister|brother|grandad|grandpa|grandma|granny|gran|nana|nan|auntie|aunt|uncle|cousin|wife|husband|partner|boyfriend|girlfriend|best mate|mate)\b|(?:a |our )?(?:tiny|small) (?:village|hamlet|island|town|market town|practice|community)|"
    r"(?:my|your) (?:kid|son|daughter|child|partner|wife|husband|mum|dad|sister|brother|nan|neighbour|cousin|auntie|aunt|uncle|niece|nephew|boyfriend|girlfriend|"
    r"friend|mate|flatmate|best mate|bestie|\w+-in-law)['’]?s (?:best |new )?(?:friend|mate|teacher|boss|colleague|ex|neighbour|partner|"
    r"boyfriend|girlfriend|fianc[eé]e?|husband|wife|mum|dad|son|daughter|kid|baby|brother|sister|nan|grandad|in-laws)|"
    r"(?:our|my|the) (?:\w+ ){0,2}(?:consultant|registrar|surgeon|anaesthetist|manager|boss|colleague|lead|matron|sister|receptionist|"
    r"gp|nurse|paramedic|physio|radiographer|crewmate)['’]s (?:own )?(?:dad|mum|son|daughter|wife|husband|partner|kid|baby|nan|grandad|"
    r"brother|sister|father|mother|grandson|granddaughter)|"
    r"(?:one of )?the only (?:\w+ ){1,3}(?:in|on|at|for) (?-i:[A-Z][a-z]+)|"
    r"(?:at|from) my (?:own )?(?:gp|gp surgery|surgery|dentist|gym|school|church|kids'? school|son'?s school|daughter'?s school)\b|"
    r"one of (?:their|our|my) own (?:midwives|nurses|staff|doctors|consultants|colleagues|paramedics|team)|"
    r"(?:the )?(?:oldest|youngest|tallest|heaviest) (?:lady|man|woman|person|patient|baby|child)(?: ever)?|"
    r"the (?:head|headteacher|head teacher|mayor|vicar|mp|boss|landlord|landlady|owner|gp|councillor|manager)['’]s (?:own )?(?:new |newborn |little |baby |eldest |youngest |teenage )?"
    r"(?:son|daughter|granddaughter|grandson|wife|husband|kid|child|mum|dad|partner|mother|father)|(?<!use )(?<!take )(?<!grab )(?<!borrow )(?<!usually )(?<!always )(?<!often )(?<!typically )(?<!normally )(?<!generally )the one (?:who|from)\b|"
    r"(?:only )?the (?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:known )?(?:\w+ )?(?:family|families|case|patient|person|child|"
    r"kid|baby|man|woman|girl|boy) (?:worldwide|in the world|ever (?:recorded|reported|seen)|in the (?:uk|country|region|county|world)|"
    r"in (?:britain|scotland|wales|england|europe|northern ireland|ireland))\b|first (?:uk|known|reported|british|scottish|welsh) case\b|"
    r"\b(?:from|in|at) (?:my|our) (?:5-a-side|five-a-side|book club|running club|walking group|choir|church|mosque|gym|pub quiz team|"
    r"darts team|football team|netball team|rugby team|cricket team|golf club|slimming club|knitting group)\b"
    r"(?!\s+(?:street|road|lane|st|rd|avenue|ave|hall|close|way|square|terrace)\b)|"
    r"^(?:to|dear) (?:the |my |our )?(?:\w+ ){0,3}(?:lady|man|gentleman|gent|woman|lad|girl|boy|guy|bloke|patient|client|fella)\b|"
    r"you missed your (?:appointment|follow-?up|session|clinic|scan|fitting)|who runs (?:our|the) (?:pub|quiz|shop|cafe|chippy|post office|pub quiz|corner shop))", re.I)
DEFINITE_PERSON_RE = re.compile(
    r"\b(?:the|that) (?:(?:[a-z]+|\d+ft\d*)[ -]){0,3}?(?:man|guy|bloke|lad|fella|fellow|chap|gent|gentleman|woman|lady|girl|boy|"
    r"kid|teen|teenager|couple|family|motorcyclist|cyclist|biker|driver|walker|runner|jogger|swimmer|climber)"
    r"(?: (?:with|in) (?:the|a|an|his|her|one) [^,.!?;\n]{2,40}?)? (?:who|whose|that)\b"
    r"(?! (?:taught|trained|inspired|mentored|helped|supervised|hired|interviewed|gave|showed|told|raised|married) (?:me|us)\b)"
    r"(?=[^.!?\n]{0,80}?(?:\b(?:at|in|on|outside|by|near|off|from) (?:the )?(?-i:[A-Z])[\w'’-]+|\bevery (?:single )?(?:day|morning|night|"
    r"week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\balways\b|\bon the (?:news|telly|tv|radio)|"
    r"\bin the (?:paper|papers|news)|\b(?:yesterday|last night|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))))"
    r"[^.!?\n,;]{3,80}", re.I)
SPORT_ROLE_RE = re.compile(
    r"\b(?:club|team|side|town|united|city|rovers)['’]s (?:new |star |first-team |young |current )?(?:signing|keeper|goalkeeper|striker|"
    r"captain|skipper|winger|prop|hooker|full-back|fly-half|scrum-half|number (?:[2-9]|1[0-5]))\b"
    r"|\b(?:the|our) (?:new |star |first-team |young |club |team )?(?:keeper|goalkeeper|striker|centre-forward|winger|prop|hooker|"
    r"fly-half|scrum-half|signing|number (?:[2-9]|1[0-5])\b(?! (?:priority|reason|rule|tip|thing|fan|spot)))\b"
    r"|\b(?:from|in|of) (?:the|our) (?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)* (?:\w+ )?(?:squad|academy|first team|under-\d+s)\b", re.I)
APPOINTMENT_SLOT_RE = re.compile(r"\bmy (?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2} o'?clock)\b(?! (?:alarm|train|bus|meeting|flight|class))", re.I)
HOUSE_NUMBER_RE = re.compile(r"\b(?:(?:at|from|lives at|to|outside) (?:no\.?|number)\s?(\d{1,4})|(?:flat|apartment|apt)\.?\s?(\d{1,4}[a-z]?))\b", re.I)
BIRTH_YEAR_RE = re.compile(r"\bborn (?:in )?((?:19|20)\d{2})\b", re.I)
NAMED_EVENT_RE = re.compile(
    r"\b(?:the|that|this) (?:(?:[A-Z][\w'’-]+|[a-z]+) ){0,3}?(?:[A-Z][\w'’-]+ )(?:[a-z]+ ){0,2}"
    r"(?:crash|accident|collapse|fire|blaze|stabbing|shooting|explosion|attack|flood|pile-?up|protest|case|murder|"
    r"incident|tragedy|rescue|drowning|derailment|siege|riot|storm)\b")
CLINICAL_STATE_RE = re.compile(
    r"\b(?:stable|critical condition|intubated|sedated|ventilated|resuscitated|rosc|obs|vitals|sats|gcs|"
    r"in resus|on the table|in theatre|in recovery|on oxygen|on a drip|nil by mouth|palliative)\b", re.I)
HANDLE_RE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])")  # Instagram allows dots
STREET_TYPES = (r"road|rd|street|st(?!\.?\s+[A-Z])|lane|avenue|ave|close|drive|way|crescent|court|gardens|place|"
                "terrace|grove|row|square|walk|mews|rise|parade|estate|view|hill|green")
STREET_RE = re.compile(
    rf"\b(?:(\d{{1,4}}[A-Za-z]?),?\s+)?((?:[A-Z][a-z'’]+\s+){{1,3}})((?i:{STREET_TYPES}))\b"
    rf"(?!\s+(?i:hospital|school|surgery|practice|medical|health))")

# A current-format UK vehicle registration ("YK19 ZTR"): it leads straight to a keeper.
PLATE_RE = re.compile(r"\b(?-i:[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2}\s?[A-HJ-PR-Z]{3})\b")

# "Main St Portrush": "St" after a common street name is "Street", not "Saint".
STREET_NAME_WORDS = (r"Main|High|Church|Market|Station|Mill|Bridge|Castle|Chapel|Front|Back|Water|King|Queen|George|Victoria|"
                     r"Albert|Union|New|Old|North|South|East|West|Park|School|Duke|Princes|Commercial|Fore|Bank|Ship|Well|"
                     r"Scotch|English|Irish|Abbey|Harbour|Quay|Shore|Dock|Hope|Rose|John|William|Charles|Mary|Ann")
STREET_ST_RE = re.compile(rf"\b(?:(\d{{1,4}}[A-Za-z]?),?\s+)?(?:{STREET_NAME_WORDS})\s+St\b\.?")
STREET_NAME_BEFORE_RE = re.compile(rf"(?:{STREET_NAME_WORDS})\s+$")

AGE_PATTERNS = [
    # 82-year-old, 82 year old, 82yr old, 3-month-old
    (re.compile(r"(?<![\d–-])\b(\d{1,3})\s*-?\s*(year|yr|month|week|day)s?\s*-?\s*old\b(?!s)", re.I), "years-old"),
    (re.compile(r"\b(\d{1,3})\s?(?:yo|y/o|y\.o\.?|yrs?|yr old)\b", re.I), "yo"),
    (re.compile(r"\baged\s+(\d{1,3})\b(?!\s*(?:[–-]|to\b|and over|\+|or over|and above))", re.I), "aged"),
    (re.compile(r"\bage\s*:?\s*(\d{1,3})\b(?!\s*(?:[–-]|to\b|and over|\+|or over|and above))", re.I), "aged"),
    (re.compile(r"\b(\d{1,3})\s?(?:M|F)\b"), "sex-shorthand"),
    (re.compile(r"\b(\d{2,3})(?:st|nd|rd|th)\s+birthday\b", re.I), "birthday"),
    # "cardiac arrest at 27", "died at 34", "diagnosed at 19": an event at an age
    (re.compile(r"\b(?:arrest(?:ed)?|collapsed|died|passed away|diagnosed|stroke|heart attack|widowed|"
                r"mum|dad|a parent|paralysed|amputee|retired) at (?:just |only |the age of )?(\d{1,2})\b"
                r"(?!\s*(?:am|pm|mph|%|percent|:|\.\d|weeks|wks|days|hours|hrs|mins?|minutes|kg|ml|mg|degrees|°|"
                r"o'clock|ish|\+|[-–]\d))"
                r"(?=\s*(?:[,.;:!?)]|$|years?\b|yrs?\b|y/?o\b|and\b|with\b|but\b|after\b|from\b|so\b|😢|😞|💔|🙏))", re.I),
     "event-age"),
]
AGE_STATED_RE = re.compile(
    r"\b(?:he|she|they|who)(?:'s|’s| is| was| were| are|'re)\s+(?:only |just |now |nearly |almost |turning )?(\d{1,3})\b"
    r"(?!\s*(?:minutes|mins|hours|hrs|times|weeks|days|months|%|percent|kg|stone|st\b|miles|cm|mm|ml|units|x\b|/|:|\.\d))"
    r"|\b(?:aged?) (?:just |only )?(\d{1,2})\b(?=\s*[,.;)!?]|\s+(?:and|with|years|yrs))"
    r"|\b(\d{2,3}) and (?:still|going strong|living|counting|sharp as)\b", re.I)
AGE_PAREN_RE = re.compile(r"\((\d{1,3})(?:\)|,)|,\s?(\d{1,3})\s?,|\s-\s(\d{1,3})\s-\s")
AGE_BAND_RE = re.compile(
    r"\b(?:in (?:her|his|their) )?(?:early |mid |late |mid-)?(\d0)s\b|\b(?:in (?:her|his|their) )(?:early |mid |late )?"
    r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\bcentenarian\b|\bteen(?:age)?r?\b",
    re.I)

CARE_LOCATION_RE = re.compile(
    r"\b(ward|bay|bed|cubicle|cube|side ?room|room|resus|majors|minors|pod|theatre|bedspace|bed space|cell)\s*"
    r"(?:no\.?\s*(?=\d))?(\d{1,3}[A-Za-z]?\b|(?-i:[A-Z])\b(?!['’]))", re.I)
NAMED_WARD_RE = re.compile(r"\b((?:[A-Z][a-z]+\s){1,2})(Ward|Unit|Suite|Wing)\b")
GENERIC_WARD_WORDS = {
    "children's", "childrens", "maternity", "surgical", "medical", "stroke", "elderly", "acute",
    "cardiac", "assessment", "day", "general", "orthopaedic", "orthopedic", "respiratory",
    "renal", "oncology", "neonatal", "labour", "delivery", "intensive", "care", "the", "a",
    "our", "my", "this", "that", "every", "each", "covid", "isolation", "discharge", "burns",
    "high", "dependency", "coronary", "mental", "health", "psychiatric", "spinal", "trauma",
    "surgery", "recovery", "emergency", "urgent", "admissions", "paediatric", "frailty",
    "rehab", "rehabilitation", "community", "observation", "short", "stay", "same",
}
SAINT_RE = re.compile(
    r"\b(?:St\.?|Saint)\s+([A-Z][a-z]+)(?:['’]s|s['’]|['’])?(?:(?:\s+(?:and|&)\s+(?:St\.?\s+)?[A-Z][a-z]+(?:['’]s|['’])?))?"
    r"(?:\s+(?:University\s+)?(?:Hospital|Infirmary|Hospice|School|Primary|Academy|Surgery|Medical Centre|Health Centre|Care Home|Nursing Home|Church|C of E))?")
HMP_RE = re.compile(r"\bHMP\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")

PERSON_NOUNS = (
    "patient|pt|pts|patients|client|clients|service user|resident|lady|ladies|gentleman|gent|man|woman|"
    "boy|girl|lad|lass|baby|child|kid|chap|fella|fellow|bloke|guy|toddler|teenager|teen|"
    "mum|dad|mother|father|grandma|grandad|granny|grandfather|grandmother|husband|wife|"
    "daughter|son|carer|pupil|youngster|infant|newborn|person|individual|veteran|motorcyclist|cyclist|biker|pedestrian|"
    "passenger|hiker|climber|swimmer|jogger|"
    "gentlemen|women|men|couple|twins|casualty|casualties|pensioner|student"
)
SUBJECT_RE = re.compile(
    rf"\b(?:this|a|an|the|one|my|our|that|lovely|little|poor|sweet|dear|old|young|elderly|frail|"
    rf"\d{{1,3}}[- ]?(?:year|yr|y)[- ]?o(?:ld)?|\d{{1,3}}yo)\s+(?:(?:lovely|little|young|old|elderly|frail|"
    rf"poor|sweet|dear|older|sick|tiny|wee|new|regular|frequent|confused|unwell)\s+)*(?:{PERSON_NOUNS})\b"
    rf"|\b(?:{PERSON_NOUNS})\s+(?:called|named|in bed|on (?:the )?ward|in bay|in cubicle|in room|in resus|who)\b"
    rf"|\b(?:the|a|an|this|that|one)\s+[a-z]+\s+(?:{PERSON_NOUNS})\b"
    rf"|(?:^|[.!?]\s+)(?:patient|pt|client|resident|service user|lad|lass|gent|lady|man|woman|boy|girl|chap|fella|bloke)s?\b"
    rf"|\bservice users?\b|\bmy (?:patient|client)s?\b|\bthe pt\b|\bpt\b"
    rf"|\b(?:hardest|toughest|trickiest|first|last|next|newest|favourite|fave|youngest|oldest|final|\d{{1,2}}(?::\d{{2}})?\s?(?:am|pm))\s+"
    rf"(?:[a-z]+\s+)?(?:patient|client|service user)\b(?! (?:experience|feedback|survey|safety|information|leaflets?|groups?|records?))"
    rf"|\b(?:the |a |our )?(?:little|wee) ones?\b|\bone of (?:ours|my (?:patients|clients|residents))\b", re.I)
CARE_VERB_RE = re.compile(
    r"\b(?:(?:got|get|were|was|been) (?:called|sent|dispatched) to|(?:got|had) (?:a|another) (?:call|job|shout)|"
    r"attended (?:a|an|to)|conveyed|(?:treated|assessed|scanned|x-rayed|examined|triaged|discharged|admitted|"
    r"referred|fitted|reviewed|saw|seen|met|visited|treating|assessing|scanning|seeing) (?:a|an|this|my|our|the) |"
    r"came into (?:a&e|resus|ed|majors|hospital|clinic)|brought in|rocked up|on (?:shift|nights|days|the ward|"
    r"the road|scene)|in (?:clinic|resus|theatre|majors|recovery|session)|"
    r"(?:did|do|done|doing|ran|run|running) (?:a |an |the |some )?(?:[a-z-]+ ){0,3}(?:on|for) (?:a|an|the|one|this|that|my|our|him|her)\b|"
    r"known to (?:our|the) (?:team|service)|(?:we|i)(?:'re| are| am|'m) working with (?:him|her|them)|first client|"
    r"(?:was|were|came|popped) in (?:today |yesterday |this morning |this afternoon |tonight |again )?(?:for|with|w/?)\b|"
    r"came in (?:with|w/?)\b|\bpatient['’]s\b|put (?:a|an|him|her|the|this)(?: [a-z]+)? (?:to sleep|under)|"
    r"(?:came|come|comes) (?:across|over) my bench|on my bench|results? came back|blood spot|heel prick|"
    r"(?:came|come|comes) (?:to|into) (?:my|our) (?:clinic|practice|shop|centre|surgery|session|group|lab|department)|"
    r"(?:out of|in|into) our (?:[A-Z][\w'’]* )?(?:centre|clinic|practice|unit|ward|lab|shop)\b|"
    r"(?:run|ran|running|runs) (?:\w+ )?sessions? (?:for|with)|happy (?:customer|client|patient)|"
    r"(?:was|is|were) in for (?:his|her|their|a|an)\b|scrubbed (?:in )?for|assisted (?:with|on|in)|"
    r"(?:came|comes|come|popped in) to see me|(?:seeing|sees|saw|seen|been seeing) me (?:for|about|with)|"
    r"see you (?:both |all )?(?:on|at|next|in|for) (?:the |your )?|(?:at|for) your (?:\w+ )?(?:check|appointment|review|fitting|follow-?up)\b|"
    r"\d+(?:st|nd|rd|th) time this (?:month|week|year)|(?:plan|programme|sessions?|treatment|therapy) with me\b|"
    r"(?:from|in|with) my (?:\w+ )?(?:group|groups|clients|caseload|patients|class)\b|\bmy \d{1,2}(?::\d{2})?\s?(?:am|pm)\b|"
    r"had (?:\w+ ){0,6}in (?:today|yesterday|this morning|this afternoon|clinic)\b|"
    r"(?:first|second|third|fourth|another|\d+(?:st|nd|rd|th)) (?:999 )?(?:call|job|visit|shout)(?: this \w+)? to\b|"
    r"^called to\b|\bcalled to (?:a|an|the|hmp)\b|(?:culture|result|sample|bloods|swab)s? (?:on|for|from) (?:[A-Z]|a |an |the |my )|"
    r"supported (?:a|an|the|this|one) |came (?:in|into|through|thru) (?:a&e|ae|resus|ed|majors|casualty|the department)|"
    r"(?:with|under|in|on) our (?:\w+ )?(?:team|service|caseload|books)\b|"
    r"(?:auntie|aunt|uncle|cousin|neighbour|sister-in-law|brother-in-law)['’]?s (?:bloods|results?|scan|test|samples?)|\b(?:on|in|at) (?:the |a |our )?(?:[A-Za-z]+ )?(?:unit|ward)\b|"
    r"through our (?:lab|clinic|service|team|unit)|on (?:the|my|today'?s) (?:list|caseload)|we (?:reattached|resuscitated|"
    r"treated|fitted|scanned|assessed|operated|intubated|splinted|cannulated|delivered|conveyed|transferred))", re.I)
FAME = (r"famous|well[- ]known|celebrity|celeb|premier league|championship|league one|league two|international|"
        r"olympic|olympian|paralympic|england|scotland|wales|lions|world champion|local|tv|telly|radio|reality|"
        r"former|ex-?|retired|star|legendary|current|town|city|county|village|deputy|lord|lady|club|team|first-team|"
        r"radio|bbc|itv|sky|national|premiership|championship")
ROLE = (r"footballer|player|striker|midfielder|defender|goalkeeper|keeper|manager|captain|actor|actress|singer|"
        r"rapper|dj|presenter|newsreader|pundit|comedian|influencer|youtuber|tiktoker|boxer|jockey|cricketer|"
        r"rower|swimmer|athlete|runner|cyclist|darts player|snooker player|model|author|politician|mp|mayor|"
        r"councillor|magistrate|judge|vicar|bishop|headteacher|headmistress|headmaster|chef|gp|celebrity|"
        r"contestant|weather presenter|drummer|guitarist|bass player|frontman|lead singer|band|boyband|girlband|"
        r"newsreader|broadcaster|journalist|reporter|host|coach|referee|umpire|bishop|imam|rabbi|priest|"
        r"headteacher|head teacher|principal|chief executive|ceo|chair|chairman|chairwoman|mayoress|sheriff|"
        r"weatherman|weatherwoman|weather girl|rugby coach|football coach")
NOTABLE_RE = re.compile(
    rf"\b(?:(?:a|an|the|our|this|one|certain)\s+)?(?:(?:{FAME})\s+){{1,3}}(?:{ROLE})s?\b"
    rf"|\b(?:the\s+)?(?:lead singer|bass player|drummer|guitarist|frontman|captain|manager|star|owner|landlord|"
    rf"landlady|headteacher|mayor|vicar|mp)\s+(?:of|from|for)\s+(?:the\s+)?[A-Z][\w'’&]*(?:\s+[A-Z][\w'’&]*)*"
    rf"|\b(?:coronation street|corrie|eastenders|emmerdale|hollyoaks|love island|strictly|masterchef|bake off|"
    rf"i'?m a celeb\w*|big brother|the apprentice|gogglebox|x factor|britain'?s got talent)\b"
    rf"|\b(?:guess who|you(?:'ll| will)? never guess who|you will not believe who|you won'?t believe who|"
    rf"not allowed to say (?:who|which)|you(?:'ll| will|'d)? know who|if you know,? you know|iykyk|you know who i mean|can'?t say who|won'?t say who|you(?:'ll| will|'d) recogni[sz]e|"
    rf"(?-i:(?:yes|yep|Yes|Yep),? THAT)\b|a certain\s+[a-z]+|from the (?:telly|tv|news|papers|advert))", re.I)
JOBS = (
    "farmer|fisherman|fishermen|shepherd|gamekeeper|steelworker|miner|docker|welder|builder|roofer|scaffolder|"
    "plumber|electrician|joiner|carpenter|bricklayer|plasterer|mechanic|lorry driver|hgv driver|bus driver|"
    "taxi driver|cabbie|delivery driver|courier|postie|postman|postwoman|milkman|binman|train driver|pilot|"
    "dj|chef|baker|butcher|barber|hairdresser|florist|publican|barmaid|barman|bartender|waiter|waitress|"
    "shopkeeper|newsagent|teacher|teaching assistant|dinner lady|lollipop lady|lollipop man|caretaker|"
    "solicitor|barrister|accountant|banker|estate agent|firefighter|"
    "fireman|police officer|policeman|policewoman|copper|pc|soldier|squaddie|marine|paratrooper|veteran|"
    "prison officer|security guard|bouncer|"
    "footballer|rugby player|jockey|boxer|dancer|ballerina|singer|musician|artist|actor|actress|presenter|"
    "journalist|reporter|photographer|vicar|priest|imam|rabbi|nun|monk|councillor|magistrate|judge|"
    "lifeguard|lifeboat crew|coastguard|ranger|gardener|groundsman|cleaner|porter|chauffeur|model|influencer|"
    "youtuber|streamer|student nurse|apprentice|headteacher|head teacher|headmistress|headmaster|receptionist|"
    "shop assistant|cashier|mechanic|landlord|landlady|publican|newsreader|skipper|firearms officer|tattoo artist|tattooist"
)
SELF_ROLE_RE = re.compile(r"(?:\bas an?|\bbeing an?|\bqualified|\bi'?m an?|\bi am an?|\bbecome an?|\bthe best|\bbest|"
                         r"\bour|\bmy|\bfellow|\bevery|\ball)\s+(?:\w+\s+)?$", re.I)
APPEARANCE_RE = re.compile(
    r"\b(?:with|in|wearing) (?:the|a|an|his|her|their) (?:\w+ ){0,3}(?:mohawk|moustache|tache|beard|tattoos?|tatt?s|"
    r"piercings?|dreadlocks|dreads|mullet|quiff|raincoat|crocs|cowboy boots|hat|wheelchair|mobility scooter|moped|"
    r"harley|motorbike|guide dog|parrot|pram)\b|\b(?:full )?(?:back|sleeve|neck|face) tattoo", re.I)
SHOP_RE = re.compile(
    r"\b(?:from|at|runs|owns|ran|owned|works at|worked at|behind the counter at) the (?:[a-z]+ )?(?:shop|pub|cafe|café|chippy|"
    r"garage|salon|bakery|butcher'?s|newsagent'?s|takeaway|kebab shop|corner shop|post office|library|farm|hotel|"
    r"florist'?s|barber'?s|hairdresser'?s|gym|market stall|ice cream van|bar|restaurant)\b", re.I)
OCCUPATION_RE = re.compile(rf"\b(?:(?:local|retired|former|ex-?|the|a|an|our)\s+)?(?:{JOBS})\b(?!s\b)", re.I)
TITLED_ROLE_RE = re.compile(
    r"\b(?:the |a |an )?(?:[A-Z][\w'’&]*\s){1,4}(?:(?:breakfast|morning|evening|drivetime|weekend|new|former|star|first-team|youth|academy) )?(?:contestant|winner|finalist|presenter|actor|actress|star|striker|"
    r"midfielder|captain|goalkeeper|keeper|manager|singer|drummer|guitarist|frontman|dancer|player|newsreader|prop|hooker|lock|"
    r"lock forward|flanker|winger|fly-half|scrum-half|full-back|defender|signing|skipper|hopeful|presenters|champion|"
    r"broadcaster|journalist|reporter|dj|host|coach|chef|comedian|mp|councillor|mayor|vicar|bishop|headteacher)s?\b")
PRESENT_ROLE_RE = re.compile(
    r"\b(?:dances|plays|sings|performs|rows|boxes|rides|presents|coaches|captains|manages|scored|plays in goal)"
    r" (?:professionally )?"
    r"(?:with|for|at|in|on) (?:the )?[A-Z][\w'’&]*(?: [A-Z][\w'’&]*)*"
    r"|\b(?:used to be|was|is|has been|appeared) on (?:the )?[A-Z][\w'’&]*(?: [A-Z][\w'’&]*)*")
PAST_ROLE_RE = re.compile(
    r"\b(?:used to|who used to|once|formerly) (?:sing|play|dance|perform|work|teach|run|be|coach|captain|manage)\w*"
    r"(?: professionally)? (?:with|for|at|on|in) (?:the )?[A-Z][\w'’&]*(?: [A-Z][\w'’&]*)*")
HEALTH_TAG_PREFIXES = (
    "nhs", "paramedic", "physio", "podiatr", "dietit", "dietetic", "radiograph", "sonograph", "prosthet",
    "orthot", "orthopt", "audiolog", "hearing", "clinpsy", "arttherap", "musictherap", "dramatherap",
    "biomed", "sltlife", "otlife", "occupationaltherap", "speechtherap", "ambulance", "nurs", "odp",
    "theatrelife", "hcpc", "ahp", "patient", "carehome", "rehab", "mentalhealth",
)
SERVICE_WORD_RE = re.compile(
    r"\b(?:mammo\w*|mri|ct|x-?rays?|xray\w*|scans?|scanned|ultrasound|echo|ecg|bloods|samples?|specimens?|"
    r"fitted|fitting|hearing aids?|aids|hearing test|audiogram|swallow\w*|clinic|theatre|caseload|home visits?|"
    r"assessments?|assessed|referrals?|referred|rehab|appointments?|follow-?up|aftercare|job|shout|call-?outs?|"
    r"ambo|blue-?light\w*|conveyed|resus|majors|triage\w*|ward round|handover|lab|therapy|sessions?|splint|"
    r"socket|prosthe\w+|orthotic\w*|insoles?|squint|eye patch|ng tube|peg feed\w*|verruca|callus|wound|"
    r"dressings?|surgery|anaesthetic|recovery|trauma list|on my list|lung function|transfusion|units|obs|consents?|"
    r"tox screen|swabs?|biopsy|results?|eye drops|drops|specs|glasses|hearing assessment|audiogram|follow[- ]?up list)\b", re.I)
UNKNOWN_PLACE_RE = re.compile(r"\b(?:in|from|near|nr|outside|at) ([A-Z][a-z]{2,}(?:[ -](?:on|upon|under|le|by)[ -][A-Z][a-z]+| [A-Z][a-z]+)?)\b")
MONTH_WORDS = set(MONTHS.split("|")) | set(WEEKDAYS.split("|"))
PUBLIC_CONTEXT_RE = re.compile(
    r"\b(?:on|in|from|won|winning|star of|presenter of) (?:strictly|coronation street|eastenders|emmerdale|love island|"
    r"the apprentice|bake off|masterchef|the news|the telly|tv|netflix|the bbc|the olympics|the paralympics)\b"
    r"|\b(?:interview|documentary|podcast|memoir|autobiography|campaign(?:er)?|ambassador|announced|revealed|"
    r"spoke publicly|publicly|told the (?:bbc|press|media|papers)|spoke openly|opened up|in today'?s [A-Z]?\w+|"
    r"opened (?:our|the)|officially opened|cut the ribbon|unveiled|launched)\b", re.I)
FICTION_RE = re.compile(r"\b(?:fictional|fictitious|made[- ]up (?:patient|case|client|example)|hypothetical(?:ly)?|"
                        r"not (?:about )?a real (?:patient|person|case|client|pupil|resident)|for teaching only|invented (?:case|patient)|(?:teaching |trainee |"
                        r"student |exam |osce |training )?(?:scenario|vignette)s?|picture (?:a|an|this)|imagine (?:a|an|this|you)|"
                        r"for (?:the|our|my) (?:students|trainees|cohort|learners)|case for discussion|worked example|teaching case|"
                        r"exam question|quiz question)\b", re.I)
AGGREGATE_RE = re.compile(
    r"\b(?:in|across|at) (?:\w+ )?(?:different|several|many|multiple|two|three|four|five|six|\d+) (?:different )?"
    r"(?:prisons|wards|schools|care homes|homes|clinics|practices|hospitals|trusts|teams|services)\b|"
    r"\bthe (?:\w+ )?population (?:is|are|has|have)\b|"
    r"\b(?:so|too) many (?:\w+ ){0,2}(?:men|women|people|lads|girls|boys|kids|children|teens|teenagers|patients|clients|drivers|riders|"
    r"families|parents|babies|players|athletes)\b|"
    r"\b\d[\d,]*\+? (?:\w+ ){0,2}(?:checks|samples|patients|pts|jobs|scans|cases|referrals|clients|fittings|sessions|"
    r"appointments|assessments|x-rays|units|tests|calls|admissions|discharges|operations|procedures|babies|people)\b", re.I)
FAMILY_START_RE = re.compile(r"\s*(?:Mum|Mam|Mom|Dad|Nan|Nana|Nanna|Gran|Granny|Grandad|Grandma|Grandpa|Granda|Nain|Taid|Mamgu|"
                             r"Tadcu|Bampi|Gramps|Grampa)(?:['’]s|\b)")
SENTENCE_SPLIT_RE = re.compile(r"[.!?]+\s+|\n+|(?<=[\u2600-\u27BF\U0001F000-\U0001FAFF])\s+")
CIRCLE_CARE_RE = re.compile(
    r"\b(?:scanned|x-?rayed|treated|assessed|fitted|swabbed|bled|operated on|conveyed|triaged|referred) "
    r"my (?:\w+-in-law|cousin|auntie|aunt|uncle|niece|nephew|neighbour|mate|friend|flatmate|ex|kid'?s|son'?s|daughter'?s|"
    r"sister'?s|brother'?s|mum'?s|dad'?s|cousin'?s|friend'?s|mate'?s|neighbour'?s|old)\b", re.I)
ORG_ADDRESS_RE = re.compile(
    r"\b(?:(?:branch|clinic|practice|surgery|office|shop|store|centre|center|department|service|team|unit|we)(?:'re|'s| are| is| has| have| had)?"
    r" (?:now )?(?:mov(?:es|ing|ed)|relocat\w+)|new (?:address|premises|home for)|find us at|based at|located at|"
    r"(?:open|opening|opened) (?:at|on)|visit us at|our (?:new )?(?:address|premises)|drop[- ]in at)\b", re.I)
PRONOUN_RE = re.compile(r"\b(?:she|he|her|him|his|they've|she's|he's)\b", re.I)

HONORIFIC_RE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mx|Mister|Master|Madam|Reverend|Rev|Father|Fr|Pastor|Canon|"
    r"Councillor|Cllr|Captain|Capt|Major|Colonel|Corporal|Cpl|Sergeant|Sgt|Dr|Doctor|Prof|Professor|Nurse|Sister|Matron)"
    r"\.?\s+([A-ZÀ-ÖØ-Þ](?:(?:[^\W\d_]|['’])+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?|\.?(?=[\s,;:!?)]|$)))"
    r"(?:\s+([A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’])+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?))?")
CLINICIAN_TITLES = {"dr", "doctor", "prof", "professor", "nurse", "sister", "matron"}
OCCUPATION_TITLES = {"reverend", "rev", "father", "fr", "pastor", "canon", "councillor", "cllr",
                     "captain", "capt", "major", "colonel", "corporal", "cpl", "sergeant", "sgt"}
COLLEAGUE_CUE_RE = re.compile(
    r"(?:thanks?(?: to)?|thank you(?: to)?|thankyou|shout ?-?outs?(?: to)?|cheers(?: to)?|well done(?: to)?|crewmate|"
    r"crew ?mate|colleagues?|co-?authors?|authors?|speakers?|presenters?|supervisors?|lecturers?|consultants?|"
    r"coordinators?|after|lead|relieve|cover(?:ing)?(?: for)?|swap with|hand(?:ed)? over to|mentor|assistants?|hca|"
    r"trainees?|registrars?|juniors?|new starters?|fellows?|heroic|legend|superstar|"
    r"support workers?|technicians?|techs?|apprentices?|demonstrated by|presented by|run by|with help from|"
    r"manager|team ?mate|students?|dr|nurse|sister|led by|welcome(?: to)?|goodbye(?: to)?|"
    r"farewell(?: to)?|retirement|retiring|happy birthday(?: to)?|love you|miss you|my (?:wife|husband|partner|son|"
    r"daughter|mum|dad|mate|friend|boss|bestie|bf|gf|colleague|crewmate)|with my|and my|ODP|physio|paramedic|"
    r"radiographer|OT|SLT|our (?:new )?(?:band \d|student|physio|OT|manager|lead|team))\W*$", re.I)
BINDING_AFTER_RE = re.compile(
    r"^(?:\s*\(@\w+\)|\s*\((?:year|yr|y|reception|nursery)\b|['’]s\s+(?:story|journey|recovery|progress|rehab|first steps|new (?:leg|arm|aids?|hip|knee|chair)|mum|dad|"
    r"carers?|surgery|op|operation|diagnosis|treatment|scan|results?)\b|\s*\(\d{1,3}\b|\s*\((?:the|former|ex|retired|aged|age)\b(?!\s+(?:new\s+)?band\s+\d)|\s+(?:from|of) (?:the )?(?-i:[A-Z])[a-z]+|"
    r"\s*,\s*(?:the|a|who|aged|age|year \d|yr \d)\b|\s+(?:who|whose) (?:lives|lived|works|worked|runs|ran|used to|is the)|"
    r"\s+the\s+[a-z]+(?:\s+from|\s*,)|\s*[^\w£$€.!?\n]{0,3}\s*\d{1,3}\s*,|\s*,\s*\d{1,3}\b|\s+aged\s+\d|\s*-\s*\d{1,3}\b|['’]s\s+(?:wife|husband|daughter|son|"
    r"family|carer|mum|dad|partner|kids|children|grandchildren|relatives|next of kin|nok)|\s+(?:in|on|from)\s+"
    r"(?:bed|bay|ward|room|cubicle|resus)\b|\s+(?:who|was|is|has|had)\s+(?:admitted|brought|discharged|"
    r"diagnosed|found|conveyed|referred|fitted|scanned|seen|assessed)|\s+(?:passed|died|coded|arrested|fell|collapsed))",
    re.I)
BINDING_BEFORE_RE = re.compile(
    rf"(?:(?i:{PERSON_NOUNS})\s+(?i:called|named|,)?|(?i:(?:is|was|'s|who'?s) (?:called|named))|lovely|little|poor|sweet|dear|old|"
    r"wee|(?i:my patient|patient|pt|resident|client|service user|sharing|meet|this is|here'?s|here is|introducing|"
    r"(?:culture|result|sample|bloods|scan|x-?ray|swab|test)s? (?:on|for|from)))\s*$")

TIME_RE = re.compile(
    rf"\b(?:today|tonight|this (?:morning|afternoon|evening)|last (?:night|week)|yesterday|"
    rf"earlier today|just now|(?:on |last |next |this )?(?:{WEEKDAYS}|weds|tue|thu)(?: (?:night|morning|afternoon|evening))?|"
    rf"christmas (?:day|eve)|boxing day|new year'?s (?:day|eve)|last (?:summer|winter|spring|autumn|month|year|weekend)|"
    rf"this (?:arvo|weekend)|in (?:{MONTHS})(?: \d{{4}})?|at (?:christmas|easter|harvest))\b", re.I)

# Clock times. Digits next to ":" "." or letters are parts of something else (IPv6 and MAC
# addresses, versions, prices); ratios ("1:10 dilution") and verses are ruled out in code.
_NUM_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
CLOCK_RE = re.compile(
    r"(?<![\w:.£$€#/])(?:"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?)?\s?(?P<ap>a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?![\w])"
    r"|(?P<h2>\d{1,2}):(?P<m2>\d{2})(?::(?P<s2>\d{2})(?:\.\d{1,6})?)?(?:\s?(?:hrs|hours|h)\b)?(?![\w:]|[.,]\d)"
    r"|(?P<h3>[01]\d|2[0-3])\.?(?P<m3>[0-5]\d)\s?(?:hrs|h)\b(?! (?:of|per|a (?:day|week|month|year))\b)"
    r"|(?P<h3b>0\d)(?P<m3b>[0-5]\d) hours\b|(?<=at )(?P<h3c>1\d|2[0-3])(?P<m3c>[0-5]\d) hours\b(?! (?:of|per|a)\b)"
    rf"|(?:\d{{1,2}}|{_NUM_WORD}) o['’]?clock\b"
    rf"|(?:\d{{1,2}}|{_NUM_WORD})(?:[:.][0-5]\d)? in the (?:morning|afternoon|evening|night)\b"
    r"|(?:noon|midday|midnight)\b"
    rf"|(?:(?:a )?quarter|half|five|ten|twenty|twenty[- ]five|\d{{1,2}} minutes) past (?:{_NUM_WORD}|\d{{1,2}}|noon|midnight)\b"
    rf"|(?:(?:a )?quarter|five|ten|twenty|twenty[- ]five) to (?:{_NUM_WORD}|noon|midnight)\b(?! (?:\w+ )?(?:of|per|percent|patients|people|times|years|weeks|days|hours|minutes|mins)\b)"
    r")(?:\s?(?:gmt|bst|utc))?", re.I)
RATIO_CONTEXT_RE = re.compile(r"(?:ratio|odds|dilution|dilute\w*|scale|split|verse|psalm|chapter|john|mark|luke|matthew)\W*$", re.I)
RATIO_AFTER_RE = re.compile(r"^\s*(?:ratio|dilution|split|odds|aspect|scale|mix)\b", re.I)
# Dates as software and people write them: ISO (with a time: a timestamp), "03-Mar-2021",
# "March 2021", "Mar '21", "March the 3rd", "summer 2019", "03/2021". Bare years ("in 1977")
# are left alone on purpose.
EXTRA_DATE_RE = re.compile(
    r"(?<![\w.:/-])(?:"
    r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"(?:(?:t|\s)(?P<ih>\d{1,2}):(?P<imin>\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:z|\s?utc|\s?gmt|[+-]\d{2}:?\d{2})?)?"
    rf"|(?P<dd>\d{{1,2}})(?P<dsep>[-/])(?P<dmon>{MONTHS})(?P=dsep)(?P<dy>\d{{4}}|\d{{2}})"
    rf"|(?P<mon>{MONTHS})\.?,?\s(?:of\s)?(?P<my>(?:18|19|20)\d{{2}}|['’]\d{{2}})"
    rf"|(?P<mon2>{MONTHS}) the (?P<d2>\d{{1,2}})(?:st|nd|rd|th)\b"
    r"|(?:spring|summer|autumn|winter)(?: of)? (?:19|20)\d{2}"
    r"|(?P<mm>0?[1-9]|1[0-2])/(?P<myy>(?:19|20)\d{2})"
    r")(?![\w/]|[.:-]\d)", re.I)
# "Monday 3rd", "Tues the 14th"; "on the 3rd" (a day of the month when nothing follows that it counts)
WEEKDAY_ORDINAL_RE = re.compile(rf"\b(?:{WEEKDAYS}|weds|tue|thu)\.?,? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)\b", re.I)
ORDINAL_DAY_RE = re.compile(r"\b(?:on|by|from|since|until|till|before|after) the (\d{1,2})(?:st|nd|rd|th)\b", re.I)
ORDINAL_FOLLOW_OK_RE = re.compile(
    r"^(?:\s*(?:$|[.,;:!?)\-–—]|(?:at|and|or|when|i|we|he|she|they|so|but|then|this|next|last|too|as|after|before|"
    r"until|till|in the (?:morning|afternoon|evening)|of (?:this|next|last|the) month)\b))", re.I)
# A month named as a time ("since March", "early June", "end of May"); capitalised, as the
# lower-case words are verbs ("march", "may"); not after "from"/"by", where April, May and
# June are more often people.
MONTH_WORD_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December")
MONTH_CONTEXT_RE = re.compile(
    rf"\b(?i:since|until|till|last|next|this|early|late|mid|end of|start of|beginning of|middle of|during|throughout|"
    rf"every|each)[- ](?:{MONTH_WORD_NAMES})\b")
MERGE_GAP_RE = re.compile(r"^(?:[\s,]*|\s*,?\s*(?:at|on|@|from|the|of)\s+)$", re.I)
VERSION_BEFORE_RE = re.compile(r"(?:\bv|\bver\.?|version|release|build|ios|android|python|update|firmware|patch|app|windows)\s*$", re.I)
UNIT_AFTER_RE = re.compile(r"^\s?(?:mg|mcg|micrograms?|ml|g|kg|units?|reps|sets|mmol|mmhg|%|x)\b", re.I)
# A year tied to when something happened: "in 1987", "during 2003", "the winter of 1963", "back in '09"
# is not matched (two digits). A count ("in 2000 patients", "out of 1500") or a target ("by 2030
# we will") is not a year of an event; nor is a year right after a number word or a unit.
YEAR_EVENT_RE = re.compile(
    r"\b(?:(?i:in|during|since|until|till|from|circa|around|before|after|back in|early|late|mid|throughout)"
    r"|(?i:of))[- ]((?:19|20)\d\d)\b(?![,.]?\d)")
YEAR_FOLLOW_OK_RE = re.compile(
    r"^(?:\s*(?:$|[,.;:!?)\]'\"\u2019\u2014-]|[^\w\s])|\s+(?i:and|or|but|when|while|where|after|before|as|so|she|he|they|we|i|it|"
    r"his|her|their|my|our|the|a|an|at|in|on|for|to|with|was|were|had|has|there|this|that|because|which|who|until|"
    r"though|although|then|now|aged|age|at|has|have|is|are|did|do|and)\b)")
YEAR_NOT_BEFORE_RE = re.compile(
    r"(?i:\b(?:out|total|one|some|all|any|none|most|sample|cohort|group|population|budget|cost|list|series|set|"
    r"team|staff|caseload|waiting list|maximum|minimum|max|min|average|mean|score|ratio|count|number|sum) of|"
    r"\bno\.?|number|page|room|code|£|\$|€)\s*$")

# words that make a capitalised token unlikely to be a name even if it is in a name list
NOT_NAME_WORDS = {
    "i", "a", "the", "and", "but", "or", "so", "my", "our", "we", "he", "she", "they", "it",
    "today", "tonight", "yesterday", "nhs", "a&e", "ae", "icu", "itu", "ed", "gp", "ward", "bed",
    "bay", "patient", "pt", "mr", "mrs", "ms", "miss", "dr", "hospital", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "christmas", "easter", "god", "jesus", "lord", "covid", "uk", "england", "scotland", "wales",
    "ireland", "london", "british", "english", "happy", "great", "just", "love", "thanks", "ok",
    "lol", "omg", "rip", "xx", "x", "amazing", "proud", "absolutely", "brilliant", "please",
    "princess", "prince", "king", "queen", "duke", "duchess", "sweet", "saint", "st",
}
PUBLIC_TALK_RE = re.compile(
    r"^(?:['’]s)?\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:talking|talked|speaking|spoke|opening up|opened up|announc\w+|reveal\w+|"
    r"competing|competed|playing|played|winning|won|racing|raced|running (?:again )?for|ran for|walking for|cycling for|fundraising|raising money|fighting|fought|performing|performed|starring|starred|"
    r"went public|going public|interview\w*|documentary|memoir|campaign\w*|shar(?:ed|ing|es) (?:his|her|their) "
    r"(?:story|diagnosis|experience|news)|diagnosis (?:has|was|is))", re.I)
THANKS_RE = re.compile(r"(?:thanks?|thank you|thankyou|shout ?-?outs?|cheers|well done|congrats|congratulations|kudos|"
                       r"big up|props)(?: to)?\W*$", re.I)
COLLEAGUE_AFTER_RE = re.compile(
    r"^(?:\s*\((?:the\s+)?(?:new\s+)?band\s+\d|(?:['’]s)?\s*(?:spreadsheet|rota|idea|teaching|session|talk|nagging|biscuits|cake|leaving do|presentation|help|audit|poster)|"
    r"\s+and (?:I|me|myself)\b|\s+(?:and \w+\s+)?(?:cover|swap|take over|is covering|are covering|is on leave|is off)\b|"
    r"\s+(?:at the desk|on reception|in the office|in admin)\b|\s+(?:\w+ly\s+)?(?:fixed|covered|organised|finished|sorted|taught|presented|ran)\b|"
    r"\s+(?:from|in|on) (?:our|the) (?:\w+ )?(?:team|department|unit|service|lab|crew|ward team)|\s+(?:who )?(?:fixed|covered|"
    r"organised|ran the|led the|taught|presented|finished (?:it|the))\b|,? (?:our|my) (?:\w+ ){0,2}(?:colleague|manager|lead|"
    r"mentor|trainee|student|housekeeper|porter|receptionist|secretary|admin|hca|nurse|sister|matron|consultant|"
    r"registrar|physio|ot|slt|odp|paramedic|radiographer|cleaner|domestic|technician|team leader|boss))",
    re.I)
INTRODUCED_NAME_RE = re.compile(
    r"\b(?:my|her|his|their|your) name(?:'s| is| was)\s+((?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:\s(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+)?)", re.I)
UNLISTED_FULL_NAME_RE = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][^\W\d_]+)\s(?:[A-Z]\.?\s)?([A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)\b(?!['’]s\s+(?:Hospital|Road|Street))")
NAMED_THING_RE = re.compile(r"(?:whose name is|(?:named|called) (?:it|him|her|them|the \w+)|nicknamed)\s*$", re.I)
INITIAL_SURNAME_RE = re.compile(r"(?<![\w.])([A-Z])\.\s?((?:O['’]|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+et al)")
SURNAME_FIRST_RE = re.compile(r"(?<![\w'’-])((?:O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z][A-Z'’-]*[A-Z]),\s([A-Z][a-z]+)\b")
VOCATIVE_BEFORE_RE = re.compile(
    r"(?:\bsorry|\bhope you (?:\w+ ){0,3}|\bget well soon|\btake care|\bbless (?:you|her|him)|\bstay strong|\bkeep going|"
    r"\bsee you (?:soon|next week|on \w+|at \w+)|\byou legend|\bmiss you|\bproud of you|\bwell done you)\W{0,3}$", re.I)
SELF_PROFESSION_RE = re.compile(
    r"^(?:radiographers?|physios?|physiotherapists?|paramedics?|podiatrists?|chiropodists?|dietitians?|orthoptists?|prosthetists?|"
    r"orthotists?|ots?|slts?|odps?|psychologists?|therapists?|dispensers?|audiologists?|scientists?|bmss?|sonographers?)$", re.I)
SELF_PROFESSION_CONTEXT_RE = re.compile(
    r"(?:\b(?:proud|proper|fellow|qualified|student|trainee|newly qualified|retired|off-duty|off duty|as an?|i'?m an?|i am an?|being an?)\s+$)"
    r"|^\s+(?:mum|mam|mom|dad|wife|husband|life|here|brain|mode|moment|problems|friends|humour|things|off duty|tip)\b", re.I)
FAMILY_POSS_START_RE = re.compile(
    r"^\W*(?:my|our) (?:own )?(?:little |eldest |youngest |baby |middle )?(?:mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandma|grandad|"
    r"grandpa|granda|nain|taid|mamgu|tadcu|bampi|gramps|grampa|son|daughter|brother|sister|husband|hubby|wife|partner|boy|girl|baby|kids?|twins)(?:['’]s?)? "
    r"(?!(?:\w+ )?(?:teacher|friend|mate|boss|colleague|ex|neighbour|boyfriend|girlfriend|coach|gp|dentist|landlord|manager|"
    r"carer|classmate|partner)s?\b)", re.I)
PET_RE = re.compile(r"^\W{0,3}\s*\(?\s*(?:(?:my|our|the) )?(?:dog|cat|labrador|lab|puppy|pup|spaniel|terrier|collie|"
                    r"kitten|horse|pony|rabbit|hamster|greyhound|whippet|staffy|poodle|doodle|cockapoo)\b", re.I)


_LOWERED: dict[int, re.Pattern] = {}
_DIGIT_RE = re.compile(r"\d")


def ci(rx: re.Pattern, doc: PostDoc) -> tuple[re.Pattern, str]:
    """(pattern, text) to run a case-insensitive regex fast: Python's re is several times
    slower with IGNORECASE, so patterns written in lower case run without it on the
    lower-cased text (same offsets). Patterns that test capitals keep the flag."""
    low = _LOWERED.get(id(rx))
    if low is None:
        # Under IGNORECASE, pattern P on text T matches as lower(P) on lower(T), as long as
        # lower-casing P changes no escape (\D, \W, \S, \B) and P turns the flag off nowhere.
        # Named groups keep their "(?P<" and must already be named in lower case.
        if rx.flags & re.I and "(?-i" not in rx.pattern and not re.search(r"\\[A-Z]", rx.pattern) \
                and all(k == k.lower() for k in rx.groupindex):
            low = re.compile(rx.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="), rx.flags & ~re.I)
        else:
            low = rx
        _LOWERED[id(rx)] = low
    if low is not rx and len(doc.lower) == len(doc.text):
        return low, doc.lower
    return rx, doc.text


INSTITUTION_BEFORE_RE = re.compile(r"\b(?:Queen|King|Prince|Princess|St|Saint|Lord|Lady|Sir|Dame|Port|Fort|Mount|Lake|Glen)\.?\s$")


def _casefix_chars() -> str:
    """Characters that IGNORECASE matches more widely than lower-casing does (dotless i,
    long s, Greek and Cyrillic variants): a text holding one is never gated."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - another Python: gate nothing
        return ""
    chars = {chr(k) for k in _EXTRA_CASES} | {chr(v) for vs in _EXTRA_CASES.values() for v in vs}
    return "".join(sorted(c for c in chars if not c.isascii()))


_CASEFIX_RE = re.compile("[" + re.escape(_casefix_chars()) + "]") if _casefix_chars() else None


def _ranges_simple(pattern: str, flags: int) -> bool:
    """Every character range in the pattern lies within A-Z, within a-z or has no cased
    character, so lower-casing its ends lower-cases exactly what it matches."""
    from re import _parser

    def ok(lo: int, hi: int) -> bool:
        if 65 <= lo <= hi <= 90 or 97 <= lo <= hi <= 122:
            return True
        return hi - lo < 5000 and all(chr(c).lower() == chr(c).upper() for c in range(lo, hi + 1))

    def walk(items) -> bool:
        for op, av in items:
            if op is _parser.RANGE and not ok(*av):
                return False
            if op is _parser.IN and not walk(av):
                return False
            if isinstance(av, (list, tuple)):
                for x in av:
                    if isinstance(x, _parser.SubPattern) and not walk(x):
                        return False
                    if isinstance(x, (list, tuple)) and any(isinstance(y, _parser.SubPattern) and not walk(y) for y in x):
                        return False
        return True

    try:
        return walk(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover - another Python's parser: no gate
        return False


class CaseGate:
    """A quick test that a case-insensitive regex cannot match a text, for regexes that
    :func:`ci` cannot lower (they turn the flag off in places with ``(?-i:...)``).

    The gate is the regex with every ``(?-i:`` made an ordinary group and every letter
    outside an escape lower-cased, run without IGNORECASE on the lower-cased text. It
    accepts everything the regex accepts, so "no match" there means no match at all, and
    only then is the real regex skipped. Texts where lower-casing changes a length or that
    hold a character IGNORECASE folds specially are never gated (the regex always runs)."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        src = rx.pattern
        if (not rx.flags & re.I or rx.flags & re.ASCII or not _ranges_simple(src, rx.flags)
                or re.search(r"\\(?:[xuUN0-7]|[1-9]\d)", src) or any(k != k.lower() for k in rx.groupindex)
                or any(not c.isascii() and (c in _casefix_chars() or len(c.lower()) != 1) for c in src)):
            # mixed-case ranges, characters written as codes, capitalised group names or
            # specially folded letters: not worth the doubt
            self.gate = None
            return
        out, i = [], 0
        src = src.replace("(?-i:", "(?:")
        while i < len(src):
            c = src[i]
            if c == "\\" and i + 1 < len(src):
                out.append(src[i:i + 2])
                i += 2
                continue
            out.append(c.lower())
            i += 1
        low = "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")
        self.gate = re.compile(low, rx.flags & ~re.I)

    @staticmethod
    def _lower(doc: PostDoc) -> str:
        """The doc's text lower-cased, or "" when the gates must not trust it."""
        low = doc.__dict__.get("_gate_lower")
        if low is None:
            text = doc.text
            low = text.lower()
            if _CASEFIX_RE is None or len(low) != len(text) or _CASEFIX_RE.search(text):
                low = ""
            doc.__dict__["_gate_lower"] = low
        return low

    def possible(self, doc: PostDoc) -> bool:
        if self.gate is None:
            return True
        low = self._lower(doc)
        return not low or self.gate.search(low) is not None

    def finditer(self, doc: PostDoc):
        return self.rx.finditer(doc.text) if self.possible(doc) else iter(())


class LoweredFinder(CaseGate):
    """Matches of a case-insensitive regex with the same spans, found faster: when the
    regex never turns the flag off, its lower-cased form runs on the lower-cased text
    (character for character the same decisions, so the same spans; the groups' text is
    lower case, so callers take text from the spans); otherwise the gate above decides
    whether the regex runs at all. Texts the gate does not trust run the regex itself."""

    def __init__(self, rx: re.Pattern):
        super().__init__(rx)
        self.lowered = self.gate is not None and "(?-i" not in rx.pattern

    def finditer(self, doc: PostDoc):
        if not self.lowered:
            return super().finditer(doc)
        low = self._lower(doc)
        return self.gate.finditer(low) if low else self.rx.finditer(doc.text)

    def search(self, doc: PostDoc):
        """Whether (a match object, or None) the regex matches anywhere in the doc."""
        if not self.lowered:
            return self.rx.search(doc.text) if self.possible(doc) else None
        low = self._lower(doc)
        return self.gate.search(low) if low else self.rx.search(doc.text)


def _ci_finditer(rx: re.Pattern, doc: PostDoc):
    """Matches of a case-insensitive regex, run the fast way (see :func:`ci`); same spans.
    Only for callers that read a match's case from ``doc.text``, never from its groups."""
    low, t = ci(rx, doc)
    return low.finditer(t)


def _search(rx: re.Pattern, doc: PostDoc):
    low, t = ci(rx, doc)
    return low.search(t)


@dataclass
class Lexicons:
    """Compiled lexicons from a pack (built once per pack and reused)."""

    first_names: dict[str, dict] = field(default_factory=dict)
    surnames: dict[str, dict] = field(default_factory=dict)
    common_words: set[str] = field(default_factory=set)
    places: dict[str, dict] = field(default_factory=dict)
    settings: PhraseMatcher | None = None
    setting_suffixes: dict[str, dict] = field(default_factory=dict)
    conditions: PhraseMatcher | None = None
    care: PhraseMatcher | None = None
    non_care: PhraseMatcher | None = None
    details: PhraseMatcher | None = None
    place_matcher: PhraseMatcher | None = None
    redaction: dict[str, dict[str, dict]] = field(default_factory=dict)

    @classmethod
    def from_pack(cls, pack) -> "Lexicons":
        lex = pack.lexicons

        def entries(name: str) -> dict[str, dict]:
            return dict(lex[name].entries) if name in lex else {}

        settings = entries("care_settings")
        named = {k: v for k, v in settings.items() if v.get("_section", "").startswith("named")}
        suffixes = {k: v for k, v in settings.items() if v.get("_section", "").startswith("suffix")}
        places = entries("uk_places")
        details = entries("identifying_details")
        # Relative times are found by TIME_RE with their prepositions; leave them out here.
        details = {k: v for k, v in details.items() if v.get("_section") not in ("time",)}
        return cls(
            first_names=entries("first_names"),
            surnames=entries("surnames"),
            common_words=set(entries("common_words")),
            places=places,
            settings=PhraseMatcher(named),
            setting_suffixes=suffixes,
            conditions=PhraseMatcher(entries("conditions")),
            care=PhraseMatcher(entries("care_context")),
            non_care=PhraseMatcher(entries("non_care_context")),
            details=PhraseMatcher(details),
            place_matcher=PhraseMatcher({k: v for k, v in places.items() if " " in k}),
            redaction=lex["redaction"].sections() if "redaction" in lex else {},
        )

    @cached_property
    def suffix_index(self) -> dict[str, list[tuple[list[str], dict]]]:
        """Care-setting suffix words by their first word, for "Harbour View Care Home"."""
        suffixes = self.setting_suffixes or {
            "hospital": {"kind": "hospital"}, "infirmary": {"kind": "hospital"},
            "hospice": {"kind": "hospice"}, "surgery": {"kind": "practice"},
            "medical centre": {"kind": "practice"}, "health centre": {"kind": "practice"},
            "care home": {"kind": "care_home"}, "nursing home": {"kind": "care_home"},
            "school": {"kind": "school"}, "academy": {"kind": "school"}, "primary": {"kind": "school"},
        }
        out: dict[str, list[tuple[list[str], dict]]] = {}
        for term, attrs in suffixes.items():
            words = [normalise_token(w) for w in term.split()]
            out.setdefault(words[0], []).append((words, attrs))
        return out

    def is_common_word(self, word: str) -> bool:
        return word.lower().replace("’", "'") in self.common_words


@dataclass
class CareAssessment:
    """How sure we are that the post is about a service user, and why."""

    score: float
    subject: bool                  # a specific person is referred to
    cues: list[Signal]
    non_care: dict[str, float]     # category -> strength (own, family, hypothetical, ...)
    noun: str = "patient"          # how the author names the people they serve

    @property
    def care(self) -> bool:
        return self.score >= 0.5

    @property
    def own_or_family(self) -> bool:
        return max(self.non_care.get("own", 0), self.non_care.get("family", 0)) >= 1.0


PROFESSION_NOUN = {
    "psychologist": "client", "arts_therapist": "client", "occupational_therapist": "client",
    "slt": "client", "hearing_aid_dispenser": "client", "dietitian": "patient",
}


TITLE_OF_WORK_BEFORE_RE = re.compile(
    r"\b(?:playing|played|singing|sang|sing|listening to|listened to|blasting|humming|hummed|song|hymn|track|tune|album|"
    r"film|movie|book|novel|musical)\s*['‘\"“]\s*$", re.I)
NHS_LABEL_BEFORE_RE = re.compile(r"\b(?:nhs|chi|h&c|h\s*&\s*c|hospital|mrn|patient|unit)\s*(?:no\.?|num(?:ber)?|#|id)\s*:?\s*$", re.I)
FIRST_INITIAL_AFTER_RE = re.compile(r"[A-Z]\.?(?![\w'’&-])")


class Analysis:
    """All signals and the care assessment for one post (computed lazily, once)."""

    def __init__(self, doc: PostDoc, lex: Lexicons, profession: str | None = None):
        self.doc = doc
        self.lex = lex
        self.profession = profession

    # --------------------------------------------------------------------- care context
    @cached_property
    def care(self) -> CareAssessment:
        doc, lex = self.doc, self.lex
        cues: list[Signal] = []
        strong = weak = 0.0
        person = False
        noun = PROFESSION_NOUN.get(self.profession or "", "patient")
        not_care_spans = [(m.start, m.end) for m in (lex.non_care.find(doc) if lex.non_care else [])
                          if m.attrs.get("cat", m.attrs.get("_section")) in ("own", "family", "hypothetical")]
        for m in lex.care.find(doc) if lex.care else []:
            if any(a <= m.start < b and (m.end > b or (b - a) > (m.end - m.start)) for a, b in not_care_spans):
                continue  # "being a client" (the author), "my mum's scan": inside an own/family phrase
            if SELF_PROFESSION_RE.match(doc.text[m.start:m.end]) and (
                    SELF_PROFESSION_CONTEXT_RE.search(doc.text[max(0, m.start - 30):m.start])
                    or SELF_PROFESSION_CONTEXT_RE.match(doc.text[m.end:m.end + 20])):
                continue  # "proud radiographer mum", "as a physio": the author's job, not someone's care
            prof = m.attrs.get("prof", "any")
            s = 1.0 if m.attrs.get("strength") == "strong" else 0.4
            if prof not in ("any", "") and self.profession and prof != self.profession:
                s *= 0.8
            if m.attrs.get("person") == "1":
                person = True
            if s >= 1.0:
                strong = max(strong, s)
            else:
                weak += s
            cues.append(Signal("care_cue", m.start, m.end, doc.text[m.start:m.end], s,
                               attrs=tuple((k, v) for k, v in m.attrs.items() if not k.startswith("_"))))
            if "service user" in m.term:
                noun = "service user"
            elif "client" in m.term:
                noun = "client"
            elif "resident" in m.term:
                noun = "resident"
        rx, t = ci(SUBJECT_RE, doc)
        subj = list(rx.finditer(t))
        if subj:
            person = True
            for m in subj:
                if any(a <= m.start() and m.end() <= b and (b - a) > (m.end() - m.start()) for a, b in not_care_spans):
                    continue  # "being a client": the author
                t = m.group().lower()
                if re.search(r"\b(?:patient|pt|client|service user|resident|casualty)\b", t):
                    strong = max(strong, 1.0)
                    cues.append(Signal("care_cue", m.start(), m.end(), doc.text[m.start():m.end()], 1.0))
                    if "client" in t:
                        noun = "client"
                    elif "service user" in t:
                        noun = "service user"
                    elif "resident" in t:
                        noun = "resident"
        for m in APPOINTMENT_SLOT_RE.finditer(doc.text):
            weak += 0.4
            person = True
            cues.append(Signal("care_cue", m.start(), m.end(), doc.text[m.start():m.end()], 0.4))
        rx, t = ci(CARE_VERB_RE, doc)
        for m in rx.finditer(t):
            weak += 0.4
            cues.append(Signal("care_cue", m.start(), m.end(), doc.text[m.start():m.end()], 0.4))
        # Softer evidence that the post is about care: clinical detail, a ward or bed, a
        # hospital, health hashtags. Each alone is weak (people post about their own
        # health and the news); together, or with a person, they make a care story.
        health = any(s.kind == "condition" and s.score >= 0.9 for s in self.signals) or bool(
            _search(CLINICAL_STATE_RE, doc))
        soft = weak
        soft += 0.4 if health else 0.0
        soft += 0.4 if any(s.kind == "care_location" for s in self.signals) else 0.0
        soft += 0.3 if any(s.kind == "care_setting" and s.attr("kind") in ("hospital", "saint", "care_home", "hospice", "unit")
                           for s in self.signals) else 0.0
        soft += 0.3 if any(t.text.startswith("#") and t.norm.startswith(HEALTH_TAG_PREFIXES) for t in doc.tokens) else 0.0
        rx, t = ci(SERVICE_WORD_RE, doc)
        soft += min(0.5, 0.25 * len(rx.findall(t)))
        if not health and any(s.kind == "condition" for s in self.signals):
            soft += 0.2  # a weak clinical word ("fall", "cold"): a hint, not evidence
        score = min(1.0, max(strong, min(soft, 0.8)))
        # A person ("Mrs Jones", "(82)", "the lad", "Frank from Bognor") with any of that
        # evidence is a care story even when no care phrase is written.
        person_refs = [s for s in self.signals if (
            s.kind == "name" and s.attr("role") in ("person", "occupation")
            and (s.attr("how") == "honorific" or s.attr("bound") == "1"))
            or (s.kind == "age" and s.attr("form") != "band") or s.kind == "notable"
            or (s.kind == "care_location" and s.attr("kind") in ("bed", "bay", "cubicle", "cube", "room", "side room", "sideroom"))
            or (s.kind == "street" and s.attr("form") == "house")  # "the family at no. 23"
            # a private address, handle or record number says which person, not which service
            or (s.kind == "street" and s.attr("numbered") == "1" and not _search(ORG_ADDRESS_RE, doc))
            or s.kind in ("handle", "hospital_number", "nhs_number", "chi_number", "hc_number")]
        if person_refs or subj:
            person = person or bool(person_refs)
            if person_refs and soft >= 0.2:
                score = max(score, 0.5)
            if soft >= 0.4:
                score = max(score, min(1.0, 0.55 + 0.25 * (soft - 0.4) / 0.4 + (0.2 if person_refs and subj else 0.0)))
        # A story about one person ("she", "the lad", "her husband") with health detail and
        # at least one more clue (a day, a place, an event, a job) reads as a care story when
        # a health professional posts it, even with no care phrase at all.
        clue_kinds = {s.kind for s in self.signals if s.kind in (
            "time", "place", "street", "event", "occupation", "relationship", "care_location", "care_setting", "notable")}
        mentions = bool(subj) or bool(_search(PRONOUN_RE, doc)) or any(s.kind == "relationship" for s in self.signals)
        if health and mentions and clue_kinds:
            score = max(score, 0.5 + 0.1 * min(len(clue_kinds) - 1, 2))
            person = True
        # Rich detail about one private person (three or more kinds of clue) posted by a
        # health professional: treat as a possible care story unless it is plainly about
        # the author, their family, a public figure, the news or a teaching case.
        rich = {s.kind for s in self.signals if s.kind in (
            "age", "time", "place", "street", "event", "occupation", "relationship", "notable", "name", "condition",
            "care_location", "care_setting", "handle")}
        richness = len(rich - {"time", "name"}) + (0.5 if "time" in rich else 0.0)
        if (person or subj) and richness >= 2.5:
            score = max(score, 0.5)
        non_care: dict[str, float] = {}
        clue_sentences = {self._sentence_of(s.start) for s in self.signals
                          if s.kind in ("condition", "age", "name", "care_location", "notable", "event")}
        uniques = [(s.start, s.end) for s in self.signals if s.kind == "notable"]
        for m in lex.non_care.find(doc) if lex.non_care else []:
            cat = m.attrs.get("cat", m.attrs.get("_section", "other"))
            if any(a <= m.start < b for a, b in uniques):
                continue  # "the receptionist at my GP surgery": where, not whose health
            s = 1.0 if m.attrs.get("strength", "strong") == "strong" else 0.5
            sent = self._sentence_of(m.start)
            if cat in ("own", "family") and clue_sentences and sent not in clue_sentences and sent > min(clue_sentences):
                s *= 0.5  # "... came home and held my own kids": family mentioned after the story, not its subject
            non_care[cat] = non_care.get(cat, 0) + s
        # The author's own health or family, teaching cases, public figures and news: the
        # person is not a service user, unless the post also says plainly that it is
        # about someone the author cares for ("my patient's mum").
        circle = any(s.kind == "notable" and re.match(r"(?:my|your|our)\b", s.text, re.I) for s in self.signals) or bool(
            _search(CIRCLE_CARE_RE, doc))
        if circle:
            for cat in ("own", "family"):
                non_care.pop(cat, None)  # the author's relative's partner, or a relative as the patient
        if max(non_care.get("own", 0), non_care.get("family", 0)) >= 1.0:
            score *= 0.85 if strong >= 1.0 else 0.3
        if _search(FICTION_RE, doc):
            score *= 0.3  # a declared made-up case
        elif non_care.get("hypothetical", 0) >= 1.0:
            score *= 0.8 if strong >= 1.0 else 0.4
        if _search(AGGREGATE_RE, doc) and not person_refs:
            score *= 0.6  # "14 foot checks, 600+ samples": numbers of people, not one person
        service_noun = any(re.search(r"\b(?:patient|pt|client|service user|resident)s?\b", m.group(), re.I) for m in subj)
        if FAMILY_POSS_START_RE.match(doc.text) and not service_noun and not circle:
            non_care["family"] = non_care.get("family", 0) + 1.0
            score *= 0.3  # the author's relative owns the care: "My dad's hip op went well"
        elif FAMILY_START_RE.match(doc.text) and strong < 1.0:
            non_care["family"] = non_care.get("family", 0) + 1.0
            score *= 0.3
        if (non_care.get("public_figure", 0) >= 1.0 or _PUBLIC_CONTEXT.search(doc)) and strong < 1.0 and not weak:
            score *= 0.4
        if max(non_care.get("news", 0), non_care.get("research", 0)) >= 1.0 and strong < 1.0 and not weak:
            score *= 0.6
        edu = max(non_care.get("education", 0), non_care.get("workplace", 0))
        if (edu >= 1.0 or edu >= 0.5 and not person_refs) and strong < 1.0:
            score *= 0.6 if edu >= 1.0 else 0.75
        if not person and any(s.kind in ("occupation", "notable", "relationship", "handle") or s.kind == "age" or
                              s.kind == "name" and s.attr("role") == "person" and (s.attr("how") != "first" or s.attr("bound") == "1")
                              for s in self.signals):
            person = True  # "Kev the postie", "the head's granddaughter", "triplets"
        if not person and _search(PRONOUN_RE, doc) and score >= 0.5:
            person = True
        if not person and score >= 0.8 and any(s.kind == "name" and s.attr("role") == "person" for s in self.signals):
            person = True  # a first name in a plainly clinical post is the person it is about
        return CareAssessment(score, person, cues, non_care, noun)

    @cached_property
    def _sentence_bounds(self) -> list[int]:
        return [0] + [m.end() for m in SENTENCE_SPLIT_RE.finditer(self.doc.text)]

    def _sentence_of(self, offset: int) -> int:
        n = 0
        for i, start in enumerate(self._sentence_bounds):
            if start <= offset:
                n = i
        return n

    @cached_property
    def _workplace_talk(self) -> bool:
        """Rota, cover, conference and CPD talk: names there are colleagues."""
        if not self.lex.non_care:
            return False
        return any(m.attrs.get("cat", m.attrs.get("_section")) in ("workplace", "education")
                   for m in self.lex.non_care.find(self.doc))

    # --------------------------------------------------------------------- identifiers
    @cached_property
    def signals(self) -> list[Signal]:
        out: list[Signal] = []
        out += self._numbers()
        out += self._contact()
        locations = self._locations()
        self._place_spans = [(s.start, s.end) for s in locations if s.kind in ("care_setting", "place", "street")]
        out += self._names()
        out += self._ages()
        out += locations
        out += self._times()
        out += self._lexical_clues()
        names = [s for s in out if s.kind == "name" and s.attr("role") in ("colleague", "clinician")]
        out = [s for s in out if not (s.kind == "condition" and s.attr("cat") == "death" and any(
            0 <= n.start - s.end <= 3 for n in names))]
        return _drop_own_family(_dedupe_locations(out), self.doc.text)

    @cached_property
    def _date_matches(self) -> list[re.Match]:
        return list(DATE_RE.finditer(self.doc.text))

    @cached_property
    def kinds(self) -> set[str]:
        return {s.kind for s in self.signals}

    @cached_property
    def _digits(self) -> int:
        """How many digits the text holds: a regex that needs more cannot match."""
        return len(_DIGIT_RE.findall(self.doc.text))

    def _numbers(self) -> list[Signal]:
        text = self.doc.text
        out: list[Signal] = []
        taken: list[tuple[int, int]] = []
        digits_in_text = self._digits
        for m in (RECORD_RE.finditer(text) if digits_in_text >= 4 else ()):  # 5+ digits, or a letter, 4 digits, 2 letters
            out.append(Signal("hospital_number", m.start(), m.end(), m.group(), 0.9, m.group(1)))
            taken.append((m.start(), m.end()))
        for m in (BARE_RECORD_RE.finditer(text) if digits_in_text >= 5 else ()):
            if not any(a <= m.start(1) < b for a, b in taken):
                out.append(Signal("hospital_number", m.start(1), m.end(1), m.group(1), 0.8, m.group(1)))
                taken.append(m.span(1))
        for m in (NHS_RE.finditer(text) if digits_in_text >= 10 else ()):
            if any(a <= m.start() < b for a, b in taken):
                continue
            digits = m.group(1) + m.group(3) + m.group(4)
            window = text[max(0, m.start() - 40):m.start()]
            has_ctx = bool(NHS_CONTEXT_RE.search(window))
            spaced = bool(m.group(2))
            if CHI_CONTEXT_RE.search(window) and chi_number_ok(digits):
                out.append(Signal("chi_number", m.start(), m.end(), m.group(), 1.0, digits))
            elif HC_CONTEXT_RE.search(window) and hc_number_ok(digits):
                out.append(Signal("hc_number", m.start(), m.end(), m.group(), 1.0, digits))
            elif nhs_number_ok(digits) and (has_ctx or spaced):
                out.append(Signal("nhs_number", m.start(), m.end(), m.group(), 1.0 if has_ctx else 0.8, digits))
            elif chi_number_ok(digits) and has_ctx:
                out.append(Signal("chi_number", m.start(), m.end(), m.group(), 0.8, digits))
            else:
                continue
            taken.append((m.start(), m.end()))
        for m in (ISO_DATE_RE.finditer(text) if digits_in_text >= 8 else ()):
            before = text[max(0, m.start() - 25):m.start()]
            label = DOB_LABEL_RE.search(before)
            if label and plausible_date(int(m.group(3)), int(m.group(2)), int(m.group(1))):
                start = max(0, m.start() - 25) + label.start()
                out.append(Signal("dob", start, m.end(), text[start:m.end()], 1.0, m.group()))
                taken.append((start, m.end()))
        for m in (BIRTH_YEAR_RE.finditer(text) if digits_in_text >= 4 else ()):
            if not any(a <= m.start() < b for a, b in taken):
                out.append(Signal("dob", m.start(), m.end(), m.group(), 0.7, m.group(1), (("form", "year"),)))
                taken.append((m.start(), m.end()))
        # Dates of birth: a date right after a DOB label, or "born on <date>"
        for m in self._date_matches:
            before = text[max(0, m.start() - 25):m.start()]
            if DOB_LABEL_RE.search(before) and self._date_ok(m):
                label = DOB_LABEL_RE.search(before)
                start = max(0, m.start() - 25) + label.start()
                out.append(Signal("dob", start, m.end(), text[start:m.end()], 1.0, m.group()))
                taken.append((start, m.end()))
        self._taken_numbers = taken
        return out

    @staticmethod
    def _date_ok(m: re.Match) -> bool:
        if m.group(1):
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            y = int(year)
            return plausible_date(day, month, y) or plausible_date(month, day, y)
        return True

    def _contact(self) -> list[Signal]:
        text = self.doc.text
        out: list[Signal] = []
        taken = list(getattr(self, "_taken_numbers", []))
        at = "@" in text  # e-mail addresses and handles hold one
        for m in (EMAIL_RE.finditer(text) if at else ()):
            out.append(Signal("email", m.start(), m.end(), m.group(), 1.0))
            taken.append((m.start(), m.end()))
        for m in POSTCODE_RE.finditer(text):
            out.append(Signal("postcode", m.start(), m.end(), m.group(), 0.95))
        if self._digits >= 10:  # _phones keeps only numbers of 10-15 digits
            out += self._phones(taken)
        for m in STREET_RE.finditer(text):
            number, name, kind = m.group(1), m.group(2).strip(), m.group(3)
            words = name.split()
            if kind.lower() in ("hill", "green", "view", "way", "place", "court") and not number:
                continue  # "Notting Hill", "the green": too often not a street
            if not words[0][0].isupper() or not kind[0].isupper() and not number and kind.lower() != "estate":
                continue
            if words[0].lower() in STREET_STOP or (not number and not kind[0].isupper() and kind.lower() != "estate"):
                continue
            out.append(Signal("street", m.start(), m.end(), m.group(), 0.9 if number else 0.7,
                              attrs=(("numbered", "1" if number else "0"),)))
        for m in STREET_ST_RE.finditer(text):
            if not any(o.kind == "street" and o.start <= m.start() < o.end for o in out):
                out.append(Signal("street", m.start(), m.end(), m.group().rstrip("."), 0.9 if m.group(1) else 0.7,
                                  attrs=(("numbered", "1" if m.group(1) else "0"),)))
        for m in HOUSE_NUMBER_RE.finditer(text):
            out.append(Signal("street", m.start(), m.end(), m.group(), 0.8, attrs=(("numbered", "1"), ("form", "house"))))
        for m in PLATE_RE.finditer(text):
            out.append(Signal("plate", m.start(), m.end(), m.group(), 0.85))
        for m in (HANDLE_RE.finditer(text) if at else ()):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if self._workplace_talk and COLLEAGUE_CUE_RE.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "shoutout to @sophie, joining our team in March": a colleague's handle
            out.append(Signal("handle", m.start(), m.end(), m.group(), 0.6))
        return out

    def _phones(self, taken: list[tuple[int, int]]) -> list[Signal]:
        import phonenumbers  # lazy: the metadata import costs ~50 ms

        text = self.doc.text
        out: list[Signal] = []
        try:
            matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
            for match in matcher:
                s, e = match.start, match.end
                digits = re.sub(r"\D", "", match.raw_string)
                if len(digits) < 10 or len(digits) > 15 or any(a < e and s < b for a, b in taken):
                    continue
                if re.search(r"\d+\.\d+\.\d+\.\d+", text[max(0, s - 4):e + 4]):
                    continue  # an IP address or a version number
                if NHS_LABEL_BEFORE_RE.search(text[max(0, s - 20):s]):
                    continue  # "NHS no 999 999 9999": a health number (its own rules), not a phone
                if DATE_RE.fullmatch(match.raw_string.strip()):
                    continue
                out.append(Signal("phone", s, e, text[s:e], 0.9))
        except Exception:  # pragma: no cover - phonenumbers is defensive, but never fail a check on it
            return out
        return out

    # ------------------------------------------------------------------------- names
    def _names(self) -> list[Signal]:
        doc, lex = self.doc, self.lex
        text = doc.text
        out: list[Signal] = []
        taken: list[tuple[int, int]] = list(getattr(self, "_place_spans", []))
        for m in HONORIFIC_RE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            title = m.group(1).lower().rstrip(".")
            name = m.group(2)
            if TITLE_OF_WORK_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]):
                continue  # "playing 'Mr Brightside' on loop": a song, not a person
            if name.rstrip(".") in ("X", "Y", "Z"):
                continue  # "Mr X": the teaching placeholder
            if name.rstrip(".").lower() in NOT_NAME_WORDS or (
                    lex.is_common_word(name) and name.lower() not in lex.surnames and not m.group(3)):
                if len(name.rstrip(".")) > 1:
                    continue
            role = ("clinician" if title in CLINICIAN_TITLES
                    else "occupation" if title in OCCUPATION_TITLES else "person")
            if role == "person" and (COLLEAGUE_AFTER_RE.match(text[m.end():m.end() + 40])
                                     or THANKS_RE.search(text[max(0, m.start() - 40):m.start()])):
                role = "colleague"  # "Mrs Lowther from our admin team"
            end = m.end()
            if m.group(3) and (lex.is_common_word(m.group(3)) and m.group(3).lower() not in lex.surnames):
                end = m.end(2)
            out.append(Signal("name", m.start(), end, text[m.start():end], 0.95 if len(name) > 2 else 0.8,
                              attrs=(("how", "honorific"), ("role", role), ("title", title))))
            taken.append((m.start(), end))
        for m in SURNAME_FIRST_RE.finditer(text):
            # "Hughes, Alun 67", "MORGAN, Delyth": the surname-first form of lists, labels and screens
            sur, first = m.group(1), m.group(2)
            if any(a < m.end() and m.start() < b for a, b in taken) or first.lower() not in lex.first_names:
                continue
            sur_n = normalise_token(sur)
            if sur_n in NOT_NAME_WORDS or sur_n in lex.places or sur_n in MONTH_WORDS:
                continue
            if not (sur.isupper() and len(sur) > 2 or sur_n in lex.surnames):
                continue
            if THANKS_RE.search(text[max(0, m.start() - 40):m.start()]):
                continue
            out.append(Signal("name", m.start(), m.end(), m.group(), 0.9,
                              attrs=(("how", "full"), ("role", "person"), ("bound", "1"))))
            taken.append((m.start(), m.end()))
        if not lex.first_names:
            return out
        toks = doc.tokens
        starts = doc.sentence_starts
        public: list[bool] = []

        def public_context() -> bool:  # one search of the whole text, on first need
            if not public:
                public.append(bool(_PUBLIC_CONTEXT.search(doc)))
            return public[0]

        i = 0
        while i < len(toks):
            tok = toks[i]
            # (the skip tests below are independent: the cheap ones run first)
            if not tok.is_cap or tok.text.startswith("#") or any(a <= tok.start < b for a, b in taken):
                i += 1
                continue
            if tok.start and text[tok.start - 1] in "-’'":
                i += 1
                continue  # second half of "Ayling-Ellis", "O'Neill"
            key = tok.norm.rstrip("'").removesuffix("'s")
            entry = lex.first_names.get(key)
            if entry is None or key in NOT_NAME_WORDS or tok.text.isupper() and len(tok.text) > 1:
                i += 1
                continue
            if INSTITUTION_BEFORE_RE.search(text[max(0, tok.start - 10):tok.start]):
                i += 1
                continue  # "Queen Margaret", "St Helen": places and institutions
            if TITLE_OF_WORK_BEFORE_RE.search(text[max(0, tok.start - 25):tok.start]):
                i += 1
                continue  # "playing 'Calon Lân' on repeat": a hymn, a song or a film, not a person
            ambiguous = entry.get("ambiguous") == "1" or lex.is_common_word(key)
            # a following capitalised surname makes it a full name
            end_tok = tok
            full = False
            if i + 1 < len(toks):
                nxt = toks[i + 1]
                gap = text[tok.end:nxt.start]
                if gap == " " and nxt.is_cap and not nxt.text.isupper() and not public_context() and (
                        nxt.norm in lex.surnames or not lex.is_common_word(nxt.norm)) and nxt.norm not in NOT_NAME_WORDS \
                        and nxt.norm not in lex.places:
                    end_tok = nxt
                    full = True
                    while end_tok.index + 2 < len(toks) and text[end_tok.end:toks[end_tok.index + 1].start] == "-" \
                            and toks[end_tok.index + 1].is_cap:
                        end_tok = toks[end_tok.index + 1]
                elif gap == " " and len(nxt.text) == 1 and nxt.text.isupper() and FIRST_INITIAL_AFTER_RE.match(
                        text, nxt.start) and not (nxt.text in "IA" and text[nxt.end:nxt.end + 1] != "."):
                    end_tok = nxt  # "Jean R", "Dan M.": a first name and a surname initial, as on boards and lists
                    full = True
            before = text[max(0, tok.start - 40):tok.start]
            after = text[end_tok.end:end_tok.end + 40]
            head = re.sub(r"(?:(?:[A-Z][\w'’-]*|and|&|,)\s*)+$", "", before)  # past "Gav, Sophie and"
            colleague = bool(COLLEAGUE_CUE_RE.search(before) or COLLEAGUE_CUE_RE.search(head)
                             or COLLEAGUE_AFTER_RE.match(after))
            bound = bool(BINDING_AFTER_RE.match(after) or BINDING_BEFORE_RE.search(before))
            if not bound and not full and VOCATIVE_BEFORE_RE.search(before) and re.match(r"\s*(?:x+\b|hun\b|[^\w\s]|$)", after):
                bound = True  # "Sorry Morag x", "hope you love it Tam": the post speaks to the person
            if i in starts and ambiguous and not full and not bound:
                i += 1
                continue
            if ambiguous and not (bound or full):
                i += 1
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.attr("role") in ("colleague", "clinician") and re.fullmatch(
                    r"\s*(?:,|and|&|,\s*and)\s*", text[prev.end:tok.start]):
                colleague = True
            if not bound and self._workplace_talk:
                colleague = True
            role = "colleague" if colleague and (not bound or THANKS_RE.search(head) or THANKS_RE.search(before)) else "person"
            if not full and not bound and i + 1 < len(toks) and toks[i + 1].is_cap and text[tok.end:toks[i + 1].start] == " " \
                    and public_context():
                role = "public"  # "when Simone Biles spoke publicly": a full name in a post about a public disclosure
            if NAMED_THING_RE.search(before):
                role = "pet"  # "our demo leg, whose name is Gary": a named object
            if PUBLIC_TALK_RE.match(after):
                role = "public"
            elif PET_RE.match(after):
                role = "pet"
            score = 0.9 if full else 0.6
            if bound:
                score = 0.95
            out.append(Signal("name", tok.start, end_tok.end, text[tok.start:end_tok.end], score,
                              attrs=(("how", "full" if full else "first"), ("role", role),
                                     ("bound", "1" if bound else "0"))))
            i = end_tok.index + 1
        out += self._unlisted_names(out, taken)
        return out

    def _unlisted_names(self, found: list[Signal], taken: list[tuple[int, int]]) -> list[Signal]:
        """Names our lists do not hold (the UK's names are many): "my name is Siiri", "Faina D.
        Yefremova", and two capitalised words that are neither dictionary words nor places
        ("Kwabena Mensah"). Precision comes from the rules: a name is only reported in a post
        about someone's care."""
        doc, lex = self.doc, self.lex
        text = doc.text
        spans = taken + [(s.start, s.end) for s in found]
        out: list[Signal] = []

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in spans)

        def unknown(word: str) -> bool:
            w = normalise_token(word).removesuffix("'s")
            return (len(w) > 1 and w not in NOT_NAME_WORDS and not lex.is_common_word(w) and w not in lex.places
                    and w not in MONTH_WORDS and not word.isupper())

        for m in INTRODUCED_NAME_RE.finditer(text):
            a, b = m.span(1)
            if free(a, b) and unknown(m.group(1).split()[0]):
                out.append(Signal("name", a, b, m.group(1), 0.9, attrs=(("how", "full" if " " in m.group(1) else "first"),
                                                                        ("role", "person"), ("bound", "1"))))
                spans.append((a, b))
        for m in INITIAL_SURNAME_RE.finditer(text):
            # "D. Rafferty", "K. Dunleavy": an initial and a surname
            a, b = m.span()
            sur = m.group(2)
            sur_n = normalise_token(sur)
            if not free(a, b) or sur_n in NOT_NAME_WORDS or sur_n in lex.places or sur_n in MONTH_WORDS:
                continue
            if lex.is_common_word(sur_n) and sur_n not in lex.surnames:
                continue
            if re.match(r"\s*(?:\(?\d{4}|et al)", text[b:b + 10]):
                continue  # a citation: "Smith J. (2019)"
            before = text[max(0, a - 40):a]
            role = "colleague" if COLLEAGUE_CUE_RE.search(before) else "person"
            quoted = bool(re.search(r"[\[('‘\"“][^\])'’\"”]*$", text[max(0, a - 120):a]))
            out.append(Signal("name", a, b, m.group(), 0.85, attrs=(("how", "full"), ("role", role), ("bound", "1" if quoted else "0"))))
            spans.append((a, b))
        for m in UNLISTED_FULL_NAME_RE.finditer(text):
            a, b = m.span()
            first, last = m.group(1), m.group(2)
            if not free(a, b) or not (unknown(first) or first.lower() in lex.first_names) or not unknown(last):
                continue
            before = text[max(0, a - 40):a]
            role = "colleague" if COLLEAGUE_CUE_RE.search(before) else "public" if PUBLIC_TALK_RE.match(text[b:b + 40]) else "person"
            out.append(Signal("name", a, b, m.group(), 0.7, attrs=(("how", "full"), ("role", role), ("bound", "0"))))
            spans.append((a, b))
        return out

    # ------------------------------------------------------------------------- clues
    def _ages(self) -> list[Signal]:
        text = self.doc.text
        out: list[Signal] = []
        spans: list[tuple[int, int]] = []
        for pattern, form in AGE_PATTERNS:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                years = int(m.group(1))
                unit = m.group(2).lower() if form == "years-old" else "year"
                if unit == "year" and not 0 <= years <= 115:
                    continue
                if form == "sex-shorthand" and not 0 < years <= 110:
                    continue
                age = years if unit == "year" else 0
                a, b = m.start(), m.end()
                if form == "event-age":  # the span is "at 27", not the event before it
                    a = text.rfind(" at ", a, m.start(1)) + 1
                out.append(Signal("age", a, b, text[a:b], 0.9, str(age), (("form", form), ("unit", unit))))
                spans.append((a, b))
        for m in AGE_STATED_RE.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            value = m.group(g)
            if not 1 <= int(value) <= 115 or any(a < m.end() and m.start() < b for a, b in spans):
                continue
            s, e = m.span(g)
            out.append(Signal("age", s, e, text[s:e], 0.75, value, (("form", "stated"), ("unit", "year"))))
            spans.append((s, e))
        for m in AGE_PAREN_RE.finditer(text):
            value = next(g for g in m.groups() if g)
            years = int(value)
            if not 1 <= years <= 110:
                continue
            before = text[max(0, m.start() - 30):m.start()]
            # "(82)" right after a name or person word; ", 82," after a name
            if not re.search(rf"(?:(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+|\b(?:{PERSON_NOUNS}))['’]?\s*$", before, re.I):
                continue
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            g = next(i for i in (1, 2, 3) if m.group(i))
            s0, e0 = (m.start(), m.end()) if g == 1 else m.span(g)
            out.append(Signal("age", s0, e0, text[s0:e0], 0.85, value, (("form", "paren" if g == 1 else "comma"), ("unit", "year"))))
            spans.append((m.start(), m.end()))
        for m in AGE_BAND_RE.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            if m.group().lower().startswith("teen") and not re.search(r"\bin (?:her|his|their)\b", text[max(0, m.start()-12):m.start()], re.I):
                # "teenager" is a person noun, a weak age clue
                out.append(Signal("age", m.start(), m.end(), m.group(), 0.5, None, (("form", "band"),)))
                continue
            if m.group(1) and not re.search(r"\bin (?:her|his|their)\b|\b(?:early|mid|late)\b", m.group(), re.I):
                continue  # "the 80s" is a decade, not an age
            out.append(Signal("age", m.start(), m.end(), m.group(), 0.5, None, (("form", "band"),)))
        return out

    def _locations(self) -> list[Signal]:
        doc, lex = self.doc, self.lex
        text = doc.text
        out: list[Signal] = []
        for m in CARE_LOCATION_RE.finditer(text):
            kind = m.group(1).lower()
            ident = m.group(2)
            if kind == "room":
                before = text[max(0, m.start() - 14):m.start()]
                if re.search(r"\b(?:seminar|meeting|training|teaching|staff|board|class|common|break|tea|conference|"
                             r"function|waiting|store|sluice|clean|dirty|interview|changing|locker|study|escape)\s*$", before, re.I):
                    continue
                if not (re.search(r"\b(?:side|single|patient|in|bed|from|consulting|treatment)\s*$", before, re.I)
                        or m.group(1)[0] == "R" and ident.isdigit()):
                    continue
            if kind in ("theatre", "pod", "cell", "majors", "minors", "resus") and not ident[0].isdigit():
                continue
            if ident.isdigit() and kind == "ward" and int(ident) > 200:
                continue
            if len(ident) == 1 and ident.isalpha() and ident in "AI" and kind not in ("bay", "ward"):
                continue
            out.append(Signal("care_location", m.start(), m.end(), m.group(), 0.9, attrs=(("kind", kind),)))
        for m in NAMED_WARD_RE.finditer(text):
            words = m.group(1).split()
            if any(w.lower().strip("'’") in GENERIC_WARD_WORDS for w in words):
                continue
            if any(a <= m.start() < b for a, b, in [(s.start, s.end) for s in out]):
                continue
            if words[0].lower() in NOT_NAME_WORDS:
                continue
            out.append(Signal("care_location", m.start(), m.end(), m.group(), 0.75, attrs=(("kind", "named_ward"),)))
        settings: list[Signal] = []
        for m in SAINT_RE.finditer(text):
            if STREET_ST_RE.search(text[max(0, m.start() - 25):m.start() + 3]) and \
                    STREET_NAME_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]):
                continue  # "Main St Portrush": a street, then a town
            settings.append(Signal("care_setting", m.start(), m.end(), m.group().rstrip(), 0.8, attrs=(("kind", "saint"),)))
        for m in HMP_RE.finditer(text):
            settings.append(Signal("care_setting", m.start(), m.end(), m.group(), 0.9, attrs=(("kind", "prison"),)))
        if lex.settings:
            for m in lex.settings.find(doc):
                if any(s.start <= m.start < s.end for s in settings):
                    continue
                written = text[m.start:m.end]
                if not any(ch.isupper() for ch in written):
                    continue  # named places are written with capitals
                settings.append(Signal("care_setting", m.start, m.end, written, 0.85,
                                       attrs=(("kind", m.attrs.get("kind", "hospital")),)))
        settings += self._suffix_settings(settings)
        out += settings
        out += self._places(settings + out)
        out += self._unknown_places([(x.start, x.end) for x in out])
        return out

    def _suffix_settings(self, existing: list[Signal]) -> list[Signal]:
        """Capitalised names ending in a care-setting word: 'Harbour View Care Home'."""
        lex, doc = self.lex, self.doc
        toks = doc.tokens
        out: list[Signal] = []
        by_first = lex.suffix_index
        generic = {"the", "a", "local", "general", "district", "community", "children's", "childrens",
                   "private", "nhs", "our", "my", "this", "that", "your", "their", "his", "her", "new",
                   "university", "teaching", "main", "big", "old", "nearest", "primary", "secondary",
                   "high", "special", "state", "at", "in", "from", "to", "and", "mental", "health",
                   "psychiatric", "maternity", "cottage", "field", "day", "care", "nursing", "residential"}
        for i, tok in enumerate(toks):
            lower = not tok.is_cap
            if lower and tok.norm not in ("care", "nursing", "medical", "health", "residential"):
                continue
            for words, attrs in by_first.get(tok.norm, ()):
                k = len(words)
                if doc.norms[i:i + k] != words or (lower and k < 2):
                    continue  # "Rosebank care home": a two-word suffix may be written in lower case
                j = i - 1
                name_toks = []
                while j >= 0 and toks[j].is_cap and text_gap_ok(doc.text, toks[j].end, toks[j + 1].start) and len(name_toks) < 4:
                    name_toks.insert(0, toks[j])
                    j -= 1
                if not name_toks:
                    continue
                distinctive = [t for t in name_toks if t.norm not in generic]
                if not distinctive:
                    continue
                if all(t.index in doc.sentence_starts and self.lex.is_common_word(t.norm) for t in distinctive):
                    continue
                start, end = name_toks[0].start, toks[i + k - 1].end
                if any(s.start <= start < s.end or start <= s.start < end for s in existing + out):
                    continue
                out.append(Signal("care_setting", start, end, doc.text[start:end], 0.85,
                                  attrs=(("kind", attrs.get("kind", "hospital")),)))
        return out

    def _places(self, existing: list[Signal]) -> list[Signal]:
        lex, doc = self.lex, self.doc
        out: list[Signal] = []
        if not lex.places:
            return out
        covered = [(s.start, s.end) for s in existing]
        multi = lex.place_matcher.find(doc) if lex.place_matcher else []
        for m in multi:
            if any(a <= m.start < b for a, b in covered):
                continue
            written = doc.text[m.start:m.end]
            if not written[0].isupper():
                continue
            out.append(self._place_signal(m.start, m.end, written, m.attrs))
            covered.append((m.start, m.end))
        for tok in doc.tokens:
            if not tok.is_cap or any(a <= tok.start < b for a, b in covered):
                continue
            attrs = lex.places.get(tok.norm.removesuffix("'s"))
            if attrs is None or tok.norm in NOT_NAME_WORDS:
                continue
            ambiguous = attrs.get("ambiguous") == "1" or lex.is_common_word(tok.norm) or tok.norm in lex.first_names or tok.norm in lex.surnames
            before = doc.text[max(0, tok.start - 12):tok.start].lower()
            prep = bool(re.search(r"\b(?:in|from|near|at|to|of|outside|around|nr)\s+$", before))
            if ambiguous and not prep:
                continue
            if tok.index in doc.sentence_starts and ambiguous:
                continue
            out.append(self._place_signal(tok.start, tok.end, tok.text, attrs))
        return out

    def _unknown_places(self, existing: list[Signal]) -> list[Signal]:
        """A capitalised, non-dictionary word after in/from/near ("in Tywyn", "near Builth"): a
        probable place even when the gazetteer lacks it (UK places are many and small)."""
        doc, lex = self.doc, self.lex
        out: list[Signal] = []
        for m in UNKNOWN_PLACE_RE.finditer(doc.text):
            s, e = m.span(1)
            if any(a < e and s < b for a, b in existing):
                continue
            words = m.group(1).split()
            first = normalise_token(words[0])
            if first in NOT_NAME_WORDS or lex.is_common_word(first) or first in lex.first_names:
                continue
            if first in MONTH_WORDS:
                continue
            out.append(Signal("place", s, e, m.group(1), 0.6, attrs=(("specificity", "2"), ("form", "unknown"))))
        return out

    @staticmethod
    def _place_signal(start: int, end: int, text: str, attrs: dict) -> Signal:
        pop = attrs.get("population") or attrs.get("pop")
        try:
            population = int(pop) if pop else None
        except ValueError:
            population = None
        spec = "2"
        if population is not None:
            spec = "1" if population > 250_000 else "2" if population > 20_000 else "3"
        elif attrs.get("type") in ("city",):
            spec = "1"
        elif attrs.get("type") in ("village", "hamlet", "suburb"):
            spec = "3"
        return Signal("place", start, end, text, 0.8, attrs=(("specificity", spec),))

    def _times(self) -> list[Signal]:
        text = self.doc.text
        found: list[tuple[int, int, str, float]] = []  # start, end, precision, confidence
        taken = list(getattr(self, "_taken_numbers", []))

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in taken)

        def add(a: int, b: int, precision: str, conf: float) -> None:
            found.append((a, b, precision, conf))
            taken.append((a, b))

        for m in self._date_matches:
            if any(a <= m.start() < b for a, b in taken) or not free(m.start(), m.end()):
                continue
            if m.group(1) and not (self._date_ok(m) and self._numeric_date_ok(m, text)):
                continue
            if not m.group(1) and not self._word_date_ok(m):
                continue
            add(m.start(), m.end(), "date", 0.9)
        for m in _ci_finditer(EXTRA_DATE_RE, self.doc):
            if not free(m.start(), m.end()) or not self._extra_date_ok(m, text):
                continue
            add(m.start(), m.end(), "date", 0.9)
        for m in _ci_finditer(WEEKDAY_ORDINAL_RE, self.doc):
            if free(m.start(), m.end()) and 1 <= int(m.group(1)) <= 31:
                add(m.start(), m.end(), "date", 0.8)
        for m in _ci_finditer(ORDINAL_DAY_RE, self.doc):
            s = m.start() + text[m.start():].index(" ") + 1  # without the preposition
            if free(s, m.end()) and 1 <= int(m.group(1)) <= 31 and ORDINAL_FOLLOW_OK_RE.match(text[m.end():]):
                add(s, m.end(), "date", 0.7)
        for m in _ci_finditer(CLOCK_RE, self.doc):
            if free(m.start(), m.end()) and self._clock_ok(m, text):
                a = m.start() - 3 if m.group("ap") and text[max(0, m.start() - 3):m.start()].lower() == "at " else m.start()
                add(a, m.end(), "time", 0.8)
        for m in MONTH_CONTEXT_RE.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), "month", 0.7)
        for m in (YEAR_EVENT_RE.finditer(text) if "19" in text or "20" in text else ()):  # a match holds 19xx or 20xx
            a, b = m.span(1)
            if free(a, b) and YEAR_FOLLOW_OK_RE.match(text[b:]) and not YEAR_NOT_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]):
                add(a, b, "year", 0.5)
        short_days: list[tuple[int, int]] = []
        rx, low = ci(TIME_RE, self.doc)
        for m in rx.finditer(low):
            if not free(m.start(), m.end()):
                continue
            word = m.group()
            if word in ("sat", "sun", "wed", "mon", "fri", "tue", "thu", "weds") or word.startswith(
                    ("on sat", "on sun", "this sat", "last sat", "next sat", "on mon", "on wed", "on tue", "on thu", "on fri")) and len(word) < 9:
                short_days.append((m.start(), m.end()))  # verbs and nouns far more often than days,
                continue                                # unless a date follows ("Sat 3 May")
            add(m.start(), m.end(), "day", 0.7)
        dated = [x for x in found if x[2] in ("date", "time")]
        for a, b in short_days:
            if any(0 <= s - b <= 2 and re.fullmatch(r"\.?,? ?", text[b:s]) for s, _e, _p, _c in dated):
                add(a, b, "day", 0.7)
        # One span for "Monday 3 March 2021 at 2pm": parts next to each other are one time.
        found.sort()
        merged: list[list] = []
        for a, b, prec, conf in found:
            if merged and MERGE_GAP_RE.match(text[merged[-1][1]:a]) and a - merged[-1][1] <= 6:
                last = merged[-1]
                last[1] = b
                last[2] = "date" if "date" in (last[2], prec) else last[2]
                last[3] = max(last[3], conf)
            else:
                merged.append([a, b, prec, conf])
        return [Signal("time", a, b, text[a:b], conf,
                       attrs=(("precision", prec if prec in ("date", "year") else "day"),))
                for a, b, prec, conf in merged]

    @staticmethod
    def _extra_date_ok(m: re.Match, text: str) -> bool:
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
            if not (1880 <= y <= 2100 and plausible_date(d, mo, y)):
                return False
            if m.group("ih") is not None and not (int(m.group("ih")) <= 24 and int(m.group("imin")) < 60):
                return False
            return not VERSION_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()])
        if m.group("dd"):
            return 1 <= int(m.group("dd")) <= 31
        if m.group("mon2"):
            return text[m.start()].isupper() and 1 <= int(m.group("d2")) <= 31
        if m.group("mon"):
            word = text[m.start("mon"):m.end("mon")]
            # "may 2000 …" and "mar 2020" in lower case are words; a month here is capitalised
            return word[0].isupper() and not UNIT_AFTER_RE.match(text[m.end():])
        if m.group("mm"):
            return not (VERSION_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]) or UNIT_AFTER_RE.match(text[m.end():]))
        return True

    @staticmethod
    def _numeric_date_ok(m: re.Match, text: str) -> bool:
        """d/m/y, not a version (v2.10.12), an IP address, a dose (10/20/30 mg) or part of a longer number run."""
        a, b = m.span()
        if a and text[a - 1] in ".:/-_":
            return False
        if re.match(r"[.\-/:]\d", text[b:b + 2]):
            return False
        if VERSION_BEFORE_RE.search(text[max(0, a - 12):a]) or UNIT_AFTER_RE.match(text[b:]):
            return False
        return True

    @staticmethod
    def _word_date_ok(m: re.Match) -> bool:
        """'3 March', 'March 3rd': a real day; lower-case 'may'/'march' need a year or an ordinal."""
        day = m.group(4) or m.group(8)
        if day and not 1 <= int(day) <= 31:
            return False
        month = m.group(5) or m.group(7)
        year = m.group(6) or m.group(9)
        if month and month.lower() in ("may", "march", "mar") and month.islower() and not year \
                and not re.search(r"\d(?:st|nd|rd|th)", m.group(), re.I):
            return False
        return True

    @staticmethod
    def _clock_ok(m: re.Match, text: str) -> bool:
        h = m.group("h") or m.group("h2") or m.group("h3") or m.group("h3b") or m.group("h3c")
        mi = m.group("m") or m.group("m2") or m.group("m3") or m.group("m3b") or m.group("m3c")
        if h is not None:
            if int(h) > (12 if m.group("ap") else 24) or (mi is not None and int(mi) > 59):
                return False
            if m.group("ap") and m.group("h") and int(h) == 0:
                return False
        if m.group("h2"):
            # "1:10 dilution", "a 3:1 ratio", "John 3:16": not times
            if RATIO_CONTEXT_RE.search(text[max(0, m.start() - 14):m.start()]) or RATIO_AFTER_RE.match(text[m.end():]):
                return False
            if m.group("s2") is not None and int(m.group("s2")) > 59:
                return False
        return True

    def _lexical_clues(self) -> list[Signal]:
        doc, lex = self.doc, self.lex
        out: list[Signal] = []
        if lex.conditions:
            for m in lex.conditions.find(doc):
                cat = m.attrs.get("cat", "physical")
                weak = m.attrs.get("weak") == "1"
                out.append(Signal("condition", m.start, m.end, doc.text[m.start:m.end], 0.5 if weak else 0.9,
                                  m.term, (("cat", cat), ("rare", m.attrs.get("rare", "0")))))
        for m in _UNIQUE_GATE.finditer(doc):
            out.append(Signal("notable", m.start(), m.end(), m.group(), 0.8, m.group(), (("specificity", "3"), ("form", "unique"))))
        for m in NAMED_EVENT_RE.finditer(doc.text):
            start = m.start() + len(m.group().split(" ", 1)[0]) + 1  # without "the"/"that"
            if any(s.start <= start < s.end for s in out):
                continue
            out.append(Signal("event", start, m.end(), doc.text[start:m.end()], 0.85, m.group(), (("specificity", "3"),)))
        for rx in (TITLED_ROLE_RE, PRESENT_ROLE_RE):
            for m in rx.finditer(doc.text):
                words = m.group().split()
                if rx is TITLED_ROLE_RE and all(w.lower() in NOT_NAME_WORDS or self.lex.is_common_word(w)
                                                for w in words[:-1] if w[0].isupper()):
                    continue  # "Great Team Player" written in title case: not a name
                out.append(Signal("notable", m.start(), m.end(), m.group(), 0.8, m.group(), (("specificity", "3"),)))
        for m in PAST_ROLE_RE.finditer(doc.text):
            out.append(Signal("notable", m.start(), m.end(), m.group(), 0.8, m.group(), (("specificity", "3"),)))
        for gate in (_DEFINITE_PERSON_GATE, _SPORT_ROLE_GATE):
            for m in gate.finditer(doc):
                if any(s.start <= m.start() < s.end for s in out if s.kind == "notable"):
                    continue
                out.append(Signal("notable", m.start(), m.end(), m.group(), 0.8, m.group(), (("specificity", "3"), ("form", "described"))))
        for m in _NOTABLE_GATE.finditer(doc):
            out.append(Signal("notable", m.start(), m.end(), m.group(), 0.85, m.group(), (("specificity", "3"),)))
        for m in EVENT_RE.finditer(doc.text):
            out.append(Signal("event", m.start(), m.end(), m.group(), 0.9, m.group(), (("specificity", "3"),)))
        details_found = []
        if lex.details:
            details_found = lex.details.find(doc)
        for rx0, spec, score, form in ((APPEARANCE_RE, "2", 0.7, "appearance"), (SHOP_RE, "2", 0.75, "shop")):
            rx, t = ci(rx0, doc)
            for m in rx.finditer(t):
                w = doc.text[m.start():m.end()]
                out.append(Signal("occupation", m.start(), m.end(), w, score, w, (("specificity", spec), ("form", form))))
        rx, t = ci(OCCUPATION_RE, doc)
        for m in rx.finditer(t):
            if m.start() and doc.text[m.start() - 1] == "#":
                continue
            if SELF_ROLE_RE.search(doc.text[max(0, m.start() - 30):m.start()]):
                continue  # "as a paramedic", "best teacher I've had": not a person in the story
            if any(s.start <= m.start() < s.end or m.start() <= s.start < m.end() for s in out) or any(
                    d.start <= m.start() < d.end or m.start() <= d.start < d.end for d in details_found):
                continue
            w = doc.text[m.start():m.end()]
            out.append(Signal("occupation", m.start(), m.end(), w, 0.7, w, (("specificity", "1"),)))
        if lex.details:
            for m in details_found:
                if any(s.start <= m.start < s.end or m.start <= s.start < m.end for s in out if s.kind in ("event", "notable")):
                    continue
                section = m.attrs.get("_section", "")
                kind = {"occupations": "occupation", "relationships": "relationship", "events": "event",
                        "places": "place"}.get(section)
                if kind is None:
                    continue
                spec = m.attrs.get("specificity", "1")
                out.append(Signal(kind, m.start, m.end, doc.text[m.start:m.end], 0.8, m.term,
                                  (("specificity", spec),)))
        return out


_PUBLIC_CONTEXT = LoweredFinder(PUBLIC_CONTEXT_RE)
_UNIQUE_GATE = CaseGate(UNIQUE_RE)
_NOTABLE_GATE = CaseGate(NOTABLE_RE)
_DEFINITE_PERSON_GATE = CaseGate(DEFINITE_PERSON_RE)
_SPORT_ROLE_GATE = CaseGate(SPORT_ROLE_RE)


def text_gap_ok(text: str, a: int, b: int) -> bool:
    return text[a:b] in (" ", "-")


LOCATION_KINDS = ("care_setting", "care_location", "street", "place")


def _dedupe_locations(signals: list[Signal]) -> list[Signal]:
    """One place, one signal: "Harbour Road" wins over "the Harbour" inside it."""
    kept: list[Signal] = []
    places = sorted((s for s in signals if s.kind in LOCATION_KINDS), key=lambda s: -(s.end - s.start))
    for s in places:
        if any(k.start < s.end and s.start < k.end for k in kept):
            continue
        kept.append(s)
    return [s for s in signals if s.kind not in LOCATION_KINDS] + sorted(kept, key=lambda s: s.start)


OWN_FAMILY_RE = re.compile(
    r"\b(?:my|our|me)\s+(?:(?:little|eldest|youngest|middle|oldest|baby|twin|step|little)\s+)?(?:son|sons|daughter|daughters|kid|kids|"
    r"boy|boys|girl|girls|child|children|baby|toddler|lad|nan|nana|gran|granny|grandma|grandad|grandpa|granda|nain|taid|mamgu|tadcu|bampi|gramps|grampa|mum|mam|mom|dad|"
    r"husband|hubby|wife|partner|fiance|fiancee|fiancé|fiancée|niece|nephew|grandson|granddaughter|brother|sister|"
    r"cousin|aunt|auntie|uncle|dog|cat|puppy|pup|kitten|horse|pony|rabbit|twins)\b[\s,:(-]*(?:\w+[\s,:(-]+){0,2}$", re.I)


FAMILY_HEAD_RE = re.compile(r"^\s*(?:Mum|Mam|Mom|Dad|Nan|Nana|Gran|Granny|Grandad|Grandma|Grandpa|Hubby|Wifey)\s*[(,]?\s*$")


def _drop_own_family(signals: list[Signal], text: str) -> list[Signal]:
    """The author's own family and pets are not service users: "my son (7)", "our dog Bella",
    "my husband" carry no clue about anyone in the author's care."""
    out = []
    for s in signals:
        if s.kind == "relationship" and re.match(r"(?:my|our|me)\b", s.text, re.I):
            continue
        before = text[max(0, s.start - 40):s.start]
        if s.kind in ("age", "name") and (OWN_FAMILY_RE.search(before) or FAMILY_HEAD_RE.search(text[:s.start])):
            continue
        if s.kind == "name" and re.search(r"\b(?:our|my)\s+(?:little |wee |lovely |gorgeous |beautiful )?$", before, re.I):
            continue  # "our Alfie": the author's own family
        out.append(s)
    return out
