"""Rules named_after_description, told_after_name and likened_apart: a defence or security pact
described before the treaty's name is that treaty, as any other pact is; a bare "the accord"
told after the name is it too once the name's sides are known; "a similar pact" names no text."""

from __future__ import annotations

from tests.extract_support import run

_STORY = (
    "Chile, Peru defense pact takes effect\n\n"
    "A defense pact between Chile and Peru that lets their forces train on each other's soil entered into "
    "force on Thursday, as the two neighbours step up security ties.\n\n"
    "The Andean Access Agreement, signed in Lima in July last year, eases the entry of troops and weapons.\n\n"
    "The accord was ratified by the Peruvian Congress in December and approved by Chile's Senate in June."
)


def test_a_defense_pact_described_before_the_name_is_the_named_treaty() -> None:
    found = run(_STORY, headings=(0,)).agreements
    assert [g.name for g in found] == ["Andean Access Agreement"], [g.name for g in found]
    named = found[0]
    assert set(named.parties) == {"Chile", "Peru"}
    assert "defense pact" in named.keywords and "accord" in named.keywords


def test_a_pact_likened_to_another_names_no_text_without_sides() -> None:
    found = run(
        _STORY
        + "\n\nChile has also begun negotiations with Bolivia on a similar pact.\n\n"
        "Peru has hosted US troops under a Visiting Forces Agreement signed in 1998.",
        headings=(0,),
    ).agreements
    similar = [g for g in found if "similar pact" in (*g.keywords, *g.aliases)]
    assert len(similar) == 1 and similar[0].name != "Visiting Forces Agreement", [g.name for g in found]
    assert set(similar[0].parties) == {"Chile", "Bolivia"}


def test_a_bare_accord_after_a_name_of_other_sides_stays_apart() -> None:
    found = run(
        "Chile and Peru signed the Andean Access Agreement in Lima on Monday.\n\n"
        "Separately, Bolivia and Paraguay signed a water pact. The pact was ratified at once.",
    ).agreements
    assert len(found) == 2, [g.name for g in found]
