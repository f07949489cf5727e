"""Time expressions resolved against the document date, and which of them are deadlines.

"on Monday", "Dec. 31", "the first quarter of 2026", "within 48 hours", "by March", "next
week", "yesterday" become closed date intervals. dateparser parses single dates well but does
not find spans in running text reliably, resolve intervals (quarters, weeks) or tell a
deadline from an event time, so the grammar here is ours: a few rules that cover wire copy.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# the regex module, not re: it skips to the words a pattern needs where re tries every
# position; the two scans took a third of the rules' time with re (docs/benchmarks.md)
import regex as re
from dateutil.easter import easter

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-eight": 48,
    "seventy-two": 72,
    "a": 1,
    "an": 1,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DEADLINE = r"(?P<deadline>by|before|until|till|through|no\s+later\s+than|not\s+later\s+than|within|ahead\s+of|deadline\s+of)"
_MONTH_NAMES = r"(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)"
# Capitalised month names, "May" left out: as a word it is mostly the verb
_MONTHS_BUT_MAY = (
    "January|February|March|April|June|July|August|September|October|November|December"
)
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"
_NUM = r"(?P<num>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"

# Each rule: a name and a pattern; an optional leading preposition or deadline marker is part
# of the span, as annotators and readers take "by Dec. 31" as one expression. Every rule starts
# at a word boundary: "in Monday" inside "Berlin Monday" and the day "24" of "2024 January"
# are not expressions (and the scans skip mid-word positions, half their cost).
_PREFIX = (
    rf"\b(?:(?:{_DEADLINE}(?:\s+at\s+least)?|on|in|at|from|since|during|after|for)\s+(?:the\s+)?)?"
)
# "until midnight on Tuesday", "by noon on Saturday": a deadline at an hour of that day
_WEEKDAY_PREFIX = (
    rf"\b(?:(?:{_DEADLINE}\s+(?:(?:midnight|noon|\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?)\s+on\s+)?"
    r"|(?:on|in|at|from|since|during|after|for)\s+)(?:the\s+)?)?"
)
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"{_PREFIX}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b", re.I)),
    (
        "month_day",
        re.compile(
            rf"{_PREFIX}(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:\s*[-–]\s*(?P<day2>\d{{1,2}})\b|\s+(?:and|to|through)\s+(?P<day_and>\d{{1,2}})\b(?=\s*(?:$|[,.;:)]|\d{{4}}|(?:in|at|on|for|to|when|after|before|as|with)\b))))?(?:,?\s+(?P<year>\d{{4}}))?",
            re.I,
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"{_PREFIX}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"{_PREFIX}(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\s+|-)quarter(?:\s+of)?(?:\s+(?:(?P<year>\d{{4}})|(?P<rel>this|next|last)\s+year))?",
            re.I,
        ),
    ),
    ("quarter_q", re.compile(rf"{_PREFIX}Q(?P<q>[1-4])(?:\s+(?P<year>\d{{4}}))?\b")),
    (
        "half",
        re.compile(
            rf"{_PREFIX}(?P<ord>first|second)\s+half(?:\s+of)?(?:\s+(?P<year>\d{{4}})|\s+(?P<rel>this|next)\s+year"
            rf"|\s+(?P<month>{_MONTH_NAMES})\b(?!\s+\d))?",
            re.I,
        ),
    ),
    (
        "end_of",
        re.compile(
            rf"{_PREFIX}(?:end|close)\s+of\s+(?:the\s+)?(?:(?P<year>\d{{4}})|(?P<rel>this|next)?\s*(?P<period>year|month|week)|{_MONTH}"
            # "by the end of the third quarter", "before the end of the first half of 2027"
            # a whole word: "the end of the marketing year" is no end of March
            r"|(?P<ord>first|second|third|fourth|final|last)\s+(?P<part>quarter|half)(?:\s+of\s+(?P<year_q>\d{4}))?)\b",
            re.I,
        ),
    ),
    ("year_end", re.compile(rf"{_PREFIX}year[- ]end\b", re.I)),
    # "since the start of November", "since the beginning of the year": from then until now
    (
        "since_start",
        re.compile(
            rf"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
            rf"(?:(?P<period>year|month|week)|{_MONTH}(?:\s+(?P<year>\d{{4}}))?)\b",
            re.I,
        ),
    ),
    # "since the June strikes", "since the November 2024 truce", "since the 2021 coup": an
    # event dated by its month or year, counted from that month's or year's start
    (
        "since_event",
        re.compile(
            rf"\bsince\s+the\s+(?:(?P<month>{_MONTH_NAMES})(?:\s+(?P<year>\d{{4}}))?|"
            r"(?P<year_only>(?:19|20)\d\d))\s+(?!and\b|to\b|of\b|through\b|until\b)"
            r"(?-i:[a-z][a-z-]+)\b",
            re.I,
        ),
    ),
    # "in the three months to January", "the year to March 2027": the span ending with it
    (
        "months_to",
        re.compile(
            rf"\b(?:(?:in|for|over|during)\s+)?the\s+(?:{_NUM}\s+months|(?P<whole>year|twelve months))"
            rf"\s+(?:to|through|ending(?:\s+in)?|ended)\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b",
            re.I,
        ),
    ),
    # "in the four weeks to Jan. 18", "the week ended Sunday": the weeks ending that day;
    # "the week of March 9": the week from that day
    (
        "weeks_to",
        re.compile(
            rf"\b(?:(?:in|for|over|during)\s+)?the\s+(?:{_NUM}\s+weeks|week)\s+"
            rf"(?P<side>to|through|ending|ended|of)\s+(?:{_MONTH}\s+(?P<day>\d{{1,2}})"
            r"(?:,?\s+(?P<year>\d{4}))?|(?P<wd>monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday))\b",
            re.I,
        ),
    ),
    # "in the first week of September", "the last week of December"
    (
        "week_of_month",
        re.compile(
            rf"\b(?:(?:in|during|by|until)\s+)?the\s+(?P<ord>first|second|third|last|final)\s+"
            rf"week\s+of\s+(?P<month>{_MONTH_NAMES})(?:\s+(?P<year>\d{{4}}))?\b",
            re.I,
        ),
    ),
    # "in the last three months of 2025", "the first six months of 2026"
    (
        "months_of",
        re.compile(
            rf"\b(?:(?:in|for|over|during)\s+)?the\s+(?P<edge>first|last|final)\s+{_NUM}\s+months"
            r"\s+of\s+(?P<year>\d{4})\b",
            re.I,
        ),
    ),
    # "by Easter", "before Christmas": the feast's day
    (
        "holiday",
        re.compile(
            rf"\b(?:{_DEADLINE}|at|over|on|after|since|for)\s+(?P<holiday>Easter|Christmas|Thanksgiving|New\s+Year's"
            r"(?=\s+(?:Eve|Day)))(?P<eve>\s+Eve)?(?:\s+Day)?"
            r"(?:\s+(?P<year>\d{4}))?\b",
        ),
    ),
    (
        "within",
        re.compile(
            rf"\b(?:(?P<deadline>within)\s+(?:the\s+)?(?:(?P<next0>next|coming|following)\s+)?|(?:in|over|during)\s+the\s+(?P<next>next|coming|following|past|last|previous)\s+)(?:(?:about|around|roughly|some|approximately)\s+)?{_NUM}\s+{_UNIT}"
            # "within 60 days of a ceasefire" runs from an event, not the article's date: a
            # quantity, as the guidelines count it
            r"\b(?!\s+of\b)",
            re.I,
        ),
    ),
    # "votes in 11 days", "expires in four weeks": the day that far ahead ("in 10 days of
    # fighting" counts days, not a date)
    (
        "in_days",
        re.compile(
            rf"\bin\s+{_NUM}\s+(?P<unit>days?|weeks?)\b(?!\s+(?:of|to|after|before|since)\b)", re.I
        ),
    ),
    # "in the 24 hours to 6 a.m. on Tuesday": a daily tally, ending that morning
    (
        "hours_to",
        re.compile(
            rf"\bin\s+the\s+(?:past\s+|last\s+)?{_NUM}\s+hours\s+(?:to|until|up\s+to)\s+"
            r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+)?(?:(?:[A-Z][a-z]+\s+time\s+)?on\s+)?"
            r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    # "a week ago", and "from 31% a week earlier", which counts back from the article too
    (
        "ago",
        re.compile(
            rf"\b{_NUM}\s+(?:{_UNIT}\s+ago|(?P<unit_e>weeks?)\s+earlier(?=[.,;]|$))",
            re.I,
        ),
    ),
    (
        "weekend",
        re.compile(
            r"\b(?:(?:over|during|at|on|spent)\s+the\s+weekend|(?<=\b(?:his|her|its|their|a|the)\s)"
            r"weekend(?=\s+(?:talks|strikes?|attacks?|barrage|push|meetings?|fighting|raids?|"
            r"shelling|protests?|visit|offensive)\b))\b",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            rf"{_PREFIX}(?:(?P<side>later|earlier|so\s+far)\s+(?=this))?(?P<rel>this|next|last|coming|past)"
            r"\s+(?P<period>week(?:end)?|month|year)\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"{_WEEKDAY_PREFIX}(?:(?P<rel>this|next|last|coming)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
            re.I,
        ),
    ),
    (
        "day_word",
        re.compile(
            rf"{_PREFIX}(?P<word>today|tonight|yesterday|tomorrow|overnight|"
            r"this\s+(?:morning|afternoon|evening))\b",
            re.I,
        ),
    ),
    ("month_year", re.compile(rf"{_PREFIX}{_MONTH}\s+(?P<year>\d{{4}})\b", re.I)),
    (
        "month",
        re.compile(
            rf"\b(?:{_DEADLINE}(?:\s+at\s+least)?|in|into|for|during|since|from|until|through|early|late|mid-?)\s+(?:(?P<rel>early|late|mid-?)\s*)?(?P<month>january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)\b(?!\s+\d)"
            # "in January last year": the month of that year
            r"(?:\s+(?P<yrel>last|this|next)\s+year\b)?",
            re.I,
        ),
    ),
    # "last July", "since last April": the latest such month before the article's own
    (
        "last_month",
        re.compile(
            r"\b(?P<since>since\s+)?last\s+(?P<month>January|February|March|April|May|June|July|"
            r"August|September|October|November|December)\b(?!\s+\d)"
        ),
    ),
    # "between September and December", "from October to June": one span of months
    (
        "month_span",
        re.compile(
            rf"\b(?:between|from|(?P<within>in))\s+(?P<month>{_MONTH_NAMES})\s+(?(within)and|(?:and|to|through|until))\s+"
            rf"(?P<month2>{_MONTH_NAMES})\b(?!\s+\d)",
            re.I,
        ),
    ),
    (
        "bare_month",
        re.compile(
            r"\b(?:the|its|his|her|their|our|in|by|until|from|through|since|early|late|as\s+(?:soon|early|late)\s+as)\s(?P<month>January|February|April|June|July|August|September|October|November|December)\b(?!\s+\d)"
        ),
    ),
    # a month naming a meeting, a move or a figure: "a March rate cut", "its March meeting",
    # "December output", "after December's 25 basis point reduction", "a hike for September."
    (
        "month_mod",
        re.compile(
            rf"(?<![\w.])(?:(?:a|an|into|beyond)\s+)?(?P<month>{_MONTHS_BUT_MAY})(?:(?='s\b)|"
            r"(?=\s+(?:rate|meeting|cut|hike|move|output|payrolls?|decision|election|vote|summit|"
            r"deadline|contract|jobs|inflation|consumer|CPI|figures?|reading|agreement|increase|"
            rf"payment|session|policy)\b))|\bfor\s+(?P<month2>{_MONTHS_BUT_MAY})"
            r"(?=\s*[.,;]|\s+(?:is|was|are|were)\b)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:{_DEADLINE}|in|since|during|through|from|for)\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)",
            re.I,
        ),
    ),
    # "from 2018 to 2023", "between 2027 and 2036": one span of years
    (
        "year_span",
        re.compile(
            r"\b(?:from|between|(?P<within>in|for))\s+(?P<year>(?:19|20)\d\d)\s*(?(within)\s+and\s+|(?:to|and|until|through|-|–))\s*"
            r"(?P<year2>(?:19|20)\d\d)\b"
        ),
    ),
    # a year a market closed or a level is measured in: "ended 2025 up 16%", "below their 2023
    # levels"; the year alone is the expression
    (
        "year_bare",
        re.compile(
            r"(?:(?<=\bended )|(?<=\bend )|(?<=\bends )|(?<=\bclosed ))(?P<year>(?:19|20)\d\d)\b"
            r"(?![-/]\d)|\b(?P<year2>(?:19|20)\d\d)(?=\s+(?:levels?|average)\b)",
            re.I,
        ),
    ),
]


# A cheap necessary condition per rule: text without a match of the hint cannot match the
# rule, so the rule's own scan (each tries its optional prefix at every word start) is
# skipped. Most articles hold only a few kinds of time expression; this keeps the grammar
# from costing more than a few milliseconds an article. A rule without a hint always runs.
_MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_WEEKDAY_NAME = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_UNIT_STEM = r"\s(?:hour|day|week|month|year)"
HINTS: dict[str, re.Pattern[str]] = {
    "iso": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month_day": re.compile(rf"{_MONTH_STEM}[a-z]*\.?\s+\d", re.I),
    "day_month": re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_STEM}", re.I),
    "quarter": re.compile(r"quarter", re.I),
    "quarter_q": re.compile(r"Q[1-4]\b"),
    "half": re.compile(r"half", re.I),
    "end_of": re.compile(r"(?:end|close)\s+of", re.I),
    "year_end": re.compile(r"year[- ]end", re.I),
    "since_start": re.compile(r"since\s+the\s+(?:start|beginning)", re.I),
    "since_event": re.compile(r"since\s+the\s+(?:[A-Z]|\d)"),
    "months_to": re.compile(r"(?:months|year)\s+(?:to|through|end)", re.I),
    "weeks_to": re.compile(r"weeks?\s+(?:to|through|end|of)", re.I),
    "week_of_month": re.compile(r"week\s+of\s", re.I),
    "months_of": re.compile(r"months\s+of\s", re.I),
    "holiday": re.compile(r"Easter|Christmas|Thanksgiving|New Year's"),
    "within": re.compile(_UNIT_STEM, re.I),
    "hours_to": re.compile(r"hours\s+(?:to|until|up)", re.I),
    "in_days": re.compile(r"in\s+\w+\s+(?:day|week)", re.I),
    "ago": re.compile(rf"{_UNIT_STEM}s?\s+(?:ago|earlier)", re.I),
    "weekend": re.compile(r"weekend", re.I),
    "relative": re.compile(r"\s(?:week|month|year)", re.I),
    "weekday": _WEEKDAY_NAME,
    "day_word": re.compile(r"today|tonight|yesterday|tomorrow|overnight|this\s+[mae]", re.I),
    "month_year": re.compile(rf"{_MONTH_STEM}[a-z]*\.?\s+\d", re.I),
    "month": re.compile(
        r"january|february|march|april|May|june|july|august|september|october|november|december",
        re.I,
    ),
    "last_month": re.compile(r"last\s+[A-Z]"),
    "month_mod": re.compile(_MONTHS_BUT_MAY),
    "month_span": re.compile(r"(?:between|from|in)\s+[a-z]+\s+(?:and|to|through|until)\s", re.I),
    "bare_month": re.compile(
        r"January|February|April|June|July|August|September|October|November|December"
    ),
    "year": re.compile(r"(?:19|20)\d\d"),
    "year_bare": re.compile(r"(?:19|20)\d\d"),
    "year_span": re.compile(r"(?:19|20)\d\d\s*(?:to|and|until|through|-|–)\s*(?:19|20)\d\d"),
}
_ORDER = {kind: index for index, (kind, _) in enumerate(RULES)}


@dataclass(frozen=True)
class ResolvedTime:
    start: int
    end: int
    text: str
    start_date: date
    end_date: date
    is_deadline: bool


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months away, or that month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, _month_end(year, month + 1).day))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(doc_date: date, month: int, day: int = 1) -> int:
    """The year that puts month/day closest to the document date (Dec. 29 + "Jan. 15" -> next)."""
    best = doc_date.year
    for year in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        try:
            candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        current = date(best, month, min(day, calendar.monthrange(best, month)[1]))
        if abs((candidate - doc_date).days) < abs((current - doc_date).days):
            best = year
    return best


# A bare month at most this many months ahead is the coming one: said in October, "add
# 137,000 barrels a day in November" is next month (last year's would be "last November").
_NEAR_MONTHS = 2


def _future_month_year(doc_date: date, month: int, forward: bool | None) -> int:
    """Year for a bare month: deadlines and plans point forward (``forward`` True), and so
    does the next month or two when no tense says otherwise (None); else news reports the
    past ("said in February"), so the latest such month up to the document's."""
    if forward:
        return doc_date.year if month >= doc_date.month else doc_date.year + 1
    past = doc_date.year if month <= doc_date.month else doc_date.year - 1
    ahead = (month - doc_date.month) % 12
    return past + 1 if forward is None and 0 < ahead <= _NEAR_MONTHS else past


