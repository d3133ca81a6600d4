"""A small learned model: "does this post tell an identifiable story about a service user?"

The rules find identifiers and clues; this model catches what their word lists miss by
weighing the whole post: its words and word pairs plus the signals and the care
assessment the rules already computed. It is a logistic regression trained by
``tools/train/train_story_model.py`` on posts the project wrote itself (never on
``../shared/eval``); the weights ship as JSON (no pickles) with ``STORY-MODEL.md``.
Inference is a dictionary lookup per feature: microseconds per post, no dependencies.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "story_model.json"


def features(an) -> dict[str, float]:
    """Sparse features of one analysed post. The training script uses this same function."""
    words = [t.norm for t in an.doc.tokens if any(ch.isalpha() for ch in t.norm)]
    f: dict[str, float] = {}
    for w in words:
        f["w:" + w] = 1.0
    for a, b in zip(words, words[1:]):
        f["b:" + a + "_" + b] = 1.0
    care = an.care
    for s in an.signals:
        f["k:" + s.kind] = 1.0
        spec = s.attr("specificity")
        if spec:
            f[f"k:{s.kind}:{spec}"] = 1.0
        form = s.attr("form")
        if form:
            f[f"k:{s.kind}:{form}"] = 1.0
    kinds = {s.kind for s in an.signals}
    f["n_kinds"] = min(len(kinds), 6) / 6.0
    f["care"] = care.score
    f["care_ok"] = 1.0 if care.care else 0.0
    f["subject"] = 1.0 if care.subject else 0.0
    f["cues"] = min(len(care.cues), 4) / 4.0
    for cat, v in care.non_care.items():
        f["nc:" + cat] = min(v, 2.0) / 2.0
    f["len"] = min(len(an.doc.text), 600) / 600.0
    return f


class StoryModel:
    def __init__(self, data: dict):
        self.intercept = float(data["intercept"])
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}
        self.threshold = float(data.get("threshold", 0.5))
        self.meta = data.get("meta", {})

    def probability(self, an) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features(an).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> StoryModel | None:
    p = Path(path)
    if not p.exists():
        return None
    return StoryModel(json.loads(p.read_text(encoding="utf-8")))
