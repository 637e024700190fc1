"""Rule plural_with_partners: a plural signed or held with named partners ("has signed similar
agreements with Fiji, Kiribati and Samoa") is one record per partner, the subject with each;
no partner named, no record."""

from __future__ import annotations

from tests.extract_support import run


def _deals(text: str) -> dict[frozenset[str], object]:
    return {frozenset(g.parties): g for g in run(text).agreements}


def test_similar_agreements_with_a_list_are_one_record_each() -> None:
    deals = _deals(
        "China signed a policing agreement with Vanuatu on Monday.\n\n"
        "China has signed similar agreements with Fiji, Kiribati and Samoa."
    )
    assert set(deals) == {frozenset({"China", p}) for p in ("Vanuatu", "Fiji", "Kiribati", "Samoa")}
    fiji = deals[frozenset({"China", "Fiji"})]
    assert fiji.status == "signed" and "policing" in fiji.name  # described like the one before
    assert {f.rule for f in fiji.facts if f.field == "party"} == {"plural_with_partners"}


def test_separate_deals_with_two_partners_keep_their_own_words() -> None:
    deals = _deals("Egypt signed separate gas deals with Azerbaijan and Qatar.")
    assert set(deals) == {frozenset({"Egypt", "Azerbaijan"}), frozenset({"Egypt", "Qatar"})}
    assert all("gas deal" in g.name for g in deals.values())


def test_pacts_held_with_a_list_are_in_force_one_each() -> None:
    deals = _deals("Australia has similar agreements with Tonga and Nauru.")
    assert set(deals) == {frozenset({"Australia", "Tonga"}), frozenset({"Australia", "Nauru"})}
    assert {g.status for g in deals.values()} == {"in_force"}


def test_other_agreements_with_no_partner_named_make_no_record() -> None:
    deals = _deals("Japan signed a security pact with Vietnam. Japan has signed other agreements with several countries.")
    assert set(deals) == {frozenset({"Japan", "Vietnam"})}


def test_a_list_subject_is_left_to_the_separate_with_rule() -> None:
    deals = _deals("Chile and Peru signed separate agreements with Brazil and Bolivia.")
    assert frozenset({"Chile", "Brazil"}) not in deals
