"""Rule firm_short_form: a company named in full and again without its company ending is the
same firm ("Kosmos Energy" ... "Kosmos"), also as a party; a form two firms share is no one's."""

from __future__ import annotations

from tests.extract_support import run


def test_short_form_is_a_party() -> None:
    ex = run("Tullow Oil welcomed the plan. Shell signed a farm-in deal with Tullow last year.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Shell", "Tullow Oil"}
    assert [a.name for a in ex.actors if a.name.startswith("Tullow")] == ["Tullow Oil"]


def test_a_form_two_firms_share_stays_unread() -> None:
    ex = run("Tullow Oil and Tullow Mining both grew. Shell signed a farm-in deal with Tullow last year.")
    assert all(set(g.parties) != {"Shell", "Tullow Oil"} for g in ex.agreements)


def test_a_short_form_that_is_a_country_stays_the_country() -> None:
    text = "Oman will ship fuel to Japan through a ten-year supply deal agreed on Monday. Among the sellers is Oman Energy, a state firm, with BP."
    (g,) = run(text).agreements
    assert set(g.parties) == {"Oman", "Japan"}
