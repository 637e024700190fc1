"""A lender's programme the gazetteer knows (one party: the lender) takes its borrower from the
text: a possessive before it (possessive_party) or the country the article is about; a name
written in lower case ("a stand-by agreement") is that named agreement (lowercase_name); an
indefinite description is a new agreement, not one named only later."""

from __future__ import annotations

from tests.extract_support import agreement, run

TEXT = (
    "Kenya reached a deal with lenders on Monday. The International Monetary Fund said Kenya's "
    "2021 Extended Fund Facility had been completed. Kenya will now seek a Stand-By Arrangement. "
    "Officials said a $2-billion stand-by agreement could follow by June. Kenya hopes to stabilise its currency."
)


def test_possessive_gives_the_borrower() -> None:
    g = agreement(run(TEXT), "Extended Fund Facility")
    assert g is not None and set(g.parties) == {"International Monetary Fund", "Kenya"}
    assert g.year == 2021


def test_the_article_country_is_the_borrower() -> None:
    g = agreement(run(TEXT), "Stand-By Arrangement")
    assert g is not None and set(g.parties) == {"International Monetary Fund", "Kenya"}


def test_lowercase_name_folds_in_with_its_value() -> None:
    ex = run(TEXT)
    g = agreement(ex, "Stand-By Arrangement")
    assert g is not None and g.value == "$2-billion" and g.amount == 2e9
    assert not any(a.unnamed and "stand" in a.name.casefold() for a in ex.agreements)


def test_indefinite_description_is_not_a_later_name() -> None:
    ex = run(
        "Chile and Peru signed a fisheries pact on Monday. Later the Chile-Peru Pacific Fisheries "
        "Agreement of 1998 was recalled by officials."
    )
    names = {a.name for a in ex.agreements}
    assert "Pacific Fisheries Agreement" in names and any(a.unnamed for a in ex.agreements)


def test_a_staff_level_agreement_is_the_programme_announced() -> None:
    """Rule programme_stage: the staff-level pact is the current programme's first stage, not
    a record of its own, and leaves the programme announced (the board has yet to approve)."""
    text = (
        "The International Monetary Fund struck a staff-level pact with Ghana over a Stand-By "
        "Arrangement on Monday. Ghana's 2015 Extended Fund Facility ended long ago. Ghana hopes "
        "for quick approval. Ghana needs the money."
    )
    ex = run(text)
    sba = agreement(ex, "Stand-By Arrangement")
    assert sba is not None and sba.status == "announced" and "staff-level pact" in sba.keywords
    assert not any(a.unnamed for a in ex.agreements)


def test_a_grouping_declaration_keeps_its_known_party() -> None:
    text = "Tuvalu and Fiji both cited the 2018 Boe Declaration at the summit in Suva. Tuvalu and Fiji met again."
    g = agreement(run(text), "Boe Declaration")
    assert g is not None and g.parties == ["Pacific Islands Forum"] and g.year == 2018
