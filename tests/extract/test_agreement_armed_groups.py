"""Armed movements and former rebel parties the gazetteer knows are parties of the truces and
peace accords they sign with a government."""

from __future__ import annotations

from tests.extract_support import run


def test_a_former_rebel_movement_is_a_truce_party() -> None:
    ex = run("Renamo and the government of Mozambique signed a truce on Friday after talks in Gorongosa.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Renamo", "Mozambique"} and g.status == "signed"


def test_a_known_peace_accord_keeps_its_parties() -> None:
    ex = run("Elections in Mozambique have been held under the Rome General Peace Accords ever since.")
    (g,) = ex.agreements
    assert g.name == "Rome General Peace Accords" and set(g.parties) == {"Mozambique", "Renamo"}


def test_a_hutu_rebel_group_is_known_by_its_full_name() -> None:
    ex = run("Burundi and the Palipehutu-FNL agreed a truce in Dar es Salaam.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Burundi", "Palipehutu-FNL"}
