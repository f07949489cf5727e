"""Quantities with their unit and what they count: "91 drones", "$100 billion", "1:9".

spaCy tags numbers (CARDINAL, MONEY, PERCENT) but neither normalises them ("2.5 million"),
reads ranges ("between 300 and 400"), nor says what a number counts; the patterns below do,
and skip numbers that are dates, clock times or years.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# the regex module, not re: it skips to the words a pattern needs where re tries every
# position; the two scans took a third of the rules' time with re (docs/benchmarks.md)
import regex as re

SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
WORD_NUMBERS = {
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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
}
CURRENCY_SYMBOLS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₴": "uah", "₽": "rub"}
CURRENCY_WORDS = {
    "dollar": "usd",
    "dollars": "usd",
    "usd": "usd",
    "euro": "eur",
    "euros": "eur",
    "eur": "eur",
    "pound": "gbp",
    "pounds": "gbp",
    "rouble": "rub",
    "roubles": "rub",
    "ruble": "rub",
    "rubles": "rub",
    "hryvnia": "uah",
    "hryvnias": "uah",
    "yen": "jpy",
    "yuan": "cny",
    # currencies whose plural is no plain "s" the count pattern would take as a noun
    "kronor": "sek",
    "krona": "sek",
    "kroner": "dkk",
    "krone": "dkk",
    "lari": "gel",
    "tenge": "kzt",
    "birr": "etb",
    "naira": "ngn",
    "zloty": "pln",
    "lira": "try",
    # and the common ones it would leave as nouns ("200 billion francs" counts francs)
    "cfa francs": "xof",
    "francs": "chf",
    "rupees": "inr",
    "rials": "irr",
    "pesos": "mxn",
    "shekels": "ils",
    "zlotys": "pln",
}
# Counted nouns and the unit they normalise to. Plurals map to a singular unit.
UNITS = {
    "drone": "drone",
    "drones": "drone",
    "missile": "missile",
    "missiles": "missile",
    "rocket": "rocket",
    "rockets": "rocket",
    "shahed": "drone",
    "shaheds": "drone",
    "bomb": "bomb",
    "bombs": "bomb",
    "shell": "shell",
    "shells": "shell",
    "person": "person",
    "people": "person",
    "civilians": "person",
    "civilian": "person",
    "soldiers": "person",
    "troops": "person",
    "personnel": "troop",
    "servicemen": "person",
    "men": "person",
    "women": "person",
    # a ship's or a mission's people: "14 crew", "21 crew members", "six staff"
    "crew": "person",
    "crew members": "person",
    "staff": "person",
    "staff members": "person",
    "residents": "person",
    "children": "person",
    "refugees": "person",
    "prisoners": "person",
    "workers": "person",
    "casualties": "person",
    "dead": "person",
    "detained": "person",
    "arrested": "person",
    "rescued": "person",
    "killed": "person",
    "wounded": "person",
    "injured": "person",
    "homes": "home",
    "households": "home",
    "houses": "home",
    "buildings": "building",
    "tanks": "tank",
    "aircraft": "aircraft",
    "jets": "aircraft",
    "gripens": "aircraft",
    "rafales": "aircraft",
    "ships": "ship",
    "vessels": "ship",
    "settlements": "settlement",
    "villages": "settlement",
    "barrels": "barrel",
    "bpd": "barrel",
    "tonnes": "tonne",
    "tons": "tonne",
    "km": "km",
    "kg": "kg",
    "kilograms": "kg",
    "kilometres": "km",
    "kilometre": "km",
    "kilometer": "km",
    "kilometers": "km",
    "miles": "mile",
    "nautical miles": "nm",
    "nm": "nm",
    "square kilometres": "km2",
    "hours": "hour",
    "hour": "hour",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
    "points": "point",
    "point": "point",
    "countries": "country",
    "nations": "country",
    "votes": "vote",
    "seats": "seat",
    "sanctions": "sanction",
    "attacks": "attack",
    "strikes": "strike",
    "meetings": "meeting",
    "rounds": "round",
    "mw": "mw",
    "megawatts": "mw",
    "gw": "gw",
    "gigawatts": "gw",
    "flights": "flight",
    "jobs": "job",
    "shares": "share",
    "cases": "case",
    # rate moves counted: "two more cuts", "one further cut" (every author counts them)
    "cuts": "cut",
    "cut": "cut",
    "reductions": "cut",
    "hikes": "hike",
    "hike": "hike",
    "percentage points": "pp",
    "basis points": "bps",
    "bps": "bps",
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?"
_WORDNUM = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_RANGE_LEAD = r"(?:(?P<between>between)\s+)?"


def _range_tail(joins: str, number: str = _NUM) -> str:
    """The second number of a range joined by one of ``joins``; "and" closes a range only
    after "between" ("$5 and 40%" is two amounts)."""
    return rf"(?:\s*(?:{joins}|(?(between)and|(?!)))\s*(?P<num2>{number}))?"


_RANGE_TAIL = _range_tail("-|–|to")
# the scale a range names once, after its second number: "$1.2-1.5 billion"
_END_SCALE = _SCALE.replace("scale", "scale_end")
# counts also join with "or" ("10 or 12 days") and run between spelled-out numbers ("two to
# three years")
_COUNT_RANGE_TAIL = _range_tail("-|–|to|or", rf"{_NUM}|(?:{_WORDNUM})(?![a-z])")
# words between a count and its noun, a model name among them ("three Russian MiG-31 jets")
# or a maker's capitals and a number ("two ASC 890 surveillance aircraft")
_MOD = r"(?:(?:[a-z][a-z-]*(?:-\d+[a-z]*)?|(?-i:[A-Z]{2,5})\s\d{1,4})\s+){0,3}?"
# warplanes counted by their model: "two Danish F-16s", "six MiG-29s"
_AIRCRAFT_MODELS = r"(?:f|mig|su|tu|il|b|a|kc|mi|ka)-\d{1,3}[a-z]?s"
_UNIT_RE = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_CURR_WORDS = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))

# Words that qualify an amount belong to its text ("nearly 3%", "about $100 billion").
_APPROX = (
    r"(?:~\s?|\b(?:just\s+)?(?:up to|more than|at least|over|under|nearly|almost|about|around|near|"
    r"roughly|some|fewer than|less than|close to)\s+)?"
)
MONEY = re.compile(
    rf"{_APPROX}(?:(?P<sym>[$€£¥₴₽])\s?{_RANGE_LEAD}(?P<num>{_NUM}){_SCALE}{_RANGE_TAIL}{_END_SCALE}"
    # a range before a currency word: "1.45 million to 1.5 million rials", "between 2 billion
    # and 3 billion euros", "5 to 10 billion kroner" (the scale named once holds for both)
    rf"|(?:(?P<between_w>between)\s+)?(?P<num_w>{_NUM}){_SCALE.replace('scale', 'scale_w')}"
    rf"(?:\s*(?:-|–|to|(?(between_w)and|(?!)))\s*(?P<num_w2>{_NUM})"
    rf"{_SCALE.replace('scale', 'scale_w2')})?\s+(?P<curr>{_CURR_WORDS})\b)",
    re.I,
)
# An amount after its ISO code, as ministries and markets write it: "EUR 90 billion", "up to
# NOK 12 billion". Only the codes of :data:`CURRENCY_CODES`, in capitals, so that a model's
# name ("an ASC 890 aircraft") is not money.
CURRENCY_CODES = {
    *CURRENCY_SYMBOLS.values(),
    *CURRENCY_WORDS.values(),
    *("nok", "cad", "aud", "nzd", "hkd", "sgd", "czk", "huf", "ron", "sar", "aed", "qar"),
}
CODED_MONEY = re.compile(
    rf"{_APPROX}\b(?-i:(?P<code>{'|'.join(sorted(c.upper() for c in CURRENCY_CODES))}))\s?"
    rf"{_RANGE_LEAD}(?P<num>{_NUM}){_SCALE}{_RANGE_TAIL}{_END_SCALE}",
    re.I,
)
# A sign only where a word starts: "-1.2%" is a fall, the "-" of "3.50%-3.75%" joins a range.
PERCENT = re.compile(
    rf"{_APPROX}{_RANGE_LEAD}(?:(?<![^\s(])(?P<sign>[-+−]|minus\s))?(?P<num>{_NUM}){_RANGE_TAIL}"
    r"\s?(?P<unit>%|percent(?:age points?)?|per\s?cent|basis[- ]points?|bps?(?![a-z])|pp(?![a-z]))",
    re.I,
)
RATIO = re.compile(
    r"(?<![\d.:])(?P<a>\d{1,3}(?:\.\d+)?)\s?:\s?(?P<b>\d{1,3}(?:\.\d+)?)(?![\d:])(?!\s?(?:[ap]\.?m|GMT|UTC))"
)
# Counts start at a word: "over 500" is not read inside "Hanover 500", nor "52 bombers" inside
# "B-52 bombers", a model's name, nor "4 consultations" inside "Article 4 consultations", nor
# "890 aircraft" in "an ASC 890 aircraft" or "39 Gripens" in "four JAS 39 Gripens", a model's
# number after its maker's capitals, themselves counted.
COUNT = re.compile(
    rf"(?<![A-Za-z]-)(?<![Aa]rticle )(?<!\b(?:an?|the|\d+|{_WORDNUM})\s(?-i:[A-Z]{{2,5}})\s)(?:~\s?|\b)(?:(?P<approx>up to|more than|at least|over|nearly|almost|about|around|roughly|some|fewer than|less than)\s+)?"
    rf"{_RANGE_LEAD}\b(?P<num>{_NUM}|(?:{_WORDNUM})(?![a-z]))(?!st\b|nd\b|rd\b|th\b){_SCALE}"
    rf"{_COUNT_RANGE_TAIL}"
    r"(?:\s*(?P<scale2>thousand|million|billion|trillion)\b)?"
    rf"(?P<hyphen>-)?\s*(?P<mod>{_MOD})(?P<unit>{_UNIT_RE}|(?P<model>{_AIRCRAFT_MODELS})|[a-z]{{3,}}(?:ies|[^s\W]s))\b",
    re.I,
)
# Headline tolls with no noun after the number: "strike kills 3", "killing at least 23".
TOLL = re.compile(
    rf"\b(?P<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing))\s+"
    rf"(?P<q>(?:(?:at least|more than|about|nearly|some|over|up to)\s+)?"
    rf"(?P<num>\d[\d,]*|(?:{_WORDNUM})(?![a-z])))(?![\d,]*\.?\d)",
    re.I,
)
# A toll's figure with no noun after it: "the death toll rose to more than 2,000", "brought
# the toll of the campaign to at least 87", "estimated the toll at closer to 40".
TOLL_FIGURE = re.compile(
    r"\btoll\b[^.;]{0,80}?\b(?:to|at)\s+"
    rf"(?P<q>(?:(?:at least|more than|about|nearly|almost|some|over|around|closer? to)\s+)?"
    rf"(?P<num>{_NUM}))(?!\.?\d)(?!\s*(?:%|percent|per\b))",
    re.I,
)
# "62 cents" (a contract's price, a bond's): dollars, as the guidelines count money; a
# trader writes "27c" or "27¢" (a lower-case c, so no temperature in Celsius)
CENTS = re.compile(rf"{_APPROX}(?P<num>{_NUM})\s+cents?\b", re.I)
TRADERS_CENTS = re.compile(r"(?<![\w.,])(?P<num>\d{1,2}(?:\.\d+)?)(?:c\b|¢)")
# "146.2 per dollar": the quoted currency, named earlier in the sentence ("the yen ...")
PER_DOLLAR = re.compile(rf"{_APPROX}(?P<num>{_NUM})\s+(?:per|to the)\s+(?:dollar|euro)\b", re.I)
QUOTED_CURRENCIES = {
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "rouble": "rub",
    "ruble": "rub",
    "hryvnia": "uah",
    "shekel": "ils",
    "rupee": "inr",
    "won": "krw",
    "lira": "try",
    "rand": "zar",
    "real": "brl",
    "zloty": "pln",
    "forint": "huf",
    "franc": "chf",
    "krona": "sek",
    "krone": "dkk",
    "peso": "mxn",
    "ringgit": "myr",
    "rupiah": "idr",
    "baht": "thb",
    "dong": "vnd",
}
_CURRENCY_NAMED = re.compile(rf"\b(?P<name>{'|'.join(QUOTED_CURRENCIES)})s?\b", re.I)
# "2.3 times the amount offered": a multiple, not a count of occasions
MULTIPLE = re.compile(
    rf"(?P<num>{_NUM})\s+times(?=\s+(?:the|as|its|their|that|more|higher|larger|bigger|"
    r"greater)\b)",
    re.I,
)
# odds "8-to-1": a:b read as b/a, as every ratio is
ODDS = re.compile(r"(?<![\d.])(?P<a>\d{1,3})-to-(?P<b>\d{1,3})(?![\d])")
# "by 367 votes to 298": the second tally counts votes too
VOTES_AGAINST = re.compile(r"\bvotes?\s+(?:to|against)\s+(?P<num>\d[\d,]*)\b", re.I)
# a tally "voted 13-0", "passed the bill 222-209", "in a 6-3 decision": the votes in favour
TALLY = re.compile(
    r"\b(?:(?:voted|ruled|passed|approved|rejected|backed|confirmed)\s+(?:[a-z'-]+\s+){0,4}?"
    r"(?P<a>\d{1,3})-(?P<b>\d{1,3})(?![\d%-])"
    r"|(?P<a2>\d{1,3})-(?P<b2>\d{1,3})\s+(?=(?:vote|decision|ruling|verdict|majority)\b))",
    re.I,
)
# "a one-year truce", "paused tariffs for one month": "one" measures only a span of time,
# hyphened to it or after "for"
ONE_SPAN = re.compile(
    r"\bone-(?P<unit>year|month|week|day|hour)\b|(?<=\bfor )(?:one|a|another) "
    r"(?P<unit2>year|month|week|day|hour)\b"
    # "lasted less than an hour", "for about an hour"
    r"|\b(?:(?:less|more) than|about|nearly|almost|under|over)\s+an\s+(?P<unit3>hour)\b",
    re.I,
)
# "violated the truce nearly 3,000 times", "scrambled jets 704 times": a count of acts, not
# a multiplier ("three times the increase", "ten times as many")
TIMES = re.compile(
    r"\b(?:(?:more than|nearly|about|at least|over|some|almost)\s+)?(?P<num>\d[\d,]*)\s+times\b"
    r"(?!\s+(?:as|the|more|higher|larger|bigger|greater|over|that)\b)",
    re.I,
)
# payroll figures count jobs: "payrolls rose by 147,000", "short of the 60,000 forecast"
_PAYROLLS = re.compile(r"\bpayrolls?\b", re.I)
PAYROLL_FIGURE = re.compile(
    r"(?<![\w$€£¥.,])(?:(?:about|some|just|nearly|only|a combined)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+)(?![\d%]|\s*(?:%|percent))",
    re.I,
)
# "one more cut", "only one further hike": a single rate move counted, which "one" alone
# ("one of the", "one official") never is
ONE_MOVE = re.compile(
    r"\bone\s+(?:more\s+|further\s+|additional\s+|final\s+)?(?:(?:rate|quarter-point|"
    r"half-point)\s+)?(?P<unit>cut|hike)\b",
    re.I,
)
# a rate move's size in words: "by a quarter point", "a quarter-point cut", "half a point"
# (six of seven authors annotate it; "two quarter-point cuts" counts the cuts instead)
FRACTION_OF_A_POINT = re.compile(
    r"\b(?:a\s+(?P<quarter>quarter)[- ]point|half\s+a\s+point|a\s+half[- ]point)\b", re.I
)
# a body's or a plan's size, like a plan's points: "a nine-member committee", "a three-phase deal"
SIZED = re.compile(rf"\b(?P<num>{_NUM}|{_WORDNUM})-(?P<unit>member|phase|stage)\b", re.I)
POINT_PLAN = re.compile(rf"\b(?:a|an|the)\s+(?P<num>{_NUM})-point\s+(?P<what>[a-z]+)", re.I)
# words that start a clause, so that no count reaches over them to a noun
_CLAUSE_WORDS = {"if", "unless", "when", "while", "because", "as", "that", "which", "who"}
_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class FoundQuantity:
    start: int
    end: int
    text: str
    value: float
    unit: str
    counts: str
    value_max: float | None = None


def _to_float(text: str, scale: str | None = None) -> float:
    key = text.lower()
    value = float(WORD_NUMBERS[key]) if key in WORD_NUMBERS else float(text.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
    return value


# The phrases :func:`_just_before` looks for span a few words, far under this many characters.
_PHRASE_REACH = 200


def _just_before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern``, which closes with ``$``, matched on the text that ends at ``end``. Only the
    last stretch is searched: from the document's start the search would pass over every
    earlier character for each quantity found."""
    return pattern.search(text, max(0, end - _PHRASE_REACH), end)


