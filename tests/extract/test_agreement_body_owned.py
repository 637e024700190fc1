"""Rule body_owned: "the <body> agreement on <subject>" is the body's text, under negotiation
when its sentence says it is negotiated; a body an agreement told before binds makes none."""

from __future__ import annotations

from tests.extract_support import run


def test_a_bodys_agreement_on_a_subject_being_negotiated() -> None:
    (g,) = run(
        "Chile quit the World Health Organization on Monday. Chile has also refused to back the "
        "WHO agreement on pandemic management that member states are negotiating.",
        published="2025-02-02",
    ).agreements
    assert g.parties == ["World Health Organization"] and g.status == "under_negotiation"
    assert "pandemic management" in g.name


def test_a_partner_after_with() -> None:
    deals = run("Rome backed the EU agreement on migration with Tunisia.", published="2025-02-02").agreements
    assert any(set(g.parties) == {"European Union", "Tunisia"} for g in deals)


def test_a_body_bound_by_an_agreement_told_before_makes_no_other() -> None:
    deals = run("Kenya agreed a loan with the IMF. The IMF agreement on the loan was welcomed.", published="2025-02-02").agreements
    assert len(deals) == 1


def test_a_body_without_a_subject_makes_nothing() -> None:
    assert run("Chile refused to back the WHO agreement.", published="2025-02-02").agreements == []
