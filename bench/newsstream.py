"""The dated event stream in ../shared/data/news (Wikipedia current events, 2024-2025).

Each event sentence becomes a document with id ``YYYY-MM-DD#N`` (N: its index in that day's
list), the convention of tests/data/linking. Read from ../shared at run time, never copied.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import yaml
from common import SHARED

STREAM = SHARED / "news" / "wikipedia-current-events"
_OUTLETS = re.compile(r"(?:\s*[,\[]?\s*\([^()]*\))+\s*$")


def is_event_sentence(entry: str) -> bool:
    """The rule of tests/data/linking/README.md: cited outlets, and a sentence before them."""
    if not entry.rstrip().endswith(")"):
        return False
    body = _OUTLETS.sub("", entry).strip()
    return body.endswith((".", "!", "?", '"', "'", "”")) or len(body.split()) >= 12


def event_sentences(folder: Path = STREAM) -> list[tuple[str, datetime, str]]:
    """(item id, day, sentence) for every event sentence, oldest first."""
    items = []
    for path in sorted(folder.glob("*/*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        day = datetime.fromisoformat(str(data["Date"])).replace(tzinfo=UTC)
        entries = (data.get("Intelligence_Payload") or {}).get("Uncategorized") or []
        for index, entry in enumerate(entries):
            if isinstance(entry, str) and is_event_sentence(entry):
                items.append((f"{day.date().isoformat()}#{index}", day, entry))
    return items
