"""Linking: relevant documents first, reasons given, nothing from after the as-of moment."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tidings.extract.gazetteer import load_gazetteer
from tidings.link.linker import EntityMatcher, EvidenceIndex, LinkDoc
from tidings.models import EventType, Question

DOCS = [
    LinkDoc(
        "strike",
        "Missiles hit Kyiv",
        "Russian missiles struck Kyiv overnight, damaging power lines in the capital.",
        datetime(2025, 12, 20, tzinfo=UTC),
        {"strike"},
    ),
    LinkDoc(
        "talks",
        "Envoys meet in Miami",
        "US and Ukrainian envoys met in Miami to discuss the 20-point peace plan.",
        datetime(2025, 12, 21, tzinfo=UTC),
        {"talks"},
    ),
    LinkDoc(
        "storm",
        "Storm closes ports",
        "A winter storm closed three ports on the coast.",
        datetime(2025, 12, 22, tzinfo=UTC),
    ),
    LinkDoc(
        "later",
        "Kyiv struck again",
        "Russian drones struck Kyiv again, officials said.",
        datetime(2026, 1, 5, tzinfo=UTC),
        {"strike"},
    ),
]
Q = Question(
    id="q",
    source="user",
    title="Russian strike hits Kyiv by January 31, 2026?",
    open_date=date(2025, 12, 15),
    close_date=date(2026, 1, 31),
    resolution_dates=[date(2026, 1, 31)],
    keywords=["Kyiv", "strike", "missile"],
    event_types=[EventType.STRIKE],
)


def index() -> EvidenceIndex:
    return EvidenceIndex(DOCS, None, EntityMatcher(load_gazetteer()))


def test_relevant_documents_rank_first_with_reasons() -> None:
    ranked = index().link(Q, min_score=0.0)
    assert ranked[0].doc.id in ("strike", "later")
    assert ranked[-1].doc.id == "storm" or "storm" not in [r.doc.id for r in ranked[:2]]
    top = next(r for r in ranked if r.doc.id == "strike")
    assert "Kyiv" in top.reason and "event: strike" in top.reason
    assert all(0.0 <= r.score <= 1.0 for r in ranked)


def test_nothing_published_after_the_as_of_moment_is_linked() -> None:
    ranked = index().link(Q, as_of=datetime(2026, 1, 1, tzinfo=UTC), min_score=0.0)
    assert "later" not in {r.doc.id for r in ranked}
    assert "later" in {r.doc.id for r in index().link(Q, min_score=0.0)}


def test_extended_index_scores_new_documents_like_the_base() -> None:
    base = EvidenceIndex(DOCS[:3], None, EntityMatcher(load_gazetteer()))
    grown = base.extended([DOCS[3]], None)
    ranked = grown.link(Q, min_score=0.0)
    assert "later" in [r.doc.id for r in ranked[:2]]


def test_sample_questions_link_to_their_stories(sample_store) -> None:
    from tidings.link.service import link_questions
    from tidings.store import documents as doc_store

    links = link_questions(sample_store, as_of=datetime(2026, 1, 3, tzinfo=UTC))
    titles = {d.id: d.title.lower() for d in doc_store.list_documents(sample_store)}
    kyiv = [titles[e.doc_id] for e in links["kyiv-strike-2025-12-31"][:5]]
    assert any("kyiv" in t for t in kyiv), kyiv
    storm = next(i for i, t in titles.items() if "storm" in t)
    assert storm not in {e.doc_id for e in links["kyiv-strike-2025-12-31"][:10]}
