"""Brief benchmarks: grounding rate, planted-fault detection, time to write.

    python bench/bench_brief.py        # writes bench/results/brief.json

Grounding: briefs for the sample questions and 20 topics (the most-named places and people of
the 10,000-document news store) must pass the check sentence by sentence. Faults: each clean
brief gets four planted faults (a changed number, a dropped attribution, a repeated paragraph,
an uncited sentence); each must be caught, and clean briefs must raise no false alarm.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import write_result  # noqa: E402
from newsstore import news_store  # noqa: E402

from tidings.brief.check import check_markdown, content_words, parse_markdown  # noqa: E402
from tidings.brief.render import to_markdown  # noqa: E402
from tidings.brief.service import compose, write_files  # noqa: E402
from tidings.demo import sample_dir, sample_inputs  # noqa: E402
from tidings.extract.gazetteer import load_gazetteer  # noqa: E402
from tidings.extract.pipeline import run_extraction  # noqa: E402
from tidings.forecast.service import Desk  # noqa: E402
from tidings.ingest.pipeline import ingest  # noqa: E402
from tidings.questions.yaml_io import load_questions_yaml  # noqa: E402
from tidings.store import documents as doc_store  # noqa: E402
from tidings.store import questions as question_store  # noqa: E402
from tidings.store.db import open_store  # noqa: E402

NEWS_AS_OF = date(2025, 12, 31)


def plant(markdown: str) -> dict[str, str]:
    """The five planted faults, where the brief gives a place to plant them."""
    lines = [
        ln
        for ln in markdown.split("\n## Probabilities")[0].split("\n## Sources")[0].splitlines()
        if re.search(r"\[\d+\]", ln) and not ln.startswith(("#", "- "))
    ]
    faults: dict[str, str] = {}
    sentences = [s for ln in lines for s in re.split(r"(?<=\])\s+", ln)]
    with_number = next((s for s in sentences if re.search(r"(?<![\[\d])\d{2,}(?![\d\]])", s)), None)
    if with_number:
        n = re.search(r"(?<![\[\d])\d{2,}(?![\d\]])", with_number).group(0)
        faults["changed_number"] = markdown.replace(
            with_number, with_number.replace(n, str(int(n) + 7), 1), 1
        )
    verbs = r"said|says|told reporters|claimed|claims|announced|announces|reported|reports"
    attributed = re.compile(rf"^[A-Z][\w'’ .-]+ ({verbs}) (that )?\w")
    said = next((s for s in sentences if attributed.search(s)), None)
    if said:
        content = re.split(rf" (?:{verbs}) (?:that )?", said, maxsplit=1)[1]
        faults["dropped_attribution"] = markdown.replace(said, content[0].upper() + content[1:], 1)
    if lines:
        faults["repeated_paragraph"] = markdown.replace(lines[0], lines[0] + "\n\n" + lines[0], 1)
        faults["uncited_sentence"] = markdown.replace(
            lines[-1], lines[-1] + " Officials in Brussels said 14 more sanctions would follow.", 1
        )
    # a source cited for a sentence it says nothing of
    sources = parse_markdown(markdown).sources
    for sentence in sentences:
        said = content_words(re.sub(r"\[\d+\]", "", sentence))
        other = next((n for n, (_, q) in sources.items() if not said & content_words(q)), None)
        if other is not None:
            faults["miscited_source"] = markdown.replace(sentence, f"{sentence}[{other}]", 1)
            break
    return faults


def evaluate(store, briefs: list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    sentences = failed = repeated = 0
    failures: list[dict[str, str]] = []
    caught: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    for markdown in briefs:
        docs = doc_store.texts(store, re.findall(r"doc `([^`]+)`", markdown))
        report = check_markdown(markdown, docs)
        sentences += len(report.sentences)
        failed += len(report.failures)
        failures += [{"sentence": s.text, "reason": s.reason} for s in report.failures]
        repeated += sum(s.reason.startswith("repeated") for s in report.failures)
        for kind, faulty in plant(markdown).items():
            planted[kind] += 1
            caught[kind] += not check_markdown(faulty, docs).passed
    return {
        "briefs": len(briefs),
        "sentences": sentences,
        "grounding_rate": (sentences - failed) / sentences if sentences else None,
        "false_alarm_rate_on_clean_briefs": failed / sentences if sentences else None,
        "repeated_sentences": repeated,
        "failures_on_clean_briefs": failures,
        "planted_faults": dict(planted),
        "planted_faults_caught": dict(caught),
        "planted_detection_rate": sum(caught.values()) / max(1, sum(planted.values())),
    }


def topics(store, count: int = 20) -> list[str]:  # type: ignore[no-untyped-def]
    """The most-named people, places and institutions of our gazetteer (not the outlets the
    stream credits in parentheses)."""
    known = load_gazetteer().entries
    rows = store.conn.execute(
        "SELECT entity_id, count(*) AS n FROM entities WHERE label IN ('GPE', 'PERSON', 'ORG') "
        "GROUP BY entity_id ORDER BY n DESC"
    ).fetchall()
    return [known[r[0]].name for r in rows if r[0] in known][:count]


def main() -> None:
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sample = open_store(Path(tmp) / "sample.duckdb")
        ingest(sample, sample_inputs())
        run_extraction(sample)
        questions = load_questions_yaml(sample_dir() / "questions.yaml")
        question_store.save_questions(sample, questions)
        desk = Desk(sample).load()
        sample_brief, _ = compose(sample, [q.id for q in questions], date(2025, 12, 31), desk=desk)
        figures["sample_questions"] = evaluate(sample, [to_markdown(sample_brief)])
        sample.close()

    store, build = news_store()
    figures["news_store_build"] = {k: round(v, 1) for k, v in build.items()}
    started = time.perf_counter()
    desk = Desk(store).load()
    load_seconds = time.perf_counter() - started
    names = topics(store)
    briefs, seconds = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i, topic in enumerate(names):
            started = time.perf_counter()
            written = write_files(
                store,
                [],
                NEWS_AS_OF,
                Path(tmp) / f"t{i}",
                ["md", "html"],
                desk=desk,
                topic=topic,
                allow_ungrounded=True,
            )
            seconds.append(time.perf_counter() - started)
            briefs.append(written.markdown)
    figures["topics"] = {"names": names, **evaluate(store, briefs)}
    figures["time_to_write"] = {
        "documents_in_store": doc_store.count_documents(store)["documents"],
        "desk_load_seconds": round(load_seconds, 2),
        "per_brief_seconds_median": round(sorted(seconds)[len(seconds) // 2], 3),
        "per_brief_seconds_max": round(max(seconds), 3),
        "note": "per brief: gather, write, check, render md+html, with the desk (index, "
        "embeddings) loaded once; desk_load_seconds is the one-off start-up",
    }
    store.close()
    write_result("brief", figures, "python bench/bench_brief.py")
    for key in ("sample_questions", "topics"):
        f = figures[key]
        print(
            f"{key}: grounding {f['grounding_rate']:.3f}, repeated {f['repeated_sentences']}, "
            f"faults caught {f['planted_faults_caught']} of {f['planted_faults']}"
        )
    print(figures["time_to_write"])


if __name__ == "__main__":
    main()
