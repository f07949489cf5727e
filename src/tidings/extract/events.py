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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from tidings.extract.claims import (
    CHARGE_NOUNS,
    STANCE_VERBS,
    FoundClaim,
    after_comma,
    narrators_aside,
)
from tidings.extract.nlp import document_text, entities_in
from tidings.extract.times import WEEKDAYS
from tidings.extract.triggers import (
    BASIS_POINTS,
    CEASE,
    FORESEEING,
    HARMS,
    LEGISLATURES,
    LEVIES,
    MARKET_WORDS,
    PLANS,
    RETALIATIONS,
    SHELVED_LEVIES,
    VOWS,
    act_of_war,
    adopted_package,
    answered_with,
    as_target,
    cable_cut,
    came_home_in,
    controlled,
    court_ruled,
    decides_a_motion,
    easing_measured,
    endangers,
    foreseen_by_projections,
    further_easing,
    in_quoted_question,
    is_noun,
    is_verb,
    launch_counted,
    levy_alongside,
    levy_moved,
    levy_rates_to_come,
    lexicon_type,
    loudspeakers_silenced,
    move_answered,
    names_an_act,
    paused_hostility,
    peace_plan,
    priced_rate_move,
    punished_with,
    scene_of_talks,
    struck_down,
    talks_to_go_on,
    told_on_a_call,
    trigger_type,
    unnamed_menace,
    verb_of,
    weapons_aimed,
    what_fell,
)
from tidings.models import EventType, Modality, Stance

T = EventType
# Kinds that frame another event: "agreed to a ceasefire", "a proposal for a truce", "plans to
# pull troops out". When a frame holds an event of a more specific kind, that event is reported
# and the frame is not.
_FRAMES = {T.AGREEMENT, T.POSITION}
_NEGOTIABLE = {T.AGREEMENT, T.CEASEFIRE, T.WITHDRAWAL, T.SANCTIONS_AID}
_NEGOTIATING = {"discuss", "negotiate"}
# Talks as an ongoing process (not a summit or a meeting, which are one-off gatherings).
_TALK_NOUNS = {"talk", "talks", "negotiation", "dialogue", "discussion"}
_SPECIFIC = {
    T.STRIKE,
    T.INTERCEPTION,
    T.CEASEFIRE,
    T.CAPTURE,
    T.WITHDRAWAL,
    T.SANCTIONS_AID,
    T.CASUALTIES,
}
# Dependencies a frame does not reach across: a coordinated or adverbial clause is its own event.
_FRAME_BARRIER = {"conj", "cc", "advcl", "parataxis", "punct", "nsubj", "nsubjpass", "appos"}
# Prepositions whose object dates another event ("during an alert", "after any ceasefire"): an
# indefinite object is an event in its own right, a definite one refers back to a known event.
_TEMPORAL = {"after", "before", "during", "within", "until", "following", "upon", "pending"}
# What leaves whether an event happened or will happen open: "it is possible that ...". ("It
# is unclear whether the ceasefire will hold" doubts the holding, not the ceasefire.)
_OPEN_QUESTION = {"possible"}
_HYPOTHETICAL_PREPS = {"after", "before", "within", "until", "following", "upon", "pending"}
_FRAME_NOUNS = {"proposal", "plan", "framework", "draft", "offer", "deal", "agreement", "package"}
# Prepositions that introduce a claim's or a frame's content: "accused Kyiv of", "a proposal for".
_INTRODUCERS = {"of", "against", "about", "on", "to", "for", "over", "with"}
_PURSUE = {"press", "proceed", "go", "push", "continue", "resume", "move"}
_ENDINGS = {"end", "conclude", "break", "close", "wrap", "finish"}
_CHANGES = {"increase", "rise", "hike", "cut", "reduction", "jump", "surge", "spike", "uptick"}
# Verbs whose definite object is an event already known: "breaching the ceasefire".
_REFERRING = {"violate", "breach", "break", "mediate", "broker", "monitor", "observe", "respect"}
_REFERRING |= {"undermine", "jeopardise", "jeopardize", "derail", "uphold", "implement", "honour"}
# Verbs by which a known event is judged for what it shows: "the strike showed that ..."
_SHOWING = {"show", "prove", "demonstrate", "underscore", "highlight", "reveal", "signal", "mark"}
_DISCUSS = {"discuss", "review", "debate", "examine", "study", "consider", "oppose", "back"}
# Verbs that make a plan or deal, so that even "the plan" is news when it is their object.
_MAKE = {"sign", "reach", "strike", "seal", "conclude", "finalize", "finalise", "accept"}
_MAKE |= {"approve", "adopt", "unveil", "present", "propose", "endorse", "ratify", "agree"}
_OFFERED = {"propose", "offer", "float", "table", "suggest"}
_REPORTING = {"report", "claim", "allege"}
_TALLIES = {"count", "estimate", "tally", "reckoning", "account", "assessment"}
# Verbs whose subject is what starts or stops at the time they give: "the levy takes effect".
_FORWARD_STANCES = {Stance.THREATEN, Stance.WARN, Stance.PROMISE, Stance.PREDICT}
_SCHEDULED = {"due", "set", "scheduled", "slated"}
_UNDER_WAY = {"resume", "start", "begin", "reconvene", "restart", "continue", "open"}
# what a subject does when it runs its own course rather than acts on others: "tariffs would
# take effect on Aug. 7", "a package would be approved within days", "duties would climb"
_OWN_COURSE = (
    _UNDER_WAY
    | {"remain", "stay", "rise", "climb", "follow"}
    | {"approve", "adopt", "impose", "reimpose"}
)
_STARTS = {"take", "start", "begin", "kick", "come", "expire", "resume", "lapse", "follow"}
_STARTS |= {"go", "rise", "climb", "jump"}  # "Section 232 duties go to a flat 25% on March 12"
_DEMANDS = {("on", "insist"), ("for", "call")}
_DECIDING = {"decide", "vote", "agree", "rule", "settle"}
_HARMED = {"kill", "wound", "injure", "die", "hurt"}
_CAUSED = {"cause", "trigger", "spark", "prompt"}
_DAMAGED = {"damage", "destroy", "knock", "pound", "hit"}
# "had taken part in overnight strikes", "any role in the attack": the act itself
_TOOK_PART = {"part", "participate", "role", "involvement", "involve", "hand"}
_DEFINITE = {"the", "this", "these", "those", "that"}
_CANCEL = {"cancel", "postpone", "scrap", "shelve", "abandon", "scupper"}
_TALKS_STOPPED = {"suspend", "halt", "freeze", "end"}
_REFUSED = {Modality.DENIED, Modality.THREATENED}
_MODALS = {"would", "could", "might", "may"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_STANCE_MODALITY = {
    Stance.DENY: Modality.DENIED,
    Stance.THREATEN: Modality.THREATENED,
    Stance.PROMISE: Modality.PLANNED,
    Stance.PREDICT: Modality.PLANNED,
    Stance.WARN: Modality.PLANNED,
    Stance.REJECT: Modality.CONDITIONAL,
}
_CONDITIONAL = {"could", "might", "may", "if", "unless", "whether", "should", "once", "must"}
_CONDITIONAL_NOUNS = {"proposal", "plan", "framework", "draft", "offer"}
# Words above a trigger that make it a proposal or an option rather than a decision.
_CONDITIONAL_LEMMAS = {
    "propose",
    "proposal",
    "offer",
    "draft",
    "weigh",
    "consider",
    "mull",
    "authorize",
    "authorise",
    "permit",
    "empower",
    # an offer of what one is ready to do: "ready to accept a 30-day ceasefire"
    "ready",
    "prepared",
    "willing",
    # what a motion would do: "backed a motion to close the Strait of Hormuz"
    "motion",
    # what one acts to keep from happening: "a framework that would avert the 100% tariff"
    "avert",
    "prevent",
    "forestall",
}
_FUTURE_WORDS = {"will", "shall", "'ll"}
_FUTURE_LEMMAS = {
    "plan",
    "schedule",
    "expect",
    "aim",
    "prepare",
    "brace",
    "intend",
    "promise",
    "pledge",
    "vow",
    "seek",
    "plot",
    "project",
    "price",
    "due",
    "try",
    "attempt",
    "push",
    "want",
    "strive",
}
# Verbs of coming together or getting ready whose "for" phrase is the event itself.
_GATHER = {
    "sit",
    "gather",
    "meet",
    "arrive",
    "travel",
    "fly",
    "head",
    "convene",
    "assemble",
    "amass",
    "mass",
    "prepare",
    "brace",
    "return",
    "come",
    "go",
    "leave",
    "set",
    "depart",
}
# Words before an event's noun that put it ahead ("the expected talks") or only in prospect
# ("a possible strike"); the event reader's guard reads them too.
AHEAD = {"expected", "planned", "scheduled", "upcoming", "proposed", "possible", "potential"}
# Who comes back from talks held them: "returned from talks with European leaders in Berlin"
_CAME_BACK = {"return", "recall", "come", "arrive", "fly", "travel"}
_GATHERED = {"talk", "talks", "summit", "meeting", "negotiation", "negotiations"}
POSSIBLE = {"possible", "potential", "prospective", "hypothetical", "eventual"}
_CLEARED = {"approve", "clear", "authorize", "authorise"}
_SCHEDULING = {"set", "slate", "pencil"}
_EXPECTED = {"likely", "expected", "due", "set", "poised", "imminent", "scheduled", "certain"}
# What an act is said to justify, be the pretext for or lay the ground for is still to come.
_PRETEXTS = {"justify", "pretext", "excuse", "groundwork", "ground"}
_NOBODY = {"neither", "none", "nobody", "nothing", "no one"}
_NOUN_MODIFIERS = {"det", "amod", "compound", "nummod", "poss"}
_PENDING_MARKS = {"once", "until", "unless", "if", "after", "before", "when"}
_NEGATION = {"not", "never", "no", "n't", "fail"}
# Kinds of event a vow or a warning by the one who would do it makes a threat.
_VIOLENT = {T.STRIKE, T.CAPTURE, T.CASUALTIES, T.THREAT, T.SANCTIONS_AID}
_AGREED_TO_DO = {T.SANCTIONS_AID, T.WITHDRAWAL}
# what one party decides for itself
_DECIDED = {T.SANCTIONS_AID, T.POSITION}
# subjects that name more than one party to a deal
_PARTIES = {
    "side", "party", "country", "nation", "negotiator", "mediator", "delegation", "both",
    "they", "we", "two",
}  # fmt: skip
# verbs that judge, answer or get in the way of an act someone else does: "European leaders
# condemned the attack" names who condemned, not who attacked; "the claim complicated the
# talks" names no negotiator
_REACTING = {
    "condemn", "denounce", "deplore", "decry", "criticize", "criticise", "slam", "blame",
    "welcome", "praise", "hail", "applaud", "mourn", "lament", "regret", "protest",
    "investigate", "survive", "witness", "document", "describe",
    "complicate", "derail", "disrupt", "overshadow", "jeopardize", "jeopardise", "hamper",
    "stall", "delay", "require", "need", "attribute",
}  # fmt: skip
# what a subject or agent can be without doing anything: the war that "would end soon", the
# talks that "aim to finalise a document", "90 percent" of a plan that was agreed, the "name"
# of soldiers "killed by name" in a count
_NO_DOER_WORDS = {"war", "fighting", "conflict", "violence", "hostility", "name"}
_NO_DOER_LABELS = {"PERCENT", "CARDINAL", "MONEY", "QUANTITY", "DATE", "TIME", "ORDINAL"}
_RETALIATORY = {"retaliatory", "punitive", "revenge"}
_UNVERIFIED = {"unverified", "alleged", "claimed", "purported", "reported", "unconfirmed"}
# what a dissenter prefers is no decision; what a policymaker favours or argues for is one
# on offer ("Waller said he favored another 25-basis-point cut", "Schnabel has argued the
# next move could be a hike")
_PREFERENCES = {"prefer", "dissent"}
_FAVOURING = {"favor", "favour", "argue", "advocate"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
# Hedges that make a past event the narrator does not vouch for alleged: "it is understood a
# tanker was damaged".
_HEDGE = re.compile(
    r"\b(allegedly|reportedly|purportedly|supposedly|it is understood|(?:is|are) (?:said|believed)"
    r" to have)\b",
    re.I,
)
PLACE_LABELS = ("GPE", "LOC", "FAC")
_WHEN = ("DATE", "TIME")
_AIMS = ("on", "at", "against", "toward", "towards")


@dataclass
class FoundEvent:
    sentence_start: int
    sentence_end: int
    type: EventType
    modality: Modality
    trigger: str
    trigger_start: int
    trigger_is_verb: bool = False  # "struck" rather than "strike": read as a clause
    actor: str = ""
    target: str = ""
    location: str = ""
    dated_by: int | None = None  # start of the time expression that dates the event
    # told by what a side says it was aimed at, with the doer the teller names (see _aim_told)
    aim_told_by: str | None = None


def _dated(token: Token) -> bool:
    """A noun its own words date: "the overnight attack", "a barrage on Dec. 27"."""
    return any(
        (
            c.dep_ in ("amod", "compound", "npadvmod", "poss")
            and (c.lower_ in _TIMES_OF_DAY or c.ent_type_ in ("DATE", "TIME"))
        )
        or (
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        )
        for c in token.children
    )


_TIMES_OF_DAY = {"overnight", "morning", "night", "evening", "weekend"}


def _definite(token: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in token.children
    )


_RESPONSES = {"retaliation", "response", "revenge", "reprisal"}
_REHEARSED = {"rehearse", "simulate", "practise", "practice"}


_ANSWERS = _RESPONSES | {"respond", "retaliate", "punishment"}


def _answer_vowed(token: Token, claims: list[FoundClaim]) -> bool:
    """A response a speaker says is coming ("said the armed forces would respond without
    hesitation", "said Israel should expect a harsh punishment"): a threat, as 38 of 40 such
    responses in the gold sets are marked; one ordered ("ordered the military to respond")
    is a plan."""
    return (
        token.lemma_.lower() in _ANSWERS
        and _claim_of(token, claims) is not None
        and not any(t.lemma_.lower() == "order" for t in token.ancestors)
    )


def _answered(token: Token) -> bool:
    """The act a response answers: "in retaliation for a record $11 billion arms package",
    "in response to Beijing's new export controls", "vowed retaliation for Sunday's strike",
    "in retaliation for what it called a Ukrainian attack". "in response to the raid" names
    an act already told. A relative clause tells the act of the thing answered ("in
    retaliation for a Houthi missile that landed near Ben Gurion airport")."""
    if token.dep_ == "relcl" and is_verb(token) and token.tag_ == "VBD":
        token = token.head
    if not is_noun(token) or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return False
    current = token
    # "for what it called / claimed was a Ukrainian attack": the act the label names
    while current.dep_ in ("oprd", "attr", "ccomp", "pcomp") and current.head.i != current.i:
        current = current.head
        if current.dep_ == "pcomp":
            break
    if current is not token and current.dep_ != "pcomp":
        return False
    return (
        current.dep_ in ("pobj", "pcomp")
        and current.head.lower_ in ("for", "to")
        and current.head.head.lemma_.lower() in _RESPONSES
    )


def _told_by_its_toll(token: Token) -> bool:
    """An attack a relative clause says killed or hurt people ("despite Russian strikes on
    Odesa ports that killed three workers", "over a drone strike on a bus in the Belgorod
    region that killed three people"): told as done, wherever the phrase hangs."""
    if not is_noun(token):
        return False
    held = [token]
    for _ in range(2):
        held += [
            o
            for n in held
            for p in n.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj" and o not in held
        ]
    return any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and c.lemma_.lower() in _HARMED
        for n in held
        for c in n.children
    )


def _is_clause(token: Token) -> bool:
    """A finite verb or one with its own subject: a statement, not part of a noun phrase."""
    return is_verb(token) and (
        token.tag_ in _FINITE_TAGS
        or any(
            c.dep_ in ("nsubj", "nsubjpass")
            or (c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS)
            for c in token.children
        )
    )


_DOWNED = {"intercept", "down"}


def _named_ahead_of(noun: Token) -> bool:
    """What something is done "ahead of": an event still to come."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"


_JOURNEYS = {"arrive", "travel", "fly", "head", "land", "go", "come", "return"}


def _travelled_for(noun: Token) -> bool:
    """What a journey is made for: "arrived in Muscat on Thursday for talks", still ahead of
    the traveller when the journey is told ("for a second round of talks" too)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "round":
        noun = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in _JOURNEYS
    )


def _reference(token: Token, governors: set[int]) -> str:
    """How a trigger relates to its sentence: "event", "hypothetical" or "mention".

    A noun inside a prepositional phrase usually names an event the sentence is not about
    ("in the peace negotiations", "evidence of the attack", "in imposing the tariffs"), unless
    the phrase dates the sentence by it ("during a 6-hour alert", "after any ceasefire"), or
    introduces a claim's content ("accused Kyiv of staging an attack"). ``governors`` are the
    positions of claim verbs and frames, where the walk up the parse stops.
    """
    if _on_a_market_line(token):
        # "- Kalshi: Fed cut in September 71%": what the market prices, whatever tense the
        # line's verb reads in
        return "hypothetical"
    if (token.tag_ == "VBD" and _is_clause(token)) or (
        is_verb(token)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and any(c.dep_ in ("aux", "auxpass") for c in token.children)
    ):
        # "clashes that killed 30 people": a past clause of its own; "told Trump in a phone
        # call that Russian forces had taken the town": a clause with its own subject and
        # tense, however the parser hangs it
        return "event"
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.lemma_.lower() in _DOWNED:
        return "event"  # "debris from intercepted missiles": they were shot down
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in HARMS
        and any(c.dep_ == "nummod" for c in token.head.children)
    ):
        return "event"  # "three children were among at least seven civilians killed": a toll
    if is_noun(token) and _set_down_for(token):
        return "event"  # "..., with a second round planned for November": a clause
    if _answered(token) or weapons_aimed(token) or launch_counted(token):
        # "221 drones, including 40 aimed at Moscow", "120 of the 160 drones launched
        # overnight": the attack they were on
        return "event"
    if priced_rate_move(token) or _contract_line(token):
        # "Kalshi's December-cut contract", "- Russia takes Kostiantynivka by June 30: 41
        # cents": the event a market prices
        return "hypothetical"
    if cable_cut(token):
        return "event"  # "detained the ship on suspicion of damaging a telecoms cable"
    if levy_alongside(token) or loudspeakers_silenced(token) or _package_adopted(token):
        # "a 100% tariff on branded drugs, along with 25% on heavy trucks"; "switched off its
        # propaganda loudspeakers", the particle read as a preposition
        return "event"
    if (
        token.dep_ == "xcomp"
        and token.head.dep_ == "acl"
        and token.head.lemma_.lower() in ("schedule", "set", "due", "expect")
    ):
        return "event"  # "..., with officials scheduled to meet again next Monday": a clause
    current = token
    while current.head.i != current.i:
        if current.i != token.i and (current.i in governors or _is_clause(current)):
            # "odds that Russia and Ukraine agree a ceasefire": the frame is what is priced
            return "hypothetical" if _priced(current) and not _expected_move(token) else "event"
        if current.i != token.i and current.dep_ == "acl" and current.tag_ == "VBG":
            if _priced(current):
                # "Polymarket's contract on Trump imposing tariffs by Feb. 1", the doer read as
                # the contract's object and the act as its modifier
                return "event" if _expected_move(token) else "hypothetical"
            if (
                token.dep_ == "dobj"
                and token.head.i == current.i
                and current.lemma_.lower() == "set"
            ):
                return "event"  # "sent letters to 14 countries setting tariffs of 25% to 40%"
        if current.dep_ in ("pobj", "pcomp"):
            if _priced(current):
                # "a contract on a US strike on Iran by March 31"; a move priced at 70% or
                # more is expected
                return "event" if _expected_move(token) else "hypothetical"
            prep = current.head
            holder = prep.head.lemma_.lower()
            if prep.head.i in governors and prep.lower_ in _INTRODUCERS:
                return "event"
            if prep.lower_ == "with" and holder in _PURSUE:
                return "event"  # "press ahead with the offensive"
            if answered_with(current):
                return "event"  # "Beijing answered with duties of up to 18% on American coal"
            if current is token and any(
                c.dep_ == "amod" and c.lemma_.lower() == "threaten" for c in current.children
            ):
                return "event"  # "won a 45-day reprieve from the threatened 22% tariffs"
            if prep.lower_ == "with" and holder in ("provide", "supply", "equip", "furnish"):
                return "event"  # "agreed to provide Ukraine with a €90 billion loan"
            if (
                current is token
                and prep.lower_ == "of"
                and holder in ("return", "reimposition", "restoration")
            ):
                return "event"  # "starting a 30-day countdown to the return of UN sanctions"
            if _named_ahead_of(current):
                return "event"  # "a gesture ahead of talks in Doha in January": one to come
            if prep.lower_ == "with" and holder in _ENDINGS and not _definite(current):
                return "event"  # "talks broke up with agreement only on a swap": their outcome
            if prep.lower_ == "under" and (
                holder == "come" or (holder in ("be", "fall") and current.lemma_ == "control")
            ):
                return "event"  # "the plant had come under fire", "is now under our control"
            if (prep.lower_, holder) in _DEMANDS:
                return "hypothetical"  # "will insist on Ukraine's full withdrawal": a demand
            if (
                current is token
                and prep.lower_ == "for"
                and holder == "exchange"
                and prep.head.head.lower_ == "in"
                and trigger_type(token) in (T.WITHDRAWAL, T.POSITION, T.CEASEFIRE, T.CAPTURE)
            ):
                # "offered a ceasefire in exchange for Ukraine's withdrawal from the rest of
                # Donetsk": the price asked, on offer (not a trade deal's terms, "in exchange
                # for a $550 billion investment package")
                return "hypothetical"
            if prep.lower_ == "without":
                return "event"  # "talked for hours without reaching a compromise": denied
            if (
                current is token
                and prep.lower_ == "with"
                and current.dep_ == "pcomp"
                and any(c.dep_ == "nsubj" for c in current.children)
                and current.lemma_.lower() != "abstain"  # ("with Russia and China abstaining")
            ):
                return "event"  # "..., with the RSF shelling Babanusa": a clause of its own
            if current is token and prep.lower_ == "by" and holder == "follow":
                return "event"  # "..., followed by talks with Iran's foreign minister on Aug. 9"
            if current is token and prep.lower_ == "to" and holder == "come":
                return "event"  # "the two had come to an understanding on Ukraine"
            if current is token and prep.lower_ == "to" and holder in ("open", "return"):
                # "Moscow was still open to dialogue": talks it would take up; "would not
                # return to talks unless ...": talks as the verb tells them
                return "hypothetical" if holder == "open" else "event"
            if (
                (current is token or token in current.conjuncts)
                and current.dep_ == "pcomp"
                and current.tag_ == "VBG"
                and (
                    prep.lower_ == "by"
                    or (prep.lower_ == "on" and holder in ("carry", "keep", "go"))
                )
            ):
                # the means of an act ("surprised markets by cutting its repo rate and lowering
                # the cash reserve ratio") or an act that goes on ("if Russia carried on bombing the grid")
                return "event"
            if current is token and token.lemma_.lower() == "alert" and prep.lower_ == "on":
                return "event"  # "Israel's army said it was on high alert"
            if (
                current is token
                and prep.lower_ == "from"
                and holder in _CAME_BACK
                and token.lemma_.lower() in _GATHERED
            ):
                # "returned from talks in Florida", "recalled his team from the talks"
                return "event"
            if current is token and told_on_a_call(token):
                return "event"  # "Putin had told Trump in a phone call that ..."
            if current is token and scene_of_talks(token, prep):
                return (
                    "event"  # "agreed at talks in Kunming", "pledged during a call with Zelensky"
                )
            if prep.lower_ == "at" and _gathering_ahead(current, prep.head):
                return "event"  # "EU leaders will try again at a summit in Brussels on Thursday"
            if act_of_war(current) or as_target(current):
                # "would be treated as an act of war", "would regard Western troops in Ukraine
                # as legitimate targets"
                return "event"
            if prep.dep_ == "agent" and holder in _CAUSED and not _definite(current):
                return "event"  # "fuel shortages caused by militant attacks": they happened
            if prep.lower_ == "on" and holder in _DECIDING:
                return "event"  # "EU leaders to decide on a €90bn reparations loan"
            if (prep.lower_ == "in" or prep.dep_ == "agent") and holder in _HARMED | {"damage"}:
                return "event"  # "40 people were killed in a drone strike", "hurt by a strike"
            if prep.lower_ == "with" and holder in _HARMED | _DAMAGED:
                return "event"  # "knocked out power with an overnight barrage of drones"
            along = prep.head
            if (
                prep.lower_ == "in"
                and along.dep_ == "pobj"
                and along.head.lower_ == "with"
                and along.head.head.lemma_.lower() in _HARMED
            ):
                return "event"  # "killed along with several ministers in an Israeli strike"
            if prep.lower_ == "in" and (
                holder in _TOOK_PART
                # the parser hangs "in" on the verb: "taken part in", "denied any role in"
                or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _TOOK_PART for c in prep.head.children
                )
            ):
                return "event"  # "denied that its jets had taken part in the strikes"
            if prep.lower_ == "with" and punished_with(prep.head):
                return "event"  # "threatened to hit buyers of Russian oil with tariffs"
            if came_home_in(current):
                return "event"  # "146 soldiers returned home in an exchange with Russia"
            if prep.lower_ == "with" and _none_of(current):
                return "event"  # "intercepted all of them with no casualties"
            if any(c.dep_ == "amod" and c.lower_ in AHEAD for c in current.children):
                return "event"  # "ahead of Thursday's expected rate cut": still to come
            if prep.lower_ in ("before", "until") and any(
                c.lower_ in ("next", "another") for c in current.children
            ):
                return "event"  # "before the next round, set for Jan. 10": one to come
            if (
                prep.lower_ == "from"
                # ("raised the death toll from ...", the parser's "from" on the verb)
                and (
                    holder == "toll" or any(c.lemma_.lower() == "toll" for c in prep.head.children)
                )
                and (
                    not any(c.dep_ == "det" and c.lower_ == "the" for c in current.children)
                    or _dated(current)
                )
            ):
                # "the death toll from Thursday's Russian attack", "from the overnight attack
                # on Kyiv": it struck
                return "event"
            if (
                current is token
                and prep.lower_ == "despite"
                and not _definite(current)
                and any(c.dep_ in ("amod", "compound", "prep") for c in current.children)
            ):
                return "event"  # "despite repeated drone attacks on Odesa": they went on
            if (
                current is token
                and prep.lower_ == "since"
                and (not _definite(current) or _dated(current))
            ):
                return "event"  # "left without heating since a missile barrage on Dec. 27"
            if prep.lower_ == "for" and is_verb(prep.head) and prep.head.lemma_.lower() in _GATHER:
                return "event"  # "sat down for talks", "massed troops for an offensive"
            if prep.lower_ in _TEMPORAL:
                told = next((h for h in prep.ancestors if is_verb(h)), None)
                if (
                    current is token
                    and prep.lower_ in ("after", "following", "before")
                    and (
                        token.lemma_.lower() in _GATHERED
                        or (
                            trigger_type(token) in (T.STRIKE, T.CAPTURE, T.SANCTIONS_AID)
                            and prep.lower_ != "before"
                        )
                    )
                    and _particular(token)
                    # (the clause it is hung on, or the one that clause is in: "raised premiums
                    # for ships calling at Port Sudan ... after Wednesday's drone attack")
                    and any(is_verb(h) and _told_as_past(h) for h in prep.ancestors)
                ):
                    # "said after Thursday's meeting with Xi in Busan", "down from 35% before
                    # the Mar-a-Lago meeting on Sunday": a dated meeting the news comes after;
                    # so a dated strike ("without heating after Friday's strike on a plant")
                    return "event"
                if _definite(current):
                    return "mention"
                if prep.lower_ in ("after", "following") and (
                    _told_as_past(told or prep.head)
                    or _harm_narrated(prep.head)
                    # "Brent +7% after U.S. strikes on Iranian sites", "stocks slide after the
                    # strikes": a bullet with no verb, or a headline's present, tells news
                    or told is None
                    or (
                        told.tag_ in ("VBZ", "VBP")
                        and not any(c.dep_ == "aux" for c in told.children)
                    )
                ):
                    # "had lost its last power line after shelling nearby", "five people are
                    # killed after an explosion at a chemical plant"
                    return "event"
                if prep.lower_ in ("after", "following") and _dated_past(current):
                    return "event"  # "pausing after a run of cuts since September": done
                if (
                    prep.lower_ == "before"
                    and current.tag_ == "VBG"
                    and told is not None
                    and _told_as_past(told)
                ):
                    # "briefly captured the town before withdrawing as reinforcements arrived":
                    # the next step of a past act
                    return "event"
                return "hypothetical" if prep.lower_ in _HYPOTHETICAL_PREPS else "event"
            if (
                (prep.lower_ in ("of", "for") and not _definite(current))
                or (prep.lower_ == "in" and holder in _CHANGES | {"price"})
                or (prep.lower_ == "in" and _is_amount(prep.head))
            ):
                current = prep.head  # "within 60 days of a ceasefire": the phrase decides
                continue
            return "mention"
        current = current.head
    return "event"


