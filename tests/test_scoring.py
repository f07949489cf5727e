"""Brier, log score and reliability: hand-computed cases and the diagram file."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tidings.evaluate.scoring import (
    brier,
    log_score,
    plot_reliability,
    reliability_table,
)


@pytest.mark.parametrize(
    ("probabilities", "outcomes", "expected"),
    [
        ([0.5], [1.0], 0.25),
        ([1.0, 0.0], [1.0, 0.0], 0.0),
        ([0.9, 0.2, 0.6], [1.0, 0.0, 0.0], (0.01 + 0.04 + 0.36) / 3),
        ([0.7, 0.7, 0.7, 0.7], [1.0, 1.0, 1.0, 0.0], (3 * 0.09 + 0.49) / 4),
    ],
)
def test_brier_matches_hand_computation(probabilities, outcomes, expected):
    assert brier(probabilities, outcomes) == pytest.approx(expected)


def test_log_score_matches_hand_computation():
    got = log_score([0.8, 0.25], [1.0, 0.0])
    assert got == pytest.approx(-(math.log(0.8) + math.log(0.75)) / 2)


def test_log_score_clips_certain_misses():
    # a forecast of exactly 0 that resolves YES costs -ln(eps), not infinity
    assert log_score([0.0], [1.0], eps=0.01) == pytest.approx(-math.log(0.01))
    assert log_score([1.0], [1.0]) == pytest.approx(-math.log(1 - 1e-3))


def test_scores_reject_mismatched_or_empty_input():
    with pytest.raises(ValueError, match="2 probabilities but 1 outcomes"):
        brier([0.1, 0.2], [1.0])
    with pytest.raises(ValueError, match="empty"):
        log_score([], [])


def test_reliability_table_bins_by_forecast():
    table = reliability_table([0.05, 0.08, 0.55, 0.95, 1.0], [0.0, 1.0, 1.0, 1.0, 1.0], bins=10)
    assert [(b.low, b.n) for b in table] == [(0.0, 2), (0.5, 1), (0.9, 2)]
    first = table[0]
    assert first.mean_forecast == pytest.approx(0.065)
    assert first.observed_rate == pytest.approx(0.5)
    assert table[-1].high == pytest.approx(1.0)  # a forecast of 1.0 falls in the last bin


def test_reliability_diagram_is_written(tmp_path: Path):
    table = reliability_table([0.1, 0.2, 0.8, 0.9, 0.4], [0.0, 0.0, 1.0, 1.0, 1.0])
    path = plot_reliability({"model": table, "empty": []}, tmp_path / "out" / "rel.png")
    assert path.exists()
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
