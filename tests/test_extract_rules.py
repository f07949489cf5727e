"""Times and quantities: the pure rule layers of extraction, case by case."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tidings.extract.quantities import find_quantities
from tidings.extract.times import find_times

MONDAY = date(2025, 12, 29)  # a Monday, two days before the year ends


@pytest.mark.parametrize(
    ("text", "doc_date", "span", "start", "end", "deadline"),
    [
        # a deadline at an hour of a weekday lies ahead
        (
            "Congress has until midnight on Tuesday to pass a funding bill.",
            date(2025, 9, 29),
            "until midnight on Tuesday",
            "2025-09-30",
            "2025-09-30",
            True,
        ),
        # "by the end of the third quarter" is its last day, a deadline
        (
            "Germany will deliver four systems by the end of the third quarter.",
            date(2026, 7, 7),
            "by the end of the third quarter",
            "2026-09-30",
            "2026-09-30",
            True,
        ),
        (
            "The first tranche is due by the end of the first quarter.",
            date(2025, 12, 22),
            "by the end of the first quarter",
            "2026-03-31",
            "2026-03-31",
            True,
        ),
        # a month naming a meeting, a move or a figure is the nearest such month
        (
            "Contracts on a March rate cut slid to 12 cents.",
            date(2025, 2, 11),
            "a March",
            "2025-03-01",
            "2025-03-31",
            False,
        ),
        (
            "Traders see a cut after December's 25 basis point reduction.",
            date(2026, 1, 28),
            "December",
            "2025-12-01",
            "2025-12-31",
            False,
        ),
        (
            "OPEC+ agreed to raise August output, and a similar hike for September is likely.",
            date(2025, 7, 7),
            "for September",
            "2025-09-01",
            "2025-09-30",
            False,
        ),
        # "for 2026" is the year; Thanksgiving the fourth Thursday of November; "a week
        # earlier" a week before the article; "third-quarter revenue" this year's quarter
        (
            "Germany pledged €11.5 billion to Ukraine for 2026.",
            date(2025, 12, 3),
            "for 2026",
            "2026-01-01",
            "2026-12-31",
            False,
        ),
        (
            "Kyiv had until Thanksgiving to accept the framework.",
            date(2025, 11, 21),
            "until Thanksgiving",
            "2025-11-27",
            "2025-11-27",
            True,
        ),
        (
            "The odds fell 13 points from a week earlier.",
            date(2025, 6, 18),
            "a week earlier",
            "2025-06-11",
            "2025-06-11",
            False,
        ),
        (
            "The company forecast third-quarter revenue of $47.5 billion.",
            date(2025, 7, 31),
            "third-quarter",
            "2025-07-01",
            "2025-09-30",
            False,
        ),
        # New Year's Eve is the last day of the year; "last July" the latest July before
        # the article's month; "since last April" runs from it to the article's date
        (
            "Drones hit Kharkiv on New Year's Eve, killing two.",
            date(2026, 1, 2),
            "on New Year's Eve",
            "2025-12-31",
            "2025-12-31",
            False,
        ),
        (
            "He was granted a mandate last July.",
            date(2026, 4, 9),
            "last July",
            "2025-07-01",
            "2025-07-31",
            False,
        ),
        (
            "The crackdown began last June.",
            date(2026, 6, 18),
            "last June",
            "2025-06-01",
            "2025-06-30",
            False,
        ),
        (
            "Troops have advanced since last April.",
            date(2026, 1, 14),
            "since last April",
            "2025-04-01",
            "2026-01-14",
            False,
        ),
        # a span of months between two bare months: back to the last such end, or ahead
        (
            "Gangs killed at least 4,864 people in Haiti between October and June.",
            date(2025, 7, 14),
            "between October and June",
            "2024-10-01",
            "2025-06-30",
            False,
        ),
        (
            "The agency will monitor prices from September to December.",
            date(2025, 7, 14),
            "from September to December",
            "2025-09-01",
            "2025-12-31",
            False,
        ),
        # a year written at a span's end holds for its start
        (
            "The league votes to move its season to run from February to May 2027.",
            date(2025, 11, 13),
            "from February to May 2027",
            "2027-02-01",
            "2027-05-31",
            False,
        ),
        # months and years are counted on the calendar, to the same day
        (
            "Troops will leave within five years.",
            date(2025, 11, 12),
            "within five years",
            "2025-11-12",
            "2030-11-12",
            True,
        ),
        (
            "Moody's could cut Mexico's rating within 18 months.",
            date(2025, 4, 25),
            "within 18 months",
            "2025-04-25",
            "2026-10-25",
            True,
        ),
        # a measure starting in a schedule's present tense starts ahead
        (
            "The new tariffs take effect on Wednesday.",
            MONDAY,
            "on Wednesday",
            "2025-12-31",
            "2025-12-31",
            False,
        ),
        (
            "Lavrov said on Monday that drones were launched.",
            MONDAY,
            "on Monday",
            "2025-12-29",
            "2025-12-29",
            False,
        ),
        (
            "The attack came on Saturday night.",
            MONDAY,
            "on Saturday night",
            "2025-12-27",
            "2025-12-27",
            False,
        ),
        (
            "Talks will resume next Monday.",
            MONDAY,
            "next Monday",
            "2026-01-05",
            "2026-01-05",
            False,
        ),
        ("Kyiv must answer by Friday.", MONDAY, "by Friday", "2026-01-02", "2026-01-02", True),
        ("A deal is due by Jan. 15.", MONDAY, "by Jan. 15", "2026-01-15", "2026-01-15", True),
        ("The deadline is Dec. 31.", MONDAY, "Dec. 31", "2025-12-31", "2025-12-31", False),
        (
            "Officials met on Dec. 30, a day later.",
            date(2026, 1, 2),
            "on Dec. 30",
            "2025-12-30",
            "2025-12-30",
            False,
        ),
        (
            "Growth should recover in the first quarter of 2026.",
            MONDAY,
            "in the first quarter of 2026",
            "2026-01-01",
            "2026-03-31",
            False,
        ),
        (
            "Moscow threatened to strike within the next 48 hours.",
            MONDAY,
            "within the next 48 hours",
            "2025-12-29",
            "2025-12-31",
            True,
        ),
        ("A ceasefire by March is unlikely.", MONDAY, "by March", "2026-03-01", "2026-03-31", True),
        ("He said so yesterday.", MONDAY, "yesterday", "2025-12-28", "2025-12-28", False),
        ("Envoys travel next week.", MONDAY, "next week", "2026-01-05", "2026-01-11", False),
        (
            "Prices fell last month.",
            date(2026, 1, 5),
            "last month",
            "2025-12-01",
            "2025-12-31",
            False,
        ),
        (
            "Sanctions stay in place until the end of 2026.",
            MONDAY,
            "until the end of 2026",
            "2026-12-31",
            "2026-12-31",
            True,
        ),
        (
            "Strikes began three days ago.",
            MONDAY,
            "three days ago",
            "2025-12-26",
            "2025-12-26",
            False,
        ),
        # "since" an event dated by its month or year, or since a period's start: until now
        (
            "Shelling is the worst since the June strikes.",
            MONDAY,
            "since the June strikes",
            "2025-06-01",
            "2025-12-29",
            False,
        ),
        (
            "Stocks have fallen 8% since the start of November.",
            MONDAY,
            "since the start of November",
            "2025-11-01",
            "2025-12-29",
            False,
        ),
        # a year a market closed in, and a span of years
        ("Brent ended 2024 down 3%.", MONDAY, "2024", "2024-01-01", "2024-12-31", False),
        (
            "He ran the scheme from 2018 to 2023.",
            MONDAY,
            "from 2018 to 2023",
            "2018-01-01",
            "2023-12-31",
            False,
        ),
        # two days of one meeting are one span
        (
            "Envoys met in Abu Dhabi on Monday and Tuesday.",
            date(2025, 11, 26),
            "on Monday and Tuesday",
            "2025-11-24",
            "2025-11-25",
            False,
        ),
        # the noun "plan" is no sign of the future: the plan was unveiled last Monday
        (
            "Trump unveiled a peace plan at the White House on Monday that would free the hostages.",
            date(2025, 9, 30),
            "on Monday",
            "2025-09-29",
            "2025-09-29",
            False,
        ),
        # the nearest tense cue decides: a noun "plan" further back does not send a past
        # meeting forward (the sample's Mar-a-Lago meeting was dated the next Sunday)
        (
            "It is a plan he said was agreed after his meeting on Sunday.",
            MONDAY,
            "on Sunday",
            "2025-12-28",
            "2025-12-28",
            False,
        ),
        (
            "Kyiv will not back down, officials said on Friday.",
            MONDAY,
            "on Friday",
            "2025-12-26",
            "2025-12-26",
            False,
        ),
        (
            "Officials said the envoys were expected to arrive on Friday.",
            MONDAY,
            "on Friday",
            "2026-01-02",
            "2026-01-02",
            False,
        ),
        # "through" sets a deadline; a past quarter named with a deadline is next year's
        (
            "OPEC+ agreed to extend output cuts through the second quarter.",
            MONDAY,
            "through the second quarter",
            "2026-04-01",
            "2026-06-30",
            True,
        ),
        (
            "The bank signalled that a cut could come as soon as February.",
            MONDAY,
            "as soon as February",
            "2026-02-01",
            "2026-02-28",
            False,
        ),
        (
            "The summit is set for 2026-02-10.",
            MONDAY,
            "for 2026-02-10",
            "2026-02-10",
            "2026-02-10",
            False,
        ),
        # a price compared with an earlier one looks back, whatever the traders expect
        (
            "Traders expect a hold, with the contract at 91 cents, up from 84 cents on Friday.",
            MONDAY,
            "on Friday",
            "2025-12-26",
            "2025-12-26",
            False,
        ),
        (
            "Odds that OPEC+ will raise output rose to 68% from 51% on Wednesday.",
            MONDAY,
            "on Wednesday",
            "2025-12-24",
            "2025-12-24",
            False,
        ),
        # the next month or two is the coming one; "since" always looks back
        (
            "The group agreed to add 137,000 barrels a day in February.",
            MONDAY,
            "in February",
            "2026-02-01",
            "2026-02-28",
            False,
        ),
        (
            "Iran has not let inspectors in since January.",
            MONDAY,
            "since January",
            "2025-01-01",
            "2025-12-29",
            False,
        ),
        (
            "Output is the lowest since 1987.",
            MONDAY,
            "since 1987",
            "1987-01-01",
            "2025-12-29",
            False,
        ),
        # the span that ends with a month, as the guidelines read it
        (
            "Prices rose 2.7% in the 12 months to November.",
            MONDAY,
            "in the 12 months to November",
            "2024-12-01",
            "2025-11-30",
            False,
        ),
        (
            "It expects growth of 7.3% for the year to March.",
            MONDAY,
            "for the year to March",
            "2025-04-01",
            "2026-03-31",
            False,
        ),
        # two ends of one span are one expression
        (
            "The Kremlin declared a truce from May 8 to May 10.",
            date(2025, 4, 28),
            "from May 8 to May 10",
            "2025-05-08",
            "2025-05-10",
            False,
        ),
        (
            "Air defences downed 487 drones between Monday evening and Tuesday morning.",
            date(2025, 5, 6),
            "between Monday evening and Tuesday morning",
            "2025-05-05",
            "2025-05-06",
            False,
        ),
        # "May" the month, capitalised after a preposition; a month of a year named after it
        (
            "Russian forces advanced 450 km2 in May.",
            date(2025, 6, 25),
            "in May",
            "2025-05-01",
            "2025-05-31",
            False,
        ),
        (
            "They first announced the move in January last year.",
            date(2025, 1, 29),
            "in January last year",
            "2024-01-01",
            "2024-01-31",
            False,
        ),
        # a date told in the future or a deadline lies ahead; one days ago stays behind
        (
            "Turkey will host the summit on July 7-8.",
            date(2025, 12, 5),
            "on July 7-8",
            "2026-07-07",
            "2026-07-08",
            False,
        ),
        (
            "The EU extended sanctions through Jan. 31.",
            date(2025, 6, 27),
            "through Jan. 31",
            "2026-01-31",
            "2026-01-31",
            True,
        ),
        (
            "She said Seoul would pay, accusing activists of flying a drone on Jan. 4.",
            date(2026, 1, 12),
            "on Jan. 4",
            "2026-01-04",
            "2026-01-04",
            False,
        ),
        # a participle after "be" tells no past: the month ahead
        (
            "A second round of talks will be held in May.",
            date(2025, 11, 20),
            "in May",
            "2026-05-01",
            "2026-05-31",
            False,
        ),
        # a past verb puts a day behind us, and the span's end with it
        (
            "Talks ran from May 8 to May 12 in Istanbul.",
            date(2025, 11, 20),
            "from May 8 to May 12",
            "2025-05-08",
            "2025-05-12",
            False,
        ),
        # "since" looks back, whatever tense the clause is in
        (
            "Forecasters see Israel and Hezbollah resuming hostilities, up 8 points since October.",
            date(2025, 12, 15),
            "since October",
            "2025-10-01",
            "2025-12-15",
            False,
        ),
        (
            "A truce would begin within about six hours.",
            date(2025, 6, 24),
            "within about six hours",
            "2025-06-24",
            "2025-06-25",
            True,
        ),
        (
            "Exports averaged 3.1 million barrels a day in the four weeks to Jan. 18.",
            date(2026, 1, 19),
            "in the four weeks to Jan. 18",
            "2025-12-22",
            "2026-01-18",
            False,
        ),
        (
            "Volume rose 140% in the last three months of 2025.",
            date(2026, 1, 9),
            "in the last three months of 2025",
            "2025-10-01",
            "2025-12-31",
            False,
        ),
        (
            "He pledged to form a government by Easter.",
            date(2025, 2, 24),
            "by Easter",
            "2025-04-20",
            "2025-04-20",
            True,
        ),
        (
            "Strikes hit Kharkiv on Christmas Eve.",
            date(2025, 12, 27),
            "on Christmas Eve",
            "2025-12-24",
            "2025-12-24",
            False,
        ),
        # a vow is of what is still to do
        (
            "Republicans vowed to hold all 25 seats in November.",
            date(2026, 3, 4),
            "in November",
            "2026-11-01",
            "2026-11-30",
            False,
        ),
        (
            "The delegation said it hoped for a deal before March 31.",
            date(2025, 12, 1),
            "before March 31",
            "2026-03-31",
            "2026-03-31",
            True,
        ),
        # two days of one month, as "Dec. 18-19" is; "and 40 drones" is a count, not a day
        (
            "Talks are set for April 8 and 9.",
            date(2026, 3, 20),
            "for April 8 and 9",
            "2026-04-08",
            "2026-04-09",
            False,
        ),
        (
            "Strikes came on March 3 and 40 drones hit Kyiv.",
            date(2026, 3, 20),
            "on March 3",
            "2026-03-03",
            "2026-03-03",
            False,
        ),
        # a month's name is a whole word: no end of March in "the marketing year"
        (
            "China will buy 12 million tons by the end of the marketing year in August.",
            date(2026, 3, 20),
            "in August",
            "2026-08-01",
            "2026-08-31",
            False,
        ),
        (
            "Kyiv expects the money by the end of March.",
            date(2026, 3, 2),
            "by the end of March",
            "2026-03-31",
            "2026-03-31",
            True,
        ),
        # "next" moves the end a week or a month on
        (
            "Envoys want a text by the end of next week.",
            date(2026, 3, 17),
            "by the end of next week",
            "2026-03-29",
            "2026-03-29",
            True,
        ),
        (
            "Envoys want a text by the end of next month.",
            date(2026, 1, 31),
            "by the end of next month",
            "2026-02-28",
            "2026-02-28",
            True,
        ),
        # "since" a day still ahead this year counts from that day last year
        (
            "No grain ship has sailed since Nov. 27.",
            date(2025, 6, 6),
            "since Nov. 27",
            "2024-11-27",
            "2025-06-06",
            False,
        ),
        # a past verb just before the day tells it, whatever forward cue stands further back
        # (2026-03-12 is a Thursday)
        (
            "Exporters will pay a 15% levy under a deal reached on Tuesday.",
            date(2026, 3, 12),
            "on Tuesday",
            "2026-03-10",
            "2026-03-10",
            False,
        ),
        (
            "Any strike on the port would be answered in kind, the navy chief warned on Monday.",
            date(2026, 3, 12),
            "on Monday",
            "2026-03-09",
            "2026-03-09",
            False,
        ),
        # a day's range written once: "from Sept. 14 to 16"
        (
            "The drills run from Sept. 14 to 16 in the Baltic.",
            date(2026, 9, 8),
            "from Sept. 14 to 16",
            "2026-09-14",
            "2026-09-16",
            False,
        ),
        # "the past week" runs to the article's date; "later" and "earlier" this month split it
        (
            "Shelling eased over the past week, monitors said.",
            date(2026, 3, 12),
            "past week",
            "2026-03-05",
            "2026-03-12",
            False,
        ),
        (
            "Prices fell 8% over the past year.",
            date(2026, 3, 12),
            "past year",
            "2025-03-12",
            "2026-03-12",
            False,
        ),
        (
            "The envoys will meet again later this month.",
            date(2026, 3, 12),
            "later this month",
            "2026-03-12",
            "2026-03-31",
            False,
        ),
        (
            "The envoys met earlier this month in Doha.",
            date(2026, 3, 12),
            "earlier this month",
            "2026-03-01",
            "2026-03-12",
            False,
        ),
        # two running months or years after "in" are one span; two apart are not
        (
            "Exports slumped in January and February.",
            date(2026, 3, 19),
            "in January and February",
            "2026-01-01",
            "2026-02-28",
            False,
        ),
        (
            "Analysts expect cuts in June and September.",
            date(2026, 3, 19),
            "in June",
            "2026-06-01",
            "2026-06-30",
            False,
        ),
        (
            "The loan covers the budget gap in 2026 and 2027.",
            date(2025, 12, 19),
            "in 2026 and 2027",
            "2026-01-01",
            "2027-12-31",
            False,
        ),
        # parts of a month and a year, and a month's end or a quarter told in the past
        (
            "Exports have doubled so far this year.",
            date(2025, 7, 15),
            "so far this year",
            "2025-01-01",
            "2025-07-15",
            False,
        ),
        (
            "A decision is expected in the first half of January.",
            date(2025, 12, 22),
            "in the first half of January",
            "2026-01-01",
            "2026-01-15",
            False,
        ),
        (
            "The ferry service was suspended in late August.",
            date(2025, 10, 8),
            "in late August",
            "2025-08-21",
            "2025-08-31",
            False,
        ),
        (
            "Reserves reached a record at the end of December, the bank said.",
            date(2026, 1, 7),
            "at the end of December",
            "2025-12-31",
            "2025-12-31",
            False,
        ),
        (
            "Copper output fell 12% in the fourth quarter.",
            date(2026, 1, 6),
            "in the fourth quarter",
            "2025-10-01",
            "2025-12-31",
            False,
        ),
        (
            "The border will stay shut until at least the end of June.",
            date(2025, 12, 15),
            "until at least the end of June",
            "2026-06-30",
            "2026-06-30",
            True,
        ),
        (
            "The fund lends 5 billion euros for 2026 and 2027.",
            date(2025, 12, 19),
            "for 2026 and 2027",
            "2026-01-01",
            "2027-12-31",
            False,
        ),
        # more ways to name a month, a day and a weekend
        (
            "Output cuts will run into September, the ministry said.",
            date(2026, 7, 17),
            "into September",
            "2026-09-01",
            "2026-09-30",
            False,
        ),
        (
            "The ceasefire will hold until at least January.",
            date(2025, 12, 15),
            "until at least January",
            "2026-01-01",
            "2026-01-31",
            True,
        ),
        (
            "Hamas released four captives this morning.",
            date(2025, 10, 13),
            "this morning",
            "2025-10-13",
            "2025-10-13",
            False,
        ),
        (
            "The higher duty will take effect in 21 days.",
            date(2025, 8, 6),
            "in 21 days",
            "2025-08-27",
            "2025-08-27",
            False,
        ),
        (
            "The envoy said his weekend talks in Miami had been useful.",
            date(2025, 12, 22),
            "weekend",
            "2025-12-20",
            "2025-12-21",
            False,
        ),
        # a daily tally's window, and a measure's start with no tense to go by
        (
            "Air defences downed 41 drones in the 24 hours to 6 a.m. on Tuesday.",
            date(2026, 3, 3),
            "in the 24 hours to 6 a.m. on Tuesday",
            "2026-03-02",
            "2026-03-03",
            False,
        ),
        (
            "Fuel rationing applies from Friday, the ministry said.",
            date(2025, 7, 31),
            "from Friday",
            "2025-08-01",
            "2025-08-01",
            False,
        ),
        # a cue that ends in the expression's own first word: "set for"
        (
            "The ministry said on Monday that the prisoner swap set for Saturday would go ahead.",
            date(2026, 3, 10),
            "for Saturday",
            "2026-03-14",
            "2026-03-14",
            False,
        ),
        # the earlier level a figure is compared with is behind us
        (
            "Traders give the coalition a 44% chance of leading the next government, up from "
            "37% in April.",
            date(2026, 6, 10),
            "in April",
            "2026-04-01",
            "2026-04-30",
            False,
        ),
        # a week named by its last day or its first, or by its place in a month
        (
            "Grain exports fell 12% in the week to Jan. 11.",
            date(2026, 1, 13),
            "in the week to Jan. 11",
            "2026-01-05",
            "2026-01-11",
            False,
        ),
        (
            "Crude stocks rose in the week to Sunday.",
            date(2025, 11, 20),
            "in the week to Sunday",
            "2025-11-10",
            "2025-11-16",
            False,
        ),
        (
            "The envoys will travel during the week of Jan. 12.",
            date(2025, 12, 22),
            "during the week of Jan. 12",
            "2026-01-12",
            "2026-01-18",
            False,
        ),
        (
            "A vote is expected in the first week of January.",
            date(2025, 12, 29),
            "in the first week of January",
            "2026-01-01",
            "2026-01-07",
            False,
        ),
        (
            "Strikes peaked in the last week of December.",
            date(2026, 1, 2),
            "in the last week of December",
            "2025-12-25",
            "2025-12-31",
            False,
        ),
        # what was agreed or proposed to be done lies ahead
        (
            "The rebels said they had agreed to hold a second round in Lusaka on Saturday.",
            date(2026, 3, 12),
            "on Saturday",
            "2026-03-14",
            "2026-03-14",
            False,
        ),
        (
            "The president proposed direct talks with the rebels in Lusaka on Saturday.",
            date(2026, 3, 12),
            "on Saturday",
            "2026-03-14",
            "2026-03-14",
            False,
        ),
        # ... but not after "be" or "if", nor a form that describes a noun, nor a span's start
        (
            "The talks would be held in Geneva on Tuesday.",
            date(2026, 3, 12),
            "on Tuesday",
            "2026-03-17",
            "2026-03-17",
            False,
        ),
        (
            "The port will release detained crews on Tuesday.",
            date(2026, 3, 12),
            "on Tuesday",
            "2026-03-17",
            "2026-03-17",
            False,
        ),
        (
            "The ministry said it would stop the subsidised exports from Tuesday.",
            date(2026, 3, 12),
            "from Tuesday",
            "2026-03-17",
            "2026-03-17",
            False,
        ),
    ],
)
def test_time_expressions_resolve(text, doc_date, span, start, end, deadline) -> None:
    found = {t.text: t for t in find_times(text, doc_date)}
    assert span in found, (text, list(found))
    t = found[span]
    assert (t.start_date.isoformat(), t.end_date.isoformat(), t.is_deadline) == (
        start,
        end,
        deadline,
    )
    assert text[t.start : t.end] == span


def test_a_year_earlier_is_the_period_just_named_a_year_back() -> None:
    """'exports rose in May from a year earlier' compares May with the May before; 'a year
    earlier than planned' names no period."""
    text = "Exports rose 9% in May from a year earlier, customs data showed."
    found = {t.text: t for t in find_times(text, date(2026, 6, 9))}
    assert (found["a year earlier"].start_date, found["a year earlier"].end_date) == (
        date(2025, 5, 1),
        date(2025, 5, 31),
    )
    alone = find_times("Deficits fell 15% from a year earlier.", date(2026, 2, 28))
    assert [(t.start_date, t.end_date) for t in alone] == [(date(2025, 2, 28), date(2025, 2, 28))]
    text = "The ban starts in January 2027, a year earlier than planned."
    assert [t.text for t in find_times(text, date(2025, 9, 1))] == ["in January 2027"]


