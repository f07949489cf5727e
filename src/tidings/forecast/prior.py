"""Base rates and a feature model for dataset questions, learned from resolved questions.

Dataset questions (ACLED, DBnomics, FRED, Wikipedia, yfinance) recur: the same series or
page is asked about round after round at fixed horizons. Two things are learned here from
resolutions known *before* a round's due date:

* :class:`BaseRates` — a hierarchy of Beta-shrunk rates: (source, horizon) → (question
  family, horizon) → (question) → (question, horizon). Each level is shrunk toward the one
  above with an empirical-Bayes prior strength, so a question seen once barely moves away
  from its family while one seen twenty times speaks for itself. Outcomes of one round are
  correlated (a market fall sinks every stock question), which :func:`design_effects`
  measures and discounts.
* :class:`DatasetModel` — per-source Bayesian logistic regressions on features built by
  :func:`dataset_features`: the base-rate log-odds, the question's latest outcomes, trend and
  staleness of its freeze values across rounds, a seasonal cycle for temperature series,
  whether a FIDE list comes out before a ranking question resolves, and the freeze value for
  ACLED/Wikipedia thresholds. Priors centre the weights on "trust the
  base rate (and the season)", so little data gives the base rate and more data refines it.
  It returns log-odds with per-feature contributions.

Nothing here reads files or dates: callers pass in exactly the rows a forecaster may know.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from tidings.models import Contribution

EPS = 1e-3


def logit(p: float) -> float:
    p = min(max(p, EPS), 1.0 - EPS)
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)  # no overflow for very negative x
    return z / (1.0 + z)


_ACLED = re.compile(r"Will there be (more than ten times as many|more) (.+?) in .+? for the 30 ")
_WIKI_FAMILIES = (
    ("elo", "Elo rating"),
    ("fide_rank", "FIDE ranking"),
    ("world_record", "world record"),
    ("vaccine", "vaccine"),
)


def question_family(source: str, question: str) -> str:
    """The template a question is an instance of, e.g. ``acled:ten:'Riots'`` or ``wikipedia:elo``.

    Questions of one family ask the same thing about different series, so they share a base
    rate: "ten times the 30-day average" almost never happens whatever the country.
    """
    if source == "acled":
        match = _ACLED.match(question)
        if match:
            kind = "ten" if match.group(1).startswith("more than ten") else "more"
            return f"acled:{kind}:{match.group(2)}"
    if source == "wikipedia":
        for name, phrase in _WIKI_FAMILIES:
            if phrase in question:
                return f"wikipedia:{name}"
    if source in ("fred", "yfinance", "dbnomics"):
        return source
    return f"{source}:{re.sub(r'[0-9]+', '#', question.splitlines()[0] if question else '')[:60]}"


def family_kind(family: str) -> str:
    """The coarse part of a family (``acled:ten``), used to let freeze-value effects differ."""
    return ":".join(family.split(":")[:2])


@dataclass(frozen=True)
class Outcome:
    """A resolved (dataset question, horizon) outcome as the forecaster may know it."""

    source: str
    id: str
    family: str
    horizon: int
    round: date
    resolution_date: date
    value: float  # 0.0 or 1.0


def beta_strength(
    successes: Sequence[float], trials: Sequence[float], parents: Sequence[float]
) -> float:
    """Empirical-Bayes prior strength (a+b of a Beta) for groups shrunk toward their parents.

    Method of moments: the weighted spread of group rates around their parent's rate, minus
    the binomial noise, estimates p(1-p)/(s+1). Clamped to [2, 50] so that a group never
    fully ignores, nor is fully ignored by, its own history when there is little to judge.
    """
    n = np.asarray(trials, dtype=float)
    k = np.asarray(successes, dtype=float)
    p = np.clip(np.asarray(parents, dtype=float), 0.02, 0.98)
    if len(n) < 5:
        return 10.0
    spread = float(np.sum(n * (k / n - p) ** 2) / np.sum(n))
    noise = float(np.sum(p * (1 - p)) / np.sum(n))  # E[n(r-p)^2]/sum(n) under no effect
    between = spread - noise
    if between <= 1e-6:
        return 50.0
    return float(np.clip(float(np.mean(p * (1 - p))) / between - 1.0, 2.0, 50.0))


def _shrink(k: float, n: float, prior: float, strength: float) -> float:
    return (k + strength * prior) / (n + strength)


def design_effects(outcomes: Iterable[Outcome]) -> dict[tuple[str, int], float]:
    """Per (source, horizon), how many outcomes are worth one independent outcome.

    Outcomes of one round move together: when the stock market falls, most yfinance
    questions of that round resolve NO at once. The intra-round correlation ρ is estimated
    per source from the spread of (round, horizon) hit rates around each horizon's mean, net
    of binomial noise. Rounds two weeks apart with a 90-day horizon also share most of their
    window, so a horizon h spanning D days of due dates has about D/h + 1 independent rounds.
    The design effect is 1 + (m - 1)ρ with m the outcomes per independent round; counts
    divided by it are honest evidence for source-wide rates and model weights.
    """
    cells: dict[tuple[str, int, date], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for o in outcomes:
        cell = cells[(o.source, o.horizon, o.round)]
        cell[0] += o.value
        cell[1] += 1.0
    by_horizon: dict[tuple[str, int], list[tuple[date, float, float]]] = defaultdict(list)
    for (source, h, rnd), (k, n) in cells.items():
        by_horizon[(source, h)].append((rnd, k, n))
    spread: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for (source, _), rows in by_horizon.items():
        p = sum(k for _, k, _ in rows) / sum(n for _, _, n in rows)
        acc = spread[source]
        for _, k, n in rows:
            acc[0] += n * (k / n - p) ** 2  # observed spread of round rates
            acc[1] += p * (1 - p)  # what binomial noise alone would give
            acc[2] += n * p * (1 - p)  # scale, so that ρ is a correlation
    rho = {
        source: float(np.clip((obs - noise) / total, 0.0, 1.0)) if total > 0 else 0.0
        for source, (obs, noise, total) in spread.items()
    }
    effects = {}
    for (source, h), rows in by_horizon.items():
        span = (max(r for r, _, _ in rows) - min(r for r, _, _ in rows)).days
        independent = min(len(rows), span / h + 1.0)
        per_round = sum(n for _, _, n in rows) / independent
        effects[(source, h)] = 1.0 + (per_round - 1.0) * rho[source]
    return effects


class BaseRates:
    """Hierarchical Beta-shrunk base rates fitted on known outcomes.

    Levels, each shrunk toward its parent: (source, horizon) → (family, horizon);
    (family) → (question); (question) → (question, horizon), with the question level
    centred on its family's horizon rate so horizon effects carry through. Source- and
    family-wide counts are divided by the source's design effect (see
    :func:`design_effects`), since a round's outcomes are not independent draws.
    """

    def __init__(self, outcomes: Sequence[Outcome]) -> None:
        self._counts: dict[tuple[str, ...], list[float]] = defaultdict(lambda: [0.0, 0.0])
        self._family: dict[tuple[str, str], str] = {}
        self.design_effect = design_effects(outcomes)
        for o in outcomes:
            self._family[(o.source, o.id)] = o.family
            h = str(o.horizon)
            for level in (
                ("s", o.source),
                ("sh", o.source, h),
                ("f", o.source, o.family),
                ("fh", o.source, o.family, h),
                ("q", o.source, o.id),
                ("qh", o.source, o.id, h),
            ):
                cell = self._counts[level]
                cell[0] += o.value
                cell[1] += 1.0
        for level, cell in self._counts.items():
            if level[0] in ("sh", "fh"):
                effect = self.design_effect[(level[1], int(level[-1]))]
            elif level[0] == "s":
                effect = max(v for (src, _), v in self.design_effect.items() if src == level[1])
            else:
                continue
            cell[0] /= effect
            cell[1] /= effect
        self._strength: dict[tuple[str, str], float] = {}
        groups: dict[tuple[str, str], tuple[list[float], list[float], list[float]]] = defaultdict(
            lambda: ([], [], [])
        )
        for level, (k, n) in self._counts.items():
            kind, source = level[0], level[1]
            if kind == "fh":
                parent = self._raw("sh", source, level[3])
            elif kind == "q":
                parent = self._raw("f", source, self._family[(source, level[2])])
            elif kind == "qh":
                parent = self._raw("q", source, level[2])
            else:
                continue
            ks, ns, ps = groups[(kind, source)]
            ks.append(k)
            ns.append(n)
            ps.append(parent)
        for key, (ks, ns, ps) in groups.items():
            self._strength[key] = beta_strength(ks, ns, ps)

    def _raw(self, *level: str) -> float:
        k, n = self._counts.get(tuple(level), (0.0, 0.0))
        return (k + 1.0) / (n + 2.0)

    def count(self, *level: str) -> tuple[float, float]:
        k, n = self._counts.get(tuple(level), (0.0, 0.0))
        return k, n

    def rates(self, source: str, qid: str, family: str, horizon: int) -> dict[str, float]:
        """Shrunk rates of the question's family and of the question itself at ``horizon``."""
        h = str(horizon)
        k, n = self.count("sh", source, h)
        if n == 0:  # an unseen horizon: borrow the source's rate over all horizons
            k, n = self.count("s", source)
        source_rate = _shrink(k, n, 0.5, 2.0)
        k, n = self.count("fh", source, family, h)
        family_rate = _shrink(k, n, source_rate, self._strength.get(("fh", source), 10.0))
        # the question's all-horizon record, judged against its family's all-horizon rate
        k_f, n_f = self.count("f", source, family)
        family_all = _shrink(k_f, n_f, source_rate, 2.0)
        k, n = self.count("q", source, qid)
        question_all = _shrink(k, n, family_all, self._strength.get(("q", source), 10.0))
        question_rate = sigmoid(logit(family_rate) + logit(question_all) - logit(family_all))
        k, n = self.count("qh", source, qid, h)
        horizon_rate = _shrink(k, n, question_rate, self._strength.get(("qh", source), 10.0))
        return {"family": family_rate, "question_horizon": horizon_rate}


