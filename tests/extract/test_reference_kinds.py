"""What a later mention may refer back to (rule kind_of_reference), the state and body of a
joining (rule accession_subject), and "the alliance's members" as the body, not a text."""

from __future__ import annotations

from tests.extract_support import run

_LEAD = "Lawmakers met in the capital on Monday for a long session.\n\n"


def _records(text: str):
    return [(g.name, sorted(g.parties), g.keywords) for g in run(_LEAD + text).agreements]


def test_a_protocol_on_a_states_accession_binds_the_state_and_the_body() -> None:
    found = _records("The Folketing in Copenhagen ratified the protocol on Norway's accession to NATO by 150 votes.")
    assert [(name, parties) for name, parties, _ in found] == [("Norway-NATO protocol", ["NATO", "Norway"])]


def test_the_accession_of_a_state_to_a_body() -> None:
    found = _records("Both chambers backed a treaty on the accession of Croatia to the European Union on Friday.")
    assert [parties for _, parties, _ in found] == [["Croatia", "European Union"]]


def test_a_sale_is_not_the_protocol_told_before() -> None:
    found = _records(
        "The Folketing ratified the protocol on Norway's accession to NATO. "
        "Separately, the sale will be handled by the defence agency."
    )
    assert [keywords for _, _, keywords in found] == [["protocol"]]


def test_a_described_agreement_may_be_the_bare_deal_told_before() -> None:
    found = _records(
        "Kenya and Ghana signed a deal on Monday. The deal is expected to bring $2 billion of investment.\n\n"
        "The trade agreement was then signed by the two trade ministers."
    )
    assert len(found) == 1 and "trade agreement" in found[0][2]


def test_the_alliances_members_make_no_text() -> None:
    assert _records("Hungary was the last of the alliance's 31 members that had not approved it.") == []


def test_a_truce_noun_is_no_document_of_another_kind() -> None:
    """Rule other_specific_kind: "the ceasefire" never folds into a memorandum, a protocol or a
    charter told before under its own noun."""
    for text, kept in (
        ("Turkey signed a memorandum on maritime boundaries with Libya in 2019. Guterres urged all sides to respect the ceasefire.", "memorandum"),
        ("Kenya and Ethiopia signed a protocol on transit in March. The truce along the border has held since May.", "protocol"),
        ("Armenia signed a charter on energy with Georgia in June. Fighting resumed after the armistice collapsed.", "charter"),
        ("Chad and Niger signed a declaration on grazing in Niamey. Both armies said the cease-fire would hold.", "declaration"),
    ):
        ex = run(text)
        told = next(g for g in ex.agreements if kept in g.name)
        words = " ".join((told.name, *told.aliases)).casefold()
        assert not any(w in words for w in ("ceasefire", "truce", "armistice", "cease-fire")), text


def test_a_truce_may_be_the_ceasefire_told_before() -> None:
    ex = run("A ceasefire between Israel and Hamas took effect on Wednesday. The truce, brokered by Qatar, began at dawn.")
    assert len(ex.agreements) == 1 and "truce" in ex.agreements[0].aliases
    ex = run("Azerbaijan and Armenia agreed to an armistice on Monday. The ceasefire was broken within hours.")
    assert len(ex.agreements) == 1
