"""The default writer: a brief built from source sentences, with no language model.

Every factual sentence is a sentence of a cited article (datelines trimmed, a leading pronoun
replaced by the speaker it was resolved to), so its facts, numbers and attributions are the
source's own. The writer's work is choosing: rank sentences by relevance, recency and weight
(contested claims, events of the question's kind, numbers), merge near-identical sentences
from different outlets into one line with several citations, group lines into themed
sections, put a claim and its denial side by side, and write the connective and model
sentences (headline, lede, table, watchpoints) from templates.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from tidings.brief.check import content_words, speaker_names, supports
from tidings.brief.gather import BriefInputs
from tidings.brief.model import Brief, Citation, Line, Section, TableRow, Watchpoint
from tidings.brief.sentences import split_sentences
from tidings.extract.pipeline import mask_datelines
from tidings.forecast.engine import market_for
from tidings.models import ClaimStatus, Document, EventType, Forecast, Modality, Stance

MAX_SECTIONS = 5
MAX_LINES = 5
MAX_WORDS = 55
# Two sentences whose shorter one shares this share of its words with the longer one report
# the same thing: one line, both sources; provided they also share this share of the words
# that say what happened (not the speaker's name, "said", "that", "had been").
MERGE_OVERLAP = 0.6
MERGE_CONTENT_OVERLAP = 0.3
# A named speaker's same figure told in other words needs this share of content words.
MERGE_FIGURE_OVERLAP = 0.4
RECENCY_HALF_LIFE_DAYS = 7.0
WATCH_SPAN_DAYS = 31  # a time spanning more ("in 2026", "next year") is no date to watch
_WORD = re.compile(r"[a-z0-9]+")
# a figure reported, not one that names a thing ("the 20-point plan", "a 30-day truce")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?![\d.,]*[-–][A-Za-z])")
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_DATE_LIKE = re.compile(
    rf"\b(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\b|\b(?:19|20)\d\d\b"
)
_TRAILING_CREDITS = re.compile(r"(?:\s*\([^()]{1,60}\))+\s*$")
_PRONOUN_START = re.compile(r"^(He|She)\s+(?=said|told|added|warned|claimed|denied|insisted|noted)")
THEMES = {
    EventType.STRIKE: "strikes",
    EventType.INTERCEPTION: "strikes",
    EventType.THREAT: "strikes",
    EventType.CASUALTIES: "strikes",
    EventType.TALKS: "talks",
    EventType.AGREEMENT: "talks",
    EventType.CEASEFIRE: "talks",
    EventType.POSITION: "talks",
    EventType.WITHDRAWAL: "talks",
    EventType.CAPTURE: "front",
    EventType.SANCTIONS_AID: "money",
}
THEME_TITLES = {
    "strikes": "Strikes and threats",
    "talks": "Talks and positions",
    "front": "On the front line",
    "money": "Money, aid and sanctions",
    "other": "Other developments",
}
_ALLEGATION_WORDS = (
    "drone",
    "attack",
    "strike",
    "residence",
    "sabotage",
    "plot",
    "missile",
    "assassination",
    "provocation",
    "shelling",
)


@dataclass
class Candidate:
    doc_id: str
    sentence: str
    text: str  # what the brief prints
    score: float
    theme: str
    contested: bool = False
    stance: Stance | None = None
    words: set[str] = field(default_factory=set)
    twins: list[Candidate] = field(default_factory=list)  # the same report from other outlets


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2}


def _damaged(doc: Document) -> list[int]:
    """Where ingest found a sentence broken (text missing where a link was stripped): such a
    sentence misquotes its source, so a brief never prints or cites it."""
    return [f.start for f in doc.flags if f.kind == "broken_sentence"]


def _candidates(inputs: BriefInputs) -> list[Candidate]:
    relevance: dict[str, float] = defaultdict(float)
    for pairs in inputs.links.values():
        for doc_id, score in pairs:
            relevance[doc_id] = max(relevance[doc_id], score)
    wanted = {t for q in inputs.questions for t in q.event_types}
    out = []
    for doc_id, doc in inputs.documents.items():
        published = (doc.published_at or doc.fetched_at).date()
        age = max(0, (inputs.as_of - published).days)
        recency = 0.5 ** (age / RECENCY_HALF_LIFE_DAYS)
        claims = inputs.claims.get(doc_id, [])
        events = inputs.events.get(doc_id, [])
        numbers = inputs.quantities.get(doc_id, [])
        masked = mask_datelines(doc.text)
        damaged = _damaged(doc)
        for start, raw in split_sentences(masked):
            sentence = raw.strip()
            end = start + len(raw)
            if any(start <= at < end for at in damaged):
                continue
            words = sentence.split()
            printed = _TRAILING_CREDITS.sub("", sentence).strip()  # "... (Reuters) (AP)"
            if len(words) < 6 or len(words) > MAX_WORDS or not printed.endswith((".", '"', "”")):
                continue
            in_sentence = [
                c
                for c in claims
                if start <= c.sentence_start < end or c.sentence_start <= start < c.sentence_end
            ]
            sentence_events = [
                e
                for e in events
                if start <= e.sentence_start < end or e.sentence_start <= start < e.sentence_end
            ]
            contested = any(c.status is ClaimStatus.CONTESTED for c in in_sentence)
            if not in_sentence and any(e.modality is Modality.ALLEGED for e in sentence_events):
                continue  # an allegation without its speaker must not read as fact
            if _PRONOUN_START.match(sentence):
                continue  # "He said ...": the speaker is in another sentence; pick one that names them
            text = printed
            theme = "other"
            kinds = [e.type for e in sentence_events]
            if kinds:
                theme = THEMES[Counter(kinds).most_common(1)[0][0]]
            if contested:
                theme = "contested"
            score = relevance.get(doc_id, 0.0) * recency
            score += 0.6 * contested + 0.3 * bool(wanted & set(kinds))
            score += 0.15 * any(start <= q.start < end for q in numbers)
            score += 0.1 * bool(in_sentence)
            stance = in_sentence[0].stance if in_sentence else None
            out.append(
                Candidate(doc_id, sentence, text, score, theme, contested, stance, _words(sentence))
            )
    out.sort(key=lambda c: -c.score)
    return out


def _select(candidates: list[Candidate], limit: int) -> list[Candidate]:
    """Best candidates, near-identical sentences merged into one line with every source."""
    chosen: list[Candidate] = []
    for c in candidates:
        twin = next((i for i, k in enumerate(chosen) if _same_report(c, k)), None)
        if twin is not None:
            if c.doc_id != chosen[twin].doc_id:
                chosen[twin].twins.append(c)
            continue
        if len(chosen) < limit:
            chosen.append(c)
    return chosen


def _same_report(a: Candidate, b: Candidate) -> bool:
    """Two sentences that report the same thing: mostly the same words, or one named
    speaker's same figure told in other words ("91 drones were fired at the residence near
    Valdai" and "91 drones had been launched at the residence in the Novgorod region")."""
    if not _same_speaker(a.sentence, b.sentence) or not supports(b.sentence, a.sentence):
        return False  # (the line prints one and cites both: each must bear it out)
    figures_a, figures_b = _figures(a.sentence), _figures(b.sentence)
    if figures_a and figures_b and not figures_a & figures_b:
        return False  # "28 killed" and "five killed" are two reports
    content = _overlap(content_words(a.sentence), content_words(b.sentence))
    if _overlap(a.words, b.words) >= MERGE_OVERLAP and content >= MERGE_CONTENT_OVERLAP:
        return True
    shared = figures_a & figures_b
    return bool(shared and speaker_names(a.sentence)) and content >= MERGE_FIGURE_OVERLAP


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _figures(text: str) -> set[str]:
    """The figures a sentence reports, not the days and years that date it nor the figures in
    a name ("the 20-point plan")."""
    return set(_FIGURE.findall(_DATE_LIKE.sub(" ", text)))


