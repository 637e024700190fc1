"""Rule signed_clause (pair_clause): "<agreement noun> (that|which) X and Y signed" has X and Y
as its parties, made (signed), of the year the clause gives, a place or a body among the sides."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties", "year"),
    [
        ("The plan builds on a defence pact that Japan and Australia signed in 2022.", {"Japan", "Australia"}, 2022),
        ("Trade runs under a customs accord which Kenya and Uganda concluded in 2009.", {"Kenya", "Uganda"}, 2009),
        ("The depot operates under a host agreement that Ghana and the IAEA signed in Accra in May 2016.", {"Ghana", "International Atomic Energy Agency"}, 2016),
        ("The fishing rules come from a treaty Chile and Peru have ratified.", {"Chile", "Peru"}, None),
    ],
)
def test_the_subject_list_of_a_relative_clause_signs_the_text(text: str, parties: set[str], year: int | None) -> None:
    (g,) = run(text).agreements
    assert set(g.parties) == parties and g.status == "signed" and g.year == year
    assert {f.rule for f in g.facts if f.field == "party"} == {"signed_clause"}


def test_one_side_or_no_making_verb_gives_no_parties_by_this_rule() -> None:
    for text in (
        "The plan builds on a defence pact that Japan signed in 2022.",
        "They discussed a defence pact that Japan and Australia oppose.",
    ):
        assert all("signed_clause" not in {f.rule for f in g.facts} for g in run(text).agreements)
