"""A count joined to its noun ("a 10-year", "a 48-month") is a modifier like "three-year": the
verb before it still tells the named agreement's status, and its subject signs it with the
partner after "with"."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru signed a 10-year Andes Agreement with Chile in 2019.",
        "Peru signed a three-year Andes Agreement with Chile in 2019.",
        "Peru signed a ground-breaking defence Andes Agreement with Chile in 2019.",
    ],
)
def test_a_counted_modifier_hides_no_verb(sentence: str) -> None:
    (g,) = run(sentence, published="2023-06-07").agreements
    assert g.status == "signed" and g.year == 2019 and set(g.parties) == {"Peru", "Chile"}
    assert any(f.rule == "cue_past_modifiers" for f in g.facts if f.field == "status")
