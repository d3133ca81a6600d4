"""Organisation scale (issue 8): audits on a real local Ray instance, one audit per export
with --many, and who ran what in every report."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import EXAMPLE, FINE, RISKY, RISKY2

W1 = ("--workers", "1", "--progress", "never")


def _results(out: str) -> list[dict]:
    return json.loads(out)["results"]


@pytest.fixture
def people(make_x, tmp_path):
    """A folder with two people's exports."""
    folder = tmp_path / "cohort"
    folder.mkdir()
    a = make_x("alice", [(1, RISKY), (2, FINE)], username="alice_physio")
    b = make_x("bob", [(3, RISKY2), (4, FINE), (5, RISKY)], username="bob_para")
    a.rename(folder / "alice.zip")
    b.rename(folder / "bob.zip")
    return folder


def test_many_keeps_each_person_apart(cli, people, tmp_path):
    reports = tmp_path / "out"
    code, out, err = cli("audit", "--many", people, "--reports-dir", reports, *W1)
    assert code == 1
    assert "2 exports" in out and "kept apart" in out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith(("alice.zip", "bob.zip"))}
    assert set(rows) == {"alice.zip", "bob.zip"}
    # the table shows counts, never the findings' words
    assert "Dorothy" not in out and "shingles" not in out
    alice = [json.loads(x) for x in (reports / "alice.zip" / "findings.jsonl").read_text().splitlines()]
    bob = [json.loads(x) for x in (reports / "bob.zip" / "findings.jsonl").read_text().splitlines()]
    assert alice[0]["envelope"]["runs"][0]["display"] == "alice.zip"
    alice_text = json.dumps(alice[1:])
    bob_text = json.dumps(bob[1:])
    assert "Dorothy" in alice_text and "shingles" not in alice_text
    assert "shingles" in bob_text
    assert sorted(p.name for p in (reports / "bob.zip").iterdir()) == ["findings.csv", "findings.jsonl", "report.html"]
    # forget one person: the other's findings stay
    from postcheck.store import open_store

    with open_store() as store:
        runs = {r.display: r.run_id for r in store.list_runs()}
    assert cli("forget", "--run", runs["alice.zip"])[0] == 0
    with open_store() as store:
        left = {r.display for r in store.list_runs()}
        assert left == {"bob.zip"}
        keys = {i.post["post_key"] for i in store.review_queue()}
        assert keys and all(k.endswith(("00003", "00005")) for k in keys), keys


def test_many_from_a_list_file_and_what_it_refuses(cli, people, tmp_path):
    listing = tmp_path / "exports.txt"
    listing.write_text("# this term's cohort\ncohort/alice.zip\n\n" + str(people / "bob.zip") + "\n")
    code, out, _ = cli("audit", "--many", listing, *W1)
    assert code == 1 and "alice.zip" in out and "bob.zip" in out
    for extra in (("--format", "json"), ("--output", tmp_path / "all.html"), (EXAMPLE,)):
        code, _, err = cli("audit", "--many", people, *extra, *W1)
        assert code == 2 and err.count("\n") == 1, err
    assert cli("audit", "--many", tmp_path / "nowhere", *W1)[0] == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = cli("audit", "--many", empty, *W1)
    assert code == 2 and "no exports found" in err


def test_reports_say_who_ran_what(cli):
    _, out, _ = cli("audit", EXAMPLE, *W1, "--format", "json")
    env = json.loads(out)["envelope"]
    assert env["engine"] == "process" and "@" in env["run_by"] and env["pack"]["version"]
    assert env["tool_version"] and env["started"]


