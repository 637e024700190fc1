"""Rule but_never_signed (in not_yet_signed): a deal made in words and then said, in a clause
after "but it" or "and it", to be unsigned is announced, not signed; other later failings
("never ratified", "never implemented") leave the signing as told."""

from __future__ import annotations

import pytest

from tests.extract_support import first_status


def _status(text: str) -> str | None:
    return first_status(text, published="2024-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru reached a port agreement in 2019, but it was never signed.",
        "A trade agreement between Ghana and Togo was agreed in March, but it has not been signed.",
        "Oman and Qatar struck a gas deal last year and it has yet to be signed.",
        "Bolivia and Paraguay concluded a river accord in 2021, but it has still not been signed.",
        "The Philippines and Vietnam agreed a coast guard pact in January, but it was not signed.",
        "Kenya and Uganda agreed on a rail deal in 2022, and it has never been signed.",
        "Serbia and Hungary reached a gas agreement in May, but it remains to be signed.",
    ],
)
def test_unsigned_after_but_it_is_announced(text: str) -> None:
    assert _status(text) == "announced"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a port agreement in 2019, but it was never ratified.",
        "Morocco and Spain reached a fisheries deal in 2020, but it was never implemented.",
    ],
)
def test_other_failings_keep_the_signing(text: str) -> None:
    assert _status(text) == "signed"
