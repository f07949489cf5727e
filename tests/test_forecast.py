"""The forecast engine: its terms, point-in-time honesty, deadline consistency, explanations."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from tidings.forecast.calibration import Calibrator
from tidings.forecast.engine import (
    EvidenceItems,
    NewsWeights,
    _event_phrase,
    already_happened,
    evidence_terms,
    forecast_question,
    raw_log_odds,
    time_factor,
    title_names,
)
from tidings.forecast.prior import sigmoid
from tidings.forecast.service import Desk, market_as_seen, timeline_notes
from tidings.models import (
    Contribution,
    Event,
    EventType,
    Evidence,
    Forecast,
    Modality,
    Outcome,
    PricePoint,
    Question,
)
from tidings.store.db import open_store
from tidings.store.questions import save_forecasts

Q = Question(
    id="q",
    source="user",
    title="Russian strike hits Kyiv by December 31, 2025?",
    open_date=date(2025, 12, 1),
    close_date=date(2026, 3, 31),
    resolution_dates=[date(2026, 1, 31), date(2026, 3, 31)],
    keywords=["Kyiv", "strike"],
    event_types=[EventType.STRIKE],
)


def kyiv_strike(
    modality: Modality = Modality.OCCURRED, location: str = "Kyiv", day: date = date(2025, 12, 18)
) -> EvidenceItems:
    """One linked article reporting a strike, as the engine receives it."""
    event = Event(
        "e",
        "d",
        0,
        10,
        EventType.STRIKE,
        modality,
        "struck",
        "Russia",
        location,
        location,
        day,
        trigger_is_verb=True,
    )
    return EvidenceItems(
        [Evidence("q", "d", 0.9, "")],
        events={"d": [event]},
        published={"d": datetime(2025, 12, 18, tzinfo=UTC)},
    )


def test_time_factor_falls_as_the_deadline_nears() -> None:
    values = [time_factor(Q, date(2026, 3, 31), date(2026, 3, d), 0.4) for d in (1, 10, 20, 30)]
    assert values == sorted(values, reverse=True)
    assert time_factor(Q, date(2026, 3, 31), Q.open_date, 0.4) == pytest.approx(0.4, abs=0.01)


def test_contributions_sum_to_the_probability_and_deadlines_are_consistent() -> None:
    forecasts = forecast_question(Q, date(2025, 12, 20), EvidenceItems([]), [])
    assert [f.deadline for f in forecasts] == Q.resolution_dates
    for f in forecasts:
        assert sigmoid(sum(c.log_odds for c in f.contributions)) == pytest.approx(f.probability)
    assert forecasts[0].probability <= forecasts[1].probability


def test_market_price_after_the_as_of_date_is_never_used() -> None:
    q = Question(
        **{
            **Q.__dict__,
            "prices": [
                PricePoint(datetime(2025, 12, 10, tzinfo=UTC), 0.2, "polymarket"),
                PricePoint(datetime(2025, 12, 25, tzinfo=UTC), 0.9, "polymarket"),
            ],
        }
    )
    early = forecast_question(q, date(2025, 12, 20), EvidenceItems([]), [])[-1]
    market = next(c for c in early.contributions if c.kind == "market")
    assert "0.20" in market.label and "0.90" not in market.label


@pytest.mark.parametrize("price", [0.02, 0.3, 0.97])
@pytest.mark.parametrize("as_of", [date(2025, 12, 20), date(2026, 1, 30)])
def test_an_earlier_deadline_never_exceeds_a_later_one(price: float, as_of: date) -> None:
    quote = PricePoint(datetime(2025, 12, 10, tzinfo=UTC), price, "kalshi")
    q = Question(**{**Q.__dict__, "prices": [quote]})
    for items in (kyiv_strike(), EvidenceItems([])):
        jan, mar = forecast_question(q, as_of, items, [])
        assert jan.probability <= mar.probability


def test_an_earlier_deadline_takes_its_share_of_the_market_price() -> None:
    price = PricePoint(datetime(2025, 12, 10, tzinfo=UTC), 0.40, "polymarket")
    q = Question(**{**Q.__dict__, "prices": [price]})
    jan, mar = forecast_question(q, date(2025, 12, 20), EvidenceItems([]), [])
    # 43 of the 102 days to March 31: 1 - 0.6 ** (43 / 102) = 0.19 from the market, not 0.40
    scaled = next(c for c in jan.contributions if c.kind == "market")
    assert "43 of 102 days: 0.19" in scaled.label
    assert jan.probability < mar.probability
    assert not any(c.kind == "consistency" for c in jan.contributions)


# the mechanics below are checked at the hand-set weights, whatever the shipped fit says
HAND_SET = NewsWeights()


def test_an_occurred_on_topic_event_inside_the_window_drives_the_forecast_up() -> None:
    without = forecast_question(Q, date(2025, 12, 20), EvidenceItems([]), [], weights=HAND_SET)[-1]
    with_event = forecast_question(Q, date(2025, 12, 20), kyiv_strike(), [], weights=HAND_SET)[-1]
    assert with_event.probability > 0.9 > without.probability
    assert any("inside the question's window" in c.label for c in with_event.contributions)
    # the roles read as a headline, the location left out when it is the target
    assert any("Russia struck Kyiv," in c.label for c in with_event.contributions)


def test_an_event_reads_as_a_headline_with_its_counterpart() -> None:
    met = Event(
        "e",
        "d",
        0,
        10,
        EventType.TALKS,
        Modality.OCCURRED,
        "met",
        "Zelenskyy",
        "Trump",
        "",
        None,
        trigger_is_verb=True,
    )
    assert _event_phrase(met) == "Zelenskyy met with Trump"
    # a noun is not run together with its roles ("The leaders call")
    call = Event("e", "d", 0, 10, EventType.TALKS, Modality.OCCURRED, "call", "The leaders")
    assert _event_phrase(call) == "call by the leaders"
    strike = Event("e", "d", 0, 10, EventType.STRIKE, Modality.ALLEGED, "drone strike", "", "Kyiv")
    assert _event_phrase(strike) == "drone strike on Kyiv"


def test_an_event_with_no_roles_is_quoted_from_its_sentence() -> None:
    text = (
        "Officials urged residents to stay in shelters. Air defences downed most of the "
        "missiles over the capital, but explosions were heard across the city for several "
        "hours after the barrage began shortly before dawn on Saturday."
    )
    start = text.index("Air")
    bare = Event(
        "e", "d", start, len(text), EventType.STRIKE, Modality.OCCURRED, "explosions", "", ""
    )
    items = EvidenceItems(
        [Evidence("q", "d", 0.9, "")],
        events={"d": [bare]},
        published={"d": datetime(2025, 12, 18, tzinfo=UTC)},
        texts={"d": text},
    )
    (term,) = evidence_terms(Q, items, date(2025, 12, 19))
    quote = term.label.split('"')[1]
    # the words around the trigger, cut at word boundaries, never the sentence before
    assert "explosions were heard" in quote and quote.startswith("…") and quote.endswith("…")
    assert "shelters" not in quote and len(quote) <= 92
    assert all(w in text for w in quote.strip("…").split())
    # a verb whose target the sentence does not give right after it is quoted too, lest
    # "Russia launched the country" stand for "launched 127 drones against the country"
    launched = Event(
        "e", "d", start, len(text), EventType.STRIKE, Modality.OCCURRED, "downed", "Air defences",
        "the capital", trigger_is_verb=True,
    )  # fmt: skip
    items.events["d"] = [launched]
    assert '"' in evidence_terms(Q, items, date(2025, 12, 19))[0].label
    items.events["d"] = [bare]
    # without the document's text, the event's own words stand in
    items.texts.clear()
    assert evidence_terms(Q, items, date(2025, 12, 19))[0].label.startswith(
        "strike (occurred): explosions"
    )


def test_alleged_and_denied_events_weigh_less_than_occurred() -> None:
    def prob(modality: Modality) -> float:
        items = kyiv_strike(modality, location="Lviv", day=date(2025, 11, 20))
        return forecast_question(Q, date(2025, 12, 20), items, [], weights=HAND_SET)[-1].probability

    assert (
        prob(Modality.OCCURRED)
        > prob(Modality.ALLEGED)
        > prob(Modality.THREATENED)
        > prob(Modality.DENIED)
    )


def test_base_rate_uses_only_questions_resolved_before_the_date() -> None:
    resolved = [
        Question(
            id=f"r{i}",
            source="user",
            title="x",
            outcome=Outcome.YES,
            resolved_at=date(2025, 12, 25),
            event_types=[EventType.STRIKE],
        )
        for i in range(20)
    ]
    before = forecast_question(Q, date(2025, 12, 20), EvidenceItems([]), resolved)[-1]
    after = forecast_question(Q, date(2025, 12, 26), EvidenceItems([]), resolved)[-1]
    assert "no resolved questions of this kind yet" in before.contributions[0].label
    assert "from 20 resolved" in after.contributions[0].label


def test_sample_forecasts_are_point_in_time(sample_desk) -> None:
    """An article published after the as-of date never enters the forecast."""
    forecasts = sample_desk.forecast(date(2025, 12, 24), save=False)
    assert forecasts
    docs = {d.id: d.published for d in sample_desk.index.docs}
    for f in forecasts:
        for c in f.contributions:
            if c.doc_id:
                assert docs[c.doc_id] < datetime(2025, 12, 24, tzinfo=UTC)


def test_sample_kyiv_question_reads_the_december_barrage(sample_desk) -> None:
    (kyiv,) = [
        f for f in sample_desk.forecast(date(2025, 12, 31), ["kyiv-strike-2025-12-31"], save=False)
    ]
    assert kyiv.probability > 0.9
    before = sample_desk.forecast(date(2025, 12, 26), ["kyiv-strike-2025-12-31"], save=False)[0]
    assert before.probability < kyiv.probability


def test_new_article_updates_only_the_questions_it_bears_on(sample_store, sample_desk) -> None:
    from tidings.link.linker import LinkDoc

    desk = type(sample_desk)(sample_store)
    desk.__dict__.update(sample_desk.__dict__)
    article = LinkDoc(
        "new-doc",
        "Russian missiles strike Kyiv overnight",
        "Russian missiles struck Kyiv overnight, hitting residential buildings in "
        "the capital, the city's mayor said.",
        datetime(2025, 12, 30, 9, tzinfo=UTC),
    )
    updated = desk.add_documents([article], date(2025, 12, 31), save=False)
    assert "kyiv-strike-2025-12-31" in {f.question_id for f in updated}
    kyiv = next(q for q in desk.questions if q.id == "kyiv-strike-2025-12-31")
    linked = desk.index.link(
        kyiv, as_of=datetime(2026, 1, 1, tzinfo=UTC), query_vector=desk.query_vectors.get(kyiv.id)
    )
    assert "new-doc" in {s.doc.id for s in linked}


def test_refresh_takes_in_what_was_ingested_since_the_desk_loaded(sample_store, tmp_path) -> None:
    """The incremental path a user runs: ingest, extract, refresh; only new documents enter
    and only the questions they bear on are re-forecast."""
    import json
    import shutil

    from tidings.extract.pipeline import run_extraction
    from tidings.forecast.service import Desk
    from tidings.ingest.pipeline import ingest
    from tidings.store.db import open_store

    sample_store.conn.execute("CHECKPOINT")
    shutil.copy(sample_store.path, tmp_path / "copy.duckdb")
    with open_store(tmp_path / "copy.duckdb") as store:
        desk = Desk(store).load()
        assert desk.refresh(date(2025, 12, 31), save=False) == []  # nothing new yet
        record = {
            "title": "Russian missiles hit residential buildings in Kyiv",
            "text": "Russian missiles struck Kyiv overnight, hitting residential buildings in "
            "the Darnytskyi district of the capital, the city's mayor said on Tuesday. "
            "Emergency crews worked through the morning to clear the rubble.",
            "url": "https://example.test/kyiv-overnight",
            "published": "2025-12-30T08:00:00Z",
        }
        (tmp_path / "new.jsonl").write_text(json.dumps(record) + "\n")
        assert ingest(store, [str(tmp_path / "new.jsonl")]).documents == 1
        run_extraction(store)
        updated = desk.refresh(date(2025, 12, 31), save=False)
        assert "kyiv-strike-2025-12-31" in {f.question_id for f in updated}
        assert "peace-agreement-2026-06-30" not in {f.question_id for f in updated}
        new_ids = {d.id for d in desk.index.docs[-1:]}
        kyiv = next(f for f in updated if f.question_id == "kyiv-strike-2025-12-31")
        assert new_ids & {c.doc_id for c in kyiv.contributions}
        assert desk.refresh(date(2025, 12, 31), save=False) == []  # taken in once


def _linked(event: Event, text: str = "") -> EvidenceItems:
    """One linked document, published on the event's day, holding ``event`` (and ``text``,
    the document's text, when the test needs its sentence)."""
    day = event.event_date
    assert day is not None
    return EvidenceItems(
        [Evidence("q", event.doc_id, 0.9, "")],
        events={event.doc_id: [event]},
        published={event.doc_id: datetime(day.year, day.month, day.day, tzinfo=UTC)},
        texts={event.doc_id: text} if text else {},
    )


