"""A definite agreement mention with no parties of its own is not given the article's main pair
when its sentence names one side of that pair alone (rule lone_side_guess)."""

from __future__ import annotations

from tests.extract_support import run

_STORY = (
    "Peru and Ghana held talks in Lima. Peru sells copper to Ghana. Ghana sells cocoa to Peru. "
    "Officials in Peru and Ghana expect more trade. "
)


def test_one_side_named_alone_makes_no_guess() -> None:
    found = run(_STORY + "Welcoming the agreement on tariffs, a minister said Ghana would gain most.").agreements
    assert not found


def test_no_side_named_still_takes_the_main_pair() -> None:
    (g,) = run(_STORY + "Welcoming the agreement on tariffs, a minister said exports would rise.").agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]


def test_both_sides_named_take_the_pair() -> None:
    (g,) = run(_STORY + "Peru and Ghana signed the agreement on Friday.").agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]


def test_a_side_named_before_the_mention_keeps_the_guess() -> None:
    (g,) = run(_STORY + "Ghana left the agreement on tariffs in May.").agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]