def _particular(token: Token) -> bool:
    """An act named as one in particular: dated ("Friday's strike on a plant"), a strike by
    its doer and its target ("after Iran's limited strike on a U.S. base in Qatar"), a
    capture by its captives."""
    if _dated(token):
        return True
    kind = trigger_type(token)
    return (kind in (T.STRIKE, T.SANCTIONS_AID) and _doer_and_target(token)) or (
        kind is T.CAPTURE and _named_captives(token)
    )


def _named_captives(token: Token) -> bool:
    """ "after the U.S. capture of Nicolas Maduro", "after the arrest of 11 members in
    Santiago": who was taken, by name or by count."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(n.dep_ == "nummod" for n in g.children))
            for g in c.children
        )
        for c in token.children
    )


def _doer_and_target(token: Token) -> bool:
    """ "Russia's latest strike on the capital's power plants": a named doer and target."""
    return any(
        c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in token.children
    ) and any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children)


def _none_of(token: Token) -> bool:
    """ "no casualties", "no launches": a noun the sentence says there was none of."""
    return is_noun(token) and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _truce_in_force(token: Token) -> bool:
    """A truce a report is set against: "the first launch since the ceasefire", "despite a
    ceasefire that took effect in November"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("since", "after", "despite", "following", "during")
        and (
            _definite(token) or any(c.dep_ == "relcl" and _told_as_past(c) for c in token.children)
        )
    )


_STATUTES = {"law", "statute", "act", "power", "powers", "authority"}
_LETS = {"allow", "let", "permit", "authorize", "authorise", "empower"}


def _power_in_question(token: Token) -> bool:
    """A levy named only as what a law may or may not let a president impose: "the argument
    that an emergency-powers law lets the president impose tariffs", "questioned whether Trump
    could use an emergency law to impose sweeping tariffs". The court weighs a power; no levy
    is told."""
    chain = [token, *list(token.ancestors)[:4]]
    if not any(t.lemma_.lower() in _STATUTES for a in chain for t in a.children):
        return False
    return any(
        a.lemma_.lower() in _LETS
        or any(c.dep_ == "mark" and c.lower_ == "whether" for c in a.children)
        for a in chain
    )


_JUDGING = {"pose", "threaten", "cloud", "dampen"}
_EFFECTS = {"effect", "impact", "risk", "cost", "fallout", "burden", "toll"}


def _levy_judged(token: Token) -> bool:
    """Levies in force that a sentence only judges ("warned that US tariffs posed a fresh risk
    to exporters", "called US tariffs 'bullying'", "the effects of tariffs on inflation"): the
    measures are background, no new levy is told ("the new US tariffs posed a risk" is)."""
    if token.lemma_.lower() not in ("tariff", "duty", "levy") or any(
        c.lower_ in ("new", "fresh", "further", "additional") for c in token.children
    ):
        return False
    head = token.head
    return (
        (token.dep_ == "nsubj" and head.lemma_.lower() in _JUDGING)
        or (token.dep_ == "dobj" and head.lemma_.lower() == "call")
        or (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _EFFECTS)
    )


_REFUSALS = {"refuse", "reject", "rule", "decline"}


def _discussion_refused(token: Token, modality: Modality) -> bool:
    """A matter not discussed, or that one side will not discuss: "policymakers had not
    discussed a larger move", "no such commitment had been discussed", "refused to discuss
    any sale of Greenland". A topic kept off the table, not talks denied."""
    if not (is_verb(token) and token.lemma_.lower() == "discuss"):
        return False
    return modality is Modality.DENIED or any(
        a.lemma_.lower() in _REFUSALS for a in list(token.ancestors)[:3]
    )


def _meets_when(verb: Token) -> bool:
    """A meeting named as the time of something else, with its own day: "is weighing a
    further hike when it meets on Sunday", "unlikely before Dec. 1, when the group next
    meets". The meeting is on the calendar; what it may decide is the open question."""
    return (
        is_verb(verb)
        and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children)
        and any(
            c.lower_ == "next"
            or (c.dep_ in ("prep", "npadvmod") and any(g.ent_type_ == "DATE" for g in c.subtree))
            or (c.dep_ == "advmod" and c.ent_type_ == "DATE")
            for c in verb.children
        )
        or (
            verb.dep_ == "relcl"
            and any(c.lower_ == "when" for c in verb.children)
            and verb.head.ent_type_ == "DATE"
        )
    )


_OPENINGS = {"open", "gather", "convene", "begin", "start"}


def _opens_on_schedule(token: Token) -> bool:
    """A gathering that opens in the present tense ("NATO leaders gather in Ankara on Tuesday",
    "the IAEA board opens its quarterly meeting on Monday"): the calendar's tense, the
    meeting still to be held (five authors of five). A headline or a bulletin tells in the
    present what was held ("Israel, Lebanon open direct talks in Naqoura"), so the sentence
    must end as prose does, and the day be named. What they gather for ("for a two-day
    summit") is that meeting."""
    verb = token if is_verb(token) else token.head if token.dep_ in ("dobj", "nsubj") else None
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        verb = token.head.head
    return (
        verb is not None
        and token.sent.text.rstrip().endswith(".")
        and verb.lemma_.lower() in _OPENINGS
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in verb.children)
        # its day named: a daily summary's "start talks in Saudi Arabia" tells the day's news
        and any(
            g.ent_type_ == "DATE"
            for c in verb.children
            if c.dep_ in ("prep", "npadvmod")
            for g in c.subtree
        )
    )


_PENALTIES = {"tariff", "duty", "levy", "sanction", "impose", "raise", "slap", "suspend", "ban"}


def _levied_unless(token: Token) -> bool:
    """A trade penalty whose clause sets an "unless" for the other side: "would impose a 10%
    tariff on eight European countries unless Denmark agreed to sell Greenland", "would
    suspend crude exports through the Benin pipeline unless Cotonou reopened its border"."""
    if token.lemma_.lower() not in _PENALTIES:
        return False
    verb = _scope(token)
    if not is_verb(verb):
        return False

    # the one who would levy it, not the goods that would face it or a process that would
    # bring it back ("a 30-day process that would reimpose UN sanctions unless a deal ...")
    def a_party(doer: Token | None) -> bool:
        return doer is not None and (
            doer.ent_type_ in ("GPE", "PERSON", "ORG", "NORP") or doer.tag_ == "PRP"
        )

    levier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # who warns: the warning's subject, or for "sent letters ... warning that", the sender's
    warner = next(
        (
            c
            for h in (verb.head, *verb.head.ancestors)
            if is_verb(h)
            for c in h.children
            if c.dep_ == "nsubj"
        ),
        None,
    )
    return (
        verb.head.lemma_.lower() in ("threat", "ultimatum")  # "Trump's threat to impose"
        or a_party(levier)
        # "warned that tariffs of 25% to 40% would kick in on Aug. 1 unless they struck
        # deals": the levy itself the subject, in the warning of the one who would levy it
        or (
            token.dep_ == "nsubj"
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in ("warn", "threaten")
            and a_party(warner)
        )
    ) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )


_ODDS_WORDS = {"possible", "impossible", "unlikely", "premature", "remote", "doubtful"}
_SEEMING = {"be", "look", "seem", "appear", "remain"}


def _judged_possible(token: Token) -> bool:
    """An event whose sentence only weighs its chance: "a winter ceasefire is possible", "a
    full truce looks out of reach", "a deal seems unlikely before March"."""
    verb = token.head
    if not (is_noun(token) and token.dep_ == "nsubj" and verb.lemma_.lower() in _SEEMING):
        return False
    return any(
        # (not "the talks are unlikely to produce a breakthrough": a judgement of their outcome)
        (c.dep_ == "acomp" and c.lower_ in _ODDS_WORDS and not any(c.children))
        or (c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "reach" for g in c.subtree))
        for c in verb.children
    )


def _may_be_called_off(token: Token) -> bool:
    """ "a planned meeting with Xi might be cancelled": only a risk to what is still planned."""
    head = token.head
    return (
        token.dep_ in ("dobj", "nsubjpass")
        and head.lemma_.lower() in _CANCEL
        and any(c.dep_ == "aux" and c.lower_ in ("might", "may", "could") for c in head.children)
    )


def agreed_alone(verb: Token) -> bool:
    """One party agreeing to a measure of its own: "OPEC+ agreed to raise output", "the
    European Union agreed to use frozen assets". A decision, not a deal between parties
    ("Israel and Hamas agreed to", "the two sides agreed", "agreed with Kyiv to")."""
    if verb.lemma_.lower() != "agree" or not (
        any(c.dep_ == "xcomp" for c in verb.children) or _agreed_change(verb)
    ):
        return False
    subject = _agreeing_subject(verb)
    if subject is None or (subject.lemma_.lower() in _PARTIES and not _of_a_bloc(subject)):
        # ("the two countries agreed"; not "eight OPEC+ countries agreed", one bloc)
        return False
    if any(c.dep_ in ("conj", "nummod") for c in subject.children) and not _of_a_bloc(subject):
        return False
    if any(
        c.dep_ == "prep"
        and (
            c.lower_ == "between"
            # "agreed with Kyiv to"; not "agreed to unwind cuts, with a modest increase in
            # October", which tells the measure
            or (
                c.lower_ == "with"
                and not any(_is_amount(g) or g.lemma_.lower() in _CHANGES for g in c.children)
            )
        )
        for c in verb.children
    ):
        return False
    if _on_someones_word(verb) and any(
        c.dep_ == "xcomp" and _trade_concession(c) for c in verb.children
    ):
        return False
    # "agreed to pause its export controls in exchange for lower tariffs": a bargain
    words = [w.lower_ for w in verb.subtree]
    return not any(
        words[k : k + 2] in (["in", "exchange"], ["in", "return"]) for k in range(len(words))
    )


def _agreed_change(verb: Token) -> bool:
    """A change agreed as a noun: "agreed to a second straight hike", "agree a further output
    increase"."""
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _CHANGES)
        or (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.lemma_.lower() in _CHANGES for g in c.children)
        )
        for c in verb.children
    )


_CONCEDED = {"pause", "suspend", "delay", "cut", "lower", "drop", "lift", "remove", "scrap"}
_CONCEDED_MEASURES = {"tariff", "tariffs", "duty", "duties", "control", "controls", "curb"}
_CONCEDED_MEASURES |= {"curbs", "levy", "levies", "counter-tariffs"}


def _on_someones_word(verb: Token) -> bool:
    """A verb told on someone's word: "Sheinbaum said Trump had agreed", "Beijing agreed ...,
    the ministry said"."""
    return (
        verb.dep_ == "ccomp"
        or (verb.dep_ == "conj" and verb.head.dep_ == "ccomp")
        or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        or any(
            c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in ("say", "announce", "report")
            for c in verb.children
        )
    )


def _trade_concession(verb: Token) -> bool:
    """A party giving ground on its own trade measure, on someone's word: "Sheinbaum said
    Trump had agreed to pause the 25% tariffs", "Beijing agreed to suspend its rare-earth
    export controls, the ministry said". Eight rows of seven authors mark the deal it is
    part of, beside the measure; narrated ("Trump agreed on Monday to pause the tariffs"),
    four authors read the pause alone."""
    return verb.lemma_.lower() in _CONCEDED and any(
        o.lemma_.lower() in _CONCEDED_MEASURES or o.lower_ in _CONCEDED_MEASURES
        for o in verb.children
        if o.dep_ == "dobj"
    )


# ("eight OPEC+ producers agreed")
_BLOC_MEMBERS = {
    "leader",
    "ally",
    "minister",
    "member",
    "government",
    "state",
    "country",
    "producer",
}
_BLOCS = {"group", "cartel", "bloc", "alliance", "opec+", "opec"}


def _agreed_as_a_bloc(verb: Token) -> bool:
    """The members of one bloc agreeing among themselves ("NATO leaders", "EU governments",
    "the group" of OPEC+), as against one state agreeing to another's terms ("Colombia agreed
    to accept deportation flights")."""
    subject = _agreeing_subject(verb)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return (subject.tag_ == "NNS" and lemma in _BLOC_MEMBERS) or lemma in _BLOCS


def _agreeing_subject(verb: Token) -> Token | None:
    """Who agrees, also when the agreeing is the means of another act: "OPEC+ surprised the
    market by agreeing to raise output"."""
    doer = verb.head.head if verb.dep_ == "pcomp" else verb
    return next(
        (
            c
            for c in doer.children
            # the small model may read a sentence's opening "OPEC+" as the adverb "more"
            if c.dep_ == "nsubj" or (c.lower_ in _BLOCS and c.i < doer.i and c.i == 0)
        ),
        None,
    )


def _of_a_bloc(subject: Token) -> bool:
    """Members a bloc's name qualifies, however many: "eight OPEC+ members"."""
    return subject.lemma_.lower() in _BLOC_MEMBERS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _BLOCS for c in subject.children
    )


def _decided_alone_by(token: Token) -> Token | None:
    """The "agree" of one party whose measure this is ("OPEC+ agreed to raise output")."""
    for a in token.ancestors:
        if a.lemma_.lower() == "agree":
            return a if agreed_alone(a) else None
        if a.dep_ in ("conj", "advcl", "ccomp", "parataxis", "relcl"):
            return None  # (nor "..., a move Moscow threatened to answer": another's act)
    return None


_REQUESTED = {"invoke", "request", "ask", "seek", "call", "demand"}


def _talks_requested(token: Token) -> bool:
    """Talks one party invokes or asks for: still to be held."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        head = head.head  # "asked for consultations"
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _REQUESTED


def _called_off(token: Token) -> bool:
    """An event cancelled or shelved: "the summit has been put on hold", "postponed the talks";
    talks, which run on, also when suspended, ended or broken off ("said he was ending all
    trade negotiations with Canada"; a summit "ended" was held)."""
    head = token.head
    if token.dep_ not in ("dobj", "nsubjpass") or not is_verb(head):
        return False
    if _may_be_called_off(token):
        return False
    lemma = head.lemma_.lower()
    talks = token.lemma_.lower() in _TALK_NOUNS
    if lemma == "postpone" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "until", "till") for c in head.children
    ):
        return False  # "the planned exchange was postponed to next week": moved, still to come
    if (
        talks
        and lemma == "end"
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "after") for c in head.children)
    ):
        return False  # "ended indirect talks in Muscat after two hours": held, and over
    if lemma in _CANCEL or (talks and lemma in _TALKS_STOPPED):
        return True
    particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
    held = any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "hold" for g in c.children)
        for c in head.children
    )
    return (
        (lemma == "call" and "off" in particles)
        or (talks and lemma == "break" and "off" in particles)
        or (lemma == "put" and held)
    )


def _told_as_past(verb: Token) -> bool:
    """A verb in the simple past or the past perfect: what it follows has happened. A past
    participle with an active subject and no auxiliary is a simple past the tagger misread
    ("12 tankers diverted away after a missile alert")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        "had" in auxiliaries
        or auxiliaries in (["was"], ["were"])  # the simple past in the passive
        or (not auxiliaries and any(c.dep_ == "nsubj" for c in verb.children))
    )


def _warned_as_done(token: Token) -> bool:
    """The word's clause is in the past perfect ("jamming had disrupted flights", "drones had
    crossed the border")."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token if is_verb(token) else None
    return (
        verb is not None
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    )


_PAST_MARKS = {"last", "previous", "earlier", "ago", "since", "overnight"}


def _dated_past(noun: Token) -> bool:
    """A noun phrase dated back by its own words: "a series of cuts last year", "a run of
    cuts since September"."""
    return any(
        c.lower_ in _PAST_MARKS
        or (c.ent_type_ == "DATE" and any(w.lower_ in _PAST_MARKS for w in c.subtree))
        for c in noun.children
        if c.dep_ in ("prep", "npadvmod", "amod", "advmod")
    )


def _is_amount(token: Token) -> bool:
    """A sum or a count: "$12 billion in aid", "1 billion euros in military aid"."""
    return (
        token.like_num
        or token.ent_type_ in ("MONEY", "CARDINAL")
        or any(c.like_num for c in token.children if c.dep_ in ("nummod", "quantmod", "compound"))
    )


def _runs_its_course(verb: Token) -> bool:
    """A verb that tells how its subject goes ahead, not what it does to others: "the talks
    would resume", "tariffs would take effect", "the package would be approved" (while "a
    strike would disrupt oil markets" supposes the strike)."""
    lemma = verb.lemma_.lower()
    return (
        lemma in _OWN_COURSE
        or (
            # "tariffs would take effect", "talks would take place in Muscat next month"
            lemma == "take"
            and any(c.dep_ == "dobj" and c.lower_ in ("effect", "place") for c in verb.children)
        )
        # "said talks would be held next Saturday"
        or (lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children))
    )


def _came_into_force(verb: Token) -> bool:
    """ "took effect", "came into force" in the past: a measure or a truce now in force."""
    lemma = verb.lemma_.lower()
    return verb.tag_ == "VBD" and (
        (lemma == "take" and any(c.lower_ == "effect" for c in verb.children))
        or (lemma == "come" and any(c.lower_ == "into" and c.dep_ == "prep" for c in verb.children))
    )


_MEETINGS = {"meeting", "talks", "summit", "negotiation", "negotiations", "call", "round"}
_ENDED = {"end", "conclude", "collapse", "stall", "fail", "break"}


def _meeting_ended(noun: Token, verb: Token) -> bool:
    """ "after his Oval Office meeting with Trump ended in a shouting match": the meeting was
    held."""
    return noun.lemma_.lower() in _MEETINGS and verb.tag_ == "VBD" and verb.lemma_.lower() in _ENDED


def _anaphoric(token: Token, claims: list[FoundClaim]) -> bool:
    """A definite noun that refers back to a known event rather than reports one.

    "the strikes would have everlasting consequences", "called the incursion a provocation",
    "dismissed the claimed death toll": the sentence judges the event, it does not report it.
    """
    if is_noun(token) and any(c.lower_ == "such" for c in token.children):
        return True  # "..., the 17th such swap this year": the act just told, counted
    if not is_noun(token) or not _definite(token):
        return False
    head = token.head
    if (
        token.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
        # "the talks would resume next week" tells when they happen
        and not _runs_its_course(head)
    ):
        return True
    if token.dep_ == "dobj" and any(c.dep_ == "oprd" for c in head.children):
        return True  # "called X a Y"
    if token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in _TEMPORAL for c in head.children
    ):
        # "before the truce took effect"; while "after the truce took effect" tells that it did,
        # unless it only dates a charge or its denial ("denied firing after the truce took
        # effect")
        dated = head.head  # what the time clause dates
        charged = any(
            (c.stance.disputes or c.stance is Stance.ACCUSE)
            and (c.verb_index == dated.i or c.content_start <= dated.idx < c.content_end)
            for c in claims
        )
        return charged or not (
            (_came_into_force(head) or _meeting_ended(token, head))
            and any(c.lower_ == "after" for c in head.children)
        )
    if token.dep_ == "dobj" and head.lemma_.lower() in _REFERRING:
        return True
    if token.dep_ == "nsubj" and head.lemma_.lower() in _SHOWING:
        return True  # "the strike showed that Moscow had no interest in peace"
    refusals = {c.verb_index for c in claims if c.stance.disputes}
    return token.dep_ == "dobj" and head.i in refusals


