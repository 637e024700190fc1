"""Rule not_yet_signed: a deal agreed but said to be unsigned ("has yet to be signed", "It has
not yet been signed.") is announced; one signed and awaiting ratification stays signed."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text).agreements
    return g


def test_a_deal_yet_to_be_signed_is_announced() -> None:
    g = _only("Serbia and Hungary agreed a power deal on Monday. The deal has yet to be signed.")
    assert g.status == "announced" and any(f.rule == "not_yet_signed" for f in g.facts)


def test_it_not_yet_signed_in_the_next_sentence() -> None:
    assert _only("Serbia and Hungary agreed a power deal on Monday. It has not yet been signed.").status == "announced"


def test_a_which_clause_saying_unsigned() -> None:
    assert _only("Serbia and Hungary agreed a power deal on Monday, which has yet to be signed.").status == "announced"


def test_awaiting_ratification_is_still_signed() -> None:
    assert _only("Serbia and Hungary signed a power deal on Monday. It has yet to be ratified.").status == "signed"
    assert _only("Serbia and Hungary agreed a power deal on Monday.").status == "signed"
