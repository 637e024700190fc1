"""An envoy's remit after "for" is part of the office set off after a name (rule envoy_remit),
never a country it is sent about; a lower-case office keeps "government", "party" or "peace
panel" before its head and a hyphened first half ("secretary-general", "director-general")."""

from __future__ import annotations

import pytest

from tests.extract_support import actor, run


def _roles(text: str, name: str) -> list[tuple[str, str | None]]:
    ex = run(text)
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Beijing sent Liu Wen, China's special envoy for Asian affairs, to the talks.", "Liu Wen", "special envoy for Asian affairs"),
        ("Liu Wen, the special envoy for the Horn of Africa, arrived on Monday.", "Liu Wen", "special envoy for the Horn of Africa"),
        ("Ana Pires, the chief negotiator for Gulf issues, spoke first.", "Ana Pires", "chief negotiator for Gulf issues"),
    ],
)
def test_an_envoys_remit_is_part_of_the_office(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _roles(text, name))


def test_a_country_an_envoy_is_sent_about_is_no_remit_of_the_title() -> None:
    assert all("Sudan" not in t for t, _ in _roles("Tom Perrin, special envoy for Sudan, arrived.", "Tom Perrin"))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Mali's government spokesman Oumar Diallo read the statement.", "Oumar Diallo", "government spokesman"),
        ("The ruling party spokesman Kemal Oz said so.", "Kemal Oz", "party spokesman"),
        ("Government peace panel chair Rosa Alcantara signed the deal.", "Rosa Alcantara", "Government peace panel chair"),
        ("ASEAN secretary-general Kao Vanna said the bloc would help.", "Kao Vanna", "ASEAN secretary-general"),
        ("WTO director-general Amina Bello welcomed it.", "Amina Bello", "WTO director-general"),
    ],
)
def test_a_lower_case_office_keeps_its_words(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _roles(text, name))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("NASA Administrator Bill Nelson welcomed the accord.", "Bill Nelson", "NASA Administrator"),
        ("USAID Administrator Samantha Power signed the grant.", "Samantha Power", "USAID Administrator"),
    ],
)
def test_a_body_before_an_office_head_is_part_of_the_office(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _roles(text, name))


def test_managing_stays_with_its_director() -> None:
    assert any(t == "managing director" for t, _ in _roles("The firm's managing director Ana Pires spoke.", "Ana Pires"))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Lagos State Governor Babatunde Ojo opened the port.", "Babatunde Ojo", "Lagos State Governor"),
        ("Kurdistan Region President Karwan Aziz met the envoy.", "Karwan Aziz", "Kurdistan Region President"),
        ("Nigeria's Kano State Governor Abba Yusuf spoke first.", "Abba Yusuf", "Kano State Governor"),
    ],
)
def test_a_polity_inside_a_state_keeps_its_office(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _roles(text, name))
