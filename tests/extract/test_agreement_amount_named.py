"""Rule amount_named: a mention led by an amount ("a A$600 million deal") names its record with
the amount too, the words a reader calls such a deal by."""

from __future__ import annotations

from tests.extract_support import run


def test_an_amount_led_mention_is_a_name_of_the_deal() -> None:
    found = run("Chile and Peru announced a $600 million deal last year to fund a football league.").agreements
    assert len(found) == 1 and "$600 million deal" in found[0].keywords, [g.keywords for g in found]
    assert found[0].name == "Chile-Peru deal"


def test_a_mention_without_an_amount_keeps_its_words() -> None:
    found = run("Chile and Peru announced a football deal last year.").agreements
    assert found and not any("$" in k for g in found for k in g.keywords)
