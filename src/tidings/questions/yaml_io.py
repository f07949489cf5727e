"""Read and write user-written question files (YAML) as :class:`~tidings.models.Question`.

A questions file is a YAML list, one mapping per question::

    - id: kyiv-strike-2025-12-31
      title: "Will ... by December 31, 2025?"
      resolution_criteria: "..."
      open_date: 2025-12-15
      close_date: 2025-12-31
      resolution_dates: [2025-12-31]
      market_url: "https://..."
      keywords: [Kyiv, strike]
      event_types: [strike, threat]          # values of models.EventType
      prices:
        - {at: "2025-12-20T12:00:00Z", probability: 0.55, venue: polymarket}
      outcome: open                           # open / yes / no / annulled

Only ``id`` and ``title`` are required. Every problem is reported as a
:class:`QuestionsFileError` naming the file, the question (position and id) and the field, e.g.
``questions.yaml: question 2 (ceasefire-2026): probability 1.4 is outside [0, 1]``.

YAML 1.1 reads a bare ``yes``/``no`` as a boolean, so ``outcome: yes`` arrives as ``True``;
we accept that rather than make users quote it, and quote the words when writing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from tidings.errors import TidingsError
from tidings.models import EventType, Outcome, PricePoint, Question

FIELDS = (
    "id",
    "title",
    "resolution_criteria",
    "background",
    "open_date",
    "close_date",
    "resolution_dates",
    "market_url",
    "keywords",
    "event_types",
    "prices",
    "outcome",
    "resolved_value",
    "resolved_at",
    "source",
)
PRICE_FIELDS = ("at", "probability", "venue")
DEFAULT_SOURCE = "user"
DEFAULT_VENUE = "user"


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates and date-times as text, for us to parse and report.

    PyYAML's own timestamp parsing raises a bare ValueError on an impossible date such as
    2025-13-01, with no hint of which question or field held it.
    """


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


class QuestionsFileError(TidingsError):
    """A questions file is unreadable or invalid; ``path``, ``question``, ``field`` say where."""

    def __init__(self, path: Path, message: str, question: str = "", field: str = "") -> None:
        where = f"{path}: {question}: " if question else f"{path}: "
        super().__init__(f"{where}{message}")
        self.path = path
        self.question = question
        self.field = field
        self.reason = message


