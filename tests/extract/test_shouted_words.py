"""Rule shouted_words: words in capitals for emphasis ("a FULL AND IMMEDIATE CEASEFIRE") are read
as plain words, a known name among them staying a name; a line wholly in capitals is left alone."""

from __future__ import annotations

import pytest

from tests.extract_support import names, run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("India and Pakistan have agreed to a FULL AND IMMEDIATE CEASEFIRE.", {"India", "Pakistan"}),
        ('Trump wrote: "CHINA AND THE USA HAVE SIGNED A GREAT TRADE DEAL!"', {"China", "United States"}),
        ("Trump wrote that Japan had signed a TREMENDOUS TRADE DEAL with the United States.", {"Japan", "United States"}),
        ("Peru posted that it had signed A VERY BIG DEFENCE PACT with Chile.", {"Peru", "Chile"}),
    ],
)
def test_a_shouted_phrase_is_read_as_plain_words(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides


def test_a_line_wholly_in_capitals_is_left_alone() -> None:
    ex = run("Ghana and Togo signed a border pact.\n\nWHO ARE THE SIGNATORIES?\n\nThe pact was signed in Lome.")
    assert "World Health Organization" not in names(ex, "organization")


def test_a_lone_acronym_is_no_shouting() -> None:
    assert "NATO" in names(run("The NATO summit backed the plan."), "organization")
    (g,) = run("Kenya signed an EPC contract with China.").agreements
    assert set(g.parties) == {"Kenya", "China"}
