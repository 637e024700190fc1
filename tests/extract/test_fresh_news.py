"""Rules that keep extraction right on news it was not tuned on: an article's own acronyms,
currencies, and the other shapes fresh wire copy takes."""

from __future__ import annotations

from tests.extract_support import agreement, names, run


def test_an_acronym_the_article_defines_otherwise_is_no_gazetteer_agreement() -> None:
    ex = run(
        "Members of the Association of Tea Traders (ATT) met in Mombasa on Sunday. "
        "The ATT said it had signed a supply pact with growers."
    )
    assert agreement(ex, "Arms Trade Treaty") is None
    ex = run("Kenya has signed the ATT, the foreign ministry said.")
    assert agreement(ex, "Arms Trade Treaty") is not None


def test_an_acronym_without_another_definition_keeps_its_gazetteer_meaning() -> None:
    ex = run("Jamaica drew on the Resilience and Sustainability Facility (RSF) of the lender in May.")
    assert agreement(ex, "Resilience and Sustainability Facility") is not None


def test_a_currency_does_not_make_its_state_an_actor() -> None:
    ex = run("Kenya and Ethiopia signed a power deal worth 300 million U.S. dollars on Monday.")
    assert "United States" not in names(ex, "country")
    ex = run("Oslo will pay Warsaw 900 million Danish crowns for the radars, Poland said.")
    assert "Denmark" not in names(ex, "country")


def test_a_state_named_beside_its_currency_elsewhere_stays_an_actor() -> None:
    ex = run("Denmark will pay 2 billion Danish crowns. Denmark said the sum was final.")
    assert "Denmark" in names(ex, "country")


def test_an_acronym_spelled_as_its_own_gazetteer_name_keeps_later_uses() -> None:
    ex = run(
        "Vietnam praised the Regional Comprehensive Economic Partnership (RCEP) on Friday. "
        "RCEP was signed in 2020, the minister said."
    )
    deal = next(g for g in ex.agreements if "RCEP" in (g.name, *g.aliases))
    assert deal.year == 2020


def test_the_government_as_a_side_of_between_is_the_articles_own_country() -> None:
    ex = run(
        "Peru's government and the rebels agreed on Friday to extend a truce. Peru said the "
        "rebels never accepted the 2004 peace accord between the government and the Shining Path."
    )
    deal = next(g for g in ex.agreements if g.year == 2004)
    assert set(deal.parties) == {"Peru", "Shining Path"}


def test_a_counted_plural_is_one_package_with_its_value() -> None:
    ex = run("Kenya and Ethiopia signed 12 trade agreements worth about $2 billion on Tuesday.")
    deal = next(g for g in ex.agreements if "agreements" in g.name)
    assert set(deal.parties) == {"Kenya", "Ethiopia"}
    assert deal.status == "signed" and deal.value == "$2 billion"


def test_a_plural_without_a_count_makes_no_record() -> None:
    ex = run("Kenya and Ethiopia have signed trade agreements before.")
    assert not [g for g in ex.agreements if "agreements" in g.name]


def test_an_agreement_on_a_subject_is_named_by_it_and_dated_after_it() -> None:
    ex = run("Chile and Peru signed a separate agreement on water sharing in 2019.")
    deal = ex.agreements[0]
    assert deal.name == "Chile-Peru water sharing agreement"
    assert deal.year == 2019


def test_a_broader_treaty_is_another_text_of_the_same_parties() -> None:
    ex = run(
        "Ghana and Togo signed a border security pact on Monday. "
        "Officials said talks on a broader investment treaty would start in June."
    )
    treaty = next(g for g in ex.agreements if "investment" in g.name)
    assert set(treaty.parties) == {"Ghana", "Togo"}
    assert treaty.status == "under_negotiation"
    assert len(ex.agreements) == 2


def test_a_memorandum_on_a_subject_is_its_own_text() -> None:
    ex = run(
        "Vietnam and Laos signed five cooperation agreements on Friday. "
        "Among them was a memorandum of understanding on the digital economy."
    )
    assert any(g.name == "Vietnam-Laos digital economy memorandum" for g in ex.agreements)


def test_who_leads_or_brokers_an_agreement_is_not_part_of_its_name() -> None:
    ex = run("Kazakhstan and Russia signed a Vatican-brokered peace accord on Monday.")
    assert [g.name for g in ex.agreements] == ["Kazakhstan-Russia peace accord"]


