"""Rule subject_tail: a subject goes on past "and", past a field of cooperation after "in" and
past an action's object after "of"."""

from __future__ import annotations

from tests.extract_support import run


def _aliases(text: str) -> list[str]:
    return [a for g in run(text).agreements for a in g.aliases]


def test_the_subject_goes_on_past_and_in_and_of() -> None:
    for text, said in (
        ("Brazil and China signed a memorandum of understanding on cooperation in the digital economy.", "cooperation in the digital economy"),
        ("Brazil and China signed a memorandum on trade and investment facilitation on Friday.", "trade and investment facilitation"),
        ("Brazil and China signed an agreement on research and innovation cooperation.", "research and innovation cooperation"),
        ("Kenya and Uganda signed an agreement on the construction of the railway in May.", "construction of the railway"),
        ("Saudi Arabia and Oman signed a memorandum of understanding on cooperation in the field of energy.", "cooperation in the field of energy"),
        ("Fiji and Tonga signed a memorandum on fisheries and maritime security in 2020.", "fisheries and maritime security"),
    ):
        assert any(said in a for a in _aliases(text)), text


def test_the_subject_stops_at_time_and_at_another_clause() -> None:
    assert _aliases("Kenya and Uganda signed an agreement on cooperation in the coming years.") == ["agreement on cooperation"]
    ex = run("Peru signed an agreement on lake fisheries and later met with Bolivia.")
    assert not any("later" in a for g in ex.agreements for a in g.aliases)


def test_and_another_opens_a_second_text_not_the_subject() -> None:
    """Rule subject_tail: "a memorandum on fisheries and another on tourism" is about fisheries."""
    g = next(a for a in run("Chile signed a memorandum with Peru on fisheries and another on tourism.").agreements if "memorandum" in a.name)
    assert g.name == "Chile-Peru fisheries memorandum"