def _count_matches(text: str) -> Iterator[re.Match[str]]:
    """COUNT's matches, where a part named before its whole ("four of the nine
    policymakers") is scanned again from the whole, which is what the noun counts."""
    pos = 0
    while (m := COUNT.search(text, pos)) is not None:
        words = m.group("mod").lower().split()
        if (words[:1] == ["of"] and set(words) & set(WORD_NUMBERS)) or _names_a_thing(text, m):
            pos = m.end("num")  # "extending the 2015 deal by six months" still counts six
            continue
        yield m
        pos = m.end()


def _names_a_thing(text: str, m: re.Match[str]) -> bool:
    """A COUNT match whose number is a year ("the 2015 deal", though "2000 Russian troops"
    counts) or a label ("resolution 1737 and its successors")."""
    mod = m.group("mod")
    return bool(
        _YEARLIKE.match(m.group("num"))
        and not (mod and mod.istitle())
        and m.group("unit").lower() not in ("drones", "missiles", "people", "troops")
    ) or bool(_just_before(_NAMED_AFTER, text, m.start("num")))


def find_quantities(text: str) -> list[FoundQuantity]:
    """Quantities in ``text``; where patterns overlap, the first kind listed wins."""
    found: list[FoundQuantity] = []
    taken: list[tuple[int, int]] = []

    def add(q: FoundQuantity) -> None:
        if any(q.start < e and s < q.end for s, e in taken):
            return
        taken.append((q.start, q.end))
        found.append(q)

    # a symbol's and a code's amounts share their groups' names; MONEY's go first
    for m in (*MONEY.finditer(text), *CODED_MONEY.finditer(text)):
        named = m.groupdict()
        if named.get("curr"):
            unit, num, num2 = (
                _by_country(CURRENCY_WORDS[named["curr"].lower()], text, m.start()),
                named["num_w"],
                named["num_w2"],
            )
            scale = named["scale_w"] or named["scale_w2"]
            scale2 = named["scale_w2"] or scale
        else:
            unit = CURRENCY_SYMBOLS[named["sym"]] if named.get("sym") else named["code"].lower()
            num, num2 = named["num"], named["num2"]
            scale = named["scale"] or named["scale_end"]
            scale2 = named["scale_end"] or scale
        add(
            FoundQuantity(
                m.start(),
                m.end(),
                m.group(0),
                _to_float(num, scale),
                unit,
                "money",
                _to_float(num2, scale2) if num2 else None,
            )
        )
    for m in (*CENTS.finditer(text), *TRADERS_CENTS.finditer(text)):
        add(
            FoundQuantity(
                m.start(), m.end(), m.group(0), _to_float(m.group("num")) / 100, "usd", "money"
            )
        )
    for m in PER_DOLLAR.finditer(text):
        named = list(_CURRENCY_NAMED.finditer(text, _sentence_start(text, m.start()), m.start()))
        if named:
            code = _by_country(QUOTED_CURRENCIES[named[-1].group("name").lower()], text, m.start())
            add(
                FoundQuantity(
                    m.start(), m.end(), m.group(0), _to_float(m.group("num")), code, "exchange rate"
                )
            )
    for m in MULTIPLE.finditer(text):
        add(
            FoundQuantity(
                m.start(), m.end(), m.group(0), _to_float(m.group("num")), "ratio", "ratio"
            )
        )
    for m in ODDS.finditer(text):
        a, b = float(m.group("a")), float(m.group("b"))
        if a:
            add(FoundQuantity(m.start(), m.end(), m.group(0), b / a, "ratio", "odds"))
    for m in VOTES_AGAINST.finditer(text):
        add(
            FoundQuantity(
                m.start("num"),
                m.end("num"),
                m.group("num"),
                _to_float(m.group("num")),
                "vote",
                "votes",
            )
        )
    for m in TALLY.finditer(text):
        first, second = ("a", "b") if m.group("a") else ("a2", "b2")
        start, end = m.start(first), m.end(second)
        add(
            FoundQuantity(
                start, end, text[start:end], _to_float(m.group(first)), "vote", "votes in favour"
            )
        )
    for m in ONE_SPAN.finditer(text):
        if _TENOR.match(text, m.start() + 3):
            continue  # "the one-year loan prime rate"
        span_unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        add(FoundQuantity(m.start(), m.end(), m.group(0), 1.0, span_unit, span_unit))
    for m in ONE_MOVE.finditer(text):
        add(
            FoundQuantity(
                m.start(), m.end(), m.group(0), 1.0, m.group("unit").lower(), "rate moves"
            )
        )
    for m in TIMES.finditer(text):
        add(
            FoundQuantity(
                m.start(), m.end(), m.group(0), _to_float(m.group("num")), "time", "times"
            )
        )
    for m in FRACTION_OF_A_POINT.finditer(text):
        size = 0.25 if m.group("quarter") else 0.5
        add(FoundQuantity(m.start(), m.end(), m.group(0), size, "pp", "rate move"))
    for m in POINT_PLAN.finditer(text):
        add(
            FoundQuantity(
                m.start("num"),
                m.end(),
                text[m.start("num") : m.end()],
                _to_float(m.group("num")),
                "point",
                m.group("what"),
            )
        )
    for m in SIZED.finditer(text):
        unit = m.group("unit").lower()
        add(FoundQuantity(m.start(), m.end(), m.group(0), _to_float(m.group("num")), unit, unit))
    for m in PERCENT.finditer(text):
        unit_word = m.group("unit").lower()
        unit = (
            "bps"
            if unit_word in ("bps", "bp") or unit_word.startswith("basis")
            else (
                "pp"
                if unit_word == "pp" or unit_word.startswith("percentage")
                else ("point" if "point" in unit_word else "percent")
            )
        )
        num2 = m.group("num2")
        sign = -1.0 if (m.group("sign") or "").strip().lower() in ("-", "−", "minus") else 1.0
        add(
            FoundQuantity(
                m.start(),
                m.end(),
                m.group(0),
                sign * _to_float(m.group("num")),
                unit,
                "",
                _to_float(num2) if num2 else None,
            )
        )
    for m in RATIO.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].lower()
        # "1:9" is a ratio, as are odds "at 4:1" (no clock shows one digit of minutes);
        # "08:15" (or "at 8:15") is a clock time
        if m.group("a") in ("1", "1.0") or "ratio" in before or m.group("b") == "1":
            if before.rstrip().endswith("at") and len(m.group("b")) == 2:
                continue  # "at 1:30" is a clock; "quoted at 1:9" no clock shows
            a, b = float(m.group("a")), float(m.group("b"))
            if a:
                add(FoundQuantity(m.start(), m.end(), m.group(0), b / a, "ratio", "ratio"))
    for m in _count_matches(text):
        num = m.group("num")
        if _is_date_or_time(text, m.start("num"), m.end("num")):
            continue
        if m.group("unit").lower() in ("months", "weeks", "quarters", "days") and (
            (_just_before(_AFTER_THE, text, m.start()) and _SPAN_TO.match(text, m.end()))
            # "in the first five months of the year": a time, as the guidelines say
            or (_just_before(_FIRST_OR_LAST, text, m.start()) and text.startswith(" of ", m.end()))
        ):
            continue
        if _TENOR.match(text, m.end("num")) or (
            num.lower() in WORD_NUMBERS
            and _just_before(_AFTER_THE, text, m.start("num"))
            # "the six-month extension" measures it, as "the two leaders" does not
            and not text.startswith("-", m.end("num"))
            # "two of the five hilltop positions" counts them
            and not _just_before(_PART_OF, text, m.start())
        ):
            continue
        unit_word = m.group("unit").lower()
        if unit_word not in UNITS and (
            unit_word in _NOT_UNITS or m.group("mod").strip() in _NOT_UNITS
        ):
            continue
        mod = m.group("mod").lower()
        if set(mod.split()) & _CLAUSE_WORDS:
            continue  # "in the first quarter of 2027 if current sanctions stay": no count
        counts = (m.group("mod") + m.group("unit")).strip()
        num2 = m.group("num2")
        # "between 2 and 3 million barrels": the scale after a range covers both ends
        scale_max = m.group("scale2") or m.group("scale")
        value = _to_float(num, m.group("scale") or m.group("scale2"))
        value_max = _to_float(num2, scale_max) if num2 else None
        if value_max is not None and value_max <= value:
            continue  # "voted seven to two to cut rates": a tally, no range
        if mod.startswith("and a half "):
            value += 0.5  # "four and a half hours"
        elif mod.startswith("dozen "):
            value *= 12  # "two dozen countries"
        start = m.start()
        if text[max(0, start - 6) : start].lower() == "minus ":
            start, value = start - 6, -value  # "minus 15 degrees"
        unit = UNITS.get(unit_word) or ("aircraft" if m.group("model") else _singular(unit_word))
        add(FoundQuantity(start, m.end(), text[start : m.end()], value, unit, counts, value_max))
        part = _just_before(_PART_OF, text, m.start())
        if part:  # "shot down 48 of the 61 drones": 48 drones too
            add(
                FoundQuantity(
                    part.start("part"),
                    part.end("part"),
                    part.group("part"),
                    _to_float(part.group("num")),
                    unit,
                    counts,
                )
            )
    for m in TOLL_FIGURE.finditer(text):
        add(
            FoundQuantity(
                m.start("q"), m.end("q"), m.group("q"), _to_float(m.group("num")), "person", "toll"
            )
        )
    for m in TOLL.finditer(text):
        if not _YEARLIKE.match(m.group("num")):  # a year there dates the verb, it counts nobody
            add(
                FoundQuantity(
                    m.start("q"),
                    m.end("q"),
                    m.group("q"),
                    _to_float(m.group("num")),
                    "person",
                    m.group("verb").lower(),
                )
            )
    for m in PAYROLL_FIGURE.finditer(text) if _PAYROLLS.search(text) else ():
        add(FoundQuantity(m.start(), m.end(), m.group(0), _to_float(m.group("num")), "job", "jobs"))
    for m in ELLIPTIC.finditer(text):
        start = m.start()
        before = text[max(0, start - 20) : start].split()
        if (
            _YEARLIKE.match(m.group("num"))
            or _is_date_or_time(text, m.start("num"), m.end("num"))
            or (before and (before[-1][:1].isupper() or before[-1].lower() in _NAMED_BY_NUMBER))
        ):
            continue  # "Article 5", "Resolution 2231", "in 2025"
        unit = _carried_unit(text, found, start)
        if unit is not None:  # "... 97 drones over seven regions, including 19 over Moscow"
            add(
                FoundQuantity(
                    start, m.end(), m.group(0), _to_float(m.group("num")), unit, "as before"
                )
            )
    for m in ELLIPTIC_WORD.finditer(text):
        unit = _carried_unit(text, found, m.start())
        if unit is not None:  # "shot down 38 of 45 drones, while seven hit port infrastructure"
            value = float(WORD_NUMBERS[m.group("num").lower()])
            add(FoundQuantity(m.start(), m.end(), m.group(0), value, unit, "as before"))
    return _merge_ranges(text, sorted(found, key=lambda q: q.start))


