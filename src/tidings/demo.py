"""The demo: the whole pipeline on the bundled sample corpus, into a fresh store."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE = "sample"


def sample_dir() -> Path:
    """The bundled sample corpus (articles in several forms, and sample questions)."""
    return Path(str(resources.files("tidings") / SAMPLE))


def sample_inputs() -> list[str]:
    """The article inputs of the sample: everything but its README and questions."""
    root = sample_dir()
    return [
        str(p)
        for p in sorted(root.iterdir())
        if p.name not in ("README.md", "questions.yaml") and not p.name.startswith(("_", "."))
    ]


def fresh_store_path(out: Path) -> Path:
    """``out/demo.duckdb``, removed first so that the demo always starts from nothing."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "demo.duckdb"
    for stale in (path, path.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    return path