def test_an_apposition_to_a_body_is_no_agreement() -> None:
    ex = run(
        "Kazakhstan said it would stay in the Collective Security Treaty Organization (CSTO), the "
        "Moscow-led military alliance. Russia welcomed the decision. Kazakhstan and Russia share a "
        "long border, and Russia is Kazakhstan's largest trade partner."
    )
    assert not [g for g in ex.agreements if "alliance" in g.name]


def test_a_currency_named_in_words_after_the_amount_is_read() -> None:
    ex = run("Kenya and Uganda signed a rail deal worth 3 billion Kenyan shillings on Monday.")
    deal = ex.agreements[0]
    assert deal.value == "3 billion Kenyan shillings" and deal.currency == "KES"
    ex = run("Angola and Zambia signed a power deal worth 8 billion U.S. dollars on Friday.")
    assert ex.agreements[0].amount == 8e9 and ex.agreements[0].currency == "USD"


def test_a_conversion_in_brackets_belongs_to_the_written_value() -> None:
    ex = run("Norway and Poland signed a radar deal worth about 900 million Danish crowns ($130 million).")
    assert ex.agreements[0].value == "900 million Danish crowns ($130 million)"
    assert ex.agreements[0].currency == "DKK"


def test_a_day_between_the_verb_and_the_deal_keeps_the_signatories() -> None:
    ex = run("Chile and Peru agreed on Monday a deal under which a firm will run the port.", published="2024-05-06")
    deal = ex.agreements[0]
    assert set(deal.parties) == {"Chile", "Peru"} and deal.status == "signed" and deal.year == 2024


def test_a_relative_clause_gives_status_and_year() -> None:
    ex = run(
        "Kenya and Tanzania praised the Border Trade Facilitation Agreement (BTFA), which entered "
        "into force on March 3, 2021."
    )
    deal = next(g for g in ex.agreements if g.name == "Border Trade Facilitation Agreement")
    assert deal.status == "in_force" and deal.year == 2021


def test_an_agreement_to_be_finalised_is_under_negotiation() -> None:
    ex = run("Chile and Japan agreed to finalise a Digital Partnership Agreement by the end of the year.")
    deal = next(g for g in ex.agreements if g.name == "Digital Partnership Agreement")
    assert deal.status == "under_negotiation"


def test_an_acronym_spells_a_name_joined_by_and() -> None:
    ex = run("Ghana hailed the Regional Trade and Transit Agreement (RTTA) on Tuesday.")
    deal = next(g for g in ex.agreements if g.name == "Regional Trade and Transit Agreement")
    assert "RTTA" in deal.aliases


def _roles(ex, name):
    return [(r.title, r.affiliation) for a in ex.actors if a.name == name for r in a.roles]


def test_a_long_portfolio_before_an_apposed_name_is_the_office() -> None:
    ex = run("Ghana's Minister of Digital Economy Affairs, Samuel Jinapor, signed for Accra.")
    assert _roles(ex, "Samuel Jinapor") == [("Minister of Digital Economy Affairs", "Ghana")]
    ex = run("Kenya's Minister of Energy Transition, Achieng Odhiambo, opened the plant.")
    assert _roles(ex, "Achieng Odhiambo") == [("Minister of Energy Transition", "Kenya")]


def test_a_ministers_portfolio_after_for_is_no_organisation() -> None:
    ex = run("Ghana's Minister of State for Mineral Resources, Kofi Mensah, signed for Accra.")
    assert "Mineral Resources" not in names(ex, "organization")
    assert _roles(ex, "Kofi Mensah") == [("Minister of State for Mineral Resources", "Ghana")]


def test_a_style_after_an_office_is_not_part_of_it() -> None:
    ex = run("Kuwaiti Oil Minister Sheikh Nawaf Saud al-Sabah said output would rise.")
    assert _roles(ex, "Nawaf Saud al-Sabah") == [("Oil Minister", "Kuwait")]
    ex = run("Bahraini Foreign Minister Prince Salman Khalifa said the talks went well.")
    assert [t for t, _ in _roles(ex, "Salman Khalifa")] == ["Foreign Minister"]


