"""A subject agreement signed in the passive: "The X memorandum (of understanding) was signed
by <signers of two countries>" makes its own record with those parties (signed_by)."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "The fisheries memorandum of understanding was signed by Peruvian Fisheries Minister Ana Soto "
        "and her Chilean counterpart, Jorge Vidal.",
        "Peru and Chile held talks in Lima on Monday. The fisheries memorandum was signed by the Peruvian "
        "and Chilean ministers.",
        "The fisheries memorandum had been signed by Peruvian and Chilean officials in Lima.",
    ],
)
def test_a_memorandum_signed_by_two_sides(text: str) -> None:
    ex = run(text)
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "signed"
    assert any(f.field == "party" and f.rule == "signed_by" for f in g.facts)


def test_signers_of_one_country_give_no_parties() -> None:
    ex = run("The fisheries memorandum was signed by the Peruvian minister in Lima.")
    assert not any(a.unnamed for a in ex.agreements)


def test_a_signer_heading_a_body_named_by_a_demonym() -> None:
    ex = run(
        "The port memorandum of understanding was signed by Japan Coast Guard commandant Kenji Sato "
        "and his Kenyan counterpart, Amina Odhiambo."
    )
    g = next(a for a in ex.agreements if a.unnamed and "memorandum" in a.name)
    assert set(g.parties) == {"Japan", "Kenya"} and g.status == "signed"
