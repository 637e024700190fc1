"""Rule including_list across a sentence: "X and Y signed 12 agreements. Among them was a
memorandum on ports" makes the memorandum one of those signed, with the list's parties."""

from __future__ import annotations

from tests.extract_support import run


def test_among_them_after_a_signed_list() -> None:
    ex = run(
        "Peru and Chile signed 12 cooperation agreements on Friday. "
        "Among them was a memorandum of understanding on port logistics.",
        published="2025-05-09",
    )
    memo = next(a for a in ex.agreements if "memorandum" in a.name)
    assert set(memo.parties) == {"Peru", "Chile"} and memo.status == "signed"
    assert any(f.field == "status" and f.rule == "including_list" for f in memo.facts)


def test_they_include_after_a_list_under_negotiation_is_not_signed() -> None:
    ex = run(
        "Peru and Chile are negotiating 12 cooperation agreements. "
        "They include a memorandum of understanding on port logistics."
    )
    memo = next(a for a in ex.agreements if "memorandum" in a.name)
    assert memo.status != "signed"


def test_among_them_without_a_list_of_agreements_gives_nothing() -> None:
    ex = run("Peru and Chile sent 12 ministers to Lima. Among them was a memorandum writer.")
    assert ex.agreements == []
