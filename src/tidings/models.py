"""The typed records that flow between Tidings' stages.

Each stage is a function from records to records: ``ingest`` makes :class:`Document`,
``extract`` makes :class:`Claim`, :class:`Event`, :class:`Quantity` and :class:`TimeExpression`,
``questions`` makes :class:`Question`, ``link`` makes :class:`Evidence`, ``forecast`` makes
:class:`Forecast`. ``store`` persists them; nothing else writes SQL.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from enum import Enum


def content_hash(*parts: str) -> str:
    """Stable 16-hex-digit key for a record built from its defining text."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


def start_of(day: date) -> datetime:
    """The first moment of ``day`` in UTC: the line that "known before ``day``" draws."""
    return datetime.combine(day, time(), UTC)


class DateSource(str, Enum):
    """How a document's publication date was found, best first."""

    METADATA = "metadata"  # HTML meta tags / JSON-LD / JSON record field
    FEED = "feed"  # RSS/Atom entry date
    TEXT = "text"  # a date stamp found in the text itself
    FETCH = "fetch"  # nothing better: the time we read it


@dataclass(frozen=True)
class Flag:
    """A problem noticed in a document, with where it is (character offsets into ``text``)."""

    kind: str  # e.g. "broken_sentence", "short_text", "language_unknown"
    start: int = 0
    end: int = 0
    detail: str = ""


@dataclass
class Document:
    """One cleaned, dated news article."""

    id: str
    source: str  # where it came from: a file path, a feed URL, a page URL
    url: str
    title: str
    text: str
    published_at: datetime | None
    date_source: DateSource
    fetched_at: datetime
    language: str = "en"
    flags: list[Flag] = field(default_factory=list)
    repeated_paragraphs: int = 0  # paragraphs dropped as repeats of an earlier one
    boilerplate_lines: int = 0  # lines dropped as boilerplate
    duplicate_of: str | None = None  # canonical document id when this is a (near) duplicate
    duplicate_kind: str | None = None  # "exact" or "near"
    source_name: str = ""  # the outlet / feed / folder the article belongs to

    @property
    def is_canonical(self) -> bool:
        return self.duplicate_of is None


class Stance(str, Enum):
    ASSERT = "assert"
    DENY = "deny"
    THREATEN = "threaten"
    WARN = "warn"
    PROMISE = "promise"
    ACCUSE = "accuse"
    REJECT = "reject"
    ASSESS = "assess"
    PREDICT = "predict"

    @property
    def disputes(self) -> bool:
        """A denial or a rejection: the speaker answers another's claim, charge or demand."""
        return self in (Stance.DENY, Stance.REJECT)


class ClaimStatus(str, Enum):
    SINGLE_SOURCE = "single-source"
    CONTESTED = "contested"
    CORROBORATED = "corroborated"


class EventType(str, Enum):
    STRIKE = "strike"
    INTERCEPTION = "interception"
    THREAT = "threat"
    TALKS = "talks"
    AGREEMENT = "agreement"
    CEASEFIRE = "ceasefire"
    CAPTURE = "capture"
    WITHDRAWAL = "withdrawal"
    SANCTIONS_AID = "sanctions_aid"
    CASUALTIES = "casualties"
    POSITION = "position"


class Modality(str, Enum):
    OCCURRED = "occurred"
    ALLEGED = "alleged"
    PLANNED = "planned"
    THREATENED = "threatened"
    DENIED = "denied"
    CONDITIONAL = "conditional"


@dataclass
class Entity:
    """A named entity mention, normalised to an id such as ``person:sergei-lavrov``."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, ...
    entity_id: str


@dataclass
class Claim:
    """Someone said something: speaker, speech act, content, hedges, and its status."""

    id: str
    doc_id: str
    sentence_start: int
    sentence_end: int
    speaker: str
    speaker_id: str
    stance: Stance
    content: str
    content_start: int
    content_end: int
    hedges: list[str] = field(default_factory=list)
    made_on: date | None = None
    status: ClaimStatus = ClaimStatus.SINGLE_SOURCE
    related: list[str] = field(default_factory=list)  # ids of claims that deny/confirm it


@dataclass
class Event:
    """Something that happened, was alleged, threatened or planned."""

    id: str
    doc_id: str
    sentence_start: int
    sentence_end: int
    type: EventType
    modality: Modality
    trigger: str
    actor: str = ""
    target: str = ""
    location: str = ""
    event_date: date | None = None
    trigger_is_verb: bool = False  # "Russia struck Kyiv" reads as a clause, "strike" as a noun


@dataclass
class Quantity:
    """A number with its unit and what it counts, e.g. 91 drones intercepted."""

    doc_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str
    counts: str = ""
    value_max: float | None = None  # upper end of a range ("between 5 and 7")


@dataclass
class TimeExpression:
    """A time expression resolved against the document date into a closed interval."""

    doc_id: str
    start: int
    end: int
    text: str
    start_date: date
    end_date: date
    is_deadline: bool = False


class Outcome(str, Enum):
    OPEN = "open"
    YES = "yes"
    NO = "no"
    ANNULLED = "annulled"


@dataclass(frozen=True)
class PricePoint:
    """A market (or crowd) probability for YES at a moment on a venue."""

    at: datetime
    probability: float
    venue: str


@dataclass
class Question:
    """A binary event question with its resolution criteria, deadlines and market prices."""

    id: str
    source: str  # "user", "forecastbench", "polymarket", "kalshi", "metaculus", "manifold"
    title: str
    resolution_criteria: str = ""
    background: str = ""
    open_date: date | None = None
    close_date: date | None = None
    resolution_dates: list[date] = field(default_factory=list)
    market_url: str = ""
    prices: list[PricePoint] = field(default_factory=list)
    outcome: Outcome = Outcome.OPEN
    resolved_value: float | None = None
    resolved_at: date | None = None
    keywords: list[str] = field(default_factory=list)  # optional hints for linking
    event_types: list[EventType] = field(default_factory=list)

    def price_before(self, moment: datetime) -> PricePoint | None:
        """The last price strictly before ``moment``: what a forecaster could have seen."""
        seen = [p for p in self.prices if p.at < moment]
        return max(seen, key=lambda p: p.at) if seen else None

    def outcome_known_before(self, day: date) -> bool:
        """Whether the question had resolved (or been annulled) before ``day``. An outcome
        without a resolution date is never taken as known: its day cannot be checked."""
        return (
            self.outcome is not Outcome.OPEN
            and self.resolved_at is not None
            and self.resolved_at < day
        )

    def as_known_before(self, day: date) -> Question:
        """The question as a forecaster saw it before ``day``: earlier prices only, and no
        outcome unless :meth:`outcome_known_before` that day."""
        moment = start_of(day)
        prices = [p for p in self.prices if p.at < moment]
        if self.outcome_known_before(day):
            return replace(self, prices=prices)
        return replace(
            self, prices=prices, outcome=Outcome.OPEN, resolved_value=None, resolved_at=None
        )


@dataclass
class Evidence:
    """A document (and optionally a claim or event in it) linked to a question."""

    question_id: str
    doc_id: str
    score: float
    reason: str
    claim_id: str | None = None
    event_id: str | None = None


@dataclass
class Contribution:
    """One term of a forecast, in log-odds, with what it rests on."""

    kind: str  # prior, time, evidence, market, calibration
    log_odds: float
    label: str
    doc_id: str | None = None


@dataclass
class Forecast:
    """A probability for a question as of a date, explained term by term."""

    question_id: str
    as_of: date
    probability: float
    contributions: list[Contribution] = field(default_factory=list)
    deadline: date | None = None
