"""An agreement whose effect is still to come is announced ("will take effect on Monday",
"enters into force next month"); one that took effect is in force; a stated signing outranks
both."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    return next(a for a in run(text, published="2024-06-05").agreements if a.unnamed)


def test_will_take_effect_is_announced() -> None:
    assert _only("The border truce between Ghana and Togo will take effect on Monday.").status == "announced"


def test_enters_into_force_is_announced() -> None:
    assert _only("The Ghana-Togo border agreement enters into force on Monday.").status == "announced"


def test_entered_into_force_is_in_force() -> None:
    assert _only("The Ghana-Togo border agreement entered into force on Monday.").status == "in_force"


def test_a_signing_outranks_an_effect_to_come() -> None:
    g = _only("Ghana and Togo clinched a truce on Friday. The truce is due to take effect on Monday.")
    assert g.status == "signed"