def _same_speaker(a: str, b: str) -> bool:
    """Two sentences may share a line only if they attribute to the same speaker (or none)."""
    first, second = speaker_names(a), speaker_names(b)
    return first == second or bool(first & second)


def _allegation_title(lines: list[Candidate]) -> str:
    counts = Counter(
        w for c in lines for w in _WORD.findall(c.sentence.lower()) if w in _ALLEGATION_WORDS
    )
    if not counts:
        return "The disputed claims"
    top = [w for w, _ in counts.most_common(2)]
    return (
        f"The {'-'.join(top)} allegation"
        if len(top) == 2 and top[0] != top[1]
        else f"The {top[0]} allegation"
    )


def write_brief(inputs: BriefInputs, charts: dict[str, str] | None = None) -> Brief:
    """A brief for the questions in ``inputs``, every factual line cited."""
    candidates = _candidates(inputs)
    selected = _select(candidates, MAX_SECTIONS * MAX_LINES)
    citations: list[Citation] = []
    by_key: dict[tuple[str, str], int] = {}

    def cite(doc_id: str, sentence: str) -> int:
        key = (doc_id, sentence)
        if key not in by_key:
            doc = inputs.documents[doc_id]
            citations.append(
                Citation(
                    len(citations) + 1,
                    doc_id,
                    doc.title,
                    doc.source_name,
                    (doc.published_at or doc.fetched_at).date(),
                    doc.url,
                    sentence,
                )
            )
            by_key[key] = len(citations)
        return by_key[key]

    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in selected:
        if len(groups[c.theme]) < MAX_LINES:
            groups[c.theme].append(c)
    ordered = sorted(groups.items(), key=lambda kv: -sum(c.score for c in kv[1]))[:MAX_SECTIONS]
    sections = []
    for theme, lines in ordered:
        if theme == "contested":
            title = _allegation_title(lines)
            lines.sort(key=lambda c: (c.stance.disputes, -c.score))
        elif theme == "talks" and any(c.stance is Stance.REJECT for c in lines):
            title = "Talks on hold"
        else:
            title = THEME_TITLES[theme]
        out_lines = []
        for c in lines:
            numbers = [cite(c.doc_id, c.sentence)]
            numbers += [cite(t.doc_id, t.sentence) for t in c.twins]
            out_lines.append(Line(c.text, sorted(set(numbers)), "claim" if c.stance else "fact"))
        if theme == "contested":
            out_lines.append(
                Line(
                    "Tidings marks this account as contested: each side's version "
                    "is given with its speaker, and neither as fact.",
                    [],
                    "connective",
                )
            )
        sections.append(Section(title, out_lines))
    table = _table(inputs)
    headline, lede = _headline_and_lede(inputs, table, sections)
    used = {line.text for section in sections for line in section.lines} | {
        line.text for line in lede
    }
    watchpoints = _watchpoints(inputs, cite, used)
    return Brief(
        headline,
        lede,
        sections,
        table,
        watchpoints,
        citations,
        inputs.as_of,
        [q.id for q in inputs.questions] or ([f"topic: {inputs.topic}"] if inputs.topic else []),
        charts or {},
    )


