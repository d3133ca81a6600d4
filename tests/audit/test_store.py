"""The SQLite store: private files, WAL, migrations, one transaction per decision, forgetting."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from postcheck.errors import StoreError
from postcheck.store import ArchiveRef, Store, StoredFinding, StoredPost
from postcheck.store.migrations import LATEST
from postcheck.store.sqlite import SQLiteStore


def _post(key="x:1", text="Mrs Jones on Ward 7"):
    return StoredPost(key, "x", "post", "2023-01-01T00:00:00+00:00", f"https://x.com/u/status/{key[2:]}",
                      None, "public", None, "sam", "data/tweets.js", [["text", text]], "problem", None,
                      [], 3, 0.95, 2)


def _finding(fp, key="x:1", code="C110", sev=3):
    return StoredFinding(fp, key, code, sev, 0.95, 2, 0,
                         {"code": code, "name": "n", "standards": ["5.1"], "severity": "high",
                          "confidence": 0.95, "start": 0, "end": 9, "text": "Mrs Jones",
                          "message": "m", "fix": None})


def _run(store, key="k1", digest="d1", settings="s1"):
    return store.begin_run(ArchiveRef(key, "x", f"{key}.zip", (f"/tmp/{key}.zip",)),
                           content_digest=digest, settings_key=settings, options={})


def test_store_is_the_abstract_interface():
    with pytest.raises(TypeError):
        Store()  # abstract
    assert issubclass(SQLiteStore, Store)


def test_files_are_private_wal_and_migrated(tmp_path):
    path = tmp_path / "data" / "audit.sqlite3"
    s = SQLiteStore(path)
    run = _run(s)
    s.save_batch(run.run_id, [_post()], [_finding("fp1")], checkpoint=1, counters={"items": 1})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for side in ("-wal", "-shm"):
        p = path.with_name(path.name + side)
        if p.exists():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.schema_version == LATEST
    s.close()
    # reopening does not re-run migrations and keeps the data
    s2 = SQLiteStore(path)
    assert s2.get_run(run.run_id).checkpoint == 1
    s2.close()


def test_existing_loose_file_is_tightened(tmp_path):
    path = tmp_path / "audit.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    SQLiteStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_newer_schema_and_corrupt_files_are_one_line_errors(tmp_path):
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(StoreError) as exc:
        SQLiteStore(newer)
    assert str(exc.value).startswith("PC-E403") and "newer postcheck" in str(exc.value)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as exc:
        SQLiteStore(junk)
    assert str(exc.value).startswith("PC-E402") and "\n" not in str(exc.value)


def test_each_decision_is_committed_at_once(tmp_path):
    path = tmp_path / "audit.sqlite3"
    s = SQLiteStore(path)
    run = _run(s)
    s.save_batch(run.run_id, [_post()], [_finding("fp1"), _finding("fp2", code="C201")],
                 checkpoint=1, counters={})
    s.decide("fp1", "keep", "consented in writing")
    other = sqlite3.connect(path)  # another process's view: committed, not pending
    assert other.execute("SELECT action, reason FROM decisions").fetchall() == [("keep", "consented in writing")]
    s.decide("fp1", "deleted")  # a later decision replaces the earlier one
    assert other.execute("SELECT action FROM decisions").fetchall() == [("deleted",)]
    other.close()
    with pytest.raises(StoreError):
        s.decide("nope", "keep")
    with pytest.raises(StoreError):
        s.decide("fp2", "maybe")
    s.close()


def test_unfinished_run_resumes_only_for_same_content_and_settings(tmp_path):
    s = SQLiteStore(tmp_path / "s.sqlite3")
    r1 = _run(s)
    s.save_batch(r1.run_id, [], [], checkpoint=40, counters={"items": 40})
    again = _run(s)
    assert again.resumed and again.run_id == r1.run_id and again.checkpoint == 40
    assert again.counters == {"items": 40}
    changed = _run(s, digest="d2")
    assert not changed.resumed and changed.run_id != r1.run_id
    assert s.get_run(r1.run_id).status == "abandoned"
    s.finish_run(changed.run_id, status="done", counters={}, issues=[])
    assert not _run(s, digest="d2").resumed  # a finished run is never resumed
    s.close()


def test_forget_archive_keeps_decisions_another_archive_still_holds(tmp_path):
    s = SQLiteStore(tmp_path / "s.sqlite3")
    old = _run(s, key="old")
    s.save_batch(old.run_id, [_post("x:1"), _post("x:2")], [_finding("shared", "x:1"), _finding("only-old", "x:2")],
                 checkpoint=2, counters={})
    new = _run(s, key="new")
    s.save_batch(new.run_id, [_post("x:1")], [_finding("shared", "x:1")], checkpoint=1, counters={})
    s.decide("shared", "keep")
    s.decide("only-old", "delete")
    assert s.forget_archive("old") == [old.run_id]
    left = {d.fingerprint: d.action for d in s.decisions()}
    assert left == {"shared": "keep"}
    assert [r[0] for r in s.conn.execute("SELECT post_key FROM posts")] == ["x:1"]
    assert [a["key"] for a in s.archives()] == ["new"]
    s.forget_all()
    for table in ("posts", "findings", "decisions", "runs", "sightings", "archives", "me_names"):
        assert s.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    s.close()


def test_rule_stats_turn_not_a_problem_into_precision(tmp_path):
    s = SQLiteStore(tmp_path / "s.sqlite3")
    r = _run(s)
    fs = [_finding(f"a{i}", code="C110") for i in range(4)] + [_finding("b", code="C201")]
    s.save_batch(r.run_id, [_post()], fs, checkpoint=1, counters={})
    s.decide("a0", "not_a_problem")
    s.decide("a1", "keep")
    s.decide("a2", "delete")
    stats = {row["code"]: row for row in s.rule_stats()}
    assert stats["C110"] == {"code": "C110", "found": 4, "reviewed": 3, "not_a_problem": 1,
                             "precision": 0.667}
    assert stats["C201"]["precision"] is None
    s.close()


def test_me_names_are_remembered_per_platform(tmp_path):
    s = SQLiteStore(tmp_path / "s.sqlite3")
    s.remember_me("whatsapp", "*", ["Sam"])
    s.remember_me("whatsapp", "chat-1", ["Sam", "Samantha"])
    assert s.known_me("whatsapp") == ["Sam", "Samantha"]
    assert s.known_me("x") == []
    s.close()
