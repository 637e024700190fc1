"""Duplicate suggestions: which pairs are proposed, how they rank, why, and what is never proposed."""

from __future__ import annotations

from store.records import Actor, Agreement, StoredRole
from store.resolve import suggest as suggest_module
from store.resolve.suggest import (
    acronym_of,
    as_acronym,
    suggest,
    suggest_actors,
    suggest_agreements,
)


def actor(id: str, name: str, kind: str = "person", *aliases: str, country: str | None = None,
          code: str | None = None, articles: int = 1) -> Actor:
    roles = [StoredRole("Minister", country, "art", 0)] if country else []
    return Actor(
        id=id, kind=kind, name=name, aliases=list(aliases), code=code, roles=roles,  # type: ignore[arg-type]
        articles={f"art{n}": 1 for n in range(articles)},
    )


def agreement(id: str, name: str, *aliases: str, parties: tuple[str, ...] = (),
              year: int | None = None, unnamed: bool = False) -> Agreement:
    return Agreement(
        id=id, name=name, aliases=list(aliases), parties=list(parties), year=year,
        unnamed=unnamed, articles=["art0"],
    )


def pairs(found) -> list[frozenset[str]]:
    return [s.pair for s in found]


def test_acronym_helpers() -> None:
    assert acronym_of("North Atlantic Treaty Organization") == "nato"
    assert acronym_of("Organisation for Economic Co-operation and Development") == "oecd"
    assert acronym_of("Mercosur") == ""
    assert as_acronym("NATO") == "nato"
    assert as_acronym("U.N.") == "un"
    assert as_acronym("Nato") == ""


def test_an_acronym_and_its_full_name_are_suggested_with_the_reason() -> None:
    found = suggest_actors([
        actor("o1", "NATO", "organization"),
        actor("o2", "North Atlantic Treaty Organization", "organization"),
        actor("o3", "Nordic Trade Office", "organization"),
    ])
    assert pairs(found) == [frozenset({"o1", "o2"})]
    assert found[0].reason == '"NATO" is the initials of "North Atlantic Treaty Organization"'


def test_a_shared_alias_ranks_above_a_near_spelling() -> None:
    found = suggest_actors([
        actor("o1", "Gulf Cooperation Council", "organization", "GCC"),
        actor("o2", "Cooperation Council for the Arab States of the Gulf", "organization", "GCC"),
        actor("p1", "Mariana Velasquez"),
        actor("p2", "Mariana Velazquez"),
    ])
    assert pairs(found) == [frozenset({"o1", "o2"}), frozenset({"p1", "p2"})]
    assert found[0].reason == 'both are called "Gulf Cooperation Council"' or "GCC" in found[0].reason
    assert found[0].score > found[1].score
    assert found[1].reason == 'near spellings "Mariana Velasquez" / "Mariana Velazquez"'


def test_same_surname_and_country_for_persons() -> None:
    found = suggest_actors([
        actor("c1", "Chile", "country", code="CL"),
        actor("p1", "Ignacio Barrenechea", country="c1"),
        actor("p2", "I. Barrenechea", country="c1"),
        actor("p3", "Tomas Barrenechea", country="c1"),  # another given name: another person
    ])
    assert frozenset({"p1", "p2"}) in pairs(found)
    assert frozenset({"p2", "p3"}) in pairs(found)  # an initial fits either
    assert frozenset({"p1", "p3"}) not in pairs(found)
    best = found[0]
    assert 'same surname "Barrenechea" and country Chile' == best.reason


def test_same_surname_of_two_countries_is_not_suggested() -> None:
    found = suggest_actors([
        actor("p1", "Haruto Okafor", country="c1"),
        actor("p2", "Okafor", country="c2"),
    ])
    assert found == []


def test_surname_only_record_beside_a_full_name() -> None:
    found = suggest_actors([actor("p1", "Bellweather"), actor("p2", "Anika Bellweather")])
    assert pairs(found) == [frozenset({"p1", "p2"})]
    assert "one without a given name" in found[0].reason


def test_two_countries_with_their_codes_and_unrelated_names_never_pair() -> None:
    found = suggest_actors([
        actor("c1", "Niger", "country", code="NE"),
        actor("c2", "Nigeria", "country", code="NG"),
        actor("p1", "Jorunn Haldorsen"),
        actor("p2", "Bertil Lindqvist"),
    ])
    assert found == []


def test_dismissed_pairs_and_actors_no_article_mentions_are_left_out() -> None:
    people = [actor("p1", "Mariana Velasquez"), actor("p2", "Mariana Velazquez")]
    assert len(suggest_actors(people)) == 1
    assert suggest_actors(people, settled=[("p2", "p1")]) == []
    people[1].articles.clear()
    assert suggest_actors(people) == []


def test_a_person_and_an_organisation_of_one_name() -> None:
    found = suggest_actors([
        actor("x1", "Halvorsen Group", "person"),
        actor("x2", "Halvorsen Group", "organization"),
    ])
    assert found[0].reason == 'both are called "Halvorsen Group" (their kinds differ)'
    assert found[0].score < 95


