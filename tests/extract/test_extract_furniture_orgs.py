"""Page furniture makes no actors: a body's building is no organisation (building_of_body), and
the credits, agency rows and related headlines the parser takes out of the body name none."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import gazetteer, names, run


def parsed(text: str):
    return extract(parse_article(text, "t.txt"), gazetteer())


def test_a_bodys_building_is_no_organisation() -> None:
    ex = run(
        "The accord was signed at the Ministry of Finance Treasury House in Lilongwe. The Ministry of "
        "Finance said the loan would be repaid over ten years."
    )
    orgs = names(ex, "organization")
    assert not any(n.endswith("House") for n in orgs)
    assert "Ministry of Finance" in orgs


def test_a_building_of_a_body_named_nowhere_else_is_no_organisation() -> None:
    ex = run("The talks took place at the Bureau of Mines Copper Tower in Kitwe on Monday.")
    assert not any("Tower" in n for n in names(ex, "organization"))


def test_a_body_whose_name_ends_otherwise_stays() -> None:
    ex = run("The Bank of Ghana Governing Board approved the swap line on Monday.")
    assert any(n.startswith("Bank of Ghana") for n in names(ex, "organization"))
    ex = run("Delegates met at Chatham House in London on Monday to discuss the pact.")
    assert not any("Ministry" in n for n in names(ex, "organization"))


def test_an_outlets_photographer_credit_names_no_outlet() -> None:
    text = (
        "Malawi and Zambia sign rail pact\n\nThe two ministers shake hands in Lilongwe. (Nyasa Times: Grace Phiri)\n\n"
        "Malawi and Zambia signed a rail pact on Monday that links their copper and tobacco routes to the coast.\n"
    )
    assert "Nyasa Times" not in names(parsed(text), "organization")


def test_an_agency_row_names_no_agency() -> None:
    text = (
        "Malawi and Zambia sign rail pact\n\nAFP | LILONGWE | Mar 3, 2026\n\n"
        "Malawi and Zambia signed a rail pact on Monday that links their copper and tobacco routes to the coast.\n"
    )
    assert not {"AFP", "Agence France-Presse"} & names(parsed(text), "organization")


def test_a_related_headline_adds_no_country() -> None:
    text = (
        "Malawi and Zambia sign rail pact\n\n"
        "Malawi and Zambia signed a rail pact on Monday that links their copper and tobacco routes to the coast.\n\n"
        "The line is to open in 2029, the two transport ministries said.\n\n"
        "MORE FROM NYASA TIMES\n\nMozambique eyes port deal with Tanzania\n"
    )
    countries = names(parsed(text), "country")
    assert "Malawi" in countries and not {"Mozambique", "Tanzania"} & countries


def test_an_outlets_photographer_credit_inside_a_line_names_no_outlet() -> None:
    ex = run("The ministers at the signing (Nyasa Times: Grace Phiri) smiled as the pact was sealed in Lilongwe.")
    assert "Nyasa Times" not in names(ex, "organization")
    ex = run("Ministers met in Lilongwe on Monday (Reuters: Grace Phiri).\n\nThe talks went well.")
    assert "Reuters" not in names(ex, "organization")


def test_a_supplied_credit_names_no_body() -> None:
    ex = run("The ministers at the signing. (Supplied: Malawi Railways)\n\nThe talks went well, officials said.")
    assert "Malawi Railways" not in names(ex, "organization")
    ex = run("Malawi Railways supplied the wagons for the new line, officials said.")
    assert "Malawi Railways" in names(ex, "organization")
