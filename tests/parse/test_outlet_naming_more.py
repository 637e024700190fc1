"""More ways a page names its own outlet: a trail opening with an outlet's name before any
section ("Harbour Weekly > Countries > Peru"), a "More from X" label over other stories when X is
an outlet's name or printed elsewhere on the page, and a prompt for the outlet's edition or
briefing ("Get The Harbour Times's Daily Edition by email")."""

from __future__ import annotations

import pytest

from store.parse.publisher import source_of
from tests.parse.rules_support import body, parse

STORY = "LIMA - Peru and Chile signed a ports accord on Monday, officials said.\n\nThe accord covers three ports.\n\n"


def test_an_outlet_opening_a_trail_before_any_section_is_the_source() -> None:
    a = parse("Harbour Weekly  >  Countries  >  Peru\n\nPeru and Chile sign ports accord\n\n" + STORY)
    assert a.source == "Harbour Weekly"


def test_a_section_opening_a_trail_is_no_source() -> None:
    a = parse("Climate | Africa | Energy\n\nPeru and Chile sign ports accord\n\n" + STORY)
    assert a.source is None


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("More from The Andean Times\nPeru and Chile plan a second accord soon", "The Andean Times"),
        ("Kawsay's Ana Ruiz contributed to this report.\n\nMORE FROM KAWSAY\nPeru and Chile plan a second accord soon", "Kawsay"),
    ],
)
def test_more_from_an_outlet_names_the_source(closing: str, source: str) -> None:
    a = parse("Peru and Chile sign ports accord\n\n" + STORY + closing)
    assert a.source == source


def test_more_from_a_section_names_no_source() -> None:
    a = parse("Peru and Chile sign ports accord\n\n" + STORY + "MORE FROM POLITICS\nPeru and Chile plan a second accord soon")
    assert a.source is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Get The Harbour Times's Daily Edition by email and never miss our top stories", "Harbour Times"),
        ("Get The Times of Lima's Daily Edition by email", "Times of Lima"),
        ("Sign up for the Andean Ledger's morning briefing", "Andean Ledger"),
        ("Sign up for the Business Daily newsletter and get the top stories", "Business Daily"),
    ],
)
def test_a_prompt_for_the_outlets_edition_names_it(line: str, name: str) -> None:
    assert source_of(line, line.lower(), True) == (3, name)
    assert line not in body(parse("Peru and Chile sign ports accord\n\n" + STORY + line))
