"""Rule aside_in_force: an aside right after an agreement's name saying it is in force (", in
force since 2003"), or carried on past its signing (", signed in 2009 and renewed in 2019,"), puts
it in force whatever a later verb of the sentence says; an aside about its signing alone does
not."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> str | None:
    found = run(text, published="2024-05-02").agreements
    return next(g for g in found if g.name == "Andean Port Accord").status


def test_in_force_since_after_a_partner() -> None:
    text = "Chile is near to finishing a revision of its Andean Port Accord with Peru, in force since 2003."
    assert _status(text) == "in_force"


def test_signed_and_renewed() -> None:
    text = "The Andean Port Accord, signed in 2009 and renewed in 2019 for ten years, was criticised by dockers on Monday."
    assert _status(text) == "in_force"


def test_a_signing_aside_alone_keeps_it_signed() -> None:
    text = "The Andean Port Accord, signed in Lima in 2023 by the two ministers, was criticised by dockers."
    assert _status(text) != "in_force"
