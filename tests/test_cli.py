"""The commands a user runs after ingest: questions, forecast, explain, brief, check-brief,
eval — on a copy of the sample store, through the real CLI."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app

from .conftest import DATA, SHARED

runner = CliRunner()
SAMPLE_QUESTIONS = {"kyiv-strike-2025-12-31", "ceasefire-2026-03-31", "peace-agreement-2026-06-30"}


@pytest.fixture
def db(sample_store, tmp_path: Path) -> str:
    sample_store.conn.execute("CHECKPOINT")
    path = tmp_path / "copy.duckdb"
    shutil.copy(sample_store.path, path)
    return str(path)


def test_help_is_useful() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "ingest",
        "extract",
        "questions",
        "forecast",
        "explain",
        "brief",
        "check-brief",
        "eval",
    ):
        assert command in result.output
    for sub in (["ingest", "--help"], ["brief", "--help"], ["questions", "import", "--help"]):
        assert runner.invoke(app, sub).exit_code == 0


def test_questions_list_and_bad_yaml(db: str, tmp_path: Path) -> None:
    listed = runner.invoke(app, ["questions", "list", "--db", db, "--json"])
    assert listed.exit_code == 0
    assert {q["id"] for q in json.loads(listed.output)} >= {"kyiv-strike-2025-12-31"}
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- id: x\n  title: X\n  prices:\n    - {at: '2025-12-01T00:00:00Z', probability: 1.4}\n"
    )
    result = runner.invoke(app, ["questions", "add", str(bad), "--db", db])
    assert result.exit_code == 2 and "1.4" in result.output


def test_questions_list_as_of_shows_the_price_a_forecast_of_that_day_uses(db: str) -> None:
    latest = runner.invoke(app, ["questions", "list", "--db", db]).output
    assert "kyiv-strike-2025-12-31" in latest and "0.98 polymarket" in latest
    then = runner.invoke(app, ["questions", "list", "--db", db, "--as-of", "2025-12-20"])
    assert then.exit_code == 0, then.output
    # the last price strictly before the day, with its date: what `forecast --as-of` reads
    assert "0.78 polymarket" in then.output and "2025-12-18" in then.output
    assert "0.98" not in then.output
    bad = runner.invoke(app, ["questions", "list", "--db", db, "--as-of", "soon"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_questions_list_as_of_in_json_hides_what_was_not_yet_known(db: str, tmp_path: Path) -> None:
    resolved = tmp_path / "resolved.yaml"
    resolved.write_text(
        "- id: truce-by-june\n  title: Truce by June?\n  resolution_dates: [2025-06-30]\n"
        "  outcome: 'yes'\n  resolved_at: 2025-06-10\n  prices:\n"
        "    - {at: '2025-05-01T00:00:00Z', probability: 0.2, venue: manifold}\n"
        "    - {at: '2025-06-05T00:00:00Z', probability: 0.7, venue: manifold}\n"
    )
    assert runner.invoke(app, ["questions", "add", str(resolved), "--db", db]).exit_code == 0

    def listed(day: str) -> dict:
        out = runner.invoke(app, ["questions", "list", "--db", db, "--as-of", day, "--json"])
        assert out.exit_code == 0, out.output
        return next(q for q in json.loads(out.output) if q["id"] == "truce-by-june")

    before = listed("2025-06-01")  # one price seen, outcome not yet known
    assert [p["probability"] for p in before["prices"]] == [0.2]
    assert before["outcome"] == "open" and before["resolved_at"] is None
    after = listed("2025-06-11")
    assert [p["probability"] for p in after["prices"]] == [0.2, 0.7]
    assert after["outcome"] == "yes" and after["resolved_at"] == "2025-06-10"


def test_forecast_on_a_store_with_questions_but_no_articles_yet(tmp_path: Path) -> None:
    from tidings.demo import sample_dir

    db = str(tmp_path / "new.duckdb")
    added = runner.invoke(
        app, ["questions", "add", str(sample_dir() / "questions.yaml"), "--db", db]
    )
    assert added.exit_code == 0, added.output
    out = runner.invoke(app, ["forecast", "--db", db, "--as-of", "2025-12-31", "--json"])
    assert out.exit_code == 0, out.output
    forecasts = json.loads(out.output)
    assert {f["question_id"] for f in forecasts} == SAMPLE_QUESTIONS
    # prior, time and market only: there is no news to weigh
    assert {c["kind"] for f in forecasts for c in f["contributions"]} <= {"prior", "time", "market"}


def test_questions_import_from_a_venue_served_locally(db: str, local_server) -> None:
    payload = (DATA / "markets" / "manifold" / "market_Lp3ZqY8hXt_resolved.json").read_bytes()
    base = local_server({"/v0/market/Lp3ZqY8hXt": (200, "application/json", payload)})
    result = runner.invoke(
        app,
        [
            "questions",
            "import",
            "manifold",
            "Lp3ZqY8hXt",
            "--db",
            db,
            "--base-url",
            base,
            "--no-prices",
        ],
    )
    assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(app, ["questions", "list", "--db", db, "--json"]).output)
    assert "manifold-Lp3ZqY8hXt" in {q["id"] for q in listed}


def test_unreachable_venue_is_a_clear_error(db: str) -> None:
    result = runner.invoke(
        app,
        [
            "questions",
            "import",
            "polymarket",
            "516710",
            "--db",
            db,
            "--base-url",
            "http://127.0.0.1:9",
        ],
    )
    assert result.exit_code == 2 and "could not reach" in result.output


def test_forecast_explain_and_plot(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["forecast", "--db", db, "--as-of", "2025-12-31", "--json"])
    assert result.exit_code == 0, result.output
    forecasts = json.loads(result.output)
    assert {f["question_id"] for f in forecasts} == SAMPLE_QUESTIONS
    # the table sets each forecast beside the market's price for its own deadline: March's
    # price as quoted, January's the share of it that January's days carry
    lines = runner.invoke(app, ["forecast", "--db", db, "--as-of", "2025-12-31"]).output
    lines = lines.splitlines()

    def cells(deadline: str, below: int = 0) -> list[str]:  # the figures sit one row above
        at = next(i for i, line in enumerate(lines) if f"by {deadline}" in line)
        return [c.strip() for c in lines[at - 1 + below].split("│")]

    march, january = cells("2026-03-31"), cells("2026-01-31")
    assert march[1] == january[1] == "ceasefire-2026-03-31"
    assert (march[3], january[3]) == ("0.15", "0.06")
    # January's figure is no market's quote, and says so
    assert cells("2026-01-31", below=1)[3] == "implied" and cells("2026-03-31", below=1)[3] == ""
    plot = tmp_path / "timeline.png"
    result = runner.invoke(
        app,
        [
            "explain",
            "kyiv-strike-2025-12-31",
            "--db",
            db,
            "--as-of",
            "2025-12-31",
            "--plot",
            str(plot),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "log-odds" in result.output and "prior" in result.output
    assert plot.read_bytes().startswith(b"\x89PNG")
    # the terms add up to the forecast, and each evidence term names its document
    data = json.loads(
        runner.invoke(
            app,
            ["explain", "kyiv-strike-2025-12-31", "--db", db, "--as-of", "2025-12-31", "--json"],
        ).output
    )
    (forecast,) = data
    total = sum(c["log_odds"] for c in forecast["contributions"])
    assert 1 / (1 + math.exp(-total)) == pytest.approx(forecast["probability"])
    assert f"P(yes) {forecast['probability']:.2f}" in result.output
    evidence = [c for c in forecast["contributions"] if c["doc_id"]]
    assert evidence and all(c["doc_id"][:8] in result.output for c in evidence)
    unknown = runner.invoke(app, ["explain", "nope", "--db", db])
    assert unknown.exit_code == 2 and "questions list" in unknown.output


def test_brief_then_check_brief(db: str, tmp_path: Path) -> None:
    out = tmp_path / "brief"
    result = runner.invoke(
        app,
        [
            "brief",
            "kyiv-strike-2025-12-31",
            "ceasefire-2026-03-31",
            "--db",
            db,
            "--as-of",
            "2025-12-31",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "sentences pass" in result.output
    checked = runner.invoke(app, ["check-brief", str(out.with_suffix(".html")), "--db", db])
    assert checked.exit_code == 0, checked.output
    text = out.with_suffix(".md").read_text()
    broken = tmp_path / "broken.md"
    broken.write_text(
        text.replace("## Probabilities", "Kyiv was struck 12 times. \n\n## Probabilities")
    )
    failed = runner.invoke(app, ["check-brief", str(broken), "--db", db])
    assert failed.exit_code == 1 and "uncited" in failed.output


@pytest.mark.skipif(not (SHARED / "forecastbench").exists(), reason="needs ../shared/data")
def test_eval_forecastbench_command(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "eval",
            "forecastbench",
            str(SHARED / "forecastbench"),
            "--last",
            "2",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "always_0.5" in result.output
    # per source, per horizon and the log score, as the report file has them
    assert "wikipedia" in result.output and "dataset, 7 days" in result.output
    assert "Log score of the model" in result.output
    report = json.loads((tmp_path / "forecastbench.json").read_text())
    assert report["methods"]["model"]["overall"] < report["methods"]["always_0.5"]["overall"]
    assert (tmp_path / "reliability.png").exists()


def test_demo_runs_the_whole_pipeline_and_writes_its_outputs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    # the contested claims it found, each question's probability with its contributions
    assert "contested" in result.output
    for question in SAMPLE_QUESTIONS:
        assert f"{question} by " in result.output
    assert result.output.count("sum of all") == 4  # the ceasefire question has two deadlines
    assert "grounding check: " in result.output and "sentences pass" in result.output
    written = {p.name for p in tmp_path.iterdir()}
    assert {"brief.md", "brief.html", "demo.duckdb"} <= written
    assert {f"timeline-{q}.png" for q in SAMPLE_QUESTIONS} <= written
