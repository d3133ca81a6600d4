"""Golden snapshots of the outputs for the bundled sample posts (examples/posts.jsonl).

A detection or wording change shows up here as a diff to read. To accept intended changes:
POSTCHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postcheck.cli.app import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = ROOT / "examples" / "posts.jsonl"


@pytest.mark.parametrize("fmt,name", [("jsonl", "examples.jsonl"), ("text", "examples.txt")])
def test_sample_outputs_match_golden(capsys, fmt, name):
    code = main(["check", "--jsonl", str(EXAMPLES), "--format", fmt, "--color", "never", "--workers", "1"])
    out = capsys.readouterr().out
    assert code == 1
    path = GOLDEN / name
    if os.environ.get("POSTCHECK_UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")
