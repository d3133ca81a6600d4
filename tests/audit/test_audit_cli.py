"""`postcheck audit` as a user meets it: formats, reports, exit codes, bad input, privacy."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import struct
import zipfile
from pathlib import Path

from conftest import EXAMPLE, FINE, RISKY, RISKY2

W1 = ("--workers", "1", "--color", "never", "--progress", "never")


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_text_summary_reports_and_exit_code(cli, _postcheck_home):
    code, out, err = cli("audit", EXAMPLE, *W1)
    assert code == 1
    assert "11 items read, 11 checked" in out
    m = re.search(r"Findings: (\d+) in (\d+) posts", out)
    _, js, _ = cli("audit", EXAMPLE, *W1, "--format", "json")
    results = json.loads(js)["results"]
    assert m and int(m.group(2)) == len(results) >= 2
    assert int(m.group(1)) == sum(len(r["findings"]) for r in results)
    assert "first audit" in out
    lines = out.splitlines()
    top = lines.index("Most serious first:")
    assert "C110 patient-name" in lines[top + 1] and "Mrs Dorothy Jones" in lines[top + 1]
    assert "https://x.com/sam_paramedic/status/1790000000000000003" in out
    # two audits can start in the same second: take the run the text summary names
    run_dir = next(d for d in (_postcheck_home / "reports").iterdir() if str(d) in out)
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", run_dir.name)
    assert sorted(p.name for p in run_dir.iterdir()) == ["findings.csv", "findings.jsonl", "report.html"]
    for p in run_dir.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert str(run_dir) in out and "postcheck review" in out


def test_fail_on_and_clean_and_empty_exports(cli, make_x, gen, tmp_path):
    assert cli("audit", EXAMPLE, *W1, "--fail-on", "never")[0] == 0
    assert cli("audit", EXAMPLE, *W1, "--fail-on", "high")[0] == 1
    code, out, _ = cli("audit", make_x("clean", [(1, FINE)]), *W1)
    assert code == 0 and "Findings: 0" in out
    empty = gen.zip_dir(gen.x_archive(tmp_path / "e", tweets=[]), tmp_path / "empty.zip")
    code, out, _ = cli("audit", empty, *W1)
    assert code == 0 and "0 items read" in out


def test_decided_findings_do_not_fail_the_next_run(cli, make_x):
    from postcheck.store import open_store

    z = make_x("one", [(1, RISKY)])
    assert cli("audit", z, *W1)[0] == 1
    store = open_store()
    for item in store.review_queue(min_severity=0):
        store.decide(item.fingerprint, "not_a_problem")
    store.close()
    code, out, _ = cli("audit", z, *W1)
    assert code == 0 and "Already decided" in out


def test_json_and_jsonl_formats_carry_post_metadata(cli):
    code, out, _ = cli("audit", EXAMPLE, *W1, "--format", "json")
    data = json.loads(out)
    assert data["envelope"]["command"] == "audit" and data["envelope"]["schema"].startswith("postcheck/")
    assert data["envelope"]["runs"][0]["platform"] == "x"
    post = data["results"][0]
    for key in ("id", "verdict", "findings", "redacted", "platform", "kind", "created_at", "url",
                "locator", "audience", "author", "source_file"):
        assert key in post
    f = post["findings"][0]
    for key in ("code", "name", "standards", "severity", "confidence", "start", "end", "text",
                "message", "explanation", "fix"):
        assert key in f
    assert post["verdict"] == "problem"
    code, out, _ = cli("audit", EXAMPLE, *W1, "--format", "jsonl")
    lines = [json.loads(x) for x in out.splitlines()]
    assert "envelope" in lines[0] and [x["id"] for x in lines[1:]] == [p["id"] for p in data["results"]]


def test_output_files_by_suffix(cli, tmp_path):
    outs = [tmp_path / n for n in ("r.html", "r.csv", "r.json", "r.jsonl")]
    args = [a for p in outs for a in ("--output", p)]
    assert cli("audit", EXAMPLE, *W1, *args)[0] == 1
    assert json.loads(outs[2].read_text())["results"][0]["id"] == "x:1790000000000000003"
    assert outs[1].read_text().startswith("rank,post_id,platform")
    assert "<!DOCTYPE html>" in outs[0].read_text()
    for p in outs:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    code, _, err = cli("audit", EXAMPLE, *W1, "--output", tmp_path / "r.pdf")
    assert code == 2 and "PC-E101" in err and "r.pdf" in err


def test_html_is_self_contained_escaped_and_filterable(cli, make_x, tmp_path):
    evil = '<script>alert("x")</script> <img src=x onerror=alert("y")> ' + RISKY
    z = make_x("evil", [(1, evil), (2, RISKY2)])
    report = tmp_path / "r.html"
    cli("audit", z, *W1, "--output", report)
    html = report.read_text()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<img" not in html
    assert html.count("<script>") == 1  # only the report's own filter script
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r'(src|href)="(https?:)?//', html.split("<main>")[0])  # no external assets
    assert not re.search(r"<link[^>]+stylesheet", html)
    for control in ('id="f-std"', 'id="f-sev"', 'id="f-plat"', 'id="f-year"', "@media print"):
        assert control in html
    assert 'data-year="2023"' in html and 'data-platform="X/Twitter"' in html
    assert 'href="https://x.com/para_sam/status/1700000000000000001"' in html
    assert "choose ⋯ (More) and Delete" in html


def test_csv_defuses_spreadsheet_formulas(cli, make_x, tmp_path):
    z = make_x("formula", [(1, "=HYPERLINK(\"http://evil\") " + RISKY)])
    out = tmp_path / "r.csv"
    cli("audit", z, *W1, "--output", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and all(r["post_text"].startswith("'=HYPERLINK") for r in rows)
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_unreadable_archives_exit_2_and_the_rest_is_audited(cli, tmp_path, _postcheck_home):
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = cli("audit", bad, EXAMPLE, *W1)
    assert code == 2
    assert "PC-E112" in err and "broken.zip" in err
    assert "11 items read" in out  # the good one was audited
    assert len(list((_postcheck_home / "reports").iterdir())) == 1


def test_not_an_export_names_what_postcheck_reads(cli, tmp_path):
    folder = tmp_path / "holiday"
    folder.mkdir()
    (folder / "notes.md").write_text("hello")
    code, _, err = cli("audit", folder, *W1)
    assert code == 2
    line = [x for x in err.splitlines() if "PC-E111" in x][0]
    for name in ("X/Twitter", "Facebook", "Instagram", "LinkedIn", "WhatsApp", "Bluesky"):
        assert name in line


def test_wrong_platform_forced(cli):
    code, _, err = cli("audit", EXAMPLE, *W1, "--platform", "linkedin")
    assert code == 2 and "PC-E116" in err and "looks like a X/Twitter export" in err


def test_empty_and_encrypted_zips(cli, tmp_path):
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    code, _, err = cli("audit", empty, *W1)
    assert code == 2 and "PC-E114" in err
    enc = tmp_path / "locked.zip"
    with zipfile.ZipFile(enc, "w") as zf:
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = []")
    raw = bytearray(enc.read_bytes())
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" flag bit
        i = raw.find(sig)
        struct.pack_into("<H", raw, i + off, struct.unpack_from("<H", raw, i + off)[0] | 1)
    enc.write_bytes(bytes(raw))
    code, _, err = cli("audit", enc, *W1)
    assert code == 2 and "PC-E113" in err


def _x_zip_with(tmp_path, gen, extra: dict[str, bytes | str], tweets_text=RISKY) -> Path:
    folder = gen.x_archive(tmp_path / "x", tweets=[gen.tweet("1700000000000000001", "2023-09-09 08:00:00", tweets_text)])
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
        for name, data in extra.items():
            info = zipfile.ZipInfo(name)
            if name.endswith(".lnk"):  # a symbolic link member
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return z


def test_traversal_bomb_and_malformed_members_are_named_and_skipped(cli, gen, tmp_path, _postcheck_home):
    bomb = "window.YTD.deleted_tweets.part0 = [" + " " * (3 * 1024 * 1024) + "]"
    z = _x_zip_with(tmp_path, gen, {
        "../../evil/tweets.js": "window.YTD.tweets.part0 = []",
        "data/deleted-tweets.js": bomb,
        "data/note-tweet.js": "window.YTD.note_tweet.part0 = [{not json",
        "data/profile.js.lnk": "/etc/passwd",
    })
    before = _tree(tmp_path)
    code, out, err = cli("audit", z, *W1)
    assert code == 1  # the tweet was still audited and has findings
    issues = [ln for ln in err.splitlines() if "PC-W" in ln]
    assert any("PC-W101" in ln and "../../evil/tweets.js" in ln for ln in issues)
    assert any("PC-W104" in ln and "data/deleted-tweets.js" in ln for ln in issues)
    assert any("PC-W105" in ln and "data/note-tweet.js" in ln for ln in issues)
    assert any("PC-W102" in ln and "data/profile.js.lnk" in ln for ln in issues)
    assert all(ln.startswith("postcheck: ") and "\n" not in ln for ln in issues)
    assert "file problems (the rest was read)" in out
    # nothing written outside the data folder
    after = _tree(tmp_path)
    outside = {p for p in after - before if not p.startswith(_postcheck_home.name)}
    assert outside == set()
    assert not (tmp_path.parent / "evil").exists()


def test_whatsapp_without_me_audits_every_sender_and_remembers_me(cli, gen, tmp_path):
    chat = tmp_path / "chat"
    chat.mkdir()
    (chat / "WhatsApp Chat with Alex.txt").write_text(
        "20/01/2019, 11:23 - Sam: " + RISKY + "\r\n"
        "20/01/2019, 11:24 - Alex: " + RISKY2 + "\r\n", encoding="utf-8")
    code, out, _ = cli("audit", chat, *W1, "--format", "json")
    senders = {p["author"] for p in json.loads(out)["results"]}
    assert senders == {"Sam", "Alex"}
    code, out, _ = cli("audit", chat, *W1)
    assert "messages from all 2 senders were checked" in out and "each finding names its sender" in out
    code, out, _ = cli("audit", chat, *W1, "--me", "Sam")
    assert "only those sent by Sam" in out
    code, out, _ = cli("audit", chat, *W1, "--format", "json")  # remembered
    assert {p["author"] for p in json.loads(out)["results"]} == {"Sam"}


def test_help_shows_the_default_store_path(cli, _postcheck_home, capsys):
    import pytest

    with pytest.raises(SystemExit):
        cli("audit", "--help")
    out = capsys.readouterr().out
    assert str(_postcheck_home / "audit.sqlite3") in " ".join(out.split()).replace("- ", "-") or \
        "audit.sqlite3" in out


def test_custom_store_and_since_until_flags(cli, make_x, tmp_path):
    z = make_x("d", [(1, RISKY), (2, RISKY2)])
    store = tmp_path / "elsewhere" / "my.sqlite3"
    code, out, _ = cli("audit", z, *W1, "--store", store, "--since", "2023-03", "--until", "2023-03-31")
    assert store.exists() and stat.S_IMODE(store.stat().st_mode) == 0o600
    assert "1 outside the dates asked for" in out
    code, _, err = cli("audit", z, *W1, "--since", "March")
    assert code == 2 and "cannot read the date" in err


def test_two_workers_from_the_cli(cli):
    code, out, _ = cli("audit", EXAMPLE, "--workers", "2", "--progress", "never", "--format", "json")
    ids = [r["id"] for r in json.loads(out)["results"]]
    assert code == 1 and ids[:2] == ["x:1790000000000000003", "x:1790000000000000004"]


def test_audit_table_in_the_config_file(cli, _postcheck_home):
    _postcheck_home.mkdir(parents=True, exist_ok=True)
    (_postcheck_home / "postcheck.toml").write_text('[audit]\nfail_on = "never"\nworkers = 1\ntop = 1\n')
    code, out, _ = cli("audit", EXAMPLE, "--progress", "never", "--color", "never")
    assert code == 0 and "  1. HIGH" in out and "  2. " not in out
    (_postcheck_home / "postcheck.toml").write_text('[audit]\nspeed = "fast"\n')
    code, _, err = cli("audit", EXAMPLE, *W1)
    assert code == 2 and "PC-E301" in err and "speed" in err
