"""Rules description_after_name and plural_name_noun: a description apposed to a named
agreement describes it, and a name with a plural noun may be what a description names."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str):
    return run(text, published="2022-03-09").agreements


def test_a_description_after_the_name_and_a_comma_is_the_named_one() -> None:
    found = _agreements("Chile and Peru signed the Arica Water Treaty, a new pact that shares the river.")
    assert [g.name for g in found] == ["Arica Water Treaty"]
    assert found[0].parties == ["Chile", "Peru"]


def test_a_description_said_of_the_name_with_is_is_the_named_one() -> None:
    text = (
        "Chile and Peru signed the Arica Water Treaty on Monday.\n\n"
        "The Arica Water Treaty is a ministry-to-ministry agreement between the Chilean Ministry of "
        "Public Works and the Peruvian Ministry of Agriculture."
    )
    found = _agreements(text)
    assert [g.name for g in found] == ["Arica Water Treaty"]
    assert found[0].parties == ["Chile", "Peru"]


def test_another_text_after_the_comma_stays_apart() -> None:
    text = "Chile signed the Arica Water Treaty with Peru, a separate agreement with Bolivia having lapsed."
    names = sorted(g.name for g in _agreements(text))
    assert "Arica Water Treaty" in names and len(names) == 2


def test_a_description_before_a_plural_name_is_that_name() -> None:
    text = "Chile already has a defence treaty with Bolivia, the Oruro Treaties signed in 2010."
    found = _agreements(text)
    assert [g.name for g in found] == ["Oruro Treaties"]
    assert found[0].year == 2010


def test_a_description_given_through_a_possessive_is_the_named_one() -> None:
    text = (
        "Chile and Peru sign Arica defence treaty after delay\n\n"
        "Chile and Peru have signed a mutual defence treaty that commits each nation to help the other.\n\n"
        "Key points:\nThe Arica Treaty is Chile's first new alliance in more than 50 years\n"
        "Peruvian citizens will be able to serve in the Chilean army\n\n"
        "Mr Boric and Peru President Dina Boluarte signed the Arica Treaty in Lima on Monday."
    )
    found = run(text, headings=(0,)).agreements
    assert [g.name for g in found] == ["Arica Treaty"], [g.name for g in found]
    assert "first new alliance" in found[0].keywords and "mutual defence treaty" in found[0].keywords



def test_a_description_past_the_bracketed_acronym_is_the_name() -> None:
    """Rule description_after_acronym: "the X Agreement (XA), a pact ..." describes the name."""
    for text, name in (
        (
            "South Korea and Japan signed a currency swap deal on Friday. Seoul later fully restored the "
            "General Security of Military Information Agreement (GSOMIA), an intelligence-sharing pact the two countries signed in 2016.",
            "General Security of Military Information Agreement",
        ),
        (
            "Chile and Peru agreed a trade deal on Monday. Lima also ratified the Andean Water Sharing Agreement (AWSA), "
            "a river pact the two states signed in 2019.",
            "Andean Water Sharing Agreement",
        ),
        (
            "Japan and South Korea agreed a bond deal in March. Tokyo restored the Tokyo Exchange Accord (TEA), "
            "a currency arrangement it signed with Seoul in 2005.",
            "Tokyo Exchange Accord",
        ),
    ):
        ex = run(text)
        assert len(ex.agreements) == 2, text
        named = next(g for g in ex.agreements if g.name == name)
        assert named.year in (2016, 2019, 2005)


def test_a_description_past_an_adverb_of_form_is_the_name() -> None:
    """", formally a joint declaration," says what the named text is: no second record."""
    for text, name in (
        (
            "Thailand and Cambodia signed a peace declaration on Sunday. The Kuala Lumpur Peace Accord, "
            "formally a joint declaration, was signed by the two prime ministers.",
            "Kuala Lumpur Peace Accord",
        ),
        ("Chile and Peru signed the Atacama Water Charter, technically a framework agreement, in 2019.", "Atacama Water Charter"),
        ("Fiji and Tonga signed the Lomaiviti Accord, officially a memorandum of understanding, in 2022.", "Lomaiviti Accord"),
    ):
        ex = run(text)
        assert [g.name for g in ex.agreements] == [name], text
