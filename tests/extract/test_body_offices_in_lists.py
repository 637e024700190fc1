"""A body's office in a list of national offices keeps the body (rule list-continues stops
there), and Malay honorifics are no part of a name."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_commission_office_in_a_list_is_not_the_list_countrys() -> None:
    ex = run("The pact was signed by Chilean President Ana Soto and European Commission President Karl Weiss, and others.")
    assert _roles(ex, "Ana Soto") == [("President", "Chile")]
    assert _roles(ex, "Karl Weiss") == [("European Commission President", "European Union")]


def test_a_national_office_still_continues_the_list() -> None:
    ex = run("Japan's Foreign Minister Ken Sato and Defence Minister Aki Mori met their hosts.")
    assert _roles(ex, "Aki Mori") == [("Defence Minister", "Japan")]


def test_malay_honorifics_are_not_part_of_the_name() -> None:
    ex = run("Prime Minister Datuk Seri Azlan Rahman opened the zone. Tan Sri Rosli Hamid, its chairman, spoke later.")
    names = {a.name for a in ex.actors if a.kind == "person"}
    assert {"Azlan Rahman", "Rosli Hamid"} <= names
    assert not any(n.startswith(("Datuk", "Tan Sri")) for n in names)


def test_surname_opening_a_sentence_with_its_particle_is_the_same_person() -> None:
    ex = run("Commission President Anna van der Berg met the minister. Van der Berg said the deal would hold.")
    persons = [a for a in ex.actors if a.kind == "person"]
    assert [p.name for p in persons] == ["Anna van der Berg"]
    assert "Van der Berg" in persons[0].aliases


def test_a_government_is_no_person() -> None:
    ex = run("In Lima on Sunday, the Peruvian Government confirmed the talks. The Government said they would resume.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_representative_is_an_office_not_a_name() -> None:
    ex = run("The text was signed by High Representative Marta Lind and others. Representative Lind said it would hold.")
    names = [a.name for a in ex.actors if a.kind == "person"]
    assert names == ["Marta Lind"]


def test_a_surname_with_its_article_is_no_group() -> None:
    ex = run("In a post, Karim Ali al-Houthi, head of the group's committee, said the halt was welcome.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Karim Ali al-Houthi"]
    assert [a.name for a in ex.actors if a.kind == "organization"] == []


def test_the_group_itself_is_still_the_group() -> None:
    ex = run("The Houthis said they would stop. Houthi fighters fired two missiles.")
    assert [a.name for a in ex.actors if a.kind == "organization"] == ["Houthis"]


def test_numbered_body_defining_its_acronym_is_no_person() -> None:
    ex = run("The contract was signed by the builder and Elektrarna Temelin II (ETE II), the project company.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []
    ex = run("Documents were handed to Marek Novak II, the heir, on Monday, officials said.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Marek Novak"]  # the suffix is kept as a form
