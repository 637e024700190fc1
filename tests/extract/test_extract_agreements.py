"""Agreements: named, well-known and unnamed ones, folded mentions and their parties."""

from __future__ import annotations

import pytest

from tests.extract_support import actor, agreement, run


def test_named_with_acronym_parties_year_status() -> None:
    ex = run(
        "The Philippines and Japan signed a Reciprocal Access Agreement (RAA) in July 2024. "
        "The RAA lets troops train together."
    )
    g = agreement(ex, "Reciprocal Access Agreement")
    assert g is not None and not g.unnamed
    assert "RAA" in g.aliases and len(g.spans) == 3
    assert set(g.parties) == {"Philippines", "Japan"}
    assert (g.year, g.status) == (2024, "signed")
    assert {f.field for f in g.facts} >= {"party", "year", "status"}


def test_same_named_agreement_with_other_parties_is_another_record() -> None:
    ex = run(
        "The Japan-Australia Reciprocal Access Agreement (RAA) took effect in 2023. "
        "Manila wants a Japan-Philippines RAA too."
    )
    raas = [g for g in ex.agreements if g.name == "Reciprocal Access Agreement"]
    assert sorted(sorted(g.parties) for g in raas) == [["Australia", "Japan"], ["Japan", "Philippines"]]


def test_country_prefix_gives_parties_and_an_alias() -> None:
    ex = run("Talks covered a potential revision of the US Status of Forces Agreement in Korea.")
    g = agreement(ex, "Status of Forces Agreement")
    assert g is not None and "US Status of Forces Agreement" in g.aliases
    assert set(g.parties) == {"United States", "South Korea"}
    assert g.status == "under_review"


def test_negotiation_status() -> None:
    ex = run("Officials opened negotiations on a new Status of Forces Agreement with Tokyo.")
    assert agreement(ex, "Status of Forces Agreement").status == "under_negotiation"


def test_known_agreements_and_their_generic_forms() -> None:
    ex = run("The AUKUS security pact binds its members. The AUKUS Pact stands as a bulwark.")
    g = agreement(ex, "AUKUS")
    assert g is not None and len(g.spans) == 2
    assert set(g.parties) == {"United States", "United Kingdom", "Australia"}
    assert g.status == "in_force"
    # parties the text does not name are referenced actors without spans
    assert actor(ex, "United Kingdom").spans == []


def test_abraham_accords_year_after_verb() -> None:
    g = agreement(run("The Abraham Accords were signed in 2020."), "Abraham Accords")
    assert g is not None and (g.year, g.status) == (2020, "signed")


def test_abraham_accords_bind_the_states_that_normalised_not_the_broker() -> None:
    g = agreement(run("Oman said it was studying the US-brokered Abraham Accords."), "Abraham Accords")
    assert g is not None and "United States" not in g.parties and "Kazakhstan" not in g.parties
    assert {"Israel", "United Arab Emirates", "Bahrain", "Morocco", "Sudan"} <= set(g.parties)


def test_new_start_is_known() -> None:
    ex = run("New START expires in February 2026, Russia warned.")
    g = agreement(ex, "New START")
    assert g is not None and set(g.parties) == {"United States", "Russia"}


