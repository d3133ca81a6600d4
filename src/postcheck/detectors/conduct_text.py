"""Canonical tokens for the conduct checks: disguised spellings undone, offsets kept.

People hide hateful words from filters ("h8", "m*slims", "w o m e n", "womenare", "hte").
The conduct grammar reads a canonical form of the post instead: one lower-case token per
word with leetspeak undone, masked letters filled in from the known vocabulary, spaced-out
letters joined, run-together words split, and one-letter slips (a dropped or swapped
letter) mapped back to the word they disguise. Every canonical token keeps the span of the
original text it came from, so findings point at what the author actually wrote.

Only words in the conduct vocabulary (groups, slurs, hostile words) are repaired, and never
into an ordinary English word, so "hat" stays "hat" and "ate" stays "ate".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RAW_TOKEN_RE = re.compile(r"[\w*@$'’]+|[^\w\s]", re.UNICODE)
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "8": "ate"})
NUMERIC_RE = re.compile(r"^\d+(?:st|nd|rd|th|am|pm|s|k|g|mg|ml|kg|x|yo|yrs?|m|hrs?|mins?|p|gb)?$")
REPEAT_RE = re.compile(r"([a-z])\1{2,}")
LEET_CHAR_RE = re.compile(r"[0-9@$!]")


@dataclass(slots=True)
class CTok:
    norm: str
    start: int
    end: int


# the commonest masked words first: "f*ck" is "fuck", not "feck"
MASK_ORDER = {w: i for i, w in enumerate(
    "fuck fucking fucked fucker fuckers fuckin shit shitty shite cunt cunts bitch bitches twat twats nigger niggers "
    "nigga faggot faggots fag fags retard retards tranny trannies slut sluts whore whores bastard bastards piss "
    "dick dicks cock crap arse ass wanker wankers damn".split())}


class Vocabulary:
    """The words the conduct grammar cares about, with a map from their one-slip variants."""

    def __init__(self, key_words: set[str], common: set[str], function_words: set[str],
                 fuzzy_words: set[str] | None = None, masked_words: set[str] | None = None,
                 slur_words: set[str] | None = None):
        self.key = key_words
        self.masked = masked_words or set()   # the words people mask with asterisks (swearing, slurs)
        self.slurs = slur_words or set()      # never guessed from a single visible letter
        self.common = common
        self.function = function_words
        self.known = key_words | function_words
        self.variants: dict[str, str] = {}
        by_len: dict[int, list[str]] = {}
        for w in sorted(key_words):  # sorted: the same variant map in every process
            if not w.isalpha():
                continue
            by_len.setdefault(len(w), []).append(w)
            if len(w) == 3 and w not in function_words:
                for i in (1,):                # "gya" -> "gay": a swap inside a three-letter word
                    v = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                    if v not in key_words and v not in common and v not in function_words:
                        self.variants.setdefault(v, w)
                continue
            if len(w) < 4 or w in function_words:
                continue
            for v in self._slips(w):
                if v in key_words or v in common or v in function_words or len(v) < 3:
                    continue
                self.variants.setdefault(v, w)
        # the longer function words the grammar reads ("shuold", "nevr"): dropped or swapped letters
        for w in sorted(function_words):
            if len(w) < 5 or not w.isalpha():
                continue
            for v in self._slips(w):
                if v in key_words or v in common or v in function_words or len(v) < 4:
                    continue
                self.variants.setdefault(v, w)
        # one substituted letter ("muzlims", "imnigrants") for the fuzzy words (group nouns and
        # slurs of five letters or more, hostile words of six or more: "dispise"), never into an
        # ordinary word, and never where two such words share the variant. Looked up on demand
        # through a one-wildcard index (a precomputed map of every substitution would triple
        # the start-up cost for words that almost never occur).
        self.wild: dict[str, set[str]] = {}
        self.fuzzy = set(fuzzy_words or ())
        for w in sorted(self.fuzzy):
            if len(w) < 5 or not w.isalpha() or not w.isascii() or w in function_words:
                continue
            for i in range(1, len(w)):  # keep the first letter, as the slips do
                self.wild.setdefault(w[:i] + "?" + w[i + 1:], set()).add(w)
        # a dropped first letter ("isgusting", "ermin") for the fuzzy words of six letters or
        # more (the slips above keep the first letter), never into a word of its own
        for w in sorted(self.fuzzy):
            if len(w) < 6 or not w.isalpha() or not w.isascii() or w in function_words or w in self.slurs:
                continue   # never a slur: "ender" is not a dropped "b"
            v = w[1:]
            if v not in key_words and v not in common and v not in function_words:
                self.variants.setdefault(v, w)
        self._subs: dict[str, str | None] = {}
        self.by_len = by_len

    @staticmethod
    def _slips(w: str):
        for i in range(1, len(w)):           # a dropped letter (keep the first)
            yield w[:i] + w[i + 1:]
        for i in range(len(w) - 1):           # two letters swapped
            yield w[:i] + w[i + 1] + w[i] + w[i + 2:]
        for i in range(1, len(w)):            # a doubled letter
            yield w[:i] + w[i] + w[i:]

    def variant(self, w: str) -> str | None:
        """The key word a one-slip spelling disguises, or None."""
        v = self.variants.get(w)
        if v is not None or len(w) < 5 or not w.isascii():
            return v
        if w in self._subs:
            return self._subs[w]
        if w in self.key or w in self.common or w in self.function:
            found: set[str] = set()
        else:
            found = set()
            for i in range(1, len(w)):
                found |= self.wild.get(w[:i] + "?" + w[i + 1:], set())
            found.discard(w)
        out = next(iter(found)) if len(found) == 1 else None
        if len(self._subs) < 50_000:
            self._subs[w] = out
        return out

    def is_word(self, w: str) -> bool:
        return w in self.known or w in self.common

    def unmask(self, w: str) -> str:
        """'m*slims' -> 'muslims' when exactly one key word fits the visible letters."""
        if len(w.replace("*", "")) < 2:
            if len(w) >= 3 and w[0] != "*":   # "f***": only a commonly masked word of that length
                exact = re.compile("^" + re.escape(w).replace(r"\*", "[a-z]") + "$")
                masked = [k for k in self.masked if len(k) == len(w) and exact.match(k) and k in MASK_ORDER
                          and k not in self.slurs]
                if masked:
                    return min(masked, key=lambda k: (MASK_ORDER.get(k, len(MASK_ORDER)), k))
            return w.replace("*", "")
        if w.startswith("*") or w.endswith("*"):
            return w.replace("*", "")   # "*is wondering*": asterisks as emphasis or action marks
        # one letter per asterisk first ("f**k", "f***ing"), preferring the words people mask
        exact = re.compile("^" + re.escape(w).replace(r"\*", "[a-z]") + "$")
        hits = [k for k in self.by_len.get(len(w), ()) if exact.match(k)]
        masked = [k for k in hits if k in self.masked]
        if len(masked) == 1:
            return masked[0]
        if len(masked) > 1:
            return min(masked, key=lambda k: MASK_ORDER.get(k, len(MASK_ORDER)))
        if len(hits) == 1:
            return hits[0]
        pattern = re.compile("^" + re.escape(w).replace(r"\*", "[a-z]{1,3}") + "$")
        hits = [k for n in range(len(w) - 1, len(w) + 6) for k in self.by_len.get(n, ()) if pattern.match(k)]
        if len(hits) == 1 or (hits and all(h.rstrip("s") == hits[0].rstrip("s") for h in hits)):
            return min(hits, key=len)
        masked = [k for k in hits if k in self.masked]
        if len(masked) == 1:
            return masked[0]
        return w.replace("*", "")


def _canonical_word(tok: str, vocab: Vocabulary) -> tuple[str, int, int] | None:
    """One raw token's canonical form and the shifts of its start and end (None: drop it)."""
    s, e = 0, 0  # offsets relative to the raw token's span
    low = tok.replace("’", "'").lower()
    if "'" in low:
        lead = len(low) - len(low.lstrip("'"))
        trail = len(low) - len(low.rstrip("'"))
        low = low.strip("'")
        if not low:
            return None
        s, e = s + lead, e - trail
    # (a plain word passes only the repeat and variant repairs at the end; canonical_tokens
    # caches each token's result, so no separate fast path is needed)
    if low.startswith("@") and len(low) > 1 and low[1:].replace("_", "").isalnum():
        return "@user", s, e
    if low.endswith("8") and low[:-1].isalpha() and low[:-1] + "ate" in vocab.key:
        low = low[:-1] + "ate"    # "h8" -> "hate" (a final digit is otherwise left alone)
    if LEET_CHAR_RE.search(low, 0, len(low) - 1) and any(c.isalpha() for c in low) and not NUMERIC_RE.match(low) \
            and not re.fullmatch(r"covid-?19|sars-?cov-?2|[a-z]{2,}\d+|\d+[a-z]{1,2}", low):
        plain = low.translate(LEET)
        as_l = low.replace("1", "l").replace("!", "l").translate(LEET)
        low = as_l if not vocab.is_word(plain) and vocab.variant(plain) is None and (
            vocab.is_word(as_l) or vocab.variant(as_l) is not None) else plain
    if REPEAT_RE.search(low):
        two = REPEAT_RE.sub(r"\1\1", low)
        one = REPEAT_RE.sub(r"\1", low)
        low = one if vocab.is_word(one) and not vocab.is_word(two) else two
    if "*" in low:
        low = vocab.unmask(low)
    if low and low not in vocab.known and low not in vocab.common and len(low) >= 3:
        low = vocab.variant(low) or low
    return low, s, e


