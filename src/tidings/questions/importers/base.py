"""The base class every market importer derives from, and the errors they raise.

An importer turns one market on one venue (Polymarket, Kalshi, Metaculus, Manifold) into a
:class:`~tidings.models.Question` with its YES price history. Each venue module only knows its
own URLs and payload shapes; this module owns the HTTP edge so that every venue fails the same
way, with a message that says what went wrong and what to do::

    ImporterError               (.venue, .ref)
    ├── VenueUnreachable        no connection, DNS failure or timeout
    ├── MarketNotFound          HTTP 404, or a lookup that matched nothing
    ├── MalformedPayload        the venue answered, but not in the shape we read (.field)
    └── UnsupportedMarket       categorical / numeric / group markets: only binary is supported

Importers accept an ``httpx.Client`` so tests (and callers with proxies) can supply their own;
tests point ``base_url`` at a recorded-payload server on 127.0.0.1, never the internet.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Generic, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from tidings import __version__
from tidings.errors import TidingsError
from tidings.models import PricePoint, Question

USER_AGENT = f"tidings/{__version__}"
# Venue APIs answer in well under a second; 20 s covers a slow link without hanging a CLI run.
TIMEOUT = httpx.Timeout(20.0, connect=10.0)

M = TypeVar("M")


class ImporterError(TidingsError):
    """A market could not be imported; ``venue`` and ``ref`` name what was asked for."""

    def __init__(self, venue: str, ref: str, message: str) -> None:
        super().__init__(message)
        self.venue = venue
        self.ref = ref
        self.reason = message


class VenueUnreachable(ImporterError):
    """The venue's API could not be reached at all (connection refused, DNS, timeout)."""


class MarketNotFound(ImporterError):
    """The venue has no market under that id, slug, ticker or URL."""


class MalformedPayload(ImporterError):
    """The venue answered, but a field we rely on is missing or of the wrong type."""

    def __init__(self, venue: str, ref: str, message: str, field: str = "") -> None:
        super().__init__(venue, ref, message)
        self.field = field


class UnsupportedMarket(ImporterError):
    """The market exists but is not a binary yes/no market."""


@dataclass(frozen=True)
class MarketRef:
    """A user's market reference, parsed: ``kind`` is "id", "slug" or "ticker"."""

    kind: str
    value: str
    event: str = ""  # a Polymarket event slug seen in the URL, tried when no market matches


