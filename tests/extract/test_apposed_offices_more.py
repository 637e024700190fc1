"""Offices set off after a name in more shapes: "who heads the X" (rule who_heads_body), a
qualifier before the office ("a former deputy governor", "interim CEO": rule
qualified_appositive), and "deputy" before an office the gazetteer lacks."""

from __future__ import annotations

from tests.extract_support import actor, run


def _role(ex, name: str) -> tuple[str, str | None]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return p.roles[0].title, p.roles[0].affiliation


def test_who_heads_a_named_body() -> None:
    ex = run("Rates rose in March, Lara Okoro, who heads the Kestrel Bank, told reporters.")
    assert _role(ex, "Lara Okoro") == ("head of the Kestrel Bank", "Kestrel Bank")


def test_who_chairs_a_national_body() -> None:
    ex = run("Prices held, Kwame Asante, who chairs the Ghana Cocoa Board, said on Monday.")
    assert _role(ex, "Kwame Asante") == ("chair of the Ghana Cocoa Board", "Ghana")


def test_who_leads_an_owner_only_is_no_office() -> None:
    ex = run("Lara Okoro, who leads Nigeria's Senate, spoke on Monday.")
    p = actor(ex, "Lara Okoro", "person")
    assert p is None or all(not r.title.startswith("head of") for r in p.roles)


def test_former_deputy_governor_after_the_name() -> None:
    ex = run("Reserves fell, Lara Okoro, a former deputy governor of the central bank, said in 2014.")
    assert _role(ex, "Lara Okoro")[0] == "former deputy governor of the central bank"


def test_interim_chief_executive_after_the_name() -> None:
    ex = run("Output rose, Tom Reyes, interim CEO of Arvo Energy, said on Friday.")
    assert _role(ex, "Tom Reyes") == ("interim CEO of Arvo Energy", "Arvo Energy")


def test_deputy_prime_minister_keeps_the_gazetteer_office() -> None:
    ex = run("Tom Reyes, deputy prime minister of Chile, said the accord would hold.")
    assert _role(ex, "Tom Reyes") == ("deputy prime minister of Chile", "Chile")


def test_hyphened_office_after_the_name() -> None:
    ex = run("The fuel deal was signed by Ivan Petrov, vice-president of Arvo Energy, in Minsk.")
    assert _role(ex, "Ivan Petrov") == ("vice-president of Arvo Energy", "Arvo Energy")


def test_editor_in_chief_after_the_name() -> None:
    ex = run("Omar Haddad, editor-in-chief of the Daily Courier, called the purchase a win.")
    assert _role(ex, "Omar Haddad")[0] == "editor-in-chief of the Daily Courier"


def test_deputy_chairperson_after_the_name() -> None:
    ex = run("Lina Sorel, deputy chairperson of the Kestrel Bank, attended the ceremony.")
    assert _role(ex, "Lina Sorel") == ("deputy chairperson of the Kestrel Bank", "Kestrel Bank")
