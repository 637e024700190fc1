"""Rule firm-officer: "the company's chief executive, A" belongs to the firm just named."""

from __future__ import annotations

from tests.extract_support import actor, run


def _role(ex, name: str) -> tuple[str, str | None, str]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    r = p.roles[0]
    return r.title, r.affiliation, r.affiliation_rule


def test_firm_named_earlier_in_the_sentence() -> None:
    ex = run("Orders at Veltrax Motors rose in May, the company's chief executive, Maria Lund, told reporters in Oslo.")
    assert _role(ex, "Maria Lund") == ("chief executive of Veltrax Motors", "Veltrax Motors", "firm-officer")


def test_firm_that_opens_the_last_sentence_naming_one() -> None:
    ex = run(
        "Harlan Steel, which owns Birch Metals through its unit Birch North, said output would rise. "
        "Months later, the company's president, Ken Ito, told reporters that the plan held."
    )
    assert _role(ex, "Ken Ito") == ("president of Harlan Steel", "Harlan Steel", "firm-officer")


def test_bank_refers_back_the_same_way() -> None:
    ex = run("Kestrel Bank cut its forecast on Monday. The bank's governor, Olu Adeyemi, said rates would stay high.")
    assert _role(ex, "Olu Adeyemi")[1:] == ("Kestrel Bank", "firm-officer")


def test_no_firm_named_before_leaves_the_office_alone() -> None:
    ex = run("The company's chief executive, Maria Lund, said the talks with Veltrax Motors would resume.")
    assert _role(ex, "Maria Lund")[2] != "firm-officer"


def test_a_ministry_is_no_firm() -> None:
    ex = run("The U.S. State Department said on Friday it was pleased. The group's leader, Omar Saleh, disagreed.")
    p = actor(ex, "Omar Saleh", "person")
    assert p is None or all(r.affiliation_rule != "firm-officer" for r in p.roles)
