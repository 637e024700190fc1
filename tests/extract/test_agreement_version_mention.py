"""Rule version_mention: a mention of a text like the agreement ("a similar accord was signed
in 2001") or of a version of it ("a first version of the accord was announced in 2019"), told
after the agreement, dates nothing of the agreement itself."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> int | None:
    found = run(text, published="2024-11-13").agreements
    return next(g for g in found if g.name == "Andean Port Accord").year


def test_a_similar_text_signed_earlier_dates_nothing() -> None:
    text = (
        "Peru's congress on Tuesday approved the Andean Port Accord with Chile, which the two presidents "
        "signed on Monday.\n\nA similar port accord was signed with Santiago in 2001 but never took effect."
    )
    assert _year(text) == 2024


def test_a_first_version_announced_earlier_dates_nothing() -> None:
    text = (
        "Chile and Peru on Monday signed the Andean Port Accord in Lima.\n\n"
        "A first version of the accord announced in 2018 had stalled over fishing rights."
    )
    assert _year(text) == 2024
