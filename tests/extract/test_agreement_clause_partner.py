"""Rule clause_partner, and the perfect of a relative clause: a clause on a named agreement that
tells who made it with whom ("the treaty it signed with Spain in 2002", "which Peru concluded
with Chile") gives both sides as parties, a pronoun standing for the actor named before; "which
it had signed" is read like "which it signed"; "put their signatures on" is a signing."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Morocco on Tuesday suspended the Treaty of Good Neighbourliness it signed with Portugal in 1994.", {"Morocco", "Portugal"}),
        ("Algeria suspended the Andes Treaty that it signed with Spain in 2002.", {"Algeria", "Spain"}),
        ("Peru is reviewing the Andes Treaty it concluded with Chile in 1999.", {"Peru", "Chile"}),
        ("The Andes Treaty, which Peru signed with Chile in 1999, remains in force.", {"Peru", "Chile"}),
        ("The Andes Treaty, which Peru negotiated with Chile and Bolivia, remains in force.", {"Peru", "Chile", "Bolivia"}),
        ("Peru praised the Andes Treaty that Chile signed with Bolivia.", {"Chile", "Bolivia"}),
        ("Peru praised the Andes Treaty which it had signed with the United States in 1999.", {"Peru", "United States"}),
    ],
)
def test_the_clause_tells_both_sides(sentence: str, parties: set[str]) -> None:
    (g,) = run(sentence, published="2024-11-05").agreements
    assert set(g.parties) == parties


def test_a_clause_of_no_making_tells_no_sides() -> None:
    (g,) = run("Peru praised the Andes Treaty it discussed with Chile.", published="2024-11-05").agreements
    assert "Chile" not in g.parties


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Peru praised the Andes Treaty which it had signed with the United States in 1999.", 1999),
        ("Peru praised the Andes Treaty, which Chile had signed with Bolivia in 1999.", 1999),
        ("The Andes Treaty the two countries had signed in 2019 expired.", 2019),
    ],
)
def test_a_perfect_clause_is_its_signing(sentence: str, year: int) -> None:
    (g,) = run(sentence, published="2024-11-05").agreements
    assert g.status == "signed" and g.year == year


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers put their signatures on the Andes Agreement on Monday.",
        "The minister put her signature on the Andes Agreement on Monday.",
    ],
)
def test_signatures_on_a_text_sign_it(sentence: str) -> None:
    (g,) = run(sentence, published="2024-11-05").agreements
    assert g.status == "signed" and g.year == 2024