def _carried_unit(text: str, found: list[FoundQuantity], start: int) -> str | None:
    """The unit a bare number at ``start`` carries on: that of the nearest count before it
    in its sentence (past a semicolon: "...; 388 were downed") that is not of regions, or
    None when the sentence counted nothing a number can stand for."""
    counted = [
        q
        for q in sorted(found, key=lambda q: q.end)
        if q.end <= start
        and q.start >= text.rfind(". ", 0, start)
        and q.unit not in _NOT_CARRIED
        and q.counts != "money"
    ]
    if not counted:
        return None
    return next((q.unit for q in reversed(counted) if q.unit != "region"), counted[-1].unit)


# A spelled-out number standing for what the sentence counted before it, as a clause's
# subject or a part: "while seven hit port infrastructure", "at least five of them"
ELLIPTIC_WORD = re.compile(
    r"(?<![\w-])(?<!the )(?<!its )(?<!their )(?<!both )(?<!all )(?:(?:at least|only|another|"
    r"about|some|nearly)\s+)?(?P<num>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty)(?=\s+(?:of\s+them\b|others?\b|more\b|were\b|was\b|had\b|have\b|hit\b|"
    r"struck\b|landed\b|fell\b|died\b|reached\b|got\b|came\b))",
    re.I,
)


