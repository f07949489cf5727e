"""From a raw item to a clean, dated article: main-text extraction, dating and cleaning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError

from tidings.errors import IngestError
from tidings.ingest.clean import Cleaned, clean_paragraphs, detect_language, split_paragraphs
from tidings.ingest.sources import RawItem, parse_iso, parse_timestamp
from tidings.models import DateSource, Flag

# Below this many characters an extracted body is a teaser or an error page, not an article.
MIN_TEXT_CHARS = 40
# Use the default extraction when the precise one keeps less than this share of the text.
RECALL_FALLBACK_RATIO = 0.5


@dataclass
class Extracted:
    """An item's title, body paragraphs and date, before cross-article cleaning."""

    title: str
    paragraphs: list[str]
    source_name: str
    url: str
    published: datetime | None
    date_source: DateSource


def extract(item: RawItem) -> Extracted:
    """Pull the article out of the item and date it (best evidence first)."""
    if item.kind == "html":
        title, paragraphs, url, published, site = _from_page(item)
        date_source = DateSource.METADATA if published else DateSource.FETCH
        source_name = site or item.source_name
    elif item.kind == "feed":
        title, paragraphs, url = item.title, _fragment_paragraphs(item.body), item.url
        published, date_source = None, DateSource.FETCH
    else:
        title, paragraphs, url = item.title, split_paragraphs(item.body), item.url
        if item.kind == "text" and not title and len(paragraphs) > 1:
            title = paragraphs.pop(0).lstrip("# ").strip()
        published, date_source = None, DateSource.FETCH
    if item.kind != "html":
        source_name = item.source_name
    if item.published is not None:
        published = item.published
        date_source = DateSource.FEED if item.published_from == "feed" else DateSource.METADATA
    return Extracted(title, paragraphs, source_name, url, published, date_source)


_STAMP_PREFIX = re.compile(r"^\W*(published|posted|updated|date)\s*:?\s*", re.IGNORECASE)
_STAMP_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d")


def date_from_stamp(cleaned: Cleaned) -> datetime | None:
    """The date stamp line found in a plain-text body, as UTC.

    The common shapes are parsed directly; dateparser (a few ms a call) handles the rest.
    """
    if not cleaned.date_stamp:
        return None
    stamp = _STAMP_PREFIX.sub("", cleaned.date_stamp).strip()
    for fmt in _STAMP_FORMATS:
        try:
            return datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return parse_timestamp(stamp)


def finish(
    extracted: Extracted, learned_boilerplate: set[str], fetched_at: datetime
) -> tuple[Cleaned, datetime, DateSource, str, list[Flag]]:
    """Clean the body and settle the date; raise when nothing article-like is left."""
    cleaned = clean_paragraphs(extracted.paragraphs, learned_boilerplate)
    published, date_source = extracted.published, extracted.date_source
    if published is None:
        stamped = date_from_stamp(cleaned)
        if stamped is not None:
            published, date_source = stamped, DateSource.TEXT
        else:
            published, date_source = fetched_at, DateSource.FETCH
    if len(cleaned.text) < MIN_TEXT_CHARS:
        raise IngestError(
            extracted.url or extracted.title or "item",
            f"no article text found (only {len(cleaned.text)} characters after cleaning); skipped",
        )
    language = detect_language(cleaned.text)
    flags = list(cleaned.flags)
    if language != "en":
        flags.append(Flag("language_not_english", detail="later stages assume English"))
    if date_source is DateSource.FETCH:
        flags.append(Flag("undated", detail="no publication date found; fetch time used"))
    return cleaned, published, date_source, language, flags


def _from_page(item: RawItem) -> tuple[str, list[str], str, datetime | None, str]:
    try:
        result = trafilatura.bare_extraction(
            item.body,
            url=item.url or None,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except (ValueError, ParserError) as exc:
        raise IngestError(item.source, f"unreadable HTML ({exc}); skipped") from exc
    if result is None or not (result.text or "").strip():
        raise IngestError(item.source, "no article text found in the page; skipped")
    text = result.text
    # favor_precision sometimes cuts an article in half; when a quick recall-oriented pass
    # finds over twice as much text, the default settings do better. Measured on the
    # article-extraction benchmark: F1 0.964 -> 0.968 (docs/benchmarks.md).
    quick = trafilatura.extract(item.body, fast=True, include_comments=False, include_tables=True)
    if quick and len(text) < RECALL_FALLBACK_RATIO * len(quick):
        text = trafilatura.extract(item.body, include_comments=False, include_tables=True) or text
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    url = item.url or (result.url or "")
    published = None
    try:
        found = htmldate.find_date(
            item.body, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S", url=url or None
        )
    except (ValueError, TypeError):
        found = None
    if found:
        published = _with_time_of_day(item.body, datetime.fromisoformat(found).replace(tzinfo=UTC))
    site = result.sitename or result.hostname or ""
    return result.title or item.title or "", paragraphs, url, published, site


# htmldate settles the day but drops the time; point-in-time forecasts need the hour, so take
# it from the standard timestamp tags when they agree with htmldate's day.
_TIMESTAMP_XPATH = (
    "//meta[@property='article:published_time' or @property='og:published_time' or "
    "@itemprop='datePublished' or @name='date' or @name='pubdate']/@content"
    " | //time/@datetime"
)


def _with_time_of_day(html: str, day: datetime) -> datetime:
    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return day
    for value in root.xpath(_TIMESTAMP_XPATH):
        stamp = parse_iso(str(value))
        if stamp is not None and stamp.date() == day.date():
            return stamp
    return day


def _fragment_paragraphs(html: str) -> list[str]:
    """Paragraphs of a feed entry's HTML fragment (too short for a page extractor)."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return split_paragraphs(html)
    blocks = root.xpath(".//p|.//li|.//blockquote|.//h2|.//h3")
    texts = [b.text_content() for b in blocks] or [root.text_content()]
    return [" ".join(t.split()) for t in texts if t.strip()]
