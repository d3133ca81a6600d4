"""Literal prefilters for the conduct regexes (speed only: never changes a result).

Most of the conduct grammar's patterns cannot match a post unless some fixed word occurs in
it ("make me sick" needs "make" or "making"; a threat needs one of the threat verbs). This
module reads a compiled pattern's parse tree and derives, conservatively, a few sets of
literal strings such that every match must contain at least one string of each set. A post
is then only scanned with the pattern when each set has a member in the post's text (a
plain substring test, in C), so most of the hundred-odd patterns are skipped on most posts.

The derivation only ever drops requirements it cannot prove, so the filter can let through
a post the pattern then rejects, but never skip a post the pattern would match.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore
    import sre_parse as _p  # type: ignore

_MAX_RUN = 64        # at most this many alternative strings while building a literal run
_MAX_SET = 24        # a requirement set larger than this costs more than it saves
_MIN_LEN = 3         # shorter strings occur in nearly every post
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _minimal(strings) -> frozenset[str]:
    """Drop strings that contain another string of the set (implied by it)."""
    items = sorted(set(strings), key=len)
    kept: list[str] = []
    for s in items:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _seq(items) -> tuple[set[str] | None, list[frozenset[str]]]:
    """(exact strings the sequence can match, or None; requirement sets)."""
    reqs: list[frozenset[str]] = []
    run: set[str] | None = {""}
    exact_all = True

    def close():
        nonlocal run
        if run and all(run):
            reqs.append(_minimal(run))
        run = {""}

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        ex, rq = _node(op, av)
        reqs.extend(rq)
        if ex is None:
            exact_all = False
            close()
            continue
        new = {a + b for a in run for b in ex}
        if len(new) > _MAX_RUN:
            close()
            exact_all = False
            new = set(ex)
        run = new
    if exact_all:
        return run, reqs
    close()
    return None, reqs


def _best(ex: set[str] | None, rq: list[frozenset[str]]) -> frozenset[str] | None:
    cands = list(rq)
    if ex is not None and ex and all(ex):
        cands.append(_minimal(ex))
    cands = [c for c in cands if c and all(c)]
    if not cands:
        return None
    return max(cands, key=lambda c: (min(len(s) for s in c), -len(c)))


def _node(op, av) -> tuple[set[str] | None, list[frozenset[str]]]:
    if op is _c.LITERAL:
        return {chr(av)}, []
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None, []
        return _seq(sub)
    if op is _c.ATOMIC_GROUP if hasattr(_c, "ATOMIC_GROUP") else False:
        return _seq(av)
    if op is _c.BRANCH:
        branches = [_seq(b) for b in av[1]]
        if all(ex is not None for ex, _ in branches):
            out: set[str] = set()
            for ex, _ in branches:
                out |= ex
            if len(out) <= _MAX_RUN:
                return out, []
        union: set[str] = set()
        for ex, rq in branches:
            best = _best(ex, rq)
            if best is None:
                return None, []
            union |= best
        return None, [_minimal(union)]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, hi, sub = av
        if lo == 0:
            return None, []
        ex, rq = _seq(sub)
        if lo == hi == 1:
            return ex, rq
        if ex is not None and ex and all(ex):
            rq = rq + [_minimal(ex)]
        return None, rq
    return None, []


def requirements(pattern: re.Pattern, max_sets: int = 3, max_set: int = _MAX_SET) -> tuple[frozenset[str], ...]:
    """Literal sets every match of ``pattern`` must hit (each set: at least one member occurs
    as a substring of the searched text). Empty when nothing can be proved."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return ()
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return ()
    ex, rq = _seq(list(tree))
    sets = list(rq)
    if ex is not None and ex and all(ex):
        sets.append(_minimal(ex))
    good = []
    for s in sets:
        if not s or len(s) > max_set or min(len(x) for x in s) < _MIN_LEN:
            continue
        if s not in good:
            good.append(s)
    good.sort(key=lambda c: (-min(len(s) for s in c), len(c)))
    return tuple(good[:max_sets])


def may_match(reqs: tuple[frozenset[str], ...], text: str) -> bool:
    for group in reqs:
        for s in group:
            if s in text:
                break
        else:
            return False
    return True


