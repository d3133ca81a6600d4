"""DICOM files: the patient and institution tags, and the pixels (for text burned into the
corners), read with pydicom (the ``images`` extra)."""

from __future__ import annotations

import io

from .load import IMAGES_HINT, ImageError, ImageUnsupported

# (tag keyword, label, how identifying: "direct" names or numbers a person; "context" narrows it)
PATIENT_TAGS = [
    ("PatientName", "patient name", "direct"),
    ("PatientID", "patient ID", "direct"),
    ("OtherPatientIDs", "other patient IDs", "direct"),
    ("PatientBirthDate", "date of birth", "direct"),
    ("PatientAddress", "patient address", "direct"),
    ("PatientTelephoneNumbers", "patient phone", "direct"),
    ("AccessionNumber", "accession number", "direct"),
    ("PatientAge", "age", "context"),
    ("PatientSex", "sex", "context"),
    ("StudyDate", "study date", "context"),
    ("InstitutionName", "hospital", "context"),
    ("InstitutionAddress", "hospital address", "context"),
    ("ReferringPhysicianName", "referring clinician", "context"),
]


def read_dicom(name: str, data: bytes):
    """(tags: list of (label, value, kind), burned_in: bool | None, image or None)."""
    try:
        import pydicom
    except ModuleNotFoundError:
        raise ImageUnsupported(f"DICOM files need pydicom: {IMAGES_HINT}", file=name) from None
    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=False)
    except Exception as exc:  # noqa: BLE001 - pydicom raises many kinds for broken files
        raise ImageError(f"corrupt or unreadable DICOM file ({str(exc).splitlines()[0][:100] if str(exc) else exc.__class__.__name__})",
                         file=name) from None
    tags = []
    for keyword, label, kind in PATIENT_TAGS:
        value = ds.get(keyword)
        if value is None:
            continue
        text = str(value).replace("^", " ").strip()
        if text and text.strip("0 ") and text.upper() not in ("ANONYMOUS", "ANON", "UNKNOWN", "REMOVED"):
            tags.append((label, text[:120], kind))
    burned = ds.get("BurnedInAnnotation")
    burned_in = None if burned is None else str(burned).upper() == "YES"
    image = None
    if "PixelData" in ds:
        try:
            image = _render(ds)
        except Exception:  # noqa: BLE001 - compressed syntaxes without a decoder: tags still count
            image = None
    return tags, burned_in, image


def _render(ds):
    """The first frame as an 8-bit RGB picture (windowed to its own range)."""
    import numpy as np
    from PIL import Image

    arr = ds.pixel_array
    if arr.ndim == 4 or (arr.ndim == 3 and arr.shape[-1] not in (3, 4)):
        arr = arr[0]
    arr = arr.astype("float32")
    lo, hi = float(np.percentile(arr, 0.5)), float(np.percentile(arr, 99.5))
    arr = np.clip((arr - lo) / max(1e-6, hi - lo) * 255, 0, 255).astype("uint8")
    if str(ds.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
        arr = 255 - arr
    im = Image.fromarray(arr)
    return im.convert("RGB")
