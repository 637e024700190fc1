"""Rule succeeded_text: what a text builds on, follows or replaces is an older text of its own,
an indefinite one too ("builds on a ceasefire reached in July") and the second of "builds on A
... and on B"."""

from __future__ import annotations

from tests.extract_support import run


def test_an_indefinite_text_built_on_is_an_older_one() -> None:
    found = run(
        "Chile and Peru signed the Arica Peace Accord on Sunday. The accord builds on a ceasefire reached in "
        "Tacna on July 28 after five days of clashes."
    ).agreements
    names = sorted(g.name for g in found)
    assert len(found) == 2, names
    truce = next(g for g in found if g.name != "Arica Peace Accord")
    assert "ceasefire" in truce.keywords and set(truce.parties) == {"Chile", "Peru"}


def test_the_second_text_built_on_is_another_older_one() -> None:
    found = run(
        "Chile and Peru signed the Arica Treaty on Monday. The treaty builds on a Border Security Agreement "
        "signed by the two countries in 2023, which paid for police training, and on a $60 million deal "
        "announced last year to fund a Peruvian football league."
    ).agreements
    assert len(found) == 3, [g.name for g in found]
    treaty = next(g for g in found if g.name == "Arica Treaty")
    assert "deal" not in treaty.keywords
