"""The grounding check: every sentence of a brief against the sources it cites.

For each sentence: it must cite a source unless it is connective prose or a model sentence;
each cited source must share its content, not only its speaker; its numbers and names must
appear in the cited source sentences; a claim the source
attributes must stay attributed, with a verb of the same stance; model sentences' numbers
must match the probability table; no sentence or paragraph may appear twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from tidings.brief.model import MODEL
from tidings.brief.sentences import split_sentences

_MARK = re.compile(r"\[(\d+|model)\]")
_WORD = re.compile(r"[a-z0-9]+")
# Each cited source must share this many content words or figures with the sentence it is
# cited for: one that only shares the speaker's name supports nothing the sentence says.
SUPPORT_WORDS = 2
_REPORTING = {"said", "says", "told", "claimed", "added", "according", "earlier"}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*[A-Za-z]")
_COMMON = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "And",
        "But",
        "Or",
        "Of",
        "To",
        "From",
        "With",
        "As",
        "After",
        "Before",
        "Since",
        "During",
        "While",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Tidings",
        "Meanwhile",
        "Separately",
        "Also",
        "However",
        "Still",
        "Yet",
        "According",
        "Under",
        "Over",
        "Most",
        "Many",
        "Some",
        "Several",
        "Both",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
# Past-tense reporting verbs by stance: what a brief must keep when its source attributes.
_STANCE_VERBS = {
    "assert": r"said|says|say|claimed|claims|stated|states|told|tells|announced|announces|"
    r"confirmed|confirms|added|adds|noted|notes|reported|reports|insisted|insists|argued|"
    r"argues|according to|alleged|alleges|wrote|writes|posted|posts|declared|declares",
    "deny": r"denied|denies|dismissed|dismisses|refuted|refutes|rejected|rejects|"
    r"called (?:it|the \w+|them) (?:a |an )?(?:lie|fabrication|fake|hoax)",
    "threaten": r"threatened|threatens|vowed|vows",
    "warn": r"warned|warns|cautioned|cautions|feared|fears",
    "promise": r"promised|promises|pledged|pledges|vowed|vows|committed|commits",
    "accuse": r"accused|accuses|blamed|blames",
    "reject": r"rejected|rejects|refused|refuses|ruled out|rules out|declined|declines|would not sign",
    "assess": r"assessed|assesses|believes|believed|estimated|estimates|thinks|concluded|concludes",
    "predict": r"predicted|predicts|expects|expected|forecast|forecasts|projected|projects",
}
_ANY_REPORTING = re.compile(r"\b(" + "|".join(_STANCE_VERBS.values()) + r")\b", re.I)


@dataclass
class SentenceCheck:
    section: str
    text: str
    ok: bool
    reason: str


@dataclass
class CheckReport:
    sentences: list[SentenceCheck] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(s.ok for s in self.sentences)

    @property
    def failures(self) -> list[SentenceCheck]:
        return [s for s in self.sentences if not s.ok]


@dataclass
class ParsedBrief:
    paragraphs: list[tuple[str, str]]  # (section, paragraph text)
    sources: dict[int, tuple[str, str]]  # number -> (doc id, quoted sentence)
    table_numbers: set[str]  # numbers in the table's text (titles, dates)
    table_percents: set[str] = field(default_factory=set)  # its probabilities, changes, gaps
    # the same per question: a sentence naming a question must quote that question's row
    row_percents: dict[str, set[str]] = field(default_factory=dict)  # normalised title -> %


def parse_markdown(markdown: str) -> ParsedBrief:
    paragraphs: list[tuple[str, str]] = []
    sources: dict[int, tuple[str, str]] = {}
    table: set[str] = set()
    percents: set[str] = set()
    rows: dict[str, set[str]] = {}
    section = "headline"
    pending_source: int | None = None
    for raw in markdown.splitlines():
        line = raw.strip()
        if line.startswith("# "):
            paragraphs.append(("headline", line[2:]))
        elif line.startswith("## "):
            section = line[3:].strip()
        elif not line or line.startswith("*Tidings brief as of"):
            continue
        elif section == "Probabilities":
            if (
                line.startswith("|")
                and not line.startswith("| ---")
                and not line.startswith("| Question")
            ):
                cells = [c.strip() for c in line.strip("|").split("|")]
                table.update(_numbers(" ".join(cells[:2])))
                row = {n.lstrip("+-") for n in _NUMBER.findall(" ".join(cells[2:6]))}
                percents.update(row)
                rows.setdefault(_norm(cells[0].rstrip("?")), set()).update(row)
        elif section == "Sources":
            m = re.match(r"(\d+)\. .* doc `([^`]+)`", line)
            if m:
                pending_source = int(m.group(1))
                sources[pending_source] = (m.group(2), "")
            elif line.startswith(">") and pending_source is not None:
                sources[pending_source] = (sources[pending_source][0], line[1:].strip())
        elif section == "Watchpoints" and line.startswith("- "):
            paragraphs.append((section, re.sub(r"^- \*\*[\d-]+\*\* — ", "", line)))
        else:
            paragraphs.append((section if section != "headline" else "lede", line))
    return ParsedBrief(paragraphs, sources, table, percents, rows)


def supports(source: str, sentence: str) -> bool:
    """Whether a source sentence shares enough of what ``sentence`` says to be cited for it."""
    said, says = content_words(sentence), content_words(source)
    return len(said & says) >= min(SUPPORT_WORDS, len(said), len(says))


def content_words(text: str) -> set[str]:
    """What a sentence says: its words and figures without its names (a speaker shared is no
    content shared)."""
    names = {w.lower() for n in _NAME.findall(text) for w in _WORD.findall(n.lower())}
    words = {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOP_WORDS}
    return (words - names - _REPORTING) | _numbers(text)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def _names(text: str) -> set[str]:
    return {n.rstrip(".") for n in _NAME.findall(text) if n.rstrip(".") not in _COMMON}


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", _MARK.sub("", text).lower()))


def check_markdown(markdown: str, documents: dict[str, str] | None = None) -> CheckReport:
    """Check a Markdown brief. With ``documents`` (doc id -> text) the quoted source
    sentences are also verified against the stored articles."""
    parsed = parse_markdown(markdown)
    report = CheckReport()
    seen_sentences: set[str] = set()
    seen_paragraphs: set[str] = set()
    for section, paragraph in parsed.paragraphs:
        norm_paragraph = _norm(paragraph)
        if norm_paragraph in seen_paragraphs and len(norm_paragraph.split()) > 3:
            report.sentences.append(
                SentenceCheck(section, paragraph[:80], False, "repeated paragraph")
            )
            continue
        seen_paragraphs.add(norm_paragraph)
        # A cited sentence ends with its markers; anything before the last full stop of a
        # stretch between markers is a sentence of its own and needs its own source.
        for part in re.split(r"(?<=\])\s+", paragraph):
            for _, sentence in split_sentences(part):
                report.sentences.append(
                    _check_sentence(section, sentence, parsed, documents, seen_sentences)
                )
    return report


def _check_sentence(
    section: str,
    sentence: str,
    parsed: ParsedBrief,
    documents: dict[str, str] | None,
    seen: set[str],
) -> SentenceCheck:
    marks = _MARK.findall(sentence)
    text = _MARK.sub("", sentence).strip()
    norm = _norm(text)
    if norm in seen and len(norm.split()) > 3:
        return SentenceCheck(section, text, False, "repeated sentence")
    seen.add(norm)
    numbers, names = _numbers(text), _names(text)
    if MODEL in marks:
        cited = [m for m in marks if m != MODEL]
        if not cited:
            percents = {m.group(1) for m in re.finditer(r"(\d+)\s?%", text)}
            named = [p for title, p in parsed.row_percents.items() if title and title in norm]
            allowed = set().union(*named) if named else parsed.table_percents
            wrong = percents - allowed
            if wrong:
                return SentenceCheck(
                    section,
                    text,
                    False,
                    f"model percentages {sorted(wrong)} not in the probability table"
                    + (" row of the question it names" if named else ""),
                )
            extra = {n for n in numbers - percents if n not in parsed.table_numbers}
            if extra:
                return SentenceCheck(
                    section,
                    text,
                    False,
                    f"model numbers {sorted(extra)} not in the probability table",
                )
            return SentenceCheck(section, text, True, "model sentence matches the table")
    cited_numbers = [int(m) for m in marks if m != MODEL]
    if not cited_numbers:
        if numbers or names - {"Tidings"} or _ANY_REPORTING.search(text):
            if section == "Watchpoints" and text.startswith("Deadline: "):
                return SentenceCheck(section, text, True, "question deadline")
            return SentenceCheck(section, text, False, "uncited: a factual sentence needs a source")
        return SentenceCheck(section, text, True, "connective prose")
    sources = []
    for n in cited_numbers:
        if n not in parsed.sources:
            return SentenceCheck(section, text, False, f"cites [{n}], which is not in the sources")
        doc_id, quoted = parsed.sources[n]
        if documents is not None:
            body = documents.get(doc_id)
            if body is None:
                return SentenceCheck(
                    section, text, False, f"source [{n}] document {doc_id} is not in the store"
                )
            if " ".join(quoted.split()) not in " ".join(body.split()):
                return SentenceCheck(
                    section, text, False, f"source [{n}]'s quoted sentence is not in its document"
                )
        sources.append(quoted)
    for n, quoted in zip(cited_numbers, sources, strict=True):
        if not supports(quoted, text):
            shared = content_words(text) & content_words(quoted)
            return SentenceCheck(
                section, text, False, f"source [{n}] does not say this (shares {len(shared)} words)"
            )
    joined = " ".join(sources)
    missing_numbers = numbers - _numbers(joined)
    if missing_numbers:
        return SentenceCheck(
            section, text, False, f"number(s) {sorted(missing_numbers)} not in the cited source"
        )
    missing_names = {n for n in names if n not in joined}
    if missing_names:
        return SentenceCheck(
            section, text, False, f"name(s) {sorted(missing_names)} not in the cited source"
        )
    for stance, verbs in _STANCE_VERBS.items():
        if re.search(rf"\b({verbs})\b", joined, re.I) and not _ANY_REPORTING.search(text):
            return SentenceCheck(
                section,
                text,
                False,
                "attribution dropped: the source reports this as someone's claim",
            )
        if re.search(rf"\b({verbs})\b", joined, re.I) and stance in (
            "deny",
            "reject",
            "accuse",
            "threaten",
        ):
            if not re.search(rf"\b({verbs})\b", text, re.I) and re.search(
                r"\b(said|says|confirmed)\b", text
            ):
                return SentenceCheck(
                    section, text, False, f"stance changed: the source's speaker {stance}s"
                )
    attributed_to = speaker_names(text)
    for source in sources:
        speaker = speaker_names(source)
        # the sentence itself must attribute ("X said ..."), not merely mention X somewhere
        if speaker and not speaker & attributed_to:
            return SentenceCheck(
                section,
                text,
                False,
                f"attribution dropped: the source attributes this to {' '.join(sorted(speaker))}",
            )
    return SentenceCheck(
        section, text, True, "grounded in " + ", ".join(f"[{n}]" for n in cited_numbers)
    )


def speaker_names(source: str) -> set[str]:
    """The names before a source sentence's first reporting verb: who it is attributed to.

    Empty when the sentence is not attributed or its speaker is unnamed ("Officials said").
    """
    verb = _ANY_REPORTING.search(source)
    if verb is None or verb.start() > 120:
        return set()
    return _names(source[: verb.start()])
