"""Attributed claims: who said what, with which stance, how hedged, and when.

Rules over spaCy's dependency parse: a speech or cognition verb ("said", "denied", "warned",
"threatened") with its subject as speaker and its clausal complement or object as content;
"according to X, ..." and passive reports too. Pronouns and titles ("he", "the minister") are
resolved to the last fitting person named earlier in the document. A statistical model would
need labelled data we do not have at scale; these rules are measured on our gold set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from tidings.extract.gazetteer import Gazetteer
from tidings.extract.nlp import entities_in
from tidings.extract.triggers import endangers, trigger_type
from tidings.models import Stance

STANCE_VERBS: dict[str, Stance] = {
    **dict.fromkeys(
        [
            "say",
            "claim",
            "state",
            "tell",
            "announce",
            "confirm",
            "add",
            "note",
            "report",
            "insist",
            "argue",
            "declare",
            "stress",
            "write",
            "explain",
            "acknowledge",
            "admit",
            "concede",
            "allege",
            "maintain",
            "suggest",
            "indicate",
            "reiterate",
            "repeat",
            "emphasize",
            "emphasise",
            "signal",
            "disclose",
            "reveal",
            "assert",
            "contend",
            "testify",
            "inform",
            "publish",
            "post",
        ],
        Stance.ASSERT,
    ),
    **dict.fromkeys(
        ["deny", "dismiss", "refute", "rebut", "debunk", "disavow", "dispute", "contradict"],
        Stance.DENY,
    ),
    **dict.fromkeys(["threaten"], Stance.THREATEN),
    **dict.fromkeys(["warn", "caution", "fear", "alert"], Stance.WARN),
    **dict.fromkeys(["promise", "pledge", "guarantee", "commit", "assure"], Stance.PROMISE),
    **dict.fromkeys(["accuse", "blame", "condemn", "denounce"], Stance.ACCUSE),
    **dict.fromkeys(["reject", "refuse", "decline", "rebuff", "oppose"], Stance.REJECT),
    **dict.fromkeys(
        [
            "assess",
            "believe",
            "estimate",
            "think",
            "judge",
            "conclude",
            "consider",
            "calculate",
            "reckon",
            "doubt",
            "suspect",
        ],
        Stance.ASSESS,
    ),
    **dict.fromkeys(
        ["predict", "expect", "forecast", "project", "anticipate", "foresee"], Stance.PREDICT
    ),
}
HEDGES = (
    "allegedly",
    "reportedly",
    "purportedly",
    "without providing evidence",
    "without evidence",
    "unverified",
    "apparently",
    "supposedly",
    "unconfirmed",
)
_HEDGE_RE = re.compile(r"\b(" + "|".join(re.escape(h) for h in HEDGES) + r")\b", re.I)
_DENIAL_CONTENT = re.compile(
    # "a 'false flag' attack" calls no report false
    r"\b(fabricat\w*|false(?!\W{0,2}flag)|lie|lies|fake|hoax|baseless|never happened|not true|untrue|"
    r"groundless|staged|provocation|nonsense|disinformation)\b",
    re.I,
)
# What a vow threatens rather than promises: "vowed to retaliate", "to keep attacking Israel",
# "to fight to the end", "to keep firing missiles" (every gold set's authors mark these so).
_RETALIATION = re.compile(
    r"\b(retaliat\w*|strike|strikes|hit|respond|response|punish\w*|revenge|destroy|attack\w*|"
    r"consequences|target|countermeasures?|reprisals?|fight\w*|firing|war)\b",
    re.I,
)
_CALL_DENIAL = re.compile(
    r"\b(fabrication|fabricated|lies?|fake|hoax|provocation|nonsense|disinformation|staged|false|"
    r"groundless|baseless|untrue|unfounded|absurd|inaccurate|misleading|wrong|fiction|fantasy|"
    r"propaganda|smear|slander|myth)\b",
    re.I,
)
PRONOUNS = {"he", "she", "they", "him", "her", "we", "i"}
_DOCUMENTS = {"agreement", "deal", "accord", "treaty", "plan", "framework", "law", "bill"}
_CHARGES = {"claim", "report", "allegation", "accusation", "assertion", "charge"}
_DETERMINERS = re.compile(r"^(the|a|an)\s+", re.I)


@dataclass
class FoundClaim:
    """A claim found in one sentence, with character offsets into the document text."""

    sentence_start: int
    sentence_end: int
    speaker: str
    speaker_id: str
    stance: Stance
    content: str
    content_start: int
    content_end: int
    verb: str
    verb_index: int
    hedges: list[str] = field(default_factory=list)


class Hedge(NamedTuple):
    """A hedging word or phrase of a sentence and where it starts in the document."""

    start: int
    text: str


# Words by which a sentence refers back to an organisation it has just named.
_BODIES = {"group", "movement", "militia", "cartel", "bloc", "alliance", "company", "bank"}
_BODIES |= {"exchange", "platform"}  # "Kalshi's contracts ..., the exchange said"
_BODIES |= {"agency", "organisation", "organization", "lender", "producer", "insurer"}


def _in_subject(ent: Span) -> bool:
    """Whether a name is (in) the subject of its sentence's main verb."""
    token = ent.root
    while token.dep_ in ("appos", "compound", "conj", "flat"):
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


def _main_subject_for(pronoun: Token) -> Token | None:
    """The subject of the pronoun's sentence, before it and of its number, when the pronoun
    speaks from inside that sentence's clause: a person for "he" or "she", a plural or a body
    for "they", a thing or a body for "it"."""
    word = pronoun.lower_
    if word not in PRONOUNS and word != "it":
        return None
    main = next(
        (
            t
            for t in pronoun.sent
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.i < pronoun.i
        ),
        None,
    )
    if word in ("he", "she"):
        if main is not None and main.ent_type_ == "PERSON":
            return main
        # "Friedrich Merz's conservatives won ..., and he pledged": the party's leader
        owner = next((c for c in main.children if c.dep_ == "poss"), None) if main else None
        if owner is not None and owner.ent_type_ == "PERSON":
            return owner
        return _person_before(pronoun)
    if main is None or main.pos_ == "PRON":
        return None
    if word == "they":
        return main if main.tag_ in ("NNS", "NNPS") else None
    if word == "it":
        return main if main.tag_ in ("NN", "NNP") and main.ent_type_ != "PERSON" else None
    return None


def _person_before(pronoun: Token) -> Token | None:
    """The person "he" or "she" stands for earlier in its own sentence when its subject is
    no person: the one named as a subject ("whether Trump can remove Lisa Cook, whom he tried
    to fire"), else the only one named ("Under Chair Kevin Warsh, the Fed cut rates ..., and
    he told reporters")."""
    people = [
        e.root for e in entities_in(pronoun.sent) if e.label_ == "PERSON" and e.end <= pronoun.i
    ]
    subjects = [p for p in people if p.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 1:
        return subjects[0]
    return people[0] if len(people) == 1 else None


_GOVERNMENTS = {"administration", "government", "regime", "cabinet", "camp", "campaign", "team"}


def _owns(person: Span) -> bool:
    """A person named as whose something is: "Netanyahu's office", "the Trump administration"."""
    root = person.root
    return root.dep_ == "poss" or (
        root.dep_ == "compound"
        and root.head.i >= person.end
        and root.head.lemma_.lower() in _GOVERNMENTS
    )


class SpeakerResolver:
    """Resolves pronouns to the person the sentence before was about (its subject, else the
    last person it named) and titles to the person who last held them."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.last_person: tuple[str, str] | None = None  # (name, id)
        self.by_title: dict[str, tuple[str, str]] = {}
        self.speakers: list[tuple[str, str]] = []  # (words, id) of each speaker resolved
        # what "it" and "they" opening the next sentence stand for: the subject of this one
        self.last_body: tuple[str, str] | None = None
        self.last_group: tuple[str, str] | None = None

    def observe(self, sent: Span) -> None:
        self._observe_subject(sent)
        people = [e for e in entities_in(sent) if e.label_ == "PERSON"]
        # "he" in the next sentence is most often the subject of this one: "Trump said Putin
        # had told him about the attack. He added ..." is Trump
        subjects = [e for e in people if _in_subject(e)]
        if people:
            self.last_person = self.canonical((subjects or people[-1:])[0])
        for ent in people:
            name, entity_id = self.canonical(ent)
            entry = self.gazetteer.entries.get(entity_id)
            for title in entry.titles if entry else ():
                self.by_title[title.lower()] = (name, entity_id)
            # a title written before the name ("Foreign Minister Sergei Lavrov")
            before = sent.doc[max(sent.start, ent.start - 4) : ent.start].text.lower()
            for word in (
                "minister",
                "spokesman",
                "spokeswoman",
                "president",
                "envoy",
                "secretary",
                "aide",
                "chief",
                "commander",
                "governor",
                "mayor",
            ):
                if word in before:
                    self.by_title[word] = (name, entity_id)

    def _observe_subject(self, sent: Span) -> None:
        """ "The Bank of England kept rates at 4%. It said ...": the bank says it. A sentence
        whose subject is "it" or "they" again keeps what they stood for."""
        subject = next(
            (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None
        )
        if subject is None or subject.lower_ in ("it", "they"):
            return
        # "Northgate Securities", "the United States": one body, however its name ends
        plural = subject.tag_ == "NNS" or (
            subject.tag_ == "NNPS" and subject.ent_type_ not in ("ORG", "GPE")
        )
        body = subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PERSON"
        named = self._resolve(_phrase(subject)) if body else None
        self.last_body = None if plural else named
        self.last_group = named if plural else None

    def canonical(self, ent: Span) -> tuple[str, str]:
        entry = self.gazetteer.entries.get(ent.ent_id_) if ent.ent_id_ else None
        entry = entry or self.gazetteer.lookup(ent.text)
        if entry:
            return entry.name, entry.id
        return ent.text, f"{ent.label_.lower()}:{_slug(ent.text)}"

    def resolve(self, phrase: Span) -> tuple[str, str]:
        """Speaker name and id for a subject phrase."""
        name, speaker_id = self._resolve(phrase)
        lower = phrase.text.strip().lower()
        if speaker_id.startswith("actor:") and lower.startswith("the "):
            # "Russia's defence ministry said ... The ministry said ...": the words stay as
            # written, the identity is the earlier speaker's whose name ends in them
            bare = _DETERMINERS.sub("", lower)
            earlier = [i for words, i in self.speakers if words.lower().endswith(" " + bare)]
            if earlier:
                speaker_id = earlier[-1]
        self.speakers.append((name, speaker_id))
        return name, speaker_id

    def _resolve(self, phrase: Span) -> tuple[str, str]:
        entities = entities_in(phrase)
        people = [e for e in entities if e.label_ == "PERSON"]
        text = phrase.text.strip()
        if people and all(_owns(e) for e in people):
            # "Netanyahu's office", "Trump's envoy", "the Trump administration": the speaker is
            # the office, the envoy or the government, on the person's side (the id carries
            # the side for contested claims)
            return text, self.canonical(people[-1])[1]
        if people:
            return self.canonical(people[-1])
        lower = text.lower()
        if lower in PRONOUNS and lower not in ("we", "i", "they") and self.last_person:
            return self.last_person
        if lower == "it" and self.last_body:
            return self.last_body
        if lower == "they" and self.last_group:
            return self.last_group
        entry = self.gazetteer.lookup(text)
        if entry:
            # institutions keep the words the source used ("Israel's military"); the id
            # carries the normalised identity
            return (entry.name if entry.label == "PERSON" else text), entry.id
        bare = _DETERMINERS.sub("", lower)
        for title, person in self.by_title.items():
            if bare == title or bare.endswith(" " + title) and lower.startswith("the "):
                return person
        title_id = self.gazetteer.by_title.get(bare)
        if title_id and lower.startswith("the ") and self._mentioned(title_id):
            return self.gazetteer.entries[title_id].name, title_id
        orgs = [e for e in entities if e.label_ in ("ORG", "GPE", "NORP")]
        if len(orgs) == 1 and orgs[0].text == text:
            return text, self.canonical(orgs[0])[1]
        named = self._named_before(phrase) if lower.startswith("the ") else None
        # ("the civil defence agency" names a body of its own, by its common-noun compound)
        described = any(w.dep_ == "compound" and w.pos_ == "NOUN" for w in phrase)
        if named is not None and bare.split()[-1] in _BODIES and not described:
            # "Hamas gunmen ..., and the group denied any involvement": the group named
            return named.text, self.canonical(named)[1]
        return text, f"actor:{_slug(_DETERMINERS.sub('', text))}"

    def _named_before(self, phrase: Span) -> Span | None:
        """The organisation a definite description refers back to in its own sentence: "Hamas
        released four hostages, and the group said ...", "OPEC+ agreed ..., a move the cartel
        said ..."."""
        before = [
            e
            for e in entities_in(phrase.doc[phrase.sent.start : phrase.start])
            if e.label_ == "ORG"
        ]
        return before[-1] if before else None

    def _mentioned(self, entity_id: str) -> bool:
        return any(pid == entity_id for _, pid in self.by_title.values()) or (
            self.last_person is not None and self.last_person[1] == entity_id
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_LEADING_PREPOSITIONS = {"after", "before", "while", "since", "upon", "without", "by"}
# Verbs whose object then does what follows ("prompting the minister to warn"), and verbs that
# only ask it to ("asked Trump to consider", "urged Iran to confirm"): no report is made yet.
_OBJECT_CONTROL = {"prompt", "lead", "cause", "spur", "force", "compel"}
_REQUESTS = {
    "ask", "urge", "press", "push", "encourage", "order", "instruct", "invite", "allow",
    "persuade", "pressure", "tell", "call",
}  # fmt: skip


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "pobj" and _misread_report(verb) is not None:
        # "Economists polled by Reuters forecast that ...": who the phrase is about
        holder = verb
        while holder.dep_ == "pobj" and holder.head.dep_ in ("prep", "agent"):
            holder = holder.head.head
            if holder.pos_ == "VERB" and holder.dep_ == "acl":
                holder = holder.head
        return holder
    if not subjects and _misread_report(verb) is not None:
        # "UK defence intelligence estimates that ...": the name glued onto the report
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i][-1:]
    if subjects:
        # two subjects are a parse of a phrase set off by commas: "On Tuesday, the fourth
        # anniversary of the invasion, Germany pledged": the one next to the verb speaks
        return subjects[-1] if subjects[-1].i < verb.i else subjects[0]
    reporter = _report_hung_on_content(verb)
    if reporter is not None:
        return _subject(reporter)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        # "the General Staff was quoted as saying", "state media quoted Dmitriev as saying":
        # the one quoted, or the outlet that quotes
        return _subject(verb.head.head)
    if verb.tag_ == "VBG" and (doer := _with_absolute(verb)) is not None:
        return doer
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in _LEADING_PREPOSITIONS
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):
        # "Israel carried out strikes after accusing Hamas of ...": who struck accuses
        return _subject(verb.head.head)
    if verb.tag_ == "VBG" and (nearer := _relative_clause_before(verb)) is not None:
        return _subject(nearer)
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and verb.head.tag_ == "VBG"
        and verb.head.dep_ == "pcomp"
        and verb.head.head.head.pos_ in ("VERB", "AUX")
    ):
        # "accused European governments of trying to derail ... and threatened retaliation":
        # the accuser threatens, the parser's gerund aside
        return _subject(verb.head.head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and after_comma(verb):
        # "denied Chinese state media claims that PLA warships had come ..., saying none had
        # entered": the parser hangs the participle in the charge's clause; the denier says it
        charge = next(
            (a for a in verb.ancestors if a.lemma_.lower() in CHARGE_NOUNS and a.dep_ == "dobj"),
            None,
        )
        if charge is not None and _verb_stance(charge.head) is not None:
            return _subject(charge.head)
    # shared subject of coordinated or controlled verbs: "denied the claim and called it ..."
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head)
    if _name_read_as_sentence(verb):
        return verb.head
    hung = _speaker_hung_before(verb) or _report_read_as_modifier(verb)
    if hung is not None:
        return hung
    return _trailing_speaker(verb)


