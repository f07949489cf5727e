"""Forecasting against the store: link, gather evidence, forecast, store; and the timeline.

``Desk`` keeps the evidence index and models in memory so that, after one new article, only
the questions it bears on are re-forecast (``Desk.add_documents``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from tidings.forecast.calibration import Calibrator
from tidings.forecast.engine import EvidenceItems, forecast_question, last_deadline, raw_log_odds
from tidings.link.linker import EvidenceIndex, LinkDoc, to_evidence, window
from tidings.link.service import build_index, document_vectors, link_docs, question_vectors
from tidings.models import Contribution, Forecast, Outcome, PricePoint, Question, start_of
from tidings.store import documents as doc_store
from tidings.store import evidence as evidence_store
from tidings.store import questions as question_store
from tidings.store.db import Store


@dataclass
class Desk:
    """Questions, the evidence index and the models, loaded once for repeated forecasts."""

    store: Store
    use_embeddings: bool = True
    questions: list[Question] = field(default_factory=list)
    index: EvidenceIndex | None = None
    query_vectors: dict[str, np.ndarray] = field(default_factory=dict)
    seen_up_to: int = 0  # the store's ingest sequence when the index was last brought up to date
    calibrators: dict[date, Calibrator] = field(default_factory=dict)  # by as-of date

    def load(self) -> Desk:
        self.questions = question_store.list_questions(self.store)
        self.seen_up_to = doc_store.last_ingested(self.store)
        self.index = build_index(self.store, use_embeddings=self.use_embeddings)
        if self.index.vectors is not None and self.questions:
            vectors = question_vectors(self.questions)
            self.query_vectors = {q.id: v for q, v in zip(self.questions, vectors, strict=True)}
        return self

    def forecast(
        self, as_of: date, question_ids: list[str] | None = None, save: bool = True
    ) -> list[Forecast]:
        """Forecasts as of ``as_of`` for open questions (or the ones named)."""
        assert self.index is not None, "call load() first"
        resolved = [q for q in self.questions if q.outcome is not Outcome.OPEN]
        out: list[Forecast] = []
        for q in self.questions:
            if question_ids is not None and q.id not in question_ids:
                continue
            if q.outcome_known_before(as_of):
                continue
            items = self.evidence_for(q, as_of)
            forecasts = forecast_question(q, as_of, items, resolved, self.calibrator(as_of))
            if save:
                question_store.replace_links(self.store, q.id, items.links)
                question_store.save_forecasts(self.store, forecasts)
            out += forecasts
        return out

    def calibrator(self, as_of: date) -> Calibrator:
        """The calibration map as of ``as_of``: fitted on this store's own forecasts of the
        questions resolved before that day, each forecast made before its question resolved
        and for the last deadline (whose outcome the question's is). The identity until
        there are enough of them (see :meth:`Calibrator.fit`)."""
        if as_of not in self.calibrators:
            resolved = {
                q.id: q
                for q in self.questions
                if q.outcome in (Outcome.YES, Outcome.NO) and q.outcome_known_before(as_of)
            }
            past = [
                f
                for f in question_store.forecasts_of(self.store, list(resolved))
                if f.as_of < resolved[f.question_id].resolved_at  # type: ignore[operator]
                and f.deadline == last_deadline(resolved[f.question_id])
            ]
            self.calibrators[as_of] = Calibrator.fit(
                [raw_log_odds(f) for f in past],
                [1.0 if resolved[f.question_id].outcome is Outcome.YES else 0.0 for f in past],
            )
        return self.calibrators[as_of]

    def evidence_for(self, question: Question, as_of: date) -> EvidenceItems:
        """The question's linked documents published before ``as_of``, with their evidence."""
        assert self.index is not None, "call load() first"
        scored = self.index.link(
            question, as_of=start_of(as_of), query_vector=self.query_vectors.get(question.id)
        )
        links = to_evidence(question.id, scored)
        doc_ids = [link.doc_id for link in links]
        items = EvidenceItems(
            links,
            published={s.doc.id: s.doc.published for s in scored},
            texts={s.doc.id: s.doc.text for s in scored},
        )
        for event in evidence_store.list_events(self.store, doc_ids=doc_ids):
            items.events.setdefault(event.doc_id, []).append(event)
        for claim in evidence_store.list_claims(self.store, doc_ids=doc_ids):
            items.claims.setdefault(claim.doc_id, []).append(claim)
        return items

    def refresh(self, as_of: date, save: bool = True) -> list[Forecast]:
        """Take in the canonical documents stored since :meth:`load` (or the last refresh),
        ingested and extracted, and re-forecast only the questions they bear on."""
        assert self.index is not None, "call load() first"
        latest = doc_store.last_ingested(self.store)
        known = {d.id for d in self.index.docs}  # one stored while the index was being built
        docs = [
            d for d in link_docs(self.store, ingested_after=self.seen_up_to) if d.id not in known
        ]
        self.seen_up_to = latest
        return self.add_documents(docs, as_of, save=save) if docs else []

    def add_documents(self, docs: list[LinkDoc], as_of: date, save: bool = True) -> list[Forecast]:
        """Take in new documents and re-forecast only the questions they bear on.

        numpy's BLAS gets one thread meanwhile: after each matrix product OpenBLAS's idle
        threads keep spinning, and on two cores they starve the embedding model's own
        threads (one article's embedding took 35-122 ms with them, 15-33 ms without).
        """
        with threadpool_limits(limits=1, user_api="blas"):
            return self._add_documents(docs, as_of, save)

    def _add_documents(self, docs: list[LinkDoc], as_of: date, save: bool) -> list[Forecast]:
        assert self.index is not None, "call load() first"
        vectors = document_vectors(self.store, docs, self.index.vectors is not None)
        self.index = self.index.extended(docs, vectors)
        affected = []
        new_ids = {d.id for d in docs}
        moment = start_of(as_of) + timedelta(days=1)
        for q in self.questions:
            if q.outcome is not Outcome.OPEN:
                continue
            start, end = window(q, moment)
            if not any(start <= d.published < end for d in docs):
                continue  # outside the question's window a document can never be linked to it
            if self.index.links_any(q, new_ids, moment, self.query_vectors.get(q.id)):
                affected.append(q.id)
        return self.forecast(as_of, affected, save=save) if affected else []


def timeline(desk: Desk, question: Question, start: date, end: date) -> list[Forecast]:
    """Daily forecasts (final deadline) from ``start`` to ``end``, not stored."""
    out = []
    day = start
    while day <= end:
        forecasts = desk.forecast(day, [question.id], save=False)
        if forecasts:
            out.append(forecasts[-1])
        day += timedelta(days=1)
    return out


def _term_key(c: Contribution) -> tuple[str, str]:
    # a report is one term per item; the prior, time, market and calibration terms are one
    # each, their labels changing from day to day ("13 days left", a new price)
    return (c.kind, f"{c.doc_id} {c.label}") if c.kind == "evidence" else (c.kind, "")


def timeline_notes(
    points: list[Forecast], min_jump: float = 0.15, most: int = 4
) -> list[tuple[date, float, str]]:
    """(day, probability, what moved it) for the ``most`` largest day-to-day jumps of at least
    ``min_jump``: the term whose log-odds changed most in the jump's direction, so that a
    reader of the plot sees why the line moved without reading the tables."""
    notes = []
    for before, after in zip(points, points[1:], strict=False):
        jump = after.probability - before.probability
        if abs(jump) < min_jump:
            continue
        old = {_term_key(c): c.log_odds for c in before.contributions}
        moved = max(
            after.contributions,
            key=lambda c: math.copysign(1, jump) * (c.log_odds - old.get(_term_key(c), 0.0)),
            default=None,
        )
        if moved is not None:
            label = moved.label
            if len(label) > 50:  # up to a clause's end, else a word's, within 50 characters
                head = label[:50]
                label = head.rsplit(", ", 1)[0] if ", " in head else head.rsplit(" ", 1)[0] + "…"
            notes.append((abs(jump), after.as_of, after.probability, label))
    notes.sort(reverse=True)
    return sorted((day, p, label) for _, day, p, label in notes[:most])


def market_as_seen(question: Question, days: list[date]) -> list[tuple[date, PricePoint]]:
    """For each day, the last market price before the day began: what that day's forecast
    saw. Plotted beside the forecasts, a gap between the two lines is then never a price the
    forecast could not yet know."""
    seen = [(day, question.price_before(start_of(day))) for day in days]
    return [(day, price) for day, price in seen if price is not None]


def plot_timeline(question: Question, points: list[Forecast], path: Path) -> Path:
    """Probability timeline (and market prices) as PNG or SVG, by the path's suffix; the
    largest jumps are labelled with the term that moved them."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3.6), dpi=110)
    if points:
        ax.plot(
            [p.as_of for p in points],
            [p.probability for p in points],
            marker="o",
            markersize=3,
            label="Tidings",
            color="#1f4e79",
        )
    seen = market_as_seen(question, [p.as_of for p in points])
    if seen:
        ax.step(
            [day for day, _ in seen],
            [price.probability for _, price in seen],
            where="post",
            label=f"market ({seen[-1][1].venue}, last price before each day)",
            color="#c55a11",
            alpha=0.8,
        )
    # the jumps are numbered on the line and told below it, where no label hides the data
    notes = timeline_notes(points)
    for k, (day, probability, _) in enumerate(notes, start=1):
        ax.annotate(
            str(k),
            xy=(day, probability),
            xytext=(4, -12 if probability > 0.5 else 6),
            textcoords="offset points",
            fontsize=8,
            fontweight="bold",
            color="#1f4e79",
        )
    if notes:
        fig.set_size_inches(8, 3.6 + 0.22 * len(notes))
        fig.text(
            0.01,
            0.01,
            "\n".join(f"{k}  {day}: {label}" for k, (day, _, label) in enumerate(notes, 1)),
            fontsize=7.5,
            color="#333333",
            va="bottom",
        )
    ax.set_ylim(0, 1)
    ax.set_ylabel("P(yes)")
    ax.set_title(question.title, fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout(rect=(0, 0.05 * len(notes), 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
