"""Fitting and scoring the news model on resolved news-linked questions, point in time.

Each resolved question is forecast on a few dates inside its window (a quarter, half and
three quarters of the way through), from documents published before each date only. Three
weights of :class:`~tidings.forecast.engine.NewsWeights` are then fitted by Bayesian
logistic regression with the prior term as a fixed offset: the scale of the evidence sum,
the worth of an on-topic event already inside the window, and the weight of the time term.
None goes below 0: an event that happened cannot make it less likely to have happened,
reports of the question's events cannot argue against them, and time left cannot make the
event likelier. The time term assumes the event has not happened yet, which the news can
only partly tell; its weight says how far that assumption holds. Their priors are centred
on the hand-set values, so few questions leave them near those. A free intercept absorbs
the labelled set's own share of YES, which says how the set was written, not how questions
resolve; it is not shipped, since in use the base rate comes from the store's resolved
questions. Scores are leave-one-question-out: a question's forecasts are scored with
weights fitted on the others; ``no_news`` (prior, time term with its own fitted weight, and
intercept, whatever the news says) shows what the news adds, ``hand_set_with_intercept``
what the hand-set weights do on the same footing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from tidings.evaluate.scoring import brier, log_score
from tidings.forecast.engine import EvidenceItems, NewsWeights, last_deadline, news_inputs
from tidings.forecast.prior import fit_logistic, sigmoid
from tidings.models import Outcome, Question

FRACTIONS = (0.25, 0.5, 0.75)
# Gaussian prior on (evidence_scale, occurred_in_window, time_weight, prior, intercept):
# centred on the hand-set values with one unit of sd on the scale and the time weight and two
# on the occurred term; the prior's weight pinned at 1; the intercept nearly free.
PRIOR_MEAN = np.array([1.0, 4.0, 1.0, 1.0, 0.0])
PRIOR_PRECISION = np.array([1.0, 0.25, 1.0, 1e6, 0.01])
FIXED = 1e6  # precision that pins a weight at its prior mean
NON_NEGATIVE = (0, 1, 2)  # reports, an event that happened and time never argue backwards


@dataclass(frozen=True)
class NewsCase:
    """One (question, as-of date) forecast's inputs and the question's outcome."""

    question_id: str
    as_of: date
    outcome: float
    prior: float  # base-rate log-odds
    time: float  # hazard term's log-odds; it stands aside when an event already occurred
    evidence: float  # capped evidence sum before scaling
    occurred: float  # 1 when an on-topic event already happened inside the window

    def features(self) -> list[float]:
        """The inputs the weights multiply, in :data:`PRIOR_MEAN` order."""
        waiting = 0.0 if self.occurred else self.time
        return [self.evidence, self.occurred, waiting, self.prior, 1.0]

    def log_odds(self, weights: NewsWeights, intercept: float = 0.0) -> float:
        return (
            self.prior
            + (0.0 if self.occurred else weights.time_weight * self.time)
            + weights.evidence_scale * self.evidence
            + weights.occurred_in_window * self.occurred
            + intercept
        )

    def no_news(self, time_weight: float, intercept: float = 0.0) -> float:
        """The same forecast had the news said nothing: prior and time terms."""
        return self.prior + time_weight * self.time + intercept


@dataclass(frozen=True)
class NewsFit:
    """Fitted weights on all cases and leave-one-question-out scores against baselines."""

    weights: NewsWeights
    intercept: float  # the labelled set's own lean toward YES, not shipped
    questions: int
    cases: int
    scores: dict[str, dict[str, float]]  # method -> brier, log_score


def news_cases(
    questions: Sequence[Question],
    evidence_for: Callable[[Question, date], EvidenceItems],
    fractions: Sequence[float] = FRACTIONS,
) -> list[NewsCase]:
    """The inputs of every resolved question's forecasts on dates inside its window.

    ``evidence_for(question, as_of)`` must see only documents published before ``as_of``
    (``Desk.evidence_for`` does); base rates see only questions resolved before it.
    """
    resolved = [q for q in questions if q.outcome in (Outcome.YES, Outcome.NO)]
    cases = []
    for q in resolved:
        deadline = last_deadline(q)
        if q.open_date is None or deadline is None or deadline <= q.open_date:
            continue
        span = (deadline - q.open_date).days
        for share in fractions:
            as_of = q.open_date + timedelta(days=max(1, round(span * share)))
            inputs = news_inputs(q, as_of, evidence_for(q, as_of), resolved)
            cases.append(
                NewsCase(
                    q.id,
                    as_of,
                    1.0 if q.outcome is Outcome.YES else 0.0,
                    inputs.prior.log_odds,
                    inputs.time(q, deadline, as_of).log_odds,
                    inputs.evidence_total,
                    1.0 if inputs.occurred is not None else 0.0,
                )
            )
    return cases


def _fit(rows: list[list[float]], outcomes: list[float], free: Sequence[int]) -> np.ndarray:
    """MAP weights of ``rows`` with the weights not in ``free`` pinned at their prior means,
    none of :data:`NON_NEGATIVE` below 0."""
    x, y = np.array(rows), np.array(outcomes)
    mean, precision = PRIOR_MEAN.copy(), PRIOR_PRECISION.copy()
    for i in range(len(mean)):
        if i not in free:
            precision[i] = FIXED
    w = fit_logistic(x, y, mean, precision, iterations=100)
    while negative := [i for i in NON_NEGATIVE if w[i] < 0 and precision[i] != FIXED]:
        # the loss is convex: the best non-negative value of a weight that went below 0 is 0
        for i in negative:
            mean[i], precision[i] = 0.0, FIXED
        w = fit_logistic(x, y, mean, precision, iterations=100)
    return w


def fit_weights(cases: Sequence[NewsCase], fitted_on: str) -> tuple[NewsWeights, float]:
    """MAP fit of the evidence scale, the occurred term and the time weight on ``cases``,
    with the intercept; none of the three below 0."""
    if not cases:
        return NewsWeights(), 0.0
    w = _fit([c.features() for c in cases], [c.outcome for c in cases], (0, 1, 2, 4))
    # + 0.0 turns a -0.0 into 0.0
    evidence, occurred, time = (round(float(v), 3) + 0.0 for v in w[:3])
    return NewsWeights(evidence, occurred, fitted_on, time), float(w[4])


def _no_news_fit(cases: Sequence[NewsCase]) -> tuple[float, float]:
    """The time weight and intercept fitted with the news left out."""
    rows = [[0.0, 0.0, c.time, c.prior, 1.0] for c in cases]
    w = _fit(rows, [c.outcome for c in cases], (2, 4))
    return float(w[2]), float(w[4])


def _intercept_for(cases: Sequence[NewsCase], weights: NewsWeights) -> float:
    """The intercept alone, fitted with the news held at ``weights``."""
    rows = [[0.0, 0.0, 0.0, c.log_odds(weights), 1.0] for c in cases]
    return float(_fit(rows, [c.outcome for c in cases], (4,))[4])


def evaluate_news(cases: Sequence[NewsCase], fitted_on: str) -> NewsFit:
    """Fit on all cases; score hand-set, fitted (leave one question out) and baselines."""
    by_question: dict[str, list[NewsCase]] = {}
    for c in cases:
        by_question.setdefault(c.question_id, []).append(c)
    hand = NewsWeights()
    methods = ("fitted_loo", "no_news", "hand_set_with_intercept", "hand_set", "prior_time")
    forecasts: dict[str, list[float]] = {m: [] for m in methods}
    outcomes: list[float] = []
    for qid, own in by_question.items():
        others = [c for c in cases if c.question_id != qid]
        loo, intercept = fit_weights(others, "leave one out")
        time_weight, base = _no_news_fit(others) if others else (1.0, 0.0)
        hand_base = _intercept_for(others, hand) if others else 0.0
        for c in own:
            forecasts["fitted_loo"].append(sigmoid(c.log_odds(loo, intercept)))
            forecasts["no_news"].append(sigmoid(c.no_news(time_weight, base)))
            forecasts["hand_set_with_intercept"].append(sigmoid(c.log_odds(hand, hand_base)))
            forecasts["hand_set"].append(sigmoid(c.log_odds(hand)))
            forecasts["prior_time"].append(sigmoid(c.no_news(1.0)))
            outcomes.append(c.outcome)
    forecasts["always_0.5"] = [0.5] * len(outcomes)
    weights, intercept = fit_weights(cases, fitted_on)
    return NewsFit(
        weights, round(intercept, 3), len(by_question), len(cases), _scores(forecasts, outcomes)
    )


def _scores(
    forecasts: dict[str, list[float]], outcomes: list[float]
) -> dict[str, dict[str, float]]:
    """Brier and log score of each method's forecasts."""
    return {
        method: {
            "brier": round(brier(p, outcomes), 4),
            "log_score": round(log_score(p, outcomes), 4),
        }
        for method, p in forecasts.items()
    }


@dataclass(frozen=True)
class NewsValidation:
    """Shipped weights scored on questions they were not fitted on, as the engine uses them
    (no intercept): against the same forecasts with no news."""

    questions: int
    cases: int
    hits: int  # forecasts where an on-topic event had already happened inside the window
    hits_yes: int  # of those, how many are of questions that resolved YES
    scores: dict[str, dict[str, float]]  # method -> brier, log_score


def validate_news(cases: Sequence[NewsCase], weights: NewsWeights) -> NewsValidation:
    """Score ``weights`` on ``cases`` no fit has seen."""
    outcomes = [c.outcome for c in cases]
    forecasts = {
        "shipped": [sigmoid(c.log_odds(weights)) for c in cases],
        "no_news": [sigmoid(c.no_news(weights.time_weight)) for c in cases],
        "always_0.5": [0.5] * len(cases),
    }
    hits = [c for c in cases if c.occurred]
    return NewsValidation(
        questions=len({c.question_id for c in cases}),
        cases=len(cases),
        hits=len(hits),
        hits_yes=sum(int(c.outcome) for c in hits),
        scores=_scores(forecasts, outcomes),
    )
