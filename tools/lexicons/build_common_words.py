"""Build common_words.txt from Debian's `wbritish` package (SCOWL word list).

    apt-get install -y wbritish
    python tools/lexicons/build_common_words.py [--dict /usr/share/dict/british-english]

Keeps entries that are written all in lower case in the word list (so proper
nouns such as "Doris" or "Reading" are left out, while "reading" stays),
at least 2 letters, letters only (no possessives, no hyphens, no digits).
Also copies the package's copyright file to common_words.LICENSE.
"""
from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

from lexlib import LEXDIR

WORD = re.compile(r"^[a-z]{2,}$")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict", default="/usr/share/dict/british-english")
    ap.add_argument("--copyright", default="/usr/share/doc/wbritish/copyright")
    a = ap.parse_args()
    try:
        ver = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wbritish"],
                             capture_output=True, text=True, check=True).stdout.strip()
    except Exception:  # pragma: no cover - non-Debian machine
        ver = "unknown"
    words = set()
    for line in Path(a.dict).read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if WORD.match(w):
            words.add(w)
    out = LEXDIR / "common_words.txt"
    header = [
        "# name: common_words",
        f"# source: Debian package wbritish {ver}, file {a.dict} (SCOWL word lists by Kevin Atkinson)",
        "# licence: SCOWL licence (permissive, MIT-like; includes public-domain sources); see common_words.LICENSE",
        "# notes: lower-case British English words (entries written in lower case in the source, 2+ letters, "
        "letters only, no possessives). Use to tell whether a capitalised token is an ordinary word. "
        "Built by tools/lexicons/build_common_words.py",
    ]
    out.write_text("\n".join(header + sorted(words)) + "\n", encoding="utf-8")
    lic = LEXDIR / "common_words.LICENSE"
    text = Path(a.copyright).read_text(encoding="utf-8")
    lic.write_text(
        f"common_words.txt is derived from the Debian package wbritish {ver}\n"
        f"({a.dict}), which is built from SCOWL (Spell Checker Oriented Word Lists)\n"
        "by Kevin Atkinson. The Debian copyright file of that package follows verbatim.\n\n"
        + "-" * 72 + "\n" + text, encoding="utf-8")
    print(f"{out}: {len(words)} words, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
