"""Rule distinct_generic: an agreement told first does not fold into a generic name met later
("a Memorandum of Understanding") when the text says that one is another text: "another",
"other", "a second" before it or before the colon of its list, or a memorandum on a subject of
its own the agreement told first was never called."""

from __future__ import annotations

from tests.extract_support import run

_TOLD = "Chile and Peru on Monday signed a long-term agreement to export gas to Lima. The 20-year deal will be renewed. "


def _names(ex) -> list[str]:
    return sorted(g.name for g in ex.agreements)


def test_a_memorandum_on_its_own_subject_is_another_text() -> None:
    ex = run(_TOLD + "Chile and Peru also signed a Memorandum of Understanding on cooperation in tourism.")
    assert len(ex.agreements) == 2, _names(ex)
    memo = [g for g in ex.agreements if "tourism" in g.name]
    assert memo and "20-year deal" not in memo[0].keywords + memo[0].aliases


def test_another_memorandum_is_another_text() -> None:
    ex = run(_TOLD + "Chile and Peru signed another Memorandum of Understanding.")
    assert len(ex.agreements) == 2, _names(ex)


def test_an_item_of_other_documents_is_another_text() -> None:
    ex = run(_TOLD + "Other documents were signed too: a Memorandum of Understanding, which the ministers praised.")
    assert len(ex.agreements) == 2, _names(ex)


def test_the_memorandum_that_tells_the_same_pact_still_folds() -> None:
    ex = run("Chile and Peru signed a defence cooperation pact on Monday. The new Memorandum of Understanding was signed by the two ministers.")
    assert len(ex.agreements) == 1, _names(ex)


def test_a_memorandum_on_the_subject_told_before_folds() -> None:
    ex = run("Chile and Peru signed a tourism agreement. Chile and Peru signed the Memorandum of Understanding on tourism in Lima.")
    assert len(ex.agreements) == 1, _names(ex)
