"""A stock or commodity exchange named with its head word is an organisation."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_stock_exchange_is_a_body() -> None:
    ex = run("The miner said in a filing to the Nairobi Securities Exchange that the deal was signed.")
    assert actor(ex, "Nairobi Securities Exchange", "organization") is not None


def test_a_lone_exchange_is_no_body() -> None:
    ex = run("Exchange of the prisoners took place at the border on Monday.")
    assert not [a for a in ex.actors if a.kind == "organization"]
