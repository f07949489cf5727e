"""``tidings ingest`` and ``tidings docs``."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from tidings.cli import DbOption, JsonOption, app, console, err, fail, progress_bar
from tidings.errors import TidingsError
from tidings.ingest.pipeline import (
    DEFAULT_BATCH,
    DEFAULT_MAX_BYTES,
    IngestSummary,
    InputOutcome,
    ingest,
)
from tidings.store import documents as doc_store
from tidings.store.db import open_store

docs_app = typer.Typer(help="Look at the documents in the store.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")


@app.command("ingest")
def ingest_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (read recursively), RSS/Atom feeds and page URLs. Files: "
            ".html/.htm(.gz), .txt/.md, .json/.jsonl records, .xml/.rss/.atom feeds."
        ),
    ],
    db: DbOption = None,
    max_mb: Annotated[
        float, typer.Option(help="Skip inputs larger than this many megabytes.")
    ] = DEFAULT_MAX_BYTES / 1e6,
    allow_private_urls: Annotated[
        bool,
        typer.Option(help="Allow fetching URLs that resolve to private or loopback addresses."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary.")] = False,
    batch_size: Annotated[
        int, typer.Option(help="Inputs per committed batch (a killed run loses at most one).")
    ] = DEFAULT_BATCH,
) -> None:
    """Read articles, clean and date them, link duplicates, and store them.

    Re-ingesting the same input adds nothing. Exit code: 0 when every input was ingested,
    1 when some failed, 2 when none could be ingested.
    """
    try:
        with open_store(db) as store, progress_bar(quiet) as progress:
            task = progress.add_task("ingesting", total=None)

            def started(total: int) -> None:
                progress.update(task, total=total)

            def done(outcome: InputOutcome) -> None:
                progress.advance(task)
                if outcome.status in ("failed", "partial") or (outcome.messages and not quiet):
                    print_outcome(progress.console, outcome)

            summary = ingest(
                store,
                sources,
                max_bytes=int(max_mb * 1e6),
                allow_private=allow_private_urls,
                on_input=done,
                on_start=started,
                batch_size=batch_size,
            )
    except TidingsError as exc:
        raise fail(exc) from exc
    console.print(summary_table(summary))
    raise typer.Exit(summary.exit_code)


def print_outcome(out: Console, outcome: InputOutcome) -> None:
    style = {"failed": "red", "partial": "yellow"}.get(outcome.status, "dim")
    for message in outcome.messages:
        out.print(
            f"[{style}]{outcome.status}[/] {outcome.source}: {message}",
            highlight=False,
            soft_wrap=True,
        )


def summary_table(summary: IngestSummary) -> Table:
    table = Table(title="Ingest summary", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("inputs read", len(summary.outcomes)),
        ("inputs unchanged (already ingested)", summary.count("unchanged")),
        ("inputs failed", summary.count("failed")),
        ("inputs partly ingested", summary.count("partial")),
        ("documents ingested", summary.documents),
        ("exact duplicates linked", summary.exact_duplicates),
        ("near duplicates linked", summary.near_duplicates),
        ("repeated paragraphs removed", summary.repeated_paragraphs),
        ("boilerplate lines removed", summary.boilerplate_lines),
    ]
    rows += [(f"flagged: {kind}", n) for kind, n in sorted(summary.flags.items())]
    for what, n in rows:
        table.add_row(what, str(n))
    return table


@docs_app.command("list")
def docs_list(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50,
    canonical: Annotated[bool, typer.Option(help="Hide documents that duplicate another.")] = False,
    source: Annotated[str | None, typer.Option(help="Only this source (outlet or folder).")] = None,
    as_json: JsonOption = False,
) -> None:
    """List stored documents, newest first."""
    try:
        with open_store(db, read_only=True) as store:
            docs = doc_store.list_documents(
                store, limit=limit, canonical_only=canonical, source_name=source
            )
    except TidingsError as exc:
        raise fail(exc) from exc
    if as_json:
        print(json.dumps([_doc_json(d, full=False) for d in docs], indent=2, default=str))
        return
    table = Table(title=f"{len(docs)} documents")
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for column in ("source", "title", "flags", "duplicate of"):
        table.add_column(column)
    for d in docs:
        table.add_row(
            d.id[:10],
            d.published_at.strftime("%Y-%m-%d %H:%M") if d.published_at else "",
            d.source_name,
            d.title[:60],
            ", ".join(sorted({f.kind for f in d.flags})),
            f"{d.duplicate_of[:10]} ({d.duplicate_kind})" if d.duplicate_of else "",
        )
    console.print(table)


@docs_app.command("show")
def docs_show(
    doc_id: Annotated[str, typer.Argument(help="A document id or a unique prefix of one.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one document: its metadata, flags and cleaned text."""
    try:
        with open_store(db, read_only=True) as store:
            doc = doc_store.get_document(store, doc_id)
    except TidingsError as exc:
        raise fail(exc) from exc
    if doc is None:
        err.print(
            f"[red]error:[/] no single document has an id starting {doc_id!r}; "
            "see `tidings docs list`"
        )
        raise typer.Exit(2)
    if as_json:
        print(json.dumps(_doc_json(doc, full=True), indent=2, default=str))
        return
    console.print(f"[bold]{doc.title}[/]")
    console.print(
        f"id {doc.id} · {doc.source_name} · published {doc.published_at} "
        f"({doc.date_source.value}) · {doc.url or doc.source}",
        highlight=False,
    )
    if doc.duplicate_of:
        console.print(f"[yellow]{doc.duplicate_kind} duplicate of {doc.duplicate_of}[/]")
    for flag in doc.flags:
        console.print(f"[yellow]flag {flag.kind}[/] at {flag.start}-{flag.end}: {flag.detail}")
    if doc.repeated_paragraphs:
        console.print(f"{doc.repeated_paragraphs} repeated paragraph(s) removed")
    console.print()
    console.print(doc.text, highlight=False)


def _doc_json(doc: doc_store.Document, full: bool) -> dict[str, object]:
    data = asdict(doc)
    data["date_source"] = doc.date_source.value
    if not full:
        data.pop("text")
    return data
