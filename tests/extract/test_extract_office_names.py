"""Persons introduced by offices the plain title rule misses, and names that are no persons."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def _roles(ex, name: str) -> list[tuple[str, str | None, str]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation, r.rule) for r in p.roles]


def test_listed_office_with_a_lower_case_word() -> None:
    ex = run("US Secretary of state Dana Whitfield met the envoys.")
    assert _roles(ex, "Dana Whitfield") == [("Secretary of state", "United States", "title-across-case")]


def test_unlisted_office_known_by_its_head_word() -> None:
    ex = run("Present were US Senior Advisor Omar Haddad and US Under Secretary for Economic Affairs Lena Brandt.")
    assert _roles(ex, "Omar Haddad") == [("Senior Advisor", "United States", "office-head-before-name")]
    assert _roles(ex, "Lena Brandt") == [("Under Secretary for Economic Affairs", "United States", "office-head-before-name")]


def test_portfolio_without_a_name_is_no_person() -> None:
    ex = run("The Minister for Home Affairs arrived in Apia on Friday.")
    assert names(ex, "person") == set()


def test_portfolio_that_goes_on_after_and() -> None:
    ex = run("He met the Minister for Lands and Mineral Resources Tevita Lomu in Nuku'alofa.")
    assert [r[0] for r in _roles(ex, "Tevita Lomu")] == ["Minister for Lands and Mineral Resources"]


def test_one_office_for_several_countries_each_with_its_holder() -> None:
    ex = run("The trade ministers of Ghana, Kofi Mensah, and of Togo, Afi Agbeko, signed the accord.")
    assert _roles(ex, "Kofi Mensah") == [("trade minister", "Ghana", "plural-office-of-countries")]
    assert _roles(ex, "Afi Agbeko")[0][:2] == ("trade minister", "Togo")
    ex = run("The presidents of Peru, Luis Ramos; Bolivia, Eva Quiroga; and Chile, Tomas Leiva met.")
    assert {("president", "Peru"), ("president", "Bolivia"), ("president", "Chile")} == {
        _roles(ex, n)[0][:2] for n in ("Luis Ramos", "Eva Quiroga", "Tomas Leiva")
    }


def test_descriptive_office_words_before_a_name() -> None:
    ex = run("Opposition politician Grace Njeri, who filed the case, spoke. World Bank official Ivan Petrov agreed.")
    assert {"Grace Njeri", "Ivan Petrov"} <= names(ex, "person")


def test_mixed_case_office_before_a_comma_and_counterpart_before_a_comma() -> None:
    ex = run("The DRC foreign Minister, Ana Mbala, signed. Mr Lowe will meet his counterpart, Eric Nkusi, today.")
    assert {"Ana Mbala", "Eric Nkusi"} <= names(ex, "person")


def test_social_post_author_is_a_person_not_an_outlet() -> None:
    ex = run("Great talks today on trade and ports.\n\n\u2014 Priya Raman (@priyaraman) May 2, 2025")
    p = actor(ex, "Priya Raman", "person")
    assert p is not None and p.rule == "post-author"
    assert "Priya Raman" not in names(ex, "organization")
    ex = run("The deal was first reported by The Island Times (@islandtimes) on Monday.")
    assert "The Island Times" in names(ex, "organization")


def test_plural_nouns_of_a_body_are_no_person() -> None:
    ex = run("The treaty was approved by UN Member States in June. Member States said so.")
    assert names(ex, "person") == set()


def test_office_abbreviations_give_the_full_office() -> None:
    from store.extract import extract
    from store.records import Paragraph, Sentence
    from tests.extract_support import article, gazetteer

    text = "On Monday Pres. Lina Moreno and Peru's PM Tomas Varga met US Amb. Carla Diaz and FM Omar Haddad."
    art = article(text)
    art.sentences, art.paragraphs = [Sentence(0, 0, 0, len(text))], [Paragraph("text", 0, len(text))]
    ex = extract(art, gazetteer())
    assert _roles(ex, "Lina Moreno")[0][0] == "President"
    assert _roles(ex, "Tomas Varga")[0][:2] == ("Prime Minister", "Peru")
    assert _roles(ex, "Carla Diaz")[0][:2] == ("Ambassador", "United States")
    assert _roles(ex, "Omar Haddad")[0][0] == "Foreign Minister"


def test_abbreviations_match_only_as_written() -> None:
    ex = run("The meeting ended at 5 pm. Officials left.")
    assert names(ex, "person") == set()


def _held(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_a_portfolio_office_runs_to_the_comma_before_an_apposed_name() -> None:
    ex = run("Chile's Minister of Mining Policy, Aurora Williams, toured the site on Friday.")
    assert _held(ex, "Aurora Williams") == [("Minister of Mining Policy", "Chile")]
    assert "Policy" not in names(ex, "person")


def test_a_minister_of_state_for_a_portfolio_is_an_office_not_an_organisation() -> None:
    ex = run("Ghana's Minister of State for Oil Resources, Kwame Mensah, opened the talks.")
    assert _held(ex, "Kwame Mensah") == [("Minister of State for Oil Resources", "Ghana")]
    assert names(ex, "organization") == set()


def test_a_portfolio_continued_after_and_before_an_apposed_name() -> None:
    ex = run("Zambia's Minister for Lands and Mineral Resources, Chanda Mulenga, signed for Zambia.")
    assert _held(ex, "Chanda Mulenga") == [("Minister for Lands and Mineral Resources", "Zambia")]
    assert names(ex, "organization") == set()


def test_an_office_without_a_portfolio_before_a_list_of_names_keeps_its_holder() -> None:
    ex = run("Chancellor Olaf Brandt, Anna Weiss and Paul Kern met on Monday.")
    assert "Olaf Brandt" in names(ex, "person")


def test_a_portfolio_listed_with_commas_and_and_runs_to_the_apposed_name() -> None:
    ex = run("Uganda's Minister of Finance, Planning and Economic Development, Matia Lubega, met lenders.")
    assert _held(ex, "Matia Lubega") == [("Minister of Finance, Planning and Economic Development", "Uganda")]


def test_a_portfolio_with_and_after_the_listed_office_runs_to_the_apposed_name() -> None:
    ex = run("Tanzania's Minister of Water and Irrigation, Juma Aweso, opened the dam.")
    assert _held(ex, "Juma Aweso") == [("Minister of Water and Irrigation", "Tanzania")]
    assert "Irrigation" not in " ".join(names(ex, "person"))


def test_a_country_office_with_a_portfolio_is_no_organisation_and_its_holder_is_found() -> None:
    ex = run("Omani Minister of Energy and Minerals Salim bin Nasser al-Aufi toured the plant.")
    assert names(ex, "organization") == set()
    assert _held(ex, "Salim bin Nasser al-Aufi") == [("Minister of Energy and Minerals", "Oman")]


def test_a_long_arabic_name_set_off_after_an_office() -> None:
    ex = run("Bahrain's Minister of Works, Ibrahim bin Hassan al-Hawaj, opened the bridge.")
    assert _held(ex, "Ibrahim bin Hassan al-Hawaj") == [("Minister of Works", "Bahrain")]


def test_a_lower_case_office_for_a_country_before_the_holder() -> None:
    ex = run("The EU special envoy for the Sahel region met Norway's special envoy for Mali Erik Lunde in Bamako.")
    assert _held(ex, "Erik Lunde") == [("special envoy for Mali", "Norway")]
    ex = run("World Bank country director for Nepal Anna Becker said growth would slow.")
    assert [t for t, _ in _held(ex, "Anna Becker")] == ["World Bank country director for Nepal"]


def test_unlisted_portfolio_word_before_minister_without_a_country() -> None:
    ex = run("The quota deal was approved on Tuesday, Aquaculture Minister Paulo Venter told reporters.")
    assert [r[0] for r in _roles(ex, "Paulo Venter")] == ["Aquaculture Minister"]
    ex = run("Irrigation Secretary Mira Okafor said the canal accord would be signed in May.")
    assert [r[0] for r in _roles(ex, "Mira Okafor")] == ["Irrigation Secretary"]
    ex = run("On Thursday Minister Paulo Venter said the accord would be signed.")
    assert [r[0] for r in _roles(ex, "Paulo Venter")] == ["Minister"]


def test_envoy_to_a_country_set_off_before_the_name() -> None:
    ex = run("Chile's ambassador to Vietnam, Rosa Quispe, said the fruit protocol was ready.")
    assert _roles(ex, "Rosa Quispe") == [("ambassador to Vietnam", "Chile", "envoy-to-country-comma-name")]
    ex = run("Kenya's high commissioner to the United Kingdom, Omar Wanjiku, signed for Nairobi.")
    assert _roles(ex, "Omar Wanjiku")[0][:2] == ("high commissioner to the United Kingdom", "Kenya")
    ex = run("The delegation returned to Vietnam, Rosa Quispe said on Friday.")
    assert _roles(ex, "Rosa Quispe") == []


def test_plural_office_right_before_two_names() -> None:
    ex = run("The canal accord was signed in 2004 by then prime ministers Ana Lopez and Rui Costa.")
    assert _roles(ex, "Ana Lopez")[0][:1] == ("prime minister",)
    assert _roles(ex, "Rui Costa")[0][:1] == ("prime minister",)
    ex = run("Trade ministers gathered in Lima; envoys Ana Lopez said nothing.")
    assert "Ana Lopez" not in names(ex, "person") or all(r[0] != "envoy" for r in _roles(ex, "Ana Lopez"))
