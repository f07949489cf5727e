"""Manifold: binary markets from ``/v0/market/{id}`` or ``/v0/slug/{slug}``, prices from bets.

Manifold has no price-history endpoint; every bet carries ``probBefore``/``probAfter``, so the
history is the ``probAfter`` of each bet at its ``createdTime``. ``/v0/bets`` returns bets
newest first, at most ``limit`` per page, and pages backwards with ``before=<bet id>``.
Redemptions (automatic YES+NO share netting) do not move the price and are skipped.

All Manifold timestamps are Unix *milliseconds*. ``outcomeType`` "BINARY" is the only type we
read; "MULTIPLE_CHOICE", "PSEUDO_NUMERIC", polls and bounties are refused. A market resolved
"MKT" pays out at ``resolutionProbability``; we record that as ``resolved_value`` with outcome
ANNULLED unless it is exactly 0 or 1, because a partial resolution is neither yes nor no.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from tidings.models import Outcome, PricePoint, Question
from tidings.questions.importers.base import (
    MarketImporter,
    MarketNotFound,
    MarketRef,
    day,
    from_millis,
    in_range,
    url_path_parts,
)

WEB = "https://manifold.markets"
PAGE = 1000
MAX_PAGES = 50  # 50,000 bets: more than all but a handful of Manifold markets have


class ManifoldImporter(MarketImporter[dict[str, Any]]):
    """Import Manifold binary markets by contract id, slug or manifold.markets URL."""

    venue = "manifold"
    default_base_url = "https://api.manifold.markets"

    def parse_ref(self, market_ref: str) -> MarketRef:
        """``manifold.markets/<user>/<slug>`` -> slug; ``will-x-happen`` -> slug; else id."""
        parts = url_path_parts(market_ref, ("manifold.markets", "www.manifold.markets"))
        if parts is not None:
            if len(parts) >= 2:
                return MarketRef("slug", parts[1])
            raise MarketNotFound(
                self.venue,
                market_ref,
                f"cannot read a market from the URL {market_ref!r}; pass a "
                "manifold.markets/<user>/<market-slug> URL, a slug or a contract id",
            )
        text = market_ref.strip()
        if not re.fullmatch(r"[A-Za-z0-9_-]+", text):
            raise MarketNotFound(
                self.venue, market_ref, f"{market_ref!r} is not a Manifold contract id or slug"
            )
        # Contract ids are mixed-case alphanumerics; slugs are lower case words with hyphens.
        if "-" in text or text.islower():
            return MarketRef("slug", text)
        return MarketRef("id", text)

    # -- loading ------------------------------------------------------------------------------

    def _load(self, market_ref: str) -> dict[str, Any]:
        ref = self.parse_ref(market_ref)
        if ref.kind == "slug":
            market = self._get_json(f"{self.base_url}/v0/slug/{ref.value}", market_ref)
        else:
            try:
                market = self._get_json(f"{self.base_url}/v0/market/{ref.value}", market_ref)
            except MarketNotFound:  # a one-word slug that looked like an id
                market = self._get_json(f"{self.base_url}/v0/slug/{ref.value}", market_ref)
        if not isinstance(market, dict):
            raise self._malformed(market_ref, "market", "is not a JSON object")
        self._str_field(market, "id", market_ref)
        self._str_field(market, "question", market_ref)
        kind = self._str_field(market, "outcomeType", market_ref)
        if kind != "BINARY":
            raise self._unsupported(market_ref, f"a {kind.replace('_', ' ').lower()} market")
        return market

    # -- mapping ------------------------------------------------------------------------------

    def _to_question(self, market: dict[str, Any], ref: str) -> Question:
        outcome, value = self._outcome(market)
        close = self._millis(market, "closeTime", ref)
        url = str(market.get("url") or "")
        if not url and market.get("creatorUsername") and market.get("slug"):
            url = f"{WEB}/{market['creatorUsername']}/{market['slug']}"
        return Question(
            id=f"manifold-{market['id']}",
            source=self.venue,
            title=str(market["question"]).strip(),
            resolution_criteria=str(market.get("textDescription") or "").strip(),
            open_date=day(self._millis(market, "createdTime", ref)),
            close_date=day(close),
            resolution_dates=[d for d in [day(close)] if d],
            market_url=url,
            outcome=outcome,
            resolved_value=value,
            resolved_at=(
                day(self._millis(market, "resolutionTime", ref))
                if outcome is not Outcome.OPEN
                else None
            ),
        )

    def _outcome(self, market: dict[str, Any]) -> tuple[Outcome, float | None]:
        if not market.get("isResolved"):
            return Outcome.OPEN, None
        resolution = str(market.get("resolution") or "").upper()
        if resolution == "YES":
            return Outcome.YES, 1.0
        if resolution == "NO":
            return Outcome.NO, 0.0
        if resolution == "MKT":
            p = market.get("resolutionProbability")
            if isinstance(p, int | float):
                if p in (0, 1):
                    return (Outcome.YES if p == 1 else Outcome.NO), float(p)
                return Outcome.ANNULLED, float(p)
        return Outcome.ANNULLED, None  # CANCEL (N/A)

    def _millis(self, obj: dict[str, Any], key: str, ref: str) -> datetime | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self._malformed(ref, key, f"is {value!r}, not Unix milliseconds")
        return from_millis(float(value))

    # -- prices -------------------------------------------------------------------------------

    def _price_history(
        self, market: dict[str, Any], ref: str, start: datetime | None, end: datetime | None
    ) -> list[PricePoint]:
        params: dict[str, str | int] = {"contractId": str(market["id"]), "limit": PAGE}
        if start is not None:
            params["afterTime"] = int(start.timestamp() * 1000)
        if end is not None:
            params["beforeTime"] = int(end.timestamp() * 1000)
        points = {}
        for _ in range(MAX_PAGES):
            page = self._get_json(f"{self.base_url}/v0/bets", ref, params=params)
            if not isinstance(page, list):
                raise self._malformed(ref, "bets", "is not a JSON list")
            for i, bet in enumerate(page):
                if not isinstance(bet, dict) or bet.get("isRedemption"):
                    continue
                where = f"bets[{i}]"
                at = from_millis(self._number_field(bet, "createdTime", ref, where))
                p = self._field(bet, "probAfter", ref, where)
                if not isinstance(p, int | float) or not 0.0 <= float(p) <= 1.0:
                    raise self._malformed(ref, f"{where}.probAfter", f"is {p!r}, not a probability")
                if in_range(at, start, end):
                    # Bets share a millisecond in multi-leg orders; the newest-first order
                    # means the first seen at a time is the last placed.
                    points.setdefault(at, PricePoint(at=at, probability=float(p), venue=self.venue))
            if len(page) < PAGE:
                break
            params["before"] = str(self._field(page[-1], "id", ref, "bets[-1]"))
        return [points[t] for t in sorted(points)]
