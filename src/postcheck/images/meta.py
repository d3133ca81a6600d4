"""What an image's metadata gives away: GPS position, capture time, device and owner fields,
an embedded thumbnail that still shows what was cropped, and XMP/IPTC/PNG text.

Pillow only (no pixels are decoded except a thumbnail comparison): fast enough for
hundreds of images a second.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

# EXIF tag numbers (TIFF/EXIF 2.32)
GPS_IFD, EXIF_IFD, IFD1 = 0x8825, 0x8769, -1   # Pillow: IFD.IFD1 == -1
OWNER_TAGS = {315: "Artist", 33432: "Copyright", 316: "HostComputer", 42032: "CameraOwnerName",
              42033: "BodySerialNumber", 42037: "LensSerialNumber", 40093: "XPAuthor",
              270: "ImageDescription", 40092: "XPComment", 37510: "UserComment", 40095: "XPSubject",
              40094: "XPKeywords"}
DEVICE_TAGS = {271: "Make", 272: "Model", 305: "Software"}
TIME_TAGS = {36867: "DateTimeOriginal", 306: "DateTime", 36868: "DateTimeDigitized"}
PNG_TEXT_KEYS = ("author", "comment", "description", "title", "location", "gps", "copyright", "source",
                 "software", "creation time", "xml:com.adobe.xmp")


@dataclass
class Metadata:
    gps: tuple[float, float] | None = None        # latitude, longitude (decimal degrees)
    gps_decimals: int = 0
    altitude: float | None = None
    taken: str | None = None                      # capture time as written in the file
    device: list[str] = field(default_factory=list)
    owner: list[tuple[str, str]] = field(default_factory=list)   # (field, value)
    thumbnail_differs: str | None = None           # why, when an embedded thumbnail shows more
    has_thumbnail: bool = False
    fields: int = 0                                # metadata fields found in all


def _ratio(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError, ZeroDivisionError):
        try:
            n, d = v
            return n / d if d else 0.0
        except Exception:  # noqa: BLE001
            return 0.0


def _dms(values, ref) -> tuple[float, int] | None:
    try:
        d, m, s = (_ratio(x) for x in values)
    except (TypeError, ValueError):
        return None
    deg = d + m / 60 + s / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    if str(ref).strip().upper() in ("S", "W"):
        deg = -deg
    # precision: seconds with decimals ≈ 0.3 m; whole seconds ≈ 30 m; minutes only ≈ 1.8 km
    decimals = 5 if s and s != int(s) else (4 if s else (2 if m else 0))
    return deg, decimals


def _text(v) -> str:
    if isinstance(v, bytes):
        if len(v) >= 2 and v[1:2] == b"\x00":       # XP* tags: UTF-16LE
            v = v.decode("utf-16-le", "ignore")
        else:
            v = v.decode("utf-8", "ignore")
        if v.startswith(("ASCII\x00\x00\x00", "UNICODE\x00", "\x00" * 8)):  # UserComment header
            v = v[8:]
    elif isinstance(v, tuple) and v and all(isinstance(x, int) for x in v):   # XP* as a byte tuple
        v = bytes(v).decode("utf-16-le", "ignore")
    return re.sub(r"[\x00-\x1f]+", " ", str(v)).strip()


def read_metadata(loaded) -> Metadata:
    md = Metadata()
    im = loaded.image
    if im is None:
        return md
    try:
        exif = im.getexif()
    except Exception:  # noqa: BLE001 - a broken EXIF block is not a broken photo
        exif = {}
    if exif:
        md.fields += len(exif)
        try:
            gps = exif.get_ifd(GPS_IFD)
        except Exception:  # noqa: BLE001
            gps = {}
        if gps:
            md.fields += len(gps)
            lat = _dms(gps.get(2), gps.get(1, "N")) if gps.get(2) else None
            lon = _dms(gps.get(4), gps.get(3, "E")) if gps.get(4) else None
            if lat and lon and not (lat[0] == 0 and lon[0] == 0) and abs(lat[0]) <= 90 and abs(lon[0]) <= 180:
                md.gps = (round(lat[0], 6), round(lon[0], 6))
                md.gps_decimals = min(lat[1], lon[1])
            if gps.get(6) is not None:
                md.altitude = _ratio(gps.get(6))
        try:
            sub = exif.get_ifd(EXIF_IFD)
        except Exception:  # noqa: BLE001
            sub = {}
        md.fields += len(sub)
        merged = {**dict(exif), **dict(sub)}
        for tag, label in TIME_TAGS.items():
            if merged.get(tag):
                md.taken = _text(merged[tag])
                break
        for tag, label in DEVICE_TAGS.items():
            if merged.get(tag):
                md.device.append(_text(merged[tag]))
        for tag, label in OWNER_TAGS.items():
            if merged.get(tag):
                value = _text(merged[tag])
                if value:
                    md.owner.append((label, value[:200]))
        _thumbnail(loaded, exif, md)
    _xmp_and_text(loaded, md)
    return md


def _thumbnail(loaded, exif, md: Metadata) -> None:
    """An EXIF thumbnail that no longer matches the photo (cropped or edited afterwards)."""
    raw = loaded.image.info.get("exif") if loaded.image is not None else None
    try:
        ifd1 = exif.get_ifd(IFD1)
    except Exception:  # noqa: BLE001
        return
    off, length = ifd1.get(513), ifd1.get(514)
    if not raw or not off or not length:
        return
    base = 6 if raw.startswith(b"Exif\x00\x00") else 0
    blob = raw[base + off: base + off + length]
    if not blob.startswith(b"\xff\xd8"):
        return
    md.has_thumbnail = True
    from PIL import Image, ImageChops

    try:   # both compared as stored (unrotated): EXIF thumbnails follow the raw pixels
        thumb = Image.open(io.BytesIO(blob)).convert("L")
        w, h = loaded.image.size
        tw, th = thumb.size
        if abs(tw / th - w / h) > 0.06:
            md.thumbnail_differs = (f"its embedded thumbnail ({tw}×{th}) has a different shape from the photo "
                                    f"({w}×{h}): it was probably cropped, and the thumbnail still shows the whole scene")
            return
        main = Image.open(io.BytesIO(loaded.data))   # a fresh decoder: draft() before any load
        if loaded.format == "JPEG":
            main.draft("L", (tw * 2, th * 2))
        main = main.convert("L").resize((tw, th))
        hist = ImageChops.difference(main, thumb).histogram()
        changed = sum(hist[64:]) / max(1, tw * th)   # share of pixels that differ strongly
        if changed > 0.02:
            md.thumbnail_differs = ("its embedded thumbnail does not match the photo: something was edited out "
                                    "or covered afterwards, and the thumbnail may still show it")
    except Exception:  # noqa: BLE001 - an unreadable thumbnail is no finding
        return


_XMP_GPS = re.compile(rb"exif:GPS(Latitude|Longitude)[=>\"']+\s*\"?([0-9]{1,3}),([0-9.]+)([NSEW])")
_XMP_OWNER = re.compile(rb"<(dc:creator|photoshop:City|Iptc4xmpCore:Location|photoshop:Credit|xmpRights:Owner)\b[^>]*>(.*?)</\1>", re.S)


def _xmp_and_text(loaded, md: Metadata) -> None:
    im = loaded.image
    xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "ignore")
    if xmp:
        md.fields += 1
        if md.gps is None:
            found = {}
            for m in _XMP_GPS.finditer(xmp):
                deg = int(m.group(2)) + float(m.group(3)) / 60
                if m.group(4) in (b"S", b"W"):
                    deg = -deg
                found[m.group(1)] = deg
            if b"Latitude" in found and b"Longitude" in found:
                md.gps = (round(found[b"Latitude"], 6), round(found[b"Longitude"], 6))
                md.gps_decimals = 4
        for m in _XMP_OWNER.finditer(xmp[:200_000]):
            value = re.sub(rb"<[^>]+>", b" ", m.group(2)).decode("utf-8", "ignore")
            value = re.sub(r"\s+", " ", value).strip()
            if value:
                md.owner.append((m.group(1).decode(), value[:200]))
    text = getattr(im, "text", None) if loaded.format == "PNG" else None
    for key, value in (text or {}).items():
        md.fields += 1
        if key.lower() in PNG_TEXT_KEYS and key.lower() != "xml:com.adobe.xmp" and str(value).strip():
            md.owner.append((f"PNG {key}", _text(value)[:200]))


def describe_position(lat: float, lon: float, decimals: int) -> str:
    """Coordinates and a map-free note of what they reveal."""
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    metres = {5: "about a metre", 4: "about 10 metres", 3: "about 100 metres", 2: "about 1 km"}.get(decimals, "a few km")
    in_uk = 49.8 <= lat <= 60.9 and -8.7 <= lon <= 1.8
    where = "in the UK" if in_uk else "outside the UK"
    return (f"{abs(lat):.5f}° {ns}, {abs(lon):.5f}° {ew} ({where}, precise to {metres}): "
            "pasted into any map it shows the building where the photo was taken")