class LiteralIndex:
    """All the literals of many requirement sets found in one scan of a text.

    One regex built as a trie of every literal, tried at each position inside a lookahead,
    finds the longest literal starting there; every shorter literal starting at the same
    position is a prefix of it, so ``present`` is exactly the set of literals that occur in
    the text (the same answer as testing each with ``in``, at a fraction of the cost).
    """

    def __init__(self, literals):
        self.literals = sorted({s for s in literals if s})
        trie: dict = {}
        for s in self.literals:
            node = trie
            for ch in s:
                node = node.setdefault(ch, {})
            node[""] = True
        self.rx = re.compile("(?=(" + self._emit(trie) + "))") if self.literals else None
        known = set(self.literals)
        self.closure = {s: frozenset(s[:i] for i in range(1, len(s) + 1) if s[:i] in known) for s in self.literals}

    @classmethod
    def _emit(cls, node: dict) -> str:
        alts = [re.escape(ch) + cls._emit(child) for ch, child in sorted(node.items()) if ch != ""]
        if "" in node:
            alts.append("")  # last: the longer literals are tried first
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    def present(self, text: str) -> set[str]:
        if self.rx is None:
            return set()
        found = {m.group(1) for m in self.rx.finditer(text)}
        out: set[str] = set()
        for s in found:
            out |= self.closure[s]
        return out


# ------------------------------------------------------------------------------ start-up cost
# Building the grammar's prefilters parses each (lexicon-sized) pattern, and compiling them all
# cost about a second at the first check of every process. The prefilters are therefore also
# kept in a file shipped with the package (keyed by a hash of the pattern text, so a changed
# lexicon or pattern simply misses and is derived again), and patterns compile on first use.

import hashlib  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

CACHE_FILE = Path(__file__).with_name("conduct_prefilters.json")
_CACHE: dict | None = None
_MISSES: dict[str, list] = {}


def _key(pattern: str, flags: int, max_sets: int, max_set: int) -> str:
    return hashlib.sha1(f"{flags}|{max_sets}|{max_set}|{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


def _load_cache() -> dict:
    global _CACHE
    if _CACHE is None:
        try:
            _CACHE = json.loads(CACHE_FILE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _CACHE = {}
    return _CACHE


def cached_requirements(pattern, max_sets: int = 3, max_set: int = _MAX_SET) -> tuple[frozenset[str], ...]:
    """:func:`requirements`, looked up in the shipped cache first (same result either way)."""
    key = _key(pattern.pattern, pattern.flags, max_sets, max_set)
    got = _load_cache().get(key)
    if got is None:
        reqs = requirements(pattern, max_sets, max_set)
        _MISSES[key] = [sorted(g) for g in reqs]
        return reqs
    return tuple(frozenset(g) for g in got)


PHRASE_KEY = "__phrase_literals__"


def cached_phrase_literals() -> list[str]:
    return list(_load_cache().get(PHRASE_KEY, ()))


def write_cache(entries: dict[str, list]) -> None:
    """Used by tools/build_prefilter_cache.py (and its test) to refresh the shipped file."""
    CACHE_FILE.write_text(json.dumps(entries, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


def lowerable(regex: str) -> bool:
    """Under IGNORECASE, P on T matches as lower(P) on lower(T) unless P switches the flag off
    or lower-casing would change an escape (\\D, \\W, \\S, \\B) or a named group ("(?P<span>…)")."""
    return "(?-i" not in regex and "(?P" not in regex and not re.search(r"\\[A-Z]", regex)


def lower_form(regex: str) -> tuple[str, int]:
    """The source and flags to compile a case-insensitive regex with: lower-cased without
    IGNORECASE (which Python's re runs several times slower) when :func:`lowerable`, for text
    that is already lower case; otherwise as written, with IGNORECASE."""
    return (regex.lower(), 0) if lowerable(regex) else (regex, re.I)


class LazyPattern:
    """A regex compiled the first time it is searched (most never are in a short session)."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._rx = pattern, flags, None

    def _compiled(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def finditer(self, *a, **k):
        return self._compiled().finditer(*a, **k)

    def search(self, *a, **k):
        return self._compiled().search(*a, **k)

    def match(self, *a, **k):
        return self._compiled().match(*a, **k)
