"""Rules memorandum_between, subject_then_with and value_then_with: the sides of an agreement may
follow the subject it is on or the value it is worth ("a memorandum of understanding on
cooperation in the field of energy between A and B", "X signed an agreement on fisheries with
Y", "X signed a contract worth $2 million with Y")."""

from __future__ import annotations

from tests.extract_support import run


def test_between_after_a_memorandums_subject_names_its_sides() -> None:
    for subject in ("mining", "cooperation in the field of mining"):
        ex = run(f"Bolivia welcomed a memorandum of understanding on {subject} between Chile and Peru.")
        assert [set(g.parties) for g in ex.agreements] == [{"Chile", "Peru"}], [g.name for g in ex.agreements]


def test_with_after_the_subject_names_the_partner() -> None:
    ex = run("Peru signed an agreement on lake fisheries with Bolivia on Tuesday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Peru", "Bolivia"}], [g.name for g in ex.agreements]
    memo = run("Peru signed a memorandum of understanding on solar energy with Chile.").agreements
    assert [set(g.parties) for g in memo] == [{"Peru", "Chile"}]


def test_a_with_far_past_the_subject_is_not_the_partner() -> None:
    ex = run("Peru signed an agreement on lake fisheries and later met with Bolivia.")
    assert not any(set(g.parties) == {"Peru", "Bolivia"} for g in ex.agreements)


def test_with_after_the_value_names_the_partner() -> None:
    found = run("Egypt signed a contract worth 200 million euros with Dassault Aviation on Monday.").agreements
    assert [set(g.parties) for g in found] == [{"Egypt", "Dassault Aviation"}], [g.name for g in found]


def test_a_with_past_the_value_clause_is_not_the_partner() -> None:
    found = run("Egypt signed a contract worth 200 million euros, and met with Dassault Aviation.").agreements
    assert not any("Dassault Aviation" in g.parties for g in found)
