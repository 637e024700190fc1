"""Rule signers_subject: officials of two countries joined by "and" as the subject that signs or
adopts a named agreement make both countries its parties; their adopting it is its making."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed the Andes Treaty on Monday.",
        "Chile's President Gabriel Boric and Peru's President Dina Boluarte signed the Andes Treaty on Monday.",
        "Gabriel Boric of Chile and Dina Boluarte of Peru signed the Andes Treaty on Monday.",
        "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart signed the Andes Treaty on Monday.",
    ],
)
def test_the_officials_countries_are_the_parties(sentence: str) -> None:
    (g,) = run(sentence, published="2024-11-05").agreements
    assert set(g.parties) == {"Chile", "Peru"} and g.status == "signed"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Moon Jae-in of South Korea and Japanese Prime Minister Fumio Kishida adopted the Busan Declaration last year.",
        "Last year, South Korean President Moon Jae-in and Japanese Prime Minister Fumio Kishida adopted the Busan Declaration.",
    ],
)
def test_officials_adopting_a_text_make_it(sentence: str) -> None:
    (g,) = run(sentence, published="2024-11-05").agreements
    assert set(g.parties) == {"South Korea", "Japan"} and g.status == "signed" and g.year == 2023


def test_a_body_adopting_stays_unmade() -> None:
    (g,) = run("Member states of the WHO adopted the Pandemic Agreement on Tuesday.", published="2024-11-05").agreements
    assert g.status is None
