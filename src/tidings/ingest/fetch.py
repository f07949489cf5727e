"""Fetching feed and page URLs safely.

A URL given to ``tidings ingest`` could point at the user's own network (a router page, a
cloud metadata endpoint). Unless fetching private addresses is explicitly allowed, every hop
(redirects included) must resolve only to public addresses.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlparse

import httpx

from tidings import __version__
from tidings.errors import IngestError

USER_AGENT = f"tidings/{__version__} (+https://github.com/tidings)"
MAX_REDIRECTS = 5


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def _check_public(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise IngestError(url, "only http:// and https:// URLs can be fetched")
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise IngestError(url, f"cannot resolve host {parsed.hostname!r} ({exc}); skipped") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise IngestError(
                url,
                f"resolves to the non-public address {address}; refused. Pass "
                "--allow-private-urls to fetch from your own network",
            )


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 20.0,
    max_bytes: int = 50_000_000,
    client: httpx.Client | None = None,
) -> Fetched:
    """GET ``url`` following up to five redirects, each hop checked, reading at most max_bytes."""
    owned = client is None
    client = client or httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT})
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if not allow_private:
                _check_public(current)
            try:
                with client.stream("GET", current, follow_redirects=False) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise IngestError(
                            url, f"HTTP {response.status_code} from {current}; skipped"
                        )
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise IngestError(
                                url, f"response is larger than {max_bytes // 1_000_000} MB; skipped"
                            )
                        chunks.append(chunk)
                    return Fetched(
                        url=current,
                        content=b"".join(chunks),
                        content_type=response.headers.get("content-type", ""),
                    )
            except httpx.HTTPError as exc:
                raise IngestError(
                    url, f"could not fetch ({type(exc).__name__}: {exc}); check the URL and network"
                ) from exc
        raise IngestError(url, f"more than {MAX_REDIRECTS} redirects; skipped")
    finally:
        if owned:
            client.close()