class MarketImporter(ABC, Generic[M]):
    """Fetch one venue's binary markets as :class:`Question` records with YES price history.

    Subclasses implement :meth:`parse_ref`, :meth:`_load` (fetch and check the raw market),
    :meth:`_to_question` and :meth:`_price_history`; the public methods combine them so that
    :meth:`import_question` fetches the market only once.
    """

    venue: ClassVar[str]
    default_base_url: ClassVar[str]

    def __init__(self, base_url: str | None = None, client: httpx.Client | None = None) -> None:
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        self._owns_client = client is None
        self.client = client or httpx.Client(
            timeout=TIMEOUT,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=True,
        )

    # -- public API ---------------------------------------------------------------------------

    @abstractmethod
    def parse_ref(self, market_ref: str) -> MarketRef:
        """Turn an id, slug, ticker or full market URL into a :class:`MarketRef`."""

    def fetch_question(self, market_ref: str) -> Question:
        """The market as a :class:`Question`, without prices."""
        return self._to_question(self._load(market_ref), market_ref)

    def fetch_prices(
        self, market_ref: str, start: datetime | None = None, end: datetime | None = None
    ) -> list[PricePoint]:
        """YES probabilities over time, oldest first, optionally limited to [start, end].

        Naive ``start``/``end`` are taken as UTC.
        """
        lo = _aware(start) if start else None
        hi = _aware(end) if end else None
        return self._price_history(self._load(market_ref), market_ref, lo, hi)

    def import_question(self, ref: str, with_prices: bool = True) -> Question:
        """The market as a :class:`Question` with ``prices`` filled (one market fetch)."""
        market = self._load(ref)
        question = self._to_question(market, ref)
        if with_prices:
            question.prices = self._price_history(market, ref, None, None)
        return question

    def close(self) -> None:
        """Close the HTTP client if this importer created it."""
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what each venue implements -----------------------------------------------------------

    @abstractmethod
    def _load(self, market_ref: str) -> M:
        """Fetch the raw market; raise :class:`UnsupportedMarket` unless it is binary."""

    @abstractmethod
    def _to_question(self, market: M, ref: str) -> Question:
        """Map the raw market onto a :class:`Question` (prices left empty)."""

    @abstractmethod
    def _price_history(
        self, market: M, ref: str, start: datetime | None, end: datetime | None
    ) -> list[PricePoint]:
        """Fetch and map the YES price history of an already-loaded market."""

    # -- shared helpers -----------------------------------------------------------------------

    def _get_json(
        self,
        url: str,
        ref: str,
        params: dict[str, str | int] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        """GET ``url`` and decode JSON, turning every failure into an actionable ImporterError."""
        host = _origin(url)
        try:
            response = self.client.get(url, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise VenueUnreachable(
                self.venue,
                ref,
                f"could not reach {self.venue} at {host}: timed out ({type(exc).__name__}); "
                "try again later, check your network or pass --base-url",
            ) from exc
        except httpx.TransportError as exc:
            raise VenueUnreachable(
                self.venue,
                ref,
                f"could not reach {self.venue} at {host}: {_transport_reason(exc)}; "
                "check your network or pass --base-url",
            ) from exc
        status = response.status_code
        if status == 404:
            raise MarketNotFound(
                self.venue,
                ref,
                f"{self.venue} has no market {ref!r} (HTTP 404 from {_shown(response)}); "
                "check the id, slug, ticker or URL",
            )
        if status in (401, 403):
            raise ImporterError(
                self.venue,
                ref,
                f"{self.venue} refused the request for {ref!r} (HTTP {status} from "
                f"{_shown(response)}); {self._auth_hint()}",
            )
        if status == 429:
            raise ImporterError(
                self.venue,
                ref,
                f"{self.venue} is rate-limiting us (HTTP 429) while fetching {ref!r}; "
                "wait a minute and try again",
            )
        if status >= 400:
            raise ImporterError(
                self.venue,
                ref,
                f"{self.venue} answered HTTP {status} for {ref!r} ({_shown(response)}); "
                "try again later, or check the venue's status page",
            )
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise MalformedPayload(
                self.venue,
                ref,
                f"{self.venue} answered {_shown(response)} with something that is not JSON; "
                "check --base-url points at the venue's API",
            ) from exc

    def _auth_hint(self) -> str:
        return "this endpoint should be public; check --base-url or try again later"

    def _malformed(self, ref: str, field: str, problem: str = "is missing") -> MalformedPayload:
        return MalformedPayload(
            self.venue,
            ref,
            f"{self.venue} market {ref!r}: field {field!r} {problem} in the API response; "
            f"the {self.venue} API may have changed — please report this with the market URL",
            field=field,
        )

    def _field(self, obj: Any, key: str, ref: str, where: str = "") -> Any:
        """``obj[key]``, or MalformedPayload naming ``where.key`` when absent or null."""
        name = f"{where}.{key}" if where else key
        if not isinstance(obj, dict):
            raise self._malformed(ref, where or key, "is not a JSON object")
        value = obj.get(key)
        if value is None:
            raise self._malformed(ref, name)
        return value

    def _str_field(self, obj: Any, key: str, ref: str, where: str = "") -> str:
        value = self._field(obj, key, ref, where)
        if not isinstance(value, str):
            name = f"{where}.{key}" if where else key
            raise self._malformed(ref, name, f"is {type(value).__name__}, not a string")
        return value

    def _number_field(self, obj: Any, key: str, ref: str, where: str = "") -> float:
        """A required numeric field (JSON number or numeric string, as some venues send)."""
        value = self._field(obj, key, ref, where)
        try:
            if isinstance(value, bool):
                raise TypeError(key)
            return float(value)
        except (TypeError, ValueError) as exc:
            name = f"{where}.{key}" if where else key
            raise self._malformed(ref, name, f"is {value!r}, not a number") from exc

    def _time_field(self, obj: dict[str, Any], key: str, ref: str) -> datetime | None:
        """An optional ISO-8601 timestamp field as an aware UTC datetime (None when absent)."""
        value = obj.get(key)
        if value in (None, ""):
            return None
        try:
            return parse_iso(str(value))
        except ValueError as exc:
            raise self._malformed(ref, key, f"is not an ISO timestamp ({value!r})") from exc

    def _unsupported(self, ref: str, what: str, hint: str = "") -> UnsupportedMarket:
        tail = f"; {hint}" if hint else ""
        return UnsupportedMarket(
            self.venue,
            ref,
            f"{self.venue} market {ref!r} is {what}: only binary (yes/no) markets are "
            f"supported{tail}",
        )


def parse_iso(value: str) -> datetime:
    """An ISO-8601 timestamp ("Z", "+00", "+00:00" or naive-as-UTC) as an aware UTC datetime."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def from_unix(seconds: float) -> datetime:
    """Unix seconds as an aware UTC datetime."""
    return datetime.fromtimestamp(seconds, tz=UTC)


def from_millis(millis: float) -> datetime:
    """Unix milliseconds (Manifold's unit) as an aware UTC datetime."""
    return datetime.fromtimestamp(millis / 1000.0, tz=UTC)


def day(moment: datetime | None) -> date | None:
    """The UTC calendar date of a moment, or None."""
    return moment.astimezone(UTC).date() if moment else None


def in_range(moment: datetime, start: datetime | None, end: datetime | None) -> bool:
    """Whether ``moment`` lies in [start, end]; naive bounds are taken as UTC."""
    if start is not None and moment < _aware(start):
        return False
    return not (end is not None and moment > _aware(end))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def url_path_parts(ref: str, hosts: tuple[str, ...]) -> list[str] | None:
    """Path segments of ``ref`` when it is a URL on one of ``hosts`` (or any http URL)."""
    text = ref.strip()
    if "://" not in text and not any(text.startswith(h) for h in hosts):
        return None
    parts = urlsplit(text if "://" in text else f"https://{text}")
    return [p for p in parts.path.split("/") if p]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _shown(response: httpx.Response) -> str:
    return str(response.request.url.copy_with(query=None))


def _transport_reason(exc: httpx.TransportError) -> str:
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return "host name could not be resolved"
    return text
