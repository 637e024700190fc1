"""Agreements: named, well-known and unnamed ones, folded mentions, parties, status, year, value."""

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


@pytest.mark.parametrize(
    ("text", "name", "value", "status"),
    [
        (
            "Poland signed a $10 billion contract with the United States on Tuesday.",
            "Poland-U.S. contract",
            "$10 billion",
            "signed",
        ),
        (
            "Japan and India agreed a 500 million euro rail contract.",
            "Japan-India rail contract",
            "500 million euro",
            "signed",
        ),
        (
            "Japan and India are negotiating an A$3.5 billion rail deal.",
            "Japan-India rail deal",
            "A$3.5 billion",
            "under_negotiation",
        ),
    ],
)
def test_an_amount_before_the_noun_is_the_value(
    text: str, name: str, value: str, status: str
) -> None:
    """In "a $10 billion contract" the amount sits between the determiner and the noun."""
    g = agreement(run(text), name)
    assert g is not None and g.unnamed
    assert (g.value, g.status) == (value, status)


@pytest.mark.parametrize(
    "text",
    [
        "India and the European Union on Friday formally relaunched negotiations on a free "
        "trade agreement.",
        "India and the European Union resumed talks on a free trade agreement.",
    ],
)
def test_talks_started_or_resumed_on_an_agreement(text: str) -> None:
    g = agreement(run(text), "India-EU free trade agreement")
    assert g is not None and g.status == "under_negotiation"
    assert set(g.parties) == {"India", "European Union"}


def test_capitalised_words_joined_by_and_stay_in_the_name() -> None:
    ex = run(
        "Talks on the proposed Broad-based Trade and Investment Agreement between India and "
        "the EU stalled. The US and Kenya signed a Trade and Investment Framework Agreement."
    )
    g = agreement(ex, "Broad-based Trade and Investment Agreement")
    assert g is not None and set(g.parties) == {"India", "European Union"}
    assert agreement(ex, "Trade and Investment Framework Agreement") is not None
    assert agreement(ex, "Investment Agreement") is None


def test_and_between_parties_is_not_part_of_a_name() -> None:
    ex = run("Leaders of Japan and the Philippines signed the Reciprocal Access Agreement.")
    g = agreement(ex, "Reciprocal Access Agreement")
    assert g is not None and set(g.parties) == {"Japan", "Philippines"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Britain, Italy and Japan launched a joint venture. The three governments signed a "
            "treaty in December 2023.",
            {"United Kingdom", "Italy", "Japan"},
        ),
        (
            "India and Pakistan met. The two neighbours signed a water-sharing agreement.",
            {"India", "Pakistan"},
        ),
    ],
)
def test_the_governments_or_neighbours_are_the_parties_named_before(
    text: str, parties: set[str]
) -> None:
    g = next(g for g in run(text).agreements if g.unnamed)
    assert set(g.parties) == parties and g.status == "signed"


def test_a_bare_definite_mention_refers_back_whatever_its_noun() -> None:
    ex = run(
        "Vietnam and Indonesia have ratified an agreement delineating their zones. "
        "Indonesian President Joko Widodo and Vietnamese President Nguyen Xuan Phuc announced "
        "the deal during a visit. Japan and Australia signed a security pact. Japan and "
        "Australia also signed the trade deal."
    )
    unnamed = sorted(g.name for g in ex.agreements if g.unnamed)
    assert unnamed == [
        "Japan-Australia security pact",
        "Japan-Australia trade deal",
        "Vietnam-Indonesia agreement",
    ]


def test_long_modifiers_and_numbered_terms_keep_the_agreement() -> None:
    ex = run(
        "India and Pakistan signed a long-awaited water-sharing agreement. "
        "Ukraine and the United Kingdom signed a 100-year partnership agreement in Kyiv."
    )
    names = {g.name for g in ex.agreements if g.unnamed}
    assert names == {
        "India-Pakistan water sharing agreement",
        "Ukraine-UK 100-year partnership agreement",
    }


@pytest.mark.parametrize(
    ("text", "name", "status", "year"),
    [
        (
            "Britain and the EU agreed to review the Trade and Cooperation Agreement in 2026.",
            "Trade and Cooperation Agreement",
            "under_review",
            None,
        ),
        ("The Paris Agreement was adopted in 2015 by 196 parties.", "Paris Agreement", None, 2015),
        ("The United States withdrew from the Paris Agreement in 2020.", "Paris Agreement", None, None),
    ],
)
def test_a_year_is_the_signing_year_not_a_review_or_a_withdrawal(
    text: str, name: str, status: str | None, year: int | None
) -> None:
    g = agreement(run(text), name)
    assert g is not None and g.year == year
    if status is not None:
        assert g.status == status


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("Israel and Hamas agreed to a ceasefire deal brokered by Qatar.", "Israel-Hamas ceasefire deal", "signed"),
        ("The ceasefire between Israel and Hamas took effect on Sunday.", "Israel-Hamas ceasefire", "in_force"),
    ],
)
def test_status_cues_past_to_and_past_between(text: str, name: str, status: str) -> None:
    g = agreement(run(text), name)
    assert g is not None and g.status == status


