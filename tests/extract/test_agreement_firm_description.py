"""Rules firm_description, firm_apposition and earlier_pair: a company described by its
country's adjective ("Italian energy group Eni") is the party, not its country; an older deal
whose sentence names only the company is the pair's earlier deal."""

from __future__ import annotations

from store.extract.firm_words import firm_words_end
from tests.extract.test_agreement_companies import _only
from tests.extract_support import run


def test_firm_words_end_stops_after_the_head_noun() -> None:
    words = "energy group Eni".split()
    assert firm_words_end(words, [w.lower() for w in words], 0, 3) == 2
    words = "state media said".split()
    assert firm_words_end(words, [w.lower() for w in words], 0, 3) == 0


def test_a_demonym_with_descriptive_words_before_the_firm_gives_the_firm() -> None:
    g = _only("Algeria signed a $9 billion agreement with Italian energy group Eni on Monday.")
    assert set(g.parties) == {"Algeria", "Eni"} and g.value == "$9 billion"


def test_a_possessive_with_descriptive_words_before_the_firm_gives_the_firm() -> None:
    g = _only("Hungary signed a deal with Russia's state nuclear company Rosatom to extend the Paks plant.")
    assert set(g.parties) == {"Hungary", "Rosatom"}


def test_a_demonym_without_a_firm_noun_stays_the_country() -> None:
    g = _only("Ghana signed a trade agreement with Nigerian officials in Accra.")
    assert set(g.parties) == {"Ghana", "Nigeria"}


def test_an_earlier_deal_of_the_company_is_the_pairs_not_its_home_countrys() -> None:
    x = run(
        "Qatar signed a 20-year gas supply agreement with Shell on Monday.\n\n"
        "Shell, the British energy major, already buys cargoes from Ras Laffan under an earlier deal signed in 2009."
    )
    deals = sorted((sorted(g.parties), g.year or 0) for g in x.agreements)
    assert deals == [(["Qatar", "Shell"], 0), (["Qatar", "Shell"], 2009)]
    older = next(g for g in x.agreements if g.year == 2009)
    assert {f.rule for f in older.facts if f.field == "party"} == {"earlier_pair"}


def test_an_earlier_deal_naming_two_sides_keeps_them() -> None:
    x = run(
        "Qatar signed a 20-year gas supply agreement with Shell on Monday.\n\n"
        "Japan and Qatar renewed supplies under a deal signed in 2009."
    )
    assert sorted(sorted(g.parties) for g in x.agreements) == [["Japan", "Qatar"], ["Qatar", "Shell"]]


def test_a_firm_of_its_country_is_the_party() -> None:
    g = _only("Eni of Italy signed a $4 billion deal with Algeria on Monday.")
    assert set(g.parties) == {"Eni", "Algeria"}


def test_a_described_firm_as_subject_is_the_party_not_its_country() -> None:
    g = _only("Italian energy group Eni signed a $4 billion deal with Algeria on Monday.")
    assert set(g.parties) == {"Eni", "Algeria"}
    g = _only("Italian energy group Eni and Algeria signed a $4 billion deal on Monday.")
    assert set(g.parties) == {"Eni", "Algeria"}