@dataclass(frozen=True)
class FreezePoint:
    """One freeze value of a series as shown in a round's question set."""

    at: date
    value: float


SEASON_PEAK_DAY = 200  # day of year of the northern summer peak of daily temperature (~19 July)


def _seasonal_fit(points: Sequence[FreezePoint]) -> tuple[np.ndarray, float] | None:
    """Annual temperature cycle ``m + a cos + b sin`` through a series' freeze values.

    Temperature series (DBnomics stations) warm in spring and cool in autumn, and a
    station's cycle shows in its own freeze values across rounds. Repeated values are a stale
    feed, not readings, and are dropped. With 8 readings over 120+ days the phase is fitted
    freely; with fewer (from 3 readings over 28+ days) the phase is fixed at the northern
    peak and only the amplitude is fitted: a southern station then gets a negative
    amplitude, a tropical one a small one. Returns (coef of m, cos, sin; residual sd).
    """
    fresh = [p for i, p in enumerate(points) if i == 0 or p.value != points[i - 1].value]
    if len(fresh) < 3 or (fresh[-1].at - fresh[0].at).days < 28:
        return None
    t = np.array([p.at.toordinal() for p in fresh], dtype=float) * (2 * math.pi / 365.25)
    values = np.array([p.value for p in fresh])
    if len(fresh) >= 8 and (fresh[-1].at - fresh[0].at).days >= 120:
        design = np.column_stack([np.ones_like(t), np.cos(t), np.sin(t)])
        coef, *_ = np.linalg.lstsq(design, values, rcond=None)
    else:
        peak = date(2001, 1, 1).toordinal() + SEASON_PEAK_DAY - 1
        phase = peak * (2 * math.pi / 365.25)
        design = np.column_stack([np.ones_like(t), np.cos(t - phase)])
        (m, a), *_ = np.linalg.lstsq(design, values, rcond=None)
        coef = np.array([m, a * math.cos(phase), a * math.sin(phase)])
        design = np.column_stack([np.ones_like(t), np.cos(t), np.sin(t)])
    resid = values - design @ coef
    # a curve through a handful of points can fit them too well: never claim under 1 °C noise
    sd = max(float(np.sqrt(np.sum(resid**2) / max(len(fresh) - 2, 1))), 1.0)
    return coef, sd


