"""Rule country_possessive_name: a full name right after a country's possessive is a person
of that country with no office; places, works, bodies and headline words are not."""

from __future__ import annotations

from tests.extract_support import actor, article, run


def test_leaders_named_after_their_countries() -> None:
    ex = run("The summit was hosted by Chile, with Peru's Manuel Ortega Salas and Bolivia's Ana Quispe at its side.")
    for name, country in (("Manuel Ortega Salas", "Peru"), ("Ana Quispe", "Bolivia")):
        p = actor(ex, name, "person")
        assert p is not None, [a.name for a in ex.actors]
        assert [(r.title, r.affiliation) for r in p.roles] == [("", country)]


def test_a_name_with_a_particle_counts_its_real_words() -> None:
    ex = run("The pact was backed by Portugal's Luis Alberto Costa da Silva on Monday.")
    assert actor(ex, "Luis Alberto Costa da Silva", "person") is not None


def test_places_works_and_firms_are_no_persons() -> None:
    ex = run(
        "Uganda's Karuma Dam opened as Ghana's Tema Port grew, Japan's Kawasaki Heavy won and "
        "Pakistan's Sindh Province flooded, while Tanzania's Economic Stabilization was slow."
    )
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_a_headline_capitalises_every_word() -> None:
    from store.extract import extract
    from tests.extract_support import gazetteer

    art = article("Kenya's Ruto Hails Pact\n\nThe pact was signed in Nairobi on Monday.", headings=(0,))
    ex = extract(art, gazetteer())
    assert [a.name for a in ex.actors if a.kind == "person"] == []
