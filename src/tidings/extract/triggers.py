"""The event trigger lexicon: which word, in which context, names which kind of event.

A trigger is a word with the right part of speech and, for many, the right neighbours: "fired
40 missiles" is a strike and "fired the minister" is not; "shot down" is an interception; a
missile that "slammed into" a building struck it. :data:`TRIGGERS` maps a lemma to its event
type and the test its context must pass; :data:`MORE_TRIGGERS` gives second readings tried
when the first does not fit; :func:`trigger_type` adds the readings no table can hold.
``events`` decides which triggers are events and their modality.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from tidings.extract.gazetteer import load_gazetteer
from tidings.models import EventType

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
# what can be sabotaged without force
_PROCESSES = {
    "process",
    "talks",
    "negotiation",
    "negotiations",
    "effort",
    "efforts",
    "deal",
    "plan",
    "agreement",
    "peace",
    "diplomacy",
    "initiative",
    "summit",
    "election",
}
# what a vote, not a war, takes control of
_POLITICAL_BODIES = {
    "senate",
    "house",
    "chamber",
    "parliament",
    "congress",
    "assembly",
    "majority",
    "board",
    "company",
    "stake",
    "council",
    "legislature",
}
# what a rocket carries into orbit: "launched a communications satellite via a Falcon 9 rocket"
_SPACECRAFT = {"satellite", "spacecraft", "probe", "capsule", "telescope", "rover", "lander"}
_ATTACKS = {"strike", "attack", "barrage", "salvo"}  # of _WEAPONS, the acts rather than the arms
_FORCES = {"force", "forces", "troops", "unit", "units", "army", "soldier", "soldiers", "brigade"}
_FIGHTERS = {"fighter", "fighters", "troop"}
# What forces enter that is no ground taken.
_NOT_ENTERED = {"talk", "talks", "negotiation", "race", "agreement", "deal", "war", "phase"}
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


# What is done for the wounded, not to them: "freeing wounded soldiers" (parsed as acomp)
_CARED_FOR = {"free", "release", "evacuate", "treat", "exchange", "swap", "return", "repatriate"}
_PARTY_ENTITIES = {"PERSON", "GPE", "ORG", "NORP"}
_CAPTIVES = {"prisoner", "hostage", "detainee", "captive", "body", "pow", "remains"}
_EXCHANGED = _CAPTIVES | {"civilian", "serviceman", "servicemen", "soldier", "pows"}
_ARRESTED_FIGHTERS = {"suspect", "member", "militant", "fighter", "operative", "commander"}
# "arrested two men on suspicion of photographing the naval base", "14 people spying for
# Mossad", "two Chinese nationals": people counted, as the object itself
_ARRESTED_PEOPLE = {"man", "people", "agent", "spy", "national"}
_PERSONNEL = {
    "troops",
    "troop",
    "soldier",
    "engineer",
    "builder",
    "worker",
    "personnel",
    "instructor",
}
_TERRITORY = {"territory", "town", "village", "city", "ground", "settlement", "area", "region"}
_FRAME_OBJECTS = {"deal", "agreement", "compromise", "balance", "tone", "chord", "note", "bargain"}
_ECONOMIC_TARGETS = {"growth", "economy", "profit", "profits", "demand", "earnings", "sentiment"}
_ASSETS = {"asset", "assets", "fund", "funds", "reserve", "reserves", "property"}
_TRADE = {"import", "imports", "export", "exports", "purchase", "purchases", "shipment", "trade"}
_NOT_MET = {
    "payment",
    "commitment",
    "pledge",
    "obligation",
    "target",
    "goal",
    "demand",
    "deadline",
    "requirement",
    "need",
    "criterion",
    "expectation",
    "threshold",
    "condition",
    "corner",
    "cross",
    "ball",
    "unrest",
    "force",
    "resistance",
    "protest",
    "criticism",
}
# What a match or a bet settles: not a dispute between parties.
_GAMES = {"match", "game", "tie", "contest", "bet", "score", "trade", "account", "bill"}
_GAMES |= {"market", "contract", "wager"}  # "settling a Kalshi market"
# Bodies that meet among themselves to decide: their meeting is a decision to come, not talks.
_DECIDING_BODIES = {"cabinet", "board", "committee", "parliament", "fomc"}
_COMPACTS = {
    "treaty",
    "agreement",
    "deal",
    "accord",
    "pact",
    "talk",
    "talks",
    "negotiation",
    "process",
}
_COMPACTS |= {"organisation", "organization", "alliance", "convention", "court"}
_MAYBE = {"could", "might", "may", "would", "can"}
_OPEN_WATER = {"sea", "water", "waters", "ocean"}
_AIMS_AT = {"at", "toward", "towards", "against"}
_GATHERINGS = {"session", "meeting", "council", "summit", "talks", "conference", "cabinet"}
_VISITORS = {"leader", "delegation", "counterpart", "envoy", "negotiator", "president"}
_RECOGNISED = {"state", "independence", "sovereignty", "control", "annexation", "government"}
_VOTES = {"confidence", "no-confidence", "parliamentary", "impeachment", "budget"}
_LANDS = {"region", "city", "town", "village", "land", "area", "province", "oblast"}
_VOTES_CALLED = {"schedule", "promise", "hold", "call", "get", "force", "set", "plan"}


def _chamber_vote(t: Token) -> bool:
    """A vote a chamber is to hold on a measure: "the Senate is set to vote before the July 4
    recess on a bill", "promised a vote on extending Obamacare subsidies by Jan. 30", "a vote
    is now scheduled for next week", "hoped to schedule a vote within 24 hours"; not an
    election ("Sunday's vote")."""
    if is_verb(t):
        # "the Security Council will vote on Friday on extending the drawdown timetable"
        return any(
            w.dep_ == "prep"
            and w.lower_ == "on"
            and any(_is_one_of(g, _MOTIONS) or g.tag_ == "VBG" for g in w.children)
            for w in t.subtree
        ) and _subject_above_is(t, _CHAMBERS | _BOARDS, passive=True)
    if not is_noun(t) or t.lower_ != "vote":
        return False
    if any(c.dep_ == "poss" for c in t.children):
        return False  # "Sunday's vote", "the party's vote"
    called = t.head.lemma_.lower() in _VOTES_CALLED and t.dep_ in ("dobj", "nsubjpass")
    on_a_measure = any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(_is_one_of(g, _MOTIONS) or g.tag_ == "VBG" for g in c.children)
        for c in t.children
    )
    return called or (on_a_measure and t.dep_ in ("dobj", "nsubj", "nsubjpass"))


_BASES = {"base", "bases", "territory", "control", "position", "positions", "outpost"}
_MEASURES = {
    "emergency",
    "law",
    "curfew",
    "restriction",
    "policy",
    "mobilisation",
    "mobilization",
    "moratorium",
    "quota",
}
_CYCLES = {"cycle", "easing", "tightening", "hike", "hikes", "cut", "cuts"}
# What is "delivered" that is no aid: "delivered a 50-basis-point cut", "delivered a warning".
_DELIVERED_WORDS = {
    "cut", "hike", "reduction", "speech", "message", "warning", "verdict", "blow", "ruling",
    "address", "remark", "remarks", "statement", "keynote", "lecture", "briefing", "testimony",
}  # fmt: skip
# "take a decision on the Donbas region" decides; it captures nothing
_TAKEN_LIGHTLY = {"decision", "step", "action", "measure", "part", "note", "look", "stock", "stand"}
# "spent the weekend in Miami" spends time, not money
_TIME_SPENT = {"weekend", "day", "days", "week", "weeks", "hour", "hours", "night", "month", "time"}
_LEVELS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}
# what an election or a market hands over: "Democrats captured the governor's mansions"
_WON_AT_THE_POLLS = {
    "seat", "mansion", "vote", "majority", "share", "governorship", "presidency",
    "attention", "imagination", "headline", "market", "mood",
}  # fmt: skip
_COMBAT_OPERATIONS = {"military", "full-scale", "scale", "ground", "combat", "assault", "offensive"}
# seats of power stormed by a crowd are assaulted, not taken: "storm the Orbeliani Palace"
_SEATS = {"palace", "parliament", "capitol", "embassy", "building", "headquarters", "house"}
_WEATHER = {"rain", "fog", "snow", "storm", "weather", "wind", "winds", "ice", "cloud"}
_MESSAGES = {"chatter", "communication", "call", "message", "conversation", "signal", "email"}
_MEASURES_AIMED = {"sanction", "sanctions", "measure", "package", "list", "tariff", "levy", "duty"}
_MEASURES_AIMED |= {"ban", "restriction", "control", "rule", "law", "order", "bill", "probe"}
_ACKNOWLEDGED = {"result", "need", "importance", "concern", "effort", "role", "contribution"}
_HOPES = {"hope", "hopes", "chance", "chances", "prospect", "prospects"}
_SHOWS_OF_FORCE = {"military", "naval", "joint", "live-fire", "air", "war", "nuclear", "army"}
_SHOWS_OF_FORCE |= {"scale", "maritime", "amphibious"}  # "large-scale" parses as "large - scale"
_SHOWS_OF_FORCE |= {"patrol"}  # "a joint patrol exercise"
_DRILLS_BEGUN = {"launch", "begin", "start", "hold", "stage", "conduct"}
_PATROLS_SHOWN = {"joint", "readiness", "naval", "air", "maritime", "bomber"}
_CREWS = {"crew", "crews", "crewman", "crewmen", "sailor", "seafarer", "hostage"}
_TESTED_ARMS = {"nuclear", "missile", "ballistic", "icbm", "hypersonic", "warhead", "weapon"}
# what an adversary probes: "ready to test the alliance's eastern flank", "testing NATO's
# defences", "could test the Suwalki corridor"
_TESTED_RESOLVE = {"nato", "alliance", "defence", "defense", "defences", "flank", "corridor"}
_STRAITS = {"strait", "hormuz", "mandeb", "bosporus", "bosphorus"}
_CROSSINGS = {"crossing", "border", "embassy", "consulate", "checkpoint", "airspace"}
# what a party puts forward as a settlement: "the 28-point plan", "a draft framework"
PLANS = {"plan", "blueprint", "roadmap", "draft", "framework"}
_BACKED = PLANS | {"proposal", "deal", "resolution", "bill", "measure", "motion"}
_MILITARY_ASSAULTS = {"ground", "aerial", "air", "fresh", "renewed", "final", "full-scale", "major"}
_MOTIONS = {"motion", "bill", "law", "resolution", "budget", "measure", "amendment", "nomination"}
_MOTIONS |= {"regulation", "directive", "draft"}
_ADVANCED_CAUSES = {"legislation", "deal", "agreement", "plan", "proposal", "package", "agenda"}
_ADVANCED_CAUSES |= {"interest", "cause", "process", "talks", "stopgap", "nominee"}
_VESSELS = {"tanker", "ship", "vessel", "boat", "freighter", "carrier"}
_PLACES_HELD = {"town", "city", "village", "field", "base", "airport", "port", "bridge", "hill"}
# whom a sanctions list names
_LISTED = _VESSELS | {"refinery", "refiner", "firm", "company", "bank", "entity", "individual"}
_LISTED |= {"terminal"}
_AIRCRAFT = {"jet", "aircraft", "plane", "fighter", "bomber", "drone", "helicopter", "warplane"}
# a warplane by its type: "F-35", "Su-34", "MiG-31K", "B-2", "Rafale"
_AIRCRAFT_MODEL = re.compile(r"(?:F|Su|MiG|Tu|B|J|Il|Ka|Mi|MQ)-\d+[A-Z]?s?|Rafales?|Mirages?")
_PROGRAMMES = {"program", "programme", "facility", "line", "tranche"}
_FLIGHTS = {"flight", "airport", "air traffic"}
_MONETARY = {"rate", "rates", "point", "basis", "bps", "quarter-point", "half-point"}
_MILITARY = {"military", "defense", "defence", "weapon", "arms", "army", "deployment"}
_GUNS = {"artillery", "mortar", "rocket", "tank", "sniper", "gun", "machine-gun", "heavy", "enemy"}
# The verbs a toll is told with: their subject (who or what kills by attacking) makes a
# killing a strike as well, and the dead they count are a toll (events).
HARMS = {"kill", "wound", "injure"}
VOWS = {"vow", "swear", "pledge", "promise"}  # a promise made, or a threat vowed
_ARMED = {"gunman", "gunmen", "militant", "attacker", "fighter", "militia", "rebel", "sniper"}
# What an attack is answered with: "met with force", "a crushing response"
_FORCEFUL_ANSWERS = {"force", "response", "retaliation", "punishment", "strike", "strikes"}
_HARSH = {
    "crushing",
    "merciless",
    "military",
    "decisive",
    "forceful",
    "devastating",
    "harsh",
    "vigorous",
    "overwhelming",
}
_EXECUTED = {
    *("people", "protester", "prisoner", "civilian", "detainee", "man", "woman", "member"),
    *("hostage", "captive", "villager", "collaborator"),
}
_CEASEFIRES = {"ceasefire", "truce", "armistice"}
# Vehicles and consignments whose compound names what they carry: "600 aid trucks a day".
_CARRIERS = {"truck", "convoy", "shipment", "delivery", "flight", "consignment", "supply"}
_CARGO = {"aid", "humanitarian", "weapon", "weapons", "arms", "ammunition", "missile", "shell"}
_DELIVERED_ARMS = _CARGO | {"system", "jet", "battery", "tank", "interceptor", "munition"}
# What makes a duty or a levy a trade measure: "duties on Chinese goods", "customs duties"
_TRADE_MARKS = {"customs", "import", "export", "reciprocal", "retaliatory", "anti-dumping"}
# what a levy is charged on, named before it: "steel and aluminium duties", "counter-levies"
_LEVIED_GOODS = {"steel", "aluminium", "aluminum", "car", "auto", "lumber", "counter"}
_LEVY_SET = {"impose", "reimpose", "rebuild", "raise", "double", "slap", "hike", "triple"}
_LEVY_STARTS = {"climb", "rise", "follow", "apply"}


def _levy_set(t: Token) -> bool:
    """Duties in the trade sense, from what is done with them: "would reimpose duties",
    "rebuild the levies", "duties ... came into force", "duties would climb to 130%"."""
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in _LEVY_SET
    if t.dep_ in ("nsubj", "nsubjpass"):
        verb = t.head
        return verb.lemma_.lower() in _LEVY_STARTS or (
            verb.lemma_.lower() in ("come", "take")
            and any(c.lower_ in ("into", "effect") for c in verb.subtree if c.i > verb.i)
        )
    return False


# legislatures, whose backing of a step is their decision ("Iran's parliament backed closing
# the Strait of Hormuz")
LEGISLATURES = {"parliament", "lawmaker", "lawmakers", "assembly", "senate"}
_ENDANGERED = {
    "ceasefire", "truce", "deal", "agreement", "talks", "peace", "stability", "security",
    "process", "life", "economy", "recovery", "supply", "future", "existence", "survival",
    "sovereignty", "independence", "integrity", "livelihood", "growth", "tie",
    "relation", "health", "outlook", "credibility", "unity", "navigation", "safety",
}  # fmt: skip


def endangers(verb: Token) -> bool:
    """Whether "threaten" here means to endanger, not to menace: "a killing that threatens
    the ceasefire", "an attack could threaten Japan's survival". Nobody threatens anyone."""
    return any(
        o.lemma_.lower() in _ENDANGERED
        # "strikes on Novorossiysk threaten 2% of global supply"
        or any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(g.lemma_.lower() in _ENDANGERED for g in p.children)
            for p in o.children
        )
        for o in _objects(verb)
    )


# Marks of a strike by workers rather than by arms: "a general strike", "a 24-hour strike",
# "a hunger strike"; and those who down tools.
_WALKOUT_MARKS = {
    "general", "hunger", "labor", "labour", "nationwide", "indefinite", "warning", "sympathy",
    "wildcat", "rail", "teachers", "doctors", "workers", "hour", "day", "week", "month",
}  # fmt: skip
_WORKFORCE = {
    "worker", "union", "employee", "staff", "doctor", "teacher", "nurse", "pilot", "miner",
    "driver", "docker", "student", "farmer", "controller", "lawyer", "trucker",
}  # fmt: skip
_STRUCK_DOWN = {"law", "ban", "rule", "requirement", "order", "tariff", "policy", "measure"}
_STRUCK_DOWN |= {"levy", "duty", "sanction", "injunction"}
_STRUCK_DOWN |= {"provision", "decision", "statute", "restriction", "mandate", "regulation"}


def _strike_in_another_sense(token: Token) -> bool:
    """A strike that is no attack: workers downing tools ("a general strike", "a three-day
    strike", "doctors went on strike", "workers will strike") or a court striking down a
    law."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _WALKOUT_MARKS for c in token.children):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "on" and not list(token.children):
        return True  # "went on strike"
    if token.head.lemma_.lower() == "right" and token.dep_ in ("acl", "xcomp"):
        return True  # "limiting the right to strike"
    if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in _FRAME_OBJECTS:
        return True  # "under a deal struck on Tuesday": a deal made
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _FRAME_OBJECTS for c in token.children):
        return True  # "any deal struck between Trump and Putin", parsed as the deal striking
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _WORKFORCE for c in token.children):
        return True
    doc = token.doc
    if (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ == "down"
    ):
        return True  # "the struck-down levies"
    return struck_down(token)


_COURTS = {"court", "judge", "justice", "panel", "tribunal"}


def struck_down(token: Token) -> bool:
    """A court striking down a law or a measure ("struck down Trump's emergency tariffs", "the
    court will strike them down"): a ruling, which the guidelines make a position."""
    return (
        is_verb(token)
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)
        and (
            _object_is(token, _STRUCK_DOWN)
            or _subject_is(token, _COURTS)
            # "the odds of the tariffs being struck down"
            or (token.dep_ == "acl" and _is_one_of(token.head, _STRUCK_DOWN))
        )
    )


_RULINGS = {"block", "uphold", "halt", "pause", "suspend", "overturn"}


def court_ruled(verb: Token) -> bool:
    """A court blocking or upholding a measure ("Trade court blocks Trump's emergency
    tariffs"): the ruling is the decision told, as a measure struck down is, but the measure
    it rules on stays told beside it."""
    return (
        verb.lemma_.lower() in _RULINGS
        and is_verb(verb)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in ("court", "judge") for c in verb.children)
    )


# levies whose pause or delay is the decision told, not the levy itself
SHELVED_LEVIES = {"tariff", "levy", "duty"}
_PENALTIES = {"tariff", "sanction", "levy", "duty", "penalty", "fine", "countermeasure"}


def punished_with(token: Token) -> bool:
    """ "hit buyers of Russian oil with secondary tariffs", "slapped Spain with sanctions":
    the measure is the act, not a blow."""
    objects = _objects(token)
    return (
        is_verb(token)
        and bool(objects)  # "to comply with sanctions" punishes nobody
        and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _PENALTIES for g in c.children)
            # (or hung on a clause inside the object: "hit eight countries that sent troops to
            # Greenland with a 10% tariff")
            for c in [*token.children, *(w for o in objects for w in o.subtree)]
        )
    )


_SHARES = {"most", "all", "some", "part", "many", "half", "much"}


def _brought_down(verb: Token) -> bool:
    """ "brought down 455 of the drones", "most of them were brought down": what was fired;
    not "brought down part of an apartment block", "bring down inflation" or "the cabinet"."""
    objects = _objects(verb)
    return (
        not objects
        or any(c.dep_ == "auxpass" for c in verb.children)
        or any(o.like_num or o.pos_ == "PRON" for o in objects)  # "failed to bring it down"
        or _object_is(verb, _WEAPONS | _AIRCRAFT)
    )


def _captives_let_go(verb: Token) -> bool:
    """Captives released, freed or returned: "freed 1,968 prisoners", and told with "be to",
    where the captives are the subject of "be" ("all living hostages are to be released
    within 72 hours")."""
    if not is_verb(verb):
        return False
    if any(
        _is_one_of(t, _CAPTIVES)
        # (not "released a 20-point plan under which Hamas would free all hostages": the
        # captives of a clause on the object)
        and not any(is_verb(a) for a in t.ancestors if a.i != o.i and o in a.ancestors)
        for o in _objects(verb)
        for t in o.subtree
    ):
        return True
    if verb.lemma_.lower() in ("free", "release", "hand") and any(
        _is_one_of(o, {"soldier", "soldiers", "serviceman", "servicemen"}) for o in _objects(verb)
    ):
        return True  # "Hamas freed four Israeli soldiers", "released 18 Cambodian soldiers"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in ("free", "release", "hand", "return", "swap", "exchange")
        and _is_one_of(verb.head, _EXCHANGED)
    ):
        # "the four bodies handed over by Hamas on Thursday", "remains returned overnight",
        # "the 205 soldiers freed in Friday's exchange"
        return True
    if verb.lemma_.lower() in ("free", "release") and any(
        o.ent_type_ == "PERSON" for o in _objects(verb)
    ):
        # "Hamas freed Israeli-American soldier Edan Alexander": a captive named, let go by a
        # party (not a court's or the police's release of a suspect)
        return any(
            c.dep_ == "nsubj" and c.ent_type_ in ("ORG", "GPE", "NORP") for c in verb.children
        )
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and _is_one_of(c, _CAPTIVES)
            for c in verb.head.children
        )
    )


def _objects(token: Token) -> list[Token]:
    """The verb's direct objects and passive subjects: what the action is done to ("paused
    most of the tariffs": the tariffs)."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    return found + [
        g
        for o in found
        if o.lemma_.lower() in _SHARES
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _object_is(token: Token, words: set[str]) -> bool:
    """True when a direct object (or passive subject) of the verb is one of ``words``."""
    return any(_is_one_of(t, words) for o in _objects(token) for t in o.subtree)


# Where a military craft is shown to another's territory, and what craft are warships
_NEAR = {"over", "near", "around", "within", "between", "inside", "off", "through"}
_WARSHIPS = {"warship", "frigate", "destroyer", "carrier", "submarine"}


def _kept_so(t: Token) -> bool:
    """A state a verb keeps something in: "would stay shut", "keep the crossings closed"."""
    if t.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        return t.head.lemma_.lower() in ("keep", "stay", "remain")
    return t.dep_ == "acl" and t.head.head.lemma_.lower() in ("keep", "stay", "remain")


def _crossing_closed(t: Token) -> bool:
    """A border, crossing or embassy closed or reopened, or kept shut: "will keep the Torkham
    and Chaman crossings closed", "the Rafah crossing would stay shut". Not a reopening set as
    a condition ("would respond with all means unless Poland reopened its border crossings"):
    the demand is the news."""
    if any(
        v.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("unless", "if") for c in v.children)
        for v in (t, *t.ancestors)
    ):
        return False
    if is_verb(t) and (_object_is(t, _CROSSINGS) or _subject_is(t, _CROSSINGS)):
        return True
    if not _kept_so(t):
        return False
    if t.dep_ == "acl":
        return _is_one_of(t.head, _CROSSINGS)
    return _object_is(t.head, _CROSSINGS) or _subject_is(t.head, _CROSSINGS)


_CRAFT_NAME = re.compile(r"^(?:F|J|Su|B|Tu|MiG)-?\d+", re.IGNORECASE)


def _flown_by_craft(verb: Token) -> bool:
    """The verb's subject is a military aircraft or vessel ("Two Venezuelan F-16s flew near a
    US Navy destroyer"), also when the parser hangs the verb on the craft ("14 PLA aircraft
    and six naval vessels operated around Taiwan")."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN"):
        doers.append(verb.head)
    return any(
        _is_one_of(c, _AIRCRAFT | _WARSHIPS)
        or _CRAFT_NAME.match(c.text) is not None
        # "Chinese aircraft carrier Fujian sailed through", "the carrier group entered"
        or any(m.dep_ == "compound" and _is_one_of(m, _WARSHIPS) for m in c.children)
        or (
            _is_one_of(c, _VESSELS)
            and any(m.lower_ in ("navy", "naval", "guard", "military") for m in c.children)
        )
        for c in doers
    )


def _shown_near(verb: Token) -> bool:
    """A military craft shown near another's territory: "Chinese drones flew between Yonaguni
    and Taiwan", "a navy helicopter had flown within 3 metres of a patrol plane", "14 PLA
    aircraft operated around Taiwan", "bombers flew a joint patrol over the Sea of Japan"."""
    where = [c for c in verb.children if c.dep_ in ("prep", "prt")] + [
        p for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
    ]
    flown = _flown_by_craft(verb) or (
        # "India had flown drones across the Line of Control", "flying drones over Skrydstrup
        # air base": the craft as the object
        verb.lemma_.lower() == "fly" and _object_is(verb, {"drone", "jet", "balloon"})
    )
    return flown and any(
        c.lower_ in _NEAR | {"across"}
        # "coast guard ships sail into Japanese territorial waters"
        or (c.lower_ == "into" and any(_is_one_of(g, _WATERS) for g in c.children))
        for c in where
    )


_WATERS = {"water", "waters", "zone", "airspace", "strait"}


def _is_one_of(token: Token, words: set[str]) -> bool:
    """The word is in ``words`` by its lemma or as written ("troops", lemmatised "troop")."""
    return token.lemma_.lower() in words or token.lower_ in words


_SIGHTED = _AIRCRAFT | _VESSELS | {"warship", "balloon"}


def _craft_sighted(t: Token) -> bool:
    """Aircraft or ships seen by the side watching: "detected 32 Chinese military aircraft",
    "drones had been sighted over Aalborg airport", "Drones spotted over three sites"."""
    return is_verb(t) and (
        _object_is(t, _SIGHTED)
        or any(c.dep_ == "nsubjpass" and _is_one_of(c, _SIGHTED) for c in t.children)
        or (t.dep_ == "acl" and _is_one_of(t.head, _SIGHTED))
        # a headline's participle, tagged as a past tense with no object: "Drones spotted
        # over Aalborg"
        or (t.dep_ == "ROOT" and not _objects(t) and _subject_is(t, _SIGHTED))
    )


def _subject_is(token: Token, words: set[str]) -> bool:
    """True when the verb's active subject is one of ``words`` ("troops entered", "a missile
    slammed into")."""
    return any(c.dep_ == "nsubj" and _is_one_of(c, words) for c in token.children)


def _doer_is_a_party(token: Token) -> bool:
    """The verb's doer is a state or an organisation named, as a side in a war is: the
    subject, the object of the verb asking this one of it ("expect Russia to take"), or the
    subject of the verb it completes ("claimed to have taken")."""
    holder = token
    while holder.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in holder.children):
        objects = [c for c in holder.head.children if c.dep_ == "dobj"]
        if objects:
            return objects[0].ent_type_ in ("GPE", "ORG", "NORP")
        holder = holder.head
    return any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in holder.children)


def _doer_is(token: Token, words: set[str]) -> bool:
    """Like :func:`_subject_is`, or the object of the verb that asks this one of it ("requires
    Rwandan troops to leave", "ordered the army to pull back")."""
    return _subject_is(token, words) or (
        token.dep_ in ("xcomp", "ccomp")
        and any(c.dep_ == "dobj" and _is_one_of(c, words) for c in token.head.children)
    )


def _motion_dies(verb: Token) -> bool:
    """A bill or a deal that "dies" (is expected to, is set to) lapses; nobody is killed."""
    return _subject_above_is(verb, _MOTIONS | {"deal"}, passive=True)


def _subject_above_is(
    token: Token, words: set[str], passive: bool = False, named: str | None = None
) -> bool:
    """Like :func:`_subject_is`, through the verbs and adjectives that take this verb as their
    complement: "the cabinet was due to meet", "the board plans to meet"; with ``passive``, a
    passive subject counts too ("the measure is expected to die"); with ``named``, only a
    subject whose phrase has that word ("the Board of Peace")."""
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)

    def fits(c: Token) -> bool:
        return (
            c.dep_ in deps
            and c.lemma_.lower() in words
            and (named is None or any(w.lower_ == named for w in c.subtree))
        )

    current = token
    while not any(fits(c) for c in current.children):
        if current.dep_ not in ("xcomp", "acomp") or current.head.i == current.i:
            return False
        current = current.head
    return True


def _seeming(token: Token) -> Token | None:
    """The "be" of an object told as what it seemed: "fired what appeared to be a ballistic
    missile into the sea" fired a missile into the sea."""
    for clause in token.children:
        if (
            clause.dep_ == "ccomp"
            and clause.lemma_.lower() in ("appear", "seem")
            and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in clause.children)
        ):
            return next((c for c in clause.children if c.dep_ == "xcomp"), None)
    return None