def test_a_bare_definite_alliance_is_not_folded_into_a_contract() -> None:
    ex = run(
        "Poland signed a $10 billion contract with the United States on Tuesday. "
        "The ambassador said the agreement showed the strength of the alliance between "
        "Warsaw and Washington."
    )
    names = sorted(g.name for g in ex.agreements)
    assert names == ["Poland-U.S. alliance", "Poland-U.S. contract"]


def test_the_signers_countries_are_the_parties() -> None:
    ex = run(
        "The deal, signed by Japanese Prime Minister Fumio Kishida and Australian Prime "
        "Minister Anthony Albanese, updates their cooperation. A pact signed by the leaders "
        "of Spain and Portugal on Tuesday covers water."
    )
    assert set(agreement(ex, "Japan-Australia deal").parties) == {"Japan", "Australia"}
    assert set(agreement(ex, "Spain-Portugal pact").parties) == {"Spain", "Portugal"}


def test_parties_that_have_an_agreement_or_whose_leaders_speak_of_it() -> None:
    ex = run("Manila and Washington have a 1951 Mutual Defense Treaty.")
    g = agreement(ex, "Mutual Defense Treaty")
    assert set(g.parties) == {"Philippines", "United States"} and g.year == 1951
    ex = run(
        "Manila and Washington met. The two leaders reaffirmed their commitment to the Mutual "
        "Defense Treaty."
    )
    assert set(agreement(ex, "Mutual Defense Treaty").parties) == {"Philippines", "United States"}


def test_a_name_that_goes_on_past_its_noun() -> None:
    """Names such as "Joint Declaration on Security Cooperation" or "Agreement on Reciprocal Access":
    the noun is followed by "on"/"of"/"for" and more of the name."""
    ex = run(
        "Japan and Australia signed the Joint Declaration on Security Cooperation in 2007. "
        "The Convention on the Rights of the Child was adopted in 1989."
    )
    g = agreement(ex, "Joint Declaration on Security Cooperation")
    assert g is not None and not g.unnamed
    assert set(g.parties) == {"Japan", "Australia"} and (g.status, g.year) == ("signed", 2007)
    assert agreement(ex, "Convention on the Rights of the Child").year == 1989


def test_and_joins_one_more_run_to_a_name_past_its_noun() -> None:
    ex = run(
        "Timor-Leste acceded to the Treaty of Amity and Cooperation (TAC) in 2007. The TAC "
        "binds members. The Convention on Biological Diversity and Kyoto Protocol were discussed."
    )
    g = agreement(ex, "Treaty of Amity and Cooperation")
    assert g is not None and "TAC" in g.aliases and len(g.spans) == 3
    assert agreement(ex, "Convention on Biological Diversity") is not None
    assert agreement(ex, "Kyoto Protocol") is not None


def test_sale_to_a_buyer_names_seller_and_buyer() -> None:
    """Rule sale_to_buyer: "X firms sealed a deal to sell jets to Y": seller X, buyer Y."""
    ex = run("Two Brazilian firms have sealed a $1.2 billion deal to sell transport aircraft to Portugal, officials said.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Brazil", "Portugal"}
    assert (g.status, g.value, g.amount, g.currency) == ("signed", "$1.2 billion", 1.2e9, "USD")


def test_an_alliance_for_a_cause_is_a_body() -> None:
    """Rule body_named_for: "X Alliance for Y" names a grouping, not an agreement."""
    ex = run(
        "Half the money will come from the Lisbon Banking Alliance for Clean Oceans (LBACO), a "
        "group of lenders. Portugal and Spain signed the Iberian Water Treaty in 2009."
    )
    names = {a.name for a in ex.agreements}
    assert "Lisbon Banking Alliance for Clean Oceans" not in names and "Iberian Water Treaty" in names


