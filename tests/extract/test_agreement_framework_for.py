"""Rule framework_for_text: "a framework for a trade deal" is one text, the deal, of the verb's
subject and its partner."""

from __future__ import annotations

from tests.extract_support import run


def test_a_framework_for_a_deal_is_the_deal() -> None:
    found = run("Chile announced a framework for a fisheries deal with Peru on Monday.").agreements
    assert [set(g.parties) for g in found] == [{"Chile", "Peru"}], [g.name for g in found]
    assert "fisheries deal" in found[0].keywords
