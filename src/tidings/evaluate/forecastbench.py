"""Rolling, strictly point-in-time evaluation of the statistical forecaster on ForecastBench.

For every round R (oldest first) the models are refitted on what was known before R's
forecast due date, and nothing else:

* outcomes: only *resolved* rows whose ``resolution_date`` is strictly before R's due date
  (an unresolved market row carries a later market value and is never used);
* questions and freeze values of earlier rounds, and R's own freeze values (known at freeze);
* the calibration map: out-of-sample forecasts of earlier rounds whose outcomes are dated
  before R's due date. On the validation rounds (the six before the last six) a Platt map
  made things worse, so ``model`` is uncalibrated by default and ``model_platt`` reports
  the calibrated variant from the same run.

:func:`check_point_in_time` enforces the date rule on every training set and raises
:class:`PointInTimeError` on a violation. Scoring follows the leaderboard: resolved dataset
(question, horizon) pairs and resolved market questions, Brier score, overall = mean of the
dataset and market Brier. Unlike the leaderboard, the means are plain: no difficulty
adjustment (that needs other forecasters' forecasts on the same questions).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.evaluate.scoring import (
    ReliabilityBin,
    brier,
    log_score,
    plot_reliability,
    reliability_table,
)
from tidings.forecast.calibration import Calibrator
from tidings.forecast.market import MarketModel, MarketSnapshot
from tidings.forecast.prior import (
    BaseRates,
    DatasetModel,
    FreezePoint,
    Outcome,
    dataset_features,
    design_effects,
    question_family,
    sigmoid,
)
from tidings.questions.forecastbench import FBQuestion, FBRound, load_rounds

METHODS = (
    "model",
    "model_platt",
    "always_0.5",
    "imputed",
    "reference",
    "base_rate",
    "freeze_value",
    "extremized_freeze",
)
METHOD_NOTES = {
    "model": "Bayesian feature model on base rates (dataset), market model (market), "
    "with the calibration chosen by the `calibration` argument",
    "model_platt": "the same with a self-checked Platt map per kind (dataset, market)",
    "always_0.5": "0.5 everywhere",
    "imputed": "leaderboard's Imputed Forecaster: freeze value (market), 0.5 (dataset)",
    "reference": "the simple references together: base_rate (dataset), freeze_value (market)",
    "base_rate": "dataset only: per-(question, horizon) rate of earlier outcomes, shrunk to "
    "the source x horizon rate with weight 2",
    "freeze_value": "market only: the freeze value alone",
    "extremized_freeze": "market only: logit(p)*a + b fitted on past rounds",
}
# Prior precision of the dataset model's weights, chosen on the validation rounds (the six
# before the last six) from 3, 4, 5, 7 and 10: 7 scored 0.15012 there, 5 scored 0.15014 —
# a tie in all but name, so read it as "about 5 to 7", not as a tuned optimum.
DATASET_PRECISION = 7.0
ItemKey = tuple[date, str, str, int | None]  # round, source, id, horizon (None: market)
SCORING_NOTE = (
    "Brier on resolved dataset (question, horizon) pairs and resolved market questions; "
    "overall = mean of dataset and market Brier. Plain means: no difficulty adjustment, "
    "so figures are not directly comparable to the leaderboard's adjusted scores."
)


class PointInTimeError(TidingsError):
    """A training row would use information dated on or after the round's due date."""

    def __init__(self, due: date, what: str, seen: date) -> None:
        super().__init__(
            f"round {due}: {what} dated {seen} is not strictly before the due date; "
            "this would leak the future into the forecast (a bug: please report it)"
        )
        self.due = due
        self.seen = seen


def check_point_in_time(dates: Iterable[date], due: date, what: str) -> date | None:
    """Raise :class:`PointInTimeError` if any date is on or after ``due``; return the latest."""
    latest: date | None = None
    for d in dates:
        if d >= due:
            raise PointInTimeError(due, what, d)
        latest = d if latest is None or d > latest else latest
    return latest


@dataclass(frozen=True)
class _Item:
    """One forecastable item of a round with what the walk needs to train and score."""

    round: date
    source: str
    id: str
    horizon: int | None  # None for market questions
    outcome: float | None  # None: no resolved row anywhere
    resolution_date: date | None
    scored: bool  # resolved in the round's own resolution set
    features: dict[str, float] = field(default_factory=dict)
    snapshot: MarketSnapshot | None = None
    reference: float = 0.5  # the simple base rate (dataset items)

    @property
    def is_market(self) -> bool:
        return self.snapshot is not None

    @property
    def key(self) -> ItemKey:
        return (self.round, self.source, self.id, self.horizon)


@dataclass(frozen=True)
class ScoredItem:
    """A scored item with every method's probability for it."""

    round: date
    source: str
    id: str
    horizon: int | None
    outcome: float
    forecasts: dict[str, float]

    @property
    def kind(self) -> str:
        return "dataset" if self.horizon is not None else "market"


