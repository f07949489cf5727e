"""The model's attribute rules (tag to part of speech and morphology, plus a few exceptions),
matched with a per-token cache instead of spaCy's general Matcher.

Why by hand: the small English model's AttributeRuler holds ~180 patterns, and its Matcher
tries every pattern at every token, about 11 ms per 380-token article: an eighth of the whole
parse. All but a handful of the patterns look at one token's LOWER, TAG, DEP and IS_SPACE,
so the patterns a token matches depend only on those four values, which repeat endlessly.
Here each distinct combination is matched once and remembered. The matches are handed to
spaCy's own ``set_annotations`` in the same order the Matcher gives them, so the result is
identical (a test compares the two on real text). A pipeline whose patterns use anything
else keeps spaCy's ruler.
"""

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "tidings_attribute_ruler"

# The token attributes a pattern may test here, in the order of the key ``match`` builds.
_FEATURE_INDEX = {name: i for i, name in enumerate(("LOWER", "TAG", "DEP", "IS_SPACE"))}
Key = tuple[str, str, str, bool]
Test = Callable[[Key], bool]


class UnsupportedPattern(ValueError):
    """A pattern tests something this matcher does not know; spaCy's ruler is kept."""


def _value_test(value: Any) -> Callable[[object], bool]:
    if isinstance(value, (str, bool)):
        return lambda seen: seen == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda seen: seen in allowed
        if op == "NOT_IN":
            refused = frozenset(arg)
            return lambda seen: seen not in refused
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda seen: isinstance(seen, str) and pattern.search(seen) is not None
    raise UnsupportedPattern(f"value {value!r}")


def _token_test(spec: dict[str, Any]) -> Test:
    """A predicate on a token's feature key that says whether one token spec matches."""
    checks: list[tuple[int, Callable[[object], bool]]] = []
    for name, value in spec.items():
        if name not in _FEATURE_INDEX:
            raise UnsupportedPattern(f"attribute {name}")
        checks.append((_FEATURE_INDEX[name], _value_test(value)))
    return lambda key: all(check(key[i]) for i, check in checks)


def _pattern_tests(pattern: object) -> list[Test]:
    """One predicate per token of a Matcher pattern."""
    if not isinstance(pattern, list):
        raise UnsupportedPattern(f"pattern {pattern!r}")
    return [_token_test(spec) for spec in pattern]


class CachedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with the matching step memoised per token key.

    Every way of loading rules (``add_patterns``, ``initialize`` from a tag map,
    ``from_bytes``) goes through ``add`` and ``clear``, so those keep the compiled rules.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **config: Any) -> None:
        super().__init__(vocab, name, **config)
        self._forget_rules()

    def _forget_rules(self) -> None:
        self._single: list[tuple[int, Test]] = []
        self._multi: list[tuple[int, list[Test]]] = []
        self._cache: dict[Key, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def clear(self) -> None:
        super().clear()
        self._forget_rules()

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        patterns = list(patterns)
        compiled = [_pattern_tests(pattern) for pattern in patterns]  # refuse before adding
        rule_id = len(self.attrs)
        super().add(patterns, attrs, index)
        for tests in compiled:
            if len(tests) == 1:
                self._single.append((rule_id, tests[0]))
            else:
                self._multi.append((rule_id, tests))
        self._cache.clear()

    def _lookup(self, key: Key) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The single-token rules this key matches, and the multi-token rules it may start."""
        found = self._cache.get(key)
        if found is None:
            hits = tuple(rule for rule, test in self._single if test(key))
            starts = tuple(n for n, (_, tests) in enumerate(self._multi) if tests[0](key))
            found = self._cache[key] = (hits, starts)
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:  # type: ignore[override]
        keys: list[Key] = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        matches: list[tuple[int, int, int]] = []
        for i, key in enumerate(keys):
            hits, starts = self._lookup(key)
            matches.extend((rule, i, i + 1) for rule in hits)
            for n in starts:
                rule, tests = self._multi[n]
                end = i + len(tests)
                if end <= len(keys) and all(
                    test(keys[i + j]) for j, test in enumerate(tests[1:], 1)
                ):
                    matches.append((rule, i, end))
        strings = self.vocab.strings
        # The layout and order of AttributeRuler.match: (rule, match id, start, end), by rule.
        return sorted({(rule, strings.add(str(rule)), start, end) for rule, start, end in matches})


# Real (not postponed) annotations here: spaCy before 3.8.7 checks a factory's arguments against
# them and cannot resolve string annotations.
@Language.factory(
    FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_cached_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for the cached one, when all its patterns allow it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    try:
        for rule in patterns:
            for pattern in rule["patterns"]:
                _pattern_tests(pattern)
    except UnsupportedPattern:
        return
    nlp.replace_pipe("attribute_ruler", FACTORY)
    nlp.get_pipe("attribute_ruler").add_patterns(patterns)  # type: ignore[attr-defined]
