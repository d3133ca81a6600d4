"""Engine behaviour: context changes verdicts, redaction keeps the point, offsets are code
points, suppression and selection work, and the care-context judgement holds."""

import pytest

from postcheck.api import Checker
from postcheck.engine.analyze import Settings
from postcheck.errors import InputError

MRS_JONES = "Mrs Jones (82) from Ward 7 at St Mary's finally went home today after her hip op, she made my week 😊"


def codes(result):
    return sorted({f.code for f in result.findings if f.severity != "info"})


def test_issue_example_finds_every_span(checker):
    r = checker.check(MRS_JONES, {"profession": "paramedic"})
    spans = {f.text for f in r.findings}
    assert {"Mrs Jones", "(82)", "Ward 7", "St Mary's", "today", "hip op"} <= spans
    assert r.verdict == "problem"
    for f in r.findings:
        assert f.standards[:2] == ("5.1", "2.12")
        assert MRS_JONES[f.start:f.end] == f.text


def test_issue_example_redaction_keeps_the_point(checker):
    r = checker.check(MRS_JONES)
    assert r.redacted == "A patient finally went home after treatment, they made my week 😊"
    # the redacted version itself is clean
    assert checker.check(r.redacted).verdict == "ok"


def test_offsets_are_code_points_after_emoji(checker):
    text = "😊😊 Mrs Jones (82) on Ward 7 had a stroke today"
    r = checker.check(text)
    f = next(f for f in r.findings if f.code == "C110")
    assert (f.start, f.end) == (3, 12) and text[f.start:f.end] == "Mrs Jones"
    wire = r.to_dict(utf16=True)
    g = next(x for x in wire["findings"] if x["code"] == "C110")
    assert g["start_utf16"] == 5 and g["end_utf16"] == 14


def test_written_consent_turns_problem_into_low_reminder(checker):
    r = checker.check(MRS_JONES, {"consent": "written"})
    assert r.findings and all(f.severity in ("low", "info") for f in r.findings)
    assert r.verdict == "review"
    assert any("written consent" in " ".join(f.notes) for f in r.findings)


def test_private_audience_keeps_the_finding_but_says_why(checker):
    r = checker.check(MRS_JONES, {"audience": "friends"})
    assert r.verdict == "problem"
    assert all(any("privacy settings are no guarantee" in n for n in f.notes) for f in r.findings if f.severity != "info")


def test_professional_account_raises_clue_severity(checker):
    text = "Got called to an 80-year-old who fell in her garden in Hebden Bridge last night"
    personal = checker.check(text, {"account": "personal"})
    professional = checker.check(text, {"account": "professional"})
    assert {f.severity for f in personal.findings if f.code == "C201"} == {"medium"}
    assert {f.severity for f in professional.findings if f.code == "C201"} == {"high"}


@pytest.mark.parametrize("text", [
    "Signs of stroke: face, arms, speech, time to call 999 #FAST",
    "Back at work after my hip op, so good to see the team again",
    "My nan (82) had her hip op at St Mary's today, she's doing great",
    "Imagine a 70-year-old with chest pain and a history of MI: what would you do first? #studentparamedic",
    "Great CPD session on falls prevention today with Dr Patel",
    "Ward 7 is so short-staffed tonight, send coffee",
    "We're recruiting band 6 physios at Leeds General Infirmary, DM for details",
    "The King's cancer diagnosis has got people talking about screening, book yours",
    "Lovely run round Hebden Bridge on my day off with Bella the dog",
])
def test_acceptable_posts_are_not_flagged(checker, text):
    r = checker.check(text)
    assert codes(r) == [], [(f.code, f.text) for f in r.findings]
    assert r.verdict == "ok"


def test_allow_list_suppresses_named_terms():
    plain = Checker().check("Lovely patient today, Doris (94), told me all about the war")
    assert any(f.text == "Doris" for f in plain.findings)
    allowed = Checker(settings=Settings(allow=("Doris",))).check("Lovely patient today, Doris (94), told me all about the war")
    assert not any(f.text == "Doris" for f in allowed.findings)
    assert allowed.suppressed >= 1


def test_select_and_ignore_by_prefix():
    only_names = Checker(settings=Settings(select=("C110",))).check(MRS_JONES)
    assert codes(only_names) == ["C110"]
    no_clues = Checker(settings=Settings(ignore=("C2",))).check(MRS_JONES)
    assert codes(no_clues) == ["C110"]


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_an_input_error(checker, text):
    with pytest.raises(InputError, match="empty post"):
        checker.check(text)


