"""Status and year from the verb and its tense: a signing still to come ("when we sign"), a
ceasefire the sides "accepted", and the signing day's year of an agreement now in force."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str, **kw):
    ex = run(text, **kw)
    assert len(ex.agreements) == 1, [a.name for a in ex.agreements]
    return ex.agreements[0]


def test_when_we_sign_is_a_signing_to_come() -> None:
    g = _only('"Monday is when we sign the border agreement between Ghana and Togo," the Ghanaian president said.')
    assert g.status == "announced"


def test_once_they_sign_is_a_signing_to_come() -> None:
    g = _only("Ghana and Togo will open the crossing once they sign the border agreement.")
    assert g.status == "announced"


def test_a_plain_present_sign_stays_signed() -> None:
    g = _only("Ghana and Togo sign a border agreement in Accra.")
    assert g.status == "signed"


def test_sides_that_accepted_a_ceasefire_are_its_parties() -> None:
    g = _only("After a week of clashes, Peru and Chile have accepted a ceasefire that takes effect at midnight.")
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "announced"


def test_accept_without_a_party_list_makes_nothing() -> None:
    assert run("The minister said nobody would accept a ceasefire on those terms.").agreements == []


def test_in_force_on_signing_takes_the_signing_day_year() -> None:
    g = _only(
        "Ghana and Togo signed a border agreement on Friday in Accra. "
        "Once signed, the Border Agreement entered into force, officials said.",
        published="2024-05-03",
    )
    assert g.status == "in_force" and g.year == 2024
    assert any(f.field == "year" and f.rule == "day_article_year" for f in g.facts)


def test_in_force_with_no_dated_signing_has_no_year() -> None:
    g = _only(
        "Ghana and Togo signed a border agreement in Accra. The Border Agreement entered into force, officials said.",
        published="2024-05-03",
    )
    assert g.status == "in_force" and g.year is None
