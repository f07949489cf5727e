"""Linking against the store: build the index from canonical documents, link every question.

Embeddings are cached in the store, so each document is embedded once.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from tidings.extract.gazetteer import Gazetteer, load_gazetteer
from tidings.link import embed
from tidings.link.linker import EntityMatcher, EvidenceIndex, LinkDoc, to_evidence
from tidings.models import Evidence, Question
from tidings.store import documents as doc_store
from tidings.store import evidence as evidence_store
from tidings.store import questions as question_store
from tidings.store.db import Store

EMBED_CHARS = 600  # title and lede: what a document is about, at a fraction of the cost


def embedding_text(doc: LinkDoc) -> str:
    return f"{doc.title}. {doc.text[:EMBED_CHARS]}"


def link_docs(store: Store, ingested_after: int | None = None) -> list[LinkDoc]:
    """The canonical documents to link, each with the event types found in it; with
    ``ingested_after``, only those stored since (see ``documents.last_ingested``)."""
    docs = doc_store.list_documents(store, canonical_only=True, ingested_after=ingested_after)
    events: dict[str, set[str]] = {}
    ids = None if ingested_after is None else [d.id for d in docs]
    for e in evidence_store.list_events(store, doc_ids=ids):
        events.setdefault(e.doc_id, set()).add(e.type.value)
    return [
        LinkDoc(
            d.id,
            d.title,
            d.text,
            (d.published_at or d.fetched_at).astimezone(UTC),
            events.get(d.id, set()),
        )
        for d in docs
    ]


def document_vectors(
    store: Store, docs: list[LinkDoc], use_embeddings: bool = True
) -> np.ndarray | None:
    """Unit vectors for ``docs`` (cached in the store), or None when embeddings are off."""
    if not use_embeddings or not docs:
        return None
    cached = doc_store.cached_embeddings(store, embed.MODEL_NAME, [d.id for d in docs])
    missing = [d for d in docs if d.id not in cached]
    if missing:
        fresh = embed.embed([embedding_text(d) for d in missing])
        new = {d.id: v.tobytes() for d, v in zip(missing, fresh, strict=True)}
        doc_store.save_embeddings(store, embed.MODEL_NAME, new)
        cached.update(new)
    return np.vstack([np.frombuffer(cached[d.id], dtype=np.float32) for d in docs])


def question_vectors(questions: list[Question]) -> np.ndarray:
    """One query vector per question: the mean of the embeddings of its title and of its
    keywords. Against unit document vectors this scores the mean of the two cosines, so a
    report close to the question's claim or to the topic its keywords name both rank; either
    text alone, or both run together into one text, ranked worse on tests/data/linking."""
    titles = embed.embed([q.title for q in questions])
    keywords = embed.embed([", ".join(q.keywords) or q.title for q in questions])
    return (titles + keywords) / 2


def build_index(
    store: Store, gazetteer: Gazetteer | None = None, use_embeddings: bool = True
) -> EvidenceIndex:
    docs = link_docs(store)
    return EvidenceIndex(
        docs,
        document_vectors(store, docs, use_embeddings),
        EntityMatcher(gazetteer or load_gazetteer()),
    )


def link_questions(
    store: Store,
    questions: list[Question] | None = None,
    as_of: datetime | None = None,
    use_embeddings: bool = True,
    index: EvidenceIndex | None = None,
) -> dict[str, list[Evidence]]:
    """Link each question (all stored ones by default) and store the links."""
    questions = questions if questions is not None else question_store.list_questions(store)
    index = index or build_index(store, use_embeddings=use_embeddings)
    vectors = question_vectors(questions) if index.vectors is not None and questions else None
    links: dict[str, list[Evidence]] = {}
    for i, q in enumerate(questions):
        scored = index.link(q, as_of=as_of, query_vector=None if vectors is None else vectors[i])
        links[q.id] = to_evidence(q.id, scored)
        question_store.replace_links(store, q.id, links[q.id])
    return links
