"""Which words name an agreement and who its parties are, read from how news lists them."""

from __future__ import annotations

from tests.extract_support import run


def test_a_relationship_the_agreement_restarts_does_not_rename_it() -> None:
    ex = run(
        "Rio Tinto and Ivanhoe Mines have reached an agreement to move the copper project forward.\n\n"
        '"This agreement represents a restart of our relationship," said the chief executive.'
    )
    assert [g.name for g in ex.agreements] == ["Rio Tinto-Ivanhoe Mines agreement"]


def test_an_alliance_noun_still_names_an_agreement_by_the_relationship() -> None:
    ex = run("Chile and Peru signed a military agreement on Monday. Their alliance dates back decades.")
    assert [g.name for g in ex.agreements] == ["Chile-Peru alliance"]


def test_the_government_of_a_state_in_a_longer_list_is_the_state() -> None:
    ex = run("Rio Tinto, Ivanhoe Mines and the Government of Mongolia have reached an agreement to move the copper project forward.")
    assert [set(g.parties) for g in ex.agreements] == [{"Rio Tinto", "Ivanhoe Mines", "Mongolia"}]
    ex = run("Peru, Bolivia and the Government of Chile signed a fisheries agreement on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Peru", "Bolivia", "Chile"}]


def test_an_alliance_one_is_a_member_of_is_no_agreement() -> None:
    ex = run("Economist Jane Phiri, a member of the Civil Society Debt Alliance, said the deal could lift the rating.")
    assert all("Alliance" not in g.name for g in ex.agreements)


def test_an_alliance_signed_by_states_is_still_an_agreement() -> None:
    ex = run("Chile and Peru signed the Lima Defence Alliance on Monday.")
    assert [g.name for g in ex.agreements] == ["Lima Defence Alliance"]


def test_a_dialogue_a_treaty_provides_for_is_no_agreement_of_its_own() -> None:
    ex = run(
        "Chile and Peru signed a friendship treaty in 2001.\n\n"
        "The treaty provided for closer political dialogue between the two countries."
    )
    assert [g.name for g in ex.agreements] == ["Chile-Peru friendship treaty"]


def test_an_agreement_name_inside_a_body_name_is_the_body() -> None:
    ex = run("Members of the Parties to the Nauru Agreement have signed a new arrangement to limit fishing days in their waters.")
    assert all(g.name != "Nauru Agreement" for g in ex.agreements)
    assert any(a.name == "Parties to the Nauru Agreement" for a in ex.actors)


def test_the_agreement_named_on_its_own_stays() -> None:
    ex = run("The Parties to the Nauru Agreement met in Majuro. The Nauru Agreement was signed in 1982.")
    assert [(g.name, g.year) for g in ex.agreements] == [("Nauru Agreement", 1982)]


def test_a_hyphenated_list_opening_the_subject_names_the_parties() -> None:
    ex = run(
        "The presidents on Thursday congratulated via video link the signing of an intergovernmental agreement "
        "on the Peru-Chile-Bolivia railway project."
    )
    assert [set(g.parties) for g in ex.agreements] == [{"Peru", "Chile", "Bolivia"}]


def test_a_partnership_an_agreement_strengthens_is_the_relationship() -> None:
    ex = run(
        "Turkey and Somalia signed a defence framework agreement in Ankara on February 8. "
        "It aims to strengthen bilateral cooperation and the strategic partnership between the two countries."
    )
    assert [g.name for g in ex.agreements] == ["Turkey-Somalia defence framework agreement"]


def test_a_partnership_signed_is_still_an_agreement() -> None:
    ex = run("Turkey and Somalia signed a strategic partnership on Monday.")
    assert [g.name for g in ex.agreements] == ["Turkey-Somalia partnership"]


def test_a_quoted_modifier_after_the_verb_keeps_the_verbs_subject() -> None:
    ex = run("Norway signs 'longest' gas supply deal with Japan's JERA\n\nThe state firm will ship gas to Japan.", headings=(0,))
    assert [set(g.parties) for g in ex.agreements] == [{"Norway", "JERA"}]


def test_a_partnership_an_aim_is_to_build_is_no_agreement() -> None:
    ex = run(
        "Ghana and Togo signed a memorandum on fisheries, with the aim of building a strategic "
        "partnership for the shared benefit of both peoples.",
        published="2024-02-01",
    )
    assert [a.name for a in ex.agreements if "partnership" in a.name.casefold()] == []
    assert any("memorandum" in a.name.casefold() for a in ex.agreements)


def test_a_partnership_the_sides_signed_is_still_read() -> None:
    ex = run("Ghana and Togo signed a strategic partnership on fisheries in Accra on Monday.", published="2024-02-01")
    assert any("partnership" in a.name.casefold() for a in ex.agreements)


def test_a_partnership_a_past_verb_strengthened_is_the_relationship() -> None:
    ex = run(
        "Peru bought eight patrol boats from Chile under a contract signed on Monday. The minister said the "
        "sale strengthened the strategic partnership between the two countries."
    )
    assert len(ex.agreements) == 1, [g.name for g in ex.agreements]
    assert "partnership" not in ex.agreements[0].name
