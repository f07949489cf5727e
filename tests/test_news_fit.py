"""Fitting the news model's weights on resolved questions: point in time, and what the data say."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from tidings.evaluate.news import NewsCase, evaluate_news, fit_weights, news_cases, validate_news
from tidings.forecast.engine import EvidenceItems, NewsWeights, forecast_question
from tidings.forecast.prior import sigmoid
from tidings.models import Event, EventType, Evidence, Modality, Outcome, Question

STRIKE_Q = Question(
    id="kyiv",
    source="user",
    title="Russian strike hits Kyiv by December 31, 2025?",
    open_date=date(2025, 12, 1),
    close_date=date(2025, 12, 31),
    resolution_dates=[date(2025, 12, 31)],
    keywords=["Kyiv", "strike"],
    event_types=[EventType.STRIKE],
    outcome=Outcome.YES,
    resolved_at=date(2025, 12, 31),
)


def _strike_report(published: datetime) -> EvidenceItems:
    event = Event(
        "e",
        "d",
        0,
        10,
        EventType.STRIKE,
        Modality.OCCURRED,
        "struck",
        "Russia",
        "Kyiv",
        "Kyiv",
        published.date(),
    )
    return EvidenceItems(
        [Evidence("kyiv", "d", 0.9, "")], events={"d": [event]}, published={"d": published}
    )


def test_cases_see_only_what_was_published_before_each_date() -> None:
    strike_day = datetime(2025, 12, 20, tzinfo=UTC)
    asked: list[date] = []

    def evidence_for(question: Question, as_of: date) -> EvidenceItems:
        asked.append(as_of)
        # a desk that honours the date: the report exists only from the 20th on
        published_before = strike_day.date() < as_of
        return _strike_report(strike_day) if published_before else EvidenceItems([])

    cases = news_cases([STRIKE_Q], evidence_for)
    assert (
        [c.as_of for c in cases]
        == asked
        == [date(2025, 12, 9), date(2025, 12, 16), date(2025, 12, 23)]
    )
    assert all(c.as_of < STRIKE_Q.close_date for c in cases)
    assert [c.occurred for c in cases] == [0.0, 0.0, 1.0]
    assert {c.outcome for c in cases} == {1.0}


def test_open_questions_are_not_cases() -> None:
    open_q = replace(STRIKE_Q, id="open", outcome=Outcome.OPEN)
    assert news_cases([open_q], lambda q, d: EvidenceItems([])) == []


def _synthetic(evidence_matters: bool, n: int = 400) -> list[NewsCase]:
    rng = random.Random(7)
    cases = []
    for i in range(n):
        evidence = rng.uniform(-3, 3)
        truth = 2.5 * evidence if evidence_matters else 0.0
        outcome = 1.0 if rng.random() < 1 / (1 + 2.718281828 ** (-truth)) else 0.0
        cases.append(NewsCase(f"q{i // 3}", date(2025, 1, 1), outcome, 0.0, 0.0, evidence, 0.0))
    return cases


def test_fit_follows_the_data_away_from_the_hand_set_scale() -> None:
    strong, _ = fit_weights(_synthetic(evidence_matters=True), "synthetic")
    noise, _ = fit_weights(_synthetic(evidence_matters=False), "synthetic")
    assert strong.evidence_scale > 1.8
    assert abs(noise.evidence_scale) < 0.4
    # with no case where an event already occurred, that weight keeps its prior
    assert strong.occurred_in_window == pytest.approx(NewsWeights().occurred_in_window, abs=1e-3)


def test_the_sets_own_lean_to_yes_goes_to_the_intercept_not_the_evidence() -> None:
    # every question resolves YES whatever the (pure noise) evidence says
    cases = [replace(c, outcome=1.0) for c in _synthetic(evidence_matters=False)[:60]]
    cases += [replace(c, outcome=0.0) for c in _synthetic(evidence_matters=False)[60:80]]
    weights, intercept = fit_weights(cases, "synthetic")
    assert intercept > 0.8
    assert abs(weights.evidence_scale) < 0.6


def test_an_occurred_event_never_counts_against_yes() -> None:
    # events "occurred" only on questions that resolved NO: the data push the weight
    # negative, which the fit refuses
    cases = [
        NewsCase(f"q{i}", date(2025, 1, 1), float(i % 2), 0.0, 0.0, 0.0, float(i % 2 == 0))
        for i in range(200)
    ]
    weights, _ = fit_weights(cases, "synthetic")
    assert weights.occurred_in_window == pytest.approx(0.0, abs=1e-3)


def test_leave_one_out_scores_beat_chance_when_evidence_is_informative() -> None:
    fit = evaluate_news(_synthetic(evidence_matters=True), "synthetic")
    assert fit.scores["fitted_loo"]["brier"] < fit.scores["always_0.5"]["brier"] - 0.05
    assert fit.questions == 134 and fit.cases == 400


def test_engine_applies_the_weights_it_is_given() -> None:
    items = _strike_report(datetime(2025, 12, 5, tzinfo=UTC))
    as_of = date(2025, 12, 10)
    open_q = replace(STRIKE_Q, outcome=Outcome.OPEN)
    low = forecast_question(open_q, as_of, items, [], weights=NewsWeights(1.0, 1.0))[-1]
    high = forecast_question(open_q, as_of, items, [], weights=NewsWeights(1.0, 5.0))[-1]
    assert high.probability > low.probability
    occurred = [c for c in high.contributions if "inside the question's window" in c.label]
    assert [c.log_odds for c in occurred] == [5.0]


def test_reports_never_count_against_the_events_they_report() -> None:
    # the more evidence, the likelier NO: the data push the scale negative, which the fit
    # refuses, as it does for the occurred term
    cases = [
        NewsCase(f"q{i}", date(2025, 1, 1), float(i % 2), 0.0, 0.0, 2.0 * (i % 2 == 0), 0.0)
        for i in range(200)
    ]
    weights, _ = fit_weights(cases, "synthetic")
    assert weights.evidence_scale == pytest.approx(0.0, abs=1e-3)


def test_an_occurred_event_stands_in_for_the_time_term_and_no_news_puts_it_back() -> None:
    case = NewsCase("q", date(2025, 1, 1), 1.0, -0.8, -1.2, 0.0, 1.0)
    assert case.no_news(1.0) == pytest.approx(-2.0)
    assert case.log_odds(NewsWeights(1.0, 3.0)) == pytest.approx(2.2)
    waiting = NewsCase("q", date(2025, 1, 1), 1.0, -0.8, -1.2, 0.0, 0.0)
    assert waiting.log_odds(NewsWeights(1.0, 3.0, "x", time_weight=0.5)) == pytest.approx(-1.4)


def test_a_time_term_that_points_the_wrong_way_is_fitted_to_zero() -> None:
    # the nearer the deadline (more negative time term), the likelier YES: the opposite of
    # what the hazard view says, so the fit refuses to follow it below 0
    rng = random.Random(5)
    cases = []
    for i in range(300):
        time = -rng.uniform(0.0, 3.0)
        outcome = 1.0 if rng.random() < 1 / (1 + 2.718281828 ** (1.5 * time)) else 0.0
        cases.append(NewsCase(f"q{i}", date(2025, 1, 1), outcome, 0.0, time, 0.0, 0.0))
    weights, _ = fit_weights(cases, "synthetic")
    assert weights.time_weight == pytest.approx(0.0, abs=1e-3)


def test_validation_scores_the_weights_as_the_engine_applies_them() -> None:
    cases = [
        NewsCase("a", date(2025, 1, 1), 1.0, 0.0, -1.0, 0.0, 1.0),
        NewsCase("b", date(2025, 1, 1), 0.0, -1.0, 0.0, 0.0, 0.0),
        NewsCase("c", date(2025, 1, 1), 0.0, 0.0, -1.0, 0.0, 1.0),
    ]
    check = validate_news(cases, NewsWeights(0.0, 4.0))
    assert (check.questions, check.cases, check.hits, check.hits_yes) == (3, 3, 2, 1)
    # a wrong hit (c) costs the news model what the right one (a) gains it
    shipped, no_news = check.scores["shipped"]["brier"], check.scores["no_news"]["brier"]
    assert shipped == pytest.approx(
        ((1 - sigmoid(4.0)) ** 2 + sigmoid(-1.0) ** 2 + sigmoid(4.0) ** 2) / 3, abs=1e-4
    )
    assert no_news == pytest.approx(
        ((1 - sigmoid(-1.0)) ** 2 + 2 * sigmoid(-1.0) ** 2) / 3, abs=1e-4
    )
