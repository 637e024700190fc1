"""Rule listed_items: documents listed one a line under a line ending with a colon that signs
or exchanges them are signed, in the year of that line's signing; under a line of a signing to
come they are not."""

from __future__ import annotations

from tests.extract_support import run

_ITEM = "An implementing arrangement between the Ghana Space Agency and the Togo Space Office on a joint satellite."


def _arrangement(text: str):
    (g,) = [g for g in run(text, published="2024-03-10").agreements if "arrangement" in g.name]
    return g


def test_an_item_under_a_line_of_exchanged_documents_is_signed() -> None:
    text = (
        "Ghana and Togo signed the Volta Partnership Treaty in Accra in 2023.\n\n"
        "Following the signing of the Volta Partnership Treaty, several agreements were exchanged between "
        "government bodies of the two countries, including:\n\n"
        "A memorandum on fisheries between the two fisheries ministries.\n\n" + _ITEM
    )
    g = _arrangement(text)
    assert (g.status, g.year) == ("signed", 2023)


def test_the_last_item_of_the_text_is_listed_too() -> None:
    text = "Ghana and Togo held talks in Accra on Monday.\n\nAfter the talks, several agreements were signed, including:\n\n" + _ITEM
    assert _arrangement(text).status == "signed"


def test_an_item_under_a_signing_to_come_is_not_signed() -> None:
    text = "Ghana and Togo held talks in Accra on Monday.\n\nSeveral agreements are expected to be signed, including:\n\n" + _ITEM
    assert _arrangement(text).status is None


def test_a_paragraph_after_a_colon_line_that_signs_nothing_is_no_item() -> None:
    text = "Ghana and Togo held talks in Accra on Monday.\n\nThe ministers said the following:\n\n" + _ITEM
    assert _arrangement(text).status is None


def test_an_item_naming_no_party_is_the_story_pair_of_the_story_year() -> None:
    text = (
        "Ghana and Togo signed the Volta Partnership Treaty in Accra on Monday.\n\n"
        "The following documents were also signed:\n\n"
        "Programme of youth exchanges for 2025-2027;\n\n"
        "Agreement on the joint patrol of coastal waters."
    )
    got = {g.name: g for g in run(text, published="2024-03-10").agreements}
    g = got["Programme of youth exchanges for 2025-2027"]
    assert (g.status, g.year, sorted(g.parties)) == ("signed", 2024, ["Ghana", "Togo"])
