"""Rule leaving_to_come: an old agreement a country is still to leave ("is withdrawing from",
"threatened to quit", "a permanent exit from the pact") binds until the exit takes effect, so it
is in force; one a country has left is not."""

from __future__ import annotations

from store.extract.leaving import left, left_done
from store.extract.tokens import Doc, build_doc
from tests.extract_support import article, run


def _status(text: str) -> str | None:
    (g,) = run(text, published="2019-02-01").agreements
    return g.status


def test_a_withdrawal_under_way_leaves_an_old_treaty_in_force() -> None:
    text = "Chile is withdrawing from the Andes Water Treaty, signed in 1991 between Chile and Peru."
    assert _status(text) == "in_force"


def test_a_threat_to_quit_and_a_coming_exit_leave_it_in_force() -> None:
    text = (
        "Chile threatened to quit the Andes Water Treaty in March. It starts a countdown to a "
        "permanent exit from the pact, signed in 1991 between Chile and Peru."
    )
    assert _status(text) == "in_force"


def test_a_treaty_already_left_stays_signed() -> None:
    text = "Peru and Chile signed the Andes Water Treaty in 1991. Peru withdrew from the Andes Water Treaty last year."
    assert _status(text) == "signed"


def _at(text: str, word: str) -> tuple[Doc, int]:
    d = build_doc(article(text))
    return d, d.low.index(word)


def test_left_done_tells_a_leaving_done_from_one_to_come() -> None:
    for text, done in (
        ("Peru withdrew from the pact.", True),
        ("Peru pulled out of the pact.", True),
        ("Peru will withdraw from the pact.", False),
        ("Peru is pulling out of the pact.", False),
        ("Peru announced a permanent exit from the pact.", False),
        ("Peru vowed to quit the pact.", False),
        ("Peru never withdrew from the pact.", False),
    ):
        d, i = _at(text, "pact")
        assert left_done(d, i) is done, text
    d, i = _at("Peru vowed to quit the pact.", "pact")
    assert left(d, i)
