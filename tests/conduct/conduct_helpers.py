"""One checker and the 'does it cite this standard?' test shared by the conduct test files."""

from __future__ import annotations

from postcheck.api import Checker

CHECKER = Checker()


def cites(text: str, standard: str, context=None) -> bool:
    """True when a non-info finding in ``text`` cites ``standard``."""
    res = CHECKER.check(text, context)
    return any(standard in f.standards and f.severity != "info" for f in res.findings)


def cites_16(text: str) -> bool:
    return cites(text, "1.6")


def cites_211(text: str) -> bool:
    return cites(text, "2.11")
