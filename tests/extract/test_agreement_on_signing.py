"""Rule in_force_on_signing: a signed agreement that takes effect on its signing is in force."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> tuple[str | None, set[str]]:
    (g,) = run(text).agreements
    return g.status, {f.rule for f in g.facts if f.field == "status"}


def test_a_statement_with_effect_from_the_day_of_signing() -> None:
    status, rules = _status(
        "In Lima, the foreign ministers of Peru and Chile signed a Joint Declaration on Fisheries. "
        "Officials welcomed the move. "
        "The statement says cooperation begins with effect from the day of signing."
    )
    assert status == "in_force" and "in_force_on_signing" in rules


def test_enters_into_force_upon_signature() -> None:
    status, _ = _status(
        "Peru and Chile signed the Lima Fisheries Accord on Monday, which enters into force upon signature."
    )
    assert status == "in_force"


def test_an_agreement_still_to_be_signed_stays_announced() -> None:
    status, _ = _status(
        "Peru and Chile are set to sign the Lima Fisheries Accord next week. It takes effect upon signing."
    )
    assert status == "announced"


def test_an_effect_before_another_signing_changes_nothing() -> None:
    status, _ = _status(
        "Peru and Chile signed the Lima Fisheries Accord. Tariffs took effect on Monday, before the signing ceremony."
    )
    assert status == "signed"


def test_a_signing_far_from_the_agreement_changes_nothing() -> None:
    status, _ = _status(
        "Peru and Chile signed the Lima Fisheries Accord. Ministers met. Leaders spoke. Trade grew. "
        "Another text took effect from the day of signing."
    )
    assert status == "signed"
