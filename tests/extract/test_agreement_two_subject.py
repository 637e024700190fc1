"""A bare "the two" (or "both") before the verb chain names the pair the story is about (rule
two_subject), and "set up" creates an agreement as "set" does (rule set_up)."""

from __future__ import annotations

from tests.extract_support import run


def test_the_two_after_a_meeting_are_the_sentence_pair() -> None:
    text = "The Peruvian trade minister met the Ghanaian envoy in Lima on Friday, and the two agreed to establish a joint maritime alliance."
    (g,) = run(text).agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]
    assert g.status == "announced"


def test_set_up_creates_like_set() -> None:
    text = "Peru and Ghana agreed to expand trade on Tuesday. The two countries agreed to set up a comprehensive strategic partnership."
    (g,) = run(text).agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]
    assert g.status == "announced"


def test_the_two_without_countries_in_the_sentence_take_the_main_pair() -> None:
    text = (
        "Peru and Ghana agreed to expand trade on Tuesday. Peru will send engineers to Ghana. "
        "Ghana's president also met the mayor of Lima, and the two agreed to set up a strategic partnership."
    )
    (g,) = run(text).agreements
    assert sorted(g.parties) == ["Ghana", "Peru"]


def test_the_two_of_something_else_name_no_parties() -> None:
    text = "Ghana's president met the mayor of Lima, and the two pacts were set up a year later."
    assert not run(text).agreements


def test_set_without_up_is_not_read_as_set_up() -> None:
    text = "Peru and Ghana met on Tuesday. The two agreed to look up a strategic partnership."
    assert not run(text).agreements
