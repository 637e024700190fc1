"""Rule pronoun_contact_clause: "the treaty it concluded with Chile in 2002" reads the clause's
verb and date as the agreement's own."""

from __future__ import annotations

from tests.extract_support import run


def test_it_concluded_with_a_partner_on_a_date() -> None:
    text = "Peru suspended the Arica Fisheries Treaty it concluded with Chile on May 2, 2002."
    (g,) = run(text, published="2020-02-11").agreements
    assert g.year == 2002


def test_they_signed_in_a_year() -> None:
    text = "Both governments still honour the Arica Fisheries Treaty they signed in 1999."
    (g,) = run(text, published="2020-02-11").agreements
    assert g.year == 1999
