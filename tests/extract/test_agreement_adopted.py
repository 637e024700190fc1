"""Rule adopted_agreement: an agreement a body adopts ("formally adopted the world's first X
Agreement", "was adopted by 12 votes") is not taken to be in force, and the day of its adoption
gives its year."""

from __future__ import annotations

from tests.extract_support import run

_ADOPTED = (
    "Member states of the Pacific Islands Forum on Tuesday formally adopted the world's first Kauri "
    "Agreement at the summit. The agreement was adopted by 12 votes."
)


def test_an_adopted_agreement_takes_its_day_year_and_no_status() -> None:
    (g,) = run(_ADOPTED, published="2025-05-22").agreements
    assert (g.status, g.year) == (None, 2025)
    assert {f.rule for f in g.facts if f.field == "year"} == {"adopted_agreement"}


def test_an_agreement_adopted_after_its_mention_counts() -> None:
    text = "Ministers said on Monday the Kauri Agreement was adopted by 12 votes."
    (g,) = run(text, published="2025-05-22").agreements
    assert (g.status, g.year) == (None, 2025)


def test_an_alliance_not_adopted_stays_in_force() -> None:
    (g,) = run("Fiji and Samoa said their alliance remains strong.", published="2025-05-22").agreements
    assert g.status == "in_force"

