"""Rules listed_agreement and dated_object: named agreements listed after one verb ("signed the
X and the Y", "signed two accords: the X, the Y and the Z") each take that verb's status, the
list's subject as parties and a date after the list; a date set between a verb and its object
("signed, on 16 September 2023, the X") leaves the verb said of the object and dates it."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run

_NAMES = ("Andes Framework Agreement", "Andes Trade Agreement", "Lima Protocol")


@pytest.mark.parametrize(
    ("sentence", "status", "year"),
    [
        ("Today Peru and Chile signed two agreements: the Andes Framework Agreement (AFA) and the Andes Trade Agreement (ATA).", "signed", 2025),
        ("Today Peru and Chile signed the Andes Framework Agreement (AFA) and the Andes Trade Agreement (ATA).", "signed", 2025),
        ("Peru and Chile signed the Andes Framework Agreement and the Andes Trade Agreement in 2023.", "signed", 2023),
        ("Peru and Chile signed three accords on Monday: the Andes Framework Agreement, the Andes Trade Agreement and the Lima Protocol.", "signed", 2025),
        ("Peru and Chile signed the Andes Framework Agreement (AFA), the Andes Trade Agreement and the Lima Protocol in June 2023.", "signed", 2023),
        ("Peru and Chile are negotiating the Andes Framework Agreement, the Andes Trade Agreement and the Lima Protocol.", "under_negotiation", None),
    ],
)
def test_every_listed_name_shares_the_verb(sentence: str, status: str, year: int | None) -> None:
    found = run(sentence, published="2025-11-11").agreements
    assert {g.name for g in found} <= set(_NAMES) and len(found) >= 2
    for g in found:
        assert g.status == status and g.year == year and set(g.parties) == {"Peru", "Chile"}


def test_a_listed_name_with_its_own_verb_keeps_it() -> None:
    first, second = run("Peru ratified the Andes Framework Agreement in 2019, and the Lima Protocol took effect in 2020.").agreements
    assert (first.status, first.year) == ("signed", 2019)
    assert (second.status, second.year) == ("in_force", 2020)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The two neighbours had quietly signed, on 4 May 2017, the Andes Charter, a water-sharing pact.", 2017),
        ("Peru and Chile signed, in March 2021, the Andes Charter.", 2021),
        ("Peru and Chile signed in 2021 the Andes Charter, a defence pact.", 2021),
        ("Peru and Chile signed on Monday the Andes Charter.", 2025),
    ],
)
def test_a_date_between_the_verb_and_its_object(sentence: str, year: int) -> None:
    (g,) = run(sentence, published="2025-11-11").agreements
    assert g.status == "signed" and g.year == year