def _has_object(token: Token, words: set[str]) -> bool:
    """True when the verb's object (or a word in it) is one of ``words``."""
    seeming = _seeming(token)
    if seeming is not None and _has_object(seeming, words):
        return True
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "prep", "dative", "npadvmod"):
            for t in child.subtree:
                if t.lemma_.lower() in words:
                    return True
    return False


_BROUGHT_HOME = {"return", "come", "free", "release", "repatriate"}


def came_home_in(t: Token) -> bool:
    """ "146 soldiers had returned home in an exchange with Russia", "157 servicemen came home
    in exchange for the same number of Russian soldiers": the exchange that brought captives
    back, where the verb names no captive of its own (else the verb is the event)."""
    verb = t.head.head
    return (
        t.dep_ == "pobj"
        and t.head.lower_ == "in"
        # "freed 20 hostages in exchange for 2,000 prisoners": the release is the event
        and (any(c.dep_ == "det" for c in t.children) or verb.lemma_.lower() in ("come", "return"))
        and is_verb(verb)
        and verb.lemma_.lower() in _BROUGHT_HOME
        and not _object_is(verb, _CAPTIVES)
    )


# what a central bank does to its rates, said with no object: "the Fed will cut"
_RATE_MOVES = {"cut", "hike", "raise", "lower", "hold", "ease", "tighten"}


_AWAITING = {"wait", "queue", "line", "scramble", "beg", "search", "seek", "forage"}


def _aid_awaited(token: Token) -> bool:
    """Aid people wait, queue or search for ("killed while waiting for food aid", "three
    people who were seeking humanitarian aid"): their need, not a decision to give it."""
    if token.lemma_.lower() not in ("aid", "assistance", "relief", "food"):
        return False  # "seek sanctions" is a measure sought by a government
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        return token.head.head.lemma_.lower() in _AWAITING
    return token.dep_ == "dobj" and token.head.lemma_.lower() == "seek"


_GUESSES = {"odds", "odd", "chance", "probability", "forecast", "estimate", "bet", "expectation"}


def _sets_rates(t: Token) -> bool:
    """ "raised its key rate", "left borrowing costs unchanged", "held the Selic at 15%", and
    a producers' group's decision on output ("pledged to raise output by 137,000 bpd"), a
    government's on taxes or defence spending, or a rating agency's on a borrower ("could cut
    Israel's rating again"); not insurers' premiums ("cut war-risk premiums to 0.5%, still
    above pre-war rates")."""
    if any(_is_one_of(o, {"premium", "premiums"}) for o in _objects(t)):
        return False
    if _has_object(t, {"rate", "rates", "selic"}) or _object_is(t, {"range", "rating"}):
        return True
    if any(
        o.lemma_.lower() == "ratio" and any(m.lower_ == "reserve" for m in o.subtree)
        for o in _objects(t)
    ):
        return True  # "lowered banks' reserve requirement ratio by 50 bps": a bank's lever too
    if t.dep_ == "compound" and t.tag_ in ("VBD", "VBZ") and t.head.lemma_.lower() == "rate":
        return True  # "The Fed cut rates", which the parser reads as a noun phrase "cut rates"
    if t.lemma_.lower() in ("cut", "hike") and any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() == "rate"
        and any(d.dep_ == "det" for d in c.children)
        for c in t.children
    ):
        return True  # "with the first rate cut likely in the third quarter", read as a clause
    if _moved_by_points(t):
        return True  # "expects the Fed to cut by 50 basis points"
    if (
        t.lemma_.lower() in _RATE_MOVES
        and in_quoted_question(t)
        and any(c.dep_ in ("compound", "nsubj") and c.lower_ in _CENTRAL_BANKS for c in t.children)
    ):
        # "the 'Fed cut in June?' contract", a market's title the parser reads as a verb
        return True
    if (
        all(o.lemma_.lower() == "time" for o in _objects(t))  # "to cut three times in 2025"
        and t.lemma_.lower() in _RATE_MOVES
        and _decided_by_a_bank(t)
    ):
        return True  # "the Fed would almost certainly cut in September", "the BoJ will hike"
    if (
        t.lemma_.lower() in ("hold", "keep", "leave")
        and _decided_by_a_bank(t)
        and any(
            c.dep_ == "prep" and c.lower_ in ("at", "to") and any(g.text == "%" for g in c.subtree)
            for c in t.children
        )
    ):
        return True  # "expect the RBA to hold at 3.60%", "held them at 3.50%-3.75%"
    if any(
        (
            _is_one_of(o, {"spending", "budget"})
            and any(_is_one_of(c, _MILITARY) for c in o.children)
        )
        or _is_one_of(o, {"tax", "taxes", "vat"})
        for o in _objects(t)
    ):
        return True  # "pledged to raise defence spending to 3.5% of GDP", "to cut corporate taxes"
    if _object_is(t, {"output", "production"}):
        # a producer decides; "a blockade could cut global output" is a consequence, as is
        # a participle that tells what an act did ("was halted by guards ..., cutting Libya's
        # output by 270,000 barrels a day")
        if t.tag_ == "VBG" and t.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in t.children):
            return False
        return not any(c.dep_ == "nsubj" and lexicon_type(c) is not None for c in t.children)
    return any(
        o.lemma_.lower() == "cost" and any(c.lower_ == "borrowing" for c in o.children)
        for o in _objects(t)
    )


_RATING_AGENCIES = {"moody", "moody's", "fitch", "s&p", "dbrs", "scope"}


def _rates_credit(t: Token) -> bool:
    """A rating agency's decision on a borrower: "Fitch downgraded France to A+"; not "a
    meeting had been downgraded" to a lower level of talks."""
    return is_verb(t) and (
        _object_is(t, {"rating", "outlook", "debt"})
        or any(o.ent_type_ in ("GPE", "ORG") for o in _objects(t))
        or any(
            c.dep_ == "nsubj" and any(g.lower_ in _RATING_AGENCIES for g in c.subtree)
            for c in t.children
        )
    )


def _financial_swap(t: Token) -> bool:
    """Swaps as a market: the subject of pricing, or named by the rate or currency swapped."""
    return (t.dep_ == "nsubj" and t.tag_ == "NNS") or any(
        c.lower_ in ("rate", "currency", "credit", "interest", "default", "ois", "swaps")
        for c in t.children
        if c.dep_ in ("compound", "amod", "nmod")
    )


BASIS_POINTS = {"bps", "bp", "basis"}
_POINTS = BASIS_POINTS | {"points", "point"}


def _moved_by_points(t: Token) -> bool:
    """A move "by" basis points or percentage points, with no object: a rate decision; or
    with the points as its object in a bank's bullet ("• BoJ: hiked 25 bps to 0.75%") or
    after the bank's name."""
    # (an "object" the parser hangs on the verb past a comma is no object of the move: "cut
    # by 25 bps to 4.00%-4.25%, with Stephen Miran the lone dissent")
    objects = [o for o in _objects(t) if not any(w.text == "," for w in t.doc[t.i : o.i])]
    if objects:
        # ... or a bank named as the subject: "RBI cuts 25 bps to 5.25%"
        return (_headed_by_a_bank(t) or _decided_by_a_bank(t)) and any(
            c.dep_ == "dobj" and c.lower_ in _POINTS for c in t.children
        )
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.lower_ in _POINTS for g in c.subtree)
        for c in t.children
    )


def peace_plan(t: Token) -> bool:
    """A settlement plan put forward by a party: "the revised peace plan", "Trump's 20-point
    plan", "the US blueprint". Its terms are a position on offer, not yet an agreement."""
    return (
        is_noun(t)
        and t.lemma_.lower() in PLANS
        and not any(  # "plans to ...": an intention, not a settlement plan
            c.dep_ in ("acl", "xcomp") and any(a.tag_ == "TO" for a in c.children)
            for c in t.children
        )
        and any(
            c.lemma_.lower() in ("peace", "point", "settlement")
            or (c.dep_ in ("poss", "compound") and c.ent_type_ in ("GPE", "PERSON", "NORP", "ORG"))
            for c in t.children
        )
        and not _plan_spoken_of(t)
    )


# what is done to a plan already on the table: "trimmed a US draft peace plan to 19 points",
# "signed off on the first phase of Trump's 20-point plan", "received a revised US draft"
_PLAN_HANDLED = {"trim", "receive", "sign"}


def _plan_spoken_of(t: Token) -> bool:
    """A known plan the sentence only talks about or handles: "the 20-point plan was 90%
    agreed", "the plan had moved into its second phase", "met to discuss the 20-point
    framework", "trimmed the 26-point framework to 18 points"."""
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("be", "move"):
        return True
    held = t.head.head if t.dep_ == "conj" else t.head
    if t.dep_ in ("dobj", "conj") and held.lemma_.lower() == "discuss":
        return True
    verb = verb_of(t)
    return verb.i != t.i and verb.lemma_.lower() in _PLAN_HANDLED


def verb_of(token: Token) -> Token:
    """The verb whose object (or object's preposition) a noun trigger is: "reach a deal"."""
    verb = token
    while not is_verb(verb) and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def decides_a_motion(t: Token) -> bool:
    """A verb that passes, adopts or approves a bill, law or resolution: a decision that stands
    beside whatever the measure goes on to allow; also a chamber passing one the sentence has
    named ("signed the funding bill ... after the House passed it")."""
    return is_verb(t) and (
        _object_is(t, _MOTIONS)
        or (
            t.lemma_.lower() == "pass"
            and _object_is(t, {"it", "them"})
            and _subject_is(t, _CHAMBERS)
        )
    )


_EXTENDED_MEASURES = {"law", "mobilization", "mobilisation", "sanction", "curfew", "closure"}
_EXTENDED_MEASURES |= {"ban", "order", "quota"}
_CHAMBERS = {"house", "senate", "parliament", "congress", "chamber", "assembly", "lawmakers"}
_BOARDS = {"council", "board", "legislature", "committee"}


def is_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN")


def is_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX")


_FIRED_TOWARD = {"on", "at", "upon", "across", "into", "toward", "towards"}


def _fired_on(t: Token) -> bool:
    """ "fired 40 missiles", "fired on demonstrators", "firing across the Line of Control": a
    shot at someone or somewhere, not a dismissal."""
    return is_verb(t) and (
        _has_object(t, _WEAPONS)
        or any(c.dep_ == "prep" and c.lower_ in _FIRED_TOWARD for c in t.children)
        or _weapons_launched(t)
    )


def _timed(t: Token) -> bool:
    """The verb carries its own time: "overnight", "on Thursday", "early on Friday"."""
    for c in t.children:
        words = [c, *(g for g in c.children if c.dep_ == "prep")]
        if any(w.lower_ == "overnight" or w.ent_type_ in ("DATE", "TIME") for w in words):
            return True
    return False


def controlled(verb: Token) -> Token | None:
    """What a verb takes control of: "took control of the village" -> village."""
    return next(
        (
            held
            for o in _objects(verb)
            if o.lemma_.lower() == "control"
            for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("of", "over")
            for held in p.children
            if held.dep_ == "pobj"
        ),
        None,
    )


def _weapons_launched(t: Token) -> bool:
    """A launch told, with its time, in a clause on its weapons: "the 26 missiles fired on
    Thursday", "58 of the 74 drones Russia launched overnight" (which the parser may hang
    elsewhere), or as the whole a count is taken from (:func:`launch_counted`). Without
    either it only describes them: "drones launched from Yemen"."""
    if launch_counted(t):
        return True
    if not is_verb(t) or _objects(t) or not _timed(t):
        return False
    if t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in _WEAPONS:
        return True
    before = list(t.doc[max(t.i - 2, 0) : t.i])
    if before and before[-1].pos_ == "PROPN":
        before = before[:-1]  # "drones Russia launched": the launcher between them
    return bool(before) and before[-1].lemma_.lower() in _WEAPONS and is_noun(before[-1])


def launch_counted(t: Token) -> bool:
    """The launch a count of downed weapons is taken from: "747 of the 810 drones launched
    were shot down", "87 of the 103 drones launched at the Moscow region" (the attack, as
    five authors read it), not weapons only described ("intercepted 3 drones launched from
    Yemen")."""
    whole = t.head
    return (
        is_verb(t)
        and t.lemma_.lower() in ("launch", "fire")
        and t.dep_ == "acl"
        and whole.lemma_.lower() in _WEAPONS
        and whole.dep_ == "pobj"
        and whole.head.lower_ == "of"
        and whole.head.head.pos_ == "NUM"
    )


def weapons_aimed(t: Token) -> bool:
    """Weapons told by where they were going: "drones heading for Sevastopol", "missiles
    aimed at its cities", "40 (of them) aimed at Moscow", "drones approaching a ship"."""
    if t.dep_ not in ("acl", "relcl") or not is_verb(t):
        return False
    described = [t.head]
    if t.head.pos_ == "NUM" and t.head.dep_ == "pobj":
        # "drones, including 40 aimed at Moscow", the parser hanging "including" on the
        # drones or on the verb that has them
        described = [t.head.head.head, *_objects(t.head.head.head)]
    if not any(w.lemma_.lower() in _WEAPONS for w in described):
        return False
    if t.lemma_.lower() == "approach":
        return bool(_objects(t))
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "for", "toward", "towards") and list(c.children)
        for c in t.children
    )


def _agreed_upon(t: Token) -> bool:
    """ "the ceasefire agreed on Saturday was holding", "the trade truce agreed in November":
    that truce, told by a participle (which the parser may read as a verb with the truce for
    its subject), not a second deal."""
    if t.i == 0 or t.lower_ != "agreed":
        return False
    before = t.doc[t.i - 1]
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else t
    if is_noun(before) and before.lemma_.lower() in _SETTLED_DETAILS and after.pos_ == "ADP":
        return True  # "five hilltop positions agreed in November", "the increase agreed for
        # October": a detail a past deal settled, told to place something else
    return (
        is_noun(before)
        and before.dep_ != "pobj"
        and lexicon_type(before) in (T.CEASEFIRE, T.AGREEMENT)
    )


_ADOPTING = {"agree", "approve", "adopt"}


def adopted_package(t: Token) -> Token | None:
    """The sanctions package a verb adopts ("agreed a 21st sanctions package", "agreed on
    Wednesday to a 21st sanctions package", "The EU's 18th package, agreed on Friday"): the
    package is the decision, told by the verb; its terms' dates do not put it ahead."""

    def package(n: Token) -> bool:
        return n.lemma_.lower() in ("package", "round") and lexicon_type(n) is T.SANCTIONS_AID

    if t.lemma_.lower() not in _ADOPTING or not is_verb(t):
        return None
    if any(g.lower_ == "principle" for c in t.children if c.dep_ == "prep" for g in c.children):
        return None  # "agreed in principle on a 20th package": a deal on it, not yet adopted
    if t.dep_ in ("acl", "relcl") and package(t.head):
        return t.head
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and package(subject) and t.i and t.doc[t.i - 1].text == ",":
        # "The EU's 18th package, agreed on Friday, lowers ...", as the parser reads it
        return subject
    objects = [c for c in t.children if c.dep_ == "dobj"] + [
        g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children
    ]
    return next((o for o in objects if package(o)), None)


_SETTLED_DETAILS = {"position", "increase", "line", "level", "target", "quota", "cut", "date"}


def _drills_launched(t: Token) -> bool:
    """ "launched joint army, navy and rocket force drills", where the parser makes "drills" a
    verb and the rocket force a weapon launched: a show of force, not a strike."""
    return t.lemma_.lower() == "launch" and any(
        c.lower_ == "drills" and c.dep_ == "advcl" for c in t.children
    )


_AUTHORITIES = {
    "government",
    "cabinet",
    "parliament",
    "ministry",
    "council",
    "court",
    "commission",
    "congress",
    "senate",
    "house",
    "assembly",
    "bank",
    "administration",
    "regulator",
    "bloc",
    "alliance",
    "union",
    "leaders",
    "ministers",
    "judge",
    "justices",
}


def _decided_by_authority(t: Token) -> bool:
    """A government, court or bloc taking a decision: "Seoul suspends loudspeaker broadcasts",
    "the court upheld the ban", "Germany will raise defence spending"."""
    subjects = [c for c in t.children if c.dep_ == "nsubj"]
    if not subjects and t.dep_ in ("xcomp", "conj"):
        subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
    return any(
        c.ent_type_ in ("GPE", "ORG", "NORP") or c.lemma_.lower() in _AUTHORITIES for c in subjects
    )


def _drove_out(t: Token) -> bool:
    """ "drove the rebels out of Bara": an armed party (the object) expelled from a place."""
    party = any(
        o.ent_type_ in ("ORG", "NORP", "GPE") or o.lemma_.lower() in _FORCES | _ARMED
        for o in _objects(t)
    )
    place = any(
        g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in _TERRITORY
        for c in t.children
        if c.lower_ in ("out", "of")
        for g in c.subtree
    )
    return party and place


def _met(t: Token) -> bool:
    """ "met in Kyiv", "met Trump": a meeting; "meet its obligations" is not one, nor is
    "would be met with force" or any answer "met with" ("with an equal increase")."""
    answered = any(c.dep_ == "auxpass" for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in t.children
    )
    # (nor "any provocation would meet a resolute response": force answering it)
    return (
        is_verb(t)
        and not _object_is(t, _NOT_MET | _FORCEFUL_ANSWERS)
        and not _met_with_force(t)
        and not answered
    )


def _met_with_force(t: Token) -> bool:
    """ "any move toward independence would be met with force", "with a crushing response"."""
    return is_verb(t) and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.lemma_.lower() in _FORCEFUL_ANSWERS for g in c.children)
        for c in t.children
    )


def _one_by_one(t: Token) -> bool:
    """ "would decide meeting by meeting": how decisions are taken, no meeting told."""
    doc = t.doc
    after = doc[t.i + 1 : t.i + 3]
    before = doc[max(t.i - 2, 0) : t.i]
    return (len(after) == 2 and after[0].lower_ == "by" and after[1].lower_ == t.lower_) or (
        len(before) == 2 and before[1].lower_ == "by" and before[0].lower_ == t.lower_
    )


def _spoke_with(t: Token) -> bool:
    """ "spoke by phone", "spoke over their hotline", "talked with Putin": a conversation
    between parties."""
    if not is_verb(t):
        return False
    for c in t.children:
        if (
            c.dep_ in ("prep", "agent")  # (the parser's "agent" for "spoke by hotline")
            and c.lower_ in ("by", "over")
            and any(g.lemma_.lower() in ("phone", "hotline", "telephone") for g in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "with":
            return any(g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for g in c.subtree)
    # "Witkoff and Araghchi spoke briefly in person", "Trump and Xi spoke for two hours": two
    # parties spoke with each other
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.subtree) for c in t.children)


def _from_a_compact(t: Token) -> bool:
    """ "withdrawal from the Non-Proliferation Treaty": a policy, not troops pulling back."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _COMPACTS for g in c.children)
        for c in t.children
    )


def _struck_at(t: Token) -> bool:
    """ "targeted a meeting of commanders": the meeting is what was hit, not talks."""
    return t.dep_ == "dobj" and t.head.lemma_.lower() in ("target", "hit", "strike", "bomb")


def _up_for(t: Token) -> bool:
    """ "not up for discussion", "under negotiation": the state of a topic, not a meeting."""
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and (
        prep.lower_ == "under" or (prep.lower_ == "for" and prep.head.lower_ == "up")
    )


def _describes_a_noun(t: Token) -> bool:
    """ "freeing wounded soldiers", "the injured were taken to hospital": a description."""
    return t.tag_ in ("JJ", "VBN") and (
        t.dep_ in ("amod", "conj")
        and t.head.pos_ in ("NOUN", "ADJ")
        or t.dep_ == "nsubj"
        or (t.dep_ in ("acomp", "dobj") and t.head.lemma_.lower() in _CARED_FOR)
    )


def _gives_money(t: Token) -> bool:
    if not is_verb(t):
        return False
    for o in _objects(t):
        words = {g.lemma_.lower() for g in o.subtree}
        if words & {"aid", "assistance", "loan", "package", "sanction"}:
            return False
        if any(g.text in "$€£¥" or g.lower_ in ("million", "billion") for g in o.subtree):
            return True
    return False


_PARTIES = ("GPE", "NORP", "ORG")


def _money_for_a_party(t: Token) -> bool:
    """Money given or promised to a country or a body ("will give Ukraine £1.5 billion"), or
    beside aid told in the same sentence ("pledged $200 million in aid, while Germany
    promised €125 million"); not "promised $1,776 checks to service members"."""
    if not _gives_money(t):
        return False
    to_a_party = any(
        (c.dep_ in ("dative", "dobj") and c.ent_type_ in _PARTIES)
        or (
            c.dep_ == "prep"
            and c.lower_ in ("to", "for")
            and any(
                g.ent_type_ in _PARTIES
                # "for Ukraine's air defence": the party whose needs it pays for
                or any(p.dep_ == "poss" and p.ent_type_ in _PARTIES for p in g.children)
                for g in c.children
            )
        )
        for c in [*t.children, *(g for o in _objects(t) for g in o.children)]
    )
    return to_a_party or any(w.lemma_.lower() in ("aid", "assistance") for w in t.sent)


def _hit_back(t: Token) -> bool:
    return t.lemma_.lower() == "hit" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children
    )


def answered_with(t: Token) -> bool:
    """What a party answers or retaliates with: "would answer with levies", "Beijing answered
    with duties of up to 18% on American coal", "would be met with resolute countermeasures",
    "hit back with a 34% levy"."""
    return (
        t.dep_ in ("pobj", "pcomp")
        and t.head.lower_ == "with"
        and (
            t.head.head.lemma_.lower() in RETALIATIONS | {"answer", "respond", "meet"}
            or _hit_back(t.head.head)
        )
    )


def _of_money(t: Token) -> bool:
    """A noun that names its sum: "a $210 million grant"."""
    return any(c.ent_type_ == "MONEY" for c in t.children)


_ARMS = {"arms", "weapon", "missile", "jet", "system", "equipment", "ammunition", "drone"}


def _of_arms(t: Token) -> bool:
    """A sale of weapons: "an arms sale", "the sale of air defence systems to Taiwan"."""
    return any(c.dep_ == "compound" and c.lower_ == "arms" for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_is_one_of(g, _ARMS) for g in c.subtree)
        for c in t.children
    )


def _blacklisted(verb: Token) -> bool:
    """Whether the verb puts its object on a sanctions list, however the parser hangs the
    phrase ("added about 80 entities, most of them Chinese, to its export blacklist")."""
    preps = [c for c in verb.children if c.dep_ == "prep"] + [
        p for o in _objects(verb) for p in o.subtree if p.dep_ == "prep"
    ]
    return any(
        (c.lower_ in ("to", "on") or (c.lower_ == "from" and verb.lemma_.lower() == "remove"))
        and any(
            g.lemma_.lower() in ("sanction", "sanctions", "sanctioned", "blacklist")
            # "its unreliable entity list", "the shadow-fleet list", "its Russia list", "the
            # SDN list"
            or (
                g.lemma_.lower() == "list"
                and any(
                    m.lower_ in ("entity", "shadow-fleet", "fleet", "sdn")
                    or (m.dep_ == "compound" and m.ent_type_ == "GPE")
                    for m in g.subtree
                )
            )
            for g in c.subtree
        )
        for c in preps
    )


def _targets_listed(verb: Token) -> bool:
    """Firms, vessels or people put on (or taken off) a sanctions list by the verb "list"
    itself: "Treasury lists 35 firms", "would list nearly 200 more vessels"."""
    if not is_verb(verb) or verb.dep_ == "amod":
        return False
    targets = [*_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
    return any(_is_one_of(o, _LISTED) for o in targets)


def _approves_money(t: Token) -> bool:
    """ "approved $1.3 billion in reconstruction grants": a sum itself approved, not a budget
    or a deal that names one."""
    return (
        t.lemma_.lower() == "approve"
        and is_verb(t)
        and any(o.ent_type_ == "MONEY" for o in _objects(t))
    )


def _sent_to_a_party(t: Token) -> bool:
    """ "send Tomahawk missiles to Kyiv": a delivery to a country or an army, not an attack."""
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.children)
        for c in t.children
    )


# What money is spent on that makes it aid; an amount alone ("hundreds of millions of euros to
# buy votes") says nothing of its end.
_SPENT_ENDS = (_AID - {"money", "billion", "million"}) | _FORCES | _MILITARY | _WEAPONS


def _rates_to_move(verb: Token) -> bool:
    """Policy rates foreseen to move, said of the rates themselves: "rates were likely to keep
    falling", "interest rates would fall further" (a past "rates fell" is the market's)."""
    if verb.tag_ not in ("VB", "VBG"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head  # "were likely to keep falling": the subject of the clause above
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lemma_.lower() == "rate"
        and all(
            c.lower_ in ("interest", "policy", "key")
            for c in subject.children
            if c.dep_ in ("compound", "amod")
        )
        and _about_rates(verb.sent)
    )


_MOVE_MARKS = {"another", "follow-up", "half-point", "quarter-point"}
_MONTHS = {name.lower() for name in calendar.month_name if name}


def _another_rate_move(t: Token) -> bool:
    """A rate move named only as a "move", told apart from the one the sentence names by a
    date or a word of its own ("another move in January", "a June move", "a follow-up move");
    "the next move" and "a move that large" are the move already told, or no event."""
    if not is_noun(t) or not (_about_rates(t.sent) or _asked_by_a_market(t)):
        return False
    marked = any(
        (
            c.dep_ in ("amod", "compound")
            and (c.lower_ in _MOVE_MARKS or c.lower_ in _MONTHS or c.lower_ in _CENTRAL_BANKS)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and any(g.lower_ in _MONTHS or g.lemma_.lower() == "meeting" for g in c.children)
        )
        for c in t.children
    )
    return marked and not any(c.lower_ in ("next", "further") for c in t.children)


_TALKS_NOUNS = {"talks", "negotiation", "negotiations", "discussion", "discussions", "meeting"}


def talks_to_go_on(verb: Token) -> bool:
    """Talks told as held and then as going on, in a second verb of their own ("the talks had
    been constructive and would continue next month")."""
    return (
        is_verb(verb)
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in _TALKS_NOUNS for c in verb.head.children)
    )


_CURBED = {"export", "import", "chip", "rare-earth", "earth", "trade", "lender", "bank"}


def _curbs_on_trade(t: Token) -> bool:
    """Curbs or restrictions one state sets on another's trade or firms: "Beijing's new
    rare-earth curbs", "sweeping curbs on AI chip exports", "Western restrictions on the
    agricultural lender"."""
    if not is_noun(t):
        return False

    def on_trade(word: Token) -> bool:
        return any(
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(g.lemma_.lower() in _CURBED for g in c.subtree)
            for c in word.children
        )

    by_a_state = any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
        for c in t.children
    )
    named_goods = any(c.dep_ == "compound" and c.lower_ in _CURBED for c in t.children)
    # "imposed new curbs on rare-earth exports", the parser hanging "on" on the verb
    return on_trade(t) or by_a_state or named_goods or (t.dep_ == "dobj" and on_trade(t.head))


def _handed_to_the_red_cross(verb: Token) -> bool:
    """Captives handed to the Red Cross ("three Israeli women held in Gaza were handed to the
    Red Cross", "all 20 living hostages handed to Red Cross in Gaza"): a release."""
    return is_verb(verb) and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lower_ in ("cross", "icrc") for g in c.subtree)
        for c in verb.children
    )


_SIGNED_INTO_LAW = {"bill", "law", "measure", "package", "legislation", "budget", "stopgap"}


def _signed_up(verb: Token) -> bool:
    """ "if fewer than 20,000 volunteers sign up": enlisting, nothing signed; "would sign up
    to the new spending target" still commits to something."""
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "for") for c in verb.children
    )


def _signs_a_bill(verb: Token) -> bool:
    """A leader signing a bill a legislature passed ("the House passed the funding bill and
    Trump signed it", "sending it to the president to sign"): the law's last step, a
    decision, not a deal between parties."""
    if not is_verb(verb) or verb.lemma_.lower() != "sign" or _signed_up(verb):
        return False
    if _object_is(verb, _SIGNED_INTO_LAW):
        return True
    pronoun = any(o.lower_ == "it" for o in _objects(verb)) or not _objects(verb)
    return pronoun and any(w.lemma_.lower() in _SIGNED_INTO_LAW and w.i < verb.i for w in verb.sent)


