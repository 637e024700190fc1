"""Rule listed_documents (signed_list): documents listed after a colon, parted by commas and
"and", under a clause telling their signing, are one record each, of the sides the signing's
subject lists, else of the agreement the story told before."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _listed(text: str) -> list[tuple[str, list[str]]]:
    found = run(text, published="2024-06-10").agreements
    return [(g.name, sorted(g.parties)) for g in found if any(f.rule == "listed_documents" for f in g.facts if f.field == "party")]


@pytest.mark.parametrize(
    ("text", "parties", "count"),
    [
        ("Tanzania and DP World signed three documents on Sunday: a host government agreement, a lease agreement and a concession agreement.", ["DP World", "Tanzania"], 3),
        ("Tanzania signed deals with DP World on Sunday.\n\nThree documents were signed: a host government agreement, a lease agreement and a concession agreement.", ["DP World", "Tanzania"], 3),
        ("Kenya and Ethiopia signed several agreements.\n\nThree documents were signed: a trade agreement, a visa protocol and a memorandum of understanding on energy.", ["Ethiopia", "Kenya"], 3),
        ("Chile and Peru signed two agreements in Lima: a fisheries protocol and a customs accord.", ["Chile", "Peru"], 2),
        ("Vietnam and Laos inked four documents on Friday: a border treaty, a power purchase agreement, a rail protocol and a visa arrangement.", ["Laos", "Vietnam"], 4),
        ("Ghana and Togo concluded two deals: a gas supply contract and a transit agreement.", ["Ghana", "Togo"], 2),
    ],
)
def test_each_listed_document_is_a_record_of_the_signing_sides(text: str, parties: list[str], count: int) -> None:
    found = _listed(text)
    assert len(found) == count and all(p == parties for _, p in found), found


def test_a_list_of_other_things_is_no_list_of_texts() -> None:
    text = "Chile and Peru signed two agreements in Lima: one in the morning and one at night."
    assert _listed(text) == []


def test_a_list_with_no_signing_verb_is_not_read_so() -> None:
    text = "Chile and Peru discussed two agreements in Lima: a fisheries protocol and a customs accord."
    assert _listed(text) == []
