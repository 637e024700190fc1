"""Rule given-name: a capitalised run opening with a listed given name is a person, though no
office or speech verb marks it; places, bodies, headline fragments and credits are not."""

from __future__ import annotations

import json

import pytest

from store.extract.given_name import GIVEN_FILE, given_first
from tests.extract_support import actor, names, run


@pytest.mark.parametrize(
    "text, name",
    [
        ("The quota row deepened when Ingrid Solberg wrote to the board in March.", "Ingrid Solberg"),
        ("Talks stalled until Sergio Ramírez Ochoa flew to the port city.", "Sergio Ramírez Ochoa"),
        ("A ferry once owned by Oleksandr Bondar was seized last year.", "Oleksandr Bondar"),
        ("The land deal involved Kwame Mensah-Boateng and two banks.", "Kwame Mensah-Boateng"),
        ("Investors backed Priyanka Raghunathan in the bidding war.", "Priyanka Raghunathan"),
        ("The plant was sold to Yusuf bin Hamad al-Qasimi in 2019.", "Yusuf bin Hamad al-Qasimi"),
        ("The fund, set up by tycoon Chen Wai-kit, bought the terminal.", "Chen Wai-kit"),
        ("Shares rose after Nguyen Thi Lan took a stake in the carrier.", "Nguyen Thi Lan"),
        ("The prize went to Chidinma Okafor for her work on the accord.", "Chidinma Okafor"),
        ("Rugby star Sione Taumalolo was traded for cash.", "Sione Taumalolo"),
    ],
)
def test_a_listed_given_name_makes_a_person(text: str, name: str) -> None:
    ex = run(text)
    assert name in names(ex, "person"), [a.name for a in ex.actors]


def test_a_stop_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    ex = run("But Astrid Lindqvist disagreed with the plan.")
    assert names(ex, "person") == {"Astrid Lindqvist"}


def test_an_office_after_the_name_is_read_as_before() -> None:
    ex = run("But Astrid Lindqvist, chief executive of the trawler owners' federation, objected.")
    p = actor(ex, "Astrid Lindqvist", "person")
    assert p is not None and [r.title for r in p.roles] == ["chief executive"]


@pytest.mark.parametrize(
    "text",
    [
        "Tourists flocked to Victoria Falls and the Jordan Valley this spring.",
        "Students of Georgia Tech met officials from Santa Cruz on Friday.",
        "Traffic on Viktor Orlov Street was halted for the parade.",
        "The Maria Theresa Hospital and the Nelson Mandela Foundation signed a pact.",
        "Will Russia sign? May Day rallies drew crowds. Grace Period ends soon.",
    ],
)
def test_places_bodies_and_words_are_no_persons(text: str) -> None:
    assert names(run(text), "person") == set()


def test_a_headline_fragment_is_no_person() -> None:
    ex = run("Andrea Wins Fishing Rights Vote\n\nThe quota vote passed on Monday.", headings=(0,))
    assert names(ex, "person") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The bridge opened in May. (Photo: Lucas Moreau/Harbour Wire)",
        "The bridge opened in May.\n\n[Edited by Lucas Moreau]",
        "Reporting by Lucas Moreau; Editing by Hannah Pruitt",
        "By Lucas Moreau\n\nThe bridge opened in May.",
    ],
)
def test_credits_and_bylines_are_no_persons(text: str) -> None:
    assert names(run(text), "person") == set()


def test_one_letter_misspelt_surname_is_the_same_person() -> None:
    ex = run("Agency chief Tomasz Wierzbicki arrived. Later Tomasz Wierzbiki met the press.")
    assert names(ex, "person") == {"Tomasz Wierzbicki"}


def test_the_list_leaves_out_what_it_says_it_leaves_out() -> None:
    data = json.loads(GIVEN_FILE.read_text(encoding="utf-8"))
    listed = set(data["given_names"])
    assert 2500 <= len(listed)
    assert listed.isdisjoint(data["left_out"])
    for word in ("Will", "May", "Grace", "Jordan", "Georgia", "Victoria", "Sultan", "Sheikh", "Park", "He"):
        assert not given_first(word)
    for word in ("Ingrid", "Oleksandr", "Kwame", "Priyanka", "Yusuf", "Nguyen", "Sione", "Frank-Walter"):
        assert given_first(word)


def test_a_name_after_a_region_or_body_in_one_run() -> None:
    ex = run("The bloc sent its envoy for the Horn of Africa Lukas Brenner to the talks.")
    assert "Lukas Brenner" in names(ex, "person")
    ex = run("Observers from the European Union Ingrid Solberg and others attended.")
    assert "Ingrid Solberg" in names(ex, "person")


def test_a_style_before_the_name_is_no_body() -> None:
    ex = run("Trade Minister Tengku Datuk Seri Hafiz Abdul Rahman said so.")
    assert "Hafiz Abdul Rahman" not in names(ex, "person")


def test_a_work_named_after_someone_is_no_person() -> None:
    from tests.extract_support import run as run_text

    ex = run_text("The state operator will run the Karim Haddad terminal at the port for ten years.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []
    ex = run_text("The state operator hired Karim Haddad at the port for ten years.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Karim Haddad"]