def _agreement(actor: str, target: str, location: str) -> EvidenceItems:
    return _linked(Event(
        "e", "d", 0, 10, EventType.AGREEMENT, Modality.OCCURRED, "agreed", actor, target,
        location, date(2025, 12, 21),
    ))  # fmt: skip


def test_an_agreement_resolves_a_question_by_its_parties_not_its_place() -> None:
    peace = Question(
        id="peace",
        source="user",
        title="Will Russia and Ukraine sign a peace agreement by June 30, 2026?",
        open_date=date(2025, 12, 1),
        close_date=date(2026, 6, 30),
        keywords=["peace agreement"],
        event_types=[EventType.AGREEMENT],
    )
    as_of = date(2025, 12, 28)
    loan = forecast_question(
        peace, as_of, _agreement("Europe", "", "Ukraine"), [], weights=HAND_SET
    )[-1]
    signed = forecast_question(
        peace, as_of, _agreement("Russia and Ukraine", "", ""), [], weights=HAND_SET
    )[-1]
    label = "inside the question's window"
    assert not any(label in c.label for c in loan.contributions)
    assert any(
        label in c.label and "between Russia and Ukraine" in c.label for c in signed.contributions
    )
    assert signed.probability > loan.probability + 0.3


def test_an_event_of_a_kind_the_criteria_exclude_is_no_evidence() -> None:
    """A local truce is no evidence for a question whose criteria say local truces do not
    count; a 30-day ceasefire still is."""
    q = Question(
        id="c",
        source="user",
        title="Russia-Ukraine ceasefire agreed by March 31, 2026?",
        resolution_criteria="Resolves YES on a general ceasefire. Local, humanitarian or "
        "energy-only truces do not count.",
        open_date=date(2025, 12, 1),
        close_date=date(2026, 3, 31),
        resolution_dates=[date(2026, 3, 31)],
        keywords=["ceasefire"],
        event_types=[EventType.CEASEFIRE],
    )

    def evidence(trigger: str) -> list[str]:
        event = Event(
            "e", "d", 0, 10, EventType.CEASEFIRE, Modality.OCCURRED, trigger, "", "", "", None
        )
        items = EvidenceItems(
            [Evidence("c", "d", 0.9, "")],
            events={"d": [event]},
            published={"d": datetime(2025, 12, 18, tzinfo=UTC)},
        )
        forecast = forecast_question(q, date(2025, 12, 20), items, [], weights=HAND_SET)[-1]
        return [c.label for c in forecast.contributions if c.kind == "evidence"]

    assert evidence("local ceasefires") == []
    assert evidence("30-day energy ceasefire") == []
    assert any("30-day ceasefire" in label for label in evidence("30-day ceasefire"))


