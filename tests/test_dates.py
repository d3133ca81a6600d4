"""Dates and times (the `time` signal behind C205): formats found, and look-alikes left alone."""

import pytest

from postcheck.detectors.identity import Analysis, Lexicons
from postcheck.engine.doc import PostDoc
from postcheck.pack.loader import default_pack


@pytest.fixture(scope="module")
def lex():
    return Lexicons.from_pack(default_pack())


def times(lex, text):
    return [s.text for s in Analysis(PostDoc(text), lex).signals if s.kind == "time"]


@pytest.mark.parametrize("text,expected", [
    # day month year, both orders, ordinals, "of", commas
    ("Seen on March 3rd, 2021 at the clinic", "March 3rd, 2021"),
    ("the 3rd of March 2021 was busy", "3rd of March 2021"),
    ("clinic on 3 Apr", "3 Apr"),
    ("clinic Apr 3 was full", "Apr 3"),
    ("March the 3rd was lovely", "March the 3rd"),
    # numeric
    ("booked for 03/04/21", "03/04/21"),
    ("came in on 12.3.21", "12.3.21"),
    ("form dated 03-Mar-2021", "03-Mar-2021"),
    ("seen 03/2021 in clinic", "03/2021"),
    # ISO dates and timestamps
    ("logged 2021-03-04 in the system", "2021-03-04"),
    ("created 2021-03-04T12:34:56Z by the app", "2021-03-04T12:34:56Z"),
    ("entry at 2021-03-04 12:34:56 shows it", "2021-03-04 12:34:56"),
    ("sent 2021/03/04", "2021/03/04"),
    # month and year, season and year
    ("March 2021 was hard", "March 2021"),
    ("back in Mar '21 it started", "Mar '21"),
    ("summer 2019 was lovely", "summer 2019"),
    # weekday with a date, merged into one span
    ("Monday 3 March we had a visit", "Monday 3 March"),
    ("Thu, 04 Mar 2021 12:34:56 GMT", "Thu, 04 Mar 2021 12:34:56 GMT"),
    ("Sat 3 May at the hall", "Sat 3 May"),
    ("Tues the 14th suits me", "Tues the 14th"),
    ("on the 3rd we went", "the 3rd"),
    # a month named as a time
    ("the ulcer we've fought since March", "since March"),
    ("an injury last June", "last June"),
    # clock times
    ("came in at 14:05", "14:05"),
    ("came in at 2:05 pm", "at 2:05 pm"),
    ("see you at 2pm", "at 2pm"),
    ("arrived 2 a.m. by ambulance", "2 a.m."),
    ("handover at 10.30am", "at 10.30am"),
    ("stood down at 1405hrs", "1405hrs"),
    ("0800 hours start", "0800 hours"),
    ("at 1400 hours the crew arrived", "1400 hours"),
    ("meet at noon", "noon"),
    ("called at midnight", "midnight"),
    ("rang at quarter past three", "quarter past three"),
    ("arrived at half past 3", "half past 3"),
    ("left at ten to four", "ten to four"),
    ("woke at 3 in the morning", "3 in the morning"),
    ("at three o'clock", "three o'clock"),
    ("logged 12:34:56 UTC", "12:34:56 UTC"),
    # a day and a time together are one span
    ("Seen today at 3pm on ward 4", "today at 3pm"),
    ("Wednesday 14th at 10.30am", "Wednesday 14th at 10.30am"),
    # a year tied to when something happened: a weak detail (weight 0.25 in the jigsaw)
    ("in 1977 we opened", "1977"),
    ("she has been on the ward since 2019 and", "2019"),
    ("during 1985 he worked on the rigs", "1985"),
    ("the floods of 2007, she lost her house", "2007"),
    ("moved here in 2020.", "2020"),
])
def test_dates_and_times_found(lex, text, expected):
    assert expected in times(lex, text)


@pytest.mark.parametrize("text", [
    "updated to v3.4.21 on the laptop",         # version numbers
    "version 2.10.12 released",
    "iOS 17.2.1 broke the app",
    "won 3-1 at the weekend",                  # scores
    "it finished 2-0",
    "use a 1:10 dilution",                     # ratios
    "a 3:1 ratio of staff",
    "John 3:16 on the banner",
    "call 0161 496 0123",                      # phone numbers
    "ring 07700 900 123 for info",
    "bed 12 in bay 3",                         # beds and bays
    "10/20/30 mg tablets",                     # doses
    "2/3 of patients improved",                # fractions
    "BP 120/80 is fine",
    "IP 10.1.1.5 and 192.168.1.1",             # addresses
    "MAC 00:1a:2b:12:34:56",
    "I march 3 times a week",                  # month words as verbs
    "you may 5 times",
    "did 1000 hours of volunteering",          # durations
    "ten to twelve patients a day",            # a range, not a time
    "on the 3rd floor",                        # ordinals that are not dates
    "the 3rd patient this week",
    "a card from April",                       # months as names
    "supported by May",
    "costs £2.30 each",                        # prices
    "we saw 2000 patients this year",          # counts, not years
    "in 2000 patients the drug worked",
    "out of 1500 referrals, most were seen",
    "a cohort of 2019 adults took part",
    "room 1984 on the top floor",
    "a 1990 survey found",                     # a year as an adjective is left alone
])
def test_look_alikes_left_alone(lex, text):
    assert times(lex, text) == []


def test_timestamp_is_one_span(lex):
    assert times(lex, "Error at 2023-11-05T08:15:30+00:00 again") == ["2023-11-05T08:15:30+00:00"]


def test_date_of_birth_still_a_dob_not_a_time(lex):
    sigs = Analysis(PostDoc("Label said DOB 03/04/1941 on the form"), lex).signals
    assert [s.kind for s in sigs if s.kind in ("dob", "time")] == ["dob"]


def test_a_year_is_a_weak_detail(lex):
    sig = [s for s in Analysis(PostDoc("He was in the pit collapse in 1984 when he was 19"), lex).signals
           if s.kind == "time"]
    assert [(s.text, s.attr("precision")) for s in sig] == [("1984", "year")]


def test_a_year_alone_does_not_make_own_news_a_finding():
    from postcheck.api import Checker

    r = Checker().check("I qualified in 2009 and moved to Leeds in 2015, best decision ever")
    assert [f for f in r.findings if "5.1" in f.standards and f.severity != "info"] == []
