"""Rule leased_to: a lease told by its verb ("Sri Lanka leased the port to X", "Tartus, Syria's
main port, was leased to X") is a lease of the lessor and the lessee, signed, of the year after
the verb or the sentence's opening."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "lessor", "lessee", "year"),
    [
        ("Sri Lanka leased the Hambantota port to China Merchants Port Holdings for 99 years in 2017.", "Sri Lanka", "China Merchants Port Holdings", 2017),
        ("Myanmar leased the Kyaukphyu terminal to DP World in 2018.", "Myanmar", "DP World", 2018),
        ("Kyaukphyu, Myanmar's deep-sea port, was leased in 2018 to DP World.", "Myanmar", "DP World", 2018),
        ("Myanmar's Kyaukphyu port was leased to DP World in 2018 for 50 years.", "Myanmar", "DP World", 2018),
        ("In 2018 Myanmar leased two berths at Kyaukphyu to DP World.", "Myanmar", "DP World", 2018),
        ("Djibouti leased land to China in 2016 for a naval base.", "Djibouti", "China", 2016),
        ("Greece leases an airbase to the United States under an older agreement.", "Greece", "United States", 2024),
    ],
)
def test_a_lease_told_by_its_verb(text: str, lessor: str, lessee: str, year: int) -> None:
    ex = run(text, published="2024-04-02")
    (g,) = [a for a in ex.agreements if "lease" in a.name]
    assert set(g.parties) == {lessor, lessee} and g.status == "signed" and g.year == year


def test_leased_goods_flown_somewhere_are_no_lease() -> None:
    assert run("The airline flies leased jets to Paris and Rome.").agreements == []


def test_to_opening_a_verb_is_no_lessee() -> None:
    assert run("Chile leased 12 aircraft to grow its fleet.").agreements == []


def test_a_states_government_leases_for_the_state() -> None:
    """Rule verb_subject: "Ghana's government leased the port to X": the state leases, as a
    state's navy buys in the purchase rule."""
    (g,) = run("After talks in France, Ghana's government leased the Takoradi terminal to Bollore in 2016.").agreements
    assert set(g.parties) == {"Ghana", "Bolloré"} and g.year == 2016
