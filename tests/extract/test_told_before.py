"""A definite description is the deal told before it, unless it names goods of its own."""

from __future__ import annotations

from tests.extract_support import run

_STORY = (
    "Jordan's king announced on Monday that he has approved a $12 billion natural gas import agreement with Egypt, "
    "the largest gas deal in the kingdom's history.\n\n"
    "The field's partners, Shell and the Egyptian firms Delta Gas and Nile Petroleum, signed the import agreement "
    "in May to sell 40 billion cubic meters of gas to Jordan."
)


def test_firms_signing_the_deal_told_before_make_no_second_record() -> None:
    ex = run(_STORY)
    assert [(set(g.parties), g.status) for g in ex.agreements] == [({"Jordan", "Egypt"}, "signed")]


def test_states_named_as_sides_of_the_same_words_are_still_another_text() -> None:
    ex = run(
        "Peru signed a fisheries agreement with Chile on Monday.\n\n"
        "Ecuador and Colombia signed the fisheries agreement between them in 2019."
    )
    assert {frozenset(g.parties) for g in ex.agreements} == {frozenset({"Peru", "Chile"}), frozenset({"Ecuador", "Colombia"})}


def test_a_deal_named_by_its_own_goods_is_another_deal() -> None:
    ex = run(
        _STORY + "\n\nSeparately, Jordan's defence ministry said French lawmakers had approved an expansion of "
        "the Falcon 5 air defence system deal, raising its value to $2 billion."
    )
    gas, other = ex.agreements
    assert "Falcon 5 air defence system deal" not in gas.aliases
    assert set(other.parties) == {"Jordan", "France"} and "Falcon 5 air defence system deal" in other.aliases


def test_a_deal_named_by_goods_with_no_two_sides_makes_no_record() -> None:
    ex = run(_STORY + "\n\nSeparately, officials said the Falcon 5 air defence system deal had been approved.")
    assert len(ex.agreements) == 1 and "Falcon 5 air defence system deal" not in ex.agreements[0].aliases


def test_the_deal_the_firms_chiefs_sign_is_the_one_told_before() -> None:
    ex = run(
        "Air India signed an agreement on Monday to buy up to 150 aircraft from Airbus, as the French president visited India.\n\n"
        "India's prime minister watched as Airbus chief executive Guillaume Faury and Campbell Wilson, the chief "
        "executive of Air India Group, signed the deal in Delhi."
    )
    assert len(ex.agreements) == 1 and "deal" in ex.agreements[0].aliases


def test_a_description_of_how_the_text_was_made_is_the_deal_told_before() -> None:
    ex = run(
        "The United States has concluded a $9 billion deal with Poland for 32 new F-35 fighter jets, officials said on Thursday.\n\n"
        '"The United States and Poland have signed a government-to-government agreement to provide the aircraft," he said.'
    )
    assert len(ex.agreements) == 1 and "government-to-government agreement" in ex.agreements[0].aliases


def test_a_description_of_a_subject_is_still_another_text() -> None:
    ex = run(
        "The United States has concluded a $9 billion deal with Poland for 32 new F-35 fighter jets, officials said on Thursday.\n\n"
        "The United States and Poland also signed a training agreement on Friday."
    )
    assert len(ex.agreements) == 2


def test_the_text_an_agreement_follows_is_an_older_one_of_its_own() -> None:
    ex = run(
        "Thailand and Malaysia today signed an agreement to establish the Kedah-Songkhla Special Border Zone.\n\n"
        "The agreement follows the memorandum of understanding on the zone signed in January 2024 by the two leaders."
    )
    new, old = ex.agreements
    assert "memorandum" not in " ".join(new.aliases)
    assert old.name == "Thailand-Malaysia zone memorandum" and "memorandum of understanding on the zone" in old.aliases


def test_a_memorandum_keeps_of_understanding_in_its_words() -> None:
    ex = run("Chile and Peru signed a memorandum of understanding on Monday.")
    assert "memorandum of understanding" in ex.agreements[0].aliases
