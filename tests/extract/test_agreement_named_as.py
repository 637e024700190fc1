"""Rule named_as: a description that the clause right after it names is that named agreement,
whatever the two nouns."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str):
    return run(text, published="2024-01-12").agreements


def test_a_truce_the_next_clause_names_is_the_named_agreement() -> None:
    text = (
        "Sudan's army and the Darfur Unity Front agreed to an immediate ceasefire on Friday.\n\n"
        "Under the terms of the truce, which the rebels refer to as the Nyala Agreement, shelling stops."
    )
    found = _agreements(text)
    assert [g.name for g in found] == ["Nyala Agreement"]
    assert "Sudan" in found[0].parties


def test_known_as_names_a_ceasefire() -> None:
    text = "Chad and Niger agreed a ceasefire, known as the Zinder Accord, on Friday."
    found = _agreements(text)
    assert [g.name for g in found] == ["Zinder Accord"]
    assert sorted(found[0].parties) == ["Chad", "Niger"]


def test_a_name_in_another_sentence_is_not_given_by_the_clause() -> None:
    text = "Chad and Niger agreed a ceasefire on Friday.\n\nAs the Zinder Accord of 1998 showed, truces fail."
    names = sorted(g.name for g in _agreements(text))
    assert len(names) == 2
