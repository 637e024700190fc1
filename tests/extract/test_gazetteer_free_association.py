"""The gazetteer knows the self-governing states in free association with New Zealand, which
sign treaties of their own: the Cook Islands and Niue are countries, by name, demonym and capital."""

from __future__ import annotations

from tests.extract_support import run


def test_cook_islands_and_niue_are_countries_and_parties() -> None:
    out = run(
        "In 2019, Niue and the Cook Islands signed a joint fisheries declaration in Avarua. "
        "Niuean officials said the text would be reviewed.",
        published="2025-02-01",
    )
    names = {a.name for a in out.actors if a.kind == "country"}
    assert {"Niue", "Cook Islands"} <= names
    assert any(set(g.parties) == {"Niue", "Cook Islands"} for g in out.agreements)
