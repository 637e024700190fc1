"""Rule ones_with: "ones" or "a similar one" with listed partners stands for the agreement just
told: one signed record per partner, of that agreement's kind, with the side they share."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _pairs(text: str) -> dict[frozenset[str], tuple[str, int | None]]:
    ex = run(text, published="2024-05-10")
    return {frozenset(g.parties): (g.name, g.year) for g in ex.agreements}


def test_ones_with_partners_each_with_its_aside_year() -> None:
    found = _pairs(
        "Japan and the Philippines signed a Reciprocal Access Agreement in July. It is the third such "
        "agreement for Japan, following ones with Australia, signed in January 2022, and Britain, signed in 2023."
    )
    assert found[frozenset({"Japan", "Australia"})] == ("Japan-Australia Reciprocal Access Agreement", 2022)
    assert found[frozenset({"Japan", "United Kingdom"})][1] == 2023


@pytest.mark.parametrize(
    ("text", "side", "partners"),
    [
        ("Chile signed a fisheries pact with Peru on Monday. It follows similar ones with Ecuador and Colombia.", "Chile", {"Ecuador", "Colombia"}),
        ("Chile signed a fisheries pact with Peru on Monday, after a similar one with Ecuador in 2019.", "Chile", {"Ecuador"}),
        (
            "Kenya and Rwanda signed a defence pact on Monday, Rwanda's fourth after ones with Uganda, Burundi and Tanzania.",
            "Rwanda",
            {"Uganda", "Burundi", "Tanzania"},
        ),
        (
            "The Philippines signed a visiting forces agreement with Japan, adding to ones with the United States and Australia.",
            "Philippines",
            {"United States", "Australia"},
        ),
        (
            "Norway and Iceland concluded a fisheries accord on Friday. Oslo already has ones with Denmark, in force since 2019, and Sweden.",
            "Norway",
            {"Denmark", "Sweden"},
        ),
    ],
)
def test_each_listed_partner_made_one_with_the_shared_side(text: str, side: str, partners: set[str]) -> None:
    found = _pairs(text)
    for partner in partners:
        assert frozenset({side, partner}) in found


def test_the_record_takes_the_told_agreements_words() -> None:
    found = _pairs("Chile signed a fisheries pact with Peru on Monday. It follows similar ones with Ecuador and Colombia.")
    assert found[frozenset({"Chile", "Ecuador"})][0] == "Chile-Ecuador fisheries pact"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana won the vote. It was one with the most votes.",
        "The bank opened branches in Lagos, following ones with Kenya.",
        "Chile signed a fisheries pact with Peru on Monday. The talks were long ones with many delays.",
    ],
)
def test_ones_standing_for_no_agreement_make_none(text: str) -> None:
    assert all(len(g.parties) != 2 or "Peru" in g.parties for g in run(text).agreements)
