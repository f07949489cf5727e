"""Linking evidence to questions: which documents bear on a question, how much, and why.

Hybrid retrieval: BM25 (bm25s, over Snowball stems so "rebels" meets "rebel") over the words
of the question finds documents that use its terms; sentence embeddings find those that say the
same thing in other words; the entities and event types the question names reward documents
about the same actors and kind of event (a soft bonus, never a filter).
Only documents published inside the question's window and before the as-of moment count,
so a forecast never sees a later article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import bm25s
import numpy as np
import Stemmer

from tidings.extract.gazetteer import Gazetteer
from tidings.models import Evidence, Question, start_of

# How far before a question opens its evidence may reach: background that sets the stage.
LOOKBACK_DAYS = 30
LINK_LIMIT = 20  # documents linked to a question
MIN_LINK_SCORE = 0.25
# Weights of the relevance score, in log-odds; checked on tests/data/linking (bench/bench_link.py).
WEIGHTS = {"bias": -5.0, "bm25": 3.0, "semantic": 6.0, "entities": 1.5, "event": 0.8}
_TOKEN = re.compile(r"[a-z0-9]+")
_STEMMER = Stemmer.Stemmer("english")
_STOP = frozenset(
    [
        "will",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "by",
        "and",
        "or",
        "is",
        "be",
        "for",
        "at",
        "with",
        "from",
        "as",
        "that",
        "this",
        "it",
        "its",
        "before",
        "after",
        "any",
        "resolves",
        "yes",
        "no",
        "if",
        "than",
        "more",
        "less",
        "into",
        "over",
        "under",
        "between",
    ]
)


@dataclass
class LinkDoc:
    """What linking needs to know about a document."""

    id: str
    title: str
    text: str
    published: datetime
    event_types: set[str] = field(default_factory=set)


@dataclass
class Scored:
    doc: LinkDoc
    score: float
    reason: str


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOP]


def terms(text: str) -> list[str]:
    """The BM25 terms of ``text``: its tokens, stemmed, so inflections of a word match."""
    return _STEMMER.stemWords(tokens(text))


class EntityMatcher:
    """Gazetteer names found in text, by plain string matching between non-word characters.

    A nationality counts as its country ("Israeli" is Israel), so a question naming Israel
    and a report on "Israeli strikes" share the actor.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        surfaces = sorted(gazetteer.by_surface, key=len, reverse=True)
        countries = {
            e.side: e.id
            for e in gazetteer.entries.values()
            if e.label == "GPE" and e.side and e.role.startswith("country")
        }
        self._ids = {
            surface: countries.get(gazetteer.entries[eid].side, eid)
            if gazetteer.entries[eid].label == "NORP"
            else eid
            for surface, eid in gazetteer.by_surface.items()
        }
        self._names = {eid: e.name for eid, e in gazetteer.entries.items()}
        # Lookarounds rather than \b: a name ending in a dot ("U.S.") has no word boundary
        # after it before a space, so \b would never match it there.
        self._re = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(s) for s in surfaces if len(s) > 2) + r")(?!\w)",
                re.I,
            )
            if surfaces
            else None
        )

    def ids(self, text: str) -> set[str]:
        if self._re is None:
            return set()
        return {self._ids[m.group(0).lower()] for m in self._re.finditer(text)}

    def name(self, entity_id: str) -> str:
        return self._names.get(entity_id, entity_id)


def question_query(q: Question) -> str:
    """The words a question is searched by (BM25 and its entities): its title and keywords.
    Not its resolution criteria, whose boilerplate and exclusions ("attacks by Hezbollah do not
    count") reward documents about what the question is not about; both BM25 and the entity
    bonus ranked better without them on tests/data/linking."""
    return " ".join([q.title, " ".join(q.keywords)])


def window(
    q: Question, as_of: datetime | None, lookback_days: int = LOOKBACK_DAYS
) -> tuple[datetime, datetime]:
    """[start, end) of publication times that may bear on ``q`` as of ``as_of``."""
    opened = q.open_date or (
        q.close_date - timedelta(days=90) if q.close_date else date(1970, 1, 1)
    )
    start = start_of(opened - timedelta(days=lookback_days))
    closes = q.close_date or (q.resolution_dates[-1] if q.resolution_dates else date(2100, 1, 1))
    end = start_of(closes + timedelta(days=1))
    if as_of is not None:
        end = min(end, as_of)
    return start, end


