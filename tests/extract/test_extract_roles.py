"""Roles and the country each office belongs to."""

from __future__ import annotations

from tests.extract_support import actor, run


def roles(ex, name):
    return [(r.title, r.affiliation) for r in actor(ex, name).roles]


def test_possessive_and_demonym_cues() -> None:
    ex = run("Japan's Foreign Minister Yoko Kamikawa met Philippines President Ferdinand Marcos Jr.")
    assert roles(ex, "Yoko Kamikawa") == [("Foreign Minister", "Japan")]
    assert roles(ex, "Ferdinand Marcos") == [("President", "Philippines")]


def test_coordinated_offices_and_counterparts() -> None:
    ex = run(
        "Germany's Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius "
        "hosted their French counterparts, Foreign Minister Catherine Colonna and Defence Minister Sebastien Lecornu."
    )
    assert roles(ex, "Boris Pistorius") == [("Defence Minister", "Germany")]
    assert roles(ex, "Catherine Colonna") == [("Foreign Minister", "France")]
    assert roles(ex, "Sebastien Lecornu") == [("Defence Minister", "France")]


def test_offices_of_one_government() -> None:
    ex = run("Secretary of Defense Pete Hegseth spoke to reporters.")
    assert roles(ex, "Pete Hegseth") == [("Secretary of Defense", "United States")]


def test_appositive_office_with_country_inside() -> None:
    ex = run("Adm. Samuel Paparo, commander of U.S. Indo-Pacific Command, visited Manila.")
    assert roles(ex, "Samuel Paparo") == [("commander of U.S. Indo-Pacific Command", "United States")]
    ex = run("Penny Wong, Australia's foreign minister, said talks would resume.")
    assert roles(ex, "Penny Wong") == [("foreign minister", "Australia")]


def test_office_named_in_a_leaders_quote() -> None:
    text = "“President Lincoln believed in union,” US President Joe Biden said."
    ex = run(text, quotes=[("President Lincoln believed in union,", "Joe Biden")])
    assert roles(ex, "Lincoln") == [("President", "United States")]
    assert [q.speaker for q in ex.quotes] == ["Joe Biden"]


def test_every_affiliation_is_an_actor_of_the_extraction() -> None:
    ex = run("Adm. Samuel Paparo, commander of U.S. Indo-Pacific Command, visited Manila.")
    present = {a.name for a in ex.actors}
    for a in ex.actors:
        for r in a.roles:
            assert r.affiliation is None or r.affiliation in present


def test_lower_case_office_after_a_name() -> None:
    ex = run("“We will not accept it,” said Annie Genevard, France's farm minister.")
    assert roles(ex, "Annie Genevard") == [("farm minister", "France")]


def test_office_without_a_cue_has_no_guessed_country() -> None:
    ex = run("Defence Secretary Rajesh Kumar Singh signed the papers in New Delhi.")
    assert roles(ex, "Rajesh Kumar Singh") == [("Defence Secretary", None)]


def test_lower_case_office_before_a_name() -> None:
    ex = run("Chinese foreign ministry spokesperson Mao Ning told reporters the pact was illegal.")
    assert roles(ex, "Mao Ning") == [("foreign ministry spokesperson", "China")]
    ex = run("Philippine Coast Guard spokesperson Jay Tarriela said ships were shadowed.")
    assert roles(ex, "Jay Tarriela") == [("Philippine Coast Guard spokesperson", "Philippines")]


def test_possessive_after_an_office_is_not_an_appositive_role() -> None:
    ex = run("Senator Imee Marcos, the president's sister, voted against.")
    assert roles(ex, "Imee Marcos") == [("Senator", None)]


def test_office_title_that_starts_with_an_organisation_word() -> None:
    ex = run("Italian Armed Forces Minister Paolo Bianchi visited the base.")
    assert roles(ex, "Paolo Bianchi") == [("Armed Forces Minister", "Italy")]


def test_appositive_office_of_a_seat_of_government_with_words_between() -> None:
    ex = run("The visit was led by Dana Holt, the White House Arctic coordinator, on Monday.")
    assert roles(ex, "Dana Holt") == [("White House Arctic coordinator", "United States")]


