"""The agreement story: the timeline by article date, and one test per kind of contradiction."""

from __future__ import annotations

from store.db.amounts import read_money
from store.db.story import Statement, story_of
from store.records import Agreement, ArticleMeta, StoredFact


def meta(id: str, published: str | None, ingested: str = "2026-01-01") -> ArticleMeta:
    return ArticleMeta(
        id, f"{id}.txt", f"Title {id}", None, None, published, "Wire", ingested, (0, 0), 5
    )


ARTICLES = {
    "a": meta("a", "2024-03-01"),
    "b": meta("b", "2024-05-10T08:00:00Z"),
    "c": meta("c", None, ingested="2026-01-02"),
    "d": meta("d", "2023-11-30"),
}


def agreement(*facts: tuple[str, object, str, int], articles: tuple[str, ...] = ()) -> Agreement:
    stored = [StoredFact(f, v, a, s) for f, v, a, s in facts]
    ids = list(dict.fromkeys([*articles, *(f.article for f in stored)]))
    parties = [f.value for f in stored if f.field == "party" and str(f.value).startswith("c-")]
    return Agreement(
        "g-x", "Example Pact", parties=list(dict.fromkeys(parties)), articles=ids, facts=stored
    )


def story(g: Agreement):
    return story_of(g, ARTICLES.get, read_money)


def kinds(g: Agreement) -> list[str]:
    return [c.kind for c in story(g).contradictions]


def test_timeline_is_by_date_then_undated_with_statements_in_sentence_order() -> None:
    g = agreement(
        ("year", 2023, "b", 4),
        ("status", "signed", "b", 1),
        ("status", "announced", "d", 0),
        ("party", "c-japan", "c", 2),
        articles=("a",),  # mentions it, says nothing of it
    )
    timeline = story(g).timeline
    assert [(e.article, e.date) for e in timeline] == [
        ("d", "2023-11-30"),
        ("a", "2024-03-01"),
        ("b", "2024-05-10"),
        ("c", ""),
    ]
    assert timeline[1].statements == ()
    assert [(s.field, s.sentence) for s in timeline[2].statements] == [("status", 1), ("year", 4)]
    assert (timeline[2].source, timeline[2].title) == ("Wire", "Title b")
    assert story(g).contradictions == ()


def test_a_fact_with_a_rule_keeps_it() -> None:
    g = agreement()
    g.articles = ["a"]
    g.facts = [StoredFact("year", 2023, "a", 0, rule="year-after-mention")]
    (entry,) = story(g).timeline
    assert entry.statements == (Statement("year", 2023, "a", 0, "year-after-mention"),)


def test_two_years_of_signature_contradict() -> None:
    g = agreement(("year", 2023, "a", 0), ("year", 2022, "b", 3), ("year", 2023, "d", 1))
    (c,) = story(g).contradictions
    assert c.kind == "year"
    assert [(claim.value, claim.articles) for claim in c.claims] == [
        (2023, ("d", "a")),
        (2022, ("b",)),
    ]
    assert c.articles == ("d", "a", "b")
    assert story(g).disputed(Statement("year", 2022, "b", 3))


def test_one_year_said_twice_or_by_one_article_only_is_no_contradiction() -> None:
    assert kinds(agreement(("year", 2023, "a", 0), ("year", 2023, "b", 3))) == []
    assert kinds(agreement(("year", 2023, "a", 0), ("year", 2021, "a", 4))) == []


def test_a_value_that_changed_contradicts_but_the_same_sum_written_otherwise_does_not() -> None:
    same = agreement(("value", "$1.2 billion", "a", 0), ("value", "US$1.2bn", "b", 2))
    assert kinds(same) == []
    changed = agreement(("value", "$1.2 billion", "a", 0), ("value", "$1.5 billion", "b", 2))
    (c,) = story(changed).contradictions
    assert c.kind == "value"
    assert [(claim.value, claim.articles) for claim in c.claims] == [
        ("$1.2 billion", ("a",)),
        ("$1.5 billion", ("b",)),
    ]


