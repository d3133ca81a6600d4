"""The per-standard conduct model (rules *190): loading, scoring and how the engine uses it."""

from __future__ import annotations

import base64
import json
from array import array

import pytest

from postcheck import Checker
from postcheck.engine.analyze import Settings
from postcheck.models import load
from postcheck.models.textmodel import MultiLinearModel, featurise

CLASSES = ["1.6", "1.9", "1.10", "1.11", "1.12", "2.10", "2.11", "9.1", "9.3"]
MODEL_CODES = {"D190": "1.6", "B190": "1.9", "B191": "1.10", "B192": "1.11", "B193": "1.12", "M190": "2.10",
               "A190": "2.11", "T190": "9.1", "P190": "9.3"}


def _tiny_model(weights: dict[str, float], bias=-1.0, threshold=0.5, bits=18):
    """A one-class model whose weights sit on the hashed features of the given words."""
    idx, q = [], []
    for word, w in weights.items():
        for i in featurise(word, bits):
            idx.append(i)
            q.append(int(w))
    order = sorted(range(len(idx)), key=idx.__getitem__)
    ia = array("I", [idx[k] for k in order])
    wa = array("b", [q[k] for k in order])
    return MultiLinearModel({"name": "tiny", "bits": bits, "classes": {"x": {
        "bias": bias, "scale": 1.0, "threshold": threshold,
        "indices_b64": base64.b64encode(ia.tobytes()).decode(),
        "weights_int8_b64": base64.b64encode(wa.tobytes()).decode()}}})


def test_multi_model_scores_with_sparse_weights():
    m = _tiny_model({"gorgeous": 5})
    assert m.score("gorgeous", "x") > 0.9
    assert m.score("the weather today", "x") < 0.3  # no weighted feature: bias alone
    assert m.score_indices((), "x") == 0.0


def test_multi_model_rejects_mismatched_weights():
    ia = array("I", [1, 2])
    wa = array("b", [3])
    with pytest.raises(ValueError, match="indices"):
        MultiLinearModel({"name": "bad", "bits": 18, "classes": {"x": {
            "bias": 0, "scale": 1, "indices_b64": base64.b64encode(ia.tobytes()).decode(),
            "weights_int8_b64": base64.b64encode(wa.tobytes()).decode()}}})


def test_featurise_is_cached_and_stable():
    a = featurise("one post about a shift", 18)
    assert a is featurise("one post about a shift", 18)  # cached: models share one featurisation
    assert isinstance(a, tuple) and list(a) == sorted(set(a))


def test_shipped_standards_model_covers_every_standard():
    m = load("standards")
    if m is None:
        pytest.skip("standards model not installed")
    assert sorted(m.classes, key=lambda s: [int(x) for x in s.split(".")]) == CLASSES
    for cls in CLASSES:
        assert 0.3 <= m.thresholds[cls] < 1
        assert m.score("Lovely sunny walk with the dog this morning", cls) < m.thresholds[cls]


def test_every_model_rule_names_a_class_of_the_model():
    pack_rules = Checker().engine.pack.rules
    for code, std in MODEL_CODES.items():
        rule = pack_rules[code]
        assert rule.detect["kind"] == "standard-model" and str(rule.detect["standard"]) == std
        assert std in rule.standards


def test_model_rule_stays_silent_where_a_rule_already_cites_the_standard():
    # A113-style blunt insult: M101 cites 2.10, so M190 must not add a second, vaguer finding
    res = Checker().check("@dave_physio you are a useless idiot and everyone knows it")
    codes = {f.code for f in res.findings}
    assert "M101" in codes or "M105" in codes
    assert "M190" not in codes


def test_model_rule_span_is_the_sentence_that_carries_the_breach():
    ch = Checker(settings=Settings(select=("B193",)))
    text = "Lovely weather on my walk in today. Slipped my number to the hot dad from clinic, fingers crossed 😏"
    res = ch.check(text)
    if not res.findings:
        pytest.skip("the shipped model does not flag this wording")
    f = res.findings[0]
    assert f.text.startswith("Slipped my number") and f.start == text.index("Slipped")
    assert "standard=1.12" in f.evidence


def test_packed_scores_equal_per_class_scores():
    m = load("standards")
    if m is None:
        pytest.skip("standards model not installed")
    for text in ["added my patient on facebook, we chat every night now 😊", "Great CPD session today",
                 "the flu jab gives you flu, don't let your kids have it", "x"]:
        idx = featurise(text, m.bits, m.chars)
        packed = m.score_all(idx)
        for cls in m.classes:
            assert packed[cls] == pytest.approx(m.score_indices(idx, cls), abs=1e-9)


def test_model_finding_does_not_hide_the_identifiers_inside_it():
    # a whole-sentence model finding must leave the precise confidentiality spans in place
    from postcheck.engine.analyze import Engine
    from postcheck.model.finding import Finding

    broad = Finding("B190", "x", ("1.9",), "high", 0.7, 0, 60, "s" * 60, "m", "e")
    name = Finding("C110", "patient-name", ("5.1",), "high", 0.9, 10, 19, "Mrs Jones", "m", "e")
    kept = Engine._resolve([broad, name], frozenset({"B190"}))
    assert {f.code for f in kept} == {"B190", "C110"}
    assert {f.code for f in Engine._resolve([broad, name])} == {"B190"}  # an ordinary longer finding does