# A bare number that counts what the sentence counted before it: "shot down 58 of the 74
# drones, while 14 others", "up from about 120,000 in September", "only 11 had died",
# "short of the 60 needed".
ELLIPTIC = re.compile(
    r"(?<![\w$€£¥.,:/#(–-])(?:(?:about|around|roughly|nearly|almost|some|only|more than|at least"
    r"|up to|closer to|just)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\w%,.:/–-]|\s*(?:%|per\s?cent"
    r"|percent|[ap]\.?m\b|GMT\b|UTC\b|local time|(?-i:[A-Z])|(?:wo)?men\b|children\b"
    r"|(?:mi|km|kg|lb|ft|m)\b))",
    re.I,
)
# Words after which a number names a thing, not an amount: "Article 5", "No. 3".
_NAMED_BY_NUMBER = {"article", "resolution", "section", "no.", "number", "route", "line", "flight"}
# ... of which those that still name a thing when a count's words follow ("Section 232 tariffs");
# not "line" or "number" ("the front line 30 km east" measures)
_NAMED_AFTER = re.compile(
    r"\b(?:"
    + "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"  # "Section" or "section"
        for w in sorted(_NAMED_BY_NUMBER - {"line", "number"})
    )
    + r")\s+$"
)
# Units a bare number does not carry on: sums, shares, rates and spans of time.
_NOT_CARRIED = {
    *("percent", "bps", "pp", "ratio", "hour", "day", "week", "month", "year", "km2"),
    "time",  # "scrambled jets 704 times in the 12 months to March"
}


