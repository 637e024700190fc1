"""Rule possible_modifier: "a possible/potential X agreement" is one still to be made: another
text than the agreement signed beside it, proposed, its name without the hedge. Rule
day_before_goods: "signed an agreement on Tuesday to sell boats to X" reads past the day."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "Norway signed an agreement on Tuesday to sell patrol boats to Ghana, officials in Accra said.\n\n"
    "Diplomats also spoke of a possible fisheries protection agreement between Norway and Ghana."
)


def test_a_possible_agreement_is_another_proposed_text() -> None:
    ex = run(_TEXT, published="2025-03-05")
    by_status = {g.status: g for g in ex.agreements}
    assert set(by_status) == {"signed", "proposed"}
    assert by_status["proposed"].name == "Norway-Ghana fisheries protection agreement"


def test_the_day_between_the_noun_and_the_goods_is_read_past() -> None:
    ex = run(_TEXT, published="2025-03-05")
    signed = next(g for g in ex.agreements if g.status == "signed")
    assert set(signed.parties) == {"Norway", "Ghana"} and signed.year == 2025


def test_a_potential_deal_alone_is_proposed() -> None:
    ex = run("Officials spoke of a potential lithium export deal between Peru and Chile.")
    (g,) = ex.agreements
    assert g.status == "proposed" and set(g.parties) == {"Peru", "Chile"}
    assert g.name == "Peru-Chile lithium export deal"
