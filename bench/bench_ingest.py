"""Ingest benchmarks: extraction quality, throughput, memory and dedupe scaling.

    python bench/bench_ingest.py [--synthetic 20000]

Writes bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, peak_rss_mb, write_result  # noqa: E402
from extraction_metric import score  # noqa: E402
from synthetic import write_stream  # noqa: E402

from tidings.ingest.article import extract  # noqa: E402
from tidings.ingest.pipeline import ingest  # noqa: E402
from tidings.ingest.sources import RawItem  # noqa: E402
from tidings.store.db import open_store  # noqa: E402

PAGES = SHARED / "article-extraction" / "html"
TRUTH = SHARED / "article-extraction" / "ground-truth.json"


def _key(source: str) -> str:
    return Path(source).name.split(".")[0]


def extraction_quality(workdir: Path) -> dict[str, object]:
    truth = {k: v["articleBody"] for k, v in json.loads(TRUTH.read_text()).items()}
    pages = {
        _key(str(p)): gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        for p in sorted(PAGES.glob("*.html.gz"))
    }
    plain = {
        k: trafilatura.extract(h, favor_precision=True, include_comments=False) or ""
        for k, h in pages.items()
    }
    uncleaned = {
        k: "\n".join(extract(RawItem(k, "bench", "html", h)).paragraphs) for k, h in pages.items()
    }
    with open_store(workdir / "pages.duckdb") as store:
        started = time.perf_counter()
        summary = ingest(store, [str(PAGES)])
        elapsed = time.perf_counter() - started
        rows = store.conn.execute("SELECT source, text FROM documents").fetchall()
    full = {_key(src): text for src, text in rows}
    return {
        "pages": len(pages),
        "trafilatura_favor_precision": score(truth, plain),
        "tidings_extraction_before_cleaning": score(truth, uncleaned),
        "tidings_full_ingest_path": score(truth, full),
        "full_ingest_seconds": round(elapsed, 2),
        "full_ingest_docs_per_second": round(summary.documents / elapsed, 1),
        "repeated_paragraphs_removed": summary.repeated_paragraphs,
        "boilerplate_lines_removed": summary.boilerplate_lines,
        "flags": dict(summary.flags),
    }


def synthetic_throughput(workdir: Path, count: int, chunks: int = 10) -> dict[str, object]:
    stream = write_stream(workdir / "stream", count)
    parts = sorted(p for p in stream.iterdir() if p.is_dir())
    per_chunk = max(1, len(parts) // chunks)
    scaling = []
    total_docs, total_seconds = 0, 0.0
    near = exact = 0
    with open_store(workdir / "stream.duckdb") as store:
        for i in range(0, len(parts), per_chunk):
            group = [str(p) for p in parts[i : i + per_chunk]]
            started = time.perf_counter()
            summary = ingest(store, group)
            seconds = time.perf_counter() - started
            total_docs += summary.documents
            total_seconds += seconds
            near += summary.near_duplicates
            exact += summary.exact_duplicates
            scaling.append(
                {
                    "store_size_before": total_docs - summary.documents,
                    "documents": summary.documents,
                    "docs_per_second": round(summary.documents / seconds, 1),
                }
            )
    return {
        "articles": total_docs,
        "seconds": round(total_seconds, 1),
        "docs_per_second": round(total_docs / total_seconds, 1),
        "near_duplicates_linked": near,
        "exact_duplicates_linked": exact,
        "scaling_by_store_size": scaling,
        "note": "single process (one core busy); docs/s per core = docs/s",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        figures: dict[str, object] = {"extraction": extraction_quality(work)}
        figures["peak_rss_mb_after_pages"] = round(peak_rss_mb(), 1)
        figures["synthetic"] = synthetic_throughput(work, args.synthetic)
        figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    write_result("ingest", figures, f"python bench/bench_ingest.py --synthetic {args.synthetic}")
    ex = figures["extraction"]
    print(json.dumps({k: ex[k] for k in ex if "path" in k or "docs" in k}, indent=1))
    syn = figures["synthetic"]
    print(f"synthetic: {syn['docs_per_second']} docs/s, peak {figures['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
