"""``tidings forecast``, ``tidings explain`` and ``tidings eval``."""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tidings.cli import DbOption, JsonOption, app, console, fail, json_default, parse_date
from tidings.errors import TidingsError
from tidings.store.db import open_store

eval_app = typer.Typer(help="Score forecasts on resolved questions.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

EmbedOption = Annotated[
    bool, typer.Option(help="Use sentence embeddings in linking (slower to start).")
]


@app.command("forecast")
def forecast_command(
    db: DbOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            help="Forecast as of this day (YYYY-MM-DD); only "
            "what was known before it is used. Default: today."
        ),
    ] = None,
    embeddings: EmbedOption = True,
    as_json: JsonOption = False,
) -> None:
    """Link evidence and write a forecast for every open question and deadline."""
    from tidings.forecast.service import Desk

    try:
        day = parse_date(as_of, "--as-of") or datetime.now(UTC).date()
        with open_store(db) as store:
            desk = Desk(store, use_embeddings=embeddings).load()
            forecasts = desk.forecast(day)
    except TidingsError as exc:
        raise fail(exc) from exc
    if as_json:
        print(json.dumps([asdict(f) for f in forecasts], indent=2, default=json_default))
        return
    console.print(forecast_table(forecasts, desk.questions, f"Forecasts as of {day.isoformat()}"))


def forecast_table(forecasts, questions, title: str) -> Table:  # type: ignore[no-untyped-def]
    """Each forecast beside the market's price for its deadline, with its weightiest news
    (`tidings explain` gives every term)."""
    from tidings.forecast.engine import market_for

    by_id = {q.id: q for q in questions}
    table = Table(title=title)
    # the deadline sits under the question id, leaving the evidence its room
    for column in ("question / deadline", "P(yes)", "market"):
        table.add_column(column, no_wrap=True)
    table.add_column("top evidence")
    for f in forecasts:
        quote = market_for(by_id[f.question_id], f.deadline, f.as_of)
        market = ""
        if quote:
            market = f"{quote.probability:.2f}" + ("\n[dim]implied[/]" if quote.implied else "")
        top = max(
            (c for c in f.contributions if c.kind == "evidence"),
            key=lambda c: abs(c.log_odds),
            default=None,
        )
        table.add_row(
            f"{f.question_id}\n[dim]by {f.deadline}[/]",
            f"{f.probability:.2f}",
            market,
            f"{top.log_odds:+.2f} {top.label}" if top else "",
        )
    return table


@app.command("explain")
def explain_command(
    question_id: Annotated[str, typer.Argument(help="The question's id.")],
    db: DbOption = None,
    as_of: Annotated[str | None, typer.Option(help="As of this day (default: today).")] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Write the probability timeline here (.png or .svg).")
    ] = None,
    embeddings: EmbedOption = True,
    as_json: JsonOption = False,
) -> None:
    """Show a forecast's contributions, input by input, and plot its timeline."""
    from tidings.forecast.service import Desk, plot_timeline, timeline

    try:
        day = parse_date(as_of, "--as-of") or datetime.now(UTC).date()
        with open_store(db) as store:
            desk = Desk(store, use_embeddings=embeddings).load()
            question = next((q for q in desk.questions if q.id == question_id), None)
            if question is None:
                raise TidingsError(f"no question {question_id!r}; see `tidings questions list`")
            forecasts = desk.forecast(day, [question_id], save=False)
            if plot is not None:
                start = question.open_date or day - timedelta(days=30)
                points = timeline(desk, question, start, min(day, question.close_date or day))
                plot_timeline(question, points, plot)
    except TidingsError as exc:
        raise fail(exc) from exc
    if as_json:
        print(json.dumps([asdict(f) for f in forecasts], indent=2, default=json_default))
        return
    console.print(f"[bold]{question.title}[/]")
    if not forecasts:
        console.print("no deadline ahead of this date: nothing to forecast")
    for f in forecasts:
        console.print(contributions_table(f))
    if any(c.doc_id for f in forecasts for c in f.contributions):
        console.print("`tidings docs show DOC` shows the document a term rests on.")
    if plot is not None:
        console.print(f"\ntimeline written to {plot}")


