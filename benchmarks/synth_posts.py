"""Synthetic social-media drafts for the speed benchmarks (deterministic, offline).

Posts are built from sentence templates written for this benchmark: risky ones (a service
user's name, age, ward, hospital, street, postcode, phone, email, NHS number, date of birth,
condition, a newsworthy event) mixed with harmless ones (CPD, rota, fundraising, own health,
team shout-outs, tips), with emoji, hashtags and numbers, joined until the post reaches a
target length (40-600 characters). Every person, number and incident is invented; phone
numbers are in Ofcom's drama ranges and NHS numbers are checksum-valid random ones.

These posts measure speed only: they are not labelled and say nothing about quality.
"""

from __future__ import annotations

import random

FIRST = ("Margaret", "John", "Dorothy", "Frank", "Aisha", "Mohammed", "Priya", "Callum", "Siobhan", "Gareth",
         "Olu", "Chen", "Zofia", "Eileen", "Bert", "Ruby", "Jayden", "Kwame", "Fatima", "Niamh", "Harry",
         "Sandeep", "Maria", "Tom", "Megan", "Ifeoma", "Stan", "Brenda", "Lily", "Arjun")
SURNAMES = ("Jones", "Smith", "Patel", "O'Neill", "Williams", "Khan", "Murphy", "Nowak", "Okafor", "Taylor",
            "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "McDonald", "Hughes", "Begum", "Clarke",
            "Wright", "Hall", "Ahmed", "Walker", "Lewis")
HONORIFICS = ("Mrs", "Mr", "Miss", "Ms", "Mr.", "Mrs.")
HOSPITALS = ("St Mary's", "Pinderfields", "Leeds General Infirmary", "the Royal Preston", "Salford Royal",
             "Southmead Hospital", "the QE", "Alder Hey", "Royal Stoke", "Musgrove Park Hospital",
             "Ninewells", "the Royal Victoria Infirmary", "Addenbrooke's", "St James's")
CARE_HOMES = ("Oakwood Care Home", "Rosebank Nursing Home", "Meadowview House", "the Laurels care home")
WARDS = ("Ward 7", "Ward 22", "ward 4", "AMU", "the stroke unit", "ITU", "Ward 31", "the frailty unit",
         "Bay 3", "bed 12", "side room 2", "cubicle 5", "resus", "majors")
TOWNS = ("Leeds", "Bognor", "Wakefield", "Kendal", "Bristol", "Derby", "Hull", "Swansea", "Dundee", "Belfast",
         "Stockport", "Truro", "Norwich", "Barnsley", "Whitby", "Luton", "Carlisle", "Bangor")
STREETS = ("Elm Road", "Church Lane", "Victoria Street", "Mill Lane", "Station Road", "Park Avenue",
           "Beech Grove", "Queen's Drive", "High Street", "Orchard Close")
POSTCODES = ("LS1 3EX", "M1 1AE", "B33 8TH", "CR2 6XH", "BS8 1TH", "WF1 4DG", "LA9 4PH", "DD1 9SY", "HU3 2JZ")
CONDITIONS = ("a stroke", "a fractured NOF", "COPD", "sepsis", "dementia", "a below-knee amputation", "MS",
              "Parkinson's", "a head injury", "long covid", "an eating disorder", "motor neurone disease",
              "a spinal cord injury", "cerebral palsy", "heart failure", "a hip replacement")
EVENTS = ("the M62 crash", "the fire on Station Road", "the A1 pile-up", "the stabbing in town",
          "the flood in Kendal", "the bus crash")
TOPICS = ("falls prevention", "dysphagia", "manual handling", "safeguarding", "frailty", "sepsis screening",
          "pressure care", "motivational interviewing", "MSK triage", "vestibular rehab", "AAC devices",
          "radiation safety", "gait analysis", "splinting", "trauma-informed care")
PROFESSIONS = ("paramedic", "physio", "OT", "SLT", "radiographer", "dietitian", "podiatrist",
               "psychologist", "ODP", "orthoptist", "biomedical scientist", "arts therapist")
PLATFORMS = ("x", "facebook", "instagram", "linkedin", "tiktok", "bluesky", "mastodon", "reddit", "forum",
             "whatsapp", "youtube")
