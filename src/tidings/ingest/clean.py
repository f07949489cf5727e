"""Cleaning article text the way real newsletter and wire copy needs it.

Pure functions over strings. What they remove or flag:

* boilerplate lines: subscription blurbs, comment widgets, share prompts, bare date stamps,
  and any short line that recurs across one source's articles (learned per source);
* a paragraph repeated inside one article, exactly or lightly reworded: kept once, counted;
* sentences broken where a hyperlink's text was stripped ("accused Kyiv of launching" followed
  by a paragraph starting "in the Novgorod region"): the halves are joined and the join flagged.

trafilatura strips page chrome from HTML but not these, which survive in plain-text copies and
in the body of extracted pages; no library we know handles them, hence this module.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from tidings.models import Flag

# Lines a newsletter or page template repeats around the article. Anchored to the line start
# and only applied to short lines, so a sentence that merely mentions "subscribe" survives.
_BOILERPLATE = re.compile(
    r"""^\W*(
        subscribe\b | sign\s+up\b | follow\s+us\b | share\s+(this|on)\b | like\s+us\b |
        comments?\s*(\(\d+\))?\W*$ | no\s+comments(\s+yet)?\b | leave\s+a\s+(comment|reply)\b |
        be\s+the\s+first\s+to\s+comment\b | read\s+more\b | continue\s+reading\b |
        advertisement\W*$ | sponsored\W*$ | related(\s+(stories|articles|coverage))?\W*$ |
        all\s+rights\s+reserved\b | copyright\b | © | click\s+here\b | tap\s+here\b |
        you\s+are\s+receiving\s+this\b | unsubscribe\b | view\s+(this\s+)?in\s+(your\s+)?browser\b |
        forward(ed)?\s+this\s+(email|newsletter)\b | print\s+this\b | email\s+this\b |
        photo:\s | image:\s | (top|back\s+to\s+top)\W*$ | tags?:\s |
        got\s+a\s+(story|tip|news\s+tip)\b | send\s+us\s+(a\s+)?(tip|story)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_MAX_CHARS = 160

_MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
# A line that is nothing but a date stamp ("December 29, 2025", "Published 2025-12-29 08:00",
# "Mon, 29 Dec 2025"): used to date the text, then removed wherever it recurs.
DATE_STAMP = re.compile(
    r"^\W*((published|posted|updated|date)\s*:?\s*)?"
    r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(\d{{4}}-\d{{2}}-\d{{2}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}})"
    r"([\sT,]+(at\s+)?\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\s*(utc|gmt|[A-Z]{2,4}|z|[+-]\d{2}:?\d{2})?)?"
    r"\W*$",
    re.IGNORECASE,
)

_PROSE_END = tuple('.!?"”’')
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TERMINAL = tuple(".!?:;\"'”’)]…")
_WORD = re.compile(r"\w+")
# A paragraph must have this many words before it can count as a repeat of another: list
# items, recipe lines and captions legitimately recur; prose paragraphs do not.
_REPEAT_MIN_WORDS = 20
# Word-bigram Jaccard at or above which two paragraphs are the same paragraph reworded: a few
# changed words in a 40-word paragraph keep it near 0.7; distinct paragraphs of one story
# rarely pass 0.25.
_REPEAT_JACCARD = 0.6


def line_key(line: str) -> str:
    """Normalised hash of a line, for counting the lines a source repeats."""
    norm = " ".join(_WORD.findall(line.lower()))
    return hashlib.sha1(norm.encode()).hexdigest()[:16]


def candidate_boilerplate_lines(paragraphs: list[str]) -> dict[str, str]:
    """The short lines of one article that could be a source's template, by their key."""
    return {line_key(p): p for p in paragraphs if 0 < len(p) <= _BOILERPLATE_MAX_CHARS}


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank-line blocks, or single lines when no block is wrapped.

    Hard-wrapped blocks (several lines of similar width) are unwrapped into one paragraph;
    otherwise each line is its own paragraph, as in most newsletter copies.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if _looks_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return [" ".join(p.split()) for p in paragraphs]


def _looks_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    widths = [len(ln) for ln in lines[:-1]]
    return max(widths) <= 100 and min(widths) >= 0.6 * max(widths)


def is_date_stamp(line: str) -> bool:
    return len(line) <= 80 and DATE_STAMP.match(line) is not None


