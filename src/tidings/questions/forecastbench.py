"""Load ForecastBench question sets and resolution sets into typed rows.

ForecastBench (forecastingresearch/forecastbench-datasets) publishes one *question set* per
biweekly round (``question_sets/<due date>-llm.json``) and one *resolution set* per round
(``resolution_sets/<due date>_resolution_set.json``). This module reads a directory laid out
that way and returns :class:`FBQuestion` and :class:`FBResolution` rows. It keeps the raw
facts only; what a forecaster may know when is decided in ``evaluate/forecastbench.py``.

By default combination questions ("A and B", whose ``id`` is a list) and the ``*-human.json``
subset are skipped, as the leaderboard does for single-question scoring.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.models import Outcome, PricePoint, Question

MARKET_SOURCES = frozenset({"manifold", "metaculus", "polymarket", "infer"})
DATASET_SOURCES = frozenset({"acled", "dbnomics", "fred", "wikipedia", "yfinance"})
HORIZONS_DAYS = (7, 30, 90, 180, 365, 1095, 1825, 3650)


class ForecastBenchError(TidingsError):
    """A ForecastBench file is missing or malformed; ``path`` names it."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(
            f"{path}: {message}. Re-copy the file from forecastbench-datasets or remove it "
            "from the data directory."
        )
        self.path = path
        self.reason = message


@dataclass(frozen=True)
class FBQuestion:
    """One single (non-combination) ForecastBench question as asked in one round."""

    source: str
    id: str
    round: date  # the question set's forecast_due_date
    question: str  # a template with {forecast_due_date}/{resolution_date} for dataset sources
    freeze_datetime: datetime
    freeze_value: float | None  # freeze_datetime_value parsed as a number, None if not numeric
    freeze_value_raw: str
    freeze_value_explanation: str
    resolution_dates: tuple[date, ...]  # empty for market questions
    url: str = ""
    market_close: datetime | None = None

    @property
    def is_market(self) -> bool:
        return self.source in MARKET_SOURCES

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.id)

    def horizon_days(self, resolution_date: date) -> int:
        """Days from the round's due date to ``resolution_date`` (7, 30, 90, ...)."""
        return (resolution_date - self.round).days


@dataclass(frozen=True)
class FBResolution:
    """One resolution row: a market question, or one (dataset question, horizon) pair."""

    source: str
    id: str
    round: date  # the forecast_due_date of the resolution set it came from
    resolution_date: date
    resolved_to: float  # 0.0/1.0 when resolved; the current market value when not
    resolved: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.id)

    @property
    def is_market(self) -> bool:
        return self.source in MARKET_SOURCES


@dataclass(frozen=True)
class FBRound:
    """A round: its due date, its questions and its resolution rows (possibly none yet)."""

    due: date
    questions: tuple[FBQuestion, ...]
    resolutions: tuple[FBResolution, ...]
    skipped: tuple[str, ...] = ()  # what was left out, and why, for the report