def load_questions_yaml(path: Path) -> list[Question]:
    """Parse and validate a questions file; raise QuestionsFileError on the first problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QuestionsFileError(path, "file not found; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionsFileError(path, f"cannot be read as UTF-8 text ({exc})") from exc
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise QuestionsFileError(path, f"{line}invalid YAML ({problem})") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise QuestionsFileError(
            path, "expected a YAML list of questions, each starting with '- id: ...'"
        )
    questions = [_Reader(path, index, item).question() for index, item in enumerate(data, 1)]
    seen: dict[str, int] = {}
    for index, q in enumerate(questions, 1):
        if q.id in seen:
            raise QuestionsFileError(
                path,
                f"id {q.id!r} is already used by question {seen[q.id]}; ids must be unique",
                question=f"question {index} ({q.id})",
                field="id",
            )
        seen[q.id] = index
    return questions


def dump_questions_yaml(questions: list[Question], path: Path) -> None:
    """Write questions in the file schema; :func:`load_questions_yaml` reads them back equal."""
    records = [_record(q) for q in questions]
    text = yaml.safe_dump(
        records, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
    )
    path.write_text(text, encoding="utf-8")


def _record(q: Question) -> dict[str, Any]:
    record: dict[str, Any] = {"id": q.id, "title": q.title}
    optional: dict[str, Any] = {
        "resolution_criteria": q.resolution_criteria,
        "background": q.background,
        "open_date": q.open_date,
        "close_date": q.close_date,
        "resolution_dates": list(q.resolution_dates),
        "market_url": q.market_url,
        "keywords": list(q.keywords),
        "event_types": [t.value for t in q.event_types],
        "prices": [
            {"at": _iso(p.at), "probability": p.probability, "venue": p.venue} for p in q.prices
        ],
    }
    record.update({k: v for k, v in optional.items() if v not in (None, "", [])})
    record["outcome"] = q.outcome.value
    if q.resolved_value is not None:
        record["resolved_value"] = q.resolved_value
    if q.resolved_at is not None:
        record["resolved_at"] = q.resolved_at
    if q.source != DEFAULT_SOURCE:
        record["source"] = q.source
    return record


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class _Reader:
    """Validates one question mapping, naming it in every error."""

    def __init__(self, path: Path, index: int, item: Any) -> None:
        self.path = path
        self.index = index
        self.item = item
        self.label = f"question {index}"

    def error(self, field: str, message: str) -> QuestionsFileError:
        return QuestionsFileError(self.path, message, question=self.label, field=field)

    def question(self) -> Question:
        if not isinstance(self.item, dict):
            raise self.error("", "expected a mapping of fields (id: ..., title: ...)")
        qid = self._id()
        self.label = f"question {self.index} ({qid})"
        unknown = [str(k) for k in self.item if k not in FIELDS]
        if unknown:
            raise self.error(
                unknown[0], f"unknown field {unknown[0]!r}; known fields: {', '.join(FIELDS)}"
            )
        title = self._text("title", required=True)
        open_date = self._date("open_date")
        close_date = self._date("close_date")
        if open_date and close_date and close_date < open_date:
            raise self.error(
                "close_date", f"close_date {close_date} is before open_date {open_date}"
            )
        return Question(
            id=qid,
            source=self._text("source") or DEFAULT_SOURCE,
            title=title,
            resolution_criteria=self._text("resolution_criteria"),
            background=self._text("background"),
            open_date=open_date,
            close_date=close_date,
            resolution_dates=[
                self._as_date("resolution_dates", v) for v in self._list("resolution_dates")
            ],
            market_url=self._url(),
            prices=self._prices(),
            outcome=self._outcome(),
            resolved_value=self._resolved_value(),
            resolved_at=self._date("resolved_at"),
            keywords=[self._word("keywords", v) for v in self._list("keywords")],
            event_types=[self._event_type(v) for v in self._list("event_types")],
        )

    def _id(self) -> str:
        value = self.item.get("id")
        if value is None or value == "":
            raise self.error("id", "id is missing; give every question a short unique id")
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.error("id", f"id {value!r} must be text")
        return str(value).strip()

    def _text(self, key: str, required: bool = False) -> str:
        value = self.item.get(key)
        if value is None:
            if required:
                raise self.error(key, f"{key} is missing")
            return ""
        if not isinstance(value, str):
            raise self.error(key, f"{key} must be text, not {type(value).__name__} {value!r}")
        if required and not value.strip():
            raise self.error(key, f"{key} is empty")
        return value.strip()

    def _list(self, key: str) -> list[Any]:
        value = self.item.get(key)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    def _date(self, key: str) -> date | None:
        value = self.item.get(key)
        return None if value is None else self._as_date(key, value)

    def _as_date(self, key: str, value: Any) -> date:
        text = str(value).strip()  # our loader hands dates over as text
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        if _datetime_or_none(text) is not None:
            raise self.error(key, f"{key} {text} has a time of day; give a date (YYYY-MM-DD)")
        raise self.error(key, f"{key} {value!r} is not a date (use YYYY-MM-DD)")

    def _url(self) -> str:
        url = self._text("market_url")
        if url and not url.startswith(("http://", "https://")):
            raise self.error("market_url", f"market_url {url!r} must start with https://")
        return url

    def _word(self, key: str, value: Any) -> str:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise self.error(key, f"{key} entry {value!r} must be text")
        return str(value)

    def _event_type(self, value: Any) -> EventType:
        try:
            return EventType(str(value).strip().lower())
        except ValueError:
            allowed = ", ".join(t.value for t in EventType)
            raise self.error(
                "event_types", f"event type {value!r} is not one of: {allowed}"
            ) from None

    def _outcome(self) -> Outcome:
        value = self.item.get("outcome", "open")
        if isinstance(value, bool):  # YAML 1.1: bare yes/no
            return Outcome.YES if value else Outcome.NO
        try:
            return Outcome(str(value).strip().lower())
        except ValueError:
            allowed = ", ".join(o.value for o in Outcome)
            raise self.error("outcome", f"outcome {value!r} is not one of: {allowed}") from None

    def _probability(self, key: str, value: Any, suffix: str = "") -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"{key} {value!r} is not a number{suffix}")
        if not 0.0 <= float(value) <= 1.0:
            raise self.error(key, f"{key} {value} is outside [0, 1]{suffix}")
        return float(value)

    def _resolved_value(self) -> float | None:
        value = self.item.get("resolved_value")
        return None if value is None else self._probability("resolved_value", value)

    def _prices(self) -> list[PricePoint]:
        points = []
        for n, row in enumerate(self._list("prices"), 1):
            where = f" (prices item {n})"
            if not isinstance(row, dict):
                raise self.error("prices", f"expected {{at: ..., probability: ...}}{where}")
            unknown = [str(k) for k in row if k not in PRICE_FIELDS]
            if unknown:
                raise self.error(
                    unknown[0],
                    f"unknown field {unknown[0]!r}; known: {', '.join(PRICE_FIELDS)}{where}",
                )
            for key in ("at", "probability"):
                if row.get(key) is None:
                    raise self.error(key, f"{key} is missing{where}")
            venue = row.get("venue", DEFAULT_VENUE)
            if not isinstance(venue, str) or not venue.strip():
                raise self.error("venue", f"venue {venue!r} must be text{where}")
            points.append(
                PricePoint(
                    at=self._moment(row["at"], where),
                    probability=self._probability("probability", row["probability"], where),
                    venue=venue.strip(),
                )
            )
        return points

    def _moment(self, value: Any, where: str) -> datetime:
        moment = _datetime_or_none(value) if isinstance(value, str) else value
        if not isinstance(moment, datetime):
            raise self.error(
                "at", f"at {value!r} is not a date-time like 2025-12-20T12:00:00Z{where}"
            )
        if moment.tzinfo is None:
            raise self.error(
                "at", f"at {value!r} has no time zone; add Z for UTC (2025-12-20T12:00:00Z){where}"
            )
        return moment.astimezone(UTC)


def _datetime_or_none(text: str) -> datetime | None:
    """An ISO-8601 date-time ("Z" allowed), or None; a bare date is not a date-time."""
    text = text.strip()
    if len(text) <= 10:
        return None
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return None
