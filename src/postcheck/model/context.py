"""The context a post is written in: who posts it, where, to whom, with what consent.

The HCPC guidance makes the same words weigh differently by context (personal vs
professional account, who can see it, whether the person agreed), so every check takes a
:class:`Context`. Values are validated here once, so the engine never sees an unknown one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

PLATFORMS = (
    "x", "facebook", "instagram", "linkedin", "tiktok", "youtube", "whatsapp",
    "mastodon", "bluesky", "reddit", "forum", "other",
)
ACCOUNTS = ("personal", "professional")
AUDIENCES = ("public", "friends", "group", "direct")
CONSENTS = ("none", "verbal", "written")
# What the text is, when it comes from an archive: the user's own post, a share of someone
# else's (DECISIONS 11: phrased as endorsement, one severity step lower), a reply, a
# direct message, a profile bio, alt text or a caption.
KINDS = ("post", "repost", "quote", "reply", "comment", "dm", "bio", "alt_text", "caption")

# The 15 professions the HCPC regulates, keyed by a stable id. Each has a display name and
# the ways people write it (case-insensitive; punctuation and plural "s" are ignored).
PROFESSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "arts_therapist": ("arts therapist", (
        "arts therapist", "art therapist", "music therapist", "drama therapist",
        "dramatherapist", "art psychotherapist", "arts therapy", "art therapy",
    )),
    "biomedical_scientist": ("biomedical scientist", ("biomedical scientist", "bms")),
    "podiatrist": ("chiropodist / podiatrist", (
        "chiropodist", "podiatrist", "chiropodist podiatrist", "podiatry", "chiropody",
    )),
    "clinical_scientist": ("clinical scientist", ("clinical scientist",)),
    "dietitian": ("dietitian", ("dietitian", "dietician")),
    "hearing_aid_dispenser": ("hearing aid dispenser", ("hearing aid dispenser", "had")),
    "occupational_therapist": ("occupational therapist", ("occupational therapist", "ot")),
    "odp": ("operating department practitioner", ("operating department practitioner", "odp")),
    "orthoptist": ("orthoptist", ("orthoptist",)),
    "paramedic": ("paramedic", ("paramedic", "para")),
    "physiotherapist": ("physiotherapist", (
        "physiotherapist", "physio", "physical therapist", "physiotherapy",
    )),
    "psychologist": ("practitioner psychologist", (
        "practitioner psychologist", "psychologist", "clinical psychologist",
        "counselling psychologist", "educational psychologist", "forensic psychologist",
        "health psychologist", "occupational psychologist", "sport and exercise psychologist",
        "ed psych", "edpsych",
    )),
    "prosthetist_orthotist": ("prosthetist / orthotist", (
        "prosthetist", "orthotist", "prosthetist orthotist", "p&o", "p and o",
    )),
    "radiographer": ("radiographer", (
        "radiographer", "diagnostic radiographer", "therapeutic radiographer", "rad",
    )),
    "slt": ("speech and language therapist", (
        "speech and language therapist", "speech & language therapist",
        "speech therapist", "slt", "salt", "speech and language therapy",
    )),
}


def _norm_profession(value: str) -> str:
    text = value.strip().lower().replace("&", " and ")
    text = re.sub(r"[^a-z ]+", " ", text)
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in text.split()]
    return " ".join(words)


_PROFESSION_INDEX: dict[str, str] = {}
for _key, (_display, _aliases) in PROFESSIONS.items():
    for _alias in (_key.replace("_", " "), _display, *_aliases):
        _PROFESSION_INDEX[_norm_profession(_alias)] = _key


class ContextError(ValueError):
    """An unknown context value (one line, names the field and the accepted values)."""


def normalise_profession(value: str | None) -> str | None:
    """Return the profession key for a name or short form, or None for empty input.

    >>> normalise_profession("Physio")
    'physiotherapist'
    >>> normalise_profession("SLT")
    'slt'
    """
    if value is None or not str(value).strip():
        return None
    key = _PROFESSION_INDEX.get(_norm_profession(str(value)))
    if key is None:
        raise ContextError(
            f"unknown profession {value!r}: use one of the 15 HCPC professions, e.g. "
            "paramedic, physiotherapist (physio), occupational therapist (OT), "
            "speech and language therapist (SLT) — see `postcheck standards --professions`"
        )
    return key


def _choice(field: str, value: str | None, allowed: tuple[str, ...], default: str) -> str:
    if value is None or value == "":
        return default
    text = str(value).strip().lower()
    if field == "platform" and text in ("twitter",):
        text = "x"
    if text not in allowed:
        raise ContextError(f"unknown {field} {value!r}: use one of {', '.join(allowed)}")
    return text


@dataclass(frozen=True, slots=True)
class Context:
    """Where and how a post is shared. All fields are validated, lower-case values."""

    platform: str = "other"
    account: str = "personal"
    audience: str = "public"
    profession: str | None = None
    consent: str = "none"
    kind: str = "post"

    @classmethod
    def make(
        cls,
        platform: str | None = None,
        account: str | None = None,
        audience: str | None = None,
        profession: str | None = None,
        consent: str | None = None,
        kind: str | None = None,
    ) -> "Context":
        """Build a context from user input, raising :class:`ContextError` on a bad value."""
        return cls(
            platform=_choice("platform", platform, PLATFORMS, "other"),
            account=_choice("account", account, ACCOUNTS, "personal"),
            audience=_choice("audience", audience, AUDIENCES, "public"),
            profession=normalise_profession(profession),
            consent=_choice("consent", consent, CONSENTS, "none"),
            kind=_choice("kind", kind, KINDS, "post"),
        )

    @classmethod
    def from_mapping(cls, data: dict | None, base: "Context | None" = None) -> "Context":
        """Overlay the known keys of ``data`` on ``base`` (unknown keys are ignored)."""
        base = base or cls()
        data = data or {}
        return cls.make(
            platform=data.get("platform") or base.platform,
            account=data.get("account") or base.account,
            audience=data.get("audience") or base.audience,
            profession=data.get("profession") or base.profession,
            consent=data.get("consent") or base.consent,
            kind=data.get("kind") or base.kind,
        )

    def with_(self, **changes: str | None) -> "Context":
        return replace(self, **changes)

    @property
    def profession_name(self) -> str | None:
        return PROFESSIONS[self.profession][0] if self.profession else None

    def to_dict(self) -> dict:
        out = {
            "platform": self.platform,
            "account": self.account,
            "audience": self.audience,
            "profession": self.profession_name,
            "consent": self.consent,
        }
        if self.kind != "post":
            out["kind"] = self.kind
        return out
