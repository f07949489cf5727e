"""``tidings questions add | import | list``."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tidings.cli import (
    DbOption,
    JsonOption,
    app,
    console,
    err,
    fail,
    json_default,
    parse_date,
)
from tidings.errors import TidingsError
from tidings.store import questions as question_store
from tidings.store.db import open_store

questions_app = typer.Typer(
    help="Track questions: add your own, import markets, list them.", no_args_is_help=True
)
app.add_typer(questions_app, name="questions")


@questions_app.command("add")
def add(
    files: Annotated[list[Path], typer.Argument(help="YAML files of questions (see README).")],
    db: DbOption = None,
) -> None:
    """Add or update questions written in YAML: title, criteria, deadlines, prices."""
    from tidings.questions.yaml_io import load_questions_yaml

    try:
        questions = [q for f in files for q in load_questions_yaml(f)]
        with open_store(db) as store:
            question_store.save_questions(store, questions)
    except TidingsError as exc:
        raise fail(exc) from exc
    console.print(f"{len(questions)} question(s) stored: {', '.join(q.id for q in questions)}")


@questions_app.command("import")
def import_(
    venue: Annotated[
        str, typer.Argument(help="polymarket, kalshi, metaculus, manifold or forecastbench.")
    ],
    refs: Annotated[
        list[str],
        typer.Argument(help="Market ids, slugs, tickers or URLs (a folder for forecastbench)."),
    ],
    db: DbOption = None,
    base_url: Annotated[
        str | None, typer.Option(help="Another API base URL (a mirror, a test server).")
    ] = None,
    prices: Annotated[bool, typer.Option(help="Also fetch the price history.")] = True,
) -> None:
    """Import questions (and price histories) from a market venue or ForecastBench files."""
    try:
        if venue == "forecastbench":
            from tidings.questions.forecastbench import import_questions

            questions = [q for ref in refs for q in import_questions(Path(ref))]
        else:
            from tidings.questions.importers import get_importer

            with get_importer(venue, base_url=base_url) as importer:
                questions = [importer.import_question(ref, with_prices=prices) for ref in refs]
        with open_store(db) as store:
            question_store.save_questions(store, questions)
    except TidingsError as exc:
        raise fail(exc) from exc
    console.print(f"{len(questions)} question(s) imported from {venue}")


@questions_app.command("list")
def list_(
    db: DbOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            help="Show the market price and outcome as known before this day (YYYY-MM-DD), "
            "as `tidings forecast --as-of` sees them; default: the latest."
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List tracked questions with deadlines, market price (with its date) and outcome."""
    try:
        day = parse_date(as_of, "--as-of")
        with open_store(db, read_only=True) as store:
            questions = question_store.list_questions(store)
    except TidingsError as exc:
        raise fail(exc) from exc
    if day:
        questions = [q.as_known_before(day) for q in questions]
    if as_json:
        print(json.dumps([asdict(q) for q in questions], indent=2, default=json_default))
        return
    if not questions:
        err.print("no questions yet: `tidings questions add FILE` or `tidings questions import`")
    table = Table(title=f"{len(questions)} questions" + (f" as of {day}" if day else ""))
    # the id is what `tidings explain` takes: the column is as wide as the longest, never cut;
    # the title wraps beneath it
    table.add_column("id / title", min_width=max((len(q.id) for q in questions), default=2))
    for column in ("deadlines", "market", "outcome"):
        table.add_column(column, no_wrap=True)
    for q in questions:
        price = max(q.prices, key=lambda p: p.at) if q.prices else None
        table.add_row(
            f"[bold]{q.id}[/]\n[dim]{q.title}[/]",
            "\n".join(d.isoformat() for d in q.resolution_dates),
            f"{price.probability:.2f} {price.venue}\n[dim]{price.at.date()}[/]" if price else "",
            q.outcome.value,
        )
    console.print(table)