def _resolve(
    kind: str, m: re.Match[str], doc_date: date, forward: bool | None
) -> tuple[date, date] | None:
    """The expression's dates; ``forward`` is the tense of its clause: True for plans and
    deadlines, False for the past, None where no tense cue stands before it."""
    g = m.groupdict()
    deadline = bool(g.get("deadline")) or bool(forward)
    if kind == "iso":
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d, d
    if kind in ("month_day", "day_month"):
        month, day = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        year = int(g["year"]) if g.get("year") else _nearest_year(doc_date, month, day)
        d = date(year, month, day)
        last = g.get("day2") or g.get("day_and")  # "Dec. 18-19", "April 8 and 9": two days
        if last and day < int(last) <= _month_end(year, month).day:
            return d, date(year, month, int(last))
        return d, d
    if kind == "half" and g.get("month"):
        # "in the first half of January": its first fifteen days
        month = MONTHS[g["month"].lower()]
        year = _future_month_year(doc_date, month, deadline or forward)
        if g["ord"].lower() == "first":
            return date(year, month, 1), date(year, month, 15)
        return date(year, month, 16), _month_end(year, month)
    if kind in ("quarter", "quarter_q", "half"):
        if kind == "half":
            first = 1 if g["ord"].lower() == "first" else 7
            last = first + 5
        else:
            q = int(g["q"]) if kind == "quarter_q" else ORDINALS[g["ord"].lower()]
            first, last = 3 * q - 2, 3 * q
        year = _year_of(g, doc_date)
        if (
            deadline
            and not g.get("year")
            and not g.get("rel")
            and _month_end(year, last) < doc_date
        ):
            year += 1  # "extend cuts through the second quarter", said in December: next year's
        if (
            kind == "quarter"
            and forward is False
            and not deadline
            and not g.get("year")
            and not g.get("rel")
            and date(year, first, 1) > doc_date
        ):
            year -= 1  # "output fell in the fourth quarter", said in January: last year's
        return date(year, first, 1), _month_end(year, last)
    if kind == "end_of":
        if g.get("part"):
            n = ORDINALS[g["ord"].lower()]
            last = 3 * n if g["part"].lower() == "quarter" else (6 if n == 1 else 12)
            year = int(g["year_q"]) if g.get("year_q") else doc_date.year
            if not g.get("year_q") and _month_end(year, last) < doc_date:
                year += 1  # "by the end of the first quarter", said in December
            return _month_end(year, last), _month_end(year, last)
        if g.get("month"):
            month = MONTHS[g["month"].lower().rstrip(".")]
            # "by the end of March" lies ahead; "reserves at the end of December", said in
            # January, are last December's
            year = _future_month_year(doc_date, month, True if deadline else None)
            return _month_end(year, month), _month_end(year, month)
        period = (g.get("period") or "year").lower()
        ahead = (g.get("rel") or "").lower() == "next"  # "by the end of next week"
        year = int(g["year"]) if g.get("year") else doc_date.year + ahead
        if period == "month":
            month_after = _add_months(doc_date, ahead)
            end = _month_end(month_after.year, month_after.month)
            return end, end
        if period == "week":
            end = doc_date + timedelta(days=6 - doc_date.weekday() + 7 * ahead)
            return end, end
        return date(year, 12, 31), date(year, 12, 31)
    if kind in ("since_start", "since_event"):
        # from the start of the period, year or month named until the article
        period = (g.get("period") or "").lower()
        if period == "week":
            return doc_date - timedelta(days=doc_date.weekday()), doc_date
        if period == "month":
            return date(doc_date.year, doc_date.month, 1), doc_date
        if period == "year":
            return date(doc_date.year, 1, 1), doc_date
        if g.get("year_only"):
            return date(int(g["year_only"]), 1, 1), doc_date
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else _future_month_year(doc_date, month, False)
        return date(year, month, 1), doc_date
    if kind == "year_end":
        return date(doc_date.year, 12, 31), date(doc_date.year, 12, 31)
    if kind in ("within", "ago"):
        n = _number(g["num"])
        unit = (g["unit"] or g.get("unit_e") or "").lower().rstrip("s")
        back = kind == "ago" or (g.get("next") or "").lower() in ("past", "last", "previous")
        if unit in ("month", "year"):
            # calendar months and years: "within five years" of 2025-11-12 ends 2030-11-12
            months = n * (12 if unit == "year" else 1)
            if kind == "ago":
                return _add_months(doc_date, -months), _add_months(doc_date, -months)
            if back:
                return _add_months(doc_date, -months), doc_date
            return doc_date, _add_months(doc_date, months)
        days = {"hour": max(1, -(-n // 24)), "day": n, "week": 7 * n}[unit]
        if kind == "ago":  # "from 22 cents a week ago": the day a week back
            return doc_date - timedelta(days=days), doc_date - timedelta(days=days)
        if back:
            return doc_date - timedelta(days=days), doc_date
        return doc_date, doc_date + timedelta(days=days)
    if kind == "relative":
        rel, period = g["rel"].lower(), g["period"].lower()
        if rel == "past" and period != "weekend":
            # "over the past week": the seven days to the article, not last calendar week
            if period == "week":
                return doc_date - timedelta(days=7), doc_date
            return _add_months(doc_date, -12 if period == "year" else -1), doc_date
        step = {"this": 0, "next": 1, "coming": 1, "last": -1, "past": -1}[rel]
        if period.startswith("week"):
            monday = doc_date - timedelta(days=doc_date.weekday()) + timedelta(weeks=step)
            if period == "weekend":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            whole = monday, monday + timedelta(days=6)
        elif period == "month":
            month_index = doc_date.year * 12 + doc_date.month - 1 + step
            year, month = divmod(month_index, 12)
            whole = date(year, month + 1, 1), _month_end(year, month + 1)
        else:
            whole = date(doc_date.year + step, 1, 1), date(doc_date.year + step, 12, 31)
        side = (g.get("side") or "").lower()
        if side == "later":  # "later this month": from the article's date to the month's end
            return doc_date, whole[1]
        if side:  # "earlier this month", "so far this year": from its start to the article's date
            return whole[0], doc_date
        return whole
    if kind == "weekend":
        saturday = doc_date + timedelta(days=(5 - doc_date.weekday()) % 7)
        if not forward and saturday > doc_date:
            saturday -= timedelta(days=7)
        return saturday, saturday + timedelta(days=1)
    if kind == "weekday":
        target = WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        delta = target - doc_date.weekday()
        if rel in ("next", "coming"):
            delta = delta if delta > 0 else delta + 7
        elif deadline and not rel:
            delta = delta if delta >= 0 else delta + 7  # "by Friday", said on a Friday: today
        elif rel == "last" or not rel:
            delta = delta if delta <= 0 else delta - 7
            if rel == "last" and delta == 0:
                delta = -7
        d = doc_date + timedelta(days=delta)
        return d, d
    if kind == "hours_to":  # ends on the latest such day up to the article's
        end = _weekday_back(doc_date, g["wd"])
        return end - timedelta(days=max(1, -(-_number(g["num"]) // 24))), end
    if kind == "in_days":
        if not forward:
            return None  # "the second attack in eight days" counts back
        unit = 7 if g["unit"].lower().startswith("week") else 1
        d = doc_date + timedelta(days=unit * _number(g["num"]))
        return d, d
    if kind == "day_word":
        word = g["word"].lower()
        if word == "overnight":  # the night before the report: yesterday into today
            return doc_date - timedelta(days=1), doc_date
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)  # today, tonight, this morning
        d = doc_date + timedelta(days=offset)
        return d, d
    if kind == "last_month":
        month = MONTHS[g["month"].lower()]
        year = doc_date.year if month < doc_date.month else doc_date.year - 1
        first = date(year, month, 1)
        return first, doc_date if g.get("since") else _month_end(year, month)
    if kind == "month_year":
        month = MONTHS[g["month"].lower().rstrip(".")]
        return date(int(g["year"]), month, 1), _month_end(int(g["year"]), month)
    if kind == "month_mod":
        # the nearest such month, ahead on a tie: "a June cut" in March, "after December's
        # reduction" in January, "its January payment" in October
        month = MONTHS[(g["month"] or g["month2"]).lower()]
        ahead = date(doc_date.year + (month < doc_date.month), month, 1)
        behind = date(ahead.year - 1, month, 1)
        nearest = ahead if (ahead - doc_date) <= (doc_date - behind) else behind
        return nearest, _month_end(nearest.year, month)
    if kind in ("month", "bare_month"):
        month = MONTHS[g["month"].lower()]
        if g.get("yrel"):
            year = doc_date.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0)
            return date(year, month, 1), _month_end(year, month)
        part = (g.get("rel") or m.group(0).split()[0]).lower().rstrip("-")
        if m.group(0).lower().startswith("since"):
            # "since June" looks back, whatever tense the clause is in; "since late June"
            # from its last third
            year = _future_month_year(doc_date, month, False)
            return date(year, month, _THIRDS.get(part, (1, 0))[0]), _month_end(year, month)
        year = _future_month_year(doc_date, month, deadline or forward)
        if part in _THIRDS and not g.get("deadline"):
            # "in late August": its last third, as "mid-" and "early" name the others
            first, last = _THIRDS[part]
            return date(year, month, first), date(year, month, last or _month_end(year, month).day)
        return date(year, month, 1), _month_end(year, month)
    if kind == "month_span":
        # the span ends in the last such month up to the article's, unless it looks ahead;
        # it starts in the first month before that end
        first, last = MONTHS[g["month"].lower()], MONTHS[g["month2"].lower()]
        if g.get("within") and last != first % 12 + 1:
            return None  # "cuts in June and September": two months, not the span between
        # "in August and September" as "in August" is read; "between" and "from" look back
        end_year = _future_month_year(
            doc_date, last, forward if g.get("within") else bool(deadline or forward)
        )
        start_year = end_year if first <= last else end_year - 1
        return date(start_year, first, 1), _month_end(end_year, last)
    if kind == "months_to":
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else _future_month_year(doc_date, month, forward)
        months = 12 if g.get("whole") else _number(g["num"])
        first = year * 12 + month - months  # months since year 0, of the span's first month
        return date(first // 12, first % 12 + 1, 1), _month_end(year, month)
    if kind == "weeks_to":
        if g.get("wd"):  # "the week to Sunday": the last Sunday before the article
            end = _weekday_back(doc_date, g["wd"], before=True)
        else:
            month, day = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
            year = int(g["year"]) if g.get("year") else _nearest_year(doc_date, month, day)
            end = date(year, month, day)
        if g["side"].lower() == "of":
            return (end, end + timedelta(days=6)) if not g.get("num") else None
        return end - timedelta(days=7 * (_number(g["num"]) if g.get("num") else 1) - 1), end
    if kind == "week_of_month":
        month = MONTHS[g["month"].lower()]
        year = int(g["year"]) if g.get("year") else _future_month_year(doc_date, month, forward)
        if g["ord"].lower() in ("last", "final"):
            end = _month_end(year, month)
            return end - timedelta(days=6), end
        first = date(year, month, 1) + timedelta(days=7 * ORDINALS[g["ord"].lower()] - 7)
        return first, first + timedelta(days=6)
    if kind == "months_of":
        year, months = int(g["year"]), _number(g["num"])
        if not 0 < months <= 12:
            return None
        if g["edge"].lower() == "first":
            return date(year, 1, 1), _month_end(year, months)
        return date(year, 13 - months, 1), date(year, 12, 31)
    if kind == "holiday":
        first, last = _holiday(g["holiday"], g.get("year"), doc_date, deadline)
        eve = timedelta(days=1 if g.get("eve") else 0)
        return first - eve, last - eve
    if kind == "year_span":
        first, last = int(g["year"]), int(g["year2"])
        if g.get("within") and last != first + 1:
            return None  # "in 2018 and 2022": two years, not the span between them
        return (date(first, 1, 1), date(last, 12, 31)) if first <= last else None
    if kind in ("year", "year_bare"):
        year = int(g.get("year") or g["year2"])
        return date(year, 1, 1), date(year, 12, 31)
    return None


def _holiday(name: str, year: str | None, doc_date: date, ahead: bool) -> tuple[date, date]:
    """Easter Sunday, Thanksgiving, Christmas Day or New Year's Day: of the year written, else
    the next one for a deadline or a plan ("form a government by Easter"), the nearest one
    otherwise."""

    def day(y: int) -> date:
        if name == "Easter":
            return easter(y)
        if name == "Thanksgiving":  # the fourth Thursday of November
            first = date(y, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return date(y, 12, 25) if name == "Christmas" else date(y, 1, 1)

    if year:
        d = day(int(year))
    elif ahead:
        this_year = day(doc_date.year)
        d = this_year if this_year >= doc_date else day(doc_date.year + 1)
    else:
        d = min(
            (day(y) for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1)),
            key=lambda c: abs((c - doc_date).days),
        )
    return d, d


_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 0)}


def _weekday_back(doc_date: date, name: str, before: bool = False) -> date:
    """The latest day of that name up to the article's date (``before``: strictly before)."""
    back = (doc_date.weekday() - WEEKDAYS[name.lower()]) % 7
    return doc_date - timedelta(days=back or (7 if before else 0))


def _year_of(g: dict[str, str | None], doc_date: date) -> int:
    if g.get("year"):
        return int(g["year"])  # type: ignore[arg-type]
    rel = (g.get("rel") or "").lower()
    return doc_date.year + {"next": 1, "last": -1}.get(rel, 0)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


_FORWARD_CUES = re.compile(
    # "plans to", not the noun: "unveiled a 20-point plan on Monday" is told in the past, and
    # "trimmed the plan to 19 points" names the plan
    r"\b(will|would|could|might|shall|plans?(?=\s+to\s+[a-z])|planned|scheduled|due|"
    r"expect(?:s|ed|ing)?|set to|"
    r"set for|slated|pencill?ed in|"
    r"to be held|next|coming|ahead|upcoming|consider(?:s|ing)?|weighing|starting|aims?|"
    r"aiming|intends?|hopes?|likely|poised|"
    # a vow is of what is still to do: "vowed to hold all 25 seats in November"
    r"(?:vow|pledge|promise)(?:s|d|ed)?\s+to|"
    # a meeting's verb in the present, as schedules and headlines are written: "talks resume
    # on Thursday", "advisers meet in Kyiv on Saturday"
    r"resumes?|reconvenes?|convenes?|meets?|visits?|"
    # drills, hearings and rounds start as a schedule says: "drills start on Monday"
    # (not the noun: "within hours of its start on Monday")
    r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!his )(?<!her )(?:starts?|begins?)|"
    # a measure's start in the present of a schedule: "tariffs take effect on Wednesday"
    r"takes? effect|comes? into force|kicks? in|expires?|"
    # what is proposed, agreed or due to be done: "proposed direct talks in Istanbul on
    # Thursday", "cabinet to vote on Sunday", "urged supporters to rally on Saturday"
    r"to\s+(?:vote|hold|meet|visit|address|decide|discuss|sign|rally|attend|travel|host|"
    r"announce|resume|begin|start|open|debate|review|publish|present|deliver|"
    r"stage|disrupt)|proposed\s+(?:holding\s+)?(?:direct\s+)?talks)\b",
    re.I,
)
# Past-tense verbs that, standing nearer to the expression than any forward cue, date it
# back: "the plan Zelenskyy said was agreed after his meeting on Sunday" (the noun "plan"
# is further away), "he will meet Putin, officials said on Monday".
_PAST_CUES = re.compile(
    r"\b(was|were|had|did|said|told|met|held|took|agreed|signed|announced|reported|"
    r"confirmed|added|ended|began|launched|attacked|struck|killed|"
    r"arrived|ran|came|went|returned|visited|resumed|landed|"
    # a market's moves, and the earlier level a price is compared with: "rose to 68% from
    # 51% on Monday", "at 91 cents, up from 84 cents on Friday", "traded at 71 cents on Tuesday"
    r"rose|fell|climbed|slipped|slid|jumped|dropped|surged|eased|gained|lost|traded|closed|"
    r"from\s+[$€£]?\d[\d.,]*\s*(?:cents?|percent|bps|points?)|"
    r"(?<=that )[a-z]{3,}ed|(?<=which )[a-z]{3,}ed)\b",
    re.I,
)

# The earlier figure a change is told against: "up from 37% in April", "down from 1.5 million
# barrels a day in March" (a bare "from 25%" is as often a rate still to change: "will double
# to 50% from 25% on Wednesday")
_COMPARED = re.compile(r"\b(?:up|down)\s+from\b", re.I)

# A verb in the past (lower case, so "United" is none), not a forward cue ("scheduled") nor a
# word in -eed ("rapeseed", "succeed"), and the word after it: the end of the clause, a
# preposition or a name ("a deal reached on", "a law approved by the cabinet on", "Peskov
# warned on", "remarks he made at a protest in New York on"), not a noun it describes
# ("detained border guards", "patented drugs") or "to" ("timed to", "pushed back to").
_TOLD_PAST = re.compile(
    r"(?<![\w'-])(?:(?!\w*eed\b)(?!(?:unchanged|unabated|unopposed|unresolved|unscathed|unmanned)\b)(?!(?:scheduled|planned|expected|slated|pencill?ed|poised|aimed|"
    r"intended|hoped|proposed|needed|required|targeted)\b)[a-z]{3,}ed|agreed|freed|"
    r"made|flew|became|won|sold|bought|fought|sent|spoke|wrote|gave|saw|fled|broke|"
    r"chose|grew|found|paid|stood|told|said|met|held|took|came|went|ran|rose|fell|left)"
    r"(?=(?:\s+(?:by|in|at|on|during|with|after)\b|\s+[A-Z]|[,;]?\s*$))"
)
# Words that make a past form no telling: "would be held", "if elected", "has been agreed"
_NOT_TOLD = re.compile(r"\b(?:be|been|being|if|once|unless|when)\s+(?:\w+\s+)?$", re.I)


def _told_just_before(clause: str, last_forward: int) -> bool:
    """Whether a verb in the past stands among the clause's last four words, after its last
    forward cue (ending at ``last_forward``), telling the expression: that cue further back
    ("will face a 20% tariff under a deal reached on Wednesday") then does not put it ahead."""
    tail_start = len(clause) - len(" ".join(clause.split()[-4:])) - 1
    return any(
        m.start() >= max(last_forward, tail_start) and not _NOT_TOLD.search(clause[: m.start()])
        for m in _TOLD_PAST.finditer(clause)
    )


# Words that open a deadline, which lies ahead whatever the tense: "by Jan. 15"
_DEADLINE_LEADS = ("by", "until", "till", "before", "through")
_AFTER_BE = re.compile(r"\bbe\s+$", re.I)


def _looks_forward(clause: str, opens_span: bool = False) -> bool | None:
    """Whether the tense cue nearest to the end of ``clause`` points to the future (True) or
    the past (False, only with a past verb among its last three words, or one just before the
    expression after the forward cue); None otherwise. Before the start of a span ("from"), a
    form in -ed describes a noun ("goods routed through third countries from Jan. 1")."""
    forward = [m.end() for m in _FORWARD_CUES.finditer(clause)]
    # a relative clause's verb in -ed is past too ("the plan that leaked in November"),
    # unless it is itself a forward cue ("which expected")
    # a participle after a bare "be" is no past tense: "will be held in May", "to be signed"
    past = [
        m.end()
        for m in _PAST_CUES.finditer(clause)
        if not _FORWARD_CUES.fullmatch(m.group()) and not _AFTER_BE.search(clause[: m.start()])
    ] + [m.end() for m in _COMPARED.finditer(clause)]
    if forward and (not past or forward[-1] > past[-1]):
        return opens_span or not _told_just_before(clause, forward[-1])
    # a past verb further back need not govern the expression: "agreed on Sunday to add
    # 137,000 barrels a day in November", unlike "said in February"
    if past and _PAST_CUES.search(" ".join(clause.split()[-3:])):
        return False
    return False if _COMPARED.search(" ".join(clause.split()[-6:])) else None


# "from 4 p.m. on Saturday", "from Saturday": the start of a span, just before the expression
_SPAN_FROM = re.compile(r"\bfrom\s+(?:\d[\d:.]*\s*[ap]\.m\.\s*(?:[A-Z][a-z]+\s+time\s+)?)?$")

# A date this close behind the article is the recent past, whatever tense stands before it.
_RECENT_DAYS = 60

# (not the full stop of an abbreviation: "starting at 6 p.m. Moscow time on Saturday")
_SENTENCE_END = re.compile(
    r"(?<!\bp\.m)(?<!\ba\.m)(?<!\bU\.S)(?<!\bU\.K)(?<!\bU\.N)(?<!\bMr)(?<!\bDr)(?<!\bSt)"
    r"[.!?]\s+(?=[A-Z])|\n"
)


def _clause_before(text: str, start: int, limit: int = 160) -> str:
    """The words of the expression's own sentence before it (at most ``limit`` characters):
    where a tense cue ("will meet on Sunday to decide ... in May") may stand."""
    before = text[max(0, start - limit) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def find_times(text: str, doc_date: date) -> list[ResolvedTime]:
    """Every time expression in ``text``, resolved; overlapping matches keep the longest."""
    found: list[ResolvedTime] = []
    taken: list[tuple[int, int]] = []
    candidates = []
    for kind, pattern in RULES:
        hint = HINTS.get(kind)
        if hint is not None and not hint.search(text):
            continue
        for m in pattern.finditer(text):
            candidates.append((m.end() - m.start(), kind, m))
    # longest first, then rule order
    for _, kind, m in sorted(candidates, key=lambda c: (-c[0], _ORDER[c[1]])):
        start, end = m.start(), m.end()
        if any(start < e and s < end for s, e in taken):
            continue
        lead = m.group(0).split()[0].lower()
        # a cue may end in the expression's own first word: "the release set for Saturday"
        window = _clause_before(text, start + (len(lead) + 1 if lead == "for" else 0))
        forward = _looks_forward(window, opens_span=lead == "from")
        try:
            resolved = _resolve(
                kind,
                m,
                doc_date,
                forward
                and kind
                in (
                    "weekday",
                    "month",
                    "bare_month",
                    "month_span",
                    "weekend",
                    "quarter",
                    "half",
                    "months_to",
                    "week_of_month",
                    "end_of",
                    "in_days",
                ),
            )
        except (ValueError, KeyError):
            continue
        if resolved is None:
            continue
        if (
            kind == "weekday"
            and forward is None
            and (
                _SPAN_FROM.search(window)
                or (lead == "from" and text[end : end + 1] not in ("'", "’"))
            )
            and (resolved[0] + timedelta(days=7)) - doc_date < doc_date - resolved[0]
        ):
            # "declared a truce from 4 p.m. on Saturday": a span's start with no tense to go
            # by is the nearer Saturday (said on a Friday, the next; on a Monday, the last)
            resolved = (resolved[0] + timedelta(days=7), resolved[1] + timedelta(days=7))
        if (
            (forward is False or lead == "since")
            and lead not in _DEADLINE_LEADS
            and resolved[0] > doc_date
            and kind in ("month_day", "day_month")
            and not m.groupdict().get("year")
        ):
            # a date a past verb tells is behind us: "talks ran from May 8", said in November;
            # so is one "since" names: "since Nov. 27", said in June, is last November's
            resolved = (_add_months(resolved[0], -12), _add_months(resolved[1], -12))
        if lead == "since" and resolved[0] <= doc_date:
            resolved = (resolved[0], doc_date)  # "since April": from then until now
        elif (
            (
                lead in _DEADLINE_LEADS
                # a date told in the future, unless it is days ago ("accusing activists of
                # flying one on Jan. 4", said on Jan. 12, after "would")
                or (forward and resolved[1] < doc_date - timedelta(days=_RECENT_DAYS))
            )
            and resolved[1] < doc_date
            and kind in ("month_day", "day_month", "month")
            and not m.groupdict().get("year")
        ):
            # a deadline lies ahead, as does a date told in the future ("will host the summit
            # on July 7-8", said in December)
            resolved = (_add_months(resolved[0], 12), _add_months(resolved[1], 12))
        taken.append((start, end))
        is_deadline = bool(m.groupdict().get("deadline")) and (
            m.group("deadline").lower() not in ("ahead of",)
        )
        found.append(ResolvedTime(start, end, m.group(0), resolved[0], resolved[1], is_deadline))
    found.sort(key=lambda t: t.start)
    earlier = _years_earlier(text, doc_date, found, taken)
    return _join_spans(text, sorted(found + earlier, key=lambda t: t.start))


# "up 6% from a year earlier", "against 59% the previous year": the period the sentence has
# just named, a year back (as every development set reads it), else the article's date a year
# back; no date library resolves against another expression
_YEAR_EARLIER = re.compile(
    # not "a year earlier than planned" nor "a year before the invasion"
    r"\b(?:(?:a|one)\s+year\s+earlier(?!\s+than)|the\s+(?:previous|prior)\s+year|"
    r"the\s+year\s+before(?!\s+(?:the|its|their|his|her|a)\b))\b",
    re.I,
)


def _years_earlier(
    text: str, doc_date: date, found: list[ResolvedTime], taken: list[tuple[int, int]]
) -> list[ResolvedTime]:
    """Each "a year earlier" in ``text``, resolved against the time before it (``found``
    in order of position); none where a found expression already covers it."""
    out = []
    for m in _YEAR_EARLIER.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        before = [t for t in found if t.end <= m.start()]
        first, last = (before[-1].start_date, before[-1].end_date) if before else (doc_date,) * 2
        start, end = _add_months(first, -12), _add_months(last, -12)
        if before and last == _month_end(last.year, last.month):
            end = _month_end(end.year, end.month)  # February's end stays its end
        out.append(ResolvedTime(m.start(), m.end(), m.group(0), start, end, False))
    return out


_SPAN_JOIN = re.compile(r"\s*(?:to|and|until|through|-|–)\s*")
_SPAN_OPEN = re.compile(r"\bbetween\s+$", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _join_spans(text: str, times: list[ResolvedTime]) -> list[ResolvedTime]:
    """Two ends of one span are one expression: "from May 8 to May 10", "between Monday
    evening and Tuesday morning"."""
    out: list[ResolvedTime] = []
    for t in times:
        last = out[-1] if out else None
        if last is None or last.is_deadline:
            out.append(t)
            continue
        window = max(0, last.start - 8)
        between = _SPAN_OPEN.search(text[window : last.start])
        first = last.start_date
        if _YEAR.search(t.text) and not _YEAR.search(last.text):
            # "from February to May 2027": the year written at the end holds for the start
            first = _add_months(first, 12 * (t.end_date.year - first.year))
            if first > t.start_date:
                first = _add_months(first, -12)
        end = t.end_date
        if not _YEAR.search(t.text) and (end - first).days > 366:
            end = _add_months(end, -12)  # "ran from May 8 to May 12": the start's year
        # "on Monday and Tuesday": two days of one meeting, one span
        days_running = (
            last.text.lower().startswith("on ")
            and _WEEKDAY_NAME.fullmatch(t.text)
            and text[last.end : t.start] == " and "
            and text[t.end : t.end + 1] not in ("'", "’")  # "Tuesday's vote" is no day of it
            and 0 < (t.start_date - last.end_date).days < 7
        )
        if (
            (between or days_running or last.text.lower().startswith("from "))
            and _SPAN_JOIN.fullmatch(text[last.end : t.start])
            and first <= end
        ):
            start = window + between.start() if between else last.start
            out[-1] = ResolvedTime(start, t.end, text[start : t.end], first, end, False)
            continue
        if (
            t.is_deadline
            and _WEEKDAY_NAME.search(t.text)
            and _WEEKDAY_NAME.search(last.text)
            and len(text[last.end : t.start]) <= 3
            and (t.start_date - last.end_date).days >= 7
        ):
            # "from 6 p.m. on Saturday until midnight on Sunday": the Sunday after that Saturday
            gap = timedelta(days=7 * ((t.start_date - last.end_date).days // 7))
            t = ResolvedTime(t.start, t.end, t.text, t.start_date - gap, t.end_date - gap, True)
        out.append(t)
    return out
