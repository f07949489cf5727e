"""Fitting and scoring the news model on resolved news-linked questions, point in time.

Each resolved question is forecast on a few dates inside its window (a quarter, half and
three quarters of the way through), from documents published before each date only. Two
weights of :class:`~tidings.forecast.engine.NewsWeights` are then fitted by Bayesian
logistic regression with the prior and time terms as a fixed offset: the scale of the
evidence sum and the worth of an on-topic event already inside the window. Neither goes
below 0: an event that happened cannot make it less likely to have happened, and reports
of the question's events cannot argue against them. Their priors are
centred on the hand-set values, so few questions leave them near those. A free intercept
absorbs the labelled set's own share of YES, which says how the set was written, not how
questions resolve; it is not shipped, since in use the base rate comes from the store's
resolved questions. Scores are leave-one-question-out: a question's forecasts are scored
with weights fitted on the others; ``no_news`` (prior, time term and intercept, whatever
the news says) shows what the news adds, ``hand_set_with_intercept`` what the hand-set
weights do on the same footing.
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
# Gaussian prior on (evidence_scale, occurred_in_window, offset, intercept): centred on the
# hand-set values with one unit of sd on the scale and two on the occurred term; the
# offset's weight pinned at 1; the intercept nearly free.
PRIOR_MEAN = np.array([1.0, 4.0, 1.0, 0.0])
PRIOR_PRECISION = np.array([1.0, 0.25, 1e6, 0.01])
FIXED = 1e6  # precision that pins a weight at its prior mean


@dataclass(frozen=True)
class NewsCase:
    """One (question, as-of date) forecast's inputs and the question's outcome."""

    question_id: str
    as_of: date
    outcome: float
    offset: float  # prior + time log-odds (0 time term when an event already occurred)
    evidence: float  # capped evidence sum before scaling
    occurred: float  # 1 when an on-topic event already happened inside the window
    replaced_time: float = 0.0  # the time term's log-odds an occurred event stands in for

    @property
    def no_news_offset(self) -> float:
        """Prior and time terms as they would be with no news at all."""
        return self.offset + self.replaced_time

    def log_odds(self, weights: NewsWeights, intercept: float = 0.0) -> float:
        return (
            self.offset
            + weights.evidence_scale * self.evidence
            + weights.occurred_in_window * self.occurred
            + intercept
        )


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
            occurred = inputs.occurred is not None
            time = inputs.time(q, deadline, as_of).log_odds
            cases.append(
                NewsCase(
                    q.id,
                    as_of,
                    1.0 if q.outcome is Outcome.YES else 0.0,
                    inputs.prior.log_odds + (0.0 if occurred else time),
                    inputs.evidence_total,
                    1.0 if occurred else 0.0,
                    time if occurred else 0.0,
                )
            )
    return cases


def fit_weights(cases: Sequence[NewsCase], fitted_on: str) -> tuple[NewsWeights, float]:
    """MAP fit of the evidence scale and the occurred term on ``cases``, with the intercept;
    neither weight below 0."""
    if not cases:
        return NewsWeights(), 0.0
    x = np.array([[c.evidence, c.occurred, c.offset, 1.0] for c in cases])
    y = np.array([c.outcome for c in cases])
    mean, precision = PRIOR_MEAN.copy(), PRIOR_PRECISION.copy()
    w = fit_logistic(x, y, mean, precision, iterations=100)
    while negative := [i for i in (0, 1) if w[i] < 0 and precision[i] != FIXED]:
        # the loss is convex: the best non-negative value of a weight that went below 0 is 0
        for i in negative:
            mean[i], precision[i] = 0.0, FIXED
        w = fit_logistic(x, y, mean, precision, iterations=100)
    # + 0.0 turns a -0.0 into 0.0
    weights = NewsWeights(round(float(w[0]), 3) + 0.0, round(float(w[1]), 3) + 0.0, fitted_on)
    return weights, float(w[3])


def _intercept_for(cases: Sequence[NewsCase], weights: NewsWeights | None) -> float:
    """The intercept alone, fitted with the news held at ``weights`` (None: no news)."""
    fixed = [c.log_odds(weights) if weights else c.no_news_offset for c in cases]
    x = np.array([[f, 1.0] for f in fixed])
    y = np.array([c.outcome for c in cases])
    return float(fit_logistic(x, y, PRIOR_MEAN[2:], PRIOR_PRECISION[2:], iterations=100)[1])


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
        base = _intercept_for(others, None) if others else 0.0
        hand_base = _intercept_for(others, hand) if others else 0.0
        for c in own:
            forecasts["fitted_loo"].append(sigmoid(c.log_odds(loo, intercept)))
            forecasts["no_news"].append(sigmoid(c.no_news_offset + base))
            forecasts["hand_set_with_intercept"].append(sigmoid(c.log_odds(hand, hand_base)))
            forecasts["hand_set"].append(sigmoid(c.log_odds(hand)))
            forecasts["prior_time"].append(sigmoid(c.no_news_offset))
            outcomes.append(c.outcome)
    forecasts["always_0.5"] = [0.5] * len(outcomes)
    scores = {
        method: {
            "brier": round(brier(p, outcomes), 4),
            "log_score": round(log_score(p, outcomes), 4),
        }
        for method, p in forecasts.items()
    }
    weights, intercept = fit_weights(cases, fitted_on)
    return NewsFit(weights, round(intercept, 3), len(by_question), len(cases), scores)


@dataclass(frozen=True)
class NewsValidation:
    """Shipped weights scored on questions they were not fitted on, as the engine uses them
    (no intercept): against the same forecasts with no news."""

    questions: int
    cases: int
    hits: int  # forecasts where an on-topic event had already happened inside the window
    hits_yes: int  # of those, how many questions resolved YES
    scores: dict[str, dict[str, float]]  # method -> brier, log_score


def validate_news(cases: Sequence[NewsCase], weights: NewsWeights) -> NewsValidation:
    """Score ``weights`` on ``cases`` no fit has seen."""
    outcomes = [c.outcome for c in cases]
    forecasts = {
        "shipped": [sigmoid(c.log_odds(weights)) for c in cases],
        "no_news": [sigmoid(c.no_news_offset) for c in cases],
        "always_0.5": [0.5] * len(cases),
    }
    hits = [c for c in cases if c.occurred]
    return NewsValidation(
        questions=len({c.question_id for c in cases}),
        cases=len(cases),
        hits=len(hits),
        hits_yes=sum(int(c.outcome) for c in hits),
        scores={
            method: {
                "brier": round(brier(p, outcomes), 4),
                "log_score": round(log_score(p, outcomes), 4),
            }
            for method, p in forecasts.items()
        },
    )
