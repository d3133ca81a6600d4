"""`postcheck review` (keys from standard input without a terminal), --stats, --export, and
`postcheck forget`."""

from __future__ import annotations

import csv
import io
import json
import stat

from conftest import EXAMPLE, RISKY

from postcheck.store import open_store

W1 = ("--workers", "1", "--color", "never", "--progress", "never")


def _open_count(min_severity=1):
    store = open_store()
    try:
        return len(store.review_queue(min_severity=min_severity))
    finally:
        store.close()


def _decisions():
    store = open_store()
    try:
        return {d.fingerprint: (d.action, d.reason, d.code) for d in store.decisions()}
    finally:
        store.close()


def test_review_before_any_audit(cli):
    code, out, _ = cli("review", stdin="")
    assert code == 0 and "no audit is stored yet" in out


def test_review_walks_most_serious_first_and_saves_each_decision(cli):
    cli("audit", EXAMPLE, *W1)
    total = _open_count()
    code, out, _ = cli("review", "--color", "never",
                       stdin="d\nk consented in writing\n?\nbogus\nn\ns\nx\ne\nq\n")
    assert code == 0
    items = [ln for ln in out.splitlines() if ln.startswith("[")
             and "/" in ln.split("]")[0]]
    assert items[0].startswith(f"[1/{total}] HIGH C110 patient-name")
    assert "2024-05-03 23:10 · X/Twitter · post · public" in out
    assert "[[Mrs Dorothy Jones]]" in out and "fix: “Mrs Dorothy Jones” → “A patient”" in out
    assert "link: https://x.com/sam_paramedic/status/1790000000000000003" in out
    assert "how to delete:" in out
    assert "unknown key 'bogus'" in out
    assert f"5 decisions saved; {total - 6} findings left to review." in out
    actions = sorted((a, r) for a, r, _ in _decisions().values())
    assert actions == [("delete", None), ("deleted", None), ("edited", None),
                       ("keep", "consented in writing"), ("not_a_problem", None)]
    # decided findings are not shown again, except "delete" (still to do)
    code, out, _ = cli("review", "--color", "never", stdin="q\n")
    assert f"[1/{total - 4}]" in out


def test_review_stops_cleanly_at_end_of_input_and_keeps_decisions(cli):
    cli("audit", EXAMPLE, *W1)
    code, out, _ = cli("review", stdin="n\n")
    assert code == 0 and "1 decision saved" in out
    assert [a for a, _, _ in _decisions().values()] == ["not_a_problem"]


def test_review_stats_and_export(cli, tmp_path):
    cli("audit", EXAMPLE, *W1)
    cli("review", stdin="n wrong person\nk\n")
    code, out, _ = cli("review", "--stats")
    assert code == 0
    row = [ln for ln in out.splitlines() if ln.startswith("C110")][0]
    assert row.split()[:4] == ["C110", "2", "1", "1"] and row.split()[4] == "0%"
    code, out, _ = cli("review", "--stats", "--format", "json")
    stats = {r["code"]: r for r in json.loads(out)}
    assert stats["C201"]["precision"] == 1.0
    out_csv, out_json = tmp_path / "d.csv", tmp_path / "d.json"
    assert cli("review", "--export", out_csv)[0] == 0
    assert cli("review", "--export", out_json)[0] == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text())))
    assert {(r["code"], r["action"], r["reason"]) for r in rows} == {
        ("C110", "not_a_problem", "wrong person"), ("C201", "keep", "")}
    assert all(r["url"].startswith("https://x.com/") and r["fingerprint"] for r in rows)
    assert len(json.loads(out_json.read_text())["decisions"]) == 2
    assert stat.S_IMODE(out_csv.stat().st_mode) == 0o600
    assert cli("review", "--export", tmp_path / "d.xlsx")[0] == 2


def test_review_of_one_run_and_all(cli):
    cli("audit", EXAMPLE, *W1)
    store = open_store()
    (run,) = store.list_runs()
    store.close()
    high, low = _open_count(3), _open_count(1)
    assert high < low  # the example has a medium finding
    code, out, _ = cli("review", "--run", run.run_id, "--min-severity", "high", stdin="q\n")
    assert f"[1/{high}]" in out
    cli("review", stdin="n\n")
    code, out, _ = cli("review", stdin="q\n")
    assert f"[1/{low - 1}]" in out
    code, out, _ = cli("review", "--all", stdin="q\n")
    assert f"[1/{low}]" in out and "(decided: not a problem)" in out


def test_forget_an_archive_removes_findings_decisions_and_reports(cli, make_x, _postcheck_home):
    other = make_x("other", [(1, RISKY)])
    cli("audit", EXAMPLE, *W1)
    cli("audit", other, *W1)
    store = open_store()
    example_run = store.list_runs()[0].run_id
    fp = store.review_queue(run_id=example_run)[0].fingerprint
    store.decide(fp, "keep")  # a decision on the example's top finding
    store.close()
    assert len(list((_postcheck_home / "reports").iterdir())) == 2
    code, out, _ = cli("forget", EXAMPLE)
    assert code == 0 and "Removed 1 run" in out
    assert len(list((_postcheck_home / "reports").iterdir())) == 1
    assert _decisions() == {}
    store = open_store()
    posts = [r[0] for r in store.conn.execute("SELECT post_key FROM posts")]
    store.close()
    assert posts == ["x:1700000000000000001"]
    code, _, err = cli("forget", EXAMPLE)
    assert code == 2 and "no stored audit" in err


def test_forget_run_list_and_all(cli, _postcheck_home):
    cli("audit", EXAMPLE, *W1)
    cli("audit", EXAMPLE, *W1)
    code, out, _ = cli("forget", "--list")
    ids = [ln.split()[0] for ln in out.splitlines()]
    assert len(ids) == 2
    assert cli("forget", "--run", ids[0])[0] == 0
    assert not (_postcheck_home / "reports" / ids[0]).exists()
    assert (_postcheck_home / "reports" / ids[1]).exists()
    code, _, err = cli("forget", "--all", stdin="")
    assert code == 2 and "--yes" in err
    code, out, _ = cli("forget", "--all", "--yes")
    assert code == 0 and not list((_postcheck_home / "reports").iterdir())
    assert cli("forget", "--list")[1].strip() == "Nothing stored."
    assert cli("forget")[0] == 2  # nothing chosen
