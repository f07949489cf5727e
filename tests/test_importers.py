"""Market importers against recorded real-format payloads served from 127.0.0.1.

The payloads in tests/data/markets/<venue>/ follow each venue's real response shapes (Gamma's
JSON-in-a-string lists, Kalshi's cent and dollar-string prices, Metaculus' post/question
nesting, Manifold's millisecond timestamps). No test touches the internet.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from tidings.models import Outcome, Question
from tidings.questions.importers import (
    IMPORTERS,
    ImporterError,
    KalshiImporter,
    MalformedPayload,
    ManifoldImporter,
    MarketImporter,
    MarketNotFound,
    MetaculusImporter,
    PolymarketImporter,
    UnsupportedMarket,
    VenueUnreachable,
    get_importer,
    manifold,
    venue_of_url,
)

MARKETS = Path(__file__).resolve().parent / "data" / "markets"
POLY_YES_RESOLVED = "21742633143463906290569050155826241533067272736897614950488156847949938836455"
POLY_YES_OPEN = "83955612885151370769947492812886282601680164705864046042194488203730621200472"
KALSHI = "/trade-api/v2"


def _file(venue: str, name: str) -> tuple[int, bytes]:
    return 200, (MARKETS / venue / name).read_bytes()


def _edited(venue: str, name: str, **changes: object) -> tuple[int, bytes]:
    data = json.loads((MARKETS / venue / name).read_text())
    data.update(changes)
    return 200, json.dumps(data).encode()


def _bad_community_prediction() -> tuple[int, bytes]:
    post = json.loads((MARKETS / "metaculus" / "post_39412_open.json").read_text())
    post["id"] = 39413
    post["question"]["aggregations"]["recency_weighted"]["history"][2]["centers"] = [1.3]
    return 200, json.dumps(post).encode()


# Route keys are "path?query": a route matches a request with that path whose query holds (at
# least) the route's parameters; the route naming the most parameters wins.
ROUTES: dict[str, tuple[int, bytes]] = {
    # Polymarket: Gamma and CLOB served from the same test host
    "/markets/516710": _file("polymarket", "market_516710_resolved.json"),
    "/markets/662099": _file("polymarket", "market_662099_malformed.json"),
    "/markets?slug=will-russia-capture-kostiantynivka-by-june-30-2026": _file(
        "polymarket", "markets_slug_kostiantynivka_june.json"
    ),
    "/markets?slug=when-will-russia-capture-kostiantynivka": _file(
        "polymarket", "markets_slug_empty.json"
    ),
    "/events?slug=when-will-russia-capture-kostiantynivka": _file(
        "polymarket", "events_slug_kostiantynivka.json"
    ),
    "/markets?slug=no-such-market": _file("polymarket", "markets_slug_empty.json"),
    "/events?slug=no-such-market": _file("polymarket", "markets_slug_empty.json"),
    f"/prices-history?market={POLY_YES_RESOLVED}": _file(
        "polymarket", "prices_history_516710.json"
    ),
    f"/prices-history?market={POLY_YES_OPEN}": _file("polymarket", "prices_history_662020.json"),
    # Kalshi
    f"{KALSHI}/markets/KXFEDDECISION-25OCT-C25": _file(
        "kalshi", "market_KXFEDDECISION-25OCT-C25.json"
    ),
    f"{KALSHI}/events/KXFEDDECISION-25OCT": _file("kalshi", "event_KXFEDDECISION-25OCT.json"),
    f"{KALSHI}/series/KXFEDDECISION/markets/KXFEDDECISION-25OCT-C25/candlesticks": _file(
        "kalshi", "candlesticks_KXFEDDECISION-25OCT-C25.json"
    ),
    f"{KALSHI}/markets/KXUKRCEASEFIRE-26": _file("kalshi", "market_KXUKRCEASEFIRE-26.json"),
    f"{KALSHI}/events/KXUKRCEASEFIRE-26": _file("kalshi", "event_KXUKRCEASEFIRE-26.json"),
    f"{KALSHI}/series/KXUKRCEASEFIRE/markets/KXUKRCEASEFIRE-26/candlesticks": _file(
        "kalshi", "candlesticks_KXUKRCEASEFIRE-26.json"
    ),
    f"{KALSHI}/historical/markets/KXNEWPOPE-70-PPAR": _file(
        "kalshi", "historical_market_KXNEWPOPE-70-PPAR.json"
    ),
    f"{KALSHI}/historical/markets/KXNEWPOPE-70-PPAR/candlesticks": _file(
        "kalshi", "historical_candlesticks_KXNEWPOPE-70-PPAR.json"
    ),
    f"{KALSHI}/markets/KXUKRTALKS-26": _file("kalshi", "market_KXUKRTALKS-26_malformed.json"),
    # Metaculus
    "/api/posts/31244/": _file("metaculus", "post_31244_resolved.json"),
    "/api/posts/39412/": _file("metaculus", "post_39412_open.json"),
    "/api/posts/39455/": _file("metaculus", "post_39455_multiple_choice.json"),
    "/api/posts/39499/": _file("metaculus", "post_39499_malformed.json"),
    "/api/posts/39413/": _bad_community_prediction(),
    "/api/posts/40000/": (403, b'{"detail": "Authentication credentials were not provided."}'),
    "/api/posts/40001/": (200, b"<html><body>Maintenance</body></html>"),
    # Manifold
    "/v0/market/Lp3ZqY8hXt": _file("manifold", "market_Lp3ZqY8hXt_resolved.json"),
    "/v0/bets?contractId=Lp3ZqY8hXt": _file("manifold", "bets_Lp3ZqY8hXt.json"),
    "/v0/slug/will-there-be-a-russiaukraine-cease": _file(
        "manifold", "market_slug_will-there-be-a-russiaukraine-cease_open.json"
    ),
    "/v0/bets?contractId=Wq7rT2nVbZ": _file("manifold", "bets_Wq7rT2nVbZ_page1.json"),
    "/v0/bets?contractId=Wq7rT2nVbZ&before=b6Ub2px": _file(
        "manifold", "bets_Wq7rT2nVbZ_page2.json"
    ),
    "/v0/market/Kz8dA0pQnR": _file("manifold", "market_Kz8dA0pQnR_multiple_choice.json"),
    "/v0/market/Zz0brokeN1": _file("manifold", "market_Zz0brokeN1_malformed.json"),
    "/v0/market/MktResol01": _edited(
        "manifold",
        "market_Lp3ZqY8hXt_resolved.json",
        id="MktResol01",
        resolution="MKT",
        resolutionProbability=0.37,
    ),
    "/v0/market/CancelRes1": _edited(
        "manifold", "market_Lp3ZqY8hXt_resolved.json", id="CancelRes1", resolution="CANCEL"
    ),
}


@dataclass
class Recorded:
    path: str
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class MarketServer:
    base_url: str
    requests: list[Recorded] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


def _route(path: str, params: dict[str, str]) -> tuple[int, bytes]:
    best: tuple[int, tuple[int, bytes]] | None = None
    for key, response in ROUTES.items():
        route = urlsplit(key)
        wanted = dict(parse_qsl(route.query))
        matches = route.path == path and all(params.get(k) == v for k, v in wanted.items())
        if matches and (best is None or len(wanted) > best[0]):
            best = (len(wanted), response)
    return best[1] if best else (404, b'{"error": "not found"}')


@pytest.fixture(scope="module")
def _server() -> Iterator[MarketServer]:
    recorded = MarketServer(base_url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            parts = urlsplit(self.path)
            params = dict(parse_qsl(parts.query))
            recorded.requests.append(Recorded(parts.path, params, dict(self.headers.items())))
            status, body = _route(parts.path, params)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    recorded.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield recorded
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def server(_server: MarketServer) -> MarketServer:
    _server.requests.clear()
    return _server


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _importer(venue: str, server: MarketServer) -> MarketImporter[object]:
    return get_importer(venue, base_url=server.base_url)


def _check_prices(question: Question, venue: str, count: int) -> None:
    prices = question.prices
    assert len(prices) == count
    assert [p.at for p in prices] == sorted(p.at for p in prices)
    assert len({p.at for p in prices}) == count
    for p in prices:
        assert 0.0 <= p.probability <= 1.0
        assert p.at.tzinfo is not None and p.at.utcoffset() == timedelta(0)
        assert p.venue == venue


# -- registry -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("venue", "cls"),
    [
        ("polymarket", PolymarketImporter),
        ("kalshi", KalshiImporter),
        ("metaculus", MetaculusImporter),
        ("Manifold", ManifoldImporter),
    ],
)
def test_get_importer_returns_the_venue_class(venue: str, cls: type) -> None:
    with get_importer(venue, base_url="http://127.0.0.1:9/") as importer:
        assert isinstance(importer, cls)
        assert importer.base_url == "http://127.0.0.1:9"
        assert importer.client.headers["User-Agent"].startswith("tidings/0.1")


def test_registry_lists_four_venues_with_default_urls() -> None:
    assert sorted(IMPORTERS) == ["kalshi", "manifold", "metaculus", "polymarket"]
    assert all(cls.default_base_url.startswith("https://") for cls in IMPORTERS.values())
    assert PolymarketImporter().clob_url == "https://clob.polymarket.com"


def test_unknown_venue_names_the_known_ones() -> None:
    with pytest.raises(ImporterError, match="unknown market venue 'predictit'") as info:
        get_importer("predictit")
    assert "kalshi, manifold, metaculus, polymarket" in str(info.value)


@pytest.mark.parametrize(
    ("url", "venue"),
    [
        ("https://polymarket.com/event/russia-x-ukraine-ceasefire-in-2025", "polymarket"),
        ("https://kalshi.com/markets/kxfeddecision/fed-meeting/kxfeddecision-25oct", "kalshi"),
        ("https://www.metaculus.com/questions/31244/", "metaculus"),
        ("https://manifold.markets/Vic/will-there-be-a-russiaukraine-cease", "manifold"),
        ("https://example.com/markets/1", None),
        ("516710", None),
    ],
)
def test_venue_of_url(url: str, venue: str | None) -> None:
    assert venue_of_url(url) == venue


# -- reference parsing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("venue", "ref", "kind", "value"),
    [
        ("polymarket", "516710", "id", "516710"),
        (
            "polymarket",
            "russia-x-ukraine-ceasefire-in-2025",
            "slug",
            "russia-x-ukraine-ceasefire-in-2025",
        ),
        (
            "polymarket",
            "https://polymarket.com/event/when-will-russia-capture-kostiantynivka/"
            "will-russia-capture-kostiantynivka-by-june-30-2026?tid=1772451120",
            "slug",
            "will-russia-capture-kostiantynivka-by-june-30-2026",
        ),
        ("polymarket", "polymarket.com/market/some-market", "slug", "some-market"),
        ("kalshi", "kxfeddecision-25oct-c25", "ticker", "KXFEDDECISION-25OCT-C25"),
        (
            "kalshi",
            "https://kalshi.com/markets/kxukrceasefire/ukraine-ceasefire/kxukrceasefire-26",
            "ticker",
            "KXUKRCEASEFIRE-26",
        ),
        ("metaculus", "31244", "id", "31244"),
        ("metaculus", "https://www.metaculus.com/questions/31244/russia-ukraine/", "id", "31244"),
        ("metaculus", "https://www.metaculus.com/c/risk/39412/putin-zelenskyy/", "id", "39412"),
        ("manifold", "Lp3ZqY8hXt", "id", "Lp3ZqY8hXt"),
        (
            "manifold",
            "will-there-be-a-russiaukraine-cease",
            "slug",
            "will-there-be-a-russiaukraine-cease",
        ),
        (
            "manifold",
            "https://manifold.markets/Vic/will-there-be-a-russiaukraine-cease#comments",
            "slug",
            "will-there-be-a-russiaukraine-cease",
        ),
    ],
)
def test_parse_ref(venue: str, ref: str, kind: str, value: str) -> None:
    parsed = IMPORTERS[venue]().parse_ref(ref)
    assert (parsed.kind, parsed.value) == (kind, value)


@pytest.mark.parametrize(
    ("venue", "ref"),
    [
        ("metaculus", "russia-ukraine-ceasefire"),
        ("kalshi", "not a ticker!"),
        ("manifold", "https://manifold.markets/Vic"),
        ("polymarket", ""),
    ],
)
def test_unreadable_ref_is_an_error_naming_it(venue: str, ref: str) -> None:
    with pytest.raises(MarketNotFound) as info:
        IMPORTERS[venue]().parse_ref(ref)
    assert info.value.ref == ref
    assert info.value.venue == venue


# -- failures shared by every venue ---------------------------------------------------------

EVERY_VENUE = [
    ("polymarket", "516710"),
    ("kalshi", "KXFEDDECISION-25OCT-C25"),
    ("metaculus", "31244"),
    ("manifold", "Lp3ZqY8hXt"),
]


@pytest.mark.parametrize(("venue", "ref"), EVERY_VENUE)
def test_connection_refused_says_what_to_do(venue: str, ref: str, closed_port: int) -> None:
    base = f"http://127.0.0.1:{closed_port}"
    with get_importer(venue, base_url=base) as importer, pytest.raises(VenueUnreachable) as info:
        importer.fetch_question(ref)
    assert str(info.value) == (
        f"could not reach {venue} at {base}: connection refused; "
        "check your network or pass --base-url"
    )
    assert (info.value.venue, info.value.ref) == (venue, ref)


@pytest.mark.parametrize(
    ("venue", "ref"),
    [
        ("polymarket", "123456789"),
        ("polymarket", "no-such-market"),
        ("polymarket", "https://polymarket.com/event/when-will-russia-capture-kostiantynivka/typo"),
        ("kalshi", "KXNOPE-99"),
        ("metaculus", "99999999"),
        ("manifold", "Nope404Id"),
        ("manifold", "no-such-slug"),
    ],
)
def test_missing_market_is_not_found_naming_the_ref(
    venue: str, ref: str, server: MarketServer
) -> None:
    with _importer(venue, server) as importer, pytest.raises(MarketNotFound) as info:
        importer.fetch_question(ref)
    assert ref in str(info.value)
    assert (info.value.venue, info.value.ref) == (venue, ref)


@pytest.mark.parametrize(
    ("venue", "ref", "field"),
    [
        ("polymarket", "662099", "outcomes"),
        ("kalshi", "KXUKRTALKS-26", "market.title"),
        ("metaculus", "39499", "question.type"),
        ("manifold", "Zz0brokeN1", "question"),
    ],
)
def test_malformed_payload_names_the_field(
    venue: str, ref: str, field: str, server: MarketServer
) -> None:
    with _importer(venue, server) as importer, pytest.raises(MalformedPayload) as info:
        importer.fetch_question(ref)
    assert info.value.field == field
    assert f"field {field!r} is missing" in str(info.value)
    assert ref in str(info.value)


@pytest.mark.parametrize(
    ("venue", "ref", "what"),
    [
        (
            "polymarket",
            "https://polymarket.com/event/when-will-russia-capture-kostiantynivka",
            "an event with 3 outcomes",
        ),
        (
            "kalshi",
            "https://kalshi.com/markets/kxfeddecision/fed-meeting/kxfeddecision-25oct",
            "an event with 4 outcome markets",
        ),
        ("metaculus", "39455", "a multiple choice question"),
        ("manifold", "Kz8dA0pQnR", "a multiple choice market"),
    ],
)
def test_non_binary_market_is_rejected(
    venue: str, ref: str, what: str, server: MarketServer
) -> None:
    with _importer(venue, server) as importer, pytest.raises(UnsupportedMarket) as info:
        importer.fetch_question(ref)
    message = str(info.value)
    assert what in message
    assert "only binary (yes/no) markets are supported" in message


def test_categorical_event_lists_the_markets_to_pick(server: MarketServer) -> None:
    with _importer("polymarket", server) as importer, pytest.raises(UnsupportedMarket) as info:
        importer.fetch_question("when-will-russia-capture-kostiantynivka")
    assert "will-russia-capture-kostiantynivka-by-june-30-2026" in str(info.value)


def test_out_of_range_price_names_the_point(server: MarketServer) -> None:
    with _importer("metaculus", server) as importer, pytest.raises(MalformedPayload) as info:
        importer.import_question("39413")
    assert info.value.field == "aggregations.history[2].centers"
    assert "is 1.3, not a probability" in str(info.value)


def test_forbidden_metaculus_request_asks_for_a_token(
    server: MarketServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("METACULUS_TOKEN", raising=False)
    with _importer("metaculus", server) as importer, pytest.raises(ImporterError) as info:
        importer.fetch_question("40000")
    assert "HTTP 403" in str(info.value)
    assert "METACULUS_TOKEN" in str(info.value)


def test_non_json_answer_is_malformed(server: MarketServer) -> None:
    with _importer("metaculus", server) as importer, pytest.raises(MalformedPayload) as info:
        importer.fetch_question("40001")
    assert "not JSON" in str(info.value)


# -- Polymarket -----------------------------------------------------------------------------


def test_polymarket_resolved_market(server: MarketServer) -> None:
    with _importer("polymarket", server) as importer:
        q = importer.import_question("516710")
    assert q.id == "polymarket-516710"
    assert q.source == "polymarket"
    assert q.title == "Russia x Ukraine ceasefire in 2025?"
    assert "official ceasefire agreement" in q.resolution_criteria
    assert (q.open_date, q.close_date) == (date(2024, 12, 27), date(2025, 12, 31))
    assert q.resolution_dates == [date(2025, 12, 31)]
    assert q.market_url == "https://polymarket.com/event/russia-x-ukraine-ceasefire-in-2025"
    assert (q.outcome, q.resolved_value, q.resolved_at) == (Outcome.NO, 0.0, date(2026, 1, 1))
    _check_prices(q, "polymarket", 22)
    assert q.prices[0].at == datetime(2025, 11, 4, 12, tzinfo=UTC)
    assert q.prices[0].probability == pytest.approx(0.082)
    # the market was fetched once; closed markets are read at the CLOB's 12-hour fidelity
    assert server.paths() == ["/markets/516710", "/prices-history"]
    assert server.requests[1].params == {
        "market": POLY_YES_RESOLVED,
        "interval": "max",
        "fidelity": "720",
    }


def test_polymarket_open_market_by_url(server: MarketServer) -> None:
    url = (
        "https://polymarket.com/event/when-will-russia-capture-kostiantynivka/"
        "will-russia-capture-kostiantynivka-by-june-30-2026"
    )
    with _importer("polymarket", server) as importer:
        q = importer.fetch_question(url)
    assert q.id == "polymarket-662020"
    assert q.title == "Will Russia capture Kostiantynivka by June 30, 2026?"
    assert q.resolution_criteria.endswith("Resolution source: https://www.understandingwar.org/")
    assert q.close_date == date(2026, 6, 30)
    assert q.market_url == url
    assert (q.outcome, q.resolved_value, q.resolved_at) == (Outcome.OPEN, None, None)
    assert q.prices == []


def test_polymarket_price_range_is_fetched_in_windows(server: MarketServer) -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC)
    end = start + timedelta(days=20)
    with _importer("polymarket", server) as importer:
        prices = importer.fetch_prices(
            "will-russia-capture-kostiantynivka-by-june-30-2026", start, end
        )
    calls = [r.params for r in server.requests if r.path == "/prices-history"]
    assert [(c["startTs"], c["endTs"]) for c in calls] == [
        (str(int(start.timestamp())), str(int((start + timedelta(days=14)).timestamp()))),
        (str(int((start + timedelta(days=14)).timestamp())), str(int(end.timestamp()))),
    ]
    assert all(c["market"] == POLY_YES_OPEN and c["fidelity"] == "60" for c in calls)
    q = Question(id="x", source="polymarket", title="x", prices=prices)
    _check_prices(q, "polymarket", 24)  # both windows answered the same recording: deduplicated
    assert prices[-1].probability == pytest.approx(0.315)


def test_polymarket_price_range_filters_points(server: MarketServer) -> None:
    with _importer("polymarket", server) as importer:
        prices = importer.fetch_prices(
            "516710", start=datetime(2025, 11, 10), end=datetime(2025, 11, 12, tzinfo=UTC)
        )
    assert [p.at.day for p in prices] == [10, 10, 11, 11, 12]


# -- Kalshi ---------------------------------------------------------------------------------


def test_kalshi_settled_market_with_cent_prices(server: MarketServer) -> None:
    with _importer("kalshi", server) as importer:
        q = importer.import_question("KXFEDDECISION-25OCT-C25")
    assert q.id == "kalshi-KXFEDDECISION-25OCT-C25"
    assert q.title == "Fed decision in Oct 2025? (Cut 25bps)"
    assert q.resolution_criteria.startswith("If the Federal Reserve cuts the upper bound")
    assert "Outcomes will be determined" in q.resolution_criteria
    assert (q.open_date, q.close_date) == (date(2025, 9, 18), date(2025, 10, 29))
    assert q.resolution_dates == [date(2025, 10, 29)]
    assert (q.outcome, q.resolved_value, q.resolved_at) == (Outcome.YES, 1.0, date(2025, 10, 29))
    assert q.market_url == (
        "https://kalshi.com/markets/kxfeddecision/fed-decision-in-oct-2025/kxfeddecision-25oct"
    )
    _check_prices(q, "kalshi", 10)
    assert [p.probability for p in q.prices[:4]] == pytest.approx([0.93, 0.94, 0.95, 0.95])
    assert server.paths() == [
        f"{KALSHI}/markets/KXFEDDECISION-25OCT-C25",
        f"{KALSHI}/events/KXFEDDECISION-25OCT",  # the series ticker lives on the event
        f"{KALSHI}/series/KXFEDDECISION/markets/KXFEDDECISION-25OCT-C25/candlesticks",
    ]
    candles = server.requests[-1].params
    assert candles["period_interval"] == "60"
    assert candles["start_ts"] == str(int(datetime(2025, 9, 18, 18, tzinfo=UTC).timestamp()))
    assert candles["end_ts"] == str(int(datetime(2025, 10, 29, 17, 59, tzinfo=UTC).timestamp()))


def test_kalshi_open_market_with_dollar_prices(server: MarketServer) -> None:
    url = "https://kalshi.com/markets/kxukrceasefire/ukraine-ceasefire/kxukrceasefire-26"
    start = datetime(2026, 3, 1, tzinfo=UTC)
    with _importer("kalshi", server) as importer:
        q = importer.fetch_question(url)
        prices = importer.fetch_prices(url, start, start + timedelta(days=1))
    assert (
        q.title == "Will Russia and Ukraine agree to a ceasefire before 2027?"
    )  # label already in it
    assert (q.outcome, q.close_date) == (Outcome.OPEN, date(2026, 12, 31))
    assert q.resolution_dates == [date(2026, 12, 31)]
    # 8 candles: one without trades falls back to its tight bid/ask midpoint, one whose quote
    # is 0.01/0.99 says nothing and is dropped
    assert [p.probability for p in prices] == pytest.approx(
        [0.21, 0.22, 0.22, 0.23, 0.24, 0.23, 0.23]
    )
    assert prices[0].at == start + timedelta(hours=1)


def test_kalshi_market_past_the_historical_cutoff(server: MarketServer) -> None:
    with _importer("kalshi", server) as importer:
        q = importer.import_question("KXNEWPOPE-70-PPAR")
    assert q.title == "Who will be the next Pope? (Pietro Parolin)"
    assert (q.outcome, q.resolved_value, q.resolved_at) == (Outcome.NO, 0.0, date(2025, 5, 8))
    _check_prices(q, "kalshi", 8)
    assert q.prices[-1].probability == pytest.approx(0.12)
    assert server.paths() == [
        f"{KALSHI}/markets/KXNEWPOPE-70-PPAR",
        f"{KALSHI}/historical/markets/KXNEWPOPE-70-PPAR",
        f"{KALSHI}/historical/markets/KXNEWPOPE-70-PPAR/candlesticks",
    ]


# -- Metaculus ------------------------------------------------------------------------------


def test_metaculus_resolved_question(server: MarketServer) -> None:
    url = "https://www.metaculus.com/questions/31244/russia-ukraine-ceasefire-before-2026/"
    with _importer("metaculus", server) as importer:
        q = importer.import_question(url)
    assert q.id == "metaculus-31244"
    assert q.title == "Will Russia and Ukraine agree to a ceasefire before 2026?"
    assert q.resolution_criteria.startswith("This question will resolve as **Yes**")
    assert q.resolution_criteria.endswith("do not count.")  # the fine print is kept
    assert q.background.startswith("Peace talks between Russia and Ukraine")
    assert (q.open_date, q.close_date) == (date(2024, 12, 2), date(2025, 12, 31))
    assert q.resolution_dates == [date(2026, 1, 1)]
    assert (q.outcome, q.resolved_value, q.resolved_at) == (Outcome.NO, 0.0, date(2026, 1, 2))
    assert q.market_url == (
        "https://www.metaculus.com/questions/31244/russia-ukraine-ceasefire-before-2026/"
    )
    _check_prices(q, "metaculus", 10)
    assert q.prices[0].at == datetime(2024, 12, 2, 15, tzinfo=UTC)
    assert (q.prices[0].probability, q.prices[-1].probability) == (0.25, 0.01)


def test_metaculus_open_question_prices_in_range(
    server: MarketServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("METACULUS_TOKEN", "t0k3n")
    with _importer("metaculus", server) as importer:
        q = importer.fetch_question("39412")
        prices = importer.fetch_prices("39412", start=datetime(2025, 12, 5, tzinfo=UTC))
    assert (q.outcome, q.resolved_at, q.close_date) == (Outcome.OPEN, None, date(2026, 12, 31))
    assert [p.probability for p in prices] == [0.28, 0.31, 0.26, 0.27]
    assert server.requests[0].headers["Authorization"] == "Token t0k3n"


# -- Manifold -------------------------------------------------------------------------------


def test_manifold_resolved_market(server: MarketServer) -> None:
    with _importer("manifold", server) as importer:
        q = importer.import_question("Lp3ZqY8hXt")
    assert q.id == "manifold-Lp3ZqY8hXt"
    assert q.title == "Will Russia capture Pokrovsk before 2026?"
    assert q.resolution_criteria.startswith("Resolves YES if the Russian Ministry of Defence")
    assert (q.open_date, q.close_date) == (date(2024, 11, 5), date(2025, 12, 31))
    assert (q.outcome, q.resolved_value, q.resolved_at) == (Outcome.NO, 0.0, date(2026, 1, 2))
    assert q.market_url == "https://manifold.markets/Eliza/will-russia-capture-pokrovsk-before-2026"
    _check_prices(q, "manifold", 7)  # 8 bets, one of them a redemption
    assert q.prices[-1].probability == pytest.approx(0.0017)
    assert q.prices[0].at == datetime(2025, 1, 2, 9, 26, 41, 3000, tzinfo=UTC)  # 1735810001003 ms


def test_manifold_open_market_pages_through_bets(
    server: MarketServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(manifold, "PAGE", 4)
    with _importer("manifold", server) as importer:
        q = importer.import_question(
            "https://manifold.markets/Vic/will-there-be-a-russiaukraine-cease"
        )
    assert (q.id, q.outcome) == ("manifold-Wq7rT2nVbZ", Outcome.OPEN)
    assert q.close_date == date(2026, 12, 31)
    _check_prices(q, "manifold", 6)
    assert [p.probability for p in q.prices] == [0.24, 0.19, 0.23, 0.205, 0.22, 0.2142]
    bets = [r.params for r in server.requests if r.path == "/v0/bets"]
    assert [b.get("before") for b in bets] == [None, "b6Ub2px"]
    assert bets[0]["limit"] == "4"


@pytest.mark.parametrize(
    ("ref", "outcome", "value"),
    [("MktResol01", Outcome.ANNULLED, 0.37), ("CancelRes1", Outcome.ANNULLED, None)],
)
def test_manifold_partial_and_cancelled_resolutions(
    ref: str, outcome: Outcome, value: float | None, server: MarketServer
) -> None:
    with _importer("manifold", server) as importer:
        q = importer.fetch_question(ref)
    assert (q.outcome, q.resolved_value) == (outcome, value)