def _defence_budget(t: Token) -> bool:
    """A share of output or a sum spent on a country's own forces: "spend 4.8% of GDP on
    defence"."""
    shares = [o for o in _objects(t) if o.text == "%" or o.ent_type_ in ("PERCENT", "MONEY")]
    return bool(shares) and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.lemma_.lower() in _MILITARY for g in c.subtree)
        for c in t.children
    )


def _spent_abroad(t: Token) -> bool:
    """ "spend £200 million preparing a force for Ukraine": money for a foreign or military end.

    Domestic budgets ("funds most of the government") and covert spending ("to buy votes")
    are not aid.
    """
    spent = [*_objects(t), *(c for c in t.children if c.dep_ == "npadvmod")]  # "spent Saturday"
    if any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_SPENT for o in spent):
        return False
    if any(g.lower_ == "gdp" for o in spent for g in o.subtree):
        return False  # "a target of spending 5% of GDP on defence": a budget, a country's own
    return is_verb(t) and any(
        g.ent_type_ in ("GPE", "NORP") or g.lemma_.lower() in _SPENT_ENDS
        for c in t.children
        if c.dep_ not in ("nsubj", "nsubjpass", "advcl", "conj")
        for g in c.subtree
    )


def _measure_aims(verb: Token) -> bool:
    """Whom a measure reaches: "measures targeting chemical weapons programmes", "a sanctions
    package that targets 14 Chinese refiners", "a fallback list targeting American digital
    services". No strike."""
    doer = (
        verb.head
        if verb.dep_ in ("acl", "relcl")
        else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    )
    if doer is not None and _is_one_of(doer, _MEASURES_AIMED):
        return True
    # "EU sanctions: 21st package adopted, targets 28 more shadow-fleet tankers", however the
    # parser hangs the verb; "Ukraine targeted two tankers" names its doer and is a strike
    return (
        all(c.lower_ in ("that", "which") for c in verb.children if c.dep_ == "nsubj")
        and any(w.lemma_.lower() in _MEASURES_AIMED for w in verb.sent)
        and any(_is_one_of(o, _LISTED) for o in _objects(verb))
    )


def as_target(t: Token) -> bool:
    """ "would be treated as legitimate military targets": a strike announced by its victims."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ == "as"
        and t.head.head.lemma_.lower() in ("treat", "regard", "consider", "view", "see")
    ) or any(c.lower_ == "legitimate" for c in t.children)


def _gunfire(t: Token) -> bool:
    """ "traded artillery fire", "came under fire"; not "set fire to" or "fired" staff."""
    if not is_noun(t):
        return _fired_on(t)
    return (
        (t.dep_ == "pobj" and t.head.lower_ == "under")
        or (t.dep_ == "dobj" and t.head.lemma_.lower() in ("trade", "exchange", "open"))
        or any(c.lemma_.lower() in _GUNS for c in t.children if c.dep_ in ("compound", "amod"))
    )


def _retaliation_type(t: Token) -> EventType:
    """What a retaliation would be, from what it answers or uses: sanctions or force.

    "retaliate against the new sanctions", "retaliate with its own tariffs" are sanctions;
    "a severe punishment for the attack" and "retaliation against any ship" are strikes; a bare
    "vowed to retaliate" is a threat
    whose action has no other type. Adverbial clauses ("after Washington raised tariffs") are
    the occasion, not the answer, and are not read.
    """
    words = {
        g.lemma_.lower()
        for c in t.children
        if c.dep_ in ("prep", "dobj", "npadvmod", "advmod")
        for g in c.subtree
    }
    if words & {
        "sanction",
        "sanctions",
        "tariff",
        "levy",
        "duty",
        "countermeasure",
        "embargo",
        "reciprocal",
    }:
        return T.SANCTIONS_AID
    if words & (_WEAPONS | {"militarily", "force", "forcefully", "military"}):
        return T.STRIKE
    if t.lemma_.lower() == "countermeasure":
        # "vowed countermeasures against a 10% levy": answers in kind to a trade measure;
        # "overwhelming countermeasures if ... joint drills" has no other type
        trade = any(w.lemma_.lower() in _TRADE_MEASURES for w in t.sent)
        return T.SANCTIONS_AID if trade else T.THREAT
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in t.children):
        return T.STRIKE  # "vowed retaliation against any ship linked to Israel"
    # a bare "vowed to retaliate" answers in kind the force the sentence tells: "drones hit 41
    # bombers, and Moscow vowed to retaliate", "vowed retaliation after a suicide bombing
    # killed 12 soldiers"; a trade measure only outside its occasion ("vowed to retaliate after
    # Washington raised tariffs" names no answer)
    occasion = {
        w.i
        for a in [t, *t.ancestors]
        for c in a.children
        if c.dep_ == "advcl" and any(m.lower_ in ("after", "since", "when") for m in c.children)
        for w in c.subtree
    }
    told = {w.lemma_.lower() for w in t.sent if w.i != t.i}
    if told & (_WEAPONS | _ATTACKS | {"hit", "strike", "kill", "shell"}):
        return T.STRIKE
    if {w.lemma_.lower() for w in t.sent if w.i not in occasion} & _TRADE_MEASURES:
        return T.SANCTIONS_AID
    return T.THREAT


_TRADE_MEASURES = {"tariff", "levy", "duty", "sanction", "sanctions", "export", "import", "trade"}


_FUNDS = {"fund", "deposit", "cash", "money", "saving", "asset", "capital", "user", "customer"}


def _money_taken_out(t: Token) -> bool:
    """Withdrawals of money: "had frozen withdrawals for some users", "withdrew $2 billion
    from the fund", "deposit withdrawals"."""
    if is_noun(t):
        return t.head.lemma_.lower() in ("freeze", "limit", "cap") or any(
            g.lemma_.lower() in _FUNDS or g.ent_type_ == "MONEY"
            for c in t.children
            if c.dep_ in ("compound", "prep", "amod")
            for g in c.subtree
        )
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _FUNDS)
        for c in t.children
    )


_FLARED = {"flare", "erupt", "intensify", "continue", "escalate"}
_TAKEN = {
    "capture",
    "recapture",
    "take",
    "seize",
    "retake",
    "fall",
    "occupy",
    "encircle",
    "control",
    "clear",
}


def _fighting_flared(t: Token) -> bool:
    """Fighting that flares, erupts or goes on as the news ("fighting flared around Uvira",
    "heavy clashes erupted in Tripoli"), in a sentence that tells no capture it would answer
    ("said it had taken Pokrovsk, but Kyiv said fighting continued") and no condition it
    would set ("while fighting continued")."""
    verb = t.head
    return (
        t.dep_ == "nsubj"
        and verb.lemma_.lower() in _FLARED
        and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and not any(
            c.dep_ == "mark" and c.lower_ in ("while", "if", "until") for c in verb.children
        )
        and not any(w.lemma_.lower() in _TAKEN for w in t.sent)
    )


def _responds_by_force(t: Token) -> bool:
    """ "respond militarily", "respond forcefully to any attack": a strike in answer."""
    return is_verb(t) and any(
        c.lemma_.lower() in ("militarily", "forcefully", "force")
        or (c.dep_ == "prep" and any(g.lemma_.lower() in _WEAPONS | {"force"} for g in c.subtree))
        for c in t.children
    )


_NEXT_ROUND = {"next", "new", "another", "fresh", "second", "third", "fourth", "fifth", "final"}
_NEXT_ROUND |= {"further", "follow-up"}  # "a further round was expected within 10 days"


def _round_of_talks(t: Token) -> bool:
    return (
        is_noun(t)
        and any(c.lower_ in _NEXT_ROUND for c in t.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        and any(w.lemma_.lower() in _TALK_WORDS for w in t.sent)
    )


_TALK_WORDS = {"talk", "negotiation", "meeting", "summit", "host", "negotiator", "representative"}


_CITY_PARTS = {"centre", "center", "outskirts"}
_CITY_TAKERS = _FORCES | _ARMED | {"group", "groups", "they"}
_TRADE_WORDS = {"tariff", "levy", "duty", "export", "licence", "license", "soybean"}
_TRADE_WORDS |= {"trade", "rare-earth", "goods", "ieepa", "usmca"}
_WAR_WORDS = {"war", "fighting", "attack", "strike", "troops", "drone", "missile", "hostage"}
_WAR_WORDS |= {"front", "shelling", "clash", "army", "military"}
# parties to the wars whose truces share a sentence with tariffs ("unless Moscow agreed to a
# truce, or face secondary tariffs")
_WAR_WORDS |= {"russia", "russian", "moscow", "putin", "kremlin", "ukraine", "kyiv", "zelensky"}
_WAR_WORDS |= {"israel", "hamas", "gaza", "hezbollah", "iran", "pakistan", "india", "sudan"}


_TRUCE_BODIES = {"committee", "mechanism", "commission", "monitor", "body", "cell", "mission"}


def _names_a_body(t: Token) -> bool:
    """A truce word that names the body watching over it: "the ceasefire monitoring
    committee", "the truce monitoring mechanism" (four authors mark no truce there)."""
    if any(
        c.dep_ == "acl" and c.lemma_.lower() == "monitor" and _object_is(c, _TRUCE_BODIES)
        for c in t.children
    ):
        return True  # the parser's "monitoring" as a verb whose object is the committee
    head = t
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head is not t and head.lemma_.lower() in _TRUCE_BODIES


def _truce_among_tariffs(t: Token) -> bool:
    """ "the 90-day truce agreed in Geneva holds, with US tariffs on Chinese goods staying at
    30%", "until Nov. 10, when the truce expires" among export licences: a truce told among
    trade measures, with no fighting in the sentence, is the trade truce."""
    if t.lemma_.lower() != "truce":
        return False
    # (a contract that "traded near 34 cents" is no trade)
    words = {w.lemma_.lower() for w in t.sent if not (w.lemma_.lower() == "trade" and is_verb(w))}
    if any("China" in c.text for c in t.children if c.dep_ in ("compound", "nmod", "poss")):
        words.add("tariff")  # "the U.S.-China truce", "the China truce": the trade war's
    trade_war = any(
        w.lemma_.lower() == "war" and any(c.lower_ == "trade" for c in w.children) for w in t.sent
    )
    fighting = words & _WAR_WORDS - ({"war"} if trade_war else set())
    return bool(words & _TRADE_WORDS) and not fighting


def _breaks_a_truce(t: Token) -> bool:
    """Fire across a truce: "violating the ceasefire", "violated it 2,900 times", "accused each
    other of violations" or "ceasefire violations" in a sentence about a truce."""
    if _over_its_terms(t):
        return False
    if is_verb(t):
        # not "violating the Geneva trade truce": a tariff pact, not a ceasefire
        return (
            _object_is(t, _CEASEFIRES)
            and not any(g.lower_ in ("trade", "tariff") for o in _objects(t) for g in o.children)
        ) or (_object_is(t, {"it"}) and any(w.lemma_.lower() in _CEASEFIRES for w in t.sent))
    if any(c.lemma_.lower() == "airspace" for c in t.children):
        return False
    return any(w.lemma_.lower() in _CEASEFIRES for w in t.sent)


_SHOTS = {"fire", "shell", "shelling", "gunfire", "assault", "fighting", "clash", "kill"}
_TRUCE_TERMS = {"aid", "hostage", "prisoner", "release", "handover", "delivery", "crossing"}


def _over_its_terms(t: Token) -> bool:
    """A truce said to be breached over its terms, in a sentence about aid or captives and
    no fire: "Israel halted all aid deliveries into Gaza, prompting Hamas to accuse Israel of
    ... breaching the truce", "Hamas would postpone the next release of hostages, accusing
    Israel of violating the terms of the truce"."""
    words = {w.lemma_.lower() for w in t.sent}
    return bool(words & _TRUCE_TERMS) and not words & (_WEAPONS | _ATTACKS | _SHOTS)


# Central banks as markets name them before a move: "a Fed cut", "an ECB hike"
_CENTRAL_BANKS = {"fed", "ecb", "boe", "boj", "rba", "rbi", "rbnz", "snb", "pboc", "riksbank"}
_CENTRAL_BANKS |= {"fomc", "bok", "boc"}  # the Fed's committee, the banks of Korea and Canada
_CENTRAL_BANKS |= {"cbr", "banxico"}  # Russia's and Mexico's (nlp.py reads all these as the Fed)
_SURE = {"certain", "likely", "sure", "set", "poised", "expected", "due"}


def _in_basis_points(t: Token) -> bool:
    """A move measured in basis points or a fraction of a point: "a 25-basis-point cut", "25
    bps cut" (whose "bps" the parser may make the subject of "cut"), "a quarter-point hike"."""
    before = [w for w in t.lefts if w.dep_ in ("compound", "amod", "nummod", "nsubj")]
    words = {g.lower_ for w in before for g in w.subtree}
    return bool(words & BASIS_POINTS) or ("point" in words and bool(words & {"quarter", "half"}))


FORESEEING = {"show", "signal", "see", "imply", "pencil", "indicate", "forecast", "project"}
_PROJECTIONS = {"dot", "plot", "projection", "median"}


def foreseen_by_projections(t: Token) -> bool:
    """A move the policymakers' projections show: "the median projection showed just one cut
    in 2026", "the dot plot implied two more cuts this year", "the new dot plot showed a
    median of three cuts in 2027", "projections still pencil in two cuts": a rate move still
    to come, though the sentence may name no rate."""
    if not is_noun(t):
        return False
    holder = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "median":
        holder = t.head.head  # "a median of three cuts"
    if holder.dep_ == "dobj":
        verb = holder.head
    elif holder.dep_ == "pobj" and holder.head.lower_ == "in":
        verb = holder.head.head  # "pencil in two cuts"
    else:
        return False
    return verb.lemma_.lower() in FORESEEING and any(
        c.dep_ == "nsubj" and any(w.lemma_.lower() in _PROJECTIONS for w in c.subtree)
        for c in verb.children
    )


def _monetary(t: Token) -> bool:
    """A rate move named by a noun ("two rate cuts", "a hike", "a Fed cut"), in a sentence
    about rates or by the central bank that moves."""
    if is_verb(t) and _in_basis_points(t) and any(c.dep_ == "nsubj" for c in t.lefts):
        return True  # "• Fed: 25 bps cut to 3.25%-3.50%", the parser's subject and verb
    if not is_noun(t) and not (
        # "contracts on a March rate cut by the Federal Reserve", "room for one more rate cut":
        # the parser's participle
        t.dep_ in ("pobj", "dobj", "nsubj")
        and any(
            c.dep_ in ("det", "nummod") or (c.dep_ == "compound" and c.lower_ == "rate")
            for c in t.children
        )
    ):
        return False
    if any(c.dep_ in ("compound", "poss") and c.lower_ in _CENTRAL_BANKS for c in t.children):
        return True
    if _in_basis_points(t) or foreseen_by_projections(t):
        return True  # "after Thursday's 25-basis-point cut to 2.25%": only rates move so
    sent = t.sent
    if any(w.lemma_.lower() in _MONETARY for w in sent) or _headed_by_a_bank(t):
        return True
    # a sentence naming only the central bank, or a market asking about the move: "two more
    # cuts", "a July hike", "Kalshi's market on a January cut"; not "spending cuts". A bullet
    # the parser splits gives the bank to the segment before ("BoJ: hiked 25 bps ...; we
    # expect the next hike no earlier than July")
    before = t.doc[sent.start - 1].sent if sent.start else sent
    return not any(c.dep_ == "compound" and c.ent_type_ != "DATE" for c in t.children) and (
        _names_a_central_bank(sent)
        or _asked_by_a_market(t)
        or (before.text.rstrip().endswith(";") and _about_rates(before))
    )


# What a market prices an event with ("odds of a cut", "a contract on a truce"); events.py
# reads prices by the same words
MARKET_WORDS = {"odds", "odd", "chance", "probability", "contract", "market", "bet"}


def priced_rate_move(t: Token) -> bool:
    """A rate move that names a market: "Kalshi's December-cut contract", "the April
    rate-cut contract", "September-cut odds"."""
    following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else t
    return (
        t.dep_ == "compound"
        and t.lemma_.lower() in ("cut", "hike")
        # (the parser may hang both words on a verb it takes for a noun: "trades")
        and (t.head.lemma_.lower() in MARKET_WORDS or following.lemma_.lower() in MARKET_WORDS)
    )


def _asked_by_a_market(t: Token) -> bool:
    """The word names what a market prices: "the market on a January cut", "odds of a move"."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in ("on", "of", "for")
        and t.head.head.lemma_.lower() in MARKET_WORDS
    )


_CENTRAL_BANK_NAMES = re.compile(
    r"\b(?:central bank|Reserve Bank|Federal Reserve|"
    r"Bank of (?:England|Japan|Canada|Korea|Israel|Thailand|Russia|Mexico)|"
    r"People's Bank|Norges Bank|Riksbank|Bank Indonesia|State Bank(?! of India))\b"
)


_FORECAST = {"expect", "see", "set", "tip", "forecast", "predict", "project", "poise"}


def _decided_by_a_bank(verb: Token) -> bool:
    """The verb's doer is a central bank, or a pronoun for one in a sentence about rates: "the
    RBA to hold at 3.60%", "after it held them at 3.50%"; not "the unemployment rate held at
    4.1%" or "inflation held at 2.7%", which are figures, not decisions."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "xcomp":
        # "expect the RBA to hold": the head's object; "the ECB is expected to hold": the
        # passive subject of a forecast (not "the ECB is done cutting")
        roles = ("dobj", "nsubjpass") if verb.head.lemma_.lower() in _FORECAST else ("dobj",)
        doer = next((c for c in verb.head.children if c.dep_ in roles), None)
        if doer is None and verb.head.dep_ == "acomp" and verb.head.lower_ in _SURE:
            # "the FOMC is all but certain to hold": the subject of the judgement
            doer = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        elif (
            doer is None
            and verb.head.lemma_ == "be"
            and any(w.lower_ in _SURE for w in verb.head.subtree if w.i < verb.i)
        ):
            # (the parser may hang "to hold" on "is", the judgement beside it)
            doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return _headed_by_a_bank(verb)
    if doer.pos_ == "PRON":
        return _about_rates(verb.sent)
    return _names_a_central_bank(doer.doc[doer.left_edge.i : doer.right_edge.i + 1])


def _headed_by_a_bank(word: Token) -> bool:
    """A briefing bullet whose header names the bank that moved: "• BoJ: held at 0.75%",
    "• Fed: cut 25 bps to 4.00%-4.25%" (a few words back, within the clause)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return False
    doc = word.doc
    for i in range(word.i - 1, max(word.i - 6, 0), -1):
        if doc[i].text in (";", "."):
            return False
        if doc[i].text == ":":
            return doc[i - 1].lower_ in _CENTRAL_BANKS
    return False


def levy_rates_to_come(token: Token) -> bool:
    """Rates of a levy told as still to start, in a sentence about tariffs: "a 10% baseline
    tariff ..., with higher rates of up to 49% on some countries due to take effect on April
    9". Rates alone are figures ("the unemployment rate"); these are measures."""
    if token.lemma_.lower() != "rate" or not is_noun(token):
        return False
    if not any(w.lemma_.lower() in ("tariff", "levy", "duty") for w in token.sent):
        return False
    # (the clause may hang on a word inside the phrase: "rates of up to 50% on dozens of
    # countries taking effect on April 9")
    return any(
        (c.lemma_.lower() in ("due", "set", "scheduled", "slated") or c.lemma_.lower() == "take")
        and c.dep_ in ("prep", "amod", "acl", "relcl")
        and any(
            g.lemma_.lower() in ("follow", "start", "begin", "kick")
            or (g.lemma_.lower() == "effect" and g.head.lemma_.lower() == "take")
            for g in c.subtree
        )
        for c in token.subtree
        if c.i != token.i
    )


def _levy_rates_set(token: Token) -> bool:
    """Rates a letter or an order sets, in a sentence about levies: "letters setting rates of
    25% to 40% from Aug. 1", "Trump's letters set rates of 25% for Japan" (a central bank's
    "set rates" names no levy)."""
    return (
        token.lemma_.lower() == "rate"
        and is_noun(token)
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() == "set"
        and any(w.lemma_.lower() in ("tariff", "levy", "duty", "letter") for w in token.sent)
        # ("... unless deals are struck": authors split between the rates set and a threat)
        and not any(w.lower_ in ("unless", "if") for w in token.sent)
    )


def levy_alongside(token: Token) -> bool:
    """A rate on goods added to a levy already named: "along with 25% on heavy trucks",
    "plus 25% on heavy trucks", "and 50% on kitchen cabinets" after them."""
    first = token
    while first.dep_ == "conj" and is_noun(first.head):
        first = first.head  # ("along with 25% on heavy trucks and 50% on kitchen cabinets")
    prep = first.head
    before = token.doc[first.left_edge.i - 1] if first.left_edge.i else first
    added = (
        first.dep_ == "pobj"
        and (
            prep.lower_ in ("plus", "alongside")
            or (prep.lower_ == "with" and prep.head.lower_ == "along")
        )
    ) or (first.dep_ == "conj" and before.lower_ == "plus")  # ", plus 25% on heavy trucks"
    return (
        added
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children)
        and any(
            w.lemma_.lower() in ("tariff", "levy", "duty")
            for w in token.doc[token.sent.start : token.i]
        )
    )


_RATE_GERUNDS = {"cutting", "holding", "raising", "hiking", "lowering", "keeping"}


def _bank_moving_rates(token: Token) -> bool:
    """A central bank's rate move the parser reads as a modifier of "rates": "a chance on the
    Fed cutting rates in March" ("Fed cutting rates" taken as one noun phrase)."""
    if token.lower_ not in _RATE_GERUNDS or token.dep_ not in ("compound", "amod"):
        return False
    if token.head.lemma_.lower() != "rate" or token.head.i != token.i + 1:
        return False
    before = token.doc[token.head.left_edge.i : token.i]
    return _names_a_central_bank(before)


def _names_a_central_bank(span: Span) -> bool:
    """ "the Fed", "the RBA", "the Reserve Bank of Australia", "the central bank", or one
    who heads one ("Powell said ...", "Lagarde saw no reason to ...")."""
    return any(w.lower_ in _CENTRAL_BANKS or w.ent_id_ in _central_bankers() for w in span) or bool(
        _CENTRAL_BANK_NAMES.search(span.text)
    )


@lru_cache(maxsize=1)
def _central_bankers() -> frozenset[str]:
    """The gazetteer's people whose role is at a central bank (its heads and governors)."""
    return frozenset(
        entry.id
        for entry in load_gazetteer().entries.values()
        if entry.label == "PERSON" and _CENTRAL_BANK_ROLE.search(entry.role)
    )


_CENTRAL_BANK_ROLE = re.compile(r"central bank|federal reserve|\bbank of\b", re.IGNORECASE)


def _about_rates(sent: Span) -> bool:
    """A sentence about interest rates: it names a rate or a central bank."""
    return any(w.lemma_.lower() in _MONETARY for w in sent) or _names_a_central_bank(sent)


# lemma -> (event type, condition on the token)
# What a party finalises for itself rather than with another: plans, maps, a mandate
_ARRANGEMENTS = {"plan", "plans", "map", "maps", "mandate", "deployment", "target", "targets"}
_ARRANGEMENTS |= {"framework"}


