"""The event reader: how its reading changes the rules' events, and its shipped weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.extract.events import FoundEvent
from tidings.extract.nlp import load_pipeline
from tidings.extract.pipeline import parse_ready
from tidings.extract.reader import (
    LABELS,
    THRESHOLD,
    WORDS_SHARE,
    EventReader,
    WordReader,
    _revised,
    _worth_reading,
    build_reader,
    encoded,
    reread,
    save_weights,
    shipped_reader,
)
from tidings.models import EventType, Modality

T, M = EventType, Modality


def sentence(text: str):  # type: ignore[no-untyped-def]
    nlp, gazetteer = load_pipeline()
    return next(nlp(parse_ready(text, gazetteer)).sents)


def event(s, word: str, kind: EventType, modality: Modality) -> FoundEvent:  # type: ignore[no-untyped-def]
    start = s.start_char + s.text.index(word)
    return FoundEvent(s.start_char, s.end_char, kind, modality, word, start)


def probabilities(*pairs: tuple[EventType, Modality, float]) -> dict:
    return {(t, m): 0.0 for t in T for m in M} | {(t, m): p for t, m, p in pairs}


def test_reading_keeps_relabels_drops_and_adds() -> None:
    s = sentence(
        "Moscow said its forces captured the village after heavy shelling, and talks will "
        "resume in Geneva."
    )
    capture = event(s, "captured", T.CAPTURE, M.ALLEGED)
    talks = event(s, "talks", T.TALKS, M.PLANNED)
    position = event(s, "resume", T.POSITION, M.OCCURRED)
    read = probabilities(
        (T.CAPTURE, M.OCCURRED, 0.8),
        (T.CAPTURE, M.ALLEGED, 0.3),
        (T.TALKS, M.PLANNED, 0.95),
        (T.STRIKE, M.OCCURRED, 0.85),
        (T.POSITION, M.OCCURRED, 0.4),
    )
    revised = _revised(s, [capture, talks, position], read)
    # in the order of their words; the position the reader did not read is gone
    assert [(e.type, e.modality) for e in revised] == [
        (T.CAPTURE, M.OCCURRED),
        (T.STRIKE, M.OCCURRED),
        (T.TALKS, M.PLANNED),
    ]
    assert talks in revised  # read as the rules read it: untouched
    # the same type with another modality keeps the rules' word and roles
    assert revised[0].trigger_start == capture.trigger_start
    # a type the rules missed is told at the word the trigger tables give it
    assert revised[1].trigger == "heavy shelling"
    assert revised[1].trigger_start == s.text.index("shelling")


def test_a_type_the_reader_is_sure_of_keeps_the_rules_modality() -> None:
    s = sentence("Russian missiles struck a power plant in Kharkiv overnight, officials said.")
    strike = event(s, "struck", T.STRIKE, M.OCCURRED)
    torn = probabilities(
        (T.STRIKE, M.OCCURRED, 0.59), (T.STRIKE, M.ALLEGED, 0.57), (T.STRIKE, M.PLANNED, 0.1)
    )
    assert _revised(s, [strike], torn) == [strike]
    doubtful = probabilities((T.STRIKE, M.OCCURRED, 0.5), (T.STRIKE, M.ALLEGED, 0.3))
    assert _revised(s, [strike], doubtful) == []


def test_an_event_put_ahead_by_its_adjective_is_not_read_as_done() -> None:
    """A Wikipedia line the retrained reader read as a strike done, a false "already
    happened" hit for a question on an Iranian attack that resolved NO."""
    s = sentence("Ahead of expected retaliation against Israel, Iran issued a NOTAM.")
    planned = event(s, "retaliation", T.STRIKE, M.PLANNED)
    done = probabilities((T.STRIKE, M.OCCURRED, 0.9))
    assert _revised(s, [planned], done) == [planned]
    # the same reading of a retaliation told as done changes the rules' modality
    s = sentence("Iran's retaliation against Israel began overnight, officials said.")
    alleged = event(s, "retaliation", T.STRIKE, M.ALLEGED)
    (revised,) = _revised(s, [alleged], done)
    assert revised.modality is M.OCCURRED


def test_an_added_type_no_word_names_sits_at_the_root() -> None:
    s = sentence("Both delegations left the hotel before dawn.")
    (added,) = _revised(s, [], probabilities((T.WITHDRAWAL, M.OCCURRED, 0.9)))
    assert added.trigger == s.root.text


def test_only_sentences_with_events_or_trigger_words_are_read() -> None:
    plain = sentence("The weather in the capital was mild for the season.")
    assert not _worth_reading(plain, [])
    assert _worth_reading(sentence("Drones hit a depot."), [])


def test_stored_weights_give_back_the_float_reader(tmp_path: Path) -> None:
    """int8 on disk and quantised maps at run time stay close to the model that was saved."""
    import torch

    tokenizer, model = build_reader()
    model.eval()
    rules = [[(T.STRIKE, M.OCCURRED)], []]
    texts = ["Missiles hit a power plant overnight.", "The two leaders met in Ankara."]
    with torch.inference_mode():
        want = torch.sigmoid(model(encoded(tokenizer, rules, texts)))
    path = tmp_path / "reader.safetensors"
    assert save_weights(model, path) > 0
    got = EventReader(path).probabilities(rules, texts)
    assert got.shape == (2, len(T) * len(M))
    assert float((got - want).abs().max()) < 0.05


def test_missing_weights_say_how_to_make_them(tmp_path: Path) -> None:
    with pytest.raises(TidingsError, match="bench_finetuned_events.py --save"):
        EventReader(tmp_path / "none.safetensors")