@dataclass
class Cleaned:
    """The outcome of cleaning one article body."""

    text: str
    paragraphs: list[str]
    repeated_paragraphs: int = 0
    boilerplate_lines: int = 0
    date_stamp: str | None = None  # the first bare date line, for dating plain text
    flags: list[Flag] = field(default_factory=list)


def clean_paragraphs(paragraphs: list[str], learned_boilerplate: set[str] | None = None) -> Cleaned:
    """Remove boilerplate and repeated paragraphs, join and flag broken sentences."""
    learned = learned_boilerplate or set()
    kept: list[str] = []
    boilerplate = 0
    date_stamp: str | None = None
    for p in paragraphs:
        if is_date_stamp(p):
            date_stamp = date_stamp or p
            boilerplate += 1
        elif len(p) <= _BOILERPLATE_MAX_CHARS and (_BOILERPLATE.match(p) or line_key(p) in learned):
            boilerplate += 1
        else:
            kept.append(p)
    kept, repeated = _drop_repeats(kept)
    joined, joins = _join_broken(kept)
    text, flags = _assemble(joined, joins)
    return Cleaned(
        text=text,
        paragraphs=joined,
        repeated_paragraphs=repeated,
        boilerplate_lines=boilerplate,
        date_stamp=date_stamp,
        flags=flags,
    )


def _bigrams(p: str) -> set[tuple[str, str]]:
    words = _WORD.findall(p.lower())
    return set(zip(words, words[1:], strict=False))


def _is_prose(p: str) -> bool:
    """A sentence paragraph, as opposed to a list item, recipe line or caption."""
    return len(_WORD.findall(p)) >= _REPEAT_MIN_WORDS and p.rstrip().endswith(_PROSE_END)


def _drop_repeats(paragraphs: list[str]) -> tuple[list[str], int]:
    """Drop prose paragraphs that repeat an earlier one, exactly or lightly reworded.

    A rewording keeps the facts: paragraphs whose numbers differ are different paragraphs.
    """
    kept: list[str] = []
    seen: list[tuple[set[tuple[str, str]], list[str]]] = []
    repeated = 0
    for p in paragraphs:
        if not _is_prose(p):
            kept.append(p)
            continue
        grams, numbers = _bigrams(p), sorted(_NUMBER.findall(p))
        if any(
            numbers == other_numbers and len(grams & other) / len(grams | other) >= _REPEAT_JACCARD
            for other, other_numbers in seen
        ):
            repeated += 1
            continue
        kept.append(p)
        seen.append((grams, numbers))
    return kept, repeated


def _is_broken_pair(first: str, second: str) -> bool:
    """True when ``first`` stops mid-sentence and ``second`` carries on in lower case."""
    return (
        len(_WORD.findall(first)) >= 4
        and not first.rstrip().endswith(_TERMINAL)
        and first[-1:].isalnum()
        and second[:1].islower()
    )


def _join_broken(paragraphs: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """Join broken halves; return the paragraphs and, per join, (paragraph index, offset)."""
    out: list[str] = []
    joins: list[tuple[int, int]] = []
    for p in paragraphs:
        if out and _is_broken_pair(out[-1], p):
            joins.append((len(out) - 1, len(out[-1])))
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out, joins


def _assemble(paragraphs: list[str], joins: list[tuple[int, int]]) -> tuple[str, list[Flag]]:
    starts, pos = [], 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + 2
    text = "\n\n".join(paragraphs)
    flags = []
    for index, offset in joins:
        at = starts[index] + offset
        before = text[max(0, at - 30) : at].split("\n")[-1]
        after = text[at + 1 : at + 31]
        flags.append(
            Flag(
                kind="broken_sentence",
                start=at,
                end=at + 1,
                detail=f"text probably missing (a stripped link?) between '…{before}' and "
                f"'{after}…'",
            )
        )
    return text, flags


def detect_language(text: str) -> str:
    """``en`` when the text reads as English, else ``und``.

    Every later stage runs English models, so all we need to know is whether a text is
    English; a share of common function words does that without another model dependency.
    """
    words = _WORD.findall(text.lower()[:4000])
    if len(words) < 5:
        return "und"
    hits = sum(w in _ENGLISH_FUNCTION_WORDS for w in words)
    return "en" if hits / len(words) >= 0.12 else "und"


_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "at",
        "it",
        "from",
        "his",
        "her",
        "its",
        "are",
        "were",
        "be",
        "has",
        "have",
        "had",
        "not",
        "but",
        "this",
        "which",
        "or",
        "an",
        "will",
        "would",
        "said",
        "they",
        "their",
        "he",
        "she",
        "we",
    ]
)
