"""Affiliations read from the office's own clause, not the nearest country: the state a
holder signs or acts for, an office first named by its country alone, a visitor, a country
inside another office, one plural office shared by two holders."""

from __future__ import annotations

from tests.extract_support import actor, run


def _aff(ex, name: str) -> tuple[str | None, str]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return p.roles[0].affiliation, p.roles[0].affiliation_rule


def test_signed_on_a_countrys_behalf_after_the_apposition() -> None:
    ex = run("Dr Amina Yusuf, Permanent Secretary of the Ministry of Trade, signed on Ghana's behalf, while Togo's envoy watched.")
    assert _aff(ex, "Amina Yusuf") == ("Ghana", "acts-for-country")


def test_named_in_apposition_then_signs_for_or_represents_a_state() -> None:
    ex = run(
        "The Minister of State for Trade, Dr Kofi Boateng, signed for the Republic of Ghana, "
        "while the Deputy Minister of Commerce, Dr Omar Haddad, represented the Hashemite Kingdom of Jordan."
    )
    assert _aff(ex, "Kofi Boateng") == ("Ghana", "acts-for-country")
    assert _aff(ex, "Omar Haddad") == ("Jordan", "acts-for-country")


def test_apposition_without_an_acting_verb_reads_no_country() -> None:
    ex = run("The Minister of Trade, Dr Kofi Boateng, met the envoy, who spoke for Ghana and Togo.")
    assert _aff(ex, "Kofi Boateng")[1] != "acts-for-country"


def test_office_first_named_by_its_country_alone() -> None:
    ex = run(
        "Chile has ordered six frigates, Spain's defence minister said on Tuesday. "
        '"It is done," Defence Minister Lucia Navarro wrote while touring the country.'
    )
    assert _aff(ex, "Lucia Navarro") == ("Spain", "office-named-with-country")


def test_office_named_by_country_gives_nothing_far_away_or_after_another_holder() -> None:
    ex = run(
        "Chile has ordered six frigates, Spain's defence minister said on Tuesday. The order is large. "
        "Shipyards are busy. Workers are hired. Defence Minister Lucia Navarro spoke in Chile later."
    )
    assert _aff(ex, "Lucia Navarro") != ("Spain", "office-named-with-country")


def test_visitor_is_not_of_the_country_visited() -> None:
    ex = run("Foreign Minister Lena Brandt praised Chile while visiting the Andean nation.")
    assert _aff(ex, "Lena Brandt") == (None, "")


def test_country_inside_another_office_is_not_the_holders() -> None:
    ex = run("Minister for Planning Omar Farooq and the Vice Chairman of China's planning commission signed a document.")
    assert _aff(ex, "Omar Farooq") == (None, "")


def test_plural_office_does_not_give_both_holders_one_sentence_country() -> None:
    ex = run("Prime Ministers Ana Silva and Rui Costa signed the treaty days after Angola's independence day.")
    assert _aff(ex, "Ana Silva") == (None, "")
    assert _aff(ex, "Rui Costa") == (None, "")


def test_speakers_partner_is_of_the_other_side() -> None:
    text = (
        '"Together with Ivan Petrov, Minister of Energy, I signed today the accord between the Government of '
        'Latvia and the Government of Estonia," Foreign Minister Anna Ozola said.'
    )
    quoted = text[1 : text.index(',"') + 1]
    ex = run(f"Latvia's Foreign Minister Anna Ozola spoke. {text}", quotes=[(quoted, "Anna Ozola")])
    assert _aff(ex, "Ivan Petrov") == ("Estonia", "quote-speaker-partner")


def test_host_a_visitor_flies_to_meet_is_of_the_place_visited() -> None:
    ex = run("The envoy's tour also covers Peru and Chile. She then flies to Quito to meet President Rafael Andrade at his palace.")
    assert _aff(ex, "Rafael Andrade") == ("Ecuador", "host-met-on-visit")


def test_host_called_on_in_a_capital_is_of_its_country() -> None:
    ex = run("The talks were held in Accra, after the Togolese delegation called on the Minister of Trade, Kofi Boateng, in his office.")
    assert _aff(ex, "Kofi Boateng") == ("Ghana", "host-met-on-visit")


