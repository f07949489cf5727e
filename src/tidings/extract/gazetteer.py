"""The entity gazetteer: who and what we know by name, their aliases, titles and side.

A YAML list we maintain (``extract/data/gazetteer.yaml``) plus any file a user adds. It feeds
spaCy's EntityRuler (so "Kyiv" is a place and "Lavrov" is Sergei Lavrov), resolves titles
("the foreign minister") back to people, and gives each actor a side, which is how a denial
by Ukraine of Russia's claim is recognised as the other side contesting it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

import yaml

from tidings.errors import TidingsError

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


class GazetteerError(TidingsError):
    """A gazetteer file is unreadable or has an invalid entry."""


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    side: str = ""
    role: str = ""
    titles: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_surface: dict[str, str] = field(default_factory=dict)  # lower-cased surface -> id
    by_title: dict[str, str] = field(default_factory=dict)  # lower-cased title -> person id

    def add(self, entry: GazetteerEntry) -> None:
        self.entries[entry.id] = entry
        for surface in (entry.name, *entry.aliases):
            self.by_surface[surface.lower()] = entry.id
        for title in entry.titles:
            self.by_title.setdefault(title.lower(), entry.id)

    def lookup(self, surface: str) -> GazetteerEntry | None:
        key = re.sub(r"^(the)\s+", "", surface.strip().lower())
        key = re.sub(r"'s$|’s$", "", key)
        entry_id = self.by_surface.get(key)
        return self.entries[entry_id] if entry_id else None

    def side_of(self, surface: str) -> str:
        """The side an actor belongs to, from its entry or any known name inside it."""
        entry = self.lookup(surface)
        if entry and entry.side:
            return entry.side
        words = re.findall(r"[\w'’.-]+", surface)
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                entry = self.lookup(" ".join(words[i : i + size]))
                if entry and entry.side:
                    return entry.side
        return ""

    @cached_property
    def word_casing(self) -> dict[str, str]:
        """Each word of every name and alias as written, keyed by its upper-case form, so a
        line in capitals can be given back its names ("POWELL" -> "Powell", "BOJ" -> "BoJ")."""
        casing: dict[str, str] = {}
        for entry in self.entries.values():
            for surface in (entry.name, *entry.aliases):
                for word in surface.split():
                    casing.setdefault(word.upper(), word)
        return casing

    def patterns(self) -> list[dict[str, object]]:
        """EntityRuler patterns: every name and alias, case-sensitive as written."""
        out = []
        for entry in self.entries.values():
            for surface in {entry.name, *entry.aliases}:
                out.append({"label": entry.label, "pattern": surface, "id": entry.id})
        return out


def default_path() -> Path:
    return Path(str(resources.files("tidings.extract") / "data" / "gazetteer.yaml"))


def load_gazetteer(*extra: Path) -> Gazetteer:
    """The bundled gazetteer, then each extra file (later entries override earlier ones)."""
    gazetteer = Gazetteer()
    for path in (default_path(), *extra):
        for entry in _read(path):
            gazetteer.add(entry)
    return gazetteer


def _read(path: Path) -> list[GazetteerEntry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer ({exc})") from exc
    if not isinstance(data, list):
        raise GazetteerError(f"{path}: expected a YAML list of entries")
    entries = []
    for index, raw in enumerate(data, start=1):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("name"):
            raise GazetteerError(f"{path}: entry {index} needs at least 'id' and 'name'")
        label = str(raw.get("label", "")).upper()
        if label not in LABELS:
            raise GazetteerError(
                f"{path}: entry {index} ({raw['id']}): label {label!r} is not one of {sorted(LABELS)}"
            )
        entries.append(
            GazetteerEntry(
                id=str(raw["id"]),
                name=str(raw["name"]),
                label=label,
                aliases=tuple(str(a) for a in raw.get("aliases") or () if str(a).strip()),
                side=str(raw.get("side") or ""),
                role=str(raw.get("role") or ""),
                titles=tuple(str(t) for t in raw.get("titles") or () if str(t).strip()),
            )
        )
    return entries
