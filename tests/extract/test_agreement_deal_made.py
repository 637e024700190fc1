"""Rule deal_made: news tells a deal made in more words than "signed" ("penned", "forged",
"landed", "closed", "hammered out", "carried out", "put pen to paper on"); their subject and the partner
after "with" are the parties, and the deal is signed."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay penned a fisheries accord with Paraguay on Monday.",
        "Uruguay and Paraguay penned a fisheries accord on Monday.",
        "Uruguay pens a fisheries accord with Paraguay.",
        "Uruguay and Paraguay hammered out a fisheries accord after two days of talks.",
        "Negotiators for Uruguay worked out a fisheries accord with Paraguay in Asuncion.",
        "Uruguay and Paraguay forged a fisheries accord in 2024.",
        "Uruguay landed a fisheries accord with Paraguay last week.",
        "Uruguay and Paraguay put pen to paper on a fisheries accord on Friday.",
        "Uruguay secured a fisheries accord with Paraguay on Friday.",
        "The ministers of Uruguay and Paraguay thrashed out a fisheries accord overnight.",
        "Uruguay closed a fisheries accord with Paraguay after ten years of talks.",
    ],
)
def test_a_deal_made_in_other_words_has_both_sides(text: str) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == {"Uruguay", "Paraguay"} and g.status == "signed"


def test_a_prisoner_swap_carried_out_with_a_partner() -> None:
    (g,) = run("Belarus carried out a prisoner swap with Lithuania in 2023.").agreements
    assert set(g.parties) == {"Belarus", "Lithuania"} and g.status == "signed" and g.year == 2023


def test_a_completed_swap_has_its_sides() -> None:
    (g,) = run("Gabon completed a debt-for-nature swap with Cameroon in 2023.").agreements
    assert set(g.parties) == {"Gabon", "Cameroon"} and "swap" in g.name


def test_an_essay_penned_by_a_minister_is_no_deal() -> None:
    assert run("Uruguay's minister penned an essay on trade with Paraguay.").agreements == []


def test_a_plan_worked_out_alone_makes_no_pair() -> None:
    ex = run("Uruguay worked out a budget plan for the coming year.")
    assert all(len(g.parties) < 2 for g in ex.agreements)
