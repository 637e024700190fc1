"""Rules named, prefixed_generic: a name made only of common words ("Trade Agreement", "Comprehensive Economic
Partnership Agreement") written after a hyphenated list of two or more parties ("the Peru-Chile
Trade Agreement") is the name of that pair's text, not a kind of text."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties", "status", "year"),
    [
        ("The Peru-Chile Trade Agreement came into force in 2011.", {"Peru", "Chile"}, "in_force", 2011),
        ("The India-Japan Comprehensive Economic Partnership Agreement took effect in 2011.", {"India", "Japan"}, "in_force", 2011),
        ("Kenya and Tanzania signed the Kenya-Tanzania Defence Cooperation Agreement on Monday.", {"Kenya", "Tanzania"}, "signed", 2024),
        ("Trade has doubled under the Morocco-UAE Comprehensive Economic Partnership Agreement (CEPA), in force since 2023.", {"Morocco", "United Arab Emirates"}, "in_force", 2023),
        ("The Ghana-Togo Security Agreement was signed in Lomé in 2019.", {"Ghana", "Togo"}, "signed", 2019),
        ("Officials said the Brazil-Argentina Strategic Economic Partnership was signed in 2017.", {"Brazil", "Argentina"}, "signed", 2017),
    ],
)
def test_a_generic_name_after_a_party_list_is_that_pairs_text(text: str, parties: set[str], status: str, year: int) -> None:
    (g,) = run(text, published="2024-03-05").agreements
    assert set(g.parties) == parties and g.status == status and g.year == year


def test_the_acronym_in_brackets_is_its_alias() -> None:
    (g,) = run("India praised the India-UAE Comprehensive Economic Partnership Agreement (CEPA), which took effect in May 2022.").agreements
    assert "CEPA" in g.aliases



def test_such_a_name_set_beside_another_name_is_that_one() -> None:
    (g,) = run("Both leaders signed the Coral Treaty, the Fiji-Tonga Mutual Defence Treaty, on Friday.").agreements
    assert g.name == "Coral Treaty"
