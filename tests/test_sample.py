"""The bundled sample corpus goes through ingest with each planted case handled."""

from __future__ import annotations

import pytest

from tidings.demo import sample_dir, sample_inputs
from tidings.ingest.pipeline import IngestSummary, ingest
from tidings.models import DateSource, Document
from tidings.store import documents as doc_store
from tidings.store.db import Store, open_store


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, IngestSummary]:
    store = open_store(tmp_path_factory.mktemp("sample") / "s.duckdb")
    summary = ingest(store, sample_inputs())
    yield store, summary
    store.close()


def by_file(store: Store) -> dict[str, Document]:
    return {d.source.rsplit("/", 1)[-1]: d for d in doc_store.list_documents(store)}


def test_every_sample_input_is_ingested_and_dated(sample_store) -> None:
    store, summary = sample_store
    assert summary.exit_code == 0
    assert 30 <= summary.documents <= 60
    docs = doc_store.list_documents(store)
    assert all(d.date_source is not DateSource.FETCH for d in docs)
    assert all(d.published_at.year in (2025, 2026) for d in docs)


@pytest.mark.parametrize(
    "name",
    [
        "northline-2025-12-29-valdai-claim.txt",
        "northline-2025-12-30-no-evidence.txt",
        "northline-2025-12-31-kyiv-waits.txt",
        "northline-2026-01-02-money-and-assets.txt",
    ],
)
def test_repeated_paragraphs_are_kept_once(sample_store, name: str) -> None:
    doc = by_file(sample_store[0])[name]
    assert doc.repeated_paragraphs == 1
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs))


@pytest.mark.parametrize(
    "name",
    [
        "northline-2025-12-29-valdai-claim.txt",
        "northline-2025-12-30-no-evidence.txt",
        "northline-2025-12-31-kyiv-waits.txt",
        "northline-2026-01-01-doubts-in-washington.txt",
    ],
)
def test_broken_link_sentences_are_flagged(sample_store, name: str) -> None:
    doc = by_file(sample_store[0])[name]
    flags = [f for f in doc.flags if f.kind == "broken_sentence"]
    assert len(flags) == 1
    after = doc.text[flags[0].end :]
    assert after[:1].islower()


def test_newsletter_boilerplate_is_gone(sample_store) -> None:
    for name, doc in by_file(sample_store[0]).items():
        if name.startswith("northline"):
            assert "Subscribe" not in doc.text, name
            assert "Marta Vale covers" not in doc.text, name
            assert "No comments yet" not in doc.text, name
            assert doc.date_source is DateSource.TEXT


def test_wire_copies_are_one_story(sample_store) -> None:
    docs = by_file(sample_store[0])
    first, second = docs["harbor-wire-valdai.txt"], docs["meridian-valdai.txt"]
    assert {first.duplicate_of, second.duplicate_of} == {
        None,
        first.id if second.duplicate_of else second.id,
    }
    assert (first.duplicate_kind or second.duplicate_kind) == "near"


def test_html_pages_keep_outlet_and_time_of_day(sample_store) -> None:
    docs = by_file(sample_store[0])
    page = docs["harborwire-2025-12-29-mar-a-lago.html"]
    assert page.source_name == "Harbor Wire"
    assert page.published_at.isoformat().startswith("2025-12-29T03:40")
    assert "Most read" not in page.text


def test_sample_questions_file_is_bundled() -> None:
    assert (sample_dir() / "questions.yaml").is_file()