def _generic(token: Token) -> bool:
    """A bare plural that names a kind of measure, not one measure: "tariffs were pushing up
    prices", "sanctions have hurt growth"; or any deal of a kind, refused by its terms:
    "rejected any deal that would require Kyiv to cede territory", "ruled out any agreement
    reached without its participation" (the terms are the events, not the deal)."""
    if (
        token.lemma_.lower() in _DEALS
        and token.dep_ == "dobj"
        and _rejects(token.head)
        and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)
        and any(c.dep_ in ("relcl", "acl") for c in token.children)
    ):
        return True
    return (
        token.tag_ == "NNS"
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.lemma_.lower() in ("tariff", "sanction", "sanctions")
        and token.n_lefts + token.n_rights == 0
        and trigger_type(token.head) is None
        and not any(c.lower_ in _FUTURE_WORDS for c in token.head.children)  # "will remain"
        # "if sanctions were lifted": a measure acted on is the one in force
        and token.head.lemma_.lower() not in _ACTED_ON
    )


_ACTED_ON = {"lift", "ease", "remove", "impose", "tighten", "relax", "reimpose", "scrap", "drop"}


def _gathering_ahead(noun: Token, verb: Token) -> bool:
    """A summit (or a meeting named for its place, "a Ramstein meeting") where something is
    still to be done: "will try again at a summit in Brussels on Thursday", "is expected to
    announce a package at a Ramstein meeting", "would strike a deal at Friday's summit". One
    already held, "agreed at a summit", is the scene of what was agreed; a bank's "at its March
    meeting" is its decision."""
    lemma = noun.lemma_.lower()
    if not (
        lemma == "summit"
        or (
            lemma == "meeting"
            and any(
                c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.ent_type_ not in _WHEN
                for c in noun.children
            )
        )
    ):
        return False
    if lemma == "summit" and _dated(noun) and not _told_as_past(verb):
        # "would strike a deal at Friday's summit in Alaska", "are set to endorse a target at
        # a summit in The Hague on Tuesday": a summit of its own day, not yet held
        return True
    current = verb
    while True:
        if (
            any(
                (c.dep_ == "aux" and c.lower_ in _FUTURE_WORDS)
                or (c.dep_ == "acomp" and c.lower_ in _EXPECTED)
                for c in current.children
            )
            or current.lemma_.lower() in _FUTURE_LEMMAS | _SCHEDULING
        ):
            return True
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head


def _rejects(verb: Token) -> bool:
    """ "rejected", "refused", "ruled out"."""
    return verb.lemma_.lower() in ("reject", "refuse") or (
        verb.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )


def _clause(token: Token, stops: set[int]) -> list[Token]:
    """The trigger and the words governing it, up to a claim's verb or the root."""
    chain = [token]
    current = token
    # spaCy makes a new Token object on each access: compare positions, not identity
    while current.head.i != current.i and current.head.i not in stops and not _own_clause(current):
        current = current.head
        chain.append(current)
    return chain


_REASONS = {"because", "since", "as", "though", "although", "while", "whereas"}


def _own_clause(verb: Token) -> bool:
    """A clause the words above it do not govern: one coordinated with its own subject ("No
    impacts were reported, but alerts sounded"), one giving a reason or a concession
    ("no evidence was needed because the drones had been destroyed") or a past occasion set
    off by a comma (", hours after Beijing suspended seafood imports")."""
    if not is_verb(verb):
        return False
    if verb.dep_ == "conj":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if narrators_aside(verb):
        return True  # ", which Washington designated a terrorist organisation on Monday"
    if verb.dep_ == "advcl" and _background([verb], set_off=True):
        return True  # "..., hours after Beijing suspended seafood imports": told, not supposed
    if (
        verb.tag_ == "VBG"
        and (verb.head.is_punct or (verb.dep_ == "advcl" and verb.i < verb.head.i))
        and after_comma(verb.left_edge)
        and (
            verb.right_edge.text == ","
            or (
                verb.right_edge.i + 1 < len(verb.doc)
                and verb.doc[verb.right_edge.i + 1].text == ","
            )
        )
    ):
        # "Netanyahu, meeting Trump in Florida on Monday, reportedly sought ...": a participle
        # set off by commas between a subject and its verb tells its own act
        return True
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() == "fail"
        and after_comma(verb.left_edge)
    ):
        return True  # "after interceptors failed to bring it down, injuring six": it hit
    if _done_before_what_follows(verb):
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _REASONS | {"before"} for c in verb.children
    )


_LASTING = {"remain", "stay", "continue", "return", "resume"}


def _done_before_what_follows(verb: Token) -> bool:
    """A past act a state to come follows ("outage schedules would return from Thursday after
    overnight strikes damaged three plants", "would shoot down any drone after one was downed
    in April"): told as done. Not a condition told in the past of reported speech ("would
    deploy troops after Israeli forces pulled back", "would take effect only after sanctions
    were lifted")."""
    after = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if verb.dep_ != "advcl" or after is None or not _told_as_past(verb):
        return False
    if after.i > 0 and verb.doc[after.i - 1].lower_ == "only":
        return False
    head = verb.head
    to_come = any(c.dep_ == "aux" and c.lower_ in _FUTURE_WORDS | {"would"} for c in head.children)
    return (
        not to_come
        or head.lemma_.lower() in _LASTING
        or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    )


def _without_proof(without: Token) -> bool:
    """ "claimed without (providing) evidence": a hedge on the claim, which the parser may hang
    the claim's content from, not an act left undone."""
    return any(
        c.lemma_.lower() in ("evidence", "proof")
        or (
            c.dep_ == "pcomp"
            and any(
                g.dep_ == "dobj" and g.lemma_.lower() in ("evidence", "proof") for g in c.children
            )
        )
        for c in without.children
    )


_WITHHELD = {"refuse", "decline", "fail"}


def _room_for(token: Token) -> bool:
    """An act there is room or scope for ("the RBI has room for a final 25bp cut"): possible,
    not decided."""
    if any(is_noun(a) and a.lemma_.lower() in _ROOM for a in token.ancestors):
        return True
    # "gives Takaichi room to pass a budget and lift defence spending", the parser's
    # infinitive on the verb beside the room
    verb = token.head if token.dep_ == "conj" else token
    return (
        is_verb(verb)
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _ROOM for c in verb.head.children)
    )


_ROOM = {"room", "scope", "leeway"}


def _not_ruled_out(token: Token) -> bool:
    """An act someone would not rule out ("won't rule out a June move", "declined to rule out
    another cut", "a hike could not be ruled out"): a possibility left open."""
    ruling = next(
        (
            h
            for h in token.ancestors
            if h.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in h.children)
        ),
        None,
    )
    if ruling is None:
        return False
    return any(c.dep_ == "neg" for c in ruling.children) or (
        ruling.dep_ == "xcomp"
        and (
            ruling.head.lemma_.lower() in _WITHHELD
            or any(c.dep_ == "neg" for c in ruling.head.children)
        )
    )


def _litotes(verb: Token) -> bool:
    """A verb whose denial affirms what follows: "would not hesitate to strike"."""
    return verb.lemma_.lower() == "hesitate"


def _markers(chain: list[Token]) -> set[str]:
    """Auxiliaries, subordinators, negations and prepositions on the chain (not the trigger)."""
    words: set[str] = set()
    for k, t in enumerate(chain):
        if k and t.pos_ != "PROPN":  # (the month "May" is no "may")
            words.add(t.lower_)
            words.add(t.lemma_.lower())
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "due":
                continue  # "died ... due to the blockade" gives a cause; "due to resume" a date
            if child.dep_ == "neg" and _litotes(t):
                continue  # "would not hesitate to cut": will cut
            if child.dep_ in ("aux", "auxpass", "mark", "neg", "advmod", "prep", "det"):
                words.add(child.lower_)
            elif child.dep_ == "advcl" and not any(g.lower_ == "even" for g in child.children):
                # "would keep raising rates if the economy performed": the condition governs
                # ("even if they agree, the levy is likely to stay" concedes, it sets none)
                words.update(g.lower_ for g in child.children if g.dep_ == "mark")
    return words


def _between_others(act: Token) -> bool:
    """ "Trump announced a ceasefire between Israel and Iran": an act between parties the
    announcer is not one of is only his word for it."""
    announcer = next((c for c in act.head.children if c.dep_ == "nsubj"), None)
    parties = [
        p
        for prep in act.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for o in prep.children
        if o.dep_ == "pobj"
        for p in (o, *o.conjuncts)
    ]
    return (
        announcer is not None
        and bool(parties)
        and announcer.lemma_.lower() not in {p.lemma_.lower() for p in parties}
    )


def _claim_of(token: Token, claims: list[FoundClaim]) -> FoundClaim | None:
    """The innermost claim whose content holds the trigger, by span or by the parse.

    The parse catches clauses a claim's span leaves out ("Iran fired missiles, most of which
    were intercepted, the military said"); a phrase on the claim verb itself ("pledged at talks
    in Berlin") is the narrator's and stays outside.
    """
    inside = [c for c in claims if c.content_start <= token.idx < c.content_end]
    if inside:
        return max(inside, key=lambda c: c.content_start)
    verbs = {c.verb_index: c for c in claims if c.verb != "according to"}
    current = token
    # "said the summit was off, and the Treasury sanctioned Rosneft hours later": a clause
    # with its own subject, hung on the content but left out of it, is the narrator's
    own_clause: Token | None = None
    while current.head.i != current.i:
        if narrators_aside(current):
            return None  # "denied it directs the cartel, which Washington designated ..."
        if (
            current.dep_ == "conj"
            and current.tag_ == "VBD"  # told as done, not a second "are injured" reported
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
        ):
            own_clause = current
        if (
            current.dep_ == "advcl"
            and current.tag_ == "VBG"
            and after_comma(current.left_edge)
            and any(
                token.doc[c.verb_index].lemma_.lower() in ("rule", "find")
                and c.content_start <= current.head.idx < c.content_end <= current.idx
                for c in claims
            )
        ):
            return None  # "ruled that ..., striking down the levies": the court's own act
        if current.head.i in verbs:
            claim = verbs[current.head.i]
            if current.i < current.head.i and claim.content_start > current.head.idx:
                # "Modi held talks with Xi on Sunday, and Indian officials said the two had
                # agreed ...": the report says what follows it; the clause before is told
                return None
            if current.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") and not (
                own_clause is not None and own_clause.idx >= claim.content_end
            ):
                return claim
            return None
        current = current.head
    return None


_OVERSTATED = {"inflated", "exaggerated", "overstated", "overblown"}


def _count_disputed(denial: Token) -> bool:
    """A denial that calls a figure too high ("dismissed as inflated"): the count is disputed,
    not the act it counts."""
    return any(w.lower_ in _OVERSTATED for w in denial.subtree)


def _answered_with_denial(token: Token, claim: FoundClaim, claims: list[FoundClaim]) -> bool:
    """Whether the sentence reports the act ``claim`` asserts as denied as well: a denial or
    rejection of the very same content ("..., a charge Abu Dhabi has rejected"). The
    sentence's last word on that act is the denial; the setting the claim tells it in ("since
    the ceasefire took effect") is not what was denied."""
    if claim.stance not in (Stance.ASSERT, Stance.ACCUSE) or not any(
        other.stance.disputes
        and (
            (other.content_start, other.content_end) == (claim.content_start, claim.content_end)
            or _charge_taken_up(other, claim)
        )
        # "a figure Israel dismissed as inflated": the count is disputed, not the deaths
        and not _count_disputed(token.doc[other.verb_index])
        for other in claims
    ):
        return False

    def inside(t: Token) -> bool:
        return claim.content_start <= t.idx < claim.content_end

    roots = [t for t in token.doc if inside(t) and (t.head.i == t.i or not inside(t.head))]
    # "accused the UAE of supplying drones": the act is what the accused did
    preps = [t for root in roots for t in (root, *root.children) if t.lower_ == "of"]
    acts = [g for prep in preps for g in prep.children if g.dep_ == "pcomp"]
    verb = _verb_telling(token)
    if token.dep_ == "nsubj" and trigger_type(token.head) is None:
        verb = token.head  # "Russian GPS jamming had disrupted 1,150 flights": the subject acts
    # "..., wounding two soldiers": what the act did goes with it
    done_by_it = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head in roots
    # "tried to strike the plant", "of violating the truce by shelling a village": the act
    # tried, or the means of the charged act, is what was charged (four rows of four authors
    # gained, two lost)
    tried = verb.dep_ == "xcomp" and verb.head in (*roots, *acts)
    means = verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head in (*roots, *acts)
    return verb in roots or verb in acts or done_by_it or tried or means


_TAKEN_UP = re.compile(
    r"^(the|this|that|these|those|such)( \w+)? (claims?|reports?|allegations?|accusations?|charges?"
    r"|assertions?)$",
    re.I,
)


# "..., but the military denied losing any aircraft", "India denies any drone lost": the
# other side denies the loss the claim's strike or downing would have caused
_LOSS_DENIED = re.compile(r"^(?:(?:losing|having lost) any \w+|any \w+ (?:was |were )?lost)", re.I)


def _charge_taken_up(denial: FoundClaim, claim: FoundClaim) -> bool:
    """A later denial whose content only names the charge ("accused Armenian forces of
    firing ..., but Yerevan denied the accusation", "claimed ..., but Kyiv dismissed the
    report as false") or the loss it would have caused ("denied losing any aircraft")."""
    said = denial.content
    return denial.content_start >= claim.content_end and (
        _TAKEN_UP.match(said) is not None or _LOSS_DENIED.match(said) is not None
    )


def _what_talks_are_on(token: Token) -> bool:
    """The deal or truce talks are held on: "talks on a truce", "negotiations over a swap",
    "ministers to meet in Jeddah on Monday on a 90-day humanitarian truce"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("on", "over", "about", "toward", "towards")
        and token.head.head.lemma_.lower() in _TALK_NOUNS | {"meet", "negotiate"}
    )


def _named_in_denial(token: Token, claims: list[FoundClaim]) -> bool:
    """Whether ``token`` is the noun by which a denial names what it denies ("..., a toll
    Israel has dismissed as false")."""
    denials = {c.verb_index for c in claims if c.stance.disputes}
    return any(
        c.dep_ == "relcl" and c.i in denials and not _count_disputed(c) for c in token.children
    )


def _subject(chain: list[Token]) -> Token | None:
    """The first subject on the way up from the trigger: who does it."""
    for t in chain:
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                return c
    return None


def _step_followed(token: Token) -> Token | None:
    """What an event is said to follow: the truce in "a humanitarian truce, followed by a
    permanent ceasefire" (or "to be followed by"), the meeting in "is scheduled to meet on Oct.
    1, followed by a full ministerial meeting in Vienna"."""
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_ == "follow":
        return token.head.head.head
    if token.dep_ == "conj":
        return _step_followed(token.head)  # "followed by a ceasefire and a transition"
    return None


def _vows(verb: Token) -> bool:
    """ "vowed", "pledged", "swore"; not a leader "sworn in", who takes office."""
    return verb.lemma_.lower() in VOWS and not any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
    )


def _menace(
    token: Token,
    chain: list[Token],
    claim: FoundClaim | None,
    kind: EventType,
    side_of: Callable[[str], str] | None = None,
) -> bool:
    """A harm the speaker or its side would inflict: a threat, though said as a vow or a warning.

    "vowed to keep attacking Israel", "a retaliatory strike", "warned that he would impose
    tariffs", "warned Tehran that the United States was ready to act", "warned that any troops
    would be treated as targets" (agentless: the speaker's side would do it). A warning about
    what another party will do ("warned that Moscow was laying the groundwork for strikes")
    stays a prediction.
    """
    if (
        claim is not None
        and answered_with(token)
        # "would retaliate with its own tariffs" is told by the verb, which names the act
        and trigger_type(token.head.head) is None
        and any(c.lower_ in ("would", "will") for c in token.head.head.children)
    ):
        return True  # "Ottawa said it would answer with levies on C$28 billion of US goods"
    if kind not in _VIOLENT | {T.INTERCEPTION}:  # ("warned that such jets would be shot down")
        return False
    if any(c.lemma_.lower() in _RETALIATORY for c in token.children if c.dep_ == "amod"):
        # "its retaliatory strikes across the Strip killed at least 38": done, not threatened
        return not (token.dep_ == "nsubj" and _told_as_past(token.head))
    vowed = claim is not None and claim.stance in (Stance.PROMISE, Stance.WARN)
    if token.lemma_.lower() in RETALIATIONS | {"response"} and (
        vowed or any(_vows(t) for t in chain)
    ):
        # "vowed to retaliate against the new sanctions", "warned that strikes would draw an
        # overwhelming response"
        return True
    if any(_vows(t) for t in chain[1:]) or (
        claim is not None and claim.stance is Stance.PROMISE and kind is not T.SANCTIONS_AID
    ):
        return kind is not T.SANCTIONS_AID or any(t.lemma_.lower() == "vow" for t in chain[1:])
    if claim is None:
        return False
    if (
        kind is T.STRIKE
        and claim.stance in (Stance.ASSERT, Stance.WARN)
        and (_set_against_another(chain) or _at_all_comers(token) or _narrowed_to_a_kind(token))
        and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would") for t in chain for c in t.children
        )
    ):
        # "the military would intensify strikes in Lebanon unless Hezbollah was disarmed",
        # "the group would resume attacks if the Gaza ceasefire collapsed": force set against
        # another's act is a threat, whoever reports it ("could strike" only weighs it, "would
        # strike again if attacked" names no other party). So is force promised against
        # whoever crosses the speaker ("would fire on any vessel that ignored the ban", "would
        # target any company's ships": five rows of four authors gained, none lost; none marks
        # it planned) and a campaign narrowed to a kind of target ("would limit attacks in the
        # Red Sea to Israeli-linked vessels", "will now target only ships linked to Israel")
        return True
    if claim.stance is Stance.ASSERT:
        # "Israel will resume strikes on Gaza if Hamas does not hand over the remains, Katz
        # said": the speaker's side's strike on a condition is a threat, as a warning is
        if kind is not T.STRIKE or not _on_condition(chain):
            return False
    elif claim.stance is not Stance.WARN:
        return False
    verb = token.doc[claim.verb_index]
    listener = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    subject = _subject(chain)
    if (
        subject is not None
        and subject.i == token.i
        and listener is not None
        and claim.stance is Stance.WARN
        and kind is T.STRIKE
    ):
        # "warned Iran that future attacks would be far greater unless it made peace": the
        # speaker's attacks, as none other is named ("warned Washington that a US strike on
        # Iran would disrupt oil markets" names the doer and tells a consequence)
        return not any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in token.children)
    if subject is None or subject.i == token.i:
        return False  # "a US strike on Iran would disrupt oil markets": a consequence
    speaker = claim.speaker.lower()
    name = subject.text.lower()
    if claim.stance is Stance.ASSERT:
        side = side_of(claim.speaker) if side_of is not None and speaker else ""
        return bool(speaker) and (
            name in speaker or speaker in name or (bool(side) and side == side_of(subject.text))  # type: ignore[misc]
        )
    if subject.dep_ == "nsubjpass":
        return not any(c.dep_ == "agent" for c in subject.head.children)
    if subject.lower_ in _PRONOUNS:
        return listener is None  # "warned Kyiv that it could lose support": "it" is Kyiv
    if listener is not None:
        return listener.i != subject.i and listener.text.lower() != name
    if bool(speaker) and (name in speaker or speaker in name):
        return True
    # "Putin warned that Russia could target arms factories": the speaker's own side
    side = side_of(claim.speaker) if side_of is not None and speaker else ""
    return bool(side) and side == side_of(subject.text)  # type: ignore[misc]


def _set_against_another(chain: list[Token]) -> bool:
    """The clause's condition is another party's act: "... unless Hezbollah was disarmed",
    "... if the Gaza ceasefire collapsed"; not "if attacked", which names no one."""
    subject = _subject(chain)
    return any(
        c.dep_ == "advcl"
        and _conditioned(c)
        and any(
            g.dep_ in ("nsubj", "nsubjpass")
            and g.lower_ not in _PRONOUNS
            and (subject is None or g.lower_ != subject.lower_)
            for g in c.children
        )
        for t in chain
        for c in t.children
    )


def _at_all_comers(token: Token) -> bool:
    """An attack aimed at "any" of a kind ("strike any country found to be harbouring the
    attackers", "fire on any vessel", "target any company's ships", "attacks on ships of any
    company"): whoever does what the speaker forbids."""
    aimed = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    aimed += [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    owners = [
        g
        for a in aimed
        for g in a.children
        if g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ == "of")  # "ships of any company"
    ]
    owners += [g for o in owners if o.dep_ == "prep" for g in o.children if g.dep_ == "pobj"]
    return any(c.dep_ == "det" and c.lower_ == "any" for a in (*aimed, *owners) for c in a.children)


def _narrowed_to_a_kind(token: Token) -> bool:
    """Attacks limited to a kind of target: "restrict attacks ... to vessels owned by
    Israelis", "target only ships linked to Israel"."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in ("limit", "restrict", "confine"):
        return any(
            c.dep_ == "prep" and c.lower_ == "to" for c in (*token.head.children, *token.children)
        )
    return any(
        g.dep_ == "advmod" and g.lower_ == "only"
        for o in token.children
        if o.dep_ in ("dobj", "obj")
        for g in o.children
    )


def _verb_telling(token: Token) -> Token:
    """The verb of the act a trigger names: itself, or the verb whose particle or object it
    is ("shot down five jets", "had opened fire on its posts")."""
    return token.head if token.dep_ in ("prt", "dobj") else token


def _leave_to_act(token: Token) -> bool:
    """The act is what a party is allowed to do ("allowing Poland to shoot down Russian
    missiles", "allowing the Pentagon to use military force"), named by its verb, its
    particle or its object."""
    verb = _verb_telling(token)
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.head.lemma_.lower() == "allow"
        and not any(c.dep_ == "neg" for c in verb.head.children)
    )


def _on_condition(chain: list[Token]) -> bool:
    """Whether the clause is said to happen on a condition ("... if Hamas does not hand
    over the remains", "... unless it made peace")."""
    return any(c.dep_ == "advcl" and _conditioned(c) for t in chain for c in t.children)


def _background(chain: list[Token], set_off: bool = False) -> bool:
    """A past-tense clause of time or cause ("after Washington raised tariffs", ", as the bank
    trimmed rates"): the narrator's, unless it tells a plan (", as Zelenskiy prepared to
    return for talks"). With ``set_off``, only one after a comma (", after gunmen killed 26
    people")."""
    return any(
        t.dep_ == "advcl"
        and t.tag_ == "VBD"
        and t.lemma_.lower() not in _FUTURE_LEMMAS
        and any(
            c.dep_ == "mark" and c.lower_ in ("after", "since", "when", "because", "as")
            for c in t.children
        )
        and (not set_off or after_comma(t.left_edge))
        # "after the summit ended without a ceasefire deal": the deal is what it lacked
        and not any(w.lower_ == "without" and w.dep_ == "prep" for w in chain[:k])
        for k, t in enumerate(chain)
    )


_LEVIED_FIRMS = {"maker", "company", "firm", "importer", "manufacturer", "producer", "exporter"}


def _spared_unless(token: Token) -> bool:
    """A levy whose "unless" clause is what the taxed firms themselves do ("unless companies
    were building plants in the United States")."""
    for verb in [token, *list(token.ancestors)[:3]]:
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "unless" for c in clause.children
            ):
                return any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _LEVIED_FIRMS
                    for c in clause.children
                )
    return False


def _package_terms(token: Token) -> bool:
    """A verb telling what an adopted package does ("The EU's 18th package, agreed on Friday,
    lowers the cap ... and lists 105 more vessels"): the package's terms, decided with it."""
    if not is_verb(token):
        return False
    verb = token
    while verb.dep_ == "conj" and is_verb(verb.head):
        verb = verb.head
    if verb.dep_ == "relcl":
        package = verb.head
    else:
        package = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return package is not None and package.i != token.i and _package_adopted(package)