TRIGGERS: dict[str, tuple[EventType, Callable[[Token], bool]]] = {
    "strike": (
        T.STRIKE,
        # "struck a deal"; not "strike any vessel of firms that deal with Israel"
        lambda t: (
            not any(_is_one_of(o, _FRAME_OBJECTS) for o in _objects(t))
            # "Under the framework struck in Scotland on Sunday", "the trade deal struck in
            # Scotland": the deal's own verb
            and not (
                t.dep_ in ("acl", "relcl")
                and _is_one_of(t.head, _FRAME_OBJECTS | {"framework", "truce", "accord", "pact"})
            )
            and not _strike_in_another_sense(t)
        ),
    ),
    # "an assault on Pokrovsk", "launched a ground assault", "repelled an assault"
    "assault": (
        T.STRIKE,
        lambda t: (
            any(c.lower_ == "on" for c in t.children)
            or (
                t.dep_ == "dobj"
                and t.head.lemma_.lower() in ("repel", "repulse", "launch", "mount", "begin")
            )
            # "after a three-day assault", "a fresh ground assault", "74 assault operations";
            # not "assault rifles" or "sexual assault"
            or any(
                (c.dep_ == "compound" and c.lower_ == "day") or c.lower_ in _MILITARY_ASSAULTS
                for c in t.children
            )
            or (t.dep_ == "compound" and t.head.lemma_.lower() == "operation")
        ),
    ),
    **{
        w: (T.STRIKE, lambda t: True)
        for w in (
            "attack",
            "bomb",
            "bombard",
            "barrage",
            "shelling",
            "bombing",
            "airstrike",
            "bombardment",
            "counterattack",
            "counter-attack",
            "ambush",
        )
    },
    # sabotage of a railway, not of a process ("accused Europe of sabotaging the peace process")
    "sabotage": (T.STRIKE, lambda t: not _object_is(t, _PROCESSES | {"interest", "interests"})),
    # "saboteurs blew up a railway line", "the bridge was blown up"
    "blow": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)
            and (bool(_objects(t)) or t.tag_ == "VBN")
        ),
    ),
    "hit": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and not _has_object(t, {"record", "high", "low", "level", "milestone", "peak"})
            # "odds hit 85%", "Brent hit $90": a figure reached
            and not any(
                c.ent_type_ in _LEVELS and c.dep_ in ("dobj", "npadvmod") for c in t.children
            )
            and not _subject_is(t, _GUESSES)
            # "US tariffs could hit Japan's exports", "tariffs of up to 100% would hit buyers"
            and not _subject_is(t, _TRADE_MEASURES)
            and not _object_is(t, _FRAME_OBJECTS)
            # "a protracted trade war would hit Canadian growth hard": an economy, not a target
            and not _object_is(t, _ECONOMIC_TARGETS)
            and not punished_with(t)
            # with nothing hit, only a weapon or a force strikes ("a drone hit overnight"); not
            # "as headlines from Abu Dhabi hit"
            and (
                bool(_objects(t))
                or any(c.dep_ in ("auxpass", "prep") for c in t.children)
                or _subject_is(t, _WEAPONS | _AIRCRAFT | _FORCES | _ARMED)
            )
        ),
    ),
    # "sank a Russian warship", "was sunk by missiles"; not "the ferry sank" or "sink the
    # peace effort"
    "sink": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and (bool(_objects(t)) or any(c.dep_ == "auxpass" for c in t.children))
            # "sink the talks", "sink any hope of a deal"; but "sink any vessel belonging to
            # companies that deal with Israel" is a ship, whatever its phrase goes on to say
            and not any(_is_one_of(o, _PROCESSES | _HOPES) for o in _objects(t))
        ),
    ),
    "sinking": (T.STRIKE, is_noun),
    # "40% of Kyiv's generating capacity had been knocked out": a strike told by its damage
    # (when the strikes are named, "Russian strikes knocked out ...", they tell it)
    "knock": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
            and (
                (
                    any(c.dep_ == "auxpass" for c in t.children)
                    # "knocked out by drones" names its strike; "knocked out of the cup" is
                    # sport
                    and not any(c.dep_ == "agent" or c.lower_ == "of" for c in t.children)
                )
                # "Ukrainian drones knocked out 17% of Russia's refining capacity": the
                # weapons that did it, where no strike is named as the doer
                or _subject_is(t, _WEAPONS - {"strike", "attack", "barrage", "salvo"})
            )
        ),
    ),
    # "a Sea Baby drone had disabled a shadow fleet tanker", "a landing ship was disabled by
    # Ukrainian sea drones"
    "disable": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and (
                _subject_is(t, _WEAPONS)
                or any(
                    c.dep_ == "agent" and any(_is_one_of(g, _WEAPONS) for g in c.children)
                    for c in t.children
                )
            )
        ),
    ),
    # "the coast guard rammed a fishing boat"
    # "rammed a Philippine supply boat", "a coast guard vessel rammed the BRP Datu Pagbuaya"
    "ram": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and (_object_is(t, _VESSELS | {"boat"}) or _subject_is(t, _VESSELS | {"boat"}))
        ),
    ),
    # a show of force counted by the side watching it: "detected 32 Chinese military aircraft",
    # "Drones spotted over Aalborg and three other Danish military sites overnight"
    **{w: (T.THREAT, lambda t: _craft_sighted(t)) for w in ("detect", "spot", "track", "sight")},
    # "drones set fire to an oil refinery", "protesters set fire to a police station"
    "set": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and (
                (
                    _object_is(t, {"fire", "ablaze"})
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
                )
                # "drones set two tankers alight", "set an oil refinery in Tuapse ablaze",
                # where a weapon does it (a strike's "setting a terminal ablaze" tells it)
                or (
                    any(w.lower_ in ("ablaze", "alight") for w in t.subtree if w.i > t.i)
                    and _subject_is(t, _WEAPONS)
                )
            )
        ),
    ),
    # "drone debris sparked a fire at the Ust-Luga terminal"; not "sparked a fire sale"
    **{
        w: (
            T.STRIKE,
            lambda t: (
                is_verb(t)
                and _object_is(t, {"fire", "blaze", "explosion"})
                and _subject_is(t, _WEAPONS | {"debris", "shelling"})
            ),
        )
        for w in ("spark", "cause", "start", "trigger")
    },
    # "22 aircraft crossed the median line", "troops crossed the demarcation line"
    "cross": (
        T.THREAT,
        lambda t: (
            is_verb(t)
            and _object_is(t, {"line", "border", "boundary", "mdl"})
            and _subject_is(t, _AIRCRAFT | _VESSELS | _FORCES | {"warship", "force"})
        ),
    ),
    # what a reporter sees of an attack before anyone names it: "an explosion near its hull"
    # "Explosions were heard across Kyiv as air defences engaged drones": the sound, not an
    # act of its own (two authors)
    **{
        w: (
            T.STRIKE,
            lambda t: (
                is_noun(t)
                and not (t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ("hear", "report"))
            ),
        )
        for w in ("explosion", "blast")
    },
    "shell": (T.STRIKE, is_verb),  # the noun is the munition: "shipments of artillery shells"
    "pound": (T.STRIKE, is_verb),
    "target": (T.STRIKE, lambda t: (is_verb(t) and not _measure_aims(t)) or as_target(t)),
    "damage": (
        T.STRIKE,
        lambda t: is_verb(t) and _subject_is(t, _WEAPONS),
    ),
    **{w: (T.STRIKE, _breaks_a_truce) for w in ("violate", "breach", "break")},
    # "resumed fighting", "as fighting resumed", "fighting flared around Uvira", "fighting
    # continued in South Kivu": fresh fire; vague fighting elsewhere is no event, nor fighting
    # that goes on in a town another side says it took (the answer to a claim of capture)
    "fighting": (T.STRIKE, lambda t: _fresh_fighting(t)),
    # "the army-backed government ... vowed to keep fighting", "vows to fight on": force
    # promised; not "vowed to fight to the end" of a trade war
    # (the lemmatizer may give "fighting" as "fight": the reading above holds for it too)
    "fight": (T.STRIKE, lambda t: _fighting_vowed(t) or _fresh_fighting(t)),
    "clash": (T.STRIKE, lambda t: is_noun(t) and _fighting_flared(t)),
    "respond": (T.STRIKE, _responds_by_force),
    # "a crushing response", "a 'merciless' response to future shots"
    "response": (
        T.STRIKE,
        lambda t: (
            is_noun(t)
            and any(c.lower_ in _HARSH for c in t.children if c.dep_ in ("amod", "compound"))
        ),
    ),
    "raid": (T.STRIKE, lambda t: not any(c.lower_ == "air" for c in t.children)),
    "launch": (
        T.STRIKE,
        lambda t: (
            (_has_object(t, _WEAPONS) or _weapons_launched(t))
            and not any(_strike_in_another_sense(o) for o in _objects(t))
            and not _object_is(t, _SPACECRAFT)
            and not _drills_launched(t)
        ),
    ),
    "fire": (T.STRIKE, _gunfire),
    # drones sent "into Polish airspace" are an incursion, which lexicon_type reads last
    "send": (
        T.STRIKE,
        lambda t: (
            _has_object(t, {"drone", "missile", "rocket"})
            and not _sent_to_a_party(t)
            and not _into_airspace(t)
        ),
    ),
    "use": (
        T.STRIKE,
        # ("use overwhelming lethal force", not "use economic force")
        lambda t: (
            is_verb(t)
            and (
                _has_object(t, {"missile", "weapon", "drone", "ammunition", "laser"})
                or any(
                    o.lemma_.lower() == "force"
                    and not any(c.lower_ in ("economic", "political") for c in o.children)
                    for o in _objects(t)
                )
            )
        ),
    ),
    "destroy": (T.STRIKE, is_verb),
    # "threatened to flatten any area from which troops came under fire", "to 'wipe out'
    # Taliban positions": force vowed; "wiped out the week's gains" is a market's
    **{
        w: (
            T.STRIKE,
            lambda t: is_verb(t) and t.dep_ == "xcomp" and t.head.lemma_.lower() in _VOWED,
        )
        for w in ("flatten", "wipe", "raze", "obliterate", "annihilate")
    },
    # "intercepted radio chatter in Korean" is listening, not shooting down
    "intercept": (T.INTERCEPTION, lambda t: not _object_is(t, _MESSAGES)),
    # "torched at least 73 fuel tankers"
    "torch": (T.STRIKE, lambda t: is_verb(t) and bool(_objects(t))),
    # "JNIM militants have burned at least 40 fuel tankers": armed men burning (not "burned
    # through its reserves")
    "burn": (
        T.STRIKE,
        lambda t: is_verb(t) and bool(_objects(t)) and _subject_is(t, _ARMED | _FORCES),
    ),
    # "dissolved the independent electoral commission", "pledged to dissolve armed groups"
    "dissolve": (T.POSITION, lambda t: is_verb(t) and bool(_objects(t))),
    "interception": (T.INTERCEPTION, lambda t: True),
    # "air defences neutralised 460 of the targets", "neutralized 40 drones": in a sentence
    # about an air attack (not "until its missile program was neutralized")
    **{
        w: (
            T.INTERCEPTION,
            lambda t: (
                is_verb(t)
                and any(
                    o.lemma_.lower() in _NEUTRALISED
                    or any(g.lemma_.lower() in _NEUTRALISED for p in o.children for g in p.children)
                    for o in t.children
                    if o.dep_ in ("dobj", "nsubjpass")
                )
                and any(w.lemma_.lower() in {"drone", "missile", "rocket"} for w in t.sent)
            ),
        )
        for w in ("neutralise", "neutralize")
    },
    "down": (
        T.INTERCEPTION,
        lambda t: (
            (t.dep_ in ("prt", "advmod") and t.head.lemma_ == "shoot")
            or (t.dep_ in ("prt", "advmod") and t.head.lemma_ == "bring" and _brought_down(t.head))
            or (is_verb(t) and _has_object(t, _WEAPONS | _AIRCRAFT))  # "downed four Indian jets"
            # "had downed an Israeli F-35 near Tabriz"
            or (is_verb(t) and any(_AIRCRAFT_MODEL.fullmatch(o.text) for o in _objects(t)))
            # "had downed a US MQ-9 Reaper", the model's name misparsed as a preposition
            or (
                is_verb(t)
                and any(_AIRCRAFT_MODEL.fullmatch(w.text) for w in t.doc[t.i + 1 : t.i + 4])
            )
            # "the air force said 388 were downed": the drones counted before
            or (is_verb(t) and any(c.dep_ == "auxpass" for c in t.children))
            # "debris from a downed drone"
            or (t.dep_ == "amod" and t.head.lemma_.lower() in _WEAPONS)
        ),
    ),
    "repel": (T.INTERCEPTION, lambda t: _object_is(t, _WEAPONS - {"attack", "strike"})),
    # "air defences engaged a wave of Shahed drones"
    "engage": (
        T.INTERCEPTION,
        lambda t: (
            is_verb(t)
            and (
                _object_is(t, _WEAPONS - {"attack", "strike"})
                or (
                    any(o.lemma_.lower() == "wave" for o in _objects(t))
                    and _subject_is(t, {"defence", "defences", "defense", "defenses"})
                )
            )
        ),
    ),
    # "life-threatening injuries" threaten no one
    # "threatened countermeasures" as a modifier: the measure is what is threatened
    "threaten": (
        T.THREAT,
        lambda t: (
            not (t.i and t.doc[t.i - 1].text == "-")
            and not endangers(t)
            and not (t.dep_ == "amod" and lexicon_type(t.head) is not None)
        ),
    ),
    "threat": (T.THREAT, lambda t: True),
    "ultimatum": (T.THREAT, lambda t: True),
    "alert": (T.THREAT, is_noun),
    # gray-zone shows of force: "expelled a Philippine vessel from waters near the shoal",
    # "after it intruded into waters"
    "expel": (T.THREAT, lambda t: is_verb(t) and _object_is(t, _VESSELS | _AIRCRAFT)),
    "intrude": (T.THREAT, is_verb),
    "siren": (T.THREAT, is_noun),
    "incursion": (T.THREAT, lambda t: True),
    # "GPS jamming from Kaliningrad had disrupted 1,800 flights": interference held over a
    # neighbour (two authors of two); drones "lost to electronic jamming" are no act of it
    "jamming": (T.THREAT, lambda t: is_noun(t) and t.dep_ in ("nsubj", "nsubjpass", "dobj")),
    "jam": (T.THREAT, lambda t: t.lower_ == "jamming" and t.dep_ in ("nsubj", "nsubjpass")),
    # a show of force: "live-fire drills around the island", "joint naval exercises"
    # (the parser may tag the subject "drills" a verb: "Freedom Shield drills start on Monday")
    "drill": (
        T.THREAT,
        lambda t: (
            is_noun(t)
            or t.dep_ in ("nsubj", "nsubjpass")
            or _drills_launched(t.head)
            # 'had begun "Justice Mission-2025" drills', the plural taken for a verb
            or (t.lower_ == "drills" and t.head.lemma_.lower() in _DRILLS_BEGUN)
        ),
    ),
    "exercise": (
        T.THREAT,
        lambda t: (
            is_noun(t)
            and any(
                c.lemma_.lower() in _SHOWS_OF_FORCE
                # a named one: "the Han Kuang exercises", "the Ulchi Freedom Shield exercise"
                or (c.dep_ == "compound" and c.pos_ == "PROPN")
                # "live-fire exercises", split at the hyphen; not "a fire exercise"
                or (c.lower_ == "fire" and any(g.lower_ == "live" for g in c.children))
                for c in t.children
            )
        ),
    ),
    # "a seventh nuclear test", "the test of a new solid-fuel engine for an intercontinental
    # missile", "said it had tested a new hypersonic missile"
    "test": (
        T.THREAT,
        lambda t: (
            (
                (is_noun(t) or (is_verb(t) and bool(_objects(t))))
                and any(
                    c.lemma_.lower() in _TESTED_ARMS
                    or (
                        c.lower_ == "of"
                        and any(g.lemma_.lower() in _TESTED_ARMS for g in c.subtree)
                    )
                    for c in [*t.children, *_objects(t)]
                )
            )
            or (
                is_verb(t)
                and any(
                    w.lemma_.lower() in _TESTED_RESOLVE
                    for o in _objects(t)
                    for w in [o, *(c for c in o.children if c.dep_ in ("poss", "compound"))]
                )
            )
        ),
    ),
    # "a Chinese navy destroyer collided with a coast guard ship while chasing a Philippine
    # vessel": a dangerous manoeuvre at sea (three authors); a tanker's accident is none
    "collide": (
        T.THREAT,
        lambda t: (
            is_verb(t)
            and any(
                c.dep_ == "nsubj"
                and (
                    _is_one_of(c, _WARSHIPS | {"cutter"})
                    or any(g.lower_ in ("navy", "naval", "guard") for g in c.lefts)
                )
                for c in t.children
            )
        ),
    ),
    # "airspace violations", "no violation of Polish airspace"
    "violation": (
        T.THREAT,
        lambda t: any(
            c.lemma_.lower() == "airspace"
            or (c.lower_ == "of" and any(g.lemma_.lower() == "airspace" for g in c.children))
            for c in t.children
        ),
    ),
    # "the two sides had reached an understanding", "had come to an understanding on Ukraine"
    "understanding": (
        T.AGREEMENT,
        lambda t: (
            is_noun(t)
            and (
                (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ("reach", "produce"))
                or (
                    t.dep_ == "pobj"
                    and t.head.lower_ == "to"
                    and t.head.head.lemma_.lower() == "come"
                )
            )
        ),
    ),
    # "Poland scrambled fighter jets", "Romanian F-16s were scrambled": a show of readiness
    # (events drop it beside another alert of the sentence, the incursion it answers)
    "scramble": (
        T.THREAT,
        lambda t: (
            is_verb(t)
            and any(
                c.dep_ in ("dobj", "nsubjpass", "nsubj")
                and (c.lemma_.lower() in _AIRCRAFT - {"drone"} or _AIRCRAFT_MODEL.fullmatch(c.text))
                for c in t.children
            )
        ),
    ),
    # "threatened further penalties against Chinese refineries", "an extra penalty over
    # India's purchases of Russian oil", "a 40% transshipment penalty", "the 10% surcharge"
    **dict.fromkeys(
        ("penalty", "surcharge"),
        (
            T.SANCTIONS_AID,
            lambda t: (
                is_noun(t)
                and any(
                    c.lower_ in ("against", "on", "over")
                    or (c.dep_ in ("compound", "nmod", "amod") and c.lower_ in ("%", "percent"))
                    for c in t.children
                )
            ),
        ),
    ),
    # "resume full-scale operations in Lebanon", "launched 74 assault operations"; not "the
    # directors general of military operations", nor Moscow's "special military operation"
    "operation": (
        T.STRIKE,
        lambda t: (
            is_noun(t)
            and t.dep_ not in ("compound", "pobj")
            and any(c.lower_ in _COMBAT_OPERATIONS for c in t.children)
            and not any(c.lower_ == "special" for c in t.children)
        ),
    ),
    # "threatened military action against Colombia", "no military action would be taken"
    "action": (
        T.STRIKE,
        lambda t: (
            is_noun(t)
            and any(c.dep_ == "amod" and c.lower_ == "military" for c in t.children)
            and not unnamed_menace(t)
        ),
    ),
    "act": (
        T.THREAT,
        lambda t: (
            (is_verb(t) and t.head.lemma_.lower() in ("ready", "prepared", "willing"))
            or act_of_war(t)
        ),
    ),
    # "talk of a recession" is speculation; negotiations are "talks" or the verb
    "talk": (
        T.TALKS,
        lambda t: not (is_noun(t) and t.lower_ == "talk") and not _up_for(t) and not _struck_at(t),
    ),
    **{
        w: (
            T.TALKS,
            lambda t: (
                not _up_for(t)
                and not _struck_at(t)
                # "appoint negotiating teams", "recalled its negotiating team": who would talk
                and not (t.tag_ == "VBG" and t.dep_ in ("amod", "compound"))
                and not _one_by_one(t)
            ),
        )
        for w in (
            "meeting",
            "negotiation",
            "negotiate",
            "summit",
            "discuss",
            "discussion",
            "consultation",
        )
    },
    "meet": (T.TALKS, _met),
    "speak": (T.TALKS, _spoke_with),
    # "a third round is expected next week", "before another round": more of the talks the
    # sentence tells ("a round of talks" is told by its talks)
    "round": (T.TALKS, _round_of_talks),
    # "adding that the next session was set for May 5", among negotiators
    "session": (T.TALKS, _round_of_talks),
    "reconvene": (T.TALKS, is_verb),  # "wrapped up talks and will reconvene in January"
    # "would convene its peace and security council", "asked the Council to convene an
    # emergency session", "leaders will convene in Brussels"
    "convene": (
        T.TALKS,
        lambda t: is_verb(t) and (not _objects(t) or _object_is(t, _GATHERINGS)),
    ),
    # "Qatar mediated the talks"; not "a UAE-mediated deal", which names the deal's broker
    "mediate": (T.TALKS, lambda t: is_verb(t) and t.dep_ not in ("acl", "amod")),
    # the gerund, which the parser may tag a noun: "pledged to keep mediating between them"
    "mediating": (T.TALKS, lambda t: t.dep_ != "acl"),
    "sign": (
        T.AGREEMENT,
        lambda t: (
            is_verb(t)
            and not _object_is(t, {"order", "decree", "law", "bill", "proclamation"})
            and not _signs_a_bill(t)
            and not _signed_up(t)
        ),
    ),
    # "their foreign ministers initialled the text", "initialed a security pact": the deal's
    # text settled, signing to come
    "initial": (T.AGREEMENT, is_verb),
    "agree": (
        T.AGREEMENT,
        lambda t: is_verb(t) and not _agreed_upon(t) and adopted_package(t) is None,
    ),
    # (not "meet to finalise the plans", "maps for a buffer zone", "the force's mandate": a
    # party's own arrangements, readied)
    **{
        w: (T.AGREEMENT, lambda t: is_verb(t) and not _object_is(t, _ARRANGEMENTS))
        for w in ("finalize", "finalise")
    },
    "settle": (
        T.AGREEMENT,
        lambda t: (
            is_verb(t)
            and bool(_objects(t))
            and not _object_is(t, _GAMES)
            # a price settles at a level: "odds spiked to 19%, then settled around 15%",
            # "futures rose $3.40 to settle at $65.99 a barrel"
            and not any(o.ent_type_ in _LEVELS for o in _objects(t))
            and not any(c.dep_ == "prep" and c.lower_ == "at" for c in t.children)
        ),
    ),
    "accept": (
        T.AGREEMENT,
        lambda t: (
            is_verb(t)
            and _object_is(
                t, {"amendment", "plan", "proposal", "deal", "framework", "offer", "term"}
            )
        ),
    ),
    **{w: (T.AGREEMENT, _captives_let_go) for w in ("release", "free", "return", "repatriate")},
    # "the repatriation of bodies continued"
    "repatriation": (
        T.AGREEMENT,
        lambda t: is_noun(t) and any(w.lemma_.lower() in _CAPTIVES for w in t.subtree),
    ),
    # "after a prisoner transfer brokered by Kyiv"
    "transfer": (
        T.AGREEMENT,
        lambda t: (
            is_noun(t)
            and any(c.dep_ == "compound" and c.lemma_.lower() in _CAPTIVES for c in t.children)
        ),
    ),
    # a prisoner swap, not the swaps market ("swaps put the odds of a hike at 10%")
    "swap": (
        T.AGREEMENT,
        lambda t: (
            (is_noun(t) and not _financial_swap(t))
            or _object_is(t, _CAPTIVES)
            or any(_held_captive(c) for o in _objects(t) for c in o.children)
        ),
    ),
    "hand": (
        T.AGREEMENT,
        lambda t: (
            (
                is_verb(t)
                and any(c.lower_ in ("over", "back") for c in t.children)
                and _object_is(t, _CAPTIVES)
            )
            or _handed_to_the_red_cross(t)
        ),
    ),
    **{
        w: (T.AGREEMENT, is_noun)
        for w in (
            "agreement",
            "deal",
            "treaty",
            "framework",
        )
    },
    # a proposal is a party's position on offer (the guidelines' "position covers ...
    # proposals"), not yet a deal; once accepted, the acceptance is the deal
    "proposal": (
        T.POSITION,
        lambda t: is_noun(t) and not (t.dep_ == "dobj" and t.head.lemma_.lower() == "accept"),
    ),
    # "the Paris declaration signed on Tuesday"; "a declaration of war" (or of an emergency,
    # of independence) is no deal
    "declaration": (
        T.AGREEMENT,
        lambda t: is_noun(t) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children),
    ),
    # "a peace settlement"; "captured nine settlements" are villages
    # "the settlement of Lysychne" is a village, not a deal
    "settlement": (
        T.AGREEMENT,
        lambda t: (
            is_noun(t)
            and t.tag_ != "NNS"
            # "captured the village ..., but bloggers said the settlement was still contested"
            and not (
                any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and any(w.lemma_.lower() in ("village", "town") for w in t.sent)
            )
            and not any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
                for c in t.children
            )
            # "as part of a settlement", "the terms of any settlement", "bet on a settlement":
            # a settlement named only as another act's frame is no deal of its own (nine
            # rows of eight authors against two), nor is "their first recapture of a
            # settlement" one
            and t.dep_ != "pobj"
        ),
    ),
    "exchange": (
        T.AGREEMENT,
        lambda t: (
            t.pos_ in ("NOUN", "VERB", "PROPN")  # a bullet's capital: "Exchange of 84 civilians"
            and (
                _has_object(t, _CAPTIVES | {"prisoners", "bodies"})
                or any(c.dep_ == "compound" and c.lemma_.lower() in _CAPTIVES for c in t.children)
                # "Exchange of 84 civilians and 206 servicemen completed at the border"
                or any(
                    c.lower_ == "of" and any(_is_one_of(g, _EXCHANGED) for g in c.subtree)
                    for c in t.children
                )
                or came_home_in(t)
                # "completed the first exchange under the truce, with three hostages freed"
                or (
                    is_noun(t)
                    and not any(c.lower_ == "of" for c in t.children)  # "an exchange of fire"
                    and any(w.lemma_.lower() in _CAPTIVES for w in t.sent)
                )
            )
        ),
    ),
    # a deal sought and not found: "no compromise was found", "without reaching a compromise"
    "compromise": (
        T.AGREEMENT,
        lambda t: is_noun(t) and t.head.lemma_.lower() in ("reach", "find", "strike", "agree"),
    ),
    # "the probability that Israel and Saudi Arabia normalise ties": a deal between them
    **{
        w: (
            T.AGREEMENT,
            lambda t: is_verb(t) and _object_is(t, {"tie", "ties", "relation", "relations"}),
        )
        for w in ("normalise", "normalize")
    },
    # "Israel-Saudi normalisation by June 30, 2027: 12%", "said normalisation with Israel was
    # not on the table": the deal of two states to recognise each other
    **{w: (T.AGREEMENT, is_noun) for w in ("normalisation", "normalization")},
    # "ruled out any coalition with the far right": a pact between parties
    "coalition": (
        T.AGREEMENT,
        lambda t: is_noun(t) and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children),
    ),
    "endorse": (T.POSITION, is_verb),  # "the Security Council endorsed the plan": a decision
    "accord": (T.AGREEMENT, lambda t: is_noun(t) and t.lower_ != "according"),
    **{w: (T.CEASEFIRE, lambda t: True) for w in ("ceasefire", "truce", "armistice")},
    # not "captured soldiers", who are prisoners, nor seats and offices won at the polls
    **{
        w: (T.CAPTURE, lambda t: not _held_captive(t) and not _object_is(t, _WON_AT_THE_POLLS))
        for w in ("capture", "liberate", "offensive")
    },
    # "occupied the town"; "the occupied West Bank", "occupied territory" name a state of things
    "occupy": (T.CAPTURE, lambda t: t.dep_ != "amod"),
    "seize": (T.CAPTURE, lambda t: not _object_is(t, _ASSETS)),
    # "the RSF stormed El Fasher": a town taken; storming anything else, a named palace or
    # parliament too, is an assault (below)
    "storm": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and any(
                o.pos_ == "PROPN"
                and o.ent_type_ not in ("PERSON", "NORP", "FAC")
                and o.lemma_.lower() not in _SEATS
                for o in _objects(t)
            )
        ),
    ),
    "take": (
        T.CAPTURE,
        lambda t: (
            any(c.lemma_ in ("control",) for c in t.children)
            or (
                _object_is(t, _TERRITORY)
                and not any(o.lemma_.lower() in _TAKEN_LIGHTLY for o in _objects(t))
            )
            # "its forces had taken Pokrovsk": a named place, taken by forces, or by a state or
            # an armed group named for its forces ("expect Russia to take Kostiantynivka",
            # "the RSF claimed to have taken the Heglig oil field")
            or (
                (_doer_is(t, _FORCES | _ARMED) or _doer_is_a_party(t))
                and any(
                    o.ent_type_ in ("GPE", "LOC", "FAC")
                    or (
                        o.lemma_.lower() in _PLACES_HELD
                        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)
                    )
                    for o in _objects(t)
                )
            )
            # "a US attempt to take the island by force", "would take the rest of Donbas by force"
            or (
                bool(_objects(t))
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "by"
                    and any(g.lemma_.lower() == "force" for g in c.children)
                    for c in t.children
                )
            )
            # "seized the ship and took its 22 crew members to the port", "claimed that some of
            # its crew had been taken to a safe location"
            or (is_verb(t) and _object_is(t, _CREWS))
            # "Federal police took Bolsonaro into custody": a named person held (a suspect
            # "taken into custody" after a crime is policing, as arrests are)
            or (
                is_verb(t)
                and any(o.ent_type_ == "PERSON" for o in _objects(t))
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "into"
                    and any(g.lemma_.lower() == "custody" for g in c.children)
                    for c in t.children
                )
            )
            # "the United States would take over the Gaza Strip": a territory taken over
            or (
                is_verb(t)
                and any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children)
                and any(o.ent_type_ in ("GPE", "LOC") for o in _objects(t))
            )
        ),
    ),
    # "Russian troops had raised a flag over the centre of Huliaipole": ground claimed
    "flag": (
        T.CAPTURE,
        lambda t: (
            t.dep_ == "dobj"
            and t.head.lemma_.lower() in ("raise", "hoist", "plant")
            and any(
                c.dep_ == "prep" and c.lower_ in ("over", "above", "in") for c in t.head.children
            )
        ),
    ),
    # "its forces had encircled Ukrainian units": troops cut off, which authors count as
    # taken; and a named town ("denied Moscow's claims that Pokrovsk had been encircled":
    # five rows of five authors against two)
    **{
        w: (
            T.CAPTURE,
            lambda t: (
                is_verb(t)
                and t.lower_ != "surrounding"  # "the airspace above and surrounding Venezuela"
                and (
                    _object_is(t, _FORCES)
                    or any(
                        c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in ("GPE", "LOC")
                        for c in t.children
                    )
                )
            ),
        )
        for w in ("encircle", "surround")
    },
    # "the Heglig oil field changed hands when army units withdrew": ground taken (not the
    # contracts that change hands on a market)
    "change": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in t.children)
            and any(
                c.dep_ == "nsubj"
                and (c.ent_type_ in ("GPE", "LOC", "FAC") or _is_one_of(c, _PLACES_HELD))
                for c in t.children
            )
        ),
    ),
    # "its troops had cleared 155 buildings in Pokrovsk": ground swept by forces
    "clear": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and _doer_is(t, _FORCES | _ARMED)
            and _object_is(
                t, _TERRITORY | {"building", "district", "neighbourhood", "neighborhood"}
            )
            # not "cleared the town of most infiltrators": one's own ground rid of intruders
            and not any(
                c.dep_ == "prep" and c.lower_ == "of" for w in (t, *_objects(t)) for c in w.children
            )
        ),
    ),
    # "has gained control of the settlement", "regained full control of two villages"; not
    # "gained control of the Senate"
    **{
        w: (
            T.CAPTURE,
            lambda t: (
                is_verb(t)
                and (held := controlled(t)) is not None
                and held.lemma_.lower() not in _POLITICAL_BODIES
                and held.ent_type_ != "ORG"
            ),
        )
        for w in ("gain", "regain", "establish")
    },
    # the model's lemmatizer leaves "retook" as it is
    **{w: (T.CAPTURE, is_verb) for w in ("retake", "retook")},
    "recapture": (T.CAPTURE, lambda t: True),
    # people or ships held by force: "activists ... were detained by Israeli forces", "the
    # coast guard detained a cargo ship"; not "those detained in the unrest", who are named
    "detain": (T.CAPTURE, lambda t: is_verb(t) and t.dep_ not in ("acl", "amod")),
    # armed suspects seized in a raid: "security forces had arrested 17 suspected Islamic State
    # members", "37 suspects had been arrested"; not "arrested thousands of protesters",
    # "arrested 12 people who allegedly spied" or "a suspect was arrested", which authors read
    # as policing, not capture
    "arrest": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and t.dep_ not in ("acl", "amod")
            and any(
                c.dep_ in ("dobj", "nsubjpass")
                and (
                    any(
                        w.lemma_.lower() in _ARRESTED_FIGHTERS and w.tag_ == "NNS"
                        for w in c.subtree
                    )
                    or (c.lemma_.lower() in _ARRESTED_PEOPLE and c.tag_ == "NNS")
                )
                for c in t.children
            )
        ),
    ),
    # "troops advanced on Pokrovsk"; not "voted to advance the sanctions bill"
    "advance": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and t.dep_ != "amod"  # "advancing issues trailed decliners": shares that rose
            # "voted to advance a deal that would fund the government": a bill moved, not troops
            and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _MOTIONS | _ADVANCED_CAUSES
                for c in t.children
            )
        ),
    ),
    # "deployed an aircraft carrier to the port of Busan": a show of force, aimed at no one
    "deploy": (
        T.THREAT,
        lambda t: is_verb(t) and _object_is(t, _VESSELS | {"warship", "destroyer", "bomber"}),
    ),
    # "M23 fighters entered the town of Uvira"; not "the rebels entered talks"; a city's
    # centre or outskirts entered by whoever "they" are
    "enter": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and (
                (_subject_is(t, _FORCES | _ARMED) and not _object_is(t, _NOT_ENTERED))
                or (_subject_is(t, _CITY_TAKERS) and _object_is(t, _CITY_PARTS))
            )
        ),
    ),
    # "Russian assault groups reach city centre"; not "the parade reached the city centre"
    "reach": (
        T.CAPTURE,
        lambda t: is_verb(t) and _subject_is(t, _CITY_TAKERS) and _object_is(t, _CITY_PARTS),
    ),
    **{
        w: (T.WITHDRAWAL, lambda t: not _from_a_compact(t) and not _money_taken_out(t))
        for w in ("withdraw", "withdrawal", "retreat", "pullout", "pullback", "disengagement")
    },
    "cede": (T.WITHDRAWAL, is_verb),  # "require Kyiv to cede territory it controls"
    # "units had abandoned Huliaipole": ground given up, not a plan dropped
    "abandon": (
        T.WITHDRAWAL,
        lambda t: (
            is_verb(t)
            and (
                _object_is(t, _TERRITORY | _BASES)
                or any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in _objects(t))
            )
        ),
    ),
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
            "blockade",
        )
    },
    **{
        w: (T.SANCTIONS_AID, lambda t: is_verb(t) and _object_is(t, _TRADE))
        for w in ("end", "halt", "stop", "restrict", "suspend")
    },
    # "curbed imports", "new chip export curbs on China"
    "curb": (
        T.SANCTIONS_AID,
        lambda t: (
            (is_verb(t) and _object_is(t, _TRADE))
            or (is_noun(t) and any(c.lemma_.lower() in ("export", "import") for c in t.children))
            or _curbs_on_trade(t)
        ),
    ),
    # "opened a Section 232 probe into robotics", "would open Section 301 investigations into
    # 16 trading partners": a trade inquiry set up, a decision (three authors of three); a
    # regulator's investigation of a firm is none
    **{
        w: (
            T.POSITION,
            lambda t: (
                is_noun(t)
                and t.dep_ == "dobj"
                and t.head.lemma_.lower() in ("open", "launch", "initiate", "start")
                # (the parser may make "Section" an object of its own)
                and any(w.lower_ == "section" for w in t.doc[max(t.i - 3, t.sent.start) : t.i])
            ),
        )
        for w in ("probe", "investigation")
    },
    # "a 100% tariff on branded drugs from Oct. 1, along with 25% on heavy trucks and 50% on
    # kitchen cabinets": more levies, each its own (three authors of three; "including 34% on
    # China" names a rate of the levy before it)
    "%": (T.SANCTIONS_AID, levy_alongside),
    # "switched off its propaganda loudspeakers along the border", "halted loudspeaker
    # broadcasts": a state's step to ease tension, a decision (eight authors of eight)
    # (a lambda: the test is defined further down)
    **{w: (T.POSITION, lambda t: loudspeakers_silenced(t)) for w in ("loudspeaker", "broadcast")},
    # "began dismantling some of their propaganda loudspeakers": pulled back from the border
    "dismantle": (
        T.WITHDRAWAL,
        lambda t: is_verb(t) and any(_loudspeakers(g) for o in _objects(t) for g in o.subtree),
    ),
    # "accused Washington of kidnapping its president", "had been kidnapped from his home",
    # "Russia had abducted at least 19,500 children": people seized (six authors of six); not
    # "kidnapped nurses", "abducted children", what they are
    **{
        w: (T.CAPTURE, lambda t: is_verb(t) and t.dep_ not in ("amod", "compound"))
        for w in ("kidnap", "abduct")
    },
    # "would revoke Petro's visa": a state's measure against a person (two authors of two)
    "visa": (
        T.SANCTIONS_AID,
        lambda t: t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _VISAS_TAKEN,
    ),
    # "would ban imports of Russian LNG", "its ban on Russian LNG imports"
    "ban": (
        T.SANCTIONS_AID,
        lambda t: (
            (is_verb(t) and _object_is(t, _TRADE | {"service", "services"}))
            or (
                is_noun(t)
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "on"
                    and any(g.lemma_.lower() in _TRADE | {"service"} for g in c.subtree)
                    for c in t.children
                )
            )
            # "a full maritime services ban", which would replace the price cap
            or (is_noun(t) and any(c.lemma_.lower() == "service" for c in t.children))
        ),
    ),
    # a partner's intelligence cut off or restored: "halt intelligence sharing"
    "sharing": (
        T.SANCTIONS_AID,
        lambda t: is_noun(t) and any(c.lemma_.lower() == "intelligence" for c in t.children),
    ),
    **{
        w: (
            T.SANCTIONS_AID,
            lambda t: (
                is_noun(t)
                and any(
                    (c.dep_ == "prep" and c.lower_ == "on")
                    or c.lemma_.lower() in _TRADE_MARKS | _LEVIED_GOODS
                    or c.like_num
                    or c.ent_type_ == "PERCENT"
                    # "Section 232 duties", "Canada, Mexico duties", "a 10% baseline duty"
                    or (
                        c.dep_ in ("compound", "nmod", "amod")
                        and (c.lower_ in ("section", "baseline") or c.ent_type_ in ("GPE", "NORP"))
                    )
                    for c in t.children
                )
                # ("US customs duties collected in 2025 topped $230 billion": revenue)
                and not any(c.lower_ == "customs" for c in t.children)
                # "would answer with levies on C$28 billion of American goods"
                or answered_with(t)
                or _levy_set(t)
            ),
        )
        for w in ("duty", "levy")
    },
    "airdrop": (T.SANCTIONS_AID, lambda t: True),
    "line": (
        T.SANCTIONS_AID,
        lambda t: any(c.lower_ in ("swap", "credit") for c in t.children),
    ),
    "deliver": (T.SANCTIONS_AID, lambda t: not _object_is(t, _DELIVERED_WORDS)),
    # the recipient's side of a delivery: "Ukraine has received the first of 18 F-16 jets"
    "receive": (T.SANCTIONS_AID, lambda t: is_verb(t) and _object_is(t, _DELIVERED_ARMS)),
    # "North Korea had shipped up to 12 million artillery shells to Russia", "Patriot systems
    # would be shipped to Ukraine", "would provide intelligence and air-defence support"
    **{
        w: (
            T.SANCTIONS_AID,
            lambda t: (
                is_verb(t)
                # the object itself or what it counts ("$4 billion in US weapons"); not "without
                # providing evidence that its air force had shot down five Indian jets"
                and any(
                    _is_one_of(w, _DELIVERED_ARMS | {"intelligence", "support"})
                    for o in _objects(t)
                    for w in [
                        o,
                        *(g for p in o.children if p.lower_ in ("of", "in") for g in p.children),
                    ]
                )
                # or money for a party: "will provide an extra €2 billion for Ukraine's air
                # defence"
                or _money_for_a_party(t)
            ),
        )
        for w in ("ship", "provide")
    },
    # "supplied Kyiv with shells"; not "keep oil markets well supplied"
    "supply": (T.SANCTIONS_AID, lambda t: is_verb(t) and t.dep_ != "oprd"),
    # a party arming another: "accused Abu Dhabi of arming the RSF", "pledged to keep arming
    # Kyiv"; not "armed men"
    "arm": (T.SANCTIONS_AID, lambda t: is_verb(t) and t.dep_ != "amod" and bool(_objects(t))),
    "spend": (T.SANCTIONS_AID, _spent_abroad),
    "fund": (T.SANCTIONS_AID, _spent_abroad),
    # "handed Ukrainian negotiators a memorandum setting out Moscow's terms": a party's
    # position; one signed ("signed a memorandum of understanding") is a deal
    "memorandum": (
        T.POSITION,
        lambda t: (
            is_noun(t) and not (t.dep_ == "dobj" and t.head.lemma_.lower() in ("sign", "ink"))
        ),
    ),
    # "imposed export controls"
    "control": (
        T.SANCTIONS_AID,
        lambda t: is_noun(t) and any(c.lemma_.lower() == "export" for c in t.children),
    ),
    # "imposed export restrictions", "until Western restrictions on the agricultural lender
    # were lifted", "its restrictions on chip exports"; not "temporary restrictions at the
    # airports"
    "restriction": (
        T.SANCTIONS_AID,
        lambda t: (
            (is_noun(t) and any(c.lemma_.lower() == "export" for c in t.children))
            or _curbs_on_trade(t)
        ),
    ),
    # "added 23 Chinese firms to its entity list", "put 12 more US firms on its unreliable
    # entity list", "removed 518 Syrian individuals and entities from the SDN list"
    **{
        w: (T.SANCTIONS_AID, lambda t: is_verb(t) and _blacklisted(t))
        for w in ("add", "put", "remove")
    },
    # "Treasury lists 35 Hong Kong firms", "the package would list 200 more vessels"; a
    # contract "listed" on an exchange is none
    **{w: (T.SANCTIONS_AID, _targets_listed) for w in ("list", "delist")},
    **{
        w: (
            T.SANCTIONS_AID,
            lambda t: (
                (
                    is_noun(t)
                    and any(
                        c.dep_ == "compound" and c.lemma_.lower() in ("tariff", "sanction", "duty")
                        for c in t.children
                    )
                    # (not "the average effective US tariff rate stands at 13.7%": a statistic
                    # of all levies, unless a market bets on it)
                    and not (
                        any(c.lower_ == "average" for c in t.children)
                        and not any(w.lemma_.lower() in MARKET_WORDS | {"yes"} for w in t.sent)
                    )
                )
                or _levy_rates_set(t)
            ),
        )
        for w in ("rate", "increase", "regime", "wall", "level")
    },
    "package": (
        T.SANCTIONS_AID,
        lambda t: any(c.lemma_ in _AID | {"sanction"} for c in t.children),
    ),
    **{
        w: (T.CASUALTIES, lambda t: not _describes_a_noun(t))
        for w in ("kill", "wound", "injure", "casualty", "casualties", "toll")
    },
    # "no one was hurt", "no civilians had been harmed", but not "the sanctions hurt the
    # economy"
    **{
        w: (
            T.CASUALTIES,
            lambda t: (
                is_verb(t)
                and (
                    any(c.dep_ == "auxpass" for c in t.children)
                    or _object_is(t, _PERSONNEL | _EXECUTED | {"civilians", "people"})
                )
            ),
        )
        for w in ("hurt", "harm")
    },
    # "the deaths of at least 19 people", "at least nine civilian deaths": a count of the dead
    "death": (
        T.CASUALTIES,
        lambda t: (
            is_noun(t)
            and (
                any(
                    p.lower_ == "of"
                    and any(c.dep_ == "nummod" for o in p.children for c in o.children)
                    for p in t.children
                )
                or (t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children))
            )
        ),
    ),
    # "documented summary executions in the town"
    "execution": (
        T.CASUALTIES,
        lambda t: is_noun(t) and any(c.lower_ in ("summary", "mass") for c in t.children),
    ),
    # "the measure is expected to die in the House" kills no one
    "die": (T.CASUALTIES, lambda t: is_verb(t) and not _motion_dies(t)),
    "assassinate": (T.CASUALTIES, is_verb),
    "assassination": (T.CASUALTIES, is_noun),
    # "is shot dead by an unknown assailant"; what is shot down is intercepted
    "shoot": (T.CASUALTIES, lambda t: is_verb(t) and any(c.lower_ == "dead" for c in t.children)),
    # "executed surrendering soldiers", where the parser may hang the soldiers on "surrendering"
    "execute": (
        T.CASUALTIES,
        lambda t: (
            is_verb(t)
            and (
                _object_is(t, _PERSONNEL | _EXECUTED)
                or any(c.dep_ == "xcomp" and _object_is(c, _PERSONNEL) for c in t.children)
            )
        ),
    ),
    "lose": (
        T.CASUALTIES,
        lambda t: (
            is_verb(t)
            and (
                # ("said it had lost nine fighters", the dead on its own side; not "lost two
                # fighter jets")
                (
                    _object_is(t, _PERSONNEL | {"life", "men", "fighter", "serviceman", "civilian"})
                    and not _object_is(t, _AIRCRAFT - {"fighter"})
                )
                # "losing between 900 and 1,100 soldiers a day", the range read as a phrase
                or any(
                    c.dep_ == "prep"
                    and c.lower_ in ("between", "about", "around", "over")
                    and any(g.lemma_.lower() in _PERSONNEL for g in c.children)
                    for c in t.children
                )
            )
        ),
    ),
    "loss": (
        T.CASUALTIES,
        lambda t: (
            is_noun(t)
            and any(
                c.ent_type_ == "NORP" or c.lemma_.lower() in _PERSONNEL | {"combat"}
                for c in t.subtree
            )
        ),
    ),
    # "its negotiating position"; "Hezbollah positions" are the ground it holds
    **{w: (T.POSITION, lambda t: is_noun(t) and t.tag_ != "NNS") for w in ("position", "stance")},
    **{
        w: (T.POSITION, lambda t: is_verb(t) and _object_is(t, {"approach", "position", "stance"}))
        for w in ("reconsider", "revise", "harden", "soften")
    },
    # "an executive order", "signed an order directing agencies to review trade deficits",
    # "signed a proclamation imposing a fee on visas": a decree (what it imposes, when an
    # event of its own, stands in its place)
    **{
        w: (
            T.POSITION,
            lambda t: (
                is_noun(t)
                and (
                    any(c.lower_ == "executive" for c in t.children)
                    or (
                        t.dep_ == "dobj"
                        and t.head.lemma_.lower() in ("sign", "issue")
                        and not any(g.lemma_.lower() in _PENALTIES for g in t.head.subtree)
                    )
                )
            ),
        )
        for w in ("order", "proclamation", "decree")
    },
    "adopt": (T.POSITION, is_verb),
    "decision": (
        T.POSITION,
        lambda t: any(c.dep_ == "compound" and c.lemma_.lower() in _MONETARY for c in t.children),
    ),
    # "extended the closure of its eastern border crossings by 90 days", "extended its export
    # ban by three months", "the Army has extended their orders through Feb. 28"
    "extend": (
        T.POSITION,
        lambda t: (
            (
                # "parliament voted to extend martial law": the vote is the one decision
                not (t.dep_ == "xcomp" and t.head.lemma_.lower() == "vote")
            )
            and (
                _has_object(t, _EXTENDED_MEASURES)
                # "extended its state of emergency by six months"
                or any(
                    o.lemma_.lower() == "state"
                    and any(
                        p.lower_ == "of"
                        and any(g.lemma_.lower() == "emergency" for g in p.children)
                        for p in o.children
                    )
                    for o in _objects(t)
                )
            )
        ),
    ),
    # "a ceasefire proposed by the United States" is a proposed ceasefire, not a second event
    "propose": (
        T.POSITION,
        lambda t: (
            is_verb(t) and not (t.dep_ in ("acl", "amod") and lexicon_type(t.head) is not None)
        ),
    ),
    **{
        w: (T.POSITION, lambda t: is_verb(t) and _sets_rates(t) and not _refused_or_tallied(t))
        for w in (
            "cut",
            "raise",
            "hike",
            "lower",
            "hold",
            "leave",
            "keep",
            "lift",
            "ease",
            "tighten",
            "trim",
            "slash",
            "reduce",
            "boost",
        )
    },
    # "is set to lower rates by 25 bps", where the tagger reads "lower" as an adjective
    "low": (
        T.POSITION,
        lambda t: _lower_read_as_adjective(t) and _has_object(t, {"rate", "rates"}),
    ),
    # "start unwinding 2.2 million barrels per day of voluntary cuts": a producers' decision
    "unwind": (T.POSITION, lambda t: is_verb(t) and _object_is(t, {"cut", "cuts"})),
    # a pause or end of a central bank's cycle is a decision too
    "resume": (T.POSITION, lambda t: is_verb(t) and _object_is(t, _CYCLES)),
    "pause": (T.POSITION, lambda t: is_verb(t) and _object_is(t, _CYCLES)),
    **{w: (T.POSITION, _rates_credit) for w in ("downgrade", "upgrade")},
    "blacklist": (T.SANCTIONS_AID, is_verb),
    # (a sum approved is money given: see lexicon_type)
    "approve": (T.POSITION, is_verb),
    # "Netanyahu backed Trump's plan", "refused to back the plan": a stand on a proposal
    "back": (
        T.POSITION,
        lambda t: (
            is_verb(t)
            and (
                any(_is_one_of(o, _BACKED) for o in _objects(t))
                # "Iran's parliament reportedly backed closing the Strait of Hormuz"
                or _subject_is(t, LEGISLATURES)
            )
        ),
    ),
    # "decertified Colombia as a partner in the drug war", "nationalised the uranium mine"
    # (the small model lemmatises "decertified" as "decertifie")
    **{w: (T.POSITION, is_verb) for w in ("decertify", "decertifie", "nationalise", "nationalize")},
    # a legislature or a council deciding: "the House passed a bill", "the resolution passed"
    "pass": (
        T.POSITION,
        lambda t: decides_a_motion(t) or (is_verb(t) and _subject_is(t, _MOTIONS)),
    ),
    "veto": (T.POSITION, is_verb),
    # "Slovakia abstains", which the parser may take for a plural noun
    "abstain": (T.POSITION, lambda t: is_verb(t) or t.lower_ == "abstains"),
    # "designated the cartel a terrorist organisation", not "a designated area"
    "designate": (T.POSITION, lambda t: is_verb(t) and t.dep_ != "amod" and bool(_objects(t))),
    **{w: (T.POSITION, _crossing_closed) for w in ("close", "reopen", "shut")},
    **{
        w: (
            T.POSITION,
            lambda t: (
                _has_object(t, _RECOGNISED)
                or is_noun(t)
                # "recognise Crimea as Russian", "recognise Kosovo"
                or any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in t.children)
                # "would not recognise any deal reached without Kyiv", "never recognise
                # occupied territory as Russian": a stand on what another did; "recognised the
                # need to" or an election "result" is no such stand
                or (
                    is_verb(t)
                    and t.dep_ != "amod"
                    and any(
                        c.dep_ == "dobj" and c.lemma_.lower() not in _ACKNOWLEDGED
                        for c in t.children
                    )
                )
            ),
        )
        for w in ("recognize", "recognise", "recognition")
    },
    "vote": (
        T.POSITION,
        lambda t: (
            (
                is_verb(t)
                and any(
                    c.dep_ == "xcomp"
                    # "voted on Sunday to back closing the strait", parsed as a purpose
                    or (
                        c.dep_ == "advcl"
                        and any(g.tag_ == "TO" for g in c.children)
                        # not an election: "votes to elect a new assembly", "vote for a
                        # president to succeed ..."
                        and c.lemma_.lower() not in ("elect", "choose", "pick")
                        and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
                    )
                    or (
                        c.dep_ == "prep"
                        and c.lower_ == "on"
                        and any(g.lemma_.lower() in _MOTIONS for g in c.children)
                    )
                    # "lawmakers voted down the savings package": a measure rejected by vote
                    or (c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "down")
                    for c in t.children
                )
            )
            or (is_noun(t) and any(c.lemma_.lower() in _VOTES for c in t.children))
            or _chamber_vote(t)
        ),
    ),
    "dialogue": (T.TALKS, is_noun),
    "phone": (T.TALKS, lambda t: told_on_a_call(t)),  # "had told Trump by phone that ..."
    # "a 90-minute phone call", "will hold a trilateral call": leaders talking
    "call": (
        T.TALKS,
        lambda t: (
            is_noun(t)
            and (
                any(
                    c.lemma_.lower() in ("phone", "telephone", "video", "trilateral", "bilateral")
                    or (c.dep_ == "compound" and c.like_num)
                    or c.lower_.endswith("-min")
                    for c in t.children
                )
                or (t.dep_ == "dobj" and t.head.lemma_.lower() == "hold")
                or told_on_a_call(t)
                # "his call with Putin had produced no progress": a named leader on the line
                or (
                    t.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and any(
                        c.lower_ == "with" and any(g.ent_type_ == "PERSON" for g in c.children)
                        for c in t.children
                    )
                )
                # "agreed in a call with Trump", "after a call with European leaders"
                or (
                    t.dep_ == "pobj"
                    and t.head.lower_ != "at"
                    and scene_of_talks(t, t.head)
                    and any(
                        c.lower_ == "with"
                        and any(
                            g.ent_type_ in _PARTY_ENTITIES
                            or _a_person(g)
                            # "European leaders", "Ukrainian officials"
                            or any(m.ent_type_ in ("NORP", "GPE") for m in g.children)
                            for g in c.children
                        )
                        for c in t.children
                    )
                )
            )
        ),
    ),
    # money given to another party, when no aid word says so already ("pledged an extra
    # £150 million for air defence"; "pledged $1 billion in military aid" is the aid itself)
    **{w: (T.SANCTIONS_AID, _gives_money) for w in ("pledge", "allocate", "earmark")},
    # "granted Kyiv $500 million", "approved a $210 million grant to restore the grid"
    "grant": (T.SANCTIONS_AID, lambda t: _gives_money(t) or (is_noun(t) and _of_money(t))),
    # "approved a possible $2.4 billion sale of NASAMS air defence systems to Taiwan"
    **{w: (T.SANCTIONS_AID, lambda t: is_noun(t) and _of_arms(t)) for w in ("sale", "sales")},
    **{w: (T.SANCTIONS_AID, _money_for_a_party) for w in ("give", "promise")},
    **{
        w: (T.POSITION, lambda t: is_verb(t) and _object_is(t, _MEASURES))
        for w in ("declare", "impose", "introduce", "unveil")
    },
    "board": (T.CAPTURE, lambda t: is_verb(t) and _object_is(t, _VESSELS)),
    # "had driven the RSF out of the town of Bara": a party expelled from a place
    "drive": (T.CAPTURE, lambda t: is_verb(t) and _drove_out(t)),
    # "Israeli tanks pushed into Deir al-Balah", "Ukrainian forces pushed Russian troops out
    # of two villages": ground entered or won back
    "push": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and _subject_is(t, _FORCES | {"tank", "tanks"})
            and (
                any(c.dep_ == "prep" and c.lower_ == "into" for c in t.children)
                or (
                    _object_is(t, _FORCES)
                    and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in t.children)
                )
            )
        ),
    ),
    **{
        w: (T.THREAT, lambda t: is_verb(t) and _shown_near(t))
        for w in ("fly", "buzz", "circle", "hover", "operate", "sail", "patrol")
    },
    # "Taipei unveiled a special defence budget", "the government will present its budget":
    # a government's fiscal decision (one approved or passed is read by its verb)
    "budget": (
        T.POSITION,
        lambda t: is_noun(t) and t.dep_ == "dobj" and t.head.lemma_.lower() in _BUDGET_ACTS,
    ),
    # "European foreign ministers gathered in Kyiv on Tuesday", "leaders of the coalition
    # would gather in Paris on Jan. 6": a meeting of officials, which authors mark as talks
    "gather": (
        T.TALKS,
        lambda t: (
            is_verb(t)
            and _subject_is(t, _MET_IN_PERSON)
            and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in t.children)
        ),
    ),
    # "intercepted 12 drones heading for Sevastopol", "shot down two drones approaching a
    # container ship", "221 drones, including 40 aimed at Moscow": the attack they were on
    **{w: (T.STRIKE, lambda t: weapons_aimed(t)) for w in ("aim", "head", "approach")},
}
_MORE_MEASURES = {"action", "measure", "step", "do"}
_PRESSED_IN_PERSON = {"press", "urge", "push", "negotiate", "seek", "broker", "present", "deliver"}
_MET_IN_PERSON = {
    "leader", "minister", "official", "envoy", "delegation", "negotiator", "diplomat",
    "president", "chief", "head",
}  # fmt: skip
_BUDGET_ACTS = {"unveil", "present", "table", "propose", "submit"}


