"""Rule aside_object: "signed, through diplomatic channels, an MoU on ..." reads the verb past
the aside between commas (its subject, and a signing). Rule named_subject: "an MoU on an Andean
Workers' Exchange Program" is a text on that named thing, another than a memorandum named before."""

from __future__ import annotations

from tests.extract_support import run


def test_the_verb_before_an_aside_gives_parties_and_signing() -> None:
    (g,) = run("Peru and Chile also signed, through diplomatic channels, an MoU on a student exchange programme.").agreements
    assert set(g.parties) == {"Peru", "Chile"} and g.status == "signed"


def test_an_mou_on_a_named_programme_is_a_text_of_its_own() -> None:
    ex = run(
        "Several Memoranda of Understanding were signed between Peru and Chile. "
        "The two sides also signed, through diplomatic channels, an MoU on an Andean Workers' Exchange Program."
    )
    mou = next(g for g in ex.agreements if any("Andean Workers' Exchange Program" in k for k in g.keywords))
    assert set(mou.parties) == {"Peru", "Chile"} and mou.unnamed and mou.status == "signed"
