"""Ranking: severity, then confidence, then reach. Older posts are not discounted.

Reach puts what many people (or the profession) can see first, and direct messages with it,
because a boundary is at stake in a private message to a patient or service user.
"""

from __future__ import annotations

from postcheck.model.finding import SEVERITY_RANK

PROFESSIONAL_PLATFORMS = ("linkedin",)

REACH = {"public": 2, "direct": 2, "group": 1, "friends": 1}


def reach(audience: str, platform: str, account: str = "personal") -> int:
    """3 public on a professional account or network, 2 public or direct, 1 friends/group."""
    base = REACH.get(audience, 2)
    if audience == "public" and (account == "professional" or platform in PROFESSIONAL_PLATFORMS):
        return 3
    return base


def post_rank(findings: list[dict]) -> tuple[int, float]:
    """(worst severity rank, highest confidence at that severity) of a post's findings."""
    worst = max(SEVERITY_RANK[f["severity"]] for f in findings)
    conf = max(f["confidence"] for f in findings if SEVERITY_RANK[f["severity"]] == worst)
    return worst, conf


def sort_key(severity: int, confidence: float, reach_: int) -> tuple:
    """Ascending sort key: most serious first."""
    return (-severity, -confidence, -reach_)
