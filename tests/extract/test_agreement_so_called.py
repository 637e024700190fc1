"""Rule so_called_name: "the so-called <words> <agreement noun>" names an agreement, even in
lower case; with no parties of its own it takes the article's main agreement's."""

from __future__ import annotations

from tests.extract_support import run


def test_a_lower_case_so_called_name_is_an_agreement_of_its_own() -> None:
    ex = run(
        "Chile and Peru will sign a new border treaty on Monday. "
        "The ministers will also review the so-called coastal security and fisheries partnership, officials said."
    )
    names = {a.name: a for a in ex.agreements}
    assert "Coastal Security and Fisheries Partnership" in names and len(names) == 2
    named = names["Coastal Security and Fisheries Partnership"]
    assert not named.unnamed and set(named.parties) == {"Chile", "Peru"}
    assert any(s.rule == "so_called_name" for s in named.spans)


def test_a_quoted_so_called_name() -> None:
    ex = run('Chile and Peru discussed the so-called "blue ocean compact" in Lima.')
    assert "Blue Ocean Compact" in {a.name for a in ex.agreements}


def test_so_called_before_no_agreement_noun_names_nothing() -> None:
    ex = run("Chile and Peru held so-called two-plus-two talks in Lima.")
    assert ex.agreements == []


def test_so_called_before_a_bare_noun_names_nothing() -> None:
    ex = run("Critics mocked the so-called deal between Chile and Peru.")
    assert all(a.unnamed for a in ex.agreements)