def test_oversized_text_is_an_input_error(checker):
    with pytest.raises(InputError, match="too long"):
        checker.check("a" * 200_000)


def test_non_english_post_is_said_not_silently_passed(checker):
    r = checker.check("Hoy fue un turno muy largo en el hospital pero el equipo estuvo increíble como siempre")
    assert r.language != "en" and r.notes and "English" in r.notes[0]


def test_check_many_streams_and_reports_bad_items_in_place(checker):
    out = list(checker.check_many([{"id": "a", "text": MRS_JONES}, {"id": "b", "text": ""},
                                   {"id": "c", "text": "hello", "account": "nope"}, "plain string post"]))
    assert out[0].id == "a" and out[0].verdict == "problem"
    assert isinstance(out[1], InputError) and isinstance(out[2], InputError)
    assert out[3].verdict == "ok"


def test_wire_schema_shape(checker):
    wire = checker.check(MRS_JONES).to_dict()
    assert set(wire) >= {"id", "verdict", "findings", "redacted"}
    f = wire["findings"][0]
    assert set(f) >= {"code", "name", "standards", "severity", "confidence", "start", "end", "text",
                      "message", "explanation", "fix"}
    assert set(f["fix"]) == {"title", "replacement", "applicability"}
    assert all(isinstance(s, str) for s in f["standards"])
    assert f["fix"]["applicability"] in ("safe", "review")


def test_python_api_module_functions():
    import postcheck

    r = postcheck.check(MRS_JONES, context={"profession": "physio"})
    assert r.verdict == "problem" and r.context.profession == "physiotherapist"
    assert [x.verdict for x in postcheck.check_many(["hello there"])] == ["ok"]


@pytest.mark.parametrize("text,rewrite", [
    ("Had the loveliest patient today, Doris (94), who told me all about the war",
     "Had the loveliest patient, who told me all about the war"),
    ("Got called to an 80-year-old who fell in her garden in Hebden Bridge last night, she kept apologising",
     "Got called to an older person who fell in her garden, she kept apologising"),
    ("My 82-year-old patient with the #NOF on Ward 9 went home today, so chuffed",
     "My older patient with an injury went home, so chuffed"),
    ("Pt Mr Okafor refused his meds again on bay 4, he is so stubborn",
     "Pt refused their meds again, they are so stubborn"),
    ("Scanned a 19-year-old lad from the M62 crash this morning, still in resus. Gutted.",
     "Scanned a young lad from an incident, still in resus. Gutted."),
])
def test_redaction_rewrites_read_naturally(checker, text, rewrite):
    result = checker.check(text)
    assert result.redacted == rewrite
    again = checker.check(result.redacted)
    assert not [f for f in again.findings if f.severity in ("medium", "high")]


def test_repost_is_one_step_lower_and_says_so(checker):
    own = checker.check(MRS_JONES)
    shared = checker.check(MRS_JONES, {"kind": "repost"})
    assert {f.severity for f in own.findings if f.code == "C110"} == {"high"}
    assert {f.severity for f in shared.findings if f.code == "C110"} == {"medium"}
    assert any("sharing can be read as endorsing" in " ".join(f.notes) for f in shared.findings)
    assert shared.to_dict()["context"]["kind"] == "repost"


def test_non_ascii_names_are_taken_whole(checker):
    r = checker.check("Saw Mrs Szöllössy (82) on Ward 4 today after her stroke")
    assert any(f.code == "C110" and f.text == "Mrs Szöllössy" for f in r.findings)
    assert "ö" not in r.redacted and "82" not in r.redacted


def test_iso_date_of_birth_and_ip_addresses(checker):
    r = checker.check("Patient DOB 1941-04-03 on the request, wrong ward again")
    assert [f.code for f in r.findings if f.code == "C105"] == ["C105"]
    r = checker.check("My patient said the server at 192.168.100.200 is down again on the ward")
    assert not [f for f in r.findings if f.code == "C106"]


def test_flat_numbers_and_birth_years(checker):
    r = checker.check("Guess who came in again tonight: the bloke from flat 3 on Elm Road, drunk as usual")
    assert any(f.code == "C108" and f.text == "flat 3" for f in r.findings)
    assert checker.check("Resident on our unit born in 1930 told us about the war today").verdict == "problem"
    own = checker.check("My grandad was born in 1941 and still drives")
    assert own.verdict == "ok"
