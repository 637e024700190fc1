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


def test_the_text_a_title_is_given_to_is_the_agreement_told_before() -> None:
    """Rule text_titled: "The text, formally titled the X, ..." names the agreement just told."""
    for text, name in (
        (
            "Kenya and Somalia signed a maritime deal on Monday. The document, officially called the Lamu Maritime Accord, sets out joint patrols.",
            "Lamu Maritime Accord",
        ),
        (
            "Chile and Peru signed a water deal in 2019. The text, known as the Atacama Water Charter, was ratified in 2020.",
            "Atacama Water Charter",
        ),
        (
            "Colombia and the ELN signed a revised peace agreement on Thursday after Ecuador mediated. "
            "The text, formally titled the Final Accord to End the Conflict, was renegotiated in Havana.",
            "Final Accord to End the Conflict",
        ),
    ):
        found = _agreements(text)
        assert [g.name for g in found] == [name], text


def test_a_text_titled_with_no_agreement_before_stays_alone() -> None:
    found = _agreements("The text, formally titled the Suva Ocean Declaration, was adopted by Fiji and Tonga in 2023.")
    assert [g.name for g in found] == ["Suva Ocean Declaration"]
