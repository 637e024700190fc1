"""Rules founding_year and founded_in_force: an aside telling when an agreement or framework
was founded (", set up on 15 November 2012,", ", established in 2009,") gives its year, and one
founded before the article's year stands, in force; one founded this year is made (signed), and
"set to expire" tells no founding."""

from __future__ import annotations

from tests.extract_support import run


def _facts(text: str) -> tuple[str | None, int | None]:
    (g,) = run(text, published="2024-01-01").agreements
    return g.status, g.year


def test_set_up_on_a_date_gives_the_year_and_stands() -> None:
    text = "The Andes Currency Swap Framework, set up on 15 November 2012, provides short-term liquidity to members."
    assert _facts(text) == ("in_force", 2012)


def test_established_this_year_is_made() -> None:
    assert _facts("The Andes Partnership, established in 2024, links the two ports.") == ("signed", 2024)


def test_set_to_expire_tells_no_founding() -> None:
    assert _facts("The Andes Water Treaty, set to expire in 2026, governs river flows.") == ("in_force", None)
