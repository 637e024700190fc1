"""Rule for_which_text: "the operation, for which a memorandum of understanding had been
announced" is a text made for the deal told before, between that deal's parties."""

from __future__ import annotations

from tests.extract_support import run

_DEAL = "Chile signed an agreement with Bechtel to buy three ports for $2 billion. "


def test_a_memorandum_made_for_the_deal_told_before() -> None:
    ex = run(_DEAL + "The operation, for which a memorandum of understanding had been announced in March, should close soon.", published="2024-06-01")
    mou = next(g for g in ex.agreements if "memorandum" in g.name)
    assert set(mou.parties) == {"Chile", "Bechtel"} and mou.status == "announced"
    assert len(ex.agreements) == 2


def test_no_deal_told_before_gives_no_text() -> None:
    ex = run("The operation, for which a memorandum of understanding had been announced in March, should close soon.")
    assert ex.agreements == []
