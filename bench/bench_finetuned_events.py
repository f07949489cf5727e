"""Does the fine-tuned event reader read events better than the rules, on authors it has not read?

    python bench/bench_finetuned_events.py                # held out from set 104
    python bench/bench_finetuned_events.py --save --embeddings --drop-rules 0.7
                                                          # every set: the shipped weights
    python bench/bench_finetuned_events.py --save --embeddings --drop-rules 0.7 \
        --fresh-from 268 --seed 1                         # ... but sets 268 and later: as shipped
    python bench/bench_finetuned_events.py --adapters 16  # low-rank adapters only (LoRA)
    python bench/bench_finetuned_events.py --layers 3     # the first 3 of 6 layers

The reader (:mod:`tidings.extract.reader`: all-MiniLM-L6-v2 with a head over the 66 pairs of
event type and modality) reads each annotated sentence together with the rules' pairs
("strike alleged; talks planned"). It is trained, its word embeddings frozen unless
``--embeddings`` (the shipped form since the thirty-eighth session), on the development sets
numbered below ``--test-from``; the later sets, each by another author, are held out. With
``--drop-rules SHARE`` that share of the training sentences is read with "none" for the
rules' pairs (0.7 is the shipped form since the fortieth session), so that the reader learns to
find events from the words, not only to judge the rules' events. A
sentence's events are then the pairs it gives over a threshold, each as many times as the
rules found it (at least once); they are scored both from the trained model in float32 and in
the form that ships (int8 weights on disk, read by
:class:`~tidings.extract.reader.EventReader`). The four unseen sets are never used. With
``--save`` nothing is held out and the weights are written to the package
(``extract/data/event_reader.safetensors``, about 23 MB). Adapters (``--adapters RANK``)
train about a million weights; ``--layers N`` keeps the encoder's first N layers.
About 40 minutes on two cores. Writes ``bench/results/finetuned_events.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, write_result  # noqa: E402

from tidings.extract.nlp import load_pipeline  # noqa: E402
from tidings.extract.pipeline import extract_parsed, parse_ready  # noqa: E402
from tidings.extract.reader import (  # noqa: E402
    LABELS,
    WEIGHTS,
    EventReader,
    build_reader,
    encoded,
    save_weights,
)
from tidings.models import EventType, Modality  # noqa: E402

_ADAPTED = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def build_model(rank: int, layers: int = 0, embeddings: bool = False):  # type: ignore[no-untyped-def]
    """The tokenizer and the reader to train: the word embeddings frozen unless ``embeddings``
    (the shipped form); with ``layers``, only the encoder's first layers; with ``rank``, the
    encoder frozen and low-rank adapters on its linear maps."""
    import torch

    class Adapted(torch.nn.Module):
        def __init__(self, base: torch.nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.down = torch.nn.Parameter(
                torch.randn(rank, base.in_features) / base.in_features**0.5
            )
            self.up = torch.nn.Parameter(torch.zeros(base.out_features, rank))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.down.T) @ self.up.T * 2.0

    tokenizer, model = build_reader()
    if layers:
        model.encoder.encoder.layer = model.encoder.encoder.layer[:layers]
    for p in model.encoder.embeddings.parameters():
        p.requires_grad_(embeddings)
    if rank:
        for p in model.encoder.parameters():
            p.requires_grad_(False)
        for layer in model.encoder.encoder.layer:
            for name in _ADAPTED:
                owner, _, attr = name.rpartition(".")
                parent = layer.get_submodule(owner)
                setattr(parent, attr, Adapted(getattr(parent, attr)))
    return tokenizer, model


GOLD = ROOT / "tests" / "data" / "extraction"
UNSEEN = {"gold_heldout8", "gold_heldout11", "gold_heldout12", "gold_heldout13"}


def set_number(name: str) -> int:
    return int(name[12:] or 1) if name.startswith("gold_heldout") else 0


def sentences(names: list[str]) -> list[dict]:
    """Each annotated sentence with the rules' (type, modality) pairs and the gold ones."""
    nlp, gazetteer = load_pipeline()
    rows = []
    for name in names:
        records = [
            json.loads(line)
            for line in (GOLD / f"{name}.jsonl").read_text().splitlines()
            if line.strip()
        ]
        texts = [
            parse_ready(((r.get("context") or "") + " " + r["text"]).strip(), gazetteer)
            for r in records
        ]
        for record, doc in zip(records, nlp.pipe(texts, batch_size=64), strict=True):
            offset = len(doc.text) - len(record["text"])
            found = extract_parsed(
                record["id"], doc, date.fromisoformat(record["doc_date"]), gazetteer
            )
            rules = [(e.type, e.modality) for e in found.events if e.sentence_end > offset]
            gold = [
                (EventType(e["type"]), Modality(e["modality"])) for e in record.get("events", [])
            ]
            rows.append({"set": name, "text": record["text"], "rules": rules, "gold": gold})
    return rows


