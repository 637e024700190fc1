"""Rule defined_deal_acronym: an acronym defined in brackets after a described agreement is
that kind of text's short name: no body the gazetteer knows by those letters, another text of
that kind when written again with a partner of its own, and the one it named when alone."""

from __future__ import annotations

from tests.extract_support import run

_DEFINED = "ADNOC has entered into a long-term sale and purchase agreement (SPA) with Bharat Petroleum for gas."


def test_the_acronym_is_the_agreements_and_no_agency() -> None:
    ex = run(_DEFINED + " The SPA runs until 2040.", published="2024-06-01")
    (g,) = ex.agreements
    assert "SPA" in g.aliases + g.keywords and set(g.parties) == {"ADNOC", "Bharat Petroleum"}
    assert all(a.name != "Saudi Press Agency" for a in ex.actors)


def test_written_again_with_another_partner_is_another_text() -> None:
    ex = run(_DEFINED + " In March 2021, ADNOC signed a 15-year SPA with Cameco for uranium.", published="2024-06-01")
    other = next(g for g in ex.agreements if "Cameco" in g.parties)
    assert set(other.parties) == {"ADNOC", "Cameco"} and other.year == 2021 and other.status == "signed"
    assert len(ex.agreements) == 2


def test_letters_that_are_not_the_initials_are_left_alone() -> None:
    ex = run("ADNOC has entered into a long-term supply agreement (SPA) with Bharat Petroleum for gas.", published="2024-06-01")
    (g,) = ex.agreements
    assert "SPA" not in g.aliases + g.keywords
