"""Merging adds each role and fact once: the same one written twice in an article, or the
article merged again, adds nothing; one differing in any field is kept."""

from __future__ import annotations

from store.records import ActorHit, AgreementHit, Fact, RoleHit, StoredFact, StoredRole
from store.resolve.merge import merge_actor, merge_agreement


def test_a_role_is_added_once_and_one_differing_in_any_field_is_kept() -> None:
    roles = [
        RoleHit("Foreign Minister", "Norland", 2, "title-before-name", "title-country"),
        RoleHit("Foreign Minister", "Norland", 2, "title-before-name", "title-country"),
        RoleHit("Foreign Minister", "Norland", 5, "title-before-name", "title-country"),
        RoleHit("Foreign Minister", None, 5, "title-before-name", ""),
    ]
    hit = ActorHit("person", "Ada Vell", roles=roles)
    ids = {"Norland": "c-norland"}
    actor = merge_actor(None, hit, new_id="p-ada-vell", article_id="a1", affiliation_ids=ids)
    again = merge_actor(actor, hit, new_id="p-ada-vell", article_id="a1", affiliation_ids=ids)
    assert again.roles == [
        StoredRole("Foreign Minister", "c-norland", "a1", 2, "title-before-name", "title-country"),
        StoredRole("Foreign Minister", "c-norland", "a1", 5, "title-before-name", "title-country"),
        StoredRole("Foreign Minister", None, "a1", 5, "title-before-name", ""),
    ]


def test_a_fact_is_added_once_with_parties_as_ids() -> None:
    facts = [
        Fact("party", "Norland", 1, "signed-by"),
        Fact("party", "Norland", 1, "signed-by"),
        Fact("status", "signed", 1, "status-verb"),
        Fact("status", "signed", 3, "status-verb"),
    ]
    hit = AgreementHit("Harbour Accord", parties=["Norland"], facts=facts)
    deal = merge_agreement(None, hit, new_id="g-harbour-accord", article_id="a1", party_ids=["c-norland"])
    merge_agreement(deal, hit, new_id="g-harbour-accord", article_id="a1", party_ids=["c-norland"])
    assert deal.facts == [
        StoredFact("party", "c-norland", "a1", 1, "signed-by"),
        StoredFact("status", "signed", "a1", 1, "status-verb"),
        StoredFact("status", "signed", "a1", 3, "status-verb"),
    ]
