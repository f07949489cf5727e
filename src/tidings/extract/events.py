"""Events from a small taxonomy fit for event questions, with actor, target, place and modality.

Taxonomy (``models.EventType``): strike, interception, threat, talks, agreement, ceasefire,
capture, withdrawal, sanctions_aid, casualties, position. Modality (``models.Modality``):
occurred, alleged (known only through someone's claim, or hedged), planned, threatened,
denied, conditional. A trigger is a word with the right part of speech (and, for some, the
right object: "fired 40 missiles", "shot down"); modality comes from the claim the trigger
sits in and from the clause above it (negation, would/could/if, will/plan/scheduled).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.extract.claims import FoundClaim
from tidings.models import EventType, Modality, Stance

T = EventType
_WEAPONS = {
    "drone",
    "missile",
    "rocket",
    "shell",
    "bomb",
    "strike",
    "attack",
    "barrage",
    "munition",
    "shahed",
    "warhead",
    "projectile",
    "salvo",
    "uav",
}
_FORCES = {"force", "forces", "troops", "unit", "units", "army", "soldier", "soldiers", "brigade"}
_AID = {
    "aid",
    "assistance",
    "weapon",
    "system",
    "loan",
    "package",
    "support",
    "funding",
    "troops",
    "patriot",
    "ammunition",
    "money",
    "billion",
    "million",
}


def _has_object(token: Token, words: set[str]) -> bool:
    """True when the verb's object (or a word in it) is one of ``words``."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "prep", "dative", "npadvmod"):
            for t in child.subtree:
                if t.lemma_.lower() in words:
                    return True
    return False


def _is_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN")


def _is_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX")


