"""Photos with a draft over the HTTP API (issue 7 in the web page): send, check, copies, limits."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "images"))
import imagegen as g  # noqa: E402

HAS_VISION = all(importlib.util.find_spec(m) for m in ("cv2", "rapidocr", "onnxruntime"))
GPS = (51.5246, -0.134)


def send(client, data: bytes, name: str = "ward.jpg"):
    return client.post("/api/v1/images", params={"name": name}, content=data,
                       headers={**client.h, "Content-Type": "application/octet-stream"})


def test_send_a_photo_then_check_it_with_the_draft(client):
    r = send(client, g.jpeg_bytes(g.scene(), exif=g.exif(gps=GPS)))
    assert r.status_code == 201, r.text
    photo = r.json()
    assert photo["format"] == "JPEG" and (photo["width"], photo["height"]) == (1200, 800)
    out = client.post("/api/v1/check", json={"text": "Home visit to Mrs Jones today, her ulcer is healing",
                                            "images": [photo["id"]], "image_checks": "meta"}, headers=client.h).json()
    gps = [f for f in out["findings"] if f["code"] == "I101"][0]
    assert gps["media"] == "ward.jpg" and gps["severity"] == "high" and "start_utf16" not in gps
    assert out["images"][0]["id"] == photo["id"] and out["verdict"] == "problem"
    # a photo alone (no text) is checked too
    alone = client.post("/api/v1/check", json={"text": "", "images": [photo["id"]], "image_checks": "meta"},
                        headers=client.h)
    assert alone.status_code == 200 and [f["code"] for f in alone.json()["findings"]] == ["I101"]


def test_clean_copy_download_has_no_metadata(client):
    from PIL import Image

    photo = send(client, g.jpeg_bytes(g.scene(), exif=g.exif(gps=GPS, owner="Sam Carter"))).json()
    r = client.post(f"/api/v1/images/{photo['id']}/copy", params={"kind": "clean"}, json={"text": ""}, headers=client.h)
    assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg"
    assert 'filename="ward.clean.jpg"' in r.headers["content-disposition"]
    copy = Image.open(io.BytesIO(r.content))
    assert len(copy.getexif()) == 0 and copy.size == (1200, 800)


@pytest.mark.skipif(not HAS_VISION, reason="the images extra is not installed")
def test_text_in_the_photo_has_a_box_and_the_blurred_copy_hides_it(client):
    im = g.label(g.scene(), ["Jane Smith  DOB 03/04/1941", "NHS 943 476 5919"])
    photo = send(client, g.jpeg_bytes(im), "band.jpg").json()
    out = client.post("/api/v1/check", json={"text": "", "images": [photo["id"]]}, headers=client.h).json()
    inside = {f["code"]: f for f in out["findings"] if f.get("part") == "image_text"}
    assert "C101" in inside and len(inside["C101"]["box"]) == 4
    r = client.post(f"/api/v1/images/{photo['id']}/copy", params={"kind": "blurred"}, json={"text": ""}, headers=client.h)
    assert r.status_code == 200
    again = send(client, r.content, "band.blurred.jpg").json()
    out2 = client.post("/api/v1/check", json={"text": "", "images": [again["id"]]}, headers=client.h).json()
    assert "943 476 5919" not in out2["images"][0].get("text", "")


def test_bad_photos_and_unknown_ids_get_one_line_errors(client):
    r = send(client, b"definitely not a picture", "notes.jpg")
    assert r.status_code == 422 and r.json()["error"]["code"] == "PC-E150" and "notes.jpg" in r.json()["error"]["message"]
    r = send(client, b"", "empty.png")
    assert r.status_code == 422
    r = client.post("/api/v1/check", json={"text": "hi", "images": ["0" * 24]}, headers=client.h)
    assert r.status_code == 404 and r.json()["error"]["code"] == "PC-E153"
    r = send(client, g.jpeg_bytes(g.scene()), "../../etc/passwd.jpg")
    assert r.status_code == 201 and r.json()["name"] == "passwd.jpg"


def test_photo_size_limit(client, monkeypatch):
    import postcheck.web.server as server

    monkeypatch.setattr(server, "MAX_IMAGE_BYTES", 1000)
    r = send(client, g.jpeg_bytes(g.scene()), "big.jpg")
    assert r.status_code == 413 and r.json()["error"]["code"] == "PC-E151"


def test_sending_a_photo_needs_the_csrf_header(client):
    r = client.post("/api/v1/images", params={"name": "a.jpg"}, content=g.jpeg_bytes(g.scene()),
                    headers={"Content-Type": "application/octet-stream"})
    assert r.status_code == 403


def test_photos_are_never_written_to_disk(client, tmp_path):
    from postcheck.config import data_dir

    data = g.jpeg_bytes(g.scene(seed=99), exif=g.exif(owner="Zyxwvuts Photographer"))
    photo = send(client, data).json()
    client.post("/api/v1/check", json={"text": "", "images": [photo["id"]], "image_checks": "meta"}, headers=client.h)
    client.post(f"/api/v1/images/{photo['id']}/copy", json={"text": ""}, headers=client.h)
    for root in (tmp_path, data_dir()):
        for path in root.rglob("*"):
            if path.is_file():
                assert b"Zyxwvuts" not in path.read_bytes() and data[:2000] not in path.read_bytes(), path
    assert client.delete(f"/api/v1/images/{photo['id']}", headers=client.h).status_code == 204
    r = client.post("/api/v1/check", json={"text": "x", "images": [photo["id"]]}, headers=client.h)
    assert r.status_code == 404
