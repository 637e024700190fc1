"""Rule accession by count: "X and Y were added ..., as the treaty's 50th and 51st parties"
makes X and Y parties of the treaty."""

from __future__ import annotations

from tests.extract_support import run


def test_the_newest_parties_counted_after_the_treaty() -> None:
    ex = run(
        "The Oceans Protection Treaty gathered the ratifications it needed. "
        "On Friday, Peru and Chile were added to the list, as the Oceans Protection Treaty's 50th and 51st parties."
    )
    (g,) = ex.agreements
    assert set(g.parties) == {"Peru", "Chile"}
    assert {f.rule for f in g.facts if f.field == "party"} == {"accession"}


def test_a_possessive_without_parties_after_it_gives_none() -> None:
    ex = run("Peru and Chile praised the Oceans Protection Treaty's 50th anniversary.")
    (g,) = ex.agreements
    assert not any(f.rule == "accession" for f in g.facts)
