"""Claim status across documents: contested, corroborated or single-source.

A claim is *contested* when another actor denies it (in the same or another document about
the same event): the denial and the claim are linked both ways. It is *corroborated* when an
independent source (another outlet, another speaker) asserts the same content. Otherwise it
is *single-source*. Pure: claims and their context in, statuses out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from tidings.models import Claim, ClaimStatus, Stance

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
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


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _STOP}


def assign_statuses(items: list[ClaimContext]) -> dict[str, tuple[ClaimStatus, list[str]]]:
    """Status and related claim ids for every claim that is not single-source."""
    related: dict[str, set[str]] = {}
    status: dict[str, ClaimStatus] = {}
    denials = [c for c in items if c.claim.stance in (Stance.DENY, Stance.REJECT)]
    assertions = [c for c in items if c.claim.stance in _ASSERTING]
    words = {c.claim.id: _words(c.claim.content) for c in items}
    sentence_words = {c.claim.id: _words(c.sentence) for c in denials}
    for denial in denials:
        if denial.claim.stance is Stance.REJECT and not re.search(
            r"\b(claim|report|allegation|accusation|account|story)", denial.sentence, re.I
        ):
            continue  # refusing to sign is a position, not a denial of a claim
        for claim in assertions:
            if claim.claim.speaker_id == denial.claim.speaker_id and claim.claim.speaker_id:
                continue
            if not denial.side or not claim.side or denial.side == claim.side:
                continue  # contested means one side's claim denied by the other side
            if abs((claim.published - denial.published).days) > MAX_DAYS_APART:
                continue
            shared = sentence_words[denial.claim.id] & words[claim.claim.id]
            if len(shared) < MIN_SHARED_WORDS:
                continue
            for a, b in ((claim, denial), (denial, claim)):
                status[a.claim.id] = ClaimStatus.CONTESTED
                related.setdefault(a.claim.id, set()).add(b.claim.id)
    for i, first in enumerate(assertions):
        for second in assertions[i + 1 :]:
            if first.claim.doc_id == second.claim.doc_id or first.source_name == second.source_name:
                continue
            if first.claim.speaker_id == second.claim.speaker_id:
                continue  # the same speaker quoted twice is not independent confirmation
            a, b = words[first.claim.id], words[second.claim.id]
            if not a or not b or len(a & b) / len(a | b) < CORROBORATION_JACCARD:
                continue
            for x, y in ((first, second), (second, first)):
                if status.get(x.claim.id) is not ClaimStatus.CONTESTED:
                    status[x.claim.id] = ClaimStatus.CORROBORATED
                related.setdefault(x.claim.id, set()).add(y.claim.id)
    return {cid: (s, sorted(related.get(cid, ()))) for cid, s in status.items()}
