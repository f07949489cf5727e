"""Linking quality on tests/data/linking: precision@5 and recall@20 over the news stream.

    python bench/bench_link.py [--no-embeddings]     # writes bench/results/link.json

Every event sentence dated inside a question's [open_date, close_date] is a candidate; the
linker ranks them; relevant items are the hand-labelled ones. recall@20 is |top-20 & R| / |R|,
as tests/data/linking/README.md defines it (the target metric); two questions have more than 20
relevant items, so it cannot reach 1 for them. ``capped_recall_at_20`` divides by
min(20, |R|) instead (R-precision style), reported beside it, never in its place.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, write_result  # noqa: E402
from newsstream import event_sentences  # noqa: E402

from tidings.extract.gazetteer import load_gazetteer  # noqa: E402
from tidings.link import embed  # noqa: E402
from tidings.link.linker import EntityMatcher, EvidenceIndex, LinkDoc  # noqa: E402
from tidings.link.service import question_vectors  # noqa: E402
from tidings.questions.yaml_io import load_questions_yaml  # noqa: E402

LABELS = ROOT / "tests" / "data" / "linking" / "questions.yaml"


def load_labelled() -> tuple[list, dict[str, set[str]]]:
    raw = yaml.safe_load(LABELS.read_text())
    relevant = {q["id"]: set(q.pop("relevant")) for q in raw}
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        yaml.safe_dump(raw, f)
    return load_questions_yaml(Path(f.name)), relevant


def evaluate(index: EvidenceIndex, questions, relevant, vectors) -> dict[str, object]:  # type: ignore[no-untyped-def]
    p5, r20, capped, rows = [], [], [], []
    for q in questions:
        ranked = index.link(
            q,
            limit=20,
            min_score=0.0,
            lookback_days=0,
            query_vector=None if vectors is None else vectors[q.id],
        )
        ids = [s.doc.id for s in ranked]
        rel = relevant[q.id]
        p5.append(sum(i in rel for i in ids[:5]) / 5)
        r20.append(sum(i in rel for i in ids[:20]) / len(rel))
        capped.append(sum(i in rel for i in ids[:20]) / min(20, len(rel)))
        rows.append({"question": q.id, "precision_at_5": p5[-1], "recall_at_20": r20[-1]})
    return {
        "precision_at_5": sum(p5) / len(p5),
        "recall_at_20": sum(r20) / len(r20),
        "recall_at_20_ceiling": sum(
            min(20, len(relevant[q.id])) / len(relevant[q.id]) for q in questions
        )
        / len(questions),
        "capped_recall_at_20": sum(capped) / len(capped),
        "questions": len(questions),
        "per_question": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()
    questions, relevant = load_labelled()
    stream = event_sentences()
    docs = [LinkDoc(i, "", text, day) for i, day, text in stream]
    started = time.perf_counter()
    vectors = None if args.no_embeddings else embed.embed([d.text for d in docs])
    embed_seconds = time.perf_counter() - started
    index = EvidenceIndex(docs, vectors, EntityMatcher(load_gazetteer()))
    query_vectors = None
    if vectors is not None:
        qv = question_vectors(questions)
        query_vectors = {q.id: v for q, v in zip(questions, qv, strict=True)}
    figures: dict[str, object] = {"documents": len(docs), "embed_seconds": round(embed_seconds, 1)}
    figures["hybrid"] = evaluate(index, questions, relevant, query_vectors)
    bm25_only = EvidenceIndex(docs, None, index.matcher)
    figures["bm25_and_entities_only"] = evaluate(bm25_only, questions, relevant, None)
    write_result("link", figures, "python bench/bench_link.py")
    for name in ("hybrid", "bm25_and_entities_only"):
        r = figures[name]
        print(
            f"{name:24} P@5 {r['precision_at_5']:.3f}  R@20 {r['recall_at_20']:.3f}"
            f" (ceiling {r['recall_at_20_ceiling']:.3f}; capped {r['capped_recall_at_20']:.3f})"
        )


if __name__ == "__main__":
    main()
