"""The ingest run end to end: forms, dating, idempotency, bad input, duplicates, crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.ingest.pipeline import ingest
from tidings.models import DateSource
from tidings.store import documents as doc_store
from tidings.store.db import Store, open_store

PARAGRAPHS = [
    "Russia's foreign minister said on Monday that Ukraine had launched 91 long-range drones "
    "at a state residence in the Novgorod region, and that all of them had been destroyed.",
    "Ukraine's foreign minister called the account a fabrication and said Moscow was looking "
    "for a pretext to reject the peace framework discussed in Florida on Sunday.",
    "Analysts noted that Moscow offered no physical evidence of the attack, and that the "
    "regional governor had reported no damage in his evening update.",
]

PAGE = """<!doctype html><html><head><title>Residence claim | Harbor Wire</title>
<meta property="article:published_time" content="2025-12-29T08:15:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Moscow claims drone attack on residence</h1>
<time datetime="2025-12-29T08:15:00Z">29 December 2025</time>
{body}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm hits coast</a></li></ul></aside>
<footer>© 2025 Harbor Wire. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def newsletter(title: str, date: str, paragraphs: list[str]) -> str:
    lines = [title, date, "Subscribe to Northline for daily briefings.", *paragraphs]
    lines += [date, "Marta Vale covers security in Eastern Europe for Northline.", "Comments"]
    return "\n\n".join(lines)


