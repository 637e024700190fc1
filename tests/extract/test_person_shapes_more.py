"""Persons named where the office is not a capitalised title right before the name: an office
serving a body after the name, an office taken, an office whose last word opens the name's
run; and the headline fragments and numbered works that are no persons."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def _roles(ex, name: str) -> list[tuple[str, str | None, str]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation, r.rule) for r in p.roles]


def test_office_serving_a_body_after_the_name() -> None:
    ex = run("Moses Banda, secretary to Malawi's Treasury, said the loan would be repaid.")
    assert _roles(ex, "Moses Banda") == [("secretary to the Treasury", "Malawi", "office-after-name")]
    ex = run("Grace Phiri, adviser to the Ministry of Finance of Ghana, said so.")
    assert _roles(ex, "Grace Phiri")[0][:2] == ("adviser to the Ministry of Finance of Ghana", "Ghana")


def test_envoy_to_a_country_is_not_that_countrys() -> None:
    ex = run("Peter Mwale, ambassador to Brazil, said so. Tom Zulu, adviser to Brazil, agreed.")
    assert all(aff != "Brazil" for _, aff, _ in _roles(ex, "Peter Mwale"))
    assert "Tom Zulu" not in names(ex, "person") or all(aff != "Brazil" for _, aff, _ in _roles(ex, "Tom Zulu"))


def test_office_taken_after_the_name() -> None:
    ex = run("Relations warmed after Lucia Ferreira took office as Portugal's president in 2021.")
    assert _roles(ex, "Lucia Ferreira") == [("president", "Portugal", "took-office-as")]
    ex = run("Ivan Horvat was sworn in as prime minister on Monday.")
    assert _roles(ex, "Ivan Horvat")[0][0] == "prime minister"


def test_event_that_is_no_office_gives_no_office() -> None:
    ex = run("Later Tom Okafor became a lawyer. Anna Berg was elected in 2019.")
    assert names(ex, "person") <= {"Anna Berg", "Tom Okafor"}  # persons by their given names (given_name.py)
    assert all(not r.title for a in ex.actors for r in a.roles)


def test_office_whose_last_word_opens_the_name_run() -> None:
    ex = run("The Ghanaian Charge d'Affaires Kwame Asante signed the second document.")
    assert _roles(ex, "Kwame Asante") == [("Charge d'Affaires", "Ghana", "title-into-chunk")]
    ex = run("Peruvian Chargé d'Affaires Rosa Quispe attended.")
    assert _roles(ex, "Rosa Quispe")[0][1] == "Peru"


def test_headline_fragment_is_no_person() -> None:
    text = "Ruto Clinches $2 Billion Deal With Egypt\n\nPresident William Ruto said the deal was done. Ruto told reporters it mattered."
    ex = run(text, headings=(0,))
    assert names(ex, "person") == {"William Ruto"}


def test_numbered_work_is_no_person() -> None:
    ex = run("They signed a study on the Danube Bridge Phase II project near Vidin.")
    assert names(ex, "person") == set()


def test_two_offices_joined_before_the_name_are_one_role() -> None:
    ex = run("Oman's Deputy Prime Minister and Minister of Foreign Affairs Sayyid Badr Al Harthi announced the truce.")
    assert _roles(ex, "Sayyid Badr Al Harthi")[0][:2] == ("Deputy Prime Minister and Minister of Foreign Affairs", "Oman")


def test_head_of_state_and_minister_may_be_two_people() -> None:
    ex = run("Talks between the President and Prime Minister Kwame Boateng went on.")
    assert _roles(ex, "Kwame Boateng")[0][0] == "Prime Minister"


def test_office_of_a_named_body_then_the_holder() -> None:
    ex = run("The Director General of the Ghana Ports Authority Kofi Mensah said the berths were ready.")
    assert _roles(ex, "Kofi Mensah")[0][0] == "Director General of the Ghana Ports Authority"
    assert _roles(ex, "Kofi Mensah")[0][2] == "office-of-body"


def test_pronoun_surname_right_after_an_office() -> None:
    ex = run("The accord was signed in the presence of visiting Chinese Vice Premier He Weidong on Monday.")
    assert _roles(ex, "He Weidong") == [("Vice Premier", "China", "title-before-name")]
    ex = run("The minister left early. He Said nothing about the accord.")
    assert names(ex, "person") == set()


def test_an_office_alone_before_a_speech_verb_is_no_person() -> None:
    ex = run("At the start of the talks the Crown Prince said the kingdom would invest more.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_a_rank_before_a_surname_named_in_full_elsewhere() -> None:
    ex = run(
        "The pact was signed by General Abdou Tamba, head of the council, on Monday. "
        "Speaking later, General Tamba said the three states had turned away from the bloc."
    )
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Abdou Tamba"]


def test_a_patronymic_chain_is_also_known_by_given_and_fathers_name() -> None:
    ex = run("The talks were attended by Prince Tariq bin Nasser bin Abdullah, Minister of Foreign Affairs.")
    p = actor(ex, "Tariq bin Nasser bin Abdullah", "person")
    assert p is not None and "Tariq bin Nasser" in p.aliases
    ex = run("The talks were attended by Tariq bin Nasser, the foreign minister, on Monday.")
    assert actor(ex, "Tariq bin Nasser", "person").aliases == []


def test_one_word_and_a_numeral_is_no_person() -> None:
    ex = run("The crew of Orion II will fly next year, and Halvor Brenne III will watch it.")
    assert names(ex, "person") == {"Halvor Brenne III"} or names(ex, "person") == {"Halvor Brenne"}


def test_initials_in_capitals_open_a_name_after_an_office() -> None:
    ex = run("Finance Minister AKM Rafiqul Hasan said in Dhaka that the program was fair.")
    assert actor(ex, "AKM Rafiqul Hasan", "person") is not None
    ex = run("Foreign Minister NATO Rafiqul Hasan said it.")  # a body's acronym is no initials
    assert actor(ex, "NATO Rafiqul Hasan", "person") is None
