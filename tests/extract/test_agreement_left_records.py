"""Rules left_dated and shared_subject, and "revoked" as a verb of leaving: a dated agreement a
party has left or revoked has no status of the list (not "signed"); a second verb joined by
"and" has the subject the sentence opens with."""

from __future__ import annotations

from tests.extract_support import run


def _deals(text: str) -> dict[frozenset[str], object]:
    return {frozenset(g.parties): g for g in run(text).agreements}


def test_a_dated_agreement_withdrawn_from_has_no_status() -> None:
    (g,) = run("Senegal last year withdrew from a 2019 defence agreement with France.").agreements
    assert set(g.parties) == {"Senegal", "France"} and g.year == 2019 and g.status is None


def test_a_dated_agreement_still_counts_as_signed() -> None:
    (g,) = run("Senegal relies on a 2019 defence agreement with France.").agreements
    assert g.year == 2019 and g.status in ("signed", "in_force")  # made that year, in force since


def test_a_revoked_agreement_has_its_parties_and_no_status() -> None:
    (g,) = run("Gabon revoked a 2020 mining agreement with Australia.").agreements
    assert set(g.parties) == {"Gabon", "Australia"} and g.status is None


def test_a_second_verb_has_the_sentences_subject() -> None:
    deals = _deals("Senegal withdrew from a defence agreement with France and terminated a training deal with the European Union.")
    assert set(deals) == {frozenset({"Senegal", "France"}), frozenset({"Senegal", "European Union"})}
    deals = _deals("Ghana signed a trade deal with Togo and agreed a power deal with Benin on Monday.")
    assert set(deals) == {frozenset({"Ghana", "Togo"}), frozenset({"Ghana", "Benin"})}


def test_a_list_subject_is_not_read_as_one() -> None:
    deals = _deals("Ghana and Togo met in Accra and signed a trade deal on Monday.")
    assert set(deals) == {frozenset({"Ghana", "Togo"})}