def _speaker_hung_before(verb: Token) -> Token | None:
    """A speaker the parser joined to the clause before its verb: in "An explosion shook Doha,
    and an Israeli military official, speaking on condition of anonymity, said the air force
    had targeted ..." the official is a conjunct of "shook", and "said" has no subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        for c in clause.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and clause.i < c.i < verb.i:
                return c
    return None


def _name_read_as_sentence(verb: Token) -> bool:
    """ "Chile's president-elect José Antonio Kast, who won the runoff, promised on Monday to
    ...": the parser took the name for the sentence and its verb for a modifier of it."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and verb.head.dep_ == "ROOT"
        and verb.head.ent_type_ in ("PERSON", "ORG", "GPE")
        and any(c.dep_ == "relcl" for c in verb.head.children)
        and not any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in verb.children)
    )


def _relative_clause_before(participle: Token) -> Token | None:
    """ "Russia offered a truce, which Sybiha rejected as a stunt, saying Kyiv would ...": the
    relative clause that ends at the participle's comma does the saying, though the parser
    hangs the participle on the main verb."""
    doc = participle.doc
    if participle.dep_ != "advcl" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    k = participle.i - 2
    while k > 0 and doc[k].is_punct:
        k -= 1  # a closing quote: 'rejected as a "publicity stunt", saying'
    last = doc[k]
    clause = next(
        (a for a in [last, *last.ancestors] if a.dep_ == "relcl" and a.i < participle.i), None
    )
    if clause is None or clause.right_edge.i < last.i:
        return None
    # a true relative clause, opened by "which" or "who" (a "that" may be a misread
    # subordinator), with a subject of its own
    opened = any(c.lower_ in ("which", "who", "whom") for c in clause.children)
    has_subject = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children)
    return clause if opened and has_subject else None


def _trailing_speaker(verb: Token) -> Token | None:
    """ "Russian forces took the village of Andriivka, Russia's defense ministry said": a
    trailing speaker the parser hung on the place before it as an apposition."""
    if verb.dep_ != "ROOT" or verb.i < 2:
        return None
    before = _phrase_before(verb)
    if before.dep_ != "appos" or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before if after_comma(before.left_edge) else None


def _report_read_as_modifier(verb: Token) -> Token | None:
    """ "RSF fighters killed 40 people in an attack on Abu Shouk camp, a local resistance
    committee reported on Monday": the parser read the trailing speaker as an apposition and
    its report as a modifier of it ("a committee reported on Monday"). The speaker, if so."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")  # ("the Israeli military estimated on Monday")
        or any(c.dep_ in ("agent", "auxpass") for c in verb.children)
        or head.i > verb.i
        or head.dep_ != "appos"
        or head.pos_ not in ("NOUN", "PROPN")
        or not after_comma(head.left_edge)
        or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    ):
        return None
    # the report closes the sentence: nothing but its own date and the full stop after it
    return head if verb.right_edge.i >= verb.sent.end - 2 else None


def _bare_report_after_comma(verb: Token, objects: tuple[str, ...]) -> Token | None:
    """A report in the past with its own subject set off by a comma before it, nothing it
    says after it (no child of the ``objects`` relations) and the sentence ending or going
    on with punctuation right after it ("..., the ministry said, but ..."): its subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doc = verb.doc
    # ("..., the government said on Thursday.": its own time may follow it)
    end = max(
        [verb.i]
        + [
            c.right_edge.i
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in ("prep", "npadvmod")
            and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
        ]
    )
    if (
        verb.tag_ == "VBD"
        and subject is not None
        and subject.i < verb.i
        and after_comma(subject.left_edge)
        and not any(c.dep_ in objects for c in verb.children)
        and (end + 1 >= verb.sent.end or doc[end + 1].is_punct)
    ):
        return subject
    return None


def _report_read_as_relative(verb: Token) -> bool:
    """ "Russian forces have captured the town of Kostiantynivka, Russia's defence ministry
    said, but ...": the parser read the trailing report as a relative clause of the noun
    before its comma ("the town [that] the ministry said")."""
    if verb.dep_ != "relcl":
        return False
    subject = _bare_report_after_comma(verb, ("dobj", "ccomp", "xcomp"))
    return subject is not None and verb.head.i < subject.left_edge.i


_TOLD_TO = {"tell", "inform", "assure", "remind"}


def _said_to_listener_misread(verb: Token) -> Token | None:
    """ "..., telling the judge he had been kidnapped from his home": the parser reads what is
    told as a relative clause of the listener ("the judge [whom] he had been ..."); a clause
    with a pronoun subject and no relative word of its own is what is told."""
    if verb.lemma_.lower() not in _TOLD_TO or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    listener = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if listener is None:
        return None
    clause = next((c for c in listener.children if c.dep_ == "relcl" and c.i > listener.i), None)
    if clause is None or clause.left_edge.i != listener.i + 1:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        or subject.i != clause.left_edge.i
        or subject.pos_ != "PRON"
        or subject.tag_ in ("WDT", "WP", "WP$")
    ):
        return None
    return clause


def _report_read_as_conjunct(verb: Token) -> bool:
    """A report after a comma, with its own subject and no conjunction, that the parser
    coordinated with the clause it reports, and after which the sentence ends or goes on
    with a comma ("..., the Houthis claimed, a toll that ...")."""
    return (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and verb.head.pos_ == "VERB"
        and _bare_report_after_comma(verb, ("dobj", "ccomp", "xcomp", "cc")) is not None
    )


def _phrase_before(verb: Token) -> Token:
    """The head of the phrase that ends right before the verb ("..., a source close to the
    Ukrainian delegation said"), up from its last word."""
    before = verb.doc[verb.i - 1]
    while (
        before.dep_ != "appos"
        and before.head.i != before.i
        and before.head.i < verb.i
        and before.head.right_edge.i == verb.i - 1
    ):
        before = before.head
    return before


def _report_hung_below(verb: Token) -> bool:
    """A report after its content, after a comma, that the parser made the complement of the
    content's last verb."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "ccomp"
        and verb.head.i < verb.i
        and subject is not None
        and after_comma(subject.left_edge)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    )


def _trailing_in_adverbial(verb: Token) -> Token | None:
    """ "agreed to a ceasefire after talks mediated by Qatar, Qatar's foreign ministry said":
    the parser read "after talks ... said" as one adverbial clause; the phrase between the
    comma and the verb is the trailing speaker."""
    if (
        verb.dep_ != "advcl"
        or verb.i < 2
        or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    ):
        return None
    before = _phrase_before(verb)
    if before.pos_ not in ("NOUN", "PROPN") or not after_comma(before.left_edge):
        return None
    return before


def _with_absolute(verb: Token) -> Token | None:
    """ "... suffers an outage, with Finnish Prime Minister Petteri Orpo stating that ...": the
    one named after "with" does the participle that follows the name."""
    before = verb.i - 1
    if before < 0:
        return None
    named = verb.doc[before]
    while named.dep_ in ("compound", "flat") and named.head.i > named.i:
        named = named.head
    while named.dep_ != "pobj" and named.head.i != named.i and named.head.right_edge.i == before:
        named = named.head  # the head of the phrase that ends before the participle
    if named.dep_ == "pobj" and named.head.lower_ == "with" and named.pos_ in ("NOUN", "PROPN"):
        return named
    return None


def _other_party_of_quote(verb: Token) -> Token | None:
    """For "saying" in "X quoted Y as saying" or "Y was quoted by X as saying": the party that
    ``_subject`` does not give, the one quoted (Y) when X quotes, the outlet (X) when Y is
    quoted."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_ != "quote":
        return None
    quote = verb.head.head
    if _is_passive(quote):
        return _agent(quote)
    return next((c for c in quote.children if c.dep_ == "dobj"), None)


