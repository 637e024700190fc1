"""Status and year from the verb and its tense: a signing still to come ("when we sign"), a
ceasefire the sides "accepted", and the signing day's year of an agreement now in force."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str, **kw):
    ex = run(text, **kw)
    assert len(ex.agreements) == 1, [a.name for a in ex.agreements]
    return ex.agreements[0]


def test_when_we_sign_is_a_signing_to_come() -> None:
    g = _only('"Monday is when we sign the border agreement between Ghana and Togo," the Ghanaian president said.')
    assert g.status == "announced"


def test_once_they_sign_is_a_signing_to_come() -> None:
    g = _only("Ghana and Togo will open the crossing once they sign the border agreement.")
    assert g.status == "announced"


def test_a_plain_present_sign_stays_signed() -> None:
    g = _only("Ghana and Togo sign a border agreement in Accra.")
    assert g.status == "signed"


def test_sides_that_accepted_a_ceasefire_are_its_parties() -> None:
    g = _only("After a week of clashes, Peru and Chile have accepted a truce that begins at dawn on Sunday.")
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "announced"


def test_accept_without_a_party_list_makes_nothing() -> None:
    assert run("The minister said nobody would accept a ceasefire on those terms.").agreements == []


def test_in_force_on_signing_takes_the_signing_day_year() -> None:
    g = _only(
        "Ghana and Togo signed a border agreement on Friday in Accra. "
        "Once signed, the Border Agreement entered into force, officials said.",
        published="2024-05-03",
    )
    assert g.status == "in_force" and g.year == 2024
    # the signing's weekday dates it (whether read at the mention or from its sentence)
    assert any(f.field == "year" and f.rule in ("day_article_year", "signed_weekday_year") for f in g.facts)


def test_in_force_with_no_dated_signing_has_no_year() -> None:
    g = _only(
        "Ghana and Togo signed a border agreement in Accra. The Border Agreement entered into force, officials said.",
        published="2024-05-03",
    )
    assert g.status == "in_force" and g.year is None


def test_in_talks_over_a_pact_is_under_negotiation_with_its_parties() -> None:
    g = _only("Peru and Chile are in talks over a fisheries pact.")
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "under_negotiation"


def test_close_to_a_deal_is_under_negotiation_with_its_parties() -> None:
    g = _only("Peru and Chile are close to a fisheries deal, officials said.")
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "under_negotiation"


def test_close_to_the_border_is_no_agreement() -> None:
    assert run("Peru moved troops close to the border with Chile.").agreements == []


def test_to_ink_is_a_signing_to_come_and_ink_a_signing() -> None:
    assert _only("Peru and Chile are set to ink a fisheries deal.").status == "announced"
    assert _only("Peru and Chile ink a fisheries deal in Lima.").status == "signed"
    assert _only("The ministers of Peru and Chile will ink a fisheries deal between the two countries.").status == "announced"


def test_expected_to_be_signed_is_still_under_negotiation() -> None:
    g = _only("The Peru-Chile fisheries deal is expected to be signed next month.", published="2025-05-05")
    assert g.status == "under_negotiation"  # a signing only expected: no text agreed yet


def test_sealed_and_struck_by_a_list_of_countries() -> None:
    assert _only("Peru and Chile hope to strike a fisheries deal this year.").parties == ["Peru", "Chile"]
    assert _only("Peru and Chile seal a fisheries deal.").status == "signed"


def test_the_original_deal_lends_no_year_to_the_one_it_refers_to() -> None:
    g = _only(
        "Peru and Chile agreed to expand their fisheries agreement on Monday. "
        "The original fisheries agreement was signed in 2019.",
        published="2025-05-05",
    )
    assert g.year is None and not any(f.field == "year" for f in g.facts)


def test_an_earlier_pact_of_its_own_keeps_its_year() -> None:
    ex = run("Peru and Chile signed a fisheries agreement on Monday. An earlier fisheries pact signed in 2015 expired.")
    assert 2015 in {a.year for a in ex.agreements}


def test_an_aside_of_the_signing_then_the_entry_into_force() -> None:
    g = _only("The Peru-Chile fisheries treaty, sealed last year, entered into force on Monday.", published="2025-05-05")
    assert g.status == "in_force" and g.year == 2024


def test_an_aside_of_the_signing_alone_stays_signed() -> None:
    g = _only("The Peru-Chile fisheries treaty, sealed last year, covers anchovy stocks.", published="2025-05-05")
    assert g.status == "signed" and g.year == 2024


def test_a_treaty_negotiated_successfully_is_signed() -> None:
    g = _only("The Peru-Chile fisheries treaty was negotiated successfully in Lima.")
    assert g.status == "signed"
    g = _only("Peru and Chile successfully concluded the Andes Fisheries Treaty.")
    assert g.status == "signed"
