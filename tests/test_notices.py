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