def test_html_page_is_extracted_and_dated_from_metadata(store: Store, tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    write(tmp_path / "page.html", PAGE.format(body=body))
    summary = ingest(store, [str(tmp_path)])
    assert summary.exit_code == 0
    (doc,) = doc_store.list_documents(store)
    assert doc.title == "Moscow claims drone attack on residence"
    assert doc.date_source is DateSource.METADATA
    assert doc.published_at.date().isoformat() == "2025-12-29"
    assert "91 long-range drones" in doc.text
    assert "cookies" not in doc.text and "Most read" not in doc.text and "Privacy" not in doc.text


def test_plain_text_newsletters_lose_learned_boilerplate(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "northline"
    for i in range(3):
        story = [f"Story {i}: {p}" for p in PARAGRAPHS]
        write(folder / f"n{i}.txt", newsletter(f"Issue {i}", f"December {27 + i}, 2025", story))
    summary = ingest(store, [str(folder)])
    assert summary.exit_code == 0
    docs = doc_store.list_documents(store)
    assert len(docs) == 3
    for doc in docs:
        assert "Marta Vale" not in doc.text
        assert "Subscribe" not in doc.text and "Comments" not in doc.text
        assert "December" not in doc.text
        assert doc.date_source is DateSource.TEXT
        assert doc.published_at.year == 2025 and doc.published_at.month == 12
        assert doc.text.startswith("Story")
    assert {d.title for d in docs} == {"Issue 0", "Issue 1", "Issue 2"}


def test_records_and_feeds_keep_their_dates(store: Store, tmp_path: Path) -> None:
    records = [
        {
            "title": "Talks",
            "text": "\n\n".join(PARAGRAPHS),
            "url": "https://x.test/1",
            "published": "2025-12-30T10:00:00Z",
            "source": "Eastbridge",
        },
        {"title": "No body", "url": "https://x.test/2"},
    ]
    write(tmp_path / "r.jsonl", "\n".join(json.dumps(r) for r in records))
    items = "".join(
        f"<item><title>Item {i}</title><link>https://feed.test/{i}</link>"
        f"<guid>https://feed.test/{i}</guid><pubDate>Tue, 30 Dec 2025 0{i}:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{i} {PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>]]></description></item>"
        for i in range(2)
    )
    write(
        tmp_path / "f.rss",
        f'<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>Eastbridge Daily</title>{items}</channel></rss>",
    )
    summary = ingest(store, [str(tmp_path)])
    by_title = {d.title: d for d in doc_store.list_documents(store)}
    assert by_title["Talks"].date_source is DateSource.METADATA
    assert by_title["Talks"].source_name == "Eastbridge"
    assert by_title["Item 1"].date_source is DateSource.FEED
    assert by_title["Item 1"].published_at.hour == 1
    assert by_title["Item 1"].source_name == "Eastbridge Daily"
    record_outcome = next(o for o in summary.outcomes if o.source.endswith("r.jsonl"))
    assert record_outcome.status == "partial"
    assert any("line 2" in m and "neither 'text' nor 'html'" in m for m in record_outcome.messages)
    assert summary.exit_code == 1


def test_reingesting_adds_nothing(store: Store, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", newsletter("A", "December 29, 2025", PARAGRAPHS))
    write(
        tmp_path / "b.md", "# B\n\n" + "\n\n".join(reversed(PARAGRAPHS)) + "\n\nExtra words here."
    )
    first = ingest(store, [str(tmp_path)])
    assert first.documents == 2
    before = doc_store.count_documents(store)
    second = ingest(store, [str(tmp_path)])
    assert second.documents == 0
    assert {o.status for o in second.outcomes} == {"unchanged"}
    assert second.exit_code == 0
    assert doc_store.count_documents(store) == before


def test_exact_and_near_duplicates_are_linked_not_dropped(store: Store, tmp_path: Path) -> None:
    body = "\n\n".join(PARAGRAPHS)
    write(tmp_path / "1-wire.txt", f"Moscow alleges drone strike\n\n{body}")
    write(tmp_path / "2-copy.txt", f"Kremlin says residence targeted\n\n{body}")
    write(
        tmp_path / "3-longer.txt",
        f"Russia claims attack, Kyiv denies\n\n{body}\n\nThe Kremlin declined to comment "
        "further on Tuesday when asked about the timing of the allegation.",
    )
    write(
        tmp_path / "4-other.txt",
        "Storm closes ports\n\nA winter storm closed three ports on "
        "the northern coast on Tuesday, stranding ferries and cutting power to 12,000 homes, "
        "the regional authority said. Crews expect to restore most supplies by Thursday.",
    )
    summary = ingest(store, [str(tmp_path)])
    assert summary.documents == 4
    docs = {d.title: d for d in doc_store.list_documents(store)}
    canonical = docs["Moscow alleges drone strike"]
    assert canonical.duplicate_of is None
    assert docs["Kremlin says residence targeted"].duplicate_of == canonical.id
    assert docs["Kremlin says residence targeted"].duplicate_kind == "exact"
    assert docs["Russia claims attack, Kyiv denies"].duplicate_of == canonical.id
    assert docs["Russia claims attack, Kyiv denies"].duplicate_kind == "near"
    assert docs["Storm closes ports"].duplicate_of is None
    assert len(doc_store.list_documents(store, canonical_only=True)) == 2


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "binary.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "garbage.html": (b"<html><body><<<>>></div></p><script>x()</script></body>", "no article text"),
    "bomb.xml": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<rss><channel><title>&lol2;</title></channel></rss>",
        "entities",
    ),
    "broken.rss": (b"<rss><channel><item><title>unclosed", "malformed feed"),
    "bad.json": (b'{"title": "x", "text": ', "invalid JSON"),
    "photo.jpg": (b"\xff\xd8\xff\xe0", "unsupported file type"),
}


def test_bad_inputs_are_reported_and_the_rest_ingested(store: Store, tmp_path: Path) -> None:
    for name, (content, _) in BAD_INPUTS.items():
        write(tmp_path / name, content)
    write(tmp_path / "good.txt", newsletter("Good", "December 29, 2025", PARAGRAPHS))
    latin1 = (
        "Caf\xe9 owners in Kyiv said on Monday that power cuts had lasted "
        "eleven hours, the longest since the autumn."
    ).encode("cp1252")
    write(tmp_path / "latin.txt", b"Power cuts\n\n" + latin1)
    sources = [str(tmp_path / n) for n in BAD_INPUTS] + [
        str(tmp_path / "good.txt"),
        str(tmp_path / "latin.txt"),
        str(tmp_path / "missing.txt"),
    ]
    summary = ingest(store, sources)
    outcomes = {Path(o.source).name: o for o in summary.outcomes}
    for name, (_, reason) in BAD_INPUTS.items():
        assert outcomes[name].status == "failed", name
        assert reason.lower() in " ".join(outcomes[name].messages).lower(), name
    assert outcomes["missing.txt"].status == "failed"
    assert outcomes["good.txt"].status == "ingested"
    assert outcomes["latin.txt"].status == "ingested"
    assert "Windows-1252" in outcomes["latin.txt"].messages[0]
    assert "Café" in doc_store.list_documents(store, source_name=tmp_path.name)[0].text or any(
        "Café" in d.text for d in doc_store.list_documents(store)
    )
    assert summary.exit_code == 1


def test_oversized_file_is_refused_before_reading(store: Store, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.truncate(200_000_000)
    summary = ingest(store, [str(huge)])
    (outcome,) = summary.outcomes
    assert outcome.status == "failed" and "200.0 MB" in outcome.messages[0]
    assert summary.exit_code == 2


def test_urls_private_addresses_refused_unless_allowed(store: Store, local_server) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    base = local_server(
        {
            "/story": (200, "text/html", PAGE.format(body=body).encode()),
            "/moved": (302, "text/plain", b"/story"),
        }
    )
    refused = ingest(store, [f"{base}/story"])
    assert refused.exit_code == 2
    assert "non-public address 127.0.0.1" in refused.outcomes[0].messages[0]
    allowed = ingest(store, [f"{base}/moved"], allow_private=True)
    assert allowed.exit_code == 0 and allowed.documents == 1
    (doc,) = doc_store.list_documents(store)
    assert doc.url.endswith("/story")


def test_unreachable_url_is_a_clear_failure(store: Store) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    summary = ingest(store, [f"http://127.0.0.1:{port}/feed.xml"], allow_private=True)
    (outcome,) = summary.outcomes
    assert outcome.status == "failed" and "could not fetch" in outcome.messages[0]


def test_cli_exit_codes_and_docs_commands(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    write(tmp_path / "in" / "good.txt", newsletter("Good", "December 29, 2025", PARAGRAPHS))
    write(tmp_path / "in" / "empty.txt", "")
    ok = runner.invoke(app, ["ingest", str(tmp_path / "in" / "good.txt"), "--db", db])
    assert ok.exit_code == 0, ok.output
    assert "documents ingested" in ok.output
    mixed = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert mixed.exit_code == 1
    assert "empty file" in mixed.output
    none = runner.invoke(app, ["ingest", str(tmp_path / "in" / "empty.txt"), "--db", db])
    assert none.exit_code == 2
    listed = runner.invoke(app, ["docs", "list", "--db", db, "--json"])
    (row,) = json.loads(listed.output)
    assert row["title"] == "Good" and "text" not in row
    shown = runner.invoke(app, ["docs", "show", row["id"][:8], "--db", db, "--json"])
    assert json.loads(shown.output)["text"].startswith("Russia's foreign minister")
    missing = runner.invoke(app, ["docs", "show", "zzzz", "--db", db])
    assert missing.exit_code == 2


def test_killed_ingest_leaves_a_consistent_store_and_rerun_finishes(tmp_path: Path) -> None:
    """kill -9 in the middle of a run, then run again: same result as one clean run."""
    folder = tmp_path / "stream"
    for i in range(600):
        words = " ".join(f"w{i}x{j}" for j in range(60))
        write(folder / f"{i:04d}.txt", f"Article {i}\n\nDecember 1, 2025\n\nReport {i}: {words}.")
    db = tmp_path / "killed.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "tidings",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        "20",
        "-q",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = db.with_suffix(".duckdb.wal")
    deadline = time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > 0) and proc.poll() is None:
        assert time.monotonic() < deadline, "ingest never committed a batch"
        time.sleep(0.01)
    time.sleep(0.3)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(db) as store:
        partial = doc_store.count_documents(store)["documents"]
        inputs_done = store.conn.execute(
            "SELECT count(*), coalesce(sum(documents), 0) FROM inputs"
        ).fetchone()
        # every input marked done has exactly its documents stored, and nothing else is
        assert inputs_done[1] == partial
        assert inputs_done[0] == partial
    if killed:
        assert partial < 600
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db) as store:
        counts = doc_store.count_documents(store)
        ids = store.conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0]
    assert counts["documents"] == 600 == ids
    assert counts["canonical"] == 600


def test_store_schema_is_versioned(tmp_path: Path) -> None:
    with open_store(tmp_path / "v.duckdb") as store:
        version = store.schema_version()
        assert version >= 1
    with open_store(tmp_path / "v.duckdb") as store:
        assert store.schema_version() == version


@pytest.mark.parametrize("env", [True, False])
def test_db_path_from_env_or_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: bool
) -> None:
    from tidings.store.db import resolve_db_path

    monkeypatch.chdir(tmp_path)
    if env:
        monkeypatch.setenv("TIDINGS_DB", str(tmp_path / "env.duckdb"))
        assert resolve_db_path() == tmp_path / "env.duckdb"
    else:
        monkeypatch.delenv("TIDINGS_DB", raising=False)
        assert resolve_db_path() == Path("tidings.duckdb")