def _prompted(verb: Token) -> Token | None:
    """ "prompting Finance Minister Satsuki Katayama to warn": the one prompted, who speaks.
    Only for the report verb itself: a participle hung on the prompted act ("urges the EU to
    pressure Tbilisi, claiming ...") is still the urger's."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _OBJECT_CONTROL:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _report_hung_on_content(verb: Token) -> Token | None:
    """The report a second report belongs to when the parser hung it on the first one's
    content: in "The IAEA said the plant had lost power, and warned that ...", "warned" is
    coordinated with "lost", but the IAEA warns, not the plant."""
    # stances read without their subjects: those would ask back here
    if verb.dep_ != "conj" or _verb_stance(verb, by_subject=False) is None:
        return None
    if _verb_stance(verb.head, by_subject=False) is not None and verb.head.dep_ != "ccomp":
        # "said ... and warned": the two reports share their subject; but in "Netanyahu's
        # office said Hamas had refused ... and warned that ...", the office warns
        return None
    above = verb.head
    if verb.tag_ in ("VBD", "VBZ") and above.dep_ == "xcomp" and above.tag_ == "VB":
        # "Moscow vowed to retaliate ... and accused Brussels of piracy": a past tense cannot
        # stand beside the infinitive, so it is coordinated with the vow
        vow = above.head
        return vow if vow.i < verb.i and _verb_stance(vow, by_subject=False) else None
    while _inside_content(above) and above.head.i != above.i:
        above = above.head
        if _verb_stance(above, by_subject=False) is not None:
            # a report that comes after ("Japan agreed ... and pledged ..., Trump said")
            # holds both verbs: the second shares the first one's subject
            return above if above.i < verb.i else None
    return None


def _told_apart(clause: Token) -> bool:
    """A clause coordinated after what a report says, with its own subject, set off by ", and"
    or ", but": the narrator's next statement ("said Trump would meet Putin on Aug. 15, and a
    contract on a ceasefire climbed to 24 cents"), unless a "that" carries the report on."""
    doc = clause.doc
    start = clause.left_edge.i
    return (
        clause.dep_ == "conj"
        and start >= 2
        and doc[start - 1].dep_ == "cc"
        and doc[start - 2].text == ","
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _inside_content(verb: Token) -> bool:
    """Whether a verb's clause can be part of what a report above it says: its complement, a
    verb coordinated with that, or a clause of its own within it ("if European countries
    started one"); not an infinitive of purpose ("committed to deploy troops")."""
    if verb.dep_ == "advcl":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "xcomp":  # "denied targeting civilians and blamed the army"
        return verb.tag_ == "VBG"
    if verb.dep_ == "acl" or verb.pos_ == "NOUN":
        # "denied Pakistan's claim that its air force had shot down a jet, and rejected ...":
        # what a claim says, and the claim denied
        return verb.head.lemma_.lower() in CHARGE_NOUNS or (
            verb.dep_ == "dobj" and verb.lemma_.lower() in CHARGE_NOUNS
        )
    return verb.dep_ in ("ccomp", "conj")


def _agent(verb: Token) -> Token | None:
    """Who a passive report is by; not a date the parser hangs on "by" ("expected price
    increases to fade by the first quarter of next year")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and not _a_time(grandchild):
                    return grandchild
    return None


_TIME_WORDS = {"quarter", "year", "month", "week", "end", "half", "day", "spring", "summer"}
_TIME_WORDS |= {"autumn", "fall", "winter", "midnight", "noon", "deadline", "date"}


def _a_time(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in _TIME_WORDS


_VOICES = {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy"}


def _phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without trailing appositions and clauses."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if (
            child.dep_ in ("compound", "flat", "nmod", "poss")
            or (child.dep_ == "prep" and child.text.lower() == "of")
            # "the Institute for the Study of War": a name that goes on with "for"
            or (
                child.dep_ == "prep"
                and child.text.lower() == "for"
                and token.pos_ == "PROPN"
                and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
            )
            # "a spokesman for Russia's Black Sea Fleet": whose voice he is
            or (
                child.dep_ == "prep"
                and child.text.lower() == "for"
                and token.lemma_.lower() in _VOICES
            )
        ):
            right = max(right, child.right_edge.i)
    return doc[left : right + 1]


def _before_narrated(doc: Doc, prep: Token, end: int) -> int:
    """``end`` cut before a finite verb the parser joins to the gerund a charge names: in
    "accused Hamas of killing two soldiers ... and launched strikes across Gaza" the strikes
    are the accuser's own act, told by the narrator."""
    joined = [
        t
        for t in prep.subtree
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VBG"
    ]
    return _before_joint(doc, prep.i, joined[0].left_edge.i) if joined else end


def _before_joint(doc: Doc, start: int, end: int) -> int:
    """``end`` moved back over the comma and "and"/"but" that join what follows it, no
    further than ``start``."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """The words from ``start`` to ``end`` without a reply to them ("..., a claim Kyiv denied")
    or the narrator's aside (", though ..."),
    a trailing hedge (", without providing evidence": kept in the claim's hedges) and trailing
    punctuation and quotes (a closing "%" is part of a number)."""
    while (
        0 < end < len(doc)
        and not doc[end - 1].whitespace_
        and "-" in (doc[end - 1].text, doc[end].text)
    ):
        # a word the tokenizer split at its hyphen, its parts hung apart ("refused to
        # pre-commit to a March move"): all of it, and what its last part governs
        end = max(end + 1, doc[end].right_edge.i + 1)
    if doc[start].lower_ == "citing":
        # "said, citing the judiciary, that ...": the source first, then what is said
        cited = [c.right_edge.i for c in doc[start].children if c.dep_ == "dobj"]
        start = max(cited, default=start) + 1
        while start < end and (doc[start].is_punct or doc[start].lower_ == "that"):
            start += 1
    reply = next(
        (
            t
            for t in doc[start:end]
            if _is_reply(t) or _is_sourcing(t) or _is_aside(t) or _is_label(t)
        ),
        None,
    )
    if reply is not None:
        end = reply.i - 1
        while end > start and doc[end].lower_ in ("a", "an", "the"):
            end -= 1

    def strip(end: int) -> int:
        while end > start and (
            (doc[end - 1].is_punct and doc[end - 1].text != "%")
            or doc[end - 1].is_space
            or doc[end - 1].text in ('"', "“", "”")
            or (doc[end - 1].dep_ == "cc" and end < len(doc) and not doc[end].is_punct)
        ):
            end -= 1
        return end

    end = strip(end)
    words = [t.lower_ for t in doc[start:end]]
    for hedge in (["without", "providing", "evidence"], ["without", "evidence"]):
        if words[-len(hedge) :] == hedge and end - len(hedge) - 1 > start:
            end = strip(end - len(hedge))
            break
    return doc[start:end] if end > start else None


def _described_as(verb: Token) -> Token | None:
    """What "what X described as ..." calls the thing: the words are X's, not the narrator's."""
    if verb.lemma_.lower() != "describe" or not any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children
    ):
        return None
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _infinitive_apart(child: Token, stance: Stance) -> bool:
    """ "threatened on Tuesday to resume attacks": a time between the verb and its infinitive
    makes the parser hang the infinitive as an adverbial clause; it is still what is
    threatened, promised or refused."""
    return (
        child.dep_ == "advcl"
        and stance in (Stance.THREATEN, Stance.PROMISE, Stance.REJECT)
        and any(c.tag_ == "TO" for c in child.children)
        and not any(c.dep_ == "mark" for c in child.children)  # "in order to", "so as to"
    )


def _content_hung_above(verb: Token) -> Token | None:
    """The "that" of a content the parser made the head of its own reporting verb: in "...,
    while the Russian defence ministry claimed, without providing evidence, that its troops
    had taken Kostiantynivka" the verb became an adverbial clause of "taken"; in "Russian war bloggers
    reported, without providing evidence, that Russian units had captured ..." the complement
    of "captured"."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "ccomp")
        or head.i <= verb.i
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "mark" and c.lower_ == "that" and verb.right_edge.i < c.i < head.i
        ),
        None,
    )


def _content_read_as_subject(verb: Token) -> Span | None:
    """ "Israel's security cabinet approved a plan ..., officials said", "• Kharkiv: two
    killed after a guided bomb hit a block, regional governor Oleh Syniehubov says": the parser
    made what is said a first subject of the report, set off from its speaker by a comma."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.dep_ != "ROOT" or len(subjects) < 2 or not after_comma(subjects[-1].left_edge):
        return None
    said = subjects[0]
    if not any(t.pos_ == "VERB" for t in said.subtree):
        return None  # "On Tuesday, the fourth anniversary, Germany said": no clause told
    return _trimmed(verb.doc, said.left_edge.i, subjects[-1].left_edge.i - 1)


def _stray_that_clause(verb: Token) -> Token | None:
    """A "that" clause the parser hung on a noun after a reporting verb that has no content of
    its own: in "had told Trump during a 90-minute phone call on Wednesday that Moscow was
    ready" the clause became a relative clause of "call", and in "said without evidence that
    foreign services were financing the protests" a clause of "evidence". A true relative
    clause has "that" as its subject or object, never as its subordinator. In "said after
    meeting Xi in Busan that he would cut the tariff" the clause became the complement of
    "meeting", a verb that reports nothing."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for t in prep.subtree:
            that = t.left_edge
            if (
                (
                    t.dep_ in ("relcl", "acl")
                    or (t.dep_ == "ccomp" and t.head.i != verb.i and _verb_stance(t.head) is None)
                )
                and that.lower_ == "that"
                and (
                    that.dep_ == "mark"
                    # "told reporters at the NATO summit that US strikes had set Iran's
                    # programme back": "that" read as the object of a verb with its own
                    or any(c.dep_ == that.dep_ and c.i != that.i for c in t.children)
                )
            ):
                return t
    return None


def _that_clause_misread(verb: Token, child: Token) -> bool:
    """A "that" clause the parser read as an adverbial one, mostly when an aside stands
    between it and the verb: "reported on Wednesday, without providing evidence, that
    saboteurs had blown up a pipeline", "said this week that Russia had until Friday"."""
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and _that_of(child) is not None
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    )


def _fronted_content_misread(verb: Token, child: Token) -> bool:
    """What a trailing report says, read as an adverbial clause of it when a phrase opens the
    sentence ("After weekend talks in Geneva, the United States and China agreed to slash
    tariffs ..., Scott Bessent told reporters"): a clause with no conjunction of its own
    before the report's comma and subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        child.dep_ == "advcl"
        and child.i < verb.i
        and subject is not None
        and child.right_edge.i < subject.left_edge.i
        and after_comma(subject.left_edge)
        and not any(c.dep_ == "mark" for c in child.children)
        and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
    )


def _past_the_date_said(verb: Token, clause: Token, start: int) -> int:
    """ "said on Wednesday it had boarded a ship": the day belongs to the saying, though the
    parser hangs it on the clause; the content starts after it."""
    first = verb.doc[start]
    if (
        start == verb.i + 1
        and first.dep_ == "prep"
        and first.head.i == clause.i
        and any(g.ent_type_ in ("DATE", "TIME") for g in first.children)
        and first.right_edge.i + 1 < clause.i
        and verb.doc[first.right_edge.i + 1].dep_ in ("nsubj", "nsubjpass", "det", "compound")
    ):
        return first.right_edge.i + 1
    return start


def _that_of(clause: Token) -> Token | None:
    """The "that" that opens a clause, however the parser labels it."""
    return next(
        (c for c in clause.lefts if c.lower_ == "that" and c.dep_ in ("mark", "advmod")), None
    )


_ONSETS = {"begin", "start", "take", "expire", "end", "lapse", "come"}


def _before_courts_act(doc: Doc, start: int, end: int) -> int:
    """ "ruled that the president had exceeded his powers, striking down the levies": the
    participle after the comma is what the court did, not what it held."""
    return next(
        (
            i
            for i in range(start + 1, end - 1)
            if doc[i].text == "," and doc[i + 1].tag_ == "VBG" and doc[i + 1].dep_ == "advcl"
        ),
        end,
    )


def _before_occasion(doc: Doc, start: int, end: int) -> int:
    """Where a threat, promise, charge or warning ends when what prompted it follows: "vowed
    to fight to the end after Washington raised tariffs", "accused Russia of targeting
    civilians after two missiles hit Sumy". The occasion is the narrator's, not part of what
    was said (in every gold set; a reported clause keeps its "after", as in "said jets were
    scrambled after drones entered its airspace")."""
    for token in doc[start + 1 : end]:
        if (
            token.lower_ in ("after", "following")
            and token.dep_ == "mark"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
            # "denied firing missiles after the truce took effect": when the act was done
            and token.head.lemma_.lower() not in _ONSETS
            and doc[token.i - 1].lower_ != "only"  # "would consider it only after": a condition
        ):
            cut = token.i
            while cut > start and doc[cut - 1].is_punct:
                cut -= 1
            return cut
    return end


_MISREAD = {"forecast", "estimate", "project"}


def _misread_report(token: Token) -> Token | None:
    """The clause of a report verb the tagger read as a noun heading the sentence: "Analysts
    at Goldman Sachs forecast that Brent would ...", "UK defence intelligence estimates that
    ...". A noun with a that-clause of its own and a name before it is the verb."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _MISREAD:
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        token.dep_ == "pobj"
        and following is not None
        and following.lower_ == "that"
        and following.dep_ == "mark"
        and following.head.dep_ in ("acl", "relcl")
    ):
        # "Analysts at UBS forecast that gold would reach $4,500": the verb read as the object
        # of "at", its clause as a clause of the analysts
        return following.head
    if token.dep_ != "ROOT" or not any(
        c.dep_ in ("nsubj", "compound") and c.i < token.i for c in token.children
    ):
        return None
    return next(
        (
            c
            for c in token.rights
            if c.dep_ in ("ccomp", "acl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _is_label_as(prep: Token) -> bool:
    """ "as a ploy", "as false": how a denier labels what it denies; not "as part of a
    settlement", which is part of what is rejected."""
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return prep.lower_ == "as" and (after is None or after.lower_ not in ("part", "well", "long"))


def _with_condition(verb: Token, end: int) -> int:
    """Where a content ending at ``end`` ends once the condition after it is counted in:
    "threatened to strike again unless the army disarmed them", "warned of further
    consequences if Hamas did not accept": the parser hangs the condition on the reporting
    verb, but it belongs to what is said (every gold set counts it in)."""
    doc = verb.doc
    for clause in verb.rights:
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i >= end
            and all(t.is_punct for t in doc[end : clause.left_edge.i])
            and any(m.lower_ in ("if", "unless") for m in clause.children)
        ):
            end = clause.right_edge.i + 1
    return end


