"""Scoring the extractor against an annotated gold set (the format of tests/data/extraction).

Used by ``make bench`` and by the tests, so that the same matching rules judge both.
Claims match when their contents share most words (token F1 >= 0.5), the closest pairs first
(in gold order, a nested report's claim could take the outer claim's partner, and speaker and
stance were then compared across two different claims); a matched claim's hedges when one
contains the other ("without evidence" in "without providing evidence"); events when type and
modality agree, and a matched event's actor, target and place as speakers are matched;
quantities when their values agree; times when their spans overlap.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from tidings.extract.gazetteer import Gazetteer
from tidings.extract.nlp import load_pipeline
from tidings.extract.pipeline import (
    extract_all_parsed,
    finish_readings,
    parse_ready,
    read_by_rules,
)
from tidings.extract.reader import EventReader, shipped_reader
from tidings.extract.status import (
    ClaimContext,
    acts_as_denial,
    assign_statuses,
    sentence_events,
    speaker_sides,
)
from tidings.models import Claim, ClaimStatus

_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def _norm_speaker(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # Orbán = Orban
    name = re.sub(r"['’]s\b", "", name.lower())
    return " ".join(w for w in _tokens(name) if w not in ("the", "a", "an"))


def speaker_matches(gold: str, predicted: str, gazetteer: Gazetteer | None = None) -> bool:
    """The same speaker: the same words, one inside the other, the same surname, or (with a
    gazetteer) two names of one entry ("Zelenskiy" as written, "Volodymyr Zelenskyy" as
    normalised)."""
    g, p = _norm_speaker(gold), _norm_speaker(predicted)
    if g == p:
        return True
    if gazetteer is not None:
        first, second = gazetteer.lookup(gold), gazetteer.lookup(predicted)
        if first is not None and second is not None and first.id == second.id:
            return True
    if not g or not p:
        return False
    return g in p or p in g or g.split()[-1] == p.split()[-1]


def _same_role(gold: str, predicted: str, gazetteer: Gazetteer) -> bool:
    """An event's actor, target or place read the same: both absent, or naming the same
    thing as a speaker would ("Russian forces" and "Russia's forces" do not; "the Kremlin"
    and "Kremlin" do)."""
    if not gold.strip() or not predicted.strip():
        return not gold.strip() and not predicted.strip()
    return speaker_matches(gold, predicted, gazetteer)


class _Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.checks: Counter[str] = Counter()
        self.correct: Counter[str] = Counter()

    def check(self, name: str, ok: bool) -> None:
        self.checks[name] += 1
        self.correct[name] += ok

    def result(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        out = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "right": self.tp,
        }
        for name, n in self.checks.items():
            out[f"{name}_accuracy"] = self.correct[name] / n if n else 0.0
        return out


def match_pairs(gold: list, pred: list, same, score=None) -> list[tuple[object, object]]:  # type: ignore[no-untyped-def]
    """One-to-one pairs that are the ``same``; with a ``score``, the closest pairs first, so
    that two nested claims ("X assessed that Y, an official said") each meet their own."""
    candidates = [(gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if same(g, p)]
    if score is not None:
        candidates.sort(key=lambda c: -score(gold[c[0]], pred[c[1]]))
    pairs, used_gold, used_pred = [], set(), set()
    for gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def annotator_agreement(gold: Path, second: Path) -> dict[str, object]:
    """A gold set's events against a second annotator's events for the same sentences, matched
    as the extractor is matched (type and modality per sentence): the ceiling a reader can
    expect from the guidelines."""
    first = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
    other = {
        row["id"]: row["events"]
        for row in map(json.loads, filter(str.strip, second.read_text().splitlines()))
    }
    events = _Tally()
    for row in first:
        theirs = other[row["id"]]
        pairs = match_pairs(
            row["events"],
            theirs,
            lambda g, p: (g["type"], g["modality"]) == (p["type"], p["modality"]),
        )
        events.tp += len(pairs)
        events.fn += len(row["events"]) - len(pairs)
        events.fp += len(theirs) - len(pairs)
    return {
        "set": gold.name,
        "second_annotator": second.name,
        "events_type_modality_f1": round(events.result()["f1"], 3),
    }


def _same_number(gold: float | int | str, predicted: float) -> bool:
    """Whether a predicted value is the gold one, as precisely as the annotator wrote it:
    a ratio of 9:1 written 0.1111 is matched by 1/9."""
    written = str(gold)
    if abs(float(gold) - predicted) <= 1e-6 * max(1.0, abs(predicted)):
        return True
    decimals = len(written.partition(".")[2]) if "e" not in written.lower() else 0
    return decimals >= 3 and round(predicted, decimals) == float(gold)


def score_gold(path: Path, reader: EventReader | None = None) -> dict[str, object]:
    """Precision/recall/F1 per field and accuracies on matched items, plus the misses, with
    ``reader`` (the shipped one if None). ``events_rules_alone`` scores the rules' events
    (type + modality) before the event reader read them, from the same parse."""
    nlp, gazetteer = load_pipeline()
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    claims, events, types, quantities, times, hedges = (_Tally() for _ in range(6))
    rules_alone = _Tally()
    misses: list[dict[str, object]] = []
    texts = [
        parse_ready(((r.get("context") or "") + " " + r["text"]).strip(), gazetteer) for r in rows
    ]
    docs = list(nlp.pipe(texts, batch_size=64))
    readings = [
        read_by_rules(r["id"], doc, date.fromisoformat(r["doc_date"]), gazetteer)
        for r, doc in zip(rows, docs, strict=True)
    ]
    extracted = finish_readings(readings, reader or shipped_reader())
    for row, doc, reading, x in zip(rows, docs, readings, extracted, strict=True):
        offset = len(doc.text) - len(row["text"])
        by_rules = [e for e in reading.events if e.sentence_end > offset]
        _matched_events(rules_alone, row.get("events", []), by_rules)
        pc = [c for c in x.claims if c.sentence_end > offset]
        pairs = match_pairs(
            row.get("claims", []),
            pc,
            lambda g, p: token_f1(g["content"], p.content) >= 0.5,
            # the same content told by two speakers (a claim and its denial): the same speaker
            # and stance break the tie
            lambda g, p: (
                token_f1(g["content"], p.content)
                + 1e-3 * speaker_matches(g["speaker"], p.speaker, gazetteer)
                + 1e-4 * (g["stance"] == p.stance.value)
            ),
        )
        claims.tp += len(pairs)
        claims.fn += len(row.get("claims", [])) - len(pairs)
        claims.fp += len(pc) - len(pairs)
        for g, p in pairs:
            claims.check("speaker", speaker_matches(g["speaker"], p.speaker, gazetteer))
            claims.check("stance", g["stance"] == p.stance.value)
            gold_hedges = [h.lower() for h in g.get("hedges", [])]
            found = match_pairs(
                gold_hedges, [h.lower() for h in p.hedges], lambda a, b: a in b or b in a
            )
            hedges.tp += len(found)
            hedges.fn += len(gold_hedges) - len(found)
            hedges.fp += len(p.hedges) - len(found)
        if len(pairs) < max(len(pc), len(row.get("claims", []))):
            misses.append(
                {
                    "id": row["id"],
                    "field": "claims",
                    "gold": row.get("claims", []),
                    "predicted": [(c.speaker, c.stance.value, c.content) for c in pc],
                }
            )
        pe = [e for e in x.events if e.sentence_end > offset]
        ge = row.get("events", [])
        pairs = _matched_events(events, ge, pe)
        for g, p in pairs:
            for role in ("actor", "target", "location"):
                events.check(role, _same_role(g.get(role, ""), getattr(p, role), gazetteer))
        tpairs = match_pairs(ge, pe, lambda g, p: g["type"] == p.type.value)
        types.tp += len(tpairs)
        types.fn += len(ge) - len(tpairs)
        types.fp += len(pe) - len(tpairs)
        if len(pairs) < max(len(pe), len(ge)):
            misses.append(
                {
                    "id": row["id"],
                    "field": "events",
                    "gold": ge,
                    "predicted": [(e.type.value, e.modality.value, e.trigger) for e in pe],
                }
            )
        pq = [q for q in x.quantities if q.start >= offset]
        gq = row.get("quantities", [])

        def same_value(g, p) -> bool:  # type: ignore[no-untyped-def]
            gmax = g.get("value_max")
            if not _same_number(g["value"], p.value):
                return False
            if gmax is None or p.value_max is None:
                return gmax is None and p.value_max is None
            return _same_number(gmax, p.value_max)

        pairs = match_pairs(gq, pq, same_value)
        quantities.tp += len(pairs)
        quantities.fn += len(gq) - len(pairs)
        quantities.fp += len(pq) - len(pairs)
        for g, p in pairs:
            quantities.check("unit", g["unit"] == p.unit)
        if len(pairs) < max(len(pq), len(gq)):
            misses.append(
                {
                    "id": row["id"],
                    "field": "quantities",
                    "gold": gq,
                    "predicted": [(q.text, q.value, q.value_max, q.unit) for q in pq],
                }
            )
        pt = [t for t in x.times if t.start >= offset]
        gt = row.get("times", [])

        def overlaps(g, p, text=row["text"], offset=offset) -> bool:  # type: ignore[no-untyped-def]
            start = text.find(g["text"]) + offset
            return start >= offset and p.start < start + len(g["text"]) and start < p.end

        pairs = match_pairs(gt, pt, overlaps)
        times.tp += len(pairs)
        times.fn += len(gt) - len(pairs)
        times.fp += len(pt) - len(pairs)
        for g, p in pairs:
            times.check(
                "resolution",
                g["start"] == p.start_date.isoformat() and g["end"] == p.end_date.isoformat(),
            )
            times.check("deadline", bool(g.get("deadline")) == p.is_deadline)
        if len(pairs) < max(len(pt), len(gt)) or any(
            g["start"] != p.start_date.isoformat() or g["end"] != p.end_date.isoformat()
            for g, p in pairs
        ):
            misses.append(
                {
                    "id": row["id"],
                    "field": "times",
                    "gold": gt,
                    "predicted": [
                        (t.text, str(t.start_date), str(t.end_date), t.is_deadline) for t in pt
                    ],
                }
            )
    return {
        "sentences": len(rows),
        "claims": claims.result(),
        "hedges": hedges.result(),
        "events_type_modality": events.result(),
        "events_type": types.result(),
        "events_rules_alone": rules_alone.result(),
        "quantities": quantities.result(),
        "times": times.result(),
        "misses": misses,
    }


def _matched_events(tally: _Tally, gold: list[dict], predicted: list) -> list[tuple]:  # type: ignore[type-arg]
    """Gold and predicted events paired by type and modality, counted into ``tally``."""
    pairs = match_pairs(
        gold,
        predicted,
        lambda g, p: g["type"] == p.type.value and g["modality"] == p.modality.value,
    )
    tally.tp += len(pairs)
    tally.fn += len(gold) - len(pairs)
    tally.fp += len(predicted) - len(pairs)
    return pairs


def score_claim_status(path: Path) -> dict[str, object]:
    """Claim status (contested / corroborated / single-source) against a labelled set of
    stories (the format of tests/data/claim_status): each story's documents are extracted,
    statuses assigned, and every link between two claims compared with the labelled pairs.

    Scored two ways: each story alone, and all stories in one store, as a desk would hold
    them, where a link between two stories is always wrong. A predicted claim stands for the
    labelled claim whose quote its content overlaps most; a link that touches a claim with no
    label is wrong too, and a link found twice (two predicted claims for one labelled claim)
    counts once.
    """
    nlp, gazetteer = load_pipeline()
    stories = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    documents = [d for s in stories for d in s["documents"]]
    parsed = nlp.pipe((parse_ready(d["text"], gazetteer) for d in documents), batch_size=32)
    items = [
        (d["id"], doc, date.fromisoformat(d["published"]))
        for d, doc in zip(documents, parsed, strict=True)
    ]
    extracted = {x.doc_id: x for x in extract_all_parsed(items, gazetteer, shipped_reader())}
    texts = {d["id"]: d["text"] for d in documents}
    contexts: dict[str, list[ClaimContext]] = {}
    label_of: dict[str, tuple[str, str]] = {}  # predicted claim id -> (story, labelled key)
    found = 0
    for story in stories:
        contexts[story["id"]] = []
        for d in story["documents"]:
            claims = extracted[d["id"]].claims
            published = datetime.fromisoformat(d["published"])
            events = sentence_events(extracted[d["id"]].events)
            contexts[story["id"]] += [
                ClaimContext(
                    c,
                    d["source"],
                    texts[d["id"]][c.sentence_start : c.sentence_end],
                    published,
                    side,
                    events.get((c.doc_id, c.sentence_start), frozenset()),
                )
                for c, side in zip(claims, speaker_sides(claims, gazetteer.side_of), strict=True)
            ]
            labelled = [g for g in story["claims"] if g["doc"] == d["id"]]
            # a claim read as two ("denied that X, calling the account a fabrication") still
            # stands for the one labelled claim whose quote holds both
            for c in claims:
                overlaps = [(_overlap(texts[d["id"]], g["quote"], c), g["key"]) for g in labelled]
                best = max(overlaps, default=(0, ""))
                if best[0] > 0:
                    label_of[c.id] = (story["id"], best[1])
            found += len({label_of[c.id] for c in claims if c.id in label_of})
    per_story: dict[str, tuple[ClaimStatus, list[str]]] = {}
    for items in contexts.values():
        per_story.update(assign_statuses(items))
    pooled = assign_statuses([c for items in contexts.values() for c in items])
    denial = {c.claim.id: acts_as_denial(c) for items in contexts.values() for c in items}
    labelled_claims = sum(len(s["claims"]) for s in stories)
    result: dict[str, object] = {
        "stories": len(stories),
        "documents": len(documents),
        "labelled_claims": labelled_claims,
        "claims_found": found / labelled_claims if labelled_claims else 0.0,
    }
    for name, statuses in (("per_story", per_story), ("pooled", pooled)):
        result[name] = _status_scores(stories, statuses, denial, label_of)
    return result


def _overlap(text: str, quote: str, claim: Claim) -> int:
    """Characters a claim's content shares with a labelled quote of the same document."""
    start = text.find(quote)
    if start < 0:
        raise ValueError(f"quote not found in its document: {quote[:60]!r}")
    return max(0, min(start + len(quote), claim.content_end) - max(start, claim.content_start))