def _read_json(path: Path) -> dict[str, Any]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ForecastBenchError(path, f"cannot be read ({exc.strerror})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ForecastBenchError(path, f"is not valid JSON ({exc})") from exc
    if not isinstance(payload, dict):
        raise ForecastBenchError(path, "top level is not a JSON object")
    return payload


def _date(path: Path, value: Any, what: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ForecastBenchError(path, f"{what} {value!r} is not a YYYY-MM-DD date") from exc


def _datetime(path: Path, value: Any, what: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ForecastBenchError(path, f"{what} {value!r} is not an ISO datetime") from exc


def _float_or_none(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # drop NaN


def _is_combination(item: dict[str, Any]) -> bool:
    combo = item.get("combination_of", "N/A")
    return isinstance(item.get("id"), list) or (combo not in ("N/A", None, []))


def _field(path: Path, item: dict[str, Any], name: str, index: int) -> Any:
    if name not in item:
        raise ForecastBenchError(path, f"item {index} has no {name!r} field")
    return item[name]


def _question(path: Path, due: date, item: dict[str, Any], index: int) -> FBQuestion:
    source = str(_field(path, item, "source", index))
    raw_dates = _field(path, item, "resolution_dates", index)
    dates: tuple[date, ...] = ()
    if isinstance(raw_dates, list):
        dates = tuple(_date(path, d, f"item {index} resolution date") for d in raw_dates)
    close = item.get("market_info_close_datetime", "N/A")
    market_close = None
    if close not in ("N/A", None, ""):
        market_close = _datetime(path, close, f"item {index} market_info_close_datetime")
    raw_value = str(_field(path, item, "freeze_datetime_value", index))
    return FBQuestion(
        source=source,
        id=str(_field(path, item, "id", index)),
        round=due,
        question=str(_field(path, item, "question", index)),
        freeze_datetime=_datetime(
            path, _field(path, item, "freeze_datetime", index), f"item {index} freeze_datetime"
        ),
        freeze_value=_float_or_none(raw_value),
        freeze_value_raw=raw_value,
        freeze_value_explanation=str(item.get("freeze_datetime_value_explanation", "")),
        resolution_dates=dates,
        url=str(item.get("url", "")),
        market_close=market_close,
    )


def load_question_set(path: Path, *, include_combinations: bool = False) -> list[FBQuestion]:
    """Read one ``question_sets/*.json`` file; combination questions are skipped by default."""
    payload = _read_json(path)
    due = _date(path, payload.get("forecast_due_date"), "forecast_due_date")
    items = payload.get("questions")
    if not isinstance(items, list):
        raise ForecastBenchError(path, "has no 'questions' list")
    out: list[FBQuestion] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ForecastBenchError(path, f"item {index} is not an object")
        if _is_combination(item) and not include_combinations:
            continue
        out.append(_question(path, due, item, index))
    return out


def load_resolution_set(path: Path) -> list[FBResolution]:
    """Read one ``resolution_sets/*_resolution_set.json`` file, skipping combination rows."""
    payload = _read_json(path)
    due = _date(path, payload.get("forecast_due_date"), "forecast_due_date")
    items = payload.get("resolutions")
    if not isinstance(items, list):
        raise ForecastBenchError(path, "has no 'resolutions' list")
    out: list[FBResolution] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ForecastBenchError(path, f"row {index} is not an object")
        if isinstance(item.get("id"), list):
            continue
        resolved = _field(path, item, "resolved", index)
        value = _float_or_none(_field(path, item, "resolved_to", index))
        if not isinstance(resolved, bool) or value is None:
            raise ForecastBenchError(path, f"row {index} has a bad 'resolved'/'resolved_to'")
        row = FBResolution(
            source=str(_field(path, item, "source", index)),
            id=str(_field(path, item, "id", index)),
            round=due,
            resolution_date=_date(
                path, _field(path, item, "resolution_date", index), f"row {index} date"
            ),
            resolved_to=value,
            resolved=resolved,
        )
        if row.source in DATASET_SOURCES and row.resolution_date <= due:
            # a dataset row is one horizon (7 days or more) after the due date; an earlier
            # one would be forecast with a horizon of zero or less days
            raise ForecastBenchError(
                path,
                f"row {index} ({row.source} {row.id}) resolves on {row.resolution_date}, not "
                f"after the round's due date {due}; a dataset question resolves 7 days or "
                "more after it",
            )
        out.append(row)
    return out


def load_rounds(data_dir: Path, *, include_human: bool = False) -> list[FBRound]:
    """Every round in ``data_dir`` that has a question set, oldest first.

    A round's resolutions come from the resolution set with the same due date (empty when
    there is none yet). The ``*-human.json`` subset is skipped unless ``include_human``.
    """
    qdir = data_dir / "question_sets"
    if not qdir.is_dir():
        raise ForecastBenchError(qdir, "is not a directory; point at a forecastbench data dir")
    known = MARKET_SOURCES | DATASET_SOURCES
    # a source ForecastBench adds later is neither a market nor a series Tidings models:
    # its questions and rows are left out of every round and the report says so
    unknown: dict[date, Counter[str]] = defaultdict(Counter)
    resolutions: dict[date, list[FBResolution]] = {}
    for path in sorted((data_dir / "resolution_sets").glob("*_resolution_set.json")):
        rows = load_resolution_set(path)
        if rows:
            resolutions.setdefault(rows[0].round, []).extend(r for r in rows if r.source in known)
    rounds: dict[date, dict[tuple[str, str], FBQuestion]] = {}
    for path in sorted(qdir.glob("*.json")):
        if path.name.endswith("-human.json") and not include_human:
            continue
        for question in load_question_set(path):
            if question.source not in known:
                unknown[question.round][question.source] += 1
                continue
            # the human subset repeats questions of the LLM set with the same due date
            rounds.setdefault(question.round, {}).setdefault(question.key, question)
    return [
        FBRound(
            due=due,
            questions=tuple(qs.values()),
            resolutions=tuple(resolutions.get(due, ())),
            skipped=tuple(
                f"{due}: {n} question(s) from {source!r}, a source Tidings does not know "
                f"(it knows {', '.join(sorted(known))}); not forecast or scored"
                for source, n in sorted(unknown[due].items())
            ),
        )
        for due, qs in sorted(rounds.items())
    ]


def import_questions(path: Path) -> list[Question]:
    """The market questions of a ForecastBench folder (or one question-set file) as Tidings
    questions: the newest round's wording, the freeze value as a price point, and the
    outcome where a resolution set says it resolved. Dataset questions are templates over a
    series, not events, and stay with `tidings eval forecastbench`."""
    if path.is_file():
        questions = load_question_set(path)
        resolutions: list[FBResolution] = []
    else:
        rounds = load_rounds(path)
        questions = [q for r in rounds for q in r.questions]
        resolutions = [res for r in rounds for res in r.resolutions]
    latest: dict[tuple[str, str], FBQuestion] = {}
    for q in questions:
        if q.is_market and (q.key not in latest or q.round > latest[q.key].round):
            latest[q.key] = q
    resolved = {r.key: r for r in resolutions if r.is_market and r.resolved}
    out = []
    for key, q in sorted(latest.items()):
        outcome, resolved_at = Outcome.OPEN, None
        if key in resolved:
            outcome = Outcome.YES if resolved[key].resolved_to >= 0.5 else Outcome.NO
            resolved_at = resolved[key].resolution_date
        prices = []
        if q.freeze_value is not None and 0.0 <= q.freeze_value <= 1.0:
            prices.append(PricePoint(q.freeze_datetime, q.freeze_value, q.source))
        out.append(
            Question(
                id=f"fb-{q.source}-{q.id}",
                source=f"forecastbench/{q.source}",
                title=q.question,
                market_url=q.url,
                prices=prices,
                outcome=outcome,
                resolved_at=resolved_at,
                close_date=q.market_close.date() if q.market_close else None,
                resolution_dates=[q.market_close.date()] if q.market_close else [],
            )
        )
    return out