def test_days_counted_back_are_no_date_ahead() -> None:
    """'the second strike in eight days' counts days; it names no day eight days on."""
    text = "The strike was the second such attack in eight days, the navy said."
    assert [t.text for t in find_times(text, date(2025, 10, 6))] == []


def test_a_month_name_is_a_whole_word() -> None:
    text = "China will buy 12 million tons by the end of the marketing year in August."
    assert [t.text for t in find_times(text, date(2026, 3, 20))] == ["in August"]


def test_years_and_clock_times_are_not_quantities() -> None:
    assert find_quantities("On Dec. 29, 2025 at 08:15 the ministry spoke.") == []


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Ukraine launched 91 long-range drones at the residence.", 91, None, "drone"),
        ("roughly $100 billion in frozen assets", 1e11, None, "usd"),
        ("an EU loan of 90 billion euros", 9e10, None, "eur"),
        ("Russia lost 382,000 killed and wounded in 2025.", 382000, None, "person"),
        ("a fire ratio of 1:9 in Ukraine's favour", 9, None, "ratio"),
        # odds against, read b/a like every ratio; one digit of minutes is no clock time
        ("Kalshi traders put the odds at 4:1 on Friday", 0.25, None, "ratio"),
        ("security guarantees for 15 years", 15, None, "year"),
        ("a 20-point plan", 20, None, "point"),
        ("between 300 and 400 drones", 300, 400, "drone"),
        ("up to 50 missiles", 50, None, "missile"),
        ("inflation rose 2.5% in November", 2.5, None, "percent"),
        ("the bank raised rates by 25 basis points", 25, None, "bps"),
        ("power returned to 40,000 homes", 40000, None, "home"),
        ("€2.5bn in aid", 2.5e9, None, "eur"),
        # a scale after a range covers both ends
        ("between 2 and 3 million barrels", 2e6, 3e6, "barrel"),
        ("between $5 and $6 billion", 5e9, 6e9, "usd"),
        # briefing shorthand: signed moves, k/m scales, bpd, nautical miles, tolls with no noun
        ("WTI -1.2% at the close", -1.2, None, "percent"),
        ("the peso +0.8% on the day", 0.8, None, "percent"),
        ("exports steady at ~850k bpd", 850000, None, "barrel"),
        ("an explosion 70nm west of Hodeidah", 70, None, "nm"),
        ("the two blocs within 2pp", 2, None, "pp"),
        # percentage points are pp, as the guidelines and all 36 gold rows write them; index
        # points stay points
        ("could shave two percentage points off output", 2, None, "pp"),
        ("the index fell 40 points", 40, None, "point"),
        # a rate move's size in words
        ("The Fed cut rates by a quarter point on Wednesday", 0.25, None, "pp"),
        ("the ECB could cut by half a point", 0.5, None, "pp"),
        ("Israeli strike kills 3 in Nabatieh", 3, None, "person"),
        ("a crackdown killing at least 2,400", 2400, None, "person"),
        ("40 detained after the protests", 40, None, "person"),
        # spelled-out ranges, a sign in words, a hyphened basis point
        ("set back by two to three years", 2, 3, "year"),
        ("two-year yields held near minus 0.08%", -0.08, None, "percent"),
        ("a 25 basis-point cut", 25, None, "bps"),
        # people counted as men, women or crew, warplanes by their model, a hyphened length
        ("Prosecutors accused two men of sabotage.", 2, None, "person"),
        ("The navy detained the tanker's 14 crew on Friday.", 14, None, "person"),
        ("24 crew members were freed", 24, None, "person"),
        ("Two Danish F-16s were scrambled on Sunday.", 2, None, "aircraft"),
        ("the 15-kilometre pipeline", 15, None, "km"),
        # currencies whose plural the count pattern cannot take, and ranges before a word
        ("a 3.3 billion kronor aid package", 3.3e9, None, "sek"),
        ("fines of 500 million CFA francs", 5e8, None, "xof"),
        ("estimated at between 2 billion and 3 billion euros", 2e9, 3e9, "eur"),
        ("1.45 million to 1.5 million rials a month", 1.45e6, 1.5e6, "irr"),
        ("5 to 10 billion kroner", 5e9, 1e10, "dkk"),
        # a currency several countries name, by the country of its sentence
        ("Oslo set aside 12 billion kroner for the Norwegian navy.", 1.2e10, None, "nok"),
        ("Pakistan's budget adds 90 billion rupees for defence.", 9e10, None, "pkr"),
        ("A sack of rice cost 25,000 francs in Niamey, Niger.", 25000, None, "xof"),
        ("The Swiss parliament approved 2 billion francs of aid.", 2e9, None, "chf"),
        ("Colombia's peso weakened to 4,100 per dollar.", 4100, None, "cop"),
        ("Denmark pledged 8 billion kroner. Norway did not.", 8e9, None, "dkk"),
        ("Norway raised its aid; the fund adds 6 billion kroner.", 6e9, None, "nok"),
        # an ISO code before its amount, and a range whose scale comes once, at its end
        ("a EUR 90 billion loan for Ukraine", 9e10, None, "eur"),
        ("counter-tariffs on up to EUR 26 billion of US goods", 2.6e10, None, "eur"),
        ("He pledged a further NOK 12 billion.", 1.2e10, None, "nok"),
        ("a USD 1.2-1.5 billion facility", 1.2e9, 1.5e9, "usd"),
        ("a $1.2-1.5 billion facility", 1.2e9, 1.5e9, "usd"),
        # a model's number after its maker's capitals is no count
        ("It includes two ASC 890 surveillance aircraft.", 2, None, "aircraft"),
        ("four JAS 39 Gripens deployed to Lithuania", 4, None, "aircraft"),
    ],
)
def test_quantities_are_normalised(text, value, value_max, unit) -> None:
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.value_max == (pytest.approx(value_max) if value_max else None)
    assert q.unit == unit
    assert text[q.start : q.end] == q.text