def _more_of_a_measure(token: Token) -> bool:
    """More of the sanctions its sentence tells: "imposed sanctions on Rosneft and Lukoil, and
    Bessent said Washington was prepared to take further action" ("further measures could
    follow", "prepared to do more"). All eight authors who wrote that sentence mark a second
    measure; the words alone name none."""
    if is_noun(token):
        more = any(
            c.dep_ == "amod" and c.lower_ in ("further", "more", "additional")
            for c in token.children
        )
    else:
        more = is_verb(token) and any(
            c.dep_ == "dobj" and c.lower_ == "more" for c in token.children
        )
    return more and any(
        t.lemma_.lower() not in _MORE_MEASURES and lexicon_type(t) is T.SANCTIONS_AID
        for t in token.sent
    )


# Second readings of words that already have one above, tried when the first does not fit.
MORE_TRIGGERS: dict[str, tuple[EventType, Callable[[Token], bool]]] = {
    # "Pyongyang launched a reconnaissance satellite": a military launch, shown as a test is
    # (not "launched a communications satellite via a Falcon 9 rocket")
    "launch": (
        T.THREAT,
        lambda t: (
            is_verb(t)
            and any(
                _is_one_of(o, _SPACECRAFT)
                and any(
                    c.lemma_.lower() in ("reconnaissance", "spy", "military") for c in o.children
                )
                for o in _objects(t)
            )
        ),
    ),
    # "the USMCA joint review opened on Wednesday": a pact's partners sitting down to it
    "review": (T.TALKS, lambda t: _pact_reviewed(t)),
    # "accused them of massing fighters for a push", "Russia was massing up to 50,000 troops
    # near Sumy", "militia vessels had massed at Sandy Cay": a build-up, unless the offensive
    # it is for is told (which is then the event)
    **{w: (T.THREAT, lambda t: _forces_massed(t)) for w in ("mass", "amass")},
    # "pointing lasers at Filipino fishermen": a laser aimed at people or a crew
    "point": (T.STRIKE, lambda t: is_verb(t) and _object_is(t, {"laser"})),
    # "J-15 fighters had locked their fire-control radar on Japanese F-15 jets"
    # "locked their fire-control radar on Japanese F-15 jets", "directed fire-control radar at"
    **{
        w: (T.THREAT, lambda t: is_verb(t) and _object_is(t, {"radar"})) for w in ("lock", "direct")
    },
    # "the House passed the funding bill and Trump signed it": the law's last step
    "sign": (T.POSITION, _signs_a_bill),
    # "Britain recognised a Palestinian state, and France is set to follow"
    "follow": (T.POSITION, lambda t: _followed(t)),
    # "offered to jail deported criminals", "had offered to cap enrichment at 20%": a stand a
    # party offers to take, where what it offers to do is no event of its own
    "offer": (T.POSITION, lambda t: _offers_a_stand(t)),
    # "a combat readiness patrol near Scarborough Shoal", "joint patrols in the Sea of Japan"
    "patrol": (
        T.THREAT,
        lambda t: (
            is_noun(t)
            # (not "ambushed an army patrol": a unit on its rounds)
            and any(c.lemma_.lower() in _PATROLS_SHOWN for c in t.children)
        ),
    ),
    # "said the talks had been constructive and would continue next month": a round to come
    **{w: (T.TALKS, lambda t: talks_to_go_on(t)) for w in ("continue", "resume")},
    # "a 22% chance of another move in January", "won't rule out June move"
    "move": (T.POSITION, lambda t: _another_rate_move(t)),
    # "rates were likely to keep falling gradually next year": cuts foreseen
    **{w: (T.POSITION, lambda t: _rates_to_move(t)) for w in ("fall", "decline", "rise")},
    # "Poland would spend 4.8% of GDP on defence", "committed to spending 5% of GDP on
    # defence": a government's own budget decision
    "spend": (T.POSITION, lambda t: is_verb(t) and _defence_budget(t)),
    **{w: (T.SANCTIONS_AID, _more_of_a_measure) for w in _MORE_MEASURES},
    # "coast guard vessels entered waters around the Senkaku Islands", "coast guard ships
    # entered the 12-nautical-mile restricted zone around Pratas Island"
    "enter": (
        T.THREAT,
        lambda t: is_verb(t) and _flown_by_craft(t) and _object_is(t, {"water", "waters", "zone"}),
    ),
    # "Chinese warships shadowed a Japanese destroyer", "a Russian submarine had shadowed a
    # cable-laying ship", "Japanese aircraft had repeatedly harassed its carrier group"; not
    # a navy or coast guard that "shadowed the vessel" it suspects
    "harass": (T.THREAT, lambda t: is_verb(t) and _flown_by_craft(t)),
    # "Chinese vessels had shadowed a resupply mission", "coast guard and militia vessels
    # shadowed Sunday's resupply run": ships or aircraft trailing another side's
    "shadow": (
        T.THREAT,
        lambda t: (
            is_verb(t)
            and any(
                c.dep_ == "nsubj"
                and any(
                    _is_one_of(w, _AIRCRAFT | _WARSHIPS | _VESSELS) or w.lower_ == "guard"
                    for w in c.subtree
                )
                for c in t.children
            )
        ),
    ),
    "meet": (T.STRIKE, _met_with_force),
    # "any attack on Tigray would be answered", "any incursion would be answered 'with fire'":
    # force promised in return, as "met with force" is
    "answer": (
        T.STRIKE,
        lambda t: (
            is_verb(t)
            and any(c.dep_ == "auxpass" for c in t.children)
            and any(
                c.dep_ == "nsubjpass"
                and (lexicon_type(c) in (T.STRIKE, T.THREAT) or c.lemma_.lower() == "aggression")
                for c in t.children
            )
        ),
    ),
    # "Ukraine received the bodies of 1,000 soldiers from Russia": captives exchanged (arms
    # received are aid, in TRIGGERS)
    # (not "hospitals had received more than 700 bodies": the dead, from no party)
    "receive": (
        T.AGREEMENT,
        lambda t: (
            is_verb(t)
            and _object_is(t, _CAPTIVES)
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
        ),
    ),
    # "Xi hosted Putin and Modi in Tianjin", "after hosting Zelensky at Mar-a-Lago": leaders
    # received are met; "Cairo would host a reconstruction conference": a gathering held
    # "officials led by Rubio and Lavrov sat across the table for four and a half hours"
    "sit": (
        T.TALKS,
        lambda t: (
            is_verb(t)
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("across", "at")
                and any(g.lemma_.lower() == "table" for g in c.children)
                for c in t.children
            )
        ),
    ),
    "host": (
        T.TALKS,
        lambda t: (
            is_verb(t)
            and any(
                c.dep_ == "dobj"
                and (
                    _a_person(c)
                    or c.lemma_.lower() in _VISITORS
                    # "hosted Ukrainian and Russian humanitarian working groups"
                    or (
                        c.lemma_.lower() == "group"
                        and any(m.lower_ == "working" for m in c.children)
                    )
                    or (
                        c.lemma_.lower() == "conference"
                        and not any(m.lower_ in ("news", "press") for m in c.children)
                    )
                )
                for c in t.children
            )
        ),
    ),
    # "the envoy will travel to Kyiv next week", "Modi is scheduled to travel to Tokyo": an
    # official's journey to a capital is a visit, which authors mark as talks; not one made
    # for something named ("for talks", told by that noun) or to do something else ("to mark
    # the anniversary")
    **{
        w: (
            T.TALKS,
            lambda t: (
                is_verb(t)
                and _travel_by_an_official(t)
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "to"
                    and any(g.ent_type_ == "GPE" for g in c.children)
                    for c in t.children
                )
                and not any(
                    (c.dep_ == "prep" and c.lower_ == "for")
                    or (
                        c.dep_ in ("advcl", "xcomp")
                        and any(g.tag_ == "TO" for g in c.children)
                        # (a journey to press, urge or negotiate is the visit's talks)
                        and c.lemma_.lower() not in _PRESSED_IN_PERSON
                    )
                    for c in t.children
                )
            ),
        )
        for w in ("travel", "fly")
    },
    # "Trump to visit Beijing in April", "Kim planned to visit Moscow": a leader's visit to a
    # capital or a country; not "visited a damaged power plant"
    "visit": (
        T.TALKS,
        lambda t: (
            is_verb(t)
            and (
                _travel_by_an_official(t)
                # "Ghana's foreign minister, who visited Ouagadougou last week"
                or (t.dep_ == "relcl" and (_a_person(t.head) or t.head.lemma_ in _VISITORS))
            )
            and any(o.ent_type_ == "GPE" for o in _objects(t))
        ),
    ),
    # "European leaders joined Zelensky at the White House", "will accompany Zelenskiy to
    # the White House": leaders gathered with a leader somewhere; not "join NATO"
    **{
        w: (
            T.TALKS,
            lambda t: (
                is_verb(t)
                and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in t.children)
                and any(c.dep_ == "prep" and c.lower_ in ("at", "to", "in") for c in t.children)
            ),
        )
        for w in ("join", "accompany")
    },
    # "two governors dissented in favour of a cut": a vote cast, told as its own clause ("with
    # two governors dissenting" only qualifies the decision told beside it)
    "dissent": (
        T.POSITION,
        lambda t: (
            is_verb(t)
            and (
                any(c.dep_ == "nsubj" for c in t.children)
                # "Two Fed governors, Waller and Bowman, dissented ...", read as a participle
                or (t.dep_ == "acl" and t.tag_ in ("VBD", "VBN"))
            )
            # "dissented from the decision" answers the decision told
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
        ),
    ),
    "strike": (T.POSITION, struck_down),
    # "a federal appeals court ruled that most of the tariffs were illegal": a ruling, which
    # four of six authors mark as a decision beside what the court says
    "rule": (T.POSITION, lambda t: is_verb(t) and _subject_is(t, _COURTS)),
    # "announced a $50 million reward for information leading to Maduro's arrest", "doubled
    # its reward": a government's measure against a wanted man
    "reward": (
        T.POSITION,
        lambda t: (
            is_noun(t)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "for"
                and any(w.lemma_.lower() in ("arrest", "information", "capture") for w in c.subtree)
                for c in t.children
            )
        ),
    ),
    # "said he would pardon former Honduran president Juan Orlando Hernández"
    "pardon": (T.POSITION, lambda t: is_verb(t) and bool(_objects(t))),
    # "would ask the Supreme Court to hear the case", "would ask the International Court of
    # Justice to rule on four border areas": a government's step at law
    "ask": (
        T.POSITION,
        lambda t: (
            is_verb(t)
            and _object_is(t, _COURTS)
            and any(c.dep_ in ("xcomp", "ccomp") for c in t.children)
        ),
    ),
    **{
        w: (
            T.POSITION,
            lambda t: is_verb(t) and _decided_by_authority(t) and not _refused_or_tallied(t),
        )
        for w in (
            "decide",
            "suspend",
            "lift",
            "allow",
            "ban",
            "delay",
            "uphold",
            "block",
            "scrap",
            "raise",
        )
    },
    # an authority's decision; so is a leader's on a covert campaign: "had authorized the CIA to
    # carry out covert operations inside Venezuela", "authorised covert CIA operations"
    **{
        w: (
            T.POSITION,
            lambda t: (
                is_verb(t)
                and (_decided_by_authority(t) and not _refused_or_tallied(t))
                or _covert_action_authorised(t)
            ),
        )
        for w in ("authorize", "authorise")
    },
    "hand": (
        T.WITHDRAWAL,
        lambda t: (
            is_verb(t)
            and any(c.lower_ == "over" for c in t.children)
            # "hand over its last bases", "hand over the rest of the Donetsk region"
            and _object_is(t, _BASES | _LANDS)
        ),
    ),
    # "Russian troops left Kherson"; "requires Rwandan troops to leave Congolese territory"
    # ("Mali, Burkina Faso and Niger formally left ECOWAS": a bloc left, which every author
    # marks a withdrawal; a treaty or a court left is a policy decision)
    # "Rwandan troops to leave Congolese territory", "Israeli troops failed to leave southern
    # Lebanon", "his fighters would not leave Goma"
    "leave": (
        T.WITHDRAWAL,
        lambda t: (
            is_verb(t)
            and bool(_objects(t))
            and (
                _doer_is(t, _FORCES | _FIGHTERS)
                or _subject_above_is(t, _FORCES | _FIGHTERS)
                or _left_a_bloc(t)
            )
        ),
    ),
    "overrun": (T.CAPTURE, lambda t: is_verb(t) and bool(_objects(t))),
    # "denied that his forces had carried out mass killings in El Fasher": killings done, as
    # deaths are; not "accused Washington of extrajudicial killings", a charge's word
    "killing": (
        T.CASUALTIES,
        lambda t: (
            is_noun(t)
            and (
                (t.dep_ == "dobj" and t.head.lemma_.lower() in ("carry", "commit", "perpetrate"))
                # "the UN said it had received reports of mass killings in the city"
                or any(c.dep_ == "amod" and c.lower_ == "mass" for c in t.children)
            )
        ),
    ),
    # "believed Ukraine could win back all of its territory" (five authors mark a capture)
    "win": (
        T.CAPTURE,
        lambda t: (
            is_verb(t)
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children)
            and _object_is(t, _LANDS | {"territory", "territories", "all", "land"})
        ),
    ),
    **{
        w: (T.SANCTIONS_AID, lambda t: is_verb(t) and (_object_is(t, _ASSETS) or _assets_kept(t)))
        for w in ("freeze", "confiscate", "seize", "immobilise", "immobilize")
    },
    **{w: (T.POSITION, _monetary) for w in ("cut", "hike", "reduction")},
    # a stated aim given up is a change of policy: "ready to drop its bid to join NATO"
    **{
        w: (T.POSITION, lambda t: is_verb(t) and _object_is(t, _STATED_AIMS) and not _kept(t))
        for w in ("drop", "abandon", "renounce", "forgo", "forego", "relinquish", "shelve")
    },
    "violation": (T.STRIKE, _breaks_a_truce),
    # "no intention of storming Kurdish-held areas", "gunmen stormed a hotel"
    "storm": (T.STRIKE, lambda t: is_verb(t) and bool(_objects(t))),
    # "ready to send a delegation to Riyadh": talks there, as far as the sending goes
    "delegation": (
        T.TALKS,
        lambda t: (
            t.dep_ == "dobj"
            and t.head.lemma_.lower() in ("send", "dispatch")
            and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.head.children)
        ),
    ),
    "send": (
        T.SANCTIONS_AID,
        lambda t: (
            is_verb(t)
            and _object_is(t, _DELIVERED_ARMS)
            # "send more Patriot systems to Kyiv", where the parser makes "to" a dative
            and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.children)
        ),
    ),
}


