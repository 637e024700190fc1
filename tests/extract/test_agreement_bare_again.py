"""Rule bare_again: a bare "a deal" of the same parties as a bare "an agreement" before it is
that agreement, whatever its noun; a deal with a subject of its own is another text."""

from __future__ import annotations

from tests.extract_support import run


def test_a_caption_agreement_and_the_story_deal_are_one() -> None:
    text = (
        "Officials watch the signing of an agreement between Kenya and Uganda in Kampala.\n\n"
        "Kenya and Uganda signed a deal on Monday to build a railway link, officials said."
    )
    ex = run(text, published="2025-02-11")
    (g,) = ex.agreements
    assert set(g.parties) == {"Kenya", "Uganda"} and g.status == "signed" and g.year == 2025


def test_a_deal_on_its_own_subject_is_another_text() -> None:
    text = (
        "Kenya and Uganda signed an agreement in Kampala on Monday.\n\n"
        "Kenya and Uganda also signed a deal on fisheries in Lake Victoria."
    )
    ex = run(text, published="2025-02-11")
    assert len(ex.agreements) == 2


def test_a_described_agreement_keeps_a_bare_deal_apart() -> None:
    text = (
        "Kenya and Uganda signed a railway agreement in Kampala on Monday.\n\n"
        "Kenya and Uganda later signed a deal in Entebbe."
    )
    ex = run(text, published="2025-02-11")
    assert len(ex.agreements) == 2
