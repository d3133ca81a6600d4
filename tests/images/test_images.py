"""Image checks (issue 7): metadata, text in the picture, faces, DICOM, copies and bad input.

Every image is generated here (tests/images/imagegen.py). Tests that need the ``images`` extra
(OCR, faces, DICOM) skip with a message when it is not installed; CI installs it."""

from __future__ import annotations

import importlib.util
import io
import json
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

import imagegen as g
from postcheck.images import ImageError, ImageTooLarge, check_image, check_post
from postcheck.model.context import Context

HAS_VISION = all(importlib.util.find_spec(m) for m in ("cv2", "rapidocr", "onnxruntime"))
HAS_DICOM = importlib.util.find_spec("pydicom") is not None and importlib.util.find_spec("numpy") is not None
vision = pytest.mark.skipif(not HAS_VISION, reason="the images extra is not installed (pip install 'postcheck[images]')")
dicom = pytest.mark.skipif(not HAS_DICOM, reason="pydicom is not installed (pip install 'postcheck[images]')")

WARD = (51.52460, -0.13400)


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# ------------------------------------------------------------------------------ metadata

def test_gps_position_is_found_with_coordinates_and_a_note(checker, tmp_path):
    p = g.save(g.scene(), tmp_path / "shift.jpg", exif=g.exif(gps=WARD, make="Apple", model="iPhone 15"))
    found, info = check_image(checker, p, level="meta")
    gps = [f for f in found if f.code == "I101"]
    assert len(gps) == 1 and gps[0].severity == "low"     # no care context: a note, not a problem
    assert "51.52460° N, 0.13400° W" in gps[0].message and "in the UK" in gps[0].message
    assert gps[0].media == str(p) and gps[0].part == "image_metadata"
    assert info.checks == ["metadata"] and (info.width, info.height) == (1200, 800)


def test_a_photo_without_metadata_is_left_alone(checker, tmp_path):
    p = g.save(g.scene(), tmp_path / "plain.png")
    found, info = check_image(checker, p, level="meta")
    assert found == [] and info.error is None


def test_capture_time_device_and_owner_are_a_tip(checker, tmp_path):
    p = g.save(g.scene(), tmp_path / "t.jpg", exif=g.exif(make="Canon", model="EOS 90D", owner="Sam Carter",
                                                          taken="2026:03:04 14:05:00", serial="0123456789"))
    found, _ = check_image(checker, p, level="meta")
    assert codes(found) == ["I102"] and found[0].severity == "info"
    for part in ("taken 2026:03:04 14:05:00", "Canon EOS 90D", "Artist: Sam Carter", "BodySerialNumber: 0123456789"):
        assert part in found[0].text


def test_png_text_chunks_are_read(checker, tmp_path):
    from PIL.PngImagePlugin import PngInfo

    meta = PngInfo()
    meta.add_text("Author", "Sam Carter")
    p = tmp_path / "s.png"
    g.scene().save(p, pnginfo=meta)
    found, _ = check_image(checker, p, level="meta")
    assert "PNG Author: Sam Carter" in found[0].text


def test_thumbnail_that_still_shows_the_cropped_or_covered_part(checker, tmp_path):
    full = g.label(g.scene(), ["Jane Smith  DOB 03/04/1941"])
    covered = full.copy()
    ImageDraw.Draw(covered).rectangle((60, 280, 800, 420), fill="black")
    cases = {"cropped": full.crop((600, 0, 1200, 800)), "covered": covered, "untouched": full}
    got = {}
    for name, shown in cases.items():
        found, _ = check_image(checker, g.with_thumbnail(full, shown, tmp_path / f"{name}.jpg"), level="meta")
        got[name] = [f for f in found if f.code == "I103"]
    assert "different shape" in got["cropped"][0].message
    assert "does not match" in got["covered"][0].message
    assert got["untouched"] == []


def test_gps_in_a_post_about_care_is_high(checker, tmp_path):
    p = g.save(g.scene(), tmp_path / "visit.jpg", exif=g.exif(gps=WARD))
    found, _ = check_image(checker, p, level="meta", caption="Home visit to Mrs Jones today, her leg ulcer is healing")
    gps = [f for f in found if f.code == "I101"][0]
    assert gps.severity == "high" and "service user's home" in gps.message


def test_gps_is_found_in_webp_too(checker, tmp_path):
    p = tmp_path / "a.webp"
    g.scene().save(p, "WEBP", exif=g.exif(gps=(-33.86, 151.21)))
    found, info = check_image(checker, p, level="meta")
    assert info.format == "WEBP"
    assert "outside the UK" in [f for f in found if f.code == "I101"][0].message


# ------------------------------------------------------------------------------ text in the picture