def test_a_title_before_the_next_name_in_a_list_is_not_an_apposition() -> None:
    """In "A, Brazil's President B" the title is B's, not a description of A."""
    ex = run(
        "U.S. President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime "
        "Minister Rishi Sunak met. He greeted Uruguay's President Luis Lacalle Pou, Brazil's "
        "President Luiz Inácio Lula da Silva and Argentina's President Javier Milei."
    )
    roles = {
        a.name: sorted({(r.title, r.affiliation) for r in a.roles})
        for a in ex.actors
        if a.kind == "person"
    }
    assert roles["Joe Biden"] == [("President", "United States")]
    assert roles["Anthony Albanese"] == [("Prime Minister", "Australia")]
    assert roles["Luis Lacalle Pou"] == [("President", "Uruguay")]
    assert roles["Luiz Inácio Lula da Silva"] == [("President", "Brazil")]


def test_an_ambiguous_demonym_before_an_office_names_its_country() -> None:
    """"Indian" and "Georgian" are ambiguous alone (the Indian Ocean, the U.S. state), not
    before an office title."""
    ex = run(
        "Indian Commerce Minister Piyush Goyal met Georgian President Salome Zourabichvili. "
        "Indian Ocean states watched."
    )
    assert roles(ex, "Piyush Goyal") == [("Commerce Minister", "India")]
    assert roles(ex, "Salome Zourabichvili") == [("President", "Georgia")]
    assert actor(ex, "India", "country") is not None


def test_lower_case_offices_before_a_name() -> None:
    """House styles that write offices in lower case ("Japan's trade minister X")."""
    ex = run(
        "Japan's trade minister Yasutoshi Nishimura met EU trade chief Valdis Dombrovskis. "
        "Britain's deputy prime minister Oliver Dowden joined them. "
        "The president Joe Biden sent a letter."
    )
    assert roles(ex, "Yasutoshi Nishimura") == [("trade minister", "Japan")]
    assert roles(ex, "Valdis Dombrovskis") == [("EU trade chief", "European Union")]
    assert roles(ex, "Oliver Dowden") == [("deputy prime minister", "United Kingdom")]
    assert [title for title, _ in roles(ex, "Joe Biden")] == ["president"]


def test_an_office_set_off_by_commas_before_the_name() -> None:
    ex = run(
        "Australia's minister, Zed Seselja, said Canberra was disappointed. "
        "Japan's trade minister, Yasutoshi Nishimura, told reporters the deal was close."
    )
    assert roles(ex, "Zed Seselja") == [("minister", "Australia")]
    assert roles(ex, "Yasutoshi Nishimura") == [("trade minister", "Japan")]


def test_a_compound_owner_and_a_body_before_the_office() -> None:
    """The country may come before a body that owns the office; a hyphenated owner stays whole."""
    ex = run(
        "U.S. National Security Council Indo-Pacific coordinator Kurt Campbell will visit. "
        "Chinese foreign ministry spokesman Wang Wenbin said so. The Security Council met."
    )
    assert [t for t, _ in roles(ex, "Kurt Campbell")] == [
        "U.S. National Security Council Indo-Pacific coordinator"
    ]
    assert roles(ex, "Wang Wenbin") == [("foreign ministry spokesman", "China")]
    orgs = {a.name for a in ex.actors if a.kind == "organization"}
    assert orgs == {"U.S. National Security Council", "UN Security Council"}


def test_an_organisation_owns_the_office_set_off_before_the_name() -> None:
    ex = run(
        "The EU's energy commissioner, Kadri Simson, said the bloc would act. "
        "NATO's secretary general, Mark Rutte, said allies would respond."
    )
    assert roles(ex, "Kadri Simson") == [("energy commissioner", "European Union")]
    assert roles(ex, "Mark Rutte") == [("secretary general", "NATO")]


