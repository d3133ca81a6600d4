"""Fingerprints are stable (no offsets, no versions) and ranking follows severity, confidence, reach."""

from __future__ import annotations


from postcheck.audit.fingerprint import archive_key, content_digest, fingerprint, normalise
from postcheck.audit.pool import InlinePool, check_task
from postcheck.audit.ranking import post_rank, reach, sort_key


def test_normalise_ignores_case_spacing_and_edge_punctuation():
    assert normalise("Ward  7,") == normalise("ward 7") == "ward 7"
    assert normalise("“Mrs Jones”") == "mrs jones"
    assert normalise("ＷＡＲＤ 7") == "ward 7"  # NFKC folds full-width letters


def test_fingerprint_depends_on_rule_post_part_and_words_only():
    fp = fingerprint("hcpc", "C110", "x:1", "text", "Mrs Jones")
    assert fp == fingerprint("hcpc", "c110", "x:1", "text", "mrs  JONES")
    assert len(fp) == 32
    others = {fingerprint("hcpc", "C201", "x:1", "text", "Mrs Jones"),
              fingerprint("hcpc", "C110", "x:2", "text", "Mrs Jones"),
              fingerprint("hcpc", "C110", "x:1", "alt_text", "Mrs Jones"),
              fingerprint("hcpc", "C110", "x:1", "text", "Mr Jones"),
              fingerprint("other", "C110", "x:1", "text", "Mrs Jones")}
    assert fp not in others and len(others) == 5


def test_same_finding_at_another_offset_keeps_its_fingerprint():
    from postcheck.audit.pool import _STATE

    InlinePool(None, None)  # builds this process's checker
    ctx = ("x", "personal", "public", None)
    a = check_task(("x:9", [("text", "Mrs Dorothy Jones (82) on Ward 7 was lovely")], ctx, 0))
    b = check_task(("x:9", [("text", "Tonight, after a long shift, Mrs Dorothy Jones (82) on Ward 7 "
                                     "was lovely")], ctx, 0))
    fa = {w["code"] + w["text"]: fp for fp, _, _, w in a[3]}
    fb = {w["code"] + w["text"]: fp for fp, _, _, w in b[3]}
    shared = set(fa) & set(fb)
    assert "C110Mrs Dorothy Jones" in shared
    assert all(fa[k] == fb[k] for k in shared)
    starts = {w["code"]: w["start"] for _, _, _, w in b[3]}
    assert starts["C110"] > 0  # it did move
    assert _STATE["pack_id"] == "hcpc"


def test_archive_key_is_the_resolved_paths(tmp_path, monkeypatch):
    f = tmp_path / "a.zip"
    f.write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    assert archive_key(["a.zip"]) == archive_key([str(f)])
    assert archive_key([str(f)]) != archive_key([str(tmp_path / "b.zip")])
    assert archive_key([f, tmp_path / "b.zip"]) == archive_key([tmp_path / "b.zip", f])


def test_content_digest_changes_with_members():
    class M:
        def __init__(self, name, size):
            self.name, self.size = name, size

    a = content_digest("x", [M("data/tweets.js", 10), M("data/account.js", 5)])
    assert a == content_digest("x", [M("data/account.js", 5), M("data/tweets.js", 10)])
    assert a != content_digest("x", [M("data/tweets.js", 11), M("data/account.js", 5)])


def test_reach_puts_public_professional_first_and_direct_with_public():
    assert reach("public", "linkedin") == 3
    assert reach("public", "x", "professional") == 3
    assert reach("public", "x") == reach("direct", "x") == 2
    assert reach("friends", "facebook") == reach("group", "facebook") == 1
    keys = sorted([(1, 0.9, 3), (3, 0.6, 1), (3, 0.95, 1), (3, 0.6, 2)], key=lambda k: sort_key(*k))
    assert keys == [(3, 0.95, 1), (3, 0.6, 2), (3, 0.6, 1), (1, 0.9, 3)]


def test_post_rank_is_worst_severity_then_its_confidence():
    assert post_rank([{"severity": "low", "confidence": 0.99},
                      {"severity": "high", "confidence": 0.6},
                      {"severity": "high", "confidence": 0.8}]) == (3, 0.8)
