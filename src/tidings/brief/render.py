"""Briefs as Markdown (the canonical form the grounding check reads), HTML and PDF.

The HTML page is self-contained: styles inline, probability charts as inline SVG, and the
Markdown source embedded so that ``tidings check-brief`` can verify the page itself.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from tidings.brief.model import MODEL, Brief, Line, TableRow
from tidings.brief.writer import percent


def _table_cells(r: TableRow) -> tuple[str, str, str]:
    """Change since the last brief, market price and the model's gap to it, as printed."""
    change = "new" if r.previous is None else f"{round(100 * (r.probability - r.previous)):+d} pts"
    if r.market is None:
        return change, "–", "–"
    return change, percent(r.market), f"{round(100 * (r.probability - r.market)):+d} pts"


def _cites(line: Line) -> str:
    marks = "".join(f"[{n}]" for n in line.citations)
    return marks + (f"[{MODEL}]" if line.model else "")


def _sentence(line: Line) -> str:
    marks = _cites(line)
    return f"{line.text} {marks}".rstrip() if marks else line.text


def to_markdown(brief: Brief) -> str:
    out = [
        f"# {brief.headline} [{MODEL}]",
        "",
        f"*Tidings brief as of {brief.as_of.isoformat()} · questions: "
        f"{', '.join(brief.question_ids) or '(topic)'}*",
        "",
    ]
    if brief.lede:
        out += [" ".join(_sentence(line) for line in brief.lede), ""]
    for section in brief.sections:
        out += [f"## {section.title}", "", " ".join(_sentence(line) for line in section.lines), ""]
    if brief.table:
        out += [
            "## Probabilities",
            "",
            "| Question | Deadline | Tidings | Change | Market | Gap | Top contribution |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for r in brief.table:
            change, market, gap = _table_cells(r)
            top = r.top.replace("|", "/")
            out.append(
                f"| {r.title} | {r.deadline.isoformat()} | {percent(r.probability)} | "
                f"{change} | {market} | {gap} | {top} |"
            )
        out.append("")
    if brief.watchpoints:
        out += ["## Watchpoints", ""]
        for w in brief.watchpoints:
            marks = "".join(f"[{n}]" for n in w.citations)
            out.append(f"- **{w.label}** — {w.text} {marks}".rstrip())
        out.append("")
    if brief.citations:
        out += ["## Sources", ""]
        first = _first_citations(brief)
        for c in brief.citations:
            if first[c.doc_id] != c.number:  # an article quoted again: its sentence only
                out.append(f"{c.number}. same article as [{first[c.doc_id]}] — doc `{c.doc_id}`")
            else:
                title = f"[{c.title}]({c.url})" if c.url else c.title
                out.append(
                    f"{c.number}. {title} — {c.source_name}, {c.published.isoformat()} — "
                    f"doc `{c.doc_id}`"
                )
            out.append(f"   > {c.sentence}")
        out.append("")
    return "\n".join(out)


def _first_citations(brief: Brief) -> dict[str, int]:
    """Each cited document's first citation number: a source list names an article once."""
    first: dict[str, int] = {}
    for c in brief.citations:
        first.setdefault(c.doc_id, c.number)
    return first


_STYLE = """
body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1{font-size:1.6rem;line-height:1.25} h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
.meta{color:#666;font-style:italic} sup{color:#1f4e79;font-size:.7em}
table{border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:.85rem;width:100%}
td,th{border-bottom:1px solid #e3e3e3;padding:.3rem .4rem;text-align:left;vertical-align:top}
blockquote{margin:.2rem 0 .6rem 1rem;color:#555;font-size:.9rem}
.sources li{margin-bottom:.4rem} .chart svg{max-width:100%;height:auto}
"""


def _html_line(line: Line) -> str:
    marks = "".join(f'<sup><a href="#src-{n}">[{n}]</a></sup>' for n in line.citations)
    if line.model:
        marks += '<sup title="Tidings model">[model]</sup>'
    return f"{html.escape(line.text)}{marks}"


def to_html(brief: Brief, markdown: str) -> str:
    parts = [
        f"<h1>{html.escape(brief.headline)}</h1>",
        f'<p class="meta">Tidings brief as of {brief.as_of.isoformat()}</p>',
    ]
    if brief.lede:
        parts.append(f"<p><strong>{' '.join(_html_line(x) for x in brief.lede)}</strong></p>")
    for section in brief.sections:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        parts.append(f"<p>{' '.join(_html_line(x) for x in section.lines)}</p>")
    if brief.table:
        parts.append(
            "<h2>Probabilities</h2><table><tr><th>Question</th><th>Deadline</th>"
            "<th>Tidings</th><th>Change</th><th>Market</th><th>Top contribution</th></tr>"
        )
        for r in brief.table:
            change, market, _ = _table_cells(r)
            parts.append(
                f"<tr><td>{html.escape(r.title)}</td><td>{r.deadline}</td>"
                f"<td><b>{percent(r.probability)}</b></td><td>{change}</td>"
                f"<td>{market}</td><td>{html.escape(r.top)}</td></tr>"
            )
        parts.append("</table>")
    for qid, svg in brief.charts.items():
        parts.append(f'<div class="chart" aria-label="timeline {html.escape(qid)}">{svg}</div>')
    if brief.watchpoints:
        parts.append("<h2>Watchpoints</h2><ul>")
        for w in brief.watchpoints:
            marks = "".join(f'<sup><a href="#src-{n}">[{n}]</a></sup>' for n in w.citations)
            parts.append(f"<li><b>{w.label}</b> — {html.escape(w.text)}{marks}</li>")
        parts.append("</ul>")
    if brief.citations:
        parts.append('<h2>Sources</h2><ol class="sources">')
        first = _first_citations(brief)
        for c in brief.citations:
            if first[c.doc_id] != c.number:
                n = first[c.doc_id]
                where = f'same article as <a href="#src-{n}">[{n}]</a>'
            else:
                title = (
                    f'<a href="{html.escape(c.url)}">{html.escape(c.title)}</a>'
                    if c.url
                    else html.escape(c.title)
                )
                where = f"{title} — {html.escape(c.source_name)}, {c.published}"
            parts.append(
                f'<li id="src-{c.number}">{where} '
                f"<blockquote>{html.escape(c.sentence)}</blockquote></li>"
            )
        parts.append("</ol>")
    source = html.escape(markdown)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>'
        f"{html.escape(brief.headline)}</title><style>{_STYLE}</style></head><body>"
        + "\n".join(parts)
        + f'<script type="text/markdown" id="tidings-source">{source}</script></body></html>'
    )


