"""Cross-article resolution: one stored record per actor and agreement, with guards."""

from __future__ import annotations

from store.records import ActorHit, AgreementHit
from store.resolve.merge import merge_actor, merge_agreement
from store.resolve.resolver import Resolver, agreement_family, name_key


def _add_person(r: Resolver, id: str, name: str, *aliases: str):
    actor = merge_actor(None, ActorHit("person", name, list(aliases)), new_id=id, article_id="a", affiliation_ids={})
    r.add_actor(actor)
    return actor


def test_name_key_ignores_order_case_and_the() -> None:
    assert name_key("Nakatani Gen") == name_key("Gen Nakatani")
    assert name_key("The Japan Times") == name_key("japan times")


def test_person_name_order_initials_and_suffixes() -> None:
    r = Resolver()
    _add_person(r, "p1", "Lloyd Austin", "Lloyd J. Austin III")
    _add_person(r, "p2", "Gen Nakatani")
    assert r.actor_id(ActorHit("person", "Lloyd J. Austin")) == "p1"
    assert r.actor_id(ActorHit("person", "Nakatani Gen")) == "p2"


def test_surname_only_merges_only_when_unique() -> None:
    r = Resolver()
    _add_person(r, "p1", "Joe Biden")
    assert r.actor_id(ActorHit("person", "Biden")) == "p1"
    _add_person(r, "p2", "Jill Biden")
    assert r.actor_id(ActorHit("person", "Biden")) is None


def test_different_given_names_never_merge() -> None:
    r = Resolver()
    _add_person(r, "p1", "Joe Biden")
    assert r.actor_id(ActorHit("person", "Jill Biden")) is None
    assert r.actor_id(ActorHit("person", "Hunter Biden", ["Biden"])) is None


def test_near_spelling_merges_with_guards() -> None:
    r = Resolver()
    _add_person(r, "p1", "Volodymyr Zelensky")
    assert r.actor_id(ActorHit("person", "Volodymyr Zelenskyy")) == "p1"
    assert r.actor_id(ActorHit("person", "Oleksandr Zelensky")) is None


def test_surname_only_record_upgraded_by_a_full_name() -> None:
    r = Resolver()
    stored = _add_person(r, "p1", "Eisenhower")
    hit = ActorHit("person", "Dwight Eisenhower")
    assert r.actor_id(hit) == "p1"
    merged = merge_actor(stored, hit, new_id="p1", article_id="b", affiliation_ids={})
    assert merged.name == "Dwight Eisenhower" and "Eisenhower" in merged.aliases


def test_countries_by_code_and_orgs_by_alias() -> None:
    r = Resolver()
    r.add_actor(merge_actor(None, ActorHit("country", "United States", ["U.S."], code="US"), new_id="c1", article_id="a", affiliation_ids={}))
    r.add_actor(merge_actor(None, ActorHit("organization", "G7", ["Group of Seven"]), new_id="o1", article_id="a", affiliation_ids={}))
    assert r.actor_id(ActorHit("country", "America", code="US")) == "c1"
    assert r.actor_id(ActorHit("organization", "Group of Seven")) == "o1"
    assert r.find_actor("U.S.") == "c1"


def _add_agreement(r: Resolver, id: str, hit: AgreementHit, parties: list[str]):
    agreement = merge_agreement(None, hit, new_id=id, article_id="a", party_ids=parties)
    r.add_agreement(agreement)
    return agreement


def test_acronym_and_same_name_with_other_parties() -> None:
    r = Resolver()
    _add_agreement(r, "g1", AgreementHit("Reciprocal Access Agreement", aliases=["RAA"], parties=["Japan", "Australia"]), ["jp", "au"])
    assert r.agreement_id(AgreementHit("RAA"), ["jp", "au"]) == "g1"
    assert r.agreement_id(AgreementHit("Reciprocal Access Agreement"), ["jp"]) == "g1"
    assert r.agreement_id(AgreementHit("Reciprocal Access Agreement"), ["jp", "ph"]) is None


def test_unnamed_by_party_set_and_family() -> None:
    r = Resolver()
    _add_agreement(r, "g1", AgreementHit("U.S.-Japan alliance", unnamed=True), ["us", "jp"])
    assert r.agreement_id(AgreementHit("Japan-U.S. partnership", unnamed=True), ["jp", "us"]) == "g1"
    assert r.agreement_id(AgreementHit("U.S.-Japan naval contract", unnamed=True), ["us", "jp"]) is None
    assert r.agreement_id(AgreementHit("U.S.-Japan-Australia alliance", unnamed=True), ["us", "jp", "au"]) is None
    assert agreement_family("Japan-Australia security pact") == "alliance"


def test_existing_records_are_indexed_at_start() -> None:
    stored = merge_actor(None, ActorHit("person", "Penny Wong"), new_id="p9", article_id="a", affiliation_ids={})
    assert Resolver([stored]).actor_id(ActorHit("person", "Wong Penny")) == "p9"