def train(  # type: ignore[no-untyped-def]
    rows: list[dict],
    epochs: int,
    rank: int,
    rate: float,
    layers: int = 0,
    seed: int = 0,
    embeddings: bool = False,
    drop_rules: float = 0.0,
):
    import numpy as np
    import torch

    torch.manual_seed(seed)
    random.seed(seed)
    dropping = random.Random(seed + 100)  # its own stream: the order read stays the seed's
    tokenizer, model = build_model(rank, layers, embeddings)
    index = {label: i for i, label in enumerate(LABELS)}
    adapters = [
        p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")
    ]
    optimiser = torch.optim.AdamW(
        [{"params": adapters, "lr": rate}, {"params": model.head.parameters(), "lr": 3e-3}],
        weight_decay=0.01,
    )
    steps = epochs * ((len(rows) + 31) // 32)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=[rate, 3e-3], total_steps=steps, pct_start=0.1
    )
    loss_of = torch.nn.BCEWithLogitsLoss(pos_weight=torch.full((len(LABELS),), 3.0))
    started = time.time()
    model.train()
    for epoch in range(epochs):
        order = list(range(len(rows)))
        random.shuffle(order)
        total = 0.0
        for start in range(0, len(order), 32):
            chunk = [rows[i] for i in order[start : start + 32]]
            rules = [[] if dropping.random() < drop_rules else r["rules"] for r in chunk]
            batch = encoded(tokenizer, rules, [r["text"] for r in chunk])
            target = np.zeros((len(chunk), len(LABELS)), dtype=np.float32)
            for row, r in enumerate(chunk):
                for label in r["gold"]:
                    target[row, index[label]] = 1.0
            loss = loss_of(model(batch), torch.from_numpy(target))
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += loss.item()
        print(
            f"epoch {epoch + 1}/{epochs}: loss {total:.2f} ({time.time() - started:.0f} s)",
            flush=True,
        )
    model.eval()
    return tokenizer, model


def f1(rows: list[dict], predicted: list[Counter]) -> dict[str, float]:
    counts: dict[str, list[int]] = {}
    for row, pred in zip(rows, predicted, strict=True):
        gold = Counter(row["gold"])
        c = counts.setdefault(row["set"], [0, 0, 0])
        c[0] += sum((gold & pred).values())
        c[1] += sum(pred.values())
        c[2] += sum(gold.values())
    return {name: 2 * tp / (p + g) if p + g else 1.0 for name, (tp, p, g) in counts.items()}


def probabilities(score, rows: list[dict]) -> list[list[float]]:  # type: ignore[no-untyped-def]
    """``score(rules, texts)`` (probabilities per label) for every row, 64 rows at a time."""
    out: list[list[float]] = []
    for start in range(0, len(rows), 64):
        chunk = rows[start : start + 64]
        out.extend(score([r["rules"] for r in chunk], [r["text"] for r in chunk]).tolist())
    return out