@dataclass(frozen=True)
class RoundFit:
    """What was fitted for one round: sizes and the latest outcome date it saw."""

    round: date
    n_dataset_train: int
    n_market_train: int
    n_calibration: int
    latest_outcome_date: date | None
    calibration: str


@dataclass(frozen=True)
class Score:
    """Brier and log score (mean negative log-likelihood) over n items."""

    n: int
    brier: float
    log_score: float


@dataclass
class ForecastBenchReport:
    """Scores of the model and baselines over the scored rounds."""

    rounds_scored: list[date]
    items: list[ScoredItem]
    fits: list[RoundFit]
    seconds: float
    skipped: list[str] = field(default_factory=list)  # inputs left out, and why

    def score(self, method: str, **where: Any) -> Score | None:
        """Score of ``method`` over items matching ``where`` (kind, source, horizon, round)."""
        rows = [
            i
            for i in self.items
            if method in i.forecasts and all(getattr(i, k) == v for k, v in where.items())
        ]
        if not rows:
            return None
        p = [i.forecasts[method] for i in rows]
        y = [i.outcome for i in rows]
        return Score(len(rows), brier(p, y), log_score(p, y))

    def overall(self, method: str, **where: Any) -> float | None:
        parts = [self.score(method, kind=k, **where) for k in ("dataset", "market")]
        if parts[0] is None or parts[1] is None:
            return None
        return (parts[0].brier + parts[1].brier) / 2

    def reliability(self, method: str, kind: str | None = None) -> list[ReliabilityBin]:
        """Reliability table of ``method`` over all items, or one kind of them."""
        rows = [i for i in self.items if method in i.forecasts and kind in (None, i.kind)]
        if not rows:
            return []
        return reliability_table([i.forecasts[method] for i in rows], [i.outcome for i in rows])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: per method overall, dataset, market, per source/horizon/round."""

        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 5)

        def s(score: Score | None) -> dict[str, float | None] | None:
            return None if score is None else {k: r(v) for k, v in asdict(score).items()}

        sources = sorted({i.source for i in self.items})
        horizons = sorted({i.horizon for i in self.items if i.horizon is not None})
        methods = {}
        for m in METHODS:
            methods[m] = {
                "note": METHOD_NOTES[m],
                "overall": r(self.overall(m)),
                "dataset": s(self.score(m, kind="dataset")),
                "market": s(self.score(m, kind="market")),
                "by_source": {src: s(self.score(m, source=src)) for src in sources},
                "by_horizon_days": {str(h): s(self.score(m, horizon=h)) for h in horizons},
                "by_round": {
                    str(d): {
                        "overall": r(self.overall(m, round=d)),
                        "dataset": s(self.score(m, kind="dataset", round=d)),
                        "market": s(self.score(m, kind="market", round=d)),
                    }
                    for d in self.rounds_scored
                },
            }
        return {
            "rounds_scored": [str(d) for d in self.rounds_scored],
            "scoring": SCORING_NOTE,
            "n": {
                "dataset": sum(i.kind == "dataset" for i in self.items),
                "market": sum(i.kind == "market" for i in self.items),
            },
            "methods": methods,
            "leak_guard": [
                {k: str(v) if isinstance(v, date) else v for k, v in asdict(f).items()}
                for f in self.fits
            ],
            "seconds": round(self.seconds, 2),
            "skipped": self.skipped,
        }


def _dataset_outcomes(rounds: Sequence[FBRound]) -> list[Outcome]:
    """Every resolved dataset outcome, tagged with its question family."""
    out = []
    for rnd in rounds:
        questions = {q.key: q for q in rnd.questions}
        for r in rnd.resolutions:
            q = questions.get(r.key)
            if r.is_market or not r.resolved or q is None:
                continue
            family, horizon = (
                question_family(r.source, q.question),
                q.horizon_days(r.resolution_date),
            )
            out.append(
                Outcome(r.source, r.id, family, horizon, rnd.due, r.resolution_date, r.resolved_to)
            )
    return sorted(out, key=lambda o: o.resolution_date)


def _market_outcomes(rounds: Sequence[FBRound]) -> dict[tuple[str, str], tuple[date, float]]:
    """Resolved market outcomes by question, at the earliest date any resolution set gives."""
    out: dict[tuple[str, str], tuple[date, float]] = {}
    for rnd in rounds:
        for r in rnd.resolutions:
            known = out.get(r.key)
            if r.is_market and r.resolved and (known is None or r.resolution_date < known[0]):
                out[r.key] = (r.resolution_date, r.resolved_to)
    return out


def _round_items(
    rnd: FBRound,
    known: Sequence[Outcome],
    freezes: dict[tuple[str, str], list[FreezePoint]],
    market_outcomes: dict[tuple[str, str], tuple[date, float]],
) -> list[_Item]:
    """Features of one round's items, from outcomes known before its due date only."""
    rates = BaseRates(known)
    recent: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in known:  # already sorted by resolution date
        recent[(o.source, o.id)].append(o)
    questions: dict[tuple[str, str], FBQuestion] = {q.key: q for q in rnd.questions}
    items: list[_Item] = []
    for r in rnd.resolutions:
        q = questions.get(r.key)
        if q is None or q.is_market or not r.resolved:
            continue
        horizon = q.horizon_days(r.resolution_date)
        family = question_family(q.source, q.question)
        level = rates.rates(q.source, q.id, family, horizon)
        feats = dataset_features(
            source=q.source,
            family=family,
            horizon=horizon,
            due=rnd.due,
            freeze_value=q.freeze_value,
            rates=level,
            recent=recent[q.key],
            freezes=freezes.get(q.key, []),
        )
        # the simple reference: the question's own rate, with 2 pseudo-outcomes at the source's
        k, n = rates.count("qh", q.source, q.id, str(horizon))
        k_s, n_s = rates.count("sh", q.source, str(horizon))
        ref = (k + 2 * (k_s / n_s if n_s else 0.5)) / (n + 2)
        row = (rnd.due, q.source, q.id, horizon, r.resolved_to, r.resolution_date, True)
        items.append(_Item(*row, features=feats, reference=ref))
    own = {r.key: r for r in rnd.resolutions if r.is_market and r.resolved}
    for q in rnd.questions:
        if not q.is_market or q.freeze_value is None:
            continue
        close = q.market_close.date() if q.market_close else None
        snap = MarketSnapshot(q.source, q.freeze_value, q.freeze_datetime.date(), rnd.due, close)
        # the label may come from any resolution set; it is only used once its date passed
        when, value = market_outcomes.get(q.key, (None, None))
        if q.key in own:
            when, value = own[q.key].resolution_date, own[q.key].resolved_to
        items.append(_Item(rnd.due, q.source, q.id, None, value, when, q.key in own, snapshot=snap))
    return items


