"""Rule value_of_works: the amount the project an agreement sets going "would bring" is the
agreement's value, when no other agreement is mentioned near it."""

from __future__ import annotations

from tests.extract_support import run


def _value_facts(g) -> set[str]:
    return {f.rule for f in g.facts if f.field == "value"}


def test_the_project_would_bring_gives_the_deal_its_value() -> None:
    ex = run(
        "Peru and Chile signed a deal on Monday to build a new port near Arica. "
        "The agreement, signed by the two trade ministers, will develop the bay. "
        "The minister said the project would be run by a state company and would bring "
        "12 billion U.S. dollars of investment into the region."
    )
    (g,) = ex.agreements
    assert g.value is not None and "12 billion" in g.value
    assert _value_facts(g) == {"value_of_works"}


def test_a_project_too_far_after_the_deal_gives_no_value() -> None:
    ex = run(
        "Peru and Chile signed a deal on Monday to build a new port near Arica. "
        "Rain fell in Lima. Markets were calm. Fishermen went out. "
        "The project would bring 12 billion U.S. dollars of investment."
    )
    (g,) = ex.agreements
    assert g.value is None


def test_another_agreement_near_leaves_the_value_unsaid() -> None:
    ex = run(
        "Peru and Chile signed a fisheries deal on Monday. "
        "Peru and Bolivia signed a rail agreement on Tuesday. "
        "The project would bring 4 billion U.S. dollars of investment."
    )
    assert all(g.value is None for g in ex.agreements)


def test_a_project_without_a_modal_value_gives_none() -> None:
    ex = run(
        "Peru and Chile signed a deal on Monday to build a port. "
        "The project employs 12,000 workers and its budget grew to $3 billion last year."
    )
    (g,) = ex.agreements
    assert g.value is None
