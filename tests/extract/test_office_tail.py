"""Rule office_in_charge_of: an office after a name runs on through the office it serves and
what it is in charge of; a relative clause after the office is no part of it."""

from __future__ import annotations

from tests.extract_support import actor, run


def _titles(ex, name: str) -> list[str]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [r.title for r in p.roles]


def test_an_office_serving_another_and_in_charge_of_a_portfolio() -> None:
    ex = run("The pact was signed with Karim Alaoui, the Minister Delegate to the Head of Government in charge of the Budget, in Rabat.")
    assert _titles(ex, "Karim Alaoui") == ["Minister Delegate to the Head of Government in charge of the Budget"]


def test_an_office_in_charge_of_a_portfolio() -> None:
    ex = run("Hans Becker, the Minister of State in charge of Ports, said the deal was fair.")
    assert _titles(ex, "Hans Becker") == ["Minister of State in charge of Ports"]


def test_a_relative_clause_is_no_part_of_the_office() -> None:
    ex = run("Maria Lopez, the minister, who is in charge of the talks, said the deal was fair.")
    assert _titles(ex, "Maria Lopez") == ["minister"]


def test_the_body_an_office_is_in_charge_of_is_no_owner() -> None:
    ex = run(
        "Morocco and Spain signed the pact in Rabat on Monday. It was signed by Karim Alaoui, the Minister "
        "Delegate to the Head of Government in charge of the National Budget Administration."
    )
    p = actor(ex, "Karim Alaoui", "person")
    assert p is not None and p.roles[0].affiliation != "National Budget Administration"
