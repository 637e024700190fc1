"""The IMF's executive board, however written, is the listed body (it signs for the IMF: parent_bodies)."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_the_funds_board_written_with_a_possessive() -> None:
    ex = run("The International Monetary Fund's executive board on Friday approved a loan for Peru.")
    assert actor(ex, "IMF Executive Board", "organization") is not None



def test_the_short_imf_board() -> None:
    ex = run("The IMF board meets on Friday to approve the programme for Peru.")
    assert actor(ex, "IMF Executive Board", "organization") is not None


def test_a_states_central_bank_described_is_its_listed_bank() -> None:
    ex = run("China's central bank and Kenya signed a currency swap deal on Friday.")
    assert actor(ex, "People's Bank of China", "organization") is not None
