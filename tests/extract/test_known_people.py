"""Rule known-person-home: a well-known office holder of one state belongs to that state."""

from __future__ import annotations

import json

from store.extract.gazetteer import load_gazetteer
from store.extract.known_people import PEOPLE_FILE, known_homes, name_key
from tests.extract_support import actor, run


def _affs(ex, name: str) -> list[tuple[str, str | None, str]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation, r.affiliation_rule) for r in p.roles]


def test_head_of_government_abroad_keeps_his_country() -> None:
    ex = run("In Jakarta on Tuesday, Prime Minister Anthony Albanese and his hosts agreed to expand the lobster trade with Indonesia.")
    assert _affs(ex, "Anthony Albanese") == [("Prime Minister", "Australia", "known-person-home")]


def test_other_country_in_the_sentence_is_not_his() -> None:
    ex = run("President Emmanuel Macron thanked Brazil for its support during the climate talks.")
    assert _affs(ex, "Emmanuel Macron")[0][1] == "France"


def test_close_cue_still_wins() -> None:
    ex = run("Dutch Prime Minister Dick Schoof met the trade envoys in Brussels.")
    assert _affs(ex, "Dick Schoof")[0][1] == "Netherlands"
    assert _affs(ex, "Dick Schoof")[0][2] != "known-person-home"


def test_named_with_no_office_gets_the_country_alone() -> None:
    ex = run("Jacinda Ardern said the treaty was first drafted when her aides toured the Pacific islands.")
    assert _affs(ex, "Jacinda Ardern") == [("", "New Zealand", "known-person-home")]


def test_unknown_person_gets_nothing_from_the_list() -> None:
    ex = run("Halvor Brenne said the treaty was first drafted when his aides toured the Pacific islands.")
    p = actor(ex, "Halvor Brenne", "person")
    assert p is not None and all(r.affiliation_rule != "known-person-home" for r in p.roles)


def test_spelling_without_accents_matches() -> None:
    assert name_key("Félix Tshisekedi") == name_key("Felix  TSHISEKEDI") == "felix tshisekedi"
    assert known_homes()[name_key("Felix Tshisekedi")] == "Democratic Republic of the Congo"


def test_every_listed_country_is_a_gazetteer_country() -> None:
    data = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
    assert set(data) == {"version", "people"} and data["version"] == 1
    countries = load_gazetteer().countries
    assert set(data["people"]) <= set(countries)
    keys = [name_key(n) for names in data["people"].values() for n in names]
    assert len(keys) == len(set(keys)), "a name listed under two countries"


def test_the_list_never_makes_a_person() -> None:
    ex = run("The plan moved ahead as Mark Esper sought to rescue it before the vote.")
    assert actor(ex, "Mark Esper", "person") is None  # listed, but "Mark" is no listed given name


def test_an_unlisted_name_with_no_cue_is_no_person() -> None:
    ex = run("The plan moved ahead as Halvor Brenne sought to rescue it before the vote.")
    assert actor(ex, "Halvor Brenne", "person") is None


def test_then_before_a_plural_office() -> None:
    ex = run("Then-Presidents Halvor Brenne and Dmitri Volkov signed the treaty in 2010.")
    assert _affs(ex, "Halvor Brenne") == [("President", None, "")]
    assert _affs(ex, "Dmitri Volkov") == [("President", None, "")]


def test_one_name_with_and_without_a_hyphen_is_one_person() -> None:
    ex = run("President Park Jae Won arrived on Monday. On his first visit, Park Jae-won said he was pleased.")
    persons = [a for a in ex.actors if a.kind == "person"]
    assert len(persons) == 1
    assert {"Park Jae Won", "Park Jae-won"} <= {persons[0].name, *persons[0].aliases}
