"""``tidings brief`` and ``tidings check-brief``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tidings.cli import DbOption, app, console, err, fail, parse_date
from tidings.errors import TidingsError
from tidings.store.db import open_store


@app.command("brief")
def brief_command(
    questions: Annotated[
        list[str] | None, typer.Argument(help="Question ids the brief is about.")
    ] = None,
    topic: Annotated[
        str | None, typer.Option(help="Also (or instead) cover these words: a topic brief.")
    ] = None,
    db: DbOption = None,
    since: Annotated[
        str | None, typer.Option(help="Only articles published on or after YYYY-MM-DD.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option(help="Write as of this day (default: today).")
    ] = None,
    format_: Annotated[
        list[str] | None, typer.Option("--format", help="md, html or pdf; repeatable.")
    ] = None,
    out: Annotated[Path, typer.Option(help="Output path without suffix.")] = Path("out/brief"),
    allow_ungrounded: Annotated[
        bool, typer.Option(help="Write even if sentences fail the grounding check.")
    ] = False,
    llm_url: Annotated[
        str | None, typer.Option(help="An OpenAI-compatible endpoint to polish the prose.")
    ] = None,
    llm_model: Annotated[
        str, typer.Option(help="The model name to ask the endpoint for.")
    ] = "default",
    embeddings: Annotated[bool, typer.Option(help="Use sentence embeddings in linking.")] = True,
) -> None:
    """Write a grounded brief: headline, lede, themed sections, probabilities, watchpoints,
    numbered sources. Every sentence is checked against its source before the file is written."""
    import os

    from tidings.brief.service import write_files

    try:
        day = parse_date(as_of, "--as-of") or datetime.now(UTC).date()
        with open_store(db) as store:
            written = write_files(
                store,
                questions or [],
                day,
                out,
                format_ or ["md", "html"],
                topic=topic,
                since=parse_date(since, "--since"),
                allow_ungrounded=allow_ungrounded,
                llm_url=llm_url,
                llm_model=llm_model,
                llm_key=os.environ.get("TIDINGS_LLM_KEY"),
                use_embeddings=embeddings,
            )
    except TidingsError as exc:
        raise fail(exc) from exc
    for note in written.notes:
        err.print(f"[yellow]note:[/] {note}", soft_wrap=True)
    failures = written.report.failures
    console.print(
        f"grounding check: {len(written.report.sentences) - len(failures)}/"
        f"{len(written.report.sentences)} sentences pass"
    )
    for path in written.paths:
        console.print(f"wrote {path}")


@app.command("check-brief")
def check_brief_command(
    file: Annotated[Path, typer.Argument(help="A brief written by Tidings (.md or .html).")],
    db: DbOption = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show passing sentences too.")
    ] = False,
) -> None:
    """Check every sentence of a brief against its cited sources; exit 1 if any fails."""
    from tidings.brief.render import markdown_from_html
    from tidings.brief.service import check_brief

    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise fail(TidingsError(f"cannot read {file}: {exc}")) from exc
    markdown = markdown_from_html(text) if file.suffix.lower() in (".html", ".htm") else text
    if not markdown.strip():
        raise fail(TidingsError(f"{file} holds no Tidings brief"))
    try:
        if db is not None or Path("tidings.duckdb").exists():
            with open_store(db, read_only=True) as store:
                report = check_brief(markdown, store)
        else:
            report = check_brief(markdown, None)
    except TidingsError as exc:
        raise fail(exc) from exc
    table = Table(title=f"{file}: {'pass' if report.passed else 'FAIL'}")
    for column in ("", "section", "sentence", "reason"):
        table.add_column(column)
    for s in report.sentences:
        if verbose or not s.ok:
            table.add_row("ok" if s.ok else "[red]fail[/]", s.section, s.text[:80], s.reason)
    console.print(table)
    console.print(
        f"{len(report.sentences) - len(report.failures)}/{len(report.sentences)} sentences pass"
    )
    raise typer.Exit(0 if report.passed else 1)
