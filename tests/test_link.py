"""Linking: relevant documents first, reasons given, nothing from after the as-of moment."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import numpy as np
import pytest

from tidings.extract.gazetteer import load_gazetteer
from tidings.link.linker import EntityMatcher, EvidenceIndex, LinkDoc, question_query
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


def test_extending_an_index_keeps_every_version_s_embeddings() -> None:
    rng = np.random.default_rng(0)
    base_vectors = rng.random((2, 4), dtype=np.float32)
    base = EvidenceIndex(DOCS[:2], base_vectors, EntityMatcher(load_gazetteer()))
    one, two = rng.random((1, 4), dtype=np.float32), rng.random((1, 4), dtype=np.float32)
    first = base.extended([DOCS[2]], one)
    second = first.extended([DOCS[3]], two)  # the newest grows in place
    branch = first.extended([DOCS[3]], one)  # an older version grown again must not clobber it
    assert np.array_equal(base.vectors, base_vectors)
    assert np.array_equal(first.vectors, np.vstack([base_vectors, one]))
    assert np.array_equal(second.vectors, np.vstack([base_vectors, one, two]))
    assert np.array_equal(branch.vectors, np.vstack([base_vectors, one, one]))
    assert len(second.vectors) == len(second.docs) == 4


def test_an_index_over_an_empty_store_links_nothing_until_documents_arrive() -> None:
    empty = EvidenceIndex([], None, EntityMatcher(load_gazetteer()))
    assert empty.link(Q, min_score=0.0) == []
    grown = empty.extended(DOCS, None)
    assert grown.link(Q, min_score=0.0)[0].doc.id in ("strike", "later")


def test_sample_questions_link_to_their_stories(sample_store) -> None:
    from tidings.link.service import link_questions
    from tidings.store import documents as doc_store

    links = link_questions(sample_store, as_of=datetime(2026, 1, 3, tzinfo=UTC))
    titles = {d.id: d.title.lower() for d in doc_store.list_documents(sample_store)}
    kyiv = [titles[e.doc_id] for e in links["kyiv-strike-2025-12-31"][:5]]
    assert any("kyiv" in t for t in kyiv), kyiv
    storm = next(i for i, t in titles.items() if "storm" in t)
    assert storm not in {e.doc_id for e in links["kyiv-strike-2025-12-31"][:10]}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("U.S. warships sail to the region.", "gpe:united-states"),  # name ending in a dot
        ("Israeli jets strike the port.", "gpe:israel"),  # a nationality is its country
        ("Iranians rally in Tehran.", "gpe:iran"),
    ],
)
def test_entity_matcher_finds_dotted_names_and_counts_nationalities_as_countries(
    text: str, entity: str
) -> None:
    # Regression: a \b-bounded pattern never matched "U.S." before a space, and "Israeli"
    # was a different entity from "Israel", so reports on US or Israeli actions got no credit.
    assert entity in EntityMatcher(load_gazetteer()).ids(text)


def test_bm25_matches_inflections_of_the_question_words() -> None:
    docs = [
        LinkDoc("rebel", "", "Rebel forces seize the airport.", datetime(2025, 12, 20, tzinfo=UTC)),
        LinkDoc("storm", "", "A storm closes the coast road.", datetime(2025, 12, 20, tzinfo=UTC)),
    ]
    q = replace(Q, title="Will rebels seize airports?", keywords=["rebels"])
    ranked = EvidenceIndex(docs, None, EntityMatcher(load_gazetteer())).link(q, min_score=0.0)
    assert [r.doc.id for r in ranked][0] == "rebel"
    assert ranked[0].score > ranked[-1].score


def test_actors_the_resolution_criteria_exclude_earn_no_entity_credit() -> None:
    docs = [
        LinkDoc(
            "hezbollah",
            "",
            "Hezbollah fires rockets at Haifa.",
            datetime(2025, 12, 20, tzinfo=UTC),
        )
    ]
    q = replace(
        Q,
        title="Will Iran strike Israel?",
        keywords=["Iran", "Israel"],
        resolution_criteria="Attacks by Hezbollah or the Houthis do not count.",
    )
    assert "hezbollah" not in question_query(q).lower()
    ranked = EvidenceIndex(docs, None, EntityMatcher(load_gazetteer())).link(q, min_score=0.0)
    assert "Hezbollah" not in ranked[0].reason


def test_question_vector_is_the_mean_of_title_and_keyword_embeddings(monkeypatch) -> None:
    from tidings.link import embed, service

    table = {Q.title: [1.0, 0.0], "Kyiv, strike, missile": [0.0, 1.0]}
    monkeypatch.setattr(
        embed, "embed", lambda texts: np.array([table[t] for t in texts], dtype=np.float32)
    )
    assert service.question_vectors([Q]).tolist() == [[0.5, 0.5]]
