"""Shared set-up for the importer tests: make ``src/`` importable when the package is not
installed, locate ``../shared`` (tests that need it skip when it is absent), and expose the
synthetic-export generator."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if importlib.util.find_spec("postcheck") is None:
    sys.path.insert(0, str(REPO / "src"))
FIXTURES = REPO / "tests" / "fixtures" / "archives"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

SHARED = Path(os.environ.get("POSTCHECK_SHARED", REPO.parent / "shared"))
REAL = SHARED / "eval" / "real-archives"
SAMPLES = SHARED / "eval" / "archives"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not next to the repo)")
    return path


@pytest.fixture
def gen():
    import generate  # tests/fixtures/archives/generate.py

    return generate
