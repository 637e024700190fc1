"""Rule alliance_body: a named alliance the text treats as a body (also one making a text with
a side) is an organisation, and "the alliance" after it is that body, no agreement."""

from __future__ import annotations

import pytest

from tests.extract_support import names, run


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


@pytest.mark.parametrize(
    "text",
    [
        "The Three Brotherhood Alliance and Myanmar's junta agreed to a ceasefire.",
        "Myanmar's military regime and the Three Brotherhood Alliance of ethnic armed groups have agreed to an immediate ceasefire.",
        "The Kachin Unity Alliance has agreed to a ceasefire with Myanmar.",
        "Myanmar signed a ceasefire with the Northern Alliance on Monday.",
        "The Northern Alliance signed a truce with Myanmar in 2019.",
    ],
)
def test_an_alliance_that_makes_a_text_with_a_side_is_that_side(text: str) -> None:
    ex = run(text, published="2024-05-10")
    (g,) = ex.agreements
    assert len(g.parties) == 2 and any("Alliance" in p for p in g.parties)
    assert any("Alliance" in o for o in names(ex, "organization"))


def test_a_named_alliance_a_state_ratifies_stays_a_text() -> None:
    (g,) = run("Peru ratified the Pacific Alliance in 2012.").agreements
    assert g.name == "Pacific Alliance"
