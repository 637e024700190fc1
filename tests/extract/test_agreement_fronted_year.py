"""Rule fronted_signing_year: a sentence opening with a signing participle and its date
("Signed in Lisbon in 1998, the treaty ...") dates the agreement by that year, not by a later
year the sentence gives it."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> int | None:
    (g,) = run(text, published="2025-06-01").agreements
    return g.year


def test_the_signing_year_before_the_entry_into_force() -> None:
    text = "Signed in Montevideo on June 4, 1996, the Andean Fisheries Treaty entered into force on March 2, 1999."
    assert _year(text) == 1996


def test_a_fronted_year_without_a_place() -> None:
    text = "Concluded in 2004, the Baltic Ferry Agreement took effect three years later in 2007."
    assert _year(text) == 2004


def test_an_originally_signed_opening() -> None:
    text = "Originally signed in 1989, the Danube Navigation Convention was revised in 2011."
    assert _year(text) == 1989


def test_a_sentence_opening_otherwise_keeps_the_year_after_the_mention() -> None:
    text = "After talks in 1996, the Andean Fisheries Treaty entered into force on March 2, 1999."
    assert _year(text) == 1999
