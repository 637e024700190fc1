"""Rule passive_between: a passive signing right after the noun ("an accord was signed between
A and B", "has been concluded between") gives the two sides; a "between" of another noun after
the verb ("was reached during a meeting between") gives none."""

from __future__ import annotations

from tests.extract_support import run


def test_was_signed_between_gives_both_sides() -> None:
    (g,) = run("A fisheries accord was signed between Chile and Peru in 2016.", published="2025-01-01").agreements
    assert set(g.parties) == {"Chile", "Peru"} and g.status == "signed" and g.year == 2016


def test_has_been_concluded_between_gives_both_sides() -> None:
    (g,) = run("A transit agreement has been concluded between Chile and Bolivia.", published="2025-01-01").agreements
    assert set(g.parties) == {"Chile", "Bolivia"}


def test_a_between_of_a_meeting_gives_no_sides() -> None:
    out = run("An accord was reached during a meeting between Chile and Peru.", published="2025-01-01")
    assert not any(set(g.parties) == {"Chile", "Peru"} for g in out.agreements)
