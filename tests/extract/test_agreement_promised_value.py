"""Rule value_after_mention, its verbs of giving: the money a clause on the mention says the
agreement promised, pledged, includes or provides ("a memorandum that promised €105 million")
is its value."""

from __future__ import annotations

from tests.extract_support import run


def _value(text: str) -> str | None:
    (g,) = run(text, published="2024-03-10").agreements
    return g.value


def test_a_memorandum_that_promised_money() -> None:
    text = "Ghana signed a memorandum of understanding with Togo that promised €105 million to fight smuggling."
    assert _value(text) == "€105 million"


def test_an_agreement_which_provides_money() -> None:
    assert _value("Ghana and Togo signed a loan agreement, which provides $300 million for roads.") == "$300 million"


def test_an_agreement_that_includes_money() -> None:
    assert _value("Ghana and Togo signed a security agreement that includes $200 million to support the police.") == "$200 million"


def test_what_it_includes_other_than_money_is_no_value() -> None:
    assert _value("Ghana and Togo signed a trade agreement that includes 12 ports and two airports.") is None
