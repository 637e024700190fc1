"""Rule its_with: "X is reviewing its border agreement with Y" has X and Y as parties. Rule
staff_level_stage: a described staff-level agreement is announced, whatever verb reports it,
since the lender's board has still to approve it."""

from __future__ import annotations

from tests.extract_support import run


def test_its_agreement_with_a_partner_belongs_to_the_owner_too() -> None:
    (g,) = run("Ghana is reviewing its border agreement with Togo.").agreements
    assert set(g.parties) == {"Ghana", "Togo"} and g.status == "under_review"


def test_their_pact_with_a_partner_names_the_subject_before() -> None:
    (g,) = run("Officials said Peru would keep its fisheries pact with Chile despite the dispute.").agreements
    assert set(g.parties) == {"Peru", "Chile"}


def test_no_partner_after_with_no_parties() -> None:
    assert run("Ghana is reviewing its border agreement with care.").agreements == []


def test_a_staff_level_agreement_reached_is_announced() -> None:
    (g,) = run("Zambia and the IMF reached a staff-level agreement on a $1.3 billion loan on Friday.").agreements
    assert g.status == "announced" and g.value == "$1.3 billion"
    assert set(g.parties) == {"Zambia", "International Monetary Fund"}
