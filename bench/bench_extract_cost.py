"""Where an article's extraction time goes, stage by stage, on one core.

    python bench/bench_extract_cost.py [--articles 400]

The synthetic stream of the ingest benchmark (bench/synthetic.py), as the throughput figure
of bench_extract.py reads it, but in one process with one BLAS and torch thread: each spaCy
component over all the articles, then the rules (claims, events, quantities, times, roles),
then the event reader over chunks of 16 articles as the workers batch it. Milliseconds an
article, the faster of two passes (the machine varies from run to run). The throughput
benchmark runs two such workers side by side, so the sum here is about twice what an article
costs there. Writes bench/results/extract_cost.json.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import write_result  # noqa: E402
from synthetic import write_stream  # noqa: E402

from tidings.extract.nlp import load_pipeline  # noqa: E402
from tidings.extract.pipeline import CHUNK, parse_ready, read_by_rules  # noqa: E402
from tidings.extract.reader import reread, shipped_reader  # noqa: E402


def one_pass(texts: list[str]) -> dict[str, float]:
    """Milliseconds an article for each stage, over ``texts``."""
    nlp, gazetteer = load_pipeline()
    reader = shipped_reader()
    seconds: dict[str, float] = {}
    docs = [nlp.make_doc(parse_ready(t, gazetteer)) for t in texts]
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=CHUNK))
        else:
            docs = [component(d) for d in docs]
        seconds[name] = time.perf_counter() - started
    started = time.perf_counter()
    readings = [read_by_rules(str(i), d, date(2025, 6, 30), gazetteer) for i, d in enumerate(docs)]
    seconds["rules"] = time.perf_counter() - started
    started = time.perf_counter()
    for start in range(0, len(readings), CHUNK):
        reread([(r.doc, r.events) for r in readings[start : start + CHUNK]], reader)
    seconds["event_reader"] = time.perf_counter() - started
    return {name: 1000 * s / len(texts) for name, s in seconds.items()}


def main() -> int:
    import torch
    from threadpoolctl import threadpool_limits

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_stream(Path(tmp) / "stream", args.articles)
        texts = [p.read_text() for p in sorted(folder.rglob("*.txt"))]
    with threadpool_limits(1):
        one_pass(texts[:32])  # warm: models loaded, first batches
        passes = [one_pass(texts) for _ in range(2)]
    ms = {name: round(min(p[name] for p in passes), 2) for name in passes[0]}
    write_result(
        "extract_cost",
        {
            "articles": len(texts),
            "ms_per_article": ms,
            "total_ms_per_article": round(sum(ms.values()), 1),
            "note": "one process, one thread; each stage over all articles; the faster of "
            "two passes",
        },
        f"python bench/bench_extract_cost.py --articles {args.articles}",
    )
    print(ms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
