"""Two-syllable romanised given names joined by a hyphen stay whole."""

from __future__ import annotations

from store.extract.syllables import given_syllables
from tests.extract_support import actor, run


def test_a_lower_case_second_syllable_after_a_surname_stays_in_the_name() -> None:
    ex = run("Defense Minister Shin Dong-hoon met Foreign Minister Paek Yong-back in Warsaw.")
    assert actor(ex, "Shin Dong-hoon", "person") is not None
    assert actor(ex, "Paek Yong-back", "person") is not None


def test_english_compounds_are_no_given_names() -> None:
    assert not given_syllables("York", "based", True)
    assert not given_syllables("Navy", "led", True)
    assert not given_syllables("Gyu", "back", False)  # no surname before it in the run
    assert given_syllables("Gyu", "back", True)
