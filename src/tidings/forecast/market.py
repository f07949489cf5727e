"""Pooling with the market: how far to move away from a market's own price.

For a market question the crowd price at freeze time is a strong forecast. What past rounds
teach is how it errs: long shots are overpriced (prices should be pushed outward and down),
and a "before <date>" market loses value as its window runs out between the freeze and the
due date. :class:`MarketModel` learns, on resolved questions of past rounds only,
``logit(p') = a·logit(price) + b + w·time_decay + v·time_left``; with only the price as a
feature this is the classic fitted extremizing. ``time_left`` (log time from the due date to
the market's close) gained 0.002 Brier on both the validation and the last six DEV rounds. (Price momentum across rounds and per-venue terms were
tried and did not help on the validation rounds, so they are left out.)

The question's own earlier outcome cannot help: a market question is only asked while
open, so it has no resolution dated before the round's due date.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from tidings.forecast.prior import fit_logistic, logit
from tidings.models import Contribution

ALL_FEATURES = ("price", "time_decay", "time_left")


@dataclass(frozen=True)
class MarketSnapshot:
    """What is known about one market question at a round's due date."""

    source: str
    price: float  # the freeze value: the market's probability at freeze time
    freeze_at: date
    due: date
    close_at: date | None = None


def market_features(s: MarketSnapshot, names: Sequence[str] = ALL_FEATURES) -> dict[str, float]:
    """Log-odds features of one snapshot (only those in ``names``)."""
    f = {"price": logit(s.price)}
    if "time_decay" in names:
        # share of the market's remaining life that passes between the freeze and the due
        # date; a price measured at freeze is that much staler for short-lived markets
        gap = max((s.due - s.freeze_at).days, 1)
        left = (s.close_at - s.freeze_at).days if s.close_at else 3650
        f["time_decay"] = gap / max(left, gap)
    if "time_left" in names:
        # log months from the due date to the market's close: a market far from its close
        # that still resolves soon is mostly one whose event has happened early
        left = (s.close_at - s.due).days if s.close_at else 3650
        f["time_left"] = math.log(max(left, 1) / 30.0)
    return {k: v for k, v in f.items() if k in names}


# Before any data: the price is taken at face value, nothing else moves it.
PRIOR_WEIGHTS = {"price": 1.0}


class MarketModel:
    """Bayesian logistic recalibration of market prices, fitted on past resolved questions.

    Weights have Gaussian priors centred on :data:`PRIOR_WEIGHTS` (0 for the rest and for
    the bias) with the given ``precision``, so with no data the forecast is the price
    itself and with much data the fitted extremizing. ``names=("price",)`` gives plain
    fitted extremizing ``a·logit(price) + b``.
    """

    def __init__(self, names: Sequence[str] = ALL_FEATURES, precision: float = 1.0) -> None:
        self.names = tuple(names)
        self.precision = precision
        self._weights: np.ndarray | None = None

    def fit(self, snapshots: Sequence[MarketSnapshot], outcomes: Sequence[float]) -> MarketModel:
        if not snapshots:
            self._weights = None
            return self
        x = np.array(
            [[market_features(s, self.names)[n] for n in self.names] + [1.0] for s in snapshots]
        )
        prior = np.array([PRIOR_WEIGHTS.get(n, 0.0) for n in self.names] + [0.0])
        precision = np.full(len(prior), self.precision)
        self._weights = fit_logistic(x, np.asarray(outcomes, dtype=float), prior, precision)
        return self

    def contributions(self, s: MarketSnapshot) -> list[Contribution]:
        """Log-odds terms summing to the forecast: the price term first."""
        f = market_features(s, self.names)
        if self._weights is None:
            return [Contribution("market", f["price"], f"{s.source} price (no past outcomes)")]
        terms = []
        for name, weight in zip(self.names, self._weights[:-1], strict=True):
            label = f"{s.source} price x{weight:.2f}" if name == "price" else name
            terms.append(Contribution("market", float(weight * f[name]), label))
        terms.append(Contribution("market", float(self._weights[-1]), "market bias"))
        return terms

    def log_odds(self, s: MarketSnapshot) -> float:
        return sum(c.log_odds for c in self.contributions(s))