def markdown_from_html(page: str) -> str:
    """The Markdown source embedded in a Tidings HTML brief."""
    marker = '<script type="text/markdown" id="tidings-source">'
    start = page.find(marker)
    if start < 0:
        return ""
    end = page.find("</script>", start)
    return html.unescape(page[start + len(marker) : end])


def to_pdf(brief: Brief, markdown: str, path: Path) -> Path:
    """A PDF of the brief (fpdf2 renders our simple HTML; charts are left to the HTML form)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    body = to_html(
        Brief(
            brief.headline,
            brief.lede,
            brief.sections,
            brief.table,
            brief.watchpoints,
            brief.citations,
            brief.as_of,
            brief.question_ids,
        ),
        "",
    )
    body = body.split("<body>", 1)[1].split("<script", 1)[0]
    body = re.sub(r'<a href="#[^"]*">(.*?)</a>', r"\1", body)  # in-page anchors: not in PDF
    pdf.write_html(_latin1(body))
    pdf.output(str(path))
    return path


def _latin1(text: str) -> str:
    """The core PDF fonts are Latin-1: map typographic characters to plain ones."""
    table = str.maketrans(
        {"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "…": "...", "·": "-"}
    )
    return text.translate(table).encode("latin-1", "replace").decode("latin-1")