_TALLIES_LIFTED = {"total", "tally", "level", "figure", "rate"}


def _refused_or_tallied(verb: Token) -> bool:
    """No decision of its own: leave refused ("refused to allow IAEA inspectors back", "'will
    not allow' its ports to become a front line"), or a total an earlier clause lifts
    ("..., lifting the total to 50%", "..., lifting the annual rate to 3.3%")."""
    lemma = verb.lemma_.lower()
    if lemma == "allow" and (
        any(c.dep_ == "neg" for c in verb.children)
        or verb.head.lemma_.lower() in ("refuse", "decline")
    ):
        return True
    return (
        lemma in ("lift", "raise")
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ == "nsubj" for c in verb.children)
        and _object_is(verb, _TALLIES_LIFTED)
    )


_BLOCS_LEFT = {"ecowas", "bloc", "community", "union", "alliance", "commonwealth", "league"}


def _left_a_bloc(verb: Token) -> bool:
    """ "left ECOWAS", "left the West African bloc ECOWAS", "left the Economic Community of
    West African States"."""
    return any(
        w.lower_ in _BLOCS_LEFT for o in _objects(verb) for w in (o, *o.children) if w.dep_ != "det"
    )


def _kept(verb: Token) -> bool:
    """ "refused to drop its demand", "will not drop it": the aim stands, nothing changes."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline")
    )


# (a demand dropped is a bargaining move, which authors leave unmarked)
_STATED_AIMS = {"bid", "ambition", "aspiration", "claim", "application", "candidacy"}
CEASE = {"stop", "cease", "halt", "suspend", "end", "freeze", "pause"}
# Verbs that pay out or ask for funds when their object is money.
_FUNDING = {"disburse", "release", "appeal", "transfer", "allocate", "earmark"}


def _pays_money(verb: Token) -> bool:
    """The verb's object, or what it appeals for, is an amount of money."""
    held = [*_objects(verb), *(g for c in verb.children if c.lower_ == "for" for g in c.children)]
    return any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in _CURRENCIES for o in held for t in o.subtree
    )


_CURRENCIES = {"$", "€", "£", "euro", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "franc"}


_DEEMED = {"treat", "consider", "regard", "deem", "view", "see"}


def act_of_war(t: Token) -> bool:
    """What a warning deems "an act of war": "any attempt to divert the Indus would be
    treated as an act of war" threatens an answer in force."""
    return (
        is_noun(t)
        and t.lemma_.lower() == "act"
        and t.dep_ == "pobj"
        and t.head.lower_ == "as"
        and t.head.head.lemma_.lower() in _DEEMED
        and any(
            c.lower_ == "of" and any(g.lemma_.lower() == "war" for g in c.children)
            for c in t.children
        )
    )


_VOWED = {"vow", "threaten", "pledge", "promise"}
RETALIATIONS = {
    "retaliate", "retaliation", "punishment", "revenge", "avenge", "reprisal", "countermeasure",
}  # fmt: skip
_HOSTILITIES = {"fighting", "hostility", "hostilities", "war", "invasion", "offensive", "combat"}
_FRONTS = {"line", "front", "frontline", "conflict", "war", "fighting", "contact"}
_PAUSES = {"pause", "halt", "cessation", "suspension", "freeze", "end", "moratorium"}
# What a weapon does when it lands: with a drone or a missile as subject, a strike. ("Ending
# the war" is a settlement, not a ceasefire: "war" counts only as a subject, "the war ends".)
_IMPACTS = {
    "slam",
    "crash",
    "smash",
    "plough",
    "plow",
    "rain",
    "land",
    "explode",
    "fall",
    "tear",
    "rip",
    "pummel",
    "blast",
    "devastate",
}


def _airport_shut(token: Token) -> bool:
    """An airport closed by a threat: "forced Vilnius airport to close", "had forced a
    three-hour closure" in a sentence about an airport."""
    lemma = token.lemma_.lower()
    if lemma in ("close", "shut") and is_verb(token):
        return (
            _subject_is(token, {"airport"})
            or _object_is(token, {"airport"})
            or (token.dep_ == "xcomp" and _object_is(token.head, {"airport"}))
            # "Copenhagen airport reopened after drones forced it to close"
            or (
                token.dep_ == "xcomp"
                and _object_is(token.head, {"it"})
                and _subject_is(token.head, _AIRCRAFT | {"drones", "balloon", "balloons"})
                and any(w.lemma_.lower() == "airport" for w in token.sent)
            )
        )
    return lemma == "closure" and any(w.lemma_.lower() == "airport" for w in token.sent)


def _into_airspace(token: Token) -> bool:
    """ "violated its airspace", "strayed into Estonian airspace", "entered the island's air
    defence identification zone"."""

    def airspace(word: Token) -> bool:
        return word.lemma_.lower() in ("airspace", "adiz") or (
            word.lemma_.lower() == "zone"
            and any(c.lower_ == "identification" for c in word.children)
        )

    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and airspace(c):
            return True
        if c.dep_ == "prep" and any(airspace(g) for g in c.children):
            return True
    return False


_DEAR = {"dear", "heavy", "high", "steep", "terrible", "painful"}
_GRAVE = {"severe", "serious", "grave", "dire", "further", "unspecified", "catastrophic"}
_FIRM = {"necessary", "forceful", "resolute", "firm", "strong", "decisive", "harsh", "tough"}


def easing_measured(token: Token) -> bool:
    """Rate moves counted in basis points: "40 basis points of easing by December", "room
    for another 25 basis points of easing", "futures imply 50 basis points of cuts". Easing
    alone ("inflation kept easing") names no move; further easing is a move in prospect
    (below)."""
    return (
        token.lower_ in ("easing", "tightening", "cuts", "hikes", "cut", "hike")
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in _POINTS
    )


def further_easing(token: Token) -> bool:
    """More easing or tightening in prospect ("further easing would depend on inflation",
    "the bar for further easing was high"): a move still open (fresh authors three to two)."""
    return (
        token.lower_ in ("easing", "tightening")
        and is_noun(token)
        and any(c.lower_ in ("further", "more", "additional") for c in token.children)
        and _about_rates(token.sent)
    )


_LICENCE_MOVES = {"require", "renew", "extend", "revoke", "lapse", "let", "suspend", "cancel"}
_LICENCE_MOVES |= {"grant", "issue"}  # "granted licenses for H200 shipments to China"
_LICENCE_MOVES |= {"receive", "delay"}  # "Chevron received a narrow license to resume ..."
_LICENSED = {"export", "shipment", "sale"}
_NEUTRALISED = (_WEAPONS - _ATTACKS) | {"target"}
_SILENCED = {"switch", "turn", "halt", "suspend", "stop", "end", "silence", "cease"}


def _loudspeakers(token: Token) -> bool:
    """Border loudspeakers or their broadcasts ("propaganda loudspeakers", "noise
    broadcasts", "loudspeaker broadcasts"), as the object of the verb above them."""
    lemma = token.lemma_.lower()
    named = lemma == "loudspeaker" or (
        lemma == "broadcast"
        and is_noun(token)
        and any(c.lower_ in ("loudspeaker", "noise", "propaganda") for c in token.children)
    )
    return named and token.dep_ in ("dobj", "nsubjpass", "pobj")


def loudspeakers_silenced(token: Token) -> bool:
    """Border loudspeakers switched off, halted or silenced."""
    return _loudspeakers(token) and _verb_over(token).lemma_.lower() in _SILENCED


def _verb_over(token: Token) -> Token:
    """The verb an object hangs from, through the particle the parser may read as its
    preposition ("switched off its loudspeakers", "off" taken for "off [the loudspeakers]")
    or a quantifier ("some of their loudspeakers")."""
    head = token.head
    while (
        not is_verb(head) and head.head.i != head.i and head.dep_ in ("prt", "prep", "pobj", "dobj")
    ):
        head = head.head
    return head


def _assets_kept(t: Token) -> bool:
    """Assets kept frozen: "agreed to keep 210 billion euros of Russian central bank assets
    frozen indefinitely" (the participle read as the assets' modifier), a sanctions decision."""
    kept = ("keep", "remain", "stay")
    if t.dep_ in ("xcomp", "oprd", "ccomp", "advcl") and t.head.lemma_.lower() in kept:
        # "to keep ... assets immobilised indefinitely", the participle hung on the verb
        return any(g.lemma_.lower() in _ASSETS for o in _objects(t.head) for g in o.subtree)
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or t.head.lemma_.lower() not in _ASSETS:
        return False
    return any(a.lemma_.lower() in kept for a in t.head.ancestors)


_VISAS_TAKEN = {"revoke", "cancel", "suspend", "deny", "withdraw", "restrict", "strip"}


def _licence_moved(token: Token) -> bool:
    """A sanctions or export licence required, renewed, extended or let lapse: "would require
    licences for exports of chipmaking tools", "renewed its license", "will let the Lukoil
    licence lapse"; or the verb, "to license H20 chip sales to China"."""
    lemma = token.lemma_.lower()
    if lemma in ("licence", "license") and is_noun(token):
        # held by a firm or a state, or for exports: not "renewed her driving licence"
        held = any(
            (c.dep_ in ("poss", "compound") and (c.ent_type_ in _PARTIES or c.lower_ == "its"))
            or (
                c.dep_ == "prep"
                and c.lower_ in ("for", "of")
                and any(
                    g.ent_type_ in _PARTIES or g.lemma_.lower() in _LICENSED for g in c.children
                )
            )
            # "delaying rare-earth export licences", "a general license allowing US companies
            # to buy Venezuelan crude", "a narrow license to resume some operations"
            or (c.dep_ == "compound" and c.lemma_.lower() == "export")
            or (c.dep_ == "amod" and c.lower_ == "general")
            or (c.dep_ == "acl" and is_verb(c))
            for c in token.children
        ) or any(
            # "sales of its H20 chips to China would require a licence indefinitely"; "Chevron
            # received a narrow license"
            c.dep_ == "nsubj" and (c.lemma_.lower() in _LICENSED or c.ent_type_ in _PARTIES)
            for c in token.head.children
        )
        return (
            held
            and token.dep_ in ("dobj", "nsubj", "nsubjpass")
            and token.head.lemma_.lower() in _LICENCE_MOVES
        )
    return (
        lemma == "license"
        and is_verb(token)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("sale", "export") for c in token.children)
    )


def _conditioned_sentence(token: Token) -> bool:
    return any(w.lower_ in ("if", "unless", "otherwise") for w in token.sent)


_WARNINGS = frozenset({"warn", "threaten", "vow"})
_CRUSHING_TOLD = _WARNINGS | {"say"}


def _warned_of(verb: Token, told: frozenset[str] = _WARNINGS) -> bool:
    """A harm a speaker warns will come ("warned that Seoul would pay a price"); not one
    observers foresee ("consumers will pay a price for the tariffs, economists said")."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children
    ) and any(a.lemma_.lower() in told for a in verb.ancestors)


def unnamed_menace(token: Token) -> bool:
    """A harm promised without naming it, in the idioms threats are made with: "there will
    be hell to pay", "'all hell' would break out", "Seoul would pay a dear price if it sent
    more drones", "warning of severe consequences if it refused", "would take 'forceful
    measures'". A price or consequences need the condition set: "consumers will pay a heavy
    price for the tariffs" and "the strikes would have everlasting consequences" judge, they
    do not threaten."""
    lemma = token.lemma_.lower()
    if lemma == "hell":
        # "hell to pay", however the parser hangs "to pay"
        return any(c.lemma_.lower() == "pay" for c in [*token.children, *token.head.children]) or (
            token.dep_ == "nsubj" and token.head.lemma_.lower() == "break"
        )
    if lemma == "price":
        return (
            token.dep_ == "dobj"
            and token.head.lemma_.lower() == "pay"
            and (
                (
                    any(c.dep_ == "amod" and c.lower_ in _DEAR for c in token.children)
                    and _conditioned_sentence(token)
                )
                or _warned_of(token.head)  # "China warns Philippines will 'pay a price'"
            )
        )
    if lemma == "consequence":
        return (
            any(c.dep_ == "amod" and c.lower_ in _GRAVE for c in token.children)
            # "warned that Tokyo would bear all consequences unless ..."
            or (token.dep_ == "dobj" and token.head.lemma_.lower() == "bear")
        ) and _conditioned_sentence(token)
    if lemma == "action" and is_noun(token):
        # "would take unspecified military action if activists launched more balloons"
        return any(c.dep_ == "amod" and c.lower_ == "unspecified" for c in token.children)
    if lemma == "crush" and is_verb(token) and _warned_of(token, _CRUSHING_TOLD):
        # "said the army would crush any move toward independence": a menace however told
        return any(
            c.dep_ == "dobj" and any(d.lower_ == "any" for d in c.children) for c in token.children
        )
    if token.lower_ == "means" and any(c.lower_ == "all" for c in token.children):
        # "would respond 'with all available means' if European troops were deployed", "would
        # use all necessary means": force held in reserve, unnamed
        above = token.head.head if token.dep_ == "pobj" else token.head
        return above.lemma_.lower() in ("respond", "retaliate", "use", "answer", "react", "defend")
    if lemma == "measure":
        # "vowed to take 'necessary measures'", "would 'take all measures' to protect its share
        # of the Nile", "would take 'forceful measures' if Washington went ahead"
        return (
            token.tag_ == "NNS"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() == "take"
            and any(
                (c.dep_ == "amod" and c.lower_ in _FIRM)
                or (c.dep_ in ("det", "predet") and c.lower_ == "all")
                for c in token.children
            )
        )
    return False


def names_an_act(token: Token) -> bool:
    """The word names an act (a strike, talks, a deal), not who or what does one: gunmen,
    troops and drones are triggers as doers ("gunmen killed 26 tourists"), and a named
    organisation ("the Rapid Support Forces") is a party."""
    return (
        not token.ent_type_
        and token.lemma_.lower() not in (_WEAPONS - _ATTACKS) | _FORCES | _ARMED
        and lexicon_type(token) is not None
    )


LEVIES = {"levy", "tariff", "duty"}
_LEVIED = {"good", "goods", "import", "imports", "product", "products", "export", "exports"}
_LEVY_MOVES = {"raise", "lift", "hike", "increase", "double", "triple", "cut", "lower", "reduce"}
# a levy paused is still a trade measure ("paused most reciprocal tariffs for 90 days")
_LEVY_MOVES |= {"pause", "suspend", "delay", "postpone"}


def levy_moved(verb: Token) -> bool:
    """A levy raised, cut or paused: "raised the levy on Chinese imports to 125%", "raised the rate on
    Canadian goods to 35%" (a tariff's rate, not a central bank's), "double the out-of-quota
    tariff". A trade measure, whatever its verb."""
    if not is_verb(verb) or verb.lemma_.lower() not in _LEVY_MOVES:
        return False
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ == "mark" for c in verb.children)
    ):
        return False  # "tariffs take effect, lifting the total duty to 50%": their effect
    for o in _objects(verb):
        if o.lemma_.lower() in LEVIES or levy_rate(o):
            return True
        if o.lemma_.lower() == "rate" and any(
            p.lower_ == "on" and any(g.lemma_.lower() in _LEVIED for g in p.children)
            for p in verb.children
        ):
            return True  # (the parser's "on" on the verb)
    return False


def levy_rate(noun: Token) -> bool:
    """A tariff told as its rate: "the higher reciprocal rates", "the 15% rate on Korean cars",
    "U.S. rate on Chinese goods falls to 30%" (a rate on goods is a levy, not a central
    bank's or a market's)."""
    if noun.lemma_.lower() != "rate" or not is_noun(noun):
        return False
    return any(
        (c.dep_ == "amod" and c.lower_ == "reciprocal")
        or (
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(
                g.dep_ == "pobj"
                and (
                    g.lemma_.lower() in _LEVIED
                    or any(
                        m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP" for m in g.children
                    )
                )
                for g in c.children
            )
        )
        for c in noun.children
    )


_SUPPLIES = {"delivery", "deliveries", "supply", "supplies", "shipment", "shipments"}
# what a siege or an embargo withholds
_NEEDS = {
    "electricity",
    "power",
    "fuel",
    "gas",
    "water",
    "food",
    "aid",
    "arms",
    "weapon",
    "military",
}


_AID_CARRIERS = {"truck", "trucks", "lorry", "lorries", "convoy", "convoys"}


_AID_BODIES = {"group", "organisation", "organization", "agency", "ngo", "charity"}
_RATIONS = {"box", "parcel", "meal", "food", "ration", "kit", "aid", "flour"}


_DEPLOYED = _FORCES | _FIGHTERS | {"frigate", "militia", "police", "contingent"}
_DEPLOYED_ARMS = {"missile", "missiles", "battery", "batteries", "launcher", "launchers"}


_MEN_SENT = {"troop", "troops", "soldier", "soldiers", "worker", "workers", "engineer"}
_MEN_SENT |= {"engineers", "builder", "builders", "deminer", "deminers", "labourer", "labourers"}
_RUSSIAS_WAR = {"russia", "russia's", "kursk", "moscow"}


