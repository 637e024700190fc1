"""A bracketed list of members after a body stands for that body: two such bodies joined are an
agreement's parties, not their member countries (rule bracketed_members)."""

from __future__ import annotations

from tests.extract_support import run


def test_two_bodies_with_member_lists_are_the_parties() -> None:
    text = (
        "The Gulf Cooperation Council (Kuwait, Oman, Qatar and Bahrain among them) and the EFTA "
        "countries (Norway, Iceland and Switzerland) sealed a customs pact in Muscat."
    )
    (g,) = run(text).agreements
    assert g.parties == ["Gulf Cooperation Council", "European Free Trade Association"]


def test_a_body_with_members_and_a_plain_body() -> None:
    (g,) = run("Mercosur (Argentina, Brazil, Paraguay and Uruguay) and the European Union signed a trade pact.").agreements
    assert g.parties == ["Mercosur", "European Union"]


def test_a_bracket_that_is_no_member_list_changes_nothing() -> None:
    (g,) = run("Peru (a member of Mercosur) and Chile signed a trade pact.").agreements
    assert g.parties == ["Peru", "Chile"]


def test_a_plain_country_list_is_still_the_parties() -> None:
    (g,) = run("Iceland, Norway and Switzerland signed a trade pact.").agreements
    assert g.parties == ["Iceland", "Norway", "Switzerland"]
