"""Rule first_name_dropped: a name without its first given name or two is the same person."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_name_without_its_first_word_is_an_alias() -> None:
    ex = run("President Ahmed Karim Osei opened the port. Later, Karim Osei said the deal with Ghana was ready.")
    p = actor(ex, "Ahmed Karim Osei", "person")
    assert p is not None and "Karim Osei" in p.aliases
    assert actor(ex, "Karim Osei", "person") is None


def test_the_longer_name_is_shown_whichever_comes_first() -> None:
    ex = run("Karim Osei said the deal with Ghana was ready, and President Ahmed Karim Osei agreed.")
    assert actor(ex, "Ahmed Karim Osei", "person") is not None
    assert actor(ex, "Karim Osei", "person") is None


def test_two_names_sharing_only_a_surname_stay_two_people() -> None:
    ex = run("Minister Karim Osei met Minister Ama Osei in Accra, and Ama Osei said the pact with Togo was fair.")
    assert actor(ex, "Karim Osei", "person") is not None
    assert actor(ex, "Ama Osei", "person") is not None


def test_two_given_names_left_off_before_a_double_surname() -> None:
    ex = run('President Andrés Manuel Obregón Ruiz hailed the deal. "It is good," Obregón Ruiz said later.')
    assert actor(ex, "Andrés Manuel Obregón Ruiz", "person") is not None
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Andrés Manuel Obregón Ruiz"]
    ex = run("President Luiz Inácio Lula da Silva spoke on Monday. Lula da Silva said the deal was good.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Luiz Inácio Lula da Silva"]