def _of_adopted_package(token: Token) -> bool:
    """An adopted sanctions package or what it does: decided, not ahead."""
    return _package_adopted(token) or _package_terms(token)


def _package_adopted(token: Token) -> bool:
    """A sanctions package told as agreed, approved or adopted: the decision, whatever dates
    its terms set ("agreed to a 21st sanctions package that lowers the cap ... from Sept. 3")."""
    verbs = [token.head, *(c for c in token.children if c.dep_ in ("acl", "relcl"))]
    if token.dep_ == "pobj":
        verbs.append(token.head.head)
    return any(
        adopted_package(v) is not None
        and (_told_as_past(v) or (v.dep_ == "acl" and v.tag_ == "VBN"))  # ", agreed on Friday,"
        for v in verbs
    )


_OFFERS = {"offer", "proposal", "invitation", "call"}


def _offered(token: Token) -> bool:
    """The event an offer is of: "Seoul's offer of military talks"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("of", "for")
        and token.head.head.lemma_.lower() in _OFFERS
    )


def _any_such(token: Token) -> bool:
    """ "any ceasefire that froze the front line", "any deal reached without its
    participation": a kind of event, restricted by a clause of its own."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in token.children) and any(
        c.dep_ in ("relcl", "acl") for c in token.children
    )


_SHELVING = {"pause", "delay", "suspend", "postpone"}
_MASSED = {"mass", "amass", "concentrate", "gather", "prepare", "preparation", "regroup"}


def _massed_for(token: Token) -> bool:
    """An offensive troops are massed or readied for: "massing troops for a new offensive
    toward Zaporizhzhia", "preparations for a new offensive": still to come."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    massed = token.head.head
    if massed.lemma_.lower() not in _MASSED and is_noun(massed) and massed.dep_ == "dobj":
        massed = massed.head  # "concentrated about 110,000 troops for ...", hung on the troops
    return massed.lemma_.lower() in _MASSED


def _answered_by_fire(token: Token, claims: list[FoundClaim]) -> bool:
    """A truce one side announced that another's report, later in the sentence, answers with
    attacks or deaths ("the junta announced a ceasefire ..., but the Kachin Independence Army
    said airstrikes had continued"): on the announcer's word (three authors of four)."""
    announced = token.doc[token.head.i]
    for other in claims:
        if other.verb_index <= announced.i or other.stance not in (Stance.ASSERT, Stance.ACCUSE):
            continue
        told = token.doc.char_span(other.content_start, other.content_end, alignment_mode="expand")
        if told is not None and any(trigger_type(t) in (T.STRIKE, T.CASUALTIES) for t in told):
            return True
    return False


def _trailing_estimate(claim: FoundClaim, token: Token) -> bool:
    """An estimate told after the account it holds ("people fled the camp after the RSF
    overran it, the IOM estimated"): like a trailing "said", its background is its own."""
    return claim.stance is Stance.ASSESS and claim.verb_index > token.i


def _prompted_by(token: Token) -> bool:
    """An act named after a comma and "after": ", after a Russian strike on the plant
    overnight" gives what prompted the sentence, as a clause would; so does what it did
    (", after an overnight barrage killed at least 19 people")."""
    if token.dep_ == "acl" and (
        token.tag_ == "VBD" or any(c.dep_ == "dobj" for c in token.children)
    ):
        token = token.head  # the parser's reduced relative, with an object: active, past
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("after", "following") and after_comma(prep)


def _nobody_does(trigger: Token, governors: list[Token]) -> bool:
    """A subject that denies the act ("neither has agreed", "neither leader announced a
    ceasefire", "no ceasefire was agreed"), or an object that denies the trigger verb's own
    act ("launched no strikes"); an object of a verb above it does not ("talks produced no
    agreement" still took place), nor does a subject above a phrase that sets the scene ("no
    one was hurt in the attack")."""

    def denies(c: Token) -> bool:
        return c.lower_ in _NOBODY or any(
            d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children
        )

    own = ("nsubj", "nsubjpass", "dobj") if is_verb(trigger) else ()
    if any(c.dep_ in own and denies(c) for c in trigger.children):
        return True
    if trigger.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False  # "no compromise was found after Putin met Witkoff": a clause of its own
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during", "from"):
        return False  # "no one was hurt in the attack": the attack took place
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and denies(c) for v in governors for c in v.children
    )


def _conditioned(verb: Token) -> bool:
    """The verb heads an "if" or "unless" clause."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _conditional_report(verb: Token) -> bool:
    """A report that is itself a condition, or carries one: "if Russia refuses to accept",
    "if Washington follows through, officials fear Kyiv would struggle to ..."."""
    return _conditioned(verb) or any(c.dep_ == "advcl" and _conditioned(c) for c in verb.children)


def _pending_marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _PENDING_MARKS for c in verb.children)


def _after_pending_mark(noun: Token) -> bool:
    """ "once a ceasefire ...": the word before the noun phrase is a pending mark."""
    start = noun.sent.start
    left = noun.i - 1
    while left >= start and noun.doc[left].dep_ in _NOUN_MODIFIERS:
        left -= 1
    return left >= start and noun.doc[left].lower_ in _PENDING_MARKS


def _pending_condition(token: Token) -> bool:
    """A trigger in a present-tense clause after "once", "until", "after"...: a condition
    still to be met ("once a ceasefire is in place", "after a deal is signed", "until the
    war ends")."""
    if is_noun(token) and _after_pending_mark(token):
        verb = token.head  # "once a ceasefire is in place"
    elif _pending_marked(token):
        verb = token
    elif token.dep_ == "pobj" and is_verb(token.head.head) and _pending_marked(token.head.head):
        verb = token.head.head  # "until Russia agrees to a full ceasefire"
    else:
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if _harm_narrated(verb.head) or _historical_present(verb):
        return False  # "three officers are killed when a roadside bomb hits a bus": it did
    return bool(tags & {"VBZ", "VBP", "MD"})


def _historical_present(verb: Token) -> bool:
    """Summaries tell what happened in the present: "the refinery suspends operations after
    a drone attack destroys its main unit". A pending condition hangs on a clause still to
    come ("troops will withdraw after a deal is signed"), not on a plain present."""
    main = verb.head
    main_aux = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    return (
        any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and (
            (main.tag_ in ("VBZ", "VBP") and not main_aux)
            # a past or verbless main clause dates it too: "two people were killed after a
            # drone hits a car", "- Belgorod: 2 dead after Ukrainian drone hits car"
            or main.tag_ == "VBD"
            or any(c.tag_ == "VBD" for c in main_aux)
            or not is_verb(main)
        )
    )


def _harm_narrated(verb: Token) -> bool:
    """Headlines and summaries tell the dead in the present passive ("five people are
    killed when ...") or as a bare count ("1 killed, 4 injured after drone strikes"): what
    the clause hung on it tells happened too."""
    if verb.lemma_.lower() not in _HARMED or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children):
        return True
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and (
        verb.head.like_num or any(c.like_num and c.dep_ == "nsubj" for c in verb.children)
    )


def _demanded_or_else(token: Token) -> bool:
    """The demand of an ultimatum, which may or may not be met: "gave Moscow 50 days to
    reach a deal with Kyiv or face tariffs", "until Oct. 1 to accept a ceasefire or face
    sanctions"."""
    verb = verb_of(token)
    return (
        is_verb(verb)
        and any(c.dep_ == "conj" and c.lemma_.lower() == "face" for c in verb.children)
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children)
    )


# Verbs whose clause says what someone wants done; after the first five, a present-tense
# form can only be the subjunctive too ("demanded that Ukrainian forces withdraw").
_DEMAND_VERBS = {"demand", "require", "urge", "request", "ask", "insist", "press", "propose"}
_ONLY_DEMAND = {"demand", "require", "urge", "request", "ask"}


def _demanded(token: Token) -> bool:
    """An act someone demands of another, which may or may not be done: "Russia has
    demanded that Ukraine withdraw from Donetsk", "insisted that Kyiv withdraw". The clause
    is in the subjunctive (a bare verb, no auxiliary) under a verb of demand; "insisted that
    its troops hold the town" (present tense) still says what is."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "demand" and is_noun(token):
        return True  # "was still demanding Ukraine's withdrawal from Donetsk"
    verb = verb_of(token)
    head = verb.head.lemma_.lower()
    # "would insist that Ukrainian forces leave": a demand still to be made says nothing is
    ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.head.children)
    return (
        verb.dep_ == "ccomp"
        and head in _DEMAND_VERBS
        and (verb.tag_ == "VB" or (verb.tag_ == "VBP" and (head in _ONLY_DEMAND or ahead)))
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_URGING = {"urge", "press", "ask", "pressure", "push", "call"}


_SEEKING = {"push", "press", "call", "ask", "lobby", "appeal", "plead", "campaign"}
_WANTING = {"seek", "want"}
_LEAVE = {"backing", "approval", "support", "permission"}


def _favoured(token: Token) -> bool:
    """A move a policymaker favours or argues for, short of the subject it decides."""
    current = token
    while current.head.i != current.i and current.dep_ not in ("nsubj", "nsubjpass", "advcl"):
        current = current.head
        if current.lemma_.lower() in _FAVOURING:
            return True
    return False


def _sought(token: Token) -> bool:
    """An act one side pushes, asks or wishes for ("would push for a full 30-day ceasefire",
    "wanted an early summit", "expected to seek US backing for renewed strikes"): wanted,
    not agreed."""
    if token.dep_ == "conj" and is_noun(token.head):
        return _sought(token.head)  # "push for a full ceasefire and a meeting between ..."
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "want":
        # (not "did not want a wasted meeting", nor "wanted a deal signed by March": a plan)
        return not any(c.dep_ == "neg" for c in token.head.children) and not any(
            c.dep_ in ("acl", "relcl") for c in token.children
        )
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    if token.lemma_.lower() in ("consultation", "consultations"):
        return False  # "asked for consultations under Article 4": held once invoked
    holder = token.head.head
    if holder.lemma_.lower() in _SEEKING and is_verb(holder):
        return True
    return (
        holder.lemma_.lower() in _LEAVE
        and holder.dep_ in ("dobj", "pobj")
        and (holder.head.lemma_.lower() in _WANTING | _SEEKING or holder.head.lower_ == "for")
    )


def _urged(token: Token) -> bool:
    """An act one party presses another to do ("pressed Kyiv to cede the region", "asked Kyiv
    to pull its troops out", "called on Hamas to free"): asked for, not done."""
    verb = verb_of(token)
    head = verb.head
    # "keeping pressure on the Bank of Japan to raise rates": the noun presses
    pressing = head.lemma_.lower() in _URGING or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("pressure", "call") for c in head.children
    )
    return (
        verb.dep_ in ("xcomp", "ccomp", "advcl", "acl")
        and pressing
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and (
            any(c.dep_ == "dobj" for c in head.children)
            or any(
                c.dep_ == "prep" and c.lower_ == "on" for c in head.children
            )  # "called on Hamas to"
        )
    )


def _purpose(token: Token) -> bool:
    """A to-infinitive of purpose hung on the act done for it: "struck the headquarters to
    kill the commander". What was aimed at is not thereby done."""
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if token.dep_ == "advcl":
        return True
    # "targeted the headquarters to assassinate its leader": after the verb's own object;
    # though not "helped Kyiv to retake" or "forced troops to withdraw", which say it happened
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_.lower() not in _BROUGHT_ABOUT
        and any(c.dep_ == "dobj" for c in head.children)
    )


_BROUGHT_ABOUT = {"help", "enable", "allow", "force", "manage", "cause", "lead", "get"}


def _refused_outright(token: Token, claim: FoundClaim) -> bool:
    """The act a rejection refuses itself, so it will not happen: "ruled out recognising
    Russian control", "refused to back the EU's sanctions package", "rejected any
    withdrawal". (A proposal or a deal rejected, "rejected a proposal for a truce", "rejected
    any deal", and its terms, "any deal that would require a withdrawal", stay conditional.)"""
    verb = token.doc[claim.verb_index]
    if is_verb(token) and token.head.i == verb.i:
        return not any(c.dep_ == "mark" for c in verb.children)
    if token.dep_ == "dobj" and token.head.i == verb.i:
        # "rejected any withdrawal"; what is ruled out is refused however it is named ("ruled
        # out a rate hike in June", "ruled out deeper cuts")
        return token.lemma_.lower() not in _FRAME_NOUNS and (
            verb.lemma_.lower() == "rule"
            or any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)
        )
    return token.dep_ == "dobj" and token.head.dep_ == "xcomp" and token.head.head.i == verb.i


def _scheduled(chain: list[Token]) -> bool:
    """Briefing shorthand for what is to come: "talks set to resume in April", "the next round,
    set for Jan. 10", "talks pencilled in for Thursday", and the headline infinitive with no
    finite verb above it ("Trump to unveil tariffs Wednesday", "Zelensky due Friday to sign")."""
    if any(
        t.lemma_.lower() in _SCHEDULING
        and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in t.children)
        for t in chain
    ):
        return True
    if chain[-1].dep_ != "ROOT" or any(t.tag_ in _FINITE_TAGS for t in chain):
        return False  # inside a report, or under a finite verb ("accused Russia of using ...")
    return any(
        c.dep_ == "aux" and c.tag_ == "TO" and (t.dep_ == "ROOT" or t.head.dep_ == "ROOT")
        for t in chain
        for c in t.children
    )


def _obliged_by_a_date(chain: list[Token]) -> bool:
    """An act the narrator says "must" be done by a date ("EU governments must renew the
    sanctions by July 31", "must agree to roll them over before they expire on Jan. 31"): a
    step on the calendar, not a hypothetical. In a report, "must" is the speaker's demand."""
    obliged = [t for t in chain if any(c.dep_ == "aux" and c.lower_ == "must" for c in t.children)]
    return bool(obliged) and any(
        w.lower_ in _DEADLINE_PREPS
        and w.dep_ in ("prep", "mark")
        and any(d.ent_type_ in _WHEN for d in (w if w.dep_ == "prep" else w.head).subtree)
        for w in obliged[-1].subtree
    )


_DEADLINE_PREPS = {"by", "before", "until", "within"}


def _still_to_take_effect(token: Token) -> bool:
    """A noun whose relative clause puts it ahead: "a ceasefire that is due to take effect
    within 24 hours", "a truce that will start on Sunday"."""
    return is_noun(token) and (
        _set_to_start(token)
        or any(
            c.dep_ == "relcl"
            and any(
                (g.dep_ == "acomp" and g.lower_ in _EXPECTED)
                or (g.dep_ == "aux" and g.lower_ in _FUTURE_WORDS)
                for g in c.children
            )
            for c in token.children
        )
    )


def _set_to_start(token: Token) -> bool:
    """A noun its own phrase schedules: "the 25% tariffs, due to take effect on Tuesday", "a
    10% levy set to take effect on Tuesday". Such a measure is told, wherever it stands."""
    if not is_noun(token):
        return False
    if levy_rates_to_come(token):
        return True  # "with higher rates of up to 50% on dozens of countries taking effect"
    if any(
        c.lemma_.lower() in _SCHEDULED
        and any(g.lemma_.lower() in _STARTS | _UNVEILED for g in c.subtree)
        for c in token.children
        if c.dep_ in ("prep", "amod", "acl", "relcl")
    ):
        # ("the reciprocal tariffs due to be unveiled on Wednesday")
        return True
    # "announced a 10% tariff ..., to take effect next week", the infinitive hung on the verb
    return token.dep_ == "dobj" and any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > token.i
        and c.lemma_.lower() == "take"
        and any(g.tag_ == "TO" for g in c.children)
        and any(g.dep_ == "dobj" and g.lower_ == "effect" for g in c.children)
        for c in token.head.children
    )


_UNVEILED = {"unveil", "announce", "impose"}
_ECONOMY = {"inflation", "growth", "price", "revenue", "gdp", "output", "demand", "cost", "economy"}


def _toll_of_the_attack(token: Token) -> bool:
    """The attack a toll is counted from, named again by "the" alone: "the strikes had killed
    at least 11 people", "five people were killed in the strike", "raising the death toll from
    the overnight attack to 16". The news is the toll; the attack was told before (an attack
    with its target, "the overnight attack on Kyiv", is still told)."""
    if not is_noun(token) or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ != "to")  # (not "... to 16", the toll the parser hangs)
        or (
            c.dep_ in ("compound", "amod", "nmod", "nummod")
            and c.lower_ not in ("overnight", "latest")
        )
        for c in token.children
    ):
        return False  # "the boat strike", "the October 7 attacks": named by what they were
    if token.dep_ == "nsubj":
        return token.head.lemma_.lower() in HARMS
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "from"):
        return False
    holder = token.head.head
    return (
        holder.lemma_.lower() in HARMS
        or holder.lemma_.lower() == "toll"
        # "raising the death toll from the overnight attack to 16"
        or any(c.dep_ == "dobj" and c.lemma_.lower() == "toll" for c in holder.children)
    )


def _word_part(token: Token) -> bool:
    """A noun that only makes a hyphened modifier with the participle after it:
    "tariff-driven price increases", "war-hit regions" name no measure and no war."""
    doc = token.doc
    return (
        is_noun(token)
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].tag_ in ("VBN", "VBD", "JJ")
        and token.head.i == token.i + 2
    )


def _judged_by_its_effect(token: Token) -> bool:
    """A measure named only as the cause of an economic effect ("US tariffs averaging about
    17% would keep core inflation above target", "tariffs were likely to push up inflation"):
    what it does to the economy is judged; no measure is told."""
    if token.dep_ != "nsubj" or not is_noun(token):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in token.children):
        return False  # "a blockade could cut global output by 5%": one supposed
    verb = token.head
    effects = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    # "the tariffs were likely to raise inflation": through the adjective
    effects += [
        x for a in verb.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp"
    ]
    return any(
        o.lemma_.lower() in _ECONOMY
        for v in effects
        for o in v.children
        if o.dep_ in ("dobj", "ccomp", "xcomp")
    )


_TERMS = {"require", "force", "oblige", "call", "envisage"}
_PROPOSED = PLANS | {"proposal"}


def _attempt_supposed(token: Token) -> bool:
    """An act an attempt names, where the attempt is what a sentence weighs the effects of:
    "a US attempt to take the island by force would mean the end of NATO"."""
    attempt = token.head if token.dep_ == "acl" else None
    return (
        attempt is not None
        and attempt.lemma_.lower() in ("attempt", "effort", "bid", "move")
        and attempt.dep_ == "nsubj"
        and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in attempt.head.children)
    )


def _term_of_a_plan(token: Token) -> bool:
    """A term a proposed plan sets, on offer and not yet accepted: "a draft US peace framework
    calls for Ukraine to cede the rest of Donbas", "the plan would force Kyiv to cede", "a
    28-point plan ... that would require it to cede the rest of Donetsk"."""
    for verb in token.ancestors:
        if not is_verb(verb) or verb.lemma_.lower() not in _TERMS:
            continue
        plan = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if plan is not None and plan.lower_ in ("that", "which") and verb.dep_ == "relcl":
            plan = verb.head
        return plan is not None and plan.lemma_.lower() in _PROPOSED
    return False


def _did_something(token: Token) -> bool:
    """A noun whose relative clause tells what it did ("despite Russian strikes on Odesa ports
    that killed three workers", "the 25% tariff that took effect on Wednesday"), or a deal a
    participle tells was made ("under a deal brokered by Washington"): told as happened, even
    from inside a phrase."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in token.children):
        return False  # "rejected any deal that froze the front line": a deal supposed
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "threaten":
        return False  # "threatened tariffs ... on countries that opposed the plan"
    if token.dep_ == "dobj" and any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in token.head.children
    ):
        return False  # "would not sign a weak agreement that simply prolonged the war"
    return is_noun(token) and (
        any(
            c.dep_ == "relcl"
            and c.tag_ == "VBD"
            and c.lemma_.lower() not in STANCE_VERBS  # a stance is a party's, not a measure's
            and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
            for c in token.children
        )
        or _told_by_its_toll(token)
        # "not able to verify the stockpile since the June strikes": what a time runs from
        or (token.dep_ == "pobj" and token.head.lower_ == "since")
        # "under a deal brokered by Washington", "the trade deal struck in Scotland on Sunday";
        # not one wanted "signed before the end of the quarter" or priced as "being signed"
        or (
            token.lemma_.lower() in _DEALS
            and any(
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() in _MADE_DEALS
                and not any(
                    (g.dep_ == "prep" and g.lower_ in ("before", "by", "until"))
                    or g.lower_ == "being"
                    for g in c.children
                )
                for c in token.children
            )
        )
    )


def _reported_in_relative(token: Token) -> bool:
    """ "a shipment of shells, which South Korea's spy agency reported": known by a report."""
    return is_noun(token) and any(
        c.dep_ == "relcl" and c.lemma_.lower() in _REPORTING for c in token.children
    )


def _justified(token: Token) -> bool:
    """ "lies meant to justify strikes on Kyiv", "a pretext for an offensive", "laying the
    groundwork for new strikes"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
        # ("laying the ground for new strikes", the parser's "for" on the verb)
        head = next((c for c in head.children if c.dep_ == "dobj"), head)
    return (
        token.dep_ in ("dobj", "pobj")
        and head.lemma_.lower() in _PRETEXTS
        and not _told_as_past(head)  # "the strike justified the sanctions": they exist
    )


def _suspected(chain: list[Token]) -> bool:
    """ "detained the ship on suspicion of damaging a cable", "a cargo ship suspected of
    cutting an undersea cable": an act laid at someone's door, not yet shown."""
    return any(
        (t.lemma_.lower() in ("suspicion", "suspect") and below.dep_ in ("pcomp", "prep"))
        or (t.lower_ == "suspected" and below.dep_ == "prep")
        for below, t in pairwise(chain)
    )


def _by_count(chain: list[Token]) -> bool:
    """ "advanced 350 square kilometres, by DeepState's count": a tally someone keeps."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(g.lemma_.lower() in _TALLIES for g in c.children)
        for t in chain
        for c in t.children
    )


def _given_until(chain: list[Token]) -> bool:
    """An infinitive under "have/give ... until X" or "have to ... by X": a deadline set, the act
    asked for and not yet done or agreed."""
    return any(
        t.lemma_.lower() in ("have", "give")
        and chain[k - 1].dep_ in ("xcomp", "advcl", "relcl", "acl")
        and (
            any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in t.children)
            # "would have to accept the plan by Thursday"
            or (
                t.lemma_.lower() == "have"
                and chain[k - 1].dep_ == "xcomp"
                and any(c.dep_ == "prep" and c.lower_ == "by" for c in chain[k - 1].children)
            )
        )
        for k, t in enumerate(chain)
        if k
    )


_PRICES = MARKET_WORDS | {"wager"}
_PRICING = {"overprice", "underprice"}


def _priced(token: Token) -> bool:
    """An event a market prices: "Kalshi odds of a Fed cut in March", "a contract on a US strike
    on Iran by March 31", "odds that Trump and Xi will meet", "give a ceasefire by March 31 a
    33% chance". Whether it happens is the open question the price measures."""
    if in_quoted_question(token):
        return True  # "the 'US strike on Iran by June 30?' contract slid to 34 cents"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _PRICING:
        return True  # "the market is overpricing a truce in Gaza": judged unlikely
    if _line_traded(token):
        return True
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in ("of", "on"):
        # "a contract on whether Israel will", a desk's "Yes on a truce by May 31 gave back 5
        # cents"
        return token.head.head.lemma_.lower() in _PRICES or (
            token.head.lower_ == "on"
            and any(w.text in ("Yes", "No") for w in (token.head.head, *token.head.children))
        )
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        # "the market for a cut at the March meeting" (a contract "for" is a deal's), "opens
        # the year at 38% for a truce before June 30"
        price = token.head.head
        return price.lemma_.lower() in _PRICES - {"contract"} or (
            price.lower_ in ("%", "cents") and any(w.lower_ in _VENUES for w in token.sent)
        )
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        # "assign a 26% chance to a Russia-Ukraine ceasefire before July 1"
        return (
            any(c.dep_ == "dobj" and c.lemma_.lower() in _PRICES for c in token.head.head.children)
            or token.head.head.lemma_.lower() in _PRICES
        )
    if token.dep_ in ("acl", "ccomp", "relcl") and token.head.lemma_.lower() in _PRICES:
        # "odds that OPEC+ will raise output", however the parser hangs the clause; in a
        # relative clause only "that" as a conjunction ("the odds that traders priced" is not)
        return token.dep_ != "relcl" or any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children
        )
    if token.dep_ == "ccomp" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PRICES for c in token.head.children
    ):
        return True  # "contracts priced a 97% probability that the Fed lowers rates"
    if token.dep_ in ("dobj", "dative") and _venue_prices(token.head):
        return True  # "Polymarket gives a full ceasefire by May 31 just 9%"
    return token.dep_ in ("dobj", "dative") and any(
        c.dep_ == "dobj" and c.i != token.i and c.lemma_.lower() in _PRICES
        for c in token.head.children
    )


