"""Claim status across documents: contested, corroborated or single-source.

A claim is *contested* when another actor denies it (in the same or another document about
the same event): the denial and the claim are linked both ways. It is *corroborated* when an
independent source (another outlet, another speaker) asserts the same content. Otherwise it
is *single-source*. Pure: claims and their context in, statuses out.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
from scipy import sparse

from tidings.models import Claim, ClaimStatus, Event, EventType, Stance

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_NAME = re.compile(r"\b[A-Z][\w'-]*")
_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "would",
        "could",
        "said",
        "says",
        "told",
        "their",
        "there",
        "about",
        "which",
        "after",
        "before",
        "while",
        "also",
        "they",
        "them",
        "than",
        "into",
        "over",
        "what",
        "when",
        "will",
        "such",
        "other",
        "more",
        "most",
        "some",
        "very",
        "just",
        "only",
        "being",
        "does",
        "says",
        "claim",
        "claims",
        "claimed",
        "denied",
        "denies",
        "deny",
        "called",
        "calling",
        "statement",
        "statements",
        "report",
        "reports",
        "reported",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "account",
        "story",
    ]
)
# A denial and a claim are about the same thing when they share this many content words and
# were made within this many days of each other.
MIN_SHARED_WORDS = 3
MAX_DAYS_APART = 7
# A denial of "the claims" answers the other side's assertions at most this many characters
# (about three sentences) before it in its document.
ANTECEDENT_CHARS = 600
_ANAPHORIC = re.compile(
    r"(?:the|this|that|these|those|such|their|its)\s+(?:\w+\s+)?"
    r"(?:claims?|allegations?|accusations?|account|reports?|story|material|assertions?|"
    r"figures?|toll|tally|footage|video|images?)\b",
    re.I,
)
# What a claim of intent, of a future or of a mere possibility says: no report of what
# happened, so nothing that "the claims" could deny ("it was possible the attack had not
# taken place" is no account of the attack).
_INTENT = re.compile(
    r"\b(would|will|could|should|must|may|might|shall|wants?|intends?|expects?|possible|possibly|"
    r"perhaps|maybe)\b",
    re.I,
)
# What a claim says when it already sides with a denial: it negates the act, judges a claim
# (someone else's: "to back its claim that Ukraine targeted the residence" still makes it),
# or keeps its distance ("doubts Ukraine targeted", "the alleged attack").
_SIDES_WITH_DENIAL = re.compile(
    r"\b(?:did|does|was|were|is|are|has|have|had) not\b|\bn't\b|"
    r"(?<!\bits )(?<!\btheir )\b(?:claims?|allegations?|accusations?|story|stories)\b|"
    r"\b(?:doubts?|doubted|alleged|purported)\b",
    re.I,
)
# Two assertions say the same thing when their content words overlap this much (Jaccard).
CORROBORATION_JACCARD = 0.5
_ASSERTING = {Stance.ASSERT, Stance.ACCUSE, Stance.WARN, Stance.ASSESS, Stance.THREATEN}


@dataclass
class ClaimContext:
    claim: Claim
    source_name: str
    sentence: str
    published: datetime
    side: str  # the speaker's side ("russia", "ukraine", ...) or ""
    # the kinds and dates of the events its sentence tells: what happening the claim is about
    events: frozenset[tuple[EventType, date]] = frozenset()


def speaker_sides(claims: Sequence[Claim], side_of: Callable[[str], str]) -> list[str]:
    """Each claim's side: its speaker's, else the side of a claim by the same speaker
    elsewhere ("the ministry", resolved to Russia's defence ministry, is on its side)."""
    sides = [side_of(c.speaker) for c in claims]
    by_speaker = {c.speaker_id: side for c, side in zip(claims, sides, strict=True) if side}
    return [side or by_speaker.get(c.speaker_id, "") for c, side in zip(claims, sides, strict=True)]


def sentence_events(events: Iterable[Event]) -> dict[tuple[str, int], frozenset]:
    """The kinds and dates of the events told in each (document, sentence start)."""
    found: dict[tuple[str, int], set[tuple[EventType, date]]] = defaultdict(set)
    for event in events:
        found[(event.doc_id, event.sentence_start)].add((event.type, event.event_date))
    return {key: frozenset(kinds) for key, kinds in found.items()}


def is_denial(claim: Claim) -> bool:
    """A denial, a rejection, or a report that something did not happen ("said its jets had
    not violated Estonian airspace")."""
    if claim.stance.disputes:
        return True
    content = claim.content
    return (
        claim.stance is Stance.ASSERT
        and bool(_DID_NOT_HAPPEN.search(content) or _DISPUTED.search(content))
        and not _INTENT.search(content)
    )


def acts_as_denial(claim: ClaimContext) -> bool:
    """A denial that can contest the other side's account: a report that something did not
    happen only counts when its speaker's side is known."""
    return is_denial(claim.claim) and (claim.claim.stance.disputes or bool(claim.side))


def _common(claims: int) -> int:
    """How many claims a word may be in before it says nothing of which happening they tell:
    one in twenty, and at least 50 (a small store has no common words)."""
    return max(50, claims // 20)


def _words(text: str) -> set[str]:
    # "Putin's" is Putin, "drones" a drone
    return {
        w.removesuffix("'s").removesuffix("’s").rstrip("s")
        for w in _WORD.findall(text.lower())
        if w not in _STOP
    }


def assign_statuses(items: list[ClaimContext]) -> dict[str, tuple[ClaimStatus, list[str]]]:
    """Status and related claim ids for every claim that is not single-source.

    Pairs are found through an inverted index of content words rather than by comparing every
    claim with every other, so a store of 100,000 claims takes seconds, not hours.
    """
    related: dict[str, set[str]] = {}
    status: dict[str, ClaimStatus] = {}
    denials = [c for c in items if acts_as_denial(c)]
    assertions = [c for c in items if c.claim.stance in _ASSERTING]
    # what a denial can answer: reports that something happened, not intents, and not
    # statements that already side with the denial ("Ukraine did not target the residence",
    # "Russia's claim was a distraction")
    deniable = [_reports_an_event(c) for c in assertions]
    reports_by_doc: dict[str, list[ClaimContext]] = defaultdict(list)
    for claim, can_be_denied in zip(assertions, deniable, strict=True):
        if can_be_denied:
            reports_by_doc[claim.claim.doc_id].append(claim)

    def contest(claim: ClaimContext, denial: ClaimContext) -> None:
        for a, b in ((claim, denial), (denial, claim)):
            status[a.claim.id] = ClaimStatus.CONTESTED
            related.setdefault(a.claim.id, set()).add(b.claim.id)

    words = [_words(c.claim.content) for c in assertions]
    names = [_names(c.claim.content) for c in assertions]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, claim_words in enumerate(words):
        for word in claim_words:
            postings[word].append(index)
    # A word in most claims ("drones", "officials" in a war feed) says nothing about which
    # claim a denial answers; leaving it out keeps each lookup short.
    common = _common(len(assertions))
    frequent_words = {word for word, ids in postings.items() if len(ids) > common}
    # Contested means a claim denied by another actor: each denial counts the claims of the
    # other sides, and those of speakers whose side is not known (a Russian-installed
    # governor, a rights commissioner); a known side never contests itself.
    sided: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for word, ids in postings.items():
        if len(ids) <= common:
            for i in ids:
                if deniable[i] and assertions[i].side:
                    sided[assertions[i].side][word].append(i)
    for denial in denials:
        for claim in _antecedents(denial, reports_by_doc[denial.claim.doc_id]):
            contest(claim, denial)
        if denial.claim.stance is Stance.REJECT and not re.search(
            r"\b(claim|report|allegation|accusation|account|story|suggestion|assertion|charge)",
            denial.sentence,
            re.I,
        ):
            continue  # refusing to sign is a position, not a denial of a claim
        # a denial's whole sentence says what it answers ("rejected Moscow's claim that
        # Pokrovsk had fallen"); a report that something did not happen, only its content
        told = denial.sentence if denial.claim.stance.disputes else (denial.claim.content)
        denial_words = _words(told)
        # names shared say who is involved, not what is denied: "Ukrainian President
        # Volodymyr Zelenskyy denied that Ukraine had attacked a residence of Vladimir Putin"
        # is no answer to "Trump held a productive call with Vladimir Putin" unless they also
        # share a word of what happened
        what_happened = _words(_NAME.sub(" ", told))
        hits = Counter(
            i
            for side, side_postings in sided.items()
            if side != denial.side
            for word in denial_words
            for i in side_postings.get(word, ())
        )
        denial_names = _names(told)
        for index, shared in hits.items():
            claim = assertions[index]
            if not what_happened & words[index]:
                continue
            same_happening = shared >= MIN_SHARED_WORDS or (
                # fewer words, but the same kind of event at the same named place or party:
                # "rejected Moscow's claim that Pokrovsk had fallen" answers "had taken
                # control of the city of Pokrovsk"
                bool(denial_names & names[index]) and _same_kind(claim, denial)
            )
            if not same_happening:
                continue
            if claim.claim.speaker_id == denial.claim.speaker_id and claim.claim.speaker_id:
                continue
            if abs((claim.published - denial.published).days) > MAX_DAYS_APART:
                continue
            contest(claim, denial)
    similar = set(_similar_pairs(words, CORROBORATION_JACCARD))
    negated = [_negated(c.claim.content) for c in assertions]  # pairs reach the thousands
    # "rejected suggestions that Russia had been behind the flights": the suggestion is told
    # only as what the denial answers, and confirms nothing
    denied_in = {(d.claim.doc_id, d.claim.sentence_start) for d in denials}
    for first_index, second_index in sorted(
        similar | _same_events(assertions, names, words, deniable, frequent_words)
    ):
        first, second = assertions[first_index], assertions[second_index]
        if first.claim.doc_id == second.claim.doc_id or first.source_name == second.source_name:
            continue
        if first.claim.speaker_id == second.claim.speaker_id:
            continue  # the same speaker quoted twice is not independent confirmation
        if first.side and first.side == second.side:
            continue  # nor are two organs of one government
        if negated[first_index] != negated[second_index]:
            continue  # "Ukraine did not target the residence" confirms no "Ukraine targeted" it
        if any((c.claim.doc_id, c.claim.sentence_start) in denied_in for c in (first, second)):
            continue
        for x, y in ((first, second), (second, first)):
            if status.get(x.claim.id) is not ClaimStatus.CONTESTED:
                status[x.claim.id] = ClaimStatus.CORROBORATED
            related.setdefault(x.claim.id, set()).add(y.claim.id)
    return {cid: (s, sorted(related.get(cid, ()))) for cid, s in status.items()}


def _names(text: str) -> set[str]:
    """The names and figures a text holds ("Pokrovsk", "185"): what pins a happening down."""
    return {w.lower().removesuffix("'s") for w in _NAME.findall(text)} | set(_FIGURE.findall(text))


def _specific(names: set[str], sides: set[str]) -> set[str]:
    """Names that pin a happening down: not a party's own name nor a nationality ("Russian",
    "Israeli"), which every report of a war shares."""
    return {n for n in names if n not in sides and not _DEMONYM.search(n)}


_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|i)$")
_FIGURE = re.compile(r"\b\d[\d,.]*\d\b")
# An event kind too common in news to tell one happening from another by itself
_VAGUE_KINDS = {EventType.POSITION}


def _same_kind(a: ClaimContext, b: ClaimContext) -> bool:
    """Both sentences tell an event of one kind, on dates no more than a day apart where
    both are known."""
    return any(
        kind == other_kind and kind not in _VAGUE_KINDS and abs((day - other_day).days) <= 1
        for kind, day in a.events
        for other_kind, other_day in b.events
    )


def _same_events(
    claims: list[ClaimContext],
    names: list[set[str]],
    words: list[set[str]],
    reports: list[bool],
    frequent: set[str],
) -> set[tuple[int, int]]:
    """Pairs of reports in other words of one happening: an event of the same kind on the
    same day, with two names or figures in common ("185 Russian servicemen had been returned
    ... in an exchange mediated by the UAE" and "a swap of 185 prisoners mediated by the
    UAE"), or one name and two other words. Terms in more than one claim in twenty are left
    out, as in the other lookups; the counts shared are sparse-matrix products."""
    eligible = [i for i, c in enumerate(claims) if c.events and reports[i]]
    specific = {i: _specific(names[i], {claims[i].side}) for i in eligible}
    other = {i: words[i] - names[i] - frequent for i in eligible}
    # pairs of eligible claims sharing two names, or one name and two other words
    shared_names = _shared_counts(claims, specific)
    shared_words = _shared_counts(claims, other)
    same = ((shared_names >= 2) + shared_names.multiply(shared_words >= 2)).tocoo()
    pairs: set[tuple[int, int]] = set()
    for first, second in zip(same.row.tolist(), same.col.tolist(), strict=True):
        a, b = claims[first], claims[second]
        if abs((a.published - b.published).days) <= MAX_DAYS_APART and _same_kind(a, b):
            pairs.add((first, second))
    return pairs


def _shared_counts(claims: list[ClaimContext], terms: dict[int, set[str]]) -> sparse.csr_matrix:
    """How many terms each pair of claims (first < second) shares, terms in more than one
    claim in twenty aside."""
    frequency = Counter(term for found in terms.values() for term in found)
    common = _common(len(claims))
    vocabulary = {term: column for column, term in enumerate(frequency)}
    kept = [
        (i, vocabulary[t]) for i, found in terms.items() for t in found if frequency[t] <= common
    ]
    matrix = _indicator(
        [i for i, _ in kept], [column for _, column in kept], (len(claims), len(vocabulary))
    )
    return sparse.triu(matrix @ matrix.T, k=1).tocsr()


def _antecedents(denial: ClaimContext, reports: list[ClaimContext]) -> list[ClaimContext]:
    """What a denial that only names "the claims" answers, among the reports of what happened
    in its document: the other sides' in the nearest sentence before it that holds one
    ("Gerasimov said Russian forces had captured Huliaipole. Putin said Russia would achieve
    its goals. Ukraine's military disputed the claims." answers Gerasimov, not Putin's
    intent)."""
    if not (
        _ANAPHORIC.match(denial.claim.content)
        # "denied any Russian role in the sabotage, calling the accusation Russophobic"
        or _ANAPHORIC.search(
            denial.sentence[denial.claim.content_end - denial.claim.sentence_start :]
        )
    ):
        return []
    before = [
        c
        for c in reports
        if c.claim.sentence_start < denial.claim.sentence_start
        and (c.side != denial.side or not c.side)
        and c.claim.speaker_id != denial.claim.speaker_id
    ]
    if not before:
        return []
    nearest = max(c.claim.sentence_start for c in before)
    if denial.claim.sentence_start - nearest > ANTECEDENT_CHARS:
        return []
    return [c for c in before if c.claim.sentence_start == nearest]


# What a report that something did not happen says: "had not violated", "no aircraft had
# been damaged", "nobody was hurt", "presented no evidence"; not "saw no need to"
_DID_NOT_HAPPEN = re.compile(
    r"\b(?:did|does|do|had|has|have|was|were|is|are)\s+(?:not|never)\b|\b(?:did|had|was|were)n't\b"
    r"|\bno\s+(?:\w+\s+){0,3}(?:had|has|have|was|were)\b|\b(?:nobody|none)\b"
    r"|\bno\s+(?:\w+\s+)?evidence\b",
    re.I,
)
# What a report that disputes another says of it: "the figure was exaggerated", "the
# footage is fake"
_DISPUTED = re.compile(
    r"\b(?:was|were|is|are|had been|has been)\s+(?:\w+\s+)?(?:false|untrue|exaggerated|"
    r"inflated|fabricated|baseless|fake|staged|invented|a lie|lies|a fabrication)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor)\b|n't\b", re.I)


def _negated(content: str) -> bool:
    return bool(_NEGATION.search(content))


def _reports_an_event(claim: ClaimContext) -> bool:
    content = claim.claim.content
    return not (_INTENT.search(content) or _SIDES_WITH_DENIAL.search(content))


def _similar_pairs(sets: list[set[str]], threshold: float) -> list[tuple[int, int]]:
    """Index pairs whose Jaccard similarity is at least ``threshold``.

    Prefix filtering: with words ordered rarest first, two sets this similar must share one of
    the first |A| - ceil(threshold * |A|) + 1 words of either; only those are indexed. The
    candidate pairs and their overlaps are sparse-matrix products (scipy), not Python loops:
    on a narrow feed there are millions of candidates.
    """
    frequency = Counter(word for s in sets for word in s)
    # Words in more than one claim in twenty are skipped (as in contested matching): two
    # claims that share only such words are not saying the same specific thing, and indexing
    # them would make the search quadratic on a narrow feed.
    common = _common(len(sets))
    vocabulary = {word: column for column, word in enumerate(frequency)}
    prefix_rows: list[int] = []
    prefix_columns: list[int] = []
    for index, current in enumerate(sets):
        ordered = sorted(current, key=lambda w: (frequency[w], w))
        for word in ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]:
            if frequency[word] <= common:
                prefix_rows.append(index)
                prefix_columns.append(vocabulary[word])
    shape = (len(sets), len(vocabulary))
    prefixes = _indicator(prefix_rows, prefix_columns, shape)
    candidates = sparse.triu(prefixes @ prefixes.T, k=1).tocoo()
    if not candidates.nnz:
        return []
    rows = [i for i, s in enumerate(sets) for _ in s]
    words = _indicator(rows, [vocabulary[w] for s in sets for w in s], shape)
    sizes = np.array([len(s) for s in sets])
    first, second = candidates.row, candidates.col
    similar = []
    for start in range(0, len(first), 200_000):  # bounded memory on millions of candidates
        a, b = first[start : start + 200_000], second[start : start + 200_000]
        shared = np.asarray(words[a].multiply(words[b]).sum(axis=1)).ravel()
        keep = shared / (sizes[a] + sizes[b] - shared) >= threshold
        similar.extend(zip(a[keep].tolist(), b[keep].tolist(), strict=True))
    return sorted(similar)


def _indicator(rows: list[int], columns: list[int], shape: tuple[int, int]) -> sparse.csr_matrix:
    """A 0/1 matrix with ones at (rows[k], columns[k])."""
    ones = np.ones(len(rows), dtype=np.int32)
    return sparse.csr_matrix((ones, (rows, columns)), shape=shape)
