"""Offices and their affiliations read from the words around a name (each rule named)."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None, str]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation, r.affiliation_rule) for r in p.roles]


def test_office_of_a_country_set_off_by_a_comma() -> None:
    ex = run("The Prime Minister of Ghana, Kofi Boateng, met the press in Accra.")
    assert _roles(ex, "Kofi Boateng") == [("Prime Minister of Ghana", "Ghana", "country-in-office")]


def test_the_country_an_office_holder_acts_for() -> None:
    ex = run("Foreign Minister Ivo Maric signed for the Government of Croatia on Monday.")
    assert _roles(ex, "Ivo Maric") == [("Foreign Minister", "Croatia", "acts-for-country")]


def test_counterpart_from_a_country_then_the_office() -> None:
    ex = run("He met his counterpart from Samoa, the Minister for Lands and Titles Tui Leota, in Apia.")
    assert _roles(ex, "Tui Leota") == [("Minister for Lands and Titles", "Samoa", "country-before-office")]


def test_two_sides_after_between_share_no_country() -> None:
    ex = run("Talks were held between Kenyan President Paul Mwangi and Prime Minister Tomas Varga.")
    assert _roles(ex, "Paul Mwangi") == [("President", "Kenya", "country-before-office")]
    assert _roles(ex, "Tomas Varga") == [("Prime Minister", None, "")]


def test_a_list_of_one_country_shares_it() -> None:
    ex = run("Japan's Foreign Minister Aiko Mori and Defence Minister Ken Sato arrived.")
    assert _roles(ex, "Ken Sato") == [("Defence Minister", "Japan", "list-continues")]


def test_acting_and_the_body_before_an_office_are_part_of_it() -> None:
    ex = run("Chile's acting prime minister Raul Soto came. African Union (AU) Chairperson Amadou Sall spoke.")
    assert _roles(ex, "Raul Soto")[0][:2] == ("acting prime minister", "Chile")
    assert _roles(ex, "Amadou Sall")[0][0] == "African Union (AU) Chairperson"


def test_a_body_and_its_office_after_a_name() -> None:
    ex = run("It was signed by Amara Diallo, the ECOWAS Commissioner for Trade, Customs and Mines, and others.")
    assert _roles(ex, "Amara Diallo") == [("ECOWAS Commissioner for Trade, Customs and Mines", "ECOWAS", "body-in-office")]


def test_a_surname_that_is_an_organisations_short_name() -> None:
    ex = run("The Austrian foreign Minister, Anna Maria Wagner, signed in Vienna.")
    assert _roles(ex, "Anna Maria Wagner") == [("foreign Minister", "Austria", "country-before-office")]


def test_a_bare_government_office_belongs_to_the_dateline_capitals_country() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Finance Minister Omar Khalid said the loan would be signed this week.")
    art.dateline = "Islamabad"
    ex = extract(art, gazetteer())
    assert _roles(ex, "Omar Khalid") == [("Finance Minister", "Pakistan", "home-country")]
    art.dateline = "Karachi"  # not a capital: no country from it
    assert _roles(extract(art, gazetteer()), "Omar Khalid") == [("Finance Minister", None, "")]


def test_office_in_a_relative_clause_after_a_name() -> None:
    ex = run("Biden met Nguyen Van Binh, who is general secretary of the Communist Party of Vietnam, in Hanoi.")
    assert _roles(ex, "Nguyen Van Binh") == [("general secretary of the Communist Party of Vietnam", "Vietnam", "country-in-office")]
    ex = run("Talks resumed with Tomas Varga, who was the prime minister, in May.")
    assert _roles(ex, "Tomas Varga")[0][0] == "prime minister"


def test_a_name_that_opens_a_longer_one_is_that_person() -> None:
    ex = run(
        "Nguyen Van Binh said the deal was historic. Biden praised Nguyen Van, who is general "
        "secretary of the Communist Party of Vietnam."
    )
    p = actor(ex, "Nguyen Van Binh", "person")
    assert p is not None and "Nguyen Van" in p.aliases
    assert actor(ex, "Nguyen Van", "person") is None


def test_a_government_release_gives_its_own_ministers_its_country() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Trade Minister Sina Tuala welcomed the accord signed in Suva today.")
    art.byline = "Samoa Government"
    assert _roles(extract(art, gazetteer()), "Sina Tuala") == [("Trade Minister", "Samoa", "home-country")]
    art.byline = "Samoa Observer"  # a newspaper, not the government
    assert _roles(extract(art, gazetteer()), "Sina Tuala") == [("Trade Minister", None, "")]


def test_an_opposition_figure_belongs_to_the_country_the_article_is_about() -> None:
    text = (
        "Ghana's court ruled on the Ghana-Togo deal. Ghana said it would appeal, and Togo agreed to wait. "
        "Opposition politician Kwesi Appiah, who brought the case, told reporters Ghana must decide."
    )
    assert _roles(run(text), "Kwesi Appiah") == [("Opposition politician", "Ghana", "domestic-office")]
    even = "Ghana and Togo met. Togo and Ghana signed. Opposition politician Kwesi Appiah spoke."
    assert _roles(run(even), "Kwesi Appiah") == [("Opposition politician", None, "")]


def test_the_dateline_country_is_no_home_for_a_story_of_other_countries() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Sudan's army and the rebels met for talks. The deal was signed by an aide to Prime Minister Kamil Idris.")
    art.dateline = "Nairobi, Kenya"
    assert _roles(extract(art, gazetteer()), "Kamil Idris") == [("Prime Minister", None, "")]


def test_a_visitor_is_not_of_the_dateline_country() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Vietnam and Laos signed two accords during a state visit by President Thongloun Sisoulith.")
    art.dateline = "Hanoi"
    assert _roles(extract(art, gazetteer()), "Thongloun Sisoulith") == [("President", None, "")]
    art = article("Vietnam and Laos signed two accords, and President Dao Van Khanh hosted the talks.")
    art.dateline = "Hanoi"
    assert _roles(extract(art, gazetteer()), "Dao Van Khanh") == [("President", "Vietnam", "home-country")]


def test_a_visitor_named_before_visited_is_not_of_the_dateline_country() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Vietnam and Laos clinched a power deal on Monday as Prime Minister Sonexay Siphandone visited Hanoi.")
    art.dateline = "Hanoi"
    assert _roles(extract(art, gazetteer()), "Sonexay Siphandone") == [("Prime Minister", None, "")]


def test_a_country_after_with_is_the_partner_not_the_office_holders() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Energy Minister Kojo Mensah said a cross-border gas deal with Togo was under review.")
    art.dateline = "Accra"
    assert _roles(extract(art, gazetteer()), "Kojo Mensah") == [("Energy Minister", "Ghana", "home-country")]


def test_a_story_set_in_another_capital_gives_bare_offices_to_the_host() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    text = (
        "Kenya and Ghana signed a trade accord in Accra on Friday. "
        "While there, the visitors met the Minister of State for Roads, Kwame Asante, who showed them a new port."
    )
    art = article(text)
    art.dateline = "Nairobi"
    assert _roles(extract(art, gazetteer()), "Kwame Asante") == [("Minister of State for Roads", "Ghana", "home-country")]
    art = article(text.replace("While there, the visitors met", "The delegation included"))
    art.dateline = "Nairobi"  # the visitors' own party stays of the dateline's country
    assert _roles(extract(art, gazetteer()), "Kwame Asante") == [("Minister of State for Roads", "Kenya", "home-country")]
    art = article(text.replace("in Accra", "in Nairobi"))
    art.dateline = "Nairobi"  # set at home: the dateline's country stays
    assert _roles(extract(art, gazetteer()), "Kwame Asante") == [("Minister of State for Roads", "Kenya", "home-country")]


def test_a_three_word_name_after_a_portfolio_continued_over_and() -> None:
    ex = run("Norway's Minister of Fisheries, Research and Higher Education Ola Kari Nordby signed in Bergen.")
    p = actor(ex, "Ola Kari Nordby", "person")
    assert p is not None, [a.name for a in ex.actors]
    assert p.roles[0].title == "Minister of Fisheries, Research and Higher Education"
    ex = run("Norway's Minister of Trade and Industry Kari Nordby signed in Bergen.")
    assert [r.title for r in actor(ex, "Kari Nordby", "person").roles] == ["Minister of Trade and Industry"]


def test_a_country_in_an_opening_clause_is_not_the_offices() -> None:
    ex = run("After rebels attacked Mali last year, Chancellor Hans Weber sent a field hospital.")
    assert _roles(ex, "Hans Weber") == [("Chancellor", None, "")]
    ex = run("After the vote, Chancellor Hans Weber of Austria set up a fund.")
    assert _roles(ex, "Hans Weber")[0][1] == "Austria"
    ex = run("Chancellor Hans Weber said Austria would set up a fund.")
    assert _roles(ex, "Hans Weber") == [("Chancellor", "Austria", "one-country-in-sentence")]


def test_an_office_tied_to_one_country_is_the_homes_own_when_its_sentence_does_not_name_that_country() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    text = "Defense Secretary Ramon Cruz said the supply pact with Japan would be signed soon. The Philippines bought ships from the United States."
    art = article(text)
    art.dateline = "Manila"
    assert _roles(extract(art, gazetteer()), "Ramon Cruz") == [("Defense Secretary", "Philippines", "home-country")]
    art.dateline = None  # speaking from nowhere in particular: the office's own country
    assert _roles(extract(art, gazetteer()), "Ramon Cruz") == [("Defense Secretary", "United States", "one-country-office")]
    art = article(text.replace("with Japan", "with the United States"))
    art.dateline = "Manila"  # the tied country in the office's sentence: its office
    assert _roles(extract(art, gazetteer()), "Ramon Cruz") == [("Defense Secretary", "United States", "one-country-office")]


def test_a_mediator_or_facilitator_is_an_office_before_a_name() -> None:
    ex = run("Ghanaian mediator Kofi Mensah and a facilitator, Ruth Achieng, attended the signing.")
    assert _roles(ex, "Kofi Mensah") == [("mediator", "Ghana", "owner-before-office")]
    assert actor(ex, "Ruth Achieng", "person") is not None


def test_a_bare_head_of_state_in_an_article_of_one_country_is_its_head() -> None:
    text = "President Ama Owusu said the debt deal would restore confidence. Ghana will repay the loan by 2030. Ghana grew."
    assert _roles(run(text), "Ama Owusu") == [("President", "Ghana", "head-of-only-country")]
    two = text + " Togo welcomed it."  # a second country: the head may be either's
    assert _roles(run(two), "Ama Owusu") == [("President", None, "")]


def test_the_governments_office_belongs_to_the_one_government_the_article_names() -> None:
    text = "Burundi's government and rebels signed a truce. General Jean Hakizimana, the government's chief negotiator, signed it."
    assert _roles(run(text), "Jean Hakizimana") == [("chief negotiator", "Burundi", "the-government")]
    two = text.replace("and rebels", "and the Rwandan government")  # two governments: either's
    assert _roles(run(two), "Jean Hakizimana")[0][2] != "the-government"
