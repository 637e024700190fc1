"""Rule month_to_come: a month later in the year than the article's is last year's for a done
act ("signed in December", told in November), but the article's own year for one still to come
("will sign in December", "are set to sign in March")."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Peru and Chile are set to sign the Andes Treaty in December.", 2024),
        ("Peru and Chile will sign the Andes Treaty in December.", 2024),
        ("Peru and Chile are expected to sign the Andes Treaty in December.", 2024),
        ("Peru and Chile plan to sign the Andes Treaty in March.", 2024),
        ("Peru and Chile signed the Andes Treaty in December.", 2023),
        ("Peru and Chile signed the Andes Treaty in March.", 2024),
    ],
)
def test_a_month_to_come_is_this_years(sentence: str, year: int) -> None:
    (g,) = run(sentence, published="2024-11-05").agreements
    assert g.year == year
