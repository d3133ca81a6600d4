"""Fixes for images: a clean copy (every metadata field stripped) and a blurred copy (faces and
identifying text covered as well). The original is never altered, and no existing file is
ever overwritten: copies are named ``<name>.clean.<ext>`` / ``<name>.blurred.<ext>``
(``-2``, ``-3`` … when taken)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from .load import Loaded, decode

WRITE_AS = {"JPEG": ("JPEG", ".jpg"), "PNG": ("PNG", ".png"), "WEBP": ("WEBP", ".webp"),
            "GIF": ("PNG", ".png"), "HEIC": ("JPEG", ".jpg"), "TIFF": ("PNG", ".png"), "BMP": ("PNG", ".png"),
            "DICOM": ("PNG", ".png"), "AVIF": ("JPEG", ".jpg")}


def free_path(folder: Path, stem: str, tag: str, suffix: str) -> Path:
    path = folder / f"{stem}.{tag}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}.{tag}-{n}{suffix}"
        n += 1
    return path


def encode(image, fmt: str) -> bytes:
    """Pixels only: no EXIF, XMP, IPTC, ICC-embedded comments or PNG text go with them."""
    buf = io.BytesIO()
    if fmt == "JPEG":
        image.save(buf, "JPEG", quality=92, optimize=True)
    elif fmt == "WEBP":
        image.save(buf, "WEBP", quality=90)
    else:
        image.save(buf, fmt)
    return buf.getvalue()


def _write(data: bytes, path: Path) -> None:
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def copy_bytes(loaded: Loaded, regions: list[tuple[int, int, int, int]] | None = None, image=None) -> tuple[bytes, str]:
    """A clean (``regions`` empty) or blurred copy in memory: (bytes, file suffix)."""
    fmt, suffix = WRITE_AS.get(loaded.format, ("PNG", ".png"))
    picture = image if image is not None else decode(loaded)
    if regions:
        picture = cover(picture, regions)
    return encode(picture, fmt), suffix


def cover(picture, regions: list[tuple[int, int, int, int]]):
    """A copy of ``picture`` with each region (x, y, w, h) pixelated and blurred beyond recognition."""
    from PIL import ImageFilter

    picture = picture.copy()
    W, H = picture.size
    for x, y, w, h in regions:
        pad = int(max(w, h) * 0.15)
        box = (max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad))
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        part = picture.crop(box)
        bw, bh = part.size
        tiny = part.resize((max(1, bw // 24), max(1, bh // 24)))
        part = tiny.resize((bw, bh)).filter(ImageFilter.GaussianBlur(max(2, min(bw, bh) // 10)))
        picture.paste(part, box[:2])
    return picture


def write_clean(loaded: Loaded, folder: Path, image=None) -> Path:
    """A copy with every metadata field removed (the picture turned upright first, so it
    still shows the right way up without its orientation tag)."""
    return _write_copy(loaded, folder, "clean", [], image)


def write_blurred(loaded: Loaded, folder: Path, regions: list[tuple[int, int, int, int]], image=None) -> Path:
    """A clean copy with each region covered (see :func:`cover`)."""
    return _write_copy(loaded, folder, "blurred", regions, image)


def _write_copy(loaded: Loaded, folder: Path, tag: str, regions, image) -> Path:
    data, suffix = copy_bytes(loaded, regions, image)
    path = free_path(folder, Path(loaded.name).stem, tag, suffix)
    _write(data, path)
    return path
