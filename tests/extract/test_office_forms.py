"""One office, many spellings: one role per office and country."""

from __future__ import annotations

from store.extract.office_forms import office_key
from store.records import StoredRole
from store.resolve.offices import group_roles
from tests.extract_support import actor, run


def test_spellings_of_one_office_share_a_key() -> None:
    keys = {office_key(t) for t in ("Defence Minister", "Minister of Defense", "Defense Minister", "minister of defence")}
    assert keys == {"defense minister"}
    assert office_key("Minister for Foreign Affairs") == office_key("Foreign Minister")
    assert office_key("Secretary-General") == office_key("Secretary General")
    assert office_key("Prime Minister") != office_key("Deputy Prime Minister")


def test_an_article_gives_one_role_per_office_and_country() -> None:
    ex = run("Peru's Defence Minister Raul Soto spoke. Later the Minister of Defense, Raul Soto, signed.")
    p = actor(ex, "Raul Soto", "person")
    assert p is not None and len(p.roles) == 1 and p.roles[0].affiliation == "Peru"


def test_stored_roles_group_by_office_and_country() -> None:
    roles = [
        StoredRole("Defence Minister", "c-peru", "a1", 0),
        StoredRole("Minister of Defense", "c-peru", "a2", 3),
        StoredRole("Defense Minister", "c-peru", "a3", 1),
        StoredRole("Defense Minister", "c-peru", "a4", 2),
        StoredRole("Defense Minister", "c-chile", "a5", 0),
    ]
    groups = group_roles(roles)
    assert [(g.title, g.affiliation, len(g.roles)) for g in groups] == [
        ("Defense Minister", "c-peru", 4),
        ("Defense Minister", "c-chile", 1),
    ]
    assert groups[0].spellings == ["Defence Minister", "Minister of Defense", "Defense Minister"]


def test_an_office_without_country_joins_the_same_office_with_one() -> None:
    roles = [
        StoredRole("President", None, "a1", 0),
        StoredRole("President", "c-peru", "a2", 0),
        StoredRole("Former President", None, "a3", 0),
    ]
    groups = group_roles(roles)
    assert [(g.title, g.affiliation, [r.article for r in g.roles]) for g in groups] == [
        ("President", "c-peru", ["a2", "a1"]),
        ("Former President", None, ["a3"]),
    ]


def test_an_office_without_country_stays_apart_when_two_countries_hold_it() -> None:
    roles = [
        StoredRole("Defence Minister", None, "a1", 0),
        StoredRole("Defence Minister", "c-peru", "a2", 0),
        StoredRole("Defence Minister", "c-chile", "a3", 0),
    ]
    assert [(g.affiliation, len(g.roles)) for g in group_roles(roles)] == [(None, 1), ("c-peru", 1), ("c-chile", 1)]


def test_an_office_given_by_a_verb_of_choosing() -> None:
    from tests.extract_support import actor as find_actor
    from tests.extract_support import run as run_text

    ex = run_text("Lawmakers on Monday elected Tamas Halmi as Hungary's new president.")
    p = find_actor(ex, "Tamas Halmi", "person")
    assert p is not None and [(r.title, r.affiliation) for r in p.roles] == [("president", "Hungary")]
    ex = run_text("They named Tamas Halmi as a witness in the case.")
    p = find_actor(ex, "Tamas Halmi", "person")
    assert p is None or not any(r.title for r in p.roles)
