"""User-written question files: the documented schema loads, round-trips, and every invalid
field is reported with the file, the question and the field."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tidings.models import EventType, Outcome, PricePoint, Question
from tidings.questions.yaml_io import (
    QuestionsFileError,
    dump_questions_yaml,
    load_questions_yaml,
)

VALID = """\
- id: kyiv-strike-2025-12-31
  title: "Will Russia strike central Kyiv with missiles by December 31, 2025?"
  resolution_criteria: "Resolves yes if officials report a missile impact in Pecherskyi district."
  background: "Strikes on Kyiv intensified in late 2025."
  open_date: 2025-12-15
  close_date: 2025-12-31
  resolution_dates: [2025-12-31]
  market_url: "https://polymarket.com/event/kyiv-strike"
  keywords: [Kyiv, strike]
  event_types: [strike, threat]
  prices:
    - {at: "2025-12-20T12:00:00Z", probability: 0.55, venue: polymarket}
    - {at: 2025-12-21T09:30:00+02:00, probability: 0.6}
  outcome: open
- id: ceasefire-2026
  title: Russia-Ukraine ceasefire before 2027?
  outcome: yes
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "questions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads_every_field(tmp_path: Path) -> None:
    first, second = load_questions_yaml(_write(tmp_path, VALID))
    assert first == Question(
        id="kyiv-strike-2025-12-31",
        source="user",
        title="Will Russia strike central Kyiv with missiles by December 31, 2025?",
        resolution_criteria=(
            "Resolves yes if officials report a missile impact in Pecherskyi district."
        ),
        background="Strikes on Kyiv intensified in late 2025.",
        open_date=date(2025, 12, 15),
        close_date=date(2025, 12, 31),
        resolution_dates=[date(2025, 12, 31)],
        market_url="https://polymarket.com/event/kyiv-strike",
        prices=[
            PricePoint(datetime(2025, 12, 20, 12, tzinfo=UTC), 0.55, "polymarket"),
            PricePoint(datetime(2025, 12, 21, 7, 30, tzinfo=UTC), 0.6, "user"),
        ],
        outcome=Outcome.OPEN,
        keywords=["Kyiv", "strike"],
        event_types=[EventType.STRIKE, EventType.THREAT],
    )
    # a bare `yes` is a YAML 1.1 boolean; it still means the outcome yes
    assert (second.id, second.outcome, second.prices) == ("ceasefire-2026", Outcome.YES, [])


def test_round_trip(tmp_path: Path) -> None:
    questions = load_questions_yaml(_write(tmp_path, VALID))
    questions.append(
        Question(
            id="metaculus-31244",
            source="metaculus",
            title="Will Russia and Ukraine agree to a ceasefire before 2026?",
            outcome=Outcome.NO,
            resolved_value=0.0,
            resolved_at=date(2026, 1, 2),
            prices=[
                PricePoint(datetime(2024, 12, 2, 15, 0, 0, 250000, tzinfo=UTC), 0.25, "metaculus")
            ],
        )
    )
    out = tmp_path / "out.yaml"
    dump_questions_yaml(questions, out)
    assert load_questions_yaml(out) == questions
    text = out.read_text()
    assert "outcome: 'yes'" in text  # quoted, so YAML does not read it back as a boolean
    assert "open_date: 2025-12-15" in text


def test_empty_file_has_no_questions(tmp_path: Path) -> None:
    assert load_questions_yaml(_write(tmp_path, "")) == []


def _one(fields: str, qid: str = "ceasefire-2026") -> str:
    return f"- id: a-first-one\n  title: fine\n- id: {qid}\n  title: A title\n{fields}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            _one("  prices:\n    - {at: '2026-01-02T00:00:00Z', probability: 1.4}\n"),
            "questions.yaml: question 2 (ceasefire-2026): probability 1.4 is outside [0, 1] "
            "(prices item 1)",
        ),
        (
            _one("  prices:\n    - {at: '2026-01-02T00:00:00Z', probability: high}\n"),
            "question 2 (ceasefire-2026): probability 'high' is not a number (prices item 1)",
        ),
        (
            _one("  prices:\n    - {at: '2026-01-02 10:00', probability: 0.5}\n"),
            "question 2 (ceasefire-2026): at '2026-01-02 10:00' has no time zone; add Z for UTC",
        ),
        (
            _one("  prices:\n    - {probability: 0.5}\n"),
            "question 2 (ceasefire-2026): at is missing (prices item 1)",
        ),
        (
            _one("  prices:\n    - {at: '2026-01-02T00:00:00Z', probability: 0.5, price: 3}\n"),
            "question 2 (ceasefire-2026): unknown field 'price'; known: at, probability, venue",
        ),
        (
            _one("  close_date: 2025-13-01\n"),
            "question 2 (ceasefire-2026): close_date '2025-13-01' is not a date (use YYYY-MM-DD)",
        ),
        (
            _one("  open_date: 2026-01-10\n  close_date: 2026-01-01\n"),
            "question 2 (ceasefire-2026): close_date 2026-01-01 is before open_date 2026-01-10",
        ),
        (
            _one("  resolution_dates: [2026-01-01T10:00:00Z]\n"),
            "question 2 (ceasefire-2026): resolution_dates 2026-01-01T10:00:00Z has a time of day",
        ),
        (
            _one("  event_types: [strike, invasion]\n"),
            "question 2 (ceasefire-2026): event type 'invasion' is not one of: strike, inter",
        ),
        (
            _one("  outcome: maybe\n"),
            "question 2 (ceasefire-2026): outcome 'maybe' is not one of: open, yes, no, annulled",
        ),
        (
            _one("  resolved_value: 2\n"),
            "question 2 (ceasefire-2026): resolved_value 2 is outside [0, 1]",
        ),
        (
            _one("  market_url: polymarket.com/event/x\n"),
            "question 2 (ceasefire-2026): market_url 'polymarket.com/event/x' must start with",
        ),
        (
            _one("  close-date: 2026-01-01\n"),
            "question 2 (ceasefire-2026): unknown field 'close-date'; known fields: id, title",
        ),
        (
            _one("  keywords: [Kyiv, {a: b}]\n"),
            "question 2 (ceasefire-2026): keywords entry {'a': 'b'} must be text",
        ),
        (
            "- id: x\n  title: [not, text]\n",
            "questions.yaml: question 1 (x): title must be text, not list",
        ),
        ("- id: x\n  resolution_criteria: c\n", "questions.yaml: question 1 (x): title is missing"),
        ("- title: no id here\n", "questions.yaml: question 1: id is missing"),
        ("- just a string\n", "questions.yaml: question 1: expected a mapping of fields"),
        (_one("", qid="a-first-one"), "question 2 (a-first-one): id 'a-first-one' is already used"),
        ("id: x\ntitle: y\n", "questions.yaml: expected a YAML list of questions"),
        ("- id: x\n  title: [unclosed\n", "questions.yaml: line 3: invalid YAML"),
    ],
)
def test_invalid_field_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(QuestionsFileError) as info:
        load_questions_yaml(path)
    assert message in str(info.value)
    assert str(info.value).startswith(f"{path}: ")
    assert info.value.path == path


def test_error_carries_question_and_field(tmp_path: Path) -> None:
    text = _one("  prices:\n    - {at: '2026-01-02T00:00:00Z', probability: 1.4}\n")
    with pytest.raises(QuestionsFileError) as info:
        load_questions_yaml(_write(tmp_path, text))
    assert (info.value.question, info.value.field) == ("question 2 (ceasefire-2026)", "probability")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionsFileError, match="file not found"):
        load_questions_yaml(tmp_path / "nope.yaml")
