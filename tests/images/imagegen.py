"""Test images, generated (nothing here comes from elsewhere): a scene with noise and shapes,
text drawn on a label, drawn faces that OpenCV's frontal-face cascade accepts, and EXIF written
with Pillow. Also used by benchmarks/images_bench.py."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from PIL.ExifTags import IFD


def font(size: int):
    return ImageFont.load_default(size=size)   # Pillow's bundled scalable font: no system fonts needed


def scene(w: int = 1200, h: int = 800, seed: int = 1) -> Image.Image:
    """A busy background: a gradient, soft blobs and a few boxes (a room, not a blank page)."""
    rnd = random.Random(seed)
    im = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    d = ImageDraw.Draw(im)
    for _ in range(25):
        x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.randrange(20, max(21, w // 8))
        d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rnd.randrange(60, 200) for _ in range(3)))
    for _ in range(6):
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.rectangle((x, y, x + rnd.randrange(40, 200), y + rnd.randrange(40, 200)),
                    outline=tuple(rnd.randrange(0, 120) for _ in range(3)), width=4)
    return im.filter(ImageFilter.GaussianBlur(6))


def label(im: Image.Image, lines: list[str], at: tuple[int, int] = (80, 300), size: int = 36) -> Image.Image:
    """Dark text on a white card (a wristband, a whiteboard, a letter)."""
    d = ImageDraw.Draw(im)
    f = font(size)
    width = max(d.textlength(t, font=f) for t in lines) + 40
    height = len(lines) * (size + 14) + 30
    x, y = at
    d.rectangle((x, y, x + width, y + height), fill="white")
    for i, t in enumerate(lines):
        d.text((x + 20, y + 15 + i * (size + 14)), t, fill="black", font=f)
    return im


def face(im: Image.Image, cx: int, cy: int, s: int) -> Image.Image:
    """A drawn face: skin oval, hair, eyes with brows, nose and mouth."""
    d = ImageDraw.Draw(im)
    d.ellipse((cx - s * 0.8, cy - s, cx + s * 0.8, cy + s * 1.1), fill=(224, 180, 150))
    d.pieslice((cx - s * 0.85, cy - s * 1.1, cx + s * 0.85, cy + s * 0.3), 180, 360, fill=(60, 40, 30))
    for ex in (-0.33, 0.33):
        d.ellipse((cx + ex * s - s * 0.17, cy - s * 0.12, cx + ex * s + s * 0.17, cy + s * 0.05), fill=(250, 250, 250))
        d.ellipse((cx + ex * s - s * 0.08, cy - s * 0.1, cx + ex * s + s * 0.08, cy + s * 0.04), fill=(40, 30, 30))
        d.rectangle((cx + ex * s - s * 0.2, cy - s * 0.3, cx + ex * s + s * 0.2, cy - s * 0.22), fill=(70, 50, 40))
    d.polygon([(cx, cy), (cx - s * 0.1, cy + s * 0.4), (cx + s * 0.1, cy + s * 0.4)], fill=(200, 150, 125))
    d.ellipse((cx - s * 0.3, cy + s * 0.55, cx + s * 0.3, cy + s * 0.7), fill=(150, 60, 60))
    return im


def faces_photo(w: int = 1000, h: int = 700) -> Image.Image:
    im = Image.new("RGB", (w, h), (90, 120, 100))
    face(im, int(w * 0.3), int(h * 0.47), int(h * 0.17))
    face(im, int(w * 0.7), int(h * 0.5), int(h * 0.13))
    return im.filter(ImageFilter.GaussianBlur(3))


def exif(*, gps: tuple[float, float] | None = None, make: str | None = None, model: str | None = None,
         owner: str | None = None, taken: str | None = None, serial: str | None = None, orientation: int | None = None):
    ex = Image.Exif()
    if make:
        ex[271] = make
    if model:
        ex[272] = model
    if owner:
        ex[315] = owner
    if orientation:
        ex[274] = orientation
    sub = ex.get_ifd(IFD.Exif)
    if taken:
        sub[36867] = taken
    if serial:
        sub[42033] = serial
    if gps:
        lat, lon = gps
        g = ex.get_ifd(IFD.GPSInfo)
        g[1], g[3] = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        g[2], g[4] = _dms(abs(lat)), _dms(abs(lon))
    return ex


def _dms(v: float) -> tuple[float, float, float]:
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60, 2)
    return (float(d), float(m), s)


def save(im: Image.Image, path: Path, fmt: str | None = None, **kw) -> Path:
    path = Path(path)
    im.save(path, fmt or None, **kw)
    return path


def jpeg_bytes(im: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def with_thumbnail(full: Image.Image, shown: Image.Image, path: Path) -> Path:
    """A JPEG showing ``shown`` whose EXIF thumbnail is made from ``full`` (as editors that crop
    or cover a photo but keep the camera's thumbnail do)."""
    thumb = full.copy()
    thumb.thumbnail((160, 160))
    tb = jpeg_bytes(thumb, quality=80)
    # A minimal little-endian TIFF: IFD0 with one entry (Make), IFD1 with the thumbnail pointers.
    import struct

    entries0 = [(271, 2, 6, b"Acme\x00\x00")]
    ifd0_off = 8
    ifd0_size = 2 + 12 * len(entries0) + 4
    data_off = ifd0_off + ifd0_size
    make_off = data_off
    ifd1_off = make_off + 6
    ifd1_size = 2 + 12 * 3 + 4
    thumb_off = ifd1_off + ifd1_size
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd0_off))
    out += struct.pack("<H", 1) + struct.pack("<HHII", 271, 2, 5, make_off) + struct.pack("<I", ifd1_off)
    out += b"Acme\x00\x00"
    out += struct.pack("<H", 3)
    out += struct.pack("<HHII", 259, 3, 1, 6)               # Compression: JPEG
    out += struct.pack("<HHII", 513, 4, 1, thumb_off)       # JPEGInterchangeFormat
    out += struct.pack("<HHII", 514, 4, 1, len(tb))         # JPEGInterchangeFormatLength
    out += struct.pack("<I", 0)
    out += tb
    shown.save(path, "JPEG", exif=b"Exif\x00\x00" + bytes(out), quality=90)
    return Path(path)
