"""A movement or company named through its country's possessive is the side of a deal."""

from __future__ import annotations

from tests.extract_support import run


def test_a_movement_named_through_its_country_is_the_side() -> None:
    ex = run("Qatar has brokered a truce between Lebanon's Hezbollah movement and Israel, officials said on Tuesday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Hezbollah", "Israel"}]


def test_a_known_group_after_the_possessive_is_the_side_in_either_place() -> None:
    ex = run("Oman mediated a ceasefire between the United States and Yemen's Houthi rebels on Friday.")
    assert [set(g.parties) for g in ex.agreements] == [{"United States", "Houthis"}]


def test_a_states_own_army_still_binds_the_state() -> None:
    ex = run("Kenya brokered a truce between Sudan's army and the rival RSF on Sunday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Sudan", "Rapid Support Forces"}]


def test_a_plain_country_side_is_unchanged() -> None:
    ex = run("Egypt brokered a truce between Israel and Lebanon on Sunday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Israel", "Lebanon"}]


def test_a_backer_before_the_group_is_not_the_side() -> None:
    ex = run("A 30-day ceasefire between Israel and the Iran-backed militant group Hezbollah came into effect on Wednesday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Israel", "Hezbollah"}]
    ex = run("A truce between Colombia and the Venezuela-based rebel group ELN came into effect on Wednesday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Colombia", "National Liberation Army"}]

