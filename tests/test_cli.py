"""The command line as a user meets it: inputs, formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from postcheck.cli.app import main

RISKY = "Mrs Jones (82) from Ward 7 at St Mary's finally went home today after her hip op"
FINE = "Great CPD session on falls prevention today"


def run(capsys, *argv, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        class _In:
            buffer = io.BytesIO(stdin)

        monkeypatch.setattr(sys, "stdin", _In)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_text_exit_codes(capsys):
    code, out, err = run(capsys, "check", RISKY, "--color", "never")
    assert code == 1 and "PROBLEM" in out and "C110" in out and "[[Mrs Jones]]" in out
    assert "Redacted version" in out and "A patient finally went home after treatment" in out
    code, out, _ = run(capsys, "check", FINE)
    assert code == 0 and "nothing found" in out


def test_fail_on_threshold(capsys):
    assert run(capsys, "check", RISKY, "--fail-on", "never")[0] == 0
    assert run(capsys, "check", RISKY, "--fail-on", "high")[0] == 1
    consented = run(capsys, "check", RISKY, "--consent", "written", "--fail-on", "medium")
    assert consented[0] == 0  # written consent leaves only low reminders


def test_json_format_has_envelope_and_schema(capsys):
    code, out, _ = run(capsys, "check", RISKY, "--format", "json")
    data = json.loads(out)
    assert data["envelope"]["schema"].startswith("postcheck/") and data["envelope"]["pack"]["id"] == "hcpc"
    post = data["results"][0]
    assert post["verdict"] == "problem" and post["redacted"]
    assert {f["code"] for f in post["findings"]} >= {"C110", "C201", "C202", "C203", "C205", "C206"}


def test_fix_prints_only_the_rewrite(capsys):
    code, out, _ = run(capsys, "check", "--fix", RISKY)
    assert out == "A patient finally went home after treatment\n"


def test_file_and_stdin(capsys, tmp_path, monkeypatch):
    f = tmp_path / "draft.txt"
    f.write_text(RISKY, encoding="utf-8")
    assert run(capsys, "check", "--file", str(f))[0] == 1
    code, out, _ = run(capsys, "check", "-", "--format", "jsonl", stdin=RISKY.encode(), monkeypatch=monkeypatch)
    lines = [json.loads(x) for x in out.splitlines()]
    assert "envelope" in lines[0] and lines[1]["verdict"] == "problem" and code == 1


@pytest.mark.parametrize("setup,needle", [
    (lambda p: None, "file not found"),
    (lambda p: p.write_bytes(b"caf\xe9 and a patient"), "not valid UTF-8"),
    (lambda p: p.write_text("   \n"), "empty post"),
    (lambda p: p.write_text("x" * 5_000_000), "too large"),
])
def test_bad_file_inputs_get_one_line_errors(capsys, tmp_path, setup, needle):
    p = tmp_path / "post.txt"
    setup(p)
    code, out, err = run(capsys, "check", "--file", str(p))
    assert code == 2 and needle in err and str(p) in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_unknown_context_value_is_a_usage_error(capsys):
    code, _, err = run(capsys, "check", RISKY, "--account", "work")
    assert code == 2 and "account" in err and "personal" in err


def test_jsonl_batch_reports_bad_lines_and_checks_the_rest(capsys, tmp_path):
    src = tmp_path / "posts.jsonl"
    src.write_bytes(b"\n".join([
        json.dumps({"id": "p1", "text": RISKY, "profession": "physio", "extra": 1}).encode(),
        b'{"id": "p2", "text": "broken',
        json.dumps({"id": "p3", "text": FINE}).encode(),
        json.dumps({"id": "p4", "text": FINE, "audience": "everyone"}).encode(),
        b'{"id": "p5", "text": "caf\xe9"}',
        json.dumps({"id": "p6", "text": ""}).encode(),
        json.dumps({"id": "p7", "text": "x" * 2_000_000}).encode(),
    ]) + b"\n")
    code, out, err = run(capsys, "check", "--jsonl", str(src), "--format", "jsonl")
    rows = [json.loads(x) for x in out.splitlines()]
    assert "envelope" in rows[0]
    by_id = {r["id"]: r for r in rows[1:] if "id" in r}
    assert by_id["p1"]["verdict"] == "problem" and by_id["p3"]["verdict"] == "ok"
    errors = {r["line"]: r["error"] for r in rows if "error" in r}
    assert set(errors) == {2, 4, 5, 6, 7}
    assert "not valid JSON" in errors[2] and "audience" in errors[4] and "UTF-8" in errors[5]
    assert "empty" in errors[6] and "too long" in errors[7]
    assert "line 2" in err and str(src) in err
    assert code == 1
    assert "checked 2 posts" in err


def test_jsonl_from_stdin_and_outputs(capsys, tmp_path, monkeypatch):
    data = (json.dumps({"id": "a", "text": RISKY}) + "\n" + json.dumps({"id": "b", "text": FINE}) + "\n").encode()
    out_json, out_csv = tmp_path / "r.json", tmp_path / "r.csv"
    code, out, _ = run(capsys, "check", "--jsonl", "-", "--format", "json", "-o", str(out_json), "-o", str(out_csv),
                       stdin=data, monkeypatch=monkeypatch)
    assert code == 1
    assert [r["id"] for r in json.loads(out)["results"]] == ["a", "b"]
    assert json.loads(out_json.read_text())["results"][0]["id"] == "a"
    assert out_csv.read_text().splitlines()[0].startswith("id,verdict,code")
    assert oct(out_json.stat().st_mode & 0o777) == "0o600"


def test_config_file_sets_defaults_and_flags_win(capsys, _postcheck_home):
    _postcheck_home.mkdir(parents=True, exist_ok=True)
    (_postcheck_home / "postcheck.toml").write_text('[check]\nprofession = "physio"\nconsent = "written"\n')
    code, out, _ = run(capsys, "check", RISKY, "--format", "json")
    post = json.loads(out)["results"][0]
    assert post["context"]["profession"] == "physiotherapist" and post["verdict"] == "review"
    code, out, _ = run(capsys, "check", RISKY, "--format", "json", "--consent", "none")
    assert json.loads(out)["results"][0]["verdict"] == "problem"


def test_config_set_and_bad_config(capsys, _postcheck_home):
    assert run(capsys, "config", "set", "profession", "SLT")[0] == 0
    assert 'profession = "SLT"' in (_postcheck_home / "postcheck.toml").read_text()
    code, _, err = run(capsys, "config", "set", "profession", "wizard")
    assert code == 2 and "profession" in err
    (_postcheck_home / "postcheck.toml").write_text("[check]\nprofession = \n")
    code, _, err = run(capsys, "check", FINE)
    assert code == 2 and "PC-E301" in err and "postcheck.toml" in err


def test_ignore_and_select_flags(capsys):
    code, out, _ = run(capsys, "check", RISKY, "--select", "C110", "--format", "json")
    assert {f["code"] for f in json.loads(out)["results"][0]["findings"]} == {"C110"}
    code, out, _ = run(capsys, "check", RISKY, "--ignore", "C1,C2", "--format", "json")
    assert json.loads(out)["results"][0]["findings"] == [] and code == 0


def test_rules_rule_and_standards(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "C110  patient-name" in out
    code, out, _ = run(capsys, "rule", "patient-name")
    assert code == 0 and "Why it matters" in out and "[[Mrs Jones]]" in out and "Leaves alone" in out
    assert run(capsys, "rule", "Z999")[0] == 2
    code, out, _ = run(capsys, "standards")
    assert "5.1" in out and "If the information could allow a service user to be identified" in out
    assert "C110" in out
    code, out, _ = run(capsys, "standards", "--professions")
    assert "College of Paramedics" in out and "Park House" in out


def test_installed_console_script_and_version():
    exe = Path(sys.executable).parent / "postcheck"
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    env = dict(os.environ)
    proc = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("postcheck ")
    proc = subprocess.run([str(exe), "check", RISKY], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1 and "\x1b[" not in proc.stdout  # no colour when not a terminal


def test_jsonl_process_pool_matches_single_process_and_keeps_order(capsys, tmp_path):
    lines = []
    for i in range(600):
        if i == 300:
            lines.append(b"{not json")
        text = RISKY if i % 3 == 0 else FINE
        lines.append(json.dumps({"id": f"p{i}", "text": text}).encode())
    src = tmp_path / "many.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    code1, out1, _ = run(capsys, "check", "--jsonl", str(src), "--format", "jsonl", "--workers", "1")
    code2, out2, err2 = run(capsys, "check", "--jsonl", str(src), "--format", "jsonl", "--workers", "2")
    assert out1 == out2 and code1 == code2 == 1
    rows = [json.loads(x) for x in out2.splitlines()[1:]]
    assert [r.get("id") for r in rows[:3]] == ["p0", "p1", "p2"]
    assert rows[300] == {"line": 301, "error": rows[300]["error"]} and "not valid JSON" in rows[300]["error"]
    assert rows[301]["id"] == "p300" and len(rows) == 601
    assert "checked 600 posts: 200 with findings, 1 line could not be read" in err2
