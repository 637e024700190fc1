"""Rule goods_frame: a deal made "in"/"under" a clause of buying or selling has the buyer and
the seller of the goods as its parties, and the verb's tense as its status. Rule
headline_refers: a headline's deal whose parties only its amount would guess is the story's
one deal."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str, **kw):
    (g,) = run(text, **kw).agreements
    return g


def test_the_buyer_and_the_company_it_buys_from() -> None:
    g = _only("Chile will buy six frigates from Navantia in a deal worth 1.2 billion euros, officials said.")
    assert set(g.parties) == {"Chile", "Navantia"}
    assert g.value == "1.2 billion euros" and g.status == "announced"


def test_the_seller_and_the_country_it_sells_to() -> None:
    g = _only("Spain sold four corvettes to Peru under a contract valued at 800 million euros.")
    assert set(g.parties) == {"Spain", "Peru"} and g.status == "signed"


def test_an_order_placed_is_signed() -> None:
    g = _only("Norway has ordered 14 tanks from Hyundai Rotem in a deal worth $1.5 billion.")
    assert set(g.parties) == {"Norway", "Hyundai Rotem"} and g.status == "signed"


def test_a_third_country_in_the_story_is_not_a_party() -> None:
    text = (
        "Chile will buy six frigates from Navantia in a deal worth 1.2 billion euros.\n\n"
        "The ships replace those Chile gave to Ecuador, and Ecuador thanked Chile."
    )
    g = _only(text)
    assert set(g.parties) == {"Chile", "Navantia"}


def test_no_trade_verb_no_frame() -> None:
    ex = run("Chile met Navantia officials in Madrid, and Spain hosted a dinner.")
    assert ex.agreements == []


def test_a_headline_deal_is_the_story_deal() -> None:
    text = (
        "Chile to Buy Frigates in Deal Worth Up to 2 Billion Euros\n\n"
        "Chile will buy six frigates from Navantia in a deal worth 1.2 billion euros.\n\n"
        "Chile retired two ships last year after sending them to Ecuador, and Ecuador paid Chile for them."
    )
    g = _only(text, headings=(0,))
    assert set(g.parties) == {"Chile", "Navantia"} and g.value == "1.2 billion euros"


def test_a_headline_object_without_determiner_is_read() -> None:
    """Rule bare_object: "Japan signs defence pact with Philippines" (no determiner)."""
    (g,) = run("Kenya signs defence pact with Tanzania", headings=(0,)).agreements
    assert set(g.parties) == {"Kenya", "Tanzania"} and g.status == "signed"


def test_a_package_of_deals_with_a_value_is_one_record() -> None:
    (g,) = run("Washington signed arms deals worth almost $40 billion with Doha, an official said.").agreements
    assert set(g.parties) == {"United States", "Qatar"} and g.value == "$40 billion"


def test_plural_deals_without_a_value_are_no_record() -> None:
    assert run("Kenya and Ghana signed agreements on trade and roads.").agreements == []


def test_any_deal_is_no_particular_one() -> None:
    assert run("Kenya said it would not sign any deal with Tanzania.").agreements == []


def test_the_headline_deal_joins_the_story_deal_of_a_company() -> None:
    text = (
        "South Korea, Norway sign second tank contract worth $1.5 billion\n\n"
        "South Korea's Hyundai Rotem signed a $1.5 billion contract with Norway on Friday to supply 54 tanks."
    )
    (g,) = run(text, headings=(0,)).agreements
    assert set(g.parties) == {"Hyundai Rotem", "Norway"} and g.value == "$1.5 billion"


def test_separate_agreements_with_partners_make_them_parties_of_the_deal() -> None:
    """Rule separate_with: "X and Y signed separate agreements with A and B" adds A and B to
    the deal of X and Y the story tells."""
    text = (
        "Armenia, Azerbaijan ink transit deal\n\n"
        "Armenia and Azerbaijan on Friday signed separate agreements with Georgia and the European Union "
        "on a new rail route. The deal opens the line next year."
    )
    (g,) = run(text, headings=(0,)).agreements
    assert set(g.parties) == {"Armenia", "Azerbaijan", "Georgia", "European Union"}