def _capture(location: str) -> EvidenceItems:
    return _linked(Event(
        "e", "d", 0, 10, EventType.CAPTURE, Modality.OCCURRED, "captured", "Russia",
        "the village", location, date(2024, 5, 8),
    ))  # fmt: skip


def test_a_capture_elsewhere_in_the_theatre_is_not_the_capture_asked_about() -> None:
    """The title names the town; "Kharkiv Oblast" in it and "Donetsk" among the keywords do
    not make a village taken in Donetsk Oblast the town."""
    town = Question(
        id="v",
        source="user",
        title="Will Russian forces capture the town of Vovchansk in Kharkiv Oblast by June 15, 2024?",
        open_date=date(2024, 5, 1),
        close_date=date(2024, 6, 15),
        keywords=["Vovchansk", "Donetsk"],
        event_types=[EventType.CAPTURE],
    )
    as_of = date(2024, 5, 12)
    assert already_happened(town, _capture("Donetsk Oblast"), as_of) is None
    taken = already_happened(town, _capture("Vovchansk"), as_of)
    assert taken is not None and "in Vovchansk" in taken.label


def test_a_ruling_or_a_vote_does_not_say_which_way_a_question_resolves() -> None:
    ballot = Question(
        id="b",
        source="user",
        title="Will Georgescu be cleared to run by April 15, 2025?",
        open_date=date(2025, 3, 1),
        close_date=date(2025, 4, 15),
        keywords=["Georgescu", "Constitutional Court"],
        event_types=[EventType.POSITION],
    )
    ruling = _linked(Event(
        "e", "d", 0, 10, EventType.POSITION, Modality.OCCURRED, "upheld",
        "The Constitutional Court", "Georgescu", "", date(2025, 3, 11),
    ))  # fmt: skip
    assert already_happened(ballot, ruling, date(2025, 3, 17)) is None


