"""Rule under_owner: a sentence opening "Under the bloc's <agreement>," tells what holds under
it, as "Under the <agreement>," does: in force, the year of its name kept."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Under the union's Founding Charter of 1987, a member state that wants to quit must give six months' notice.", 1987),
        ("Under the union's Lusaka Treaty, a member must give notice.", None),
        ("Under the revised Lusaka Treaty, a member must give notice.", None),
    ],
)
def test_what_holds_under_an_owned_agreement(sentence: str, year: int | None) -> None:
    (g,) = run(sentence, published="2024-12-07").agreements
    assert g.status == "in_force" and g.year == year