def canonical_tokens(text: str, vocab: Vocabulary) -> list[CTok]:
    cache = vocab.__dict__.setdefault("_canonical_cache", {})  # the form depends only on the token
    toks: list[CTok] = []
    for m in RAW_TOKEN_RE.finditer(text):
        tok = m.group()
        got = cache.get(tok, False)
        if got is False:
            got = _canonical_word(tok, vocab)
            if len(cache) >= 200_000:
                cache.clear()
            cache[tok] = got
        if got is not None:
            low, ds, de = got
            toks.append(CTok(low, m.start() + ds, m.end() + de))
    toks = _join_spaced(toks, text, vocab)
    toks = _split_joined(toks, vocab)
    toks = expand(toks)
    for i in range(len(toks) - 1):
        if toks[i].norm == "wicked" and toks[i + 1].norm in INTENSIFIED:
            toks[i].norm = "very"   # "wicked smart": the slang intensifier, not the moral word
    return toks


INTENSIFIED = set("smart clever good cool fast funny talented strong kind nice brilliant quick bright gifted "
                  "skilled tough fit hot awesome fun great amazing".split())


def _join_spaced(toks: list[CTok], text: str, vocab: Vocabulary) -> list[CTok]:
    """'h a t e' -> 'hate'; 'wo men' -> 'women' (only into a key word)."""
    out: list[CTok] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        # a run of single letters separated by single spaces
        if len(t.norm) == 1 and t.norm.isalpha():
            j = i
            while j + 1 < n and len(toks[j + 1].norm) == 1 and toks[j + 1].norm.isalpha() \
                    and toks[j + 1].start - toks[j].end <= 2:
                j += 1
            if j - i >= 2:
                word = "".join(x.norm for x in toks[i:j + 1])
                out.append(CTok(word, t.start, toks[j].end))
                i = j + 1
                continue
        if i + 1 < n and t.norm.isalpha() and toks[i + 1].norm.isalpha() and toks[i + 1].start - t.end == 1:
            joined = t.norm + toks[i + 1].norm
            if joined in vocab.key and (not (vocab.is_word(t.norm) and vocab.is_word(toks[i + 1].norm)) or (
                    joined in vocab.fuzzy and len(joined) >= 7 and min(len(t.norm), len(toks[i + 1].norm)) <= 3
                    and t.norm not in vocab.function and toks[i + 1].norm not in vocab.function)):
                # "dis gusting" -> "disgusting": both halves may be words when one is a mere stub
                out.append(CTok(joined, t.start, toks[i + 1].end))
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def _split_joined(toks: list[CTok], vocab: Vocabulary) -> list[CTok]:
    """'womenare' -> 'women are'; 'ihate' -> 'i hate' (one split, one side a key word)."""
    out: list[CTok] = []
    for t in toks:
        w = t.norm
        if len(w) >= 5 and w.isalpha() and not vocab.is_word(w):
            best = None
            for i in range(1, len(w)):
                a, b = w[:i], w[i:]
                if (a in vocab.key and vocab.is_word(b) or b in vocab.key and vocab.is_word(a)) \
                        and (len(a) > 1 or a in ("i", "a")) and (len(b) > 1 or b in ("i", "a")):
                    best = (a, b)
                    if a in vocab.key and b in vocab.key:
                        break
            if best is None and 8 <= len(w) <= 28:
                cache = vocab.__dict__.setdefault("_segments", {})
                if w not in cache:
                    if len(cache) > 20_000:
                        cache.clear()
                    cache[w] = _three_way(w, vocab)   # "womenaredisgusting" -> "women are disgusting"
                best = cache[w]
            if best:
                for part in best:
                    out.append(CTok(part, t.start, t.end))
                continue
        out.append(t)
    return out


