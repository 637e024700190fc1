"""Rule firm_joined_office: "Airbus president and CEO A" is one office over the firm."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_lower_case_office_joined_to_a_title_is_one_office_of_the_firm() -> None:
    ex = run('"We are proud of the order," said Airbus president and CEO Marta Lind.')
    p = actor(ex, "Marta Lind", "person")
    assert p is not None
    assert [r.title for r in p.roles] == ["Airbus president and CEO"]


def test_two_capitalised_offices_joined_stay_as_they_were() -> None:
    ex = run("The President and Prime Minister Ali Saleh met the envoy from Oman.")
    p = actor(ex, "Ali Saleh", "person")
    assert p is not None and [r.title for r in p.roles] == ["Prime Minister"]
