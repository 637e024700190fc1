"""Rule shared_subject: a sentence's subject after an opening word and its comma is shared by
its joined verbs ("Separately, X signed a pact with A and announced a deal with B")."""

from __future__ import annotations

from tests.extract_support import run


def test_the_subject_after_an_opening_word_is_shared_by_joined_verbs() -> None:
    found = run(
        "Separately, Chile signed a trade agreement with Peru and announced a fisheries deal with Bolivia on Monday."
    ).agreements
    pairs = sorted(sorted(g.parties) for g in found)
    assert pairs == [["Bolivia", "Chile"], ["Chile", "Peru"]], [g.name for g in found]