def _seasonal(coef: np.ndarray, day: date) -> float:
    t = day.toordinal() * (2 * math.pi / 365.25)
    return float(coef[0] + coef[1] * math.cos(t) + coef[2] * math.sin(t))


def dataset_features(
    *,
    source: str,
    family: str,
    horizon: int,
    due: date,
    freeze_value: float | None,
    rates: dict[str, float],
    recent: Sequence[Outcome],
    freezes: Sequence[FreezePoint],
) -> dict[str, float]:
    """Features of one (dataset question, horizon), all known before ``due``.

    ``recent`` are the question's own known outcomes (any horizon, oldest first) and
    ``freezes`` its freeze values in this and earlier rounds (oldest first). Every feature is
    on a log-odds-like scale so that :data:`PRIOR_WEIGHTS` can say what it is worth a priori.
    """
    if source == "dbnomics":
        fit = _seasonal_fit(freezes)
        if fit is not None:
            # Once a station's cycle is known, the season is the whole forecast: the weather
            # of one round moves every French station together, so a station's past outcomes,
            # trends and freeze anomaly are that round's weather, not the station's habit
            # (keeping them cost 0.008 Brier on dbnomics in the DEV rounds).
            coef, sd = fit
            later = due + timedelta(days=horizon)
            # difference of two days' anomalies has sd ≈ sd·√2
            seasonal = (_seasonal(coef, later) - _seasonal(coef, due)) / (sd * math.sqrt(2))
            return {"bias": 1.0, "seasonal": seasonal}
    if source == "yfinance":
        # One stock's past moves say nothing of its next one beyond the market's drift, and
        # a round's stocks rise and fall together: the source's rate at this horizon, its
        # counts discounted by that correlation (see :func:`design_effects`), is all there is.
        return {"base_rate": logit(rates["family"])}
    if family == "wikipedia:fide_rank":
        return _fide_features(due, horizon, freeze_value)
    short = 1.0 if horizon <= 7 else 0.0
    f: dict[str, float] = {
        "base_rate": logit(rates["question_horizon"]),
        "log_horizon": math.log(horizon / 30.0),
    }
    last_same = [o for o in recent if o.horizon == horizon]
    if recent:
        f["last_outcome"] = 2 * recent[-1].value - 1
    if last_same:
        f["last_outcome_same_horizon"] = 2 * last_same[-1].value - 1
    values = [p.value for p in freezes]
    moves = [b - a for a, b in zip(values, values[1:], strict=False)]
    if moves:
        ups = sum(m > 0 for m in moves)
        downs = sum(m < 0 for m in moves)
        f["trend"] = logit((ups + 1) / (ups + downs + 2))
        f["stale_short"] = short * (len(moves) - ups - downs + 0.5) / (len(moves) + 1)
        scale = float(np.mean([abs(m) for m in moves if m])) if ups + downs else 0.0
        if scale:
            f["recent_trend"] = float(np.clip(sum(moves[-3:]) / scale, -3, 3))
    if source in ("acled", "wikipedia") and freeze_value is not None:
        f[f"log_value:{family_kind(family)}"] = math.copysign(
            math.log1p(abs(freeze_value)), freeze_value
        )
    return f