def _further_content(verb: Token, content: Token) -> Token | None:
    """A second "that" clause joined to the reporting verb after its content, with no report of
    its own: the parser hangs "and that Y" beside "said", not inside "X"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.i > content.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            and _verb_stance(c) is None
        ),
        None,
    )


def _joined_after_object(verb: Token, clause: Token) -> bool:
    """A clause the parser hung on a reporting verb that already has its object, though "and"
    joins it to the sentence: the narrator's next statement, not more of the report."""
    before = clause.left_edge.i - 1
    return (
        before > verb.i
        and verb.doc[before].lower_ in ("and", "but")
        and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)
    )


def _blamed_after(verb: Token, clause: Token) -> bool:
    """The narrator's clause the parser hung on a later "blamed X", joined to it by "and":
    what happened, told first; the blame names its own object."""
    doc = verb.doc
    return (
        verb.lemma_.lower() == "blame"
        and clause.right_edge.i < verb.i
        and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
        and any(doc[k].lower_ in ("and", "but") for k in range(clause.right_edge.i + 1, verb.i))
    )


def _content(verb: Token, stance: Stance) -> Span | None:
    doc = verb.doc
    described = _described_as(verb)
    if described is not None:
        return _trimmed(doc, described.left_edge.i, described.right_edge.i + 1)
    misread = _misread_report(verb)
    if misread is not None:
        start = misread.left_edge.i
        while doc[start].dep_ == "mark":
            start += 1
        return _trimmed(doc, start, misread.right_edge.i + 1)
    told = _said_to_listener_misread(verb)
    if told is not None:
        return _trimmed(doc, told.left_edge.i, _with_condition(verb, told.right_edge.i + 1))
    declared = verb.lemma_.lower() == "declare"
    children = list(verb.children)
    if _speaker_hung_before(verb) is not None or any(
        c.dep_ == "ccomp" and c.i > verb.i and _own_clause_said(c) for c in children
    ):
        # what is said is the clause after: "Modi held talks with Xi on Sunday, and Indian
        # officials said the two had agreed to ...", where the parser hangs the narrator's
        # clause before on the report too
        children.sort(key=lambda c: c.i < verb.i)
    for dep in ("ccomp", "xcomp"):
        for child in children:
            if declared and (dep == "xcomp" or child.tag_ == "VBG"):
                continue  # "declared a 32-hour truce starting on Saturday": the act, no report
            if dep == "ccomp" and child.dep_ == dep and not any(True for _ in child.children):
                continue  # a bare verb the parser hung far off ("... pipeline resumed")
            if dep == "ccomp" and child.dep_ == dep and _joined_after_object(verb, child):
                continue  # "threatened a 100% tariff ..., and $2 trillion was wiped off stocks"
            if dep == "ccomp" and child.dep_ == dep and _blamed_after(verb, child):
                continue  # "Drones struck Port Sudan's airport ..., and the army blamed the RSF"
            if (
                child.dep_ == dep
                or (dep == "xcomp" and _infinitive_apart(child, stance))
                or (dep == "ccomp" and _that_clause_misread(verb, child))
                or (dep == "ccomp" and _fronted_content_misread(verb, child))
            ):
                start, end = child.left_edge.i, child.right_edge.i + 1
                that = _that_of(child) if dep == "ccomp" and child.dep_ == "advcl" else None
                if that is not None:
                    # a misread "that" clause: from its "that", past an aside the parser
                    # gave it ("citing unverified footage, that ...")
                    start = that.i + 1
                start = _past_the_date_said(verb, child, start)
                while start < end and (
                    doc[start].dep_ == "mark"
                    or (dep == "xcomp" and doc[start].tag_ == "TO")  # "vowed to keep ..."
                    or doc[start].is_punct
                    or doc[start].is_space
                    or doc[start].text in "\"“”'"
                ):
                    start += 1
                if dep == "xcomp" or _verb_stance(child) is not None:
                    # "vowed to retaliate after ...", "said it expected blackouts after ..."
                    end = _before_occasion(doc, start, end)
                end = _with_condition(verb, end)
                if verb.lemma_.lower() in ("rule", "find"):
                    end = _before_courts_act(doc, start, end)
                further = _further_content(verb, child)
                if further is not None:
                    # "said Russia had launched 81 drones, and that air defences had downed
                    # 54": one report of two things
                    end = max(end, further.right_edge.i + 1)
                hung = [
                    c
                    for c in child.children
                    if c.i > child.i
                    and (_report_hung_on_content(c) or (child.i > verb.i and _told_apart(c)))
                ]
                if hung:
                    # "said famine had spread, and estimated that ...": the second report is
                    # not part of the first one's content
                    end = _before_joint(doc, start, hung[0].left_edge.i)
                content = _trimmed(doc, start, end)
                if content is not None and start >= verb.sent.start:
                    return content
    shown = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() == "show" and shown is not None:
        # "polls show RN and the centre bloc within 2pp", "with polls showing the opposition
        # ahead by 5 points": what a record shows, small clause and all, up to a clause of
        # its own ("..., and Orban warned that ...")
        end = min(
            [verb.right_edge.i + 1]
            + [
                c.left_edge.i
                for c in verb.rights
                if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ]
        )
        return _trimmed(doc, shown.left_edge.i, _before_joint(doc, shown.i + 1, end))
    judged = next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in CHARGE_NOUNS
        ),
        None,
    )
    if stance.disputes and judged is not None:
        # "dismissed as false Moscow's claim that ...", the parser hanging the claim on "as":
        # the claim itself, without the label before it
        told = next((c for c in judged.children if c.dep_ == "ccomp"), None)
        if judged.pos_ in ("VERB", "AUX") and told is not None:
            # "as fabrication reports that ...", "reports" read as a verb: what it reports,
            # which the misread verb also gives as a claim of its own
            start = told.left_edge.i
            while doc[start].dep_ == "mark":
                start += 1
            return _trimmed(doc, start, told.right_edge.i + 1)
        start = judged.left_edge.i
        while start < judged.i and (
            doc[start].pos_ == "ADJ" or doc[start].lemma_.lower() in _LABEL_NOUNS
        ):
            start += 1  # "as false Moscow's claim", "as fabrication reports that"

        return _trimmed(doc, start, judged.right_edge.i + 1)
    stray = _stray_that_clause(verb)
    if stray is not None:
        return _trimmed(doc, stray.left_edge.i + 1, stray.right_edge.i + 1)
    above = _content_hung_above(verb)
    if above is not None:
        return _trimmed(doc, above.i + 1, above.head.right_edge.i + 1)
    told_as_subject = _content_read_as_subject(verb)
    if told_as_subject is not None:
        return told_as_subject
    said_done = verb.lemma_.lower() != "announce" or verb.tag_ == "VBD"  # not "to announce"
    if (
        stance is Stance.ASSERT
        and verb.lemma_.lower() in ("claim", "report", "announce", "confirm")
        and said_done
    ):
        # "claimed the sinking of a tanker", "reported fresh drone attacks", "announced a
        # unilateral 72-hour ceasefire", "confirmed the attacks", "claimed responsibility for
        # the attack": the event
        # named is what is said; "claimed victory", "claimed 30 lives" or "reported earnings"
        # are not reports of an event
        for obj in verb.children:
            if obj.dep_ == "dobj" and (
                trigger_type(obj) is not None
                or (
                    obj.lemma_.lower() == "responsibility"
                    and any(c.lower_ == "for" for c in obj.children)
                )
            ):
                return _trimmed(doc, obj.left_edge.i, obj.right_edge.i + 1)
    root = verb.sent.root
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # hung beside the clause it reports, whatever the parser made the root ("... have
        # until midnight on Sunday to respond, the State Department said, warning that ...")
        root = verb.head
    elif verb.dep_ == "parataxis":
        # hung on a clause after it, beside the one it reports: "North Korea fired two
        # missiles on Tuesday, the Joint Chiefs of Staff said, hours before US forces were due
        # to begin an exercise" (the parser's root is "were")
        root = next(
            (
                c
                for c in verb.head.children
                if c.dep_ in ("ccomp", "advcl", "conj")
                and c.pos_ == "VERB"
                and c.right_edge.i < verb.left_edge.i
            ),
            root,
        )
    trailing = None
    if (
        (
            verb.dep_ == "parataxis"
            # or hung under the last clause's verb as its complement: "... and the
            # unemployment rate ticked up to 4.2%, the Bureau of Labor Statistics reported"
            or _report_hung_below(verb)
            # or hung under the last clause as an adverbial one: "... after talks mediated by
            # Qatar, Qatar's foreign ministry said on Sunday"
            or (trailing := _trailing_in_adverbial(verb)) is not None
            # or read as a modifier of its speaker: "..., a local committee reported on Monday"
            or (trailing := _report_read_as_modifier(verb)) is not None
            # or as a relative clause of the noun before it: "..., the ministry said, but ..."
            or _report_read_as_relative(verb)
            # or as the next verb of the clause it reports: "... killed at least 74 people and
            # wounded 171, the Houthis claimed, a toll that could not be verified"
            or _report_read_as_conjunct(verb)
        )
        and stance in (Stance.ASSERT, Stance.ASSESS)  # ("..., the military estimated")
        and root.i < verb.i
        and root.left_edge.i < verb.left_edge.i
    ):
        # a trailing report the parser hung beside the sentence, not above it: "Two ships were
        # hit near Izmail, the navy said, while ...", "US strike kills 3, Hegseth says, ..."
        return _trimmed(doc, root.left_edge.i, (trailing or verb).left_edge.i)
    if stance in (
        Stance.DENY,
        Stance.REJECT,
        Stance.ACCUSE,
        Stance.ASSESS,
        Stance.PROMISE,
        Stance.THREATEN,
        Stance.WARN,
        Stance.PREDICT,
    ):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")] or [
            # "dismissed as fabricated the accusations that ...": the parser hangs the object
            # on the judgement
            g
            for c in verb.children
            if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children if m.dep_ == "mark")
            for g in c.children
            if g.dep_ == "dobj"
        ]
        if objects:
            obj = objects[0]
            end = obj.right_edge.i + 1
            for child in verb.children:  # "accused Kyiv of launching ...", "warned of a strike"
                if (
                    child.dep_ == "prep"
                    and child.i > obj.i
                    and not (
                        # "dismissed the Russian claim as a deliberate distraction": the label
                        # is the denier's word for it, not what was said
                        stance.disputes and _is_label_as(child)
                    )
                ):
                    end = max(end, _before_narrated(doc, child, child.right_edge.i + 1))
            if stance.disputes:  # or hung on the object: "rejected the announcement as a ploy"
                label = next((c for c in obj.rights if c.dep_ == "prep" and _is_label_as(c)), None)
                end = label.i if label is not None else end
            end = _before_occasion(doc, obj.left_edge.i, end)
            return _trimmed(doc, obj.left_edge.i, _with_condition(verb, end))
        preps = [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.text.lower() in ("of", "against", "about")
        ]
        if preps:
            prep = preps[0]
            if prep.right_edge.i == prep.i:
                return None
            end = _before_occasion(doc, prep.i + 1, prep.right_edge.i + 1)
            return doc[prep.i + 1 : _with_condition(verb, end)]
        # "ruled out sending more troops": the parser often hangs the gerund object on the
        # verb as an adverbial clause; one that follows the verb at once is its object
        particle = 1 + sum(1 for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)
        for child in verb.children:
            if (
                child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and child.i == verb.i + particle
                and not any(g.dep_ == "mark" for g in child.children)
            ):
                return doc[child.i : child.right_edge.i + 1]
    return None


