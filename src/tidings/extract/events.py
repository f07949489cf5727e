"""Events from a small taxonomy fit for event questions, with actor, target, place and modality.

Taxonomy (``models.EventType``): strike, interception, threat, talks, agreement, ceasefire,
capture, withdrawal, sanctions_aid, casualties, position. Modality (``models.Modality``):
occurred, alleged (reported only through one side's claim or hedged), planned, threatened,
denied, conditional. Triggers are lemmas with a part of speech; modality comes from the
claim a trigger sits in, negation, conditionals and future markers around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.extract.claims import FoundClaim
from tidings.models import EventType, Modality, Stance

T = EventType
TRIGGERS: dict[str, EventType] = {
    **dict.fromkeys("strike attack shell bomb bombard pound barrage hit shelling bombing "
                    "airstrike raid assault".split(), T.STRIKE),
    **dict.fromkeys("intercept interception down".split(), T.INTERCEPTION),
    **dict.fromkeys("threat threaten ultimatum".split(), T.THREAT),
    **dict.fromkeys("talk meet meeting negotiation negotiate summit discuss discussion "
                    "consultation".split(), T.TALKS),
    **dict.fromkeys("sign agreement deal accord treaty memorandum".split(), T.AGREEMENT),
    **dict.fromkeys("ceasefire truce armistice".split(), T.CEASEFIRE),
    **dict.fromkeys("capture seize occupy liberate take".split(), T.CAPTURE),
    **dict.fromkeys("withdraw withdrawal retreat pullout".split(), T.WITHDRAWAL),
    **dict.fromkeys("sanction sanctions aid loan package tariff assistance embargo".split(),
                    T.SANCTIONS_AID),
    **dict.fromkeys("kill wound injure casualty casualties death toll".split(), T.CASUALTIES),
    **dict.fromkeys("position stance demand condition".split(), T.POSITION),
}
# Triggers that only count with a particle or object: "shot down", "took control".
_NEEDS = {
    "down": lambda t: t.head.lemma_ in ("shoot", "bring", "down") or t.dep_ == "prt",
    "take": lambda t: any(c.lemma_ in ("control",) for c in t.children),
    "hit": lambda t: t.pos_ == "VERB",
    "meet": lambda t: t.pos_ == "VERB",
    "condition": lambda t: t.pos_ == "NOUN" and t.dep_ != "compound",
    "package": lambda t: any(c.lemma_ in ("aid", "sanction", "sanctions", "military", "support")
                             for c in t.children),
    "deal": lambda t: t.pos_ == "NOUN",
    "talk": lambda t: t.pos_ == "NOUN" or any(c.dep_ == "prep" for c in t.children),
}
_STANCE_MODALITY = {
    Stance.DENY: Modality.DENIED,
    Stance.THREATEN: Modality.THREATENED,
    Stance.PROMISE: Modality.PLANNED,
    Stance.PREDICT: Modality.PLANNED,
    Stance.ACCUSE: Modality.ALLEGED,
    Stance.ASSERT: Modality.ALLEGED,
    Stance.WARN: Modality.THREATENED,
    Stance.ASSESS: Modality.ALLEGED,
    Stance.REJECT: Modality.CONDITIONAL,
}
_FUTURE = re.compile(r"\b(will|shall|plans?|planned|scheduled|due to|expected to|set to|"
                     r"to be held|next week|next month|upcoming|preparing to|ready to)\b", re.I)
_CONDITIONAL = {"if", "unless", "would", "could", "might", "should", "whether"}
_NEGATION = {"not", "never", "no", "n't"}
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass
class FoundEvent:
    sentence_start: int
    sentence_end: int
    type: EventType
    modality: Modality
    trigger: str
    trigger_start: int
    actor: str = ""
    target: str = ""
    location: str = ""


def _trigger_type(token: Token) -> EventType | None:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "NOUN", "PROPN", "ADP", "ADV"):
        return None
    kind = TRIGGERS.get(lemma) or TRIGGERS.get(token.lower_)
    if kind is None:
        return None
    check = _NEEDS.get(lemma)
    if check is not None and not check(token):
        return None
    if lemma == "down" and token.head.lemma_ in ("shoot", "bring"):
        return T.INTERCEPTION
    if lemma == "threaten" or lemma == "threat":
        return T.THREAT
    return kind


def _modality(token: Token, sent: Span, claims: list[FoundClaim], kind: EventType) -> Modality:
    window = sent.doc[max(sent.start, token.i - 6) : token.i + 1]
    if any(t.lower_ in _NEGATION for t in window) or any(
        c.dep_ == "neg" for c in (*token.children, *token.head.children)
    ):
        return Modality.DENIED
    if kind is T.THREAT:
        return Modality.THREATENED
    inside = [c for c in claims if c.content_start <= token.idx < c.content_end]
    if inside:
        claim = max(inside, key=lambda c: c.content_start)  # innermost
        modality = _STANCE_MODALITY[claim.stance]
        if modality is Modality.ALLEGED and _FUTURE.search(window.text):
            return Modality.PLANNED
        if claim.stance is Stance.REJECT:
            return Modality.CONDITIONAL
        return modality
    head_words = {t.lower_ for t in sent.doc[max(sent.start, token.i - 8) : token.i]}
    if head_words & _CONDITIONAL:
        return Modality.CONDITIONAL
    if _FUTURE.search(sent.doc[max(sent.start, token.i - 8) : token.i + 2].text):
        return Modality.PLANNED
    if re.search(r"\b(allegedly|reportedly|purportedly|claimed)\b", sent.text, re.I):
        return Modality.ALLEGED
    return Modality.OCCURRED


def _entity_text(token: Token) -> str:
    if token.ent_type_:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            return ent.text
    return token.doc[token.left_edge.i : token.i + 1].text if token.pos_ in ("NOUN", "PROPN") else ""


def _roles(token: Token, sent: Span) -> tuple[str, str, str]:
    actor = target = ""
    for child in token.children:
        if child.dep_ in ("nsubj",) and not actor:
            actor = _entity_text(child)
        elif child.dep_ in ("dobj", "nsubjpass") and not target:
            target = _entity_text(child)
        elif child.dep_ in ("amod", "compound", "poss") and child.ent_type_ in ("NORP", "GPE", "ORG") and not actor:
            actor = _entity_text(child)
        elif child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            actor = actor or (_entity_text(objs[0]) if objs else "")
        elif child.dep_ == "prep" and child.lower_ in ("on", "at", "against", "targeting") and not target:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            target = _entity_text(objs[0]) if objs else ""
    if not actor and token.dep_ in ("xcomp", "conj", "ccomp", "advcl"):
        for child in token.head.children:
            if child.dep_ == "nsubj":
                actor = _entity_text(child)
    places = [e for e in sent.ents if e.label_ in PLACE_LABELS and e.text not in (actor, target)]
    located = [e for e in places if e.start > 0 and sent.doc[e.start - 1].lower_ in ("in", "over", "near", "around", "across")]
    location = (located or places or [None])[0]
    return actor, target, location.text if location is not None else ""


def find_events(doc: Doc, claims: list[FoundClaim]) -> list[FoundEvent]:
    """Events in a parsed document, at most one of each type per sentence."""
    events: list[FoundEvent] = []
    for sent in doc.sents:
        seen: set[EventType] = set()
        for token in sent:
            kind = _trigger_type(token)
            if kind is None or kind in seen:
                continue
            seen.add(kind)
            actor, target, location = _roles(token, sent)
            events.append(
                FoundEvent(
                    sentence_start=sent.start_char,
                    sentence_end=sent.end_char,
                    type=kind,
                    modality=_modality(token, sent, claims, kind),
                    trigger=token.text,
                    trigger_start=token.idx,
                    actor=actor,
                    target=target,
                    location=location,
                )
            )
    return events
