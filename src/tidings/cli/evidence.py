"""``tidings extract``, ``tidings claims`` and ``tidings events``."""

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
    fail,
    json_default,
    parse_choice,
    parse_date,
    progress_bar,
)
from tidings.errors import TidingsError
from tidings.extract.status import is_denial
from tidings.models import ClaimStatus, EventType, Modality, Stance
from tidings.store.db import open_store


@app.command("extract")
def extract_command(
    db: DbOption = None,
    rebuild: Annotated[bool, typer.Option(help="Redo every document, not only new ones.")] = False,
    gazetteer: Annotated[
        list[Path] | None,
        typer.Option(help="An extra gazetteer YAML (people, places, organisations); repeatable."),
    ] = None,
    rules_only: Annotated[
        bool,
        typer.Option(
            "--rules-only",
            help="Events by the rules alone, without the event reader: about a sixth faster, "
            "events F1 0.04 to 0.09 lower on new text (docs/benchmarks.md).",
        ),
    ] = False,
) -> None:
    """Extract entities, claims, events, quantities and times from new canonical documents."""
    from tidings.extract.pipeline import run_extraction

    try:
        with open_store(db) as store, progress_bar() as progress:
            task = progress.add_task("extracting", total=None)

            def done(doc_id: str, error: str | None) -> None:
                progress.advance(task)
                if error:
                    progress.console.print(
                        f"[red]failed[/] document {doc_id}: {error}", soft_wrap=True
                    )

            summary = run_extraction(
                store,
                rebuild=rebuild,
                gazetteers=tuple(gazetteer or ()),
                on_start=lambda n: progress.update(task, total=n),
                on_document=done,
                with_reader=not rules_only,
            )
    except TidingsError as exc:
        raise fail(exc) from exc
    console.print(extract_table(summary))
    if summary.older:
        console.print(
            f"[yellow]note[/] {sum(summary.older.values())} documents in the store were "
            f"extracted by another version of the extractor ({', '.join(sorted(summary.older))}"
            "); `tidings extract --rebuild` reads them again with this one.",
            soft_wrap=True,
        )
    raise typer.Exit(1 if summary.errors else 0)


def extract_table(summary) -> Table:  # type: ignore[no-untyped-def]
    table = Table(title="Extraction summary", show_header=False)
    for what, n in (
        ("documents extracted", summary.documents),
        ("claims", summary.claims),
        ("  contested", summary.contested),
        ("  corroborated", summary.corroborated),
        ("events", summary.events),
        ("quantities", summary.quantities),
        ("time expressions", summary.times),
        ("documents failed", len(summary.errors)),
    ):
        table.add_row(what, str(n))
    return table


@app.command("claims")
def claims_command(
    db: DbOption = None,
    contested: Annotated[bool, typer.Option(help="Only claims another actor denies.")] = False,
    speaker: Annotated[
        str | None, typer.Option(help="Only this speaker (name or part of it).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only claims made on or after YYYY-MM-DD.")
    ] = None,
    stance: Annotated[
        str | None, typer.Option(help=f"Only this stance: {', '.join(s.value for s in Stance)}.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """List attributed claims: speaker, stance, content and status."""
    from tidings.store import evidence

    try:
        wanted = parse_choice(stance, Stance, "--stance")
        with open_store(db, read_only=True) as store:
            claims = evidence.list_claims(
                store,
                contested=contested,
                speaker=speaker,
                since=parse_date(since, "--since"),
                stance=wanted,
            )
            shown = claims[:limit]
            related = evidence.related_claims(store, shown)
    except TidingsError as exc:
        raise fail(exc) from exc
    if as_json:
        print(json.dumps([asdict(c) for c in shown], indent=2, default=json_default))
        return
    console.print(claims_table(shown, related, title=_shown(len(claims), limit, "claims")))


def _shown(total: int, limit: int, what: str) -> str:
    """A table title that says when the list was cut, and how to see the rest."""
    if total <= limit:
        return f"{total} {what}"
    return f"{limit} of {total} {what}, newest first (--limit {total} shows all)"


def _opposed_by(claim, related) -> str:  # type: ignore[no-untyped-def]
    """Who stands on the other side of a contested claim: the deniers of an assertion, the
    speakers a denial answers."""
    names = []
    for rid in claim.related:
        other = related.get(rid)
        # a denial and what it answers, or a report that it did not happen and one that it did
        if other and (
            other.stance.disputes != claim.stance.disputes or is_denial(other) != is_denial(claim)
        ):
            name = other.speaker or "(unattributed)"
            if name not in names:
                names.append(name)
    if not names:
        return ""
    more = f" +{len(names) - 1}" if len(names) > 1 else ""
    return f"\nvs {names[0]}{more}"


def claims_table(claims, related=None, title: str | None = None) -> Table:  # type: ignore[no-untyped-def]
    # the content gets the room a narrow terminal has: the document id sits under the date,
    # the stance under the speaker, the number of related claims under the status
    table = Table(title=title or f"{len(claims)} claims")
    table.add_column("made on / doc", no_wrap=True)
    table.add_column("speaker / stance", max_width=18)
    table.add_column("content")
    table.add_column("status", min_width=13, max_width=16)
    for c in claims:
        table.add_row(
            f"{c.made_on or ''}\n{c.doc_id[:8]}",
            f"{c.speaker or '(unattributed)'}\n[dim]{c.stance.value}[/]",
            c.content[:160] + ("…" if len(c.content) > 160 else ""),
            c.status.value
            + (
                _opposed_by(c, related)
                if related is not None and c.status is ClaimStatus.CONTESTED
                else ""
            )
            + (f"\n{len(c.related)} related" if c.related else ""),
        )
    return table


@app.command("events")
def events_command(
    db: DbOption = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", help=f"Only this type: {', '.join(t.value for t in EventType)}."),
    ] = None,
    modality: Annotated[
        str | None,
        typer.Option(help=f"Only this modality: {', '.join(m.value for m in Modality)}."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """List extracted events: type, modality, actor, target, place and date."""
    from tidings.store import evidence

    try:
        event_type = parse_choice(type_, EventType, "--type")
        wanted = parse_choice(modality, Modality, "--modality")
        with open_store(db, read_only=True) as store:
            events = evidence.list_events(
                store, event_type=event_type, since=parse_date(since, "--since"), modality=wanted
            )
    except TidingsError as exc:
        raise fail(exc) from exc
    if as_json:
        print(json.dumps([asdict(e) for e in events[:limit]], indent=2, default=json_default))
        return
    # date and document, type and modality share a cell so that a narrow terminal keeps them
    table = Table(title=_shown(len(events), limit, "events"))
    events = events[:limit]
    table.add_column("date / doc", no_wrap=True)
    table.add_column("type / modality", no_wrap=True)
    for column in ("trigger", "actor", "target", "location"):
        table.add_column(column)
    for e in events:
        table.add_row(
            f"{e.event_date or ''}\n{e.doc_id[:8]}",
            f"{e.type.value}\n{e.modality.value}",
            e.trigger,
            e.actor,
            e.target,
            e.location,
        )
    console.print(table)
