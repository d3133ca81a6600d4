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
