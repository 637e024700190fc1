"""Rule cue_past_modifiers: lower-case modifiers between a determiner and a named agreement
("signed a ground-breaking defence Koror Access Agreement") do not hide the cue before the
determiner; a preposition or an agreement noun among the words before the name ends them."""

from __future__ import annotations

from store.extract.status_cues import past_modifiers
from store.extract.tokens import build_doc
from tests.extract_support import article, run


def _status(text: str, name: str) -> tuple[str | None, set[str]]:
    g = next(a for a in run(text).agreements if a.name == name)
    return g.status, {f.rule for f in g.facts if f.field == "status"}


def test_a_cue_read_past_lower_case_modifiers() -> None:
    text = "Peru signed a ground-breaking defence Koror Access Agreement with Chile in Lima."
    assert _status(text, "Koror Access Agreement") == ("signed", {"cue_past_modifiers"})


def test_a_preposition_ends_the_modifiers() -> None:
    text = "Peru signed the law under new Koror Access Agreement rules."
    doc = build_doc(article(text))
    i = doc.words.index("Koror")
    assert past_modifiers(doc, i, {}) == i
    doc = build_doc(article("Peru signed the new Koror Access Agreement rules."))
    assert past_modifiers(doc, doc.words.index("Koror"), {}) == doc.words.index("new")


def test_an_agreement_noun_ends_the_modifiers() -> None:
    text = "Peru signed a deal on the Koror Access Agreement in Lima, officials said."
    assert "cue_past_modifiers" not in _status(text, "Koror Access Agreement")[1]
