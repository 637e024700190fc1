"""Rule perfect_effect: an effect phrase in the present perfect ("has come into force") or said
of today ("comes into force today") puts the agreement in force; a bare or future one does not."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> str | None:
    (g,) = run(text, published="2024-03-10").agreements
    return g.status


def test_has_come_into_force() -> None:
    text = "The Ghana-Togo Border Agreement has come into force, officials in Accra said."
    assert _status(text) == "in_force"


def test_has_taken_effect() -> None:
    text = "The Ghana-Togo Border Agreement has taken effect after months of delay."
    assert _status(text) == "in_force"


def test_comes_into_force_today() -> None:
    text = "The Ghana-Togo Border Agreement comes into force today, the two foreign ministries said."
    assert _status(text) == "in_force"


def test_in_force_today_outranks_the_earlier_signing() -> None:
    text = (
        "The Ghana-Togo Border Agreement has come into force today. "
        "The agreement was signed on 10 March 2023 in Accra between Ghana and Togo."
    )
    assert _status(text) == "in_force"


def test_a_start_next_month_is_still_to_come() -> None:
    text = "The Ghana-Togo Border Agreement comes into force next month, officials in Accra said."
    assert _status(text) == "announced"


def test_a_future_perfect_is_still_to_come() -> None:
    text = "The Ghana-Togo Border Agreement will have taken effect by May, officials in Accra said."
    assert _status(text) == "announced"
