"""Footers that name the paper or site as itself: a print edition's credit (print_edition) and a
rights line without the copyright sign (rights_reserved_of)."""

from __future__ import annotations

import pytest

from store.parse.article import parse_article
from store.parse.publisher import source_of
from tests.parse.parse_support import body

LEDE = "Bhutan and Nepal signed a hydropower trade accord in Thimphu on Monday, officials said."


@pytest.mark.parametrize(
    "line,found",
    [
        ("Published in Himal Courier, March 4th, 2024", (3, "Himal Courier")),
        ("Published in the Valley Tribune, 4 March 2024", (3, "Valley Tribune")),
        ("Himal News - All rights reserved", (4, "Himal News")),
        ("Valley Tribune. All rights reserved.", (4, "Valley Tribune")),
    ],
)
def test_footers_naming_the_publisher(line: str, found: tuple[int, str]) -> None:
    assert source_of(line, line.lower(), footer=True) == found


def test_prose_is_no_footer() -> None:
    for line in ("Published in 2024, the report found gaps.", "Published in March, the plan drew criticism."):
        assert source_of(line, line.lower(), footer=True) is None, line
    assert source_of("Himal News - All rights reserved", "himal news - all rights reserved") is None  # only among the last lines


def test_a_print_credit_closing_the_story_is_the_source() -> None:
    a = parse_article(f"Bhutan, Nepal sign power accord\n\n{LEDE}\n\nPublished in Himal Courier, March 4th, 2024\n", "x.txt")
    assert (a.source, body(a)) == ("Himal Courier", LEDE)


def test_a_wire_dateline_outranks_a_rights_line() -> None:
    a = parse_article(f"Bhutan, Nepal sign power accord\n\nTHIMPHU (HNA) - {LEDE}\n\nHimal News - All rights reserved\n", "x.txt")
    assert a.source == "HNA" and "reserved" not in body(a)
    b = parse_article(f"Bhutan, Nepal sign power accord\n\n{LEDE}\n\nHimal News - All rights reserved\n", "x.txt")
    assert (b.source, body(b)) == ("Himal News", LEDE)


def test_a_support_prompt_naming_the_outlet_is_the_source() -> None:
    prompt = "We are a small newsroom covering the Himalaya for you. Support the Valley Tribune's independent journalism: become a member today."
    assert source_of(prompt, prompt.lower(), footer=True) == (3, "Valley Tribune")
    a = parse_article(f"Bhutan, Nepal sign power accord\n\n{LEDE}\n\n{prompt}\n", "x.txt")
    assert (a.source, body(a)) == ("Valley Tribune", LEDE)


def test_a_membership_prompt_is_chrome_and_prose_about_support_stays() -> None:
    from store.parse.prompts import is_reader_prompt

    assert is_reader_prompt("Love our reporting? Become a member and get your weekly briefing.")
    line = "Nepal asked donors to support the Valley Tribune's reporting on floods, officials said."
    assert source_of(line, line.lower(), footer=True) is None
