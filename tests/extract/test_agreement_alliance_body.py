"""Rule alliance_body: a named alliance the text treats as a body is an organisation, and "the
alliance" after it is that body, no agreement."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> tuple[list[str], list[str]]:
    e = run(text, published="2024-01-12")
    return sorted(g.name for g in e.agreements), sorted(a.name for a in e.actors if a.kind == "organization")


def test_armed_groups_of_an_alliance_make_it_a_body() -> None:
    text = (
        "Myanmar's junta and the three armed groups of the Kachin Unity Alliance agreed to an immediate ceasefire on Friday.\n\n"
        "The alliance launched its offensive in October."
    )
    agreements, orgs = _names(text)
    assert "Kachin Unity Alliance" in orgs
    assert agreements == ["Myanmar-Kachin Unity Alliance immediate ceasefire"]


def test_an_alliance_that_speaks_is_a_body() -> None:
    agreements, orgs = _names("The Sagaing Patriotic Alliance said it would keep fighting the army in Myanmar.")
    assert agreements == [] and orgs == ["Sagaing Patriotic Alliance"]


def test_an_alliance_that_is_signed_stays_an_agreement() -> None:
    agreements, _orgs = _names("Chile and Peru signed the Andean Water Alliance on Friday.")
    assert agreements == ["Andean Water Alliance"]
