"""A name written after its parties and the same name written bare are one agreement."""

from __future__ import annotations

from tests.extract_support import run


def test_the_prefixed_and_the_bare_name_are_one_record() -> None:
    ex = run(
        "Together, the two agreements modernise the EU-Peru Association Agreement, which has been in force since 2013.\n\n"
        "The EU and Peru concluded an Association Agreement in 2012, including a free trade agreement."
    )
    (g,) = [g for g in ex.agreements if "Association" in g.name]
    assert set(g.parties) == {"European Union", "Peru"}
    assert {g.name, *g.aliases} >= {"Association Agreement", "EU-Peru Association Agreement"}


def test_a_prefix_naming_another_party_is_another_text() -> None:
    ex = run(
        "The EU-Peru Association Agreement has been in force since 2013.\n\n"
        "Mexico and Chile concluded an Association Agreement in 2012."
    )
    assert len([g for g in ex.agreements if "Association" in g.name]) == 2


def test_a_prefixed_name_alone_takes_its_prefix_parties() -> None:
    ex = run("Ministers praised the EU-Peru Association Agreement, in force since 2013.")
    assert [set(g.parties) for g in ex.agreements] == [{"European Union", "Peru"}]