def _sentence_start(text: str, end: int) -> int:
    cut = max(text.rfind(". ", 0, end), text.rfind("; ", 0, end))
    return cut + 2 if cut >= 0 else 0


# Currencies that several countries name alike ("kroner", "rupees", "pesos", "francs"): the
# code by the country the sentence names, the first cue that matches, else the default code
_BY_COUNTRY = {
    "dkk": [(re.compile(r"\bnorw", re.I), "nok")],
    "inr": [
        (re.compile(r"\bpakistan", re.I), "pkr"),
        (re.compile(r"\bsri lanka", re.I), "lkr"),
        (re.compile(r"\bnepal", re.I), "npr"),
    ],
    "mxn": [
        (re.compile(r"\bargentin", re.I), "ars"),
        (re.compile(r"\bchile", re.I), "clp"),
        (re.compile(r"\bcolombia", re.I), "cop"),
        (re.compile(r"\bphilippin", re.I), "php"),
    ],
    "chf": [
        (re.compile(r"\b(?:swiss|switzerland)", re.I), "chf"),
        (
            re.compile(
                r"\b(?:cfa|mali|malian|burkina|senegal|ivory coast|c[oô]te d.ivoire|benin|togo|"
                r"niger|nigerien)\b",
                re.I,
            ),
            "xof",
        ),
        (re.compile(r"\b(?:cameroon|chad|gabon|central african)", re.I), "xaf"),
    ],
}


