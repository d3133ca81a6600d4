"""A post's text with lazily computed tokens, and a phrase matcher for lexicons.

Offsets everywhere are code points into the original text. Tokens are matched in a
normalised form (lower-case, curly apostrophes straightened, leading '#' of hashtags
dropped) so lexicon entries match "#NOF", "nof" and "NOF" alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

TOKEN_RE = re.compile(r"#?[^\W_]+(?:['’][^\W_]+)*['’]?|[&+/]", re.UNICODE)
BREAK_RE = re.compile(r"[.!?:;\n]|[\u2600-\u27BF\U0001F000-\U0001FAFF]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str   # as written
    norm: str   # lower-case, straight apostrophe, no leading '#'
    index: int

    @property
    def is_cap(self) -> bool:
        t = self.text.lstrip("#")
        return bool(t) and t[0].isupper()


def normalise_token(text: str) -> str:
    """Lower-case, straight apostrophe, no hashtag '#', no possessive "'s" ("mum's" → "mum")."""
    norm = text.lstrip("#").replace("’", "'").lower()
    return norm[:-2] if norm.endswith("'s") and len(norm) > 3 else norm


class PostDoc:
    """The text of one post plus derived views computed on first use."""

    __slots__ = ("text", "__dict__")

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def tokens(self) -> list[Token]:
        return [
            Token(m.start(), m.end(), m.group(), normalise_token(m.group()), i)
            for i, m in enumerate(TOKEN_RE.finditer(self.text))
        ]

    @cached_property
    def norms(self) -> list[str]:
        return [t.norm for t in self.tokens]

    @cached_property
    def lower(self) -> str:
        return self.text.replace("’", "'").lower()

    @cached_property
    def sentence_starts(self) -> set[int]:
        """Indexes of tokens that begin a sentence (a capital there proves nothing)."""
        out: set[int] = set()
        prev_end = 0
        for tok in self.tokens:
            gap = self.text[prev_end:tok.start]
            if tok.index == 0 or BREAK_RE.search(gap):
                out.add(tok.index)
            prev_end = tok.end
        return out


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    term: str
    attrs: dict
    first: int   # token index
    last: int


class PhraseMatcher:
    """Find lexicon phrases (token sequences) in a doc. Longest match wins at each start.

    Phrases live in a word trie, so each position costs one dict lookup per word walked,
    however many phrases share a first word ("the patient", "the crew", ...). A trailing
    ``*`` on the last word of a term matches any word with that prefix.
    """

    _END = "\x00end"
    _WILD = "\x00wild"

    def __init__(self, entries: dict[str, dict]):
        self._root: dict = {}
        for term, attrs in entries.items():
            words = [normalise_token(m.group()) for m in TOKEN_RE.finditer(term.replace("’", "'"))]
            if not words:
                continue
            wildcard = term.rstrip().endswith("*")
            node = self._root
            for w in words[:-1] if wildcard else words:
                node = node.setdefault(w, {})
            if wildcard:
                node.setdefault(self._WILD, []).append((words[-1], term, attrs))
            else:
                node.setdefault(self._END, (term, attrs))

    def find(self, doc: PostDoc) -> list[PhraseMatch]:
        """All matches in ``doc``, left to right; cached on the doc (one pass per matcher)."""
        cache = doc.__dict__.setdefault("_phrase_cache", {})
        hit = cache.get(id(self))
        if hit is not None:
            return hit
        toks = doc.tokens
        norms = doc.norms
        root = self._root
        END, WILD = self._END, self._WILD
        out: list[PhraseMatch] = []
        n = len(norms)
        root_wild = root.get(WILD)
        # Without a wildcard first word only the tokens that begin some phrase can start a
        # match: visit just those (in order, skipping any inside the last match).
        starts = range(n) if root_wild else [k for k, w in enumerate(norms) if w in root]
        i = 0
        for k in starts:
            if k < i:
                continue
            i = k
            node = root.get(norms[i])
            best = None
            if node is None:
                wild = root_wild
                if wild:
                    for stem, term, attrs in wild:
                        if norms[i].startswith(stem):
                            best = (i, term, attrs)
                            break
            j = i
            while node is not None:
                if END in node:
                    best = (j, *node[END])
                if j + 1 < n:
                    wild = node.get(WILD)
                    if wild:
                        for stem, term, attrs in wild:
                            if norms[j + 1].startswith(stem):
                                best = (j + 1, term, attrs)
                                break
                    j += 1
                    node = node.get(norms[j])
                else:
                    break
            if best is not None:
                last, term, attrs = best
                out.append(PhraseMatch(toks[i].start, toks[last].end, term, attrs, i, last))
                i = last + 1
            else:
                i += 1
        cache[id(self)] = out
        return out
