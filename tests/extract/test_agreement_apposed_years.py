"""Rules dated_description_before, dated_description_after and dated_making_aside: a named
agreement undated by the words next to it takes the year of a description set beside its
name; a count that is no date, or a description told apart by a clause, gives none."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str, name: str = "Andean Water Accord") -> int | None:
    found = run(text, published="2025-06-10").agreements
    return next(g for g in found if g.name == name).year


def test_a_dated_description_before_the_name() -> None:
    assert _year("Talks resumed under the 2009 river pact, the Andean Water Accord, officials said.") == 2009


def test_a_dated_description_with_a_partner_before_the_name() -> None:
    text = "Farmers still recall a 2011 deal with the rebels, the Andean Water Accord (AWA), which a court later annulled."
    assert _year(text) == 2011


def test_a_description_after_the_name_the_sides_signed() -> None:
    text = "Peru still applies the Andean Water Accord (AWA), a river-sharing pact the two states signed in 2014."
    assert _year(text) == 2014


def test_a_description_after_the_name_agreed_by_a_body() -> None:
    text = "Peru relies on the Andean Water Accord, a water-sharing framework adopted by the Andean Community (CAN) in May 2012."
    assert _year(text) == 2012


def test_a_launch_aside_past_who_and_where() -> None:
    text = "Chile joins the Andean Water Accord, launched by President Boric at a summit of river states in Arica in March 2021."
    assert _year(text) == 2021


def test_a_count_after_the_verb_is_no_date() -> None:
    text = "Peru relies on the Andean Water Accord, a water pact agreed by 2000 farmers at a meeting last spring."
    assert _year(text) != 2000