@vision
def test_wristband_text_is_read_checked_and_boxed(checker, tmp_path):
    im = g.label(g.scene(), ["Jane Smith  DOB 03/04/1941", "NHS 943 476 5919"])
    p = g.save(im, tmp_path / "band.jpg")
    found, info = check_image(checker, p, caption="Lovely lady on the ward today")
    assert "text" in info.checks and "943 476 5919" in info.text
    by = {f.code: f for f in found if f.part == "image_text"}
    assert {"C101", "C105"} <= set(by)
    x, y, w, h = by["C101"].box
    assert 60 <= x <= 700 and 300 <= y <= 460 and w > 50 and h > 10      # where the label was drawn
    assert by["C101"].text == "943 476 5919" and by["C101"].severity == "high"


@vision
def test_ordinary_text_in_a_photo_is_not_a_finding(checker, tmp_path):
    im = g.label(g.scene(), ["Staff room rota", "Tea club: Fridays"])
    found, info = check_image(checker, g.save(im, tmp_path / "rota.jpg"))
    assert "Staff room rota" in info.text.replace("  ", " ") or "rota" in info.text.lower()
    assert [f for f in found if f.severity != "info"] == []


@vision
def test_no_text_regions_means_no_text(checker, tmp_path):
    found, info = check_image(checker, g.save(Image.new("RGB", (640, 480), (200, 210, 220)), tmp_path / "wall.png"))
    assert info.text == "" and found == []


# ------------------------------------------------------------------------------ faces

@vision
def test_faces_in_a_post_about_care_are_a_finding(checker, tmp_path):
    p = g.save(g.faces_photo(), tmp_path / "faces.jpg")
    found = check_post(checker, "Mr Patel on bay 4 finally walking again after his stroke", [p]).findings
    faces = [f for f in found if f.code == "I104"]
    assert len(faces) == 2 and all(f.severity in ("medium", "high") for f in faces)
    assert all(f.box and f.box[2] > 100 for f in faces)


@vision
def test_faces_without_care_context_are_only_a_tip(checker, tmp_path):
    p = g.save(g.faces_photo(), tmp_path / "us.jpg")
    result = check_post(checker, "Sunday walk with my sister", [p])
    assert [f.severity for f in result.findings if f.code == "I104"] == ["info", "info"]
    assert result.verdict == "ok"


@vision
def test_written_consent_turns_faces_into_a_tip(checker, tmp_path):
    p = g.save(g.faces_photo(), tmp_path / "f.jpg")
    result = check_post(checker, "Mr Patel on bay 4 walking again after his stroke", [p],
                        Context.from_mapping({"consent": "written"}))
    assert {f.severity for f in result.findings if f.code == "I104"} == {"info"}


@vision
def test_scene_without_faces_has_none(checker, tmp_path):
    found, info = check_image(checker, g.save(g.scene(seed=7), tmp_path / "room.jpg"))
    assert info.faces == 0 and "I104" not in codes(found)


# ------------------------------------------------------------------------------ copies

def test_clean_copy_has_no_metadata_and_the_original_is_untouched(checker, tmp_path):
    p = g.save(g.scene(), tmp_path / "shift.jpg", exif=g.exif(gps=WARD, owner="Sam Carter", orientation=6))
    before = p.read_bytes()
    out = tmp_path / "copies"
    out.mkdir()
    _, info = check_image(checker, p, level="meta", copies=out)
    assert p.read_bytes() == before
    clean = Image.open(info.clean_copy)
    assert len(clean.getexif()) == 0 and "exif" not in clean.info
    assert clean.size == (800, 1200)                                # turned upright before stripping
    _, again = check_image(checker, p, level="meta", copies=out)   # never overwrites
    assert again.clean_copy != info.clean_copy and Path(again.clean_copy).name == "shift.clean-2.jpg"
    found, _ = check_image(checker, info.clean_copy, level="meta")
    assert found == []


@vision
def test_blurred_copy_hides_the_text_and_the_faces(checker, tmp_path):
    im = g.label(g.faces_photo(1400, 900), ["Jane Smith  NHS 943 476 5919"], at=(40, 700), size=34)
    p = g.save(im, tmp_path / "bay.jpg")
    found, info = check_image(checker, p, caption="Our patient on bay 4 today", copies=tmp_path)
    assert info.blurred_copy
    blurred_found, blurred_info = check_image(checker, info.blurred_copy, caption="Our patient on bay 4 today")
    assert "943 476 5919" in info.text and "943 476 5919" not in blurred_info.text
    assert info.faces == 2 and blurred_info.faces == 0
    assert not [f for f in blurred_found if f.severity != "info"]


# ------------------------------------------------------------------------------ DICOM

