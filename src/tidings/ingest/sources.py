"""Reading inputs: files, folders, JSON records, RSS/Atom feeds and page URLs into raw items.

An *input* is what the user named (a file, a feed, a URL); it yields one or more *raw items*
(a page, a feed entry, a record) that become documents. Each input is read whole, checked for
the damage real inputs carry (empty, binary, oversized, not UTF-8, hostile XML), and either
yields items, possibly with warnings, or raises :class:`IngestError` saying what was wrong.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

import feedparser
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from tidings.errors import IngestError
from tidings.ingest.fetch import fetch

HTML_SUFFIXES = {".html", ".htm", ".html.gz", ".htm.gz"}
TEXT_SUFFIXES = {".txt", ".md"}
RECORD_SUFFIXES = {".json", ".jsonl"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = HTML_SUFFIXES | TEXT_SUFFIXES | RECORD_SUFFIXES | FEED_SUFFIXES


@dataclass
class RawItem:
    """One article as read, before extraction and cleaning."""

    source: str  # the input it came from
    source_name: str  # the outlet or folder, for per-source boilerplate
    kind: str  # "html", "text" (a file: title on its first line), "record" or "feed"
    body: str
    title: str = ""
    url: str = ""
    published: datetime | None = None
    published_from: str = ""  # "metadata" or "feed" when ``published`` came with the item


@dataclass
class InputResult:
    """What one input yielded."""

    key: str
    content_hash: str
    items: list[RawItem]
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # per-record problems; others still count


def suffix_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return path.suffix.lower()


def discover(sources: list[str]) -> Iterator[str]:
    """Expand folders (recursively, supported suffixes only, sorted) and pass the rest through."""
    for source in sources:
        path = Path(source)
        if _is_url(source):
            yield source
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and suffix_of(child) in SUPPORTED:
                    yield str(child)
        else:
            yield source


def _is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def read_input(source: str, *, max_bytes: int, allow_private: bool = False) -> InputResult:
    """Read one input into raw items, or raise IngestError saying why it cannot be used."""
    if _is_url(source):
        fetched = fetch(source, allow_private=allow_private, max_bytes=max_bytes)
        if not fetched.content.strip():
            raise IngestError(source, "the server returned an empty body; skipped")
        text, warnings = _decode(source, fetched.content)
        host = urlparse(fetched.url).hostname or source
        looks_feed = "xml" in fetched.content_type or text.lstrip()[:200].lower().startswith(
            ("<?xml", "<rss", "<feed")
        )
        if looks_feed and "html" not in fetched.content_type:
            items = read_feed(source, fetched.content)
        else:
            items = [RawItem(source, host, "html", text, url=fetched.url)]
        return InputResult(source, _hash(fetched.content), items, warnings)

    path = Path(source)
    if not path.exists():
        raise IngestError(source, "no such file or folder")
    suffix = suffix_of(path)
    if suffix not in SUPPORTED:
        raise IngestError(
            source, f"unsupported file type {suffix or '(none)'}; use one of {sorted(SUPPORTED)}"
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            source,
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; skipped "
            "(raise --max-mb if it really is one input)",
        )
    raw = path.read_bytes()
    if suffix.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise IngestError(source, f"not a valid gzip file ({exc}); skipped") from exc
    if not raw.strip():
        raise IngestError(source, "empty file; skipped")
    if b"\x00" in raw[:8192]:
        raise IngestError(source, "looks like a binary file (it contains NUL bytes); skipped")
    key = str(path.resolve())
    folder = path.parent.name or "files"
    if suffix in FEED_SUFFIXES:
        return InputResult(key, _hash(raw), read_feed(source, raw))
    text, warnings = _decode(source, raw)
    if suffix in RECORD_SUFFIXES:
        items, errors = read_records(source, text, folder, jsonl=suffix == ".jsonl")
        if not items:
            raise IngestError(source, "no usable records: " + "; ".join(errors[:3]))
        return InputResult(key, _hash(raw), items, warnings, errors)
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    return InputResult(key, _hash(raw), [RawItem(source, folder, kind, text)], warnings)


def _hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _decode(source: str, raw: bytes) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        # Most non-UTF-8 news text in the wild is Windows-1252; decode it so, with replacement
        # for anything left, and say so rather than refuse the article.
        text = raw.decode("cp1252", errors="replace")
        return text, [
            f"not valid UTF-8 (first bad byte at offset {exc.start}); decoded as Windows-1252"
        ]


def read_records(
    source: str, text: str, folder: str, *, jsonl: bool
) -> tuple[list[RawItem], list[str]]:
    """JSON records with title, text or html, url, published (and optionally source)."""
    records: list[tuple[str, object]] = []
    errors: list[str] = []
    if jsonl:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(f"line {number}: invalid JSON ({exc.msg}); record skipped")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise IngestError(
                source, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from exc
        rows = data if isinstance(data, list) else [data]
        records = [(f"record {i}", r) for i, r in enumerate(rows, start=1)]
    items = []
    for where, record in records:
        if not isinstance(record, dict):
            errors.append(f"{where}: not a JSON object; record skipped")
            continue
        body = record.get("text") or record.get("html")
        if not isinstance(body, str) or not body.strip():
            errors.append(f"{where}: has neither 'text' nor 'html'; record skipped")
            continue
        published, from_ = None, ""
        if record.get("published"):
            published = parse_timestamp(str(record["published"]))
            if published is None:
                errors.append(f"{where}: unreadable 'published' {record['published']!r}; ignored")
            else:
                from_ = "metadata"
        items.append(
            RawItem(
                source=f"{source}#{where.replace(' ', '')}",
                source_name=str(record.get("source") or folder),
                kind="record" if record.get("text") else "html",
                body=body,
                title=str(record.get("title") or ""),
                url=str(record.get("url") or ""),
                published=published,
                published_from=from_,
            )
        )
    return items, errors


def parse_iso(value: str) -> datetime | None:
    """An ISO-8601 timestamp as an aware UTC datetime (naive means UTC), or None."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_timestamp(value: str) -> datetime | None:
    """An ISO-8601 or free-form timestamp ("Dec. 29, 2025 08:15") as UTC, or None."""
    parsed = parse_iso(value)
    if parsed is not None:
        return parsed
    import dateparser  # slow to import; only needed for the odd non-ISO timestamp

    parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": True})
    return parsed.astimezone(UTC) if parsed else None


def read_feed(source: str, raw: bytes) -> list[RawItem]:
    """Entries of an RSS or Atom feed; refuses DTDs and entities (billion-laughs attacks)."""
    try:
        SafeET.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise IngestError(
            source,
            f"feed declares a DTD or XML entities ({type(exc).__name__}); refused as potentially "
            "hostile (entity expansion)",
        ) from exc
    except SafeET.ParseError as exc:
        raise IngestError(source, f"malformed feed XML ({exc}); skipped") from exc
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    feed_title = parsed.feed.get("title") or urlparse(source).hostname or Path(source).stem
    items = []
    for entry in parsed.entries:
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        if not body.strip():
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime(*stamp[:6], tzinfo=UTC) if stamp else None
        items.append(
            RawItem(
                source=f"{source}#{entry.get('id') or entry.get('link') or len(items)}",
                source_name=feed_title,
                kind="feed",
                body=body,
                title=entry.get("title", ""),
                url=entry.get("link", ""),
                published=published,
                published_from="feed" if published else "",
            )
        )
    if not items:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise IngestError(source, f"no feed entries with text found{reason}; skipped")
    return items
