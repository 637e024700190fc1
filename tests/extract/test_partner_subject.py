"""Rule subject_past_partner: "the agreement with X on Y" is named by its subject Y, as "an
agreement on Y with X" is."""

from __future__ import annotations

from tests.extract_support import run


def test_the_subject_after_the_partner_names_the_text() -> None:
    for text, name in (
        ("Moldova's parliament ratified the agreement with Romania on a joint energy fund.", "Moldova-Romania joint energy fund agreement"),
        ("Kenya signed an agreement with Ethiopia on a joint power grid on Monday.", "Kenya-Ethiopia joint power grid agreement"),
        ("Chile ratified the treaty with Peru on water sharing in 2019.", "Chile-Peru water sharing treaty"),
        ("Fiji signed a memorandum with Australia on police training in May.", "Fiji-Australia police training memorandum"),
    ):
        assert [g.name for g in run(text).agreements] == [name], text


def test_without_a_subject_the_name_is_the_noun() -> None:
    assert [g.name for g in run("Kenya signed an agreement with Ethiopia on Monday.").agreements] == ["Kenya-Ethiopia agreement"]
    names = [g.name for g in run("Peru on Friday signed a deal with Spain for the purchase of four patrol ships.").agreements]
    assert len(names) == 1
