"""Contacts in job adverts and service notices, and placeholder records, are not anyone's identifiers."""

from __future__ import annotations

import pytest

from postcheck import Checker


@pytest.fixture(scope="module")
def checker():
    return Checker()


def codes(checker, text):
    return {f.code for f in checker.check(text).findings if f.severity != "info"}


@pytest.mark.parametrize("text", [
    "We're recruiting! Band 6 OT, adult mental health, Carlisle. Informal chats welcome: ot.cumbria@example.org or 07700 900412",
    "Physio job in our community rehab team, 0.8 WTE, closing date Friday. Questions? email jo.physio@example.org",
    "PSA: we will never ask for your details by DM. Ring the clinic on 07700 900478 if your splint is rubbing",
])
def test_contacts_in_job_adverts_and_notices_are_left_alone(checker, text):
    assert not codes(checker, text) & {"C106", "C107"}


@pytest.mark.parametrize("text, code", [
    ("My patient on the ward gave me her daughter's number 07700 900461 and asked me to ring her", "C106"),
    ("Mrs Dale's son wants a call back about her discharge from the ward, his email is gary.dale@gmail.com", "C107"),
])
def test_contacts_in_care_stories_are_still_flagged(checker, text, code):
    assert code in codes(checker, text)


@pytest.mark.parametrize("text", [
    "New report template is live! [screenshot: header 'Patient: TEST, Dummy, DOB 01/01/1900', blank result fields]",
    "composite case for the students: 'Mrs B', 80s, PEG decision, family disagree. invented from lots of cases. thoughts?",
    "spot the problem 👀 [photo: teaching file 'ANON, TEACHING 01', chest x-ray]",
])
def test_placeholder_records_and_invented_cases_are_left_alone(checker, text):
    assert not codes(checker, text) & {"C105", "C110", "C111"}


@pytest.mark.parametrize("text, code", [
    ("Mrs Joan Pratt, DOB 14/03/1941, back on Ward 9 again with another chest infection", "C105"),
    ("Mrs Bell on bay 3 invented a whole new card game with the other ladies today, she's a legend", "C110"),
])
def test_real_records_are_still_flagged(checker, text, code):
    assert code in codes(checker, text)


# --- identifiers found since holdout7 ---------------------------------------------------------

def spans(checker, text):
    return {(f.code, f.text) for f in checker.check(text).findings if f.severity != "info"}


def test_main_st_is_a_street_not_a_saint(checker):
    got = spans(checker, "cat 1 to the chippy on Main St Portrush at 2am, owner's son collapsed, cardiac arrest at 27. ROSC on scene")
    assert any(t == "Main St" for _, t in got)
    assert not any("St Portrush" in t for _, t in got)
    # a saint's name is still a care setting
    assert ("C203", "St Mary's") in spans(checker, "Mrs Jones (82) from Ward 7 at St Mary's went home today after her hip op")


@pytest.mark.parametrize("text, age", [
    ("cat 1 to the chippy in Portrush at 2am, the owner's son collapsed, cardiac arrest at 27. ROSC on scene", "at 27"),
    ("my patient today was widowed at 34 and has raised four kids on her own in Hexham", "at 34"),
])
def test_an_event_at_an_age_is_an_age(checker, text, age):
    assert ("C201", age) in spans(checker, text)


@pytest.mark.parametrize("text", [
    "my patient collapsed at 10 this morning, all fine now",
    "the lad we saw died at 3am, awful night",
    "Mr Ahmed had his stroke at 9.30 on the ward",
])
def test_times_after_events_are_not_ages(checker, text):
    assert not any(code == "C201" for code, _ in spans(checker, text))


def test_vehicle_registration_in_a_care_post(checker):
    text = "night shift highlights this fella blew 3x the limit [video: dashcam, car in a hedge, plate YK19 ZTR readable]"
    assert ("C112", "YK19 ZTR") in spans(checker, text)
    assert not any(code == "C112" for code, _ in spans(checker, "Our new rapid response car AB12 CDE is on the road 🚑"))