def test_generic_name_takes_the_article_pair() -> None:
    """Rule generic_name: a "Memorandum of Understanding" no sentence ties to parties belongs
    to the pair the article is about."""
    ex = run(
        "Ghana and Togo have long argued over their border. Ghana said on Monday it had signed a "
        "Memorandum of Understanding (MoU) on port access. Togo welcomed the step. Ghana and Togo "
        "will meet again in May. Togo said Ghana would gain access under the deal."
    )
    g = agreement(ex, "Ghana-Togo port access MoU")  # described by its subject (rule memorandum_subject)
    assert g is not None and set(g.parties) == {"Ghana", "Togo"}
    assert "Memorandum of Understanding" in g.keywords


def test_unnamed_keeps_the_text_phrases_as_aliases() -> None:
    ex = run("Chile and Peru signed a fisheries agreement on Monday. The 10-year fisheries deal covers the coast.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert "fisheries agreement" in g.aliases and g.name not in g.aliases
    assert len({a.casefold() for a in g.aliases}) == len(g.aliases)


@pytest.mark.parametrize(
    ("text", "field", "rule"),
    [
        ("Chile and Peru signed a fisheries agreement in 2011.", "year", "year_after_mention"),
        ("Chile and Peru signed a fisheries agreement in 2011.", "status", "status_cue_before"),
        ("Chile and Peru signed a fisheries agreement in 2011.", "party", "verb_subject"),
        ("The Chile-Peru fisheries agreement was signed in Lima.", "status", "status_cue_after"),
        ("The Chile-Peru fisheries agreement was signed in Lima.", "party", "hyphen_list"),
        ("Peru and Chile signed a port contract worth $90 million.", "value", "value_after_mention"),
        ("Peru and Chile signed a $90 million port contract.", "value", "money_before_noun"),
    ],
)
def test_every_fact_names_its_rule(text: str, field: str, rule: str) -> None:
    g = next(a for a in run(text).agreements if a.unnamed)
    assert all(f.rule for f in g.facts)
    assert rule in {f.rule for f in g.facts if f.field == field}


def test_supply_through_a_deal_names_supplier_and_receiver() -> None:
    """Rule supply_through_deal: the verb's subject supplies its object through the deal."""
    text = (
        "Norway is going to supply Poland with natural gas through a 10-year deal signed on Monday, "
        "as Europe replaces Russian supplies once sent via Ukraine."
    )
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"Norway", "Poland"} and g.status == "signed"
    assert {f.rule for f in g.facts if f.field == "party"} == {"supply_through_deal"}


def test_a_particular_deal_takes_the_sentence_pair() -> None:
    """Rule specific_sentence_pair: "a deal signed on Monday" in a sentence of two countries."""
    text = "Talks in Oslo ended with a fisheries deal signed on Monday by Norway and Iceland."
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"Norway", "Iceland"}
    assert {f.rule for f in g.facts if f.field == "party"} == {"specific_sentence_pair"}


def test_between_own_government_and_a_described_group() -> None:
    """Rule between_sides: "his government" is the country named before it; describing words
    before a party ("the Marxist ELN guerrilla group") are passed over."""
    text = (
        "Peruvian President Ana Ruiz unveiled a truce between her government and the Maoist "
        "Shining Path movement on Friday."
    )
    g = next(a for a in run(text).agreements if a.unnamed)
    assert g.parties[0] == "Peru" and len(g.parties) == 2
    assert {f.rule for f in g.facts if f.field == "party"} == {"between_sides"}


def test_generic_name_borrows_the_main_agreement_parties() -> None:
    """Rule generic_name: "the Declaration of Principles signed by the two parties" belongs to
    the parties of the article's main agreement, not to its host."""
    text = (
        "Sudan and South Sudan signed a peace agreement on Friday in Paris. France hosted the talks "
        "and France will monitor them. France said the deal builds on the Declaration of Principles "
        "agreed in May. French officials praised France's role."
    )
    ex = run(text)
    g = agreement(ex, "Declaration of Principles")
    assert g is not None and set(g.parties) == {"Sudan", "South Sudan"}


def test_described_mention_gives_a_generic_name_its_parties() -> None:
    text = "Sudan and South Sudan signed a peace agreement on Friday. The Peace Agreement takes effect soon."
    g = agreement(run(text), "Peace Agreement")
    assert g is not None and set(g.parties) == {"Sudan", "South Sudan"}


def test_a_contract_may_be_the_deal() -> None:
    """A contract or sale of the same parties folds into their unnamed deal (same_kind)."""
    ex = run(
        "Peru and Chile sealed an arms deal on Monday. Officials said Peru and Chile signed a "
        "contract worth $410 million in Lima."
    )
    deals = [a for a in ex.agreements if a.unnamed]
    assert len(deals) == 1 and deals[0].value == "$410 million"


