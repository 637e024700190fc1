"""Rules memorandum_of_with, body_again and institution_party: "X signed a memorandum of
understanding with Y" has the partner after the memorandum's "of" phrase; "with the committee"
is the one body named before whose name ends in that noun; an institution that signs (the
European Commission) binds the body it is part of (the European Union)."""

from __future__ import annotations

from tests.extract_support import run


def test_a_memorandum_of_understanding_with_a_partner_has_both_sides() -> None:
    (g,) = run("Peru signed a memorandum of understanding with Chile on Monday.", published="2025-02-01").agreements
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "signed"


def test_a_memorandum_of_cooperation_with_a_partner_has_both_sides() -> None:
    (g,) = run("Peru signed a memorandum of cooperation with Chile.", published="2025-02-01").agreements
    assert set(g.parties) == {"Peru", "Chile"}


def test_with_the_committee_is_the_committee_named_before() -> None:
    text = (
        "The Lima Creditor Committee met in Paris on Monday. Peru signed a memorandum of "
        "understanding with the committee on June 26, 2024."
    )
    (g,) = run(text, published="2025-02-01").agreements
    assert set(g.parties) == {"Peru", "Lima Creditor Committee"} and g.year == 2024


def test_with_the_noun_of_two_bodies_is_no_party() -> None:
    text = (
        "The Lima Creditor Committee and the Quito Trade Committee met on Monday. Peru signed a "
        "memorandum of understanding with the committee."
    )
    assert not any(len(g.parties) == 2 for g in run(text, published="2025-02-01").agreements)


def test_the_commission_signs_for_the_union() -> None:
    (g,) = run(
        "The European Commission has signed a memorandum of understanding with Georgia on power.",
        published="2025-02-01",
    ).agreements
    assert set(g.parties) == {"European Union", "Georgia"} and g.name.startswith("EU-")