EMOJI = ("💙", "😷", "🙏", "😂", "🚑", "🎉", "😭", "💪", "☕", "🌈", "👏", "🤦‍♀️", "❤️", "🥳", "😴")
TAGS = ("#NHS", "#physio", "#paramedic", "#teamwork", "#CPD", "#AHP", "#OTalk", "#SLT", "#radiography",
        "#NHSthanks", "#nightshift", "#WeAreTheNHS", "#StudentParamedic", "#dietitians")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
TIMES = ("at 3am", "at 02:40", "this morning", "last night", "at 4.15pm", "on Tuesday night", "around 11pm")

RISKY = (
    "Saw {hon} {sur} ({age}) on {ward} at {hosp} today, {cond} but still smiling {emo}",
    "Lovely lady in {ward} at {hosp}, {age} years young, told me all about her late husband {first}.",
    "Crew got called to {street} in {town} {time} for a {age}yo with {cond}. Grim shift {emo}",
    "Patient {first} {sur}, DOB {dob}, NHS no {nhs} - can someone on {ward} chase the bloods?",
    "Anyone know {first} {sur} from {town}? Treated him today after {event}.",
    "Family asked us to ring {phone} when {hon} {sur} is ready for discharge from {ward}.",
    "Can whoever is covering {hosp} email me on {email} about {first} ({age}, {cond})?",
    "My {age} y/o client with {cond} finally walked to the end of {street} today!!! {emo} {tag}",
    "Bed {bed} on {ward} is a legend. {age}, {cond}, and still doing the crossword every day {emo}",
    "Home visit to {addr_no} {street}, {pc} {time}: lives alone, {cond}, no family nearby.",
    "The lad from {event} is on {ward} now. {age}, {cond}. Keep him in your thoughts {emo}",
    "{first} at {home} turned {age} today and we threw a party on the unit {emo}{emo2}",
    "Treated a famous {town} footballer {time} for {cond} - can't say who but you'd know him {emo}",
    "Patient on {ward} kept calling me {first}, bless her. {age} with {cond}. {tag}",
    "Reg {first} asked me to check {hon} {sur}'s hospital number {hospno} before the scan {time}.",
    "Just discharged {hon} {sur} ({age}) home to {town} after six weeks with {cond} {emo} {tag}",
    "Picked up a {age} year old {job} from {street}, {town} {time} with {cond}. Wife was distraught.",
)
HARMLESS = (
    "Great CPD session on {topic} today {tag}",
    "Proud of the team at {hosp} for getting through winter pressures {emo} {tag}",
    "Reminder: flu jabs for staff in the canteen from 9am till 2pm on {weekday}.",
    "Running the {town} 10k on {day} {month} for the hospice - link in bio! {emo}",
    "My own {cond} diagnosis taught me so much about waiting lists. Be kind to each other {emo}",
    "Top tip for new grads: write your notes as if the patient will read them, because they might.",
    "Conference in {town} next week, who's going? Presenting our audit on {topic} {tag}",
    "Anyone recommend a good book on {topic}? Asking for a band 5 {emo}",
    "Had a lovely dinner with {first} and {first2} after the shift {emo}",
    "Happy retirement {first} {sur}! 30 years at {hosp} and the best mentor anyone could ask for {emo}",
    "Our clinic saw {num} patients this week and the waiting list is down {pct}% {tag}",
    "Night shift survival kit: {n2} coffees, cold toast, and a very patient charge nurse {emo}",
    "New research on {topic} out today - the effect size is small but the sample is {num}.",
    "Study day: {n2} hours on {topic}, {n3} case studies (all anonymised), one very tired {prof} {emo}",
    "Rota for {month} is out. Swapping my {weekday} late for any early, DM me {emo}",
    "Welcome to our {n2} new student {prof}s starting on placement this {weekday}! {tag} {tag2}",
    "Off to {town} for the weekend, no pager, no emails, just the sea {emo}",
    "Did anyone else's trust change the {topic} policy again? Third time this year {emo}",
    "Thanks to everyone who donated to the {hosp} charity appeal, we raised £{num}! {emo}",
    "Honestly the kindness of strangers on the 7.45 bus this morning restored my faith {emo}",
)


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, digits)) + str(check)
            return rng.choice((f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"))


def _fill(rng: random.Random, template: str) -> str:
    def c(seq):
        return rng.choice(seq)

    first = c(FIRST)
    values = {
        "hon": c(HONORIFICS), "sur": c(SURNAMES), "first": first,
        "first2": c([f for f in FIRST if f != first]), "age": rng.randint(18, 101),
        "ward": c(WARDS), "hosp": c(HOSPITALS), "home": c(CARE_HOMES), "town": c(TOWNS),
        "street": c(STREETS), "pc": c(POSTCODES), "cond": c(CONDITIONS), "event": c(EVENTS),
        "emo": c(EMOJI), "emo2": c(EMOJI), "tag": c(TAGS), "tag2": c(TAGS), "time": c(TIMES),
        "topic": c(TOPICS), "prof": c(PROFESSIONS), "weekday": c(WEEKDAYS), "month": c(MONTHS),
        "day": rng.randint(1, 28), "num": rng.randint(12, 4800), "pct": rng.randint(2, 40),
        "n2": rng.randint(2, 9), "n3": rng.randint(2, 6), "bed": rng.randint(1, 30),
        "addr_no": rng.randint(1, 220), "job": c(("teacher", "bus driver", "vicar", "farmer", "nurse", "postman")),
        "dob": c((f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1925, 2005)}",
                  f"{rng.randint(1, 28)} {c(MONTHS)} {rng.randint(1925, 2005)}")),
        "nhs": nhs_number(rng),
        "phone": c(("07700 900{:03d}".format(rng.randint(0, 999)), "0113 496 0{:03d}".format(rng.randint(0, 999)),
                    "+44 20 7946 0{:03d}".format(rng.randint(0, 999)), "0161 496 0{:03d}".format(rng.randint(0, 999)))),
        "email": f"{first.lower()}.{c(SURNAMES).lower().replace(chr(39), '')}@{c(('nhs.net', 'gmail.com', 'outlook.com'))}",
        "hospno": f"{c(('RXN', 'K', 'A', ''))}{rng.randint(100000, 9999999)}",
    }
    return template.format(**values)


