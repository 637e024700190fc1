"""Rule person_subject_home: "<person> called for a review of a security treaty with X" is the
treaty of the person's country and X, not of the article's other main country."""

from __future__ import annotations

from tests.extract_support import run


def test_the_speaker_country_owns_the_treaty() -> None:
    text = (
        "China and Vanuatu signed a police deal on Monday in Beijing.\n\n"
        "Vanuatu Prime Minister Jotham Napat met Chinese premier Li Qiang in Beijing.\n\n"
        "In June, Napat called for a review of a security treaty with Australia at a meeting in Port Vila."
    )
    ex = run(text, published="2025-07-10")
    treaty = next(g for g in ex.agreements if "treaty" in g.name)
    assert set(treaty.parties) == {"Vanuatu", "Australia"} and treaty.status == "under_review"