def test_names_sharing_a_plural_head_are_one_record_each() -> None:
    """Rule named_list: "the Lima and Quito Declarations" are two declarations."""
    ex = run("Ministers cited the Lima and Quito Declarations as the basis of ties between Peru and Ecuador.")
    names = sorted(a.name for a in ex.agreements)
    assert names == ["Lima Declaration", "Quito Declaration"]
    assert all(set(a.parties) == {"Peru", "Ecuador"} for a in ex.agreements)


def test_a_plural_head_without_a_list_names_nothing() -> None:
    ex = run("Peru and Ecuador signed several Agreements on Friday in Lima.")
    assert not any(a.name.endswith("Agreement") and not a.unnamed for a in ex.agreements)


def test_a_country_that_joins_is_a_party() -> None:
    """Rule accession: "X joined / acceded to the Y" makes X a party of Y."""
    ex = run("Chile acceded to the Pacific Fisheries Convention in 2004. Peru joined the Pacific Fisheries Convention later.")
    g = agreement(ex, "Pacific Fisheries Convention")
    assert g is not None and set(g.parties) == {"Chile", "Peru"}
    assert {f.rule for f in g.facts if f.field == "party"} == {"accession"}


def test_an_extension_keeps_the_agreement_in_force() -> None:
    ex = run("Russia agreed to a one-year extension of the Lisbon Fisheries Treaty with Portugal.")
    g = agreement(ex, "Lisbon Fisheries Treaty")
    assert g is not None and g.status == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Sudan and South Sudan signed a peace agreement in Washington on Friday, with US Secretary "
        "of State Marco Rubio signing as a witness.",
        "The United States hosted the signing of a peace agreement between Sudan and South Sudan on Friday.",
        "Sudan and South Sudan signed a peace agreement worth $2 billion in Washington, hosted by the United States.",
    ],
)
def test_a_host_or_witness_is_no_party(text: str) -> None:
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"Sudan", "South Sudan"}


def test_the_verb_subject_wins_over_the_article_country() -> None:
    """Rule treaty_with: "Argentina is negotiating a swap arrangement with China" is
    Argentina's, even in an article mostly about Brazil."""
    text = (
        "Brazil and Uruguay met in Brasilia. Brazil hosted the talks and Brazil praised Uruguay. "
        "Separately, Argentina is negotiating a currency swap arrangement with China."
    )
    g = next(a for a in run(text).agreements if "swap" in a.name)
    assert set(g.parties) == {"Argentina", "China"}


def test_a_comparative_is_no_part_of_the_name() -> None:
    ex = run("Peru and Chile resumed talks on a broader free trade agreement in Lima.")
    assert [a.name for a in ex.agreements] == ["Peru-Chile free trade agreement"]


def test_an_armed_group_acronym_is_no_lending_programme() -> None:
    ex = run("Sudan's army and the paramilitary Rapid Support Forces (RSF) clashed again. The RSF denied it.")
    assert ex.agreements == []


def test_an_indefinite_description_refers_back_only_when_it_shares_a_word() -> None:
    ex = run(
        "Negotiations on an India-Japan free trade agreement have stalled, officials said. "
        "A currency swap arrangement is under review instead."
    )
    names = [a.name for a in ex.agreements]
    assert names == ["India-Japan free trade agreement"]
    assert "currency swap arrangement" not in ex.agreements[0].keywords


def test_items_included_in_a_signed_list_are_agreements_of_its_subject() -> None:
    """Rule including_list: each agreement listed after "including" is the subject's, signed
    when the list was; a later description with other content words is another agreement."""
    text = (
        "Peru and Chile on Monday signed five agreements, including a port access pact and a "
        "memorandum on water sharing. Talks on a Peru-Chile free trade agreement continue."
    )
    ex = run(text, published="2021-04-01")
    by_name = {a.name: a for a in ex.agreements}
    assert set(by_name) == {"Peru-Chile port access pact", "Peru-Chile water sharing memorandum", "Peru-Chile free trade agreement"}
    assert by_name["Peru-Chile port access pact"].status == "signed"
    assert by_name["Peru-Chile water sharing memorandum"].year == 2021
    assert by_name["Peru-Chile free trade agreement"].status == "under_negotiation"


def test_a_title_case_headline_lists_no_named_agreements() -> None:
    """Rule headline_not_list: in a headline every word is capitalised, so "Peru, Chile Sign
    Agreements" names two signatories, not a "Peru Agreement" and a "Chile Sign Agreement"."""
    ex = run(
        "Peru, Chile Sign Agreements on Fisheries and Ports\n\nThe two governments signed the texts in Lima on Tuesday.",
        headings=(0,),
    )
    assert not any(not a.unnamed for a in ex.agreements)