def _fide_features(due: date, horizon: int, rank: float | None) -> dict[str, float]:
    """A FIDE ranking question ("as high or higher on the resolution date") turns on whether
    a monthly list comes out before then. With none the ranking cannot move and the question
    resolves yes; with one, players near the top hold their place more often than those
    further down (in the DEV files, after one new list, 70% of those ranked 2 to 12 held
    against 56% of those below, and the world number one always). The question's own record
    mixes both cases, so it is left out: these features alone say it, each case with its
    own intercept."""
    later = due + timedelta(days=horizon)
    lists = (later.year - due.year) * 12 + later.month - due.month
    if lists == 0:
        return {"fide_no_new_list": 1.0}
    f = {"fide_new_list": 1.0}
    if rank is not None and rank > 0:
        f["fide_log_rank"] = math.log(rank)
        f["fide_first"] = 1.0 if rank == 1 else 0.0
    return f


# What a feature is worth before any data: the base rate is taken at face value, a seasonal
# shift of z noise-sds is worth logit(Φ(z)) ≈ 1.7·z, a FIDE ranking that no new list can
# move holds (logit 3 ≈ 19 in 20, leaving room for edits to the Wikipedia table), everything
# else must earn its weight. (A prior of 0 for the FIDE case had scored 0.182 on the
# validation rounds' FIDE questions, 3 scores 0.175.)
PRIOR_WEIGHTS = {"base_rate": 1.0, "seasonal": 1.7, "fide_no_new_list": 3.0}


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    prior_mean: np.ndarray,
    precision: np.ndarray,
    weights: np.ndarray | None = None,
    iterations: int = 50,
) -> np.ndarray:
    """MAP logistic regression with a Gaussian prior N(prior_mean, 1/precision) per weight.

    Newton-Raphson on the penalised log-likelihood. Unlike an L2 penalty toward zero, the
    prior can say "take the base rate as it is": with no data the fit returns
    ``prior_mean``, with much data the data win. ``x`` must include any intercept column.
    """
    w = prior_mean.astype(float).copy()
    s = np.ones(len(y)) if weights is None else weights
    eye = np.diag(precision)

    def loss(v: np.ndarray) -> float:
        z = np.clip(x @ v, -30, 30)
        nll = np.sum(s * (np.logaddexp(0.0, z) - y * z))
        return float(nll + 0.5 * np.sum(precision * (v - prior_mean) ** 2))

    current = loss(w)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (s * (p - y)) + precision * (w - prior_mean)
        hess = (x * (s * p * (1 - p))[:, None]).T @ x + eye
        step = np.linalg.solve(hess, grad)
        # a full Newton step can overshoot when the start is far off; halve it until the
        # penalised loss falls
        for _ in range(30):
            trial = loss(w - step)
            if trial <= current:
                break
            step = step / 2
        w = w - step
        current = trial
        if float(np.max(np.abs(step))) < 1e-6:
            break
    return w


