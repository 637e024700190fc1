"""Rule dated_left: a year between the verb of leaving and an agreement's name ("pulled out of
the 1994 X Treaty in 2019") is the text's own; the year after it dates the leaving."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> int | None:
    found = run(text, published="2024-05-02").agreements
    return next(g for g in found if g.name == "Andean Water Treaty").year


def test_pulled_out_of_a_dated_name() -> None:
    assert _year("Peru pulled out of the 1994 Andean Water Treaty in 2019, citing droughts.") == 1994


def test_withdrew_from_a_dated_name() -> None:
    assert _year("Peru withdrew from the 1994 Andean Water Treaty in 2019, citing droughts.") == 1994


def test_a_dated_name_signed_later_keeps_its_signing() -> None:
    assert _year("Chile signed the Andean Water Treaty in 2019, officials said.") == 2019
