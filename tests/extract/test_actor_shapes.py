"""Actors on fresh news shapes: an abbreviation written without its last stop ("the U.S,")
is still the country, and a treaty "with" a partner the text does not resolve gets no
half-empty party list (rule treaty_with needs both sides)."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_us_without_final_stop_is_the_country() -> None:
    ex = run("Trade envoys from Peru met officials of the U.S, who promised new quotas.")
    assert actor(ex, "United States", "country") is not None


def test_treaty_with_unknown_partner_keeps_the_actors() -> None:
    ex = run(
        "Last month Tonga's Police Minister Sione Vaka signed a policing agreement with the Zorbian "
        "side, which drew protests in Nuku'alofa."
    )
    assert actor(ex, "Sione Vaka", "person") is not None
    assert all(None not in [p for p, _ in a.parties] for a in ex.agreements)
