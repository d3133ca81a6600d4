"""The HTTP API through FastAPI's test client: the wire schema, errors, security, audits."""

from __future__ import annotations

import json
import time

import pytest

from .conftest import RISKY, SAMPLE_ARCHIVE, make_app


def wait_job(client, job_id, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/v1/audits/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError("audit did not finish")


def upload(client, data: bytes, name="twitter.zip", **params):
    q = "&".join([f"filename={name}"] + [f"{k}={v}" for k, v in params.items()])
    return client.post(f"/api/v1/audits/upload?{q}", content=data,
                       headers={**client.h, "Content-Type": "application/octet-stream"})


# ------------------------------------------------------------------------------ check

def test_check_answers_the_cli_wire_object_with_utf16_offsets(client, checker):
    text = "😊 " + RISKY
    body = client.post("/api/v1/check", json={"text": text}, headers=client.h).json()
    cli = checker.check(text, None, "1").to_dict()
    assert body["verdict"] == cli["verdict"] == "problem"
    assert [f["code"] for f in body["findings"]] == [f["code"] for f in cli["findings"]]
    name = next(f for f in body["findings"] if f["text"] == "Mrs Jones")
    assert (name["start"], name["end"]) == (2, 11)                   # code points
    assert (name["start_utf16"], name["end_utf16"]) == (3, 12)       # the emoji is 2 UTF-16 units
    assert body["redacted"] and "Mrs Jones" not in body["redacted"]
    assert set(body["context"]) >= {"platform", "account", "audience", "profession", "consent"}


def test_context_changes_the_verdict(client):
    def verdict(ctx):
        return client.post("/api/v1/check", json={"text": RISKY, "context": ctx}, headers=client.h).json()["verdict"]

    assert verdict({}) == "problem"
    assert verdict({"consent": "written"}) == "review"
    assert client.post("/api/v1/check", json={"text": RISKY, "context": {"profession": "physio"}},
                       headers=client.h).json()["context"]["profession"] == "physiotherapist"


def test_a_polite_opinion_is_ok(client):
    body = client.post("/api/v1/check", json={"text": "I think the new parking rules at work are a mistake."},
                       headers=client.h).json()
    assert body["verdict"] == "ok" and body["findings"] == []


@pytest.mark.parametrize("payload, code", [
    ({"text": "   "}, "PC-E101"),
    ({"text": "x", "context": {"account": "secret"}}, "PC-E102"),
    ({"text": "x", "context": {"profession": "astronaut"}}, "PC-E102"),
    ({"texts": "x"}, "PC-E102"),
])
def test_bad_check_requests_get_one_line_errors(client, payload, code):
    r = client.post("/api/v1/check", json=payload, headers=client.h)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == code and "\n" not in err["message"]


def test_errors_never_echo_the_draft(client):
    secret = "Mrs Secretpatientname"
    r = client.post("/api/v1/check", json={"text": secret, "context": {"account": secret}}, headers=client.h)
    assert r.status_code == 422 and secret not in r.text


def test_batch_keeps_order_and_reports_bad_items_in_place(client):
    posts = [{"id": "a", "text": RISKY}, {"id": "b", "text": ""},
             {"id": "c", "text": "Lovely sunset on my run", "context": {"platform": "instagram"}}]
    body = client.post("/api/v1/check/batch", json={"posts": posts}, headers=client.h).json()
    assert body["envelope"]["schema"]
    assert [r["id"] for r in body["results"]] == ["a", "b", "c"]
    assert body["results"][0]["verdict"] == "problem"
    assert body["results"][1]["error"]["code"] == "PC-E101"
    assert body["results"][2]["verdict"] == "ok" and body["results"][2]["context"]["platform"] == "instagram"


def test_batch_size_is_limited(client):
    r = client.post("/api/v1/check/batch", json={"posts": [{"id": str(i), "text": "x"} for i in range(1001)]},
                    headers=client.h)
    assert r.status_code == 422


# ------------------------------------------------------------------------------ rules, guidance

def test_rules_standards_guidance(client, pack):
    rules = client.get("/api/v1/rules").json()["rules"]
    assert len(rules) == len(pack.rules)
    assert all(r["examples"]["flag"] and r["examples"]["ok"] for r in rules)
    assert client.get("/api/v1/rules/c110").json()["code"] == "C110"
    assert client.get("/api/v1/rules/Z999").status_code == 404
    standards = {s["number"]: s for s in client.get("/api/v1/standards").json()["standards"]}
    assert standards["5.1"]["quoted"] and "C110" in standards["5.1"]["rules"]
    g = client.get("/api/v1/guidance").json()
    assert len(g["professions"]) == 15 and all(p["bodies"] for p in g["professions"])
    assert g["regulator"]["name"].startswith("Health and Care Professions Council")
    assert "legal advice" in g["not_legal_advice"]
    assert any("privacy settings" in t["text"] for t in g["tips"])


def test_openapi_and_docs_are_served_locally(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/check", "/api/v1/check/batch", "/api/v1/audits/upload", "/api/v1/audits/{job_id}",
                 "/api/v1/findings", "/api/v1/findings/{fingerprint}/decision", "/api/v1/rules", "/api/v1/standards"):
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/static/docs.js" in docs and "cdn" not in docs.lower() and "http" not in docs.split("<body>")[0].replace(
        'http-equiv', '')


