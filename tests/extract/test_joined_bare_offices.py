"""Rule joined_bare_offices: two capitalised offices joined by "and" with no name between are
one holder's compound office, before the name or after it; an office so joined to a next name
opens that name's entry in a list."""

from __future__ import annotations

from tests.extract_support import actor, run


def _titles(ex, name: str) -> list[str]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [r.title for r in p.roles]


def test_two_offices_before_the_name() -> None:
    ex = run("Deputy Prime Minister and Defence Minister Tom Harlow said the treaty was sound.")
    assert _titles(ex, "Tom Harlow") == ["Deputy Prime Minister and Defence Minister"]
    ex = run("The pact was inked by Crown Prince and Prime Minister Hamad bin Khalid in Doha.")
    assert _titles(ex, "Hamad bin Khalid") == ["Crown Prince and Prime Minister"]


def test_country_of_the_compound_office() -> None:
    ex = run("Ukraine's First Deputy Prime Minister and Economy Minister Olena Hrytsenko signed the deal.")
    p = actor(ex, "Olena Hrytsenko", "person")
    assert [(r.title, r.affiliation) for r in p.roles] == [("First Deputy Prime Minister and Economy Minister", "Ukraine")]


def test_after_an_article_the_first_office_may_be_another_holder() -> None:
    ex = run("The President and Prime Minister Ravi Nair met in Delhi on Monday.")
    assert _titles(ex, "Ravi Nair") == ["Prime Minister"]


def test_two_offices_after_the_name() -> None:
    ex = run("Prince Faisal bin Talal, Crown Prince and Prime Minister, and President Tom Ward signed the pact.")
    assert _titles(ex, "Faisal bin Talal") == ["Crown Prince and Prime Minister"]
    assert _titles(ex, "Tom Ward") == ["President"]


def test_joined_office_before_a_next_name_in_a_list() -> None:
    ex = run(
        "Army chief General Asif Karim, Deputy Prime Minister and Foreign Minister Ishaq Rana "
        "and Finance Minister Ali Baig were present at the ceremony."
    )
    assert _titles(ex, "Asif Karim") == ["Army chief"]
    assert _titles(ex, "Ishaq Rana") == ["Deputy Prime Minister and Foreign Minister"]
    assert _titles(ex, "Ali Baig") == ["Finance Minister"]
