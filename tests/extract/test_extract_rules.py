"""Every extracted fact names the rule that made it: mentions, roles, affiliations."""

from __future__ import annotations

from store.db.schema import actor_from_dict, extraction_from_dict, extraction_to_dict
from tests.extract_support import actor, run


def test_person_mention_and_role_name_their_rules() -> None:
    ex = run("Chilean Foreign Minister Alberto van Klaveren met reporters. Van Klaveren said ties were strong.")
    p = actor(ex, "Alberto van Klaveren", "person")
    assert p is not None
    assert p.rule == "title-before-name"
    assert p.spans[0].rule == "title-before-name"
    role = p.roles[0]
    assert (role.title, role.affiliation, role.rule, role.affiliation_rule) == (
        "Foreign Minister",
        "Chile",
        "title-before-name",
        "country-before-office",
    )


def test_untitled_name_is_found_by_a_speech_verb() -> None:
    ex = run("Talks resumed in Lima. Rosa Quispe said the port deal was close.")
    p = actor(ex, "Rosa Quispe", "person")
    assert p is not None and p.rule == "speech-verb"


def test_office_after_name_names_its_rule() -> None:
    ex = run("Tomas Berg, Sweden's trade minister, signed the accord in Oslo.")
    p = actor(ex, "Tomas Berg", "person")
    assert p is not None
    assert [(r.rule, r.affiliation) for r in p.roles] == [("office-after-name", "Sweden")]


def test_countries_and_organisations_name_their_rules() -> None:
    ex = run("Kenya joined the African Union summit. Kenyan officials and the Nairobi Port Authority agreed.")
    kenya = actor(ex, "Kenya", "country")
    assert kenya is not None
    assert {s.rule for s in kenya.spans} == {"country-name", "country-demonym"}
    au = actor(ex, "African Union", "organization")
    assert au is not None and au.rule == "org-gazetteer"
    port = actor(ex, "Nairobi Port Authority", "organization")
    assert port is not None and port.rule == "org-head-word"


def test_rules_survive_the_extraction_cache_and_older_records_load() -> None:
    ex = run("Chilean Foreign Minister Alberto van Klaveren met reporters.")
    again = extraction_from_dict(extraction_to_dict(ex))
    assert again == ex
    old = actor_from_dict({"id": "p-x", "kind": "person", "name": "X", "roles": [["President", None, "a1", 0]]})
    assert (old.roles[0].rule, old.roles[0].affiliation_rule) == ("", "")