def _texts_with_times() -> list[str]:
    from pathlib import Path

    root = Path(__file__).parent / "data" / "extraction"
    texts = [
        json.loads(line)["text"]
        for path in sorted(root.glob("gold*.jsonl"))
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    sample = Path(__file__).parents[1] / "src" / "tidings" / "sample"
    texts += [p.read_text() for p in sorted(sample.rglob("*")) if p.suffix in (".txt", ".md")]
    # forms the corpora above happen not to use
    texts += [
        "The fund expects a decision by year-end.",
        "Shipments resume in Q3 2026, the company said.",
        "Talks opened on 5 March in Geneva.",
        "The convoy left two weeks ago.",
    ]
    return texts


def test_time_rule_hints_never_skip_a_match() -> None:
    """Each rule's hint is a necessary condition: wherever the rule matches, its hint does too
    (a rule added without a valid hint would silently lose dates)."""
    from tidings.extract.times import HINTS, RULES

    texts = _texts_with_times()
    assert len(texts) > 400
    matched = set()
    for kind, pattern in RULES:
        hint = HINTS.get(kind)
        for text in texts:
            if pattern.search(text):
                matched.add(kind)
                assert hint is None or hint.search(text), (kind, text)
    assert matched == set(dict(RULES)), f"rules never exercised: {set(dict(RULES)) - matched}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tense cue stands early in the sentence, well before the month
        (
            "Analysts expect the Federal Reserve to cut rates by 25 basis points at its meeting in June.",
            date(2026, 6, 1),
        ),
        (
            "The Bank of Japan is considering raising rates at its June meeting, sources said.",
            date(2026, 6, 1),
        ),
        # reported past: the latest such month
        ("The central bank cut rates in February, its statement said.", date(2026, 2, 1)),
    ],
)
def test_bare_months_look_forward_only_after_a_future_cue(text: str, expected: date) -> None:
    times = find_times(text, date(2026, 4, 9))
    assert [t.start_date for t in times] == [expected]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "in" is the end of "Berlin", "on" of "region": not a preposition of the date
        ("Protesters gathered in Berlin Monday, police said.", "Monday"),
        ("Drones struck the Kharkiv region overnight.", "overnight"),
        # the day "24" is the end of the year "2024"
        ("Timeline: 2024 January 5 was the first session.", "January 5"),
    ],
)
def test_time_expressions_start_at_a_word(text: str, span: str) -> None:
    assert [t.text for t in find_times(text, date(2025, 3, 1))] == [span]


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("The envoys met for about three and a half hours.", 3.5, None),
        ("Two dozen countries joined the coalition.", 24, None),
        ("Temperatures fell to minus 12 degrees.", -12, None),
        ("He gave Moscow 10 or 12 days to agree.", 10, 12),
    ],
)
def test_counts_read_their_words(text: str, value: float, value_max: float | None) -> None:
    """Halves, dozens, a sign in words and an "or" range all change the number counted."""
    [found] = find_quantities(text)
    assert (found.value, found.value_max) == (value, value_max)