def _refine_stance(verb: Token, stance: Stance, content: str) -> Stance:
    lemma = verb.lemma_.lower()
    if lemma == "vow":
        return Stance.THREATEN if _RETALIATION.search(content) else Stance.PROMISE
    if stance is Stance.ASSERT:
        if _DENIAL_CONTENT.search(content) and re.search(
            r"\b(claim|report|allegation|accusation|story|attack|account)\w*", content, re.I
        ):
            return Stance.DENY
    return stance


def _verb_stance(token: Token, by_subject: bool = True) -> Stance | None:
    """The stance of a reporting verb, or None. Without ``by_subject`` the verbs whose stance
    depends on their subject ("data showed", "the shipment suggests") count as reports."""
    lemma = token.lemma_.lower()
    if _misread_report(token) is not None:
        return STANCE_VERBS[lemma]
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and lemma in ("fear",)):
        return None
    if lemma == "fear" and token.pos_ == "NOUN" and token.head.lower_ == "for":
        return None  # "rejected the request for fear of escalation": a motive, not a report
    if token.lower_ == "warning" and token.i + 1 < len(token.doc):
        if token.doc[token.i + 1].lemma_.lower() == "shot":
            return None  # "withdrew after warning shots"
    if lemma == "vow":
        return Stance.PROMISE
    if lemma == "call":
        rest = token.doc[token.i : token.sent.end]
        # "called Moscow's claim that Kyiv had attacked ... a lie": the label comes after the
        # whole charge, however long
        charged = any(t.lemma_.lower() in _CHARGES for t in rest[:6])
        if _CALL_DENIAL.search(rest.text if charged else rest.text[:80]):
            return Stance.DENY
        return None
    if lemma in ("consider", "weigh") and token.tag_ == "VBG":
        return None  # "was considering strikes": deliberating over an act, not judging
    if lemma == "expect" and token.tag_ == "VBN" and _agent(token) is None:
        if not any(c.dep_ == "auxpass" for c in token.children):
            return None  # "a decision expected on Friday": a date, no forecast
        if any(a.pos_ == "VERB" and _verb_stance(a) is not None for a in token.ancestors):
            return None  # "said ... that no agreement was expected to be signed": the report's
    if lemma == "suspect" and token.dep_ == "acl" and _agent(token) is None:
        return None  # "a cargo ship suspected of severing a cable": what the ship is held for
    if lemma == "commit" and by_subject and (subject := _subject(token)):
        if subject.lemma_.lower() in _DOCUMENTS or (
            subject.tag_ in ("WDT", "WP") and token.head.lemma_.lower() in _DOCUMENTS
        ):
            return None  # "a peace agreement that commits Rwanda to withdraw": its terms
    if lemma in ("suggest", "indicate") and by_subject and (subject := _subject(token)):
        if trigger_type(subject) is not None:
            return None  # "the shipment suggests factories are running flat out": evidence
    if lemma == "show":
        if not by_subject:
            return Stance.ASSERT
        # "trade ministry data showed ...", "satellite images show ...": records report
        subject = _subject(token)
        return Stance.ASSERT if subject is not None and subject.lemma_.lower() in _RECORDS else None
    if lemma == "rule" and any(c.text.lower() == "out" for c in token.children):
        return Stance.REJECT
    if lemma in ("rule", "find") and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    ):
        # "a federal appeals court ruled that most of the tariffs were illegal", "upheld the
        # order, finding that the president had exaggerated the threat": what a court holds
        return Stance.ASSERT
    if lemma == "bet" and any(c.dep_ == "ccomp" for c in token.children):
        return Stance.PREDICT  # "traders are betting that Israel and Hezbollah will agree"
    if lemma == "put" and by_subject and _odds_put_by_analysts(token):
        return Stance.ASSESS  # "our analysts put the chance of a runoff at 85%"
    if lemma == "see":
        # "a minority see a risk of rates staying on hold", "traders see a 78% chance that":
        # a judgement of odds; "saw heavy fighting" is no report
        odds = any(c.dep_ == "dobj" and c.lemma_.lower() in _ODDS for c in token.children)
        return Stance.ASSESS if odds else None
    if lemma == "describe":
        # "despite what officials described as massive Russian interference"
        return Stance.ASSERT if _described_as(token) is not None else None
    if lemma == "understand":
        # "It is understood that ...": an agentless report (speaker ""), as the guidelines
        # say; "officials understand the risks" is no report
        return (
            Stance.ASSERT
            if token.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)
            else None
        )
    if lemma in _OTHER_SENSES and _in_another_sense(token, lemma):
        return None
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")), None)
    if (lemma, particle) in _DISMISSALS:
        return Stance.DENY  # "brushed aside reports that ...", "played down the risk"
    return STANCE_VERBS.get(lemma)


# Who prices odds rather than judges them: a market's price is no one's claim
_MARKET_VOICES = {"trader", "market", "kalshi", "polymarket", "metaculus", "manifold", "predictit"}
_MARKET_VOICES |= {"future", "swap", "fedwatch", "bettor", "bookmaker", "forecaster", "contract"}
_MARKET_VOICES |= {"datum", "data", "pricing"}


def _odds_put_by_analysts(verb: Token) -> bool:
    """ "Analysts at Eurasia Group put the odds of a new framework at 30% to 35%": a judgement
    of odds; "Polymarket traders put the odds ... at 18%" is a market's price (of 30 such
    lines in the gold sets, authors mark the analysts' and the desks' and none of the
    markets')."""
    subject = _subject(verb)
    return (
        subject is not None
        and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _ODDS or c.lower_ in _ODDS)
            for c in verb.children
        )
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.subtree)
        and not any(
            w.lemma_.lower() in _MARKET_VOICES or w.lower_ in _MARKET_VOICES
            for w in subject.subtree
        )
    )


_OTHER_SENSES = {"commit", "dismiss", "conclude", "threaten"}
_ODDS = {"chance", "risk", "probability", "odds", "likelihood", "possibility", "room", "scope"}


def _in_another_sense(verb: Token, lemma: str) -> bool:
    """A reporting verb that, with this object, reports nothing."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "dismisses all of his cabinet ministers": the ministers are the object
    objects += [g for o in objects for c in o.children if c.lower_ == "of" for g in c.children]
    words = {o.lemma_.lower() for o in objects}
    if lemma == "commit":
        # "language that commits members to accession" binds others; "committing war
        # crimes" does them; "committed to a truce" promises
        return bool(words & (_BOUND_PARTIES | _OFFENCES))
    if lemma == "dismiss":
        # "parliament dismissed the energy minister", "dismisses Zaluzhnyi from the post of
        # commander-in-chief": a sacking, not a denial
        removed_from = {
            g.lemma_.lower()
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj"
        }
        return (
            bool(words & _OFFICES)
            or any(o.ent_type_ == "PERSON" for o in objects)
            or bool(removed_from & _POSTS)
        )
    if lemma == "conclude":
        # "concluding all proceedings" ends them; "concluded that ..." judges
        return bool(objects) and not any(c.dep_ == "ccomp" for c in verb.children)
    return endangers(verb)


_ACTS_TOLD_AHEAD = {"consider", "guarantee", "assure", "weigh"}


def _withheld(verb: Token) -> bool:
    """A report not made: "Lavrov did not say whether Putin was there", "a claim New Delhi did
    not confirm", "declined to say where", "neither leader announced a ceasefire", one only
    supposed ("if Kyiv refused to withdraw"): no one asserted the content."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (
        subject.lower_ in ("nobody", "none", "neither")
        or any(
            c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no") for c in subject.children
        )
    ):
        return True
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    ):
        return True  # "if Kyiv refused to withdraw", "unless the bloc guaranteed": not yet made
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REQUESTS:
        return True  # "asked Trump to consider a period of 30 to 50 years": only asked
    if verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSURES for c in verb.children
    ):
        return True  # "a figure the exchange declined to confirm": no rejection either
    if verb.dep_ == "pcomp" and verb.head.lower_ == "against":
        return True  # "cautioned against expecting a breakthrough": nobody expects it
    if (
        verb.lemma_.lower() in ("consider", "deem", "regard")
        and any(c.dep_ == "auxpass" for c in verb.children)
        and _agent(verb) is None
        and any(
            c.dep_ == "aux" and c.lower_ in ("should", "must", "will", "would")
            for c in verb.children
        )
    ):
        return True  # "the airspace should be considered closed in its entirety": a ruling
    if (
        verb.tag_ == "VB"
        and verb.dep_ in ("acl", "relcl")
        and verb.head.pos_ == "NOUN"
        and any(c.tag_ == "TO" for c in verb.children)
    ):
        return True  # "a mechanism to assess members' production capacity": what it is for
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in ("for", "of")
        and verb.head.head.pos_ == "NOUN"
        and not any(c.dep_ in ("nsubj", "ccomp") for c in verb.children)
    ):
        return True  # "a mechanism for reporting violations": what the thing is for
    if (
        verb.lemma_.lower() in _ACTS_TOLD_AHEAD
        and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may")
            for c in verb.children
        )
        and not any(c.dep_ == "ccomp" for c in verb.children)
        and _verb_stance(verb.head) is not None
    ):
        # "said Russia would consider a 30-day ceasefire", "said Turkey could guarantee the
        # security of shipping": what the one reported on would do, inside the report
        return True
    if (
        verb.lemma_.lower() == "tell"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in verb.children
        )
    ):
        return True  # "agencies had been told to prepare for a lapse": an order, no report
    if verb.lemma_.lower() in _CHALLENGES and any(c.dep_ == "neg" for c in verb.children):
        return True  # "a claim the paramilitary group did not immediately dispute": no denial
    if verb.lemma_.lower() not in _DISCLOSURES:
        return False
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")
    )


_POSTS = {"post", "position", "job", "office", "role", "duty", "cabinet", "government", "command"}
_DISCLOSURES = {"say", "tell", "confirm", "specify", "disclose", "reveal", "comment", "explain"}
_CHALLENGES = {"dispute", "deny", "contest", "challenge", "refute"}
_OFFICES = {
    "minister", "official", "chief", "head", "commander", "general", "director", "judge",
    "prosecutor", "governor", "ambassador", "coach", "manager", "secretary", "cabinet",
}  # fmt: skip
_OFFENCES = {
    "crime", "act", "atrocity", "genocide", "violation", "abuse", "fraud", "murder",
    "massacre", "offence", "offense", "error", "mistake", "suicide", "attack", "assault",
    "laundering", "treason", "terrorism", "espionage", "sabotage", "robbery", "theft",
}  # fmt: skip
_BOUND_PARTIES = {"member", "country", "state", "ally", "government", "nation", "signatory"}
_RECORDS = {
    "data",
    "price",  # "Kalshi prices show"
    "datum",
    "figure",
    "survey",
    "poll",
    "statistic",
    "record",
    "document",
    "image",
    "footage",
    "video",
    "study",
    "analysis",
    "tally",
    "count",
    "result",  # "official results showed"
}
_DISMISSALS = {("brush", "aside"), ("shrug", "off"), ("play", "down"), ("wave", "away")}


