"""Hashed n-gram logistic regression: the featuriser and pure-Python inference.

Why this shape: posts are short, the machine has two cores and no GPU, and the check must
stay within a few milliseconds per draft. A linear model over hashed features needs no
vocabulary file and no numpy; CRC-32 (from the standard library, in C) gives a hash that is
stable across processes, unlike Python's salted ``hash``.

Features (all binary, then L2-normalised so long posts do not score higher by length):
word unigrams and bigrams of the normalised text, and character 2–4-grams inside each word
with boundary marks, which keeps some signal when a word is disguised ("h8", "m*slims").
"""

from __future__ import annotations

import base64
import json
import math
import re
import zlib
from array import array
from functools import lru_cache
from itertools import repeat
from pathlib import Path

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
URL_RE = re.compile(r"https?://\S+|www\.\S+")
HANDLE_RE = re.compile(r"(?<!\w)@\w+")
WORD_RE = re.compile(r"[a-z0-9*@$!]+(?:'[a-z]+)?|[^\sa-z0-9*@$!'\"“”‘’.,;:?()\[\]{}<>_/\\|~`^&%+=#-]")
REPEAT_RE = re.compile(r"(.)\1{2,}")


def normalise(text: str) -> list[str]:
    """Lower-case word tokens with leetspeak undone inside words, long repeats cut to two,
    links and handles replaced by placeholders, emoji kept as tokens."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = URL_RE.sub(" httpurl ", text)
    text = HANDLE_RE.sub(" atuser ", text)
    text = REPEAT_RE.sub(r"\1\1", text)
    out = []
    for tok in WORD_RE.findall(text):
        if any(c.isalpha() for c in tok) and any(not c.isalpha() and c != "'" for c in tok):
            tok = tok.translate(LEET)
        out.append(tok)
    return out


def features(text: str, chars: bool = True) -> set[str]:
    words = normalise(text)
    feats: set[str] = set()
    prev = "<s>"
    for w in words:
        feats.add("w:" + w)
        feats.add("b:" + prev + " " + w)
        prev = w
        if chars and len(w) > 1 and w.isascii():
            _add_char_grams(w, feats)
    feats.add("b:" + prev + " </s>")
    return feats


def _add_char_grams(w: str, feats: set[str]) -> None:
    """The in-word character 2-4-grams of ``w``, with boundary marks."""
    padded = "<" + w + ">"
    n = len(padded)
    for k in (2, 3, 4):
        for i in range(n - k + 1):
            feats.add("c:" + padded[i:i + k])


_WORD_HASHES: dict[tuple[str, int, bool], tuple[int, ...]] = {}


def _word_hashes(w: str, mask: int, chars: bool = True) -> tuple[int, ...]:
    """The hashed unigram and (with ``chars``) character n-gram features of one word
    (cached: words repeat)."""
    key = (w, mask, chars)
    got = _WORD_HASHES.get(key)
    if got is None:
        feats = {"w:" + w}
        if chars and len(w) > 1 and w.isascii():
            _add_char_grams(w, feats)
        got = tuple({zlib.crc32(f.encode("utf-8")) & mask for f in feats})
        if len(_WORD_HASHES) >= 100_000:
            _WORD_HASHES.clear()
        _WORD_HASHES[key] = got
    return got


def feature_ids(text: str, bits: int, chars: bool = True) -> set[int]:
    """The same indices as :func:`featurise`, as a set, computed with per-word caching."""
    mask = (1 << bits) - 1
    crc = zlib.crc32
    ids: set[int] = set()
    prev = "<s>"
    for w in normalise(text):
        ids.update(_word_hashes(w, mask, chars))
        ids.add(crc(("b:" + prev + " " + w).encode("utf-8")) & mask)
        prev = w
    ids.add(crc(("b:" + prev + " </s>").encode("utf-8")) & mask)
    return ids


@lru_cache(maxsize=64)
def featurise(text: str, bits: int, chars: bool = True) -> tuple[int, ...]:
    """Hashed, de-duplicated feature indices for ``text`` in a space of ``2**bits``
    (word n-grams only when ``chars`` is false). Cached for the last few texts: several
    models score the same post. Built from per-word cached hashes (:func:`feature_ids`);
    the same index set as hashing :func:`features` directly."""
    return tuple(sorted(feature_ids(text, bits, chars)))


class HashedLinearModel:
    """A binary logistic regression with int8-quantised weights."""

    def __init__(self, meta: dict, weights: array):
        self.meta = meta
        self.name = meta["name"]
        self.bits = int(meta["bits"])
        self.scale = float(meta["scale"])
        self.bias = float(meta["bias"])
        self.threshold = float(meta.get("threshold", 0.5))
        self.weights = weights

    @classmethod
    def from_file(cls, path: str | Path) -> "HashedLinearModel":
        return cls.from_meta(json.loads(Path(path).read_text(encoding="utf-8")), path)

    @classmethod
    def from_meta(cls, meta: dict, path: str | Path = "<model>") -> "HashedLinearModel":
        """A model from its parsed JSON (``path`` only names it in errors)."""
        meta = dict(meta)
        raw = base64.b64decode(meta.pop("weights_int8_b64"))
        weights = array("b")
        weights.frombytes(raw)
        if len(weights) != 1 << int(meta["bits"]):
            raise ValueError(f"model {path}: weight count does not match bits")
        return cls(meta, weights)

    def score(self, text: str) -> float:
        """Probability of the positive class."""
        idx = featurise(text, self.bits)
        if not idx:
            return 0.0
        w = self.weights
        z = sum(w[i] for i in idx) * self.scale / math.sqrt(len(idx)) + self.bias
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


class MultiLinearModel:
    """Several binary logistic regressions over the same hashed features (one per class),
    with sparse int8 weights: only the buckets a class uses are stored. The post is
    featurised once and all classes are scored together (see :meth:`score_all`)."""

    def __init__(self, meta: dict):
        self.meta = {k: v for k, v in meta.items() if k != "classes"}
        self.name = meta["name"]
        self.bits = int(meta["bits"])
        self.chars = bool(meta.get("chars", True))
        self.classes: list[str] = list(meta["classes"])
        self.bias: dict[str, float] = {}
        self.thresholds: dict[str, float] = {}
        self.scales: dict[str, float] = {}
        self._raw: dict[str, tuple[array, array]] = {}
        # All classes in one dictionary: each bucket maps to one integer holding every class's
        # int8 weight (+128) in its own lane, so a post costs one look-up per feature and one
        # integer sum, whatever the number of classes.
        base = sum(128 << (_LANE * k) for k in range(len(self.classes)))
        packed: dict[int, int] = {}
        get = packed.get
        for k, (cls, spec) in enumerate(meta["classes"].items()):
            idx = array("I")
            idx.frombytes(base64.b64decode(spec["indices_b64"]))
            w = array("b")
            w.frombytes(base64.b64decode(spec["weights_int8_b64"]))
            if len(idx) != len(w):
                raise ValueError(f"model {self.name}: class {cls} has {len(idx)} indices but {len(w)} weights")
            self._raw[cls] = (idx, w)
            self.scales[cls] = float(spec["scale"])
            self.bias[cls] = float(spec["bias"])
            self.thresholds[cls] = float(spec.get("threshold", 0.5))
            shift = _LANE * k
            for i, q in zip(idx, w):
                packed[i] = get(i, base) + (q << shift)
        self.packed = packed

    @property
    def tables(self) -> dict[str, dict[int, float]]:
        """Per-class weights as {bucket: weight} (built on first use; scoring uses :attr:`packed`)."""
        if "_tables" not in self.__dict__:
            self.__dict__["_tables"] = {cls: {i: q * self.scales[cls] for i, q in zip(*self._raw[cls])}
                                        for cls in self.classes}
        return self.__dict__["_tables"]

    @classmethod
    def from_file(cls, path: str | Path) -> "MultiLinearModel":
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def score_indices(self, idx: tuple[int, ...], cls: str) -> float:
        """Probability of ``cls`` for a post already featurised with :func:`featurise`."""
        if not idx:
            return 0.0
        table = self.tables[cls]
        z = sum(map(table.get, idx, repeat(0.0, len(idx)))) / math.sqrt(len(idx)) + self.bias[cls]
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, text: str, cls: str) -> float:
        return self.score_all(featurise(text, self.bits, self.chars))[cls]

    def score_all(self, idx: tuple[int, ...]) -> dict[str, float]:
        """Every class's probability for a featurised post, in one pass (same values as
        :meth:`score_indices`, up to float rounding)."""
        if not idx:
            return {cls: 0.0 for cls in self.classes}
        vals = list(filter(None, map(self.packed.get, idx)))
        total, n = sum(vals), len(vals)
        norm = math.sqrt(len(idx))
        out = {}
        for k, cls in enumerate(self.classes):
            q = ((total >> (_LANE * k)) & _LANE_MASK) - 128 * n
            z = q * self.scales[cls] / norm + self.bias[cls]
            out[cls] = 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))
        return out


_LANE = 21  # bits per class lane: 255 x 8,000 features still fits
_LANE_MASK = (1 << _LANE) - 1

