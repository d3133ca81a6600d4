"""Refresh src/postcheck/detectors/conduct_prefilters.json: the literal prefilters of every
conduct pattern the bundled pack builds (speed at start-up only; results never depend on it).

    .venv/bin/python tools/build_prefilter_cache.py

Runs every rule over a few posts so that each pattern's prefilter is derived once, then writes
what was derived. tests/conduct/test_prefilter_cache.py fails when the file is stale.
"""

from __future__ import annotations


def build() -> dict:
    from postcheck.api import Checker
    from postcheck.detectors import conduct_fast

    conduct_fast._CACHE = {}          # derive everything afresh
    conduct_fast._MISSES.clear()
    checker = Checker()
    grammar_texts = [ex.text for r in checker.pack.rules.values() for ex in (*r.flag_examples, *r.ok_examples)]
    for text in grammar_texts:
        checker.check(text)
    for text in ("All of them are vermin and should go back", "You are a useless idiot, shut up",
                 "Immigrants are vermin and Muslims should go back", "I hate gay people, women are stupid",
                 "Vaccines cause autism, share before they delete this", "Mrs Jones went home today"):
        checker.check(text)
    from postcheck.detectors.conduct import _RESOURCES

    entries = dict(conduct_fast._MISSES)
    entries[conduct_fast.PHRASE_KEY] = sorted({lit for res in _RESOURCES.values() for lit in res.phrase_literals})
    return entries


if __name__ == "__main__":
    from postcheck.detectors import conduct_fast

    entries = build()
    conduct_fast.write_cache(entries)
    print(f"wrote {len(entries)} prefilters to {conduct_fast.CACHE_FILE}")
