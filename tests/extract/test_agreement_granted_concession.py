"""Rule granted_concession: a concession or lease the granting side gives a firm ("Djibouti
granted DP World a 30-year concession", "awarded a concession to run the port to X") is an
agreement of the grantor and the firm, signed, dated by an opening "In <year>" too."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Gabon granted DP World a 25-year concession to run the Owendo terminal.", 2024),
        ("Gabon granted DP World a 25-year concession in 2019.", 2019),
        ("In 2019 Gabon granted a 25-year concession to run the Owendo terminal to DP World.", 2019),
        ("In 2019, Gabon awarded a concession for the Owendo terminal to DP World.", 2019),
        ("Gabon awarded DP World a 25-year lease on the Owendo terminal in 2019.", 2019),
        ("Gabon handed DP World a 25-year concession to operate two berths in 2021.", 2021),
        ("Gabon has granted DP World a 25-year concession for the Owendo terminal.", 2024),
    ],
)
def test_a_concession_granted_to_a_firm(text: str, year: int) -> None:
    (g,) = run(text, published="2024-04-02").agreements
    assert set(g.parties) == {"Gabon", "DP World"} and g.status == "signed" and g.year == year


def test_a_concession_granted_to_no_firm_is_none() -> None:
    assert run("Gabon granted a concession to run the Owendo terminal to a local investor.").agreements == []


def test_a_grant_of_something_else_is_none() -> None:
    assert run("Gabon granted DP World a tax break to run the Owendo terminal.").agreements == []
