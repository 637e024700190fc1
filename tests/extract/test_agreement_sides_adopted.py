"""Rule sides_adopted: a text its own sides adopt ("the two sides adopted", "the leaders
adopted") is signed, of the adoption's year; one a body adopts ("member states adopted") keeps
no stage of the list."""

from __future__ import annotations

from tests.extract_support import run


def _accord(text: str):
    found = run(text, published="2024-11-20").agreements
    return next(g for g in found if "Arica" in g.name)


def test_the_two_sides_adopting_a_declaration_sign_it() -> None:
    g = _accord(
        "Chile and Peru held talks in Arica on Tuesday.\n\n"
        "When the talks ended, the two sides adopted the Arica Declaration on Water, a ten-point text."
    )
    assert (g.status, g.year) == ("signed", 2024)
    assert "sides_adopted" in {f.rule for f in g.facts if f.field == "status"}


def test_leaders_adopting_a_counted_declaration_sign_it() -> None:
    g = _accord("Closing the summit, the leaders adopted a 12-point Arica Declaration on Water, officials said.")
    assert g.status == "signed"


def test_a_body_adopting_a_text_does_not_sign_it() -> None:
    g = _accord("At the assembly in Geneva, member states adopted the Arica Convention on Water by consensus.")
    assert "sides_adopted" not in {f.rule for f in g.facts}