def test_meeting_without_a_place_visited_gives_no_host() -> None:
    ex = run("Officials from Peru and Chile hoped to meet President Rafael Andrade soon.")
    assert _aff(ex, "Rafael Andrade")[1] != "host-met-on-visit"


def test_plural_office_with_countries_before_pairs_them_in_order() -> None:
    ex = run("The Chilean and Peruvian foreign ministers, Ana Rojas and Luis Quispe, signed the accord.")
    assert _aff(ex, "Ana Rojas") == ("Chile", "countries-in-order")
    assert _aff(ex, "Luis Quispe") == ("Peru", "countries-in-order")


def test_plural_office_with_countries_after_pairs_them_in_order() -> None:
    ex = run("Presidents Ana Rojas and Luis Quispe of Chile and Peru signed the accord.")
    assert _aff(ex, "Ana Rojas") == ("Chile", "countries-in-order")
    assert _aff(ex, "Luis Quispe") == ("Peru", "countries-in-order")
    ex = run("The foreign ministers of Chile and Peru, Ana Rojas and Luis Quispe, signed the accord.")
    assert _aff(ex, "Ana Rojas") == ("Chile", "countries-in-order")
    assert _aff(ex, "Luis Quispe") == ("Peru", "countries-in-order")


def test_plural_office_with_one_country_for_two_holders_guesses_none() -> None:
    ex = run("Presidents Ana Rojas and Luis Quispe of Chile met on Friday.")
    assert _aff(ex, "Luis Quispe") == (None, "")


def test_head_paired_with_a_counterpart_is_of_the_ledes_other_country() -> None:
    text = (
        "Spain agreed to sell six frigates to Chile in a deal that ends years of talks.\n\n"
        "President Marta Rius and her Chilean counterpart, Tomas Leiva, announced the order in Santiago."
    )
    ex = run(text)
    assert _aff(ex, "Marta Rius") == ("Spain", "other-side-of-lede")
    assert _aff(ex, "Tomas Leiva")[0] == "Chile"


def test_pair_whose_partner_country_the_lede_does_not_name_guesses_none() -> None:
    text = (
        "Spain agreed to sell six frigates in a deal that ends years of talks with its neighbours.\n\n"
        "President Marta Rius and her Chilean counterpart, Tomas Leiva, announced the order."
    )
    ex = run(text)
    assert _aff(ex, "Marta Rius")[1] != "other-side-of-lede"


def test_principal_of_an_aide_is_of_the_aides_country() -> None:
    ex = run("Kenyan diplomat Mary Wambui, a senior aide to President Daniel Kiprop, signed the ceasefire with the rebels.")
    assert _aff(ex, "Mary Wambui")[0] == "Kenya"
    assert _aff(ex, "Daniel Kiprop") == ("Kenya", "principal-of-aide")


def test_office_of_the_country_is_of_the_country_just_named() -> None:
    ex = run("Malawi signed a loan deal with the World Bank on Monday. The country's finance minister Grace Banda said it mattered.")
    assert _aff(ex, "Grace Banda") == ("Malawi", "the-country-named-before")


def test_office_of_the_country_after_two_countries_guesses_none() -> None:
    ex = run("Malawi signed a loan deal with Zambia on Monday. The nation's finance minister Grace Banda said it mattered.")
    assert _aff(ex, "Grace Banda")[1] != "the-country-named-before"


def test_the_state_signed_for_outranks_an_office_of_one_country() -> None:
    ex = run("Chile bought radars from Korea in 2021. Defense Secretary Marco Ruiz signed for Santiago on Monday.")
    assert _aff(ex, "Marco Ruiz") == ("Chile", "acts-for-country")
    ex = run("Defense Secretary Pete Hale met Japan's minister in Tokyo.")
    assert _aff(ex, "Pete Hale") == ("United States", "one-country-office")


def test_an_aide_to_a_named_principal_is_of_the_principals_country() -> None:
    ex = run(
        "Kenyan President Samuel Otieno hailed the accord. Grace Wanjiru, the national security "
        "adviser to President Samuel Otieno, signed for the federal government."
    )
    assert _aff(ex, "Grace Wanjiru") == ("Kenya", "principal-of-aide")
