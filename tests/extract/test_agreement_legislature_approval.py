"""Rule legislature_approval: a legislature's approval of an agreement ("lawmakers approved the
treaty", "was approved by 77 of the 140 members of parliament") is its ratification, so it is
signed; an approval still to come, or a cabinet's, is not."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> tuple[str | None, str]:
    (g,) = run(text, published="2024-03-10").agreements
    rules = [f.rule for f in g.facts if f.field == "status"]
    return g.status, rules[-1] if rules else ""


def test_lawmakers_approving_a_treaty_ratify_it() -> None:
    text = "Ghana's lawmakers on Monday approved the Volta Water Treaty with Togo by 188 votes to six."
    assert _status(text) == ("signed", "legislature_approval")


def test_a_treaty_approved_by_members_of_parliament() -> None:
    text = "The Volta Water Treaty between Ghana and Togo was approved by 77 of the 140 members of parliament."
    assert _status(text) == ("signed", "legislature_approval")


def test_an_approval_to_come_is_no_ratification() -> None:
    text = "Ghana's parliament will soon vote, and lawmakers are expected to have approved the Volta Water Treaty with Togo."
    assert _status(text)[1] != "legislature_approval"


def test_a_cabinets_approval_is_no_ratification() -> None:
    assert _status("Ghana's cabinet approved the Volta Water Treaty with Togo.") == ("announced", "status_cue_before")


def test_the_day_of_the_approval_does_not_date_the_signing() -> None:
    text = (
        "Ghana's parliament on Wednesday approved a border agreement with Togo. "
        "The agreement was signed in Accra in 2019 by the two ministers."
    )
    (g,) = run(text, published="2024-03-10").agreements
    assert (g.status, g.year) == ("signed", 2019)
