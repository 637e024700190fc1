"""Rules passive_with and under_with: an indefinite agreement whose sentence names only the
partner it was made with is that partner's and the article's country's (or the sentence's
opening actor's)."""

from __future__ import annotations

import pytest

from tests.extract_support import run

# Lead sentences that make the article about one country (named three times as an actor).
_KENYA = "Kenya is expanding its navy. Kenya has three ports, and Kenya plans more.\n\n"
_CHILE = "Chile has long sought new frigates. Chile wants ships, and Chile has the money.\n\n"
_ZAMBIA = "Zambia defaulted in 2020. Zambia then sought relief, and Zambia asked lenders.\n\n"
_VIETNAM = "Vietnam is expanding its grid. Vietnam needs power, and Vietnam is short of gas.\n\n"
_GHANA = "Ghana wants rail links. Ghana says Ghana will borrow to build them.\n\n"
_PERU = "Peru needs a new airport. Peru is growing, and Peru expects more visitors.\n\n"
_BRITAIN = "Britain is renewing its fleet. Britain ordered eight ships, and Britain wants more.\n\n"
_BRAZIL = "Brazil welcomed the move. Brazil said the talks went well, and Brazil thanked its hosts.\n\n"


def _pairs(text: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(g.parties), g.status) for g in run(text, published="2024-06-10").agreements]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (_KENYA + "A contract for six patrol vessels was signed with Damen Shipyards on Monday.", ["Damen Shipyards", "Kenya"]),
        (_CHILE + "A $400 million contract was also signed with Navantia the same day, officials said.", ["Chile", "Navantia"]),
        (_ZAMBIA + "Two loan agreements were concluded in Paris last week with the Export-Import Bank of China.", ["Export-Import Bank of China", "Zambia"]),
        (_PERU + "A concession agreement was finally signed in Lima with Siemens for 30 years.", ["Peru", "Siemens"]),
        (_GHANA + "A $2 billion railway contract was awarded to China Railway Construction Corporation in 2019.", ["China Railway", "Ghana"]),
        (_VIETNAM + "A memorandum of understanding on liquefied natural gas was inked with Japan on Friday.", ["Japan", "Vietnam"]),
        (_BRAZIL + "A new agreement with Argentina was signed on Tuesday.", ["Argentina", "Brazil"]),
        (_BRITAIN + "The last five were ordered under a £4.2 billion contract with BAE Systems in 2022.", ["BAE Systems", "United Kingdom"]),
        ("Peru built the coastal road under a contract with Siemens signed in 2010.", ["Peru", "Siemens"]),
        (_KENYA + "The first six boats were delivered under a memorandum of understanding with Turkey.", ["Kenya", "Turkey"]),
        ("Iran freed five Americans in a prisoner swap with the United States.", ["Iran", "United States"]),
        ("Norway joined the gas project in a deal with Germany in 2019.", ["Germany", "Norway"]),
    ],
)
def test_the_partner_and_the_home_side_make_the_agreement(text: str, parties: list[str]) -> None:
    found = _pairs(text)
    assert any(p == parties for p, _ in found), found


def test_a_passive_signing_is_signed() -> None:
    (found,) = _pairs(_KENYA + "A contract for six patrol vessels was signed with Damen Shipyards on Monday.")
    assert found[1] == "signed"


def test_without_a_country_the_article_is_about_no_side_is_guessed() -> None:
    assert _pairs("A contract for six patrol vessels was signed with Damen Shipyards on Monday.") == []


def test_a_partner_that_is_the_home_country_makes_no_pair() -> None:
    assert _pairs(_KENYA + "A contract for six patrol vessels was signed with Kenya on Monday.") == []


def test_a_clause_between_noun_and_passive_is_not_read() -> None:
    assert _pairs(_KENYA + "A deal that Tanzania opposed was signed with Uganda.") == []


def test_a_dispute_or_talks_in_a_phrase_is_no_agreement() -> None:
    assert _pairs("Kenya is in a dispute with Uganda over the island.") == []


def test_a_passive_not_opening_its_sentence_is_not_read() -> None:
    assert all(p != ["Kenya", "Uganda"] for p, _ in _pairs(_KENYA + "Officials said that in March a deal was signed with Uganda."))


@pytest.mark.parametrize(
    ("text", "parties", "status"),
    [
        ("Malaysia said it expected to finalise a new supplementary agreement with Siemens on the project soon.", ["Malaysia", "Siemens"], "under_negotiation"),
        (_KENYA + "It hopes to sign a defence pact with Uganda next year.", ["Kenya", "Uganda"], "proposed"),
        (_KENYA + "The government signed a defence pact with Uganda on Monday.", ["Kenya", "Uganda"], "signed"),
        (_CHILE + "The government will now move to negotiate a binding contract with Navantia.", ["Chile", "Navantia"], "under_negotiation"),
    ],
)
def test_a_text_made_with_a_partner_by_a_pronoun_or_the_government(text: str, parties: list[str], status: str) -> None:
    """Rule made_with: the sentence's opening actor, else the article's country, is the other side;
    the status is the verb's own, never "signed" by default."""
    found = _pairs(text)
    assert (parties, status) in found, found
