"""Rule party_descriptor: a lower-case description closing a listed party ("and the Hezbollah
militant group", "and the FARC rebel group") belongs to the list, so the verb after it tells the
agreement's status and year."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "parties", "status", "year"),
    [
        ("A ceasefire between Israel and the Hamas militant group took effect on Sunday.", {"Israel", "Hamas"}, "in_force", 2024),
        (
            "The Andes Treaty was signed in 1951. A truce between Nigeria and the Boko Haram militant group took effect on Wednesday.",
            {"Nigeria", "Boko Haram"},
            "in_force",
            2024,
        ),
        (
            "The Andes Treaty was signed in 1951. A truce between Colombia and the FARC rebel group was signed in 2016.",
            {"Colombia", "FARC"},
            "signed",
            2016,
        ),
        ("A ceasefire between the Houthi rebels and Yemen took effect on Sunday.", {"Houthis", "Yemen"}, "in_force", 2024),
        ("A ceasefire between Israel and the Hamas militant group and Egypt took effect on Sunday.", {"Israel", "Hamas", "Egypt"}, "in_force", 2024),
    ],
)
def test_the_verb_after_a_described_party(sentence: str, parties: set[str], status: str, year: int) -> None:
    g = next(g for g in run(sentence, published="2024-11-27").agreements if g.name != "Andes Treaty")
    assert set(g.parties) == parties and g.status == status and g.year == year


def test_a_verb_and_a_possessive_are_no_description() -> None:
    (g,) = run("Fiji and Samoa said their alliance remains strong.", published="2025-05-22").agreements
    assert g.status == "in_force"
