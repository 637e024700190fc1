"""Rule ambiguous_subject, more verbs: a state's own name that could name something else
("Turkey", "Chad", "Jordan") negotiating, leasing or granting a text ("Turkey is negotiating to
buy ...", "Chad granted X a concession") is the state, so the text keeps it as a side."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Turkey is negotiating to buy 40 Eurofighter Typhoon jets from Britain.", {"Turkey", "United Kingdom"}),
        ("Turkey negotiated a gas deal with Azerbaijan in 2019.", {"Turkey", "Azerbaijan"}),
        ("Chad granted DP World a 25-year concession in 2019.", {"Chad", "DP World"}),
        ("Jordan leased the Aqaba terminal to DP World in 2018.", {"Jordan", "DP World"}),
    ],
)
def test_the_state_acting_on_a_text_is_a_side(text: str, parties: set[str]) -> None:
    (g,) = run(text).agreements
    assert set(g.parties) == parties


def test_a_persons_name_stays_a_person() -> None:
    ex = run("Michael Jordan is negotiating a sponsorship deal with Nike.")
    assert "Jordan" not in {a.name for a in ex.actors}
