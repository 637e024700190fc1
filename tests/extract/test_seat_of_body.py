"""A country or capital written only as where a body sits ("Singapore-based Tolaram Group",
"the Vienna-based agency") is a place, not an actor (rule seat_of_body); named otherwise in the
article it stays one."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _countries(text: str) -> set[str]:
    return {a.name for a in run(text).actors if a.kind == "country"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The rest of the equity came from Singapore-based Tolaram Group, the port said.", "Singapore"),
        ("The Vienna-based agency said the inspections would go on.", "Austria"),
        ("A China-based lender arranged the loan for the port of Lamu.", "China"),
        ("The Hong Kong-listed firm bought the terminal in March.", "Hong Kong"),
        ("A London-headquartered insurer covered the cargo.", "United Kingdom"),
    ],
)
def test_the_seat_of_a_body_is_no_actor(text: str, country: str) -> None:
    assert country not in _countries(text)


def test_a_country_named_otherwise_stays_an_actor() -> None:
    assert "Singapore" in _countries("Singapore signed the accord on Monday. A Singapore-based fund will invest.")
