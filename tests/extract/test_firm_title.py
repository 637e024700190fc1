"""Rule firm_title: a company's office written between the firm's name and the holder's reads
"<office> of <firm>", the firm under the name the article gives it in full; a body that is
no firm keeps its office as written."""

from __future__ import annotations

from tests.extract_support import actor, run


def _titles(ex, name: str) -> list[str]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [r.title for r in p.roles]


def test_a_short_form_of_the_firm_before_its_chief_executive() -> None:
    ex = run(
        "Kestrel Avionics Corporation (KAC) won the radar order on Monday. "
        "KAC chief executive Maria Lopez said the firm was proud."
    )
    assert _titles(ex, "Maria Lopez") == ["chief executive of Kestrel Avionics Corporation"]


def test_the_first_word_of_a_firm_named_in_full() -> None:
    ex = run(
        "Norway's Fjordgas Energy signed the supply deal on Monday. "
        "Fjordgas chairman Hans Becker called it the largest deal in the firm's history."
    )
    p = actor(ex, "Hans Becker", "person")
    assert p is not None and [(r.title, r.affiliation) for r in p.roles] == [("chairman of Fjordgas Energy", "Norway")]


def test_a_ministry_keeps_its_office_as_written() -> None:
    ex = run("Foreign Ministry spokesman Hans Becker said the talks would resume.")
    assert all(" of " not in t for t in _titles(ex, "Hans Becker"))


def test_a_public_authority_keeps_its_office_as_written() -> None:
    ex = run("The Tasman Ports Authority (TPA) approved the lease. TPA chairman Hans Becker said talks went well.")
    assert _titles(ex, "Hans Becker") == ["TPA chairman"]


def test_a_movements_founder_keeps_the_office_as_written() -> None:
    ex = run("The Coastal Liberation Front (CLF) signed the truce. CLF founder Hans Becker did not attend.")
    assert _titles(ex, "Hans Becker") == ["CLF founder"]
