"""ForecastBench loading and point-in-time evaluation, on the real DEV files.

The DEV split lives beside the repository in ``../shared/data/forecastbench``; tests that need
it are skipped when it is absent. Malformed input uses small files written to ``tmp_path``.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from tidings.errors import TidingsError
from tidings.evaluate.forecastbench import (
    PointInTimeError,
    check_point_in_time,
    evaluate_rounds,
    write_reliability_diagram,
)
from tidings.forecast.calibration import Calibrator
from tidings.forecast.market import MarketModel, MarketSnapshot
from tidings.forecast.prior import DatasetModel, Outcome, design_effects
from tidings.questions.forecastbench import (
    DATASET_SOURCES,
    MARKET_SOURCES,
    FBResolution,
    FBRound,
    ForecastBenchError,
    load_question_set,
    load_resolution_set,
    load_rounds,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "forecastbench"
needs_data = pytest.mark.skipif(
    not (DATA / "question_sets").is_dir(),
    reason=f"ForecastBench DEV data not found at {DATA} (copy it there to run these tests)",
)


@pytest.fixture(scope="module")
def dev_rounds() -> list[FBRound]:
    return load_rounds(DATA)


@pytest.fixture(scope="module")
def report(dev_rounds):
    return evaluate_rounds(dev_rounds, last_n=6)


# --- loading -----------------------------------------------------------------------------


@needs_data
def test_loader_counts(dev_rounds):
    assert len(dev_rounds) == 18
    assert (dev_rounds[0].due, dev_rounds[-1].due) == (date(2025, 10, 26), date(2026, 6, 21))
    assert all(len(r.questions) == 500 for r in dev_rounds)
    assert sum(len(r.resolutions) for r in dev_rounds) == 18351
    assert len(dev_rounds[0].resolutions) == 1208
    first = dev_rounds[0]
    assert {q.source for q in first.questions} == MARKET_SOURCES | DATASET_SOURCES
    assert sum(not q.is_market for q in first.questions) == 250


@needs_data
def test_loader_parses_fields(dev_rounds):
    questions = [q for r in dev_rounds for q in r.questions]
    dataset = [q for q in questions if not q.is_market]
    # 8 horizons (7 days to 10 years); a few FRED questions carry 7
    assert {len(q.resolution_dates) for q in dataset} == {7, 8}
    assert all(list(q.resolution_dates) == sorted(q.resolution_dates) for q in dataset)
    assert all(q.resolution_dates == () for q in questions if q.is_market)
    assert all(
        q.freeze_value is not None and 0 <= q.freeze_value <= 1 for q in questions if q.is_market
    )
    # Wikipedia vaccine questions freeze the text "No": kept raw, not a number
    vaccine = [q for q in dataset if "vaccine" in q.question]
    assert vaccine and all(q.freeze_value is None and q.freeze_value_raw == "No" for q in vaccine)
    horizons = {
        q.horizon_days(r.resolution_date)
        for rnd in dev_rounds
        for q in rnd.questions
        for r in rnd.resolutions
        if r.key == q.key and not r.is_market
    }
    assert horizons == {7, 30, 90, 180}


@needs_data
def test_human_set_and_combinations_are_skipped_by_default():
    with_human = load_rounds(DATA, include_human=True)
    assert len(with_human) == 19
    first = with_human[0]
    assert (first.due, len(first.questions)) == (date(2024, 7, 21), 200)
    # 7,561 rows upstream, 5,992 of them combination questions
    assert len(first.resolutions) == 1569
    assert all(isinstance(r.id, str) for r in first.resolutions)


def _write(path: Path, payload: object) -> Path:
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload))
    return path


QUESTION = {
    "id": "T10YFF",
    "source": "fred",
    "question": "Will it have increased by {resolution_date}?",
    "freeze_datetime": "2026-06-11T00:00:00+00:00",
    "freeze_datetime_value": "0.91",
    "resolution_dates": ["2026-06-28", "2026-07-21"],
}


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("{not json", "is not valid JSON"),
        ([1, 2], "top level is not a JSON object"),
        ({"forecast_due_date": "2026-06-21"}, "has no 'questions' list"),
        ({"forecast_due_date": "June", "questions": []}, "is not a YYYY-MM-DD date"),
        (
            {
                "forecast_due_date": "2026-06-21",
                "questions": [{k: v for k, v in QUESTION.items() if k != "freeze_datetime"}],
            },
            "item 0 has no 'freeze_datetime' field",
        ),
        (
            {
                "forecast_due_date": "2026-06-21",
                "questions": [{**QUESTION, "resolution_dates": ["soon"]}],
            },
            "item 0 resolution date 'soon'",
        ),
    ],
)
def test_malformed_question_set_names_the_file(tmp_path, payload, message):
    path = _write(tmp_path / "2026-06-21-llm.json", payload)
    with pytest.raises(ForecastBenchError, match=message) as caught:
        load_question_set(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, TidingsError)


def _one_row_resolution_set(tmp_path: Path, row: dict) -> Path:
    return _write(
        tmp_path / "2026-06-21_resolution_set.json",
        {"forecast_due_date": "2026-06-21", "resolutions": [row]},
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"resolved": "yes"}, "row 0 has a bad 'resolved'"),
        # a dataset row dated on the due date would be forecast at a horizon of 0 days
        ({"resolution_date": "2026-06-21"}, r"row 0 \(fred X\) resolves on 2026-06-21, not after"),
    ],
)
def test_malformed_resolution_row(tmp_path, change, message):
    row = {
        "id": "X",
        "source": "fred",
        "resolution_date": "2026-06-28",
        "resolved": True,
        "resolved_to": 1.0,
        **change,
    }
    with pytest.raises(ForecastBenchError, match=message):
        load_resolution_set(_one_row_resolution_set(tmp_path, row))


def test_market_row_may_resolve_before_the_due_date(tmp_path):
    """A market can resolve between the freeze and the due date; its row stays."""
    row = {
        "id": "0xabc",
        "source": "polymarket",
        "resolution_date": "2026-06-15",
        "resolved": True,
        "resolved_to": 0.0,
    }
    (loaded,) = load_resolution_set(_one_row_resolution_set(tmp_path, row))
    assert loaded.resolution_date == date(2026, 6, 15)


def test_small_valid_directory_loads(tmp_path):
    (tmp_path / "question_sets").mkdir()
    (tmp_path / "resolution_sets").mkdir()
    combo = {**QUESTION, "id": ["A", "B"], "combination_of": ["A", "B"]}
    # a venue ForecastBench might add later: neither a market nor a series Tidings knows
    newcomer = {**QUESTION, "id": "KX-1", "source": "kalshi", "resolution_dates": "N/A"}
    _write(
        tmp_path / "question_sets" / "2026-06-21-llm.json",
        {"forecast_due_date": "2026-06-21", "questions": [QUESTION, combo, newcomer]},
    )
    rows = [
        {
            "id": "T10YFF",
            "source": "fred",
            "direction": None,
            "resolution_date": "2026-06-28",
            "resolved_to": 0.0,
            "resolved": True,
        },
        {
            "id": ["A", "B"],
            "source": "fred",
            "direction": [1, 1],
            "resolution_date": "2026-06-28",
            "resolved_to": 0.0,
            "resolved": True,
        },
        {
            "id": "KX-1",
            "source": "kalshi",
            "direction": None,
            "resolution_date": "2026-06-15",
            "resolved_to": 1.0,
            "resolved": True,
        },
    ]
    _write(
        tmp_path / "resolution_sets" / "2026-06-21_resolution_set.json",
        {"forecast_due_date": "2026-06-21", "resolutions": rows},
    )
    (rnd,) = load_rounds(tmp_path)
    assert [q.id for q in rnd.questions] == ["T10YFF"]
    assert [(r.id, r.resolved_to) for r in rnd.resolutions] == [("T10YFF", 0.0)]
    assert rnd.questions[0].freeze_value == pytest.approx(0.91)
    (note,) = rnd.skipped
    assert "1 question(s) from 'kalshi'" in note and "not forecast or scored" in note
    # the evaluation runs on what is left and passes the note on to its report
    assert evaluate_rounds([rnd], last_n=1).skipped == [note]


def test_missing_directory_is_reported(tmp_path):
    with pytest.raises(ForecastBenchError, match="question_sets"):
        load_rounds(tmp_path)


# --- point in time -----------------------------------------------------------------------


def test_check_point_in_time_rejects_the_due_date_itself():
    due = date(2026, 6, 21)
    assert check_point_in_time([date(2026, 6, 1), date(2026, 6, 20)], due, "x") == date(2026, 6, 20)
    with pytest.raises(PointInTimeError, match="2026-06-21"):
        check_point_in_time([date(2026, 6, 1), due], due, "an outcome")


def _tamper_after(rounds: list[FBRound], cutoff: date) -> list[FBRound]:
    """Flip every outcome dated on/after ``cutoff``, scramble unresolved market values, and
    add a fake resolution dated exactly ``cutoff`` for every market question of that round."""

    def tamper(r: FBResolution) -> FBResolution:
        if r.resolution_date < cutoff:
            return r
        if r.resolved:
            return replace(r, resolved_to=1.0 - r.resolved_to)
        return replace(r, resolved_to=0.999, resolved=r.is_market)  # a leaked "resolution"

    out = []
    for rnd in rounds:
        rows = [tamper(r) for r in rnd.resolutions]
        if rnd.due == cutoff:
            rows += [
                FBResolution(q.source, q.id, rnd.due, cutoff, 1.0, True)
                for q in rnd.questions
                if q.is_market
            ]
        out.append(replace(rnd, resolutions=tuple(rows)))
    return out


@needs_data
def test_later_resolutions_are_never_used(dev_rounds):
    """Regression guard for leaks: changing anything dated on or after round R's due date
    (later rounds' outcomes, R's own outcomes, unresolved market values) must not change a
    single forecast for R, while it does change forecasts of a later round."""
    rounds = dev_rounds[-6:]
    target, later = rounds[-2].due, rounds[-1].due
    honest = evaluate_rounds(rounds, last_n=2)
    tampered = evaluate_rounds(_tamper_after(rounds, target), last_n=2)

    def forecasts(rep, due):
        return {(i.source, i.id, i.horizon): i.forecasts for i in rep.items if i.round == due}

    before, after = forecasts(honest, target), forecasts(tampered, target)
    assert before and before.keys() <= after.keys()
    assert all(before[k] == after[k] for k in before)
    # the tampering is real: the last round may see outcomes dated between the two due dates
    changed = forecasts(honest, later) != forecasts(tampered, later)
    assert changed
    assert all(f.latest_outcome_date < f.round for f in tampered.fits)


@needs_data
def test_a_newer_round_without_resolutions_does_not_shift_the_scored_rounds(dev_rounds):
    """A round whose resolution set is not out yet has nothing to score: the last N rounds
    scored stay the last N that have resolutions."""
    rounds = dev_rounds[-4:]
    newest = rounds[-1]
    pending = replace(newest, due=newest.due + timedelta(days=14), resolutions=())
    plain = evaluate_rounds(rounds, last_n=2)
    with_pending = evaluate_rounds([*rounds, pending], last_n=2)
    assert with_pending.rounds_scored == plain.rounds_scored == [r.due for r in rounds[-2:]]
    assert len(with_pending.items) == len(plain.items)
    with pytest.raises(TidingsError, match="nothing to score"):
        evaluate_rounds([pending], last_n=2)
    with pytest.raises(TidingsError, match="1 or more"):
        evaluate_rounds(rounds, last_n=0)


# --- models with little or no data ------------------------------------------------------


def test_calibrator_falls_back_to_identity_and_fits_overconfidence():
    assert Calibrator.fit([2.0, -1.0], [1.0, 0.0]).method == "identity"
    rng = np.random.default_rng(7)
    raw = rng.normal(0, 3, 4000)
    outcomes = (rng.random(4000) < 1 / (1 + np.exp(-0.5 * raw))).astype(float)
    cal = Calibrator.fit(raw, outcomes)  # forecasts twice as confident as they should be
    assert cal.method == "platt"
    assert cal.slope == pytest.approx(0.5, abs=0.08)
    assert cal.contribution(2.0).log_odds == pytest.approx(cal.apply(2.0) - 2.0)


def test_models_without_data_return_their_priors():
    snap = MarketSnapshot("polymarket", 0.2, date(2026, 6, 11), date(2026, 6, 21), None)
    assert MarketModel().fit([], []).log_odds(snap) == pytest.approx(math.log(0.2 / 0.8))
    features = {"base_rate": 1.5, "seasonal": 0.5, "trend": 2.0}
    assert DatasetModel().log_odds("fred", features) == pytest.approx(1.5 + 1.7 * 0.5)


def test_design_effect_discounts_rounds_that_move_together():
    def round_of(due: date, value: float) -> list[Outcome]:
        return [
            Outcome("yfinance", f"S{i}", "yfinance", 7, due, due + timedelta(days=7), value)
            for i in range(50)
        ]

    start = date(2026, 1, 4)
    together = [
        o
        for k, value in enumerate((1.0, 0.0, 1.0))
        for o in round_of(start + timedelta(days=14 * k), value)
    ]
    mixed = [replace(o, value=float(i % 2)) for i, o in enumerate(together)]
    # every stock moved with its round: 50 outcomes are worth about one
    assert design_effects(together)[("yfinance", 7)] == pytest.approx(49.0, rel=0.02)
    assert design_effects(mixed)[("yfinance", 7)] == pytest.approx(1.0)


# --- scores ------------------------------------------------------------------------------


@needs_data
def test_model_beats_baselines_on_the_scored_rounds(report):
    assert len(report.rounds_scored) == 6
    model_ds = report.score("model", kind="dataset")
    assert model_ds.brier < report.score("always_0.5", kind="dataset").brier
    assert model_ds.brier < report.score("base_rate", kind="dataset").brier
    assert (
        report.score("model", kind="market").brier
        <= report.score("freeze_value", kind="market").brier
    )
    for source in sorted(DATASET_SOURCES):
        assert report.score("model", source=source).brier < 0.25, source


@needs_data
def test_fide_rankings_are_not_taken_as_held_once_a_new_list_is_due(report, dev_rounds):
    fide = {q.key for rnd in dev_rounds for q in rnd.questions if "FIDE ranking" in q.question}
    # in these rounds, 30 days and more from the due date take in the next monthly list
    moved = [i for i in report.items if (i.source, i.id) in fide and i.horizon >= 30]
    assert len(moved) > 100
    forecast = sum(i.forecasts["model"] for i in moved) / len(moved)
    held = sum(i.outcome for i in moved) / len(moved)
    assert abs(forecast - held) < 0.1
    assert sum((i.forecasts["model"] - i.outcome) ** 2 for i in moved) / len(moved) < 0.25


@needs_data
def test_report_items_follow_the_leaderboard_rules(report, dev_rounds):
    scored = dev_rounds[-6:]
    resolved_market = sum(
        1 for rnd in scored for r in rnd.resolutions if r.is_market and r.resolved
    )
    assert report.score("model", kind="market").n == resolved_market
    assert report.score("imputed", kind="dataset").brier == pytest.approx(0.25)
    overall = report.overall("model")
    ds, mk = report.score("model", kind="dataset"), report.score("model", kind="market")
    assert overall == pytest.approx((ds.brier + mk.brier) / 2)
    summary = report.to_dict()
    json.dumps(summary)
    assert summary["n"]["dataset"] == ds.n
    assert "no difficulty adjustment" in summary["scoring"]
    assert set(summary["methods"]["model"]["by_horizon_days"]) == {"7", "30", "90"}


@needs_data
def test_reliability_diagram_is_written(report, tmp_path):
    path = write_reliability_diagram(report, tmp_path / "reliability.png")
    assert path.stat().st_size > 1000
