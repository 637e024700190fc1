"""Rule part_of_framework: an agreement made under a larger one is a record of its own that
names the larger one, with the sentence that says so."""

from __future__ import annotations

from tests.extract_support import run


def _by_name(ex):
    return {a.name: a for a in ex.agreements}


def test_contracts_that_are_a_piece_of_an_arms_deal_are_two_records() -> None:
    ex = run(
        "Two French shipyards have sealed a $2.1 billion deal to build frigates for Greece, the ministry said. "
        "Signed in Athens on Friday, the contracts are the first piece of France's largest ever naval deal, "
        "agreed with Greece last month. Under the deal, Greece will also buy 24 jets."
    )
    found = _by_name(ex)
    assert set(found) == {"France-Greece deal", "France-Greece naval deal"}
    part, whole = found["France-Greece deal"], found["France-Greece naval deal"]
    assert part.part_of == whole.name and whole.part_of is None
    assert part.value == "$2.1 billion" and whole.value is None
    assert part.status == "signed" and whole.status == "signed"
    fact = next(f for f in part.facts if f.field == "part_of")
    assert fact.rule == "part_of_framework" and fact.value == whole.name and fact.sentence == 1
    assert "contracts" in part.keywords
    # "Under the deal" (sentence 2) speaks of the whole once it has been introduced
    assert any(s.sentence == 2 for s in whole.spans) and not any(s.sentence == 2 for s in part.spans)


def test_a_contract_that_is_part_of_a_named_framework_links_to_it() -> None:
    ex = run(
        "Kenya and Ethiopia signed the Highway Framework Agreement in 2021. "
        "On Monday Kenya signed a road contract worth $300 million with Ethiopia. "
        "The contract is part of the Highway Framework Agreement."
    )
    found = _by_name(ex)
    part = next(a for a in ex.agreements if a.unnamed)
    assert part.part_of == "Highway Framework Agreement" and "Highway Framework Agreement" in found


def test_signed_as_part_of_a_wider_deal() -> None:
    ex = run("Chile and Peru signed a $40 million port contract on Monday as part of a wider trade deal.")
    found = _by_name(ex)
    part = next(a for a in found.values() if a.value)
    assert part.part_of is not None and part.part_of in found and part.part_of != part.name


def test_part_of_something_that_is_no_agreement_links_nothing() -> None:
    ex = run("Chile and Peru signed a $40 million port contract. The contract is part of an overhaul of the navy.")
    assert [a.part_of for a in ex.agreements] == [None]


def test_part_of_a_capitalised_programme_makes_no_record() -> None:
    ex = run(
        "Chile and Peru signed a port agreement in Lima. "
        "The agreement is part of the Pacific Ports Modernisation-backed programme, officials said."
    )
    assert all(a.part_of is None for a in ex.agreements)
    assert len(ex.agreements) == 1


def test_part_of_an_effort_that_mentions_a_partnership_links_nothing() -> None:
    ex = run(
        "Chile and Peru signed a $40 million port contract on Monday. "
        "The contract is part of a broader effort to deepen the security partnership."
    )
    assert all(a.part_of is None for a in ex.agreements)


def test_a_contract_under_the_framework_agreement() -> None:
    ex = run(
        "Kenya and Ethiopia agreed a framework agreement in July. "
        "Kenya signed a $2.1 billion road contract with Ethiopia on Friday, the first executive contract "
        "under the framework agreement."
    )
    found = _by_name(ex)
    part = next(a for a in found.values() if a.value)
    assert part.part_of == "Kenya-Ethiopia framework agreement" and part.part_of in found
    assert found[part.part_of].value is None


def test_a_contract_under_an_umbrella_deal_it_was_folded_into() -> None:
    ex = run("Kenya signed a $2.1 billion road contract with Ethiopia on Friday under the umbrella deal agreed in July.")
    found = _by_name(ex)
    part = next(a for a in found.values() if a.value)
    assert part.part_of in found and found[part.part_of].status == "signed"


def test_under_an_agreement_of_no_framework_links_nothing() -> None:
    ex = run("Kenya and Ethiopia signed a trade deal. Under the deal, Kenya will buy power. A loan under the deal follows.")
    assert all(a.part_of is None for a in ex.agreements)


def test_an_agreement_for_the_jets_is_another_text_still_to_come() -> None:
    ex = run(
        "Greece and France signed a $3 billion naval deal on Friday. Under the deal, Greece will buy "
        "three frigates and 24 jets. An agreement for the jets is due next month."
    )
    jets = next(a for a in ex.agreements if "jets" in a.name)
    assert set(jets.parties) == {"Greece", "France"} and jets.status == "under_negotiation"
    assert "agreement for the jets" in jets.keywords
    assert len(ex.agreements) == 2


def test_a_pact_for_some_months_names_no_subject() -> None:
    ex = run("Greece and France agreed to extend a bilateral pact for six more months.")
    assert [a.name for a in ex.agreements] == ["Greece-France pact"]  # "bilateral" says nothing of which