def test_agreements_shared_alias_acronym_and_year_conflict() -> None:
    found = suggest_agreements([
        agreement("g1", "Pacific Fisheries Compact", "PFC"),
        agreement("g2", "PFC"),
        agreement("g3", "Lake Tana Water Accord", "Tana Accord", year=2019),
        agreement("g4", "Tana Accord", year=2024),
        agreement("g5", "Lake Tana Water Accords", year=2021),  # near, of another year: not
    ])
    assert pairs(found)[0] == frozenset({"g1", "g2"})
    tana = next(s for s in found if s.pair == frozenset({"g3", "g4"}))
    assert "but years 2019 / 2024" in tana.reason
    assert tana.score < found[0].score
    assert not any("g5" in s.pair for s in found)


def test_agreements_with_disjoint_parties_are_not_suggested() -> None:
    found = suggest_agreements([
        agreement("g1", "Reciprocal Access Agreement", parties=("c1", "c2")),
        agreement("g2", "Reciprocal Access Agreement", parties=("c1", "c3")),
    ])
    assert found == []


def test_unnamed_agreements_of_the_same_parties_and_kind() -> None:
    found = suggest_agreements([
        agreement("g1", "Kenya-Peru fishing deal", parties=("c1", "c2"), unnamed=True),
        agreement("g2", "Peru-Kenya fisheries deal", parties=("c2", "c1"), unnamed=True),
        agreement("g3", "Peru-Kenya fisheries treaty", parties=("c2", "c1"), unnamed=True),
    ])
    assert pairs(found) == [frozenset({"g1", "g2"})]
    assert found[0].reason.startswith("same parties and kind")


def test_suggest_mixes_both_kinds_best_first() -> None:
    found = suggest(
        [actor("p1", "Mariana Velasquez"), actor("p2", "Mariana Velazquez")],
        [agreement("g1", "Pacific Fisheries Compact", "PFC"), agreement("g2", "PFC")],
    )
    assert [s.kind for s in found] == ["agreement", "actor"]


def test_a_common_key_is_not_a_block(monkeypatch) -> None:
    """Records sharing only a word held by more than BLOCK_LIMIT records are never compared."""
    monkeypatch.setattr(suggest_module, "BLOCK_LIMIT", 3)
    orgs = [actor(f"o{n}", f"Ministry of {word}", "organization")
            for n, word in enumerate(["Fisheries", "Justice", "Health", "Energy"])]
    compared: list[tuple[str, str]] = []
    real = suggest_module.score_actors

    def spy(a, b, names):
        compared.append((a.id, b.id))
        return real(a, b, names)

    monkeypatch.setattr(suggest_module, "score_actors", spy)
    suggest_actors(orgs)
    assert ("o0", "o1") not in compared and ("o1", "o0") not in compared


def test_slips_inside_and_at_the_end_of_a_surname() -> None:
    found = suggest_actors([
        actor("p1", "Tomasz Wroblewski"),
        actor("p2", "Tomasz Wroblewsky"),
        actor("p3", "Kenji Hamaguchi"),
        actor("p4", "Kenji Hamagchi"),
    ])
    assert sorted(map(sorted, pairs(found))) == [["p1", "p2"], ["p3", "p4"]]


def test_a_shared_surname_alone_or_a_generic_noun_is_no_shared_name() -> None:
    """Persons' records keep their surname as an alias, agreements' a bare "deal": neither
    says two records are one (and two deals of one pair of states for other aircraft are two)."""
    people = suggest_actors([
        actor("p1", "Abdullah Mansouri", "person", "Mansouri"),
        actor("p2", "Rania Mansouri", "person", "Mansouri"),
    ])
    deals = suggest_agreements([
        agreement("g1", "Kenya-Peru Rafale deal", "deal", parties=("c1", "c2"), unnamed=True),
        agreement("g2", "Kenya-Peru Gripen deal", "deal", parties=("c1", "c2"), unnamed=True),
    ])
    assert people == [] and deals == []


def test_initials_of_a_name_holding_an_acronym_are_none() -> None:
    assert acronym_of("BNP Paribas") == ""
    found = suggest_actors([
        actor("o1", "BNP Paribas", "organization"),
        actor("o2", "BP", "organization"),
    ])
    assert found == []


def test_settled_pairs_are_the_dismissed_and_merged_ones_in_force() -> None:
    from store.records import Correction, CorrectionEntry
    from store.resolve.suggest import settled_pairs

    log = [
        CorrectionEntry(1, "2026-12-01T09:00:00Z", Correction("dismiss", ("p1", "p2"))),
        CorrectionEntry(2, "2026-12-01T09:01:00Z", Correction("merge", ("o1", "o2", "o3"))),
        CorrectionEntry(3, "2026-12-01T09:02:00Z", Correction("dismiss", ("g1", "g2")), "undone"),
        CorrectionEntry(4, "2026-12-01T09:03:00Z", Correction("rename", ("p3",), {"name": "X"})),
    ]
    settled = {frozenset(p) for p in settled_pairs(log)}
    assert settled == {
        frozenset({"p1", "p2"}),
        frozenset({"o1", "o2"}),
        frozenset({"o1", "o3"}),
        frozenset({"o2", "o3"}),
    }
    people = [actor("p1", "Mariana Velasquez"), actor("p2", "Mariana Velazquez")]
    assert suggest_actors(people, settled=settled_pairs(log)) == []