def test_unnamed_deal_with_value_from_signing_subject() -> None:
    ex = run("Kyiv and Washington signed a minerals deal worth $500 billion on Friday.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.name == "Ukraine-U.S. minerals deal"
    assert (g.value, g.amount, g.currency, g.status) == ("$500 billion", 5e11, "USD", "signed")


def test_unnamed_between_and_hyphen_list_fold_into_one() -> None:
    ex = run(
        "The Armenia-Azerbaijan peace accord was signed in Washington. "
        "The peace accord between Armenia and Azerbaijan ends a long war. The accord holds."
    )
    unnamed = [g for g in ex.agreements if g.unnamed]
    assert len(unnamed) == 1 and len(unnamed[0].spans) == 3
    assert unnamed[0].parties == ["Armenia", "Azerbaijan"]


def test_security_pact_from_subject_and_company_contract_with_country() -> None:
    ex = run("The Solomon Islands and China signed a security pact in 2022.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert set(g.parties) == {"Solomon Islands", "China"} and g.year == 2022
    ex = run("Rio Tinto signed a lithium contract with Argentina.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.parties == ["Rio Tinto", "Argentina"]
    assert actor(ex, "Rio Tinto", "organization") is not None


def test_creation_verb_announces_a_joint_network() -> None:
    ex = run("India, France and Germany will create a joint satellite network.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.parties == ["India", "France", "Germany"] and g.status == "announced"
    assert "joint satellite network" in g.name


def test_their_partnership_uses_the_subject_and_later_mentions_refer_back() -> None:
    ex = run(
        "India and Brazil pledged to deepen their strategic partnership. "
        "The partnership covers trade. A contract worth €2 billion was also signed by India."
    )
    part = next(g for g in ex.agreements if "partnership" in g.name)
    assert part.parties == ["India", "Brazil"] and len(part.spans) == 2
    assert part.status == "in_force"


def test_vague_and_plural_uses_make_nothing() -> None:
    ex = run(
        "Deepening security alliances matters. The latest agreements were praised. "
        "Bilateral agreements help. Several deals are pending."
    )
    assert ex.agreements == []


def test_money_forms() -> None:
    for text, value, amount, currency in (
        ("a naval contract worth A$10 billion", "A$10 billion", 1e10, "AUD"),
        ("a deal worth €2.5bn", "€2.5bn", 2.5e9, "EUR"),
        ("a contract worth 300 million yen", "300 million yen", 3e8, "JPY"),
        ("a deal worth US$1,200 million", "US$1,200 million", 1.2e9, "USD"),
    ):
        ex = run(f"France and Italy signed {text}.")
        g = next(g for g in ex.agreements if g.unnamed)
        assert (g.value, g.amount, g.currency) == (value, amount, currency), text


def test_leaders_of_two_countries_as_subject() -> None:
    ex = run(
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled "
        "a peace agreement on Friday. The accord ends decades of conflict."
    )
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.parties == ["Armenia", "Azerbaijan"] and len(g.spans) == 2


def test_particular_agreement_with_participle_and_year() -> None:
    ex = run("China and the Solomon Islands expanded police cooperation under a security pact signed in 2022.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert set(g.parties) == {"China", "Solomon Islands"}
    assert (g.year, g.status) == (2022, "signed")


def test_description_folds_into_the_named_agreement_of_the_same_parties() -> None:
    ex = run(
        "The last arms control treaty between the United States and Russia expired on Thursday. "
        "New START, signed in 2010, capped deployed warheads."
    )
    assert [g.name for g in ex.agreements] == ["New START"]
    g = ex.agreements[0]
    assert g.year == 2010 and len(g.spans) == 2


def test_organisations_as_parties() -> None:
    ex = run(
        "The European Union and the South American Mercosur bloc concluded a free trade agreement on Tuesday. "
        "French farmers oppose the deal."
    )
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.parties == ["European Union", "Mercosur"] and g.status == "signed"
    assert "United States" not in {a.name for a in ex.actors}


def test_function_words_end_a_noun_phrase() -> None:
    ex = run("India and France signed a defence deal. The two countries have deepened defence ties.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert all("have" not in k for k in g.keywords)


def test_the_two_countries_as_subject_and_as_signatories() -> None:
    ex = run(
        "Vietnam and the Philippines held talks in Hanoi. "
        "The two countries also agreed on a rice trade deal for five years."
    )
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.parties == ["Vietnam", "Philippines"] and g.status == "signed"
    ex = run(
        "Britain and Germany held talks. Britain hosted Germany again. "
        "The Trinity House Agreement was signed by the two countries' defence ministers."
    )
    g = next(g for g in ex.agreements if g.name == "Trinity House Agreement")
    assert set(g.parties) == {"United Kingdom", "Germany"}


def test_named_agreement_with_a_partner_and_noun_modifiers() -> None:
    ex = run(
        "Manila and Tokyo held talks. Tokyo hosted Manila again. "
        "The Philippine Senate ratified the Reciprocal Access Agreement with Japan. "
        "Manila leans toward its treaty ally."
    )
    g = agreement(ex, "Reciprocal Access Agreement")
    assert set(g.parties) == {"Japan", "Philippines"}
    assert all("treaty" not in k for k in g.keywords)


def test_owner_with_partner() -> None:
    ex = run("India's trade deal with the UAE was signed in 2022. The deal cut tariffs.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert g.parties == ["India", "United Arab Emirates"]
    assert (g.year, g.status, len(g.spans)) == (2022, "signed", 2)


def test_statuses_from_the_words_next_to_a_mention() -> None:
    cases = {
        "Officials proposed a new trade pact between Chile and Peru.": "proposed",
        "Chile and Peru are negotiating a fishing agreement.": "under_negotiation",
        "Canada and India are reviewing their nuclear cooperation agreement.": "under_review",
        "Canada and India unveiled a critical minerals partnership on Monday.": "announced",
    }
    for text, status in cases.items():
        g = next(g for g in run(text).agreements if g.unnamed)
        assert g.status == status, text
        assert any(f.field == "status" and f.value == status for f in g.facts)


def test_ties_and_relationships_are_not_agreements() -> None:
    ex = run("China-India ties soured after the clash. The relationship between the two leaders is poor.")
    assert ex.agreements == []
    ex = run("Japan and the United States renewed their alliance. Japan-US ties keep growing.")
    g = next(g for g in ex.agreements if g.unnamed)
    assert "Japan-US ties" in g.keywords


def test_a_described_pact_of_the_same_parties_is_the_named_one() -> None:
    ex = run(
        "The Philippines and Japan signed a Reciprocal Access Agreement on Monday. "
        "Japan and the Philippines just signed a landmark defense pact."
    )
    assert [g.name for g in ex.agreements] == ["Reciprocal Access Agreement"]
    assert "landmark defense pact" in ex.agreements[0].keywords




def test_purchase_without_a_seller_is_no_agreement() -> None:
    ex = run("Vietnam has signed a contract to buy twelve patrol boats, officials said.")
    assert not [a for a in ex.agreements if a.unnamed]


def test_arms_sale_between_seller_and_buyer() -> None:
    ex = run("France's defence ministry approved a $2 billion sale of patrol aircraft to Peru, officials said.")
    hit = next(a for a in ex.agreements if a.unnamed)
    assert hit.parties == ["France", "Peru"]
    assert "billion" not in hit.name


def test_sale_without_a_buyer_is_no_agreement() -> None:
    ex = run("France's defence ministry approved a $2 billion sale of patrol aircraft, officials said.")
    assert not [a for a in ex.agreements if a.unnamed]


def test_dated_treaty_with_a_partner_belongs_to_the_article_country() -> None:
    ex = run(
        "Fiji signed a policing pact with India. Fiji says the pact is sovereign. "
        "Officials said the pact would not replace the 2014 maritime security treaty with New Zealand."
    )
    parties = sorted(tuple(sorted(a.parties)) for a in ex.agreements if a.unnamed)
    assert ("Fiji", "New Zealand") in parties
    assert ("Fiji", "India") in parties



def test_the_noun_picks_the_agreement_it_names_before_recency() -> None:
    text = (
        "Chile and Peru signed the Pacific Fisheries Treaty in 2019. "
        "Chile and Peru also signed a port memorandum in 2021. "
        "Officials said the treaty had worked well."
    )
    ex = run(text)
    treaty = agreement(ex, "Pacific Fisheries Treaty")
    assert treaty is not None
    assert 2 in {s.sentence for s in treaty.spans}
    memo = next(a for a in ex.agreements if a.unnamed)
    assert 2 not in {s.sentence for s in memo.spans}


def test_agreement_adopted_by_one_body_has_that_party() -> None:
    ex = run("The Global Plastics Treaty was adopted by UN members in Nairobi on Friday.")
    hit = next(a for a in ex.agreements if not a.unnamed)
    assert hit.parties == ["United Nations"]


def test_definite_deal_after_a_linking_verb_takes_the_subjects() -> None:
    ex = run("Chile and Peru finally signed the long-awaited lithium deal on Tuesday.")
    hit = next(a for a in ex.agreements if a.unnamed)
    assert set(hit.parties) == {"Chile", "Peru"}
    assert "awaited" not in hit.name and "long" not in hit.name.split()



def test_an_earlier_ceasefire_is_not_the_peace_agreement() -> None:
    ex = run(
        "Serbia and Kosovo signed a peace agreement on Friday. "
        "Officials said the deal replaces the 2019 ceasefire between Serbia and Kosovo."
    )
    unnamed = sorted(a.name for a in ex.agreements if a.unnamed)
    assert len(unnamed) == 2, unnamed


# Described deals and their parties: a list where the text fixes the order (seller, buyer),
# a set where it does not.
DESCRIBED_DEALS = [
    pytest.param(
        "The African Union and the European Union said on Tuesday they had concluded negotiations on a migration pact.",
        {"African Union", "European Union"},
        id='deal_concluded_after_negotiations_with_organisation_subjects',
    ),
    pytest.param(
        "Vietnam has signed a contract to buy twelve patrol boats from South Korea, officials said.",
        ["Vietnam", "South Korea"],
        id='purchase_contract_from_a_seller',
    ),
    pytest.param(
        "A set of accords between Egypt and Greece, including a maritime security pact, is nearly ready, officials said.",
        {"Egypt", "Greece"},
        id='deal_inside_a_package_between_two_states',
    ),
    pytest.param(
        "Norway signed a defence cooperation agreement (DCA) with Poland in 2024.",
        ["Norway", "Poland"],
        id='partner_after_a_parenthesised_acronym',
    ),
    pytest.param(
        "Both governments signed a deal for Greece to acquire six French-made frigates.",
        ["Greece", "France"],
        id='deal_for_a_buyer_to_acquire_foreign_made_arms',
    ),
    pytest.param(
        "Talks on normalisation between Morocco and Israel resumed in Rabat.",
        {"Morocco", "Israel"},
        id='normalisation_between_two_states',
    ),
    pytest.param(
        "Britain's defence ministry approved a sale of up to 40 tanks to Estonia on Monday.",
        ["United Kingdom", "Estonia"],
        id='sale_of_up_to_some_number_to_a_buyer',
    ),
    pytest.param(
        "German firm Rheinmetall and Italian state carrier Aerolinee Sud signed a memorandum on Friday.",
        {"Rheinmetall", "Aerolinee Sud"},
        id='demonym_describing_a_company_in_a_party_list',
    ),
]


@pytest.mark.parametrize(("text", "parties"), DESCRIBED_DEALS)
def test_described_deal_parties(text: str, parties: list[str] | set[str]) -> None:
    hit = next(a for a in run(text).agreements if a.unnamed)
    found = set(hit.parties) if isinstance(parties, set) else hit.parties
    assert found == parties


@pytest.mark.parametrize(
    ("text", "name", "parties"),
    [
        (
            "Finland also signed a Defence Cooperation Agreement with the United States in "
            "December 2023.",
            "Defence Cooperation Agreement",
            {"Finland", "United States"},
        ),
        (
            "India and the UAE signed a Comprehensive Economic Partnership Agreement (CEPA) on "
            "Friday.",
            "Comprehensive Economic Partnership Agreement",
            {"India", "United Arab Emirates"},
        ),
    ],
)
def test_generic_words_capitalised_mid_sentence_make_a_name(
    text: str, name: str, parties: set[str]
) -> None:
    g = agreement(run(text), name)
    assert g is not None and not g.unnamed and g.status == "signed"
    assert set(g.parties) == parties


@pytest.mark.parametrize(
    "text",
    [
        "Defence cooperation agreements are common between neighbours.",  # lower case: no name
        "Security Agreement talks stalled on Friday, Japanese officials said.",  # opens the sentence
    ],
)
def test_generic_words_alone_are_no_name(text: str) -> None:
    ex = run(text)
    assert not [g for g in ex.agreements if not g.unnamed], ex.agreements