def _dicom(path: Path, *, name="SMITH^JANE", pid="RX12345", dob="19410403", burned=True, pixels=True) -> Path:
    import numpy as np
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    if name:
        ds.PatientName = name
    if pid:
        ds.PatientID = pid
    if dob:
        ds.PatientBirthDate = dob
    ds.InstitutionName = "St Elsewhere General"
    ds.Modality = "OT"
    if burned is not None:
        ds.BurnedInAnnotation = "YES" if burned else "NO"
    if pixels:
        im = g.label(Image.new("RGB", (700, 500), (20, 20, 20)), ["SMITH JANE  NHS 943 476 5919"], at=(10, 10), size=26)
        arr = np.asarray(im.convert("L"))
        ds.Rows, ds.Columns = arr.shape
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        ds.PixelData = arr.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


@dicom
def test_dicom_patient_tags_are_high(checker, tmp_path):
    p = _dicom(tmp_path / "scan.dcm", pixels=False)
    found, info = check_image(checker, p, level="meta")
    tags = [f for f in found if f.code == "I105"]
    assert info.format == "DICOM" and tags and tags[0].severity == "high"
    assert "patient name: SMITH JANE" in tags[0].text and "date of birth: 19410403" in tags[0].text
    assert any("BurnedInAnnotation" in f.text for f in tags)


@dicom
def test_anonymised_dicom_is_not_flagged_for_tags(checker, tmp_path):
    p = _dicom(tmp_path / "anon.dcm", name="ANONYMOUS", pid="", dob="", burned=False, pixels=False)
    found, _ = check_image(checker, p, level="meta")
    assert found == []


@vision
@dicom
def test_text_burned_into_a_dicom_image_is_read(checker, tmp_path):
    p = _dicom(tmp_path / "xray.dcm", name="ANONYMOUS", pid="", dob="", burned=None)
    found, info = check_image(checker, p)
    assert "943 476 5919" in info.text and "C101" in codes(found)


# ------------------------------------------------------------------------------ formats and bad input

def test_gif_first_frame_and_animation_note(checker, tmp_path):
    frames = [g.scene(320, 240, seed=i) for i in range(3)]
    p = tmp_path / "anim.gif"
    frames[0].save(p, save_all=True, append_images=frames[1:], duration=100)
    _, info = check_image(checker, p, level="meta")
    assert info.format == "GIF" and info.frames == 3 and "first frame" in info.notes[0]


