"""Rule description_said_of_it: "It is a deal between ..." describes the agreement told just
before, no record of its own."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> list[str]:
    return sorted(g.name for g in run(text).agreements)


def test_a_description_it_is_said_to_be_is_the_agreement_told_before() -> None:
    for text, name in (
        ("Chile and Peru signed the Arica Water Accord in May. It is a deal between two neighbours that share a river.", "Arica Water Accord"),
        ('Ghana and Togo signed a power deal on Friday. "This is a partnership between Ghana and Togo, not aid," the minister said.', "Ghana-Togo power deal"),
        ('Japan and Australia signed the Reciprocal Access Agreement. "It\'s a pact between democracies," Kishida said.', "Reciprocal Access Agreement"),
        ("Kenya and Ethiopia signed the Moyale Accord on Monday. That was an agreement between equals, the minister said.", "Moyale Accord"),
        ("Fiji and Tonga signed the Lomaiviti Treaty. It remains a treaty between two sovereign nations.", "Lomaiviti Treaty"),
    ):
        assert _names(text) == [name], text


def test_another_text_said_of_it_stays_apart() -> None:
    ex = run("Kenya and Ethiopia signed the Moyale Accord on Monday. It is a separate deal between Kenya and Somalia that worries Addis Ababa.")
    accord = next(g for g in ex.agreements if g.name == "Moyale Accord")
    assert not any("deal" in a for a in accord.aliases)


def test_it_inside_a_clause_is_not_read() -> None:
    names = _names("Chile and Peru signed the Arica Water Accord in May. Officials in Lima said it is a deal between Chile and Bolivia that matters more.")
    assert "Arica Water Accord" in names
