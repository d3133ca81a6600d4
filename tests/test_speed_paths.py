"""The shortcuts taken for speed give exactly what the plain computation gives."""

from __future__ import annotations

import re
import zlib

import pytest

from postcheck.api import Checker
from postcheck.detectors import identity
from postcheck.detectors.identity import CaseGate, LoweredFinder
from postcheck.engine.doc import PhraseMatcher, PostDoc
from postcheck.models.textmodel import feature_ids, features, featurise

TEXTS = [
    "The only patient in the village with that condition, you know who you are",
    "Lovely chat with the former England striker on the ward today",
    "Yes, THAT celebrity came into clinic. Guess who!",
    "the lead singer of The Wombats was in resus last night",
    "Our club's new signing, the number 9, did his rehab with us",
    "Great CPD session on falls prevention today 🙂 #physio",
    "ſome text with a long s: the only ſister in the ſchool",      # IGNORECASE folds ſ to s
    "A dotless ı: the only one ın the class",                      # and ı to i
    "İstanbul trip: the only patient from İzmir",                   # lower-casing changes the length
    "ΣΊΣΥΦΟΣ and the only one in the UK",                          # final sigma
    "My neighbour’s scan results came back today",
    "",
]


@pytest.mark.parametrize("name", ["UNIQUE_RE", "NOTABLE_RE", "DEFINITE_PERSON_RE", "SPORT_ROLE_RE"])
def test_case_gates_never_hide_a_match(name):
    rx = getattr(identity, name)
    gate = CaseGate(rx)
    assert gate.gate is not None  # these four are gated
    for text in TEXTS:
        doc = PostDoc(text)
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in gate.finditer(doc)] == expected
        if expected:
            assert gate.possible(doc)


def test_gate_trusts_no_text_with_specially_folded_letters():
    rx = re.compile(r"\bsister\b", re.I)
    gate = CaseGate(rx)
    assert rx.search("my ſister")  # what IGNORECASE does
    assert gate.possible(PostDoc("my ſister"))
    assert not gate.possible(PostDoc("my brother"))
    finder = LoweredFinder(rx)
    for text in ("my ſister", "My SISTER and my Sister", "İ my sister"):
        assert [m.span() for m in finder.finditer(PostDoc(text))] == [m.span() for m in rx.finditer(text)]


def test_no_gate_for_mixed_case_ranges_or_case_sensitive_patterns():
    assert CaseGate(re.compile(r"[A-z]+ only", re.I)).gate is None   # [A-z] also holds [ \ ] ^ _ `
    assert CaseGate(re.compile(r"only [A-Z]\w+")).gate is None       # no IGNORECASE at all
    assert CaseGate(re.compile(r"only (?-i:[A-Z])\w+", re.I)).gate is not None


def test_lowered_finder_gives_the_same_spans_and_groups():
    rx = re.compile(r"\b(?:bed|bay)\s*(\d+)|(?P<ward>ward \w+)", re.I)
    finder = LoweredFinder(rx)
    assert finder.lowered
    for text in ("Bed 4, BAY 2 and Ward Seven", "bed ſ and Ward 7", "no match here", "İ bed 9"):
        got = [(m.span(), m.regs) for m in finder.finditer(PostDoc(text))]
        assert got == [(m.span(), m.regs) for m in rx.finditer(text)]


def test_pack_pattern_rules_run_through_lowered_finders():
    engine = Checker().engine
    for code, finders in engine._finders.items():
        for finder, rx, _score in finders:
            assert finder is not None and finder.rx is rx
            for text in TEXTS:
                got = [m.span() for m in finder.finditer(PostDoc(text))]
                assert got == [m.span() for m in rx.finditer(text)], (code, text)


def test_cached_model_features_equal_the_featuriser():
    # featurise is built from the per-word cache, so compare with hashing features() directly,
    # with and without character n-grams (the standards model uses word n-grams only)
    for text in TEXTS + ["h8 m*slims!!! soooo baaad @someone https://x.y/z", "w o m e n are 3vil"]:
        for bits in (16, 18, 20):
            mask = (1 << bits) - 1
            for chars in (True, False):
                plain = {zlib.crc32(f.encode("utf-8")) & mask for f in features(text, chars)}
                assert feature_ids(text, bits, chars) == plain
                assert featurise(text, bits, chars) == tuple(sorted(plain))
            assert featurise(text, bits) == featurise(text, bits, True)


def test_phrase_matcher_with_and_without_a_wildcard_first_word():
    plain = PhraseMatcher({"the patient": {"a": "1"}, "patient": {"a": "2"}, "bed 4": {"a": "3"}})
    doc = PostDoc("The patient in bed 4 saw another patient")
    assert [(m.term, m.first, m.last) for m in plain.find(doc)] == [
        ("the patient", 0, 1), ("bed 4", 3, 4), ("patient", 7, 7)]
    wild = PhraseMatcher({"physio*": {}, "the patient": {}})
    doc = PostDoc("Physiotherapy for the patient, physios rock")
    assert [(m.term, m.first, m.last) for m in wild.find(doc)] == [
        ("physio*", 0, 0), ("the patient", 2, 3), ("physio*", 4, 4)]


def test_phone_numbers_need_ten_digits_in_the_post():
    checker = Checker()
    found = checker.check("Ring Mrs Jones's daughter on 07700 900123 about her discharge from the ward")
    assert [(f.code, f.text) for f in found.findings if f.name == "phone-number"] == [("C106", "07700 900123")]
    short = checker.check("Ring Mrs Jones's daughter on 07700 900 about her discharge from the ward")
    assert [f.code for f in short.findings] == ["C110"]


def test_batch_workers_inherit_the_parents_warmed_checker():
    import multiprocessing

    from postcheck.cli import app

    checker = Checker()
    try:
        ctx = app._pool_context(checker)
        if "fork" not in multiprocessing.get_all_start_methods():
            assert ctx is None
            return
        if ctx is None:  # another thread is running (fork is not used then)
            return
        assert ctx.get_start_method() == "fork" and app._WORKER["inherited"] is checker
        app._worker_init(None, checker.engine.settings, "low", "jsonl", False, False, None, False)
        assert app._WORKER["checker"] is checker
        other = checker.engine.settings.__class__(select=("C",))
        app._worker_init(None, other, "low", "jsonl", False, False, None, False)
        assert app._WORKER["checker"] is not checker and app._WORKER["checker"].engine.settings == other
    finally:
        import gc

        app._WORKER.clear()
        gc.unfreeze()


def test_no_gate_where_lower_casing_the_pattern_could_change_it():
    assert CaseGate(re.compile("caf\u00c9|x", re.I)).gate is not None      # a literal É is lowered with the rest
    assert CaseGate(re.compile("caf\\u00C9|x", re.I)).gate is None         # É written as a code is not
    assert CaseGate(re.compile("\\x41bc", re.I)).gate is None
    assert CaseGate(re.compile("(?P<Who>mrs) jones", re.I)).gate is None
    assert CaseGate(re.compile("caf\u00e9", re.I | re.ASCII)).gate is None
    assert CaseGate(re.compile("(a)\\1", re.I)).gate is None                # a back-reference
    for rx, texts in ((re.compile("caf\u00c9 \\w+", re.I), ("CAF\u00c9 Nero", "caf\u00e9 bar")),
                      (re.compile("\\bMr\\.? (?:[A-Z]\\w+)", re.I), ("MR. SMITH and mr jones",))):
        finder = LoweredFinder(rx)
        assert finder.lowered
        for text in texts:
            assert [m.span() for m in finder.finditer(PostDoc(text))] == [m.span() for m in rx.finditer(text)] != []