def test_a_body_before_an_office_is_part_of_it_and_owns_it() -> None:
    """As in "Foreign Ministry spokesman" (the gold's form); a person named just before in the
    sentence lends it nothing."""
    ex = run(
        "In Beijing, Foreign Ministry spokesman Wang Wenbin confirmed the deal. Japan's trade "
        "minister Yasutoshi Nishimura met NATO chief Jens Stoltenberg."
    )
    assert roles(ex, "Wang Wenbin") == [("Foreign Ministry spokesman", "China")]
    assert roles(ex, "Jens Stoltenberg") == [("NATO chief", "NATO")]


def test_an_apposed_office_runs_on_over_its_capitalised_words() -> None:
    ex = run(
        "The government dispatched Zed Seselja, the Minister for International Development "
        "and the Pacific, to Honiara. Henry Puna, the Secretary General of the PIF, spoke."
    )
    assert [t for t, _ in roles(ex, "Zed Seselja")] == [
        "Minister for International Development and the Pacific"
    ]
    assert [t for t, _ in roles(ex, "Henry Puna")] == ["Secretary General of the PIF"]


def _titles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_portfolio_words_between_a_country_and_minister_belong_to_the_office() -> None:
    ex = run("Zambian Mines Minister Paul Kabuswe met Peru's Fisheries Minister Rosa Quispe in Lima.")
    assert _titles(ex, "Paul Kabuswe") == [("Mines Minister", "Zambia")]
    assert _titles(ex, "Rosa Quispe") == [("Fisheries Minister", "Peru")]


def test_capitalised_words_without_a_country_before_an_office_stay_out_of_it() -> None:
    ex = run("On Tuesday Defence Minister Lars Holm spoke.")
    assert [t for t, _ in _titles(ex, "Lars Holm")] == ["Defence Minister"]


def test_lower_case_nouns_between_a_body_and_its_office_are_part_of_the_office() -> None:
    ex = run("The IMF mission chief Kamal Haddad said the review went well.")
    assert [t for t, _ in _titles(ex, "Kamal Haddad")] == ["IMF mission chief"]
    ex = run("NATO sent envoy Tomas Brun to Tbilisi.")
    assert [t for t, _ in _titles(ex, "Tomas Brun")] == ["envoy"]


def test_one_person_holds_one_office_for_one_country_across_a_list() -> None:
    ex = run(
        "Nepalese Prime Minister Ram Thapa landed on Monday. "
        "The accord was signed before Bhutanese King Jigme Wangchuck and Prime Minister Thapa."
    )
    assert _titles(ex, "Ram Thapa") == [("Prime Minister", "Nepal")]


def test_a_long_patronymic_name_set_off_after_an_office() -> None:
    ex = run("Kuwait's Minister of Oil, Sheikh Nawaf bin Saud bin Jaber Al Sabah, attended.")
    assert _titles(ex, "Nawaf bin Saud bin Jaber Al Sabah") == [("Minister of Oil", "Kuwait")]


def test_a_second_office_after_and_shares_the_country_of_the_first() -> None:
    # both offices are the one person's: one compound role, with the first office's country
    ex = run("Samoa's Deputy Prime Minister and Minister for Finance, Tuala Iosefo, signed the loan.")
    assert _titles(ex, "Tuala Iosefo") == [("Deputy Prime Minister and Minister for Finance", "Samoa")]


def test_an_indian_honorific_is_not_part_of_the_name() -> None:
    ex = run("Union Minister Shri Arjun Meghwal inaugurated the port.")
    assert "Arjun Meghwal" in {a.name for a in ex.actors}


def test_a_lower_case_office_of_a_body_set_off_before_the_name() -> None:
    ex = run("The East African Community (EAC) secretary general, Amina Juma Kweka, welcomed the truce.")
    assert [t for t, _ in _titles(ex, "Amina Juma Kweka")] == ["secretary general"]
    ex = run("The African Union executive secretary, Tomas Okello, said so.")
    assert [t for t, _ in _titles(ex, "Tomas Okello")] == ["executive secretary"]


def test_an_office_after_a_body_and_its_acronym_belongs_to_the_body() -> None:
    ex = run("Chile and Peru agreed. The Andean Community (CAN) secretary general, Rosa Quintero, welcomed it.")
    assert _titles(ex, "Rosa Quintero") == [("secretary general", "Andean Community")]
