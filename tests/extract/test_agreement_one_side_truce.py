"""A truce whose only named side is the country before its verb has that one party (rule
one_side_truce); a country that is only a place, or a truce with a named partner, is not read so.
A truce one side only declares or orders is its own act, no agreement (rule declared_truce)."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "The government of Peru has agreed a ceasefire with four rebel groups, the president said.",
        "Peru has reached a ceasefire with the insurgents, the president said.",
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


@pytest.mark.parametrize(
    "text",
    [
        "The PKK responded by declaring a ceasefire on March 1.",
        "Russia ordered a ceasefire for Easter, the Kremlin said.",
        "A ceasefire declared by the rebels in March 2013 opened two years of talks between Peru and Chile.",
        "Hamas announced a unilateral ceasefire with Israel.",
        "Ukraine declared a ceasefire with Russia for Easter.",
        "Peru declared a unilateral ceasefire on Monday.",
        "The junta has unilaterally declared a truce in Myanmar.",
    ],
)
def test_a_truce_one_side_declares_is_no_agreement(text: str) -> None:
    assert run(text, published="2024-05-10").agreements == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed a ceasefire on Monday.",
        "Thailand and Cambodia reached a truce in July.",
        "Sudan and South Sudan agreed to a seven-day ceasefire.",
    ],
)
def test_a_truce_both_sides_agree_is_one(text: str) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert len(g.parties) == 2
