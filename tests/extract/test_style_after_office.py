"""Rule style_after_comma_office: "Qatar's emir, Sheikh A": the style before the name is no
office; the office set off before the comma is, with its country."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_emir_set_off_before_a_styled_name() -> None:
    ex = run("Kuwait's emir, Sheikh Nawaf bin Jaber, welcomed the port deal on Sunday.")
    assert _roles(ex, "Nawaf bin Jaber") == [("emir", "Kuwait")]


def test_crown_prince_set_off_before_a_styled_name() -> None:
    ex = run("The accord was praised by Oman's crown prince, Sheikh Theyazin bin Haitham, in Muscat.")
    assert _roles(ex, "Theyazin bin Haitham") == [("crown prince", "Oman")]


def test_style_alone_is_still_read_before_the_name() -> None:
    ex = run("Trade rose. Sheikh Nawaf bin Jaber welcomed the port deal on Sunday.")
    assert actor(ex, "Nawaf bin Jaber", "person") is not None


def test_an_honorific_after_a_long_office_leaves_the_office_to_the_name() -> None:
    ex = run("Minister of Commerce and Industry Shri Ravi Kumar said the pact was modern.")
    assert [r.title for r in actor(ex, "Ravi Kumar", "person").roles] == ["Minister of Commerce and Industry"]
