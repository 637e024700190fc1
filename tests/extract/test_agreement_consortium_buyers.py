"""Rule consortium_members (with agreed_sale): a sale agreed to a group of buyers is a deal
with the members the text names for it, and what is sold is named without whose it was."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text).agreements
    return g


def test_a_consortium_led_by_a_firm() -> None:
    g = _only("Bechtel agreed to sell its ports business to a consortium led by Cameco.")
    assert set(g.parties) == {"Bechtel", "Cameco"}
    assert "its" not in g.name.split()


def test_a_consortium_made_up_of_firms() -> None:
    g = _only("Bechtel agreed to sell most of its ports business to a US-backed consortium made up of Cameco, Tullow Oil and Baker Hughes.")
    assert set(g.parties) == {"Bechtel", "Cameco", "Tullow Oil", "Baker Hughes"}


def test_a_group_without_members_is_no_buyer() -> None:
    assert run("Bechtel agreed to sell its ports business to a consortium of investors.").agreements == []
