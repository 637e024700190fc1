"""Rule principle_then_with: the partner after an agreement "in principle" ("reached an
agreement in principle with the IMF") is its other side, also inside a quoted post."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ghana has reached an agreement in principle with the IMF.", {"Ghana", "International Monetary Fund"}),
        ("Zambia struck a deal in principle with China on its debt.", {"Zambia", "China"}),
        ('Akufo-Addo wrote on X: "Today, Ghana has reached an agreement in principle with the World Bank."', {"Ghana", "World Bank"}),
        ("Last week Uruguay reached a trade accord in principle with Paraguay, officials said.", {"Uruguay", "Paraguay"}),
    ],
)
def test_a_partner_after_in_principle_is_a_side(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides and g.status == "announced"


def test_in_principle_alone_names_no_partner() -> None:
    assert all(len(g.parties) < 2 for g in run("Peru agreed in principle to hold talks.").agreements)
