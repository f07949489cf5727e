"""The ``questions``, ``prices``, ``evidence_links`` and ``forecasts`` tables."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, date, datetime

from tidings.models import (
    Contribution,
    EventType,
    Evidence,
    Forecast,
    Outcome,
    PricePoint,
    Question,
)
from tidings.store.db import Store


def save_questions(store: Store, questions: list[Question]) -> None:
    """Insert or replace questions and merge their price points (idempotent)."""
    now = datetime.now(UTC)
    with store.transaction() as tx:
        for q in questions:
            tx.execute("DELETE FROM questions WHERE id = ?", [q.id])
            tx.execute(
                "INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    q.id,
                    q.source,
                    q.title,
                    q.resolution_criteria,
                    q.background,
                    q.open_date,
                    q.close_date,
                    json.dumps([d.isoformat() for d in q.resolution_dates]),
                    q.market_url,
                    q.outcome.value,
                    q.resolved_value,
                    q.resolved_at,
                    json.dumps(q.keywords),
                    json.dumps([e.value for e in q.event_types]),
                    now,
                ],
            )
            for p in q.prices:
                tx.execute(
                    "INSERT OR REPLACE INTO prices VALUES (?, ?, ?, ?)",
                    [q.id, p.at, p.probability, p.venue],
                )


def _question(row: tuple, prices: list[PricePoint]) -> Question:
    return Question(
        id=row[0],
        source=row[1],
        title=row[2],
        resolution_criteria=row[3] or "",
        background=row[4] or "",
        open_date=row[5],
        close_date=row[6],
        resolution_dates=[date.fromisoformat(d) for d in json.loads(row[7] or "[]")],
        market_url=row[8] or "",
        prices=prices,
        outcome=Outcome(row[9]),
        resolved_value=row[10],
        resolved_at=row[11],
        keywords=json.loads(row[12] or "[]"),
        event_types=[EventType(e) for e in json.loads(row[13] or "[]")],
    )


def list_questions(store: Store, ids: list[str] | None = None) -> list[Question]:
    sql = (
        "SELECT id, source, title, resolution_criteria, background, open_date, close_date, "
        "resolution_dates, market_url, outcome, resolved_value, resolved_at, keywords, "
        "event_types FROM questions"
    )
    params: list[object] = []
    if ids is not None:
        if not ids:
            return []
        sql += f" WHERE id IN ({', '.join('?' * len(ids))})"
        params = list(ids)
    rows = store.conn.execute(sql + " ORDER BY id", params).fetchall()
    prices: dict[str, list[PricePoint]] = {}
    for qid, at, p, venue in store.conn.execute(
        "SELECT question_id, quoted_at, probability, venue FROM prices ORDER BY quoted_at"
    ).fetchall():
        prices.setdefault(qid, []).append(PricePoint(at.astimezone(UTC), p, venue))
    return [_question(r, prices.get(r[0], [])) for r in rows]


def replace_links(store: Store, question_id: str, links: list[Evidence]) -> None:
    with store.transaction() as tx:
        tx.execute("DELETE FROM evidence_links WHERE question_id = ?", [question_id])
        for e in links:
            tx.execute(
                "INSERT INTO evidence_links VALUES (?, ?, ?, ?, ?, ?)",
                [e.question_id, e.doc_id, e.score, e.reason, e.claim_id, e.event_id],
            )


def links_for(store: Store, question_id: str) -> list[Evidence]:
    rows = store.conn.execute(
        "SELECT question_id, doc_id, score, reason, claim_id, event_id FROM evidence_links "
        "WHERE question_id = ? ORDER BY score DESC",
        [question_id],
    ).fetchall()
    return [Evidence(*r) for r in rows]


def save_forecasts(store: Store, forecasts: list[Forecast]) -> None:
    now = datetime.now(UTC)
    with store.transaction() as tx:
        for f in forecasts:
            tx.execute(
                "INSERT OR REPLACE INTO forecasts VALUES (?, ?, ?, ?, ?, ?)",
                [
                    f.question_id,
                    f.as_of,
                    f.deadline,
                    f.probability,
                    json.dumps([asdict(c) for c in f.contributions]),
                    now,
                ],
            )


def forecasts_for(store: Store, question_id: str) -> list[Forecast]:
    return forecasts_of(store, [question_id])


def forecasts_of(store: Store, question_ids: list[str]) -> list[Forecast]:
    """The stored forecasts of the named questions, oldest first."""
    if not question_ids:
        return []
    rows = store.conn.execute(
        "SELECT question_id, as_of, deadline, probability, contributions FROM forecasts "
        "WHERE list_contains(?, question_id) ORDER BY as_of, question_id, deadline",
        [question_ids],
    ).fetchall()
    return [
        Forecast(
            question_id=r[0],
            as_of=r[1],
            deadline=r[2],
            probability=r[3],
            contributions=[Contribution(**c) for c in json.loads(r[4] or "[]")],
        )
        for r in rows
    ]
