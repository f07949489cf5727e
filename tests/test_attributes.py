"""The cached attribute ruler must annotate exactly as spaCy's own AttributeRuler does."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from tidings.extract.attributes import CachedAttributeRuler
from tidings.extract.nlp import MODEL, add_reading_norms, load_pipeline

GOLD = Path(__file__).parent / "data" / "extraction" / "gold.jsonl"


def _annotations(nlp: spacy.Language, texts: list[str]) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_)
        for doc in nlp.pipe(texts)
        for t in doc
    ]


def test_cached_ruler_matches_spacy_on_gold_sentences() -> None:
    texts = [json.loads(line)["text"] for line in GOLD.read_text().splitlines() if line.strip()]
    fast, _ = load_pipeline()
    assert isinstance(fast.get_pipe("attribute_ruler"), CachedAttributeRuler)
    reference = spacy.load(MODEL, exclude=["ner"])
    add_reading_norms(reference)  # the same tokens, so only the attribute ruler differs
    with fast.select_pipes(disable=["entity_ruler", "ner"]):
        assert _annotations(fast, texts) == _annotations(reference, texts)
