"""The extraction tables: entities, claims, events, quantities, times, and which documents
have been extracted. The only SQL that touches them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from tidings.models import (
    Claim,
    ClaimStatus,
    Entity,
    Event,
    EventType,
    Modality,
    Quantity,
    Stance,
    TimeExpression,
)
from tidings.store.db import Store

_TABLES = ("entities", "claims", "events", "quantities", "times")


@dataclass
class Extraction:
    """Everything extracted from one document."""

    doc_id: str
    entities: list[Entity]
    claims: list[Claim]
    events: list[Event]
    quantities: list[Quantity]
    times: list[TimeExpression]


def pending_documents(store: Store, rebuild: bool = False) -> list[tuple[str, str, datetime]]:
    """(id, text, published_at) of canonical documents not yet extracted (all, with rebuild)."""
    sql = (
        "SELECT d.id, d.text, coalesce(d.published_at, d.fetched_at) FROM documents d "
        "WHERE d.duplicate_of IS NULL"
    )
    if not rebuild:
        sql += " AND d.id NOT IN (SELECT doc_id FROM extracted_documents)"
    return store.conn.execute(sql + " ORDER BY d.ingested_seq").fetchall()


def documents_by_extractor(store: Store) -> dict[str, int]:
    """How many documents each extractor (:func:`tidings.extract.pipeline.extractor_label`)
    extracted, failures included."""
    rows = store.conn.execute(
        "SELECT extractor, count(*) FROM extracted_documents GROUP BY extractor"
    ).fetchall()
    return dict(rows)


def forget_extractions(store: Store, doc_ids: list[str]) -> None:
    """Remove what was extracted from these documents (before extracting them again)."""
    with store.transaction() as tx:
        for start in range(0, len(doc_ids), 1000):
            chunk = doc_ids[start : start + 1000]
            marks = ", ".join("?" * len(chunk))
            for table in (*_TABLES, "extracted_documents"):
                tx.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", chunk)


def save_extractions(
    store: Store, extractions: list[Extraction], errors: dict[str, str], extractor: str
) -> None:
    """Store what was extracted from documents with nothing stored yet, in one transaction
    (call :func:`forget_extractions` first to redo documents)."""
    ids = [e.doc_id for e in extractions] + list(errors)
    if not ids:
        return
    now = datetime.now(UTC)
    with store.transaction() as tx:
        _insert(
            tx,
            "entities",
            [
                [e.doc_id, e.start, e.end, e.text, e.label, e.entity_id]
                for x in extractions
                for e in x.entities
            ],
        )
        _insert(
            tx,
            "claims",
            [
                [
                    c.id,
                    c.doc_id,
                    c.sentence_start,
                    c.sentence_end,
                    c.speaker,
                    c.speaker_id,
                    c.stance.value,
                    c.content,
                    c.content_start,
                    c.content_end,
                    json.dumps(c.hedges),
                    c.made_on,
                    c.status.value,
                    json.dumps(c.related),
                ]
                for x in extractions
                for c in x.claims
            ],
        )
        _insert(
            tx,
            "events",
            [
                [
                    e.id,
                    e.doc_id,
                    e.sentence_start,
                    e.sentence_end,
                    e.type.value,
                    e.modality.value,
                    e.trigger,
                    e.actor,
                    e.target,
                    e.location,
                    e.event_date,
                    e.trigger_is_verb,
                ]
                for x in extractions
                for e in x.events
            ],
        )
        _insert(
            tx,
            "quantities",
            [
                [q.doc_id, q.start, q.end, q.text, q.value, q.value_max, q.unit, q.counts]
                for x in extractions
                for q in x.quantities
            ],
        )
        _insert(
            tx,
            "times",
            [
                [t.doc_id, t.start, t.end, t.text, t.start_date, t.end_date, t.is_deadline]
                for x in extractions
                for t in x.times
            ],
        )
        _insert(
            tx,
            "extracted_documents",
            [[doc_id, now, extractor, errors.get(doc_id)] for doc_id in ids],
        )


def _insert(tx, table: str, rows: list[list[object]]) -> None:  # type: ignore[no-untyped-def]
    """Insert rows as one statement over column lists: DuckDB binds one list parameter per
    column far faster than one scalar parameter per value (``INSERT ... VALUES (?, ...)``)."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    tx.execute(f"INSERT INTO {table} SELECT {', '.join(['unnest(?)'] * len(columns))}", columns)


_CLAIM_SELECT = (
    "SELECT c.id, c.doc_id, c.sentence_start, c.sentence_end, c.speaker, c.speaker_id, "
    "c.stance, c.content, c.content_start, c.content_end, c.hedges, c.made_on, c.status, "
    "c.related FROM claims c JOIN documents d ON d.id = c.doc_id"
)


def _claim(row: tuple) -> Claim:
    return Claim(
        id=row[0],
        doc_id=row[1],
        sentence_start=row[2],
        sentence_end=row[3],
        speaker=row[4],
        speaker_id=row[5],
        stance=Stance(row[6]),
        content=row[7],
        content_start=row[8],
        content_end=row[9],
        hedges=json.loads(row[10] or "[]"),
        made_on=row[11],
        status=ClaimStatus(row[12]),
        related=json.loads(row[13] or "[]"),
    )


