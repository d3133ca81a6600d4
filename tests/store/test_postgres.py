"""The review store on PostgreSQL behaves as the SQLite one: the same behavioural tests run on
both (``any_store``), the same audit gives the same answers, reviewers deciding at once never
overwrite each other, old stores migrate forward, and failures are one-line errors.

A real PostgreSQL server is started for the session (see conftest.py); these tests skip when
none is installed.
"""

from __future__ import annotations

import io
import json
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from postcheck.errors import StoreError
from postcheck.store import ArchiveRef, BrowseQuery, DecisionConflict, StoredFinding, StoredPost, open_store
from postcheck.store.migrations import LATEST, MIGRATIONS, PG_MIGRATIONS

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "archives" / "twitter-2024-11-16-paramedic-example.zip"
W1 = ("--workers", "1", "--color", "never", "--progress", "never")


def _post(key="x:1", text="Mrs Jones on Ward 7", worst=3, created="2023-01-01T00:00:00+00:00"):
    return StoredPost(key, "x", "post", created, f"https://x.com/u/status/{key[2:]}",
                      None, "public", None, "sam", "data/tweets.js", [["text", text]], "problem", None,
                      ["a note"], worst, 0.95, 2)


def _finding(fp, key="x:1", code="C110", sev=3, conf=0.95, ordinal=0, standards=("5.1",)):
    return StoredFinding(fp, key, code, sev, conf, 2, ordinal,
                         {"code": code, "name": "n", "standards": list(standards), "severity": "high",
                          "confidence": conf, "start": 0, "end": 9, "text": "Mrs Jones",
                          "message": "m", "fix": None})


def _run(store, key="k1", digest="d1", settings="s1"):
    return store.begin_run(ArchiveRef(key, "x", f"{key}.zip", (f"/tmp/{key}.zip",)),
                           content_digest=digest, settings_key=settings, options={"o": 1})


