"""Rule signers_listed (in named_parties' adopted_by): a named agreement "signed by" a list of
states ("signed by A, B and C", each perhaps in its formal style) has every state of the list
as a party, and the year after the list ("signed by A, B and C in 1994") dates it."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _found(text: str):
    return run(text, published="2024-05-02").agreements[0]


@pytest.mark.parametrize(
    ("text", "parties", "year"),
    [
        (
            "The meeting follows the Andean Joint Declaration signed by the Republic of Chile, the Republic of Peru and the United States of America on May 2, 2021.",
            {"Chile", "Peru", "United States"},
            2021,
        ),
        ("The meeting follows the Andean Joint Declaration signed by Chile, Peru and the United States on May 2, 2021.", {"Chile", "Peru", "United States"}, 2021),
        (
            "The meeting follows the Andean Joint Declaration signed by the Kingdom of Morocco, the State of Israel and the United States of America on May 2, 2021.",
            {"Morocco", "Israel", "United States"},
            2021,
        ),
        ("The Lake Victoria Fisheries Convention was signed by Kenya, Uganda and Tanzania in 1994.", {"Kenya", "Uganda", "Tanzania"}, 1994),
        (
            "The Mekong River Agreement, signed by Thailand, Laos, Cambodia and Vietnam in 1995, set up a joint commission.",
            {"Thailand", "Laos", "Cambodia", "Vietnam"},
            1995,
        ),
        ("The Lusaka Accord was signed by Zambia, along with Angola and Namibia, in 2002.", {"Zambia", "Angola", "Namibia"}, 2002),
        ("The Sahel Water Charter was adopted by Mali, Niger and Chad in 2019.", {"Mali", "Niger", "Chad"}, 2019),
    ],
)
def test_every_listed_signer_is_a_party(text: str, parties: set[str], year: int) -> None:
    found = _found(text)
    assert set(found.parties) == parties
    assert found.year == year


def test_an_aside_after_one_signer_is_no_list() -> None:
    found = _found("The Andean Joint Declaration was signed by Chile, the host, in 2019.")
    assert found.parties == ["Chile"]
    assert found.year == 2019