def _venue_prices(verb: Token) -> bool:
    """A market that gives or prices what the verb's object names at a price: "Polymarket
    prices a ceasefire by June 30 at 24%", "Kalshi gives a hold 89%"."""
    return (
        verb.lemma_.lower() in ("give", "price", "put", "have")
        and any(c.dep_ == "nsubj" and c.lower_ in _VENUES for c in verb.children)
        and any(w.lower_ in ("%", "cents", "cent") for w in verb.subtree)
    )


_PRICE_MOVES = {"trade", "slip", "slide", "fall", "rise", "jump", "climb", "drop", "sink"}
_PRICE_MOVES |= {"tumble", "edge", "gain", "start", "open", "close", "stand", "sit"}


def _line_traded(token: Token) -> bool:
    """An event with its deadline named as what trades: "'ceasefire by Dec. 31' slipped to 7
    cents overnight", "a Ukraine ceasefire by June 30 trades at 27 cents". A market's line,
    the open question its price measures."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_.lower() in _PRICE_MOVES
        and any(c.dep_ == "prep" and c.lower_ in ("by", "before") for c in token.children)
        and any(w.lower_ in ("cent", "cents", "%") for w in verb.subtree)
    )


_LIKELY = 70.0  # a price at or above which a market expects the move
_MOVES = {"cut", "hike", "hold", "lower", "raise", "keep", "leave", "reduction", "increase", "move"}


def _expected_move(token: Token) -> bool:
    """A rate move the market expects: "a 78% chance that the ECB holds", "odds of a September
    cut rose to 87%" (at 58% or 21 cents it is still an open question). The price is the first
    percentage or cents told with the price word, outside the move's own words."""
    if token.lemma_.lower() not in _MOVES:
        return False
    price = next((a for a in token.ancestors if a.lemma_.lower() in _PRICES), None)
    if price is None:
        price = next(  # "contracts priced a 97% probability that ...": the verb's object
            (
                c
                for a in token.ancestors
                for c in a.children
                if c.dep_ == "dobj" and c.lemma_.lower() in _PRICES
            ),
            None,
        )
    if price is None:
        return False
    own = {t.i for t in token.subtree}
    for scope in (price, price.head):
        for t in scope.subtree:
            if t.i in own or not t.like_num or t.i + 1 >= len(t.doc):
                continue
            if t.doc[t.i + 1].lower_ in ("%", "percent", "cents"):
                try:
                    return float(t.text.replace(",", "")) >= _LIKELY
                except ValueError:
                    return False
    return False


def _deadline_set(chain: list[Token]) -> bool:
    """An act a deadline demands ("set Putin a 50-day deadline to agree to a truce", "ahead of
    Friday's deadline for Moscow to agree to a ceasefire"): it may or may not be met. A deadline
    missed is an act not done (see the denials)."""
    return any(
        t.lemma_.lower() == "deadline"
        and t.head.lemma_.lower() != "miss"
        # what it demands is an infinitive ("a deadline to agree"), not a deal it is set for
        and any(c.tag_ == "TO" for c in chain[k - 1].children)
        for k, t in enumerate(chain)
        if k
    )


def _names_a_threat(token: Token, kind: EventType) -> bool:
    """A threat told by its own word ("threatened", "the threat", "an ultimatum", "there
    will be hell to pay"): the act of threatening, threatened by its nature. Read here, before
    events of a kind are merged, so that "issues an ultimatum ... 'all hell will break loose'"
    stays one threat."""
    return kind is T.THREAT and (
        token.lemma_.lower() in ("threaten", "threat", "ultimatum") or unnamed_menace(token)
    )


_TOLD = {Modality.OCCURRED, Modality.ALLEGED}
_DEALS = {"deal", "agreement", "accord", "framework", "pact"}
_MADE_DEALS = {"broker", "reach", "agree", "strike", "announce", "sign", "conclude", "mediate"}


def _set_by_a_deal(token: Token) -> bool:
    """A measure a deal sets: "struck a deal on Sunday setting a 15% tariff on most EU
    exports", "a framework trade deal that sets a 15% tariff"."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in ("set", "impose", "include"):
        return False
    if verb.lemma_.lower() == "set" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "letter" for c in verb.children
    ):
        return True  # "Trump's letters set a 25% tariff on Japan from Aug. 1"
    if verb.dep_ not in ("acl", "relcl", "advcl"):
        return False
    holder = verb.head
    if holder.dep_ == "pobj" and verb.dep_ == "relcl":
        # "sealed a framework deal at Trump's Turnberry resort on Sunday that sets a 15%
        # tariff", the clause hung on the last noun before it
        holder = next((a for a in holder.ancestors if is_verb(a)), holder)
    return holder.lemma_.lower() in _DEALS or any(
        o.lemma_.lower() in _DEALS for o in holder.children if o.dep_ == "dobj"
    )


def _next_session(token: Token) -> bool:
    """Talks named as the next of a series ("the next round of talks", "next meeting Nov. 1"):
    still to come, whatever the sentence says of them (every author marks them planned)."""
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    return any(c.dep_ == "amod" and c.lower_ == "next" for c in (*token.children, *holder.children))


def _deal_made_under(verb: Token) -> bool:
    """The verb of a deal named by what is done under it, which the parser may read as a
    clause of its own: "Under the framework agreed in Turnberry on Sunday, ...", "Under the
    framework signed in Washington, ..."."""
    if verb.lemma_.lower() not in _MADE_DEALS or verb.tag_ not in ("VBD", "VBN"):
        return False
    deal = verb.head
    if verb.dep_ == "acl" and deal.lemma_.lower() in _DEALS and deal.dep_ == "pobj":
        return deal.head.lower_ == "under"
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(g.lemma_.lower() in _DEALS for g in c.children)
        for c in verb.children
    )


def _condition_of_a_refusal(chain: list[Token]) -> bool:
    """An act a refusal waits for: "would not agree to any ceasefire before Ukrainian troops
    left the Donbas", "ruled out a ceasefire before Ukrainian troops left four regions". The
    refusal is not of the act; the act is its condition."""
    verb = next((t for t in chain if is_verb(t)), None)
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in verb.children)
        and (any(c.dep_ == "neg" for c in verb.head.children) or _rejects(verb.head))
    )


def _required_by_a_deal(token: Token) -> bool:
    """An act a signed deal requires: "a peace agreement ... that requires Rwandan troops to
    leave Congolese territory within 90 days"; not one "any deal that would require"."""
    verb = token.head
    if token.dep_ != "xcomp" or verb.lemma_.lower() not in ("require", "oblige", "commit"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False  # "any deal that would require Kyiv to cede territory": supposed
    holder = verb.head if verb.dep_ in ("relcl", "acl") else None
    if holder is None:
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        holder is not None
        and holder.lemma_.lower() in _DEALS
        and not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in holder.children)
    )


_BLOCKERS = {"veto", "block", "stall", "cancel", "derail", "scrap", "scupper"}


def _block_undone(token: Token, claims: list[FoundClaim]) -> bool:
    """An event a sentence says will not be blocked or was not called off: "would not veto
    the opening of accession talks", "would not veto the extension of sanctions", "denied
    Moscow was stalling the talks", "dismissed as fabrication reports that a Trump-Putin
    summit had been cancelled". Two negations: it goes ahead."""
    verb = token
    while not is_verb(verb) and verb.dep_ in ("dobj", "pobj", "prep", "nsubjpass"):
        verb = verb.head
    if verb.i == token.i or verb.lemma_.lower() not in _BLOCKERS:
        return False
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.stance is Stance.DENY and c.content_start <= verb.idx < c.content_end for c in claims
    )


def _to_be_proposed(chain: list[Token]) -> bool:
    """ "the EU will propose a 20th sanctions package": the proposal is still to be made, a
    plan, not an offer on the table."""
    return any(
        t.lemma_.lower() in ("propose", "unveil", "present")
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE_WORDS for c in t.children)
        for t in chain[1:]
    )


def _report_verbs(claims: list[FoundClaim]) -> set[int]:
    """The verbs of reports that govern what they say. An "is expected to" nobody is named
    for tells its event's future, as a word of the clause, not as a speaker's report."""
    return {
        c.verb_index
        for c in claims
        if c.verb != "according to" and not (c.verb.lower() == "expected" and not c.speaker)
    }


def _proposed(chain: list[Token]) -> bool:
    """An event a proposal names ("after Putin proposed direct negotiations"): told on offer,
    not as done, wherever the proposal stands."""
    return any(t.lemma_.lower() in _OFFERED for t in chain[1:])


def _set_with_be_to(token: Token) -> bool:
    """ "forces are to withdraw within 90 days", "all living hostages are to be released":
    a term fixed with "be to", planned however a plan or a deal is named around it."""
    return (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _infinitive_with_own_subject(token: Token) -> bool:
    """What is set to happen, told by an infinitive with a subject of its own: "a window for
    Hamas to release all hostages", "with 33 hostages to be freed in the first phase"."""
    return (
        token.dep_ in ("advcl", "pcomp", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _modality(
    token: Token,
    sent: Span,
    claims: list[FoundClaim],
    kind: EventType,
    hypothetical: bool,
    side_of: Callable[[str], str] | None = None,
) -> Modality:
    claim = _claim_of(token, claims)
    if (
        claim is not None
        and token.dep_ == "dobj"
        and token.head.i == claim.verb_index
        and token.head.lemma_.lower() == "announce"
        and not any(c.dep_ == "neg" for c in token.head.children)
        and not _nobody_does(token, [token.head])  # "neither leader announced a ceasefire"
        and not _between_others(token)
        and not (kind is T.CEASEFIRE and _answered_by_fire(token, claims))
    ):
        claim = None  # "the junta announced a ceasefire": announcing its own act is the act
    if (
        kind is T.TALKS
        and token.dep_ == "pobj"
        and token.head.lower_ != "after"  # ("after talks in Jeddah" sets the time)
        and scene_of_talks(token, token.head)
    ):
        done = next((h for h in token.ancestors if is_verb(h)), None)
        if done is not None and done.tag_ == "VBD":
            # "pledged $4.5 billion during a call with Zelensky on Monday": the call was held,
            # whatever the pledge is for; told inside a report, on the reporter's word
            reported = claim is not None and claim.content_start <= done.idx < claim.content_end
            return Modality.ALLEGED if reported else Modality.OCCURRED
    if kind is T.TALKS and _next_session(token):
        return Modality.PLANNED  # "next round of talks to take place in Abu Dhabi"
    if (
        kind is T.TALKS
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("end", "conclude", "wrap")
        and token.head.tag_ == "VBD"
    ):
        # "Putin and Trump ended their talks in Anchorage without announcing a ceasefire":
        # talks ended were held, whatever did not come of them
        return Modality.ALLEGED if claim is not None else Modality.OCCURRED
    if kind is T.SANCTIONS_AID and _of_adopted_package(token):
        # "agreed on Wednesday to a 21st sanctions package that lowers the cap": adopted
        return Modality.ALLEGED if claim is not None else Modality.OCCURRED
    if kind is T.AGREEMENT and _deal_made_under(token):
        # "Under the framework agreed in Turnberry on Sunday, ...", however the parser hangs
        # the participle: the deal was made
        return Modality.ALLEGED if claim is not None else Modality.OCCURRED
    if _priced(token) and _expected_move(token):
        return Modality.PLANNED  # "a 78% chance that the ECB holds": the move expected
    if any(c.lower_ in _UNVERIFIED for c in token.children if c.dep_ == "amod"):
        # "the unverified capture of 2 villages", "will use the claimed attack to harden its
        # terms": a past act on someone's word, whatever the sentence goes on to plan
        return Modality.ALLEGED
    if kind is T.THREAT and _backed_by_lawmakers(token):
        # "Iran's parliament voted to back closing the Strait of Hormuz": the step is backed,
        # the decision rests elsewhere
        return Modality.CONDITIONAL
    if _not_ruled_out(token) or _room_for(token):
        # "won't rule out a June move", "has room for a final 25bp cut": left open
        return Modality.CONDITIONAL
    if kind is T.TALKS and talks_to_go_on(token):
        return Modality.PLANNED  # "the talks had been constructive and would continue"
    if kind is T.SANCTIONS_AID and any(
        c.lower_ == "indefinitely" for c in [*token.children, *token.head.children]
    ):
        # "told the company that sales of its H20 chips would require a licence
        # indefinitely": a rule in force, told, not one to come
        return Modality.ALLEGED if claim is not None else Modality.OCCURRED
    stops = _report_verbs(claims)
    chain = _clause(token, stops)
    words = _markers(chain)
    own_marks = {c.lower_ for t in chain for c in t.children if c.dep_ == "mark"}
    if (
        own_marks & {"if", "unless"}
        or _pending_condition(token)
        or _demanded_or_else(token)
        or _demanded(token)
        or _urged(token)
        or _sought(token)
        or (kind is T.POSITION and _favoured(token))
        or _priced(token)
        or _deadline_set(chain)
        or any(  # what a veto would stop
            t.lemma_.lower() == "veto" and not any(c.dep_ == "neg" for c in t.children)
            for t in chain[1:]
        )
        or (
            claim is not None
            and claim.stance is not Stance.THREATEN  # a threat is made on its conditions
            and _conditional_report(token.doc[claim.verb_index])
        )
    ):
        return Modality.CONDITIONAL  # the event is the condition itself ("if Russia refuses to")
    if _condition_of_a_refusal(chain):
        return Modality.CONDITIONAL  # "would not agree to any ceasefire before troops left"
    if (
        _set_to_start(token)
        or _required_by_a_deal(token)
        or _set_with_be_to(token)
        or (kind is T.SANCTIONS_AID and _approved_by_a_vote(token))
    ):
        return Modality.PLANNED  # "countermeasures against a 10% levy set to take effect"
    if _named_ahead_of(token) or (kind is T.TALKS and _travelled_for(token)):
        # "launched 300 drones ahead of talks in Geneva", "arrived in Muscat for talks"
        return Modality.PLANNED
    if _block_undone(token, claims):
        return Modality.PLANNED  # "would not veto the opening of accession talks"
    if any(
        t.lower_ in _OPEN_QUESTION
        or any(c.dep_ == "acomp" and c.lower_ in _OPEN_QUESTION for c in t.children)
        for t in chain[1:]
    ):
        return Modality.CONDITIONAL  # "it was possible the attack had not taken place"
    threatened = any(t.lemma_.lower() == "threaten" and not endangers(t) for t in chain[1:])
    negated = (
        _none_of(token)
        or any(c.dep_ == "neg" for t in chain if not _litotes(t) for c in t.children)
        or any(t.lemma_.lower() in ("fail", "refusal", "unable") for t in chain[1:])
        # "missed an Aug. 18 deadline to sign a final peace deal"
        or any(
            t.lemma_.lower() == "deadline" and t.head.lemma_.lower() == "miss" for t in chain[1:]
        )
        or _nobody_does(token, chain[1:] + ([token.doc[claim.verb_index]] if claim else []))
    )
    if (
        claim is not None
        and claim.stance is not Stance.ASSERT
        and not _trailing_estimate(claim, token)
        and _background(chain)
        and not _proposed(chain)
    ):
        # "China vowed to retaliate after Washington raised tariffs": the narrator's cause of
        # the threat, not what is threatened ("after Putin proposed direct negotiations" told
        # the proposal, not the negotiations)
        return Modality.OCCURRED
    if _answered(token):
        # what a response answers happened, as its teller tells it
        return (
            Modality.ALLEGED
            if claim is not None and claim.stance is Stance.ASSERT
            else Modality.OCCURRED
        )
    if (
        (_background(chain, set_off=True) or _prompted_by(token))
        and (claim is None or claim.verb_index < token.i)
        and not _names_a_threat(token, kind)
        and not _proposed(chain)
        # ", after Israeli troops failed to leave southern Lebanon": what did not happen
        and not (negated and not _none_of(token))
    ):
        # "said it would hold the treaty in abeyance, after gunmen killed 26 people": what
        # prompted the report, set off by a comma after it, is the narrator's, whatever the
        # report promises (without the comma, "would deploy after Israeli forces pulled back"
        # is a future told in the past)
        return Modality.OCCURRED
    if claim is not None and claim.stance is Stance.REJECT and negated:
        return Modality.DENIED  # "said Russia will not withdraw": read as a refusal, it is a denial
    if claim is not None and claim.stance is Stance.REJECT and _refused_outright(token, claim):
        return Modality.DENIED
    if (
        claim is not None
        and claim.stance is Stance.REJECT
        and any(
            t.lemma_.lower() in CHARGE_NOUNS and is_noun(t) and t.i > claim.verb_index
            for t in token.ancestors
        )
    ):
        return Modality.DENIED  # "rejected Moscow's claim that Ukraine had targeted a plant"
    if claim is not None and claim.stance in (Stance.DENY, Stance.THREATEN, Stance.REJECT):
        return _STANCE_MODALITY[claim.stance]
    if claim is not None and claim.stance is Stance.PROMISE and negated:
        return Modality.DENIED  # "assured Budapest the pipeline would not be targeted again"
    if (
        token.dep_ == "nsubjpass"
        and token.head.lemma_.lower() in ("answer", "meet")
        and trigger_type(token.head) is T.STRIKE
    ):
        # "any attack on Tigray would be answered": the answer is the threat, the attack it
        # answers only supposed
        return Modality.CONDITIONAL
    if threatened or _menace(token, chain, claim, kind, side_of):
        return Modality.THREATENED
    if kind is T.STRIKE and token.lemma_.lower() == "target" and is_noun(token):
        return Modality.THREATENED  # "such bases would become legitimate targets"
    if (
        kind in _VIOLENT
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() == "face"
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in token.head.head.children)
    ):
        # "reach a deal in 50 days or face secondary tariffs"; without the alternative a
        # levy faced is set ("Japan will face a 15% tariff under the deal")
        return Modality.THREATENED
    if negated and _refused_unless(chain):
        # "would not resume nuclear talks unless the US guaranteed ...": refused on a
        # condition, so the act hangs on it
        return Modality.CONDITIONAL
    if (
        negated
        or _called_off(token)
        or (
            claim is not None and any(c.dep_ == "neg" for c in token.doc[claim.verb_index].children)
        )
    ):
        return Modality.DENIED  # "would not agree to any ceasefire", "was not considering a hike"
    if (
        _may_be_called_off(token)
        or _to_be_proposed(chain)
        or (kind is T.TALKS and _proposed_with_place_and_day(token))
    ):
        return Modality.PLANNED
    if _names_a_threat(token, kind):
        return Modality.THREATENED
    obliged = claim is None and _obliged_by_a_date(chain)
    if (
        hypothetical
        or (
            any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in token.children)
            # "approved the possible sale of air defence systems": the approval decides it
            and not (token.dep_ == "dobj" and token.head.lemma_.lower() in _CLEARED)
        )
        or any(c.dep_ == "acl" and c.lemma_.lower() in _OFFERED for c in token.children)
        or words
        & (
            _CONDITIONAL
            - ({"must"} if obliged else set())
            # "will discuss on Tuesday whether to fast-track the ban": the question talks
            # weigh, not whether they are held
            - ({"whether"} if kind is T.TALKS else set())
        )
        # "Russian forces were unlikely to capture Pokrovsk before the end of the year"
        or any(
            t.dep_ == "xcomp"
            and (
                t.head.lower_ == "unlikely"
                or any(c.dep_ == "acomp" and c.lower_ == "unlikely" for c in t.head.children)
            )
            for t in chain
        )
        or any(t.lemma_.lower() in _CONDITIONAL_LEMMAS for t in chain[1:])
        # what talks are about is on the table, not agreed: "meet to discuss a framework for a
        # ceasefire"
        or (kind in _NEGOTIABLE and any(t.lemma_.lower() in _NEGOTIATING for t in chain[1:]))
        or _on_the_table(token)
        # "indirect talks on a 90-day humanitarian truce"
        or (kind in _NEGOTIABLE and _what_talks_are_on(token))
        # "under the plan, Russia would keep ...": a term of a plan before the trigger (not a
        # plan talks are held on, told beside a strike the day before)
        or any(
            t.lemma_.lower() in _CONDITIONAL_NOUNS
            for t in sent
            if t.i < token.i
            and t.dep_ == "pobj"
            and t.head.lower_ != "on"
            # "some of the proposals were unacceptable": a part of a plan judged, no term
            and not (t.head.lower_ == "of" and t.head.head.lemma_.lower() in _PARTS_OF)
            # "Under the framework agreed in Turnberry on Sunday, ...": terms of a deal made
            and not any(
                _deal_made_under(v)
                for v in [t.head.head, *(c for c in t.children if c.dep_ == "acl")]
            )
        )
    ):
        return Modality.CONDITIONAL
    if (
        is_noun(token)
        and token.dep_ in ("nsubj", "nsubjpass")
        and words & _MODALS
        and not (_runs_its_course(token.head) and words & {"will", "would"})
    ):
        return Modality.CONDITIONAL  # "a US strike on Iran would disrupt oil markets"
    if "would" in words and (claim is None or claim.verb == "according to"):
        return Modality.CONDITIONAL
    if (
        words & _NEGATION
        or any(
            t.lower_ == "without"
            and t.dep_ == "prep"
            and not _without_proof(t)
            # "without heating after overnight strikes": what came first is not what is lacking
            and not any(w.dep_ == "prep" and w.lower_ in _TEMPORAL for w in chain[1:k])
            for k, t in enumerate(chain)
            if k
        )
    ):
        return Modality.DENIED  # "talked for hours without reaching a compromise"
    if _given_until(chain):
        # "Kyiv had until Thanksgiving to accept the framework": asked for by a deadline, not
        # yet done or agreed (fresh authors mark it conditional, three to one)
        return Modality.CONDITIONAL
    if (
        kind is T.STRIKE  # (an attempted killing is no killing: "attempted to assassinate")
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ("try", "attempt")
        and _told_as_past(token.head)
        and not negated
    ):
        # "claimed that Ukraine had tried to hit the Ust-Luga terminal with 12 drones": the
        # attempt was made, on its teller's word
        return _on_the_tellers_word(token, sent, claim, claims)
    ordered = any(
        t.lemma_.lower() == "order" and chain[k].dep_ in ("xcomp", "ccomp")
        for k, t in enumerate(chain[1:])
    )
    own_verb = next((t for t in chain if is_verb(t)), None)
    if claim is None and own_verb is not None and _background(chain[: chain.index(own_verb) + 1]):
        # "sanctions will be reimposed after the Council voted down a resolution": a past
        # clause of time or cause is done, whatever its main clause plans
        return Modality.OCCURRED
    # a trigger in the simple past is narrated as done, whatever plans its phrases mention
    # ("struck a plant ahead of talks due next week")
    narrated_past = token.tag_ == "VBD" and not any(c.dep_ == "aux" for c in token.children)
    if (
        words & _FUTURE_WORDS
        or (
            # "fired two missiles ..., hours before US forces were due to begin an exercise"
            not narrated_past
            and any(c.dep_ == "acomp" and c.lower_ in _EXPECTED for t in chain for c in t.children)
        )
        or _still_to_take_effect(token)
        or obliged
        or "would" in words
        or (words & _FUTURE_LEMMAS and not narrated_past)
        or ordered
        or (token.dep_ == "xcomp" and token.head.lemma_.lower() in _FUTURE_LEMMAS)
        or _infinitive_with_own_subject(token)  # ("be to" is planned further up)
        or _more_foreseen(token)
        or foreseen_by_projections(token)
        or (is_noun(token) and _set_down_for(token))
        or (kind is T.SANCTIONS_AID and _return_set_off(token))
        or _justified(token)
        # "committing to a permanent ceasefire and to a comprehensive deal by Aug. 18" (not
        # "committed an attack")
        or any(t.lower_ == "to" and t.head.lemma_.lower() == "commit" for t in chain)
        # "close to agreeing a moratorium", "close to a deal"
        or any(t.lower_ == "close" and any(c.lower_ == "to" for c in t.children) for t in chain[1:])
        or _scheduled(chain)
        or any(
            c.dep_ == "amod" and c.lower_ in (AHEAD - POSSIBLE - {"proposed"}) | {"future"}
            for c in token.children
        )
    ):
        return Modality.PLANNED
    if _background(chain) and (
        claim is None
        or (claim.stance is not Stance.ASSERT and not _trailing_estimate(claim, token))
    ):
        # "China vowed to fight after Washington raised tariffs"; inside a report the
        # background is the speaker's too ("said troops fired since the truce took effect")
        return Modality.OCCURRED
    if (
        any(
            t.lemma_.lower() == "agree" and not (agreed_alone(t) and kind in _DECIDED)
            for t in chain[1:]
        )
        and kind in _AGREED_TO_DO
    ):
        return Modality.PLANNED  # "agreed to end imports by 2027": what the deal will do
    if kind is T.TALKS and _talks_requested(token):
        return Modality.PLANNED  # "invoked Article 4 consultations", "asked for consultations"
    if (
        kind is T.TALKS
        and any(t.dep_ == "xcomp" and t.head.lemma_.lower() == "agree" for t in chain[:3])
        # not the occasion: "agreed to extend the terms for 90 days after a call with
        # Sheinbaum" tells a call held
        and not any(t.lower_ in ("after", "following") for t in chain[:3])
    ):
        return Modality.PLANNED  # "agreed to hold further talks", "agreed to meet again"
    if token.lemma_.lower() in VOWS | {"appeal"}:
        # "pledged £150 million": the money is promised, not paid; "appealed for $4.2 billion"
        # is asked for
        return Modality.PLANNED
    if kind in (T.CASUALTIES, T.CAPTURE) and _purpose(token):
        # "struck the headquarters to kill the commander": an aim that may fail (while
        # "travels to Alaska to meet Trump" tells the meeting)
        return Modality.PLANNED
    if claim is None and (_reported_in_relative(token) or _by_count(chain) or _suspected(chain)):
        return Modality.ALLEGED
    return _on_the_tellers_word(token, sent, claim, claims)


def _on_the_tellers_word(
    token: Token, sent: Span, claim: FoundClaim | None, claims: list[FoundClaim]
) -> Modality:
    """An act told as done: on the narrator's word, hedged or not, or on its claim's, as that
    claim's stance and any denial of it make it."""
    if claim is not None and (
        _answered_with_denial(token, claim, claims) or _named_in_denial(token, claims)
    ):
        return Modality.DENIED  # "claimed it had struck a submarine, a claim Moscow dismissed"
    if claim is not None and claim.stance is Stance.WARN and _warned_as_done(token):
        # "warned that GPS jamming had disrupted 1,800 flights": a warning told of what has
        # happened, which only the warner reports
        return Modality.ALLEGED
    if claim is not None:
        return _STANCE_MODALITY.get(claim.stance, Modality.ALLEGED)
    if _hedged(token, sent):
        return Modality.ALLEGED
    return Modality.OCCURRED


def _hedged(token: Token, sent: Span) -> bool:
    """A hedge in the sentence that reaches the trigger: not one inside a relative clause on
    who did it ("killed in an ambush that was reportedly carried out by Islamic State")."""
    for found in _HEDGE.finditer(sent.text):
        start = sent.start_char + found.start()
        word = next((w for w in sent if w.idx <= start < w.idx + len(w)), None)
        clause = (
            next(
                (
                    a
                    for a in word.ancestors
                    if a.dep_ == "relcl"
                    # "..., after Israeli radar reportedly failed to flag it": the cause told
                    or (a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children))
                ),
                None,
            )
            if word
            else None
        )
        if clause is None or token in clause.subtree:
            return True
    return False


