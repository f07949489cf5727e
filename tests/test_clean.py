"""Cleaning cases drawn from real newsletter and wire copy (texts written for these tests)."""

from __future__ import annotations

import pytest

from tidings.ingest.clean import (
    clean_paragraphs,
    detect_language,
    is_date_stamp,
    line_key,
    split_paragraphs,
)

STORY = [
    "Russia said on Monday that its air defences had shot down dozens of drones over the "
    "Novgorod region overnight, an account Kyiv rejected within hours as invented.",
    "Ukrainian officials said the claim was designed to give Moscow a pretext to walk away "
    "from talks on a 20-point plan that negotiators had been drafting for weeks.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Northline for daily briefings — it's free.",
        "Comments",
        "No comments yet.",
        "Share this article",
        "Read more: the talks in numbers",
        "© 2025 Harbor Wire. All rights reserved.",
        "Advertisement",
        "Related stories",
    ],
)
def test_boilerplate_lines_are_removed(line: str) -> None:
    cleaned = clean_paragraphs([STORY[0], line, STORY[1]])
    assert line not in cleaned.text
    assert cleaned.boilerplate_lines == 1
    assert cleaned.paragraphs == STORY


def test_a_sentence_that_mentions_subscribers_is_kept() -> None:
    sentence = (
        "The service said it had lost 40,000 subscribers in the month after the price rise, "
        "its worst result since launch."
    )
    assert clean_paragraphs([sentence]).text == sentence


def test_learned_source_lines_are_removed() -> None:
    bio = "Marta Vale covers security in Eastern Europe for Northline."
    cleaned = clean_paragraphs([STORY[0], bio, STORY[1]], {line_key(bio)})
    assert bio not in cleaned.text and cleaned.boilerplate_lines == 1


@pytest.mark.parametrize(
    "line",
    ["December 29, 2025", "Published 2025-12-29", "Dec. 30, 2025", "Mon, 29 Dec 2025 08:15 UTC"],
)
def test_date_stamps_are_recognised_and_removed(line: str) -> None:
    assert is_date_stamp(line)
    cleaned = clean_paragraphs([line, STORY[0], line, STORY[1]])
    assert cleaned.date_stamp == line
    assert cleaned.paragraphs == STORY


def test_a_sentence_with_a_date_is_not_a_date_stamp() -> None:
    assert not is_date_stamp("Talks resume on December 29, 2025, in Miami, officials said.")


def test_exact_repeated_paragraph_is_kept_once() -> None:
    cleaned = clean_paragraphs([STORY[0], STORY[1], STORY[0]])
    assert cleaned.paragraphs == STORY
    assert cleaned.repeated_paragraphs == 1


def test_lightly_reworded_repeat_is_kept_once() -> None:
    reworded = (
        STORY[1]
        .replace("Ukrainian officials said", "Officials in Kyiv said")
        .replace("for weeks", "for several weeks")
    )
    cleaned = clean_paragraphs([STORY[0], STORY[1], reworded])
    assert cleaned.paragraphs == STORY
    assert cleaned.repeated_paragraphs == 1


def test_similar_paragraphs_with_different_numbers_are_both_kept() -> None:
    first = (
        "Air defence units shot down 91 drones over the region overnight, the ministry said "
        "in its morning statement, adding that debris had damaged two houses."
    )
    second = first.replace("91", "47").replace("two houses", "five houses")
    assert clean_paragraphs([first, second]).repeated_paragraphs == 0


def test_broken_sentence_is_joined_and_flagged_at_the_gap() -> None:
    cleaned = clean_paragraphs(
        [
            "Moscow accused Kyiv of launching",
            "in the Novgorod region, an attack Ukraine says never happened.",
            STORY[1],
        ]
    )
    assert cleaned.paragraphs[0] == (
        "Moscow accused Kyiv of launching in the Novgorod region, an attack Ukraine says "
        "never happened."
    )
    (flag,) = cleaned.flags
    assert flag.kind == "broken_sentence"
    assert cleaned.text[flag.start - len("launching") : flag.start] == "launching"
    assert cleaned.text[flag.end :].startswith("in the Novgorod")


def test_complete_sentences_are_not_flagged() -> None:
    assert clean_paragraphs(STORY).flags == []


def test_hard_wrapped_blocks_are_unwrapped_but_single_lines_stay_paragraphs() -> None:
    wrapped = (
        "The ministry said the strike hit an energy facility in the\n"
        "south of the country late on Sunday and that repair crews\n"
        "were already working to restore power to about 40,000 homes.\n"
    )
    assert len(split_paragraphs(wrapped)) == 1
    assert split_paragraphs("Title line\nDecember 29, 2025\nFirst paragraph.") == [
        "Title line",
        "December 29, 2025",
        "First paragraph.",
    ]


def test_language_detection() -> None:
    assert detect_language(" ".join(STORY)) == "en"
    assert (
        detect_language(
            "Die Regierung hat am Montag neue Sanktionen beschlossen und "
            "erklärt, dass weitere Maßnahmen folgen könnten."
        )
        == "und"
    )