def _count(store, table):
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def cli(capsys, monkeypatch):
    from postcheck.cli.app import main

    def run(*argv, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


# ------------------------------------------------------------------ the same behaviour on both

def test_schema_is_migrated_once_and_data_persists(any_store):
    s = any_store
    assert s.schema_version == LATEST
    run = _run(s)
    s.save_batch(run.run_id, [_post()], [_finding("fp1")], checkpoint=1, counters={"items": 1})
    again = s.reopen()
    assert again.schema_version == LATEST
    assert again.get_run(run.run_id).checkpoint == 1
    assert again.get_run(run.run_id).options == {"o": 1}


def test_each_decision_is_committed_at_once_and_versioned(any_store):
    s = any_store
    run = _run(s)
    s.save_batch(run.run_id, [_post()], [_finding("fp1"), _finding("fp2", code="C201", ordinal=1)],
                 checkpoint=1, counters={})
    assert s.review_item("fp1").decision_version == 0
    assert s.decide("fp1", "keep", "consented in writing", by="alex") == 1
    other = s.reopen()  # another connection sees it committed, not pending
    assert [(d.action, d.reason, d.version, d.decided_by) for d in other.decisions()] == [
        ("keep", "consented in writing", 1, "alex")]
    assert s.decide("fp1", "deleted") == 2  # a later decision replaces the earlier one
    item = other.review_item("fp1")
    assert (item.decision, item.decision_version) == ("deleted", 2)
    with pytest.raises(StoreError):
        s.decide("nope", "keep")
    with pytest.raises(StoreError):
        s.decide("fp2", "maybe")


def test_stale_expected_version_is_a_conflict_and_changes_nothing(any_store):
    s = any_store
    run = _run(s)
    s.save_batch(run.run_id, [_post()], [_finding("fp1")], checkpoint=1, counters={})
    seen = s.review_item("fp1").decision_version          # both reviewers read version 0
    assert s.decide("fp1", "keep", "fine", expected_version=seen, by="alex") == 1
    with pytest.raises(DecisionConflict) as exc:
        s.reopen().decide("fp1", "delete", expected_version=seen, by="sam")
    msg = str(exc.value)
    assert msg.startswith("PC-E405") and "\n" not in msg
    assert "alex" in msg and "'keep'" in msg and "version 1" in msg
    assert exc.value.current == 1 and exc.value.by == "alex" and exc.value.at
    item = s.review_item("fp1")
    assert (item.decision, item.reason, item.decision_version, item.decided_by) == ("keep", "fine", 1, "alex")
    # with the version they now see, the second reviewer can decide
    assert s.decide("fp1", "delete", expected_version=1, by="sam") == 2


def test_two_reviewers_at_once_exactly_one_wins(any_store):
    s = any_store
    run = _run(s)
    s.save_batch(run.run_id, [_post()], [_finding(f"fp{i}", ordinal=i) for i in range(5)],
                 checkpoint=1, counters={})
    reviewers = [s.reopen(), s.reopen()]
    for i in range(5):
        fp = f"fp{i}"
        barrier = threading.Barrier(2)
        results: dict[str, object] = {}

        def review(name, store, action):
            barrier.wait()
            try:
                results[name] = store.decide(fp, action, expected_version=0, by=name)
            except DecisionConflict as exc:
                results[name] = exc

        threads = [threading.Thread(target=review, args=(n, st, a))
                   for n, st, a in (("alex", reviewers[0], "keep"), ("sam", reviewers[1], "delete"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        won = [n for n, r in results.items() if r == 1]
        lost = [r for r in results.values() if isinstance(r, DecisionConflict)]
        assert len(won) == 1 and len(lost) == 1, results
        assert lost[0].by == won[0]
        item = s.review_item(fp)
        assert item.decided_by == won[0] and item.decision_version == 1
        assert item.decision == {"alex": "keep", "sam": "delete"}[won[0]]


def test_unfinished_run_resumes_only_for_same_content_and_settings(any_store):
    s = any_store
    r1 = _run(s)
    s.save_batch(r1.run_id, [], [], checkpoint=40, counters={"items": 40})
    again = _run(s)
    assert again.resumed and again.run_id == r1.run_id and again.checkpoint == 40
    assert again.counters == {"items": 40}
    changed = _run(s, digest="d2")
    assert not changed.resumed and changed.run_id != r1.run_id
    assert s.get_run(r1.run_id).status == "abandoned"
    s.finish_run(changed.run_id, status="done", counters={}, issues=["one issue"])
    assert s.get_run(changed.run_id).issues == ["one issue"]
    assert not _run(s, digest="d2").resumed  # a finished run is never resumed


def test_forget_archive_keeps_decisions_another_archive_still_holds(any_store):
    s = any_store
    old = _run(s, key="old")
    s.save_batch(old.run_id, [_post("x:1"), _post("x:2")], [_finding("shared", "x:1"), _finding("only-old", "x:2")],
                 checkpoint=2, counters={})
    new = _run(s, key="new")
    s.save_batch(new.run_id, [_post("x:1")], [_finding("shared", "x:1")], checkpoint=1, counters={})
    s.decide("shared", "keep")
    s.decide("only-old", "delete")
    assert s.forget_archive("old") == [old.run_id]
    assert {d.fingerprint: d.action for d in s.decisions()} == {"shared": "keep"}
    assert [r[0] for r in s.conn.execute("SELECT post_key FROM posts").fetchall()] == ["x:1"]
    assert [a["key"] for a in s.archives()] == ["new"]
    assert s.forget_run("nope") == []
    assert s.forget_run(new.run_id) == [new.run_id]
    assert _count(s, "findings") == 0 and s.archives() == []
    again = _run(s, key="again")
    s.save_batch(again.run_id, [_post()], [_finding("fp")], checkpoint=1, counters={})
    s.remember_me("x", "*", ["Sam"])
    assert s.forget_all() == [again.run_id]
    for table in ("posts", "findings", "decisions", "runs", "sightings", "archives", "me_names"):
        assert _count(s, table) == 0


def test_rule_stats_turn_not_a_problem_into_precision(any_store):
    s = any_store
    r = _run(s)
    fs = [_finding(f"a{i}", code="C110", ordinal=i) for i in range(4)] + [_finding("b", code="C201", ordinal=4)]
    s.save_batch(r.run_id, [_post()], fs, checkpoint=1, counters={})
    s.decide("a0", "not_a_problem")
    s.decide("a1", "keep")
    s.decide("a2", "delete")
    stats = {row["code"]: row for row in s.rule_stats()}
    assert stats["C110"] == {"code": "C110", "found": 4, "reviewed": 3, "not_a_problem": 1,
                             "precision": 0.667}
    assert stats["C201"]["precision"] is None


def test_me_names_are_remembered_per_platform(any_store):
    s = any_store
    s.remember_me("whatsapp", "*", ["Sam"])
    s.remember_me("whatsapp", "chat-1", ["Sam", "Samantha"])
    assert s.known_me("whatsapp") == ["Sam", "Samantha"]
    assert s.known_me("x") == []


def test_newer_schema_is_refused(any_store, store_target):
    s = any_store
    if store_target.startswith("postgresql://"):
        s.conn.execute("UPDATE schema_version SET version = %s", (LATEST + 5,))
    else:
        s.conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    s.close()
    with pytest.raises(StoreError) as exc:
        open_store(store_target)
    assert str(exc.value).startswith("PC-E403") and "newer postcheck" in str(exc.value)


# ---------------------------------------------------------- the same answers as the SQLite store

def _scenario(s) -> dict:
    """Two archives, a re-audit, duplicates, decisions, a clean post: every read, normalised."""
    r1 = _run(s, key="a1")
    posts = [_post(f"x:{i}", f"text {i}", worst=i % 4, created=f"202{i % 3}-0{1 + i % 9}-01T00:00:00+00:00")
             for i in range(12)]
    findings = [_finding(f"f{i}-{j}", f"x:{i}", code=("C110", "C201", "C305")[(i + j) % 3],
                         sev=(i + j) % 4, conf=0.5 + (i % 5) / 10, ordinal=j,
                         standards=(("5.1",), ("2.12", "5.1"), ())[j % 3])
                for i in range(12) for j in range(1 + i % 3)]
    # a batch holding the same post and finding twice: the last one wins
    s.save_batch(r1.run_id, posts[:6] + [posts[0]], findings[:10] + [findings[0]], checkpoint=6,
                 counters={"items": 6})
    s.save_batch(r1.run_id, posts[6:], findings[10:], checkpoint=12, counters={"items": 12},
                 clean_keys=["x:nothing"])
    s.finish_run(r1.run_id, status="done", counters={"items": 12}, issues=[])
    s.decide("f0-0", "deleted", by="alex")
    s.decide("f3-0", "not_a_problem", "a colleague", by="alex")
    s.decide("f4-1", "keep", by="alex")
    s.decide("f5-0", "delete", by="alex")
    r2 = _run(s, key="a2")  # a newer export: post 1 is clean now, post 0 still there
    s.save_batch(r2.run_id, posts[:1] + posts[2:8], [f for f in findings if f.post_key in
                 {p.post_key for p in posts[:1] + posts[2:8]}], checkpoint=8, counters={},
                 clean_keys=["x:1"])
    s.finish_run(r2.run_id, status="done", counters={}, issues=["late"])
    ids = {r1.run_id: "R1", r2.run_id: "R2"}

    def norm(obj):
        text = json.dumps(obj, sort_keys=True, default=lambda o: o.__dict__)
        for real, fake in ids.items():
            text = text.replace(real, fake)
        return json.loads(text)

    def items(lst):
        return [{k: v for k, v in i.__dict__.items() if k not in ("decided_at",)} for i in lst]

    out = {
        "runs": [(r.archive_key, r.status, r.checkpoint, r.counters, r.issues) for r in s.list_runs()],
        "summary1": s.run_summary(r1.run_id), "summary2": s.run_summary(r2.run_id),
        "posts": [(p.__dict__, f) for p, f in s.iter_run_posts([r1.run_id, r2.run_id])],
        "posts2": [(p.__dict__, f) for p, f in s.iter_run_posts(r2.run_id)],
        "queue": items(s.review_queue()), "queue_all": items(s.review_queue(include_closed=True, min_severity=0)),
        "queue_r1": items(s.review_queue(run_id=r1.run_id)),
        "stats": s.rule_stats(),
        "decisions": [(d.fingerprint, d.action, d.reason, d.code, d.post_key, d.matched, d.version, d.decided_by)
                      for d in s.decisions()],
        "archives": s.archives(),
    }
    for status in ("open", "closed", "all"):
        page = s.browse(BrowseQuery(status=status, limit=7, offset=2))
        out[f"browse_{status}"] = (page.total, items(page.items), page.facets)
    page = s.browse(BrowseQuery(run_id=r1.run_id, standards=("5.1",), severities=(1, 2, 3), years=("2021",)))
    out["browse_filtered"] = (page.total, items(page.items), page.facets)
    return norm(out)


def test_every_read_gives_the_same_answers_as_sqlite(tmp_path, pg_url):
    with open_store(str(tmp_path / "s.sqlite3")) as lite, open_store(pg_url) as pg:
        a, b = _scenario(lite), _scenario(pg)
    assert a["queue"] and a["summary2"]["still_there"] == 1
    for key in a:
        assert a[key] == b[key], key


# --------------------------------------------------------------------------------- migration

def _seed_v1_sqlite(path):
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO findings VALUES ('fp1', 'x:1', 'C110', 3, 0.9, 1, 0, '{}', 'r', 'r')")
    conn.execute("INSERT INTO decisions VALUES ('fp1', 'keep', 'old reason', '2024-01-01T00:00:00Z', 'r')")
    conn.commit()
    conn.close()


def _seed_v1_pg(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_version (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), "
                     "version INTEGER NOT NULL)")
        conn.execute(PG_MIGRATIONS[0][1])
        conn.execute("INSERT INTO schema_version VALUES (TRUE, 1)")
        conn.execute("INSERT INTO findings VALUES ('fp1', 'x:1', 'C110', 3, 0.9, 1, 0, '{}', 'r', 'r')")
        conn.execute("INSERT INTO decisions VALUES ('fp1', 'keep', 'old reason', '2024-01-01T00:00:00Z', 'r')")


def test_a_version_1_store_migrates_forward(store_target):
    if store_target.startswith("postgresql://"):
        _seed_v1_pg(store_target)
    else:
        _seed_v1_sqlite(store_target)
    with open_store(store_target) as s:
        assert s.schema_version == LATEST == 2
        (d,) = list(s.decisions())
        assert (d.action, d.reason, d.version, d.decided_by) == ("keep", "old reason", 1, None)
        with pytest.raises(DecisionConflict):
            s.decide("fp1", "delete", expected_version=0)
        assert s.decide("fp1", "delete", expected_version=1) == 2


def test_postgres_first_migration_is_safe_when_several_start_at_once(pg_url):
    errors, stores = [], []
    barrier = threading.Barrier(6)

    def opener():
        barrier.wait()
        try:
            stores.append(open_store(pg_url))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and len(stores) == 6
    assert {s.schema_version for s in stores} == {LATEST}
    assert stores[0].conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 1
    for s in stores:
        s.close()


# ------------------------------------------------------------------------- end to end (CLI)

def _audit_json(cli, store):
    code, out, err = cli("audit", EXAMPLE, "--store", store, "--format", "json", *W1)
    assert code in (0, 1), err
    doc = json.loads(out)
    runs = [{k: v for k, v in r.items() if k != "run_id"} for r in doc["envelope"]["runs"]]
    return runs, doc["results"]


def test_audit_review_and_forget_on_postgres_match_sqlite(cli, pg_url, tmp_path):
    lite = str(tmp_path / "lite.sqlite3")
    assert _audit_json(cli, pg_url) == _audit_json(cli, lite)
    with open_store(pg_url) as pg, open_store(lite) as sq:
        assert [i.fingerprint for i in pg.review_queue()] == [i.fingerprint for i in sq.review_queue()]
        assert pg.run_summary(pg.list_runs()[0].run_id) == sq.run_summary(sq.list_runs()[0].run_id)
    # a second audit of the same export: nothing new, same results
    assert _audit_json(cli, pg_url)[1] == _audit_json(cli, lite)[1]
    code, out, _ = cli("review", "--store", pg_url, "--color", "never", stdin="n\nk consented\nq\n")
    assert code == 0 and "2 decisions saved" in out
    with open_store(pg_url) as pg:
        assert sorted(d.action for d in pg.decisions()) == ["keep", "not_a_problem"]
    code, out, _ = cli("review", "--store", pg_url, "--stats", "--format", "json")
    assert code == 0 and any(r["reviewed"] for r in json.loads(out))
    code, out, _ = cli("forget", "--list", "--store", pg_url)
    ids = [ln.split()[0] for ln in out.splitlines()]
    assert code == 0 and len(ids) == 2
    assert cli("forget", "--run", ids[0], "--store", pg_url)[0] == 0
    code, out, _ = cli("forget", EXAMPLE, "--store", pg_url)
    assert code == 0 and "Removed 1 run" in out
    with open_store(pg_url) as pg:
        assert pg.list_runs() == [] and list(pg.decisions()) == [] and _count(pg, "posts") == 0
    code, _, err = cli("forget", EXAMPLE, "--store", pg_url)
    assert code == 2 and "no stored audit" in err


def test_config_key_store_takes_a_url(cli, pg_url, _postcheck_home):
    _postcheck_home.mkdir(parents=True, exist_ok=True)
    (_postcheck_home / "postcheck.toml").write_text(f'[audit]\nstore = "{pg_url}"\n')
    code, _, err = cli("audit", EXAMPLE, *W1)
    assert code in (0, 1), err
    assert not (_postcheck_home / "audit.sqlite3").exists()
    with open_store(pg_url) as pg:
        assert len(pg.list_runs()) == 1
    code, out, _ = cli("forget", "--list")  # review and forget read the same key
    assert code == 0 and len(out.splitlines()) == 1


# -------------------------------------------------------------------------------- failures

def _one_line_error(cli, *argv):
    code, out, err = cli(*argv)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("postcheck: ")
    return lines[0].removeprefix("postcheck: ")


def test_server_down_and_bad_urls_are_one_line_errors(cli, pg_server):
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    msg = _one_line_error(cli, "audit", EXAMPLE, "--store", f"postgresql://sam:hunter22@127.0.0.1:{port}/db", *W1)
    assert msg.startswith("PC-E401") and "cannot connect" in msg
    assert "hunter22" not in msg and "sam:***@" in msg
    msg = _one_line_error(cli, "review", "--store", f"postgres://127.0.0.1:{port}/db?password=hunter22")
    assert msg.startswith("PC-E401") and "hunter22" not in msg
    msg = _one_line_error(cli, "forget", "--list", "--store", "postgresql://127.0.0.1:notaport/db")
    assert msg.startswith("PC-E401")
    msg = _one_line_error(cli, "audit", EXAMPLE, "--store",
                          pg_server.url("no_such_db"), *W1)
    assert msg.startswith("PC-E401") and "no_such_db" in msg


def test_wrong_password_is_a_one_line_error_without_the_password(cli, pg_server):
    url = f"postgresql://pc_pw:WrongHorse99@127.0.0.1:{pg_server.port}/postgres"
    msg = _one_line_error(cli, "forget", "--list", "--store", url)
    assert msg.startswith("PC-E401") and "password authentication failed" in msg
    assert "WrongHorse99" not in msg and "pc_pw:***@" in msg
    password = pg_server.password    # the right one (set by the fixture)

    with open_store(url.replace("WrongHorse99", password)) as s:
        assert password not in s.location and s.schema_version == LATEST


def test_lost_server_mid_session_is_a_store_error(pg_url, pg_server):
    s = open_store(pg_url)
    pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE datname = '{pg_url.rsplit('/', 1)[1]}' AND pid <> pg_backend_pid()")
    with pytest.raises(StoreError) as exc:
        s.list_runs()
    assert str(exc.value).startswith("PC-E401") and "\n" not in str(exc.value)
    with pytest.raises(StoreError):
        _run(s)
    s.close()


def test_missing_psycopg_says_how_to_install(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError) as exc:
        open_store("postgresql://localhost/postcheck")
    assert "pip install 'postcheck[postgres]'" in str(exc.value)
    msg = _one_line_error(cli, "review", "--store", "postgresql://localhost/postcheck")
    assert msg.startswith("PC-E401") and "postcheck[postgres]" in msg


# ------------------------------------------------------------------------------------ web

def test_web_decision_conflict_is_409(store_target, tmp_path):
    from fastapi.testclient import TestClient

    from postcheck.web.server import ServeConfig, create_app

    with open_store(store_target) as s:
        run = _run(s)
        s.save_batch(run.run_id, [_post()], [_finding("fp1")], checkpoint=1, counters={})
    app = create_app(ServeConfig(store_path=store_target, workers=1))
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        h = {"X-Postcheck-CSRF": c.get("/api/v1/session").json()["csrf"]}
        item = c.get("/api/v1/findings/fp1").json()
        assert item["decision_version"] == 0
        r = c.post("/api/v1/findings/fp1/decision", json={"action": "keep", "expected_version": 0}, headers=h)
        assert r.status_code == 200 and r.json()["decision_version"] == 1
        assert r.json()["decided_by"].endswith("(web)")
        r = c.post("/api/v1/findings/fp1/decision", json={"action": "delete", "expected_version": 0}, headers=h)
        assert r.status_code == 409
        err = r.json()["error"]
        assert err["code"] == "PC-E405" and "'keep'" in err["message"] and "\n" not in err["message"]
        assert c.get("/api/v1/findings/fp1").json()["decision"] == "keep"
        r = c.post("/api/v1/findings/fp1/decision", json={"action": "delete"}, headers=h)  # no version: as before
        assert r.status_code == 200 and r.json()["decision_version"] == 2


def test_terminal_review_does_not_overwrite_a_decision_made_meanwhile(cli, store_target, monkeypatch):
    from postcheck.cli import audit_cmd

    assert _audit_json(cli, store_target)[1]
    with open_store(store_target) as s:
        top = s.review_queue()[0].fingerprint
    real_read = audit_cmd._Keys.read
    calls = []

    def read(self):
        if not calls:  # another reviewer decides the shown finding while this one looks at it
            with open_store(store_target) as other:
                other.decide(top, "keep", "consented", by="sam")
        calls.append(1)
        return real_read(self)

    monkeypatch.setattr(audit_cmd._Keys, "read", read)
    code, out, _ = cli("review", "--store", store_target, "--color", "never", stdin="d\nn\nq\n")
    assert code == 0
    assert "not saved: PC-E405" in out and "sam marked it 'keep'" in out
    assert "1 decision saved" in out
    with open_store(store_target) as s:
        item = s.review_item(top)
        # the second key press ("n") went to the re-shown finding, knowing sam's version
        assert (item.decision, item.decision_version) == ("not_a_problem", 2)
        assert [d.decided_by for d in s.decisions()] and item.decided_by != "sam"
