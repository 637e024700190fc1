"""Restoring is renewing: an agreement a party restores or reinstates ("fully restored the
treaty") is in force, and the year of its restoring is not the year it was signed."""

from __future__ import annotations

from tests.extract_support import run


def _fields(text: str) -> tuple[str | None, int | None]:
    (g,) = run(text, published="2024-03-10").agreements
    return g.status, g.year


def test_a_restored_treaty_is_in_force() -> None:
    assert _fields("Ghana and Togo restored the Volta Water Treaty, officials said.")[0] == "in_force"


def test_a_reinstated_treaty_is_in_force() -> None:
    assert _fields("Ghana reinstated the Volta Water Treaty with Togo.")[0] == "in_force"


def test_the_year_of_the_restoring_is_not_the_signing() -> None:
    assert _fields("Ghana and Togo restored the Volta Water Treaty in 2022.") == ("in_force", None)
