"""Run Microsoft Presidio's analyzer over the presidio-synth dataset (runs in .venv-bench only).

Usage: .venv-bench/bin/python benchmarks/presidio_worker.py DATASET OUT.json [--limit N] [--repeats R]

Offline set-up: the ``no_op`` NLP engine (no spaCy model, so no PERSON / LOCATION /
ORGANIZATION NER), Presidio's predefined pattern recognisers as configured by default
(``UkNhsRecognizer`` among them), plus ``UkPostcodeRecognizer`` and ``UkNinoRecognizer``
added by hand. tldextract (used by the email recogniser) is kept off the network by the
caller (``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""``: bundled public-suffix snapshot).

Writes predictions (entity_type, start, end, score) per text and timings. Never imports
postcheck.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("out")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()

    t0 = time.perf_counter()
    import presidio_analyzer
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    import presidio_analyzer.predefined_recognizers as pr
    t_import = time.perf_counter() - t0

    t0 = time.perf_counter()
    conf = Path(presidio_analyzer.__file__).parent / "conf" / "no_op.yaml"
    nlp_engine = NlpEngineProvider(conf_file=str(conf)).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    added = []
    for cls_name in ("UkPostcodeRecognizer", "UkNinoRecognizer"):
        cls = getattr(pr, cls_name, None)
        if cls is not None and not any(type(r).__name__ == cls_name for r in registry.recognizers):
            registry.add_recognizer(cls())
            added.append(cls_name)
    engine = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])
    t_load = time.perf_counter() - t0

    rows = json.loads(Path(a.dataset).read_text(encoding="utf-8"))
    if a.limit:
        rows = rows[: a.limit]
    texts = [r["full_text"] for r in rows]

    def analyze_all():
        return [engine.analyze(text=t, language="en") for t in texts]

    # Warm-up on a slice (first calls build regex caches, tldextract's suffix trie, ...).
    for t in texts[:100]:
        engine.analyze(text=t, language="en")
    times = []
    results = None
    for _ in range(max(1, a.repeats)):
        gc.collect()
        t0 = time.perf_counter()
        results = analyze_all()
        times.append(time.perf_counter() - t0)

    preds = [[{"type": r.entity_type, "start": r.start, "end": r.end, "score": round(r.score, 3)} for r in res]
             for res in results]
    recognizers = sorted({type(r).__name__ for r in engine.registry.recognizers})
    entities = sorted(engine.get_supported_entities(language="en"))
    Path(a.out).write_text(json.dumps({
        "version": __import__("importlib.metadata").metadata.version("presidio-analyzer"),
        "python": sys.version.split()[0],
        "n": len(texts),
        "import_s": t_import,
        "load_s": t_load,
        "times_s": times,
        "added_recognizers": added,
        "recognizers": recognizers,
        "entities": entities,
        "predictions": preds,
    }))


if __name__ == "__main__":
    main()
