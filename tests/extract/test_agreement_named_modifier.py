"""Rule named_modifier: a capitalised word telling what a deal is about ("an LNG deal", "an EPC
contract", "an AI pact") is read as a lower-case modifier is, so the phrase is
still an agreement of the signer and its partner; a body's or a party's name is no such word."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties", "year"),
    [
        ("Oman signed an LNG deal with Japan in 2023.", {"Oman", "Japan"}, 2023),
        ("Oman and Japan signed an LNG supply deal in 2023.", {"Oman", "Japan"}, 2023),
        ("Bangladesh signed an EPC contract with Russia in 2017.", {"Bangladesh", "Russia"}, 2017),
        ("Canada signed an AI pact with France in 2023.", {"Canada", "France"}, 2023),
        ("Rwanda and India signed an ICT agreement in 2022.", {"Rwanda", "India"}, 2022),
        ("Uganda inked an SGR loan with China in 2019.", {"Uganda", "China"}, 2019),
    ],
)
def test_a_capitalised_subject_word_keeps_the_deal(text: str, parties: set[str], year: int) -> None:
    (g,) = run(text).agreements
    assert set(g.parties) == parties and g.status == "signed" and g.year == year


def test_the_acronym_stays_in_the_mention() -> None:
    (g,) = run("Oman signed an LNG deal with Japan in 2023.").agreements
    assert any("LNG" in a for a in g.aliases + g.keywords)


def test_a_lenders_acronym_is_its_side_not_a_modifier() -> None:
    (g,) = run("Ghana signed an IMF loan in May 2023.").agreements
    assert set(g.parties) == {"Ghana", "International Monetary Fund"}
