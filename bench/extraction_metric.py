"""The article-extraction benchmark's metric, re-implemented from its README's description.

Word 4-gram multisets per document; per-document precision and recall (1.0 when there is
nothing to miss); F1 is the harmonic mean of the averaged precision and recall.
"""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def score(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    precisions, recalls, exact = [], [], 0
    for key, true_text in truth.items():
        pred_text = predicted.get(key) or ""
        t, p = _shingles(true_text), _shingles(pred_text)
        tp = sum((t & p).values())
        fp = sum((p - t).values())
        fn = sum((t - p).values())
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
        else:
            if tp + fp > 0:
                precisions.append(tp / (tp + fp))
            if tp + fn > 0:
                recalls.append(tp / (tp + fn))
        exact += _TOKEN.findall(true_text) == _TOKEN.findall(pred_text)
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    return {
        "f1": 2 * precision * recall / (precision + recall),
        "precision": precision,
        "recall": recall,
        "accuracy": exact / len(truth),
        "documents": len(truth),
    }
