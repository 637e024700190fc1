"""Rule goods_named: a sideless name made of what a deal buys and a deal noun ("the Rafale
deal") is the deal told before whose sentence buys those goods."""

from __future__ import annotations

from tests.extract_support import run

_DEAL = (
    "Peru and France on Friday sealed a defence deal under which Peru will buy 24 more Rafale fighter "
    "jets from French maker Dassault. "
)


def test_the_goods_name_is_the_deal_that_buys_them() -> None:
    found = run(_DEAL + "Officials said the Rafale agreement would also cover pilot training.").agreements
    assert len(found) == 1, [g.name for g in found]
    assert set(found[0].parties) == {"Peru", "France"} and "Rafale agreement" in found[0].keywords
    assert found[0].status == "signed"


def test_goods_no_deal_buys_stay_a_name_of_their_own() -> None:
    found = run(_DEAL + "Officials said the Typhoon agreement with Britain was another matter.").agreements
    assert any("Typhoon" in g.name for g in found), [g.name for g in found]


def test_two_deals_buying_the_goods_leave_the_name_as_it_is() -> None:
    found = run(
        _DEAL + "Chile and France also sealed a deal under which Chile will buy 12 Rafale fighter jets. "
        "The Rafale agreement was praised in Paris."
    ).agreements
    assert sum(1 for g in found if "Rafale agreement" in g.keywords) == 0, [(g.name, g.keywords) for g in found]
