"""Market importers: turn a prediction-market URL, id or slug into a :class:`Question`.

Usage::

    from tidings.questions.importers import get_importer

    with get_importer("polymarket") as importer:
        question = importer.import_question("https://polymarket.com/event/...")

Each venue is one module with one :class:`MarketImporter` subclass; :data:`IMPORTERS` maps
venue names to them. Pass ``base_url`` to point an importer at a mirror or a test server.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

from tidings.questions.importers.base import (
    ImporterError,
    MalformedPayload,
    MarketImporter,
    MarketNotFound,
    MarketRef,
    UnsupportedMarket,
    VenueUnreachable,
)
from tidings.questions.importers.kalshi import KalshiImporter
from tidings.questions.importers.manifold import ManifoldImporter
from tidings.questions.importers.metaculus import MetaculusImporter
from tidings.questions.importers.polymarket import PolymarketImporter

__all__ = [
    "IMPORTERS",
    "ImporterError",
    "KalshiImporter",
    "MalformedPayload",
    "ManifoldImporter",
    "MarketImporter",
    "MarketNotFound",
    "MarketRef",
    "MetaculusImporter",
    "PolymarketImporter",
    "UnsupportedMarket",
    "VenueUnreachable",
    "get_importer",
    "venue_of_url",
]

IMPORTERS: dict[str, type[MarketImporter[Any]]] = {
    "polymarket": PolymarketImporter,
    "kalshi": KalshiImporter,
    "metaculus": MetaculusImporter,
    "manifold": ManifoldImporter,
}

HOSTS = {
    "polymarket.com": "polymarket",
    "kalshi.com": "kalshi",
    "metaculus.com": "metaculus",
    "manifold.markets": "manifold",
}


def get_importer(
    venue: str, base_url: str | None = None, client: httpx.Client | None = None
) -> MarketImporter[Any]:
    """The importer for ``venue`` (case-insensitive); ImporterError names the known venues."""
    key = venue.strip().lower()
    if key not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS))
        raise ImporterError(venue, "", f"unknown market venue {venue!r}; use one of: {known}")
    return IMPORTERS[key](base_url=base_url, client=client)


def venue_of_url(url: str) -> str | None:
    """The venue whose website ``url`` is on (``www.`` ignored), or None for anything else."""
    host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    return HOSTS.get(host)
