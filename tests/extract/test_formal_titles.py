"""Formal titles that run on in title case past small words (rule formal_title)."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> list[str]:
    return [g.name for g in run("Talks went on.\n\n" + text, published="2023-05-20").agreements]


def test_a_title_runs_on_past_to_and_the() -> None:
    names = _names("The talks produced the Lome Declaration of Commitment to Protect the Fishermen, signed by both sides.")
    assert names == ["Lome Declaration of Commitment to Protect the Fishermen"]


def test_a_memorandum_titled_with_its_subject_is_one_name() -> None:
    names = _names("Under the Memorandum of Understanding on a Green Partnership in the Field of Hydrogen, signed in Accra, Ghana sells gas.")
    assert names == ["Memorandum of Understanding on a Green Partnership in the Field of Hydrogen"]


def test_a_title_closes_with_its_country_before_a_comma() -> None:
    names = _names("The talks produced the Lome Declaration of Commitment to Protect the Fishermen of Togo, signed on May 11.")
    assert names == ["Lome Declaration of Commitment to Protect the Fishermen of Togo"]


def test_a_day_or_another_name_ends_the_title() -> None:
    names = _names("Ghana joined the Volta Basin Convention on Monday, under the Abidjan Water Charter and the Accra Grid Accord.")
    assert names == ["Volta Basin Convention", "Abidjan Water Charter", "Accra Grid Accord"]


def test_a_kind_of_text_named_with_its_subject_takes_the_articles_parties() -> None:
    ex = run(
        "Talks went on.\n\nGhana and Togo ended two days of talks on their shared rivers on Monday. "
        "Ghana said the talks went well, and Togo agreed.\n\n"
        "Foremost among the texts was the Framework Agreement on Cooperation in the Field of Water, "
        "which will remain in force for ten years.",
        published="2024-04-22",
    )
    (g,) = [a for a in ex.agreements if a.name.startswith("Framework Agreement")]
    assert g.name == "Framework Agreement on Cooperation in the Field of Water"
    assert sorted(g.parties) == ["Ghana", "Togo"]
