"""Rule verb_subject with a verb of leaving: the country that withdraws from, pulls out of or
suspends an agreement "with" another is one of its parties; the verb states no signing."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru withdrew from the fisheries agreement with Chile on Monday.",
        "Peru pulled out of the fisheries agreement with Chile on Monday.",
        "Peru has suspended the fisheries agreement with Chile.",
        "Peru walked away from a fisheries agreement with Chile.",
        "Peru terminated a fisheries agreement with Chile last year.",
    ],
)
def test_the_leaver_and_its_partner_are_the_parties(sentence: str) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert set(g.parties) == {"Peru", "Chile"}
    assert g.status is None and g.year is None
    assert {f.rule for f in g.facts if f.field == "party"} == {"subject_and_partner"}


def test_a_leaver_without_a_partner_makes_nothing() -> None:
    assert run("Peru withdrew from the fisheries agreement on Monday.").agreements == []


def test_from_after_another_verb_is_no_leaving() -> None:
    assert run("Peru heard from the fisheries agreement's critics in Lima on Monday.").agreements == []


def test_a_leaving_denied_makes_nothing() -> None:
    assert run("The president said Peru was not withdrawing from the fisheries agreement with Chile.").agreements == []


def test_those_who_withdrew_from_a_named_treaty_are_its_parties() -> None:
    (g,) = run("Peru and Chile withdrew from the Andes Fisheries Treaty in 2019.").agreements
    assert g.name == "Andes Fisheries Treaty" and set(g.parties) == {"Peru", "Chile"}
    assert g.year is None and g.status is None  # the year they left is not the treaty's
