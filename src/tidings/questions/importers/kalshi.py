"""Kalshi: markets and candlesticks from the public Trade API v2.

``GET /trade-api/v2/markets/{ticker}`` answers ``{"market": {...}}``. Every Kalshi market is a
yes/no contract (``market_type`` "binary"; "scalar" markets are refused); a multi-outcome
question is an *event* holding one market per outcome, so an event ticker (which is what
kalshi.com URLs end with) is accepted only when the event has a single market.

Prices are quoted two ways: the older integer-cent fields (``last_price: 56``) and, since
Kalshi's move to sub-penny pricing, fixed-point dollar strings (``last_price_dollars:
"0.5600"``) which have replaced the cent fields in current responses. We read either.

Settled markets older than Kalshi's "historical cutoff" (about three months) move from the
live endpoints to ``/historical/markets/{ticker}`` and ``/historical/markets/{ticker}/
candlesticks``; we fall back to those on a 404. Live candlesticks need the *series* ticker
(``/series/{series}/markets/{ticker}/candlesticks``), which only the event payload carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

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

API = "/trade-api/v2"
WEB = "https://kalshi.com/markets"
TICKER = re.compile(r"^[A-Z0-9][A-Z0-9._-]*$")
# Kalshi caps a candlestick request at 5000 periods: hourly candles cover ~200 days.
MAX_PERIODS = 5000
# With no trade in a period we fall back to the bid/ask midpoint, but only when the quote is
# tight enough to mean something (a 0/100 book would read as a spurious 50%).
MAX_SPREAD = 0.10


@dataclass
class _Market:
    data: dict[str, Any]
    historical: bool  # found under /historical (settled before Kalshi's cutoff)
    series: str = ""  # the series ticker, when the event payload was already fetched


class KalshiImporter(MarketImporter[_Market]):
    """Import Kalshi markets by market ticker, single-market event ticker or kalshi.com URL."""

    venue = "kalshi"
    default_base_url = "https://api.elections.kalshi.com"

    def parse_ref(self, market_ref: str) -> MarketRef:
        """``KXFED-25DEC-T4.00`` or ``https://kalshi.com/markets/<series>/<slug>/<event>``."""
        parts = url_path_parts(market_ref, ("kalshi.com", "www.kalshi.com"))
        value = parts[-1] if parts else market_ref.strip()
        ticker = value.upper()
        if not TICKER.match(ticker):
            raise MarketNotFound(
                self.venue,
                market_ref,
                f"{market_ref!r} is not a Kalshi ticker or kalshi.com market URL; pass a market "
                "ticker such as KXFEDDECISION-25DEC-C25 or the market's page URL",
            )
        return MarketRef("ticker", ticker)

    # -- loading ------------------------------------------------------------------------------

    def _load(self, market_ref: str) -> _Market:
        ticker = self.parse_ref(market_ref).value
        market = self._find(ticker, market_ref)
        for key in ("ticker", "event_ticker", "title"):
            self._str_field(market.data, key, market_ref, "market")
        market_type = market.data.get("market_type", "binary")
        if market_type != "binary":
            raise self._unsupported(market_ref, f"a {market_type} market")
        return market

    def _find(self, ticker: str, ref: str) -> _Market:
        """Live market, else historical market, else a single-market event of that ticker."""
        for path, historical in (
            (f"/markets/{ticker}", False),
            (f"/historical/markets/{ticker}", True),
        ):
            try:
                payload = self._get_json(f"{self.base_url}{API}{path}", ref)
            except MarketNotFound:
                continue
            return _Market(self._market_of(payload, ref), historical)
        try:
            payload = self._get_json(f"{self.base_url}{API}/events/{ticker}", ref)
        except MarketNotFound:
            raise MarketNotFound(
                self.venue,
                ref,
                f"kalshi has no market or event {ref!r} (looked up {ticker} among live and "
                "historical markets and events); check the ticker or URL",
            ) from None
        event = self._field(payload, "event", ref)
        markets = payload.get("markets") or event.get("markets") or []
        if not isinstance(markets, list) or not markets:
            raise MarketNotFound(self.venue, ref, f"kalshi event {ticker} has no markets")
        if len(markets) > 1:
            tickers = ", ".join(str(m.get("ticker", "?")) for m in markets[:10])
            raise self._unsupported(
                ref,
                f"an event with {len(markets)} outcome markets (a categorical question)",
                f"import one of its markets by ticker instead: {tickers}",
            )
        if not isinstance(markets[0], dict):
            raise self._malformed(ref, "markets[0]", "is not a JSON object")
        series = str(event.get("series_ticker") or "")
        return _Market(markets[0], historical=False, series=series)

    def _market_of(self, payload: Any, ref: str) -> dict[str, Any]:
        market = self._field(payload, "market", ref)
        if not isinstance(market, dict):
            raise self._malformed(ref, "market", "is not a JSON object")
        return market

    # -- mapping ------------------------------------------------------------------------------

    def _to_question(self, market: _Market, ref: str) -> Question:
        data = market.data
        ticker = str(data["ticker"])
        title = str(data["title"]).strip()
        yes_label = str(data.get("yes_sub_title") or "").strip()
        if yes_label and yes_label.lower() not in title.lower():
            title = f"{title} ({yes_label})"
        rules = [str(data.get(k) or "").strip() for k in ("rules_primary", "rules_secondary")]
        close = self._time_field(data, "close_time", ref)
        expires = (
            self._time_field(data, "expected_expiration_time", ref)
            or self._time_field(data, "expiration_time", ref)
            or close
        )
        outcome = {"yes": Outcome.YES, "no": Outcome.NO, "void": Outcome.ANNULLED}.get(
            str(data.get("result") or "").lower(), Outcome.OPEN
        )
        settled = self._time_field(data, "settlement_ts", ref) or close
        return Question(
            id=f"kalshi-{ticker}",
            source=self.venue,
            title=title,
            resolution_criteria="\n\n".join(r for r in rules if r),
            open_date=day(self._time_field(data, "open_time", ref)),
            close_date=day(close),
            resolution_dates=[d for d in [day(expires)] if d],
            market_url=self._web_url(data, market.series),
            outcome=outcome,
            resolved_value={Outcome.YES: 1.0, Outcome.NO: 0.0}.get(outcome),
            resolved_at=day(settled) if outcome is not Outcome.OPEN else None,
        )

    def _web_url(self, data: dict[str, Any], series: str) -> str:
        """kalshi.com pages are /markets/<series>/<any slug>/<event ticker>, all lower case."""
        event = str(data["event_ticker"])
        series = series or event.split("-")[0]
        slug = re.sub(r"[^a-z0-9]+", "-", str(data["title"]).lower()).strip("-")[:60] or "market"
        return f"{WEB}/{series.lower()}/{slug}/{event.lower()}"

    # -- prices -------------------------------------------------------------------------------

    def _price_history(
        self, market: _Market, ref: str, start: datetime | None, end: datetime | None
    ) -> list[PricePoint]:
        data = market.data
        ticker = str(data["ticker"])
        now = datetime.now(UTC)
        close = self._time_field(data, "close_time", ref)
        lo = (
            start or self._time_field(data, "open_time", ref) or (close or now) - timedelta(days=30)
        )
        hi = end or min(close or now, now)
        if hi <= lo:
            return []
        period = 60 if (hi - lo) <= timedelta(hours=MAX_PERIODS) else 1440
        params: dict[str, str | int] = {
            "start_ts": int(lo.timestamp()),
            "end_ts": int(hi.timestamp()),
            "period_interval": period,
        }
        historical = f"{self.base_url}{API}/historical/markets/{ticker}/candlesticks"
        if market.historical:
            payload = self._get_json(historical, ref, params=params)
        else:
            series = market.series or self._series_of(str(data["event_ticker"]), ref)
            live = f"{self.base_url}{API}/series/{series}/markets/{ticker}/candlesticks"
            try:
                payload = self._get_json(live, ref, params=params)
            except MarketNotFound:  # settled and moved past the cutoff since we loaded it
                payload = self._get_json(historical, ref, params=params)
        candles = self._field(payload, "candlesticks", ref)
        if not isinstance(candles, list):
            raise self._malformed(ref, "candlesticks", "is not a list")
        points = {}
        for i, candle in enumerate(candles):
            at = from_unix(self._number_field(candle, "end_period_ts", ref, f"candlesticks[{i}]"))
            p = self._candle_price(candle, ref, i)
            if p is not None and in_range(at, start, end):
                points[at] = PricePoint(at=at, probability=p, venue=self.venue)
        return [points[t] for t in sorted(points)]

    def _series_of(self, event_ticker: str, ref: str) -> str:
        payload = self._get_json(f"{self.base_url}{API}/events/{event_ticker}", ref)
        event = self._field(payload, "event", ref)
        return self._str_field(event, "series_ticker", ref, "event")

    def _candle_price(self, candle: dict[str, Any], ref: str, i: int) -> float | None:
        """The period's last trade; else a tight bid/ask midpoint; else None (no information)."""
        traded = self._close(candle.get("price"), ref, f"candlesticks[{i}].price")
        if traded is not None:
            return traded
        bid = self._close(candle.get("yes_bid"), ref, f"candlesticks[{i}].yes_bid")
        ask = self._close(candle.get("yes_ask"), ref, f"candlesticks[{i}].yes_ask")
        if bid is not None and ask is not None and 0.0 < ask - bid <= MAX_SPREAD:
            return (bid + ask) / 2.0
        return None

    def _close(self, ohlc: Any, ref: str, where: str) -> float | None:
        """``close_dollars`` ("0.5600") or legacy ``close`` (56 cents) as a probability."""
        if not isinstance(ohlc, dict):
            return None
        if ohlc.get("close_dollars") not in (None, ""):
            raw, scale, name = ohlc["close_dollars"], 1.0, "close_dollars"
        elif ohlc.get("close") is not None:
            raw, scale, name = ohlc["close"], 100.0, "close"
        else:
            return None
        try:
            value = float(raw) / scale
        except (TypeError, ValueError) as exc:
            raise self._malformed(ref, f"{where}.{name}", f"is {raw!r}, not a number") from exc
        if not 0.0 <= value <= 1.0:
            raise self._malformed(ref, f"{where}.{name}", f"is {raw!r}, outside a 0-1 price")
        return value
