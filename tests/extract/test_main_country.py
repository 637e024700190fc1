"""A government office the text ties to no country belongs, as a last resort, to the country
the story opens on and names most often (rule main-country); not when another country is
named more often, nor for an office that is no government's."""

from __future__ import annotations

from tests.extract_support import actor, run


def _affs(text: str, name: str) -> list[str | None]:
    ex = run(text)
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [r.affiliation for r in p.roles]


OPENS_ON_PERU = (
    "Peru will buy three patrol ships from South Korea, the government said on Monday. "
    "The purchase is the largest naval order Peru has placed in a decade. "
    "Officials said Peru would pay in four instalments.\n\n"
    "Defence Minister Walter Astudillo said the first ship would arrive in 2026."
)


def test_an_office_with_no_cue_is_of_the_country_the_story_is_about() -> None:
    assert "Peru" in _affs(OPENS_ON_PERU, "Walter Astudillo")


def test_a_spokesperson_in_a_story_of_one_country() -> None:
    text = (
        "Ghana has secured a new loan for its cocoa sector. Ghana expects the money in May, "
        "and Ghana's farmers have welcomed it.\n\n"
        "Government spokeswoman Ama Boateng said the terms were fair."
    )
    assert "Ghana" in _affs(text, "Ama Boateng")


def test_a_country_named_more_often_than_the_opening_one_leaves_it_open() -> None:
    text = (
        "Chile signed a lithium deal with China on Monday. China will invest in two plants, "
        "China's envoy said, and China will buy most of the output.\n\n"
        "Mining Minister Aurora Williams said the plants would open in 2027."
    )
    assert "Chile" not in _affs(text, "Aurora Williams")


def test_a_country_named_only_twice_is_not_enough() -> None:
    text = "Fiji opened a new wharf on Friday. Fiji paid for it alone, Japan said.\n\nWorks Minister Jone Vakaloloma cut the ribbon."
    assert "Fiji" not in _affs(text, "Jone Vakaloloma")


def test_an_office_that_is_no_governments_is_left_alone() -> None:
    text = OPENS_ON_PERU.replace("Defence Minister Walter Astudillo", "Navy commander Walter Astudillo")
    ex = run(text)
    p = actor(ex, "Walter Astudillo", "person")
    assert p is None or all(r.affiliation != "Peru" or r.affiliation_rule != "main-country" for r in p.roles)
