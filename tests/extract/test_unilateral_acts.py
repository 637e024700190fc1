"""Rule unilateral_declaration: a declaration of what one side proclaims alone is no agreement
and joins none told before."""

from __future__ import annotations

from tests.extract_support import run


def _records(text: str) -> list[tuple[str, int | None]]:
    return sorted((g.name, g.year) for g in run(text).agreements)


def test_a_declaration_of_a_one_sided_act_is_no_agreement() -> None:
    for text in (
        "Moldova must drop from its laws a reference to the 1991 declaration of independence, Russia said.",
        "Kosovo's 2008 declaration of independence was recognised by the United States and France.",
        "The United States and Britain fought after the Declaration of Independence was signed in 1776.",
        "Russia's declaration of war on Japan came in August 1945.",
        "Ukraine's 1990 Declaration of State Sovereignty was cited by Kyiv.",
        "The president's declaration of martial law was condemned by France and Germany.",
        "Peru's declaration of a state of emergency in the south angered Bolivia.",
    ):
        assert _records(text) == [], text


def test_it_joins_no_declaration_told_before() -> None:
    text = (
        "Georgia and Russia signed a joint declaration in Geneva on Monday. Moscow wants Georgia to "
        "drop a reference to the 1991 declaration of independence from its laws."
    )
    found = run(text).agreements
    assert len(found) == 1 and found[0].year != 1991 and "1991 declaration" not in found[0].aliases
    text = "Serbia and Kosovo signed a joint declaration on trade. Belgrade never recognised Kosovo's 2008 declaration of independence."
    assert [g.year for g in run(text).agreements] != [2008]


def test_declarations_between_parties_stay() -> None:
    assert _records("Israel and Jordan signed the Washington Declaration in 1994.") == [("Washington Declaration", 1994)]
    assert len(run("Kenya and Uganda signed a declaration of intent on the railway in May.").agreements) == 1
    assert len(run("Sudan and the SPLM signed a Declaration of Cessation of Hostilities in Juba in 2020.").agreements) == 1
