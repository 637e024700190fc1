"""Rules value_of_mention ("The value of the agreement exceeds €200 million"), own_value ("the
contract's value would reach ...") and
under_opening_value ("Under the treaty, Japan will provide $50 million ..."), and an "initial"
amount after a value cue ("which will mobilise an initial $8 billion"), or one whose estimate
names its author ("estimated by local media to be worth", rule value_after_mention)."""

from __future__ import annotations

from tests.extract_support import run


def _valued(text: str) -> tuple[str | None, set[str]]:
    (g,) = [a for a in run(text, published="2023-05-02").agreements if a.unnamed or "Treaty" in a.name]
    return g.value, {f.rule for f in g.facts if f.field == "value"}


def test_the_value_of_the_agreement_exceeds_an_amount() -> None:
    text = "Morocco and Portugal signed a fisheries agreement on Sunday. The value of the agreement exceeds €200 million."
    assert _valued(text) == ("€200 million", {"value_of_mention"})


def test_the_value_of_the_deal_is_put_at() -> None:
    text = "Peru and Chile signed a port deal on Monday. Officials said the value of the deal is put at about $2 billion."
    assert _valued(text) == ("$2 billion", {"value_of_mention"})


def test_a_party_providing_money_under_the_treaty() -> None:
    text = (
        "Japan and Palau signed the Koror Treaty on Monday. Under the treaty, Japan will provide "
        "$50 million in budget support over five years and a further $10 million for policing."
    )
    assert _valued(text) == ("$50 million", {"under_opening_value"})


def test_a_sentence_under_the_treaty_without_money_gives_no_value() -> None:
    text = "Japan and Palau signed the Koror Treaty on Monday. Under the treaty, Japan will provide training to Palau's police."
    assert _valued(text)[0] is None


def test_an_initial_amount_after_a_value_cue() -> None:
    text = "Chile and Peru agreed an energy partnership, which will mobilise an initial $8 billion of public finance."
    assert _valued(text)[0] == "$8 billion"


def test_an_estimate_by_someone_to_be_worth() -> None:
    text = "Peru and Chile signed the deal for three frigates, estimated by local media to be worth 4 billion euros."
    assert _valued(text) == ("4 billion euros", {"value_after_mention"})


def test_a_value_by_someone_at_an_amount() -> None:
    text = "Peru and Chile signed a port deal on Monday, valued by the ministry at about $2 billion."
    assert _valued(text)[0] == "$2 billion"


def test_an_estimate_by_someone_of_no_money_is_no_value() -> None:
    text = "Peru and Chile signed a port deal on Monday, estimated by the ministry to employ 2,000 people."
    assert _valued(text)[0] is None


def test_a_value_cue_past_a_relative_clause_set_off_by_commas() -> None:
    text = "Peru and Chile signed a port deal on Monday. The deal, which includes two terminals, is valued at $4 billion."
    assert _valued(text)[0] == "$4 billion"


def test_a_value_inside_the_relative_clause_is_still_read() -> None:
    assert _valued("Peru and Chile signed a port deal, which has a value of $320 million.")[0] == "$320 million"


def test_own_value_in_a_possessive() -> None:
    ex = run(
        "Chile and Peru signed a port contract in Lima on Monday. Officials said the contract's "
        "value would reach $410 million with extra financing.",
        published="2024-02-01",
    )
    (g,) = ex.agreements
    assert g.value == "$410 million"
    assert any(f.rule == "own_value" for f in g.facts if f.field == "value")


def test_own_total_value() -> None:
    ex = run("Chile and Peru signed a port contract on Monday. The deal's total value is $2 billion.", published="2024-02-01")
    assert [a.value for a in ex.agreements] == ["$2 billion"]


def test_a_possessive_of_other_words_gives_no_value() -> None:
    ex = run("Chile and Peru signed a port contract on Monday. The contract's terms cost $3 billion.", published="2024-02-01")
    assert [a.value for a in ex.agreements] == [None]
