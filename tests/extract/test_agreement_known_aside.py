"""Rule past_known_as: the verb after a ", known as X," aside is the name's own."""

from __future__ import annotations

from tests.extract_support import run


def _one(text: str):
    found = run(text, published="2023-12-15").agreements
    assert len(found) == 1
    return found[0]


def test_the_signing_after_the_aside_is_the_names() -> None:
    g = _one("The Lima Water Treaty, known as the LWT, was signed in Lima in 2019 by the ministers.")
    assert (g.status, g.year) == ("signed", 2019)


def test_an_acronym_aside_with_also() -> None:
    g = _one("The Convention on the Andean Jet Agency, also known as AJA, was signed in Lima on Thursday.")
    assert (g.status, g.year) == ("signed", 2023)


def test_an_aside_of_another_kind_is_not_skipped() -> None:
    g = _one("The Lima Water Treaty, which Peru drafted, was praised by the ministers.")
    assert g.status is None
