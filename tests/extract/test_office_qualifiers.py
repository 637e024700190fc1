"""Rule office_qualifier: grades and qualifiers of an office stay in the role."""

from __future__ import annotations

from tests.extract_support import actor, run


def titles(ex, name):
    return [r.title for r in actor(ex, name).roles]


def test_grade_word_opens_the_office() -> None:
    ex = run("Deputy President Marta Obuya opened the session in Kisumu.")
    assert titles(ex, "Marta Obuya") == ["Deputy President"]


def test_lower_case_qualifier_before_the_office() -> None:
    ex = run("Ghana's former President Kofi Mensah chaired the panel.")
    assert [(r.title, r.affiliation) for r in actor(ex, "Kofi Mensah").roles] == [("former President", "Ghana")]
    ex = run("Officials briefed Lebanon's caretaker Prime Minister Karim Aoun on the truce.")
    assert titles(ex, "Karim Aoun") == ["caretaker Prime Minister"]
    ex = run("The talks were led by former Deputy President Marta Obuya.")
    assert titles(ex, "Marta Obuya") == ["former Deputy President"]


def test_qualifier_before_the_owning_country() -> None:
    ex = run("The plan was backed by former Ghanaian President Kofi Mensah on Friday.")
    assert [(r.title, r.affiliation) for r in actor(ex, "Kofi Mensah").roles] == [("former President", "Ghana")]
    ex = run("The outgoing U.S. Secretary of State Mark Hale flew to Doha.")
    assert titles(ex, "Mark Hale") == ["outgoing Secretary of State"]


def test_other_words_before_an_office_stay_out() -> None:
    ex = run("The new Foreign Minister Pavel Ruden met reporters in Riga.")
    assert titles(ex, "Pavel Ruden") == ["Foreign Minister"]


def test_qualifier_before_a_lower_case_office() -> None:
    ex = run("The vote was boycotted by deputies led by former prime minister Ilir Daka on Monday.")
    assert titles(ex, "Ilir Daka") == ["former prime minister"]
    ex = run("The mediator was assisted by former Ghanaian president Kofi Mensah in Accra.")
    assert [(r.title, r.affiliation) for r in actor(ex, "Kofi Mensah").roles] == [("former president", "Ghana")]
    ex = run("The bill was backed by opposition leader Ilir Daka in Tirana.")
    assert titles(ex, "Ilir Daka") == ["opposition leader"]


def test_a_transitional_office_keeps_its_qualifier() -> None:
    ex = run("The charter was signed by Colonel Amadou Keita, transitional president of Mali, in Bamako.")
    assert titles(ex, "Amadou Keita") == ["transitional president of Mali"]
    ex = run("Transitional President Amadou Keita opened the summit in Bamako.")
    assert titles(ex, "Amadou Keita") == ["Transitional President"]


def test_a_qualifier_opening_the_sentence_before_the_owner() -> None:
    from tests.extract_support import actor as find_actor
    from tests.extract_support import run as run_text

    ex = run_text("Former Kenyan President Daniel Moiben (left) and others attended the signing.")
    p = find_actor(ex, "Daniel Moiben", "person")
    assert p is not None and [(r.title, r.affiliation) for r in p.roles] == [("former President", "Kenya")]
