"""Checking images: what a photo gives away beyond its caption.

- metadata (Pillow, base install): GPS position, capture time, device and owner fields, an
  embedded thumbnail that still shows what was cropped;
- text inside the picture (RapidOCR, ``images`` extra) run through the same text rules,
  each finding mapped to a box in the image;
- faces (OpenCV Haar cascades, ``images`` extra), more severe when the caption or the text in
  the picture is about care;
- DICOM patient tags and burned-in text (pydicom, ``images`` extra).

``check_image(checker, path)`` checks one file; ``check_post(checker, text, images)`` checks a
draft with its photos and gives one :class:`~postcheck.model.finding.Result`. Fixes write
copies (``copies.py``) and never touch the original.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from postcheck.model.finding import Finding, Fix

from .load import IMAGES_HINT, ImageError, ImageTooLarge, ImageUnsupported, Loaded, decode, open_image, read_bytes

LEVELS = ("meta", "full")   # meta: metadata only (fast); full: + text and faces when installed


@dataclass(frozen=True)
class ImageRule:
    code: str
    name: str
    standards: tuple[str, ...]
    severity: str
    summary: str
    explanation: str
    advice: str


GUIDANCE = ("The HCPC's guidance counts \"images relating to their care\" among the information that can "
            "identify a service user (5.1), whether you share to your personal connections or to the public.")

RULES: dict[str, ImageRule] = {r.code: r for r in [
    ImageRule("I101", "image-gps-location", ("5.1", "2.12"), "low",
              "The photo's metadata holds the GPS position where it was taken.",
              "Phones write the exact position into each photo. Anyone who saves the picture can read it and "
              "find the ward, a service user's home, or your own home. " + GUIDANCE,
              "Post the clean copy (metadata removed), and turn off location tagging in your camera settings."),
    ImageRule("I102", "image-capture-details", ("5.1",), "info",
              "The photo's metadata says when it was taken, on which device and by whom.",
              "Capture time, device, serial number and owner fields travel with the file. With other details "
              "they date an event in someone's care or link the photo to you.",
              "Post the clean copy (metadata removed)."),
    ImageRule("I103", "image-hidden-thumbnail", ("5.1", "2.12"), "medium",
              "An embedded thumbnail still shows what was cropped or covered in the photo.",
              "Some editors crop or cover the picture but keep the original thumbnail in the metadata. "
              "Anyone can extract it and see what you removed. " + GUIDANCE,
              "Post the clean copy: it has no thumbnail."),
    ImageRule("I104", "faces-in-image", ("5.1", "2.12", "1.9"), "medium",
              "Faces in a photo about care, or with details that point to care.",
              "A face identifies a person at once. In a photo about care, a service user's or carer's face "
              "needs their recorded consent to this post. " + GUIDANCE,
              "Use the blurred copy (faces covered), or post only with the person's written consent."),
    ImageRule("I105", "medical-image-patient-data", ("5.1", "2.12", "10.3"), "high",
              "A medical image (DICOM) carries the patient's details in its tags or burned into the picture.",
              "Scans, X-rays and their screenshots carry the patient's name, ID, date of birth and the hospital "
              "in their header and often in the corners of the image. Records must be kept secure (10.3). "
              + GUIDANCE,
              "Do not post it. For teaching, use your organisation's anonymisation tool and get approval."),
    ImageRule("I106", "identifying-text-in-image", ("5.1", "2.12"), "high",
              "Text inside the picture (a wristband, whiteboard, screen, label or letter) with a service user's details.",
              "Names, numbers and dates on wristbands, boards, screens and letters can be read from a photo "
              "(people zoom in). " + GUIDANCE,
              "Use the blurred copy (the text covered), or do not post the photo."),
]}


def rule_list() -> list[ImageRule]:
    return list(RULES.values())


@dataclass
class ImageInfo:
    """What was checked in one image (the ``images`` entries of a result)."""

    file: str
    format: str | None = None
    width: int | None = None
    height: int | None = None
    frames: int = 1
    checks: list[str] = field(default_factory=list)      # metadata, text, faces, dicom
    faces: int = 0
    text: str = ""                                       # the text read in the picture
    clean_copy: str | None = None
    blurred_copy: str | None = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    exception: Exception | None = field(default=None, repr=False, compare=False)
    cover: list = field(default_factory=list, repr=False)  # faces and identifying text: what a blurred copy covers

    def to_dict(self) -> dict:
        out = {"file": self.file, "format": self.format, "width": self.width, "height": self.height,
               "checks": list(self.checks), "faces": self.faces}
        if self.frames > 1:
            out["frames"] = self.frames
        if self.text:
            out["text"] = self.text
        for key in ("clean_copy", "blurred_copy", "error"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def _finding(code: str, media: str, text: str, message: str, *, severity: str | None = None,
             confidence: float = 0.9, box=None, part: str = "image_metadata", start: int = 0, end: int = 0,
             fix_title: str | None = None) -> Finding:
    rule = RULES[code]
    return Finding(code=code, name=rule.name, standards=rule.standards, severity=severity or rule.severity,
                   confidence=confidence, start=start, end=end, text=text, message=message,
                   explanation=rule.explanation,
                   fix=Fix(fix_title or rule.advice, "", "safe" if code in ("I101", "I102", "I103") else "review"),
                   part=part, media=media, box=tuple(box) if box else None)


def _care(engine, text: str, profession: str | None) -> bool:
    """Is this text about a service user's care (the engine's own care assessment)?"""
    if not text.strip():
        return False
    from postcheck.detectors.identity import Analysis
    from postcheck.engine.doc import PostDoc

    return Analysis(PostDoc(text[:20_000]), engine.lexicons, profession).care.score >= 0.5


def check_image(checker, path=None, *, data: bytes | None = None, name: str | None = None, caption: str = "",
                context=None, level: str = "full", copies: Path | None = None) -> tuple[list[Finding], ImageInfo]:
    """Check one image (a file ``path``, or ``data`` bytes called ``name``).

    Returns its findings and an :class:`ImageInfo`. Unreadable images raise
    :class:`ImageError` (one line, naming the file). ``caption`` is the post's text: care
    words in it make faces and locations more serious. With ``copies`` (a folder), a clean
    copy is written whenever metadata was found, and a blurred copy when faces or identifying
    text were.
    """
    from postcheck.model.context import Context

    from .meta import describe_position, read_metadata

    engine = getattr(checker, "engine", checker)
    context = context or Context()
    if data is None:
        label, data = read_bytes(path, name)
    else:
        label = name or "image"
    loaded = open_image(label, data)
    info = ImageInfo(file=label, format=loaded.format, frames=loaded.frames)
    findings: list[Finding] = []
    picture = None
    ocr_text = ""
    faces_ok, ocr_ok = _installed() if level == "full" else (False, False)

    if loaded.format == "DICOM":
        from .dicom import read_dicom

        tags, burned_in, picture = read_dicom(label, data)
        info.checks.append("dicom")
        direct = [t for t in tags if t[2] == "direct"]
        if direct or len(tags) >= 2:
            shown = "; ".join(f"{lbl}: {val}" for lbl, val, _ in tags[:6])
            findings.append(_finding("I105", label, shown,
                                     f"This DICOM file carries the patient's details in its header ({shown}).",
                                     confidence=0.95 if direct else 0.8))
        if burned_in:
            findings.append(_finding("I105", label, "BurnedInAnnotation: YES",
                                     "The file says patient details are burned into the image itself.", confidence=0.9))
        if picture is not None:
            info.width, info.height = picture.size
        else:
            info.notes.append("its pixels could not be decoded here: only the header was checked")
    else:
        md = read_metadata(loaded)
        info.width, info.height = loaded.image.size
        info.checks.append("metadata")
        if loaded.frames > 1:
            info.notes.append(f"animated ({loaded.frames} frames): the first frame was checked")
        if md.gps:
            lat, lon = md.gps
            findings.append(_finding("I101", label, f"GPS {lat:.5f}, {lon:.5f}",
                                     "The photo's metadata holds where it was taken: " + describe_position(lat, lon, md.gps_decimals) + ".",
                                     fix_title="Post the clean copy: metadata removed (and turn off location tagging)"))
        if md.thumbnail_differs:
            findings.append(_finding("I103", label, "embedded thumbnail", "The photo's metadata: " + md.thumbnail_differs + ".",
                                     fix_title="Post the clean copy: no thumbnail"))
        details = ([f"taken {md.taken}"] if md.taken else []) + ([" ".join(md.device)] if md.device else []) \
            + [f"{k}: {v}" for k, v in md.owner[:4]]
        if details:
            findings.append(_finding("I102", label, "; ".join(details)[:300],
                                     "The photo's metadata says " + "; ".join(details)[:300] + ".", confidence=0.9,
                                     fix_title="Post the clean copy: metadata removed"))
        if md.fields:
            info.notes.append(f"{md.fields} metadata fields")

    cared: list[bool] = []

    def about_care() -> bool:
        """Is the caption, with the words in the picture, about care? (Asked at most once.)"""
        if not cared:
            cared.append(_care(engine, caption + "\n" + ocr_text, getattr(context, "profession", None)))
        return cared[0]

    if level == "full" and (faces_ok or ocr_ok):
        seen = _see(loaded, picture, faces_ok, ocr_ok)
        if seen is not None:
            lines, boxes = seen
            if ocr_ok:
                info.checks.append("text")
                ocr_text, text_findings = _text_findings(engine, label, lines, caption, context)
                info.text = ocr_text
                findings += text_findings
                if text_findings and imaging_screen(ocr_text) and not any(f.code == "I105" for f in findings):
                    shown = "; ".join(dict.fromkeys(f.text for f in text_findings))[:200]
                    findings.append(_finding("I105", label, shown,
                                             f"This looks like a screenshot of medical imaging with the patient's details "
                                             f"burned in ({shown}).", confidence=0.85, part="image_text",
                                             box=text_findings[0].box))
                info.cover += [f.box for f in text_findings if f.box]
            if faces_ok:
                info.checks.append("faces")
                info.faces = len(boxes)
                if boxes:
                    info.cover += boxes
                    findings += _face_findings(label, boxes, context,
                                               loaded.format == "DICOM" or about_care(),
                                               any(f.part == "image_text" or f.code == "I105" for f in findings))
    elif level == "full":
        info.notes.append("text and faces in the picture were not checked: " + IMAGES_HINT)

    gps = [f for f in findings if f.code == "I101"]
    if gps:   # where a photo was taken matters most when it is about someone's care
        care = any(f.part == "image_text" for f in findings) or about_care()
        for f in gps:
            f.severity = "high" if care else "low"
            if care:
                f.message += " The post is about care: the position can point to the ward or to a service user's home."
    if copies == "beside":
        copies = Path(path).parent if path is not None else None
    if copies is not None and loaded.format != "DICOM":
        from . import copies as fix

        copies = Path(copies)
        full = decode(loaded)
        # always: even a photo with no findings may carry fields postcheck does not read
        info.clean_copy = str(fix.write_clean(loaded, copies, full))
        if info.cover:
            info.blurred_copy = str(fix.write_blurred(loaded, copies, info.cover, full))
    elif copies is not None:
        info.notes.append("no copy written: DICOM files need your organisation's anonymisation tool")
    return findings, info


_SEEN: OrderedDict = OrderedDict()   # (sha256 of the file, faces?, text?) -> (lines, faces), most recent last
_SEEN_MAX = 64


def _see(loaded: Loaded, picture, faces_ok: bool, ocr_ok: bool):
    """Text lines and face boxes in the upright original's pixels. The costly part of a check,
    so it is remembered per file content: checking the same photo again with another caption
    or context (the web page re-checks as you type) only re-runs the text rules."""
    key = (hashlib.sha256(loaded.data).hexdigest(), faces_ok, ocr_ok)
    if key in _SEEN:
        _SEEN.move_to_end(key)
        return _SEEN[key]
    from . import vision

    scale = 1.0
    if picture is None:
        if loaded.image is None:
            return None
        picture = decode(loaded, max_side=max(vision.OCR_SIDE, vision.FACE_SIDE))
        full_w = loaded.image.size[1] if _swapped(loaded) else loaded.image.size[0]
        scale = full_w / picture.size[0] if picture.size[0] else 1.0
    lines = []
    if ocr_ok:
        lines = [vision.TextLine(ln.text, tuple(int(v * scale) for v in ln.box), ln.score)
                 for ln in vision.read_text(picture)]
    boxes = [tuple(int(v * scale) for v in b) for b in vision.find_faces(picture)] if faces_ok else []
    _SEEN[key] = (lines, boxes)
    while len(_SEEN) > _SEEN_MAX:
        _SEEN.popitem(last=False)
    return lines, boxes


def _swapped(loaded: Loaded) -> bool:
    try:
        return loaded.image.getexif().get(274, 1) in (5, 6, 7, 8)
    except Exception:  # noqa: BLE001
        return False


def _installed() -> tuple[bool, bool]:
    from .vision import available

    return available()


_IMAGING = re.compile(
    r"\b(?:kVp?|mAs|W\s*[:=]\s*\d+|L\s*[:=]\s*-?\d+|WW\s*[:=]?|WL\s*[:=]?|Se(?:ries)?\s*[:#]?\s*\d+|Im(?:age)?\s*[:#]\s*\d+|"
    r"Slice|Thk|MRN|Acc(?:ession)?\s*(?:No|#|:)|DOB|D\.O\.B|Study\s*Date|PACS|CT|MRI|DICOM|AP|PA|LAT|Portable|Sag|Cor|Ax)\b",
    re.I)


def imaging_screen(text: str) -> bool:
    """Does the text read from a picture look like a medical imaging viewer's overlay? Two or
    more distinct overlay terms (kVp, mAs, W/L, series, image number, MRN, accession, DOB …)."""
    found = {m.group(0).split(":")[0].split("=")[0].strip().lower()[:3] for m in _IMAGING.finditer(text)}
    return len(found) >= 2


def _text_findings(engine, label, lines, caption, context) -> tuple[str, list[Finding]]:
    """Run the text rules on the words in the picture, with the caption as context; keep the
    findings inside the picture's text and map each span to a box."""
    if not lines:
        return "", []
    ocr_text = "\n".join(ln.text for ln in lines)
    prefix = (caption.strip() + "\n\n") if caption.strip() else ""
    if imaging_screen(ocr_text):
        # A viewer's overlay (kVp, W/L, series, MRN …) says this is a patient's scan: the
        # picture itself is the care context, whatever the caption says.
        prefix += "A patient's scan from clinic.\n\n"
    try:
        result = engine.check(prefix + ocr_text, context, "image")
    except Exception:  # noqa: BLE001 - OCR noise must never stop the check
        return ocr_text, []
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    out: list[Finding] = []
    for f in result.findings:
        if f.severity == "info" or f.start < len(prefix):
            continue
        s, e = f.start - len(prefix), f.end - len(prefix)
        boxes = []
        for ln, st in zip(lines, starts):
            en = st + len(ln.text)
            if e <= st or s >= en:
                continue
            x, y, w, h = ln.box
            a, b = max(s, st) - st, min(e, en) - st
            n = max(1, len(ln.text))
            boxes.append((x + w * a // n, y, max(1, w * (b - a) // n), h))
        if not boxes:
            continue
        x0 = min(b[0] for b in boxes)
        y0 = min(b[1] for b in boxes)
        x1 = max(b[0] + b[2] for b in boxes)
        y1 = max(b[1] + b[3] for b in boxes)
        box = (int(x0), int(y0), int(x1 - x0), int(y1 - y0))
        f.start, f.end = s, e
        f.part, f.media, f.box = "image_text", label, box
        f.fix = Fix("Use the blurred copy (this text covered), or do not post the photo", "", "review")
        f.message = "In the picture: " + f.message
        out.append(f)
    return ocr_text, out


def _face_findings(label, boxes, context, care: bool, identifying: bool) -> list[Finding]:
    n = len(boxes)
    what = "a face" if n == 1 else f"{n} faces"
    if getattr(context, "consent", "none") == "written":
        severity, why = "info", f"The photo shows {what}; you recorded written consent, so keep it with your records."
    elif care:
        severity = "high" if identifying else "medium"
        why = (f"The photo shows {what}, and the post is about care: a service user's face identifies them "
               "at once and needs their recorded consent.")
    else:
        severity, why = "info", (f"The photo shows {what}. If anyone in it is a service user or a carer, "
                                 "their written consent is needed before you post it.")
    return [_finding("I104", label, what, why, severity=severity, confidence=0.8 if care else 0.6, box=b, part="image")
            for b in boxes]


def check_post(checker, text: str, images: list, context=None, *, level: str = "full", copies: Path | None = None,
               id: str = "1"):
    """A draft with its photos: the text findings and every image's findings in one Result.

    ``images`` holds paths or ``(name, bytes)`` pairs. An unreadable image does not stop the
    others: its one-line error is in its ImageInfo and in the result's notes."""
    from postcheck.model.context import Context
    from postcheck.model.finding import Result

    engine = getattr(checker, "engine", checker)
    context = context or Context()
    if text.strip():
        result = engine.check(text, context, id)
    else:
        result = Result(id=id, text=text, verdict="ok", findings=[], redacted=None, context=context)
    for item in images:
        name, data = (item if isinstance(item, tuple) else (str(item), None))
        try:
            found, info = check_image(checker, name if data is None else None, data=data, name=name, caption=text,
                                      context=context, level=level, copies=copies)
        except ImageError as exc:
            info = ImageInfo(file=name, error=str(exc), exception=exc)
            found = []
        result.findings += found
        result.images.append(info)
    result.verdict = engine.verdict(result.findings)
    return result


__all__ = ["IMAGES_HINT", "ImageError", "ImageInfo", "ImageRule", "ImageTooLarge", "ImageUnsupported", "LEVELS",
           "RULES", "check_image", "check_post", "rule_list"]
