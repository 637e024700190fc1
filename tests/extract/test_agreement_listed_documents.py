"""Rule listed_documents: documents listed after a colon and parted by semicolons ("Four other
documents were signed: an agreement on A; a service contract for B; and a memorandum on C
between X and Y") are one record each, of the item's own "between" parties else the plural's,
signed as the plural was and in the year of the agreement told before them."""

from __future__ import annotations

from tests.extract_support import run

_TOLD = (
    "Chile and Argentina on Monday signed a long-term treaty to share water from the Andes, during a "
    "visit of the Argentine foreign minister to Santiago. "
)


def test_each_item_after_the_colon_is_a_record() -> None:
    ex = run(
        _TOLD
        + "Three other documents were signed on the occasion: an agreement on student exchanges, which doubles "
        "the number of grants; a supply contract for railway sleepers; and a memorandum on mining research."
    )
    names = [g.name for g in ex.agreements]
    assert len(names) == 4, names
    assert any("student exchanges" in n for n in names) and any("railway sleepers" in n for n in names)
    assert not any("doubles" in n for n in names)  # a relative clause says what it does, not what it is
    for g in ex.agreements:
        assert set(g.parties) == {"Chile", "Argentina"} and g.status == "signed", g


def test_an_item_between_two_bodies_is_theirs() -> None:
    ex = run(
        _TOLD
        + "Two other documents were exchanged: an agreement on customs data; and a memorandum of understanding on "
        "solar power between the Chile Grid Authority and Argentina's Energia Andina Limited."
    )
    memo = [g for g in ex.agreements if "solar" in " ".join((g.name, *g.keywords))]
    assert len(memo) == 1, [g.name for g in ex.agreements]
    assert set(memo[0].parties) == {"Chile Grid Authority", "Energia Andina Limited"}
    told = [g for g in ex.agreements if "treaty" in " ".join((g.name, *g.keywords))]
    assert told and set(told[0].parties) == {"Chile", "Argentina"}  # the main deal is not the memorandum


def test_a_list_of_places_is_no_list_of_documents() -> None:
    ex = run(
        _TOLD + "Talks on further deals were held in three cities: Santiago, the capital; Mendoza; and Valparaiso."
    )
    assert len(ex.agreements) == 1, [g.name for g in ex.agreements]


def test_one_item_is_left_to_the_other_rules() -> None:
    ex = run(_TOLD + "Another document was signed: an agreement on tourism.")
    assert not any(s.rule == "listed_documents" for g in ex.agreements for s in g.spans)


def test_documents_among_them_are_a_record_each() -> None:
    ex = run(
        _TOLD
        + "In all, 12 documents were signed during the visit, among them an agreement between the transport ministries "
        "on the upkeep of mountain roads, and an agreement between the health ministries on vaccine trials."
    )
    listed = [g for g in ex.agreements if any(s.rule == "listed_documents" for s in g.spans)]
    assert len(listed) == 2, [g.name for g in ex.agreements]
    assert any("mountain roads" in " ".join(g.keywords) for g in listed)
    assert any("vaccine trials" in g.name for g in listed)
    assert all(set(g.parties) == {"Chile", "Argentina"} and g.status == "signed" for g in listed)


def test_things_including_a_place_are_no_documents() -> None:
    ex = run(_TOLD + "The ministers toured several sites, including a port, and a dam.")
    assert not any(s.rule == "listed_documents" for g in ex.agreements for s in g.spans)