# ------------------------------------------------------------------------------ security

def test_state_changing_requests_need_the_csrf_token(client):
    r = client.post("/api/v1/check", json={"text": "hello"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "PC-E133"
    r = client.post("/api/v1/check", json={"text": "hello"}, headers={"X-Postcheck-CSRF": "wrong"})
    assert r.status_code == 403
    r = client.post("/api/v1/check", json={"text": "hello"},
                    headers={**client.h, "Origin": "https://evil.example"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "PC-E131"


def test_other_host_names_are_refused_on_localhost(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://rebind.evil.example:8765") as c:
        assert c.get("/api/v1/session").status_code == 421
    with TestClient(app, base_url="http://localhost:8765") as c:
        assert c.get("/api/v1/session").status_code == 200


def test_security_headers(client):
    for path in ("/", "/api/v1/session", "/static/app.js", "/docs"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/v1/session").headers["cache-control"] == "no-store"
    assert "access-control-allow-origin" not in client.get("/api/v1/session").headers


def test_page_has_no_inline_script_or_outside_assets(client):
    html = client.get("/").text
    assert "<script>" not in html and "<style" not in html and " style=" not in html
    for attr in ("src=\"http", "href=\"http", "//cdn", "fonts.googleapis"):
        assert attr not in html


def test_static_files_cannot_escape(client):
    for path in ("/static/../server.py", "/static/..%2fserver.py", "/static/.hidden.js", "/static/index.html"):
        assert client.get(path).status_code == 404, path


def test_token_required_off_localhost(tmp_path):
    from fastapi.testclient import TestClient

    app = make_app(tmp_path, host="0.0.0.0", token="s3cret-token")
    with TestClient(app, base_url="http://192.0.2.10:8765") as c:
        assert c.get("/api/v1/session").status_code == 401
        assert c.get("/api/v1/session", headers={"Authorization": "Bearer nope"}).status_code == 401
        ok = c.get("/api/v1/session", headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200
        # A bearer request is not a browser form: no CSRF header needed.
        r = c.post("/api/v1/check", json={"text": "hello"}, headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 200
        # The page's address with ?token= sets an HttpOnly cookie and drops the token from the URL.
        r = c.get("/?token=s3cret-token", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        assert c.get("/").status_code == 200   # the cookie is kept by the client


def test_serve_refuses_to_start_open_without_a_token_message(capsys, monkeypatch):
    """--host 0.0.0.0 makes up a token and warns loudly (checked without starting a server)."""
    from postcheck.cli import serve_cmd

    started = {}

    def fake_run(server, announce, sock=None):
        started["config"] = server.config
        announce()

    monkeypatch.setattr(serve_cmd, "_run", fake_run)
    monkeypatch.delenv("POSTCHECK_TOKEN", raising=False)
    from postcheck.cli.app import main

    assert main(["serve", "--host", "0.0.0.0", "--port", "0", "--no-browser"]) == 0
    err = capsys.readouterr().err
    assert "WARNING" in err and "reachable from other machines" in err and "access token:" in err
    assert "?token=" in err


def test_serve_size_parsing():
    from postcheck.cli.app import UsageError
    from postcheck.cli.serve_cmd import parse_size

    assert parse_size("500M") == 500 * 1024 ** 2 and parse_size("4G") == 4 * 1024 ** 3 and parse_size("123") == 123
    with pytest.raises(UsageError):
        parse_size("lots")


# ------------------------------------------------------------------------------ audits and review

def test_upload_audit_progress_review_and_decision(client):
    job = upload(client, SAMPLE_ARCHIVE.read_bytes()).json()
    assert job["status"] in ("queued", "running")
    job = wait_job(client, job["id"])
    assert job["status"] == "done", job
    assert job["platform"] == "x" and job["posts"] == 11 and job["fraction"] == 1.0
    assert job["summary"]["by_severity"]["high"] >= 5
    assert job["reports"] == ["report.html", "findings.csv", "findings.jsonl"]
    page = client.get("/api/v1/findings?limit=5").json()
    total = page["total"]
    assert total == sum(job["summary"]["by_severity"].values())
    assert page["facets"]["platform"] == {"x": total} and "5.1" in page["facets"]["standard"]
    first = page["items"][0]
    assert first["severity"] == "high" and first["post"]["url"].startswith("https://x.com/")
    assert "Delete" in first["post"]["delete_help"]
    assert first["text"][first["finding"]["start"]:first["finding"]["end"]] == first["finding"]["text"]
    r = client.post(f"/api/v1/findings/{first['fingerprint']}/decision",
                    json={"action": "not_a_problem", "reason": "my own name"}, headers=client.h)
    assert r.json()["decision"] == "not_a_problem"
    assert client.get("/api/v1/findings").json()["total"] == total - 1
    closed = client.get("/api/v1/findings?status=closed").json()
    assert [i["fingerprint"] for i in closed["items"]] == [first["fingerprint"]]
    stats = {s["code"]: s for s in client.get("/api/v1/stats").json()["rules"]}
    assert stats[first["code"]]["not_a_problem"] == 1
    run_id = job["run_ids"][0]
    report = client.get(f"/api/v1/runs/{run_id}/reports/findings.csv")
    assert report.status_code == 200 and "attachment" in report.headers["content-disposition"]
    assert client.get(f"/api/v1/runs/{run_id}/reports/../../x").status_code == 404
    # The uploaded copy is removed once the audit is done.
    from postcheck.config import data_dir

    assert not any(p.is_file() for p in (data_dir() / "uploads").rglob("*"))


def test_decisions_are_shared_with_the_terminal_review(client, tmp_path):
    wait_job(client, upload(client, SAMPLE_ARCHIVE.read_bytes()).json()["id"])
    item = client.get("/api/v1/findings?limit=1").json()["items"][0]
    client.post(f"/api/v1/findings/{item['fingerprint']}/decision", json={"action": "deleted"}, headers=client.h)
    from postcheck.store import open_store

    with open_store(tmp_path / "store.sqlite3") as store:
        got = {d.fingerprint: d.action for d in store.decisions()}
        assert got[item["fingerprint"]] == "deleted"
        store.decide(item["fingerprint"], "keep", "decided in the terminal")
    again = client.get(f"/api/v1/findings/{item['fingerprint']}").json()
    assert again["decision"] == "keep" and again["reason"] == "decided in the terminal"


def test_the_same_upload_twice_is_the_same_archive(client):
    for _ in range(2):
        job = wait_job(client, upload(client, SAMPLE_ARCHIVE.read_bytes()).json()["id"])
    runs = client.get("/api/v1/runs").json()["runs"]
    assert len(runs) == 2 and len({r["display"] for r in runs}) == 1
    assert job["summary"]["new"] == 0


def test_the_same_upload_sent_again_while_it_is_audited_is_not_lost(client):
    """Two uploads of one export share a private folder; the first audit to finish must not
    remove the file the second still needs."""
    data = SAMPLE_ARCHIVE.read_bytes()
    first = upload(client, data).json()["id"]
    second = upload(client, data).json()["id"]
    third = upload(client, data).json()["id"]
    jobs = [wait_job(client, j) for j in (first, second, third)]
    assert [j["status"] for j in jobs] == ["done", "done", "done"], [j.get("error") for j in jobs]
    from postcheck.config import data_dir

    assert not [p for p in (data_dir() / "uploads").rglob("*") if p.is_file()]   # all cleaned up at the end


def test_filters(client):
    wait_job(client, upload(client, SAMPLE_ARCHIVE.read_bytes()).json()["id"])
    everything = client.get("/api/v1/findings?limit=500").json()
    for name, key in (("severity", "severity"), ("standard", "standard"), ("year", "year")):
        for value, count in everything["facets"][key].items():
            got = client.get(f"/api/v1/findings?{name}={value}&limit=500").json()
            assert got["total"] == count, (name, value)
    assert client.get("/api/v1/findings?platform=facebook").json()["total"] == 0
    assert client.get("/api/v1/findings?severity=catastrophic").status_code == 422
    paged = [client.get(f"/api/v1/findings?offset={o}&limit=4").json()["items"] for o in range(0, everything["total"], 4)]
    assert [i["fingerprint"] for p in paged for i in p] == [i["fingerprint"] for i in everything["items"]]


@pytest.mark.parametrize("data, name, fragment", [
    (b"PK\x03\x04 this is not really a zip", "broken.zip", "PC-E112"),
    (b"\xff\xfe\x00garbage that is no export", "notes.txt", "PC-E1"),
])
def test_bad_uploads_fail_with_one_line_naming_the_file(client, data, name, fragment):
    job = wait_job(client, upload(client, data, name=name).json()["id"])
    assert job["status"] == "failed"
    assert fragment in job["error"] and name in job["error"] and "\n" not in job["error"]
    assert "uploads" not in job["error"]          # the private copy's path is not shown


def test_upload_limits(tmp_path):
    from fastapi.testclient import TestClient

    app = make_app(tmp_path, max_upload=1000)
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        h = {"X-Postcheck-CSRF": c.get("/api/v1/session").json()["csrf"], "Content-Type": "application/octet-stream"}
        r = c.post("/api/v1/audits/upload?filename=big.zip", content=b"x" * 5000, headers=h)
        assert r.status_code == 413 and "big.zip" in r.json()["error"]["message"]

        def chunks():                        # no Content-Length: the limit applies while reading
            for _ in range(10):
                yield b"y" * 500

        r = c.post("/api/v1/audits/upload?filename=stream.zip", content=chunks(), headers=h)
        assert r.status_code == 413
        r = c.post("/api/v1/audits/upload?filename=empty.zip", content=b"", headers=h)
        assert r.status_code == 422 and "empty" in r.json()["error"]["message"]
        from postcheck.config import data_dir

        assert not any((data_dir() / "uploads").rglob("*")), "partial uploads are removed"


def test_upload_names_cannot_traverse(client):
    from postcheck.web.jobs import safe_filename

    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\x.zip") == "x.zip"
    assert safe_filename("") == "export.zip" and safe_filename("...") == "export.zip"
    job = wait_job(client, upload(client, SAMPLE_ARCHIVE.read_bytes(), name="..%2F..%2Fevil.zip").json()["id"])
    assert job["status"] == "done" and job["display"] == "evil.zip"


def test_local_path_audits(client, tmp_path):
    r = client.post("/api/v1/audits", json={"paths": [str(tmp_path / "missing.zip")]}, headers=client.h)
    assert r.status_code == 422 and "missing.zip" in r.json()["error"]["message"]
    job = wait_job(client, client.post("/api/v1/audits", json={"paths": [str(SAMPLE_ARCHIVE)]},
                                       headers=client.h).json()["id"])
    assert job["status"] == "done" and SAMPLE_ARCHIVE.name in job["display"]


def test_local_paths_can_be_turned_off(tmp_path):
    from fastapi.testclient import TestClient

    app = make_app(tmp_path, allow_paths=False)
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        h = {"X-Postcheck-CSRF": c.get("/api/v1/session").json()["csrf"]}
        r = c.post("/api/v1/audits", json={"paths": [str(SAMPLE_ARCHIVE)]}, headers=h)
        assert r.status_code == 403


def test_unknown_decision_and_fingerprint(client):
    r = client.post("/api/v1/findings/nope/decision", json={"action": "keep"}, headers=client.h)
    assert r.status_code == 404
    r = client.post("/api/v1/findings/nope/decision", json={"action": "burn"}, headers=client.h)
    assert r.status_code == 422


def test_draft_text_is_never_written_to_disk(client, tmp_path):
    from postcheck.config import data_dir

    marker = "Mrs Zyxwvutsname from Ward 9"
    client.post("/api/v1/check", json={"text": marker}, headers=client.h)
    for root in (tmp_path, data_dir()):
        for path in root.rglob("*"):
            if path.is_file():
                assert b"Zyxwvutsname" not in path.read_bytes(), path


def test_json_reports_match_the_cli_schema(client):
    job = wait_job(client, upload(client, SAMPLE_ARCHIVE.read_bytes()).json()["id"])
    lines = client.get(f"/api/v1/runs/{job['run_ids'][0]}/reports/findings.jsonl").text.splitlines()
    first = json.loads(lines[0])
    assert "envelope" in first and first["envelope"]["schema"]
    post = json.loads(lines[1])
    assert {"id", "verdict", "findings"} <= set(post)


def test_postcheck_serve_starts_answers_and_stops(tmp_path):
    """The real command in its own process: prints its address, answers, stops on SIGINT."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import urllib.request

    env = {**os.environ, "POSTCHECK_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "postcheck", "serve", "--port", "0", "--no-browser"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    try:
        line = ""
        deadline = time.monotonic() + 30
        while "serving at" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line and proc.poll() is not None:
                break
        url = re.search(r"serving at (http://127\.0\.0\.1:\d+/)", line)
        assert url, line
        with urllib.request.urlopen(url.group(1) + "api/v1/session", timeout=10) as resp:
            assert json.loads(resp.read())["version"]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_a_busy_port_is_a_one_line_error(capsys):
    import socket

    from postcheck.cli.app import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert main(["serve", "--port", str(port), "--no-browser"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"cannot listen on 127.0.0.1:{port}" in err