def make_post(rng: random.Random, min_len: int, max_len: int, risky_share: float = 0.4) -> str:
    """One post of min_len..max_len characters (cut at a word boundary)."""
    target = rng.randint(min_len, max_len)
    risky = rng.random() < risky_share
    parts: list[str] = []
    length = 0
    while length < target:
        pool = RISKY if (risky and (not parts or rng.random() < 0.5)) else HARMLESS
        s = _fill(rng, rng.choice(pool))
        parts.append(s)
        length += len(s) + 1
    text = " ".join(parts)
    if rng.random() < 0.25:
        text = text.replace(". ", ".\n", 1)
    if len(text) > max_len:
        cut = text.rfind(" ", min_len, max_len)
        text = text[: cut if cut > 0 else max_len].rstrip()
    return text


def make_context(rng: random.Random) -> dict:
    ctx = {"platform": rng.choice(PLATFORMS)}
    if rng.random() < 0.7:
        ctx["account"] = rng.choice(("personal", "professional"))
    if rng.random() < 0.7:
        ctx["audience"] = rng.choice(("public", "public", "friends", "group", "direct"))
    if rng.random() < 0.8:
        ctx["profession"] = rng.choice(PROFESSIONS)
    if rng.random() < 0.1:
        ctx["consent"] = rng.choice(("verbal", "written"))
    return ctx


def length_mix(rng: random.Random) -> tuple[int, int]:
    """Lengths for the batch corpus: mostly tweet-sized, some long."""
    r = rng.random()
    if r < 0.3:
        return 40, 140
    if r < 0.8:
        return 140, 300
    return 300, 600


def batch_posts(n: int, seed: int = 20261124) -> list[dict]:
    """n varied posts of 40-600 characters with id, text and context keys (JSONL-ready)."""
    rng = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        lo, hi = length_mix(rng)
        out.append({"id": f"p{i}", "text": make_post(rng, lo, hi), **make_context(rng)})
    return out


def tweet_posts(n: int, seed: int = 280) -> list[tuple[str, dict]]:
    """n posts of 250-280 characters (a full tweet) with a context each."""
    rng = random.Random(seed)
    return [(make_post(rng, 250, 280), make_context(rng)) for _ in range(n)]


if __name__ == "__main__":
    for p in batch_posts(12, seed=1):
        print(len(p["text"]), p["text"], {k: v for k, v in p.items() if k not in ("id", "text")}, sep="  |  ")
