"""Splitting text into sentences, the same way for the writer and the grounding check."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“A-Z0-9])")
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "prof",
        "no",
        "vs",
        "fla",
        "calif",
        "ariz",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
    ]
)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a paragraph-separated text.

    A full stop after an abbreviation ("Dec. 28", "U.S. envoys") or an initial does not end
    a sentence.
    """
    out = []
    offset = 0
    for paragraph in text.split("\n\n"):
        start = 0
        for m in _SENTENCE.finditer(paragraph):
            before = paragraph[start : m.start()].rstrip("\"”’'")
            last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
            out.append((offset + start, paragraph[start : m.start()]))
            start = m.end()
        out.append((offset + start, paragraph[start:]))
        offset += len(paragraph) + 2
    return [(o, s) for o, s in out if s.strip()]