def _table(inputs: BriefInputs) -> list[TableRow]:
    rows = []
    for f in inputs.forecasts:
        q = next(q for q in inputs.questions if q.id == f.question_id)
        before = inputs.previous.get((f.question_id, f.deadline)) if f.deadline else None
        # only a price a venue quotes: none for an earlier deadline the market only implies
        quote = market_for(q, f.deadline, inputs.as_of) if f.deadline else None
        price = quote.probability if quote and not quote.implied else None
        rows.append(
            TableRow(
                f.question_id,
                q.title,
                f.deadline or inputs.as_of,
                f.probability,
                before.probability if before else None,
                price,
                _top_contribution(f),
            )
        )
    return rows


def _top_contribution(f: Forecast) -> str:
    top = max(
        (c for c in f.contributions if c.kind in ("evidence", "market", "time")),
        key=lambda c: abs(c.log_odds),
        default=None,
    )
    return f"{top.log_odds:+.2f} {top.label}" if top else ""


def percent(p: float) -> str:
    return f"{round(100 * p)}%"


def _headline_and_lede(
    inputs: BriefInputs, table: list[TableRow], sections: list[Section]
) -> tuple[str, list[Line]]:
    if not table:
        lede = []
        if sections and sections[0].lines:
            lede.append(sections[0].lines.pop(0))
            if not any(line.kind != "connective" for line in sections[0].lines):
                sections.pop(0)
        topic = inputs.topic
        focus = sections[0].title.lower() if sections else "the latest reports"
        return (f"{topic}: {focus}" if topic else f"News brief: {focus}"), lede
    row = max(
        table,
        key=lambda r: (
            abs(r.probability - (r.previous if r.previous is not None else r.probability))
            + 0.001 * r.probability
        ),
    )
    short = re.sub(r"\?$", "", row.title)
    focus = sections[0].title.lower() if sections else "the latest reports"
    headline = f"{short}: Tidings at {percent(row.probability)}, with {focus} in focus"
    lede: list[Line] = []
    if sections and sections[0].lines:
        lede.append(sections[0].lines.pop(0))  # moved, not copied: no sentence appears twice
        if not any(line.kind != "connective" for line in sections[0].lines):
            sections.pop(0)
    change = ""
    if row.previous is not None:
        delta = round(100 * (row.probability - row.previous))
        change = (
            ", unchanged since the last brief"
            if delta == 0
            else f", {'up' if delta > 0 else 'down'} {abs(delta)} points since the last brief"
        )
    market = ""
    if row.market is not None:
        market = f"; the market says {percent(row.market)}"
    lede.append(
        Line(
            f"Tidings puts “{short}” at {percent(row.probability)} by "
            f"{row.deadline.isoformat()}{change}{market}.",
            [],
            "model",
            model=True,
        )
    )
    return headline, lede