def read_at(rows: list[dict], probs: list[list[float]], threshold: float) -> list[Counter]:
    """Each row's pairs over the threshold, each as many times as the rules found it."""
    predicted = []
    for r, p in zip(rows, probs, strict=True):
        have = Counter(r["rules"])
        read = [label for label, q in zip(LABELS, p, strict=True) if q > threshold]
        predicted.append(Counter({label: max(1, have[label]) for label in read}))
    return predicted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test-from", type=int, default=104, help="hold out the sets from N")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--adapters", type=int, default=0, help="LoRA rank; 0: full fine-tune")
    parser.add_argument("--layers", type=int, default=0, help="keep the first N layers only")
    parser.add_argument("--seed", type=int, default=0, help="the head's start and the order read")
    parser.add_argument(
        "--embeddings", action="store_true", help="train the word embeddings too (as shipped)"
    )
    parser.add_argument(
        "--drop-rules",
        type=float,
        default=0.0,
        help="the share of training sentences read without the rules' pairs (0.7 as shipped)",
    )
    parser.add_argument(
        "--save", action="store_true", help=f"train on every set and write {WEIGHTS.name}"
    )
    parser.add_argument(
        "--fresh-from",
        type=int,
        default=10**6,
        help="leave the sets from N unread, like the unseen four: fresh sets written while it trains",
    )
    args = parser.parse_args()
    started = time.time()
    names = sorted(
        (
            p.stem
            for p in GOLD.glob("gold*.jsonl")
            if p.stem not in UNSEEN and set_number(p.stem) < args.fresh_from
        ),
        key=set_number,
    )
    rows = sentences(names)
    test_from = 10**6 if args.save else args.test_from
    held = [r for r in rows if set_number(r["set"]) >= test_from]
    learn = [r for r in rows if set_number(r["set"]) < test_from]
    print(f"{len(learn)} sentences to train on, {len(held)} held out", flush=True)
    # the encoder's rate for a full fine-tune, the adapters' otherwise
    tokenizer, model = train(
        learn,
        args.epochs,
        args.adapters,
        1e-3 if args.adapters else 8e-5,
        args.layers,
        args.seed,
        args.embeddings,
        args.drop_rules,
    )
    if args.save:
        size = save_weights(model)
        print(f"{WEIGHTS}: {size / 1e6:.1f} MB ({time.time() - started:.0f} s)")
        return 0

    import torch

    def float_scores(rules, texts):  # type: ignore[no-untyped-def]
        with torch.inference_mode():
            return torch.sigmoid(model(encoded(tokenizer, rules, texts)))

    scores = {"reader": probabilities(float_scores, held)}
    if not (args.adapters or args.layers):
        # the form that ships: int8 on disk, read by EventReader (in bfloat16 where it can)
        with tempfile.TemporaryDirectory() as tmp:
            save_weights(model, Path(tmp) / "reader.safetensors")
            shipped = EventReader(Path(tmp) / "reader.safetensors")
        scores["shipped"] = probabilities(shipped.probabilities, held)
    per_set = {
        name: {"rules": round(v, 4)}
        for name, v in f1(held, [Counter(r["rules"]) for r in held]).items()
    }
    for method, probs in scores.items():
        for threshold in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
            for name, v in f1(held, read_at(held, probs, threshold)).items():
                per_set[name][f"{method}_{threshold:.2f}"] = round(v, 4)
    methods = list(next(iter(per_set.values())))
    mean = {m: round(sum(s[m] for s in per_set.values()) / len(per_set), 4) for m in methods}
    write_result(
        "finetuned_events"
        + (f"_adapters{args.adapters}" if args.adapters else "")
        + (f"_layers{args.layers}" if args.layers else "")
        + ("_embeddings" if args.embeddings else "")
        + (f"_drop{args.drop_rules:g}" if args.drop_rules else ""),
        {
            "trained_on_sentences": len(learn),
            "held_out_sets": len(per_set),
            "test_from": args.test_from,
            "fresh_from": args.fresh_from if args.fresh_from < 10**6 else None,
            "epochs": args.epochs,
            "seed": args.seed,
            "embeddings_trained": args.embeddings,
            "drop_rules": args.drop_rules,
            "adapters_rank": args.adapters,
            "layers": args.layers or 6,
            "per_set": per_set,
            "mean": mean,
            "seconds": round(time.time() - started),
        },
        "python bench/bench_finetuned_events.py"
        + (f" --test-from {args.test_from}" if args.test_from != 104 else "")
        + (f" --fresh-from {args.fresh_from}" if args.fresh_from < 10**6 else "")
        + (f" --adapters {args.adapters}" if args.adapters else "")
        + (f" --layers {args.layers}" if args.layers else "")
        + (f" --seed {args.seed}" if args.seed else "")
        + (" --embeddings" if args.embeddings else "")
        + (f" --drop-rules {args.drop_rules:g}" if args.drop_rules else ""),
    )
    print(json.dumps(mean))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