def _by_country(code: str, text: str, start: int) -> str:
    """A currency's code, by the country named in the sentence of ``start`` where the
    currency's name is shared (a Norwegian krone, a Pakistani rupee, an Argentine peso)."""
    cues = _BY_COUNTRY.get(code)
    if cues is None:  # most money: dollars, euros, pounds
        return code
    # the whole sentence, past a semicolon: the country may be named in another clause
    begin, end = text.rfind(". ", 0, start) + 1, text.find(". ", start)
    sentence = text[begin : end if end >= 0 else len(text)]
    return next((other for cue, other in cues if cue.search(sentence)), code)


# Plural words that follow numbers without being what the number counts.
_NOT_UNITS = {
    "was",
    "has",
    "does",
    "is",
    "its",
    "this",
    "thus",
    "plus",
    "less",
    "unless",
    "as",
    "us",
    "yes",
    "across",
    "towards",
    "afterwards",
    "always",
    "perhaps",
    "news",
    "series",
    "species",
    "means",
    "of",
    "times",
}


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _moved_then_level(text: str, prev: FoundQuantity, q: FoundQuantity) -> bool:
    """ "rose $2.10 to $74.85", "by 0.4% to 3.1%": a move, then where it ended; but a move
    "by $3 to $5" or "by 2% to 3%", whose ends are near each other, is a range."""
    moved = _just_before(_MOVED, text, prev.start)
    if moved is None:
        return False
    return not (
        moved.group(0).strip().lower() == "by" and 0 < prev.value < q.value < 3 * prev.value
    )