# lemma -> (event type, condition on the token)
TRIGGERS: dict[str, tuple[EventType, Callable[[Token], bool]]] = {
    **{
        w: (T.STRIKE, lambda t: True)
        for w in (
            "strike",
            "attack",
            "shell",
            "bomb",
            "bombard",
            "pound",
            "barrage",
            "shelling",
            "bombing",
            "airstrike",
            "bombardment",
        )
    },
    "hit": (
        T.STRIKE,
        lambda t: (
            _is_verb(t)
            and not _has_object(t, {"record", "high", "low", "level", "milestone", "peak"})
        ),
    ),
    "sink": (T.STRIKE, _is_verb),
    "target": (T.STRIKE, _is_verb),
    "raid": (T.STRIKE, lambda t: not any(c.lower_ == "air" for c in t.children)),
    "launch": (T.STRIKE, lambda t: _has_object(t, _WEAPONS)),
    "fire": (T.STRIKE, lambda t: _is_verb(t) and _has_object(t, _WEAPONS)),
    "send": (T.STRIKE, lambda t: _has_object(t, {"drone", "missile", "rocket"})),
    "use": (T.STRIKE, lambda t: _has_object(t, {"missile", "weapon", "drone"}) and _is_verb(t)),
    "destroy": (T.STRIKE, _is_verb),
    "intercept": (T.INTERCEPTION, lambda t: True),
    "interception": (T.INTERCEPTION, lambda t: True),
    "down": (
        T.INTERCEPTION,
        lambda t: (
            (t.dep_ == "prt" and t.head.lemma_ in ("shoot", "bring"))
            or (_is_verb(t) and _has_object(t, _WEAPONS))
        ),
    ),
    "repel": (T.INTERCEPTION, lambda t: True),
    "threaten": (T.THREAT, lambda t: True),
    "threat": (T.THREAT, lambda t: True),
    "ultimatum": (T.THREAT, lambda t: True),
    "alert": (T.THREAT, _is_noun),
    "siren": (T.THREAT, _is_noun),
    "incursion": (T.THREAT, lambda t: True),
    **{
        w: (T.TALKS, lambda t: True)
        for w in (
            "talk",
            "meeting",
            "negotiation",
            "negotiate",
            "summit",
            "discuss",
            "discussion",
            "consultation",
        )
    },
    "meet": (T.TALKS, _is_verb),
    "sign": (T.AGREEMENT, _is_verb),
    "agree": (T.AGREEMENT, _is_verb),
    **{
        w: (T.AGREEMENT, _is_noun)
        for w in (
            "agreement",
            "deal",
            "treaty",
            "memorandum",
            "declaration",
            "framework",
            "plan",
            "proposal",
            "settlement",
            "swap",
        )
    },
    "exchange": (
        T.AGREEMENT,
        lambda t: (
            t.pos_ in ("NOUN", "VERB")
            and _has_object(t, {"prisoner", "prisoners", "body", "bodies", "pow"})
        ),
    ),
    "endorse": (T.AGREEMENT, _is_verb),
    "accord": (T.AGREEMENT, lambda t: _is_noun(t) and t.lower_ != "according"),
    **{w: (T.CEASEFIRE, lambda t: True) for w in ("ceasefire", "truce", "armistice")},
    **{
        w: (T.CAPTURE, lambda t: True)
        for w in ("capture", "seize", "occupy", "liberate", "offensive")
    },
    "take": (T.CAPTURE, lambda t: any(c.lemma_ in ("control",) for c in t.children)),
    "advance": (T.CAPTURE, _is_verb),
    "enter": (
        T.CAPTURE,
        lambda t: (
            _is_verb(t)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in _FORCES for c in t.children)
        ),
    ),
    **{w: (T.WITHDRAWAL, lambda t: True) for w in ("withdraw", "withdrawal", "retreat", "pullout")},
    "pull": (T.WITHDRAWAL, lambda t: any(c.lower_ in ("out", "back") for c in t.children)),
    **{
        w: (T.SANCTIONS_AID, lambda t: True)
        for w in (
            "sanction",
            "sanctions",
            "aid",
            "loan",
            "lend",
            "tariff",
            "assistance",
            "embargo",
            "disbursement",
        )
    },
    "deliver": (T.SANCTIONS_AID, lambda t: True),
    "supply": (T.SANCTIONS_AID, _is_verb),
    "spend": (T.SANCTIONS_AID, _is_verb),
    "fund": (T.SANCTIONS_AID, _is_verb),
    "package": (
        T.SANCTIONS_AID,
        lambda t: any(c.lemma_ in _AID | {"sanction"} for c in t.children),
    ),
    **{
        w: (T.CASUALTIES, lambda t: True)
        for w in ("kill", "wound", "injure", "casualty", "casualties", "toll")
    },
    "die": (T.CASUALTIES, _is_verb),
    **{w: (T.POSITION, _is_noun) for w in ("position", "stance", "demand", "condition")},
    "extend": (
        T.POSITION,
        lambda t: _has_object(t, {"law", "mobilization", "mobilisation", "sanction"}),
    ),
    "propose": (T.POSITION, _is_verb),
    **{
        w: (T.POSITION, lambda t: _is_verb(t) and _has_object(t, {"rate", "rates"}))
        for w in ("cut", "raise", "hike", "lower", "hold", "leave", "keep", "lift")
    },
    "approve": (T.POSITION, _is_verb),
    "recognize": (
        T.POSITION,
        lambda t: _is_verb(t) and _has_object(t, {"state", "independence", "sovereignty"}),
    ),
    "recognise": (
        T.POSITION,
        lambda t: _is_verb(t) and _has_object(t, {"state", "independence", "sovereignty"}),
    ),
}
# Kinds whose nouns, as the object of a preposition, usually mention an event rather than
# report one.
_REFERENCE_PRONE = {T.AGREEMENT, T.POSITION}
_STANCE_MODALITY = {
    Stance.DENY: Modality.DENIED,
    Stance.THREATEN: Modality.THREATENED,
    Stance.PROMISE: Modality.PLANNED,
    Stance.PREDICT: Modality.PLANNED,
    Stance.WARN: Modality.PLANNED,
    Stance.REJECT: Modality.CONDITIONAL,
}
_CONDITIONAL = {"could", "might", "may", "if", "unless", "whether", "should", "once"}
_CONDITIONAL_NOUNS = {"proposal", "plan", "framework", "draft", "offer"}
_FUTURE_WORDS = {"will", "shall", "'ll"}
_FUTURE_LEMMAS = {
    "plan",
    "schedule",
    "expect",
    "aim",
    "prepare",
    "intend",
    "ready",
    "promise",
    "pledge",
    "vow",
    "order",
    "seek",
    "plot",
    "project",
}
_NEGATION = {"not", "never", "no", "n't"}
_HEDGE = re.compile(r"\b(allegedly|reportedly|purportedly|supposedly)\b", re.I)
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
    if token.pos_ not in ("VERB", "NOUN", "ADP", "ADV", "AUX"):
        return None
    if token.dep_ == "compound":
        return None  # "tariff revenue", "aid groups": the head noun says what this is about
    rule = TRIGGERS.get(token.lemma_.lower()) or TRIGGERS.get(token.lower_)
    if rule is None or not rule[1](token):
        return None
    kind = rule[0]
    if kind in _REFERENCE_PRONE and _is_noun(token) and token.dep_ == "pobj":
        return None  # "under a government plan", "in the peace negotiations": a mention
    if token.lemma_.lower() == "destroy" and _has_object(
        token, {"drone", "missile", "rocket", "uav"}
    ):
        return T.INTERCEPTION
    if token.lemma_.lower() == "agree" and any(
        _trigger_type(c) is T.SANCTIONS_AID for c in token.children if c.dep_ == "xcomp"
    ):
        return None  # "agreed to lend": the loan is the event
    return kind


