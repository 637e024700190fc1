"""Those who witness "the signing of" a plural of texts are their parties, one package (rule
witnessed_signing), and "cooperation documents" are such texts (rule cooperation_documents)."""

from __future__ import annotations

import pytest

from tests.extract_support import run

_OPENING = "Peru and Ghana held talks in Lima on Monday. "


@pytest.mark.parametrize(
    "second",
    [
        "They also witnessed the signing of cooperation documents on fisheries and tourism.",
        "The two presidents witnessed the signing of cooperation agreements on fisheries and tourism.",
        "Peru and Ghana signed cooperation documents on fisheries and tourism.",
    ],
)
def test_a_witnessed_package_is_one_signed_record(second: str) -> None:
    (g,) = run(_OPENING + second).agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]
    assert g.status == "signed"


def test_the_listed_witnesses_are_the_parties() -> None:
    (g,) = run("Chile and Kenya witnessed the signing of cooperation documents on mining.").agreements
    assert sorted(g.parties) == ["Chile", "Kenya"]


def test_other_documents_are_no_agreement() -> None:
    assert not run(_OPENING + "The police seized documents on fisheries and tourism.").agreements
    assert not run(_OPENING + "They also witnessed the signing of documents on fisheries.").agreements


def test_a_signing_watched_by_no_one_named_gives_no_parties() -> None:
    assert not run("Reporters watched the signing of cooperation documents on mining.").agreements
