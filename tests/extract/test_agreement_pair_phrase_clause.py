"""Rule signed_clause, read further: a "memorandum of understanding" before the clause whose
subject lists its sides (pair_clause), and a subject naming the sides as a pair ("the two
neighbours", "both governments": the pair the story tells; pair_phrase_clause)."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties", "year"),
    [
        ("The line runs under a memorandum of understanding Thailand and China signed in 2014.", {"Thailand", "China"}, 2014),
        ("Work follows a railway memorandum of understanding that Kenya and Uganda concluded in 2019.", {"Kenya", "Uganda"}, 2019),
        ("The fleet sails under a memorandum of understanding Norway and Iceland ratified in 2008.", {"Norway", "Iceland"}, 2008),
        ("Peru and Chile met in Lima.\n\nThe talks built on the fisheries accord the two neighbours signed in 2011.", {"Peru", "Chile"}, 2011),
        ("Ghana and Togo held talks.\n\nOfficials praised a border protocol the two governments concluded in 2016.", {"Ghana", "Togo"}, 2016),
        ("Japan and the Philippines met on Monday.\n\nThe visit marks a year since the defence pact both countries signed in 2023.", {"Japan", "Philippines"}, 2023),
        ("Armenia and Georgia met.\n\nThe deal extends a transit arrangement that the two sides reached in 2015.", {"Armenia", "Georgia"}, 2015),
    ],
)
def test_the_pair_a_clause_names_makes_the_text(text: str, parties: set[str], year: int) -> None:
    found = [g for g in run(text).agreements if {f.rule for f in g.facts if f.field == "party"} == {"signed_clause"}]
    assert len(found) == 1, run(text).agreements
    (g,) = found
    assert set(g.parties) == parties and g.status == "signed" and g.year == year


def test_a_pair_that_did_not_make_the_text_gives_no_sides() -> None:
    text = "Peru and Chile met in Lima.\n\nThe talks turned to a fisheries accord the two neighbours oppose."
    assert all("signed_clause" not in {f.rule for f in g.facts} for g in run(text).agreements)
