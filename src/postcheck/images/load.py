"""Opening an image safely: sniff what it really is, refuse bombs and broken files with one line.

Pillow reads JPEG, PNG, WebP and GIF (first frame); HEIC/HEIF when ``pillow-heif`` is installed
(the ``images`` extra); DICOM is recognised by its ``DICM`` marker and read with pydicom
(``dicom.py``). Every refusal is an :class:`ImageError` naming the file.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from postcheck.errors import InputError

MAX_BYTES = 200 * 1024 * 1024        # one image file
MAX_PIXELS = 100_000_000              # 100 megapixels (a 12 MP phone photo is 12,000,000)
MAX_SIDE = 30_000                     # pixels, either side


class ImageError(InputError):
    """An image that cannot be checked: not an image, corrupt, truncated or unsupported."""

    code = "PC-E150"


class ImageTooLarge(ImageError):
    """Over the size limits (bytes, pixels: decompression bombs)."""

    code = "PC-E151"


class ImageUnsupported(ImageError):
    """A format postcheck recognises but cannot read with what is installed."""

    code = "PC-E152"


IMAGES_HINT = "install the image checks with `pip install 'postcheck[images]'`"


def sniff(head: bytes) -> str | None:
    """The real format from the first bytes (never from the file name)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "DICOM"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"heim", b"heis", b"avif"):
        return "AVIF" if head[8:12] == b"avif" else "HEIF"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[:2] == b"BM":
        return "BMP"
    return None


@dataclass
class Loaded:
    """An image file read into memory (bytes), its sniffed format and, for pictures, the
    lazily opened Pillow image (pixels not decoded yet)."""

    name: str                 # how reports name it (the path given, or an archive member)
    data: bytes
    format: str
    image: object | None = None   # PIL.Image.Image
    frames: int = 1


def read_bytes(path: str | Path, name: str | None = None) -> tuple[str, bytes]:
    p = Path(path)
    label = name or str(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ImageError("image not found", file=label) from None
    except OSError as exc:
        raise ImageError(f"cannot read the image: {exc.strerror or exc}", file=label) from None
    if p.is_dir():
        raise ImageError("this is a folder, not an image", file=label)
    if size > MAX_BYTES:
        raise ImageTooLarge(f"image file too large ({size / 1e6:,.0f} MB; the limit is {MAX_BYTES / 1e6:,.0f} MB)", file=label)
    try:
        return label, p.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read the image: {exc.strerror or exc}", file=label) from None


def _heif_opener() -> bool:
    try:
        import pillow_heif
    except ModuleNotFoundError:
        return False
    pillow_heif.register_heif_opener()
    return True


def open_image(name: str, data: bytes) -> Loaded:
    """Sniff and open ``data``; raise :class:`ImageError` (naming ``name``) when it cannot be
    checked. The pixels are not decoded here: metadata checks never pay for them."""
    if not data:
        raise ImageError("empty file, not an image", file=name)
    if len(data) > MAX_BYTES:
        raise ImageTooLarge(f"image file too large ({len(data) / 1e6:,.0f} MB; the limit is {MAX_BYTES / 1e6:,.0f} MB)", file=name)
    fmt = sniff(data[:132])
    if fmt is None:
        raise ImageError("not an image postcheck can read (expected JPEG, PNG, WebP, GIF, HEIC or DICOM)", file=name)
    if fmt == "DICOM":
        return Loaded(name, data, fmt)
    if fmt in ("HEIF", "AVIF") and not _heif_opener():
        raise ImageUnsupported(f"{fmt} photos need pillow-heif: {IMAGES_HINT}", file=name)
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ImageTooLarge("image has too many pixels (a decompression bomb?)", file=name) from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for broken files
        raise ImageError(f"corrupt or unreadable {fmt} image ({_short(exc)})", file=name) from None
    if w <= 0 or h <= 0:
        raise ImageError(f"{fmt} image with no pixels", file=name)
    if w * h > MAX_PIXELS or max(w, h) > MAX_SIDE:
        raise ImageTooLarge(f"image too large ({w:,}×{h:,} pixels; the limit is {MAX_PIXELS / 1e6:,.0f} megapixels)", file=name)
    frames = int(getattr(im, "n_frames", 1) or 1)
    return Loaded(name, data, fmt if fmt not in ("HEIF",) else "HEIC", im, frames)


def decode(loaded: Loaded, max_side: int | None = None):
    """The first frame as an RGB image, upright (EXIF orientation applied), at most
    ``max_side`` pixels on its longer side (JPEGs are decoded at a reduced scale directly)."""
    from PIL import Image, ImageOps

    im = loaded.image
    try:
        if max_side and loaded.format == "JPEG":
            w, h = im.size
            scale = max_side / max(w, h)
            if scale < 1:   # a fresh decoder: draft() changes the image's size, and loaded.image must keep its own
                im = Image.open(io.BytesIO(loaded.data))
                im.draft("RGB", (max(1, int(w * scale)), max(1, int(h * scale))))
        im.seek(0)
        im.load()
        out = ImageOps.exif_transpose(im) if loaded.format in ("JPEG", "WEBP", "PNG", "TIFF", "HEIC") else im
        out = out.convert("RGB")
    except Image.DecompressionBombError:
        raise ImageTooLarge("image has too many pixels (a decompression bomb?)", file=loaded.name) from None
    except Exception as exc:  # noqa: BLE001 - truncated data and friends
        raise ImageError(f"corrupt or truncated {loaded.format} image ({_short(exc)})", file=loaded.name) from None
    if max_side and max(out.size) > max_side:
        out.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
    return out


def _short(exc: Exception) -> str:
    import re

    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return re.sub(r"\s*<_io\.BytesIO object at 0x[0-9a-f]+>", "", text)[:120]
