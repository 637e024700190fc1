"""Rules body_on_texts and event_for_text, and a name that is only a demonstrative and a noun:
names ending in an agreement noun that name a body, a gathering or nothing, not a text."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str) -> list[str]:
    return sorted(g.name for g in run(text).agreements)


def test_a_body_on_plain_agreement_nouns_is_no_text() -> None:
    assert _agreements("The accord will be considered by the Joint Standing Committee on Treaties before it enters into force.") == []
    assert _agreements("The Senate Committee on Treaties will review the Lomé Fisheries Agreement next month.") == ["Lomé Fisheries Agreement"]
    assert _agreements("Officials of the Department for Treaties in Suva drafted the text.") == []


def test_a_gathering_for_a_text_to_come_is_no_text() -> None:
    for text in (
        "Leaders met at the Summit for a New Global Financing Pact in Paris.",
        "Activists from the Campaign for a Fossil Fuel Treaty marched in Bonn.",
        "The Conference for a Plastics Convention opened in Nairobi on Monday.",
        "Delegates left the Forum for an Ocean Accord in Lisbon without a text.",
    ):
        assert _agreements(text) == [], text


def test_a_demonstrative_and_a_noun_name_nothing() -> None:
    assert _agreements('"This Treaty means we will stand together," the prime minister said.') == []
    assert _agreements('"That Agreement is dead," said the minister of Fiji.') == []


def test_texts_named_with_these_words_stay() -> None:
    assert _agreements("Ghana and Togo signed the Volta Basin Accord in 2019.") == ["Volta Basin Accord"]
    assert _agreements("Kenya and Uganda signed the Treaty for the Establishment of the East African Community in 1999.") == [
        "Treaty for the Establishment of the East African Community"
    ]
    assert _agreements("Brazil and Peru signed the Amazon Cooperation Treaty in 1978.") == ["Amazon Cooperation Treaty"]