def _fit_and_forecast(
    rnd: FBRound,
    items: list[_Item],
    past: Sequence[_Item],
    raw: dict[ItemKey, float],
    calibration: str,
    dataset_precision: float,
    market_precision: float,
) -> tuple[dict[ItemKey, dict[str, float]], RoundFit]:
    """Fit every model on ``past`` items known before the due date; forecast ``items``."""
    due = rnd.due
    train = [
        i
        for i in past
        if i.outcome is not None and i.resolution_date is not None and i.resolution_date < due
    ]
    latest = check_point_in_time(
        (i.resolution_date for i in train if i.resolution_date), due, "a training outcome"
    )
    check_point_in_time((i.round for i in train), due, "a training question's round")
    d_train = [i for i in train if not i.is_market]
    m_train = [i for i in train if i.is_market]
    effects = design_effects(
        Outcome(
            i.source, i.id, "", i.horizon or 0, i.round, i.resolution_date or due, i.outcome or 0.0
        )
        for i in d_train
    )
    dmodel = DatasetModel(precision=dataset_precision).fit(
        [i.source for i in d_train],
        [i.features for i in d_train],
        [i.outcome or 0.0 for i in d_train],
        [1.0 / effects[(i.source, i.horizon or 0)] for i in d_train],
    )
    snaps = [i.snapshot for i in m_train if i.snapshot]
    outcomes = [i.outcome or 0.0 for i in m_train]
    mmodel = MarketModel(precision=market_precision).fit(snaps, outcomes)
    extremize = MarketModel(names=("price",), precision=market_precision).fit(snaps, outcomes)
    # one Platt map per kind; each must beat the identity on its newest third to be used
    kinds: dict[str, list[_Item]] = defaultdict(list)
    for i in train:
        kinds["market" if i.is_market else "dataset"].append(i)
    platt = {
        kind: Calibrator.fit([raw[i.key] for i in rows], [i.outcome or 0.0 for i in rows])
        for kind, rows in kinds.items()
    }
    chosen = (
        platt
        if calibration == "platt"
        else {
            kind: Calibrator.fit(
                [raw[i.key] for i in rows], [i.outcome or 0.0 for i in rows], method=calibration
            )
            for kind, rows in kinds.items()
        }
    )
    forecasts: dict[ItemKey, dict[str, float]] = {}
    for item in items:
        if item.snapshot is None:
            kind, x = "dataset", dmodel.log_odds(item.source, item.features)
            f = {"base_rate": item.reference, "reference": item.reference, "imputed": 0.5}
        else:
            kind, x = "market", mmodel.log_odds(item.snapshot)
            f = {
                "freeze_value": item.snapshot.price,
                "imputed": item.snapshot.price,
                "reference": item.snapshot.price,
                "extremized_freeze": sigmoid(extremize.log_odds(item.snapshot)),
            }
        raw[item.key] = x
        f["model"] = chosen.get(kind, Calibrator()).probability(x)
        f["model_platt"] = platt.get(kind, Calibrator()).probability(x)
        f["always_0.5"] = 0.5
        forecasts[item.key] = f
    methods = ", ".join(f"{k}: {c.method}" for k, c in sorted(chosen.items()))
    return forecasts, RoundFit(due, len(d_train), len(m_train), len(train), latest, methods)


