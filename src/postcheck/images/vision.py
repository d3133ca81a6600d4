"""Faces (OpenCV's bundled Haar cascades) and text (RapidOCR, models inside its wheel).

Both come with the ``images`` extra and are loaded once per process. Nothing is downloaded:
rapidocr 3.x ships its PP-OCR ONNX models in the wheel, and opencv-python-headless < 5 ships
the cascade XML files (OpenCV 5 removed them; see DEPENDENCY-NOTES).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

FACE_SIDE = 1024       # faces are looked for on a copy at most this many pixels wide or high
OCR_SIDE = 1280        # text is read on a copy at most this size (12 MP photos are 4000×3000)

THREADS_ENV = "POSTCHECK_IMAGE_THREADS"   # set to 1 by the audit's worker pool

_ENGINES: dict[str, object] = {}


@dataclass(frozen=True)
class TextLine:
    text: str
    box: tuple[int, int, int, int]     # x, y, w, h in the original image's pixels (upright)
    score: float


def available() -> tuple[bool, bool]:
    """(faces, ocr): which of the two is installed."""
    import importlib.util

    faces = importlib.util.find_spec("cv2") is not None and importlib.util.find_spec("numpy") is not None
    ocr = faces and importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None
    return faces, ocr


def _cascade():
    if "face" not in _ENGINES:
        import cv2

        if int(os.environ.get(THREADS_ENV, "0") or 0) > 0:
            cv2.setNumThreads(int(os.environ[THREADS_ENV]))

        path = getattr(getattr(cv2, "data", None), "haarcascades", "") + "haarcascade_frontalface_default.xml"
        c = cv2.CascadeClassifier(path)
        if c.empty():
            raise RuntimeError("OpenCV's face detector files are missing (opencv-python-headless 5 removed them; "
                               "install opencv-python-headless<5)")
        profile = cv2.CascadeClassifier(getattr(cv2.data, "haarcascades", "") + "haarcascade_profileface.xml")
        eyes = cv2.CascadeClassifier(getattr(cv2.data, "haarcascades", "") + "haarcascade_eye.xml")
        _ENGINES["face"] = (c, None if profile.empty() else profile, None if eyes.empty() else eyes)
    return _ENGINES["face"]


def find_faces(image) -> list[tuple[int, int, int, int]]:
    """Face boxes (x, y, w, h) in ``image``'s pixels: frontal faces confirmed by an eye, and
    profiles that no frontal box overlaps. Faces smaller than 3 % of the shorter side are
    ignored (people far away are rarely recognisable)."""
    import cv2
    import numpy as np

    frontal, profile, eyes = _cascade()
    w, h = image.size
    scale = min(1.0, FACE_SIDE / max(w, h))
    small = image if scale >= 1 else image.resize((max(1, int(w * scale)), max(1, int(h * scale))))
    gray = cv2.cvtColor(np.asarray(small), cv2.COLOR_RGB2GRAY)
    side = max(32, int(min(small.size) * 0.03))
    boxes = []
    for b in frontal.detectMultiScale(gray, 1.15, 5, minSize=(side, side)):
        x, y, bw, bh = (int(v) for v in b)
        # An eye in the upper part of the box confirms it: on busy scenes (textures, blobs)
        # the frontal cascade alone finds "faces" that are not there.
        roi = gray[y: y + bh * 5 // 8, x: x + bw]
        eye = max(6, bw // 10)
        if eyes is None or len(eyes.detectMultiScale(roi, 1.1, 3, minSize=(eye, eye))):
            boxes.append((x, y, bw, bh))
    if profile is not None:
        for b in profile.detectMultiScale(gray, 1.15, 8, minSize=(side, side)):
            b = tuple(int(v) for v in b)
            if not any(_overlap(b, f) > 0.3 for f in boxes):
                boxes.append(b)
    return [tuple(int(round(v / scale)) for v in b) for b in boxes]


def _overlap(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    return inter / float(min(aw * ah, bw * bh) or 1)


def _ocr():
    if "ocr" not in _ENGINES:
        from rapidocr import RapidOCR

        # log_level "error": quiet, also about photos with no text ("detection result is empty")
        params = {"Global.log_level": "error", "Global.use_cls": False}   # no 180° text-direction pass: ~10 % faster
        threads = int(os.environ.get(THREADS_ENV, "0") or 0)
        if threads > 0:   # one thread per worker process when several workers share the cores
            params.update({"EngineConfig.onnxruntime.intra_op_num_threads": threads,
                           "EngineConfig.onnxruntime.inter_op_num_threads": 1})
        _ENGINES["ocr"] = RapidOCR(params=params)
    return _ENGINES["ocr"]


def read_text(image) -> list[TextLine]:
    """Lines of text in ``image``, top to bottom, left to right. When the detector finds no
    text region, recognition is never run."""
    import numpy as np

    w, h = image.size
    scale = min(1.0, OCR_SIDE / max(w, h))
    small = image if scale >= 1 else image.resize((max(1, int(w * scale)), max(1, int(h * scale))))
    out = _ocr()(np.asarray(small)[:, :, ::-1].copy())     # RGB -> BGR, as OpenCV expects
    txts = getattr(out, "txts", None) or ()
    boxes = getattr(out, "boxes", None)
    scores = getattr(out, "scores", None) or ()
    lines: list[TextLine] = []
    for i, text in enumerate(txts):
        text = str(text).strip()
        if not text or boxes is None:
            continue
        pts = boxes[i]
        xs = [float(p[0]) for p in pts]
        ys = [float(p[1]) for p in pts]
        x0, y0 = min(xs) / scale, min(ys) / scale
        x1, y1 = max(xs) / scale, max(ys) / scale
        lines.append(TextLine(text, (int(x0), int(y0), int(x1 - x0), int(y1 - y0)),
                              float(scores[i]) if i < len(scores) else 1.0))
    return reading_order(lines)


def reading_order(lines: list[TextLine]) -> list[TextLine]:
    """Top to bottom; lines whose vertical middles are within half a line of each other are
    one row, read left to right."""
    rows: list[list[TextLine]] = []
    for ln in sorted(lines, key=lambda ln: ln.box[1] + ln.box[3] / 2):
        mid = ln.box[1] + ln.box[3] / 2
        if rows:
            last = rows[-1][-1]
            if abs(mid - (last.box[1] + last.box[3] / 2)) <= max(4, min(ln.box[3], last.box[3]) / 2):
                rows[-1].append(ln)
                continue
        rows.append([ln])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.box[0])]