@pytest.mark.skipif(importlib.util.find_spec("pillow_heif") is None, reason="pillow-heif is not installed")
def test_heic_is_read_when_pillow_heif_is_installed(checker, tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    p = tmp_path / "phone.heic"
    g.scene(640, 480).save(p, "HEIF", exif=g.exif(gps=WARD).tobytes())
    found, info = check_image(checker, p, level="meta")
    assert info.format == "HEIC" and "I101" in codes(found)


def _bomb_png(w: int, h: int) -> bytes:
    """A tiny PNG that claims w×h pixels (its header is all a decoder sees first)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + b"\x00" * (w // 8 + 1)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * 10)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("make,code,words", [
    (lambda p: p.write_text("just some text, no picture"), "PC-E150", "not an image"),
    (lambda p: p.write_bytes(b""), "PC-E150", "empty file"),
    (lambda p: p.write_bytes(g.jpeg_bytes(g.scene())[:3000]), "PC-E150", "truncated"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50), "PC-E150", "corrupt"),
    (lambda p: p.write_bytes(_bomb_png(40_000, 40_000)), "PC-E151", "too"),
    (lambda p: p.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100), None, None),
], ids=["text-file", "empty", "truncated-jpeg", "corrupt-png", "decompression-bomb", "fake-heic"])
def test_bad_images_get_one_line_naming_the_file(checker, tmp_path, make, code, words):
    p = tmp_path / "photo.jpg"
    make(p)
    with pytest.raises(ImageError) as err:
        check_image(checker, p)
    message = str(err.value)
    assert "\n" not in message and str(p) in message
    if code:
        assert message.startswith(code) and words in message


def test_one_bad_image_does_not_stop_the_others(checker, tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_text("nope")
    good = g.save(g.scene(), tmp_path / "good.jpg", exif=g.exif(gps=WARD))
    result = check_post(checker, "", [bad, good], level="meta")
    assert result.images[0].error.startswith("PC-E150") and "I101" in codes(result.findings)
    assert result.verdict == "review"


# ------------------------------------------------------------------------------ the command line

def test_cli_check_image_json_and_exit_codes(capsys, tmp_path):
    from postcheck.cli.app import main

    p = g.save(g.scene(), tmp_path / "shift.jpg", exif=g.exif(gps=WARD))
    assert main(["check", "--image", str(p), "--image-checks", "meta", "--format", "json"]) == 1
    wire = json.loads(capsys.readouterr().out)["results"][0]
    assert wire["images"][0]["file"] == str(p) and wire["images"][0]["checks"] == ["metadata"]
    f = [x for x in wire["findings"] if x["code"] == "I101"][0]
    assert f["media"] == str(p) and f["part"] == "image_metadata" and "start_utf16" not in f

    plain = g.save(g.scene(), tmp_path / "plain.png")
    assert main(["check", "Lovely walk today", "--image", str(plain), "--image-checks", "meta"]) == 0
    out = capsys.readouterr().out
    assert "image " + str(plain) in out and "checked metadata" in out


def test_cli_fix_writes_copies_beside_the_photo(capsys, tmp_path):
    from postcheck.cli.app import main

    p = g.save(g.scene(), tmp_path / "shift.jpg", exif=g.exif(gps=WARD))
    main(["check", "--image", str(p), "--image-checks", "meta", "--fix"])
    err = capsys.readouterr().err
    assert (tmp_path / "shift.clean.jpg").exists() and "clean copy" in err


def test_cli_bad_image_alone_is_exit_2_one_line(capsys, tmp_path):
    from postcheck.cli.app import main

    p = tmp_path / "x.png"
    p.write_text("hello")
    assert main(["check", "--image", str(p)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PC-E150" in err and str(p) in err
    assert main(["check", "--jsonl", "-", "--image", str(p)]) == 2
    assert "--jsonl" in capsys.readouterr().err


def test_too_many_pixels_refused_before_decoding(checker, tmp_path):
    p = tmp_path / "huge.png"
    p.write_bytes(_bomb_png(12_000, 9_000))     # 108 MP: over the 100 MP limit, a few bytes on disk
    with pytest.raises(ImageTooLarge):
        check_image(checker, p, level="meta")


@vision
def test_busy_scenes_do_not_grow_faces(checker, tmp_path):
    """Textured scenes made the bare frontal cascade see faces (5 in 40); each box now needs an eye."""
    from postcheck.images import vision as v

    scenes = [g.label(g.scene(seed=s), ["Jane Smith  DOB 03/04/1941"]) if s % 2 else g.scene(seed=s) for s in range(1, 31)]
    assert sum(len(v.find_faces(s)) for s in scenes) == 0
    assert len(v.find_faces(g.faces_photo(3000, 2000))) == 2


@vision
def test_boxes_and_copies_of_a_large_photo_are_in_its_own_pixels(checker, tmp_path):
    """A 12 MP photo is read at a reduced size; boxes must still point into the original, and
    the copies keep its full size."""
    im = g.label(g.scene(4000, 3000, seed=5), ["NHS 943 476 5919"], at=(600, 1200), size=110)
    p = g.save(im, tmp_path / "big.jpg", quality=90)
    found, info = check_image(checker, p, caption="Our patient on the ward", copies=tmp_path)
    box = [f for f in found if f.code == "C101"][0].box
    assert 550 <= box[0] <= 1000 and 1100 <= box[1] <= 1350 and box[2] > 400   # the label is at (600, 1200)
    assert Image.open(info.clean_copy).size == (4000, 3000) == Image.open(info.blurred_copy).size


@vision
def test_screenshot_of_imaging_with_burned_in_details(checker, tmp_path):
    im = Image.new("RGB", (1200, 900), (10, 10, 10))
    ImageDraw.Draw(im).ellipse((350, 200, 850, 800), fill=(150, 150, 150))       # "a scan"
    d = ImageDraw.Draw(im)
    f = g.font(30)
    d.text((20, 20), "SMITH, JANE  DOB 03/04/1941", fill="white", font=f)
    d.text((20, 60), "MRN 4455667  Acc: 99887766", fill="white", font=f)
    d.text((820, 820), "kVp 120  mAs 250", fill="white", font=f)
    found, info = check_image(checker, g.save(im, tmp_path / "xray.png"), caption="Interesting one this morning!")
    assert "I105" in codes(found) and "C105" in codes(found)
    assert [f for f in found if f.code == "I105"][0].severity == "high"


def test_imaging_overlay_terms_are_recognised():
    from postcheck.images import imaging_screen

    assert imaging_screen("SMITH JANE\nkVp 120 mAs 250\nSe: 3 Im: 45")
    assert not imaging_screen("Staff room rota\nTea club: Fridays")
    assert not imaging_screen("Series of talks on CPD")       # one term is not enough


def test_image_checks_setting_in_the_config(capsys, tmp_path, _postcheck_home):
    from postcheck.cli.app import main

    p = g.save(g.label(g.scene(), ["NHS 943 476 5919"]), tmp_path / "b.jpg")
    assert main(["config", "set", "image_checks", "meta"]) == 0
    capsys.readouterr()
    main(["check", "--image", str(p), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["results"][0]["images"][0]["checks"] == ["metadata"]
    assert main(["config", "set", "image_checks", "sometimes"]) == 2
    assert "image_checks must be meta or full" in capsys.readouterr().err