class _Rows:
    """Embedding rows with room to grow: appending to the newest index writes into spare
    capacity instead of copying the whole matrix (10,000 x 384 floats, 15 MB, on every new
    article). Older indexes keep their own views, which the appended rows lie beyond."""

    def __init__(self, buffer: np.ndarray, length: int) -> None:
        self.buffer = buffer
        self.length = length  # rows written; an index whose view is this long is the newest

    @classmethod
    def holding(cls, rows: np.ndarray) -> tuple[_Rows, np.ndarray]:
        """A store for ``rows`` with room for half as many again (at least 1,024), copied
        once when the index is built rather than on the first new article."""
        buffer = np.empty((len(rows) + max(1024, len(rows) // 2), rows.shape[1]), rows.dtype)
        buffer[: len(rows)] = rows
        return cls(buffer, len(rows)), buffer[: len(rows)]

    def appended(self, view_length: int, rows: np.ndarray) -> tuple[_Rows, np.ndarray]:
        """The rows store and the view holding the first ``view_length`` rows plus ``rows``."""
        end = view_length + len(rows)
        if self.length == view_length and end <= len(self.buffer):
            self.buffer[view_length:end] = rows
            self.length = end
            return self, self.buffer[:end]
        grown = np.empty((max(2 * end, 1024), self.buffer.shape[1]), dtype=self.buffer.dtype)
        grown[:view_length] = self.buffer[:view_length]
        grown[view_length:end] = rows
        return _Rows(grown, end), grown[:end]


class EvidenceIndex:
    """BM25 and embedding indexes over a fixed set of documents."""

    def __init__(
        self, docs: list[LinkDoc], vectors: np.ndarray | None, matcher: EntityMatcher
    ) -> None:
        self.docs = docs
        self.vectors = vectors
        self._rows: _Rows | None = None
        if vectors is not None:
            self._rows, self.vectors = _Rows.holding(vectors)
        self.matcher = matcher
        self.doc_entities = [matcher.ids(f"{d.title} {d.text}") for d in docs]
        self._published = np.array([d.published.timestamp() for d in docs], dtype=np.float64)
        corpus = [terms(f"{d.title} {d.text}") or ["_"] for d in docs]
        self._bm25: bm25s.BM25 | None = None  # bm25s cannot index an empty corpus
        if corpus:
            self._bm25 = bm25s.BM25()
            self._bm25.index(corpus, show_progress=False)
        self._vocab = {t for doc in corpus for t in doc}
        self._df = Counter(t for doc in corpus for t in set(doc))
        self._avgdl = sum(map(len, corpus)) / len(corpus) if corpus else 1.0
        self._base = len(docs)
        self._extra: list[Counter[str]] = []
        self._query_cache: dict[str, set[str]] = {}

    def extended(self, docs: list[LinkDoc], vectors: np.ndarray | None) -> EvidenceIndex:
        """This index plus ``docs``, without rebuilding: new documents are scored with the
        base corpus's term statistics, which one more article barely changes."""
        new = object.__new__(EvidenceIndex)
        new.__dict__.update(self.__dict__)
        new.docs = self.docs + docs
        new._published = np.concatenate(
            [self._published, np.array([d.published.timestamp() for d in docs], dtype=np.float64)]
        )
        new.doc_entities = self.doc_entities + [
            self.matcher.ids(f"{d.title} {d.text}") for d in docs
        ]
        new._extra = self._extra + [Counter(terms(f"{d.title} {d.text}")) for d in docs]
        if self._rows is not None and vectors is not None:  # _rows holds self.vectors
            new._rows, new.vectors = self._rows.appended(len(self.vectors), vectors)
        return new

    def _bm25_scores(self, query: list[str]) -> np.ndarray:
        base = np.zeros(self._base)
        if query and self._bm25 is not None:
            base = self._bm25.get_scores(query)
        if not self._extra:
            return base
        # The Lucene BM25 variant bm25s uses by default (k1 = 1.5, b = 0.75).
        k1, b, n = 1.5, 0.75, self._base
        extra = []
        for tf in self._extra:
            length = sum(tf.values())
            score = 0.0
            for term in query:
                if tf[term]:
                    idf = math.log(1 + (n - self._df[term] + 0.5) / (self._df[term] + 0.5))
                    score += (
                        idf
                        * tf[term]
                        * (k1 + 1)
                        / (tf[term] + k1 * (1 - b + b * length / self._avgdl))
                    )
            extra.append(score)
        return np.concatenate([base, np.array(extra)])

    def link(
        self,
        q: Question,
        as_of: datetime | None = None,
        limit: int = LINK_LIMIT,
        min_score: float = MIN_LINK_SCORE,
        query_vector: np.ndarray | None = None,
        lookback_days: int = LOOKBACK_DAYS,
    ) -> list[Scored]:
        """The documents that bear on ``q``, best first, each with its score and reason."""
        ranked = self._ranked(q, as_of, limit, min_score, query_vector, lookback_days)
        return [
            Scored(self.docs[i], score, self._reason(q, self.docs[i], shared, events, semantic))
            for i, score, shared, events, semantic in ranked
        ]

    def links_any(
        self,
        q: Question,
        doc_ids: set[str],
        as_of: datetime | None = None,
        query_vector: np.ndarray | None = None,
    ) -> bool:
        """Whether any of ``doc_ids`` is among what :meth:`link` returns for ``q``: the test
        for which questions a new article touches, without writing the reasons."""
        ranked = self._ranked(q, as_of, LINK_LIMIT, MIN_LINK_SCORE, query_vector, LOOKBACK_DAYS)
        return any(self.docs[i].id in doc_ids for i, *_ in ranked)

    def _ranked(
        self,
        q: Question,
        as_of: datetime | None,
        limit: int,
        min_score: float,
        query_vector: np.ndarray | None,
        lookback_days: int,
    ) -> list[tuple[int, float, set[str], set[str], float]]:
        """(document index, score, shared entities, wanted event types, semantic similarity)
        of the best ``limit`` documents scoring at least ``min_score``."""
        start, end = window(q, as_of, lookback_days)
        # Only documents inside the window are scored: the embedding product and the sort
        # over the whole index were most of a link's time, and most of the index is outside.
        inside = np.flatnonzero(
            (self._published >= start.timestamp()) & (self._published < end.timestamp())
        )
        if not len(inside):
            return []
        query_text = question_query(q)
        query = [t for t in terms(query_text) if t in self._vocab]
        bm25 = self._bm25_scores(query)[inside]
        top = bm25.max() or 1.0
        semantic = np.zeros(len(inside))
        if self.vectors is not None and query_vector is not None:
            semantic = np.clip(self.vectors[inside] @ query_vector, 0.0, 1.0)
        q_entities = self._query_entities(query_text)
        wanted_events = {e.value for e in q.event_types}
        # The entity and event terms add at most their two weights; only documents that could
        # still reach the top with them are scored one by one (the rest cannot make the list).
        partial = WEIGHTS["bias"] + WEIGHTS["bm25"] * bm25 / top + WEIGHTS["semantic"] * semantic
        bonus = WEIGHTS["entities"] + WEIGHTS["event"]
        order = np.argsort(-partial, kind="stable")
        cutoff = partial[order[min(limit, len(order)) - 1]] - bonus
        floor = math.log(min_score / (1 - min_score)) - bonus if 0 < min_score < 1 else -np.inf
        scored = []
        for at in order:
            if partial[at] < max(cutoff, floor):
                break
            i = int(inside[at])
            shared = q_entities & self.doc_entities[i]
            entity_share = len(shared) / len(q_entities) if q_entities else 0.0
            events = wanted_events & self.docs[i].event_types
            z = partial[at] + WEIGHTS["entities"] * entity_share + WEIGHTS["event"] * bool(events)
            score = 1 / (1 + math.exp(-z))
            if score >= min_score:
                scored.append((i, score, shared, events, float(semantic[at])))
        scored.sort(key=lambda s: (-s[1], self.docs[s[0]].published))
        return scored[:limit]

    def _query_entities(self, query_text: str) -> set[str]:
        """The entities a question's words name, found once per question text (the matcher's
        pattern of every gazetteer name is the slow part of a link)."""
        if query_text not in self._query_cache:
            self._query_cache[query_text] = self.matcher.ids(query_text)
        return self._query_cache[query_text]

    def _reason(
        self, q: Question, doc: LinkDoc, shared: set[str], events: set[str], semantic: float
    ) -> str:
        parts = []
        if shared:
            parts.append("entities: " + ", ".join(sorted(self.matcher.name(e) for e in shared)))
        terms = sorted(
            set(tokens(q.title + " " + " ".join(q.keywords)))
            & set(tokens(doc.title + " " + doc.text))
        )
        if terms:
            parts.append("terms: " + ", ".join(terms[:6]))
        if events:
            parts.append("event: " + ", ".join(sorted(events)))
        parts.append(f"semantic {semantic:.2f}")
        parts.append(f"published {doc.published.date().isoformat()}, inside the question's window")
        return "; ".join(parts)


def to_evidence(question_id: str, scored: list[Scored]) -> list[Evidence]:
    return [Evidence(question_id, s.doc.id, round(s.score, 4), s.reason) for s in scored]
