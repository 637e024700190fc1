"""Rule inverted_name: the word a name's "of" gives, put before its head noun ("the Treaty of
Arica" ... "the Arica Treaty"), is a short form of that name: one agreement."""

from __future__ import annotations

from tests.extract_support import run


def test_the_place_before_the_head_is_the_same_treaty() -> None:
    found = run("Chile and Peru signed the Treaty of Arica on Monday. The Arica Treaty settles the border.").agreements
    assert [g.name for g in found] == ["Treaty of Arica"], [g.name for g in found]
    assert "Arica Treaty" in found[0].aliases and set(found[0].parties) == {"Chile", "Peru"}


def test_a_long_declaration_and_its_short_form() -> None:
    found = run(
        "Chile and Peru released the Joint Declaration of Arica for Dialogue and Peace on Monday. "
        "The Arica Declaration also says any dispute will go to the courts."
    ).agreements
    assert [g.name for g in found] == ["Joint Declaration of Arica for Dialogue and Peace"], [g.name for g in found]


def test_another_place_is_another_text() -> None:
    found = run("Chile and Peru signed the Treaty of Arica on Monday. The Lima Treaty of 1929 set the border.").agreements
    assert len(found) == 2, [g.name for g in found]
