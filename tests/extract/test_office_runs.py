"""Where an office written after a name ends (office_runs.py)."""

from __future__ import annotations

from tests.extract_support import actor, run


def titles(ex, name):
    return [r.title for r in actor(ex, name).roles]


def test_office_of_a_body_its_owner_has() -> None:
    """Rule office_of_owned_body: the body after the owner's possessive is in the office."""
    ex = run("Aziz Karimov, chairman of Uzbekistan's State Security Service, met the delegation.")
    assert [(r.title, r.affiliation) for r in actor(ex, "Aziz Karimov").roles] == [
        ("chairman of Uzbekistan's State Security Service", "Uzbekistan")
    ]


def test_lower_case_unit_of_a_body_closes_the_office() -> None:
    ex = run("Kofi Mensah, head of the ECOWAS observer mission, said the vote was fair.")
    assert titles(ex, "Kofi Mensah") == ["head of the ECOWAS observer mission"]
    ex = run("Kofi Mensah, head of the ECOWAS mission in Mali, said the vote was fair.")
    assert titles(ex, "Kofi Mensah") == ["head of the ECOWAS"]


def test_office_after_a_principal_s_name() -> None:
    """Rule principal_possessive_office: the adviser, not the principal's office."""
    ex = run("Kofi Mensah, who is President Ruto's national security adviser, said talks went well.")
    assert titles(ex, "Kofi Mensah") == ["national security adviser"]


def test_representative_of_a_body_is_an_office() -> None:
    ex = run("Kofi Mensah, representative of the National Liberation Front, signed the accord.")
    assert titles(ex, "Kofi Mensah") == ["representative of the National Liberation Front"]


def test_chief_executive_of_a_body_before_the_holder() -> None:
    ex = run("CEO of Orion Dynamics Sunil Rao said exports would double.")
    assert titles(ex, "Sunil Rao") == ["CEO of Orion Dynamics"]
    ex = run("Chief Executive of the Volta River Authority Kofi Mensah said power exports would double.")
    assert titles(ex, "Kofi Mensah") == ["Chief Executive of the Volta River Authority"]


def test_a_known_body_opening_an_office_is_named() -> None:
    """Rule body_in_office: "Treasury Secretary A" names the U.S. Treasury, in the text's form."""
    ex = run("Treasury Secretary Mark Hale said tariffs would stay.")
    treasury = [a for a in ex.actors if a.kind == "organization" and a.name == "U.S. Treasury"]
    assert treasury and "Treasury" in treasury[0].aliases
    ex = run("British Foreign Secretary Ann Lee met Defence Secretary John Ward.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_lower_case_unit_of_a_named_body() -> None:
    from tests.extract_support import actor as find_actor
    from tests.extract_support import run as run_text

    ex = run_text("Hans Becker, head of the foreign affairs committee of the Bundestag, said the vote was close.")
    p = find_actor(ex, "Hans Becker", "person")
    assert p is not None and p.roles[0].title == "head of the foreign affairs committee of the Bundestag"
