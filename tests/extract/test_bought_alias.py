"""What a deal buys is one of its names when the text gives it none."""

from __future__ import annotations

from tests.extract_support import run


def _aliases(text: str) -> list[str]:
    ex = run(text)
    assert len(ex.agreements) == 1
    return ex.agreements[0].aliases


def test_the_goods_after_to_buy_past_the_partner_and_count() -> None:
    assert "24 Rafale fighter jets deal" in _aliases(
        "Peru on Monday signed a big deal with France to buy 24 Rafale fighter jets from Dassault Aviation."
    )


def test_the_goods_after_for_and_a_designation() -> None:
    assert "two KF-21 submarines contract" in _aliases(
        "Peru signed a $2 billion contract with South Korea for two KF-21 submarines, officials said."
    )


def test_no_goods_when_the_phrase_names_a_work_or_a_party() -> None:
    assert not any(a.endswith("deal") and a != "deal" for a in _aliases("Peru signed a deal with Chile for the construction of a port."))
    assert not any(a.endswith("deal") and a != "deal" for a in _aliases("Peru signed a deal with Chile for Boeing to build it."))


def test_the_goods_after_a_weekday_and_a_plural_without_s() -> None:
    assert "150 aircraft agreement" in _aliases("Air India signed an agreement with Airbus on Tuesday to buy up to 150 aircraft.")


def test_what_an_agreement_sets_up_names_it() -> None:
    assert "Kedah-Songkhla Special Border Zone agreement" in _aliases(
        "Thailand and Malaysia today signed an agreement to establish the Kedah-Songkhla Special Border Zone (KSBZ), officials said."
    )


def test_nothing_capitalised_set_up_gives_no_name() -> None:
    assert _aliases("Thailand and Malaysia signed an agreement to establish diplomatic relations.") == ["agreement"]


def test_the_goods_past_an_amount_with_their_makers_name() -> None:
    assert "150 Sikorsky Black Hawk helicopters deal" in _aliases(
        "A preliminary deal worth USD 6 billion to assemble 150 Sikorsky Black Hawk helicopters in Poland "
        "was announced by Poland and the United States."
    )


def test_what_a_memorandum_with_a_possessive_partner_buys_names_it() -> None:
    assert "two Ada class corvettes MoU" in _aliases(
        "Indonesia also signed an MoU with Turkey's Kuzey Shipyard to buy two Ada class corvettes during the fair."
    )
