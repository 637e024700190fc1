"""Names of common words: "MoU" is a Memorandum of Understanding's short form; those who
signed it "by X, along with Y and Z" are its parties (adopted_by); a described agreement of
the same parties is the same text (generic_fold)."""

from __future__ import annotations

from tests.extract_support import agreement, run


def test_signed_by_a_body_along_with_countries() -> None:
    text = (
        "A Memorandum of Understanding concerning the Accra-Lome Rail Link was signed on Friday in "
        "Lome by the African Union, along with Ghana and Togo. The MoU sets out the route."
    )
    g = agreement(run(text), "Memorandum of Understanding")
    assert g is not None and set(g.parties) == {"African Union", "Ghana", "Togo"}
    assert "MoU" in g.aliases and len(g.spans) == 2
    assert {f.rule for f in g.facts if f.field == "party"} == {"adopted_by"}


def test_described_and_named_forms_fold_into_one() -> None:
    text = (
        "Ghana and Togo have for the first time signed a defence cooperation pact in Accra. "
        "The new Memorandum of Understanding covers training. Ghana and Togo will meet again."
    )
    ex = run(text)
    assert len(ex.agreements) == 1
    g = ex.agreements[0]
    assert g.name == "Memorandum of Understanding" and g.status == "signed"
    assert "defence cooperation pact" in g.aliases and set(g.parties) == {"Ghana", "Togo"}


def test_two_described_agreements_are_not_folded() -> None:
    text = (
        "Ghana and Togo signed a fisheries agreement in Accra. Ghana and Togo also signed a trade deal in "
        "Lome. The Memorandum of Understanding was praised. Ghana and Togo will meet again."
    )
    assert len(run(text).agreements) >= 3
