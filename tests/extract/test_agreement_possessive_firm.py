"""Rule possessive_firm: a firm written with its country's possessive ("a deal with Japan's
Marubeni", "with Korea's KNOC, the state oil firm") is the party, not the country; a state's
own body so written ("Peru's Defence Ministry") stays the country. Rule between_unread: an
earlier agreement "between" parties the text names but no rule reads is no guess of the
article's main pair."""

from __future__ import annotations

from tests.extract_support import run


def test_a_known_firm_after_a_possessive_is_the_partner() -> None:
    (g,) = run("Peru signed a $2 billion deal with Japan's Mitsubishi Corporation to build a port.").agreements
    assert set(g.parties) == {"Peru", "Mitsubishi Corporation"}


def test_an_acronym_after_a_possessive_is_the_partner() -> None:
    (g,) = run("Ghana signed a $300 million contract with Korea's KNOC, the state oil firm, on Monday.").agreements
    assert set(g.parties) == {"Ghana", "KNOC"}


def test_a_named_firm_with_an_apposition_is_the_partner() -> None:
    (g,) = run("Ghana signed a $300 million deal with Norway's Fjordkraft, a power trader, on Monday.").agreements
    assert set(g.parties) == {"Ghana", "Fjordkraft"}


def test_a_states_own_body_stays_the_state() -> None:
    (g,) = run("Ghana signed a $300 million deal with Peru's Defence Ministry, the main buyer, on Monday.").agreements
    assert set(g.parties) == {"Ghana", "Peru"}


def test_an_unread_between_is_no_guess() -> None:
    ex = run(
        "Ghana signed a $300 million deal with Korea's KNOC on Monday. Ghana's deal follows an earlier "
        "agreement between Nordic Oilco and the Tema Refinery for a terminal."
    )
    assert all("earlier agreement" not in g.keywords for g in ex.agreements)
