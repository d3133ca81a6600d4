"""Conduct checks (issue 4): guards, context, models, knowledge base and fixtures.

Every test here runs without ../shared; the benchmark (benchmarks/conduct.py) is where the
external yardsticks are measured.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postcheck.detectors.conduct_text import Vocabulary, canonical_tokens
from postcheck.models import load
from postcheck.models.textmodel import featurise

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quality" / "standards"
from conduct_helpers import CHECKER, cites as _cites  # noqa: E402  (one checker for the conduct tests)


@pytest.mark.parametrize("text", [
    "I hate immigrants.",
    "Muslims are nothing but vermin",
    "Trans women will never be real women",
    "I will kill every gay person I see",
    "Disabled people should be locked up",
    "Why are women so useless at everything?",
    "I met some refugees yesterday. They are parasites.",
])
def test_conduct_hate_flags_hateful_statements(text):
    assert _cites(text, "1.6")


@pytest.mark.parametrize("text", [
    "I h4te imm1grants",        # leetspeak
    "I hate m*slims",           # masked letters
    "I h a t e women",          # spaced letters
    "womenare disgusting",      # run together
    "I hte refugees",           # dropped letter
])
def test_conduct_hate_sees_through_disguised_spellings(text):
    assert _cites(text, "1.6")


@pytest.mark.parametrize("text", [
    "Saying 'immigrants are vermin' is racist and I reported it",
    "It is not true that disabled people are a burden",
    "Women are not inferior to men",
    "I don't hate anyone for their religion",
    "I love working with our Muslim colleagues",
    "As a proud dyke I'm glad our trust has an LGBT network",
    "Faggots and peas for tea tonight",
    "Quick fag break then back to resus",
    "You are a disgusting idiot",      # abusive, but not about a protected group
    "I hate bananas",
    "We are a group of gay nurses and we run the Pride stall",
])
def test_conduct_hate_leaves_counter_speech_reclaimed_and_neutral_alone(text):
    assert not _cites(text, "1.6")


def test_conduct_civility_is_stricter_on_a_professional_account():
    text = "My manager is a clueless idiot"
    personal = CHECKER.check(text, {"account": "personal"})
    professional = CHECKER.check(text, {"account": "professional"})
    sev = [next(f.severity for f in r.findings if f.code == "M101") for r in (personal, professional)]
    assert sev == ["medium", "high"]
    assert personal.verdict == "review" and professional.verdict == "problem"


def test_conduct_own_swearing_is_only_a_tip_on_a_personal_account():
    personal = CHECKER.check("What a fucking shift", {"account": "personal"})
    assert personal.verdict == "ok"
    assert any(f.code == "M201" and f.severity == "info" for f in personal.findings)
    professional = CHECKER.check("What a fucking shift", {"account": "professional"})
    assert any(f.code == "M201" and f.severity == "low" for f in professional.findings)


def test_conduct_booking_by_dm_is_fine_on_a_professional_account():
    text = "DM me to book a physio session"
    assert any(f.code == "B102" and f.severity != "info" for f in CHECKER.check(text, {"account": "personal"}).findings)
    assert CHECKER.check(text, {"account": "professional"}).verdict == "ok"


@pytest.mark.parametrize("text,ok", [
    ("Garlic cures coronavirus", False),
    ("There is no evidence that garlic cures coronavirus", True),
    ("Does garlic cure coronavirus?", True),
    ("Myth: the MMR vaccine causes autism. It doesn't.", True),
    ("The MMR vaccine causes autism", False),
    ("Alcohol-based hand sanitiser kills the virus on your hands", True),
    ("Don't stop taking your statins without talking to your GP", True),
    # reporting research, including harms of an unproven treatment, is accurate, not a claim
    ("Patients with covid who were treated with ivermectin were more likely to die in the trial", True),
    ("Using chloroquine on its own as a covid treatment is associated with a higher risk of death", True),
    ("Ivermectin cures covid, my mate took it and was fine in a day", False),
    # "con" inside a longer word is not "covid is a con"
    ("The covid rate in care homes was consistent across the region", True),
    ("Covid is a con to control us", False),
    # describing who does not vaccinate is not advice
    ("Areas where people don't vaccinate saw more measles cases last year", True),
    ("Countries that do not vaccinate against TB had more cases", True),
    ("Don't vaccinate your kids, it's not worth the risk", False),
])
def test_conduct_claims_respect_negation_debunking_and_questions(text, ok):
    assert _cites(text, "2.11") is (not ok)


def test_conduct_claim_finding_names_its_source():
    res = CHECKER.check("5G masts spread covid")
    f = next(f for f in res.findings if f.code == "A101")
    assert any(e.startswith("source=https://www.gov.uk/") for e in f.evidence)
    assert any(e == "claim=covid-5g" for e in f.evidence)


def test_conduct_claims_and_domains_have_provenance(pack):
    from postcheck.pack.loader import load_yaml

    claims = load_yaml(pack.root / "data" / "claims.yaml")
    for c in claims["claims"]:
        assert c["source"].startswith("https://") and c["position"] and c["checked"], c["id"]
        assert any(host in c["source"] for host in ("nhs.uk", "gov.uk", "nice.org.uk", "cancerresearchuk.org",
                                                     "ons.gov.uk", "who.int")), c["id"]
        if "who.int" in c["source"]:
            assert c.get("source_title", "").startswith("WHO"), c["id"]
    domains = load_yaml(pack.root / "data" / "domains.yaml")
    for d in domains["low_credibility"]:
        assert d["source"].startswith("https://") and d["category"], d["domain"]


def test_conduct_repost_tip_is_info_only():
    res = CHECKER.check("RT @nhsengland: flu jabs are available now")
    assert res.verdict == "ok" and any(f.code == "G102" and f.severity == "info" for f in res.findings)


def test_conduct_canonical_tokens_keep_original_offsets(pack):
    from postcheck.detectors.conduct import resources

    res = resources(pack.rules["D101"], type("A", (), {"lex": type("L", (), {"common_words": set()})()})())
    text = "I h4te w o m e n!"
    toks = canonical_tokens(text, res.vocab)
    assert [t.norm for t in toks][:3] == ["i", "hate", "women"]
    women = toks[2]
    assert text[women.start:women.end] == "w o m e n"


def test_conduct_vocabulary_never_repairs_into_ordinary_words():
    vocab = Vocabulary({"hate", "women"}, {"hat", "ate", "omen"}, set())
    assert "hat" not in vocab.variants and "ate" not in vocab.variants and "omen" not in vocab.variants
    assert vocab.variants.get("hte") == "hate"


def test_conduct_models_load_and_score_in_pure_python():
    hate, abuse = load("hate"), load("abuse")
    if hate is None or abuse is None:
        pytest.skip("model files not installed")
    assert 0.5 < hate.threshold < 1 and 0.0 < abuse.threshold < 1
    assert hate.score("Immigrants are vermin and should be sent back") > hate.score("Immigrants work in the NHS")
    assert abuse.score("You are a vile disgusting excuse for a human being") > 0.9
    assert featurise("same text", 18) == featurise("same text", 18)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.jsonl")), ids=lambda p: p.stem)
def test_conduct_fixture_recall_and_false_flags(path):
    standard = path.stem
    flag = ok = hit = false = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        got = _cites(item["text"], standard, item.get("context"))
        if item["label"] == "flag":
            flag += 1
            hit += got
        else:
            ok += 1
            false += got
    assert hit / flag >= 0.85, f"{standard}: recall {hit}/{flag}"
    assert false / ok <= 0.08, f"{standard}: false flags {false}/{ok}"

