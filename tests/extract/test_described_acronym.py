"""Rule described_acronym: an acronym after a lower-case body description names that body."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_an_acronym_after_a_described_bank_names_it() -> None:
    ex = run("On Monday the central bank (BNRK) said it had renewed the swap line. BNRK reserves rose.")
    bank = actor(ex, "BNRK", "organization")
    assert bank is not None and len(bank.spans) == 2


def test_an_acronym_after_a_firm_description() -> None:
    ex = run("The deal went to the state oil company (PETROKEN) last year.")
    assert actor(ex, "PETROKEN", "organization") is not None


def test_an_acronym_after_other_words_is_no_body() -> None:
    ex = run("Prices of the oil (WTI) rose in the last quarter.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_known_acronym_stays_the_known_body() -> None:
    ex = run("The lender (IMF) approved the loan.")
    assert actor(ex, "International Monetary Fund", "organization") is not None