def list_claims(
    store: Store,
    contested: bool = False,
    speaker: str | None = None,
    since: date | None = None,
    doc_ids: list[str] | None = None,
    stance: Stance | None = None,
) -> list[Claim]:
    """Stored claims, newest first, filtered."""
    where, params = [], []
    if contested:
        where.append("c.status = 'contested'")
    if stance:
        where.append("c.stance = ?")
        params.append(stance.value)
    if speaker:
        where.append("(c.speaker ILIKE ? OR c.speaker_id ILIKE ?)")
        params += [f"%{speaker}%", f"%{speaker}%"]
    if since:
        where.append("c.made_on >= ?")
        params.append(since)
    if doc_ids is not None:
        if not doc_ids:
            return []
        where.append(f"c.doc_id IN ({', '.join('?' * len(doc_ids))})")
        params += doc_ids
    sql = _CLAIM_SELECT + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += " ORDER BY c.made_on DESC NULLS LAST, c.doc_id, c.content_start"
    return [_claim(r) for r in store.conn.execute(sql, params).fetchall()]


def related_claims(store: Store, claims: list[Claim]) -> dict[str, Claim]:
    """The stored claims that ``claims`` deny or confirm, by id."""
    ids = sorted({r for c in claims for r in c.related})
    if not ids:
        return {}
    sql = _CLAIM_SELECT + f" WHERE c.id IN ({', '.join('?' * len(ids))})"
    return {c.id: c for c in map(_claim, store.conn.execute(sql, ids).fetchall())}


def claims_with_context(store: Store) -> list[tuple[Claim, str, str, datetime]]:
    """Every claim with its document's source name, sentence text and date (for statuses)."""
    rows = store.conn.execute(
        _CLAIM_SELECT.replace(
            " FROM claims",
            ", d.source_name, "
            "substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start), "
            "coalesce(d.published_at, d.fetched_at) FROM claims",
        )
    ).fetchall()
    return [(_claim(r[:14]), r[14], r[15], r[16]) for r in rows]


def update_claim_statuses(store: Store, statuses: dict[str, tuple[ClaimStatus, list[str]]]) -> None:
    """Reset every claim to single-source, then set the given statuses (one statement)."""
    with store.transaction() as tx:
        tx.execute("UPDATE claims SET status = 'single-source', related = '[]'")
        if statuses:
            tx.execute(
                "UPDATE claims SET status = s.status, related = s.related "
                "FROM (SELECT unnest(?) AS id, unnest(?) AS status, unnest(?) AS related) s "
                "WHERE claims.id = s.id",
                [
                    list(statuses),
                    [status.value for status, _ in statuses.values()],
                    [json.dumps(related) for _, related in statuses.values()],
                ],
            )


def list_events(
    store: Store,
    event_type: EventType | None = None,
    since: date | None = None,
    doc_ids: list[str] | None = None,
    modality: Modality | None = None,
) -> list[Event]:
    """Stored events, newest first, filtered."""
    where, params = [], []
    if event_type:
        where.append("type = ?")
        params.append(event_type.value)
    if modality:
        where.append("modality = ?")
        params.append(modality.value)
    if since:
        where.append("event_date >= ?")
        params.append(since)
    if doc_ids is not None:
        if not doc_ids:
            return []
        where.append(f"doc_id IN ({', '.join('?' * len(doc_ids))})")
        params += doc_ids
    sql = (
        "SELECT id, doc_id, sentence_start, sentence_end, type, modality, trigger, actor, "
        "target, location, event_date, trigger_is_verb FROM events"
    )
    sql += (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY event_date DESC, doc_id"
    return [
        Event(
            id=r[0],
            doc_id=r[1],
            sentence_start=r[2],
            sentence_end=r[3],
            type=EventType(r[4]),
            modality=Modality(r[5]),
            trigger=r[6],
            actor=r[7],
            target=r[8],
            location=r[9],
            event_date=r[10],
            trigger_is_verb=bool(r[11]),
        )
        for r in store.conn.execute(sql, params).fetchall()
    ]


def list_quantities(store: Store, doc_ids: list[str]) -> list[Quantity]:
    if not doc_ids:
        return []
    rows = store.conn.execute(
        "SELECT doc_id, start_char, end_char, text, value, unit, counts, value_max FROM quantities "
        f"WHERE doc_id IN ({', '.join('?' * len(doc_ids))}) ORDER BY doc_id, start_char",
        doc_ids,
    ).fetchall()
    return [Quantity(*r) for r in rows]


def list_times(
    store: Store, doc_ids: list[str] | None = None, deadlines_only: bool = False
) -> list[TimeExpression]:
    where, params = [], []
    if doc_ids is not None:
        if not doc_ids:
            return []
        where.append(f"doc_id IN ({', '.join('?' * len(doc_ids))})")
        params += doc_ids
    if deadlines_only:
        where.append("is_deadline")
    sql = "SELECT doc_id, start_char, end_char, text, start_date, end_date, is_deadline FROM times"
    sql += (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY start_date"
    return [TimeExpression(*r) for r in store.conn.execute(sql, params).fetchall()]
