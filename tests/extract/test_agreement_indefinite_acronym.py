"""Rule indefinite_acronym: a named agreement's acronym written again after "a"/"an" names
another text of that kind, not the one named; its sides are the sentence's (with a partner after
"with"), else the named text's; its year and amount its own."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _other(text: str):
    found = run(text, published="2024-06-10").agreements
    return [g for g in found if any(f.rule == "indefinite_acronym" for f in g.facts if f.field == "party")]


@pytest.mark.parametrize(
    ("text", "parties", "year"),
    [
        (
            "Vietnam and a group of rich nations agreed a Just Energy Transition Partnership (JETP) on Wednesday.\n\n"
            "South Africa secured an $8.5 billion JETP at the COP26 summit in Glasgow in 2021.",
            ["South Africa"],
            2021,
        ),
        (
            "Japan and the Philippines signed a Reciprocal Access Agreement (RAA) on Monday.\n\nJapan signed an RAA with Australia in 2022.",
            ["Japan", "Australia"],
            2022,
        ),
        (
            "India and France signed an Inter-Governmental Agreement (IGA) for 26 jets.\n\n"
            "The Indian Air Force inducted 36 Rafale aircraft under an IGA signed in September 2016.",
            ["India", "France"],
            2016,
        ),
        (
            "Kenya and Uganda signed a Comprehensive Economic Partnership Agreement (CEPA) on Friday.\n\n"
            "Kenya concluded a CEPA with the United Arab Emirates in 2023.",
            ["Kenya", "United Arab Emirates"],
            2023,
        ),
        (
            "Chile and Peru signed a Bilateral Investment Treaty (BIT) in Lima.\n\nChile signed a similar BIT with Bolivia in 2010.",
            ["Chile", "Bolivia"],
            2010,
        ),
    ],
)
def test_an_indefinite_acronym_is_another_text_of_that_kind(text: str, parties: list[str], year: int) -> None:
    (g,) = _other(text)
    assert g.parties == parties and g.year == year


def test_the_named_text_keeps_its_own_year_and_value() -> None:
    text = (
        "Vietnam and a group of rich nations agreed a Just Energy Transition Partnership (JETP) on Wednesday.\n\n"
        "South Africa secured an $8.5 billion JETP at the COP26 summit in Glasgow in 2021."
    )
    named = next(g for g in run(text, published="2024-06-10").agreements if g.name == "Just Energy Transition Partnership")
    assert named.year != 2021 and named.value is None


def test_a_definite_acronym_is_the_named_text() -> None:
    text = "Japan and the Philippines signed a Reciprocal Access Agreement (RAA) on Monday.\n\nThe RAA lets troops train together."
    assert _other(text) == []
