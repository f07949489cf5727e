"""Shared fixtures: a fresh store per test, a tiny local HTTP server, the shared data."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tidings.store.db import Store, open_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "test.duckdb") as s:
        yield s


Routes = dict[str, tuple[int, str, bytes]]


@pytest.fixture
def local_server() -> Iterator[Callable[[Routes], str]]:
    """Serve fixed responses on 127.0.0.1; returns a function taking routes, giving the base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(routes: Routes) -> str:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                if status in (301, 302):
                    self.send_header("Location", body.decode())
                    body = b""
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The bundled sample ingested, extracted and with its three questions: the demo's store."""
    from tidings.demo import sample_dir, sample_inputs
    from tidings.extract.pipeline import run_extraction
    from tidings.ingest.pipeline import ingest
    from tidings.questions.yaml_io import load_questions_yaml
    from tidings.store import questions as question_store

    store = open_store(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    ingest(store, sample_inputs())
    run_extraction(store)
    question_store.save_questions(store, load_questions_yaml(sample_dir() / "questions.yaml"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def sample_desk(sample_store: Store):  # type: ignore[no-untyped-def]
    from tidings.forecast.service import Desk

    return Desk(sample_store).load()
