"""Proper scores for probability forecasts and a reliability table and diagram.

Brier is the leaderboard's score: mean of (p - outcome)². The log score here is the mean
negative log-likelihood (lower is better) with probabilities clipped to [eps, 1 - eps], so a
single confident miss costs a bounded amount instead of infinity.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

LOG_SCORE_EPS = 1e-3  # a forecast of 0 or 1 that misses costs -ln(0.001) ≈ 6.9 nats


def _arrays(probabilities: Sequence[float], outcomes: Sequence[float]) -> tuple[np.ndarray, ...]:
    p = np.asarray(probabilities, dtype=float)
    y = np.asarray(outcomes, dtype=float)
    if p.shape != y.shape:
        raise ValueError(f"{len(p)} probabilities but {len(y)} outcomes")
    if p.size == 0:
        raise ValueError("cannot score an empty set of forecasts")
    return p, y


def brier(probabilities: Sequence[float], outcomes: Sequence[float]) -> float:
    """Mean squared error of the probabilities against 0/1 outcomes."""
    p, y = _arrays(probabilities, outcomes)
    return float(np.mean((p - y) ** 2))


def log_score(
    probabilities: Sequence[float], outcomes: Sequence[float], eps: float = LOG_SCORE_EPS
) -> float:
    """Mean negative log-likelihood in nats; probabilities clipped to [eps, 1 - eps]."""
    p, y = _arrays(probabilities, outcomes)
    p = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


@dataclass(frozen=True)
class ReliabilityBin:
    """Forecasts whose probability fell in [low, high): how many, their mean, the hit rate."""

    low: float
    high: float
    n: int
    mean_forecast: float
    observed_rate: float


def reliability_table(
    probabilities: Sequence[float], outcomes: Sequence[float], bins: int = 10
) -> list[ReliabilityBin]:
    """Equal-width bins over [0, 1]; empty bins are left out."""
    p, y = _arrays(probabilities, outcomes)
    index = np.minimum((p * bins).astype(int), bins - 1)
    table = []
    for b in range(bins):
        mask = index == b
        if mask.any():
            table.append(
                ReliabilityBin(
                    low=b / bins,
                    high=(b + 1) / bins,
                    n=int(mask.sum()),
                    mean_forecast=float(p[mask].mean()),
                    observed_rate=float(y[mask].mean()),
                )
            )
    return table


def plot_reliability(
    tables: Mapping[str, Sequence[ReliabilityBin]], path: Path, title: str = "Reliability"
) -> Path:
    """Draw one line per named table against the diagonal and write a PNG to ``path``.

    Marker area follows the number of forecasts in a bin, so sparse bins read as such.
    """
    import matplotlib

    matplotlib.use("Agg")  # no display needed; safe in tests and on servers
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 5.5), dpi=110)
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1, label="perfect")
    for name, table in tables.items():
        if not table:
            continue
        total = sum(b.n for b in table)
        xs = [b.mean_forecast for b in table]
        ys = [b.observed_rate for b in table]
        sizes = [12 + 400 * math.sqrt(b.n / total) for b in table]
        (line,) = ax.plot(xs, ys, marker="", linewidth=1.5, label=f"{name} (n={total})")
        ax.scatter(xs, ys, s=sizes, color=line.get_color(), alpha=0.6)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("forecast probability")
    ax.set_ylabel("observed frequency")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
