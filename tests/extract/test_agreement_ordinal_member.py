"""Rule ordinal_member: the members of a counted plural told one by one by their order in the
next sentences ("The first covers ...", "The second, worth ...", "A third memorandum ...") are
texts of their own, of the plural's sides, each with its own amount; an ordinal inside a
sentence, or one with no counted plural before it, makes nothing."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "Peru signed three memoranda of understanding with Chile on Monday. The memoranda add up to "
    "$2bn. The first covers $700m in soft loans for roads. The second, worth $800m in export "
    "credit, will pay for ports. A third memorandum secures a grant to build a school."
)


def test_each_ordinal_is_a_member_of_the_plurals_sides() -> None:
    deals = [g for g in run(_TEXT, published="2025-01-08").agreements if "memorandum" in g.name]
    assert len(deals) == 3
    assert all(set(g.parties) == {"Peru", "Chile"} and g.status == "signed" for g in deals)
    assert sorted(g.value or "" for g in deals) == ["", "$700m", "$800m"]
    assert all("memorandum of understanding" in g.name for g in deals)


def test_a_member_named_by_the_noun_keeps_its_words() -> None:
    deals = run(_TEXT, published="2025-01-08").agreements
    assert any("A third memorandum" in g.keywords for g in deals)


def test_an_ordinal_without_a_counted_plural_is_nothing() -> None:
    deals = run(
        "Peru signed a deal with Chile. The first shipment arrives in May. The second follows in June.",
        published="2025-01-08",
    ).agreements
    assert len(deals) == 1


def test_an_ordinal_inside_a_sentence_is_nothing() -> None:
    deals = run(
        "Peru signed two agreements with Chile on Monday. It is the first time they met.",
        published="2025-01-08",
    ).agreements
    assert len(deals) == 1
