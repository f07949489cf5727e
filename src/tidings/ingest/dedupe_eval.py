"""Near-duplicate detection measured on a labelled pair set (tests/data/neardup format).

Each pair goes through the same path as ingest: clean the texts, then a fresh
:class:`DuplicateIndex` holding the first document is asked about the second (exact hash,
LSH candidates, estimated-Jaccard prefilter, verification on shingles).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tidings.ingest.clean import clean_paragraphs, split_paragraphs
from tidings.ingest.dedupe import DuplicateIndex, minhash, shingles, text_hash


def _clean(text: str) -> str:
    return clean_paragraphs(split_paragraphs(text)).text


def evaluate_pairs(folder: Path) -> dict[str, object]:
    docs = {}
    for line in (folder / "docs.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            docs[row["id"]] = _clean(row["text"])
    tp = fp = fn = tn = 0
    errors: Counter[str] = Counter()
    for line in (folder / "pairs.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        pair = json.loads(line)
        a, b = docs[pair["a"]], docs[pair["b"]]
        index = DuplicateIndex()
        grams_a = shingles(a)
        index.add_new(pair["a"], text_hash(a), grams_a, minhash(grams_a))
        grams_b = shingles(b)
        found = index.match(text_hash(b), grams_b, minhash(grams_b), lambda ids: {}) is not None
        truth = pair["label"] == "duplicate"
        tp += found and truth
        fp += found and not truth
        fn += truth and not found
        tn += not truth and not found
        if found != truth:
            errors[pair["kind"]] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pairs": tp + fp + fn + tn,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "errors_by_kind": dict(errors),
    }