def _resolved(i: int, outcome: Outcome, resolved_at: date) -> Question:
    return Question(
        id=f"r{i}",
        source="user",
        title=f"Question {i}?",
        open_date=date(2025, 1, 1),
        close_date=date(2025, 6, 30),
        resolution_dates=[date(2025, 3, 31), date(2025, 6, 30)],
        outcome=outcome,
        resolved_at=resolved_at,
    )


def test_the_desk_calibrates_on_its_own_past_forecasts_of_resolved_questions(tmp_path) -> None:
    """Stored forecasts three times too confident teach a map that flattens them; forecasts
    of questions resolved later, made after a question resolved or for an earlier deadline
    are not used."""
    rng = random.Random(3)
    questions, forecasts = [], []
    for i in range(600):
        raw = rng.uniform(-4.5, 4.5)
        outcome = Outcome.YES if rng.random() < sigmoid(raw / 3) else Outcome.NO
        questions.append(_resolved(i, outcome, date(2025, 6, 30)))
        made = date(2025, 2, 1) + timedelta(days=i % 90)
        terms = [Contribution("prior", raw, "prior")]
        forecasts.append(Forecast(f"r{i}", made, sigmoid(raw), terms, date(2025, 6, 30)))
        # an earlier deadline's forecast and one made after the outcome was known: both
        # would teach the map the opposite, and must not count
        forecasts.append(Forecast(f"r{i}", made, sigmoid(-raw), [
            Contribution("prior", -raw, "prior")], date(2025, 3, 31)))  # fmt: skip
        forecasts.append(Forecast(f"r{i}", date(2025, 7, 2), sigmoid(-raw), [
            Contribution("prior", -raw, "prior")], date(2025, 6, 30)))  # fmt: skip
    with open_store(tmp_path / "cal.duckdb") as store:
        save_forecasts(store, forecasts)
        desk = Desk(store, use_embeddings=False)
        desk.questions = questions
        before = desk.calibrator(date(2025, 6, 30))  # nothing resolved before that day yet
        after = desk.calibrator(date(2025, 7, 5))
    assert before.method == "identity" and before.n == 0
    assert after.method == "platt" and after.n == 600
    assert 0.2 < after.slope < 0.5
    assert "platt calibration on 600 past forecasts" in after.contribution(2.0).label


