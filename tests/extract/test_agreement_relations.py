"""Rule agreed_to_restore_relations: "X and Y agreed to restore diplomatic relations" is an
agreement of X and Y, announced; later mentions refer back to it. A dated description ("a
2001 security agreement") is an agreement of its own, signed that year (dated_signed)."""

from __future__ import annotations

from tests.extract_support import run

TEXT = (
    "Qatar and Bahrain have agreed to restore diplomatic relations after talks in Riyadh. "
    "The agreement was welcomed across the Gulf. Qatar and Bahrain also agreed to revive a "
    "1999 border demarcation agreement."
)


def test_restoring_relations_is_an_announced_agreement() -> None:
    ex = run(TEXT)
    g = next(a for a in ex.agreements if "restore" in a.name)
    assert set(g.parties) == {"Qatar", "Bahrain"} and g.status == "announced"
    assert len(g.spans) == 2  # "The agreement" refers back to it
    assert {f.rule for f in g.facts if f.field == "party"} == {"agreed_to_restore_relations"}


def test_a_dated_description_is_its_own_signed_agreement() -> None:
    ex = run(TEXT)
    g = next(a for a in ex.agreements if a.year == 1999)
    assert "restore" not in g.name and set(g.parties) == {"Qatar", "Bahrain"}
    assert g.status == "signed" and {f.rule for f in g.facts if f.field == "status"} == {"dated_signed"}


def test_agreeing_to_other_things_makes_nothing() -> None:
    ex = run("Qatar and Bahrain agreed to restore calm along the border after talks in Riyadh.")
    assert ex.agreements == []
