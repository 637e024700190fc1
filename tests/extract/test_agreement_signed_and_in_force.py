"""Rule signed_and_in_force: a signing clause that goes on with "and" and a verb of coming into
force ("which was signed in 2011 and has been in effect since 2013") tells both stages: the
agreement is in force, of its signing year; another verb after "and" leaves it signed."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Peru wants to replace the Andes Agreement, which was signed in 2002 and came into force two years later.", "in_force"),
        ("The Andes Agreement was signed in May 2002 and entered into force in July 2003.", "in_force"),
        ("The Andes Agreement was signed in 2002 and took effect a year later.", "in_force"),
        ("The Andes Agreement, which was signed in 2002 and came into force in 2005, expires next year.", "in_force"),
        ("The Andes Agreement was signed in 2002 and ratified in 2004.", "signed"),
        ("The Andes Agreement was signed in 2002 and Chile joined in 2004.", "signed"),
    ],
)
def test_signed_and_then_in_force(sentence: str, status: str) -> None:
    g = next(g for g in run(sentence, published="2024-12-07").agreements if g.name == "Andes Agreement")
    assert g.status == status and g.year == 2002