def test_a_calibration_map_is_the_last_term_and_says_what_it_was_fitted_on() -> None:
    calibrator = Calibrator("platt", slope=0.5, intercept=0.0, n=400)
    plain = forecast_question(Q, date(2025, 12, 20), kyiv_strike(), [], weights=HAND_SET)[-1]
    mapped = forecast_question(
        Q, date(2025, 12, 20), kyiv_strike(), [], calibrator, weights=HAND_SET
    )[-1]
    step = mapped.contributions[-1]
    assert step.kind == "calibration" and "on 400 past forecasts" in step.label
    assert mapped.probability == pytest.approx(sigmoid(0.5 * raw_log_odds(plain)))


def _question(title: str, kind: EventType) -> Question:
    return Question(
        id="t",
        source="user",
        title=title,
        open_date=date(2025, 7, 1),
        close_date=date(2025, 8, 31),
        event_types=[kind],
    )


def _reported(kind: EventType, actor: str, target: str, location: str, text: str) -> EvidenceItems:
    event = Event(
        "e", "d", 0, len(text), kind, Modality.OCCURRED, "x", actor, target, location,
        date(2025, 7, 10),
    )  # fmt: skip
    return _linked(event, text)


def test_title_names_are_runs_of_capitals_and_a_towns_region_is_marked() -> None:
    names = title_names(
        _question(
            "Will Russian forces capture Kurakhove in Donetsk Oblast by Dec 20?", EventType.CAPTURE
        )
    )
    assert [(n.text, n.region) for n in names] == [
        ("russian", False),
        ("kurakhove", False),
        ("donetsk", True),
    ]
    us = title_names(
        _question("Will the United States and Canada reach a deal?", EventType.AGREEMENT)
    )
    assert [n.text for n in us] == ["united states", "canada"]


