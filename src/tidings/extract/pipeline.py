"""The extraction run: canonical documents in, entities, claims, events, quantities and times
in the store, then claim statuses across the whole store."""

from __future__ import annotations

import calendar
import hashlib
import multiprocessing
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import torch
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from tidings.extract.claims import find_claims
from tidings.extract.events import FoundEvent, find_events
from tidings.extract.gazetteer import Gazetteer
from tidings.extract.nlp import document_text, load_pipeline
from tidings.extract.quantities import find_quantities
from tidings.extract.reader import WEIGHTS, EventReader, reread, shipped_reader
from tidings.extract.status import ClaimContext, assign_statuses, sentence_events, speaker_sides
from tidings.extract.times import find_times
from tidings.models import (
    Claim,
    Entity,
    Event,
    Modality,
    Quantity,
    TimeExpression,
    content_hash,
)
from tidings.store import evidence
from tidings.store.db import Store

PARALLEL_FROM = 500
_DURATION_UNITS = {"hour", "day", "week", "month", "year"}
BATCH = 64  # documents saved per transaction
# Documents parsed and extracted per task: small enough that progress moves every second or
# so, large enough that spaCy still batches its matrix work (16 costs no more than 64).
CHUNK = 16

R = TypeVar("R", Claim, Event)

# (id, text, date) of a document to extract; what came of it: its evidence or an error message
Pending = tuple[str, str, date]
Outcome = tuple[str, evidence.Extraction | str]


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
    # documents in the store that another version of the extractor read: label -> count
    older: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=8)
def extractor_label(with_reader: bool, gazetteers: tuple[Path, ...] = ()) -> str:
    """What extracts a document, as stored with it: a digest of the rules (this package's
    code and gazetteer, and the user's gazetteers) and, unless turned off, of the event
    reader's weights. A document read by another version is then told apart, so that
    `tidings extract` can say it is stale."""
    here = Path(__file__).parent
    files = [*sorted(here.glob("*.py")), here / "data" / "gazetteer.yaml", *gazetteers]
    rules = f"rules-{_digest(files)}"
    return f"{rules}+reader-{_digest([WEIGHTS])}" if with_reader else rules


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


# Modalities that put the event before the report: a later date near it is some other time
# of the sentence ("agreed after the meeting on Sunday, ahead of talks next week").
_PAST_MODALITIES = {Modality.OCCURRED, Modality.ALLEGED}


def _event_date(event: FoundEvent, times: list[TimeExpression], doc_date: date) -> date:
    """The event's date: the time expression that dates it, else the report's date; never
    after the report for an event the report says has happened."""
    when = next((t.start_date for t in times if t.start == event.dated_by), doc_date)
    return doc_date if event.modality in _PAST_MODALITIES and when > doc_date else when


@dataclass
class RulesReading:
    """A document as the rules read it: its evidence but the events, which the event reader
    may still revise (see :func:`extract_chunk`)."""

    extraction: evidence.Extraction  # events not yet filled in
    doc: Doc
    doc_date: date
    events: list[FoundEvent]

    def finished(self, events: list[FoundEvent]) -> evidence.Extraction:
        """The evidence with these events."""
        doc_id, times = self.extraction.doc_id, self.extraction.times
        stored = [
            Event(
                id=content_hash(doc_id, "event", str(e.trigger_start), e.type.value),
                doc_id=doc_id,
                sentence_start=e.sentence_start,
                sentence_end=e.sentence_end,
                type=e.type,
                modality=e.modality,
                trigger=e.trigger,
                trigger_is_verb=e.trigger_is_verb,
                actor=e.actor,
                target=e.target,
                location=e.location,
                event_date=_event_date(e, times, self.doc_date),
            )
            for e in events
        ]
        # Ids are content hashes of where a record starts; two rules reading the same words
        # the same way give the same record, kept once (a repeated key would fail the batch).
        return replace(self.extraction, events=_first_of_each(stored))


def extract_parsed(
    doc_id: str, doc: Doc, doc_date: date, gazetteer: Gazetteer, reader: EventReader | None = None
) -> evidence.Extraction:
    """Evidence from one parsed document. Pure: no store access. With a ``reader``, the rules'
    events are read again by it (:func:`tidings.extract.reader.reread`); without, they are the
    rules' alone."""
    return extract_all_parsed([(doc_id, doc, doc_date)], gazetteer, reader)[0]


def extract_all_parsed(
    items: list[tuple[str, Doc, date]], gazetteer: Gazetteer, reader: EventReader | None = None
) -> list[evidence.Extraction]:
    """:func:`extract_parsed` of each document, the reader reading all of them in one batch."""
    readings = [read_by_rules(doc_id, doc, doc_date, gazetteer) for doc_id, doc, doc_date in items]
    return finish_readings(readings, reader)


def finish_readings(
    readings: list[RulesReading], reader: EventReader | None
) -> list[evidence.Extraction]:
    """Each document's evidence, its events read again by ``reader`` (all the documents'
    sentences in one batch: a call per document costs about twice as much) or, without one,
    the rules' alone."""
    if reader is None:
        return [r.finished(r.events) for r in readings]
    events = reread([(r.doc, r.events) for r in readings], reader)
    return [r.finished(found) for r, found in zip(readings, events, strict=True)]


