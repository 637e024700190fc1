"""A lender's or agency's Country Director (Manager, Representative) is an office."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_country_director_after_a_name_is_the_persons_office() -> None:
    ex = run("The grant was signed by Anna Berg, World Bank Country Director for Ghana.")
    p = actor(ex, "Anna Berg", "person")
    assert p is not None and any("Country Director" in r.title for r in p.roles)


def test_a_country_representative_before_a_name_is_a_title() -> None:
    ex = run("UNICEF Country Representative Lars Holm met officials in Accra to sign the plan with Ghana.")
    p = actor(ex, "Lars Holm", "person")
    assert p is not None and any("Country Representative" in r.title for r in p.roles)
