"""The news model fitted and scored on resolved news-linked questions, point in time.

    python bench/bench_news_forecast.py [--write-weights]

The 55 questions of tests/data/linking (each resolved YES or NO) are forecast a quarter,
half and three quarters through their windows on the 10,000-document news store, from
documents published before each date only. Writes bench/results/news_forecast.json: the
weights fitted on every case and leave-one-question-out Brier and log scores of the fitted
weights, the hand-set ones, the prior and time terms alone, and 0.5. ``--write-weights``
also ships the fit as src/tidings/forecast/data/news_weights.json, which the engine loads.
The questions of tests/data/news_questions/validation_*.yaml, written blind to the forecast
code and never fitted on, then score the fitted weights as the engine applies them.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, write_result  # noqa: E402
from newsstore import news_store  # noqa: E402

from tidings.evaluate.news import evaluate_news, news_cases, validate_news  # noqa: E402
from tidings.forecast.engine import NEWS_WEIGHTS_FILE, NewsWeights  # noqa: E402
from tidings.forecast.service import Desk  # noqa: E402
from tidings.link.service import question_vectors  # noqa: E402
from tidings.questions.yaml_io import load_questions_yaml  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "linking" / "questions.yaml"
# written later, blind to the forecast code, and never fitted on: they check the fit
HELD_OUT = ROOT / "tests" / "data" / "news_questions"


def held_out_check(
    desk: Desk, paths: list[Path], weights: NewsWeights, first: date
) -> dict[str, object]:
    """The weights just fitted (those ``--write-weights`` ships) scored on the questions of
    ``paths``, which no fit has seen."""
    written = [q for path in paths for q in load_questions_yaml(path)]
    # the store holds the stream's last 10,000 items: a window opening before its first
    # document would be forecast from no news at all
    covered = [q for q in written if q.open_date and q.open_date >= first]
    desk.questions = covered
    vectors = question_vectors(covered) if covered else []
    desk.query_vectors = {q.id: v for q, v in zip(covered, vectors, strict=True)}
    check = validate_news(news_cases(covered, desk.evidence_for), weights)
    return {
        "files": [str(p.relative_to(ROOT)) for p in paths],
        "questions_written": len(written),
        "questions_before_store": len(written) - len(covered),
        "yes_share": round(
            sum(q.outcome.value == "yes" for q in covered) / max(len(covered), 1), 3
        ),
        **asdict(check),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-weights", action="store_true")
    args = parser.parse_args()
    raw = yaml.safe_load(QUESTIONS.read_text())
    for q in raw:
        q.pop("relevant", None)  # the linking labels are not question fields
        q.setdefault("resolved_at", q["close_date"])
    tmp = ROOT / "bench" / ".cache" / "news-questions.yaml"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text(yaml.safe_dump(raw))
    store, _ = news_store()
    desk = Desk(store)
    desk.load()
    desk.questions = load_questions_yaml(tmp)  # scored questions need not be in the store
    vectors = question_vectors(desk.questions)
    desk.query_vectors = {q.id: v for q, v in zip(desk.questions, vectors, strict=True)}
    cases = news_cases(desk.questions, desk.evidence_for)
    fit = evaluate_news(
        cases, f"{len({c.question_id for c in cases})} questions of tests/data/linking"
    )
    first = store.conn.execute("SELECT min(published_at) FROM documents").fetchone()[0].date()
    checks = {
        kind: held_out_check(desk, sorted(HELD_OUT.glob(f"{kind}_*.yaml")), fit.weights, first)
        for kind in ("validation", "test")
    }
    store.close()
    if args.write_weights:
        NEWS_WEIGHTS_FILE.parent.mkdir(parents=True, exist_ok=True)
        NEWS_WEIGHTS_FILE.write_text(fit.weights.to_json())
        print(f"wrote {NEWS_WEIGHTS_FILE.relative_to(ROOT)}")
    news, base = fit.scores["fitted_loo"]["brier"], fit.scores["no_news"]["brier"]
    finding = (
        f"With the news, leave-one-out Brier is {news:.4f} against {base:.4f} without it: "
        + (
            "the news improves the forecasts."
            if news < base - 0.002
            else "on this set the extracted news adds no measurable skill over the base rate."
        )
    )
    fitted_on_own = validate_news(cases, fit.weights)  # counts the term's hits on this set
    figures = {
        "questions": fit.questions,
        "cases": fit.cases,
        "yes_share": round(sum(c.outcome for c in cases) / max(len(cases), 1), 3),
        "occurred_share": round(fitted_on_own.hits / max(fitted_on_own.cases, 1), 3),
        # how often "already happened inside the window" was right
        "occurred_yes_share": round(fitted_on_own.hits_yes / max(fitted_on_own.hits, 1), 3),
        "weights": {
            "evidence_scale": fit.weights.evidence_scale,
            "occurred_in_window": fit.weights.occurred_in_window,
            "time_weight": fit.weights.time_weight,
        },
        "intercept_not_shipped": fit.intercept,
        "scores": fit.scores,
        **checks,
        "finding": finding,
        "note": "forecast dates at 1/4, 1/2, 3/4 of each window; fitted_loo = weights and "
        "intercept fitted on the other questions; no_news = base rate, hazard with its own "
        "fitted weight and that intercept, whatever the news says; prior_time = base rate and hazard terms alone",
    }
    write_result("news_forecast", figures, "python bench/bench_news_forecast.py")
    print(figures)


if __name__ == "__main__":
    main()
