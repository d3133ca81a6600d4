"""Set-up for the importer tests: make ``src/`` importable when the package is not installed,
put this folder (``importer_paths``) and the synthetic-export generator on ``sys.path``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parents[1]
for _p in (_HERE, _REPO / "tests" / "fixtures" / "archives"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))
if importlib.util.find_spec("postcheck") is None:
    sys.path.insert(0, str(_REPO / "src"))


@pytest.fixture
def gen():
    import generate  # tests/fixtures/archives/generate.py

    return generate
