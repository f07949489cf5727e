"""Does blending a word model into the event reader read events better, on sets neither has read?

    python bench/bench_event_words.py           # train on the sets below 268, score the rest
    python bench/bench_event_words.py --save    # train on every set: extract/data/event_words.npz

The word model (:class:`tidings.extract.reader.WordReader`: a logistic regression per pair of
event type and modality over the sentence's words and word pairs and the rules' events) is
trained on the development sets below ``--fresh-from`` (268: the sets the shipped encoder was
trained on), never on the four unseen sets. Each later set is then scored through the whole
pipeline, rules then reader, with the shipped encoder alone (at its own best threshold, 0.75,
and SURE_OF_TYPE 0.9) and blended with the word model at thresholds around the shipped one;
the rules alone come with each scoring. Writes ``bench/results/event_words.json``. About five
minutes on two cores. With ``--save`` nothing is held out: the model is trained on every
development set but the unseen four (trained on twenty sets more, below 288 instead of 268,
it read sets 288-307 0.003 better in the blend) and written to the package.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_finetuned_events import GOLD, UNSEEN, sentences, set_number  # noqa: E402
from common import write_result  # noqa: E402

from tidings.extract import reader as event_reader  # noqa: E402
from tidings.extract.gold import score_gold  # noqa: E402
from tidings.extract.reader import WORDS, EventReader, WordReader  # noqa: E402

ENCODER_ALONE = {"WORDS_SHARE": 0.0, "THRESHOLD": 0.75, "SURE_OF_TYPE": 0.9}
BLENDED_AT = (0.55, 0.6, 0.65)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fresh-from", type=int, default=268, help="train below set N only")
    parser.add_argument(
        "--save", action="store_true", help=f"train on every set and write {WORDS.name}"
    )
    args = parser.parse_args()
    started = time.time()
    sets = sorted(
        (p.stem for p in GOLD.glob("gold*.jsonl") if p.stem not in UNSEEN), key=set_number
    )
    fresh_from = 10**6 if args.save else args.fresh_from
    rows = sentences([n for n in sets if set_number(n) < fresh_from])
    words = WordReader.fit(
        [r["rules"] for r in rows], [r["text"] for r in rows], [r["gold"] for r in rows]
    )
    if args.save:
        size = words.save()
        print(f"{WORDS}: {len(rows)} sentences, {size / 1e6:.1f} MB")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        size = words.save(Path(tmp) / "words.npz")
        reader = EventReader(words=Path(tmp) / "words.npz")
    shipped = {name: getattr(event_reader, name) for name in ENCODER_ALONE}
    variants = {"encoder_0.75": ENCODER_ALONE} | {
        f"blend_{t:.2f}": shipped | {"THRESHOLD": t} for t in BLENDED_AT
    }
    per_set: dict[str, dict[str, float]] = {}
    judged = [n for n in sets if set_number(n) >= args.fresh_from]
    for name, settings in variants.items():
        for constant, value in settings.items():
            setattr(event_reader, constant, value)
        for gold_set in judged:
            scores = score_gold(GOLD / f"{gold_set}.jsonl", reader)
            row = per_set.setdefault(gold_set, {})
            row["rules"] = round(scores["events_rules_alone"]["f1"], 4)  # type: ignore[index]
            row[name] = round(scores["events_type_modality"]["f1"], 4)  # type: ignore[index]
        print(name, f"({time.time() - started:.0f} s)", flush=True)
    for constant, value in shipped.items():
        setattr(event_reader, constant, value)
    methods = ["rules", *variants]
    mean = {m: round(sum(s[m] for s in per_set.values()) / len(per_set), 4) for m in methods}
    write_result(
        "event_words",
        {
            "trained_on_sentences": len(rows),
            "fresh_from": args.fresh_from,
            "judged_sets": len(judged),
            "shipped": shipped,
            "file_bytes": size,
            "per_set": per_set,
            "mean": mean,
            "seconds": round(time.time() - started),
        },
        "python bench/bench_event_words.py"
        + (f" --fresh-from {args.fresh_from}" if args.fresh_from != 268 else ""),
    )
    print(mean)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
