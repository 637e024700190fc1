"""Rule occasion_year: a date closing the occasion phrase after an agreement ("signed the X at a
ceremony in Lima in 2019") dates it; one after a clause or another act does not; "a decade ago"
counts back ten years from the article's."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Peru and Chile signed the Andes Treaty at a ceremony in Lima in 2019.", 2019),
        ("Peru and Chile signed the Andes Treaty during a visit to Beijing on 5 May 2021.", 2021),
        ("Peru and Chile signed the Andes Treaty at the White House in September 2020.", 2020),
        ("Peru and Chile signed the Andes Treaty at a summit where Bolivia joined in 2020.", None),
        ("Peru and Chile signed the Andes Treaty at a ceremony in Lima, and Bolivia ratified it in 2020.", None),
        ("A decade ago, Peru and Chile signed the Andes Treaty.", 2014),
    ],
)
def test_the_date_of_the_occasion(sentence: str, year: int | None) -> None:
    (g,) = run(sentence, published="2024-03-05").agreements
    assert g.year == year
