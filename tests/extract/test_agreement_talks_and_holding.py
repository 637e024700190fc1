"""Rules name_before_talks ("the launch of Chile-Peru Free Trade Agreement (FTA) negotiations":
the named agreement the talks are on is under negotiation) and held_up ("the deal was held up
by disputes": delayed, not a ceasefire or pact that held) and began_as ("which began as a
fisheries accord": an origin, not a start)."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str, name: str) -> str | None:
    return next(a for a in run(text, published="2025-03-17").agreements if name in a.name).status


def test_a_name_before_negotiations_is_under_negotiation() -> None:
    text = "Officials announced the launch of Chile-Peru Free Trade Agreement (FTA) negotiations in Lima."
    assert _status(text, "Free Trade Agreement") == "under_negotiation"


def test_a_name_before_talks_is_under_negotiation() -> None:
    text = "Ministers said the Andes Water Treaty talks would resume in Quito next month."
    assert _status(text, "Andes Water Treaty") == "under_negotiation"


def test_a_deal_held_up_is_not_in_force() -> None:
    text = "Peru signed a $2 billion port deal with Chile on Monday. The deal was held up by disputes for years."
    assert _status(text, "port deal") == "signed"


def test_a_ceasefire_that_held_is_in_force() -> None:
    text = "Peru and Chile agreed a border ceasefire in 2019. The border ceasefire held for years."
    assert _status(text, "ceasefire") == "in_force"


def test_began_as_tells_an_origin_not_a_start() -> None:
    text = "Chile and Peru signed the Andes Pact on Monday. The pact, which began as a fisheries accord, will take effect in June."
    assert _status(text, "Andes Pact") == "signed"


def test_a_ceasefire_that_began_is_in_force() -> None:
    text = "Peru and Chile agreed a border ceasefire in 2019. The border ceasefire began on Monday."
    assert _status(text, "ceasefire") == "in_force"
