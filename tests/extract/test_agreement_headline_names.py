"""Rule headline_names: a story's agreement told only by its bare noun takes what the headline
calls it ("Chile, Peru sign long-term gas supply agreement" ... "the agreement was inked")."""

from __future__ import annotations

from tests.extract_support import run


def test_a_bare_story_agreement_takes_the_headline_words() -> None:
    ex = run(  # the parser keeps the title after the body
        "The agreement was inked by Chile's Energy Minister Ana Soto and her Peruvian counterpart Luis Vega in Lima. "
        "Chile and Peru said the agreement would run for 20 years.\n\n"
        "Chile, Peru sign long-term gas supply agreement",
        headings=(1,),
    )
    assert [g.name for g in ex.agreements] == ["Chile-Peru long-term gas supply agreement"]
    assert any(s.rule == "headline_names" for s in ex.agreements[0].spans)


def test_a_headline_of_another_noun_does_not_name_it() -> None:
    ex = run(
        "Chile, Peru sign long-term gas supply deal\n\n"
        "Chile and Peru signed an agreement in Lima on Monday. Chile and Peru said the agreement would run for 20 years.",
        headings=(0,),
    )
    assert not any(s.rule == "headline_names" for g in ex.agreements for s in g.spans)


def test_a_story_agreement_with_its_own_words_keeps_them() -> None:
    ex = run(
        "Chile, Peru sign long-term gas supply agreement\n\n"
        "Chile and Peru signed a pipeline agreement in Lima on Monday.",
        headings=(0,),
    )
    assert not any(s.rule == "headline_names" for g in ex.agreements for s in g.spans)
