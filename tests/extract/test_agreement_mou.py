"""An "MoU" written without its definition is a memorandum of understanding: an agreement
noun like the others, spelled out in the generated name."""

from __future__ import annotations

from tests.extract_support import run


def test_an_mou_signed_by_two_countries() -> None:
    (g,) = run("Peru and Chile signed an MoU on port logistics on Monday.", published="2025-05-05").agreements
    assert g.name == "Peru-Chile port logistics memorandum" and g.status == "signed" and g.year == 2025
    assert any("MoU" in k for k in g.keywords)  # the text's own word kept as a keyword


def test_the_mou_between_two_countries() -> None:
    (g,) = run("The MOU between Peru and Chile was signed on Monday.").agreements
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "signed"


def test_counted_mous_are_one_record_of_the_list() -> None:
    (g,) = run("India and Japan signed 12 MoUs worth $5 billion on Friday.").agreements
    assert g.name == "India-Japan memoranda" and g.value == "$5 billion"


def test_a_defined_mou_stays_the_named_memorandum() -> None:
    ex = run(
        "Peru and Chile signed a Memorandum of Understanding (MoU) on ports. The MoU takes effect in May."
    )
    (g,) = ex.agreements  # one record, described by its subject (rule memorandum_subject)
    assert g.name == "Peru-Chile ports MoU" and "Memorandum of Understanding" in g.keywords
