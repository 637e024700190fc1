"""Rule model_letter: a bare capital letter ending a capitalised pair names a model, not a person."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_model_letter_is_no_surname() -> None:
    ex = run(
        "The order covers 15 single-seat Harrier E jets and two dual-seat Harrier F aircraft. "
        "Harrier F trainers arrive later, the ministry said."
    )
    assert actor(ex, "Harrier F", "person") is None
    assert not [a for a in ex.actors if a.kind == "person"]


def test_a_regnal_numeral_of_one_letter_stays_in_the_name() -> None:
    ex = run("King Harald V signed the fisheries accord with Iceland on Monday.")
    assert actor(ex, "Harald V", "person") is not None
