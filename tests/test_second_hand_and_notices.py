"""Confidentiality cases found in session 15 (second-hand cases, unique roles, medicines, first
name and initial, rarity; and the acceptable posts that look like them). Every sentence here is
our own, written for this test."""

from __future__ import annotations

import pytest

from postcheck import Checker


@pytest.fixture(scope="module")
def checker():
    return Checker()


def flagged(checker, text, profession=None):
    from postcheck.model.context import Context

    ctx = Context.from_mapping({"profession": profession} if profession else {})
    return any("5.1" in f.standards and f.severity != "info" for f in checker.check(text, ctx).findings)


def codes(checker, text):
    return {f.code for f in checker.check(text).findings if f.severity != "info"}


@pytest.mark.parametrize("text, profession", [
    # a case presented by a colleague or at a meeting: still someone's patient
    ("Grand round today: a colleague presented the case of the lollipop lady outside Ashby Juniors, 3 months of "
     "headaches before anyone scanned her. Glioma.", "radiographer"),
    ("M&M meeting was rough. the awareness case was the captain of the Kendal rugby team, he heard everything "
     "and he's taking it further", "operating department practitioner"),
    # a unique role in a named place, with health detail
    ("the rector of Holy Trinity has finally agreed to a hearing test, he can't hear the congregation at all",
     "hearing aid dispenser"),
    ("the only vet in Tobermory came in with a perforated eardrum after the ferry trip, poor soul",
     "physiotherapist"),
    # a medicine names the condition
    ("2am, the flat above the chippy on Market Street, found him with his lithium all over the floor. he'll pull "
     "through. talk to someone, lads", "paramedic"),
    # first name and surname initial on a board
    ("[photo: kitchen board at Larchfield care home: 'Fri: NO nuts for Moira T (anaphylaxis)'] busy day",
     "occupational therapist"),
    # rarity in a small place
    ("Genomics is humbling. We confirmed a variant so rare there are maybe 12 families worldwide, one of them a "
     "fishing family on Barra.", "clinical scientist"),
])
def test_second_hand_and_jigsaw_posts_are_flagged(checker, text, profession):
    assert flagged(checker, text, profession)


@pytest.mark.parametrize("text, profession", [
    # the author's own grandparents, in Welsh or Scots words
    ("my Nain was a district nurse in Bala and she's 96 today 🎂 baked her a bara brith", "dietitian"),
    ("my Taid taught me to fish at Abersoch, 90 today and still sharper than me", "physiotherapist"),
    # a service's own number in a notice or lost-property post
    ("[photo: a child's blue glasses, no case] left in the clinic waiting room, if they're yours ring reception on "
     "07700 900815", "orthoptist"),
    ("Free hearing checks Saturday 10-2 at our Church Street shop, ring 07700 900377 to book", "hearing aid dispenser"),
    # a colleague's handle when they join the team
    ("shoutout to @ravi_physio, newly qualified and joining our MSK team in april! welcome aboard", "physiotherapist"),
    # a list with the identifiers greyed out
    ("[screenshot: Monday's clinic list, names greyed out by the app: '4 x cataract, 2 x squint'] who's free?",
     "orthoptist"),
    # many people, not one
    ("slow down on the A9 folks, so many young lads I x-ray after 3am crashes are under 25. a C1 fracture can kill",
     "radiographer"),
    # a public figure's own public disclosure
    ("When Lewis Hamilton spoke publicly about his mental health it helped so many of my young clients open up",
     "practitioner psychologist"),
])
def test_look_alike_acceptable_posts_are_left_alone(checker, text, profession):
    assert not flagged(checker, text, profession)


def test_dummy_nhs_number_is_not_a_phone(checker):
    text = "training LIMS: dummy patient 'TEST, Zztest', NHS no 999 999 9999, K+ 7.1 flagged. practise on the dummy"
    assert "C106" not in codes(checker, text)


def test_real_phone_still_found_next_to_words(checker):
    text = "My patient on the ward gave me her son's number 07700 900188 to ring about discharge"
    assert "C106" in codes(checker, text)


@pytest.mark.parametrize("text, profession", [
    # the author's own test, surgery or GP appointment
    ("guess whose hearing is going 🙊 MINE. tested myself on the new booth today, a notch at 4k from years of gigs at "
     "the Barrowland on Gallowgate", "hearing aid dispenser"),
    ("rough week: my own supervision made me admit I'm drinking more, booked in with my GP on Thursday", "practitioner psychologist"),
    # the author's own father as the subject of the first sentence
    ("my dad was born the day the Forth Bridge opened and tells everyone 😂 today he got his first hearing aids "
     "(not from me). ex-docker, ears like a sieve", "hearing aid dispenser"),
    # a described video of the author, with a word on screen
    ("[video: me demoing the communication app on myself, typing 'BISCUITS'] so easy to set up #AAC", "speech and language therapist"),
    # a dummy record's date
    ("our PACS training module uses 'TEST, Patient, 01/01/1900' and I swear we're friends now 😂", "radiographer"),
    # a question that says it is not about a real client
    ("question for the group, not about a real client: how do you handle a club paying for a young player's "
     "eating disorder care when the player wants privacy?", "dietitian"),
])
def test_own_health_family_and_teaching_posts_are_left_alone(checker, text, profession):
    assert not flagged(checker, text, profession)


def test_nickname_street_and_rehab_story_is_flagged(checker):
    text = ("my man 'Big Tam' from Paisley Rd walked to the shops on his own today for the first time since he broke "
            "his hip in May 🥹 took us 10 weeks of sit to stands. next stop the Rangers game")
    assert flagged(checker, text, "physiotherapist")


@pytest.mark.parametrize("text, profession", [
    ("[photo: new monitor showing the manufacturer's demo fitting screen with 'DEMO PATIENT' audiogram] finally works!",
     "hearing aid dispenser"),
    ("free swallowing awareness session is 12th May for care home staff, book via dysphagia.training@example.com",
     "speech and language therapist"),
    ("fizzy drinks are not for toddlers! free family nutrition drop-in Tues 10-12 at our Walker clinic, ring 07700 900563 "
     "or email familyfood@example.com", "dietitian"),
])
def test_service_notices_and_demo_screens_are_left_alone(checker, text, profession):
    assert not flagged(checker, text, profession)


def test_song_titles_are_not_names(checker):
    text = "someone's phone in the coffee room has been playing 'Mr Brightside' on loop all night 😂"
    assert "C110" not in codes(checker, text)
