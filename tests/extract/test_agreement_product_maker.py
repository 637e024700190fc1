"""Rule product_maker: goods known by their designation are made in one country, the seller of a
purchase that names none; "24 of the jets" is a number of the goods told before, called by their
designation, an order of its own; "signed for" / "signed up for" a count of goods orders them."""

from __future__ import annotations

from tests.extract_support import run


def test_an_order_of_designated_goods_is_with_their_maker() -> None:
    (g,) = run("Peru ordered 24 Gripen jets in 2021.").agreements
    assert set(g.parties) == {"Peru", "Sweden"} and g.year == 2021


def test_a_number_of_the_jets_told_before_is_another_order() -> None:
    ex = run(
        "Chile has signed a contract with France for 30 additional Rafale fighter jets. "
        "Years ago, Santiago ordered 24 of the jets. In January, Peru signed up for 18 of the jets."
    )
    parts = sorted((tuple(sorted(g.parties)), g.keywords[0]) for g in ex.agreements if "of the jets" in " ".join(g.keywords))
    assert parts == [(("Chile", "France"), "24 of the jets"), (("France", "Peru"), "18 of the jets")]
    assert all("Rafale jets" in g.name for g in ex.agreements if "of the jets" in " ".join(g.keywords))


def test_signed_for_a_number_of_the_jets() -> None:
    ex = run("Chile ordered 42 Rafale jets. Later Peru signed for 80 of the jets in a record contract.")
    assert any(set(g.parties) == {"Peru", "France"} for g in ex.agreements)


def test_goods_of_no_known_maker_told_before_make_no_order() -> None:
    ex = run("Chile bought new trainer jets. Later Peru ordered 12 of the jets.")
    assert all("Peru" not in g.parties for g in ex.agreements)


def test_signed_a_deal_is_left_to_the_scan() -> None:
    ex = run("Peru signed for a new stadium.")
    assert ex.agreements == []
