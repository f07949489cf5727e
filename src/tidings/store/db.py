"""The embedded DuckDB store: opening it, its schema version and forward migrations.

The store is one DuckDB file (``./tidings.duckdb`` unless ``--db`` or ``TIDINGS_DB`` says
otherwise). Only the ``store`` package writes SQL. Each migration is applied once, in order,
inside a transaction, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tidings.errors import StoreError

DEFAULT_DB = "tidings.duckdb"

# Forward migrations: index i moves the schema from version i to i + 1. Never edit a shipped
# migration; append a new one.
MIGRATIONS: list[str] = [
    # 1: documents, the inputs they came from, and per-source line statistics for boilerplate
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        source_name VARCHAR NOT NULL,
        url VARCHAR,
        title VARCHAR,
        text VARCHAR NOT NULL,
        text_hash VARCHAR NOT NULL,
        published_at TIMESTAMPTZ,
        date_source VARCHAR NOT NULL,
        fetched_at TIMESTAMPTZ NOT NULL,
        language VARCHAR,
        flags JSON,
        repeated_paragraphs INTEGER NOT NULL DEFAULT 0,
        boilerplate_lines INTEGER NOT NULL DEFAULT 0,
        duplicate_of VARCHAR,
        duplicate_kind VARCHAR,
        minhash BLOB,
        ingested_seq BIGINT NOT NULL
    );
    CREATE INDEX documents_text_hash ON documents (text_hash);
    CREATE TABLE inputs (
        input_key VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        documents INTEGER NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE source_lines (
        source_name VARCHAR NOT NULL,
        line_hash VARCHAR NOT NULL,
        line VARCHAR NOT NULL,
        doc_count INTEGER NOT NULL,
        PRIMARY KEY (source_name, line_hash)
    );
    """,
    # 2: evidence extracted from canonical documents, one table per kind of record
    """
    CREATE TABLE extracted_documents (
        doc_id VARCHAR PRIMARY KEY,
        extracted_at TIMESTAMPTZ NOT NULL,
        extractor VARCHAR NOT NULL,
        error VARCHAR
    );
    CREATE TABLE entities (
        doc_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
        label VARCHAR, entity_id VARCHAR
    );
    CREATE INDEX entities_doc ON entities (doc_id);
    CREATE TABLE claims (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence_start INTEGER,
        sentence_end INTEGER, speaker VARCHAR, speaker_id VARCHAR, stance VARCHAR,
        content VARCHAR, content_start INTEGER, content_end INTEGER, hedges JSON,
        made_on DATE, status VARCHAR, related JSON
    );
    CREATE INDEX claims_doc ON claims (doc_id);
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence_start INTEGER,
        sentence_end INTEGER, type VARCHAR, modality VARCHAR, trigger VARCHAR, actor VARCHAR,
        target VARCHAR, location VARCHAR, event_date DATE
    );
    CREATE INDEX events_doc ON events (doc_id);
    CREATE TABLE quantities (
        doc_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
        value DOUBLE, value_max DOUBLE, unit VARCHAR, counts VARCHAR
    );
    CREATE TABLE times (
        doc_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
        start_date DATE, end_date DATE, is_deadline BOOLEAN
    );
    """,
    # 3: questions with their market prices, evidence links and forecasts
    """
    CREATE TABLE questions (
        id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, resolution_criteria VARCHAR,
        background VARCHAR, open_date DATE, close_date DATE, resolution_dates JSON,
        market_url VARCHAR, outcome VARCHAR, resolved_value DOUBLE, resolved_at DATE,
        keywords JSON, event_types JSON, updated_at TIMESTAMPTZ
    );
    CREATE TABLE prices (
        question_id VARCHAR NOT NULL, quoted_at TIMESTAMPTZ NOT NULL, probability DOUBLE NOT NULL,
        venue VARCHAR NOT NULL, PRIMARY KEY (question_id, quoted_at, venue)
    );
    CREATE TABLE evidence_links (
        question_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, score DOUBLE, reason VARCHAR,
        claim_id VARCHAR, event_id VARCHAR
    );
    CREATE INDEX evidence_links_question ON evidence_links (question_id);
    CREATE TABLE forecasts (
        question_id VARCHAR NOT NULL, as_of DATE NOT NULL, deadline DATE NOT NULL,
        probability DOUBLE NOT NULL, contributions JSON, created_at TIMESTAMPTZ,
        PRIMARY KEY (question_id, as_of, deadline)
    );
    """,
    # 4: cached sentence embeddings of documents, for linking
    """
    CREATE TABLE doc_embeddings (
        doc_id VARCHAR PRIMARY KEY, model VARCHAR NOT NULL, vector BLOB NOT NULL
    );
    """,
    # 5: whether an event's trigger is a verb, so explanations can read it as a clause
    """
    ALTER TABLE events ADD COLUMN trigger_is_verb BOOLEAN DEFAULT false;
    """,
]


def resolve_db_path(db: str | Path | None = None) -> Path:
    """The store path: the argument, else ``TIDINGS_DB``, else ``./tidings.duckdb``."""
    return Path(db or os.environ.get("TIDINGS_DB") or DEFAULT_DB)


class Store:
    """An open store. Use :func:`open_store`; pass it to the ``store`` functions."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One atomic unit of writes: all of it lands or none of it does."""
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0) if row else 0

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store at ``db``."""
    path = resolve_db_path(db)
    if read_only and not path.exists():
        raise StoreError(
            f"no store at {path}: run `tidings ingest` first, or point --db / TIDINGS_DB at one"
        )
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(
            f"cannot open the store {path}: {exc}. Is another tidings process using it, "
            "or is the file not a DuckDB database?"
        ) from exc
    store = Store(conn, path)
    if not read_only:
        migrate(store)
    return store


def migrate(store: Store) -> int:
    """Apply the migrations the store lacks; return the resulting version."""
    conn = store.conn
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())"
    )
    current = store.schema_version()
    if current > len(MIGRATIONS):
        raise StoreError(
            f"the store {store.path} has schema version {current}, newer than this Tidings "
            f"understands ({len(MIGRATIONS)}); upgrade Tidings"
        )
    for version in range(current, len(MIGRATIONS)):
        with store.transaction() as tx:
            tx.execute(MIGRATIONS[version])
            tx.execute("INSERT INTO schema_version (version) VALUES (?)", [version + 1])
    return store.schema_version()
