"""Paths for the importer tests: the repo, ``../shared`` (tests that need it skip when it is
absent; ``POSTCHECK_SHARED`` overrides its location) and the synthetic-export generator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "archives"
SHARED = Path(os.environ.get("POSTCHECK_SHARED", REPO.parent / "shared"))
REAL = SHARED / "eval" / "real-archives"
SAMPLES = SHARED / "eval" / "archives"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not next to the repo)")
    return path


def need_libipld() -> None:
    """Bluesky CAR files need ``libipld`` (requirements-importers.txt)."""
    pytest.importorskip("libipld", reason="libipld is not installed (requirements-importers.txt)")
