"""Rule aside_object: "signed, through diplomatic channels, an MoU on ..." reads the verb past
the aside between commas (its subject, and a signing). Rule named_subject: "an MoU on an Andean
Apprentice Scheme" is a text on that named thing, another than a memorandum named before."""

from __future__ import annotations

from tests.extract_support import run


def test_the_verb_before_an_aside_gives_parties_and_signing() -> None:
    (g,) = run("Peru and Chile also signed, through diplomatic channels, an MoU on a student exchange programme.").agreements
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "signed"


def test_an_mou_on_a_named_programme_is_a_text_of_its_own() -> None:
    ex = run(
        "Several memoranda of understanding were signed between Peru and Chile on Tuesday. "
        "Both governments also signed, through diplomatic channels, an MoU on an Andean Apprentice Scheme."
    )
    mou = next(g for g in ex.agreements if any("Andean Apprentice Scheme" in k for k in g.keywords))
    assert set(mou.parties) == {"Peru", "Chile"} and mou.unnamed and mou.status == "signed"
