"""The audit pipeline: what is stored, reposts, date filters, re-runs, resume after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from conftest import EXAMPLE, FINE, RISKY, RISKY2

from postcheck.audit.pipeline import AuditOptions, Auditor, texts_to_check
from postcheck.audit.pool import SHARED_PREFIX, InlinePool, check_task
from postcheck.model.post import Post
from postcheck.report.audit_files import post_record
from postcheck.store import open_store


def _audit(paths, store=None, **kw):
    own = store is None
    store = store or open_store()
    try:
        auditor = Auditor(store, AuditOptions(**kw))
        results = auditor.run([[str(p)] for p in paths])
        records = {}
        for r in results:
            if r.run_id:
                records[r.run_id] = [post_record(p, f, auditor.pack) for p, f in store.iter_run_posts(r.run_id)]
        return results, records
    finally:
        if own:
            store.close()


def test_example_archive_is_audited_ranked_and_stored():
    (res,), records = _audit([EXAMPLE])
    assert res.status == "done" and res.platform == "x"
    assert res.counters["items"] == 11 and res.counters["checked"] == 11
    posts = records[res.run_id]
    ids = [p["id"] for p in posts]
    assert ids[:2] == ["x:1790000000000000003", "x:1790000000000000004"]
    assert not {"x:1790000000000000001", "x:1790000000000000002"} & set(ids)  # harmless posts
    from postcheck.audit.ranking import post_rank, reach
    keys = [(*post_rank(p["findings"]), reach(p["audience"], p["platform"])) for p in posts]
    assert keys == sorted(keys, reverse=True)  # most serious first
    first = posts[0]
    assert first["url"] == "https://x.com/sam_paramedic/status/1790000000000000003"
    assert first["created_at"].startswith("2024-05-03T23:10")
    assert first["audience"] == "public" and first["kind"] == "post"
    assert first["source_file"] == "data/tweets.js"
    assert {f["code"] for f in first["findings"]} >= {"C110", "C201", "C202", "C203"}
    assert all(f["explanation"] and f["fingerprint"] and f["new"] for f in first["findings"])
    assert res.summary["first_audit"] and res.summary["new"] == sum(len(p["findings"]) for p in posts)


def test_only_posts_with_findings_are_stored():
    (res,), records = _audit([EXAMPLE])
    store = open_store()
    keys = [r[0] for r in store.conn.execute("SELECT post_key FROM posts")]
    store.close()
    assert sorted(keys) == sorted(p["id"] for p in records[res.run_id])
    assert len(keys) < res.counters["checked"]


def test_repost_findings_are_endorsement_one_step_lower():
    InlinePool(None, None)
    ctx = ("x", "personal", "public", None)
    own = check_task(("x:1", [("text", RISKY)], ctx, 0))
    shared = check_task(("x:2", [("shared_text", RISKY)], ctx, 1))
    quoted = check_task(("x:3", [("text", "So true"), ("shared_text", RISKY)], ctx, 2))
    sev = {w["code"]: w["severity"] for *_, w in own[3]}
    for _, _, _, w in shared[3]:
        assert w["message"].startswith(SHARED_PREFIX) and w["part"] == "shared_text"
        lower = {"high": "medium", "medium": "low", "low": "low", "info": "info"}[sev[w["code"]]]
        assert w["severity"] == lower
        assert w["fix"] is None
    for _, _, _, w in quoted[3]:
        if w.get("part") == "shared_text":
            assert w["severity"] == sev[w["code"]]  # they added words: no step down
            assert w["message"].startswith("You shared")


def test_texts_to_check_takes_own_words_parts_and_shared_text():
    p = Post("x:1", "x", "repost", "", shared_text=RISKY, parts=(("alt_text", "a photo"), ("website", "https://e.org")))
    parts, mode = texts_to_check(p)
    assert parts == [("alt_text", "a photo"), ("shared_text", RISKY)] and mode == 1
    q = Post("x:2", "x", "quote", "my words", shared_text=RISKY)
    assert texts_to_check(q)[1] == 2
    assert texts_to_check(Post("m:1", "mastodon", "repost", ""))[0] == []


def test_retweet_in_an_archive_is_checked_as_shared(make_x):
    z = make_x("rt", [(1, "RT @someone: " + RISKY)])
    (res,), records = _audit([z])
    (post,) = records[res.run_id]
    assert post["kind"] == "repost" and post["parts"]["shared_text"]
    assert all(f["part"] == "shared_text" and f["message"].startswith("You shared")
               for f in post["findings"])
    assert "high" not in {f["severity"] for f in post["findings"]}


def test_date_filters(make_x):
    z = make_x("dates", [(1, RISKY), (2, RISKY2), (3, FINE)])  # months 02, 03, 04 of 2023
    (res,), records = _audit([z], since=datetime(2023, 3, 1, tzinfo=timezone.utc),
                             until=datetime(2023, 4, 1, tzinfo=timezone.utc))
    assert res.counters["date_filtered"] == 2 and res.counters["checked"] == 1
    assert [p["id"] for p in records[res.run_id]] == ["x:1700000000000000002"]


def test_rerun_keeps_decisions_shows_new_and_flags_deleted_still_there(make_x):
    old = make_x("twitter-2023", [(1, RISKY), (2, RISKY2), (3, FINE)])
    store = open_store()
    (r1,), rec1 = _audit([old], store)
    by_post = {p["id"]: p for p in rec1[r1.run_id]}
    fp_deleted = by_post["x:1700000000000000001"]["findings"][0]["fingerprint"]
    fp_kept = by_post["x:1700000000000000002"]["findings"][0]["fingerprint"]
    store.decide(fp_deleted, "deleted")
    store.decide(fp_kept, "keep", "consented")
    # the same file again: nothing new, nothing "still there"
    (r2,), _ = _audit([old], store)
    assert r2.summary["new"] == 0 and r2.summary["still_there"] == 0
    # a newer export: the deleted post is still in it, one risky post is new
    newer = make_x("twitter-2024", [(1, RISKY), (2, RISKY2), (4, "Went back to see Mrs Alice Brown (91) on Ward 3 today")])
    (r3,), rec3 = _audit([newer], store)
    assert r3.summary["still_there"] == 1
    new_posts = {p["id"] for p in rec3[r3.run_id] if any(f["new"] for f in p["findings"])}
    assert new_posts == {"x:1700000000000000004"}
    flagged = [f for p in rec3[r3.run_id] for f in p["findings"] if f.get("still_there")]
    assert [f["fingerprint"] for f in flagged] == [fp_deleted]
    decisions = {d.fingerprint: (d.action, d.reason) for d in store.decisions()}
    assert decisions == {fp_deleted: ("deleted", None), fp_kept: ("keep", "consented")}
    queue = store.review_queue()
    assert fp_deleted in {i.fingerprint for i in queue if i.still_there}
    assert fp_kept not in {i.fingerprint for i in queue}
    store.close()


def test_edited_post_in_newer_export_drops_its_old_findings_from_review(make_x):
    store = open_store()
    _audit([make_x("a", [(1, RISKY)])], store)
    assert store.review_queue()
    _audit([make_x("b", [(1, FINE)])], store)
    assert store.review_queue() == []
    store.close()


def test_process_pool_gives_the_same_records_as_inline():
    (a,), ra = _audit([EXAMPLE], workers=1)
    import shutil
    shutil.rmtree(Path(os.environ["POSTCHECK_HOME"]))
    (b,), rb = _audit([EXAMPLE], workers=2, chunk_size=2)
    strip = lambda recs: [{**p, "findings": [{k: v for k, v in f.items() if k != "new"} for f in p["findings"]]}
                          for p in recs]
    assert strip(ra[a.run_id]) == strip(rb[b.run_id])


CRASH = r"""
import sys
from postcheck.cli.app import main
sys.exit(main(sys.argv[1:]))
"""


def _many(make_x, n=60):
    items = [(i, RISKY if i % 3 == 0 else (RISKY2 if i % 3 == 1 else FINE)) for i in range(1, n + 1)]
    return make_x("big", items)


def test_killed_audit_resumes_and_loses_no_decision(make_x, tmp_path):
    z = _many(make_x)
    home = os.environ["POSTCHECK_HOME"]
    env = dict(os.environ, POSTCHECK_HOME=home)
    # a first complete audit of another export, and a decision about it
    first = make_x("earlier", [(1, RISKY)])
    store = open_store()
    (r0,), rec0 = _audit([first], store)
    fp = rec0[r0.run_id][0]["findings"][0]["fingerprint"]
    store.decide(fp, "keep", "consented")
    store.close()
    args = [sys.executable, "-c", CRASH, "audit", str(z), "--workers", "1", "--batch-size", "10",
            "--chunk-size", "5", "--progress", "never"]
    killed = subprocess.run(args, env=dict(env, POSTCHECK_TEST_KILL_AFTER_BATCHES="2"),
                            capture_output=True, text=True)
    assert killed.returncode == -9
    store = open_store()
    (run,) = [r for r in store.list_runs() if r.status == "running"]
    assert 0 < run.checkpoint < 60
    store.close()
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert f"resumed an interrupted audit from item {run.checkpoint}" in done.stdout
    store = open_store()
    final = store.get_run(run.run_id)
    assert final.status == "done" and final.checkpoint == 60
    assert final.counters["items"] == 60 and final.counters["checked"] == 60
    resumed = [post_record(p, f, _pack()) for p, f in store.iter_run_posts(run.run_id)]
    assert {d.fingerprint: d.action for d in store.decisions()} == {fp: "keep"}
    store.close()
    # the resumed result equals an uninterrupted audit
    import shutil
    shutil.rmtree(home)
    (clean,), rec = _audit([z])
    strip = lambda recs: [{**p, "findings": [{k: v for k, v in f.items() if k != "new"} for f in p["findings"]]}
                          for p in recs]
    assert strip(resumed) == strip(rec[clean.run_id])
    assert len(resumed) == 40


def _pack():
    from postcheck.pack.loader import default_pack

    return default_pack()


def test_a_limit_hit_while_reading_keeps_what_was_read(gen, tmp_path):
    from postcheck.importers import Limits

    tweets = [gen.tweet(str(1700000000000000000 + i), "2023-09-09 08:00:00", f"{RISKY} number {i} " + "x" * 300)
              for i in range(400)]
    folder = gen.x_archive(tmp_path / "x", tweets=tweets)
    z = gen.zip_dir(folder, tmp_path / "x.zip")
    (res,), records = _audit([z], limits=Limits(max_total_bytes=400_000))
    assert res.status == "stopped" and res.error.startswith("PC-E115")
    got = len(records[res.run_id])
    assert 0 < got < 400 and res.counters["items"] == got
    store = open_store()
    assert store.get_run(res.run_id).status == "stopped"
    store.close()
    (res2,), _ = _audit([z], limits=Limits(max_total_bytes=100))
    assert res2.status in ("unreadable", "stopped") and "PC-E115" in res2.error
