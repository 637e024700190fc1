"""Values inside an agreement's own noun phrase and clause, a lender's approval of a loan, and a
status read past a value aside (rules money_in_phrase, under_which_invest, received_under,
lender_approval, status_after_value_aside)."""

from __future__ import annotations

from store.records import AgreementHit
from tests.extract_support import run


def _only(text: str) -> AgreementHit:
    ex = run(text, published="2024-05-01")
    assert len(ex.agreements) == 1, [a.name for a in ex.agreements]
    return ex.agreements[0]


def _rule(hit: AgreementHit, field: str) -> str:
    return next(f.rule for f in hit.facts if f.field == field)


def test_amount_before_a_hyphened_modifier_and_a_name() -> None:
    g = _only("Zambia secured a $1.3 billion, 38-month Extended Credit Facility from the IMF last year.")
    assert (g.value, g.amount, g.currency) == ("$1.3 billion", 1.3e9, "USD")
    assert _rule(g, "value") == "money_in_phrase"


def test_adjective_before_the_amount_keeps_the_status_cue() -> None:
    g = _only("Peru and Chile signed the enlarged $4 billion energy supply contract on Friday.")
    assert (g.status, g.value) == ("signed", "$4 billion")


def test_a_preposition_between_amount_and_noun_breaks_the_phrase() -> None:
    ex = run("Oman paid $40 million in fees before it signed a port agreement with Qatar on Monday.")
    assert all(a.value is None for a in ex.agreements)


def test_money_a_party_invests_under_the_agreement() -> None:
    g = _only("Benin and Niger signed a pipeline agreement under which Niger will invest $900 million.")
    assert (g.value, _rule(g, "value")) == ("$900 million", "under_which_invest")


def test_money_received_under_a_named_facility() -> None:
    g = _only("Malawi will receive about $170 million under the Extended Credit Facility, officials said.")
    assert (g.value, _rule(g, "value")) == ("$170 million", "received_under")


def test_a_lenders_board_approving_a_facility_opens_it() -> None:
    g = _only("Zambia said the IMF had approved its $1.3 billion Extended Credit Facility.")
    assert (g.status, _rule(g, "status")) == ("in_force", "lender_approval")


def test_approval_of_a_treaty_is_not_a_signing() -> None:
    ex = run("The cabinet approved the draft border treaty with Mali on Tuesday.", published="2024-05-01")
    assert all(a.status != "signed" for a in ex.agreements)


def test_status_read_past_a_value_aside() -> None:
    g = _only("The gas deal between Algeria and Italy, valued at $5 billion, was signed on Friday.")
    assert (g.status, g.value) == ("signed", "$5 billion")
    assert _rule(g, "status") == "status_cue_after"


def test_a_clause_at_a_cost_of_gives_the_value() -> None:
    g = _only("Peru on Friday signed an agreement with Spain for the purchase of four patrol ships at a cost of about 900 million euros.")
    assert (g.value, g.currency) == ("900 million euros", "EUR")


def test_the_bodys_amount_wins_over_a_headline_conversion() -> None:
    ex = run(
        "Peru signs $1 billion deal with Spain for patrol ships\n\n"
        "Peru on Friday signed a deal with Spain for the purchase of four patrol ships at a cost of about 900 million euros.",
        published="2024-05-01",
    )
    valued = [a for a in ex.agreements if a.value]
    assert [a.value for a in valued] == ["900 million euros"]


def test_a_headline_amount_stays_when_the_body_gives_none() -> None:
    ex = run(
        "Peru signs $1 billion deal with Spain for patrol ships\n\nPeru on Friday signed a deal with Spain for four patrol ships.",
        published="2024-05-01",
    )
    assert [a.value for a in ex.agreements if a.value] == ["$1 billion"]


def test_money_a_party_puts_in_by_a_that_clause() -> None:
    g = _only("Benin and Niger signed a rail deal that will see Niger invest $700 million in new track.")
    assert (g.value, _rule(g, "value")) == ("$700 million", "under_which_invest")


def test_under_which_after_the_day_of_signing() -> None:
    g = _only("Benin and Niger signed a rail deal on Tuesday, under which Benin will provide $250 million.")
    assert g.value == "$250 million"


def test_a_that_clause_without_a_money_verb_gives_nothing() -> None:
    g = _only("Benin and Niger signed a rail deal that officials said would help traders reach the $9 billion port market.")
    assert g.value is None


def test_a_deal_that_provides_for_an_amount() -> None:
    g = _only("The rail deal between Benin and Niger provides for $700 million in new track.")
    assert g.value == "$700 million"


def test_a_currency_written_after_the_amount() -> None:
    g = _only("Peru signed a 3 billion sol contract with Chile for two frigates.")
    assert (g.value, g.currency) == ("3 billion sol", "PEN")


def test_a_status_cue_before_a_duration_and_an_amount() -> None:
    g = _only("Peru and Chile signed a five-year, $4 billion trade deal on Monday.")
    assert (g.status, g.value) == ("signed", "$4 billion")


def test_a_currency_letter_glued_to_its_sign_is_no_hedge() -> None:
    g = _only("In May the two sides signed a Police Support Agreement under which Canberra committed A$200 million to Fiji.")
    assert g.value == "A$200 million"
