"""A deal another side brokered was made: "brokered" before or after a mention is a cue of its
making (signed, as "reached" and "struck" are), and the year after "brokered by X in" dates it;
a broker's wish ("hopes to broker") or brokered talks make nothing."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("A ceasefire between Cambodia and Thailand, brokered by Malaysia on July 28, halted the fighting.", 2025),
        ("A ceasefire between Cambodia and Thailand brokered by Malaysia in July halted the fighting.", 2025),
        ("Malaysia brokered a ceasefire between Cambodia and Thailand on July 28.", 2025),
        ("Russia withdrew in July 2023 from the Andes Grain Deal brokered by Turkey and the United Nations in 2022.", 2022),
        ("The Andes Grain Deal, brokered by Turkey in 2022, collapsed last year.", 2022),
        ("The Andes Grain Deal was brokered by Turkey in 2022.", 2022),
        ("A 2020 ceasefire between Armenia and Azerbaijan brokered by Russia ended the war.", 2020),
    ],
)
def test_a_brokered_deal_was_made(sentence: str, year: int) -> None:
    (g,) = run(sentence, published="2025-11-11").agreements
    assert g.status == "signed" and g.year == year


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar hopes to broker a ceasefire between Israel and Hamas.",
        "The talks were brokered by Qatar, but the ceasefire between Israel and Hamas has yet to be agreed.",
    ],
)
def test_brokering_to_come_or_of_talks_makes_nothing(sentence: str) -> None:
    (g,) = run(sentence, published="2025-11-11").agreements
    assert g.status is None and g.year is None
