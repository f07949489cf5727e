"""A final calibration map, fitted on resolved past forecasts.

The models upstream are fitted on past outcomes, but their out-of-sample forecasts can
still be over- or under-confident. This map is fitted on those out-of-sample forecasts (made
before their outcomes were known) and applied to new ones:

* ``identity`` when there are fewer than ``min_n`` resolved forecasts or only one class:
  a map fitted on a handful of points does more harm than good;
* ``platt``: logit(p') = a·logit(p) + b, two parameters, the default;
* ``isotonic``: a monotone step map, only on request and with ``isotonic_min_n`` points
  (Platt below that), since it overfits small samples.

Forecasts are passed oldest first. Before a map is accepted it must beat the identity on the
newest ``holdout`` share of them when fitted on the rest: a model that improved over time
(more data, better features) would otherwise be "corrected" for errors it no longer makes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from tidings.forecast.prior import logit, sigmoid
from tidings.models import Contribution


@dataclass
class Calibrator:
    """A fitted map from raw log-odds to calibrated log-odds."""

    method: str = "identity"
    slope: float = 1.0
    intercept: float = 0.0
    n: int = 0
    _isotonic: IsotonicRegression | None = None

    @classmethod
    def fit(
        cls,
        log_odds: Sequence[float],
        outcomes: Sequence[float],
        *,
        method: str = "platt",
        min_n: int = 300,
        isotonic_min_n: int = 3000,
        holdout: float = 1 / 3,
    ) -> Calibrator:
        """Fit on past out-of-sample log-odds (oldest first) and their 0/1 outcomes."""
        if method not in ("platt", "isotonic", "identity"):
            raise ValueError(
                f"unknown calibration method {method!r}; use platt, isotonic or identity"
            )
        x = np.asarray(log_odds, dtype=float)
        y = np.asarray(outcomes, dtype=float)
        n = len(x)
        if method == "identity" or n < min_n or y.min(initial=0) == y.max(initial=0):
            return cls(n=n)
        if holdout > 0:
            cut = int(n * (1 - holdout))
            trial = cls.fit(
                x[:cut],
                y[:cut],
                method=method,
                min_n=min_n // 2,
                isotonic_min_n=isotonic_min_n,
                holdout=0,
            )
            p_map = np.array([trial.probability(v) for v in x[cut:]])
            p_raw = 1.0 / (1.0 + np.exp(-x[cut:]))
            if np.mean((p_map - y[cut:]) ** 2) >= np.mean((p_raw - y[cut:]) ** 2):
                return cls(n=n)
        if method == "isotonic" and n >= isotonic_min_n:
            iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
            iso.fit(x, y)
            return cls(method="isotonic", n=n, _isotonic=iso)
        # nearly unpenalised: two parameters on hundreds of points need no shrinkage
        model = LogisticRegression(C=100.0, max_iter=1000).fit(x.reshape(-1, 1), y)
        return cls(
            method="platt",
            slope=float(model.coef_[0][0]),
            intercept=float(model.intercept_[0]),
            n=n,
        )

    def apply(self, log_odds: float) -> float:
        """Calibrated log-odds for one raw log-odds."""
        if self.method == "platt":
            return self.slope * log_odds + self.intercept
        if self.method == "isotonic" and self._isotonic is not None:
            p = float(self._isotonic.predict(np.array([log_odds]))[0])
            return logit(min(max(p, 0.01), 0.99))
        return log_odds

    def probability(self, log_odds: float) -> float:
        return sigmoid(self.apply(log_odds))

    def contribution(self, log_odds: float) -> Contribution:
        """The calibration step as one log-odds term, to append to a forecast's terms."""
        return Contribution(
            kind="calibration",
            log_odds=self.apply(log_odds) - log_odds,
            label=f"{self.method} calibration on {self.n} past forecasts",
        )
