"""Errors a user can act on.

Every exception Tidings raises on purpose derives from :class:`TidingsError` and says what was
wrong, with which input, and what to do. The CLI and web edges turn them into messages::

    TidingsError
    ├── IngestError        one input could not be read, parsed or fetched (.source)
    ├── StoreError         the database file is unusable or from a newer Tidings
    └── (stage errors live beside their stage, e.g. ImporterError, ForecastBenchError)
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base class for errors a user can act on."""


class IngestError(TidingsError):
    """One input could not be ingested; ``source`` names it."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class StoreError(TidingsError):
    """The store cannot be opened or migrated."""
