"""Pure data for what a check produces: signals, findings, fixes and per-post results.

These are the wire schema's building blocks (see ``docs/wire-schema.md``). Offsets are
Unicode code points into the text exactly as given, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "low", "medium", "high")
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}
VERDICTS = ("ok", "review", "problem")


def bump(severity: str, steps: int) -> str:
    """Move a severity up (positive) or down (negative), staying within low..high.

    ``info`` is a tip and never moves: a tip must not turn into a finding by context.
    """
    if severity == "info":
        return severity
    rank = min(max(SEVERITY_RANK[severity] + steps, 1), len(SEVERITIES) - 1)
    return SEVERITIES[rank]


@dataclass(frozen=True, slots=True)
class Signal:
    """One thing a detector saw: a span of a kind, with a score and a normalised value."""

    kind: str
    start: int
    end: int
    text: str
    score: float = 1.0
    value: str | None = None
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Fix:
    """An edit of the finding's span: ``replacement`` replaces ``[start, end)``.

    ``applicability`` is ``safe`` (keeps the meaning, apply freely) or ``review`` (changes
    wording; read it first). ``start``/``end`` may widen the finding's span, e.g. to take a
    preposition with a removed place ("from Ward 7").
    """

    title: str
    replacement: str
    applicability: str = "safe"
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return {"title": self.title, "replacement": self.replacement,
                "applicability": self.applicability}


@dataclass(frozen=True, slots=True)
class RelatedSpan:
    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}


@dataclass(slots=True)
class Finding:
    code: str
    name: str
    standards: tuple[str, ...]
    severity: str
    confidence: float
    start: int
    end: int
    text: str
    message: str
    explanation: str
    fix: Fix | None = None
    related: tuple[RelatedSpan, ...] = ()
    part: str = "text"
    evidence: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    media: str | None = None                          # the image file a finding is about
    box: tuple[int, int, int, int] | None = None      # x, y, width, height in that image

    def to_dict(self, *, utf16: str | None = None) -> dict:
        message = self.message if not self.notes else self.message + " " + " ".join(self.notes)
        out = {
            "code": self.code,
            "name": self.name,
            "standards": list(self.standards),
            "severity": self.severity,
            "confidence": round(self.confidence, 2),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": message,
            "explanation": self.explanation,
            "fix": self.fix.to_dict() if self.fix else None,
        }
        if self.related:
            out["related"] = [r.to_dict() for r in self.related]
        if self.part != "text":
            out["part"] = self.part
        if self.media is not None:
            out["media"] = self.media
        if self.box is not None:
            out["box"] = list(self.box)
        if utf16 is not None and self.media is None:
            out["start_utf16"] = utf16_offset(utf16, self.start)
            out["end_utf16"] = utf16_offset(utf16, self.end)
        return out


def utf16_offset(text: str, index: int) -> int:
    """Code-point offset → UTF-16 code-unit offset (what browsers use)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


@dataclass(slots=True)
class Result:
    """Everything postcheck says about one post."""

    id: str
    text: str
    verdict: str
    findings: list[Finding]
    redacted: str | None
    context: "object | None" = None
    language: str = "en"
    notes: list[str] = field(default_factory=list)
    suppressed: int = 0
    images: list = field(default_factory=list)           # postcheck.images.ImageInfo, one per image

    @property
    def worst(self) -> str | None:
        ranks = [SEVERITY_RANK[f.severity] for f in self.findings]
        return SEVERITIES[max(ranks)] if ranks else None

    def to_dict(self, *, utf16: bool = False) -> dict:
        out = {
            "id": self.id,
            "verdict": self.verdict,
            "findings": [f.to_dict(utf16=self.text if utf16 else None) for f in self.findings],
            "redacted": self.redacted,
        }
        if self.context is not None:
            out["context"] = self.context.to_dict()
        if self.language != "en":
            out["language"] = self.language
        if self.notes:
            out["notes"] = list(self.notes)
        if self.images:
            out["images"] = [i.to_dict() for i in self.images]
        return out