def _three_way(w: str, vocab: Vocabulary) -> tuple[str, ...] | None:
    """Several spaces dropped ("womenaredisgusting", "ihatewomen"): the fewest known words (at
    most four), at least one a key word and most of them key or function words, so ordinary
    compounds and names are not taken apart."""
    def ok(x: str) -> bool:
        return (len(x) >= 2 or x in ("i", "a")) and vocab.is_word(x)

    best: list[tuple[str, ...]] = []

    def walk(rest: str, parts: tuple[str, ...]) -> None:
        if best and len(parts) >= len(best[0]):
            return
        if not rest:
            keyish = sum(x in vocab.key or x in vocab.function for x in parts)
            if len(parts) >= 2 and any(x in vocab.key for x in parts) and keyish * 2 >= len(parts) + 1:
                best[:] = [parts]
            return
        if len(parts) == 4:
            return
        for i in range(len(rest), 0, -1):   # longest first
            if ok(rest[:i]):
                walk(rest[i:], parts + (rest[:i],))

    walk(w, ())
    return best[0] if best else None


CONTRACTIONS = {
    "can't": "can not", "cannot": "can not", "cant": "can not", "won't": "will not", "wont": "will not",
    "don't": "do not", "dont": "do not", "doesn't": "does not", "doesnt": "does not", "didn't": "did not",
    "didnt": "did not", "isn't": "is not", "isnt": "is not", "aren't": "are not", "arent": "are not",
    "wasn't": "was not", "weren't": "were not", "shouldn't": "should not", "shouldnt": "should not",
    "wouldn't": "would not", "wouldnt": "would not", "couldn't": "could not", "couldnt": "could not",
    "mustn't": "must not", "haven't": "have not", "hasn't": "has not", "hadn't": "had not", "ain't": "are not",
    "needn't": "need not", "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'll": "i will",
    "i'd": "i would", "we're": "we are", "we've": "we have", "we'll": "we will", "we'd": "we would",
    "you're": "you are", "youre": "you are", "you've": "you have", "you'll": "you will", "you'd": "you would",
    "they're": "they are", "theyre": "they are", "they've": "they have", "they'll": "they will",
    "they'd": "they would", "he's": "he is", "she's": "she is", "it's": "it is", "that's": "that is",
    "thats": "that is", "there's": "there is", "what's": "what is", "who's": "who is", "let's": "let us",
    "lets": "let us", "gonna": "going to", "wanna": "want to", "gotta": "got to", "u": "you", "ya": "you",
    "r": "are", "ur": "your", "y'all": "you all", "he'll": "he will", "she'll": "she will",
    "he'd": "he would", "she'd": "she would", "it'll": "it will", "should've": "should have",
    "would've": "would have", "could've": "could have", "idk": "i do not know", "tbh": "to be honest",
}


def expand(toks: list[CTok]) -> list[CTok]:
    """Contractions and chat spellings as separate words ('can't' -> 'can not')."""
    out: list[CTok] = []
    for t in toks:
        rep = CONTRACTIONS.get(t.norm)
        if rep is None and t.norm.endswith("n't") and len(t.norm) > 3:
            rep = t.norm[:-3] + " not"
        if rep is None and t.norm.endswith("'ll"):
            rep = t.norm[:-3] + " will"
        if rep is None and t.norm.endswith("'re"):
            rep = t.norm[:-3] + " are"
        if rep is None:
            out.append(t)
            continue
        for w in rep.split():
            out.append(CTok(w, t.start, t.end))
    return out


def canonical_term(term: str) -> str:
    """A lexicon phrase in the same canonical form as post text (for building patterns)."""
    words = [w.replace("’", "'").lower() for w in RAW_TOKEN_RE.findall(term)]
    toks = expand([CTok(w, 0, 0) for w in words])
    return " ".join(t.norm for t in toks)