def evaluate_rounds(
    rounds: Sequence[FBRound],
    last_n: int = 6,
    *,
    calibration: str = "identity",
    dataset_precision: float = DATASET_PRECISION,
    market_precision: float = 1.0,
) -> ForecastBenchReport:
    """Walk ``rounds`` oldest first, refitting before each; score the last ``last_n``."""
    start = time.perf_counter()
    rounds = sorted(rounds, key=lambda r: r.due)
    if not rounds:
        raise TidingsError(
            "no rounds to evaluate: the data directory's question_sets/ holds no "
            "<date>-llm.json file; copy them from forecastbench-datasets"
        )
    if last_n < 1:
        raise TidingsError(f"cannot score the last {last_n} rounds: give 1 or more")
    if calibration not in ("identity", "platt", "isotonic"):
        raise ValueError(f"calibration {calibration!r}: use identity, platt or isotonic")
    outcomes = _dataset_outcomes(rounds)
    market_outcomes = _market_outcomes(rounds)
    freezes: dict[tuple[str, str], list[FreezePoint]] = defaultdict(list)
    past: list[_Item] = []
    raw: dict[ItemKey, float] = {}
    scored: list[ScoredItem] = []
    fits: list[RoundFit] = []
    # the last rounds that have resolutions: a newer round with none yet (its resolution set
    # not out) has nothing to score and must not push a scorable one out of the window
    scorable = [i for i, r in enumerate(rounds) if any(res.resolved for res in r.resolutions)]
    if not scorable:
        raise TidingsError(
            "no round has a resolved question yet, so there is nothing to score: add the "
            "rounds' resolution_sets/<date>_resolution_set.json files"
        )
    first_scored = scorable[-min(last_n, len(scorable))]
    last_scored = scorable[-1]
    for index, rnd in enumerate(rounds):
        for q in rnd.questions:  # this round's freeze values are known at freeze time
            if not q.is_market and q.freeze_value is not None:
                freezes[q.key].append(FreezePoint(q.freeze_datetime.date(), q.freeze_value))
        known = [o for o in outcomes if o.resolution_date < rnd.due]
        check_point_in_time((o.resolution_date for o in known), rnd.due, "a known outcome")
        items = _round_items(rnd, known, freezes, market_outcomes)
        forecasts, fit = _fit_and_forecast(
            rnd, items, past, raw, calibration, dataset_precision, market_precision
        )
        fits.append(fit)
        if first_scored <= index <= last_scored:
            scored += [
                ScoredItem(i.round, i.source, i.id, i.horizon, i.outcome, forecasts[i.key])
                for i in items
                if i.scored and i.outcome is not None
            ]
        past += items
    return ForecastBenchReport(
        rounds_scored=[r.due for r in rounds[first_scored : last_scored + 1]],
        items=scored,
        fits=fits[first_scored : last_scored + 1],
        seconds=time.perf_counter() - start,
        skipped=[note for r in rounds for note in r.skipped],
    )


def evaluate_forecastbench(
    data_dir: Path,
    last_n: int = 6,
    *,
    calibration: str = "identity",
    dataset_precision: float = DATASET_PRECISION,
    market_precision: float = 1.0,
) -> ForecastBenchReport:
    """Load ``data_dir`` (laid out like forecastbench-datasets) and evaluate point-in-time.

    Every round is refitted on what was known before its due date; the last ``last_n``
    rounds by due date are scored.
    """
    return evaluate_rounds(
        load_rounds(data_dir),
        last_n,
        calibration=calibration,
        dataset_precision=dataset_precision,
        market_precision=market_precision,
    )


def write_reliability_diagram(report: ForecastBenchReport, path: Path) -> Path:
    """Plot the model's reliability on dataset and market items, with the reference methods."""
    tables = {
        "model, dataset": report.reliability("model", "dataset"),
        "base rate, dataset": report.reliability("base_rate", "dataset"),
        "model, market": report.reliability("model", "market"),
        "freeze value, market": report.reliability("freeze_value", "market"),
    }
    rounds = f"{report.rounds_scored[0]} to {report.rounds_scored[-1]}"
    return plot_reliability(tables, path, title=f"ForecastBench, rounds {rounds}")
