"""Photos inside exports are checked during an audit (issue 7): by the workers, which read
each photo from the export themselves; an unreadable photo is a note on its post and the
audit goes on."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "images"))
import imagegen as g  # noqa: E402

HAS_VISION = all(importlib.util.find_spec(m) for m in ("cv2", "rapidocr", "onnxruntime"))
T1, T2, T3 = "1700000000000000001", "1700000000000000002", "1700000000000000003"


@pytest.fixture
def photo_export(make_x, tmp_path):
    gps = g.jpeg_bytes(g.scene(), exif=g.exif(gps=(51.5246, -0.134)))
    band = g.jpeg_bytes(g.label(g.scene(), ["Jane Smith  DOB 03/04/1941", "NHS 943 476 5919"]))
    media = {f"{T1}-ward.jpg": gps, f"{T2}-band.jpg": band, f"{T3}-broken.jpg": b"\xff\xd8\xff" + b"\x00" * 64,
             f"{T1}-clip.mp4": b"\x00\x00\x00\x18ftypmp42"}
    return make_x("photos", [(1, "Home visit to Mrs Jones today, her leg ulcer is healing nicely"),
                             (2, ""), (3, "Sunset from the car park")], media_files=media)


def _by_post(out: str) -> dict:
    return {r["id"]: r for r in json.loads(out)["results"]}


def test_photo_metadata_is_checked_in_an_audit(cli, photo_export, tmp_path):
    code, out, err = cli("audit", photo_export, "--store", tmp_path / "s.sqlite3", "--workers", "1",
                         "--progress", "never", "--format", "json", "--images", "meta")
    assert code == 1, err
    results = json.loads(out)["results"]
    gps = [f for r in results for f in r["findings"] if f["code"] == "I101"]
    assert len(gps) == 1 and gps[0]["severity"] == "high"          # the caption is about a home visit
    assert gps[0]["media"].endswith(f"{T1}-ward.jpg") and gps[0]["part"] == "image_metadata"
    assert "PC-W120 image" in err and "broken.jpg" in err and "PC-E150" in err    # named, and the audit went on
    assert not any("clip.mp4" in json.dumps(r) for r in results if r["findings"])   # videos are not opened


def test_images_none_skips_photos(cli, photo_export, tmp_path):
    code, out, _ = cli("audit", photo_export, "--store", tmp_path / "s.sqlite3", "--workers", "1",
                       "--progress", "never", "--format", "json", "--images", "none")
    assert not [f for r in json.loads(out)["results"] for f in r["findings"] if f["code"].startswith("I")]


def test_process_pool_reads_photos_the_same_way(cli, photo_export, tmp_path):
    outs = []
    for workers in ("1", "2"):
        code, out, err = cli("audit", photo_export, "--store", tmp_path / f"s{workers}.sqlite3", "--workers", workers,
                             "--progress", "never", "--format", "json")
        outs.append(json.loads(out)["results"])
    assert outs[0] == outs[1]


@pytest.mark.skipif(not HAS_VISION, reason="the images extra is not installed (pip install 'postcheck[images]')")
def test_full_image_checks_read_a_wristband_in_a_photo_only_post(cli, photo_export, tmp_path):
    code, out, err = cli("audit", photo_export, "--store", tmp_path / "s.sqlite3", "--workers", "1",
                         "--progress", "never", "--format", "json", "--images", "full")
    results = json.loads(out)["results"]
    inside = [f for r in results for f in r["findings"] if f.get("part") == "image_text"]
    assert {"C101", "C105"} <= {f["code"] for f in inside}
    assert all(f["media"].endswith(f"{T2}-band.jpg") and len(f["box"]) == 4 for f in inside)


def test_a_decision_on_a_photo_finding_survives_a_re_audit(cli, photo_export, tmp_path):
    store = tmp_path / "s.sqlite3"
    args = ("audit", photo_export, "--store", store, "--workers", "1", "--progress", "never", "--format", "json")
    _, out, _ = cli(*args)
    from postcheck.store import open_store

    with open_store(store) as s:
        item = [i for i in s.review_queue(min_severity=1) if i.code == "I101"][0]
        s.decide(item.fingerprint, "deleted")
    cli(*args)
    with open_store(store) as s:
        assert not [i for i in s.review_queue(min_severity=1) if i.code == "I101"]
        assert [i for i in s.review_queue(min_severity=1, include_closed=True) if i.code == "I101"][0].decision == "deleted"


def test_photo_findings_in_the_reports_and_the_terminal_review(cli, photo_export, tmp_path):
    from postcheck.config import data_dir

    store = tmp_path / "s.sqlite3"
    cli("audit", photo_export, "--store", store, "--workers", "1", "--progress", "never", "--images", "meta")
    html = next((data_dir() / "reports").rglob("report.html")).read_text(encoding="utf-8")
    assert "In the photo data/tweets_media/" in html and "I101" in html
    from postcheck.api import Checker
    from postcheck.report.audit_text import render_review_item
    from postcheck.report.render import Style
    from postcheck.store import open_store

    with open_store(store) as s:
        item = [i for i in s.review_queue(min_severity=1) if i.code == "I101"][0]
    card = render_review_item(item, Checker().pack, Style(False), index=1, total=1)
    assert "in the photo data/tweets_media/" in card and "GPS 51.52460" in card and "Home visit" in card