def test_a_value_in_another_currency_may_be_a_conversion() -> None:
    g = agreement(("value", "A$10 billion", "a", 0), ("value", "US$6.5 billion", "b", 2))
    assert kinds(g) == []


def test_values_that_are_not_money_compare_as_written() -> None:
    assert kinds(agreement(("value", "two ships", "a", 0), ("value", "Two  ships", "b", 1))) == []
    assert kinds(agreement(("value", "two ships", "a", 0), ("value", "four ships", "b", 1))) == [
        "value"
    ]


def test_party_lists_that_each_name_someone_else_contradict() -> None:
    g = agreement(
        ("party", "c-japan", "a", 0),
        ("party", "c-australia", "a", 0),
        ("party", "c-japan", "b", 1),
        ("party", "c-philippines", "b", 1),
    )
    (c,) = story(g).contradictions
    assert c.kind == "parties"
    assert [claim.value for claim in c.claims] == [
        ("c-japan", "c-australia"),
        ("c-japan", "c-philippines"),
    ]


def test_fewer_parties_is_less_detail_not_a_contradiction() -> None:
    g = agreement(
        ("party", "c-japan", "a", 0),
        ("party", "c-australia", "a", 0),
        ("party", "c-australia", "b", 1),
        ("party", "c-japan", "b", 1),
        ("party", "c-philippines", "b", 1),
        ("party", "c-india", "d", 2),  # one party named: no list to hold against the others
    )
    assert kinds(g) == []


def test_a_later_article_calling_open_what_was_reported_signed_contradicts() -> None:
    g = agreement(("status", "signed", "a", 0), ("status", "under_negotiation", "b", 2))
    (c,) = story(g).contradictions
    assert c.kind == "status"
    assert [(claim.value, claim.articles) for claim in c.claims] == [
        ("signed", ("a",)),
        ("under_negotiation", ("b",)),
    ]


def test_a_status_that_moves_forward_or_has_no_date_is_no_contradiction() -> None:
    forward = agreement(
        ("status", "under_negotiation", "d", 0),
        ("status", "signed", "a", 0),
        ("status", "in_force", "b", 2),
    )
    assert kinds(forward) == []
    undated = agreement(("status", "signed", "a", 0), ("status", "proposed", "c", 2))
    assert kinds(undated) == []


def test_the_value_most_articles_give_comes_first() -> None:
    g = agreement(("value", "$3 billion", "d", 0), ("value", "$2 billion", "a", 0))
    g.facts.append(StoredFact("value", "$2 billion", "b", 1))
    (c,) = story(g).contradictions
    assert [(claim.value, claim.articles) for claim in c.claims] == [
        ("$2 billion", ("a", "b")),
        ("$3 billion", ("d",)),
    ]


def test_a_year_stored_as_text_is_the_same_year() -> None:
    assert kinds(agreement(("year", 2023, "a", 0), ("year", "2023", "b", 1))) == []


def test_a_party_left_as_a_name_is_not_held_against_the_resolved_ones() -> None:
    g = agreement(
        ("party", "c-japan", "a", 0),
        ("party", "c-australia", "a", 0),
        ("party", "c-japan", "b", 1),
        ("party", "Australia", "b", 1),  # a name no actor id was found for
    )
    assert g.parties == ["c-japan", "c-australia"]
    assert kinds(g) == []


def test_odd_stored_values_are_shown_as_text_and_never_break_the_story() -> None:
    g = agreement(
        ("year", [2021], "a", 0),
        ("year", 2022, "b", 0),
        ("status", {"x": 1}, "a", 1),
        ("value", None, "b", 2),
    )
    s = story(g)
    assert [c.kind for c in s.contradictions] == ["year"]
    assert [claim.value for claim in s.contradictions[0].claims] == ["[2021]", 2022]
    assert s.timeline[0].of("status")[0].value == "{'x': 1}"
