"""A synthetic stream of plain-text news articles for throughput benchmarks.

Deterministic (seeded). Articles are newsletter-shaped: a title, a date stamp, a few
paragraphs of wire-like sentences built from a vocabulary of actors, verbs and places, a
subscription line, and a share of near duplicates (a retitled copy with a trailing paragraph)
so that dedupe has real work to do.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

ACTORS = [
    "the foreign ministry",
    "the defence minister",
    "the central bank",
    "the governor",
    "the president's office",
    "regional officials",
    "the army",
    "the energy company",
    "the prime minister",
    "the opposition leader",
    "the port authority",
    "analysts",
]
VERBS = ["said", "warned", "announced", "denied", "claimed", "confirmed", "estimated", "reported"]
THINGS = [
    "drones",
    "missiles",
    "barrels",
    "tonnes of grain",
    "homes without power",
    "troops",
    "billion dollars in aid",
    "flights",
    "voters",
    "refugees",
]
PLACES = [
    "Kyiv",
    "Odesa",
    "Kharkiv",
    "Warsaw",
    "Berlin",
    "Ankara",
    "Riga",
    "Vilnius",
    "the Novgorod region",
    "the Black Sea coast",
    "Brussels",
    "Geneva",
]
WHEN = ["on Monday", "on Tuesday", "overnight", "late on Sunday", "this week", "on Friday"]


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(WHEN)} that "
        f"{rng.randint(2, 900)} {rng.choice(THINGS)} were involved in {rng.choice(PLACES)}, "
        f"after {rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.randint(2, 90)} "
        f"{rng.choice(THINGS)} in {rng.choice(PLACES)}."
    )


def article(rng: random.Random, i: int, day: date) -> tuple[str, list[str]]:
    title = f"{rng.choice(PLACES)}: {rng.choice(ACTORS)} {rng.choice(VERBS)} ({i})"
    paragraphs = [
        " ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 6))
    ]
    return title, [day.strftime("%B %d, %Y"), *paragraphs]


def write_stream(folder: Path, count: int, seed: int = 7, duplicate_share: float = 0.05) -> Path:
    """Write ``count`` articles as .txt files under ``folder`` (100 per sub-folder)."""
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    previous: list[tuple[str, list[str]]] = []
    for i in range(count):
        day = start + timedelta(days=i // 60)
        if previous and rng.random() < duplicate_share:
            title, paragraphs = rng.choice(previous[-200:])
            title, paragraphs = f"Update: {title}", [*paragraphs, sentence(rng)]
        else:
            title, paragraphs = article(rng, i, day)
            previous.append((title, paragraphs))
        body = [title, *paragraphs, "Subscribe to the Daily Stream for more."]
        sub = folder / f"part{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:06d}.txt").write_text("\n\n".join(body), encoding="utf-8")
    return folder