def test_an_amount_right_before_a_name_is_its_value() -> None:
    ex = run("Sri Lanka hopes to revive a stalled $2.9 billion Extended Fund Facility this year.")
    deal = next(g for g in ex.agreements if g.name == "Extended Fund Facility")
    assert deal.value == "$2.9 billion"


def test_a_count_is_no_part_of_a_generated_name() -> None:
    ex = run("Thailand and Laos signed three agreements on Monday to manage the river.")
    assert [g.name for g in ex.agreements] == ["Thailand-Laos agreements"]


def test_a_cessation_of_hostilities_is_a_ceasefire() -> None:
    ex = run("Armenia and Azerbaijan agreed to a cessation of hostilities on Sunday.")
    assert [g.name for g in ex.agreements] == ["Armenia-Azerbaijan cessation of hostilities"]
    assert ex.agreements[0].status == "signed"


def test_a_cessation_of_something_else_is_no_agreement() -> None:
    ex = run("Kenya and Uganda deplored the cessation of aid flows on Sunday.")
    assert ex.agreements == []


def test_those_who_hold_talks_on_a_named_agreement_are_its_parties() -> None:
    ex = run("Nepal and India have begun technical talks on renewing the Kosi River Treaty.")
    assert set(next(g for g in ex.agreements if g.name == "Kosi River Treaty").parties) == {"Nepal", "India"}
    ex = run("Chile and the European Union concluded negotiations on an Advanced Framework Agreement on Friday.")
    assert set(next(g for g in ex.agreements if g.name == "Advanced Framework Agreement").parties) == {"Chile", "European Union"}


def test_a_body_the_article_abbreviates_is_short_in_a_generated_name() -> None:
    ex = run("Tonga and the South Pacific Tuna Boat Owners Association (SPTBOA) signed a fisheries access deal on Monday.")
    assert [g.name for g in ex.agreements] == ["Tonga-SPTBOA fisheries access deal"]


def test_an_older_arrangement_is_another_text() -> None:
    ex = run(
        "Fiji and Samoa signed a maritime patrol treaty on Monday. "
        "It replaces an older arrangement signed in 2015."
    )
    older = next(g for g in ex.agreements if g.name.endswith("arrangement"))
    assert older.year == 2015 and set(older.parties) == {"Fiji", "Samoa"}
    assert len(ex.agreements) == 2


def test_a_short_gazetteer_acronym_needs_something_of_an_agreement_about_it() -> None:
    ex = run("Labour MSP Jane Doe said her party would oppose the budget.")
    assert ex.agreements == []
    ex = run("Iran threatened on Monday to leave the NPT.")
    assert [g.name for g in ex.agreements] == ["Treaty on the Non-Proliferation of Nuclear Weapons"]
    ex = run("The TPP has cut tariffs across the Pacific.")
    assert [g.name for g in ex.agreements] == ["TPP"]


def test_partners_named_after_including_are_parties() -> None:
    ex = run("Zambia reached an agreement with its official creditors, including China and France, to restructure its debt.")
    assert [set(g.parties) for g in ex.agreements] == [{"Zambia", "China", "France"}]


def test_the_amount_of_a_loan_under_a_named_programme_is_its_value() -> None:
    ex = run("Zambia reached a staff-level agreement on a three-year, $1.3 billion loan under the Extended Credit Facility.")
    assert agreement(ex, "Extended Credit Facility").value == "$1.3 billion"
    ex = run("Zambia spent $1.3 billion on roads under the Extended Credit Facility.")
    assert agreement(ex, "Extended Credit Facility").value is None


def test_a_count_hyphened_to_a_noun_stays_in_the_name() -> None:
    ex = run("Chad and Sudan signed a three-day truce on Monday.")
    assert [g.name for g in ex.agreements] == ["Chad-Sudan three-day truce"]


def test_a_lower_case_portfolio_closing_the_apposition_is_part_of_the_office() -> None:
    ex = run("Air Vice Marshal Kofi Boateng, the chief of air staff, said the jets would arrive in May.")
    assert [t for t, _ in _roles(ex, "Kofi Boateng")] == ["chief of air staff"]
    ex = run("Kofi Boateng, the chief of the group that won, said little.")
    assert "chief of the group that won" not in [t for t, _ in _roles(ex, "Kofi Boateng")]
