"""Offices and occupations in more shapes: an office held "then" or "now" set off after a
name (held_then), occupations written before a name ("journalist A", "arms dealer B",
"opposition politicians C and D"), two fronted offices joined by "and" before ", Hon. A B,"
(joined_fronted_offices), and sentence adverbs that never open a name ("Later A B")."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer, run


def parsed(body: str):
    """Extraction from the article as the reader parses it ("Hon." ends no sentence there)."""
    return extract(parse_article(f"Debt talks end\n\n{body}\n", "t.txt"), gazetteer())


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_an_office_held_then_is_the_persons() -> None:
    ex = run("In 2019 Tomas Varga, then Slovakia's prime minister, opened the talks.")
    assert _roles(ex, "Tomas Varga") == [("prime minister", "Slovakia")]


def test_an_office_held_now_is_the_persons() -> None:
    ex = run("Ines Duarte, now Portugal's foreign minister, signed the accord.")
    assert _roles(ex, "Ines Duarte") == [("foreign minister", "Portugal")]


def test_an_occupation_before_a_name_is_a_role_with_the_demonym() -> None:
    ex = run("Two years ago Russian arms dealer Pavel Orlov was traded for US journalist Dana Reyes.")
    assert _roles(ex, "Pavel Orlov") == [("arms dealer", "Russia")]
    assert _roles(ex, "Dana Reyes") == [("journalist", "United States")]


def test_an_occupation_in_the_plural_before_two_names() -> None:
    ex = run("The Belarusian opposition politicians Olga Marin and Ivan Petrov were freed on Friday.")
    assert _roles(ex, "Olga Marin") == [("opposition politician", "Belarus")]
    assert _roles(ex, "Ivan Petrov") == [("opposition politician", "Belarus")]


def test_two_fronted_offices_before_an_honourable_name() -> None:
    ex = parsed("Prime Minister and Minister of Finance, Hon. Mark Lisle, told a press conference that the debt was cut.")
    (title, _aff), = _roles(ex, "Mark Lisle")
    assert title == "Prime Minister and Minister of Finance"


def test_hon_with_its_point_stays_with_the_name() -> None:
    ex = parsed("Minister of Trade, Hon. Mark Lisle, said the terms were fair.")
    assert _roles(ex, "Mark Lisle") == [("Minister of Trade", None)]


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    ex = run("Talks dragged on. Later Kamla Persad, Trinidad's prime minister, joined them.")
    assert actor(ex, "Kamla Persad", "person") is not None
    assert actor(ex, "Later Kamla Persad", "person") is None


def test_a_set_off_office_after_a_demonym_before_mr_and_a_name() -> None:
    ex = parsed("Talks were held with the Chilean Minister for the Armed Forces, Mr Tomas Varga, on Monday.")
    assert _roles(ex, "Tomas Varga") == [("Minister for the Armed Forces", "Chile")]


def test_an_indian_title_before_shri() -> None:
    ex = parsed("Raksha Mantri Shri Arvind Menon reviewed the purchase with the French side.")
    assert _roles(ex, "Arvind Menon")[0][0] == "Raksha Mantri"


def test_hon_without_its_point_and_a_post_nominal() -> None:
    ex = parsed("The Hon Anthony Lisle MP welcomed the treaty on behalf of Fiji.")
    assert actor(ex, "Anthony Lisle", "person") is not None


def test_an_office_word_is_no_surname() -> None:
    ex = parsed("Minister for Foreign Affairs Senator the Hon Marta Lisle said the treaty was sound.")
    names = {a.name for a in ex.actors if a.kind == "person"}
    assert "Affairs Senator" not in names and "Marta Lisle" in names


def test_a_body_chairperson_before_a_name() -> None:
    ex = run("The deal was welcomed by AU Commission chairperson Kofi Mensah on Friday.")
    assert _roles(ex, "Kofi Mensah")[0][0] == "AU Commission chairperson"


def test_a_lower_case_portfolio_before_a_name() -> None:
    ex = run("The deal was signed before Peru's minister of roads and urban development Carla Ruiz on Monday.")
    assert _roles(ex, "Carla Ruiz") == [("minister of roads and urban development", "Peru")]


def test_a_lower_case_portfolio_with_commas() -> None:
    ex = run("It was signed before the minister for ports, shipping and waterways Ravi Menon on Monday.")
    assert _roles(ex, "Ravi Menon")[0][0] == "minister for ports, shipping and waterways"
