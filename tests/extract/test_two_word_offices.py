"""Lower-case offices of two words stay whole: "chief representative of X" (rule
two_word_lower_office) and "director general A" (the first word belongs to the office)."""

from __future__ import annotations

from tests.extract_support import actor, run


def _title(ex, name: str) -> str:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return p.roles[0].title


def test_chief_representative_of_a_body_after_the_name() -> None:
    ex = run("The loan was signed by Kenji Sato, chief representative of the Asian Development Bank, in Dhaka.")
    assert _title(ex, "Kenji Sato") == "chief representative of the Asian Development Bank"


def test_chief_executive_after_the_name() -> None:
    ex = run("Lena Horn, chief executive of Arvo Energy, signed the supply contract.")
    assert _title(ex, "Lena Horn") == "chief executive of Arvo Energy"


def test_director_general_before_the_name() -> None:
    ex = run("Its former director general Klaus Berger praised the plan in Vienna.")
    assert _title(ex, "Klaus Berger") == "former director general"  # rule office_qualifier keeps "former"


def test_a_capitalised_word_after_the_office_is_no_second_head() -> None:
    ex = run("Lena Horn, chief of Arvo Energy, signed the supply contract.")
    assert _title(ex, "Lena Horn") == "chief of Arvo Energy"


def test_cabinet_spokesman_is_one_office() -> None:
    ex = run("The cabinet approved the notes, Cabinet Spokesman Anil Perera said in Colombo.")
    assert _title(ex, "Anil Perera") == "Cabinet Spokesman"
