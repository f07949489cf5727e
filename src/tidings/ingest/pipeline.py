"""The ingest run: inputs in, clean dated de-duplicated documents in the store.

Inputs are processed in batches. Each batch is written in one transaction together with the
record that its inputs are done, so a run killed at any point leaves a consistent store and
the next run carries on where it stopped; an input already ingested unchanged adds nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tidings.errors import IngestError
from tidings.ingest import article
from tidings.ingest.clean import candidate_boilerplate_lines
from tidings.ingest.dedupe import DuplicateIndex, minhash, shingles, text_hash
from tidings.ingest.sources import InputResult, discover, read_input
from tidings.models import Document, content_hash
from tidings.store import documents as doc_store
from tidings.store.db import Store

# A short line that recurs in this many of one source's articles is that source's template.
BOILERPLATE_MIN_DOCS = 3
DEFAULT_MAX_BYTES = 50_000_000
DEFAULT_BATCH = 200


@dataclass
class InputOutcome:
    """What happened to one input, in words a user can act on."""

    source: str
    status: str  # ingested, partial, unchanged, failed
    documents: int = 0
    duplicates: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass
class IngestSummary:
    outcomes: list[InputOutcome] = field(default_factory=list)
    documents: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    repeated_paragraphs: int = 0
    boilerplate_lines: int = 0
    flags: Counter[str] = field(default_factory=Counter)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        """0 when every input was ingested, 2 when none was, 1 in between."""
        failed = sum(o.status in ("failed", "partial") for o in self.outcomes)
        if failed == 0:
            return 0
        return 2 if failed == len(self.outcomes) else 1


Progress = Callable[[InputOutcome], None]


def ingest(
    store: Store,
    sources: list[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
    batch_size: int = DEFAULT_BATCH,
    on_input: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every input named in ``sources`` (files, folders, feed or page URLs)."""
    inputs = list(discover(sources))
    if on_start:
        on_start(len(inputs))
    index = DuplicateIndex()
    for doc_id, hash_, signature in doc_store.signatures(store):
        index.add(doc_id, hash_, signature)
    summary = IngestSummary()
    for start in range(0, len(inputs), batch_size):
        batch = inputs[start : start + batch_size]
        _ingest_batch(store, batch, index, summary, max_bytes, allow_private, on_input)
    return summary


def _ingest_batch(
    store: Store,
    batch: list[str],
    index: DuplicateIndex,
    summary: IngestSummary,
    max_bytes: int,
    allow_private: bool,
    on_input: Progress | None,
) -> None:
    fetched_at = datetime.now(UTC)
    read: list[tuple[InputOutcome, InputResult, list[article.Extracted]]] = []
    finished: list[InputOutcome] = []
    for source in batch:
        outcome = InputOutcome(source, "ingested")
        try:
            result = read_input(source, max_bytes=max_bytes, allow_private=allow_private)
        except IngestError as exc:
            outcome.status, outcome.messages = "failed", [exc.reason]
            finished.append(outcome)
            continue
        if doc_store.input_seen(store, result.key, result.content_hash):
            outcome.status, outcome.messages = "unchanged", ["already ingested; nothing to add"]
            finished.append(outcome)
            continue
        outcome.messages.extend(result.warnings)
        outcome.messages.extend(result.errors)
        if result.errors:
            outcome.status = "partial"
        extracted = []
        for item in result.items:
            try:
                ex = article.extract(item)
                extracted.append((ex.source_name, ex))
            except IngestError as exc:
                outcome.messages.append(exc.reason)
                outcome.status = "partial"
        read.append((outcome, result, extracted))

    line_counts = _line_counts([e for _, _, items in read for e in items])
    learned = _learn_boilerplate(store, line_counts)
    new_docs: list[doc_store.StoredDocument] = []
    new_inputs: list[doc_store.InputRecord] = []
    for outcome, result, extracted in read:
        docs = []
        for source_name, ex in extracted:
            try:
                docs.append(
                    _build(source_name, result, ex, learned.get(source_name, set()), fetched_at)
                )
            except IngestError as exc:
                outcome.messages.append(exc.reason)
                outcome.status = "partial"
        fresh_ids = {d.id for d in docs} - doc_store.existing_ids(store, [d.id for d in docs])
        for doc in docs:
            if doc.id not in fresh_ids:
                continue
            fresh_ids.discard(doc.id)  # the same article twice in one input counts once
            stored = _dedupe(store, index, doc)
            new_docs.append(stored)
            _tally(summary, outcome, doc)
        if not docs and outcome.status != "unchanged":
            outcome.status = "failed"
        else:
            new_inputs.append(doc_store.InputRecord(result.key, result.content_hash, len(docs)))
        finished.append(outcome)

    doc_store.save_batch(store, new_docs, new_inputs, line_counts)
    index.flush()
    for outcome in finished:
        summary.outcomes.append(outcome)
        if on_input:
            on_input(outcome)


