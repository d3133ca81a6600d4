"""The "which sender is you" question (DECISIONS 10), asked on a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest

from conftest import RISKY, RISKY2


def _read_until(fd: int, needle: bytes, timeout: float = 30) -> bytes:
    buf = b""
    deadline = time.monotonic() + timeout
    while needle not in buf and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
    return buf


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_question_is_asked_on_a_terminal_and_the_answer_remembered(tmp_path, _postcheck_home):
    chat = tmp_path / "chat"
    chat.mkdir()
    (chat / "WhatsApp Chat with Alex.txt").write_text(
        "20/01/2019, 11:23 - Sam: " + RISKY + "\r\n"
        "20/01/2019, 11:24 - Alex: " + RISKY2 + "\r\n"
        "20/01/2019, 11:25 - Alex: see you tomorrow\r\n", encoding="utf-8")
    main_fd, child_fd = pty.openpty()
    env = {**os.environ, "POSTCHECK_HOME": str(_postcheck_home), "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "postcheck", "audit", str(chat), "--workers", "1",
                             "--progress", "never"],
                            stdin=child_fd, stderr=child_fd, stdout=subprocess.PIPE, env=env)
    os.close(child_fd)
    try:
        shown = _read_until(main_fd, b"Which is you?")
        text = shown.decode("utf-8", "replace")
        assert "does not say which sender is you" in text
        # senders listed most active first, numbered
        assert "[1] Alex (2 messages)" in text and "[2] Sam (1 message)" in text
        os.write(main_fd, b"2\n")
        out, _ = proc.communicate(timeout=60)
    finally:
        os.close(main_fd)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1
    assert b"only those sent by Sam" in out
    # remembered: the next run (no terminal) checks Sam's messages only
    again = subprocess.run([sys.executable, "-m", "postcheck", "audit", str(chat), "--workers", "1",
                            "--format", "json"], capture_output=True, env=env, stdin=subprocess.DEVNULL)
    assert {p["author"] for p in json.loads(again.stdout)["results"]} == {"Sam"}
