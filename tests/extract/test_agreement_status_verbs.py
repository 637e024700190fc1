"""Status verbs and clause shapes on an agreement's own mention: "put pen to paper on",
"agreed in principle", a relative clause with a pronoun subject ("which they signed"), and a
sentence that opens "Under the <agreement>," (rules status_cue_before, status_cue_after,
status_relative_clause, under_opening)."""

from __future__ import annotations

import pytest

from store.records import AgreementHit
from tests.extract_support import run


def _named(text: str, name: str) -> AgreementHit:
    ex = run(text, published="2024-05-01")
    return next(a for a in ex.agreements if a.name == name)


def _rule(hit: AgreementHit) -> str:
    return next(f.rule for f in hit.facts if f.field == "status")


def test_putting_pen_to_paper_signs() -> None:
    g = _named("Laos and Cambodia put pen to paper on the Mekong Fisheries Agreement on Thursday.", "Mekong Fisheries Agreement")
    assert g.status == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Cambodia agreed in principle on the Mekong Fisheries Agreement on Thursday.",
        "The Mekong Fisheries Agreement was agreed in principle on Thursday.",
    ],
)
def test_agreement_in_principle_is_announced_not_signed(text: str) -> None:
    assert _named(text, "Mekong Fisheries Agreement").status == "announced"


def test_relative_clause_with_a_pronoun_subject() -> None:
    g = _named("Both ministers praised the Mekong Fisheries Agreement, which they signed in March.", "Mekong Fisheries Agreement")
    assert (g.status, _rule(g)) == ("signed", "status_relative_clause")


def test_a_sentence_opening_under_the_agreement_describes_it_in_force() -> None:
    g = _named("Under the amended Mekong Fisheries Agreement, each side must report its catch.", "Mekong Fisheries Agreement")
    assert (g.status, _rule(g)) == ("in_force", "under_opening")


def test_under_the_agreement_later_in_a_sentence_is_no_status() -> None:
    ex = run("Boats fished far more than was allowed under the Mekong Fisheries Agreement.", published="2024-05-01")
    assert all(f.rule != "under_opening" for a in ex.agreements for f in a.facts)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hopes to sign a trade deal with Ghana this year.",
        "Kenya wants to conclude the Mekong Fisheries Agreement with Ghana.",
        "Kenya seeks to negotiate the Mekong Fisheries Agreement with Ghana.",
    ],
)
def test_a_wish_to_make_an_agreement_only_proposes_it(text: str) -> None:
    ex = run(text, published="2024-05-01")
    assert [a.status for a in ex.agreements] == ["proposed"]


def test_a_set_signing_stays_announced() -> None:
    ex = run("Kenya is set to sign a trade deal with Ghana this year.", published="2024-05-01")
    assert [a.status for a in ex.agreements] == ["announced"]


def test_a_suspended_participation_leaves_the_treaty_in_force() -> None:
    g = _named("Moscow said it was suspending its participation in the Vienna Missile Treaty.", "Vienna Missile Treaty")
    assert g.status == "in_force"


def test_a_suspended_agreement_itself_has_no_stage_said() -> None:
    ex = run("Peru has suspended the Lima Fisheries Agreement with Chile.", published="2024-05-01")
    assert [a.status for a in ex.agreements] == [None]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The UN chief called for a ceasefire between Israel and Hamas.", "proposed"),
        ("Egypt urged a truce between Sudan's army and the RSF.", "proposed"),
        ("Qatar is pushing for a deal between Israel and Hamas.", "proposed"),
        ("Peru and Chile are finalising a deal on lithium exports.", "under_negotiation"),
        ("Peru and Chile are discussing a deal on lithium exports.", "under_negotiation"),
    ],
)
def test_calls_for_a_text_and_work_on_one(text: str, status: str) -> None:
    """A text a third side calls, urges or pushes for is proposed; one its sides are finalising
    or discussing is under negotiation (rule status_cue_before)."""
    (g,) = run(text).agreements
    assert g.status == status


def test_a_known_text_still_to_be_ratified_is_signed_not_in_force() -> None:
    """A known agreement the text says still needs ratifying is signed: the gazetteer's default
    of in force gives way (rule status_cue_after)."""
    g = _named("The Paris Agreement still needs to be ratified by Oman, officials said.", "Paris Agreement")
    assert g.status == "signed"


def test_a_text_a_side_acts_under_with_a_partner() -> None:
    """Rule acting_subject: "Japan will provide 500 billion yen under the loan agreement with
    India": the side acting under it and the partner; a text acted under is in force."""
    (g,) = run("Japan will provide 500 billion yen under the loan agreement with India.").agreements
    assert set(g.parties) == {"Japan", "India"} and g.status == "in_force" and g.value == "500 billion yen"


def test_a_combined_value() -> None:
    (g,) = run("Brazil and China signed 15 agreements worth a combined $10 billion.").agreements
    assert g.value == "$10 billion"
