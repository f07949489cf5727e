"""The records a brief is made of: lines with citations, sections, the probability table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MODEL = "model"  # the citation of a sentence whose numbers come from Tidings' forecasts


@dataclass
class Citation:
    """A numbered source: the document and the sentence a brief sentence rests on."""

    number: int
    doc_id: str
    title: str
    source_name: str
    published: date
    url: str
    sentence: str


@dataclass
class Line:
    """One sentence of the brief. ``kind``: fact, claim, model or connective."""

    text: str
    citations: list[int] = field(default_factory=list)
    kind: str = "fact"
    model: bool = False  # cites the model's forecasts rather than (or besides) an article


@dataclass
class Section:
    title: str
    lines: list[Line]


@dataclass
class TableRow:
    question_id: str
    title: str
    deadline: date
    probability: float
    previous: float | None
    market: float | None
    top: str


@dataclass
class Watchpoint:
    day: date
    text: str
    citations: list[int] = field(default_factory=list)
    whole_month: bool = False  # "in January": the month is the date to watch, not its 1st

    @property
    def label(self) -> str:
        return self.day.strftime("%Y-%m") if self.whole_month else self.day.isoformat()


@dataclass
class Brief:
    headline: str
    lede: list[Line]
    sections: list[Section]
    table: list[TableRow]
    watchpoints: list[Watchpoint]
    citations: list[Citation]
    as_of: date
    question_ids: list[str]
    charts: dict[str, str] = field(default_factory=dict)  # question id -> SVG markup
