"""The forecast for a news-linked question: every term in log-odds, each with what it rests on.

    prior        base rate of the question's family (resolved questions in the store)
    time         hazard view: the chance left before the deadline falls as it nears
    evidence     linked events and claims, weighted by type, modality, status, recency, relevance
    market       pooled with the last market price seen before the as-of date (which prices
                 the last deadline; an earlier one takes its days' share under a constant hazard)
    consistency  P(by an earlier deadline) never exceeds P(by a later one)
    calibration  a final map fitted on resolved questions (identity until there are enough)

Point in time: a forecast as of day D sees documents published, prices quoted and questions
resolved strictly before D (00:00 UTC).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from tidings.forecast.calibration import Calibrator
from tidings.forecast.prior import logit, sigmoid
from tidings.models import (
    Claim,
    ClaimStatus,
    Contribution,
    Event,
    EventType,
    Evidence,
    Forecast,
    Modality,
    Outcome,
    Question,
    Stance,
    start_of,
)

# Chance that a "by deadline" event question resolves YES, before anything else is known.
# Shrunk toward this with the strength of DEFAULT_PRIOR_STRENGTH pseudo-questions.
DEFAULT_BASE_RATE = 0.3
DEFAULT_PRIOR_STRENGTH = 4.0
# Relative evidence weights (log-odds): one occurred, corroborated, on-topic event is one
# unit. Their overall scale and the weight of an event already inside the window are fitted
# on resolved news-linked questions (see NewsWeights); the ratios below are set by hand.
EVENT_WEIGHT = 1.0
CLAIM_WEIGHT = 0.35
MODALITY = {
    Modality.OCCURRED: 1.0,
    Modality.ALLEGED: 0.45,
    Modality.PLANNED: 0.35,
    Modality.THREATENED: 0.3,
    Modality.CONDITIONAL: 0.1,
    Modality.DENIED: -0.3,
}
STATUS = {ClaimStatus.CORROBORATED: 1.3, ClaimStatus.SINGLE_SOURCE: 1.0, ClaimStatus.CONTESTED: 0.3}
STANCE_SIGN = {
    Stance.THREATEN: 1.0,
    Stance.PROMISE: 0.8,
    Stance.PREDICT: 0.6,
    Stance.WARN: 0.6,
    Stance.ASSERT: 0.3,
    Stance.ACCUSE: 0.3,
    Stance.ASSESS: 0.3,
    Stance.REJECT: -1.0,
    Stance.DENY: -0.4,
}
RECENCY_HALF_LIFE_DAYS = 7.0
MAX_EVIDENCE = 3.0  # total evidence is capped: news can be loud without being decisive
DECAY = 0.7
MARKET_WEIGHT = 0.75  # share of the pooled log-odds given to the market price
TOP_CONTRIBUTIONS = 6
NEWS_WEIGHTS_FILE = Path(__file__).with_name("data") / "news_weights.json"


@dataclass(frozen=True)
class NewsWeights:
    """How far the news moves a forecast, in log-odds.

    ``evidence_scale`` multiplies the capped sum of evidence terms; ``occurred_in_window``
    is the term for an on-topic event that already happened inside the question's window
    (it then replaces the time term); ``time_weight`` multiplies the time term, which
    assumes the event has not happened yet. The shipped values are fitted by
    ``bench/bench_news_forecast.py`` on our resolved news-linked questions; ``fitted_on``
    says on what.
    """

    evidence_scale: float = 1.0
    occurred_in_window: float = 4.0
    fitted_on: str = "hand-set defaults"
    time_weight: float = 1.0

    @classmethod
    def load(cls, path: Path = NEWS_WEIGHTS_FILE) -> NewsWeights:
        """The fitted weights, or the hand-set defaults when no fit has been shipped."""
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        return cls(
            float(data["evidence_scale"]),
            float(data["occurred_in_window"]),
            data["fitted_on"],
            float(data.get("time_weight", 1.0)),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"


@dataclass(frozen=True)
class NewsInputs:
    """What the news model sees for one question and date, before any weighting; the same
    for every deadline but the time term (:meth:`time`)."""

    rate: float  # the base rate behind the prior term
    prior: Contribution
    evidence: list[Contribution]  # every weighed item, decayed, uncapped, unscaled
    occurred: Contribution | None  # an on-topic event already inside the window

    def time(self, question: Question, deadline: date, as_of: date) -> Contribution:
        """The hazard term: the deadline nearing without the event."""
        p_time = time_factor(question, deadline, as_of, self.rate)
        return Contribution(
            "time",
            logit(p_time) - logit(self.rate),
            f"{(deadline - as_of).days + 1} days left to {deadline.isoformat()}, constant hazard",
        )

    @property
    def evidence_total(self) -> float:
        """The evidence sum after the cap: news can be loud without being decisive."""
        total = sum(c.log_odds for c in self.evidence)
        return max(-MAX_EVIDENCE, min(MAX_EVIDENCE, total))


@dataclass
class EvidenceItems:
    """The linked documents of one question with the events and claims inside them."""

    links: list[Evidence]
    events: dict[str, list[Event]] = field(default_factory=dict)  # by doc id
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    published: dict[str, datetime] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # by doc id, to quote what is weighed


def base_rate(question: Question, resolved: list[Question], before: date) -> tuple[float, str]:
    """Share of YES among resolved questions sharing an event type, shrunk to the default."""
    kinds = set(question.event_types)
    family = [
        q
        for q in resolved
        if q.id != question.id
        and q.outcome in (Outcome.YES, Outcome.NO)
        and q.outcome_known_before(before)
        and (not kinds or kinds & set(q.event_types))
    ]
    yes = sum(q.outcome is Outcome.YES for q in family)
    rate = (yes + DEFAULT_BASE_RATE * DEFAULT_PRIOR_STRENGTH) / (
        len(family) + DEFAULT_PRIOR_STRENGTH
    )
    if not family:
        return rate, f"default base rate {rate:.2f} (no resolved questions of this kind yet)"
    return rate, f"base rate {rate:.2f} from {len(family)} resolved questions of this kind"


def _event_phrase(event: Event) -> str:
    """What an event was, read as a headline: a verb as a clause ("Russia pounds Kyiv",
    "Zelenskyy met with Donald Trump"), a noun as a phrase ("strike by Russia on Kyiv", "call
    by the leaders"); roles run together would read wrongly ("The leaders call")."""
    actor = re.sub(r"^The ", "the ", event.actor)
    joins = event.type in (EventType.TALKS, EventType.AGREEMENT, EventType.CEASEFIRE)
    target = f"{'with ' if joins else ''}{event.target}" if event.target else ""
    if event.trigger_is_verb:
        return " ".join(w for w in (actor, event.trigger, target) if w)
    return (
        event.trigger
        + (f" by {actor}" if actor else "")
        + (f" {'with' if joins else 'on'} {event.target}" if event.target else "")
    )


def _headline_fits(event: Event, text: str) -> bool:
    """Whether :func:`_event_phrase` reads as the source does: a noun with a role ("call by
    the leaders"), or a verb with the object the sentence gives it ("Russia pounds Kyiv")."""
    if not (event.actor or event.target):
        return False
    if not event.trigger_is_verb:
        return True
    return bool(event.target) and f"{event.trigger} {event.target}" in _sentence(text, event)


def _sentence(text: str, event: Event) -> str:
    """The event's sentence on one line."""
    return " ".join(text[event.sentence_start : event.sentence_end].split())


def _quote(text: str, event: Event, width: int = 90) -> str:
    """The event's sentence, or the ``width`` characters of it around the trigger, cut at
    words."""
    sentence = _sentence(text, event)
    if len(sentence) <= width:
        return sentence
    at = max(0, sentence.find(event.trigger))
    start = max(0, min(at - width // 3, len(sentence) - width))
    end = start + width
    if start > 0:
        start = sentence.find(" ", start) + 1
    if end < len(sentence):
        end = sentence.rfind(" ", start, end)
    return ("…" if start > 0 else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def time_factor(question: Question, deadline: date, as_of: date, p_window: float) -> float:
    """P(event by deadline | not yet by as_of) under a constant hazard over the window."""
    opened = question.open_date or min(as_of, deadline)
    span = max(1, (deadline - opened).days)
    left = max(0, (deadline - as_of).days + 1)
    hazard = -math.log(max(1e-6, 1 - p_window)) / span
    return 1 - math.exp(-hazard * min(left, span))


def _recency(published: datetime, as_of: date) -> float:
    age = max(0.0, (start_of(as_of) - published).total_seconds() / 86400)
    return 0.5 ** (age / RECENCY_HALF_LIFE_DAYS)


_EXCLUSION = re.compile(r"\b(do|does|will) not (count|qualify)|\bexcluded\b|\bexcept\b", re.I)


def excluded_kinds(question: Question) -> set[str]:
    """Words from the criteria's exclusions ("Local, humanitarian or energy-only truces ... do
    not count"): an event qualified by one of them ("local ceasefires") is not the kind of
    event the question resolves on."""
    words: set[str] = set()
    for sentence in re.split(r"(?<=[.;])\s+", question.resolution_criteria):
        if _EXCLUSION.search(sentence):
            words |= {w for w in re.findall(r"[a-z]+", sentence.lower()) if len(w) > 3}
    return words


def _excluded(event: Event, kinds: set[str]) -> bool:
    qualifiers = re.findall(r"[a-z]+", event.trigger.lower())[:-1]
    return any(q in kinds for q in qualifiers)


def evidence_terms(question: Question, items: EvidenceItems, as_of: date) -> list[Contribution]:
    """One contribution per weighed event or claim, in log-odds, largest first. Events of a
    kind the resolution criteria exclude (a local truce for a general-ceasefire question) do
    not count."""
    wanted = set(question.event_types) or set(EventType)
    kinds = excluded_kinds(question)
    terms: list[Contribution] = []
    for link in items.links:
        published = items.published.get(link.doc_id)
        if published is None:
            continue
        recency = _recency(published, as_of)
        claims = items.claims.get(link.doc_id, [])
        for event in items.events.get(link.doc_id, []):
            if event.type not in wanted or _excluded(event, kinds):
                continue
            status = _status_of_sentence(claims, event.sentence_start)
            weight = EVENT_WEIGHT * MODALITY[event.modality] * STATUS[status] * recency * link.score
            if abs(weight) < 0.01:
                continue
            text = items.texts.get(link.doc_id)
            if text and not _headline_fits(event, text):
                # a trigger alone ("down", "explosions") says too little, and a verb's roles
                # run together can misread ("Russia launched the country"): quote the sentence
                what, where = f'"{_quote(text, event)}"', ""
            else:
                what = _event_phrase(event)
                where = f" in {event.location}" if event.location not in ("", event.target) else ""
            terms.append(
                Contribution(
                    "evidence",
                    weight,
                    f"{event.type.value} ({event.modality.value}): {what}{where}, "
                    f"{(event.event_date or published.date()).isoformat()}, {status.value}",
                    link.doc_id,
                )
            )
        for claim in claims:
            sign = STANCE_SIGN.get(claim.stance, 0.0)
            if claim.stance in (Stance.ASSERT, Stance.ACCUSE, Stance.ASSESS):
                continue  # assertions enter through the events they report
            weight = CLAIM_WEIGHT * sign * STATUS[claim.status] * recency * link.score
            if abs(weight) < 0.01:
                continue
            speaker = claim.speaker or "unattributed"
            terms.append(
                Contribution(
                    "evidence",
                    weight,
                    f"{speaker} {claim.stance.value}s: {_short(claim.content)}, "
                    f"{(claim.made_on or published.date()).isoformat()}, {claim.status.value}",
                    link.doc_id,
                )
            )
    terms.sort(key=lambda c: -abs(c.log_odds))
    # Many reports of one development are not many developments: the k-th strongest item
    # counts DECAY**k, so volume alone cannot swamp the forecast.
    return [
        Contribution(c.kind, c.log_odds * DECAY**k, c.label, c.doc_id) for k, c in enumerate(terms)
    ]


# Events resolved by where they happen; the others (agreements, talks, sanctions) by who
# takes part: "Europe agreed to lend Ukraine" happens "in Ukraine" but is no Russia-Ukraine
# peace agreement.
_PLACED = {
    EventType.STRIKE,
    EventType.INTERCEPTION,
    EventType.CAPTURE,
    EventType.WITHDRAWAL,
    EventType.CASUALTIES,
}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip


# Words a title capitalises that name a kind of place or body, not a particular one: with
# "Kharkiv Oblast" in a title, a capture anywhere in "Donetsk Oblast" had read as the town.
_GENERIC = {
    "oblast", "region", "province", "district", "city", "town", "village", "state", "republic",
    "national", "court", "constitutional", "forces", "north", "south", "east", "west",
}  # fmt: skip
_SMALL = {"of", "al", "el", "de", "la", "bin"}  # lower-case words inside a name ("Gulf of Aden")


@dataclass(frozen=True)
class TitleName:
    """A proper name of a question's title, lower-cased: "united states", "kharkiv"."""

    text: str
    region: bool  # the region a place named just before lies in: "Kurakhove in Donetsk Oblast"


def title_names(question: Question) -> list[TitleName]:
    """The title's proper names in order, each a run of capitalised words; a leading "Will",
    months and generic words ("Oblast", "City") left out."""
    words = question.title.replace("?", " ").replace("–", " ").replace("-", " ").split()
    if words and words[0].lower() == "will":
        words = words[1:]
    names: list[TitleName] = []
    run: list[str] = []
    region = False  # the run being read follows "<name> in"
    for raw in [*words, "."]:
        word = raw.strip(",.'’").lower()
        if (raw[:1].isupper() and word not in _MONTHS) or (run and word in _SMALL):
            run.append(word)
            continue
        closed = bool(run)
        while run and run[-1] in _SMALL:
            run.pop()
        kept = [w for w in run if w not in _GENERIC]
        if kept:
            names.append(TitleName(" ".join(kept), region))
        run = []
        region = closed and word == "in"
    return names


def _mentions(text: str, name: str) -> bool:
    """Whether ``text`` names ``name``, a country also by its people ("Russian", "Israeli")."""
    if re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text):
        return True
    stem = name[:-1]
    return (
        len(name) >= 5
        and " " not in name
        and any(w.startswith(stem) for w in re.findall(r"[a-z]+", text))
    )


def _named(names: list[str], text: str) -> list[str]:
    """The names that ``text`` mentions."""
    return [n for n in names if _mentions(text, n)]


def already_happened(question: Question, items: EvidenceItems, as_of: date) -> Contribution | None:
    """An event of the question's kind that occurred inside its window, at a place (strikes,
    captures) or between parties (agreements, talks) the question's title names: the
    question is probably resolving YES already. Its log-odds is 1 here; :class:`NewsWeights`
    says what it is worth.

    The question's first event type is the one that resolves it ("strike" for a strike
    question); the others (talks before a ceasefire) only bear on it. What must match:

    * every name the title sets, somewhere in the event's sentence: a Russian missile
      attack on Ukraine is no second Oreshnik launch;
    * a place the title names, and for a capture or a withdrawal not the region it names
      the town in: a capture elsewhere in Donetsk Oblast is not Kurakhove taken; and a
      doer, when the event names one, the title names too: an Israeli strike in Yemen does
      not resume American ones;
    * two of the parties the title names, when it names two: a ceasefire between Israel
      and Syria is no Israel-Hamas truce.

    A statement of position (a vote, a ruling) resolves nothing by happening: a court's
    ruling may clear a candidate or bar one. Nor does a death toll's rising settle whether
    it passes the number a title sets.
    """
    if not question.event_types or question.open_date is None:
        return None
    resolving = question.event_types[0]
    if resolving is EventType.POSITION:
        return None
    if resolving is EventType.CASUALTIES and re.search(r"\d", question.title):
        return None
    names = title_names(question)
    every = [n.text for n in names]
    # the town asked about, not its region; a strike or a toll "in Yemen" is in Yemen
    town = resolving in (EventType.CAPTURE, EventType.WITHDRAWAL)
    places = [n.text for n in names if not (town and n.region)]
    kinds = excluded_kinds(question)
    for link in items.links:
        for event in items.events.get(link.doc_id, []):
            if not (
                event.type is resolving
                and not _excluded(event, kinds)
                and event.modality is Modality.OCCURRED
                and event.event_date is not None
                and question.open_date <= event.event_date < as_of
                and link.score >= 0.5
            ):
                continue
            sentence = _sentence(items.texts.get(link.doc_id, ""), event).lower()
            if sentence and len(_named(places, sentence)) < len(places):
                continue
            if resolving in _PLACED:
                where = f"{event.location} {event.target}".lower()
                at = _named(places, where)
                doers = _named(every, event.actor.lower())
                if not at or (event.actor and not set(doers) - set(at)):
                    continue
                said = f"in {event.location or event.target}"
            else:
                parties = _named(every, f"{event.actor} {event.target}".lower())
                if len(parties) < min(2, len(every)):
                    continue
                said = f"between {event.actor or event.target}" + (
                    f" and {event.target}" if event.actor and event.target else ""
                )
            return Contribution(
                "evidence",
                1.0,
                f"{event.type.value} occurred {said} on "
                f"{event.event_date.isoformat()}, inside the question's window",
                link.doc_id,
            )
    return None


def _status_of_sentence(claims: list[Claim], sentence_start: int) -> ClaimStatus:
    statuses = [c.status for c in claims if c.sentence_start == sentence_start]
    if ClaimStatus.CONTESTED in statuses:
        return ClaimStatus.CONTESTED
    if ClaimStatus.CORROBORATED in statuses:
        return ClaimStatus.CORROBORATED
    return ClaimStatus.SINGLE_SOURCE


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def news_inputs(
    question: Question, as_of: date, items: EvidenceItems, resolved: list[Question]
) -> NewsInputs:
    """The unweighted terms of the news model (pure)."""
    rate, rate_label = base_rate(question, resolved, as_of)
    return NewsInputs(
        rate=rate,
        prior=Contribution("prior", logit(rate), rate_label),
        evidence=evidence_terms(question, items, as_of),
        occurred=already_happened(question, items, as_of),
    )


def last_deadline(question: Question) -> date | None:
    """The deadline the question's own outcome answers for."""
    return max((d for d in question.resolution_dates or [question.close_date] if d), default=None)


def raw_log_odds(forecast: Forecast) -> float:
    """A forecast's log-odds before calibration and the deadline-consistency cap: what a
    calibration map is fitted on."""
    return sum(c.log_odds for c in forecast.contributions if c.kind not in _AFTER_MODEL)


_AFTER_MODEL = ("calibration", "consistency")


@dataclass(frozen=True)
class MarketQuote:
    """The market's probability of the event by one deadline, and how it was read."""

    probability: float
    label: str
    implied: bool  # derived from the last deadline's price: no venue quotes this deadline


def market_for(question: Question, deadline: date, as_of: date) -> MarketQuote | None:
    """The market's probability of the event by ``deadline``, from the last price before
    ``as_of``; None without a price."""
    price = question.price_before(start_of(as_of))
    if price is None:
        return None
    quoted = f"{price.venue} price {price.probability:.2f} on {price.at.date().isoformat()}"
    last = last_deadline(question)
    if last is None or deadline >= last:
        return MarketQuote(price.probability, quoted, implied=False)
    # the market prices the last deadline; an earlier one gets the share of that chance its
    # days would carry under a constant hazard
    days, all_days = (deadline - as_of).days + 1, (last - as_of).days + 1
    market = 1 - (1 - price.probability) ** (days / all_days)
    label = f"{quoted} for {last.isoformat()}, {days} of {all_days} days: {market:.2f}"
    return MarketQuote(market, label, implied=True)


def forecast_question(
    question: Question,
    as_of: date,
    items: EvidenceItems,
    resolved: list[Question],
    calibrator: Calibrator | None = None,
    market_weight: float = MARKET_WEIGHT,
    weights: NewsWeights | None = None,
) -> list[Forecast]:
    """One forecast per deadline still ahead of ``as_of``, each explained term by term."""
    weights = weights or SHIPPED_WEIGHTS
    deadlines = sorted(d for d in (question.resolution_dates or [question.close_date]) if d) or []
    deadlines = [d for d in deadlines if d >= as_of]
    if not deadlines:
        return []
    forecasts: list[Forecast] = []
    inputs = news_inputs(question, as_of, items, resolved)
    # the weights are fitted ones and may be small: say so, or a resolving event or a report
    # shown at +0.00 reads as a bug
    fitted = weights.fitted_on
    if fitted != NewsWeights.fitted_on:
        fitted = f"fitted on {fitted}"
    occurred = None
    if inputs.occurred is not None:
        o = inputs.occurred
        label = f"{o.label} (weight {weights.occurred_in_window:.2f}, {fitted})"
        occurred = Contribution(o.kind, weights.occurred_in_window, label, o.doc_id)
    total = sum(c.log_odds for c in inputs.evidence)
    evidence = _top(inputs.evidence, inputs.evidence_total * weights.evidence_scale, total)
    if evidence:
        first = evidence[0]
        label = f"{first.label} (reports weigh {weights.evidence_scale:.2f}, {fitted})"
        evidence[0] = Contribution(first.kind, first.log_odds, label, first.doc_id)
    for deadline in deadlines:
        terms = [inputs.prior]
        if occurred is None:
            time_term = inputs.time(question, deadline, as_of)
            if weights.time_weight != 1.0:
                time_term = Contribution(
                    time_term.kind,
                    weights.time_weight * time_term.log_odds,
                    f"{time_term.label} (weight {weights.time_weight:.2f}, {fitted})",
                )
            terms.append(time_term)
        else:
            terms.append(occurred)
        terms += evidence
        model = sum(c.log_odds for c in terms)
        quote = market_for(question, deadline, as_of)
        if quote is not None:
            pooled = market_weight * logit(quote.probability) + (1 - market_weight) * model
            label = f"{quote.label}, weight {market_weight:.2f}"
            terms.append(Contribution("market", pooled - model, label))
        raw = sum(c.log_odds for c in terms)
        if calibrator is not None:
            step = calibrator.contribution(raw)
            if abs(step.log_odds) > 1e-9:
                terms.append(step)
        total = sum(c.log_odds for c in terms)
        forecasts.append(Forecast(question.id, as_of, sigmoid(total), terms, deadline))
    # P(by an earlier deadline) never exceeds P(by a later one): the later deadline carries
    # the market's own price, so earlier ones are lowered to it, not the other way round.
    ceiling = 1.0
    for f in reversed(forecasts):
        if f.probability > ceiling:
            f.contributions.append(
                Contribution(
                    "consistency",
                    logit(ceiling) - logit(f.probability),
                    "lowered to the later deadline's probability",
                )
            )
            f.probability = ceiling
        ceiling = f.probability
    return forecasts


def _top(evidence: list[Contribution], capped: float, total: float) -> list[Contribution]:
    """The largest evidence terms, the rest lumped, scaled to the capped (weighted) total."""
    if not evidence:
        return []
    scale = capped / total if total else 1.0
    shown = [
        Contribution(c.kind, c.log_odds * scale, c.label, c.doc_id)
        for c in evidence[:TOP_CONTRIBUTIONS]
    ]
    rest = evidence[TOP_CONTRIBUTIONS:]
    if rest:
        shown.append(
            Contribution(
                "evidence",
                sum(c.log_odds for c in rest) * scale,
                f"{len(rest)} further linked items",
            )
        )
    return shown


SHIPPED_WEIGHTS = NewsWeights.load()
