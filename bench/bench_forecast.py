"""Forecast update latency: one new article, affected questions re-forecast incrementally.

    python bench/bench_forecast.py     # writes bench/results/forecast.json

On the 10,000-document news store with the 55 questions of tests/data/linking: the desk is
loaded once (index, embeddings), then, for 20 questions, a copy of one of its relevant
reports arrives as a new article; we time finding the questions it bears on and
re-forecasting them.
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, write_result  # noqa: E402
from newsstore import news_store  # noqa: E402
from newsstream import event_sentences  # noqa: E402

from tidings.forecast.service import Desk  # noqa: E402
from tidings.link.linker import LinkDoc  # noqa: E402
from tidings.questions.yaml_io import load_questions_yaml  # noqa: E402
from tidings.store import questions as question_store  # noqa: E402

RELEVANT: list[set[str]] = []


def main() -> None:
    store, _ = news_store()
    raw = yaml.safe_load((ROOT / "tests" / "data" / "linking" / "questions.yaml").read_text())
    global RELEVANT
    RELEVANT = [set(q.pop("relevant", [])) for q in raw]
    for q in raw:
        q["outcome"] = "open"  # replayed as if live: the latency test needs open questions
    tmp = ROOT / "bench" / ".cache" / "link-questions.yaml"
    tmp.write_text(yaml.safe_dump(raw))
    questions = load_questions_yaml(tmp)
    question_store.save_questions(store, questions)
    started = time.perf_counter()
    desk = Desk(store).load()
    load_seconds = time.perf_counter() - started
    known = {d.id for d in desk.index.docs}
    stream = {i: (day, text) for i, day, text in event_sentences()}
    relevant = {q["id"]: q_rel for q, q_rel in zip(raw, RELEVANT, strict=True)}
    timings, affected = [], []
    # Ids new to this run: the store keeps embeddings by document id, and the cached store is
    # reused across runs, so a fixed id would time a cache hit instead of embedding the article.
    run = uuid.uuid4().hex[:8]
    for q in questions[:20]:
        item_id = sorted(relevant[q.id])[len(relevant[q.id]) // 2]
        day, text = stream[item_id]
        # the same report arriving again as a new article (another outlet's copy)
        doc = LinkDoc(f"new:{run}:{item_id}", "", text, day + timedelta(hours=12))
        assert doc.id not in known
        as_of = (day + timedelta(days=1)).date()
        started = time.perf_counter()
        updated = desk.add_documents([doc], as_of, save=False)
        timings.append(time.perf_counter() - started)
        affected.append(len({f.question_id for f in updated}))
    full_started = time.perf_counter()
    desk.forecast(datetime(2025, 1, 15, tzinfo=UTC).date(), save=False)
    full_seconds = time.perf_counter() - full_started
    figures = {
        "documents": len(desk.index.docs),
        "questions": len(desk.questions),
        "desk_load_seconds": round(load_seconds, 2),
        "update_ms_median": round(1000 * statistics.median(timings), 1),
        "update_ms_max": round(1000 * max(timings), 1),
        "questions_affected_median": statistics.median(affected),
        "full_recompute_all_questions_seconds": round(full_seconds, 2),
        "note": "update = embed the article (never cached), extend the index, find affected "
        "questions, re-forecast them (not stored); models loaded once",
    }
    store.close()
    write_result("forecast", figures, "python bench/bench_forecast.py")
    print(figures)


if __name__ == "__main__":
    main()
