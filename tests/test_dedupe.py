"""Near-duplicate detection on the labelled pair set (syndicated copies vs hard negatives)."""

from __future__ import annotations

from tidings.ingest.dedupe import text_hash
from tidings.ingest.dedupe_eval import evaluate_pairs

from .conftest import DATA


def test_labelled_pairs_meet_the_targets() -> None:
    figures = evaluate_pairs(DATA / "neardup")
    assert figures["pairs"] >= 200
    assert figures["precision"] >= 0.95, figures
    assert figures["recall"] >= 0.95, figures


def test_text_hash_ignores_case_quotes_and_spacing() -> None:
    assert text_hash("Kyiv said: “No attack.”\n\nEnd") == text_hash('kyiv  said "no attack" end')