def _status_scores(
    stories: list[dict],
    statuses: dict[str, tuple[ClaimStatus, list[str]]],
    denial: dict[str, bool],
    label_of: dict[str, tuple[str, str]],
) -> dict[str, object]:
    predicted: dict[str, set[frozenset]] = {"contested": set(), "corroborated": set()}
    for claim_id, (_, related) in statuses.items():
        for other in related:
            # a link with a denial in it contests; one between two reports corroborates
            kind = "contested" if denial[claim_id] or denial[other] else "corroborated"
            ends = (label_of.get(claim_id), label_of.get(other))
            if ends[0] is not None and ends[0] == ends[1]:
                continue  # a denial and the claim it names, both inside one labelled quote
            # a link that touches an unlabelled claim is kept apart by its predicted ids
            predicted[kind].add(
                frozenset(e or ("?", i) for e, i in zip(ends, (claim_id, other), strict=True))
            )
    scores: dict[str, object] = {}
    for kind in ("contested", "corroborated"):
        gold = {frozenset((s["id"], k) for k in pair) for s in stories for pair in s[kind]}
        hits = len(gold & predicted[kind])
        precision = hits / len(predicted[kind]) if predicted[kind] else 0.0
        recall = hits / len(gold) if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[kind] = {
            "gold": len(gold),
            "predicted": len(predicted[kind]),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "missed": sorted(tuple(sorted(map("/".join, p))) for p in gold - predicted[kind]),
            "wrong": sorted(tuple(sorted(map("/".join, p))) for p in predicted[kind] - gold),
        }
    rank = [ClaimStatus.SINGLE_SOURCE, ClaimStatus.CORROBORATED, ClaimStatus.CONTESTED]
    status_by_label: dict[tuple[str, str], ClaimStatus] = {}
    for cid, label in label_of.items():
        status = statuses.get(cid, (ClaimStatus.SINGLE_SOURCE, []))[0]
        held = status_by_label.get(label, ClaimStatus.SINGLE_SOURCE)
        status_by_label[label] = max(held, status, key=rank.index)
    right = total = 0
    for story in stories:
        contested = {k for pair in story["contested"] for k in pair}
        corroborated = {k for pair in story["corroborated"] for k in pair} - contested
        for g in story["claims"]:
            want = (
                ClaimStatus.CONTESTED
                if g["key"] in contested
                else ClaimStatus.CORROBORATED
                if g["key"] in corroborated
                else ClaimStatus.SINGLE_SOURCE
            )
            got = status_by_label.get((story["id"], g["key"]), ClaimStatus.SINGLE_SOURCE)
            total += 1
            right += got is want
    scores["status_accuracy"] = right / total if total else 0.0
    return scores
