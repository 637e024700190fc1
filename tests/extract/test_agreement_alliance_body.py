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


def test_an_alliance_of_its_member_groups_is_a_body() -> None:
    """Rule alliance_of_members: "of" and lower-case words naming members after the name."""
    for text, body in (
        ("The army and the Mekong Brotherhood Alliance of ethnic armed groups agreed to a ceasefire in Kunming.", "Mekong Brotherhood Alliance"),
        ("The Northern Freedom Coalition of rebel factions rejected the truce on Sunday.", "Northern Freedom Coalition"),
        ("Talks stalled after the Delta Salvation Front of militias walked out.", "Delta Salvation Front"),
    ):
        agreements, orgs = _names(text)
        assert body not in agreements and body in orgs, text


def test_a_political_leaning_makes_an_alliance_a_party() -> None:
    """Rule leaning_party: "the left-wing X Alliance", "the ruling X Coalition"."""
    for text, body in (
        ("Critics, including the left-wing Red-Blue Alliance, argued the deal gave Oslo too much.", "Red-Blue Alliance"),
        ("The ruling Democratic Coalition won a majority in the vote.", "Democratic Coalition"),
        ("The opposition National Unity Front called the accord a betrayal.", "National Unity Front"),
        ("Members of the centre-right Civic Alliance walked out of parliament.", "Civic Alliance"),
    ):
        agreements, _orgs = _names(text)
        assert body not in agreements, text


def test_a_pact_of_states_with_a_year_stays_an_agreement() -> None:
    agreements, _orgs = _names("Fiji and Tonga signed the Pacific Fisheries Alliance in 2021, a pact of coastal states.")
    assert agreements == ["Pacific Fisheries Alliance"]
    agreements, _orgs = _names("Ghana and Togo joined the Volta Basin Pact of 2019.")
    assert agreements == ["Volta Basin Pact"]


def test_a_name_set_beside_a_body_noun_is_a_body() -> None:
    """Rule apposed_body: "a broader coalition, the X Framework", "the X Accord, a coalition of ...\""""
    for text, body in (
        ("The group is now part of a broader coalition, the Permanent Strategic Framework for Peace and Unity (PSF).", "Permanent Strategic Framework for Peace and Unity"),
        ("The rebels joined the Northern Accord, a coalition of armed groups that rejects the truce.", "Northern Accord"),
        ("Talks stalled after the Salween Declaration, an alliance of opposition parties, walked out.", "Salween Declaration"),
        ("Its umbrella group, the Coastal Peace Pact, said it would keep fighting.", "Coastal Peace Pact"),
    ):
        agreements, _orgs = _names(text)
        assert body not in agreements, text


def test_a_name_beside_a_text_noun_or_an_owner_stays_a_text() -> None:
    for text, name in (
        ("Chile and Peru signed the Arica Water Accord, a treaty that shares the river, in 2019.", "Arica Water Accord"),
        ("Fiji and Tonga signed the Suva Declaration, the group's founding charter, in 2012.", "Suva Declaration"),
        ("Kenya signed the Moyale Accord, a deal with Ethiopia, in May.", "Moyale Accord"),
    ):
        agreements, _orgs = _names(text)
        assert name in agreements, text


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