def _men_sent_to_russia(verb: Token) -> bool:
    """Troops, workers or engineers another state sends to Russia's war ("North Korea has
    reportedly sent another 6,000 troops to Russia", "would send up to 6,000 more troops",
    told to Russian officials): help in arms and men, which eleven rows of nine authors mark
    as aid (five as a decision or nothing)."""
    if not is_verb(verb) or verb.lemma_.lower() not in ("send", "deploy", "dispatch"):
        return False
    if not any(
        c.dep_ == "dobj" and any(_is_one_of(w, _MEN_SENT) for w in c.subtree) for c in verb.children
    ):
        return False
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is not None and any(
        w.lower_ in _RUSSIAS_WAR | {"russian", "putin"} for w in doer.subtree
    ):
        return False
    # sent there, or promised to those who asked ("told Russian counterparts that Pyongyang
    # would send up to 6,000 more troops")
    told = [verb.head] if verb.dep_ == "ccomp" else []
    return any(w.lower_ in _RUSSIAS_WAR for w in verb.subtree) or any(
        w.lower_ == "russian"
        for t in told
        for c in t.children
        if c.dep_ in ("dobj", "dative")
        for w in c.subtree
    )


def _force_deployed(verb: Token) -> bool:
    """A government or an alliance sending its forces somewhere as policy: "NATO will deploy
    frigates, patrol aircraft and naval drones to the Baltic Sea", "The Alliance of Sahel
    States plans to deploy a joint force of 6,500 troops", "Mexico will deploy about 20,000
    police and soldiers around World Cup venues": a decision (eight rows of six authors); not
    troops "deployed" under a threat's condition, which name no one who sends them."""
    if not is_verb(verb) or verb.lemma_.lower() not in ("deploy", "send", "station"):
        return False
    if _pledged(verb):
        return False  # "after Sheinbaum pledged to send 10,000 troops": a deal's term
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
        return False  # "sending assault groups into Pokrovsk each night": an assault
    deployed = _DEPLOYED
    if verb.lemma_.lower() != "send" and verb.head.lemma_.lower() != "threaten":
        # "would deploy long-range missiles to Kumamoto", "would station anti-ship missile
        # batteries in the Philippines"; missiles sent abroad are aid, threatened ones a threat
        deployed = _DEPLOYED | _DEPLOYED_ARMS
    if not any(
        c.dep_ == "dobj" and any(_is_one_of(w, deployed) for w in c.subtree) for c in verb.children
    ):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "xcomp":
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return doer is not None and (
        doer.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or doer.lower_ in ("it", "they")
    )


def _fresh_fighting(t: Token) -> bool:
    """ "resumed fighting", "as fighting resumed", "fighting flared around Uvira": fresh
    fire, not vague fighting elsewhere."""
    return t.lower_ == "fighting" and (
        (t.dep_ in ("dobj", "nsubj") and t.head.lemma_.lower() in ("resume", "restart", "renew"))
        or _fighting_flared(t)
    )


def _fighting_vowed(verb: Token) -> bool:
    """Fighting a side vows to keep up: "vowed to keep fighting", "vows to fight on"."""
    if not is_verb(verb):
        return False
    kept = any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("keep", "continue")
    )
    vowed = any(a.lemma_.lower() in VOWS for a in verb.ancestors)
    return (
        kept and vowed and not any(w.lemma_.lower() in _TRADE_WORDS | {"trade"} for w in verb.sent)
    )


def _ties_cut(verb: Token) -> bool:
    """A state cutting its ties or its cooperation with another: "threatened to cut
    diplomatic ties unless Rwandan troops withdrew", "threatened to cut cooperation with the
    U.N. nuclear watchdog": a diplomatic decision."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() in ("cut", "sever", "curb", "downgrade")
        and _object_is(verb, {"tie", "ties", "relation", "relations", "cooperation"})
    )


def _pressed_to_accept(verb: Token) -> bool:
    """A party pressed to accept another's plan: "as Washington pressed Kyiv to accept a
    28-point plan by Thanksgiving" is the plan's standing, a position on offer (six rows of
    six authors, against two reading a deal)."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() == "accept"
        and verb.dep_ in ("xcomp", "ccomp")
        and verb.head.lemma_.lower() in ("press", "pressure", "push", "urge")
        and _object_is(verb, PLANS | {"proposal"})
    )


_FUELS = {"gasoline", "diesel", "fuel", "petrol"}


def _fuel_export_ban(token: Token) -> bool:
    """A state's ban on its own fuel exports: "Moscow extended a ban on gasoline exports",
    "Russia extends gasoline export ban for producers": a domestic market decision, not a
    sanction on another (three authors)."""
    if token.lemma_.lower() != "ban" or not is_noun(token):
        return False
    words = [
        g.lemma_.lower()
        for c in token.children
        if c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "on")
        for g in c.subtree
    ]
    return "export" in words and bool(set(words) & _FUELS)


_BLOCKED_MEASURES = {"package", "loan", "it", "extension", "stopgap", "bill", "budget"}
_BLOCKED_MEASURES |= {"plan", "proposal", "language", "approval", "tranche", "accession"}


def _measure_blocked(verb: Token) -> bool:
    """A member or a party blocking a measure: "it will block the package unless oil
    deliveries resume", "Democrats warned they would block it", "he would not block the 20th
    package": a stand (its own decision), whatever the measure holds."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() == "block"
        and any(c.dep_ == "dobj" and _is_one_of(c, _BLOCKED_MEASURES) for c in verb.children)
        and not _subject_is(verb, _COURTS)
    )


def _vetoed_measure(token: Token) -> bool:
    """The package a member vetoes or blocks: "would veto the 21st package unless ..." (five
    of six rows mark only the veto)."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("veto", "block")
        and _is_one_of(token, {"package", "loan"})
    )


_DROPPED = {"suspend", "scrap", "terminate", "abrogate", "annul", "revoke", "renounce"}
_PACTS = {"treaty", "agreement", "pact", "accord"}


# Trade pacts reviewed by their partners at a set date
_REVIEWED_PACTS = _PACTS | {"usmca", "cusma", "t-mec"}


def _pact_reviewed(noun: Token) -> bool:
    """A trade pact's review, which its partners hold as a negotiation: "the USMCA joint
    review", "the July 1 review of the USMCA", "extending the USMCA past its July 1 review";
    not a review of an incident, of stockpiles or of a price cap."""
    if not is_noun(noun):
        return False
    named = any(
        (c.dep_ in ("compound", "nmod") and _is_one_of(c, _REVIEWED_PACTS))
        or (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(_is_one_of(g, _REVIEWED_PACTS) for g in c.children)
        )
        for c in noun.children
    )
    told_before = any(
        c.lower_ in ("joint", "its") for c in noun.children if c.dep_ in ("amod", "poss")
    ) and any(_is_one_of(w, _REVIEWED_PACTS) for w in noun.sent if w.i < noun.i)
    return named or told_before


_MASSED = _FORCES | {"fighter", "fighters", "vessel", "vessels", "ship", "ships", "tank", "tanks"}
_PUSHES = {"offensive", "assault", "attack", "push", "strike"}


def _forces_massed(verb: Token) -> bool:
    """Forces gathered near a front or a border, with no offensive named as their aim."""
    if not is_verb(verb):
        return False
    massed = [*_objects(verb), *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(_is_one_of(m, _MASSED) for m in massed) and not any(
        w.lemma_.lower() in _PUSHES for w in verb.sent
    )


def _pact_dropped(verb: Token) -> bool:
    """A state suspending or scrapping its pacts: "said it would suspend all bilateral
    agreements with India, including the Simla Agreement": its decision, not a deal told."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() in _DROPPED
        and any(c.dep_ == "dobj" and _is_one_of(c, _PACTS) for c in verb.children)
    )


_EXEMPTED_FROM = {"tariff", "sanction", "levy", "duty"}


def _exempted_from_a_measure(token: Token) -> bool:
    """Goods or a state exempted from a levy or sanctions: "exempted beef, coffee and bananas
    from his reciprocal tariffs", "granted Budapest an open-ended exemption from U.S.
    sanctions": the measure moved for them."""
    if token.lemma_.lower() not in ("exempt", "exemption"):
        return False
    if token.lemma_.lower() == "exempt" and not is_verb(token):
        return False
    # the parser may hang "from" on the last of the goods ("exempted rice, tea and other
    # staples from ..."); and it may read the verb as the goods' modifier ("Trump on Friday
    # exempted beef, coffee and bananas from ...", three authors' sentences)
    goods = [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "amod" and token.tag_ == "VBN":
        goods.append(token.head)
    holders = [token, *(g for good in goods for g in (good, *good.conjuncts))]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(_is_one_of(g, _EXEMPTED_FROM) for g in c.children if g.dep_ == "pobj")
        for holder in holders
        for c in holder.children
    )


def _vote_fell_short(verb: Token) -> bool:
    """A chamber's vote that failed by a count: "after the Senate fell seven votes short of the
    60 needed to advance the House bill": the vote was held, a decision (three authors)."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() == "fall"
        and any(c.lower_ == "short" for c in verb.children)
        and any(w.lemma_.lower() == "vote" for w in verb.subtree)
    )


def _held_in_abeyance(verb: Token) -> bool:
    """A treaty held or kept in abeyance: "India said it would hold the Indus Waters Treaty
    'in abeyance'", "the treaty would stay in abeyance until ...": a state suspending its
    part, a decision (four authors)."""
    return is_verb(verb) and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.lemma_.lower() == "abeyance" for g in c.children)
        for c in verb.children
    )


def _aid_groups_barred(verb: Token) -> bool:
    """A state barring aid groups from working: "Israel will bar 37 aid groups from
    operating in Gaza from Jan. 1 unless they register ..." (four authors: aid kept out)."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() in ("bar", "ban", "expel", "suspend")
        and any(
            c.dep_ == "dobj"
            and _is_one_of(c, _AID_BODIES)
            and any(m.lemma_.lower() in ("aid", "humanitarian", "relief") for m in c.children)
            for c in verb.children
        )
    )


def _rations_handed_out(verb: Token) -> bool:
    """Aid handed out: "said it had handed out about 8,000 food boxes at two sites in Rafah",
    "would begin handing out food boxes" (three authors)."""
    return (
        is_verb(verb)
        and verb.lemma_.lower() in ("hand", "distribute")
        and (
            verb.lemma_.lower() == "distribute"
            or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        )
        and any(c.dep_ == "dobj" and _is_one_of(c, _RATIONS) for c in verb.children)
    )


def _aid_let_in(verb: Token) -> bool:
    """Aid trucks told entering or reaching a place, in a sentence about aid: "only 86 of the
    600 aid trucks needed daily entered Gaza", "aid agencies said about 70 trucks a day were
    entering the enclave", "its convoys had been unable to reach the city", "its convoy to El
    Fasher was turned back". How much aid gets in is the measure that counts, not the
    driving."""
    turned_back = verb.lemma_.lower() == "turn" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
    )  # "its convoy to El Fasher was turned back by RSF fighters"
    if not is_verb(verb) or not (verb.lemma_.lower() in ("enter", "reach") or turned_back):
        return False
    if not any(w.lemma_.lower() in ("aid", "humanitarian", "food") for w in verb.sent):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "xcomp":  # "had been unable to reach the city"
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    return any(
        _is_one_of(w, _AID_CARRIERS)
        for s in subjects
        for w in [s, *(g for p in s.children if p.lower_ == "of" for g in p.children)]
    )


def _designation_listed(verb: Token) -> bool:
    """A designation that puts someone on a list of targets: "designated the Cartel de los
    Soles a foreign terrorist organisation", "designated two Chinese refineries and 19
    tankers". Four authors mark these as sanctions; a label such as "a foreign hostile force"
    stays a stand (position)."""
    if verb.lemma_.lower() != "designate" or not is_verb(verb) or verb.dep_ == "amod":
        return False
    named = [
        w for c in verb.rights if c.dep_ not in ("prep", "punct", "cc", "conj") for w in c.subtree
    ]
    return any(w.lemma_.lower() in ("terrorist", "terror") for w in named) or any(
        # "designated Rosneft and Lukoil", "designated Gazprom Neft, Surgutneftegas and 183
        # vessels": any of those named, or the name's first part
        _is_one_of(w, _LISTED) or w.ent_type_ == "ORG"
        for o in _objects(verb)
        for w in (o, *o.conjuncts, *(c for c in o.children if c.dep_ == "compound"))
    )


def _supplies_blocked(verb: Token) -> bool:
    """ "had blocked fuel deliveries to the region", "cut off gas supplies": a siege or an
    embargo, a measure against those who go without."""
    if is_noun(verb):
        # "ordered an immediate halt to electricity supplies to Gaza"; not a carrier's
        # "suspension of shipments to the United States"
        return verb.lemma_.lower() in ("halt", "suspension", "cutoff") and any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "of", "on")
            and any(
                _is_one_of(g, _SUPPLIES)
                and any(
                    m.lemma_.lower() in _NEEDS for m in g.children if m.dep_ in ("compound", "amod")
                )
                for g in c.children
            )
            for c in verb.children
        )
    return is_verb(verb) and (
        (
            verb.lemma_.lower() in ("block", "halt", "suspend", "stop")
            and _object_is(verb, _SUPPLIES)
        )
        # "threatened to cut electricity exports to Ukraine": a supply withheld from a state
        or (
            verb.lemma_.lower() in ("cut", "halt", "stop", "suspend")
            and any(
                o.lemma_.lower() in ("export", "exports")
                and any(m.lemma_.lower() in _NEEDS for m in o.children if m.dep_ == "compound")
                and any(
                    p.lower_ == "to" and any(g.ent_type_ == "GPE" for g in p.children)
                    for p in o.children
                )
                for o in _objects(verb)
            )
        )
    )


# who is hired or fired: a person, "him", or a post ("the Fed chair", "his pick")
_STAFF_MOVES = {"fire", "sack", "oust", "appoint", "nominate", "name", "dismiss", "pick", "tap"}
_STAFF_NOUNS = {"firing", "sacking", "ouster", "dismissal", "appointment", "nomination"}
_POSTS = {
    "chair", "chairman", "chairwoman", "governor", "official", "minister", "chief", "head",
    "director", "commissioner", "pick", "choice", "successor", "nominee", "secretary",
    "envoy", "ambassador", "prosecutor", "commander",
}  # fmt: skip


def _travel_by_an_official(verb: Token) -> bool:
    """The one who travels is a person or an official: the verb's subject, or the subject
    of the verb it completes ("is scheduled to travel", "vowed to travel")."""
    holder = verb
    while holder.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in holder.children):
        holder = holder.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (_a_person(c) or c.lower_ in ("he", "she") or c.lemma_.lower() in _VISITORS)
        for c in holder.children
    )


def _held_captive(token: Token) -> bool:
    """ "captured soldiers": the word that makes people prisoners, no capture of ground."""
    return (
        token.dep_ == "amod"
        and token.lemma_.lower() == "capture"
        and token.head.lemma_.lower() in _PERSONNEL | {"fighter", "serviceman", "servicemen"}
    )


def scene_of_talks(noun: Token, prep: Token) -> bool:
    """Talks or a call named as where something was done, with their own place or party:
    "Kyiv accepted the proposal at talks in Jeddah", "Putin agreed in a call with Trump",
    "spoke to reporters after a call with European leaders". Those talks were held. (A summit
    or a meeting is often only the setting; the call a leader told another something on is
    ``told_on_a_call``.)"""
    return (
        noun.lemma_.lower()
        in ("talk", "talks", "call", "negotiation")  # (not "no interest in dialogue")
        and prep.lower_ in ("at", "during", "in", "after")
        # (what was said in a call is the call's report; what was said after it follows it)
        and (prep.lower_ == "after" or prep.head.lemma_.lower() not in ("tell", "say"))
        and (
            any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "with")
                and any(g.dep_ == "pobj" for g in c.children)
                for c in noun.children
            )
            # "had agreed in a phone call on Wednesday", "failed to narrow differences ... in a
            # call on Monday": a call of its own day
            or (noun.lemma_.lower() == "call" and _dated_by_a_day(noun))
        )
    )


def _dated_by_a_day(noun: Token) -> bool:
    return any(
        c.dep_ in ("prep", "npadvmod")
        and (c.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in c.children))
        for c in noun.children
    )


def told_on_a_call(noun: Token) -> bool:
    """The call a leader told another something on: "Putin had told Trump in a phone call
    that ...", "told Trump by phone". The call was held (most authors since the thirtieth
    set mark it, on the teller's word); a call only named as a report's setting with no one
    told is not."""
    prep = noun.head
    lemma = noun.lemma_.lower()
    return (
        noun.dep_ == "pobj"
        and (
            (lemma == "call" and prep.lower_ in ("in", "during", "on"))
            or (lemma == "phone" and prep.lower_ in ("by", "over"))
        )
        and prep.head.lemma_.lower() == "tell"
        and any(c.dep_ in ("dobj", "dative") and _a_person(c) for c in prep.head.children)
    )


def _lower_read_as_adjective(token: Token) -> bool:
    """ "is set to lower rates by 25 bps": the verb, which the tagger reads as an adjective
    (lemma "low")."""
    return token.lower_ == "lower" and any(c.tag_ == "TO" for c in token.children)


def _offensive_read_as_adjective(token: Token) -> bool:
    """ "to launch a ground offensive into Gaza City": the noun, which the tagger reads as an
    adjective where it stands as an object or a subject."""
    return token.lower_ == "offensive" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


def _a_person(token: Token) -> bool:
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in ("him", "her")
        or token.lemma_.lower() in _POSTS
    )


_UNDERSEA_LINKS = {"cable", "cables", "pipeline", "line", "lines", "interconnector"}


def cable_cut(verb: Token) -> bool:
    """A ship that cut, severed or damaged an undersea cable or pipeline, or dragged its
    anchor across one ("suspected of severing an undersea cable off Keelung", "had dragged
    its anchor along the seabed ..., damaging the Estlink 2 power cable"): sabotage, an
    attack; a cable found damaged with no one named is no act told."""
    if not is_verb(verb) or verb.lemma_.lower() not in ("cut", "sever", "damage", "drag"):
        return False
    links = [o for o in _objects(verb) if o.lemma_.lower() in _UNDERSEA_LINKS]
    anchor_dragged = verb.lemma_.lower() == "drag" and any(
        o.lemma_.lower() == "anchor" for o in _objects(verb)
    )
    if verb.lemma_.lower() == "drag":
        links = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("across", "along", "over")
            for g in c.children
            if g.lemma_.lower() in _UNDERSEA_LINKS | {"seabed"}
        ]
        # "the Fitburg had dragged its anchor for at least 30 km before the cable break"
        links += [o for o in _objects(verb) if anchor_dragged and o.lemma_.lower() == "anchor"]
    if not links or not any(
        w.lemma_.lower() in ("cable", "pipeline", "undersea", "seabed") for w in verb.sent
    ):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    told = [verb, *verb.ancestors][:4]
    return (
        any(_is_one_of(d, _VESSELS | {"ship", "tanker", "vessel", "it", "anchor"}) for d in doers)
        # "seized the cargo ship Fitburg after a telecoms cable ... was damaged", "police opened
        # a sabotage investigation": the damage the sentence blames on someone
        or (
            not doers
            and any(w.lemma_.lower() in ("seize", "detain", "board", "sabotage") for w in verb.sent)
        )
        or (anchor_dragged and any(d.pos_ == "PROPN" for d in doers))
        or any(
            t.lemma_.lower() in ("suspicion", "suspect", "suspected", "damage", "drag", "accuse")
            and t is not verb
            for t in told
        )
    )


def _visitor_received(verb: Token) -> bool:
    """ "Putin will receive Witkoff on Tuesday": one leader receiving another is a meeting
    (what a side receives otherwise, arms or bodies or a draft, reads by its object)."""
    return (
        verb.lemma_.lower() == "receive"
        and is_verb(verb)
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
    )


def _staff_move(token: Token) -> bool:
    """A leader hiring or firing someone: "ordered the firing of the official in charge",
    "planned to fire Fed Chair Jerome Powell", "will name Kevin Hassett to succeed Powell".
    Not "fired missiles", "named after", nor "dismissed the claim"."""
    if is_noun(token):
        return token.lower_ in _STAFF_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_a_person(g) for g in c.children)
            for c in token.children
        )
    lemma = token.lemma_.lower()
    if not is_verb(token) or lemma not in _STAFF_MOVES:
        return False
    if lemma == "dismiss" and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False  # "dismissed him as a liar": a judgment
    return any(c.dep_ == "dobj" and _a_person(c) for c in token.children)


_ENVOYS = {
    "ambassador",
    "diplomat",
    "envoy",
    "inspector",
    "attache",
    "attaché",
    "consul",
    "adviser",
}


def _envoys_expelled(token: Token) -> bool:
    """A state expelling another's envoys or inspectors, or recalling its own: "had expelled
    Algeria's ambassador", "threatened to expel IAEA inspectors", "recalled their ambassadors
    from Algiers". A diplomatic decision (five rows, five authors); a coast guard expelling a
    vessel is a show of force."""
    lemma = token.lemma_.lower()
    recalled = {"ambassador"}  # (an envoy recalled from talks leaves the talks)
    return (
        is_verb(token)
        and lemma in ("expel", "recall")
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in (_ENVOYS if lemma == "expel" else recalled)
            for c in token.children
        )
    )


_LAUNCHED_ARMS = {"missile", "drone", "rocket", "ballistic"}


def _launches_named(token: Token) -> EventType | None:
    """Launches named by their weapon: "halt drone launches toward Israel" is an attack aimed
    somewhere; "North Korea's 7 missile launches in December", "answer with cruise-missile
    launches", aimed at no one, are shows of force."""
    if token.lemma_.lower() != "launch" or not is_noun(token):
        return None
    if not any(c.dep_ == "compound" and c.lemma_.lower() in _LAUNCHED_ARMS for c in token.children):
        return None
    aimed = any(
        c.dep_ == "prep" and c.lower_ in ("toward", "towards", "at", "on", "against")
        for c in token.children
    )
    return T.STRIKE if aimed else T.THREAT


def _snapback_triggered(token: Token) -> bool:
    """Powers setting off the return of sanctions: "Britain, France and Germany triggered the
    snapback mechanism on Thursday" (five authors mark the step itself a decision); not the
    background of an "after" clause ("were reimposed after European powers triggered the
    snapback mechanism")."""
    return (
        is_verb(token)
        and token.lemma_.lower() == "trigger"
        and any(
            c.dep_ == "dobj" and any(w.lemma_.lower() == "snapback" for w in c.subtree)
            for c in token.children
        )
        and not any(
            c.dep_ == "mark" and c.lower_ in ("after", "if", "unless") for c in token.children
        )
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in _objects(token))
    )


_ALLIANCES = {"nato", "eu", "alliance", "union"}


def _mission_launched(token: Token) -> bool:
    """An alliance launching a mission: "NATO launched Operation Eastern Sentry", "NATO
    launches 'Baltic Sentry'": a decision taken, not a strike."""
    return (
        is_verb(token)
        and token.lemma_.lower() == "launch"
        and _subject_is(token, _ALLIANCES)
        and any(
            c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in ("mission", "operation"))
            for c in token.children
        )
    )


_GUARD_POSTINGS = {"send", "deploy", "federalize", "federalise", "order", "mobilize", "mobilise"}


def _guard_posted(token: Token) -> bool:
    """A government posting National Guard troops: "Trump federalized 2,000 California
    National Guard troops", "Mexico began deploying 10,000 National Guard troops to its
    northern border". A decision at home (four authors); the same troops only pledged in
    return for something ("after Sheinbaum pledged to send ...") are the deal's term."""
    return (
        is_verb(token)
        and token.lemma_.lower() in _GUARD_POSTINGS
        and any(
            c.dep_ == "dobj"
            and any(
                w.text == "Guard" and w.doc[w.i - 1].lower_ != "coast" for w in c.subtree if w.i
            )
            for c in token.children
        )
        and not _pledged(token)
    )


def _pledged(verb: Token) -> bool:
    """Forces only pledged, promised or offered ("after Sheinbaum pledged to send 10,000
    National Guard troops", "an offer to deploy"), in return for something, are a deal's
    term; a plan to send them ("blocked the administration's plan to deploy") is the plan's."""
    if verb.dep_ not in ("xcomp", "acl"):
        return False
    head = verb.head.lemma_.lower()
    return head in ("pledge", "promise", "agree", "vow", "offer") or (
        verb.dep_ == "acl" and head == "plan"
    )


_OUTPUT_MOVES = {"increase", "hike", "increment", "cut", "rise", "add", "pause"}
_BARRELS = {"barrel", "bpd", "output", "production", "quota"}


def _about_oil_output(sent: Span) -> bool:
    """A sentence about producers' output: it names OPEC+, crude or barrels a day ("would
    keep crude exports ... at 2.1 million bpd, and he ruled out further voluntary cuts"); not a
    price per barrel."""
    return any("OPEC" in w.text for w in sent) or any(
        w.lemma_.lower() in ("bpd", "crude") or w.lower_ == "barrel-per-day" for w in sent
    )


def _output_move(token: Token) -> bool:
    """A producers' group moving its output, named by a noun or by adding barrels, in a
    sentence about OPEC+: "will go ahead with an increase of 138,000 barrels per day",
    "could reverse its latest increase", "kept its first-quarter pause in place", "would
    start adding 138,000 barrels per day"."""
    lemma = token.lemma_.lower()
    if lemma not in _OUTPUT_MOVES or not _about_oil_output(token.sent):
        return False
    if is_noun(token):
        return lemma != "add"
    return is_verb(token) and lemma == "add" and _object_is(token, _BARRELS)


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
_SANCTIONS_SCENE = {"sanction", "sanctions", "cap", "package", "tanker", "vessel", "blacklist"}
_CAPPED = {"crude", "oil", "urals", "diesel", "fuel"}


def _capped_oil(cap: Token) -> bool:
    """A cap on a seller's oil price: "the price cap", "the dynamic cap on Russian crude fell
    to $44.10", "the EU's Urals cap"; not a cap on enrichment, on troops or on interest."""
    return any(c.lower_ == "price" for c in cap.lefts) or any(
        (c.dep_ in ("compound", "amod") and c.lower_ in _CAPPED)
        or (c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in _CAPPED for g in c.subtree))
        for c in cap.children
    )


