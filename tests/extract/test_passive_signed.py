"""passive_signed: "A protocol was signed in Lima" whose sentence names no side is the text the
sides of the sentence before said they agreed or signed."""

from __future__ import annotations

from tests.extract_support import run


def test_sides_of_the_agreeing_sentence_before() -> None:
    ex = run(
        "Peru, Chile and Bolivia have agreed on fishing quotas for the coming season. "
        "A protocol was signed in Lima during a meeting of their fisheries ministers."
    )
    (g,) = ex.agreements
    assert sorted(g.parties) == ["Bolivia", "Chile", "Peru"]
    assert g.status == "signed"
    assert any(f.rule == "passive_signed" for f in g.facts)


def test_a_dateline_line_between_is_passed_over() -> None:
    ex = run(
        "Ghana and Togo agreed on new border crossings.\n\n3 June 2024 09:15\n\n"
        "An agreement was signed in Accra on Tuesday."
    )
    (g,) = ex.agreements
    assert sorted(g.parties) == ["Ghana", "Togo"]


def test_no_verb_of_agreeing_before_gives_no_sides() -> None:
    ex = run("Peru and Chile held talks in Lima on Monday. An agreement was signed on fisheries.")
    assert ex.agreements == []


def test_a_passive_not_opening_its_sentence_is_not_this_shape() -> None:
    ex = run(
        "Peru and Chile agreed on quotas. Officials said that in the end a deal was signed."
    )
    assert all(a.facts and all(f.rule != "passive_signed" for f in a.facts) for a in ex.agreements)

