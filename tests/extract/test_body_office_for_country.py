"""Rule body_office_for_country: an office after a name that a body opens and a country closes
(", IMF Mission Chief for Nepal,") is the body's, not the country's; a mission chief is an
office of the role gazetteer."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_a_lenders_mission_chief_for_a_country() -> None:
    ex = run("The talks were led by Peter Brandt, IMF Mission Chief for Nepal, in Kathmandu.")
    assert _roles(ex, "Peter Brandt") == [("IMF Mission Chief for Nepal", "International Monetary Fund")]


def test_a_un_envoy_for_a_country() -> None:
    ex = run("Ana Soto, UN Special Envoy for Yemen, said the truce held.")
    assert _roles(ex, "Ana Soto") == [("UN Special Envoy for Yemen", "United Nations")]


def test_an_envoy_for_a_country_with_no_body_keeps_the_country() -> None:
    ex = run("Ana Soto, Special Envoy for Yemen, said the truce held.")
    assert _roles(ex, "Ana Soto") == [("Special Envoy for Yemen", "Yemen")]
