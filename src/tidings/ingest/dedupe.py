"""Exact and near-duplicate detection across the store.

Exact duplicates share a normalised-text hash. Near duplicates (syndicated wire copy with
another headline, a trailing paragraph, a trim or light edits) are found with MinHash LSH
(datasketch) over word shingles, then verified on the actual shingle sets: the LSH finds
candidates cheaply, the check keeps same-topic, different-story pairs apart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
# ids -> {id: text}, for candidates whose shingles are not in memory
TextLookup = Callable[[list[str]], dict[str, str]]
NUM_PERM = 128
# Stored signatures must be read back with the scheme that made them (datasketch >= 2.0).
SCHEME = "affine32"
SHINGLE_WORDS = 4
# Candidates: LSH tuned to pairs whose Jaccard is about 0.5 or more. Syndicated copies in our
# labelled set sit at 0.63 and above; a lower threshold returns ever more same-template
# stories as the store grows, making each lookup slower (0.3 halved throughput at 18,000).
LSH_THRESHOLD = 0.5
# Candidates whose MinHash-estimated Jaccard is below this are dropped before the exact check
# (duplicates sit well above it; the LSH alone lets through many same-template stories).
MIN_ESTIMATED_JACCARD = 0.2
# Verified duplicate: most of the shorter text's shingles are in the longer one (a trimmed or
# extended copy) and the two overlap substantially overall. Chosen on tests/data/neardup.
MIN_CONTAINMENT = 0.7
MIN_JACCARD = 0.35


def normalise(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(text: str) -> str:
    """Hash of the words of a text, blind to case, punctuation, quotes and spacing."""
    return hashlib.sha256(" ".join(normalise(text)).encode()).hexdigest()[:32]


def shingles(text: str) -> set[str]:
    words = normalise(text)
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash(grams: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch([g.encode() for g in grams])
    return m


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def is_near_duplicate(a: set[str], b: set[str]) -> bool:
    jaccard, containment = similarity(a, b)
    return containment >= MIN_CONTAINMENT and jaccard >= MIN_JACCARD


@dataclass
class Match:
    canonical_id: str
    kind: str  # "exact" or "near"


class DuplicateIndex:
    """Every canonical document's hash and MinHash, to match new documents against.

    Loading is linear in the store; each lookup costs a fixed number of LSH buckets plus a
    check of the few candidates, so ingest cost per document does not grow with the store.
    """

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._pending_texts: dict[str, set[str]] = {}
        self._signatures: dict[str, MinHash] = {}

    def add(self, doc_id: str, hash_: str, signature: bytes | None) -> None:
        self._by_hash.setdefault(hash_, doc_id)
        if signature and doc_id not in self._lsh:
            values = np.frombuffer(signature, dtype=np.uint64)
            sig = MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)
            self._lsh.insert(doc_id, sig)
            self._signatures[doc_id] = sig

    def add_new(self, doc_id: str, hash_: str, grams: set[str], sig: MinHash) -> None:
        """Add a document of the batch being ingested (its shingles stay at hand)."""
        self._by_hash.setdefault(hash_, doc_id)
        if doc_id not in self._lsh:
            self._lsh.insert(doc_id, sig)
            self._signatures[doc_id] = sig
        self._pending_texts[doc_id] = grams

    def flush(self) -> None:
        """Forget the shingles of documents now written to the store."""
        self._pending_texts.clear()

    def match(
        self, hash_: str, grams: set[str], sig: MinHash, fetch_texts: TextLookup
    ) -> Match | None:
        if hash_ in self._by_hash:
            return Match(self._by_hash[hash_], "exact")
        found = self._lsh.query(sig)
        candidates = []
        if found:
            stacked = np.vstack([self._signatures[c].hashvalues for c in found])
            estimated = (stacked == sig.hashvalues).mean(axis=1)
            candidates = [
                c for c, j in zip(found, estimated, strict=True) if j >= MIN_ESTIMATED_JACCARD
            ]
        if not candidates:
            return None
        known = {c: self._pending_texts[c] for c in candidates if c in self._pending_texts}
        missing = [c for c in candidates if c not in known]
        for doc_id, text in fetch_texts(missing).items():
            known[doc_id] = shingles(text)
        best: tuple[float, str] | None = None
        for doc_id, other in known.items():
            if is_near_duplicate(grams, other):
                score = similarity(grams, other)[0]
                if best is None or score > best[0]:
                    best = (score, doc_id)
        return Match(best[1], "near") if best else None