def _learn_boilerplate(
    store: Store, line_counts: dict[tuple[str, str], tuple[str, int]]
) -> dict[str, set[str]]:
    """Per source, the line keys seen in enough of its articles (stored and in this batch)."""
    batch_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (source_name, key), (_, n) in line_counts.items():
        batch_counts[source_name][key] += n
    learned: dict[str, set[str]] = {}
    for source_name, counts in batch_counts.items():
        stored = doc_store.source_line_counts(store, source_name)
        learned[source_name] = {
            key
            for key in set(counts) | set(stored)
            if counts.get(key, 0) + stored.get(key, 0) >= BOILERPLATE_MIN_DOCS
        }
    return learned


def _line_counts(
    extracted: list[tuple[str, article.Extracted]],
) -> dict[tuple[str, str], tuple[str, int]]:
    counts: dict[tuple[str, str], tuple[str, int]] = {}
    for source_name, ex in extracted:
        for key, line in candidate_boilerplate_lines(ex.paragraphs).items():
            _, n = counts.get((source_name, key), (line, 0))
            counts[(source_name, key)] = (line, n + 1)
    return counts


def _build(
    source_name: str,
    result: InputResult,
    ex: article.Extracted,
    learned: set[str],
    fetched_at: datetime,
) -> Document:
    cleaned, published, date_source, language, flags = article.finish(ex, learned, fetched_at)
    source = result.key if len(result.items) == 1 else ex.url or result.key
    return Document(
        id=content_hash(source_name, ex.url, ex.title, cleaned.text),
        source=source,
        source_name=source_name,
        url=ex.url,
        title=ex.title,
        text=cleaned.text,
        published_at=published,
        date_source=date_source,
        fetched_at=fetched_at,
        language=language,
        flags=flags,
        repeated_paragraphs=cleaned.repeated_paragraphs,
        boilerplate_lines=cleaned.boilerplate_lines,
    )


def _dedupe(store: Store, index: DuplicateIndex, doc: Document) -> doc_store.StoredDocument:
    hash_ = text_hash(doc.text)
    grams = shingles(doc.text)
    sig = minhash(grams)
    match = index.match(hash_, grams, sig, lambda ids: doc_store.texts(store, ids))
    if match:
        doc.duplicate_of, doc.duplicate_kind = match.canonical_id, match.kind
    else:
        index.add_new(doc.id, hash_, grams, sig)
    return doc_store.StoredDocument(doc, hash_, sig.hashvalues.astype("uint64").tobytes())


def _tally(summary: IngestSummary, outcome: InputOutcome, doc: Document) -> None:
    outcome.documents += 1
    summary.documents += 1
    if doc.duplicate_kind == "exact":
        summary.exact_duplicates += 1
        outcome.duplicates += 1
    elif doc.duplicate_kind == "near":
        summary.near_duplicates += 1
        outcome.duplicates += 1
    summary.repeated_paragraphs += doc.repeated_paragraphs
    summary.boilerplate_lines += doc.boilerplate_lines
    summary.flags.update(f.kind for f in doc.flags)
