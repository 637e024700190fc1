"""Rule package_value: an amount-led package beside the article's one agreement is that
agreement, so its amount is the agreement's value and its verb the status."""

from __future__ import annotations

from tests.extract_support import run


def test_a_package_unveiled_before_the_partnership_gives_its_value() -> None:
    ex = run(
        "Rich nations on Monday unveiled a $15.5 billion clean power package for Vietnam at the summit in Hanoi. "
        "The donors will, through the Hanoi Clean Power Partnership (HCPP), help Vietnam retire coal plants.",
        published="2024-09-10",
    )
    (g,) = ex.agreements
    assert g.name == "Hanoi Clean Power Partnership"
    assert (g.value, g.amount, g.currency) == ("$15.5 billion", 15.5e9, "USD")
    assert g.status == "announced" and g.year == 2024
    assert next(f for f in g.facts if f.field == "value").rule == "package_value"
    assert "clean power package" in g.keywords


def test_a_headline_package_gives_the_story_agreement_its_value() -> None:
    ex = run(
        "Ghana and the International Monetary Fund reached a staff-level agreement on the Extended Credit Facility.\n\n"
        "Officials said the board would vote next month.\n\n"
        "Ghana wins $3 billion IMF loan package",
        headings=(2,),
    )
    (g,) = ex.agreements
    assert g.value == "$3 billion" and next(f for f in g.facts if f.field == "value").rule == "package_value"


def test_a_package_far_from_the_agreement_gives_nothing() -> None:
    ex = run(
        "Rich nations unveiled a $15.5 billion clean power package for Vietnam. "
        "Officials met in Hanoi. Donors praised the plan. "
        "Separately, the Hanoi Clean Power Partnership (HCPP) held its first meeting."
    )
    (g,) = ex.agreements
    assert g.value is None


def test_a_package_beside_two_agreements_gives_nothing() -> None:
    ex = run(
        "Rich nations unveiled a $15.5 billion clean power package for Vietnam. "
        "It comes under the Hanoi Clean Power Partnership and the Mekong Grid Accord."
    )
    assert all(g.value is None for g in ex.agreements)


def test_a_package_without_an_amount_gives_nothing() -> None:
    ex = run(
        "Rich nations unveiled a clean power package for Vietnam worth much, officials said. "
        "The donors will act through the Hanoi Clean Power Partnership (HCPP)."
    )
    (g,) = ex.agreements
    assert g.value is None and g.status is None


def test_the_package_sentence_gives_a_partnership_without_parties_its_countries() -> None:
    ex = run(
        "Rich nations, France and Germany among them, unveiled a $15.5 billion clean power package for Vietnam. "
        "The donors will, through the Hanoi Clean Power Partnership (HCPP), help Vietnam retire coal plants."
    )
    (g,) = ex.agreements
    assert set(g.parties) == {"France", "Germany", "Vietnam"}
    assert {f.rule for f in g.facts if f.field == "party"} == {"value_sentence"}


def test_a_package_of_other_countries_is_not_the_agreement() -> None:
    ex = run(
        "Chile and Peru signed the Andes Water Accord in Lima. "
        "Separately, Bolivia announced a $2 billion trade package with Ecuador."
    )
    (g,) = ex.agreements
    assert g.name == "Andes Water Accord" and g.value is None
