"""A state's central bank as a party binds the state; a lender of its own stays the party."""

from __future__ import annotations

from tests.extract_support import run


def test_two_central_banks_make_a_deal_of_their_states() -> None:
    ex = run("Ghana's central bank signed a currency swap agreement with the Reserve Bank of India on Monday.")
    assert [(g.name, set(g.parties)) for g in ex.agreements] == [("Ghana-India currency swap agreement", {"Ghana", "India"})]


def test_a_central_bank_named_with_of_binds_its_country() -> None:
    ex = run("Peru signed a currency swap agreement with the Central Bank of Brazil on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Peru", "Brazil"}]


def test_an_export_import_bank_stays_the_party() -> None:
    ex = run("Kenya signed a loan agreement with the Export-Import Bank of China on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Kenya", "Export-Import Bank of China"}]


def test_a_state_body_beside_a_state_stands_for_its_own_state() -> None:
    ex = run("They signed an MoU on cooperation against corruption between the Maldives Anti-Corruption Commission and India on Friday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Maldives", "India"}]


def test_a_possessive_state_body_in_a_listed_document_is_its_state() -> None:
    ex = run(
        "Several documents were signed at the ceremony, including an MoU on cooperation against corruption "
        "between the Chile Anti-Corruption Commission and Peru's Central Bureau of Investigation."
    )
    assert [set(g.parties) for g in ex.agreements] == [{"Chile", "Peru"}]


def test_bodies_with_no_state_beside_them_stay_the_parties() -> None:
    ex = run("The Saudi Space Agency signed a memorandum with NASA on Friday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Saudi Space Agency", "NASA"}]
    ex = run("Egypt signed a framework agreement with the Export-Import Bank of Korea on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Egypt", "Export-Import Bank of Korea"}]


def test_a_central_bank_named_without_bank_words_binds_its_state_by_the_gazetteer() -> None:
    ex = run("The Bank of Ghana signed a currency swap agreement with the People's Bank of China on Friday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Ghana", "China"}]


def test_a_headline_deal_of_the_bound_states_is_the_storys() -> None:
    ex = run(
        "BoG, China's central bank sign currency swap deal\n\n"
        "The Bank of Ghana and the People's Bank of China on Friday signed a currency swap agreement worth "
        "10 billion yuan.",
        headings=(0,),
    )
    assert [(set(g.parties), g.value) for g in ex.agreements] == [({"Ghana", "China"}, "10 billion yuan")]