def test_counts_start_at_a_word() -> None:
    """'over' at the end of 'leftover' is no approximation."""
    found = find_quantities("The leftover 200 tonnes of grain were shipped.")
    assert [q.text for q in found] == ["200 tonnes"]


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        # approximators belong to the amount's text, as the gold set writes them
        ("Oil rose nearly 3% on Monday.", ["nearly 3%"]),
        # rate moves are counted, "one" among them; "one official" counts nothing
        (
            "Policymakers projected two more cuts and one further hike.",
            ["two more cuts", "one further hike"],
        ),
        ("One official said a cut was likely.", []),
        # a hyphened span measures even after "the"; odds "at 1:9" are no clock
        ("Hungary backed the six-month extension.", ["six-month"]),
        ("The odds, quoted at 1:9, looked generous.", ["1:9"]),
        ("The fund holds about $100 billion.", ["about $100 billion"]),
        # "and" makes a range only after "between"
        ("It cost $5 and 40% more.", ["$5", "40%"]),
        # ordinals are not amounts
        ("The EU proposed a 20th package of sanctions.", []),
        # a model's number is part of its name, not a count
        (
            "Two Russian Su-35 jets crossed over; Kyiv now flies 18 F-16 jets.",
            ["Two Russian Su-35 jets", "18 F-16 jets"],
        ),
        # a part of a whole counts what the whole counts, spelled out or not
        (
            "Poland shot down at least four of the 19 drones, and seven of 11 missiles.",
            ["at least four", "19 drones", "seven", "11 missiles"],
        ),
        # a toll's figure with no noun counts the dead
        (
            "The death toll from the quake rose to more than 2,000, officials said.",
            ["more than 2,000"],
        ),
        ("The toll rose to 3.2 per cent of the population.", ["3.2 per cent"]),
        # an article's number is its name
        ("Warsaw invoked Article 4 consultations.", []),
        # a model's number alone is no count either
        ("Caracas said B-52 bombers had flown near its coast.", []),
        # "one" measures a span of time hyphened to it or after "for"
        ("Trump paused the tariffs for one month.", ["one month"]),
        ("One official said a one-year truce was possible.", ["one-year"]),
        # a body's or a plan's size is counted like a plan's points
        ("A nine-member panel will oversee the three-phase deal.", ["nine-member", "three-phase"]),
        # a tally counts the votes in favour; a date range is no tally
        ("The council voted 13-0 on Monday to back the plan.", ["13-0"]),
        ("The court struck the law down in a 6-3 decision.", ["6-3"]),
        ("Leaders meet at the June 25-26 summit.", []),
        # no count reaches over a clause's first word to a noun
        ("Output may fall by the end of 2027 if current sanctions stay.", []),
        # a bare number counts what the sentence counted before it; not a clock, a score, a
        # name or a conversion
        (
            "Russia fired 300 drones; the air force said 250 were downed, including 40 over Kyiv.",
            ["300 drones", "250", "40"],
        ),
        (
            "Exports rose to 90,000 barrels, up from about 70,000 in May.",
            ["90,000 barrels", "about 70,000"],
        ),
        ("Six people died and 30 were hurt at 10 a.m. in a 2–2 draw.", ["Six people", "30"]),
        ("Poland invoked Article 4 after 19 drones crossed into Route 17.", ["19 drones"]),
        # a tally is no range
        ("Policymakers voted seven to two to cut the rate.", []),
        # a part named before its whole counts the whole's units, spelled out or after a
        # country's name
        ("with four of the nine policymakers voting to cut", ["four", "nine policymakers"]),
        ("protests spread to at least 25 of Iran's 31 provinces", ["at least 25", "31 provinces"]),
        # "the first five months of the year" is a time, not a quantity; kilograms are kg
        (
            "The deficit reached 3.8 trillion rubles in the first five months of the year.",
            ["3.8 trillion rubles"],
        ),
        ("Iran held roughly 380 kg of highly enriched uranium.", ["roughly 380 kg"]),
        # a move "by $3 to $5" whose ends are near is a range; "by $2.10 to $74.85" a move
        # and its level; levels falling "from 145% to 30%" are two amounts
        ("It could cut the risk premium by $3 to $5 a barrel.", ["$3 to $5"]),
        ("Brent rose by $2.10 to $74.85.", ["$2.10", "$74.85"]),
        ("US duties on Chinese goods fell from 145% to 30%.", ["145%", "30%"]),
        # payroll figures count jobs; acts counted "N times" are a count;
        # "for a month" and "less than an hour" are spans
        (
            "Nonfarm payrolls rose by 50,000 in December, short of the forecast of 60,000.",
            ["50,000", "60,000"],
        ),
        ("Russian forces violated the truce nearly 3,000 times.", ["nearly 3,000 times"]),
        ("Japan scrambled jets 704 times in the 12 months to March.", ["704 times"]),
        ("Trump paused the tariffs for a month.", ["a month"]),
        ("The delegations met for less than an hour.", ["less than an hour"]),
        # a spelled-out number standing for what was counted before it
        (
            "Air defences shot down 38 of 45 drones, while seven hit port infrastructure.",
            ["38", "45 drones", "seven"],
        ),
        (
            "Russia sent 17 drones, and jets shot down at least five of them.",
            ["17 drones", "at least five"],
        ),
        ("The two leaders met after 40 drones hit Kyiv.", ["40 drones"]),
        # a policy rate's tenor, like a bond's, is no amount of time
        ("The PBoC cut the one-year loan prime rate by 10 basis points.", ["10 basis points"]),
        ("It raised its seven-day reverse repo rate to 1.4%.", ["1.4%"]),
        # "two quarter-point cuts" counts the cuts, not their size
        ("Policymakers signalled two quarter-point cuts.", ["two quarter-point cuts"]),
        # a model's number is no count of what follows it
        ("Sweden would send an ASC 890 surveillance aircraft and $80 million.", ["$80 million"]),
        # a year dates what follows it, a label names it; the count after either still counts
        ("Moscow opposed extending the 2015 deal by six months.", ["six months"]),
        ("The deal signed in 2020 took nearly two years.", ["nearly two years"]),
        ("Nvidia's 2020 acquisition of Mellanox Technologies", []),
        ("Sanctions under resolution 1737 and its successors returned.", []),
        ("Section 232 tariffs on steel rose to 50%.", ["50%"]),
        ("About 2000 Russian troops crossed the border.", ["About 2000 Russian troops"]),
    ],
)
def test_quantity_spans(text: str, texts: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == texts


def test_trigger_tables_name_each_word_once() -> None:
    """A word listed twice in a dict literal keeps only its last rule, silently: "extend"
    added for rate cycles once replaced "extended martial law" as a decision."""
    import ast
    from pathlib import Path

    source = Path(__file__).parents[1] / "src" / "tidings" / "extract" / "triggers.py"
    for node in ast.walk(ast.parse(source.read_text())):
        if not isinstance(node, ast.Dict):
            continue
        words: list[str] = []
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant):
                words.append(key.value)
            elif key is None and isinstance(value, ast.DictComp):
                loop = value.generators[0].iter
                if isinstance(loop, ast.Tuple):
                    words += [e.value for e in loop.elts if isinstance(e, ast.Constant)]
        assert sorted({w for w in words if words.count(w) > 1}) == []


