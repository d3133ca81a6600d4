"""Who a name belongs to: a patient, or a colleague the post is about."""

import pytest

from postcheck.api import Checker
from postcheck.detectors.identity import Analysis, Lexicons
from postcheck.engine.doc import PostDoc
from postcheck.pack.loader import default_pack


@pytest.fixture(scope="module")
def lex():
    return Lexicons.from_pack(default_pack())


def names(lex, text):
    return [(s.text, s.attr("role"), s.attr("bound")) for s in Analysis(PostDoc(text), lex).signals if s.kind == "name"]


def test_a_price_in_the_next_sentence_does_not_tie_a_name_to_a_description(lex):
    got = names(lex, "Basic life support evening run by me and my crewmate Joanne. £10, all proceeds to the air ambulance")
    assert got == [("Joanne", "colleague", "0")]


@pytest.mark.parametrize("text", ["Mrs Okafor - 84, lives alone, came in today", "Mrs Okafor (84) came in today",
                                  "Mrs Okafor, 84, came in today"])
def test_an_age_after_a_name_still_ties_it_to_the_person(lex, text):
    assert names(lex, text)[0][1] == "person"


def test_an_nhs_band_after_a_name_marks_a_colleague(lex):
    assert names(lex, "Mr Osei (the new band 6) is covering the wards this week")[0][1] == "colleague"


def test_a_staff_notice_naming_a_new_band_7_is_not_a_finding():
    r = Checker().check("Team: Bay 2 is closed for a deep clean until Thursday, lists moved to Bay 4. "
                        "Mr Osei (the new band 7) is covering wards 10-12 this week")
    assert [f.code for f in r.findings if "5.1" in f.standards and f.severity != "info"] == []
