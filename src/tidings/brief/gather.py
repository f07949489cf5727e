"""What a brief is written from: forecasts, linked documents and their extracted evidence.

Everything is read as of the brief's date: forecasts are recomputed as of that day, the
previous brief's probabilities are the latest stored forecasts from before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from tidings.forecast.service import Desk
from tidings.models import (
    Claim,
    Document,
    Event,
    Forecast,
    Quantity,
    Question,
    TimeExpression,
    start_of,
)
from tidings.store import documents as doc_store
from tidings.store import evidence as evidence_store
from tidings.store import questions as question_store
from tidings.store.db import Store


@dataclass
class BriefInputs:
    as_of: date
    questions: list[Question]
    forecasts: list[Forecast]
    previous: dict[tuple[str, date], Forecast]
    links: dict[str, list[tuple[str, float]]]  # question id -> [(doc id, relevance)]
    documents: dict[str, Document] = field(default_factory=dict)
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    events: dict[str, list[Event]] = field(default_factory=dict)
    quantities: dict[str, list[Quantity]] = field(default_factory=dict)
    times: dict[str, list[TimeExpression]] = field(default_factory=dict)
    topic: str = ""


TOPIC_WINDOW_DAYS = 30


def topic_question(words: str, as_of: date) -> Question:
    """A stand-in question for a topic brief: linked like a question, never forecast."""
    slug = "-".join(words.lower().split())[:40]
    return Question(
        id=f"topic:{slug}",
        source="topic",
        title=words,
        keywords=words.split(),
        open_date=as_of - timedelta(days=TOPIC_WINDOW_DAYS),
        close_date=as_of,
    )


def gather(
    store: Store,
    question_ids: list[str],
    as_of: date,
    since: date | None = None,
    use_embeddings: bool = True,
    desk: Desk | None = None,
    topic: str | None = None,
) -> BriefInputs:
    """Forecast the questions as of ``as_of`` and collect the evidence behind them; with a
    topic, also the documents that bear on it."""
    desk = desk or Desk(store, use_embeddings=use_embeddings).load()
    known = {q.id for q in desk.questions}
    missing = [q for q in question_ids if q not in known]
    if missing:
        from tidings.errors import TidingsError

        raise TidingsError(
            f"unknown question(s) {', '.join(missing)}; see `tidings questions list`"
        )
    previous = {}
    for qid in question_ids:
        for f in question_store.forecasts_for(store, qid):
            if f.as_of < as_of and f.deadline is not None:
                previous[(qid, f.deadline)] = f  # ordered by as_of: the latest wins
    forecasts = desk.forecast(as_of, question_ids, save=True)
    questions = [q for q in desk.questions if q.id in question_ids]
    links = {
        qid: [(e.doc_id, e.score) for e in question_store.links_for(store, qid)]
        for qid in question_ids
    }
    if topic:
        pseudo = topic_question(topic, as_of)
        vector = None
        if desk.index is not None and desk.index.vectors is not None:
            from tidings.link import embed

            vector = embed.embed([topic])[0]
        assert desk.index is not None
        scored = desk.index.link(pseudo, as_of=start_of(as_of), query_vector=vector)
        links[pseudo.id] = [(s.doc.id, s.score) for s in scored]
    doc_ids = sorted({d for pairs in links.values() for d, _ in pairs})
    documents = {d.id: d for d in (doc_store.get_document(store, i) for i in doc_ids) if d}
    if since is not None:
        documents = {
            i: d
            for i, d in documents.items()
            if d.published_at is None or d.published_at.date() >= since
        }
        links = {q: [(d, s) for d, s in pairs if d in documents] for q, pairs in links.items()}
    inputs = BriefInputs(as_of, questions, forecasts, previous, links, documents, topic=topic or "")
    ids = list(documents)
    for c in evidence_store.list_claims(store, doc_ids=ids):
        inputs.claims.setdefault(c.doc_id, []).append(c)
    for e in evidence_store.list_events(store, doc_ids=ids):
        inputs.events.setdefault(e.doc_id, []).append(e)
    for q in evidence_store.list_quantities(store, ids):
        inputs.quantities.setdefault(q.doc_id, []).append(q)
    for t in evidence_store.list_times(store, ids):
        inputs.times.setdefault(t.doc_id, []).append(t)
    return inputs
