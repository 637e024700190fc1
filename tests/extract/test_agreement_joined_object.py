"""Rule joined_object: a second object joined by "and" or "as well as", with its own partner
after "with", shares the first one's subject, not its partner: "Chile signed a fisheries pact
with Peru and a water accord with Bolivia" is two texts, Chile-Peru and Chile-Bolivia."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(g.parties) for g in run(text, published="2024-05-10").agreements}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Chile signed a fisheries pact with Peru and a water accord with Bolivia on Monday.", [{"Chile", "Peru"}, {"Chile", "Bolivia"}]),
        (
            "Separately, the United States signed a reciprocal trade agreement with Cambodia and announced a framework for a reciprocal trade deal with Thailand.",
            [{"United States", "Cambodia"}, {"United States", "Thailand"}],
        ),
        (
            "On the same day, Washington signed a trade agreement with Laos and a framework for a trade deal with Vietnam, as well as a memorandum of understanding with Hanoi on minerals.",
            [{"United States", "Laos"}, {"United States", "Vietnam"}],
        ),
        ("Last year Kenya inked a rail contract with China and a power deal with Ethiopia.", [{"Kenya", "China"}, {"Kenya", "Ethiopia"}]),
    ],
)
def test_a_joined_object_keeps_the_subject_and_takes_its_own_partner(text: str, pairs: list[set[str]]) -> None:
    found = _pairs(text)
    assert all(frozenset(p) in found for p in pairs)
    assert not any(len(p) == 2 and p <= {"Peru", "Bolivia", "Cambodia", "Thailand", "Laos", "Vietnam", "China", "Ethiopia"} for p in found)


def test_a_joined_object_with_no_partner_takes_the_first_ones_sides() -> None:
    found = _pairs("Chile signed an extradition treaty and a fisheries agreement with Peru.")
    assert found == {frozenset({"Chile", "Peru"})}


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the United States signed its own memorandum on mineral cooperation with Norway.",
        "Canada renewed its fisheries accord on salmon with Norway.",
        "Ghana is reviewing its border agreement worth $2 million with Togo.",
    ],
)
def test_an_owned_text_finds_its_partner_past_its_subject(text: str) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert len(g.parties) == 2
