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
    console.print(claims_table(contested))
    console.print(f"Store: {db}  (try `tidings claims --contested --db {db}`)")

