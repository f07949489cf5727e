"""Would a classifier learned from the gold sets read events better than the rules?

    python bench/bench_learned_events.py

Events F1 (type + modality) on unseen sentences is the one extraction target still missed.
This benchmark asks whether learning from our annotations closes the gap, and answers on
authors a model has not seen: each readable gold set (one author each) is held out in turn,
a model is trained on the other nine, and the held-out set is scored as ``make bench``
scores it. Two models are tried, each given the rules' own output as a feature:

* ``modality``: re-reads the modality of each event the rules found (logistic regression on
  the trigger's words, its governors, auxiliaries, negation and the report it sits in);
* ``misses``: adds an event of a type when the sentence's words say the rules missed one
  (logistic regression per type on the sentence's lemmas, at the modality most often missed).

The unseen sets (``gold_heldout8``, ``gold_heldout11``) are never read here. Writes
``bench/results/learned_events.json``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import READABLE, ROOT, write_result  # noqa: E402

from tidings.extract.claims import find_claims  # noqa: E402
from tidings.extract.events import FoundEvent, find_events  # noqa: E402
from tidings.extract.gold import match_pairs  # noqa: E402
from tidings.extract.nlp import load_pipeline  # noqa: E402
from tidings.extract.pipeline import parse_ready  # noqa: E402
from tidings.extract.times import find_times  # noqa: E402

GOLD = ROOT / "tests" / "data" / "extraction"
MISSED_TYPES = ["position", "sanctions_aid", "strike", "agreement", "threat", "talks", "capture"]
_CONTEXT_DEPS = {"aux", "auxpass", "neg", "amod", "mark", "advmod", "det", "compound", "acl"}


def _event_features(event: FoundEvent, doc, claims) -> dict[str, float]:  # type: ignore[no-untyped-def]
    token = next(t for t in doc if t.idx == event.trigger_start)
    f = {
        f"rule={event.modality.value}": 1.0,
        f"type={event.type.value}": 1.0,
        f"lemma={token.lemma_.lower()}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"head={token.head.lemma_.lower()}": 1.0,
    }
    for child in token.children:
        if child.dep_ in _CONTEXT_DEPS:
            f[f"child={child.dep_}:{child.lemma_.lower()}"] = 1.0
    governor, depth = token, 0
    while governor.head.i != governor.i and depth < 6:
        governor, depth = governor.head, depth + 1
        f[f"governor={governor.lemma_.lower()}"] = 1.0
        for child in governor.children:
            if child.dep_ in ("aux", "neg", "mark"):
                f[f"governor_child={child.dep_}:{child.lemma_.lower()}"] = 1.0
    inside = [c for c in claims if c.content_start <= token.idx < c.content_end]
    f[f"stance={inside[-1].stance.value}" if inside else "no_claim"] = 1.0
    return f


def collect() -> list[dict[str, object]]:
    """Per sentence of the readable sets: gold events, the rules' events with features, and
    the sentence's lemmas."""
    nlp, gazetteer = load_pipeline()
    rows = []
    for name in READABLE:
        records = [json.loads(x) for x in (GOLD / f"{name}.jsonl").read_text().splitlines() if x]
        texts = [
            parse_ready(f"{r.get('context') or ''} {r['text']}".strip(), gazetteer) for r in records
        ]
        for record, doc in zip(records, nlp.pipe(texts, batch_size=64), strict=True):
            offset = len(doc.text) - len(record["text"])
            day = date.fromisoformat(record["doc_date"])
            times = find_times(doc.text, day)
            claims = find_claims(doc, gazetteer)
            events = find_events(
                doc,
                claims,
                gazetteer.side_of,
                [(t.start, t.end) for t in times if t.start_date > day],
                [t.start for t in times if not t.is_deadline],
            )
            own = [e for e in events if e.sentence_end > offset]
            words = {
                f"word={t.lemma_.lower()}": 1.0
                for t in doc
                if t.idx >= offset and t.is_alpha and not t.is_stop
            }
            rows.append(
                {
                    "set": name,
                    "gold": [(e["type"], e["modality"]) for e in record.get("events", [])],
                    "rules": [(e.type.value, e.modality.value) for e in own],
                    "features": [_event_features(e, doc, claims) for e in own],
                    "words": words,
                }
            )
    return rows


