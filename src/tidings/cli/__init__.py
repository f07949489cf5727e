"""The ``tidings`` command line: parse arguments, call a plain function, print the result.

Commands live beside this module by the stage they serve (ingest, evidence, questions,
forecast, brief); each only parses, calls the stage's functions and prints.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tidings.errors import TidingsError

app = typer.Typer(
    help="Tidings: news in, calibrated and explained probabilities on event questions out.\n\n"
    "A session: `tidings ingest FOLDER`, `tidings extract`, `tidings questions add FILE`, "
    "`tidings forecast`, `tidings explain QUESTION`, `tidings brief QUESTION`. The store is "
    "./tidings.duckdb unless --db or TIDINGS_DB says otherwise. `tidings demo` runs it all "
    "on the bundled sample.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

E = TypeVar("E", bound=Enum)

console = Console()
err = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="TIDINGS_DB", help="The store file (default ./tidings.duckdb)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def fail(exc: TidingsError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
    return typer.Exit(2)


def progress_bar(quiet: bool = False) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )


def parse_date(value: str | None, option: str):  # type: ignore[no-untyped-def]
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise TidingsError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from exc


def parse_choice(value: str | None, choices: type[E], option: str) -> E | None:
    """One member of an enum named on the command line, or an error that lists them all."""
    if value is None:
        return None
    try:
        return choices(value.lower())
    except ValueError as exc:
        names = ", ".join(str(c.value) for c in choices)
        raise TidingsError(f"{option} {value!r} is not one of: {names}") from exc


def json_default(value: object) -> object:
    return value.value if isinstance(value, Enum) else str(value)


from tidings.cli import brief, demo, evidence, forecast, ingest, questions  # noqa: E402,F401,I001
