"""Writing a brief end to end: gather, write, optionally polish, check, render."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tidings.brief.check import CheckReport, check_markdown
from tidings.brief.gather import BriefInputs, gather
from tidings.brief.model import Brief
from tidings.brief.render import to_html, to_markdown, to_pdf
from tidings.brief.writer import write_brief
from tidings.errors import TidingsError
from tidings.forecast.service import Desk, plot_timeline, timeline
from tidings.store import documents as doc_store
from tidings.store.db import Store


class UngroundedBriefError(TidingsError):
    """The brief failed its grounding check and was not written."""

    def __init__(self, report: CheckReport) -> None:
        reasons = "; ".join(f"'{s.text[:50]}…': {s.reason}" for s in report.failures[:3])
        super().__init__(
            f"{len(report.failures)} sentence(s) failed the grounding check ({reasons}); "
            "the brief was not written. Fix the inputs, or pass --allow-ungrounded"
        )
        self.report = report


@dataclass
class WrittenBrief:
    brief: Brief
    markdown: str
    report: CheckReport
    paths: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def compose(
    store: Store,
    question_ids: list[str],
    as_of: date,
    since: date | None = None,
    charts: bool = False,
    use_embeddings: bool = True,
    desk: Desk | None = None,
    topic: str | None = None,
) -> tuple[Brief, BriefInputs]:
    desk = desk or Desk(store, use_embeddings=use_embeddings).load()
    inputs = gather(store, question_ids, as_of, since, desk=desk, topic=topic)
    svgs = {}
    if charts:
        for q in inputs.questions:
            start = q.open_date or as_of - timedelta(days=30)
            points = timeline(desk, q, start, min(as_of, q.close_date or as_of))
            svgs[q.id] = _svg(q, points)
    return write_brief(inputs, svgs), inputs


def _svg(question, points) -> str:  # type: ignore[no-untyped-def]
    """The timeline chart as inline SVG markup."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = plot_timeline(question, points, Path(tmp) / "chart.svg")
        svg = path.read_text()
    return svg[svg.find("<svg") :]


def check_brief(markdown: str, store: Store | None) -> CheckReport:
    documents = None
    if store is not None:
        ids = sorted(set(_doc_ids(markdown)))
        documents = doc_store.texts(store, ids)
    return check_markdown(markdown, documents)


def _doc_ids(markdown: str) -> list[str]:
    import re

    return re.findall(r"doc `([^`]+)`", markdown)


def write_files(
    store: Store,
    question_ids: list[str],
    as_of: date,
    out: Path,
    formats: list[str],
    since: date | None = None,
    allow_ungrounded: bool = False,
    llm_url: str | None = None,
    llm_model: str = "default",
    llm_key: str | None = None,
    use_embeddings: bool = True,
    desk: Desk | None = None,
    topic: str | None = None,
) -> WrittenBrief:
    """Write the brief to ``out`` (a file stem) in each format, after the grounding check."""
    if not question_ids and not topic:
        raise TidingsError("name at least one question, or a --topic")
    brief, _ = compose(
        store,
        question_ids,
        as_of,
        since,
        charts="html" in formats,
        use_embeddings=use_embeddings,
        desk=desk,
        topic=topic,
    )
    notes: list[str] = []
    if llm_url:
        from tidings.brief.llm import polish

        brief, notes = polish(brief, llm_url, llm_model, llm_key)
    markdown = to_markdown(brief)
    report = check_brief(markdown, store)
    if not report.passed and not allow_ungrounded:
        raise UngroundedBriefError(report)
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in formats:
        path = out.with_suffix(f".{fmt}")
        if fmt == "md":
            path.write_text(markdown, encoding="utf-8")
        elif fmt == "html":
            path.write_text(to_html(brief, markdown), encoding="utf-8")
        elif fmt == "pdf":
            to_pdf(brief, markdown, path)
        else:
            raise TidingsError(f"unknown brief format {fmt!r}; use md, html or pdf")
        paths.append(path)
    return WrittenBrief(brief, markdown, report, paths, notes)