def find_claims(doc: Doc, gazetteer: Gazetteer) -> list[FoundClaim]:
    """Every attributed claim in a parsed document."""
    resolver = SpeakerResolver(gazetteer)
    claims: list[FoundClaim] = []
    previous: Span | None = None
    for sent in doc.sents:
        hedges = [
            Hedge(sent.start_char + m.start(), m.group(0).lower())
            for m in _HEDGE_RE.finditer(sent.text)
        ]
        claims.extend(_according_to(sent, resolver, hedges))
        claims.extend(_sourced_after_a_dash(sent, resolver, hedges))
        for token in sent:
            stance = _verb_stance(token)
            if stance is None or _withheld(token) or _charge_read_as_verb(token):
                continue
            charge = _charge_answered(token)
            if charge is not None:
                claims.extend(
                    _denial_of_charge(token, charge, stance, claims, sent, resolver, hedges)
                )
                continue
            content = _content(token, stance)
            if content is None and token.lemma_.lower() == "call":
                content = doc[token.i + 1 : token.right_edge.i + 1]
            if content is not None and token.lemma_.lower() == "call":
                content = _without_trailing_label(content)
            if (
                content is not None
                and content.start < token.i < content.end
                and doc[content.start].tag_ in ("WDT", "WP")
            ):
                # "the material, which Moscow says shows the route": what is said follows the
                # verb; the relative pronoun and the speaker before it are not content
                content = doc[token.i + 1 : content.end]
            if content is None or not content.text.strip():
                continue
            # "Hungary was accused by the Commission": the agent of a passive report speaks
            subject = _agent(token) or _prompted(token) or _subject(token)
            if (
                subject is not None
                and subject.tag_ in ("WP", "WDT")
                and token.dep_ == "relcl"
                and token.head.pos_ in ("NOUN", "PROPN")
            ):
                who = subject.lower_ == "who"
                subject = token.head  # "sources familiar with the talks, who said ..."
                while (
                    who
                    and subject.dep_ == "pobj"
                    and subject.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
                    and subject.head.head.pos_ in ("NOUN", "PROPN")
                    and trigger_type(subject.head.head) is None  # not "talks with ..., who"
                ):
                    # "Daniel Ortiz, a partner at Meridian Macro, who estimated": a person, not
                    # the firm named after "at"
                    subject = subject.head.head
                if who and subject.dep_ == "appos":
                    subject = subject.head
            governing = _governing_claim(token, claims, sent)
            if _agentless_passive(token) or (
                # "said it had detained 3 suspects accused of ...": the one who says it accuses
                _reduced_passive(token)
                and _holding_claim(token, claims) is None
                and not _name_read_as_sentence(token)
            ):
                # "The framework is said to require ...", "after being accused of ...":
                # nobody is named as the source, whoever else speaks in the sentence
                speaker, speaker_id = "", ""
            elif governing is not None:
                # "denied that ..., saying the aircraft had returned": the denier says it
                speaker, speaker_id = governing.speaker, governing.speaker_id
            elif (
                subject is not None
                and subject.lower_ == "it"
                and (outer := _reporting_above(token, claims)) is not None
            ):
                # "OPEC+ said it expected demand to strengthen": the same speaker
                speaker, speaker_id = outer.speaker, outer.speaker_id
            elif (
                subject is not None
                and subject.lower_ == "it"
                and token.dep_ == "relcl"
                and (main := _main_subject_for(subject)) is not None
            ):
                # "sanctions on 14 individuals it said laundered money": the body the
                # sentence is about, not an "it" of "it was reported"
                speaker, speaker_id = resolver.resolve(_phrase(main))
            elif (
                subject is not None
                and subject.lower_ == "it"
                and subject.i == sent.start
                and not _is_passive(token)
                and resolver.last_body is not None
            ):
                # "The Bank of England kept rates at 4%. It said ...": the bank says it
                speaker, speaker_id = resolver.resolve(subject.doc[subject.i : subject.i + 1])
            elif (
                subject is not None
                and subject.lower_ == "it"
                and not _is_passive(token)
                and (earlier_told := [c for c in _said_in(sent, claims) if c.speaker])
            ):
                # "..., the Labor Department said on Friday, though it warned that ...": the
                # body that spoke before it in the sentence
                speaker, speaker_id = earlier_told[-1].speaker, earlier_told[-1].speaker_id
            elif subject is not None and subject.lower_ in ("it",) and token.dep_ != "conj":
                speaker, speaker_id = "", ""  # "It was reported that ..."
            elif subject is None and (holder := _holding_claim(token, claims)) is not None:
                # "Hezbollah said it reserved the right to respond and accused Israel ...",
                # the parser hanging "accused" inside what Hezbollah said
                speaker, speaker_id = holder.speaker, holder.speaker_id
            elif subject is None:
                speaker, speaker_id = "", ""
            else:
                # "Ukraine's chief negotiator Rustem Umerov said": the name, not the title; but
                # "Hadi al-Bahra, President of the Coalition, said": the name is the subject
                named = next(
                    (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                )
                if named is not None and subject.ent_type_ == "PERSON":
                    named = None
                earlier = [c for c in _said_in(sent, claims) if c.speaker]
                # "Zelenskyy meets Trump for talks he says could settle ...", "lawmakers called
                # for strikes on what they described as ...": the sentence's own subject
                main = None if named or earlier else _main_subject_for(subject)
                speaker, speaker_id = resolver.resolve(_phrase(main or named or subject))
                if speaker.lower() in _PRONOUN_SPEAKERS and earlier:
                    # "Beijing warned ... and [it] said", "he cautioned": the sentence's speaker
                    speaker, speaker_id = earlier[-1].speaker, earlier[-1].speaker_id
            trailing = _trailing_speaker(token)
            if subject is not None and trailing is not None and subject.i == trailing.i:
                # the trailing speaker inside what it says: cut at the comma before it
                content = doc[content.start : max(content.start, subject.left_edge.i - 1)]
            if (len(content) == 1 and content[0].pos_ == "PRON") or (
                _is_label(token) and _said_in(sent, claims)
            ):
                # "denied that ..., calling the reports a fabrication": the label names the
                # claim already found (no gold set counts it again)
                continue
            reported = (
                (_reported_claim(content) or _charge_beside_content(token, content))
                if stance.disputes
                else None
            )
            source_claim = None
            if reported is not None:
                # "rejected Saudi accusations that it had armed the separatists": the UAE
                # rejects what Saudi said, and Saudi's accusation is a claim of its own
                inner, source, source_stance = reported
                if token.lemma_.lower() == "call":
                    inner = _before_label(inner)
                # with no owner named, the report itself speaks ("denied reports that ...",
                # "a report that ..."), as most authors name it; no identity
                src_speaker, src_id = (
                    resolver.resolve(source)
                    if source is not None
                    else (content.doc[content.start : content.root.i + 1].text, "")
                )
                source_claim = _claim(
                    sent, (src_speaker, src_id), source_stance, inner, content.root, hedges
                )
                content = inner
            citing = _citing(token, sent)
            nested = any(_verb_stance(t) is not None for t in content)
            final = stance if nested else _refine_stance(token, stance, content.text)
            claims.append(_claim(sent, (speaker, speaker_id), final, content, token, hedges))
            other = _other_party_of_quote(token)
            if other is not None:
                # "state media quoted Dmitriev as saying ...": both the outlet and the one it
                # quotes say it (every gold set gives both), the outlet through "quoted" and
                # first, as it publishes what it quotes
                who, quote = resolver.resolve(_phrase(other)), token.head.head
                outlet_first = len(claims) - 1 if _is_passive(quote) else len(claims)
                claims.insert(outlet_first, _claim(sent, who, final, content, quote, hedges))
            if citing is not None and stance is Stance.ASSERT:
                source = next((c for c in citing.children if c.dep_ == "dobj"), None)
                # "citing security concerns", "citing reasons such as ...": grounds, not a source
                if source is not None and _cites_a_source(source):
                    # "..., citing people familiar with the bank's thinking": they say it too
                    claims.append(
                        _claim(
                            sent,
                            resolver.resolve(doc[source.left_edge.i : source.right_edge.i + 1]),
                            stance,
                            content,
                            citing,
                            hedges,
                        )
                    )
            if source_claim is not None:
                claims.append(source_claim)
        label = _headline_speaker(previous) if previous is not None else None
        if label is not None and _is_place(label, resolver.gazetteer):
            label = None  # "• Sahel: ...", a live blog's heading by region
        if label is not None and _acts_told(sent):
            label = None  # "• RBA: cut 25 bps to 3.60%": what the heading's body did
        if label is not None and not _said_in(sent, claims):
            # "Waller: further cuts likely by year-end": a headline's words are its speaker's
            content = _trimmed(doc, sent.start, sent.end)
            if content is not None:
                whole = doc[previous.start : sent.end]  # type: ignore[union-attr]
                who = resolver.resolve(label)
                claims.append(_claim(whole, who, Stance.ASSERT, content, label[-1].nbor(), hedges))
        resolver.observe(sent)
        previous = sent
    return [c for c in claims if not _forecast_held_by_a_report(c, claims, doc)]


def _forecast_held_by_a_report(claim: FoundClaim, claims: list[FoundClaim], doc: Doc) -> bool:
    """An agentless "is expected to" inside what a named source says ("The EU is expected to
    adopt the package, diplomats said", "..., according to a Reuters poll"): the source's
    forecast, no second claim. Alone ("The Fed is widely expected to hold") it is one, with
    no speaker, as eight of twelve authors mark it."""
    verb = doc[claim.verb_index]
    if claim.speaker or verb.lemma_.lower() != "expect" or verb.tag_ != "VBN":
        return False
    return any(
        other is not claim and other.speaker and other.content_start <= verb.idx < other.content_end
        for other in claims
    )


def _said_in(sent: Span, claims: list[FoundClaim]) -> list[FoundClaim]:
    """The claims already found in ``sent``."""
    return [c for c in claims if c.sentence_start == sent.start_char]


_TIME_ZONES = {"GMT", "UTC", "CET", "CEST", "EET", "EEST", "BST", "ET", "EST", "EDT", "MSK"}


def _is_place(name: Span, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(name.text)
    return entry is not None and entry.label in ("GPE", "LOC", "FAC")


def _acts_told(sent: Span) -> bool:
    """A bullet's body that opens on a past verb with no subject ("cut 25 bps to 3.60%",
    "held at 0.75% on Tuesday"): the heading's doer acted; nobody is quoted."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return (
        first is not None
        and first.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    )


def _headline_speaker(sent: Span) -> Span | None:
    """The name heading a headline ("Christine Lagarde:", "Fed's Powell:"), when a sentence is
    only a person's name and a colon; a place ("Sumy:") or a topic ("Tariffs:") is no
    speaker."""
    words: list[Token] = []
    for t in sent:  # stops at the fifth word: nearly every sentence is no headline
        if not (t.is_space or t.text in ("•", "-", "*")):
            words.append(t)
            if len(words) > 4:
                return None
    if len(words) < 2 or words[-1].text != ":":
        return None
    name = sent.doc[words[0].i : words[-1].i]
    if name[-1].text.upper() in _TIME_ZONES:
        return None  # "09:40 GMT:", a live blog's time stamp
    # "Lagarde:", "Fed's Powell:": a person named last before the colon
    person = next(
        (e for e in entities_in(sent) if e.label_ == "PERSON" and e.end == name.end), None
    )
    if person is not None:
        return person
    if name.text.isupper():
        return None  # "KOREA:", "FED WATCH:": a section's heading in capitals
    if len(name) == 1 and name[0].tag_ == "NNPS":
        return None  # "- Trucks: Section 232 duty stays at 25%": a capitalised plural, a topic
    return name if all(t.pos_ == "PROPN" and not t.ent_type_ for t in name) else None


# Who or what a report can cite as its source ("citing US officials", "citing the judiciary");
# anything else cited is a ground ("citing a cooling labour market", "citing price gouging").
_SOURCES = {
    "people", "person", "official", "source", "judiciary", "ministry", "report", "document",
    "data", "diplomat", "analyst", "officer", "aide", "spokesman", "spokeswoman", "agency",
    "spokesperson", "statement", "survey", "poll", "study", "intelligence", "media", "witness",
    "newspaper", "outlet", "government", "police", "authority", "resident", "envoy", "insider",
    "minister", "commander", "military", "army", "executive", "lawyer", "investigator",
}  # fmt: skip


def _cites_a_source(cited: Token) -> bool:
    return cited.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or cited.lemma_.lower() in _SOURCES


# Nouns that stand for an earlier claim: "..., a charge New Delhi dismissed as baseless".
CHARGE_NOUNS = _CHARGES | {"version"}
_ACCUSATIONS = {"accusation", "allegation", "charge"}
CHARGE_NOUNS |= {"toll", "figure"}  # "..., a toll Israel has dismissed as false"
CHARGE_NOUNS |= {"criticism"}  # "rejecting UN criticism that its hubs were unsafe"
CHARGE_NOUNS |= {"statement"}  # "..., a statement the army dismissed as false"
CHARGE_NOUNS |= {"violation"}  # "... had entered its airspace, a violation Moscow denied"


_PRONOUN_SPEAKERS = {"he", "she", "it", "they", "we"}
_PARTICIPLES = {"advcl", "conj", "xcomp", "acl"}


def _governing_claim(verb: Token, claims: list[FoundClaim], sent: Span) -> FoundClaim | None:
    """For a participle ("saying", "adding", "dismissing"), the claim whose verb governs it;
    or the report that ends at the comma before it, where the parser hung the participle on
    the sentence's main verb ("... will remain, Bessent said, dismissing reports",
    "..., a claim Ukraine's military called a lie, saying its units ...")."""
    if verb.tag_ != "VBG" or verb.dep_ not in _PARTICIPLES | {"ROOT"}:
        return None  # (the root: "..., the State Department said, warning that ...", misparsed)
    said = [c for c in _said_in(sent, claims) if c.speaker]
    # (not a charge noun's maker: "denied Chinese state media claims that ..., saying ...")
    verbs = {c.verb_index: c for c in said if verb.doc[c.verb_index].dep_ not in ("dobj", "pobj")}
    governing = None
    current = verb
    while governing is None and current.head.i != current.i:
        current = current.head
        governing = verbs.get(current.i)
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return governing
    ending = [
        c
        for c in said
        if doc[c.verb_index].right_edge.i in (verb.i - 2, verb.i - 1)  # the comma may be its
        and doc[c.verb_index].pos_ in ("VERB", "AUX")  # not "Moscow's claim that ..."
    ]
    if not ending:
        return governing
    reporter = min(ending, key=lambda c: doc[c.verb_index].left_edge.i)  # the outermost
    answering = [
        c
        for c in ending
        if c.verb_index > reporter.verb_index and doc[c.verb_index].idx >= reporter.content_end
    ]
    if answering:
        # "after accusing Hamas of killing two soldiers, a charge the group denied, insisting
        # ...": the report told after the outer one's content, not inside it, ends there
        reporter = max(answering, key=lambda c: c.verb_index)
    if governing is not None and (
        governing.content_start <= doc[reporter.verb_index].idx < governing.content_end
    ):
        return governing  # a report inside what the governing speaker says
    return reporter


def _holding_claim(verb: Token, claims: list[FoundClaim]) -> FoundClaim | None:
    """A named speaker's claim whose content holds this subjectless report verb."""
    if verb.tag_ == "VBG":
        return None  # a participle ("saying") is its governing report's, found apart
    return next(
        (c for c in reversed(claims) if c.speaker and c.content_start <= verb.idx < c.content_end),
        None,
    )


def _reporting_above(verb: Token, claims: list[FoundClaim]) -> FoundClaim | None:
    """The named speaker whose report holds this verb as its clause ("said it expected")."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "conj") or head.i == verb.i:
        return None
    return next((c for c in claims if c.verb_index == head.i and c.speaker), None)


def _is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _agentless_passive(verb: Token) -> bool:
    """ "is said to", "was reported to": a passive report with nobody named as its source."""
    return _is_passive(verb) and _agent(verb) is None


def _reduced_passive(verb: Token) -> bool:
    """ "a site estimated to contain ...", "with a site estimated to ...": a passive report
    without its "is", and with nobody named as its source."""
    return (
        verb.tag_ == "VBN"
        and (verb.dep_ == "acl" or (verb.dep_ == "pcomp" and verb.head.lower_ == "with"))
        and _agent(verb) is None
        # ("..., the Israeli military estimated on Monday": a trailing speaker, not a passive)
        and _report_read_as_modifier(verb) is None
    )


_LABEL_NOUNS = {"fabrication", "lie", "lies", "nonsense", "propaganda", "fake", "disinformation"}


def _reported_claim(content: Span) -> tuple[Span, Span | None, Stance] | None:
    """In "claims that X", "Saudi accusations that X", "reports that X": X, who made it (the
    possessor or the nationality, if named) and how (an accusation or an assertion)."""
    head = content.root
    # ("denied Chinese state media claims that ...": the plural read as a verb, as an object)
    as_noun = head.pos_ == "NOUN" or (head.dep_ in ("dobj", "pobj") and head.tag_ == "VBZ")
    if not as_noun or head.lemma_.lower() not in CHARGE_NOUNS | {
        "suggestion",
        "rumour",
        "rumor",
    }:
        return None  # a noun: "reports that X"; the verb "reported that X" is a claim of its own
    # "a claim by Trump that New Delhi had committed ...": the parser hangs the clause on
    # the one named by "by", who made the claim
    by = next(
        (
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    clause = next(
        (
            c
            for c in [*head.children, *(by.children if by is not None else ())]
            if c.dep_ in ("acl", "ccomp", "relcl")
            and (
                any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                # "that" read as the object of a clause with a subject of its own
                or (
                    c.left_edge.lower_ == "that"
                    and any(
                        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in c.children
                    )
                )
            )
        ),
        None,
    )
    if clause is None:
        return None
    doc = content.doc
    start = clause.left_edge.i
    while doc[start].dep_ == "mark" or (
        start == clause.left_edge.i and doc[start].lower_ == "that"
    ):
        start += 1
    end = clause.right_edge.i + 1
    hung = [
        c
        for c in clause.children
        if c.i > clause.i
        and (
            _report_hung_on_content(c)
            # "..., saying none had entered its contiguous zone": the denier's participle
            or _participle_report(c)
        )
    ]
    if hung:  # "... had shot down a jet, and rejected any mediation": the denier's next report
        end = _before_joint(doc, start, hung[0].left_edge.i)
    inner = _trimmed(doc, start, end)
    if inner is None:
        return None
    source_token = next(
        (
            c
            for c in head.children
            if c.dep_ == "poss"
            or (
                c.dep_ in ("amod", "compound")
                and c.pos_ in ("PROPN", "ADJ")
                and c.ent_type_ in ("NORP", "GPE", "ORG")
            )
            or (c.dep_ == "compound" and c.lower_ in ("media", "press"))
        ),
        None,
    )
    source = doc[by.left_edge.i : by.i + 1] if by is not None else None
    if source_token is not None:
        first = source_token.left_edge.i
        while (
            first < source_token.i and doc[first].pos_ == "ADJ" and doc[first].ent_type_ != "NORP"
        ):
            first += 1  # "dismissed as false Donald Trump's claim": the label is no name
        source = doc[first : source_token.i + 1]
    return inner, source, _charge_stance(head)


def _charge_stance(charge: Token) -> Stance:
    """How the one who made a charge made it: an accusation or an allegation accuses; a
    claim, a report or any other charge asserts."""
    return Stance.ACCUSE if charge.lemma_.lower() in _ACCUSATIONS else Stance.ASSERT


def _participle_report(token: Token) -> bool:
    """A report a clause goes on to after a comma, in a participle: "..., saying none had
    entered its contiguous zone"."""
    return token.tag_ == "VBG" and after_comma(token) and _verb_stance(token) is not None


def _charge_beside_content(verb: Token, content: Span) -> tuple[Span, Span | None, Stance] | None:
    """ "denied a report by Danish broadcaster DR that Russian officers had been aboard": the
    parser makes the clause the denial's own complement, beside the report as its object; the
    report's maker, named by "by" or as its owner, said what is denied."""
    # the charge between the denial and what it denies: its object ("denied a report by ...")
    # or the label's apposition ('dismissed as "groundless hype" Washington's claim that ...')
    charge = next(
        (
            t
            for t in verb.doc[verb.i + 1 : content.start]
            if t.pos_ == "NOUN" and t.lemma_.lower() in CHARGE_NOUNS and verb in t.ancestors
        ),
        None,
    )
    if charge is None or any(_participle_report(t) for t in content):
        return None  # (a report the content goes on to: "..., saying fighting went on")
    # its maker: "by Danish broadcaster DR", "in the Financial Times", "Washington's"
    maker = next(
        (
            g
            for c in charge.children
            if c.dep_ == "prep"
            and (
                c.lower_ == "by"
                or (c.lower_ == "in" and any(g.ent_type_ == "ORG" for g in c.subtree))
            )
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    ) or next((c for c in charge.children if c.dep_ == "poss"), None)
    if maker is None:
        return None
    source = verb.doc[maker.left_edge.i : maker.i + 1]
    return content, source, _charge_stance(charge)


def after_comma(token: Token) -> bool:
    """Whether a comma stands right before the word: the mark of an aside or an apposition."""
    return token.i > 0 and token.doc[token.i - 1].text == ","


def narrators_aside(clause: Token) -> bool:
    """A relative clause set off by a comma, with its own subject, in the past (", which
    Washington designated a terrorist organisation on Monday", ", which Ukraine captured in
    December"): the narrator's background, even inside a report."""
    pronoun = next((c for c in clause.children if c.lower_ in ("which", "who", "whom")), None)
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBD"
        and pronoun is not None
        and after_comma(pronoun)
        and any(
            c.dep_ == "nsubj" and c.i != pronoun.i and c.lower_ not in PRONOUNS
            for c in clause.children
        )
    )


def _before_narrators_aside(content: Span) -> Span:
    """A content up to the narrator's aside in it (:func:`narrators_aside`)."""
    doc = content.doc
    for comma in content:
        if comma.text == "," and content.start < comma.i < content.end - 1:
            if narrators_aside(doc[comma.i + 1].head):
                return doc[content.start : comma.i]
    return content


def _claim(
    sent: Span,
    who: tuple[str, str],
    stance: Stance,
    content: Span,
    verb: Token,
    hedges: list[Hedge],
) -> FoundClaim:
    """A claim of ``who`` (speaker, id) in ``sent``, made with ``verb``, saying ``content``,
    with the hedges that qualify it: those from its speaker to the end of its content or just
    after ("..., without providing evidence"), and in a source or report verb that follows
    the content ("according to unverified footage", "the ministry said in an unverified
    claim"). Another report's hedge in the same sentence is not its own."""
    content = _before_narrators_aside(content)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = min(verb.idx, content.start_char, subject.left_edge.idx if subject else verb.idx)
    end = content.end_char + 3  # ", without ..." right after the content
    if verb.lower_ == "according" or verb.idx > content.end_char:
        # "according to unverified footage"; "..., the ministry said in an unverified claim"
        end = max(end, verb.right_edge.idx + len(verb.right_edge))
    own = sorted({h.text for h in hedges if start <= h.start <= end})
    return FoundClaim(
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        speaker=who[0],
        speaker_id=who[1],
        stance=stance,
        content=content.text,
        content_start=content.start_char,
        content_end=content.end_char,
        verb=verb.text,
        verb_index=verb.i,
        hedges=own,
    )


def _citing(verb: Token, sent: Span) -> Token | None:
    """ "reported ..., citing people familiar with the bank's thinking", "said, citing the
    judiciary, that ...": the source a report cites."""
    return next(
        (
            t
            for t in sent
            if t.lower_ == "citing"
            and t.i > sent.start
            and t.doc[t.i - 1].text == ","
            and verb in (t.head, t.head.head)
        ),
        None,
    )


def _is_aside(token: Token) -> bool:
    """ ", though Moscow has ruled out ...", ", while Hamas said ..." after a content: the
    narrator's counterpoint, not part of what was said (15 of 16 "though" clauses and all but
    one of some 30 "while" clauses in the gold sets stand outside the claim)."""
    return (
        token.lower_ in ("though", "although", "while", "whereas")
        and after_comma(token)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
    )


def _is_label(token: Token) -> bool:
    """ ", calling the incursion a provocation" after a content: the speaker's label for what
    was said, not part of it."""
    return token.lower_ == "calling" and after_comma(token)


def _is_sourcing(token: Token) -> bool:
    """ ", according to X" or ", citing X" after a content: who says so, not what is said."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return False
    if token.lower_ == "citing":
        return True
    return (
        token.lower_ == "according" and token.i < len(doc) - 1 and doc[token.i + 1].lower_ == "to"
    )


def _is_reply(token: Token) -> bool:
    """A charge noun opening a reply after a comma: ", a claim the Pentagon dismissed",
    ", an assertion Ukraine's General Staff called false", however the parser hangs it."""
    if token.lemma_.lower() not in CHARGE_NOUNS:
        return False
    before = token.i - 1
    while before >= 0 and token.doc[before].lower_ in ("a", "an", "the"):
        before -= 1
    return before >= 0 and token.doc[before].text == ","


def _own_clause_said(clause: Token) -> bool:
    """A clause after a report verb that is what it says: with a subject of its own, no
    subordinating word ("..., said after a meeting that lasted ...", "though one source said")
    and no second report of its own."""
    return (
        any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which")
            for c in clause.children
        )
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children)
        and _verb_stance(clause) is None
    )


def _before_label(content: Span) -> Span:
    """A charge called false, without the label the parser hung inside it: "called Moscow's
    claim that Kyiv had attacked the residence a lie intended to derail the talks"."""
    for t in content[2:]:
        if t.lemma_.lower() not in _LABEL_NOUNS:
            continue
        end = t.i - 1 if t.nbor(-1).lower_ in ("a", "an") else t.i
        if content.doc[end - 1].lemma_.lower() not in ("be", "call"):  # "was a lie" is said
            while end > content.start + 1 and content.doc[end - 1].is_punct:
                end -= 1  # ('... had been rigged "a lie"': the label's opening quote)
            return content.doc[content.start : end]
    return content


def _without_trailing_label(content: Span) -> Span:
    """What "called" labels, without the label the parser read into it: "called the material
    fake" (one noun to the parser) denies "the material"."""
    if len(content) <= 2 or not _CALL_DENIAL.fullmatch(content[-1].text):
        return content
    if content[-1].dep_ == "conj":
        return content
    cut = content[:-1]
    while len(cut) and (cut[-1].lower_ in ("a", "an") or cut[-1].is_punct):
        cut = cut[:-1]  # "... in Budapest a lie", "the claim 'baseless"
    return cut if any(t.is_alpha for t in cut) else content


def _charge_read_as_verb(token: Token) -> bool:
    """ ", claims Ukraine's General Staff denied": the plural noun after a comma, read by the
    parser as a verb with no subject of its own whose clause is the denial."""
    return (
        token.tag_ == "VBZ"
        and _is_reply(token)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and any(
            c.dep_ == "ccomp" and c.i > token.i and _verb_stance(c) is not None
            for c in token.children
        )
    )


def _charge_answered(verb: Token) -> Token | None:
    """The charge noun a denial verb answers: "a claim [that] Kyiv denied" as a clause on the
    noun, or as the parser sometimes reads it, the noun as subject with the denier beside it,
    or glued onto the denier ("a charge Abu Dhabi rejected" as one noun phrase)."""
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in CHARGE_NOUNS:
        return verb.head
    if verb.dep_ == "ccomp" and verb.i > verb.head.i and _charge_read_as_verb(verb.head):
        return verb.head  # ", claims Ukraine's General Staff denied on Friday"
    if (
        verb.dep_ == "acl"
        and verb.head.dep_ == "appos"
        and verb.head.head.lemma_.lower() in CHARGE_NOUNS
        and _is_reply(verb.head.head)
    ):
        return verb.head.head  # ", a claim Ukraine's southern command called untrue", the
        # denier read as the claim's apposition and the verb as the denier's
    fronted = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if fronted is not None and _is_reply(fronted):
        return fronted  # ", claims Kyiv dismissed as propaganda": the noun read as the object
    which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    if verb.dep_ == "relcl" and which is not None and after_comma(which):
        # "... had taken Pokrovsk, which Kyiv's commanders called a fabrication": "which"
        # takes up the report before the comma
        return which
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in subjects:
        # "... had captured Huliaipole, a claim Ukraine's General Staff dismissed as false":
        # the place read as the denial's subject, the claim as its apposition
        reply = next(
            (a for a in c.children if a.dep_ == "appos" and _is_reply(a) and a.i < verb.i), None
        )
        if reply is not None and any(g.dep_ == "appos" for g in reply.children):
            return reply
        if c.lemma_.lower() in CHARGE_NOUNS and (
            any(g.dep_ == "appos" for g in c.children)
            or (_is_reply(c) and c is not subjects[-1])  # ", a claim Kyiv rejected", two nsubj
        ):
            return c
        # ", an allegation India's army called baseless": the noun may be glued onto the
        # denier's possessor as well
        glued = [g for g in c.subtree if g.i < c.i and _is_reply(g)]
        if glued:
            return glued[0]
    return None


_INTENT = re.compile(r"\b(would|will|could|should|may|might|shall)\b", re.I)


def _claim_answered(charge: Token, earlier: list[FoundClaim]) -> FoundClaim:
    """Which of the claims before "..., an allegation Kyiv dismissed" the noun takes up: an
    allegation or a charge answers the accusation, any charge noun a report of what happened
    rather than the intent told beside it ("accused Ukraine of attacking a residence, and
    said it would toughen its stance, an allegation Kyiv dismissed"); else the nearest."""
    if charge.lemma_.lower() in _ACCUSATIONS:
        accused = [c for c in earlier if c.stance is Stance.ACCUSE]
        if accused:
            return accused[-1]
    told = [c for c in earlier if not _INTENT.search(c.content) and not c.stance.disputes]
    # "Peskov said Putin had told Trump that ..., a claim Ukrainian officials called 'pure
    # fiction'": the report as a whole, not the one nested in it
    outer = [
        c
        for c in told
        if not any(
            o is not c and o.content_start <= c.content_start and c.content_end <= o.content_end
            for o in told
        )
    ]
    return (outer or told or earlier)[-1]


def _denial_of_charge(
    verb: Token,
    charge: Token,
    stance: Stance,
    found: list[FoundClaim],
    sent: Span,
    resolver: SpeakerResolver,
    hedges: list[Hedge],
) -> list[FoundClaim]:
    """The denial in "X said Y, a claim Z denied": Z denies Y, the claim found just before."""
    if stance is not Stance.DENY and stance is not Stance.REJECT:
        return []
    earlier = [
        c for c in found if sent.start_char <= c.content_start and c.content_end <= charge.idx
    ]
    if not earlier:
        return []
    denied = _claim_answered(charge, earlier)
    subject = next((c for c in charge.children if c.dep_ == "appos" and c.i < verb.i), None)
    if subject is None:
        beside = _subject(verb)
        subject = beside if beside is not None and beside.i != charge.i else None
    if subject is None:
        who = ("", "")
    elif charge.i < subject.i and subject.i in {h.i for h in charge.ancestors}:
        # the charge glued onto the denier: the denier's name starts after it
        who = resolver.resolve(sent.doc[charge.i + 1 : _phrase(subject).end])
    else:
        who = resolver.resolve(_phrase(subject))
    content = sent.doc.char_span(denied.content_start, denied.content_end)
    # "a claim Kyiv rejected" keeps its verb's stance; "rejected as untrue" calls it false
    called_false = stance is Stance.DENY or any(c.lower_ == "as" for c in verb.children)
    answer = Stance.DENY if called_false else stance
    return [] if content is None else [_claim(sent, who, answer, content, verb, hedges)]


def _record_keeper(source: Token) -> Token | None:
    """Who keeps the record a report is sourced to: the ministry in "according to figures
    from the health ministry", the group in "estimates by the open-source group DeepState"."""
    if source.lemma_.lower() not in _RECORDS | {"estimate", "calculation", "number"}:
        return None
    for token in source.subtree:
        if token.dep_ == "prep" and token.lower_ in ("from", "by"):
            keeper = next((c for c in token.children if c.dep_ == "pobj"), None)
            if keeper is not None and keeper.lemma_.lower() not in _RECORDS:
                return keeper
    return None


def _source_name(source: Token) -> Span:
    """A source's phrase up to a comma: "sources familiar with the talks, who said ..."."""
    doc = source.doc
    phrase_end = source.right_edge.i + 1
    name_end = next((t.i for t in doc[source.i : phrase_end] if t.text == ","), phrase_end)
    return doc[source.left_edge.i : name_end]


def _told_by_participle(according: Token) -> bool:
    """Whether "according to" qualifies a participle clause alone ("killing 31 people
    according to X") rather than the whole sentence before it."""
    head = according.head
    return head.tag_ in ("VBG", "VBN") and head.dep_ in ("advcl", "acl") and head.i < according.i


def _relative_clause_told(according: Token) -> int | None:
    """Where the clause "according to" qualifies is a relative clause of its own, the index of
    its first word after the relative word ("where clashes have killed ..."); else None."""
    head = according.head
    if head.dep_ == "relcl" and head.i < according.i and after_comma(according):
        return None  # "a deal that cuts tariffs, according to X": X tells the whole sentence
    if head.dep_ != "relcl" or head.i > according.i:
        # hung on the sentence's verb, after a comma that closes a "where" clause: "...
        # Sweida, where clashes had killed more than 250 people since Sunday, according to a
        # monitoring group"
        doc = according.doc
        last = (
            doc[according.i - 2] if according.i >= 2 and doc[according.i - 1].text == "," else None
        )
        head = next(
            (
                a
                for a in ([last, *last.ancestors] if last is not None else [])
                if a.dep_ == "relcl"
                and a.right_edge.i == last.i
                and any(c.lower_ == "where" for c in a.children)
            ),
            None,
        )
        if head is None:
            return None
    words = [w for w in head.subtree if w.i < according.i and w.tag_ not in ("WRB", "WDT", "WP")]
    return words[0].i if words else None


# Words that name a source at a headline's tail ("— regional governor Oleh Syniehubov",
# "- Houthi media"), beside a name
_SOURCE_WORDS = {"ministry", "media", "official", "officials", "source", "sources", "governor"}
_SOURCE_WORDS |= {"spokesman", "spokeswoman", "army", "military", "police", "hq", "agency"}
_DASHES = {"—", "–", "-"}


def _sourced_after_a_dash(
    sent: Span, resolver: SpeakerResolver, hedges: list[Hedge]
) -> list[FoundClaim]:
    """A headline or bullet sourced by a tail after a spaced dash: "Poland to spend 4.8% of
    GDP on defence next year — finance ministry", "• Kharkiv: 4 dead in overnight strike —
    regional governor Oleh Syniehubov". The wire's shorthand for "the ministry said"."""
    doc = sent.doc
    end = sent.end - (1 if doc[sent.end - 1].text == "." else 0)
    dash = next(
        (
            t
            for t in reversed(doc[sent.start : end])
            if t.text in _DASHES and t.i > sent.start and doc[t.i - 1].whitespace_
        ),
        None,
    )
    if dash is None or not dash.whitespace_:
        return []
    tail = doc[dash.i + 1 : end]
    if not 1 <= len(tail) <= 6 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return []
    if not any(t.pos_ == "PROPN" or t.lower_ in _SOURCE_WORDS for t in tail):
        return []
    start = sent.start
    while start < dash.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a bullet
    colon = next((t.i for t in doc[start : min(start + 4, dash.i)] if t.text == ":"), None)
    if colon is not None:
        start = colon + 1  # "Kharkiv: ...": the topic the line is filed under
    if dash.i - start < 3:
        return []
    claim = _claim(sent, resolver.resolve(tail), Stance.ASSERT, doc[start : dash.i], dash, hedges)
    return [replace(claim, verb=dash.text)]


def _according_to(sent: Span, resolver: SpeakerResolver, hedges: list[Hedge]) -> list[FoundClaim]:
    """Claims sourced by "according to X" or, in briefing shorthand, by a trailing ", per X"."""
    found = []
    for token in sent:
        if (
            token.lower_ == "according"
            and token.i + 1 < sent.end
            and sent.doc[token.i + 1].lower_ == "to"
        ):
            to = sent.doc[token.i + 1]
        elif token.lower_ == "per" and token.i > sent.start and sent.doc[token.i - 1].text == ",":
            to = token  # "34 dead after a strike, per the regional administration"
        else:
            continue
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = objects[0]
        phrase_end = source.right_edge.i + 1
        speaker, speaker_id = resolver.resolve(_source_name(_record_keeper(source) or source))
        after_comma = token.i > sent.start and sent.doc[token.i - 1].is_punct
        if token.i == sent.start:
            start = phrase_end + (
                1 if phrase_end < sent.end and sent.doc[phrase_end].is_punct else 0
            )
            end = sent.end - (1 if sent.doc[sent.end - 1].is_punct else 0)
        elif not after_comma and _told_by_participle(token):
            # "..., killing at least 31 people according to the ministry": the toll is theirs
            start, end = token.head.left_edge.i, token.i
        elif (relative := _relative_clause_told(token)) is not None:
            # "..., where clashes have killed more than 300 people since Sunday according to a
            # UK-based monitor": the monitor's count, not the whole sentence
            start, end = relative, token.i - (1 if after_comma else 0)
        else:
            start = sent.start
            end = token.i - (1 if after_comma else 0)
        if end <= start:
            continue
        claim = _claim(
            sent, (speaker, speaker_id), Stance.ASSERT, sent.doc[start:end], token, hedges
        )
        found.append(replace(claim, verb="according to"))
    return found
