"""``tidings demo``: the whole pipeline on the bundled sample."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tidings.cli import app, console
from tidings.cli.evidence import claims_table, extract_table
from tidings.cli.ingest import print_outcome, summary_table
from tidings.ingest.pipeline import ingest
from tidings.store.db import open_store

# The sample corpus runs to 2 January 2026; the demo stands on the last day of 2025, when
# the Kyiv question's deadline is still ahead and only earlier articles may be used.
DEMO_AS_OF = "2025-12-31"


@app.command("demo")
def demo_command(
    out: Annotated[Path, typer.Option(help="Folder for the demo store and outputs.")] = Path("out"),
) -> None:
    """Run the pipeline on the bundled sample corpus into a fresh store in OUT."""
    from tidings import demo

    db = demo.fresh_store_path(out)
    console.rule("Ingest: the bundled sample corpus")
    with open_store(db) as store:
        summary = ingest(store, demo.sample_inputs())
    for outcome in summary.outcomes:
        if outcome.messages:
            print_outcome(console, outcome)
    console.print(summary_table(summary))
    from tidings.extract.pipeline import run_extraction
    from tidings.store import evidence

    console.rule("Extract: claims, events, quantities, times")
    with open_store(db) as store:
        extracted = run_extraction(store)
        console.print(extract_table(extracted))
        contested = evidence.list_claims(store, contested=True)
        related = evidence.related_claims(store, contested)
    console.print(claims_table(contested, related))
    from datetime import date, timedelta

    from tidings.brief.service import write_files
    from tidings.cli.forecast import contributions_table, forecast_table
    from tidings.forecast.service import Desk, plot_timeline, timeline
    from tidings.questions.yaml_io import load_questions_yaml
    from tidings.store import questions as question_store

    console.rule(f"Forecast: the sample questions as of {DEMO_AS_OF}")
    as_of = date.fromisoformat(DEMO_AS_OF)
    with open_store(db) as store:
        questions = load_questions_yaml(demo.sample_dir() / "questions.yaml")
        question_store.save_questions(store, questions)
        desk = Desk(store).load()
        forecasts = desk.forecast(as_of)
        console.print(
            forecast_table(forecasts, desk.questions, f"Tidings forecasts as of {DEMO_AS_OF}")
        )
        for f in forecasts:
            console.print(contributions_table(f, limit=4))
        # one timeline per question over the month before the demo's day, jumps explained
        plots = []
        for question in questions:
            start = max(question.open_date or as_of, as_of - timedelta(days=30))
            points = timeline(desk, question, start, as_of)
            plots.append(plot_timeline(question, points, out / f"timeline-{question.id}.png"))
        console.rule("Brief")
        written = write_files(
            store, [q.id for q in questions], as_of, out / "brief", ["md", "html"], desk=desk
        )
    passed = len(written.report.sentences) - len(written.report.failures)
    console.print(f"grounding check: {passed}/{len(written.report.sentences)} sentences pass")
    for path in [*written.paths, *plots]:
        console.print(f"wrote {path}")
    console.print(
        f"Store: {db}  (try `tidings explain {questions[0].id} --db {db} --as-of {DEMO_AS_OF}`)"
    )
