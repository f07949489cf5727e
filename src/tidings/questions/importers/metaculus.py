"""Metaculus: binary questions and their community prediction from ``/api/posts/{id}/``.

Since Metaculus' 2024 rewrite a *post* (the id in ``metaculus.com/questions/<id>/``) wraps
either one ``question``, a ``group_of_questions``, a ``conditional`` or a notebook; the older
``/api2/questions/{id}/`` format is not read. A binary question carries its community
prediction in ``question.aggregations.recency_weighted.history``: one entry per change, with
``start_time``/``end_time`` as Unix seconds (floats) and ``centers`` — for binary questions a
one-element list holding P(yes). Metaculus withholds the aggregation before the question's
``cp_reveal_time``; we then return an empty history rather than fail.

Metaculus asks API clients for a token (``Authorization: Token ...``, from the user's
settings page); pass ``token=`` or set ``METACULUS_TOKEN``.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from typing import Any

import httpx

from tidings.models import Outcome, PricePoint, Question
from tidings.questions.importers.base import (
    MarketImporter,
    MarketNotFound,
    MarketRef,
    day,
    from_unix,
    in_range,
    url_path_parts,
)

WEB = "https://www.metaculus.com/questions"
RESOLUTIONS = {
    "yes": Outcome.YES,
    "no": Outcome.NO,
    "annulled": Outcome.ANNULLED,
    "ambiguous": Outcome.ANNULLED,
}
# Community prediction methods, preferred first: the one shown on the question page.
AGGREGATIONS = ("recency_weighted", "unweighted")


class MetaculusImporter(MarketImporter[dict[str, Any]]):
    """Import Metaculus binary questions by post id or metaculus.com URL."""

    venue = "metaculus"
    default_base_url = "https://www.metaculus.com"

    def __init__(
        self,
        base_url: str | None = None,
        client: httpx.Client | None = None,
        token: str | None = None,
    ) -> None:
        super().__init__(base_url, client)
        self.token = token if token is not None else os.environ.get("METACULUS_TOKEN", "")

    def parse_ref(self, market_ref: str) -> MarketRef:
        """``12345``, ``metaculus.com/questions/12345/slug/`` or ``.../c/<community>/12345/...``."""
        parts = url_path_parts(market_ref, ("metaculus.com", "www.metaculus.com"))
        candidates = parts if parts is not None else [market_ref.strip()]
        for part in candidates:
            if re.fullmatch(r"\d+", part):
                return MarketRef("id", part)
        raise MarketNotFound(
            self.venue,
            market_ref,
            f"{market_ref!r} holds no Metaculus question id; pass the number from the "
            "question's URL (metaculus.com/questions/<id>/...) or the URL itself",
        )

    def _auth_hint(self) -> str:
        if self.token:
            return "check that METACULUS_TOKEN holds a valid API token"
        return (
            "Metaculus wants an API token: create one in your Metaculus settings and set "
            "METACULUS_TOKEN"
        )

    # -- loading ------------------------------------------------------------------------------

    def _load(self, market_ref: str) -> dict[str, Any]:
        post_id = self.parse_ref(market_ref).value
        headers = {"Authorization": f"Token {self.token}"} if self.token else None
        post = self._get_json(f"{self.base_url}/api/posts/{post_id}/", market_ref, headers=headers)
        if not isinstance(post, dict):
            raise self._malformed(market_ref, "post", "is not a JSON object")
        question = post.get("question")
        if question is None:
            group = post.get("group_of_questions")
            if isinstance(group, dict):
                n = len(group.get("questions") or [])
                raise self._unsupported(
                    market_ref,
                    f"a question group with {n} sub-questions",
                    "import a single binary question instead",
                )
            if post.get("conditional") is not None:
                raise self._unsupported(market_ref, "a conditional pair of questions")
            if post.get("notebook") is not None:
                raise self._unsupported(market_ref, "a notebook, not a question")
            raise self._malformed(market_ref, "question")
        kind = self._str_field(question, "type", market_ref, "question")
        if kind != "binary":
            raise self._unsupported(market_ref, f"a {kind.replace('_', ' ')} question")
        self._str_field(question, "title", market_ref, "question")
        return post

    # -- mapping ------------------------------------------------------------------------------

    def _to_question(self, post: dict[str, Any], ref: str) -> Question:
        q = post["question"]
        post_id = str(self._field(post, "id", ref))
        criteria = [str(q.get(k) or "").strip() for k in ("resolution_criteria", "fine_print")]
        resolution = str(q.get("resolution") or "").lower()
        outcome = RESOLUTIONS.get(resolution, Outcome.OPEN)
        slug = str(post.get("slug") or post.get("url_title") or "").strip("/")
        resolves = self._time_field(q, "scheduled_resolve_time", ref)
        return Question(
            id=f"metaculus-{post_id}",
            source=self.venue,
            title=str(q["title"]).strip(),
            resolution_criteria="\n\n".join(c for c in criteria if c),
            background=str(q.get("description") or "").strip(),
            open_date=day(self._time_field(q, "open_time", ref)),
            close_date=day(self._time_field(q, "scheduled_close_time", ref)),
            resolution_dates=[d for d in [day(resolves)] if d],
            market_url=f"{WEB}/{post_id}/{slug}/" if slug else f"{WEB}/{post_id}/",
            outcome=outcome,
            resolved_value={Outcome.YES: 1.0, Outcome.NO: 0.0}.get(outcome),
            resolved_at=(
                day(self._time_field(q, "actual_resolve_time", ref))
                if outcome is not Outcome.OPEN
                else None
            ),
        )

    # -- prices -------------------------------------------------------------------------------

    def _price_history(
        self, post: dict[str, Any], ref: str, start: datetime | None, end: datetime | None
    ) -> list[PricePoint]:
        aggregations = post["question"].get("aggregations")
        if not isinstance(aggregations, dict):
            return []  # community prediction not revealed yet, or withheld from this client
        history: list[Any] = []
        for method in AGGREGATIONS:
            entry = aggregations.get(method)
            if isinstance(entry, dict) and entry.get("history"):
                history = entry["history"]
                break
        points = {}
        for i, row in enumerate(history):
            where = f"aggregations.history[{i}]"
            at = from_unix(self._number_field(row, "start_time", ref, where))
            p = self._probability(row, ref, where)
            if in_range(at, start, end):
                points[at] = PricePoint(at=at, probability=p, venue=self.venue)
        return [points[t] for t in sorted(points)]

    def _probability(self, row: dict[str, Any], ref: str, where: str) -> float:
        """P(yes): ``centers[0]``, or ``forecast_values[1]`` (values are [P(no), P(yes)])."""
        centers = row.get("centers")
        values = row.get("forecast_values")
        if isinstance(centers, list) and centers:
            raw: Any = centers[0]
        elif isinstance(values, list) and len(values) == 2:
            raw = values[1]
        else:
            raise self._malformed(ref, f"{where}.centers")
        if not isinstance(raw, int | float) or not 0.0 <= float(raw) <= 1.0:
            raise self._malformed(ref, f"{where}.centers", f"is {raw!r}, not a probability")
        return float(raw)