def _watchpoints(inputs: BriefInputs, cite, used: set[str]) -> list[Watchpoint]:  # type: ignore[no-untyped-def]
    points: list[Watchpoint] = []
    for q in inputs.questions:
        deadlines = q.resolution_dates or ([q.close_date] if q.close_date else [])
        for i, deadline in enumerate(deadlines, start=1):
            if deadline >= inputs.as_of:
                which = f" ({i} of {len(deadlines)})" if len(deadlines) > 1 else ""
                points.append(Watchpoint(deadline, f"Deadline: “{q.title}”{which}"))
    seen: set[tuple[date, str]] = set()
    horizon = inputs.as_of + timedelta(days=120)
    for doc_id, times in inputs.times.items():
        doc = inputs.documents[doc_id]
        sentences = split_sentences(mask_datelines(doc.text))
        damaged = _damaged(doc)
        for t in times:
            if not (inputs.as_of <= t.start_date <= horizon):
                continue
            if (t.end_date - t.start_date).days > WATCH_SPAN_DAYS:
                continue
            off, raw = next(
                ((off, s) for off, s in sentences if off <= t.start < off + len(s)), (0, "")
            )
            sentence = raw.strip()
            if (
                not sentence
                or any(off <= at < off + len(raw) for at in damaged)
                or sentence in used
                or len(sentence.split()) > MAX_WORDS
                or (t.start_date, sentence) in seen
            ):
                continue
            seen.add((t.start_date, sentence))
            whole_month = t.start_date.day == 1 and (t.end_date + timedelta(days=1)).day == 1
            points.append(Watchpoint(t.start_date, sentence, [cite(doc_id, sentence)], whole_month))
    points.sort(key=lambda w: (w.day, not w.citations))
    return points[:10]
