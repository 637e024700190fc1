"""Signatories and "between" further from the noun.

Rules: signatories_offices (the signatories' commas go on), signed_by with "on behalf of",
between_later ("the accord signed between X and Y", "an agreement on travel between X and Y"),
between_year (its year past the parties), bare_named_noun ("The Memorandum was signed by ..."
is the memorandum named before)."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str, **kw):
    (g,) = run(text, **kw).agreements
    return g


def test_signatories_with_their_offices_and_commas() -> None:
    g = _only(
        "The memorandum was signed by the Minister of Trade of Kenya, Lee Kinyanjui, "
        "and the Minister of Industry of Rwanda, Prudence Sebahizi."
    )
    assert set(g.parties) == {"Kenya", "Rwanda"} and g.status == "signed"


def test_a_comma_opening_another_clause_ends_the_signatories() -> None:
    ex = run("The memorandum was signed by the Minister of Trade of Kenya, who said Rwanda and Uganda would follow.")
    assert all(set(g.parties) != {"Kenya", "Rwanda", "Uganda"} for g in ex.agreements)


def test_signed_on_behalf_of_each_country() -> None:
    g = _only("The treaty was signed on behalf of Bolivia by its foreign minister and on behalf of Peru by its ambassador.")
    assert set(g.parties) == {"Bolivia", "Peru"}


def test_an_accord_signed_between_two_countries_with_its_year() -> None:
    g = _only("The accord signed between Honduras and Nicaragua in 1998 settled the dispute.")
    assert set(g.parties) == {"Honduras", "Nicaragua"} and g.year == 1998


def test_an_agreement_on_a_subject_between_two_countries() -> None:
    g = _only("An agreement on visa-free travel between Georgia and Moldova takes effect on Monday.")
    assert set(g.parties) == {"Georgia", "Moldova"}


def test_a_name_between_the_noun_and_between_stops_the_reading() -> None:
    ex = run("An agreement on Sunday Trading between shops was debated in Lima.")
    assert ex.agreements == []


def test_the_bare_noun_after_a_name_is_the_named_one() -> None:
    text = (
        "Chile and Bolivia signed the Memorandum of Understanding on Lithium Cooperation in La Paz.\n\n"
        "The Memorandum was signed by the Chilean minister and the Bolivian minister."
    )
    ex = run(text)
    (g,) = ex.agreements
    assert g.name == "Memorandum of Understanding on Lithium Cooperation" and set(g.parties) == {"Chile", "Bolivia"}