def lexicon_type(token: Token) -> EventType | None:
    """The type the trigger lexicon gives this word in this context, if any."""
    if (
        levy_moved(token)
        or _supplies_blocked(token)
        or _approves_money(token)
        or _aid_let_in(token)
        or _designation_listed(token)
        or _aid_groups_barred(token)
        or _rations_handed_out(token)
        or _exempted_from_a_measure(token)
        or levy_rate(token)
        or _men_sent_to_russia(token)
    ):
        return T.SANCTIONS_AID
    if (
        _staff_move(token)
        or _output_move(token)
        or _envoys_expelled(token)
        or _mission_launched(token)
        or _guard_posted(token)
        or _snapback_triggered(token)
        or _held_in_abeyance(token)
        or _pact_dropped(token)
        or _vote_fell_short(token)
        or _measure_blocked(token)
        or _fuel_export_ban(token)
        or _force_deployed(token)
        or _pressed_to_accept(token)
        or _ties_cut(token)
    ):
        return T.POSITION
    if _visitor_received(token):
        return T.TALKS
    if cable_cut(token):
        return T.STRIKE
    if _vetoed_measure(token):
        return None  # "would veto the 21st package": the veto is the event
    if token.dep_ in ("nsubj", "dobj") and (
        _held_in_abeyance(token.head) or (token.dep_ == "dobj" and _pact_dropped(token.head))
    ):
        # "the treaty would stay in abeyance", "would suspend all bilateral agreements": the
        # suspension is the event
        return None
    if (launched := _launches_named(token)) is not None:
        return launched
    if _hit_back(token):
        # "China hit back on Friday with a 34% levy": the levy is the act; "would hit back at
        # Indian cities" is force vowed
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            return None
        return _retaliation_type(token)
    # a capitalised plural the tagger takes for a name keeps its plural as its lemma:
    # "Sirens sounded in Eilat", "Strikes hit Kharkiv"
    singular = token.lower_[:-1] if token.tag_ == "NNPS" and token.lower_.endswith("s") else ""
    for table in (TRIGGERS, MORE_TRIGGERS):
        rule = table.get(token.lemma_.lower()) or table.get(token.lower_) or table.get(singular)
        if rule is not None and rule[1](token):
            return rule[0]
    if (
        token.lemma_.lower() in ("package", "round")
        and any(_ORDINAL.fullmatch(c.lower_) for c in token.children if c.dep_ == "amod")
        and (
            token.lemma_.lower() == "package"
            or any(w.lemma_.lower() in _SANCTIONS_SCENE for w in token.sent)
        )
    ):
        # "the EU's 17th package", "an 18th round aimed at lowering the price cap": numbered
        # sanctions ("a 5th round" of talks is not)
        return T.SANCTIONS_AID
    if token.lemma_.lower() in _PROGRAMMES and any(
        c.dep_ == "compound" and c.lemma_.lower() in _AID | {"sanction", "credit", "swap", "fund"}
        for c in token.children
    ):
        return T.SANCTIONS_AID  # "a new $8.1 billion loan program"
    lemma = token.lemma_.lower()
    if lemma == "control" and (
        (
            is_verb(token)
            and _subject_is(token, _FORCES | _ARMED)
            # "its troops still controlled the port": ground held, not taken
            and not any(c.lower_ in ("still", "remain") for c in token.children)
        )
        or (
            is_noun(token)
            and token.dep_ == "pobj"
            and token.head.lower_ == "under"
            and token.head.head.lemma_.lower() in ("be", "come", "fall")
        )
    ):
        # "Russian forces controlled about 19% of the territory", "El Fasher is now fully
        # under our control", "the town came under Russian control"
        return T.CAPTURE
    if lemma in _FUNDING and is_verb(token) and _pays_money(token):
        return (
            T.SANCTIONS_AID
        )  # "had disbursed 4.2 billion euros to Ukraine", "appealed for $4.2bn"
    if lemma == "cap" and is_noun(token) and _capped_oil(token):
        return T.SANCTIONS_AID  # "lower its price cap on Russian crude"
    if lemma in RETALIATIONS or (
        lemma == "respond" and token.dep_ == "xcomp" and token.head.lemma_.lower() in _VOWED
    ):
        return _retaliation_type(token)  # "vowed to respond firmly" is a retaliation
    if (
        lemma in _CARRIERS
        and is_noun(token)
        and any(
            (c.dep_ == "compound" and c.lemma_.lower() in _CARGO)
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.lemma_.lower() in _DELIVERED_ARMS | _WEAPONS for g in c.children)
            )
            for c in token.children
        )
    ):
        return T.SANCTIONS_AID  # "aid trucks", "weapons deliveries", "shipments of shells"
    if (
        token.dep_ == "nsubj"
        and (
            token.head.lemma_.lower() in HARMS
            or (
                token.head.lemma_ == "shoot"
                and any(c.lower_ == "dead" for c in token.head.children)
            )
        )
        and lemma in _WEAPONS | _FORCES | _ARMED | {"bomber"}
    ):
        return T.STRIKE  # "a drone killed two people", "gunmen shot dead two aides"
    if (
        is_verb(token)
        and _into_airspace(token)
        # not "intercepted before reaching Israeli airspace": stopped short of it
        and not (token.dep_ == "pcomp" and token.head.lower_ == "before")
    ):
        return T.THREAT  # "violated its airspace", "strayed into Estonian airspace"
    if easing_measured(token) or further_easing(token):
        # "futures imply about 40 basis points of easing by December", "further easing would
        # be a closer call"
        return T.POSITION
    if _licence_moved(token):
        return T.SANCTIONS_AID  # "will extend Chevron's licence", "would require licences"
    if unnamed_menace(token):
        return T.THREAT  # "there will be hell to pay", "would take 'forceful measures'"
    if (
        token.lemma_.lower() in ("halt", "suspend", "ground")
        and _object_is(token, _FLIGHTS)
        # "six carriers suspended flights to Caracas": a business choice, not an air alert
        # "heavy rain and fog grounded most drone flights": the weather
        and not any(
            c.dep_ == "nsubj"
            and (
                c.lemma_.lower() in {"airline", "carrier"} | _WEATHER
                or c.ent_type_ == "ORG"
                or any(g.dep_ == "conj" and g.lemma_.lower() in _WEATHER for g in c.children)
            )
            for c in token.children
        )
    ):
        return T.THREAT  # "flights were halted": an alert by its effect
    if _airport_shut(token):
        return T.THREAT  # "drones forced a three-hour closure of the airport"
    return None


def paused_hostility(token: Token) -> Token | None:
    """What a pause noun stops: "a 30-day pause in fighting", "a halt to hostilities", "a
    moratorium on strikes" (also when the parser hangs the phrase on the verb before it)."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.dep_ == "prep" and following.head.i < token.i:
        preps.append(following)  # "agreed to a moratorium on strikes", "on" hung on "agreed"
    for prep in preps:
        if prep.lower_ in ("in", "of", "to", "on"):
            for g in prep.children:
                if g.lemma_.lower() in _HOSTILITIES | {"fight", "strike", "attack"}:
                    return g
                kinds = {c.lower_ for c in g.children if c.dep_ in ("amod", "compound")}
                if (
                    g.lemma_.lower() == "operation"
                    and kinds & {"offensive", "military", "combat"}
                    and not kinds & {"cyber", "information", "influence"}
                ):
                    return g  # "a 36-hour halt to offensive operations", not cyber ones
    return None


_STRONGHOLDS = _TERRITORY | {"base", "garrison", "capital", "stronghold", "airport", "port"}
_FELL_OTHERWISE = {"under", "into", "behind", "below", "short", "apart", "back", "from", "off"}


def what_fell(verb: Token) -> Token | None:
    """The subject of "fall", through a relative pronoun: "several towns that fell to M23
    rebels" -> towns."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _place_fell(verb: Token) -> bool:
    """A place that fell was taken; prices, revenues and shares that fell by some amount
    were not. The place is a named one or a town, base or the like, and nothing says by how
    much it fell."""
    subject = what_fell(verb)
    if subject is None or any(c.like_num or c.lower_ in ("%", "percent") for c in verb.subtree):
        return False
    if any(
        c.dep_ in ("acomp", "attr", "oprd", "prt")
        or (c.dep_ == "prep" and c.lower_ in _FELL_OTHERWISE)
        for c in verb.children
    ):
        return False  # "Kyiv fell silent", "the region fell under martial law"
    return subject.ent_type_ in ("GPE", "LOC", "FAC") or subject.lemma_.lower() in _STRONGHOLDS


# Bodies whose acts are decisions: a cabinet, a court, a legislature, a ministry.
_OFFICIAL_BODIES = {
    "cabinet",
    "parliament",
    "senate",
    "house",
    "congress",
    "court",
    "council",
    "government",
    "ministry",
    "junta",
    "commission",
    "assembly",
    "legislature",
    "committee",
    "regulator",
    "administration",
    "lawmakers",
    "legislators",
    "judge",
    "justices",
    "tribunal",
}
# What such a body does that is no decision: speaking, meeting, weighing, failing, and the
# criminal courts' verdicts, which no question on the wars or markets turns on. Speech acts
# are claims; "vowed to appeal" is an intention, which most authors leave out.
_NO_DECISION = {
    *("say", "tell", "state", "warn", "claim", "accuse", "deny", "add", "call", "urge", "ask"),
    *("note", "argue", "insist", "report", "describe", "release", "file", "announce"),
    *("reject", "dismiss", "blame", "condemn", "criticise", "criticize", "welcome", "question"),
    *("estimate", "project", "forecast", "predict", "expect", "believe", "consider", "see"),
    *("be", "have", "hold", "meet", "discuss", "hear", "review", "debate", "seek", "want"),
    *("fail", "refuse", "decline", "oppose", "postpone", "collapse"),
    *("vow", "pledge", "promise", "swear", "appeal"),
    *("sentence", "convict", "acquit", "jail", "charge", "indict"),
}


def _official_act(token: Token) -> bool:
    """An official body's act, told in the past or present, that names no event of its own:
    "the cabinet instructed the army to draw up a plan", "the junta ordered French troops
    out", "an appeals court paused the ruling". Its decision is a position."""
    if not is_verb(token) or token.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    if token.dep_ not in ("ROOT", "conj") or token.lemma_.lower() in _NO_DECISION:
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _OFFICIAL_BODIES:
        return False
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in token.children):
        return False  # "the court adjourned"
    told = [g for g in token.subtree if g is not token and g not in subject.subtree]
    return not any(trigger_type(g) is not None for g in told)


def trigger_type(token: Token) -> EventType | None:
    """The event type this word names here, if any: a word of the lexicon in a reading it
    holds, or failing that an official body's decision."""
    if adopted_package(token) is not None:
        return None  # "The EU's 17th package, approved on Tuesday, lists ...": the package
    named = _named_type(token)
    if named is None and _official_act(token):
        return T.POSITION
    return named


def _covert_action_authorised(verb: Token) -> bool:
    """Operations or action authorised, as the object or what the authorised party is to do."""
    if not is_verb(verb):
        return False
    done = [c for c in verb.children if c.dep_ == "xcomp"]
    return any(
        _is_one_of(o, {"operation", "operations", "action"})
        for v in (verb, *done)
        for o in _objects(v)
    )


def _offers_a_stand(verb: Token) -> bool:
    """A party offering to do what names no event ("offered to join a neutral
    investigation", "offered to hand back parts of the Kharkiv region"), or offering security
    guarantees: the offer is its stand.
    An offer to do what is an event ("offered to host talks") is that event, offered."""
    if not is_verb(verb):
        return False
    done = next(
        (
            c
            for c in verb.children
            if (c.dep_ == "xcomp" and c.pos_ == "VERB")
            # "had offered security guarantees for 15 years": guarantees on the table
            or (c.dep_ == "dobj" and c.lemma_.lower() == "guarantee")
        ),
        None,
    )
    return (
        done is not None
        # (captives offered "to swap" are a deal's term)
        and done.lemma_.lower() not in ("swap", "exchange", "trade")
        and not any(trigger_type(t) for t in done.subtree)
    )


def _followed(verb: Token) -> bool:
    """Another state taking the step a decision before it took ("Britain, Canada and
    Australia recognised a Palestinian state, and France is set to follow", "Portugal
    followed hours later")."""
    if verb.lemma_.lower() != "follow" or not is_verb(verb):
        return False
    if any(c.dep_ == "dobj" and c.lower_ != "suit" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "is set to follow", "expected to follow"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ not in ("GPE", "NORP", "ORG"):
        return False
    return any(t.i < verb.i and _named_type(t) in (T.POSITION, T.SANCTIONS_AID) for t in verb.sent)


# A contract's title quoted as a question: "the 'Hostage deal by Jan. 20?' contract",
# "Polymarket: 'Ceasefire in Ukraine by June 30?' trades at 12 cents".
_QUOTED_QUESTION = re.compile(r"(?<!\w)['‘\"“]([^\"“”\n]{3,120}?\?)['’\"”](?!\w)")
# a market's title in quotes without its question mark: "the 'US military action against Iran
# in June' contract"
_QUOTED_TITLE = re.compile(
    r"(?<!\w)['‘\"“]([^'’\"“”\n]{3,120}?)['’\"”]\s+"
    # "... contract", or a headline's "'ceasefire by June 30' slides to 6%"
    r"(?:(?:contract|market)s?\b|\w+s\s+(?:to|at)\s+\d+(?:\.\d+)?\s*(?:%|cents?\b))"
)


def in_quoted_question(token: Token) -> bool:
    """The word stands in a quoted question, a market's title: what it names is asked
    about, not told."""
    sent = token.sent
    offset = token.idx - sent.start_char
    return any(
        m.start(1) <= offset < m.end(1)
        for pattern in (_QUOTED_QUESTION, _QUOTED_TITLE)
        for m in pattern.finditer(sent.text)
    )


_COUNTERS = {"counter", "answer", "fight", "retaliate", "respond", "match"}
_MOVE_NOUNS = {"move", "step", "decision"}


def move_answered(token: Token) -> EventType | None:
    """ "raised the levy on Chinese imports to 125%, a move Beijing vowed to counter with its
    own measures": the answer vowed is of the kind of the move it answers (a levy for a levy,
    a strike for a strike)."""
    if not (
        is_verb(token)
        and token.lemma_.lower() in _COUNTERS
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ("vow", "threaten", "pledge", "promise")
        and token.head.dep_ == "relcl"
        and token.head.head.lemma_.lower() in _MOVE_NOUNS
    ):
        return None
    move = token.head.head
    act = next((h for h in move.ancestors if is_verb(h)), None)
    return None if act is None else _named_type(act)


def _capital_opening(token: Token) -> bool:
    """A sentence's or bullet's first word, capitalised and so taken for a name, that names
    no entity: "- Exchange of 84 civilians and 206 servicemen completed"."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return False  # (asked of every word: the sentence is walked only for an unnamed name)
    first = next((t for t in token.sent if t.is_alpha), None)
    return first is not None and first.i == token.i


def _warning_shots(token: Token) -> bool:
    """Shots fired as a warning: "fired warning shots at a patrol boat" (the verb), "the crew
    reported warning shots" (the noun, unless a verb that fires them tells them)."""

    def warned(shots: Token) -> bool:
        return shots.lemma_.lower() == "shot" and any(
            c.lower_ == "warning" for c in shots.children if c.dep_ in ("compound", "amod")
        )

    if is_verb(token) and token.lemma_.lower() == "fire":
        return any(warned(o) for o in _objects(token))
    return (
        is_noun(token)
        and warned(token)
        and not (token.dep_ == "dobj" and token.head.lemma_.lower() == "fire")
    )


_TRUCE_AS_TIME = {"since", "despite"}


def _named_type(token: Token) -> EventType | None:
    """The event type a word of the lexicon names here: the lexicon and the readings it
    cannot hold (stopping attacks, a pause in fighting, a weapon landing, a trade truce)."""
    if _counted_dead(token):
        return T.CASUALTIES
    if not (
        token.pos_ in ("VERB", "NOUN", "ADP", "ADV", "AUX")
        or token.tag_ == "NNPS"  # "Sirens sounded in Eilat", a plural taken for a name
        or _lower_read_as_adjective(token)
        or _offensive_read_as_adjective(token)
        or _kept_so(token)  # "the crossing would stay shut", tagged as an adjective
        or _capital_opening(token)  # "- Exchange of 84 civilians ... completed", a bullet
    ):
        return None
    if (answered := move_answered(token)) is not None:
        return answered
    if _warning_shots(token):
        return T.THREAT  # "fired warning shots at an Estonian patrol boat": a warning, no strike
    if _bank_moving_rates(token):
        return T.POSITION  # "a 71% chance on the Federal Reserve holding rates"
    if is_verb(token) and any(o.lemma_.lower() in _GUESSES for o in _objects(token)):
        return None  # "raised the odds of a September rate cut": a bet moved, no act
    if levy_rates_to_come(token):
        # "with higher rates of up to 49% on some countries due to take effect"
        return T.SANCTIONS_AID
    if (
        token.lemma_.lower() == "advance"
        and is_verb(token)
        and _object_is(token, _MOTIONS | {"legislation"})
        and not (token.dep_ == "xcomp" and token.head.lemma_.lower() == "vote")
    ):
        return T.POSITION  # "the Senate advanced a bill": a vote taken; "voted to advance" is one
    if priced_rate_move(token):
        return T.POSITION  # "Kalshi's December-cut contract", "September-cut odds"
    if (
        token.dep_ == "compound"
        and token.tag_ not in ("VBD", "VBZ")
        and not in_quoted_question(token)  # "the 'Hostage deal by Jan. 20?' contract"
        # a headline's "Sirens sound across Jerusalem", the verb taken for a noun
        and not (token.lemma_.lower() in ("siren", "sirens") and token.head.lower_ == "sound")
    ):
        return None  # "tariff revenue", "aid groups": the head noun says what this is about
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "without"
        and (
            is_noun(token.head.head)
            # "tariffs on products from Asian countries without trade deals", the parser
            # hanging the phrase on the verb: a kind of country, no deal lacked (five rows of
            # five authors gained, none lost; "ended without a deal" keeps its article)
            or (token.tag_ == "NNS" and not any(c.dep_ == "det" for c in token.children))
        )
        and lexicon_type(token) is T.AGREEMENT
    ):
        return None  # "imports from countries without a trade deal": what they are, no event
    if token.lemma_.lower() in CEASE and any(
        (
            c.dep_ in ("xcomp", "dobj", "nsubjpass")
            and (lexicon_type(c) is T.STRIKE or c.lemma_.lower() in _HOSTILITIES - {"war"})
        )
        or (c.dep_ == "nsubj" and c.lemma_.lower() in _HOSTILITIES)
        for c in token.children
    ):
        return T.CEASEFIRE  # "agreed to stop targeting each other", "halt its invasion"
    if (
        token.lemma_.lower() == "end"
        and is_verb(token)
        and token.dep_ not in ("acl", "pcomp", "relcl")
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "war" for c in token.children)
        and (
            any(c.lower_ in _MAYBE for c in token.children)
            or (token.dep_ == "xcomp" and token.head.lemma_.lower() == "agree")
        )
    ):
        # "Ukraine could end the war almost immediately", "unless Putin agreed to end the war"
        return T.CEASEFIRE
    if token.lemma_.lower() in _PAUSES and is_noun(token) and paused_hostility(token):
        return T.CEASEFIRE  # "a 30-day pause in fighting", "a halt to hostilities"
    if token.lemma_.lower() in ("blockade", "quarantine") and (
        _closes_a_place(token) or (is_verb(token) and _subject_is(token, _ARMED))
    ):
        # "a Chinese blockade of Taiwan", "JNIM militants have blockaded fuel convoys": force
        # held over a place; a state's blockade of tankers is a sanction
        return T.THREAT
    if token.lemma_.lower() == "offensive" and not any(
        c.lower_ in ("toward", "towards") for c in token.children
    ):
        # "launched a new offensive near Kupiansk", "repelled a Houthi offensive on Marib":
        # an attack, as fresh authors mark it; a drive "toward" a city is for its capture
        return T.STRIKE
    if token.lemma_.lower() in ("close", "closure", "shut") and _has_object(token, _STRAITS):
        return T.THREAT  # "threatened to close the Strait of Hormuz": shipping held hostage
    if token.lemma_.lower() == "freeze" and _freezes_the_front(token):
        return T.CEASEFIRE  # "freeze the front line", "a freeze along the current line"
    if (
        is_verb(token)
        and token.lemma_.lower() in _IMPACTS
        and (
            _subject_is(token, _WEAPONS)
            # "a Houthi missile that landed near Ben Gurion airport"
            or (token.dep_ == "relcl" and _is_one_of(token.head, _WEAPONS))
        )
    ):
        if token.lemma_.lower() == "crash" and not any(
            c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in token.children
        ):
            # "a Ukrainian drone had crashed near Mozyr": a stray over foreign ground
            return T.THREAT
        return T.STRIKE  # "a missile slammed into a residential block"
    if token.lemma_.lower() == "fall" and is_verb(token) and _place_fell(token):
        return T.CAPTURE  # "denied that the town had fallen", "Pokrovsk fell to Russian forces"
    if token.lemma_.lower() == "lift" and any(
        o.lemma_.lower() == "measure" and any(c.lower_ == "defensive" for c in o.children)
        for o in _objects(token)
    ):
        # "Rwanda is to lift its 'defensive measures' within 90 days": its troops in Congo
        # pulled back, as three authors read the deal's words
        return T.WITHDRAWAL
    if (
        token.lemma_.lower() == "fall"
        and is_verb(token)
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children)
        and _subject_is(token, _FORCES | _FIGHTERS | {"peacekeeper", "peacekeepers"})
    ):
        return T.WITHDRAWAL  # "Congolese troops and UN peacekeepers fell back toward the airport"
    if peace_plan(token):
        return T.POSITION  # before "framework" as a deal: "the 20-point framework"
    if (token.lemma_.lower() in ("withdraw", "withdrawal", "exit") and _from_a_compact(token)) or (
        token.lemma_.lower() in ("quit", "leave", "exit")
        and is_verb(token)
        and _object_is(token, _COMPACTS - {"talk", "talks", "process"})
    ):
        # leaving a treaty or talks is a policy, not troops pulling back: "withdraw from the
        # International Criminal Court", "threatened to quit the Non-Proliferation Treaty"
        return T.POSITION
    kind = lexicon_type(token)
    if kind is None:
        return None
    if kind is T.SANCTIONS_AID and _aid_awaited(token):
        return None  # "killed while waiting for food aid": people's need, no aid decided
    if (
        kind is T.CEASEFIRE
        and token.dep_ == "pobj"
        and token.head.lower_ == "under"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ == "acl" for c in token.children)  # "a truce brokered by ..."
    ):
        # "the first exchange under the truce", "will meet again under the ceasefire monitoring
        # mechanism": the frame of another act, not the truce told
        return None
    if (
        kind is T.CEASEFIRE
        and token.dep_ == "pobj"
        and token.head.lower_ in _TRUCE_AS_TIME
        and is_noun(token)
        # ("despite a ceasefire that took effect in November" tells the truce)
        and not any(c.dep_ in ("relcl", "acl") for c in token.children)
    ):
        # "the first such captures since the group's truce with Washington", "killed last
        # week despite the truce": a truce in force, the time or frame of what is told
        # (twenty rows of sixteen authors gained, four lost)
        return None
    if kind is T.CEASEFIRE and _names_a_body(token):
        # "under the auspices of the ceasefire monitoring committee": a body, not a truce told
        return None
    if kind is T.CEASEFIRE and (
        any(
            # ("a ceasefire by March 31 trades at 27 cents": the parser's noun is the market's
            # verb)
            g.lower_ in ("trade", "tariff", "tariffs", "rare-earth")
            for c in token.children
            # ("a one-year truce under which Washington halves its fentanyl tariff")
            if c.dep_ in ("compound", "amod", "nmod", "prep", "relcl")
            for g in c.subtree
        )
        or _truce_among_tariffs(token)
    ):
        # "a trade truce" is a deal on tariffs; agreeing to one is already the agreement
        # ("agreed to a trade truce"; not "signed an order extending the tariff truce", whose
        # signing is of the order)
        made = {token.head.lemma_.lower()}
        if token.dep_ == "pobj":
            made.add(token.head.head.lemma_.lower())
        return None if made & {"agree", "sign", "reach", "strike"} else T.AGREEMENT
    if token.lemma_.lower() == "destroy" and any(
        # the weapons destroyed ("every one of the drones"), not ones named further inside
        # the object ("any dam India builds on the Indus with missiles")
        _is_one_of(w, {"drone", "missile", "rocket", "uav"})
        for o in _objects(token)
        for w in [o, *(g for p in o.children if p.lower_ == "of" for g in p.children)]
    ):
        return T.INTERCEPTION
    if (
        kind is T.TALKS
        and token.lemma_.lower() in ("meet", "convene")
        and _subject_above_is(token, _DECIDING_BODIES)
        # (not "the Board of Peace will meet in Sharm el-Sheikh": its members' summit)
        and not _subject_above_is(token, {"board"}, named="peace")
    ):
        # "the security cabinet was due to meet", "will convene on Friday to vote on the
        # agreement", "when parliament convenes": to decide, not to talk
        return T.POSITION
    if kind is T.STRIKE and _north_korean_launch(token):
        return T.THREAT  # "North Korea launched several short-range ballistic missiles"
    if kind is T.STRIKE and is_verb(token) and (_into_the_sea(token) or _tested(token)):
        # "fired two ballistic missiles into the East Sea", "test-launches an ICBM": a show
        # of force, aimed at no one
        return T.THREAT
    if kind is T.STRIKE and _struck_by_nature(token):
        return None  # "a magnitude 7.6 earthquake strikes the Noto Peninsula"
    return kind


# What strikes or hits without anyone attacking: weather, the earth, accidents.
_NATURAL_FORCES = {
    "earthquake", "quake", "tremor", "aftershock", "storm", "typhoon", "hurricane", "cyclone",
    "tornado", "lightning", "landslide", "mudslide", "avalanche", "flood", "tsunami",
    "wildfire", "blizzard", "snowstorm", "heatwave", "drought", "wave", "branch", "tree",
    "car", "bus", "truck", "lorry", "train", "vehicle", "pandemic", "outbreak", "recession",
    "bear", "shark", "dog", "animal",
}  # fmt: skip


def _struck_by_nature(token: Token) -> bool:
    """A strike whose doer is a force of nature or an accident, not an attacker: "an
    earthquake strikes", "floods hit Majorca", "a branch struck his car", "a lightning
    strike". A car bomb or a truck bomb is a weapon, not a vehicle."""
    return any(
        (c.dep_ == "nsubj" and any(g.lemma_.lower() in _NATURAL_FORCES for g in c.subtree))
        or (
            c.dep_ in ("compound", "amod")
            and c.lemma_.lower() in _NATURAL_FORCES
            and token.lemma_.lower() not in ("bomb", "bombing")
        )
        for c in token.children
    ) or any(
        # "a landmine blast wounded two soldiers", "their patrol hit a mine": a mine left in
        # the ground, no attack (three authors of three; the toll stands); not "drones hit a
        # coal mine"
        (c.dep_ in ("compound", "nsubj", "dobj") and c.lemma_.lower() == "landmine")
        or (
            c.dep_ == "dobj"
            and c.lower_ == "mine"
            and not any(
                s.dep_ == "nsubj" and (_is_one_of(s, _WEAPONS) or s.ent_type_ in _PARTY_ENTITIES)
                for s in token.children
            )
        )
        for c in token.children
    )


def _closes_a_place(token: Token) -> bool:
    """A blockade or quarantine of a country, an island or a port: coercion by force
    ("a Chinese blockade of Taiwan", "could blockade Kinmen", "a blockade of the island's
    main ports")."""
    if is_verb(token):
        return any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in _objects(token))
    return is_noun(token) and any(
        (
            c.dep_ == "prep"
            and c.lower_ in ("of", "on", "around")
            and any(
                g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in _HARBOURS
                for g in c.children
            )
        )
        # "a Taiwan blockade by end-2027"
        or (c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC"))
        for c in token.children
    )


_HARBOURS = {"port", "ports", "island", "harbour", "harbor", "coast", "strait"}


def _freezes_the_front(token: Token) -> bool:
    """A freeze of the fighting where it stands: its object, or where it runs, is the front."""
    places = list(_objects(token))
    places += [g for c in token.children if c.dep_ == "prep" for g in c.children]
    return any(p.lemma_.lower() in _FRONTS for p in places)


def _counted_dead(token: Token) -> bool:
    """A count of the dead or hurt: "34 dead after missiles hit", "4 crew dead", "left nine
    soldiers dead"."""
    if token.pos_ != "ADJ" or token.lower_ not in ("dead", "injured", "wounded"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return True
    if token.dep_ == "amod" and token.head.i < token.i:
        people = [token.head]  # "4 crew dead", parsed as a modifier after its noun
    elif token.dep_ in ("oprd", "acomp"):
        # "12 people were left dead", "a battle that left nine soldiers dead"
        people = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    else:
        people = [c for c in token.lefts if c.dep_ in ("nsubj", "npadvmod", "dep")]
    return any(g.dep_ == "nummod" for p in people for g in p.children)


def _tested(token: Token) -> bool:
    """ "test-launches an intercontinental ballistic missile", "test-fired a missile"."""
    doc = token.doc
    return token.lower_.startswith("test-") or (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "test"
    )


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _north_korean_launch(token: Token) -> bool:
    """North Korea firing or launching missiles at no one named ("launched several short-range
    ballistic missiles northeastward from south of Pyongyang", "fired ... toward the
    northeast"): a show of force, as every author marks it; also the barrage it fired."""
    verb = token.head if token.dep_ == "dobj" else token
    if verb.lemma_.lower() not in ("fire", "launch") or not is_verb(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    names = {w.lower_ for w in subject.subtree}
    if not ({"north", "korea"} <= names or "pyongyang" in names):
        return False
    return not any(
        p.dep_ == "prep"
        and p.lower_ in _AIMS_AT
        and not any(g.lower_ in _COMPASS for g in p.subtree)
        for p in verb.children
    )


def _into_the_sea(token: Token) -> bool:
    """A launch aimed at open water rather than at anyone: "into the sea off its east coast",
    or fired "off its east coast" at nothing named ("struck a tanker off the coast" aims)."""
    seeming = _seeming(token)
    if seeming is not None and _into_the_sea(seeming):
        return True
    preps = [c for c in token.children if c.dep_ == "prep"]
    launched = token.lemma_.lower() in ("fire", "launch") and not any(
        p.lower_ in _AIMS_AT for p in preps
    )
    return any(
        (
            p.lower_ in ("into", "toward", "towards")
            and (g.lemma_.lower() in _OPEN_WATER or g.lower_ == "sea")
        )
        or (p.lower_ == "off" and g.lemma_.lower() == "coast" and launched)
        for p in preps
        for g in p.children
        if g.dep_ == "pobj"
    )
