"""Train postcheck's per-standard conduct model and write it as JSON weights.

    PYTHONPATH=src /work/venv-train/bin/python tools/train/train_standards.py [--data ../shared/data]

One logistic regression per HCPC standard (1.6, 1.9, 1.10, 1.11, 1.12, 2.10, 2.11, 9.1, 9.3)
over the hashed word and character n-grams of ``postcheck.models.textmodel`` (the same
featuriser the run time uses), answering "does this post breach standard S?". The rules
``*190`` use it to catch the casual, indirect and jokey breaches that the grammar rules miss.

Data (all read at build time; nothing from ``../shared/eval`` is ever read):

* posts the project wrote, one JSONL file per standard, ``label`` flag/ok:
  ``tests/fixtures/quality/standards/`` (regression set), ``tests/fixtures/quality/standards_holdout/``
  (the first blind set, added after its blind measurement) and ``tools/train/standards_train/``
  (written for training);
* the project's confidentiality fixtures (care stories and ordinary posts; negatives for every
  standard here: they breach 5.1 at most);
* ``tools/train/extra_examples.tsv`` rows marked not hateful and not abusive (negatives);
* a fixed sample of EDOS posts labelled not sexist (CC0; ``../shared/data/edos``), as everyday
  social-media text that must stay clean;
* the Check-COVID claims of the train split labelled SUPPORT or NOTENOUGHINFO (MIT;
  ``../shared/data/check-covid``): accurate or unverifiable reporting of COVID-19 science,
  as hard negatives (the benchmark's Check-COVID control counts the dev and test splits only);
* the non-toxic Conversation AI identity templates (CC BY 4.0; ``../shared/data/identity-templates``:
  all "being", "verb", "you are" and "am" templates and a fixed sample of 1,000 "name" templates),
  so that naming a group ("Being gay is great", "I am a Muslim") is never evidence of a breach.

A flag post of standard T is a positive for T; for another standard S it is a negative, except
where the two overlap (the four boundary standards among themselves, 1.6 with 2.10, 2.11 with
9.3, and 9.1 with everything): there it is left out of S's training, since the post may breach
both. Every ok post is a negative for every standard.

Thresholds come from 5-fold cross-validation (folds by text hash), never from an evaluation
set: for each standard, the lowest threshold, never below 0.7, at which at most 5 % of that
standard's own ok posts (mostly hard negatives) and at most 0.3 % of all other negatives are
flagged on the folds. The defaults (C = 10) reproduce the shipped model.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import json
import sys
import zlib
from datetime import date
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
from train_conduct import BITS, _key, matrix  # noqa: E402  (the same featurisation and text key)

STANDARDS = ["1.6", "1.9", "1.10", "1.11", "1.12", "2.10", "2.11", "9.1", "9.3"]
GROUP = {"1.9": "B", "1.10": "B", "1.11": "B", "1.12": "B", "1.6": "H", "2.10": "H", "2.11": "A", "9.3": "A",
         "9.1": "*"}
FLOOR = 0.7
OWN_FF = 0.05      # at most this share of the standard's own ok posts flagged on the folds
OTHER_FF = 0.003   # and at most this share of every other negative
EDOS_SAMPLE = 3000
TEMPLATE_NAME_SAMPLE = 1000
FOLDS = 5

QUALITY = REPO / "tests" / "fixtures" / "quality"
STANDARD_DIRS = [QUALITY / "standards", QUALITY / "standards_holdout", QUALITY / "standards_holdout2", QUALITY / "standards_holdout3",
                 REPO / "tools" / "train" / "standards_train",
                 REPO / "tools" / "train" / "standards_train" / "batch2", REPO / "tools" / "train" / "standards_train" / "batch3"]


def _fold(text: str) -> int:
    return zlib.crc32(_key(text).encode()) % FOLDS


def overlaps(a: str, b: str) -> bool:
    return a == b or GROUP[a] == GROUP[b] or "*" in (GROUP[a], GROUP[b])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load(data: Path, exclude=()):
    """Rows of (text, source, std or None, flag: bool)."""
    rows, sources = [], []
    seen = set()

    def add(text, source, std, flag):
        k = _key(text)
        if not k or k in seen:
            return
        seen.add(k)
        rows.append((text, source, std, flag))

    for folder in STANDARD_DIRS:
        if any(folder.resolve() == Path(x).resolve() for x in exclude):
            continue
        for path in sorted(folder.glob("*.jsonl")):
            std = path.stem
            if std == "everyday":  # acceptable everyday posts of health professionals
                sources.append(path)
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        add(json.loads(line)["text"], "everyday", None, False)
                continue
            if std not in GROUP:
                continue
            sources.append(path)
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    add(item["text"], "standards", std, item["label"] == "flag")
    for path in sorted(QUALITY.rglob("confidentiality*.jsonl")):
        sources.append(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                add(json.loads(line)["text"], "confidentiality", None, False)
    extra = REPO / "tools" / "train" / "extra_examples.tsv"
    sources.append(extra)
    for line in extra.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        text, hate, abuse = (line.split("\t") + ["-", "-"])[:3]
        if hate.strip() == "0" and abuse.strip() in ("0", "-"):
            add(text, "extra", None, False)
    edos = data / "edos" / "edos_labelled_aggregated.csv"
    if edos.is_file():
        with open(edos, encoding="utf-8") as fh:
            not_sexist = [r["text"] for r in csv.DictReader(fh) if r["label_sexist"] == "not sexist"]
        not_sexist.sort(key=lambda t: zlib.crc32(t.encode()))
        for t in not_sexist[:EDOS_SAMPLE]:
            add(t, "edos", None, False)
    checkcovid = data / "check-covid" / "train" / "covidCheck_train_composed+extracted.json"
    if checkcovid.is_file():  # accurate or unverifiable COVID science claims (train split only)
        sources.append(checkcovid)
        for line in checkcovid.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["label"] in ("SUPPORT", "NOTENOUGHINFO"):
                    add(item["claim"].strip(), "everyday", None, False)
    templates = data / "identity-templates" / "en_sentence_templates.csv"
    if templates.is_file():
        sources.append(templates)
        with open(templates, encoding="utf-8") as fh:
            neutral = [(r["template"], r["phrase"]) for r in csv.DictReader(fh) if r["toxicity"] == "nontoxic"]
        names = sorted((p for t, p in neutral if t == "name_adj"), key=lambda t: zlib.crc32(t.encode()))
        for t, phrase in neutral:
            if t in ("being_adj", "verb_adj", "you_are_adj", "am_hate_adj"):
                add(phrase, "templates", None, False)
        for phrase in names[:TEMPLATE_NAME_SAMPLE]:
            add(phrase, "templates", None, False)
    return rows, sources


def labels_for(rows, std):
    """y (1/0) and a mask of rows used for this standard."""
    y = np.zeros(len(rows), dtype=int)
    use = np.ones(len(rows), dtype=bool)
    for i, (_, _, s, flag) in enumerate(rows):
        if flag:
            if s == std:
                y[i] = 1
            elif overlaps(s, std):
                use[i] = False
    return y, use


def weights(y, hard):
    """Positives and hard negatives (the project's acceptable posts about the same topics)
    weigh the same in total as each other; everyday negatives share the rest."""
    n = len(y)
    pos, hardn = (y == 1), (y == 0) & hard
    easy = (y == 0) & ~hard
    w = np.ones(n)
    w[pos] = n / (3 * max(pos.sum(), 1))
    w[hardn] = n / (3 * max(hardn.sum(), 1))
    w[easy] = n / (3 * max(easy.sum(), 1))
    return w


def fit(X, y, C, hard):
    clf = LogisticRegression(solver="liblinear", C=C, max_iter=3000)
    clf.fit(X, y, sample_weight=weights(y, hard))
    return clf


def pick_threshold(p, y, own_ok, other_neg, own_ff=OWN_FF, other_ff=OTHER_FF, floor=FLOOR):
    for t in np.arange(floor, 0.99, 0.01):
        if ((p >= t) & own_ok).sum() <= own_ff * max(own_ok.sum(), 1) and \
                ((p >= t) & other_neg).sum() <= other_ff * max(other_neg.sum(), 1):
            return round(float(t), 2)
    return 0.99


def quantise(w):
    scale = float(np.abs(w).max()) / 127 or 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "postcheck" / "models" / "standards.json")
    ap.add_argument("--C", type=float, nargs="*", default=[10.0],
                    help="regularisation values to try (each standard keeps the best cross-validated recall)")
    ap.add_argument("--words-only", action="store_true", help="word 1-2-grams only (no character n-grams)")
    ap.add_argument("--floor", type=float, default=FLOOR, help="lowest threshold allowed")
    ap.add_argument("--own-ff", type=float, default=OWN_FF)
    ap.add_argument("--other-ff", type=float, default=OTHER_FF)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="leave these per-standard folders out (to measure on them)")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate and report only")
    args = ap.parse_args(argv)

    rows, sources = load(args.data, args.exclude)
    texts = [r[0] for r in rows]
    X = matrix(texts, not args.words_only)
    folds = np.array([_fold(t) for t in texts])
    print(f"{len(rows)} posts: " + ", ".join(
        f"{s} {sum(1 for r in rows if r[2] == s and r[3])}+/{sum(1 for r in rows if r[2] == s and not r[3])}-"
        for s in STANDARDS) + f"; other negatives {sum(1 for r in rows if r[2] is None)}")
    out_classes = {}
    report = []
    for std in STANDARDS:
        y, use = labels_for(rows, std)
        own_ok = np.array([r[2] == std and not r[3] for r in rows])
        hard = np.array([r[1] in ("standards", "everyday", "confidentiality") and not r[3] for r in rows])
        other_neg = (y == 0) & use & ~own_ok
        best = None
        for C in args.C:
            p = np.zeros(len(rows))
            for k in range(FOLDS):
                tr = (folds != k) & use
                te = folds == k
                p[te] = fit(X[tr], y[tr], C, hard[tr]).predict_proba(X[te])[:, 1]
            t = pick_threshold(p, y, own_ok & use, other_neg, args.own_ff, args.other_ff, args.floor)
            rec = float(((p >= t) & (y == 1)).sum() / max((y == 1).sum(), 1))
            ff_own = float(((p >= t) & own_ok).sum() / max(own_ok.sum(), 1))
            ff_other = float(((p >= t) & other_neg).sum() / max(other_neg.sum(), 1))
            print(f"  {std:5s} C={C:<5g} threshold {t:.2f}  cv recall {rec:.3f}  own ok flagged {ff_own:.3f}  "
                  f"other negatives flagged {ff_other:.4f}")
            if best is None or rec > best[1]:
                best = (C, rec, t, ff_own, ff_other)
        C, rec, t, ff_own, ff_other = best
        clf = fit(X[use], y[use], C, hard[use])
        q, scale = quantise(clf.coef_[0])
        nz = np.nonzero(q)[0]
        out_classes[std] = {"bias": round(float(clf.intercept_[0]), 5), "scale": scale, "threshold": t,
                            "C": C, "cv_recall": round(rec, 3), "cv_own_ok_flagged": round(ff_own, 3),
                            "cv_other_flagged": round(ff_other, 4), "positives": int((y == 1).sum()),
                            "negatives": int(((y == 0) & use).sum()),
                            "indices_b64": base64.b64encode(nz.astype("<u4").tobytes()).decode(),
                            "weights_int8_b64": base64.b64encode(q[nz].tobytes()).decode()}
        report.append((std, C, t, rec, ff_own, ff_other, int((y == 1).sum())))
    print("\nstandard  C     threshold  cv recall  own ok flagged  other negatives flagged  positives")
    for std, C, t, rec, a, b, n in report:
        print(f"{std:8s}  {C:<5g} {t:9.2f}  {rec:9.3f}  {a:14.3f}  {b:23.4f}  {n}")
    if args.dry_run:
        return
    meta = {"name": "standards", "bits": BITS, "chars": not args.words_only, "trained": date.today().isoformat(),
            "features": "postcheck.models.textmodel.features (word 1-2-grams, in-word char 2-4-grams), "
                        "CRC-32 hashed, binary, L2-normalised",
            "sources": {str(p.relative_to(REPO)) if p.is_relative_to(REPO) else p.name: sha256(p)[:16]
                        for p in sources},
            "edos_not_sexist_sample": EDOS_SAMPLE, "classes": out_classes}
    args.out.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
