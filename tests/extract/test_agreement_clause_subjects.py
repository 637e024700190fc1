"""Rule status_relative_clause with the other plural subjects of a contact clause: "the accord
the two neighbours signed in 1995" is signed, in that year."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize("subject", ["the two neighbours", "the two neighbors", "both allies", "the two states"])
def test_a_contact_clause_with_a_plural_subject(subject: str) -> None:
    text = f"Chile and Peru still honour the Arica Boundary Accord {subject} signed in 1995."
    (g,) = run(text, published="2021-05-04").agreements
    assert g.year == 1995 and g.status in ("signed", "in_force")