@pytest.mark.parametrize(
    ("title", "kind", "event", "counts"),
    [
        # two parties named: both must be in it
        ("Will Israel and Hamas agree a new ceasefire in Gaza by August 31, 2025?",
         EventType.CEASEFIRE, ("Israel and Syria", "", "", "Israel and Syria agree a ceasefire."),
         False),
        ("Will Israel and Hamas agree a new ceasefire in Gaza by August 31, 2025?",
         EventType.CEASEFIRE,
         ("Israel and Hamas", "", "", "Israel and Hamas agree a ceasefire in Gaza."), True),
        # the doer must be the one the title names
        ("Will the United States resume air strikes on the Houthis in Yemen by August 31?",
         EventType.STRIKE,
         ("The Israeli Air Force", "Houthi ports", "Yemen",
          "The Israeli Air Force strikes Houthi ports in Yemen."), False),
        ("Will the United States resume air strikes on the Houthis in Yemen by August 31?",
         EventType.STRIKE,
         ("The United States", "Houthi sites", "Yemen",
          "The United States strikes Houthi sites in Yemen."), True),
        # every name the title sets must be in the sentence: any strike is not an Oreshnik
        ("Will Russia fire another Oreshnik missile at Ukraine by December 31?",
         EventType.STRIKE,
         ("Russia", "", "Ukraine", "Russia launches a missile attack on Ukraine."), False),
        # a capture elsewhere in the town's region is not the town taken
        ("Will Russian forces capture Kurakhove in Donetsk Oblast by August 31?",
         EventType.CAPTURE,
         ("Russia", "Vyshneve", "Donetsk Oblast",
          "Russia captures Vyshneve in Donetsk Oblast near Kurakhove."), False),
        # a toll rising does not say it passed the number asked about
        ("Will the death toll in Sri Lanka exceed 1,000 by August 31?", EventType.CASUALTIES,
         ("", "", "Sri Lanka", "The death toll in Sri Lanka rises to 334."), False),
    ],
)  # fmt: skip
def test_what_counts_as_the_event_already_happening(
    title: str, kind: EventType, event: tuple[str, str, str, str], counts: bool
) -> None:
    items = _reported(kind, *event)
    found = already_happened(_question(title, kind), items, date(2025, 7, 20))
    assert (found is not None) is counts


