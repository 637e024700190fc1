"""A treaty still in talks, told by a relative clause and kept apart from the partnership it is
made under: rules relative_with (parties and status from "the treaty it has been negotiating with
X"), refused_signing ("not ready to sign" announces no signing), made_under ("the treaty was
planned under the ... Partnership": two texts) and named_later_shares (a description is no
common-word name met later that lacks its content words)."""

from __future__ import annotations

from tests.extract_support import run

_TREATY = (
    "On Monday, Prime Minister Ana Ruiz said that Peru was not ready to sign the bilateral defence "
    "treaty it has been negotiating with Chile, because of concerns over its wording."
)


def test_a_relative_clause_gives_the_partner_and_the_talks() -> None:
    (g,) = run(_TREATY).agreements
    assert set(g.parties) == {"Peru", "Chile"}
    assert g.status == "under_negotiation"
    assert {f.rule for f in g.facts if f.field == "party"} == {"relative_with"}


def test_a_relative_clause_of_no_making_gives_no_partner() -> None:
    ex = run("Peru said the defence treaty it has shared with officials is secret.")
    assert all("relative_with" not in {f.rule for f in g.facts} for g in ex.agreements)


def test_not_ready_to_sign_announces_nothing() -> None:
    (g,) = run("Peru was not ready to sign the fisheries treaty with Chile.").agreements
    assert g.status != "announced"
    (g,) = run("Peru is ready to sign the fisheries treaty with Chile.").agreements
    assert g.status == "announced"


def test_a_treaty_made_under_a_partnership_stays_its_own() -> None:
    ex = run(_TREATY + " The treaty was planned under the Peru–Chile Comprehensive Strategic and Economic Partnership signed in May 2020.")
    names = sorted(g.name for g in ex.agreements)
    assert names == ["Comprehensive Strategic and Economic Partnership", "Peru-Chile defence treaty"]
    partnership = next(g for g in ex.agreements if not g.unnamed)
    assert (partnership.status, partnership.year) == ("signed", 2020)