_FIRED = {"missile", "drone", "rocket", "shell", "bomb", "wave", "cannon", "force"}
# markets that price an event are not its actors ("Kalshi's 'Fed cut in March?' market")
_VENUES = {"kalshi", "polymarket", "metaculus", "manifold", "cme", "predictit"}
_BETWEEN_PARTIES = {T.TALKS, T.AGREEMENT, T.CEASEFIRE}
_LOCATIVES = {
    "in", "over", "near", "around", "across", "at", "off", "inside", "outside", "along",
    "throughout",
}  # fmt: skip


def _entity_text(token: Token) -> str:
    if token.ent_type_:
        # walk the IOB tags rather than build every entity span of the document
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text.strip()
    # a blanked dateline before the sentence is a whitespace token at the phrase's left edge
    return (
        token.doc[token.left_edge.i : token.i + 1].text.strip()
        if token.pos_ in ("NOUN", "PROPN")
        else ""
    )


def _doer(token: Token) -> str:
    """The words naming who does an act, if ``token`` can: not a count or a date; for an act
    ("an Israeli strike killed two people"), whoever does that act."""
    if token.lemma_.lower() in _NO_DOER_WORDS or token.ent_type_ in _NO_DOER_LABELS:
        return ""
    if names_an_act(token):
        return next(
            (
                _entity_text(c)
                for c in token.children
                if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
            ),
            "",
        )
    return _entity_text(token)


def _aimed_at(prep: Token) -> Token | None:
    """The object of an "on"/"at"/"against" phrase, unless it is a date ("meet on Jan. 3")."""
    return next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in _WHEN), None)


def _aim(word: Token) -> str:
    """What an act is aimed at: the first "on"/"against" phrase with an object that is no date."""
    aimed = (
        _aimed_at(p) for p in word.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
    )
    obj = next((o for o in aimed if o is not None), None)
    return _entity_text(obj) if obj is not None else ""


def _roles(token: Token, sent: Span, kind: EventType) -> tuple[str, str, str]:
    if kind is T.CAPTURE and token.lemma_.lower() == "fall":
        actor, target = _fallen_parties(token)
        return actor, target, _location(token, sent, actor, target)
    if kind is T.CAPTURE and token.lemma_.lower() == "change":
        # "the Heglig oil field changed hands": the place is what was taken, by no one named
        place = next((c for c in token.children if c.dep_ == "nsubj"), None)
        target = _entity_text(place) if place is not None else ""
        return "", target, _location(token, sent, "", target)
    if token.dep_ == "prt":
        token = token.head  # "Polish jets shot down two drones": the verb has the roles
    actor = target = ""
    for child in token.children:
        if child.dep_ == "nsubj" and not actor:
            # (not "25 bps" in "• Fed: 25 bps cut to 3.25%", the parser's subject)
            actor = "" if child.lower_ in BASIS_POINTS else _doer(child)
        elif child.dep_ == "dobj" and child.lemma_.lower() in _FIRED and kind is not T.INTERCEPTION:
            # "fired missiles at the air base": the weapons are not what was hit (though what
            # air defences "shot down" is)
            continue
        elif child.dep_ in ("dobj", "nsubjpass") and not target:
            # "launched a strike on Kyiv": the target is what the named attack is on; "took
            # control of the village": the village
            held = controlled(token) if child.lemma_.lower() == "control" else None
            if held is not None:
                target = _entity_text(held)
            else:
                target = _aim(child) if lexicon_type(child) is not None else _entity_text(child)
        elif (
            child.dep_ == "compound"
            and child.ent_type_ in ("GPE", "LOC")
            and token.lemma_.lower() in ("blockade", "quarantine")
            and not target
        ):
            target = _entity_text(child)  # "a Taiwan blockade": the place it closes
        elif (
            child.dep_ in ("amod", "compound", "poss")
            and child.ent_type_ in ("NORP", "GPE", "ORG")
            and child.lower_ not in _VENUES
            and not actor
        ):
            actor = _entity_text(child)
        elif child.dep_ == "agent" or (
            child.dep_ == "prep" and child.lower_ == "by" and is_noun(token)
        ):
            # "were hit by Russian drones", "a drone attack by Ukraine"
            objs = [g for g in child.children if g.dep_ == "pobj"]
            actor = actor or (_doer(objs[0]) if objs else "")
        elif (
            child.dep_ == "prep"
            and child.lower_ in _AIMS
            and not target
            # talks "at Mar-a-Lago" are held there, not aimed at it
            and not (kind in _BETWEEN_PARTIES and child.lower_ == "at")
        ):
            obj = _aimed_at(child)
            target = _entity_text(obj) if obj is not None else ""
    if not actor and token.dep_ in ("xcomp", "conj", "ccomp", "advcl", "dobj"):
        # "Israel carried out air strikes on Gaza": the verb's subject and aim are the event's;
        # a report's subject only when the event's is a pronoun for it ("Russia said it had
        # intercepted"), not in "two people were killed, the mayor said"
        reported = token.dep_ == "ccomp" and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in token.children
        )
        reacting = token.head.lemma_.lower() in _REACTING
        if token.dep_ == "advcl" and token.head.lemma_.lower() in STANCE_VERBS:
            # "Russia attacked Kyiv, officials said, killing two": the parse hangs the
            # participle on the report; its doer is the reported act's, not the reporter
            act = next((c for c in token.head.children if c.dep_ == "ccomp"), None)
            actor = next((_doer(c) for c in act.children if c.dep_ == "nsubj"), "") if act else ""
        elif not reported and not reacting:
            actor = next((_doer(c) for c in token.head.children if c.dep_ == "nsubj"), "")
        if token.dep_ == "dobj" and not target:
            target = _aim(token.head)
    if not actor:
        actor = _doer_above(token)
    if not target and kind in _BETWEEN_PARTIES:
        # the other party of talks or a deal: "met with Trump", "a deal with Kyiv"
        target = next(
            (
                _entity_text(o)
                for w in (token, token.head)
                for p in w.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children
                if o.dep_ == "pobj" and o.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
            ),
            "",
        )
    return actor, target, _location(token, sent, actor, target)


def _location(token: Token, sent: Span, actor: str, target: str) -> str:
    """The place nearest the trigger that a locative phrase puts the event in: "in the
    Zaporizhzhia region", "at Mar-a-Lago", "across the Gaza Strip". A country merely named
    elsewhere in the sentence ("Ukraine's President") is not where the event happened."""
    located = [
        e
        for e in entities_in(sent)
        if e.label_ in PLACE_LABELS and e.text not in (actor, target) and _in_locative(e.root)
    ]
    location = min(located, key=lambda e: abs(e.root.i - token.i), default=None)
    return location.text if location is not None else ""


def _fallen_parties(verb: Token) -> tuple[str, str]:
    """ "Pokrovsk fell to Russian forces": whoever the place fell to is the doer, the place
    the target."""
    place = what_fell(verb)
    to = [o for p in verb.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return (_doer(to[0]) if to else "", _entity_text(place) if place is not None else "")


def _doer_above(token: Token) -> str:
    """The named subject of the verb that does the act a noun names: "Germany pledged a
    further €2.5 billion in military aid", "Trump threatened to impose tariffs". A pronoun in a
    report is its speaker's ("Hamas said it would accept a truce"); otherwise a report's
    subject is not the doer of what it reports."""
    word = token
    for _ in range(4):
        if word.dep_ not in ("dobj", "pobj", "prep", "xcomp", "attr") or word.head.i == word.i:
            return ""
        word = word.head
        if is_verb(word) and word.lemma_.lower() in _REACTING:
            return ""
        if is_verb(word):
            subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PRON" and word.dep_ == "ccomp":
                # "Hamas said it would accept a truce": "it" is whoever says so
                subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return "" if subject.pos_ == "PRON" else _doer(subject)
    return ""


def _in_locative(word: Token) -> bool:
    """The word heads, or modifies the head of, the object of a locative preposition."""
    while word.dep_ in ("compound", "poss", "amod", "nmod") and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in _LOCATIVES


def _framed(frame: Token) -> list[Token]:
    """The words a frame governs, short of coordinated and adverbial clauses; a passive
    verb's subject is what it makes ("a ceasefire was agreed")."""
    out: list[Token] = []
    todo = [
        c
        for c in frame.children
        if (c.dep_ not in _FRAME_BARRIER or (c.dep_ == "nsubjpass" and is_verb(frame)))
        # "the first exchange under their ceasefire": what a deal is made under or after is
        # no term of it
        and not (c.dep_ == "prep" and c.lower_ in _TEMPORAL | {"under", "since", "despite"})
        # "any deal that would require Kyiv to cede territory": the terms a noun's relative
        # clause sets are the deal's own, and the deal stays an event
        and not (is_noun(frame) and c.dep_ == "relcl")
    ]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(
            c
            for c in t.children
            if (
                c.dep_ not in _FRAME_BARRIER
                # "to keep ... assets immobilised indefinitely", the participle the parser
                # hangs on "keep" as a clause of its own
                or (c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD") and t.lemma_.lower() == "keep")
            )
            # "proposed joint operation of the plant, which Russian forces have occupied": a
            # relative clause with a subject of its own describes the thing, it is no term
            and not (
                c.dep_ == "relcl"
                and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")
                    for g in c.children
                )
            )
        )
    return out


def _known_frame(token: Token) -> bool:
    """A plan or deal the sentence only refers to: "the 28-point plan", "discuss a framework"."""
    if not is_noun(token) or in_quoted_question(token):
        return False  # "the 'Hostage deal by Jan. 20?' contract": the deal asked about
    head = token.head.lemma_.lower()
    if token.dep_ == "dobj" and head in _DISCUSS:
        return True
    return _definite(token) and not (token.dep_ == "dobj" and head in _MAKE)


def _side_effect(token: Token, kind: EventType, live: list[tuple[Token, EventType, str]]) -> bool:
    """ "imposed export controls, hitting European carmakers": a measure's effect, not a strike.

    A participle of "hit" or "target" that trails a clause holding sanctions describes whom
    the sanctions reach.
    """
    if kind is not T.STRIKE or token.lemma_.lower() not in ("hit", "target") or token.tag_ != "VBG":
        return False
    inside = {g.i for g in token.subtree}
    return any(k is T.SANCTIONS_AID and t.i not in inside for t, k, _ in live)


def _not_a_decision(token: Token, kind: EventType) -> bool:
    """Talk about a decision that is not one: a dissenter's preference, a count of meetings.

    "2 of them preferring to leave rates unchanged", "for a fourth straight meeting".
    """
    if kind is T.POSITION:
        current = token
        # what a dissenter prefers is its object; a subject is what was decided ("The Fed cut
        # rates ..., but four officials dissented", read with "cut rates" as the subject)
        while current.head.i != current.i and current.dep_ not in ("nsubj", "nsubjpass"):
            if current.dep_ == "conj" and any(c.dep_ == "nsubj" for c in current.children):
                return False  # "Miran dissented ..., and the dot plot implied two more cuts"
            current = current.head
            if current.lemma_.lower() in _PREFERENCES:
                return True
        return False
    return (
        kind is T.TALKS
        and token.lemma_.lower() != "round"
        and not _set_down_for(token)  # "a second session was scheduled for Monday"
        and any(
            (c.ent_type_ == "ORDINAL" and c.lower_ != "first")  # "their first talks" are talks
            or c.lower_ in ("straight", "consecutive")
            for c in token.children
        )
    )


def _set_down_for(token: Token) -> bool:
    """A session put on the calendar: "a second session was scheduled for Monday", "with a
    second round planned for November" (the shorthand's participle); not a plan since
    changed ("increases originally planned for June", brought forward)."""
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _SET_DOWN:
        return True
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in _SET_DOWN
        and not any(a.lower_ in ("originally", "initially", "previously") for a in c.children)
        for c in token.children
    )


_SET_DOWN = _SCHEDULING | {"schedule", "plan"}


# A contract's price after the event it names: ": 41 cents", "trades at 27 cents", ": 12%",
# a trader's ": 16c".
_CONTRACT_PRICE = re.compile(
    r"(?::\s*|\b(?:at|trades at|trading at|traded at)\s+)\$?\d+(?:\.\d+)?\s*"
    r"(?:cents\b|¢|(?<=\d)c\b|%(?=\s*[,;(.]|\s*$))",
    re.IGNORECASE,
)
# a line that opens with the market it quotes: "Kalshi: Fed cut in April - 12%; June - 55%"
_MARKET_LINE = re.compile(r"[-•*\s]*(?:Kalshi|Polymarket|Manifold|PredictIt|Metaculus)(?: \w+)?:")
_DEADLINE_SET = re.compile(r"\b(?:by|before)\s+(?:the end|end-|[A-Z][a-z]{2,8}\.?\s*\d|\d{4})")


def _on_a_market_line(token: Token) -> bool:
    """The word is on a line that opens with the market it quotes: "Kalshi: Fed holds at
    January meeting — 94%." (the event priced, not the meeting it is decided at)."""
    text = document_text(token.doc)
    line = text.rfind("\n", 0, token.idx) + 1  # (the parser may split "Kalshi:" off)
    venue = _MARKET_LINE.match(text, line)
    return venue is not None and token.idx >= venue.end() and token.dep_ != "pobj"


def _contract_line(token: Token) -> bool:
    """The event a market's line names by its deadline, before the price: "- Russia takes
    Kostiantynivka by June 30: 41 cents", "a Ukraine ceasefire by June 30 trades at 27
    cents", "traders price a Putin-Trump meeting by Sept. 30 at 35 cents" (a line that opens
    with the market it quotes is read before, by :func:`_on_a_market_line`)."""
    sent = token.sent
    offset = token.idx - sent.start_char
    price = _CONTRACT_PRICE.search(sent.text)
    if price is None or offset >= price.start():
        return False
    return _DEADLINE_SET.search(sent.text[offset : price.start()]) is not None


def _refused_unless(chain: list[Token]) -> bool:
    """A negated verb of the chain with an "unless" clause of its own: "would not return to
    talks unless the United States dropped its demand"."""
    return any(
        any(c.dep_ == "neg" for c in t.children)
        and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
            for c in t.children
        )
        for t in chain
    )


def _proposed_with_place_and_day(token: Token) -> bool:
    """ "Putin proposed direct talks with Ukraine in Istanbul on Thursday": talks put forward
    with their own place and day are set for then (three authors against one); talks only
    proposed ("proposing negotiations on a new nuclear deal") are on offer."""
    if not (is_noun(token) and token.dep_ == "dobj" and token.head.lemma_.lower() == "propose"):
        return False
    scope = [
        *token.subtree,
        *(w for c in token.head.children if c.dep_ == "prep" for w in c.subtree),
    ]
    return any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in scope) and any(
        w.lower_ in WEEKDAYS for w in scope
    )