def read_by_rules(doc_id: str, doc: Doc, doc_date: date, gazetteer: Gazetteer) -> RulesReading:
    """What the rules read in one parsed document. Pure: no store access."""
    text = document_text(doc)  # built once: the event rules ask for it too
    times = [
        TimeExpression(doc_id, t.start, t.end, t.text, t.start_date, t.end_date, t.is_deadline)
        for t in find_times(text, doc_date)
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
    found_events = find_events(
        doc,
        found_claims,
        gazetteer.side_of,
        [(t.start, t.end) for t in times if t.start_date > doc_date and _ahead(t, text)],
        [t.start for t in times if not t.is_deadline],
    )
    # a duration that is a time expression ("within 72 hours") is a time, not a quantity
    spans = [(t.start, t.end) for t in times]
    quantities = [
        Quantity(doc_id, q.start, q.end, q.text, q.value, q.unit, q.counts, q.value_max)
        for q in find_quantities(text)
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
    extraction = evidence.Extraction(
        doc_id, entities, _first_of_each(claims), [], quantities, times
    )
    return RulesReading(extraction, doc, doc_date, found_events)


_RUNS_UNTIL = ("until", "through", "till")
# "had until Thanksgiving to accept", "gave Moscow until Friday to agree": a time given to act
_TIME_GIVEN = re.compile(
    r"\b(?:had|has|have|having|gave|give|gives|given|giving)\s+(?:\S+\s+){0,2}$"
)
# "increases originally planned for June", now brought forward: a plan no longer standing
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously)\s+(?:planned|scheduled|set|slated|due)\s+(?:for\s+)?$",
    re.I,
)


def _ahead(time: TimeExpression, text: str) -> bool:
    """Whether a later time dates what it is told with as still to come. What runs "until" or
    "through" a date ("extended its export ban until the end of September", "a ceasefire
    lasting until the end of March") was set when told, and lasts until then; a time given to
    act ("had until Thanksgiving to accept") still dates the act. A plan superseded ("increases
    originally planned for June") dates nothing to come."""
    before = text[max(0, time.start - 60) : time.start]
    if _SUPERSEDED.search(before):
        return False
    if not time.text.lower().startswith(_RUNS_UNTIL):
        return True
    return _TIME_GIVEN.search(before) is not None


def _first_of_each(records: list[R]) -> list[R]:
    """The records in order, each id once (the first)."""
    seen: set[str] = set()
    unique = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            unique.append(record)
    return unique


_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]+\.?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s"
)


def mask_datelines(text: str) -> str:
    """Blank out wire datelines ("KYIV (Harbor Wire) — "), keeping every offset.

    The parser reads a dateline as the subject of the first sentence ("BRUSSELS said").
    """
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)


# A line in capitals ("FED HOLDS AT 4.25%-4.50%; POWELL SAYS ..."), a wire flash or a
# newsletter's headline: the small model reads its words as names and finds no verb. Written
# back in sentence case, with names cased as the gazetteer writes them, it parses as a sentence.
_SHOUTED_WORD = re.compile(r"[A-Za-z][A-Za-z'’.+&-]*")
_SMALL_WORDS = {"TO", "OF", "THE", "AND", "IN", "ON", "AT", "FOR", "AS", "BY", "WITH", "FROM"}
_SMALL_WORDS |= {"A", "AN", "OR", "AFTER", "BEFORE", "OVER", "INTO", "IS", "IT"}
_CALENDAR_WORDS = {
    form.upper(): form
    for name in (*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:])
    for form in (name, f"{name}.")
}


