"""Rule memorandum_subject: a memorandum named only "Memorandum of Understanding" is described
by what it is on, read from the modifiers before it ("a fisheries Memorandum of Understanding")
or an "on" after it; the generic name stays among its phrases."""

from __future__ import annotations

from tests.extract_support import run


def test_modifiers_before_the_generic_name_describe_it() -> None:
    (g,) = run("Chile and Tonga signed a fisheries Memorandum of Understanding on Monday. The MoU runs ten years.").agreements
    assert g.name == "Chile-Tonga fisheries MoU" and g.unnamed
    assert set(g.parties) == {"Chile", "Tonga"} and g.status == "signed"
    assert "Memorandum of Understanding" in g.keywords


def test_a_subject_after_the_generic_name_describes_it() -> None:
    (g,) = run("Chile and Tonga signed a Memorandum of Understanding on ocean mapping.").agreements
    assert g.name == "Chile-Tonga ocean mapping MoU"


def test_a_memorandum_the_text_says_nothing_more_of_keeps_its_name() -> None:
    (g,) = run("Chile and Tonga signed a new Memorandum of Understanding.").agreements
    assert g.name == "Memorandum of Understanding" and not g.unnamed


def test_a_weekday_after_on_is_no_subject() -> None:
    ex = run("Chile and Peru signed a defence cooperation pact on Monday. The new Memorandum of Understanding was signed by the two ministers.")
    assert [g for g in ex.agreements if "Monday" in g.name] == []
