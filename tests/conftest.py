from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _postcheck_home(tmp_path, monkeypatch):
    """Every test gets its own data folder: no test reads or writes the user's real one."""
    home = tmp_path / "postcheck-home"
    monkeypatch.setenv("POSTCHECK_HOME", str(home))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture(scope="session")
def pack():
    from postcheck.pack.loader import default_pack

    return default_pack()


@pytest.fixture(scope="session")
def checker():
    from postcheck.api import Checker

    return Checker()