def _shouted(line: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", line)
    return len(words) >= 4 and sum(w.isupper() for w in words) > 0.7 * len(words)


def recase_shouted(text: str, casing: dict[str, str]) -> str:
    """Lines in capitals written in sentence case for the parser, keeping every offset:
    names as ``casing`` (the gazetteer's ``word_casing``) writes them, days and months
    capitalised, other words in lower case."""

    def recase_line(line: str) -> str:
        first = True

        def recase_word(m: re.Match[str]) -> str:
            nonlocal first
            word = m.group(0)
            if word in _SMALL_WORDS:
                new = word.lower()
            else:
                new = _CALENDAR_WORDS.get(word) or casing.get(word) or word.lower()
            if first:
                new = new[:1].upper() + new[1:]
                first = False
            return new if len(new) == len(word) else word

        return _SHOUTED_WORD.sub(recase_word, line)

    return "".join(
        recase_line(line) if _shouted(line) else line for line in text.splitlines(keepends=True)
    )


def parse_ready(text: str, gazetteer: Gazetteer) -> str:
    """The text the parser reads: datelines blanked, lines in capitals recased, each character
    where it was (spans found in it are spans of the stored text)."""
    return recase_shouted(mask_datelines(text), gazetteer.word_casing)


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
    with_reader: bool = True,
) -> ExtractSummary:
    """Extract every canonical document not yet extracted (or all with ``rebuild``); without
    ``with_reader`` the events are the rules' alone (faster, less accurate on new text)."""
    # before any worker is forked, which shares them
    _, gazetteer = load_pipeline(gazetteers)
    if with_reader:
        shipped_reader()
    extractor = extractor_label(with_reader, gazetteers)
    pending = evidence.pending_documents(store, rebuild)
    if on_start:
        on_start(len(pending))
    if rebuild:
        evidence.forget_extractions(store, [doc_id for doc_id, _, _ in pending])
    summary = ExtractSummary()
    items = [(doc_id, text, _as_date(published)) for doc_id, text, published in pending]
    chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
    # Large runs parse and extract on every core; small ones are not worth starting worker
    # processes. Results are saved per batch, so an interrupted run keeps what it finished.
    processes = min(2, os.cpu_count() or 1) if len(pending) >= PARALLEL_FROM else 1
    done: list[evidence.Extraction] = []
    errors: dict[str, str] = {}
    for outcomes in _map_chunks(chunks, gazetteers, with_reader, processes):
        for doc_id, outcome in outcomes:
            if isinstance(outcome, str):
                errors[doc_id] = outcome
                if on_document:
                    on_document(doc_id, outcome)
            else:
                done.append(outcome)
                summary.documents += 1
                summary.claims += len(outcome.claims)
                summary.events += len(outcome.events)
                summary.quantities += len(outcome.quantities)
                summary.times += len(outcome.times)
                if on_document:
                    on_document(doc_id, None)
            if len(done) + len(errors) >= BATCH:
                evidence.save_extractions(store, done, errors, extractor)
                summary.errors.update(errors)
                done, errors = [], {}
    evidence.save_extractions(store, done, errors, extractor)
    summary.errors.update(errors)
    summary.older = {
        label: n
        for label, n in evidence.documents_by_extractor(store).items()
        if label != extractor
    }
    statuses = refresh_statuses(store, gazetteer)
    summary.contested = sum(s.value == "contested" for s, _ in statuses.values())
    summary.corroborated = sum(s.value == "corroborated" for s, _ in statuses.values())
    return summary


def extract_chunk(
    items: list[Pending], gazetteers: tuple[Path, ...] = (), with_reader: bool = True
) -> list[Outcome]:
    """Parse and extract documents; a document whose rules fail gets its error message instead
    of evidence, so one bad document does not stop the others. The event reader reads the
    chunk's sentences in one batch. Runs in worker processes."""
    nlp, gazetteer = load_pipeline(gazetteers)
    docs = nlp.pipe((parse_ready(text, gazetteer) for _, text, _ in items), batch_size=len(items))
    readings: dict[str, RulesReading] = {}
    failed: dict[str, str] = {}
    for (doc_id, _, doc_date), doc in zip(items, docs, strict=True):
        try:
            readings[doc_id] = read_by_rules(doc_id, doc, doc_date, gazetteer)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            failed[doc_id] = f"{type(exc).__name__}: {exc}"
    finished = finish_readings(list(readings.values()), shipped_reader() if with_reader else None)
    done = dict(zip(readings, finished, strict=True))
    return [(doc_id, done.get(doc_id) or failed[doc_id]) for doc_id, _, _ in items]


def _map_chunks(
    chunks: list[list[Pending]], gazetteers: tuple[Path, ...], with_reader: bool, processes: int
) -> Iterator[list[Outcome]]:
    """What :func:`extract_chunk` makes of each chunk, in order: here, or on worker processes.

    Workers do the whole job (parse and rules), so every core does the heavy work and only
    small records travel back, not parsed documents. On Linux they are forked: they share
    the pipeline already loaded here instead of loading their own (a second or two each).
    """
    if processes == 1:
        yield from (extract_chunk(chunk, gazetteers, with_reader) for chunk in chunks)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    pool = ProcessPoolExecutor(
        processes, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )
    try:
        n = len(chunks)
        yield from pool.map(extract_chunk, chunks, [gazetteers] * n, [with_reader] * n)
    finally:
        pool.shutdown(cancel_futures=True)


def _start_worker(parent: int) -> None:
    """Give a worker one BLAS and torch thread (there is a worker per core; more threads would fight
    over the cores), and make it exit once its parent is gone: after a ``kill -9`` of the
    run, workers would otherwise wait for work forever, holding a pipeline's memory each."""
    threadpool_limits(1)
    torch.set_num_threads(1)  # the event reader's matrix work too

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def refresh_statuses(store: Store, gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    """Recompute every claim's status against all stored claims."""
    side_of = lru_cache(maxsize=None)(gazetteer.side_of)  # a store names few speakers often
    rows = evidence.claims_with_context(store)
    sides = speaker_sides([claim for claim, *_ in rows], side_of)
    events = sentence_events(evidence.list_events(store))
    contexts = [
        ClaimContext(
            claim,
            source_name,
            sentence,
            published,
            side,
            events.get((claim.doc_id, claim.sentence_start), frozenset()),
        )
        for (claim, source_name, sentence, published), side in zip(rows, sides, strict=True)
    ]
    statuses = assign_statuses(contexts)
    evidence.update_claim_statuses(store, statuses)
    return statuses


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
