"""The ``documents``, ``inputs`` and ``source_lines`` tables: the only SQL that touches them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from tidings.models import DateSource, Document, Flag
from tidings.store.db import Store

_COLUMNS = (
    "id, source, source_name, url, title, text, text_hash, published_at, date_source, "
    "fetched_at, language, flags, repeated_paragraphs, boilerplate_lines, duplicate_of, "
    "duplicate_kind, minhash, ingested_seq"
)


@dataclass
class StoredDocument:
    """A document ready to write: the record plus the keys the store indexes it by."""

    document: Document
    text_hash: str
    minhash: bytes | None


@dataclass
class InputRecord:
    """One ingested input (a file, a feed, a URL) so that re-ingesting it adds nothing."""

    key: str
    content_hash: str
    documents: int


def input_seen(store: Store, key: str, content_hash: str) -> bool:
    row = store.conn.execute(
        "SELECT 1 FROM inputs WHERE input_key = ? AND content_hash = ?", [key, content_hash]
    ).fetchone()
    return row is not None


def existing_ids(store: Store, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    rows = store.conn.execute(
        f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(ids))})", ids
    ).fetchall()
    return {r[0] for r in rows}


def save_batch(
    store: Store,
    documents: list[StoredDocument],
    inputs: list[InputRecord],
    line_counts: dict[tuple[str, str], tuple[str, int]],
) -> None:
    """Write documents, mark their inputs done and bump source line counts, atomically.

    Inputs are marked done in the same transaction as their documents, so a process killed
    mid-batch leaves neither and the next run redoes that batch.
    """
    with store.transaction() as tx:
        seq_row = tx.execute("SELECT coalesce(max(ingested_seq), 0) FROM documents").fetchone()
        seq = int(seq_row[0]) if seq_row else 0
        rows = []
        for offset, item in enumerate(documents, start=1):
            d = item.document
            rows.append(
                [
                    d.id,
                    d.source,
                    d.source_name,
                    d.url,
                    d.title,
                    d.text,
                    item.text_hash,
                    d.published_at,
                    d.date_source.value,
                    d.fetched_at,
                    d.language,
                    json.dumps([f.__dict__ for f in d.flags]),
                    d.repeated_paragraphs,
                    d.boilerplate_lines,
                    d.duplicate_of,
                    d.duplicate_kind,
                    item.minhash,
                    seq + offset,
                ]
            )
        # Multi-row VALUES: DuckDB's executemany runs one statement per row, far slower.
        for chunk_start in range(0, len(rows), 100):
            chunk = rows[chunk_start : chunk_start + 100]
            placeholders = ", ".join(f"({', '.join('?' * len(chunk[0]))})" for _ in chunk)
            tx.execute(
                f"INSERT OR IGNORE INTO documents ({_COLUMNS}) VALUES {placeholders}",
                [value for row in chunk for value in row],
            )
        if inputs:
            now = datetime.now(UTC)
            tx.executemany(
                "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?)",
                [[i.key, i.content_hash, i.documents, now] for i in inputs],
            )
        if line_counts:
            tx.executemany(
                "INSERT INTO source_lines VALUES (?, ?, ?, ?) ON CONFLICT "
                "(source_name, line_hash) DO UPDATE SET doc_count = doc_count + excluded.doc_count",
                [[src, h, line, n] for (src, h), (line, n) in line_counts.items()],
            )


def source_line_counts(store: Store, source_name: str) -> dict[str, int]:
    """How many stored documents of ``source_name`` contained each (hashed) short line."""
    rows = store.conn.execute(
        "SELECT line_hash, doc_count FROM source_lines WHERE source_name = ?", [source_name]
    ).fetchall()
    return {h: int(n) for h, n in rows}


def signatures(store: Store) -> Iterator[tuple[str, str, bytes | None]]:
    """(id, text_hash, minhash) of every canonical document, oldest first, for dedupe."""
    cur = store.conn.execute(
        "SELECT id, text_hash, minhash FROM documents WHERE duplicate_of IS NULL "
        "ORDER BY ingested_seq"
    )
    while batch := cur.fetchmany(5000):
        yield from batch


def texts(store: Store, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = store.conn.execute(
        f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' * len(ids))})", ids
    ).fetchall()
    return dict(rows)


def _row_to_document(row: tuple) -> Document:
    (
        id_,
        source,
        source_name,
        url,
        title,
        text,
        _hash,
        published_at,
        date_source,
        fetched_at,
        language,
        flags,
        repeated,
        boiler,
        dup_of,
        dup_kind,
    ) = row
    return Document(
        id=id_,
        source=source,
        source_name=source_name,
        url=url or "",
        title=title or "",
        text=text,
        published_at=published_at,
        date_source=DateSource(date_source),
        fetched_at=fetched_at,
        language=language or "",
        flags=[Flag(**f) for f in json.loads(flags or "[]")],
        repeated_paragraphs=repeated,
        boilerplate_lines=boiler,
        duplicate_of=dup_of,
        duplicate_kind=dup_kind,
    )


_SELECT = (
    "SELECT id, source, source_name, url, title, text, text_hash, published_at, date_source, "
    "fetched_at, language, flags, repeated_paragraphs, boilerplate_lines, duplicate_of, "
    "duplicate_kind FROM documents"
)


def get_document(store: Store, doc_id: str) -> Document | None:
    """A document by id, or by a unique id prefix (as printed by ``tidings docs list``)."""
    rows = store.conn.execute(
        f"{_SELECT} WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [doc_id]
    ).fetchall()
    if len(rows) != 1:
        return None
    return _row_to_document(rows[0])


def list_documents(
    store: Store,
    limit: int | None = None,
    canonical_only: bool = False,
    source_name: str | None = None,
    published_before: datetime | None = None,
    ingested_after: int | None = None,
) -> list[Document]:
    """Stored documents, newest first; with ``ingested_after``, only those stored after that
    point of :func:`last_ingested`."""
    where, params = [], []
    if ingested_after is not None:
        where.append("ingested_seq > ?")
        params.append(ingested_after)
    if canonical_only:
        where.append("duplicate_of IS NULL")
    if source_name:
        where.append("source_name = ?")
        params.append(source_name)
    if published_before is not None:
        where.append("coalesce(published_at, fetched_at) < ?")
        params.append(published_before)
    sql = _SELECT + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += " ORDER BY coalesce(published_at, fetched_at) DESC, id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_row_to_document(r) for r in store.conn.execute(sql, params).fetchall()]


def last_ingested(store: Store) -> int:
    """Where the store's ingest sequence stands: documents stored later have a higher one."""
    row = store.conn.execute("SELECT coalesce(max(ingested_seq), 0) FROM documents").fetchone()
    return int(row[0]) if row else 0


def count_documents(store: Store) -> dict[str, int]:
    row = store.conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE duplicate_of IS NULL), "
        "count(*) FILTER (WHERE duplicate_kind = 'exact'), "
        "count(*) FILTER (WHERE duplicate_kind = 'near') FROM documents"
    ).fetchone()
    assert row is not None
    return {"documents": row[0], "canonical": row[1], "exact": row[2], "near": row[3]}


def cached_embeddings(store: Store, model: str, ids: list[str]) -> dict[str, bytes]:
    if not ids:
        return {}
    rows = store.conn.execute(
        f"SELECT doc_id, vector FROM doc_embeddings WHERE model = ? AND doc_id IN "
        f"({', '.join('?' * len(ids))})",
        [model, *ids],
    ).fetchall()
    return dict(rows)


def save_embeddings(store: Store, model: str, vectors: dict[str, bytes]) -> None:
    with store.transaction() as tx:
        for doc_id, vector in vectors.items():
            tx.execute(
                "INSERT OR REPLACE INTO doc_embeddings VALUES (?, ?, ?)", [doc_id, model, vector]
            )