_MOVED = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|dropped|jumped|slid|slipped|"
    r"rallied|sank|surged|plunged|tumbled|soared|by)\s+$",
    re.I,
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|and)\s*$", re.I)


_SCALE_WORD = re.compile(r"\b(thousand|million|billion|trillion|bn|mn|tn)\b", re.I)


def _between_before(text: str, start: int) -> bool:
    """ "between " right before the amount that starts at ``start``."""
    return text[max(0, start - 8) : start].lower().endswith("between ")


def _merge_ranges(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Join "between 55% and 60%", "$45 billion to $50 billion", "3.50%-3.75%" into ranges."""
    merged: list[FoundQuantity] = []
    for q in found:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.unit == q.unit
            and prev.value_max is None
            and q.value_max is None
            and _RANGE_JOIN.match(join := text[prev.end : q.start])
            # "and" closes a range only after "between" ("five servicemen and 16 civilians"
            # are two counts)
            and (
                join.strip().lower() != "and"
                or _between_before(text, prev.start)
                or prev.text.lower().startswith("between")
            )
            # "up $2.10 to $74.85": a move and where it ended, no range
            and not (
                _moved_then_level(text, prev, q) and not prev.text.lower().startswith("between")
            )
            # "falling from 145% to 30%": two levels, no range
            and not (q.value < prev.value and not _SCALE_WORD.search(q.text))
        ):
            start = prev.start
            if _between_before(text, start):
                start -= len("between ")
            low = prev.value
            scale = _SCALE_WORD.search(q.text)
            if scale and not _SCALE_WORD.search(prev.text):
                low *= SCALES[scale.group(1).lower()]  # "$5 and $6 billion": both billions
            merged[-1] = FoundQuantity(
                start,
                q.end,
                text[start : q.end],
                low,
                q.unit,
                prev.counts or q.counts,
                q.value,
            )
        else:
            merged.append(q)
    return merged


_MONTH_NEAR = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.I)


_PART_OF = re.compile(
    rf"\b(?P<part>(?:(?:at least|more than|about|nearly|almost|some|over|up to)\s+)?"
    rf"(?P<num>\d[\d,]*|(?:{_WORDNUM})(?![a-z])))\s+of\s+(?:the\s+|its\s+|their\s+|"
    r"[A-Z][\w.-]*'s\s+)?$",
    re.I,
)
# "10-year yields", "the one-year loan prime rate", "its one-week repo rate": a bond's or a
# policy rate's tenor, not an amount of time.
_TENOR = re.compile(
    r"-(?:year|month|week|day)\s+(?:[A-Z]{2,5}s?\s+|government\s+|sovereign\s+)?(?:yields?|"
    r"bonds?|notes?|treasur|bunds?|gilts?|paper|auctions?|debt|swaps?|breakevens?|JGBs?|OATs?|"
    r"BTPs?|(?:loan\s+prime|repo|reverse\s+repo|lending|deposit|policy|interbank)\s+rates?)",
    re.I,
)
_FIRST_OR_LAST = re.compile(r"\bthe\s+(?:first|last|final|opening)\s+$", re.I)
# "in the 12 months to June": the months are the time span, told as a time
_SPAN_TO = re.compile(r"\s+(?:to|through|ending|ended)\s+[A-Z]", re.I)
# "the two leaders": a spelled-out number after "the" refers to known things, it counts none.
_AFTER_THE = re.compile(r"\bthe\s+$", re.I)


def _is_date_or_time(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 10) : start]
    after = text[end : end + 3]
    return (
        bool(_MONTH_NEAR.search(before))
        or after.startswith((":", "/"))
        or before.endswith((":", "/"))
    )
