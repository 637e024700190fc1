"""Rule its-office ("its spokesman A": the sentence's subject owns the office) and "on behalf
of the <demonym> government" after an apposition (rule acts-for-country)."""

from __future__ import annotations

from tests.extract_support import actor, run


def _aff(ex, name: str) -> tuple[str | None, str]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return p.roles[0].affiliation, p.roles[0].affiliation_rule


def test_its_spokesman_of_a_countrys_body() -> None:
    ex = run("Ghana's National Assembly will have to approve the loan, its spokesman Kofi Mensah said.")
    assert _aff(ex, "Kofi Mensah") == ("Ghana", "its-office")


def test_its_chief_executive_of_a_firm() -> None:
    ex = run("The Kestrel Bank raised its rates, its chief executive Ama Boateng said.")
    assert _aff(ex, "Ama Boateng") == ("Kestrel Bank", "its-office")


def test_its_without_a_named_subject_gives_nothing() -> None:
    ex = run("The deal was signed, its chief executive Ama Boateng said.")
    assert _aff(ex, "Ama Boateng")[1] != "its-office"


def test_on_behalf_of_a_demonym_government_after_the_apposition() -> None:
    ex = run(
        "The notes were signed by Ama Boateng, secretary to the Ministry of Finance, Planning and "
        "Economic Development, on behalf of the Ghanaian government, and by Ken Ito."
    )
    assert _aff(ex, "Ama Boateng") == ("Ghana", "acts-for-country")


def test_an_apposition_followed_by_other_words_acts_for_nobody() -> None:
    ex = run("The notes were signed by Ama Boateng, secretary to the Ministry of Finance, in Accra, while Togo watched.")
    assert _aff(ex, "Ama Boateng")[1] != "acts-for-country"