def test_timeline_notes_name_the_term_that_moved_each_jump() -> None:
    def day(n: int, probability: float, *terms: Contribution) -> Forecast:
        return Forecast("q", date(2025, 12, n), probability, list(terms))

    prior = Contribution("prior", -0.85, "default base rate 0.30")
    points = [
        day(1, 0.30, prior, Contribution("time", -0.07, "14 days left")),
        # a market price arrives: the time term's new label is the same term, not a new one
        day(
            2,
            0.67,
            prior,
            Contribution("time", -0.10, "13 days left"),
            Contribution("market", 1.66, "price 0.78"),
        ),
        day(3, 0.55, prior, Contribution("market", 1.20, "price 0.70")),
        # a strike is reported while the market term falls: the report moved the line up
        day(
            4,
            0.99,
            prior,
            Contribution("market", -0.80, "price 0.96"),
            Contribution(
                "evidence",
                4.07,
                "strike occurred in Kyiv on 2025-12-27, inside the question's window (weight 4.07)",
                "doc1",
            ),
        ),
        day(5, 0.60, prior, Contribution("market", -1.2, "price 0.40")),
    ]
    notes = timeline_notes(points)
    assert [(d.day, label) for d, _, label in notes] == [
        (2, "price 0.78"),
        (4, "strike occurred in Kyiv on 2025-12-27"),  # cut at a clause end
        (5, "price 0.40"),  # a fall is told by the term that fell most
    ]
    assert timeline_notes(points, most=1) == [(date(2025, 12, 4), 0.99, notes[1][2])]
    assert timeline_notes(points, min_jump=0.5) == []


def test_the_plotted_market_is_the_price_each_days_forecast_saw() -> None:
    def at(day: int, hour: int) -> datetime:
        return datetime(2025, 12, day, hour, tzinfo=UTC)

    question = _question("Russia-Ukraine ceasefire agreed by March 31, 2026?", EventType.CEASEFIRE)
    question.prices = [
        PricePoint(at(18, 9), 0.17, "polymarket"),
        PricePoint(at(18, 21), 0.18, "polymarket"),
        PricePoint(at(20, 0), 0.16, "polymarket"),  # the first moment of the 20th
        PricePoint(at(21, 12), 0.13, "polymarket"),  # on the last day: not yet seen
    ]
    days = [date(2025, 12, n) for n in range(17, 22)]
    seen = [(d.day, p.probability) for d, p in market_as_seen(question, days)]
    # nothing before the 18th; the 18th's last price from the 19th; a price at midnight
    # belongs to the day it opens, so the 20th does not see it
    assert seen == [(19, 0.18), (20, 0.18), (21, 0.16)]
