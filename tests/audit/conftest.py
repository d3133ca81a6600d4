"""Helpers for the audit tests: synthetic exports, running the CLI, opening the store."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_GEN = REPO / "tests" / "fixtures" / "archives"
if str(_GEN) not in sys.path:
    sys.path.insert(0, str(_GEN))

EXAMPLE = REPO / "examples" / "archives" / "twitter-2024-11-16-paramedic-example.zip"

RISKY = "Mrs Dorothy Jones (82) on Ward 7 at St Mary's kept us laughing all night"
RISKY2 = "Bed 12 in resus had the worst case of shingles I've ever seen, poor chap from Harehills"
FINE = "Brilliant CPD session on falls prevention today and some great questions"


@pytest.fixture
def gen():
    import generate

    return generate


@pytest.fixture
def make_x(tmp_path, gen):
    """make_x(name, [(id_suffix, text), ...]) -> path of an X archive zip."""

    def make(name: str, items: list[tuple[int, str]], **kw) -> Path:
        tweets = [gen.tweet(str(1700000000000000000 + n), f"2023-0{1 + n % 9}-1{n % 10} 08:00:00", text)
                  for n, text in items]
        folder = gen.x_archive(tmp_path / "src" / name, tweets=tweets, **kw)
        return gen.zip_dir(folder, tmp_path / f"{name}.zip")

    return make


@pytest.fixture
def cli(capsys, monkeypatch):
    """cli(*argv, stdin="...") -> (exit code, stdout, stderr)."""
    from postcheck.cli.app import main

    def run(*argv, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def store_path(_postcheck_home):
    return _postcheck_home / "audit.sqlite3"
