"""Rule creating_clause: a definite agreement noun defined by what it creates is a text of its
own: named by a named thing it creates, else described by it, between the sentence's countries
or the sides of the text the mention was first given to."""

from __future__ import annotations

from tests.extract_support import run


def test_a_treaty_establishing_a_confederation_binds_the_sentences_countries() -> None:
    (g,) = run("The leaders of Chad, Sudan and Libya on Saturday signed in Tripoli the treaty establishing a confederation between them.").agreements
    assert set(g.parties) == {"Chad", "Sudan", "Libya"} and g.name.endswith("confederation treaty")
    assert "treaty establishing a confederation" in g.keywords and g.unnamed


def test_an_agreement_creating_a_named_area_is_named_by_it() -> None:
    ex = run("Kenya, the largest economy, on Sunday signed the agreement creating the East African Free Trade Area (EAFTA).")
    (g,) = ex.agreements
    assert g.name == "East African Free Trade Area" and "EAFTA" in g.aliases and not g.unnamed


def test_the_treaty_is_no_mention_of_the_charter_told_before() -> None:
    ex = run("Chad, Sudan and Libya signed the Tripoli Charter, a defence pact, in 2023, and in 2024 they signed the treaty establishing a confederation between them.")
    names = sorted(g.name for g in ex.agreements)
    assert names == ["Chad-Sudan-Libya confederation treaty", "Tripoli Charter"]
    (g,) = [g for g in ex.agreements if g.unnamed]
    assert set(g.parties) == {"Chad", "Sudan", "Libya"}


def test_an_indefinite_pact_creating_something_is_left_alone() -> None:
    ex = run("Chad, Sudan and Libya signed the Tripoli Charter, a defence pact creating the Sahel Alliance, in 2023.")
    assert "Tripoli Charter" in [g.name for g in ex.agreements]
    assert all(not g.unnamed for g in ex.agreements)
