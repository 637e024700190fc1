"""Rule person_signed: a text two named people sign is a text of their sides, told by a clause
after its noun ("a memorandum ... that Chilean Energy Minister A signed with B") or by the two
people as the subject ("A and B also signed a memorandum of cooperation on ..."); a person's
side is the body their office heads, else their office's country; two people of one side, or a
clause without a relative, make nothing."""

from __future__ import annotations

import pytest

from tests.extract_support import run

_CLAUSE = (
    "Argentina will buy more Chilean electricity next year. The plan builds on a memorandum of "
    "understanding on power exports that Chilean Energy Minister Tomas Lagos signed with "
    "Argentine Energy Secretary Ana Peralta in Santiago on May 4, 2024."
)


def test_a_memorandum_told_by_the_clause_after_it_is_of_the_signers_sides() -> None:
    deals = run(_CLAUSE, published="2025-02-01").agreements
    memo = [g for g in deals if "memorandum of understanding on power exports" in g.name]
    assert len(memo) == 1
    assert set(memo[0].parties) == {"Chile", "Argentina"} and memo[0].status == "signed"


def test_two_signers_as_subject_sign_for_their_sides() -> None:
    text = (
        "Peruvian Foreign Minister Luis Ortega met Pablo Ruiz, chief executive of Andes Energy "
        "Company, in Lima on Monday. Ruiz and Ortega also signed a memorandum of cooperation on "
        "staff training in Lima, which sets out joint courses."
    )
    deals = run(text, published="2025-02-01").agreements
    memo = [g for g in deals if "memorandum of cooperation on staff training" in g.name]
    assert len(memo) == 1
    assert set(memo[0].parties) == {"Andes Energy Company", "Peru"}


def test_two_signers_of_one_side_make_nothing() -> None:
    text = (
        "Peruvian Foreign Minister Luis Ortega and Peruvian Trade Minister Rosa Vega signed a "
        "memorandum of cooperation on export promotion on Monday."
    )
    deals = run(text, published="2025-02-01").agreements
    assert not any(set(g.parties) == {"Peru"} and len(g.parties) > 1 for g in deals)
    assert not any(g.name.startswith("Peru-Peru") for g in deals)


def test_a_text_signed_by_two_people_in_the_passive_is_of_their_sides() -> None:
    text = (
        "A protocol amending the fisheries treaty, the first such change, was signed by Chilean "
        "Foreign Minister Tomas Lagos and Peruvian Trade Minister Rosa Vega in Lima."
    )
    deals = run(text, published="2025-02-01").agreements
    found = [g for g in deals if g.name.startswith(("Chile-Peru protocol", "Peru-Chile protocol"))]
    assert len(found) == 1 and found[0].status == "signed"


def test_a_participle_signed_by_two_people_names_the_noun_before_it() -> None:
    text = (
        "Fuel will arrive under a protocol signed in Lima by Chilean Foreign Minister Tomas Lagos "
        "and Peruvian Trade Minister Rosa Vega."
    )
    deals = run(text, published="2025-02-01").agreements
    assert any(set(g.parties) == {"Chile", "Peru"} and "protocol" in g.name for g in deals)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto and Hassan signed a border trade pact on Friday.",
        "Ruto and Hassan later inked a new border trade pact.",
        "Ruto and Hassan have also sealed a border trade pact.",
    ],
)
def test_two_signers_of_a_text_with_modifiers_before_its_noun(sentence: str) -> None:
    """"A and B signed a border trade pact": the modifiers before the noun are the text's too,
    and a date after it is not ("on Friday")."""
    text = (
        "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi. "
        "Officials said talks went well. " + sentence
    )
    (g,) = [a for a in run(text).agreements if "pact" in a.name]
    assert set(g.parties) == {"Kenya", "Tanzania"} and g.status == "signed"
    assert g.name.endswith("border trade pact")