def _no_date_set_for(token: Token) -> bool:
    """ "no date was set for the next meeting", "no date had been set for a summit": a
    meeting nobody has fixed is neither planned nor denied (three authors of three)."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "for"):
        return False
    held = token.head.head  # the date, or the verb "set" the parser hangs "for" on
    dates = [held, *(c for c in held.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(
        d.lemma_.lower() == "date" and any(c.dep_ == "det" and c.lower_ == "no" for c in d.children)
        for d in dates
    )


def _reported(
    token: Token, kind: EventType, governors: set[int], claims: list[FoundClaim]
) -> str | None:
    """How a trigger refers (see :func:`_reference`), or None when the sentence only mentions
    or judges the event. A settlement plan and a truce the sentence is set in ("despite a
    ceasefire", "since the truce") are reported even from inside a phrase, but not a truce
    only named as broken ("in breach of the truce")."""
    if _generic(token) or _word_part(token) or (kind is T.STRIKE and _toll_of_the_attack(token)):
        return None
    if _no_date_set_for(token):
        return None
    if (
        kind is T.CEASEFIRE
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("end", "shatter", "wreck")
    ):
        return None  # "resumed air strikes, ending a truce that had held": a truce undone
    if (
        kind is T.CEASEFIRE
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in _COLLAPSES
        and _conditioned(token.head)
    ):
        return None  # "would resume attacks if the Gaza truce collapsed": the truce in force
    if kind is T.SANCTIONS_AID and _judged_by_its_effect(token):
        return None  # "US tariffs averaging about 17% would keep core inflation above target"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _REHEARSED:
        return None  # "accused Beijing of rehearsing a blockade": a drill, told as one
    if (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("claim", "announce")
        and any(c.dep_ == "neg" for c in token.head.children)
    ):
        return None  # "the Houthis have not claimed an attack since October": no claim made
    if (
        kind is T.SANCTIONS_AID
        and token.dep_ == "amod"
        and token.tag_ == "VBN"
        and token.lemma_.lower() != "exempt"  # (the verb misread: see _exempted_from_a_measure)
    ):
        return None  # "Western-supplied missiles", "sanctioned crude": what a thing is
    if (
        kind is T.SANCTIONS_AID
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("pause", "suspend", "delay", "postpone")
        and token.lemma_.lower() in SHELVED_LEVIES
    ):
        return None  # "paused the tariffs on Mexico": the decision to pause is the event
    halted = token.head if token.dep_ in ("dobj", "xcomp") else token
    if (
        kind in (T.CEASEFIRE, T.STRIKE)
        and is_verb(halted)
        and halted.lemma_.lower() in CEASE
        and _conditioned(halted)
    ):
        # "unless Washington halted its air strikes", "if the war did not end soon": the
        # condition set on a threat or an offer, no truce of its own, nor the strikes it names
        return None
    reference = _reference(token, governors)
    if _set_to_start(token) or _did_something(token) or foreseen_by_projections(token):
        return "event"
    judged = _anaphoric(token, claims)
    if (reference != "mention" and not judged) or peace_plan(token):
        return reference
    breached = token.dep_ == "pobj" and token.head.head.lemma_.lower() in ("breach", "violation")
    # "said it remained committed to the truce": a stance on the truce already in force
    kept_to = (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.head.head.lemma_.lower() in ("committed", "commitment")
    )
    return (
        reference
        if kind is T.CEASEFIRE and is_noun(token) and not (judged or breached or kept_to)
        else None
    )


def _candidates(
    sent: Span, claims: list[FoundClaim], claim_verbs: set[int]
) -> list[tuple[Token, EventType, str]]:
    """Trigger words of the sentence with their kinds and how they refer, frames resolved.

    A frame holding a more specific event gives way to it ("agreed to a ceasefire" is a
    ceasefire, "plans to pull troops out" a withdrawal), though a deal stays next to the
    tariffs it sets; a frame noun whose modifier names the kind takes that kind ("a ceasefire
    proposal", "the tariff threat"). A ceasefire made of stopping attacks ("agreed to stop
    targeting each other") is not also a strike.
    """
    found = [(t, k) for t in sent if (k := trigger_type(t)) is not None]
    governors = claim_verbs | {
        t.i for t, k in found if k is T.AGREEMENT or t.lemma_.lower() in _FRAME_NOUNS
    }
    live = [(t, k, r) for t, k in found if (r := _reported(t, k, governors, claims)) is not None]
    # what a court strikes down ("struck down Trump's emergency tariffs") is annulled by the
    # ruling, not imposed again
    annulled = {t.i for token, _, _ in live if struck_down(token) for t in _framed(token)}
    # "a 19th sanctions package that bans imports of Russian gas": the package's terms, one
    # measure
    measures = {t.i for t, k, _ in live if k is T.SANCTIONS_AID}
    restated = {
        t.i
        for t, k, _ in live
        if k is T.SANCTIONS_AID and t.dep_ == "relcl" and t.head.i in measures
    }
    out: list[tuple[Token, EventType, str]] = []
    for token, kind, reference in live:
        lemma = token.lemma_.lower()
        if token.i in annulled or token.i in restated:
            continue
        if kind is T.POSITION and peace_plan(token):
            out.append((token, kind, reference))  # stands beside the terms it proposes
            continue
        if kind in _FRAMES or lemma in ("threat", "ultimatum"):
            inner = {t.i for t in _framed(token)}
            held = {k for t, k, _ in live if k in _SPECIFIC and t.i in inner}
            if lemma in ("agree", "sign") or (is_noun(token) and lemma in _DEALS_SETTING):
                held -= {T.SANCTIONS_AID}  # "a deal with Japan setting a 15% tariff": both
            if lemma == "agree":
                # "agreed to hold further talks", "agreed to meet again": the talks planned
                held |= {k for t, k, _ in live if t.i in inner and k is T.TALKS}
                if agreed_alone(token):
                    # "OPEC+ agreed to raise output": the decision, no deal beside it
                    held |= {k for t, k, _ in live if t.i in inner and k in _DECIDED}
            if lemma in _OFFERED:
                # "Putin proposed direct talks with Ukraine": the talks on offer
                held |= {k for t, k, _ in live if t.i in inner and k is T.TALKS}
            if lemma in _CONDITIONAL_NOUNS:
                # "a US proposal for arms control talks": the talks proposed
                held |= {
                    k for t, k, _ in live if t.i in inner and k is T.TALKS and t.dep_ == "pobj"
                }
            if lemma == "sign":
                held -= {T.WITHDRAWAL}  # "sign any document that required it to hand over"
            if kind is T.POSITION and (
                decides_a_motion(token)
                or struck_down(token)
                or court_ruled(token)
                or lemma == "veto"
                or _plan_to_act_approved(token)
                or _voted_to_approve(token)
                or (lemma == "back" and _legislature_acts(token))
            ):
                # "passed a law allowing troops to shoot down drones", "threatened to veto the
                # sanctions": the decision, beside what it decides
                held = set()
            if held:
                continue
            # a frame's modifier names its kind ("a ceasefire proposal"); not a truce's or a
            # deal's on levies ("their tariff truce", "clinch a tariff deal" are trade deals,
            # not the levy)
            named = [
                k
                for c in token.children
                if c.dep_ == "compound"
                and lemma not in ("truce", "ceasefire")
                and not (lemma in ("deal", "agreement", "pact") and c.lemma_.lower() in LEVIES)
                and (k := _kind_named_by(c)) is not None
            ]
            if named:
                out.append((token, named[0], reference))
                continue
            if kind in _FRAMES and lemma in _FRAME_NOUNS and _known_frame(token):
                continue
            if lemma == "agree" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() == "hear" for c in token.children
            ):
                # "the Supreme Court agreed to hear the tariff case": the court's decision
                out.append((token, T.POSITION, reference))
                continue
            if lemma == "agree" and agreed_alone(token) and _agreed_as_a_bloc(token):
                # "NATO leaders agreed to raise defence spending": the bloc's decision
                out.append((token, T.POSITION, reference))
                continue
        if kind is T.STRIKE and any(
            k is T.CEASEFIRE
            and (
                (t.lemma_.lower() in CEASE and token.i in {g.i for g in t.subtree})
                or (
                    is_noun(t)
                    and (stopped := paused_hostility(t)) is not None
                    and stopped.i == token.i
                )
            )
            for t, k, _ in live
        ):
            continue
        if (
            _side_effect(token, kind, live)
            or _not_a_decision(token, kind)
            or _restated(token)
            or _violation_told(token, kind, live)
            or _scramble_answering(token, kind, live)
            or _priced_alternative(token, kind, live)
            or (kind is T.AGREEMENT and _readiness(token) == "agree")
        ):
            continue
        out.append((token, kind, reference))
    # "signed an agreement on Monday under which the group will hand over its weapons by June":
    # the deal a verb of its kind signs is that one event, whatever its terms' clause says of
    # what is to come
    signing = {t.i for t, k, _ in out if k is T.AGREEMENT and is_verb(t)}
    return [
        (t, k, r)
        for t, k, r in out
        if not (k is T.AGREEMENT and is_noun(t) and t.dep_ == "dobj" and t.head.i in signing)
    ]


_DEALS_SETTING = {"deal", "agreement", "pact", "accord", "framework"}


def _kind_named_by(modifier: Token) -> EventType | None:
    """The specific kind a frame noun's modifier names ("a ceasefire proposal", "the tariff
    threat"), or a decision for "Hungary's veto threat", a threat to block one."""
    if modifier.lemma_.lower() == "veto":
        return T.POSITION
    kind = lexicon_type(modifier)
    return kind if kind in _SPECIFIC else None


_VIOLATIONS = {"violate", "breach", "violation"}
_APPROVALS = {"approve", "endorse", "adopt"}


_RETURNS = {"snapback", "process", "restore", "return", "reimpose", "reimposition"}


def _return_set_off(token: Token) -> bool:
    """ "triggered the snapback of UN sanctions", "triggered the process to restore UN
    sanctions": the sanctions come back at the end of the process, not when it starts."""
    above = list(token.ancestors)[:4]
    return any(a.lemma_.lower() == "trigger" for a in above) and any(
        a.lemma_.lower() in _RETURNS for a in above
    )


def _voted_to_approve(token: Token) -> bool:
    """ "the Senate voted to approve tariffs of up to 50%", "voted to advance the sanctions
    bill": the vote is the decision, and the measure it approves stands beside it."""
    return token.lemma_.lower() == "vote" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _APPROVALS | {"advance", "pass"}
        for c in token.children
    )


def _legislature_acts(verb: Token) -> bool:
    """The verb's subject is a legislature ("Iran's parliament backed closing the strait")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in LEGISLATURES for c in verb.children)


def _backed_by_lawmakers(token: Token) -> bool:
    """An act a parliament or a vote approves or backs ("voted to back closing the strait",
    "parliament approved closing the strait")."""
    head = token.head
    if token.dep_ not in ("xcomp", "dobj", "pcomp") or head.lemma_.lower() not in _APPROVALS | {
        "back"
    }:
        return False
    return head.head.lemma_.lower() == "vote" or _legislature_acts(head)


def _approved_by_a_vote(token: Token) -> bool:
    """ "the Senate voted to approve tariffs of up to 50%", "parliament voted to approve a
    loan": a measure the vote approves is still to be applied."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in _APPROVALS
        and token.head.dep_ == "xcomp"
        and _voted_to_approve(token.head.head)
    )


def _plan_to_act_approved(token: Token) -> bool:
    """ "the security cabinet approved a plan to take control of Gaza City": the cabinet
    decided, and the capture is planned; two events."""
    return token.lemma_.lower() in _APPROVALS and any(
        o.dep_ == "dobj"
        and o.lemma_.lower() in ("plan", "proposal")
        and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in o.children)
        for o in token.children
    )


_STAYS = {"hold", "keep", "leave", "stay"}
_SHARE_DONE = re.compile(
    r"""(?:is|was|are|were|(?:has|had) been)\s+["'“]?(?:about |nearly |roughly |almost )?"""
    r"\d+(?:\.\d+)?\s?%\s+(agreed|ready)",
    re.IGNORECASE,
)


def _readiness(token: Token) -> str | None:
    """The word that gives a deal's share done ("the 20-point framework was 90% agreed", "a
    peace agreement was 90% ready"), if the sentence gives one: a deal partly agreed is no
    deal yet. Read from the words, as the parser hangs "90% agreed" several ways."""
    if token.lower_ in ("agreed", "ready"):
        told = token.doc[token.sent.start : token.i + 1].text
        found = _SHARE_DONE.search(told)
        found = found if found and found.end() == len(told) else None
    elif token.dep_ in ("nsubj", "nsubjpass"):
        found = _SHARE_DONE.match(token.doc[token.i + 1 : token.sent.end].text)
    else:
        return None
    return found.group(1).lower().replace("agreed", "agree") if found else None


def _priced_alternative(
    token: Token, kind: EventType, live: list[tuple[Token, EventType, str]]
) -> bool:
    """ "expect the ECB to keep its deposit rate at 2% next week, pricing less than a 10%
    chance of a cut": the cut is the other outcome of the same meeting, no move of its own. One
    with a time of its own ("odds of a hike by June") is another meeting's."""
    if kind is not T.POSITION or not is_noun(token) or not _priced(token):
        return False
    if any(w.ent_type_ == "DATE" for w in verb_of(token).subtree):
        return False  # the price's clause holds the time, however the parser hangs it
    return any(k is T.POSITION and is_verb(t) and t.lemma_.lower() in _STAYS for t, k, _ in live)


def _scramble_answering(
    token: Token, kind: EventType, live: list[tuple[Token, EventType, str]]
) -> bool:
    """ "scrambled jets after Russian drones entered its airspace": most authors mark the
    incursion alone; jets scrambled as a strike goes on are the sentence's alert."""
    return (
        kind is T.THREAT
        and token.lemma_.lower() == "scramble"
        and any(k is T.THREAT and t.i != token.i for t, k, _ in live)
    )


def _violation_told(
    token: Token, kind: EventType, live: list[tuple[Token, EventType, str]]
) -> bool:
    """ "accused Hamas of breaching the ceasefire" after "2 soldiers were killed": the breach
    is the attack or the killing the sentence tells, not another strike. A violation stands
    for the fire only where nothing else tells it ("accused India of violating the ceasefire
    overnight")."""
    if kind is not T.STRIKE or token.lemma_.lower() not in _VIOLATIONS:
        return False
    return any(
        k in (T.STRIKE, T.CASUALTIES) and t.lemma_.lower() not in _VIOLATIONS for t, k, _ in live
    )


_ORDINALS = {"first", "second", "third", "last", "latest", "only"}


def _restated(token: Token) -> bool:
    """The act told again to place it in a series: "..., the first time a NATO member has
    fired on Russian assets", "..., the first such interception since January", "4th deadly
    strike in the south since Friday"."""
    marks = {c.lower_ for c in token.children if c.dep_ == "amod"}
    if "such" in marks and marks & _ORDINALS:
        return True
    # ("their first face-to-face talks since ..." are new: a first is no repeat)
    counted = any(
        c.dep_ == "amod" and c.ent_type_ == "ORDINAL" and c.lower_ not in ("first", "1st")
        for c in token.children
    )
    if counted and (
        token.dep_ == "appos"
        or any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children)
    ):
        return True  # "..., the fifth large attack on the grid since the start of the year"
    # ("the first time alliance forces have fired", which the parser may read as the
    # subject "the first time alliance forces")
    times = [
        a
        for a in token.ancestors
        if any(c.dep_ == "relcl" and token in c.subtree for c in a.children)
    ] + [w for c in token.children if c.dep_ == "nsubj" for w in c.children if w.dep_ == "compound"]
    return any(
        a.lemma_.lower() == "time"
        and any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in a.children)
        for a in times
    )


_ANOTHER = {"next", "new", "second", "third", "further", "fresh", "final", "last", "latest"}


_MORE = {"more", "further", "additional", "another"}
_PARTS_OF = {"some", "part", "point", "parts", "points", "most", "none", "all", "many", "one"}


def _more_foreseen(token: Token) -> bool:
    """ "the dot plot showed two more cuts by year-end", "signalled two further cuts": more
    moves, named as others, which a projection foresees are still to come."""
    more = any(
        c.lower_ in _MORE for c in token.children if c.dep_ in ("amod", "det", "nummod")
    ) or any(g.lower_ in _MORE for c in token.children if c.dep_ == "nummod" for g in c.children)
    return (
        is_noun(token) and more and token.dep_ == "dobj" and token.head.lemma_.lower() in FORESEEING
    )


def _refers_back(token: Token) -> bool:
    """A definite noun for an act of a kind its sentence has already told: "the withdrawal",
    "this attack" is that act again, not a second one."""
    if (
        token.lemma_.lower() in ("toll", "figure")
        and any(c.dep_ == "relcl" for c in token.children)
        and after_comma(token.left_edge)
    ):
        return True  # "..., a toll that could not be independently verified": the toll told
    return (
        is_noun(token)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
        # "the next cut" is another one
        and not any(c.lower_ in _ANOTHER for c in token.children if c.dep_ == "amod")
        # "the 'US-Ukraine minerals deal by March 31?' contract": the one a market asks about
        and not in_quoted_question(token)
    )


_COLLAPSES = {"collapse", "unravel", "fail", "crumble", "falter", "break"}
_AGAIN = {"resume", "reconvene", "restart", "continue"}


