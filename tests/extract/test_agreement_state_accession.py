"""Rule state_accession: a state's accession told by the noun ("Norway's accession", "its
accession protocol") is its text of joining a body: the state and the body "to" names, else the
one membership body named nearby; a record of the same pair takes it as a mention."""

from __future__ import annotations

from tests.extract_support import run


def test_a_possessive_accession_protocol_binds_the_state_and_the_body_named_before() -> None:
    (g,) = run("NATO ministers met in Oslo. Latvia ratified Norway's accession protocol on Monday.").agreements
    assert set(g.parties) == {"Norway", "NATO"} and "accession protocol" in g.name
    assert g.status == "signed" and g.unnamed
    assert {f.rule for f in g.facts if f.field == "party"} == {"state_accession"}


def test_the_body_after_to() -> None:
    (g,) = run("Serbia's accession to the European Union is still years away, diplomats say.").agreements
    assert set(g.parties) == {"Serbia", "European Union"}


def test_its_accession_is_the_one_state_named_before_it() -> None:
    (g,) = run("Paraguay, a full member of Mercosur since its accession protocol was ratified, is not covered.").agreements
    assert set(g.parties) == {"Paraguay", "Mercosur"}


def test_a_record_of_the_same_pair_takes_a_later_mention() -> None:
    ex = run("Lawmakers backed the protocol on Norway's accession to NATO. Latvia ratified Norway's accession in May.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Norway", "NATO"} and "accession" in g.keywords


def test_no_body_near_makes_no_record() -> None:
    assert run("Norway's accession was discussed at length by the cabinet.").agreements == []
