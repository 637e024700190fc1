"""Rule plural_with_partners with a perfect: "X has concluded agreements with A and B" made
them (signed), where "X has agreements with A and B" holds them (in force); the participle is
the verb, no word of their names."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "status", "core"),
    [
        ("Peru has concluded agreements with Chile and Bolivia.", "signed", "agreement"),
        ("Peru has reached fisheries agreements with Chile and Bolivia.", "signed", "fisheries agreement"),
        ("Peru has agreements with Chile and Bolivia.", "in_force", "agreement"),
        ("Peru has similar agreements with Chile and Bolivia.", "in_force", "agreement"),
    ],
)
def test_made_or_held(sentence: str, status: str, core: str) -> None:
    found = run(sentence, published="2024-03-05").agreements
    assert {g.name for g in found} == {f"Peru-Chile {core}", f"Peru-Bolivia {core}"}
    assert all(g.status == status for g in found)