def test_unnamed_deals_of_the_same_parties_kept_apart_by_year_amount_or_product() -> None:
    from store.resolve.resolver import conflict, traits

    rafale = traits("Indonesia-France Rafale contract", 2022, 8.1e9)
    submarine = traits("Indonesia-France Scorpene contract", 2022, None)
    assert conflict(rafale, submarine)
    assert conflict(traits("Indonesia-France contract", 2015, None), traits("Indonesia-France contract", 2022, None))
    assert conflict(traits("Indonesia-France contract", None, 1e9), traits("Indonesia-France contract", None, 8e9))
    assert not conflict(rafale, traits("Indonesia-France contract", 2022, 8.1e9))
    assert not conflict(traits("Solomon Islands-China pact", 2022, None), traits("China-Solomon Islands pact", None, None))


def test_resolver_keeps_a_second_deal_of_the_same_parties_apart() -> None:
    from store.records import Agreement, AgreementHit
    from store.resolve.resolver import Resolver

    stored = Agreement(id="g-1", name="Indonesia-France Rafale contract", unnamed=True, parties=["c-id", "c-fr"], year=2022)
    r = Resolver(agreements=[stored])
    other = AgreementHit(name="Indonesia-France Scorpene contract", unnamed=True, year=2022)
    same = AgreementHit(name="France-Indonesia contract", unnamed=True, year=2022)
    assert r.agreement_id(other, ["c-id", "c-fr"]) is None
    assert r.agreement_id(same, ["c-fr", "c-id"]) == "g-1"


def test_a_truce_is_not_the_peace_agreement_of_the_same_parties() -> None:
    from store.resolve.resolver import conflict, traits

    peace = traits("Armenia-Azerbaijan peace agreement", 2025, None)
    assert conflict(peace, traits("Armenia-Azerbaijan ceasefire", None, None))
    assert not conflict(peace, traits("Azerbaijan-Armenia agreement", None, None))


def _store_named(r: Resolver, id: str, name: str, parties: list[str]) -> None:
    hit = AgreementHit(name, parties=list(parties))
    r.add_agreement(merge_agreement(None, hit, new_id=id, article_id="a", party_ids=parties))


def test_a_shared_agreement_name_with_one_party_joins_only_an_unambiguous_record() -> None:
    r = Resolver()
    _store_named(r, "g1", "Reciprocal Access Agreement", ["c-ghana", "c-norway"])
    _store_named(r, "g2", "Reciprocal Access Agreement", ["c-peru", "c-fiji"])
    one = AgreementHit("Reciprocal Access Agreement", parties=["c-fiji"])
    assert r.agreement_id(one, ["c-fiji"]) == "g2"
    stranger = AgreementHit("Reciprocal Access Agreement", parties=["c-chile"])
    assert r.agreement_id(stranger, ["c-chile"]) is None
    bare = AgreementHit("Reciprocal Access Agreement")
    assert r.agreement_id(bare, []) is None
    pair = AgreementHit("Reciprocal Access Agreement", parties=["c-norway", "c-ghana"])
    assert r.agreement_id(pair, ["c-norway", "c-ghana"]) == "g1"


def test_a_name_held_by_one_record_takes_a_mention_without_parties() -> None:
    r = Resolver()
    _store_named(r, "g1", "New START", ["c-us", "c-ru"])
    assert r.agreement_id(AgreementHit("New START"), []) == "g1"


def test_generic_name_joins_only_the_same_parties() -> None:
    """Rule generic_name: every pair of states may sign its own "Memorandum of Understanding"."""
    r = Resolver()
    _add_agreement(r, "g1", AgreementHit("Memorandum of Understanding", aliases=["MoU"]), ["c-in", "c-lk"])
    assert r.agreement_id(AgreementHit("Memorandum of Understanding"), []) is None
    assert r.agreement_id(AgreementHit("Memorandum of Understanding"), ["c-in"]) is None
    assert r.agreement_id(AgreementHit("Memorandum of Understanding"), ["c-et", "c-so"]) is None
    assert r.agreement_id(AgreementHit("Memorandum of Understanding"), ["c-in", "c-lk"]) == "g1"


def test_a_proper_name_still_joins_without_parties() -> None:
    r = Resolver()
    _add_agreement(r, "g1", AgreementHit("Falepili Union"), ["c-au", "c-tv"])
    assert r.agreement_id(AgreementHit("Falepili Union"), []) == "g1"


def test_a_protocol_is_not_the_treaty_of_the_same_parties() -> None:
    from store.resolve.resolver import conflict, traits

    treaty = traits("Chile-Peru state border treaty", None, None)
    assert conflict(treaty, traits("Chile-Peru demarcation protocol", None, None))
    assert not conflict(traits("Chile-Peru demarcation protocol", 2024, None), traits("Peru-Chile protocol", None, None))