def test_the_word_model_learns_pairs_from_words_and_keeps_them_on_disk(tmp_path: Path) -> None:
    strikes = [f"Drones struck a fuel depot in {c} overnight." for c in ("Odesa", "Sumy", "Lviv")]
    strikes += [f"Missiles hit a power plant near {c}." for c in ("Kharkiv", "Dnipro", "Poltava")]
    talks = [f"Envoys will meet in {c} next week." for c in ("Geneva", "Riyadh", "Istanbul")]
    talks += [f"Negotiators are due to meet in {c} on Monday." for c in ("Doha", "Oslo", "Rome")]
    plain = ["The weather was mild.", "Markets were closed.", "The museum reopened."]
    strike, talk = (T.STRIKE, M.OCCURRED), (T.TALKS, M.PLANNED)
    words = WordReader.fit(
        [[] for _ in strikes + talks + plain],
        strikes + talks + plain,
        [[strike]] * 6 + [[talk]] * 6 + [[]] * 3,
    )
    rules: list[list] = [[], [strike]]
    texts = ["Drones struck a depot near Kherson.", "Envoys will meet in Vienna next week."]
    read = words.probabilities(rules, texts)
    assert read.shape == (2, len(LABELS))
    assert read[0, LABELS.index(strike)] > read[0, LABELS.index(talk)]
    assert read[1, LABELS.index(talk)] > read[1, LABELS.index(strike)]
    # a pair with fewer than five training sentences is left to the encoder
    assert read[:, LABELS.index((T.CAPTURE, M.OCCURRED))].max() < 1e-6
    assert words.probabilities([], []).shape == (0, len(LABELS))
    path = tmp_path / "words.npz"
    assert words.save(path) > 0
    assert abs(WordReader.load(path).probabilities(rules, texts) - read).max() < 1e-3


def test_missing_word_model_says_how_to_make_it(tmp_path: Path) -> None:
    with pytest.raises(TidingsError, match="bench_event_words.py --save"):
        WordReader.load(tmp_path / "none.npz")


def test_the_shipped_reader_blends_encoder_and_word_model() -> None:
    reader = shipped_reader()
    rules, texts = [[(T.STRIKE, M.OCCURRED)]], ["Russian drones hit a substation in Sumy."]
    encoder = reader.probabilities(rules, texts)[0].numpy()
    words = reader.words.probabilities(rules, texts)[0]
    (read,) = reader.read(rules, texts)
    blended = (1 - WORDS_SHARE) * encoder + WORDS_SHARE * words
    assert max(abs(read[label] - p) for label, p in zip(LABELS, blended, strict=True)) < 1e-6


def test_shipped_reader_reads_plain_reports() -> None:
    strike, talks = shipped_reader().read(
        [[(T.STRIKE, M.OCCURRED)], []],
        [
            "Russian missiles struck a power plant in Kharkiv overnight.",
            "Negotiators from both sides will meet in Istanbul next week.",
        ],
    )
    assert strike[(T.STRIKE, M.OCCURRED)] > THRESHOLD
    assert talks[(T.TALKS, M.PLANNED)] > THRESHOLD
    assert max(strike.values()) == strike[(T.STRIKE, M.OCCURRED)]


def test_reread_revises_each_read_sentence_and_leaves_the_rest() -> None:
    """The plumbing around the model: which sentences go to it, with what, and where its
    reading lands (a reader that reads a strike told everywhere stands in for the model)."""
    nlp, gazetteer = load_pipeline()
    doc = nlp(
        parse_ready(
            "The weather in the capital was mild. Drones hit a depot near Odesa. "
            "Officials in Kyiv met on Friday.",
            gazetteer,
        )
    )
    mild, drones, met = doc.sents
    talks = event(met, "met", T.TALKS, M.OCCURRED)
    asked: list[tuple[list, str]] = []

    class Strikes:
        def read(self, rules, texts):  # type: ignore[no-untyped-def]
            asked.extend(zip(rules, texts, strict=True))
            return [probabilities((T.STRIKE, M.OCCURRED, 0.9)) for _ in texts]

    (revised,) = reread([(doc, [talks])], Strikes())  # type: ignore[arg-type]
    # the plain sentence is not read; the others are, each with the rules' events
    assert asked == [([], drones.text), ([(T.TALKS, M.OCCURRED)], met.text)]
    assert [(e.type, e.sentence_start, e.trigger) for e in revised] == [
        (T.STRIKE, drones.start_char, "hit"),
        (T.STRIKE, met.start_char, met.root.text),
    ]


def test_a_sentence_reads_the_same_whatever_is_batched_beside_it() -> None:
    """int8 dynamic quantisation scaled a batch's activations together and moved a
    sentence's probabilities by up to 0.37 with its neighbours, so a document's events
    depended on the documents extracted beside it; the reader must not."""
    import torch

    reader = shipped_reader()
    text = "Ukraine said it had shot down 40 of the 52 drones launched overnight."
    rules = [(T.INTERCEPTION, M.ALLEGED)]
    alone = reader.probabilities([rules], [text])[0]
    others = [
        "The central bank held rates at 4.5% and signalled two cuts next year, its governor said.",
        "Hamas and Israel agreed to extend the truce by two days, mediators in Qatar said, adding "
        "that talks on the release of the remaining hostages would resume in Doha on Sunday.",
    ]
    batched = reader.probabilities([[], rules, []], [others[0], text, others[1]])[1]
    assert float(torch.abs(alone - batched).max()) < 0.02
