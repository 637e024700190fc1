"""Rule two_sides_told: "the two sides" in a sentence that names no country are the two
parties of the agreement the text told last (in the two sentences before, or the only one told
so far), not the country the article names most."""

from __future__ import annotations

from tests.extract_support import run


def _text(extra: str) -> str:
    return (
        "Norway agreed to buy four submarines from Germany in a $5 billion deal as Oslo turns away "
        "from its usual supplier, Sweden. Sweden had hoped to win the order, and Sweden's yards "
        "will now cut jobs. " + extra
    )


def test_the_two_sides_are_the_last_deals_parties() -> None:
    ex = run(_text("The two sides also signed a dozen agreements on shipbuilding, on ports and on training."))
    plural = next(g for g in ex.agreements if "dozen" in g.name)
    assert set(plural.parties) == {"Norway", "Germany"}


def test_people_named_in_the_sentence_are_not_the_last_deal() -> None:
    ex = run(
        "Japan signed a maritime deal with Vietnam on Monday. Later Prime Minister Ali Sabry of Sri Lanka "
        "met President Ranil Wickremesinghe, and the two agreed to set up a strategic partnership."
    )
    assert all(set(g.parties) != {"Japan", "Vietnam"} for g in ex.agreements if "strategic" in g.name)


def test_an_agreement_told_long_before_among_others_is_not_the_two_sides() -> None:
    ex = run(
        "Kenya and Ghana will hold talks on ports every year. Kenya praised Ghana, and Ghana praised Kenya. "
        "Kenya remained open to a fisheries pact with Peru. The Chile-Bolivia Water Accord covers the border. "
        "Residents protested on Friday. Markets were calm. Officials said little. "
        "The two sides also signed a dozen agreements on shipbuilding, on ports and on training."
    )
    plural = next(g for g in ex.agreements if "dozen" in g.name)
    assert set(plural.parties) != {"Chile", "Bolivia"}