def _clause(token: Token, stop: Token | None) -> list[Token]:
    """The trigger and the words governing it, up to ``stop`` (a claim's verb) or the root."""
    chain = [token]
    current = token
    stop_i = stop.i if stop is not None else -1
    # spaCy makes a new Token object on each access: compare positions, not identity
    while current.head.i != current.i and current.head.i != stop_i:
        current = current.head
        chain.append(current)
    return chain


def _markers(chain: list[Token]) -> set[str]:
    words: set[str] = set()
    for t in chain:
        words.add(t.lower_)
        words.add(t.lemma_.lower())
        for child in t.children:
            if child.dep_ in ("aux", "auxpass", "mark", "neg", "advmod", "prep", "det"):
                words.add(child.lower_)
    return words


def _modality(token: Token, sent: Span, claims: list[FoundClaim], kind: EventType) -> Modality:
    inside = [c for c in claims if c.content_start <= token.idx < c.content_end]
    claim = max(inside, key=lambda c: c.content_start) if inside else None
    stop = (
        sent.doc[claim.verb_index] if claim is not None and claim.verb != "according to" else None
    )
    chain = _clause(token, stop)
    words = _markers(chain)
    threatened = any(t.lemma_.lower() == "threaten" for t in chain[1:])
    if claim is not None and claim.stance in (Stance.DENY, Stance.THREATEN, Stance.REJECT):
        return _STANCE_MODALITY[claim.stance]
    if threatened:
        return Modality.THREATENED
    if kind is T.THREAT and token.lemma_.lower() in ("threaten", "threat", "ultimatum"):
        return Modality.THREATENED
    if words & _CONDITIONAL or any(
        t.lemma_.lower() in _CONDITIONAL_NOUNS for t in sent if t.i < token.i and t.dep_ == "pobj"
    ):
        return Modality.CONDITIONAL
    if "would" in words and claim is None:
        return Modality.CONDITIONAL
    if words & _NEGATION:
        return Modality.DENIED
    if (
        words & _FUTURE_WORDS
        or "would" in words
        or words & _FUTURE_LEMMAS
        or (token.dep_ == "xcomp" and token.head.lemma_.lower() in _FUTURE_LEMMAS)
    ):
        return Modality.PLANNED
    if claim is not None:
        return _STANCE_MODALITY.get(claim.stance, Modality.ALLEGED)
    if _HEDGE.search(sent.text):
        return Modality.ALLEGED
    return Modality.OCCURRED


def _entity_text(token: Token) -> str:
    if token.ent_type_:
        # walk the IOB tags rather than build every entity span of the document
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text
    return (
        token.doc[token.left_edge.i : token.i + 1].text if token.pos_ in ("NOUN", "PROPN") else ""
    )


def _roles(token: Token, sent: Span) -> tuple[str, str, str]:
    actor = target = ""
    for child in token.children:
        if child.dep_ == "nsubj" and not actor:
            actor = _entity_text(child)
        elif child.dep_ in ("dobj", "nsubjpass") and not target:
            target = _entity_text(child)
        elif (
            child.dep_ in ("amod", "compound", "poss")
            and child.ent_type_ in ("NORP", "GPE", "ORG")
            and not actor
        ):
            actor = _entity_text(child)
        elif child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            actor = actor or (_entity_text(objs[0]) if objs else "")
        elif (
            child.dep_ == "prep"
            and child.lower_ in ("on", "at", "against", "toward", "towards")
            and not target
        ):
            objs = [g for g in child.children if g.dep_ == "pobj"]
            target = _entity_text(objs[0]) if objs else ""
    if not actor and token.dep_ in ("xcomp", "conj", "ccomp", "advcl"):
        for child in token.head.children:
            if child.dep_ == "nsubj":
                actor = _entity_text(child)
    places = [e for e in sent.ents if e.label_ in PLACE_LABELS and e.text not in (actor, target)]
    located = [
        e
        for e in places
        if e.start > 0
        and sent.doc[e.start - 1].lower_ in ("in", "over", "near", "around", "across")
    ]
    location = (located or places or [None])[0]
    return actor, target, location.text if location is not None else ""


def find_events(doc: Doc, claims: list[FoundClaim]) -> list[FoundEvent]:
    """Events in a parsed document, at most one of each type per sentence."""
    events: list[FoundEvent] = []
    for sent in doc.sents:
        found: dict[EventType, FoundEvent] = {}
        for token in sent:
            kind = _trigger_type(token)
            if kind is None or kind in found:
                continue
            actor, target, location = _roles(token, sent)
            found[kind] = FoundEvent(
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
        # "threatened to hit Kyiv": the threatened strike is the event, not a separate threat
        threat = found.get(T.THREAT)
        if (
            threat
            and threat.modality is Modality.THREATENED
            and any(
                e.modality is Modality.THREATENED for k, e in found.items() if k is not T.THREAT
            )
        ):
            del found[T.THREAT]
        events.extend(sorted(found.values(), key=lambda e: e.trigger_start))
    return events
