"""Rule own_text: "own" after a possessive ("their own border treaty", "Chile's own trade
pact") keeps the owner's reading, as the possessive alone does."""

from __future__ import annotations

from tests.extract_support import run


def test_their_own_treaty_is_the_subjects_text() -> None:
    found = run(
        "Chile and Peru signed a water pact on Monday. Chile and Bolivia signed their own border treaty in 2022."
    ).agreements
    pairs = {frozenset(g.parties): g for g in found}
    assert frozenset({"Chile", "Bolivia"}) in pairs, [g.name for g in found]
    own = pairs[frozenset({"Chile", "Bolivia"})]
    assert own.name == "Chile-Bolivia border treaty" and own.status == "signed"


def test_a_countrys_own_pact_with_a_partner() -> None:
    found = run("Ecuador said Chile's own trade pact with Peru expires soon.").agreements
    assert [set(g.parties) for g in found] == [{"Chile", "Peru"}], [g.name for g in found]
