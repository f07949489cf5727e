"""Polymarket: market metadata from the Gamma API, YES price history from the CLOB API.

Gamma (``https://gamma-api.polymarket.com``) serves markets as ``GET /markets/{id}`` (one
object) or ``GET /markets?slug=...`` (a list, empty when nothing matches). Its list-valued
fields — ``outcomes``, ``outcomePrices``, ``clobTokenIds`` — are JSON *encoded as strings*
(``"[\\"Yes\\", \\"No\\"]"``). A multi-outcome question is an *event* holding several binary
markets (``GET /events?slug=...``); we refuse those and list the markets to pick from.

Prices come from a different host, the CLOB (``https://clob.polymarket.com``):
``GET /prices-history?market=<YES token id>`` returning ``{"history": [{"t": unix s, "p": p}]}``.
The CLOB returns nothing for closed markets at fidelities finer than 12 hours
(py-clob-client issue #216), and bounds ``startTs``/``endTs`` ranges. So closed markets are
read at 12-hour fidelity over their whole life (``interval=max``), open ones hourly: their whole
life at once, or a requested range in 14-day ``startTs``/``endTs`` windows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tidings.models import Outcome, PricePoint, Question
from tidings.questions.importers.base import (
    MarketImporter,
    MarketNotFound,
    MarketRef,
    day,
    from_unix,
    in_range,
    url_path_parts,
)

WEB = "https://polymarket.com"
CLOSED_FIDELITY_MIN = 720  # the finest fidelity the CLOB serves for closed markets
OPEN_FIDELITY_MIN = 60
WINDOW = timedelta(days=14)  # startTs/endTs span per request at hourly fidelity


@dataclass
class _Market:
    data: dict[str, Any]
    outcomes: list[str] = field(default_factory=list)
    prices: list[float] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)

    @property
    def yes_index(self) -> int:
        return [o.lower() for o in self.outcomes].index("yes")


class PolymarketImporter(MarketImporter[_Market]):
    """Import Polymarket yes/no markets by numeric id, slug or polymarket.com URL.

    ``clob_url`` is the price-history host. When only ``base_url`` is given (a mirror, a
    proxy, a test server), it serves both APIs.
    """

    venue = "polymarket"
    default_base_url = "https://gamma-api.polymarket.com"
    default_clob_url = "https://clob.polymarket.com"

    def __init__(
        self,
        base_url: str | None = None,
        client: httpx.Client | None = None,
        clob_url: str | None = None,
    ) -> None:
        super().__init__(base_url, client)
        self.clob_url = (clob_url or base_url or self.default_clob_url).rstrip("/")

    def parse_ref(self, market_ref: str) -> MarketRef:
        """``12345`` -> id; ``slug`` or ``polymarket.com/event/<event>[/<market>]`` -> slug."""
        text = market_ref.strip()
        parts = url_path_parts(text, ("polymarket.com", "www.polymarket.com"))
        if parts is not None:
            if len(parts) == 2 and parts[0] == "event":  # an event page: maybe one market
                return MarketRef("slug", parts[1], event=parts[1])
            if len(parts) >= 3 and parts[0] == "event":  # one market of an event
                return MarketRef("slug", parts[2])
            if len(parts) >= 2 and parts[0] == "market":
                return MarketRef("slug", parts[1])
            if len(parts) == 1:
                return MarketRef("slug", parts[0], event=parts[0])
            raise MarketNotFound(
                self.venue,
                market_ref,
                f"cannot read a market from the URL {market_ref!r}; pass a "
                "polymarket.com/event/... URL, a market slug or a numeric market id",
            )
        if not text:
            raise MarketNotFound(self.venue, market_ref, "empty Polymarket market reference")
        if text.isdigit():
            return MarketRef("id", text)
        return MarketRef("slug", text, event=text)

    # -- loading ------------------------------------------------------------------------------

    def _load(self, market_ref: str) -> _Market:
        ref = self.parse_ref(market_ref)
        if ref.kind == "id":
            data = self._get_json(f"{self.base_url}/markets/{ref.value}", market_ref)
        else:
            data = self._by_slug(ref, market_ref)
        if not isinstance(data, dict):
            raise self._malformed(market_ref, "market", "is not a JSON object")
        return self._checked(data, market_ref)

    def _by_slug(self, ref: MarketRef, market_ref: str) -> dict[str, Any]:
        found = self._get_json(f"{self.base_url}/markets", market_ref, params={"slug": ref.value})
        if not isinstance(found, list):
            raise self._malformed(market_ref, "markets", "is not a JSON list")
        if found:
            if not isinstance(found[0], dict):
                raise self._malformed(market_ref, "markets[0]", "is not a JSON object")
            return found[0]
        if ref.event:
            return self._single_market_of_event(ref.event, market_ref)
        raise self._not_found(market_ref)

    def _single_market_of_event(self, event_slug: str, market_ref: str) -> dict[str, Any]:
        events = self._get_json(f"{self.base_url}/events", market_ref, params={"slug": event_slug})
        if not isinstance(events, list) or not events:
            raise self._not_found(market_ref)
        markets = self._field(events[0], "markets", market_ref, "event")
        if not isinstance(markets, list) or not markets:
            raise self._malformed(market_ref, "event.markets", "is empty")
        if len(markets) > 1:
            slugs = ", ".join(
                str(m.get("slug", "?")) if isinstance(m, dict) else "?" for m in markets[:10]
            )
            more = f" and {len(markets) - 10} more" if len(markets) > 10 else ""
            raise self._unsupported(
                market_ref,
                f"an event with {len(markets)} outcomes (a categorical question)",
                f"import one of its yes/no markets instead: {slugs}{more}",
            )
        if not isinstance(markets[0], dict):
            raise self._malformed(market_ref, "event.markets[0]", "is not a JSON object")
        return markets[0]

    def _not_found(self, market_ref: str) -> MarketNotFound:
        return MarketNotFound(
            self.venue,
            market_ref,
            f"polymarket has no market or event {market_ref!r}; check the slug or URL",
        )

    def _checked(self, data: dict[str, Any], ref: str) -> _Market:
        self._str_field(data, "question", ref)
        outcomes = [str(o) for o in self._json_list(data, "outcomes", ref)]
        if sorted(o.lower() for o in outcomes) != ["no", "yes"]:
            raise self._unsupported(ref, f"a market with outcomes {outcomes}")
        prices_raw = (
            self._json_list(data, "outcomePrices", ref) if data.get("outcomePrices") else []
        )
        try:
            prices = [float(p) for p in prices_raw]
        except (TypeError, ValueError) as exc:
            raise self._malformed(ref, "outcomePrices", "holds non-numeric prices") from exc
        tokens = [str(t) for t in self._json_list(data, "clobTokenIds", ref)]
        if len(tokens) != len(outcomes) or (prices and len(prices) != len(outcomes)):
            raise self._malformed(ref, "clobTokenIds", "does not match outcomes one to one")
        return _Market(data, outcomes, prices, tokens)

    def _json_list(self, data: dict[str, Any], key: str, ref: str) -> list[Any]:
        """Gamma sends lists as JSON-encoded strings; accept real lists too."""
        value = self._field(data, key, ref)
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise self._malformed(ref, key, "is not a JSON-encoded list") from exc
        if not isinstance(value, list):
            raise self._malformed(ref, key, "is not a list")
        return value

    # -- mapping ------------------------------------------------------------------------------

    def _to_question(self, market: _Market, ref: str) -> Question:
        data = market.data
        slug = str(data.get("slug") or "")
        end = self._time_field(data, "endDate", ref)
        criteria = str(data.get("description") or "").strip()
        source = str(data.get("resolutionSource") or "").strip()
        if source and source not in criteria:
            criteria = f"{criteria}\n\nResolution source: {source}".strip()
        outcome, value = self._outcome(market)
        resolved = self._time_field(data, "closedTime", ref) or self._time_field(
            data, "umaEndDate", ref
        )
        return Question(
            id=f"polymarket-{data.get('id') or slug}",
            source=self.venue,
            title=self._str_field(data, "question", ref).strip(),
            resolution_criteria=criteria,
            open_date=day(self._time_field(data, "startDate", ref)),
            close_date=day(end),
            resolution_dates=[d for d in [day(end)] if d],
            market_url=self._web_url(data, slug),
            outcome=outcome,
            resolved_value=value,
            resolved_at=day(resolved) if outcome is not Outcome.OPEN else None,
        )

    def _outcome(self, market: _Market) -> tuple[Outcome, float | None]:
        """Closed markets pay 1/0 (yes/no) or 0.5/0.5 (a "50-50" annulment)."""
        if not market.data.get("closed") or not market.prices:
            return Outcome.OPEN, None
        yes = market.prices[market.yes_index]
        if yes == 1.0:
            return Outcome.YES, 1.0
        if yes == 0.0:
            return Outcome.NO, 0.0
        if yes == 0.5 and market.data.get("umaResolutionStatus") == "resolved":
            return Outcome.ANNULLED, 0.5
        return Outcome.OPEN, None  # closed, resolution still pending

    def _web_url(self, data: dict[str, Any], slug: str) -> str:
        events = data.get("events")
        event_slug = ""
        if isinstance(events, list) and events and isinstance(events[0], dict):
            event_slug = str(events[0].get("slug") or "")
        if event_slug and event_slug != slug:
            return f"{WEB}/event/{event_slug}/{slug}"
        return f"{WEB}/event/{slug}" if event_slug else f"{WEB}/market/{slug}"

    # -- prices -------------------------------------------------------------------------------

    def _price_history(
        self, market: _Market, ref: str, start: datetime | None, end: datetime | None
    ) -> list[PricePoint]:
        token = market.tokens[market.yes_index]
        url = f"{self.clob_url}/prices-history"
        closed = bool(market.data.get("closed"))
        if closed or start is None:
            fidelity = CLOSED_FIDELITY_MIN if closed else OPEN_FIDELITY_MIN
            params: dict[str, str | int] = {
                "market": token,
                "interval": "max",
                "fidelity": fidelity,
            }
            points = self._history(self._get_json(url, ref, params=params), ref)
        else:
            points = []
            lo, hi = start, end or datetime.now(UTC)
            while lo < hi:
                step_end = min(lo + WINDOW, hi)
                params = {
                    "market": token,
                    "startTs": int(lo.timestamp()),
                    "endTs": int(step_end.timestamp()),
                    "fidelity": OPEN_FIDELITY_MIN,
                }
                points.extend(self._history(self._get_json(url, ref, params=params), ref))
                lo = step_end
        by_time = {p.at: p for p in points if in_range(p.at, start, end)}
        return [by_time[t] for t in sorted(by_time)]

    def _history(self, payload: Any, ref: str) -> list[PricePoint]:
        history = self._field(payload, "history", ref, "prices-history")
        if not isinstance(history, list):
            raise self._malformed(ref, "prices-history.history", "is not a list")
        points = []
        for i, row in enumerate(history):
            t = self._number_field(row, "t", ref, f"history[{i}]")
            p = self._field(row, "p", ref, f"history[{i}]")
            if not isinstance(p, int | float) or not 0.0 <= float(p) <= 1.0:
                raise self._malformed(ref, f"history[{i}].p", f"is {p!r}, not a price in [0, 1]")
            points.append(PricePoint(at=from_unix(t), probability=float(p), venue=self.venue))
        return points