def _resumed(token: Token) -> bool:
    """ "the talks would resume on Dec. 19": the act again, a new session, not the one told."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _AGAIN


def _separate(a: Token, b: Token, told_by_verbs: bool = True) -> bool:
    """Two coordinated verbs, each with its own subject ("Hamas handed over ..., and Israel
    freed"), or two moves of levies ("paused most tariffs but raised the levy on China").
    ``told_by_verbs`` is False where the acts are nouns and these are their clauses' verbs."""

    def subject(t: Token) -> int | None:
        found = next((c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        before = t.doc[t.i - 1] if t.i else t
        if (
            found is None
            and t.dep_ == "conj"
            and before.pos_ == "PROPN"
            and before.dep_ in ("conj", "appos")
        ):
            # "Hamas released the hostages on Monday and Israel freed ...": the parser joins
            # "Israel" to "Monday" and leaves "freed" without the subject before it; "84 of
            # the 97 drones Russia launched" hangs "Russia" on the drones
            return before.i
        return found

    if _contrasted(a, b) or _contrasted(b, a) or _more_foreseen(a) or _more_foreseen(b):
        return True  # ... or "and futures imply one more cut": another one
    if not (is_verb(a) and is_verb(b)):
        # "Washington's levy took effect, and Beijing answered with duties": two clauses,
        # each with its own subject, each holding one
        ga, gb = _clause_verb(a), _clause_verb(b)
        return (
            ga is not None
            and gb is not None
            and ga.i != gb.i
            and (ga is not a or gb is not b)
            and _separate(ga, gb, told_by_verbs=False)
        )
    if (
        (
            (a.dep_ in ("conj", "advcl") and a.head.i == b.i)
            or (b.dep_ in ("conj", "advcl") and b.head.i == a.i)
        )
        and a.lemma_ != b.lemma_
        and levy_moved(a)
        and levy_moved(b)
    ):
        return True  # "paused most tariffs for 90 days while raising duties on China": two
    # "Hamas released the hostages and Israel began freeing prisoners": the verbs that hold
    # the triggers as their complements are the clauses compared
    while a.dep_ == "xcomp" and is_verb(a.head):
        a = a.head
    while b.dep_ == "xcomp" and is_verb(b.head):
        b = b.head
    sa, sb = subject(a), subject(b)
    if sa is None or sb is None or sa == sb:
        return False
    if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i):
        return True
    if (
        told_by_verbs
        # each done to something ("Kalshi hold 84%, 25 bp cut 15%": prices, not acts)
        and all(
            any(c.dep_ == "dobj" and c.ent_type_ not in ("PERCENT", "MONEY") for c in t.children)
            for t in (a, b)
        )
        and any(x.dep_ == "ccomp" and x.head.i == y.i for x, y in ((a, b), (b, a)))
        and any(t.text == "," for t in a.doc[min(sa, sb) : max(sa, sb)])
    ):
        # "Israeli jets struck a depot near Baalbek, a drone hit a car in Tyre": two clauses
        # set side by side with a comma, one hung on the other as its complement
        return True
    # "three women were handed to the Red Cross on Sunday, hours after the truce took effect,
    # and Israel released 90 prisoners": two conjoined clauses the parser hangs apart
    return a.dep_ == "conj" or b.dep_ == "conj"


def _two_acts(a: Token, b: Token) -> bool:
    """Two decisions or strikes coordinated under one subject, each with its own object:
    "India has suspended the Indus Waters Treaty and expelled Pakistani military advisers",
    "threatened to expel inspectors and to quit the Non-Proliferation Treaty", "drones hit the
    Saratov refinery overnight and struck a fuel depot in Bryansk"."""
    return (
        is_verb(a)
        and is_verb(b)
        and a.lemma_ != b.lemma_
        and ((a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i))
        and all(any(c.dep_ == "dobj" for c in t.children) for t in (a, b))
    )


def _two_instruments(a: Token, b: Token) -> bool:
    """A levy moved beside a measure of another kind, under one subject: "raised its duties on
    U.S. goods to 84% and added six American firms to its unreliable entity list" is two; "added
    12 banks to its sanctions list and froze assets" is one listing told by what it does. A
    rate on other goods added to a levy ("along with 25% on heavy trucks") is its own."""
    return (_two_acts(a, b) and levy_moved(a) != levy_moved(b)) or any(
        levy_alongside(t) for t in (a, b)
    )


def _scope(trigger: Token) -> Token:
    """The clause a trigger is told in: itself if a verb, else the verb above it."""
    if is_verb(trigger):
        return trigger
    return next((h for h in trigger.ancestors if is_verb(h)), trigger)


def _setting(scope: Token, other: Token) -> tuple[set[str], set[str]]:
    """The places and dates told in a clause, leaving out another clause inside it."""
    theirs = {t.i for t in other.subtree} if other.i in {t.i for t in scope.subtree} else set()
    own = [t for t in scope.subtree if t.i not in theirs]
    places = {t.text for t in own if t.ent_type_ in ("GPE", "LOC", "FAC")}
    dates = {t.text for t in own if t.ent_type_ == "DATE"}
    return places, dates


def _met_elsewhere(a: Token, b: Token) -> bool:
    """Two meetings, each told in its own clause with its own place or day: "will meet Ishiba
    in Tokyo on Saturday before flying to Washington for his first summit with Trump on
    Monday"; not one meeting named twice ("met in Riyadh for technical talks")."""
    sa, sb = _scope(a), _scope(b)
    if sa.i == sb.i:
        return False
    for outer, inner in ((sa, sb), (sb, sa)):
        if inner.i in {t.i for t in outer.subtree}:
            link = next(c for c in outer.children if inner.i in {t.i for t in c.subtree})
            purpose = any(c.tag_ == "TO" for c in link.children)
            if not (
                (link.dep_ in ("conj", "advcl") and not purpose)
                or (link.dep_ == "prep" and link.lower_ in ("before", "after"))
            ):
                return False  # "met at Mar-a-Lago to discuss", "..., their first talks since"
    places_a, dates_a = _setting(sa, sb)
    places_b, dates_b = _setting(sb, sa)
    return bool(
        (places_a and places_b and places_a.isdisjoint(places_b))
        or (dates_a and dates_b and dates_a.isdisjoint(dates_b))
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause the word is an argument of: itself, the verb it is subject or
    object of, or the verb its preposition hangs on ("answered with duties"). A word further
    down ("a contract on a truce") is told about, not told as its own act."""
    if is_verb(token):
        return token
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return head if is_verb(head) else None


_SEQUENCE = {"after", "before", "since"}
# Kinds a second act told "after" the first is a second event of (a strike "after hitting it
# with missiles" is the one strike).
_SEQUENCED = {T.CAPTURE, T.POSITION}


def _earlier_act(a: Token, b: Token) -> bool:
    """An act told as what came before or after the other, in its own clause under "after",
    "before" or "since": "captured Bukavu on Sunday, two weeks after seizing Goma", "retook
    the town, three weeks after RSF fighters seized it"."""
    if not (is_verb(a) and is_verb(b)):
        return False
    if a.dep_ == "pcomp" and a.head.lower_ in _SEQUENCE:
        link = a.head
    elif a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE for c in a.children):
        link = a
    else:
        return False
    return b.i in {t.i for t in link.head.subtree} and link.head.i != a.i


def _contrasted(a: Token, b: Token) -> bool:
    """A clause with its own subject set against the one that holds the other event: "the
    United States pledged $200 million in aid, while Germany promised €125 million"; not a
    vote told by its sides ("passed with 13 votes, while Russia and China abstained")."""
    governor = b if is_verb(b) else next((h for h in b.ancestors if is_verb(h)), None)
    return (
        is_verb(a)
        and a.lemma_.lower() not in ("abstain", "vote")
        and governor is not None
        and a.dep_ == "advcl"
        and a.head.i == governor.i
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in a.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children)
    )


def _told_by_another(a: Token, b: Token, claims: list[FoundClaim]) -> bool:
    """Two verbs, each in what a different speaker says, neither report inside the other:
    "Iranian media reported that missiles had hit Haifa, while Israel said its jets had struck
    Tehran" tells two strikes, not one twice; "Trump threatened to strike Iran, and Tehran
    warned it would target US bases" two threats."""
    said_a, said_b = _claim_of(a, claims), _claim_of(b, claims)
    if said_a is None or said_b is None:
        return False

    def doer_named(t: Token, said: FoundClaim) -> bool:
        # "blamed Kyiv for an attack on a refinery": an accusation names who did it
        # "Israeli strikes", "Iranian missile attacks": a noun naming its doer
        return said.stance is Stance.ACCUSE or (
            any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            if is_verb(t)
            else any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
                for c in t.children
            )
            # "strikes by Israel" (also as the parser hangs it: "killed in strikes by Israel"),
            # "missiles fired by Iran"
            or any(
                p.lower_ == "by" and any(g.ent_type_ in ("NORP", "GPE", "ORG") for g in p.children)
                for c in [
                    t,
                    *(c for c in t.children if c.dep_ == "acl"),
                    *([t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "in" else []),
                ]
                for p in c.children
                if p.dep_ in ("prep", "agent")
            )
        )

    # a past act two sides tell may be one act told twice ("it had intercepted a missile
    # launched from Yemen, and the Houthis claimed they had targeted the airport"), unless
    # each teller names its own doer; two threats are always two
    own_doers = doer_named(a, said_a) and doer_named(b, said_b)
    ahead = (
        all(c.stance in _FORWARD_STANCES for c in (said_a, said_b)) and is_verb(a) and is_verb(b)
    )
    return (
        (own_doers or ahead)
        and said_a.speaker != said_b.speaker
        and said_a.verb_index != said_b.verb_index
        and not said_a.content_start <= a.doc[said_b.verb_index].idx < said_a.content_end
        and not said_b.content_start <= b.doc[said_a.verb_index].idx < said_b.content_end
    )


def _aim_told(token: Token, kind: EventType, claims: list[FoundClaim], actor: str) -> str | None:
    """A strike told by what a side says it was aimed at ("Moscow said it had targeted a
    meeting of commanders", "accused Israel of deliberately targeting journalists"): where
    the sentence tells the strike itself too, the same strike. The doer as told (the accused,
    in a charge), or None for any other trigger."""
    if kind is not T.STRIKE or not is_verb(token):
        return None
    said = _claim_of(token, claims)
    if said is None:
        return None
    accused = next((c.text for c in token.doc[said.verb_index].children if c.dep_ == "dobj"), actor)
    if token.lemma_.lower() == "target":
        return accused if said.stance is Stance.ACCUSE else actor
    if said.stance is Stance.ACCUSE and token.lemma_.lower() in ("strike", "hit", "attack"):
        return accused  # "accused Russia of deliberately striking civilians": a charge of aim
    return None


def _on_the_table(token: Token) -> bool:
    """ "a December cut remained on the table", "a July cut is back on the table", "said a
    cut stays on the table if tariffs hit growth": an option weighed, not a move decided."""
    if token.dep_ != "nsubj":
        return False
    own = {w.i for w in token.subtree}
    return any(
        w.lower_ == "table" and w.head.lower_ == "on" and w.i not in own for w in token.head.subtree
    )


def _threatened_before(modifier: Token) -> bool:
    """ "the threatened 22% tariffs": a measure held over someone, not yet taken; "its
    long-threatened offensive" has been threatened for long, and the sentence tells it now."""
    return (
        modifier.dep_ == "amod"
        and modifier.lemma_.lower() == "threaten"
        and not any(
            c.dep_ == "advmod" and c.lower_ in ("long", "much", "oft") for c in modifier.children
        )
    )


def _opposing_doers(a: Token, b: Token, sent: Span, side_of: Callable[[str], str] | None) -> bool:
    """Two strikes whose doers the gazetteer puts on two sides: "Israeli warplanes hit a power
    station in Sanaa, after the Houthis fired a missile at central Israel" is a strike and
    the one it answers."""
    if side_of is None or not (is_verb(a) and is_verb(b)):
        return False
    return not _same_side(_roles(a, sent, T.STRIKE)[0], _roles(b, sent, T.STRIKE)[0], side_of)


def _same_side(a: str, b: str, side_of: Callable[[str], str] | None) -> bool:
    """Whether two actors may be one doer: either unnamed, or of one side as far as the
    gazetteer knows ("Russian missiles" and "Moscow")."""
    if not a or not b:
        return True
    if side_of is None:
        return a == b
    side_a, side_b = side_of(a), side_of(b)
    return not side_a or not side_b or side_a == side_b


def _trigger_phrase(token: Token) -> str:
    """The trigger with the words that qualify it right before it: "local ceasefires", "30-day
    energy ceasefire", "US-brokered humanitarian truce" (a question's criteria may count some
    kinds and not others); a verb is itself ("struck")."""
    if not is_noun(token):
        return token.text
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nummod")]
    start = min((c.left_edge.i for c in modifiers), default=token.i)
    return token.doc[start : token.i + 1].text


# Links out of which a time above no longer dates an event: its clause is a subject's or a
# noun's, with times of its own.
_OWN_CLAUSE = {"nsubj", "nsubjpass", "csubj", "acl", "relcl", "appos"}


def _time_anchor(doc: Doc, start: int) -> Token | None:
    """The word a time expression hangs from: the nearest word above it that names an
    event, is a verb, or is "effective" (which stands for the measure named before it)."""
    current = token_at(doc, start)
    if current is None:
        return None
    while current.pos_ in ("ADP", "ADV") and current.i + 1 < current.sent.end:
        current = doc[current.i + 1]  # from "ahead of tomorrow" to its day
    if current.dep_ in ("poss", "compound", "nmod") and trigger_type(current.head) is None:
        return None  # "ahead of tomorrow's election": the day of the election, no event's
    while current.head.i != current.i:
        current = current.head
        if current.lower_ in ("since", "despite") and current.idx < start:
            # "266 attacks since the agreed ceasefire on January 19": the time of what a span
            # runs from, not of the act told
            return None
        if current.lower_ == "effective" or trigger_type(current) is not None or is_verb(current):
            return current
    return None


def _dated_objects(verb: Token) -> list[Token]:
    """The events a verb's time dates through it: "will hold talks on Friday"."""
    return [
        c
        for c in verb.children
        if (
            c.dep_ in ("dobj", "nsubjpass")
            or (c.dep_ == "nsubj" and verb.lemma_.lower() in _STARTS)
        )
        and trigger_type(c) is not None
    ]


def token_at(doc: Doc, start: int) -> Token | None:
    """The word a character offset falls in."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _extended_by_a_past_act(verb: Token) -> bool:
    """ "signed an order on Monday extending the tariff truce to Nov. 10": the extension is
    done when the act that makes it is; the date is where it now runs to."""
    return (
        verb.lemma_.lower() == "extend"
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl")
        and _told_as_past(verb.head)
    )


def _dated_ahead(anchors: Iterable[Token], starts: set[int] = frozenset()) -> set[int]:
    """The triggers a time still to come dates: "talks on Friday", "declare a truce from
    May 8". ``anchors`` are the words the future times hang from (:func:`_time_anchor`); each
    time goes to the word that names an event, or to the object of the verb; a verb told in
    the past ("agreed to keep output unchanged through March") has happened, whatever span it
    sets, but what it sets to start later ("a truce from May 8") is still to come. ``starts`` holds
    the token positions where those future times begin."""
    dated: set[int] = set()
    for current in anchors:
        doc = current.doc
        if current.lower_ == "effective" or (
            current.lower_ in ("starting", "beginning")
            and not any(c.dep_ == "dobj" for c in current.children)
        ):
            # "new tariff rates ..., effective from Aug. 7", "a 50% tariff on imports from
            # Brazil starting Aug. 1": the measure named before it
            measures = [
                t
                for t in doc[current.sent.start : current.i]
                if is_noun(t) and trigger_type(t) is not None
            ]
            measure = measures[-1] if measures else None
            if current.head in measures:
                measure = current.head  # "a baseline tariff on imports and higher rates, effective"
            decided = measure is not None and (
                measure.dep_ == "dobj"
                and trigger_type(measure.head) is not None
                and _told_as_past(measure.head)
            )
            if measure is not None and not decided:
                # (not "raised its tariff to 84%, effective Thursday": the raise is decided)
                dated.add(measure.i)
        elif not (_told_as_past(current) or _extended_by_a_past_act(current)):
            if trigger_type(current) is not None:
                dated.add(current.i)
            else:
                dated.update(c.i for c in _dated_objects(current))
                if current.dep_ in ("relcl", "acl") and trigger_type(current.head) is not None:
                    dated.add(current.head.i)  # "the talks, which resume on Thursday"
        elif any(
            c.dep_ == "prep"
            and c.lower_ == "from"
            # ("from 4 p.m. on Saturday": the day hangs inside the phrase)
            and any(g.i in starts for g in c.subtree)
            for c in current.children
        ):
            # "Putin ordered a 72-hour truce from May 8 to May 10": ordered, and to start later
            dated.update(c.i for c in _dated_objects(current))
    return dated


def _dating_time(token: Token, anchors: dict[int, Token]) -> int | None:
    """Which of the sentence's time expressions dates an event: one that hangs from the
    trigger itself (or from the verb whose object it is), else the one hanging from the
    nearest word above it ("said in February that 46,000 soldiers had been killed"). A time
    from another clause does not date it ("has proposed joint operation of the plant,
    which Russian forces have occupied since March 2022")."""
    above = [token]
    # up through the clauses that report or govern it, not out of a subject or a modifier
    # ("amendments proposed by Kyiv risked undoing what was reached in August")
    while above[-1].head.i != above[-1].i and above[-1].dep_ not in _OWN_CLAUSE:
        above.append(above[-1].head)
    best: tuple[int, int] | None = None
    for start, anchor in anchors.items():
        if anchor.sent.start != token.sent.start:
            continue
        if (
            anchor.i == token.i
            or token in _dated_objects(anchor)
            or (anchor.dep_ in ("relcl", "acl") and anchor.head.i == token.i)
        ):
            rank = 0  # "talks on Friday", "will hold talks on Friday", "talks, which resume on Thursday"
        elif anchor in above:
            rank = above.index(anchor)
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, start)
    return None if best is None else best[1]


def find_events(
    doc: Doc,
    claims: list[FoundClaim],
    side_of: Callable[[str], str] | None = None,
    future: Sequence[tuple[int, int]] = (),
    dates: Sequence[int] = (),
) -> list[FoundEvent]:
    """Events in a parsed document: one of each type and modality per clause.

    A second event of a kind already found is kept when its modality differs ("said its troops
    had captured Siversk, but Kyiv denied the town had fallen") or when it is a clause with its
    own subject ("Hamas handed over 20 hostages, and Israel freed 1,968 prisoners").

    Mentions are left out: a noun in a prepositional phrase ("in the peace negotiations") or a
    definite noun the sentence only judges ("the strikes would have consequences").
    ``side_of`` gives an actor's side (from the gazetteer), so that a warning that one's own
    side could strike reads as a threat. ``future`` holds the character spans of the
    document's time expressions that fall after its date: what they date is planned.
    ``dates`` holds the starts of the time expressions that may date an event (deadlines
    excluded); each event's ``dated_by`` names the one that does, if any.
    """
    events: list[FoundEvent] = []
    claim_verbs = _report_verbs(claims)
    # each time expression's anchor, found once for both uses
    starts = {s for s, _ in future} | set(dates)
    anchor_of = {s: a for s in starts if (a := _time_anchor(doc, s)) is not None}
    ahead = _dated_ahead(
        (anchor_of[s] for s, _ in future if s in anchor_of),
        {t.i for s, _ in future if (t := token_at(doc, s)) is not None},
    )
    anchors = {s: anchor_of[s] for s in dates if s in anchor_of}
    strikes_before_semicolon: list[FoundEvent] = []
    for sent in doc.sents:
        found: dict[EventType, FoundEvent] = {}
        more: list[FoundEvent] = []
        heads: dict[EventType, list[Token]] = {}
        for token, kind, reference in _candidates(sent, claims, claim_verbs):
            if token.lemma_.lower() == "follow" and kind is T.POSITION:
                # the step followed, of the kind told before it: "the US Treasury lifted most
                # sanctions on Syria, and the EU is set to follow"
                told = [k for k in (*found, *(e.type for e in more)) if k in _DECIDED]
                kind = told[-1] if told else kind
            decider = _decided_alone_by(token) if kind in _DECIDED else None
            if decider is not None:
                # "OPEC+ agreed on Sunday to keep output unchanged through March": decided
                # when agreed, whatever date it sets
                modality = _modality(decider, sent, claims, T.AGREEMENT, False, side_of)
            else:
                if _did_something(token):
                    # "despite the tariff that took effect on Wednesday": its own clause tells
                    # it happened, whatever the sentence says of the rest
                    told = _claim_of(token, claims) is not None
                    modality = Modality.ALLEGED if told else Modality.OCCURRED
                else:
                    modality = _modality(
                        token, sent, claims, kind, reference == "hypothetical", side_of
                    )
                if (
                    token.i in ahead
                    and modality in (Modality.OCCURRED, Modality.ALLEGED)
                    and not _of_adopted_package(token)
                ):
                    modality = Modality.PLANNED  # dated after the article: still to come
                elif (
                    kind is T.CEASEFIRE and modality is Modality.ALLEGED and _truce_in_force(token)
                ):
                    modality = Modality.OCCURRED  # the narrator's setting, not the speaker's claim
                elif (
                    kind is T.SANCTIONS_AID
                    and modality is Modality.CONDITIONAL
                    and _levied_unless(token)
                ):
                    # "said Washington would raise tariffs on Indian goods to 50% unless New
                    # Delhi halted purchases of Russian crude": a penalty held over another
                    modality = Modality.THREATENED
                elif (
                    kind is T.POSITION
                    and token.lemma_.lower() == "offer"
                    and modality in (Modality.OCCURRED, Modality.ALLEGED)
                ):
                    modality = Modality.CONDITIONAL  # "offered to join an inquiry": on offer
                elif kind is T.TALKS and (
                    (modality is Modality.CONDITIONAL and _meets_when(token))
                    or (modality is Modality.OCCURRED and _opens_on_schedule(token))
                ):
                    modality = Modality.PLANNED
            followed = _step_followed(token)
            prior = next(
                (
                    e
                    for step in ([followed, *followed.ancestors] if followed else [])
                    for e in [*found.values(), *more]
                    # (the step followed, or the event whose clause "followed by" hangs on:
                    # "due to meet on Sunday to discuss a pact, followed by talks in Muscat")
                    if e.trigger_start == step.idx
                ),
                None,
            )
            if prior is not None:
                # "a three-month humanitarian truce, followed by a permanent ceasefire": the next
                # step of a plan or a schedule, as the first one stands
                modality = prior.modality
            if (kind is T.TALKS and _discussion_refused(token, modality)) or (
                kind is T.SANCTIONS_AID and (_power_in_question(token) or _levy_judged(token))
            ):
                continue
            if (
                token.dep_ in ("relcl", "acl")
                and _any_such(token.head)
                and trigger_type(token.head) is kind
            ):
                continue  # "any ceasefire that froze the front line": the kind of truce told
            if (
                kind is T.SANCTIONS_AID
                and token.lemma_.lower() in _SHELVING
                and token.dep_ == "xcomp"
                and T.AGREEMENT in found
                and found[T.AGREEMENT].trigger_start == token.head.idx
            ):
                # "Trump had agreed to pause the tariffs on Mexico for one month": the pause is
                # what the agreement told is (five authors leave it out, two keep it)
                continue
            if kind in found:
                if _refers_back(token) and not _resumed(token):
                    continue  # "Israeli forces pulled back ..., and the IDF says the withdrawal"
                same = [e for e in [found[kind], *more] if e.type is kind]
                if any(e.modality is modality for e in same):
                    told_apart = [_told_by_another(token, o, claims) for o in heads[kind]]
                    # "14 people were killed and 60 wounded": one toll, of the dead and hurt;
                    # two sides' tolls, each told by its own speaker, are two
                    if (kind is T.CASUALTIES and not all(told_apart)) or not all(
                        apart
                        or _separate(token, o)
                        or (
                            kind in _SEQUENCED
                            and (_earlier_act(token, o) or _earlier_act(o, token))
                        )
                        or _answered(token)
                        or _answered(o)
                        or (kind is T.TALKS and _met_elsewhere(token, o))
                        or prior is not None
                        or (kind is T.STRIKE and _opposing_doers(token, o, sent, side_of))
                        or (kind in (T.POSITION, T.STRIKE) and _two_acts(token, o))
                        or (kind is T.SANCTIONS_AID and _two_instruments(token, o))
                        for o, apart in zip(heads[kind], told_apart, strict=True)
                    ):
                        continue
            lemma = token.lemma_.lower()
            if (lemma in ("threat", "ultimatum") and kind is not T.THREAT) or (
                kind is T.THREAT and unnamed_menace(token) and modality is not Modality.DENIED
            ):
                # "warning of severe consequences if it refused": a threat, whatever its condition
                modality = Modality.THREATENED
            elif modality is Modality.PLANNED and (
                _answer_vowed(token, claims) or move_answered(token) is not None
            ):
                modality = Modality.THREATENED  # "said the armed forces would respond"
            elif modality is Modality.PLANNED and (
                _term_of_a_plan(token) or _attempt_supposed(token)
            ):
                # "a draft framework calls for Ukraine to cede", "a US attempt to take the
                # island by force would mean the end of NATO"
                modality = Modality.CONDITIONAL
            elif kind in (T.STRIKE, T.CAPTURE) and modality in _TOLD and _massed_for(token):
                # "had concentrated 110,000 troops for a new offensive": the offensive is
                # still to come, whoever tells of the troops (four authors of four)
                modality = Modality.PLANNED
            elif kind is T.SANCTIONS_AID and levy_alongside(token) and kind in found:
                modality = found[kind].modality  # "..., along with 25% on heavy trucks": as it
            elif (
                kind in (T.STRIKE, T.INTERCEPTION, T.CAPTURE, T.THREAT)
                and modality in (Modality.OCCURRED, Modality.PLANNED, Modality.ALLEGED)
                and _leave_to_act(token)
            ):
                # "a security agreement allowing Poland to shoot down Russian missiles", "a
                # directive allowing the Pentagon to use military force": leave to use force,
                # which may or may not be taken (three rows of three authors gained, none
                # lost; aid let in stays as told)
                modality = Modality.CONDITIONAL
            elif (
                kind is T.SANCTIONS_AID
                and modality in (Modality.CONDITIONAL, Modality.THREATENED)
                and _spared_unless(token)
            ):
                # "a 100% tariff on branded drugs from Oct. 1 unless the maker is building a US
                # plant": an exemption for those who invest, not a threat (four authors of four)
                modality = Modality.PLANNED
            elif modality is Modality.DENIED and (_offered(token) or _any_such(token)):
                # "dismissed Seoul's offer of military talks as a daydream" (three authors of
                # three), "would not accept any ceasefire that froze the front line" (five of
                # six): what is turned down stays an offer, or a kind of deal supposed
                modality = Modality.CONDITIONAL
            elif modality in _TOLD and any(
                c.dep_ == "amod"
                and c.lower_ == "proposed"
                and token.doc[c.i - 1].text != "-"  # ("agreed to a US-proposed truce")
                for c in token.children
            ):
                # "accused Moscow of ignoring a proposed Christmas truce", "a decision on the
                # proposed reparations loan": on offer, whatever is told of it (three of three)
                modality = Modality.CONDITIONAL
            elif modality is Modality.CONDITIONAL and any(
                c.dep_ == "amod" and c.lower_ in ("planned", "scheduled") for c in token.children
            ):
                # "unless the EU scrapped its planned levy on American whiskey", "asked Israel
                # to postpone planned strikes": the condition or the request is on a measure
                # already set to come (three authors of three)
                modality = Modality.PLANNED
            elif modality is Modality.PLANNED and any(
                c.dep_ == "det" and c.lower_ == "any" for c in token.children
            ):
                # "would use any pause in the fighting to rearm", "a plan to guarantee any
                # ceasefire": an event supposed, not one scheduled (six authors of six)
                modality = Modality.CONDITIONAL
            elif (
                modality is Modality.OCCURRED
                and easing_measured(token)
                and not _told_as_past(verb_of(token))
            ):
                # "futures imply 40 basis points of easing by December", "has room for another
                # 25 basis points of easing": a move priced or allowed for, still to come
                room = any(t.lemma_.lower() in ("room", "scope") for t in token.ancestors)
                modality = Modality.CONDITIONAL if room else Modality.PLANNED
            elif kind is T.SANCTIONS_AID and modality in _TOLD and _set_by_a_deal(token):
                modality = Modality.PLANNED  # "a deal setting a 15% tariff": its terms to come
            elif kind is T.AGREEMENT and _readiness(token) == "ready":
                modality = Modality.CONDITIONAL  # "a peace agreement was 90% ready": unsigned
            elif (
                kind is T.AGREEMENT
                and modality not in _REFUSED
                and token.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)
            ):
                # "warned that any deal reached without Kyiv could reward Russia": a deal
                # supposed, to judge it
                modality = Modality.CONDITIONAL
            elif lemma in _CONDITIONAL_NOUNS and kind not in _FRAMES:
                modality = Modality.CONDITIONAL  # "a ceasefire proposal"
            elif further_easing(token) and modality is not Modality.DENIED:
                modality = Modality.CONDITIONAL  # "further easing would be a closer call"
            elif _judged_possible(token):
                # "a winter ceasefire limited to energy infrastructure is possible, but a full
                # truce before the spring looks out of reach": weighed, not told
                modality = Modality.CONDITIONAL
            elif any(_threatened_before(c) for c in token.children):
                # "threatened unspecified countermeasures"; not "launched its long-threatened
                # ground offensive", threatened before and done now
                modality = Modality.THREATENED
            elif lemma == "propose" and modality is Modality.OCCURRED:
                modality = Modality.CONDITIONAL  # "a board member proposed raising it": on offer
            elif (
                kind is T.POSITION
                and peace_plan(token)
                and modality not in _REFUSED
                and not (token.dep_ == "dobj" and token.head.lemma_.lower() in _MAKE)
            ):
                modality = Modality.CONDITIONAL  # a plan on offer, unless it was just adopted
            event = event_at(token, kind, modality)
            event = replace(
                event,
                aim_told_by=_aim_told(token, kind, claims, event.actor),
                dated_by=_dating_time(token, anchors),
            )
            heads.setdefault(kind, []).append(token)
            if kind in found:
                more.append(event)
            else:
                found[kind] = event
            if kind is T.CAPTURE:
                # "captured Huliaipole and Siversk": a capture of each town (four authors), each
                # keyed where its town is named
                more.extend(
                    replace(event, target=_place_text(p), trigger_start=p.idx)
                    for p in _places_beside(token)
                )
            elif kind is T.STRIKE:
                # "hit an apartment block in Ternopil and a substation in Lviv": a strike on
                # each site (six authors), where "a kindergarten and a hospital in Kalogi" is one
                more.extend(
                    replace(
                        event,
                        target=_place_text(site),
                        location=_entity_text(place),
                        trigger_start=site.idx,
                    )
                    for site, place in _sites_apart(token)
                )
        # "threatened to hit Kyiv": the threatened strike is the event, not a separate threat
        threat = found.get(T.THREAT)
        if (
            threat
            and threat.modality is Modality.THREATENED
            and any(
                e.modality is Modality.THREATENED
                for e in [*found.values(), *more]
                if e.type is not T.THREAT
            )
        ):
            del found[T.THREAT]
        told = [*found.values(), *more]
        struck = strikes_before_semicolon + [
            e for e in told if e.type is T.STRIKE and e.modality in _TOLD and e.aim_told_by is None
        ]
        # "two missiles hit Sumy, killing 35; Moscow said it had targeted a meeting of
        # commanders": one strike, whose aim is in dispute, not a second one (the parser ends
        # a sentence at the semicolon); a strike by the other side is another
        told = [
            e
            for e in told
            if not (
                e.aim_told_by is not None
                and e.modality in _TOLD
                and any(_same_side(e.aim_told_by, o.actor, side_of) for o in struck)
            )
        ]
        strikes_before_semicolon = struck if sent.text.rstrip().endswith(";") else []
        events.extend(sorted(told, key=lambda e: e.trigger_start))
    return _without_headings(events, document_text(doc))


# a briefing bullet's heading: "• Tariffs:", "India tariffs:", "EU sanctions:" at a line's start
_HEADING = re.compile(r"(?m)^[^\w\n]*([A-Z][\w'’ -]{0,30}):[^\n]*")


def event_at(token: Token, kind: EventType, modality: Modality) -> FoundEvent:
    """An event of a kind and modality told at a word, its roles read as the rules read them
    (also for a reading that did not come from the rules: see :mod:`tidings.extract.reader`)."""
    sent = token.sent
    actor, target, location = _roles(token, sent, kind)
    return FoundEvent(
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        type=kind,
        modality=modality,
        trigger=_trigger_phrase(token),
        trigger_is_verb=is_verb(token),
        trigger_start=token.idx,
        actor=actor,
        target=target,
        location=location,
    )


def _places_beside(verb: Token) -> list[Token]:
    """The further named places a verb of taking has for its object: "Vovchansk" in "had
    captured Pokrovsk and Vovchansk", "the town of Tabqa" in "took control of the al-Omar oil
    field and the town of Tabqa"."""
    if not is_verb(verb):
        return []
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    beside: list[Token] = []
    if taken and taken[0].lemma_.lower() == "control":
        # the parser may join the second place to "control" itself
        beside = [c for c in taken[0].conjuncts if c.i > taken[0].i]
        taken = [g for c in taken[0].children if c.lower_ == "of" for g in c.children]
    if not taken:
        return []
    beside += [c for c in taken[0].conjuncts if c.i > taken[0].i]
    named = [c for c in beside if _named_place(c)]
    return named if named and _named_place(taken[0]) else []


_SITED_BY = ("in", "on", "near")


def _sites_apart(verb: Token) -> list[tuple[Token, Token]]:
    """The further sites a strike hits, each in a place of its own, with that place: "a
    substation" in Lviv after "an apartment block in Ternopil", "a power station" in Sanaa
    after "the port of Hodeidah"; none when the first site names no place ("a power station
    and a fuel depot in Sanaa" is one strike)."""
    if not is_verb(verb):
        return []
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if first is None or not (
        _site_place(first) is not None
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in first.children)
        or any(
            c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in first.children
        )
    ):
        return []
    return [
        (site, place)
        for site in first.conjuncts
        # ("a fuel terminal in Hodeidah and power stations near Sanaa": the parser hangs the
        # second site's place on the first)
        if site.i > first.i
        and (
            place := _site_place(site)
            or (_site_place(first, before=site.i) and _site_place(first, after=site.i))
        )
        is not None
    ]


def _site_place(site: Token, after: int = -1, before: int = 10**9) -> Token | None:
    """The named place a site is said to be in: "Lviv" in "a substation in Lviv", "the
    Druzhba line" in "a pumping station on the Druzhba line"; with ``after`` or ``before``,
    only a place named between those positions."""
    return next(
        (
            w
            for c in site.children
            if c.dep_ == "prep" and c.lower_ in _SITED_BY and after < c.i < before
            for w in c.children
            if w.dep_ == "pobj" and _named_place(w)
        ),
        None,
    )


def _place_text(place: Token) -> str:
    """ "Siversk", "the town of Tabqa" (the whole phrase, not "the town")."""
    if place.ent_type_:
        return _entity_text(place)
    named = next((g for c in place.children if c.lower_ == "of" for g in c.children), place)
    return place.doc[place.left_edge.i : named.i + 1].text.strip()


def _named_place(token: Token) -> bool:
    """A town or site by its name: "Siversk", "the town of Tabqa", "the al-Omar oil field",
    "El Fasher's Daraja Oula district"."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    return any(
        w.ent_type_ in PLACE_LABELS or (w.pos_ == "PROPN" and w.dep_ in ("compound", "poss"))
        for w in token.subtree
        if w.i <= token.i or w.dep_ == "pobj"
    )


def _without_headings(events: list[FoundEvent], text: str) -> list[FoundEvent]:
    """Events less a bullet's heading that names the kind its body tells ("• Tariffs: Trump to
    unveil duties Wednesday"): the heading is a label, the body holds the event."""
    dropped: set[int] = set()
    for line in _HEADING.finditer(text):
        head_start, head_end = line.span(1)
        for e in events:
            if head_start <= e.trigger_start < head_end and any(
                o.type is e.type and head_end < o.trigger_start < line.end() for o in events
            ):
                dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]