def f1(rows, predictions) -> float:  # type: ignore[no-untyped-def]
    tp = fp = fn = 0
    for row, predicted in zip(rows, predictions, strict=True):
        pairs = match_pairs(row["gold"], predicted, lambda g, p: g == p)
        tp += len(pairs)
        fn += len(row["gold"]) - len(pairs)
        fp += len(predicted) - len(pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _modality_labels(rows):  # type: ignore[no-untyped-def]
    """Each rule event paired with a gold event of its type (same modality first): the gold
    modality is its label."""
    x, y = [], []
    for row in rows:
        gold, rules = row["gold"], row["rules"]
        pairs = sorted(
            (
                (g, p)
                for g in range(len(gold))
                for p in range(len(rules))
                if gold[g][0] == rules[p][0]
            ),
            key=lambda gp: gold[gp[0]][1] != rules[gp[1]][1],
        )
        used_g, used_p = set(), set()
        for g, p in pairs:
            if g not in used_g and p not in used_p:
                used_g.add(g)
                used_p.add(p)
                x.append(row["features"][p])
                y.append(gold[g][1])
    return x, y


def modality_model(train, test):  # type: ignore[no-untyped-def]
    x, y = _modality_labels(train)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=0.3, max_iter=2000).fit(vectorizer.fit_transform(x), y)
    return [
        list(
            zip(
                [t for t, _ in row["rules"]],
                model.predict(vectorizer.transform(row["features"])),
                strict=True,
            )
        )
        if row["rules"]
        else []
        for row in test
    ]


def _words(row) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {**row["words"], **{f"rules_found={t}": 1.0 for t, _ in row["rules"]}}


def misses_model(train, test, threshold: float = 0.5):  # type: ignore[no-untyped-def]
    vectorizer = DictVectorizer()
    x_train = vectorizer.fit_transform([_words(r) for r in train])
    x_test = vectorizer.transform([_words(r) for r in test])
    predictions = [list(row["rules"]) for row in test]
    for kind in MISSED_TYPES:

        def missed(row, kind: str = kind) -> Counter:  # type: ignore[no-untyped-def]
            """Modalities of this kind's gold events the rules did not find."""
            return Counter(m for t, m in row["gold"] if t == kind) - Counter(
                m for t, m in row["rules"] if t == kind
            )

        labels = [int(sum(missed(r).values()) > 0) for r in train]
        modality = sum((missed(r) for r in train), Counter()).most_common(1)[0][0]
        model = LogisticRegression(C=1.0, max_iter=2000).fit(x_train, labels)
        for i, p in enumerate(model.predict_proba(x_test)[:, 1]):
            if p > threshold:
                predictions[i].append((kind, modality))
    return predictions


def main() -> int:
    rows = collect()
    per_set = {}
    for name in READABLE:
        train = [r for r in rows if r["set"] != name]
        test = [r for r in rows if r["set"] == name]
        per_set[f"{name}.jsonl"] = {
            "rules": round(f1(test, [r["rules"] for r in test]), 4),
            "modality_model": round(f1(test, modality_model(train, test)), 4),
            "misses_model": round(f1(test, misses_model(train, test)), 4),
        }
    mean = {
        method: round(sum(s[method] for s in per_set.values()) / len(per_set), 4)
        for method in ("rules", "modality_model", "misses_model")
    }
    write_result(
        "learned_events",
        {"held_out_one_author_at_a_time": per_set, "mean": mean},
        "python bench/bench_learned_events.py",
    )
    print(json.dumps(mean))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
