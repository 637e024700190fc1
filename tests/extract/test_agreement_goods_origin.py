"""Rule goods_origin: "<country> <verb> a ... contract to buy <demonym> <goods>" is a contract
of the buyer and the goods' country, named by the goods, signed when its verb signs it; goods
of the buyer's own country, or a subject that is no country, make nothing."""

from __future__ import annotations

from tests.extract_support import run


def test_a_cancelled_contract_for_foreign_goods_is_of_both_countries() -> None:
    out = run(
        "The talks opened a week after Chile cancelled a multi-billion-dollar contract to buy "
        "Swedish corvettes in favour of a new plan.",
        published="2025-02-01",
    )
    found = [g for g in out.agreements if "corvettes" in g.name]
    assert len(found) == 1
    assert set(found[0].parties) == {"Chile", "Sweden"} and found[0].status is None


def test_a_signed_contract_for_foreign_goods_is_signed() -> None:
    out = run("Peru signed a contract to purchase German howitzers on Monday.", published="2025-02-01")
    found = [g for g in out.agreements if "howitzers" in g.name]
    assert len(found) == 1
    assert set(found[0].parties) == {"Peru", "Germany"} and found[0].status == "signed"


def test_goods_of_the_buyers_own_country_make_nothing() -> None:
    out = run("Peru cancelled a contract to buy Peruvian trucks last year.", published="2025-02-01")
    assert not any("trucks" in g.name for g in out.agreements)


def test_a_subject_that_is_no_country_makes_nothing() -> None:
    out = run("The firm cancelled a contract to buy Swedish corvettes last year.", published="2025-02-01")
    assert not any(len(g.parties) == 2 for g in out.agreements)


def test_a_contract_for_people_of_a_country_makes_nothing() -> None:
    out = run("Peru signed a contract for German engineers on Monday.", published="2025-02-01")
    assert not any(set(g.parties) == {"Peru", "Germany"} for g in out.agreements)
