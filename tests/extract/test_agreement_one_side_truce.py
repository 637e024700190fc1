"""A truce whose only named side is the country before its verb has that one party (rule
one_side_truce); a country that is only a place, or a truce with a named partner, is not read so."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "The government of Peru has agreed a ceasefire with four rebel groups, the president said.",
        "Peru declared a unilateral ceasefire on Monday.",
        "The Peruvian government announced a truce with the insurgents.",
    ],
)
def test_one_country_before_the_verb_is_the_party(text: str) -> None:
    (g,) = run(text).agreements
    assert g.parties == ["Peru"]


def test_later_mentions_join_it() -> None:
    found = run("Peru has agreed a ceasefire with three militias. The ceasefire runs for six months.").agreements
    assert len(found) == 1 and found[0].status == "signed"


def test_a_country_as_a_place_is_no_party() -> None:
    assert not run("Rebels in Peru declared a ceasefire on Monday.").agreements


def test_a_named_partner_still_makes_two_parties() -> None:
    (g,) = run("Peru has agreed a ceasefire with Chile.").agreements
    assert sorted(g.parties) == ["Chile", "Peru"]


def test_other_nouns_need_two_parties() -> None:
    assert not run("Peru announced a reform on Monday.").agreements
    assert not run("Peru announced a framework on Monday.").agreements
