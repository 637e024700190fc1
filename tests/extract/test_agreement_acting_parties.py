"""Rule acting_party: a named agreement the text gives no parties takes the states it shows
acting on it: the subject of a verb whose object it is, a possessive act on it, and the
subjects of relative clauses after its name; a refusal to act names no party."""

from __future__ import annotations

from tests.extract_support import run


def _parties(text: str) -> set[str]:
    found = run(text, published="2024-03-01").agreements
    return set(next(g for g in found if g.name == "Andean Arms Treaty").parties)


def test_the_subject_of_pulling_out_past_an_earlier_clause() -> None:
    text = (
        "Chile left the regional water pact in 2019, citing costs, and last year pulled out of the "
        "Andean Arms Treaty, which caps artillery along the border."
    )
    assert "Chile" in _parties(text)


def test_ceasing_to_be_a_party() -> None:
    assert _parties("On Monday evening, Peru formally ceased to be a party to the Andean Arms Treaty.") == {"Peru"}


def test_a_possessive_ratification_and_relative_clauses() -> None:
    text = (
        "Congress voted to revoke Peru's ratification of the Andean Arms Treaty, which Lima had ratified "
        "in 2001 but which Chile has never ratified."
    )
    assert _parties(text) == {"Peru", "Chile"}


def test_a_refusal_names_no_party() -> None:
    assert "Peru" not in _parties("Peru refused to sign the Andean Arms Treaty, officials in Quito said.")


def test_both_sides_of_a_two_sided_subject_act() -> None:
    """Rule acting_party: "Mali's army and the rebel Azawad Movement signed the X Accord": both
    sides of the subject are parties, not only the one nearest the verb."""
    ex = run("Mali's army and the National Movement for the Liberation of Azawad signed the Tamanrasset Accord in 1991.")
    g = next(a for a in ex.agreements if a.name == "Tamanrasset Accord")
    assert set(g.parties) == {"Mali", "National Movement for the Liberation of Azawad"}
