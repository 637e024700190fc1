"""Rule award_passive: a contract awarded in the passive, with its giver after "by"."""

from __future__ import annotations

from tests.extract_support import run


def test_a_contract_awarded_in_the_passive_names_giver_and_winner() -> None:
    """Rule award_passive: "The contract[, worth ...,] was awarded to X by Y": Y gave it, X won it."""
    (g,) = run("The contract, worth $1.1 billion, was awarded to Hanwha Ocean by the Polish navy.").agreements
    assert set(g.parties) == {"Poland", "Hanwha Ocean"} and g.status == "signed" and g.value == "$1.1 billion"
    assert {f.rule for f in g.facts if f.field == "party"} == {"award_passive"}
    assert run("The contract was awarded last year after a long tender.").agreements == []
