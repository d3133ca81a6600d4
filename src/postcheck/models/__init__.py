"""Small trained text classifiers shipped as data (weights in JSON, no pickles).

Each model is a logistic regression over hashed word and character n-grams
(:mod:`postcheck.models.textmodel`). Inference is pure Python: the featuriser below is the
same code the training script (``tools/train/train_conduct.py``) imports, so training and
run time cannot drift apart. Models load lazily, once per process, on first use.
See ``MODEL.md`` in this folder for data, licences, metrics and how to retrain.
"""

from __future__ import annotations

from pathlib import Path

import json

from postcheck.models.textmodel import HashedLinearModel, MultiLinearModel, featurise

MODEL_DIR = Path(__file__).resolve().parent
_CACHE: dict[str, HashedLinearModel | MultiLinearModel | None] = {}


def load(name: str) -> HashedLinearModel | MultiLinearModel | None:
    """The model ``<name>.json`` from this folder, or None when it is not installed.

    A missing model is not an error: the rules that use it fall back to their lexicon
    and grammar checks (and say so in their evidence)."""
    if name not in _CACHE:
        path = MODEL_DIR / f"{name}.json"
        if not path.is_file():
            _CACHE[name] = None
        else:
            meta = json.loads(path.read_text(encoding="utf-8"))
            _CACHE[name] = MultiLinearModel(meta) if "classes" in meta else HashedLinearModel.from_meta(meta, path)
    return _CACHE[name]


__all__ = ["HashedLinearModel", "MultiLinearModel", "featurise", "load", "MODEL_DIR"]