def contributions_table(forecast, limit: int | None = None) -> Table:  # type: ignore[no-untyped-def]
    """A forecast's terms in log-odds, each with the document it rests on; with ``limit``,
    only the largest."""
    terms = forecast.contributions
    if limit is not None:
        terms = sorted(terms, key=lambda c: -abs(c.log_odds))[:limit]
    table = Table(
        title=f"{forecast.question_id} by {forecast.deadline}: "
        f"[bold]{forecast.probability:.2f}[/] as of {forecast.as_of}",
        title_justify="left",
    )
    table.add_column("log-odds", justify="right", no_wrap=True)
    table.add_column("input", no_wrap=True)
    table.add_column("what it rests on")
    table.add_column("doc", no_wrap=True)
    for c in terms:
        table.add_row(f"{c.log_odds:+.2f}", c.kind, c.label, (c.doc_id or "")[:8])
    # the terms add up to the forecast: its log-odds, hence its probability
    total = sum(c.log_odds for c in forecast.contributions)
    n = len(forecast.contributions)
    table.add_section()
    table.add_row(
        f"[bold]{total:+.2f}[/]",
        "total",
        ("sum" if len(terms) == n else f"sum of all {n} terms") + f": P(yes) "
        f"{forecast.probability:.2f}",
        "",
    )
    return table


@eval_app.command("forecastbench")
def eval_forecastbench(
    data_dir: Annotated[
        Path, typer.Argument(help="A folder with question_sets/ and resolution_sets/.")
    ],
    last: Annotated[
        int, typer.Option(help="Score the last N rounds (each fitted on earlier ones).")
    ] = 6,
    out: Annotated[
        Path | None, typer.Option(help="Write the report (JSON) and reliability diagram here.")
    ] = None,
) -> None:
    """Score Tidings point-in-time on ForecastBench rounds, with baselines."""
    from tidings.evaluate.forecastbench import evaluate_forecastbench

    try:
        report = evaluate_forecastbench(data_dir, last_n=last)
    except TidingsError as exc:
        raise fail(exc) from exc
    data = report.to_dict()
    for note in report.skipped:
        console.print(f"[yellow]skipped[/yellow] {note}", highlight=False)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "forecastbench.json").write_text(json.dumps(data, indent=2, default=json_default))
        from tidings.evaluate.forecastbench import write_reliability_diagram

        write_reliability_diagram(report, out / "reliability.png")
        console.print(f"report and reliability diagram written to {out}")
    shown = [m for m in ("model", "always_0.5", "imputed", "reference") if m in data["methods"]]
    table = Table(
        title=f"ForecastBench Brier, {len(data['rounds_scored'])} rounds from "
        f"{data['rounds_scored'][0]}",
        caption="lower is better",
    )
    table.add_column("")
    for name in shown:
        table.add_column(name, justify="right")
    sources = sorted({src for m in data["methods"].values() for src in m["by_source"]})
    horizons = sorted({int(h) for m in data["methods"].values() for h in m["by_horizon_days"]})

    def brier(method: str, row: str) -> float | None:
        m = data["methods"][method]
        if row == "overall":
            return m["overall"]
        if row in ("dataset", "market"):
            return (m[row] or {}).get("brier")
        if row.startswith("dataset, "):
            return (m["by_horizon_days"].get(row.split()[1]) or {}).get("brier")
        return (m["by_source"].get(row) or {}).get("brier")

    sections = [["overall", "dataset", "market"], sources, [f"dataset, {h} days" for h in horizons]]
    for section in sections:
        table.add_section()
        for row in section:
            values = [brier(name, row) for name in shown]
            table.add_row(row, *("–" if v is None else f"{v:.4f}" for v in values))
    console.print(table)
    model = data["methods"]["model"]
    logs = [
        f"{kind} {model[kind]['log_score']:.4f}" for kind in ("dataset", "market") if model[kind]
    ]
    console.print(
        f"Log score of the model (lower is better; Always 0.5 scores {math.log(2):.4f}): "
        + ", ".join(logs),
        highlight=False,
    )
    console.print(
        f"N: {data['n']['dataset']} dataset items, {data['n']['market']} market "
        f"questions; {data['scoring']}",
        highlight=False,
    )