def test_engine_ray_without_ray_says_how_to_add_it(cli, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ray" else real(name, *a))
    code, _, err = cli("audit", EXAMPLE, "--engine", "ray", *W1)
    assert code == 2 and "pip install 'postcheck[ray]'" in err and err.count("\n") == 1


def test_address_needs_engine_ray(cli):
    code, _, err = cli("audit", EXAMPLE, "--address", "auto", *W1)
    assert code == 2 and "--engine ray" in err


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (pip install 'postcheck[ray]')")
def test_ray_gives_the_same_records_as_the_process_pool(cli, make_x, tmp_path):
    """A real local Ray instance with 2 CPUs: the JSON records are identical (DECISIONS 13)."""
    items = [(n, [RISKY, RISKY2, FINE, f"Mrs Ada Brown ({60 + n % 30}) on ward {n % 9} today"][n % 4])
             for n in range(1, 400)]
    archive = make_x("big", items)
    outs = {}
    for engine in ("process", "ray"):
        code, out, err = cli("audit", archive, EXAMPLE, "--engine", engine, "--workers", "2",
                             "--store", tmp_path / f"{engine}.sqlite3", "--progress", "never",
                             "--format", "json")
        assert code == 1, err
        outs[engine] = json.loads(out)
    assert outs["ray"]["envelope"]["engine"] == "ray"
    assert outs["ray"]["results"] == outs["process"]["results"]
    assert len(outs["ray"]["results"]) > 200


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (pip install 'postcheck[ray]')")
def test_audit_on_a_running_cluster_by_address(cli, tmp_path, monkeypatch):
    """A real Ray head node started with `ray start`, reached with --address."""
    import shutil
    import socket
    import subprocess
    import sys

    ray_bin = shutil.which("ray") or str(Path(sys.executable).with_name("ray"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**__import__("os").environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    started = subprocess.run([ray_bin, "start", "--head", "--num-cpus", "2", "--port", str(port),
                              "--node-ip-address", "127.0.0.1", "--include-dashboard", "false",
                              "--disable-usage-stats"], env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr[-2000:]
    try:
        # A separate process, as a user runs it: Ray cannot join a cluster from a process
        # that already ran (and shut down) a local Ray instance in an earlier test.
        run = subprocess.run([sys.executable, "-m", "postcheck", "audit", str(EXAMPLE), "--engine", "ray",
                              "--address", f"127.0.0.1:{port}", "--store", str(tmp_path / "cluster.sqlite3"),
                              "--progress", "never", "--format", "json"],
                             env={**__import__("os").environ}, capture_output=True, text=True, timeout=300)
        assert run.returncode == 1, run.stderr[-2000:]
        cluster = json.loads(run.stdout)
        code, out, _ = cli("audit", EXAMPLE, "--store", tmp_path / "local.sqlite3", *W1, "--format", "json")
        assert cluster["results"] == json.loads(out)["results"]
        assert cluster["envelope"]["engine"] == "ray" and cluster["envelope"]["address"] == f"127.0.0.1:{port}"
    finally:
        subprocess.run([ray_bin, "stop"], env=env, capture_output=True, timeout=120)


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (pip install 'postcheck[ray]')")
def test_many_on_ray_parses_and_checks_each_export_on_the_cluster(cli, people, tmp_path, monkeypatch):
    """--many with --engine ray: each export is read and checked by a Ray task; the driver only
    writes the store. Same records as the local audit of each export."""
    from postcheck.audit.pipeline import Auditor
    from postcheck.store import open_store

    def not_here(*a, **k):
        raise AssertionError("the driver read an export: it should have been read on the cluster")

    with monkeypatch.context() as m:
        m.setattr(Auditor, "_stream", not_here)    # only this (driver) process is patched
        code, out, err = cli("audit", "--many", people, "--engine", "ray", "--workers", "2",
                             "--store", tmp_path / "ray.sqlite3", "--progress", "never")
    assert code == 1, err
    assert "alice.zip" in out and "bob.zip" in out
    code, _, err = cli("audit", "--many", people, "--store", tmp_path / "local.sqlite3", *W1)
    rows = {}
    for name in ("ray", "local"):
        with open_store(tmp_path / f"{name}.sqlite3") as s:
            runs = s.list_runs()
            assert [r.status for r in runs] == ["done", "done"]
            rows[name] = sorted((i.code, i.finding["text"], i.post["platform"]) for i in s.review_queue(min_severity=0))
            counters = sorted((r.display, r.counters.get("items"), r.counters.get("checked")) for r in runs)
        rows[name + "-counters"] = counters
    assert rows["ray"] == rows["local"] and len(rows["ray"]) >= 3
    assert rows["ray-counters"] == rows["local-counters"]
