"""Years an agreement's own name phrase or its relative clause gives it (year_of_name,
status_relative_clause with a pronoun subject)."""

from __future__ import annotations

from tests.extract_support import run

_LEAD = "Delegates gathered in the old harbour town for a second day of talks on fishing rights.\n\n"


def _named(text: str, name: str, published: str = "2024-06-05"):
    return next(a for a in run(_LEAD + text, published=published).agreements if a.name == name)


def test_a_full_date_in_the_name_phrase_is_its_year() -> None:
    g = _named("Ghana and Togo upheld the Lome Agreement of October 4, 1982, on shared waters.", "Lome Agreement")
    assert g.year == 1982


def test_a_bare_year_in_the_name_phrase_is_its_year() -> None:
    g = _named("Under the amended Volta Treaty of 1978, either side may call a review.", "Volta Treaty")
    assert g.year == 1978


def test_a_day_before_the_month_in_the_name_phrase() -> None:
    g = _named("Ghana and Togo upheld the Lome Agreement of 4 October 1982.", "Lome Agreement")
    assert g.year == 1982


def test_a_count_after_of_is_not_a_year() -> None:
    g = _named("Ghana and Togo upheld the Lome Agreement of 2000 pages.", "Lome Agreement")
    assert g.year is None


def test_a_pronoun_clause_signed_gives_status_and_year() -> None:
    g = _named("Ghana and Togo praised the Volta Charter, which they signed in 2019, as a model.", "Volta Charter")
    assert g.year == 2019 and g.status in ("signed", "in_force")


def test_a_pronoun_clause_with_a_month_of_last_year() -> None:
    g = _named("Ghana and Togo praised the Volta Charter, which they signed in March last year.", "Volta Charter")
    assert (g.status, g.year) == ("signed", 2023)


def test_a_dated_name_followed_by_a_day() -> None:
    g = _named("Ghana and Togo revived the Lome Agreement of 1982 on Tuesday.", "Lome Agreement")
    assert g.year == 1982


def test_renewing_keeps_the_year_a_pronoun_clause_signed_it() -> None:
    g = _named("Ghana and Togo renewed the Volta Charter, which they signed in 2011.", "Volta Charter")
    assert g.year == 2011


def test_a_when_clause_takes_the_date_it_hangs_on() -> None:
    ex = run(_LEAD + "Ghana and Togo first met in May 2016, when they signed a water accord in Accra.", published="2024-06-05")
    g = next(a for a in ex.agreements if "accord" in a.name)
    assert g.year == 2016


def test_a_when_clause_after_a_full_date() -> None:
    ex = run(_LEAD + "Relations warmed on June 3, 2015, when Ghana and Togo inked a transit pact.", published="2024-06-05")
    g = next(a for a in ex.agreements if "pact" in a.name)
    assert g.year == 2015


def test_a_when_clause_of_a_failure_gives_no_year() -> None:
    ex = run(_LEAD + "Talks collapsed in 2016, when Ghana and Togo did not sign a transit pact.", published="2024-06-05")
    assert all(a.year != 2016 for a in ex.agreements)


def test_the_year_of_the_name_holds_when_the_text_ended() -> None:
    g = _named("The Volta Treaty of 1978 ended in 2019, when Togo withdrew.", "Volta Treaty")
    assert g.year == 1978 and g.status is None  # over: no status of the list


def test_a_known_agreement_said_to_have_ended_is_not_in_force() -> None:
    ex = run(_LEAD + "The Anti-Ballistic Missile Treaty of 1972 lapsed in 2002 after Washington withdrew.")
    (g,) = [a for a in ex.agreements if a.name == "Anti-Ballistic Missile Treaty"]
    assert g.status is None and g.year == 1972


def test_a_known_agreement_spoken_of_as_standing_is_in_force() -> None:
    ex = run(_LEAD + "Both capitals reaffirmed the Anti-Ballistic Missile Treaty at the talks.")
    (g,) = [a for a in ex.agreements if a.name == "Anti-Ballistic Missile Treaty"]
    assert g.status == "in_force"


def test_a_past_verb_after_the_names_date_keeps_the_year() -> None:
    g = _named("The Volta Treaty of 1978 settled the border between Ghana and Togo.", "Volta Treaty")
    assert g.year == 1978
