"""Claim patterns compile on first use (cold start); every shipped one must still compile, and a
broken one must fail with a one-line PackError naming claims.yaml and the claim."""

from __future__ import annotations

import pytest

from postcheck.detectors.conduct_claims import ClaimBase
from postcheck.errors import PackError
from postcheck.pack.loader import default_pack, load_yaml


def _shipped():
    pack = default_pack()
    return load_yaml(pack.root / "data" / "claims.yaml"), load_yaml(pack.root / "data" / "domains.yaml")


def test_every_shipped_claim_pattern_compiles():
    claims, domains = _shipped()
    kb = ClaimBase(claims, domains)
    kb.validate()
    assert len(kb.claims) > 50


def test_a_broken_claim_pattern_names_the_claim():
    claims = {"claims": [{"id": "broken-one", "topic": "t", "claim": "c", "position": "p", "source": "s",
                          "patterns": ["(unclosed"]}]}
    kb = ClaimBase(claims, {})  # loading is lazy ...
    with pytest.raises(PackError) as err:
        kb.validate()  # ... the first compile names the file and the claim
    assert "claims.yaml" in str(err.value) and "broken-one" in str(err.value)
