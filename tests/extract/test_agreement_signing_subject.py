"""Rule signing_subject: the country or body named right before the verb that signs a named
agreement "with" a partner is its other side ("The EU signed the X with Chile", "Colombia's
government signed the X with the FARC"); a legislature that ratifies it is no side."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("The EU signed a Digital Trade Agreement with Peru in May 2022.", {"European Union", "Peru"}),
        ("ASEAN signed the Andes Agreement with Chile in 2023.", {"ASEAN", "Chile"}),
        ("Mercosur on Monday formally signed the Andes Agreement with Chile.", {"Mercosur", "Chile"}),
        ("Colombia's government signed the La Uribe Accords with the FARC in 1984.", {"Colombia", "FARC"}),
        ("The U.S. Senate ratified the Andes Agreement with Chile in 2023.", {"Chile"}),
    ],
)
def test_the_signer_and_its_partner(sentence: str, parties: set[str]) -> None:
    (g,) = run(sentence, published="2024-12-07").agreements
    assert set(g.parties) == parties


def test_the_government_is_the_country_the_article_is_about() -> None:
    text = "Belize will protect its reefs, Belize said on Monday. In exchange, the government has signed the Marine Conservation Agreement with Mexico."
    (g,) = run(text, published="2024-12-07").agreements
    assert set(g.parties) == {"Belize", "Mexico"}
