"""Rule older_text (and failed_text): "the earlier deal signed in 2012", "the earlier 2012 deal"
and "a failed 2013 deal" are older texts of the pair told, each with its own year; "the earlier
agreement" with no year of its own refers back; a failed text is not made signed by its date."""

from __future__ import annotations

from tests.extract_support import run


def _older(text: str):
    x = run(text, published="2025-03-03")
    return [g for g in x.agreements if "trade deal" not in g.name]


def test_the_earlier_deal_signed_in_a_year_is_its_own_record() -> None:
    (g,) = _older("Serbia and Albania signed a trade deal on Monday, replacing the earlier deal signed in 2012.")
    assert set(g.parties) == {"Serbia", "Albania"} and g.year == 2012


def test_the_earlier_dated_deal_is_its_own_record() -> None:
    (g,) = _older("Serbia and Albania signed a trade deal on Monday, replacing the earlier 2012 deal.")
    assert g.year == 2012 and any(f.rule == "older_text" for f in g.facts)


def test_a_failed_dated_deal_has_its_year_and_no_signed_status() -> None:
    (g,) = _older("Serbia and Albania signed a trade deal on Monday. It replaces a failed 2013 deal.")
    assert g.year == 2013 and g.status is None


def test_the_earlier_agreement_without_a_year_refers_back() -> None:
    assert _older("Serbia and Albania signed a trade deal on Monday. The earlier agreement helped.") == []
