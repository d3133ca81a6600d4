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
    return text.lstrip("#").replace("’", "'").lower()


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

    def token_at(self, offset: int) -> Token | None:
        for tok in self.tokens:
            if tok.start <= offset < tok.end:
                return tok
        return None

    def token_index_before(self, offset: int) -> int:
        """Index of the last token ending at or before ``offset`` (-1 if none)."""
        idx = -1
        for tok in self.tokens:
            if tok.end <= offset:
                idx = tok.index
            else:
                break
        return idx

    def words_before(self, offset: int, n: int) -> list[Token]:
        i = self.token_index_before(offset)
        return self.tokens[max(0, i - n + 1): i + 1] if i >= 0 else []

    def words_after(self, offset: int, n: int) -> list[Token]:
        out = [t for t in self.tokens if t.start >= offset]
        return out[:n]


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

    A trailing ``*`` on the last word of a term matches any word with that prefix.
    """

    def __init__(self, entries: dict[str, dict]):
        self._index: dict[str, list[tuple[tuple[str, ...], bool, str, dict]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], str, dict]]] = {}
        for term, attrs in entries.items():
            words = tuple(normalise_token(m.group()) for m in TOKEN_RE.finditer(term.replace("’", "'")))
            if not words:
                continue
            wildcard = term.rstrip().endswith("*")
            if wildcard and len(words) == 1:
                stem = words[0]
                self._prefix.setdefault(stem[:3], []).append((words, term, attrs))
                continue
            self._index.setdefault(words[0], []).append((words, wildcard, term, attrs))
        for items in self._index.values():
            items.sort(key=lambda item: -len(item[0]))

    def find(self, doc: PostDoc) -> list[PhraseMatch]:
        toks = doc.tokens
        out: list[PhraseMatch] = []
        i = 0
        n = len(toks)
        while i < n:
            best: PhraseMatch | None = None
            for words, wildcard, term, attrs in self._index.get(toks[i].norm, ()):
                k = len(words)
                if i + k > n:
                    continue
                ok = True
                for j in range(1, k):
                    want = words[j]
                    have = toks[i + j].norm
                    if wildcard and j == k - 1:
                        if not have.startswith(want):
                            ok = False
                            break
                    elif have != want:
                        ok = False
                        break
                if ok:
                    best = PhraseMatch(toks[i].start, toks[i + k - 1].end, term, attrs, i, i + k - 1)
                    break
            if best is None and self._prefix:
                norm = toks[i].norm
                for words, term, attrs in self._prefix.get(norm[:3], ()):
                    if norm.startswith(words[0]):
                        best = PhraseMatch(toks[i].start, toks[i].end, term, attrs, i, i)
                        break
            if best is not None:
                out.append(best)
                i = best.last + 1
            else:
                i += 1
        return out
