"""A store of 10,000 real dated documents (the news stream) for brief and forecast benches.

Built once and cached under bench/.cache/: ingest (as JSON records), extraction, embeddings.
The cache's name carries a digest of the ingest, extraction and linking code, so a change to
any of them builds a fresh store instead of scoring the old one.
"""

from __future__ import annotations

import hashlib
import json
import time

from common import ROOT
from newsstream import event_sentences

from tidings.extract.pipeline import run_extraction
from tidings.ingest.pipeline import ingest
from tidings.link.service import document_vectors, link_docs
from tidings.store.db import Store, open_store

CACHE = ROOT / "bench" / ".cache"
SIZE = 10_000


def _code_digest() -> str:
    package = ROOT / "src" / "tidings"
    digest = hashlib.sha256()
    for folder in ("ingest", "extract", "link"):
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".yaml", ".json", ".safetensors"):
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def news_store(size: int = SIZE) -> tuple[Store, dict[str, float]]:
    """The cached store (built on first use) and how long each step took to build."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"news-{size}-{_code_digest()}.duckdb"
    timings: dict[str, float] = {}
    if not path.exists():
        items = event_sentences()[-size:]
        records = CACHE / f"news-{size}.jsonl"
        with records.open("w") as f:
            for item_id, day, text in items:
                f.write(
                    json.dumps(
                        {
                            "title": "",
                            "text": text,
                            "url": f"wikinews://{item_id}",
                            "published": day.isoformat(),
                            "source": "current-events",
                        }
                    )
                    + "\n"
                )
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        with open_store(building) as store:
            started = time.perf_counter()
            summary = ingest(store, [str(records)])
            timings["ingest_seconds"] = time.perf_counter() - started
            if summary.documents < 0.9 * len(items):
                raise SystemExit(
                    f"news store: only {summary.documents} of {len(items)} ingested: "
                    f"{summary.outcomes[0].messages[:3]}"
                )
            started = time.perf_counter()
            run_extraction(store)
            timings["extract_seconds"] = time.perf_counter() - started
            started = time.perf_counter()
            document_vectors(store, link_docs(store))
            timings["embed_seconds"] = time.perf_counter() - started
        building.rename(path)
    return open_store(path), timings
