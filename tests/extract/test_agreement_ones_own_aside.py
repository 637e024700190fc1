"""Rule own_aside (in ones_with): each text listed after "ones with" takes the stage its own
aside tells, not one another partner's aside gives: "following ones with A, signed in 2019 and
in force since 2020, and B, signed in 2022" is A's text in force and B's signed."""

from __future__ import annotations

import pytest

from tests.extract_support import run

_TOLD = "The Port Access Agreement, signed in Lima in May last year, lets ships dock freely. "


def _stages(text: str) -> dict[str, str | None]:
    found = run(_TOLD + text, published="2024-05-02").agreements
    return {p: g.status for g in found for p in g.parties if p != "Peru" and len(g.parties) == 2}


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        (
            "It is the third such agreement for Peru, following ones with Chile, signed in January 2019 and in force since August 2020, and Bolivia, signed in 2022.",
            {"Chile": "in_force", "Bolivia": "signed"},
        ),
        (
            "It is the third such agreement for Peru, following ones with Bolivia, signed in 2022, and Chile, signed in January 2019 and in force since August 2020.",
            {"Chile": "in_force", "Bolivia": "signed"},
        ),
        (
            "It is the third such agreement for Peru, after ones with Ecuador, signed in 2018 and in effect since 2019, and Colombia, signed in 2023.",
            {"Ecuador": "in_force", "Colombia": "signed"},
        ),
        (
            "It is the third such agreement for Peru, after ones with Ecuador, signed in 2018, and Colombia, signed in 2021 and taken into force in 2022.",
            {"Ecuador": "signed", "Colombia": "in_force"},
        ),
        (
            "It is the third such agreement for Peru, following ones with Chile, signed in 2019, and Bolivia, signed in 2022.",
            {"Chile": "signed", "Bolivia": "signed"},
        ),
        ("It is the third such agreement for Peru, following ones with Chile and Bolivia.", {"Chile": "signed", "Bolivia": "signed"}),
    ],
)
def test_each_listed_text_has_its_own_stage(text: str, stages: dict[str, str]) -> None:
    found = _stages(text)
    assert {p: found.get(p) for p in stages} == stages
