"""Rule fronted_phrase_year: the one year of a fronted phrase of time or occasion closed by a
comma ("During her second visit in 2015, she signed the X") dates the agreement its sentence
reports signed; a fronted clause or a phrase of two years does not."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("During her second visit in 2015, she signed the Andes Treaty with Chile.", 2015),
        ("At a summit in Lima in 2019, Peru and Chile signed the Andes Treaty.", 2019),
        ("Back in March 2021, Peru signed a fisheries deal with Chile.", 2021),
        ("Following talks in Lima in 2018, Peru and Chile signed the Andes Treaty.", 2018),
        ("After talks in 2016 and 2017, Peru signed the Andes Treaty.", None),
        ("Peru, which joined in 2016, signed the Andes Treaty on Monday.", 2024),
    ],
)
def test_the_year_of_a_fronted_phrase(sentence: str, year: int | None) -> None:
    (g,) = run(sentence, published="2024-12-07").agreements
    assert g.status == "signed" and g.year == year


def test_a_fronted_clause_dates_nothing() -> None:
    ex = run("Peru and Chile met on Monday. Talks collapsed in 2016, and Peru did not sign the Andes Treaty.", published="2024-06-05")
    assert all(a.year != 2016 for a in ex.agreements)