def test_a_bare_number_counts_the_nearest_count_before_it() -> None:
    """The nearest count in the text, not the one a pattern happened to find last: a toll
    told first ("killed 12") does not make the drones shot down people."""
    found = find_quantities(
        "The attack killed 12 as Russia fired 40 drones, and 31 were shot down."
    )
    assert [(q.text, q.unit) for q in found] == [
        ("12", "person"),
        ("40 drones", "drone"),
        ("31", "drone"),
    ]


def test_a_hyphen_inside_a_range_is_not_a_sign() -> None:
    (q,) = find_quantities("a target range of 3.50%-3.75%")
    assert (q.value, q.value_max) == (3.5, 3.75)


@pytest.mark.parametrize(
    ("text", "doc_date", "start", "end"),
    [
        # a quarter named the traders' way, with or without its year
        (
            "Gazprom says the gas cut will persist into Q4.",
            date(2025, 9, 29),
            "2025-10-01",
            "2025-12-31",
        ),
        ("Q3 2025 growth surprised.", date(2025, 1, 10), "2025-07-01", "2025-09-30"),
        # a schedule's present looks ahead; the noun "its start" does not
        ("Freedom Shield drills start on Monday.", date(2026, 3, 24), "2026-03-30", "2026-03-30"),
        (
            "Cambodia breached the truce within hours of its start on Monday.",
            date(2025, 7, 29),
            "2025-07-28",
            "2025-07-28",
        ),
        # a run of days
        (
            "EU leaders meet at the Dec. 18-19 summit.",
            date(2025, 12, 8),
            "2025-12-18",
            "2025-12-19",
        ),
        # a schedule is written in the present: "resume on Thursday" looks ahead
        (
            "Diplomats assess that the talks, which resume on Thursday, will not produce a deal.",
            date(2025, 12, 29),
            "2026-01-01",
            "2026-01-01",
        ),
        # a relative clause told in the past dates back, though "plan" looks ahead
        (
            "The draft is shorter than the 28-point plan that leaked in November.",
            date(2025, 12, 21),
            "2025-11-01",
            "2025-11-30",
        ),
        # a weekday after "pencilled in" looks ahead
        ("Talks were pencilled in for Thursday.", date(2025, 5, 12), "2025-05-15", "2025-05-15"),
        # a headline's meeting in the present is still to come; one in the past is done
        (
            "National security advisers meet in Kyiv on Saturday.",
            date(2026, 1, 2),
            "2026-01-03",
            "2026-01-03",
        ),
        (
            "National security advisers met in Kyiv on Saturday.",
            date(2026, 1, 2),
            "2025-12-27",
            "2025-12-27",
        ),
    ],
)
def test_briefing_shorthand_for_times(text: str, doc_date: date, start: str, end: str) -> None:
    (t,) = find_times(text, doc_date)
    assert (t.start_date.isoformat(), t.end_date.isoformat()) == (start, end)


def test_a_span_counted_from_an_event_is_a_quantity_not_a_time() -> None:
    """ "within 60 days of a ceasefire" runs from an event, not the article's date: the
    guidelines count it as a quantity; "within 48 hours" alone is a deadline."""
    text = "Troops must leave within 60 days of a ceasefire, and talks start within 48 hours."
    assert [t.text for t in find_times(text, date(2025, 3, 1))] == ["within 48 hours"]
    assert [q.text for q in find_quantities(text)][:1] == ["60 days"]


def test_a_plan_cut_to_a_number_of_points_is_no_sign_of_the_future() -> None:
    """'trimmed the plan to 19 points during talks on Sunday' is told in the past."""
    (found,) = [
        t
        for t in find_times(
            "Negotiators trimmed the plan to 19 points during talks in Geneva on Sunday.",
            date(2025, 11, 25),
        )
        if t.text.endswith("Sunday")
    ]
    assert found.start_date == date(2025, 11, 23)