@dataclass
class _SourceFit:
    names: list[str]
    weights: np.ndarray


class DatasetModel:
    """Per-source Bayesian logistic regression on :func:`dataset_features`.

    Each weight has a Gaussian prior centred on :data:`PRIOR_WEIGHTS` (0 for the rest) with
    the given ``precision``; a source with no known outcomes, or a feature no known outcome
    had, keeps the prior weight: the shrunk base rate and, for temperatures, the season.
    """

    def __init__(self, precision: float = 5.0) -> None:
        self.precision = precision
        self._fits: dict[str, _SourceFit] = {}

    def fit(
        self,
        sources: Sequence[str],
        features: Sequence[dict[str, float]],
        outcomes: Sequence[float],
        weights: Sequence[float] | None = None,
    ) -> DatasetModel:
        grouped: dict[str, list[int]] = defaultdict(list)
        for i, source in enumerate(sources):
            grouped[source].append(i)
        for source, idx in grouped.items():
            names = sorted({name for i in idx for name in features[i]})
            x = np.array([[features[i].get(n, 0.0) for n in names] for i in idx])
            y = np.array([outcomes[i] for i in idx], dtype=float)
            s = None if weights is None else np.array([weights[i] for i in idx])
            prior = np.array([PRIOR_WEIGHTS.get(n, 0.0) for n in names])
            precision = np.full(len(names), self.precision)
            self._fits[source] = _SourceFit(names, fit_logistic(x, y, prior, precision, s))
        return self

    def contributions(self, source: str, features: dict[str, float]) -> list[Contribution]:
        """Log-odds terms that sum to the model's forecast for one item."""
        fit = self._fits.get(source)
        fitted = dict(zip(fit.names, fit.weights, strict=True)) if fit else {}
        terms = []
        for name, value in features.items():
            if name in fitted:
                w, how = float(fitted[name]), f"x{fitted[name]:.2f}"
            else:
                w, how = PRIOR_WEIGHTS.get(name, 0.0), "at its prior weight"
            if w * value:
                terms.append(Contribution("prior", w * value, f"{name} {how}"))
        return terms

    def log_odds(self, source: str, features: dict[str, float]) -> float:
        return sum(c.log_odds for c in self.contributions(source, features))
