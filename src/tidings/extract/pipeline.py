"""The extraction run: canonical documents in, entities, claims, events, quantities and times
in the store, then claim statuses across the whole store."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from spacy.tokens import Doc

from tidings.extract.claims import find_claims
from tidings.extract.events import find_events
from tidings.extract.gazetteer import Gazetteer
from tidings.extract.nlp import load_pipeline
from tidings.extract.quantities import find_quantities
from tidings.extract.status import ClaimContext, assign_statuses
from tidings.extract.times import find_times
from tidings.models import (
    Claim,
    Entity,
    Event,
    Quantity,
    TimeExpression,
    content_hash,
)
from tidings.store import evidence
from tidings.store.db import Store

EXTRACTOR = "rules-1"
PARALLEL_FROM = 500
_DURATION_UNITS = {"hour", "day", "week", "month", "year"}
BATCH = 64


@dataclass
class ExtractSummary:
    documents: int = 0
    claims: int = 0
    events: int = 0
    quantities: int = 0
    times: int = 0
    contested: int = 0
    corroborated: int = 0
    errors: dict[str, str] = field(default_factory=dict)


def extract_parsed(
    doc_id: str, doc: Doc, doc_date: date, gazetteer: Gazetteer
) -> evidence.Extraction:
    """Evidence from one parsed document. Pure: no store access."""
    times = [
        TimeExpression(doc_id, t.start, t.end, t.text, t.start_date, t.end_date, t.is_deadline)
        for t in find_times(doc.text, doc_date)
    ]
    found_claims = find_claims(doc, gazetteer)
    claims = []
    for c in found_claims:
        made_on = _date_near(times, c.sentence_start, c.sentence_end, doc_date)
        claims.append(
            Claim(
                id=content_hash(doc_id, "claim", str(c.content_start), str(c.verb_index)),
                doc_id=doc_id,
                sentence_start=c.sentence_start,
                sentence_end=c.sentence_end,
                speaker=c.speaker,
                speaker_id=c.speaker_id,
                stance=c.stance,
                content=c.content,
                content_start=c.content_start,
                content_end=c.content_end,
                hedges=c.hedges,
                made_on=made_on if made_on <= doc_date else doc_date,
            )
        )
    events = [
        Event(
            id=content_hash(doc_id, "event", str(e.trigger_start), e.type.value),
            doc_id=doc_id,
            sentence_start=e.sentence_start,
            sentence_end=e.sentence_end,
            type=e.type,
            modality=e.modality,
            trigger=e.trigger,
            actor=e.actor,
            target=e.target,
            location=e.location,
            event_date=_date_near(times, e.sentence_start, e.sentence_end, doc_date),
        )
        for e in find_events(doc, found_claims)
    ]
    # a duration that is a time expression ("within 72 hours") is a time, not a quantity
    spans = [(t.start, t.end) for t in times]
    quantities = [
        Quantity(doc_id, q.start, q.end, q.text, q.value, q.unit, q.counts, q.value_max)
        for q in find_quantities(doc.text)
        if not (q.unit in _DURATION_UNITS and any(q.start < e and s < q.end for s, e in spans))
    ]
    entities = []
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"):
            entry = gazetteer.entries.get(ent.ent_id_) or gazetteer.lookup(ent.text)
            entity_id = (
                entry.id if entry else f"{ent.label_.lower()}:{ent.text.lower().replace(' ', '-')}"
            )
            entities.append(
                Entity(doc_id, ent.start_char, ent.end_char, ent.text, ent.label_, entity_id)
            )
    return evidence.Extraction(doc_id, entities, claims, events, quantities, times)


_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]+\.?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s"
)


def mask_datelines(text: str) -> str:
    """Blank out wire datelines ("KYIV (Harbor Wire) — "), keeping every offset.

    The parser reads a dateline as the subject of the first sentence ("BRUSSELS said").
    """
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)


def _date_near(times: list[TimeExpression], start: int, end: int, default: date) -> date:
    """The first non-deadline time expression inside a sentence, else the document date."""
    for t in times:
        if start <= t.start < end and not t.is_deadline:
            return t.start_date
    return default


def run_extraction(
    store: Store,
    rebuild: bool = False,
    gazetteers: tuple[Path, ...] = (),
    on_start: Callable[[int], None] | None = None,
    on_document: Callable[[str, str | None], None] | None = None,
) -> ExtractSummary:
    """Extract every canonical document not yet extracted (or all with ``rebuild``)."""
    nlp, gazetteer = load_pipeline(gazetteers)
    pending = evidence.pending_documents(store, rebuild)
    if on_start:
        on_start(len(pending))
    if rebuild:
        evidence.forget_extractions(store, [doc_id for doc_id, _, _ in pending])
    summary = ExtractSummary()
    # Large runs parse on every core; small ones are not worth starting worker processes.
    # One pipe over the whole run, so the workers start once; results are saved per batch,
    # so an interrupted run keeps what it finished.
    processes = min(2, os.cpu_count() or 1) if len(pending) >= PARALLEL_FROM else 1
    parsed = nlp.pipe(
        (mask_datelines(text) for _, text, _ in pending), batch_size=BATCH, n_process=processes
    )
    done: list[evidence.Extraction] = []
    errors: dict[str, str] = {}
    for (doc_id, _, published), doc in zip(pending, parsed, strict=True):
        try:
            extraction = extract_parsed(doc_id, doc, _as_date(published), gazetteer)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            errors[doc_id] = f"{type(exc).__name__}: {exc}"
            if on_document:
                on_document(doc_id, errors[doc_id])
        else:
            done.append(extraction)
            summary.documents += 1
            summary.claims += len(extraction.claims)
            summary.events += len(extraction.events)
            summary.quantities += len(extraction.quantities)
            summary.times += len(extraction.times)
            if on_document:
                on_document(doc_id, None)
        if len(done) + len(errors) >= BATCH:
            evidence.save_extractions(store, done, errors, EXTRACTOR)
            summary.errors.update(errors)
            done, errors = [], {}
    evidence.save_extractions(store, done, errors, EXTRACTOR)
    summary.errors.update(errors)
    statuses = refresh_statuses(store, gazetteer)
    summary.contested = sum(s.value == "contested" for s, _ in statuses.values())
    summary.corroborated = sum(s.value == "corroborated" for s, _ in statuses.values())
    return summary


def refresh_statuses(store: Store, gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    """Recompute every claim's status against all stored claims."""
    contexts = [
        ClaimContext(claim, source_name, sentence, published, gazetteer.side_of(claim.speaker))
        for claim, source_name, sentence, published in evidence.claims_with_context(store)
    ]
    statuses = assign_statuses(contexts)
    evidence.update_claim_statuses(store, statuses)
    return statuses


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
